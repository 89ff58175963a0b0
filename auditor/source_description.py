"""Grow a source name over the description the writer set off with commas: an apposition ("Paul Maslin,
a Democratic pollster"), an age ("Sarandon, 69,") or a relative clause ("Two members of the city council,
who spoke on condition of anonymity because they were not authorised to discuss it,").

The reader names the source with its description, and the anonymity findings read it. Before the verb the
description runs to the comma that closes it ("X, who ..., said"); after the verb (inversions: "said X, a
pollster who ...") it runs to the end of the sentence. Segments starting with a participle (", referring
to ...", ", speaking on condition of anonymity,"), a preposition, a conjunction or an adverb are not part
of it, nor is anything inside a quotation.
"""

from __future__ import annotations

import itertools

from auditor.models import Word
from auditor.source_phrase import RELATIVE, source_nouns, trim_words
from auditor.syntax import Tree

OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
MAX_WORDS = 40


def _segments(words: list[Word]) -> list[list[Word]]:
    """Split a run of words at top-level commas (not inside parentheses)."""
    out: list[list[Word]] = [[]]
    depth = 0
    for w in words:
        depth += (w.text == "(") - (w.text == ")")
        if w.text == "," and depth <= 0:
            out.append([])
        else:
            out[-1].append(w)
    return out


def _opens_description(seg: list[Word]) -> bool:
    if not seg:
        return False
    first = seg[0]
    if first.lemma.lower() in RELATIVE - {"that"} or first.text.lower() == "whose":
        return True
    if first.upos not in OPENERS or (first.text.lower().endswith("ing") and first.upos != "DET"):
        return False  # ", echoing comments made earlier": a participle the tagger may call a noun
    # an apposition is a noun phrase: it holds a noun before any verb ("a Democratic pollster")
    for w in seg:
        if w.upos in {"NOUN", "PROPN", "NUM"} or w.text.lower() in source_nouns():
            return True
        if w.upos in {"VERB", "AUX", "ADP", "SCONJ"}:
            return False
    return False


def _describable(words: list[Word]) -> bool:
    """A name or a source-noun phrase can carry a description; a pronoun or a clause cannot."""
    last = words[-1]
    if last.upos == "PRON":
        return False
    return any(w.upos == "PROPN" or w.text.lower() in source_nouns() for w in words) or last.upos == "NOUN"


def extend_description(tree: Tree, words: list[Word], verb: Word, stop: set[int]) -> list[Word]:
    """``words`` plus the comma-set description that follows them (see the module docstring)."""
    if not words or not _describable(words):
        return words
    nxt = tree.word(words[-1].index + 1)
    if nxt is not None and nxt.index < verb.index and (nxt.xpos or "") == "VBN":
        # "The report published Tuesday showed", "Figures released on Sunday suggest": the participle
        # phrase runs up to the verb
        between = [w for w in tree.words if words[-1].index < w.index < verb.index]
        if len(between) <= 8 and not any(w.upos == "PUNCT" or w.index in stop for w in between):
            return [*words, *between]
        return words
    if nxt is None or nxt.text != ",":
        return words
    if words[-1].index < verb.index:
        between = [w for w in tree.words if words[-1].index < w.index < verb.index]
        while between and between[-1].upos in {"ADV", "AUX", "PART"}:
            between = between[:-1]  # "X, a pollster, also said", "X, who ..., has said"
        if len(between) < 3 or between[-1].text != "," or len(between) > MAX_WORDS:
            return words
        inner = between[1:-1]
        if any(w.index in stop or w.text in ('"', "“", "”", "''") for w in inner):
            return words
        segs = _segments(inner)
        if not _opens_description(segs[0]):
            return words
        for prev, seg in itertools.pairwise(segs):
            if not (_opens_description(seg) or (prev[:1] and prev[0].lemma.lower() in RELATIVE)):
                return words  # a clause between subject and verb that is not all description
        return [*words, *between[:-1]]
    after = [w for w in tree.words if w.index > words[-1].index]
    out = list(words)
    run: list[Word] = []
    for seg in _segments(after[1:]):
        clean = [w for w in seg if w.upos != "PUNCT" or w.text in ("(", ")", "-", "'s", "’s")]
        if not clean:
            break
        if not _opens_description(seg):
            break
        if any(w.index in stop or w.text in ('"', "“", "”", "''") for w in seg):
            break
        if len(out) + len(run) + len(seg) > MAX_WORDS:
            break
        comma = tree.word(seg[0].index - 1)
        run = [*run, *([comma] if comma is not None else []), *seg]
    while run and run[-1].upos == "PUNCT" and run[-1].text != ")":
        run.pop()
    return out + run


def _first_comma(words: list[Word], after: int) -> int:
    return next((w.index for w in words if w.index > after and w.text == ","), 0)


def appositive_subject(tree: Tree, verb: Word, stop: set[int], text: str) -> list[Word]:
    """Surface subject "NAME, <description>, (has) VERB" when the parse lost it: a short name or source-noun
    phrase opening the sentence (or following a quote), then comma-set descriptions up to the verb
    ("Sanders, who has sent pleas on his behalf, said", "Huckabee, a former governor, is labeling")."""
    k = verb.index - 1
    while (w := tree.word(k)) is not None and w.upos in {"AUX", "ADV", "PART"}:
        k -= 1
    comma = tree.word(k)
    if comma is None or comma.text != ",":
        return []
    before = [w for w in tree.words if w.index < comma.index]
    boundary = max([w.index for w in before if w.index in stop or w.text in QUOTE_MARKS], default=0)
    raw = [w for w in before if w.index > boundary and w.upos not in {"PUNCT", "CCONJ"}]
    words = trim_words([w for w in before if w.index > boundary], text)  # drops "In October,"
    if not raw or not words or words[0].upos not in OPENERS or len(raw) > MAX_WORDS:
        return []
    if raw[0].upos in {"ADP", "SCONJ"} and words[0].index <= _first_comma(before, boundary):
        return []  # "In Iowa, where ..., exit polls suggested": an opening phrase, not a name
    segs = _segments(words)
    first = segs[0]
    names = [w for w in first if w.upos == "PROPN" or w.text.lower() in source_nouns()]
    if not names or len(first) > 6 or any(w.upos in {"VERB", "AUX"} for w in first):
        return []
    last = first[-1]
    for prev, seg in itertools.pairwise(segs):
        if not (_opens_description(seg) or (prev[:1] and prev[0].lemma.lower() in RELATIVE)):
            break
        last = seg[-1] if seg else last
    return [w for w in words if w.index <= last.index]
