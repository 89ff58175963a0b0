"""Shared text helpers for provenance: sentence units from an ArticleAudit, tokens, word encoding.

Provenance sees only ``ArticleAudit`` objects, so an article's comparable text is its claim
sentences (one unit per distinct sentence, in reading order) plus its title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from auditor import lexicon
from auditor.models import ArticleAudit, Claim

_TOKEN = re.compile(r"\w+(?:'\w+)?")
_POSSESSIVE = re.compile(r"'s\b")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})
RANK = {"unattributed": 0, "anonymous": 1, "named": 2}
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]{3,}")


def fold(text: str) -> str:
    """Typographic quotes and dashes folded to ASCII, so versions typed differently compare equal."""
    return text.translate(_FOLD)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens ("we're" stays one token)."""
    # The possessive is dropped so "Peskov's" and "Peskov" are the same word.
    return _TOKEN.findall(_POSSESSIVE.sub("", fold(text).lower()))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with their offsets in ``text`` (case kept)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(fold(text))]


def stopwords() -> frozenset[str]:
    return lexicon.words("english_stopwords.txt")


def content(words: Sequence[str]) -> list[str]:
    """Words that carry content: stop words dropped (apostrophes removed before look-up, as the list says)."""
    stop = stopwords()
    return [w for w in words if w.replace("'", "") not in stop]


def name_tokens(text: str) -> frozenset[str]:
    """Lower-cased capitalised words of 4+ letters that are not stop words: the name-like tokens."""
    stop = stopwords()
    found = (m.group().lower() for m in _CAPITALISED.finditer(fold(text)))
    return frozenset(_POSSESSIVE.sub("", w) for w in found if w not in stop)


class Encoder:
    """Maps each distinct word to one character, so rapidfuzz's string metrics work on words."""

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}
        self._canonical: dict[str, str] = {}

    def canonical(self, words: Sequence[str]) -> tuple[str, ...]:
        """The words as shared string objects: a large batch repeats the same words millions of times."""
        canon = self._canonical
        return tuple([canon.setdefault(w, w) for w in words])

    def _add(self, word: str) -> str:
        n = len(self._codes)
        # Supplementary private-use plane, then the CJK extension planes: plenty of distinct characters.
        code = chr(0xF0000 + n) if n < 0xFFFD else chr(0x20000 + n)
        self._codes[word] = code
        return code

    def encode(self, words: Sequence[str]) -> str:
        codes = self._codes
        return "".join([codes[w] if w in codes else self._add(w) for w in words])


@dataclass(frozen=True, slots=True)
class Unit:
    """One body sentence of an article with the claims made in it."""

    index: int
    text: str
    start: int
    end: int
    claims: tuple[Claim, ...]
    words: tuple[str, ...]
    code: str  # all words, encoded
    content_code: str  # content words, encoded

    @property
    def rank(self) -> int:
        """How well the sentence is attributed: 2 named, 1 anonymous, 0 unattributed."""
        return max((RANK[c.sourcing] for c in self.claims), default=0)

    @property
    def source(self) -> str | None:
        best = max(self.claims, key=lambda c: RANK[c.sourcing], default=None)
        if best is None or best.source is None:
            return None
        return best.source.name or best.source.mention


@dataclass
class Doc:
    """An audited article prepared for comparison."""

    audit: ArticleAudit
    units: tuple[Unit, ...]
    content_words: frozenset[str] = field(default_factory=frozenset)

    @property
    def id(self) -> str:
        return self.audit.id


def build_doc(audit: ArticleAudit, encoder: Encoder) -> Doc:
    """Group the claims by sentence (a sentence may hold several claims) into units in text order."""
    by_start: dict[int, list[Claim]] = {}
    for claim in audit.claims:
        by_start.setdefault(claim.start, []).append(claim)
    units = []
    for i, start in enumerate(sorted(by_start)):
        claims = tuple(by_start[start])
        first = claims[0]
        words = encoder.canonical(tokens(first.sentence))
        units.append(
            Unit(
                index=i,
                text=first.sentence,
                start=first.start,
                end=first.end,
                claims=claims,
                words=words,
                code=encoder.encode(words),
                content_code=encoder.encode(content(words)),
            )
        )
    every = [w for u in units for w in content(u.words)]
    return Doc(audit=audit, units=tuple(units), content_words=frozenset(every))
