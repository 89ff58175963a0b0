"""Sentence helpers (auditor.syntax): the title-case line test, with negatives."""

from __future__ import annotations

import pytest
from word_helpers import one_word

from auditor.models import Word
from auditor.syntax import own_span, title_case


def _words(line: str) -> list[Word]:
    return [one_word(t, "PUNCT" if not t.isalnum() else "X") for t in line.split()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ruiz Says She Will Win", True),
        ("Okafor Calls for Inquiry Into Leaks", True),  # short function words do not count
        ("Zelensky Alleges Russian Strike on Kyiv , Officials Say", True),
        # NEGATIVES: a sentence with a few names, a short line, a line of short words
        ("Ruiz said she will win the vote in Lindale", False),
        ("Peskov told Reuters that Putin would attend", False),
        ("Ruiz Wins .", False),  # under four words: too short to call
        ("It Is So Up To Us", False),
    ],
)
def test_title_case(line: str, expected: bool) -> None:
    assert title_case(_words(line)) is expected


@pytest.mark.parametrize(
    ("text", "word", "start", "end", "expected"),
    [
        ("He’s here", "He", 0, 4, (0, 2)),  # the first word of a multi-word token
        ("He’s here", "’s", 0, 4, (2, 4)),  # its clitic
        ("He’s here", "here", 5, 9, (5, 9)),  # a token of one word keeps its span
        # NEGATIVE: an expansion that does not spell the token ("gonna" -> "going") keeps the token's span
        ("gonna go", "going", 0, 5, (0, 5)),
    ],
)
def test_own_span(text: str, word: str, start: int, end: int, expected: tuple[int, int]) -> None:
    w = one_word(word, "X").model_copy(update={"start": start, "end": end})
    assert own_span(w, text) == expected
