"""What one line of a page is, out of context: pattern files for furniture and credits, and shape tests.

``page.py`` walks a page line by line and adds the context (where the header ends, which line is the
headline); this module answers the questions about a single line: does it match a whole-line
furniture pattern (``furniture.txt``) or a credit, caption, dateline or byline pattern
(``credits.txt``); does it read like a sentence, a headline or a bare personal name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.lexicon import entries, words

WORD = re.compile(r"[^\W\d_][\w'’.-]*")
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
BULLET = re.compile(r"^[•·▪►]\s*")


@dataclass(frozen=True)
class Pattern:
    """One compiled line pattern from a data file."""

    regex: re.Pattern[str]
    label: str
    kind: str = ""


@cache
def furniture_patterns() -> tuple[Pattern, ...]:
    """Whole-line furniture patterns (case ignored), from ``furniture.txt``."""
    out = []
    for line in entries("furniture.txt"):
        regex, label = line.rsplit(" | ", 1)
        out.append(Pattern(re.compile(regex.strip(), re.IGNORECASE), label.strip()))
    return tuple(out)


@cache
def credit_patterns(scope: str) -> tuple[Pattern, ...]:
    """Credit, caption, wire-dateline or byline patterns of one scope, from ``credits.txt``."""
    out = []
    for line in entries("credits.txt"):
        sc, kind, label, regex = (part.strip() for part in line.split(" | ", 3))
        if sc == scope:
            out.append(Pattern(re.compile(regex), label, kind))
    return tuple(out)


def line_words(text: str) -> list[str]:
    """The words of a line (letters first; numbers and punctuation left out)."""
    return WORD.findall(text)


def is_sentence(text: str) -> bool:
    """Reads like running text: ends like a sentence, or is long and mostly lower-case words."""
    if SENTENCE_END.search(text):
        return True
    toks = line_words(text)
    return len(toks) >= 8 and sum(t[0].islower() for t in toks) / len(toks) >= 0.5


# A quotation closed by a comma, then the speaker in the past tense: '..., ” said Jane Smith', '..., ” she
# said'. Headlines quote in the present tense ('“Watch me,” Ruiz says').
_QUOTE_THEN_SPEAKER = re.compile(r"[,!?][”\"’']\s+(?:\w+\s+){0,3}?(?:said|asked|told)\b")


def headline_like(text: str) -> bool:
    """Could be a headline: short, starts with a capital, digit or quote, no final period or colon."""
    toks = line_words(text)
    if not 2 <= len(toks) <= 25 or len(text) > 250:
        return False
    if text[-1] in ".,;:" or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘"):
        return False
    if _QUOTE_THEN_SPEAKER.search(text):
        return False  # '"We are not going anywhere," said Jane Smith.': a quoted sentence, not a headline
    if text.endswith("»"):
        return False
    # Sentence-case headlines are short; a long line of mostly lower-case words is running text.
    return len(toks) <= 16 or title_case_share(text) >= 0.5


def title_case_share(text: str) -> float:
    """Share of content words (not stopwords) that start with a capital letter."""
    content = [t for t in line_words(text) if t.lower() not in words("english_stopwords.txt")]
    return sum(t[0].isupper() for t in content) / len(content) if content else 0.0


def name_like(text: str) -> bool:
    """A bare personal name of 2-4 words ("Ryan Morgan", "Maria de la Cruz"), nothing else on the line."""
    toks = text.split()
    if not 2 <= len(toks) <= 4 or any(ch.isdigit() for ch in text):
        return False
    stop = words("english_stopwords.txt")
    for i, tok in enumerate(toks):
        if tok.rstrip(".,").lower() in stop:
            return False
        if re.fullmatch(r"[A-Z](?:[a-z'’-]*[a-z]|\.)|[A-Z][a-z]*[A-Z][a-z]+", tok):
            continue
        # Lower-case particles ("de", "van", "bin") inside a name, never first or last.
        if 0 < i < len(toks) - 1 and re.fullmatch(r"[a-z]{1,3}", tok):
            continue
        return False
    return True


def norm(text: str) -> str:
    """A line for comparison: no bullet, lower case, punctuation as spaces, spaces single."""
    return " ".join(re.sub(r"[^\w]+", " ", BULLET.sub("", text).lower()).split())
