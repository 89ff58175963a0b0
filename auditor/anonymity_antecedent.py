"""The earlier mention a definite unnamed source refers back to: "the source" -> "a source within the
ministry", looked up by head noun in either number, so that the description and the reason given where
the source was introduced count for the later mention. Used by ``anonymity.py`` and ``findings.py``.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from auditor.anonymity_mention import descriptor, head_key, is_definite, split_mention, vague
from auditor.models import Attribution, ParsedArticle, Source
from auditor.spans import IdentityMemo
from auditor.syntax import sentence_at


def _head_forms(head: str) -> tuple[str, ...]:
    """Singular and plural spellings of a head noun, to find earlier mentions of either number."""
    key = head_key(head)
    plural = (
        key[:-1] + "ies"
        if key.endswith("y")
        else key + ("es" if key.endswith(("s", "x", "ch", "sh")) else "s")
    )
    return tuple(dict.fromkeys((head, key, plural)))


#: How far back (characters) "the source" looks for "a source ...": longer than nearly any news story.
ANTECEDENT_WINDOW = 30_000
#: How many earlier mentions of the head noun it tries, nearest first.
ANTECEDENT_HEADS = 50


_WORD_CHARS = frozenset(".’'-_")


def _indefinite_before(text: str, lo: int, head: int, indefinite: frozenset[str]) -> int | None:
    """Where an indefinite phrase ending at ``head`` opens: the first of the (up to five) words right
    before it that is an indefinite determiner ("a", "some", "several"), with at most four words
    between ("a senior Western intelligence source"); None when there is none. Walks back by hand:
    it runs for every earlier mention of the head, and a regular expression here was quadratic."""
    words: list[tuple[int, str]] = []
    at = head
    for _ in range(5):
        end = at
        while end > lo and text[end - 1].isspace():
            end -= 1
        start = end
        while start > lo and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS):
            start -= 1
        if end == at or start == end:
            break
        words.append((start, text[start:end].lower()))
        at = start
    return next((start for start, word in reversed(words) if word in indefinite), None)


@cache
def _indefinite() -> frozenset[str]:
    """Words that open an indefinite mention ("a", "some", "several"), lower case."""
    return frozenset(v.lower() for v in vague()) - {d.lower() for d in descriptor("definite")}


class _Heads:
    """Every occurrence of one head noun (either number) in one text, and where the indefinite phrase
    ending at each one opens, worked out once per occurrence: in a long file every "the mayor" asks
    the same question of the same earlier mentions."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.text = text
        self.spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self.starts = [s for s, _ in self.spans]
        self._opening: dict[int, int | None] = {}

    def opening(self, k: int) -> int | None:
        if k not in self._opening:
            head = self.spans[k][0]
            self._opening[k] = _indefinite_before(self.text, max(0, head - 120), head, _indefinite())
        return self._opening[k]


# per text, its head nouns' occurrences; only the last few texts are kept, as a text may be megabytes
_HEADS: IdentityMemo[dict[str, _Heads]] = IdentityMemo(4)


def _heads(text: str, alternatives: str) -> _Heads:
    """The ``_Heads`` of a text for a regex alternation of head forms, built once per text and head."""
    per_text = _HEADS.get(text, None, dict)
    if alternatives not in per_text:
        per_text[alternatives] = _Heads(text, re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE))
    return per_text[alternatives]


def antecedent_attribution(parsed: ParsedArticle, source: Source) -> Attribution | None:
    """For "the source" / "this source": the nearest earlier indefinite mention with the same head noun,
    as a bare attribution (no cue, no content) whose sentence says what the first mention was.

    The number may differ: "the source" after "some sources", "the officials" after "an official".
    """
    text = parsed.article.text
    if not is_definite(text, source):
        return None
    parts = split_mention(text, source)
    heads = "|".join(re.escape(h) for h in sorted(_head_forms(parts.head.text), key=len, reverse=True))
    # the phrase ends at the head: find the heads first, then the determiner before each, from the
    # nearest back, over a bounded stretch (a long file of "The mayor said ..." with no introduction
    # would otherwise look back over the whole text before each mention)
    index = _heads(text, heads)
    first = bisect.bisect_left(index.starts, max(0, source.start - ANTECEDENT_WINDOW))
    last = bisect.bisect_left(index.starts, source.start)
    tried = 0
    for k in range(last - 1, first - 1, -1):
        if index.spans[k][1] > source.start:
            continue
        tried += 1
        if tried > ANTECEDENT_HEADS:
            return None
        start = index.opening(k)
        sentence = sentence_at(parsed, start) if start is not None else None
        if start is not None and sentence is not None:
            end = index.spans[k][1]
            mention = text[start:end]
            found = Source(start=start, end=end, mention=mention, name=mention, kind=source.kind, named=False)
            return Attribution(
                id="antecedent", sentence=sentence.index, cue=None, source=found, content=None, rule=""
            )
    return None


def antecedent(parsed: ParsedArticle, source: Source) -> Source | None:
    """The earlier indefinite mention that "the source" / "this source" refers back to, if any."""
    earlier = antecedent_attribution(parsed, source)
    return earlier.source if earlier is not None else None
