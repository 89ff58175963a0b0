"""Group descriptions as sources: resolve "the two countries", "both nations", "the leaders" to the names
the text last joined with "and" ("Russia and North Korea"), when the count and the kind of names fit.

A definite plural phrase ending in a group noun (``group_nouns.txt``) refers back to bodies or people
the text has named together; AP's anonymity rules do not apply to it, and a reader knows who it is.
The antecedent is the latest coordination of proper names ("Moscow and Pyongyang", "the United States,
South Korea, and Ukraine") before the phrase in its own or the previous ``WINDOW_PARAGRAPHS``
paragraphs or ``WINDOW_SENTENCES`` sentences, with as many names as the phrase counts ("both", "the
three"; at least two otherwise) and of a kind the noun can stand for ("leaders" are people, "countries"
are places). Used by ``auditor/coref.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor import lexicon, names
from auditor.coref_roles import WINDOW_PARAGRAPHS
from auditor.mentions import Doc, ordinal
from auditor.models import ParsedArticle, Sentence, Word
from auditor.ner_tags import ner_label

__all__ = ["GroupRef", "resolve_group"]

# News paragraphs are often one sentence long, so the window is the own and previous paragraphs or the
# previous sentences, whichever reaches further back.
WINDOW_SENTENCES = 5
_DETERMINERS = frozenset({"the", "both", "these", "those", "all"})
_TOKEN = re.compile(r"[\w’'-]+")
_SEPARATORS = frozenset({",", "and"})
# Which kinds of names each noun kind accepts ("unknown": the NER gave no label, which the small models
# often do for "North Korea"; it is accepted unless a given name says it is a person).
_ACCEPTS = {
    "place": frozenset({"place", "organization", "unknown"}),
    "person": frozenset({"person", "unknown"}),
    "organization": frozenset({"organization", "unknown"}),
    "any": frozenset({"place", "person", "organization", "group", "unknown"}),
}
_NER_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "organization", "NORP": "group"}
# A group of places speaks as governments; a group of people or bodies as a group.
_SOURCE_KIND = {"place": "government", "person": "group", "organization": "organization", "any": "group"}


@dataclass(frozen=True)
class GroupRef:
    """The names a group description refers to, as written, the source kind, and why."""

    name: str
    kind: str
    reason: str


@dataclass(frozen=True)
class _Coordination:
    start: int
    end: int
    kinds: tuple[str, ...]  # one per name


@cache
def _nouns() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.table("group_nouns.txt").items() if v}


@cache
def _counts() -> dict[str, int]:
    return {k: int(v[0]) for k, v in lexicon.table("number_words.txt").items() if v}


@cache
def _not_names() -> frozenset[str]:
    """Proper nouns that name no body or person: months and days ("Monday and Tuesday")."""
    return lexicon.words("months.txt") | lexicon.words("time_words.txt")


def group_phrase(mention: str) -> tuple[str, int | None] | None:
    """(noun kind, count or None) of a definite group description ("the two countries" -> ("place", 2),
    "the leaders" -> ("person", None)), else None. The phrase must end at the noun, with only number
    words and lower-case describing words before it: "the leaders of the protest", "the Labour candidates"
    and "all of the candidates" describe people by something else than the names before them."""
    written = _TOKEN.findall(mention)
    words = [w.lower().replace("’", "'") for w in written]
    if len(words) < 2 or words[0] not in _DETERMINERS or words[-1] not in _nouns():
        return None
    counted = [_counts()[w] for w in words[:-1] if w in _counts()]
    if len(counted) > 1:
        return None
    middle = [(w, low) for w, low in zip(written[1:-1], words[1:-1], strict=True) if low not in _counts()]
    if any(w[:1].isupper() or low in lexicon.words("english_stopwords.txt") for w, low in middle):
        return None  # "the Labour candidates", "all of the candidates", "the candidates for both seats"
    return _nouns()[words[-1]], (counted[0] if counted else None)


def _run_kind(run: list[Word]) -> str:
    labels = {ner_label(w) for w in run} - {""}
    kinds = {_NER_KINDS.get(label, "unknown") for label in labels}
    if len(kinds) == 1:
        return kinds.pop()
    if names.is_given_name(run[0].text) and len(run) > 1:
        return "person"  # "Ana Ruiz and Tom Okafor" without NER labels
    return "unknown"


def _name_runs(sentence: Sentence) -> list[list[Word]]:
    """Maximal runs of name words: proper nouns, and capitalised words inside an entity (the small
    models tag "Pyongyang" NOUN in "Moscow and Pyongyang" but put it in a place entity)."""
    runs: list[list[Word]] = []
    for w in sentence.words:
        name_word = w.upos == "PROPN" or (w.ner != "O" and w.text[:1].isupper())
        if name_word and w.text.lower() not in _not_names():
            if runs and runs[-1][-1].index == w.index - 1:
                runs[-1].append(w)
                continue
            runs.append([w])
    return runs


def _coordinations(sentence: Sentence) -> list[_Coordination]:
    """Names joined by "and", with commas between earlier ones: "Russia and North Korea", "the United
    States, South Korea, and Ukraine". Runs are joined only when nothing but commas and one final "and"
    stands between them."""
    words = {w.index: w for w in sentence.words}
    out: list[_Coordination] = []
    chain: list[list[Word]] = []
    saw_and = False

    def close() -> None:
        if len(chain) >= 2 and saw_and:
            kinds = tuple(_run_kind(r) for r in chain)
            out.append(_Coordination(chain[0][0].start, chain[-1][-1].end, kinds))

    for run in _name_runs(sentence):
        if chain:
            between = [words[i].text.lower() for i in range(chain[-1][-1].index + 1, run[0].index)]
            # ", and" after a single name joins clauses ("... from Congress, and Treasury said"), not names
            serial = len(chain) >= 2 or between == ["and"]
            if (
                between
                and not saw_and
                and set(between) <= _SEPARATORS
                and between.count("and") <= 1
                and ("and" not in between or serial)
            ):
                chain.append(run)
                saw_and = "and" in between
                continue
            close()
        chain, saw_and = [run], False
    if chain:
        close()
    return out


def resolve_group(parsed: ParsedArticle, doc: Doc, mention: str, start: int) -> GroupRef | None:
    """The names a definite group description at ``start`` refers to, or None (not a group description,
    or no coordination before it fits)."""
    found = group_phrase(mention)
    if found is None or not doc.sentences:
        return None
    noun_kind, count = found
    here = doc.sentence_at(start)
    min_para = doc.para[here] - WINDOW_PARAGRAPHS
    for k in range(here, -1, -1):
        if doc.para[k] < min_para and here - k > WINDOW_SENTENCES:
            break
        if not parsed.in_body(k):
            continue
        for c in reversed(_coordinations(doc.sentences[k])):
            if c.end > start:
                continue
            if count is not None and len(c.kinds) != count:
                continue
            if not all(kind in _ACCEPTS[noun_kind] for kind in c.kinds):
                continue
            name = doc.text[c.start : c.end]
            reason = (
                f"group '{mention}' -> {name} (the latest names joined by 'and' that fit it, in {ordinal(k)})"
            )
            return GroupRef(name=name, kind=_SOURCE_KIND[noun_kind], reason=reason)
    return None
