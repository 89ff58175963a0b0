"""Whether a run of capitalised words is shaped like a person's name rather than a place or a body.

The mini NER (F1 0.61) tags many invented or less common names as locations, so the shape of the run
decides: two or three capitalised words, no place's first word ("South Carolina"), no nationality,
acronym or word for a place or body (``place_words.txt``, the body nouns of ``source_nouns.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from auditor import lexicon


@cache
def place_first_words() -> frozenset[str]:
    """First words of two-word places ("South Carolina", "Costa Rica"), ``place_first_words.txt``."""
    return frozenset(lexicon.entries("place_first_words.txt"))


@cache
def _not_person_words() -> frozenset[str]:
    """Words that make a capitalised run a place or a body: place_words.txt and the source nouns for
    governments, organisations, media and documents ("Council", "Ministry", "Times")."""
    bodies = {
        k
        for k, v in lexicon.table("source_nouns.txt").items()
        if v and v[0] in ("government", "organization", "media", "document")
    }
    return frozenset(lexicon.words("place_words.txt") | bodies)


def person_shaped(tokens: Sequence[str]) -> bool:
    """Is a run of two or three capitalised words shaped like a person's name ("Dana Whitlow", "Priya
    K. Raman") rather than a place or a body ("Costa Rica", "Harbor City", "Lindale Council")? For
    runs the mini NER tags as locations: its F1 is 0.61, and invented or less common names often
    come out as LOC."""
    words = [t for t in tokens if t]
    if not 2 <= len(words) <= 3 or words[0] in place_first_words():
        return False
    first = words[0].lower()
    if first in lexicon.words("english_stopwords.txt") or first.endswith(("ish", "ese")):
        return False  # "The Blaze", "British Columbia": a determiner or a nationality opens no name
    for w in words:
        bare = w.rstrip(".")
        if not bare or not bare[0].isupper() or (bare.isupper() and len(bare) > 1):
            return False  # lower case, or an acronym ("NATO")
        if not all(c.isalpha() or c in "-'’" for c in bare):
            return False
        if bare.lower() in _not_person_words():
            return False
    return True
