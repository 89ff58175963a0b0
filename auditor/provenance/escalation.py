"""Certainty escalation: the same claim worded more certainly in one version than in another.

Compares aligned sentences and similar headlines: a reporting verb replaced by a stronger one
("says" -> "confirms", strengths from reporting_verbs.txt), a hedge dropped ("reportedly") or a
modal firmed up ("would" -> "will"), both from certainty.txt. Reported on the more certain version.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from rapidfuzz.distance import Indel

from auditor import lexicon
from auditor.models import Escalation
from auditor.provenance._text import Doc, content, token_spans, tokens
from auditor.provenance.align import Alignment

_STRENGTH = {"weak": 0, "neutral": 1, "strong": 2}
TITLE_SIMILARITY = 0.4


@cache
def _verbs() -> dict[str, int]:
    return {
        lemma: _STRENGTH.get(fields[1], 1)
        for lemma, fields in lexicon.table("reporting_verbs.txt").items()
        if len(fields) >= 2 and fields[0] in {"speech_verb", "writing_verb"}
    }


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str | None:
    """The reporting-verb lemma of an inflected form, or None when the word is not one."""
    w = word.lower()
    verbs = _verbs()
    forms = lexicon.table("reporting_verb_forms.txt")
    if w in forms and forms[w] and forms[w][0] in verbs:
        return forms[w][0]
    for cut, add in (
        ("", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("d", ""),
        ("ing", ""),
    ):
        if w.endswith(cut) and (base := w[: len(w) - len(cut)] + add) in verbs and len(base) > 2:
            return base
    return None


@lru_cache(maxsize=16384)
def _verb_words(text: str) -> dict[str, str]:
    """Reporting verbs in the text: lemma -> the word as written (first occurrence)."""
    out: dict[str, str] = {}
    for word, _, _ in token_spans(text):
        lemma = verb_lemma(word)
        if lemma and lemma not in out:
            out[lemma] = word
    return out


@cache
def _certainty() -> tuple[tuple[str, str, str], ...]:
    rows = []
    for weak, fields in lexicon.table("certainty.txt").items():
        strong = fields[0] if fields else ""
        kind = fields[1] if len(fields) > 1 else ("hedge" if not strong else "modal")
        rows.append((weak, strong.lower(), kind))
    return tuple(rows)


@lru_cache(maxsize=16384)
def _markers(text: str) -> frozenset[str]:
    """The certainty phrases (both weak and strong forms) present in the text as whole words."""
    words = " " + " ".join(tokens(text)) + " "
    found = set()
    for weak, strong, _ in _certainty():
        for phrase in (weak, strong):
            if phrase and f" {phrase} " in words:
                found.add(phrase)
    return frozenset(found)


def compare(weaker_text: str, stronger_text: str) -> list[tuple[str, str, str]]:
    """(from, to, kind) for each way ``stronger_text`` is more certain than ``weaker_text``."""
    out: list[tuple[str, str, str]] = []
    vw, vs = _verb_words(weaker_text), _verb_words(stronger_text)
    only_w = {lemma: word for lemma, word in vw.items() if lemma not in vs}
    only_s = {lemma: word for lemma, word in vs.items() if lemma not in vw}
    if only_w and only_s:
        verbs = _verbs()
        lw = max(only_w, key=verbs.__getitem__)
        ls = max(only_s, key=verbs.__getitem__)
        if verbs[ls] > verbs[lw]:
            out.append((only_w[lw], only_s[ls], "verb"))
    mw, ms = _markers(weaker_text), _markers(stronger_text)
    for weak, strong, _ in _certainty():
        if weak not in mw or weak in ms:
            continue
        if only_s and " " not in weak and verb_lemma(weak):
            continue  # "has alleged" -> "has claimed": a verb swapped, judged by the verb rule above
        if not strong:
            out.append((weak, "", "hedge_removed"))
        elif strong in ms and strong not in mw:
            out.append((weak, strong, "modal"))
    return out


def sentence_escalations(al: Alignment) -> list[Escalation]:
    """Escalations in both directions over the aligned sentence pairs of one link."""
    out = []
    for a, b, _ in al.oriented():
        if a.words == b.words:
            continue  # the same words cannot differ in certainty
        for weak, strong, weak_doc, strong_doc in ((a, b, al.left, al.right), (b, a, al.right, al.left)):
            for frm, to, kind in compare(weak.text, strong.text):
                out.append(
                    Escalation.model_validate(
                        {
                            "article": strong_doc.id,
                            "present_in": weak_doc.id,
                            "from": frm,
                            "to": to,
                            "sentence": strong.text,
                            "start": strong.start,
                            "end": strong.end,
                            "kind": kind,
                        }
                    )
                )
    return out


def _title_similarity(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    return max(Indel.normalized_similarity(ta, tb), Indel.normalized_similarity(content(ta), content(tb)))


def headline_escalations(pairs: Sequence[tuple[Doc, Doc]]) -> list[Escalation]:
    """Escalations between the headlines of linked articles whose headlines tell the same thing."""
    out = []
    for x, y in pairs:
        tx, ty = x.audit.title, y.audit.title
        if not tx or not ty or _title_similarity(tx, ty) < TITLE_SIMILARITY:
            continue
        for weak_doc, strong_doc, weak, strong in ((x, y, tx, ty), (y, x, ty, tx)):
            span = strong_doc.audit.title_span
            for frm, to, kind in compare(weak, strong):
                out.append(
                    Escalation.model_validate(
                        {
                            "article": strong_doc.id,
                            "present_in": weak_doc.id,
                            "from": frm,
                            "to": to,
                            "sentence": strong,
                            "start": span.start if span else 0,
                            "end": span.end if span else 0,
                            "headline": True,
                            "kind": kind,
                        }
                    )
                )
    return out
