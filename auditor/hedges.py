"""Find hedges in a sentence: words that present a claim as unconfirmed ("reportedly", "it is believed").

The patterns are in ``auditor/data/hedges.txt`` (single words, modifier-only words, multiword
phrases and regular expressions). A hedge inside a direct quotation does not count: there the
quoted speaker hedges, not the writer. "alleged" counts as a modifier ("the alleged plot") but not
as a reporting verb ("Zelensky has alleged that ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from auditor import lexicon
from auditor.models import CueKind, TextSpan, Word

_KINDS = ("adverb", "adj", "phrase", "regex")
_AUX_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+$", re.IGNORECASE)


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, compiled pattern) for every entry of ``hedges.txt``, longest phrases first."""
    out = []
    for line in lexicon.entries("hedges.txt"):
        kind, _, pattern = line.partition("|")
        kind, pattern = kind.strip().lower(), pattern.strip()
        if kind not in _KINDS or not pattern:
            raise ValueError(f"hedges.txt: bad entry {line!r} (expected 'kind | pattern', kind in {_KINDS})")
        if kind == "regex":
            regex = pattern
        else:
            regex = r"\b" + r"\s+".join(re.escape(w) for w in pattern.split()) + r"\b"
        out.append((kind, re.compile(regex, re.IGNORECASE)))
    return tuple(sorted(out, key=lambda kp: -len(kp[1].pattern)))


def _verb_use(text: str, start: int, words: Sequence[Word]) -> bool:
    """The modifier-only word is used as a finite or perfect verb here ("has alleged", "alleged that")."""
    for w in words:
        if w.start == start:
            if w.deprel == "amod" or w.upos == "ADJ":
                return False
            if w.upos in ("VERB", "AUX"):
                return True
    return bool(_AUX_BEFORE.search(text, max(0, start - 12), start))


def find_hedges(
    text: str,
    start: int,
    end: int,
    *,
    words: Sequence[Word] = (),
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[TextSpan, ...]:
    """Hedges in ``text[start:end]``, outside the ``skip`` ranges (direct quotes), in text order."""
    hits: list[tuple[int, int]] = []
    for kind, pattern in patterns():
        for m in pattern.finditer(text, start, end):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in skip):
                continue
            if kind == "adj" and _verb_use(text, s, words):
                continue
            if any(a < e and s < b for a, b in hits):  # a longer pattern already covers it
                continue
            hits.append((s, e))
    return tuple(TextSpan(start=s, end=e, text=text[s:e]) for s, e in sorted(hits))


def cue_hedges(kind: CueKind, lemma: str, text: str) -> bool:
    """A cue whose holder goes unnamed hedges by itself: an agentless passive ("is believed"; not the
    requests and labels of ``passive_not_hedges.txt``), or its own words hedge (``cue_text_hedges``)."""
    if kind == "passive" and lemma.lower() not in lexicon.words("passive_not_hedges.txt"):
        return True
    return cue_text_hedges(text)


def cue_text_hedges(text: str) -> bool:
    """The cue's own words hedge: an impersonal "it is said …", "there are reports …", or "reportedly"."""
    return text.lower().startswith(("it ", "there ")) or bool(find_hedges(text, 0, len(text)))
