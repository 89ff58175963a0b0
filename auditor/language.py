"""Judges whether a text is English, from its script and its function words (no model, no download).

Three signals, each cheap and explainable in one line of an error message:
- script: a text written mostly in letters that are not Latin (Cyrillic, Arabic, Chinese …) is not
  English, however short;
- other languages' function words (``other_language_words.txt``): a short text where French, German,
  Spanish … function words outnumber English ones is not English;
- English function words (``english_stopwords.txt``): a long text with few of them is not English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

from auditor.lexicon import table, words

MIN_WORDS_FOR_LANGUAGE = 40  # below this many words the English stopword share says too little to judge
MIN_STOPWORD_SHARE = 0.15  # English news prose runs at 35-50 %; French or German text at 0-8 %
MIN_WORDS_FOR_OTHER = 6  # a shorter text ("Le président a parlé.") is a fragment; leave it be
MIN_OTHER_SHARE = 0.2  # French prose runs at 35-45 % of its own function words; English at 0-5 %
MAX_FOREIGN_SCRIPT_SHARE = 0.5  # share of letters outside the Latin script above which the text is foreign
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


class Verdict(NamedTuple):
    """Why a text is not English, as a phrase to put after "does not look like English"."""

    reason: str


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "").replace("'", "") for t in _TOKEN.findall(text)]


def _english_share(tokens: list[str]) -> float:
    stop = words("english_stopwords.txt")
    return sum(t in stop for t in tokens) / len(tokens) if tokens else 0.0


def stopword_share(text: str) -> tuple[float, int]:
    """Share of English stopwords among word tokens, and the number of tokens."""
    tokens = _tokens(text)
    return _english_share(tokens), len(tokens)


def foreign_script_share(text: str) -> float:
    """Share of letters that are not Latin (accented Latin letters count as Latin)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(not unicodedata.name(c, "").startswith("LATIN") for c in letters) / len(letters)


@cache
def _other_words() -> dict[str, frozenset[str]]:
    """Each other language's function words, less those that are also English ("in", "a", "die"):
    those say nothing about which language a text is in. Built once, not per input file."""
    english = words("english_stopwords.txt")
    return {
        language: frozenset(listed.split()) - english
        for language, (listed,) in table("other_language_words.txt").items()
    }


def _other_language(tokens: list[str]) -> tuple[str, float]:
    """The other language whose function words are the largest share of ``tokens``, and that share."""
    best, share = "", 0.0
    for language, own in _other_words().items():
        found = sum(t in own for t in tokens) / len(tokens)
        if found > share:
            best, share = language, found
    return best, share


def not_english(text: str) -> Verdict | None:
    """Why ``text`` is not English, or None when it is English or too short to judge."""
    script = foreign_script_share(text)
    if script > MAX_FOREIGN_SCRIPT_SHARE:
        return Verdict(f"{script:.0%} of its letters are not in the Latin alphabet")
    tokens = _tokens(text)
    if len(tokens) < MIN_WORDS_FOR_OTHER:
        return None
    english = _english_share(tokens)
    language, other = _other_language(tokens)
    if other >= MIN_OTHER_SHARE and other > english:
        return Verdict(
            f"{other:.0%} of its {len(tokens)} words are {language.capitalize()} function words "
            f"against {english:.0%} English ones"
        )
    if len(tokens) >= MIN_WORDS_FOR_LANGUAGE and english < MIN_STOPWORD_SHARE:
        return Verdict(
            f"only {english:.0%} of {len(tokens)} words are English function words, "
            f"expected at least {MIN_STOPWORD_SHARE:.0%}"
        )
    return None
