"""Altered quotes: words in quotation marks, credited to one speaker, worded differently across versions.

Quotes are matched across two versions of a story by speaker (canonical names compared fuzzily, so
"Zelensky" matches "Zelenskyy") and by context: the sentences around them are aligned, or the quoted
words themselves are similar. A quote that is an exact excerpt of the other version's quote is the
same quote, not an altered one. Every variant is shown with its offsets and a word-level diff.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from auditor.models import AlteredQuote, ArticleAudit, QuoteSpan, QuoteVariant
from auditor.provenance._text import Doc, content, name_tokens, tokens
from auditor.provenance.align import EVIDENCE, Alignment

QUOTE_SIMILARITY = 0.5  # quoted words this similar are the same quote, whatever the sentence
SAME_SPEAKER_CONTEXT = 0.3  # with the speaker named in both, a loosely similar sentence suffices
NAME_MATCH = 85  # fuzz.ratio between name tokens ("Zelensky" / "Zelenskyy" = 94)


@dataclass(frozen=True)
class QuoteRecord:
    doc: int  # index of the doc in the cluster
    article: str
    quote: QuoteSpan
    unit: int  # sentence (unit) index containing the quote's start, -1 when none
    speaker: str | None
    names: frozenset[str]  # name-like tokens of the speaker, or of the sentence when no speaker is known
    context: frozenset[str]  # name-like tokens of the sentence around the quote
    words: tuple[str, ...]


def _speaker(audit: ArticleAudit, q: QuoteSpan) -> str | None:
    for att in audit.attributions:
        if att.source and att.content and att.content.start < q.end and q.start < att.content.end:
            return att.source.name or att.source.mention
    for claim in audit.claims:
        inside = claim.quote is not None or (
            claim.content and claim.content.start <= q.start < claim.content.end
        )
        if claim.source and claim.start <= q.start < claim.end and claim.sourcing == "named" and inside:
            return claim.source.name or claim.source.mention
    return None


def records(doc: Doc, index: int) -> list[QuoteRecord]:
    out = []
    for q in doc.audit.quotes:
        words = tuple(tokens(q.text))
        if len(words) < 2:  # single scare-quoted words are labels, not statements
            continue
        unit = next((u.index for u in doc.units if u.start <= q.start < u.end), -1)
        speaker = _speaker(doc.audit, q)
        context = name_tokens(doc.units[unit].text) if unit >= 0 else frozenset()
        names = name_tokens(speaker) if speaker else context
        out.append(QuoteRecord(index, doc.id, q, unit, speaker, names, context, words))
    return out


def _names_match(a: Iterable[str], b: Iterable[str]) -> bool:
    return any(fuzz.ratio(x, y) >= NAME_MATCH for x in a for y in b)


def _is_excerpt(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if len(short) > len(long):
        return False
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _score(a: QuoteRecord, b: QuoteRecord, al: Alignment | None, a_is_left: bool) -> float | None:
    """How well two quotes from different versions match, or None when they are not the same quote."""
    # The same speaker: the names match, or one version's speaker is named next to the other's quote
    # ("the Kremlin ... with spokesman Dmitry Peskov calling them ..." against "Peskov said").
    same_speaker = (
        _names_match(a.names, b.names) or _names_match(a.names, b.context) or _names_match(a.context, b.names)
    )
    if a.speaker and b.speaker and not same_speaker:
        return None  # two known, different speakers
    qsim = max(
        Indel.normalized_similarity(a.words, b.words),
        Indel.normalized_similarity(content(a.words), content(b.words)),
    )
    ssim = 0.0
    if al is not None and a.unit >= 0 and b.unit >= 0:
        ssim = float(al.matrix[a.unit, b.unit] if a_is_left else al.matrix[b.unit, a.unit])
    if _is_excerpt(a.words, b.words) or _is_excerpt(b.words, a.words):
        qsim = 1.0
    if qsim >= QUOTE_SIMILARITY or ssim >= EVIDENCE or (same_speaker and ssim >= SAME_SPEAKER_CONTEXT):
        return qsim + ssim + (0.5 if same_speaker else 0.0)
    return None


def _diff(base: tuple[str, ...], other: tuple[str, ...]) -> str:
    """wdiff-style word diff of ``other`` against ``base``: [-removed-] {+added+}."""
    sm = difflib.SequenceMatcher(a=base, b=other, autojunk=False)
    parts: list[str] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            parts.append(" ".join(other[j1:j2]))
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(base[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(other[j1:j2]) + "+}")
    return " ".join(parts)


def altered_quotes(docs: list[Doc], alignments: dict[tuple[int, int], Alignment]) -> list[AlteredQuote]:
    """Altered quotes within one story cluster. ``alignments`` is keyed by (i, j), i < j, into ``docs``."""
    recs = [records(d, i) for i, d in enumerate(docs)]
    flat = [r for rs in recs for r in rs]
    ids = {id(r): n for n, r in enumerate(flat)}
    parent = list(range(len(flat)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j), al in alignments.items():
        # Mutual best matches only, so one quote is not glued to several different ones.
        scored = [(s, a, b) for a in recs[i] for b in recs[j] if (s := _score(a, b, al, True)) is not None]
        best_a: dict[int, float] = {}
        best_b: dict[int, float] = {}
        for s, a, b in scored:
            best_a[id(a)] = max(best_a.get(id(a), 0.0), s)
            best_b[id(b)] = max(best_b.get(id(b), 0.0), s)
        for s, a, b in scored:
            if s == best_a[id(a)] and s == best_b[id(b)]:
                parent[find(ids[id(a)])] = find(ids[id(b)])
    groups: dict[int, list[QuoteRecord]] = {}
    for n, r in enumerate(flat):
        groups.setdefault(find(n), []).append(r)
    out = []
    for group in groups.values():
        if len({r.doc for r in group}) < 2:
            continue
        group.sort(key=lambda r: (r.doc, r.quote.start))
        altered = any(
            a.doc != b.doc and not _is_excerpt(a.words, b.words) and not _is_excerpt(b.words, a.words)
            for n, a in enumerate(group)
            for b in group[n + 1 :]
        )
        if not altered:
            continue
        speakers = Counter(r.speaker for r in group if r.speaker)
        # Without an attributed speaker the context names are only a matching aid, not a name to show.
        speaker = speakers.most_common(1)[0][0] if speakers else "unknown speaker"
        base = group[0].words
        out.append(
            AlteredQuote(
                speaker=speaker,
                variants=tuple(
                    QuoteVariant(
                        article=r.article,
                        text=r.quote.text,
                        start=r.quote.inner.start,
                        end=r.quote.inner.end,
                        diff="" if n == 0 else _diff(base, r.words),
                    )
                    for n, r in enumerate(group)
                ),
            )
        )
    return out
