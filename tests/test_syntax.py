"""Sentence helpers (auditor.syntax): the title-case line test, with negatives."""

from __future__ import annotations

import pytest
from word_helpers import one_word

from auditor.models import Word
from auditor.syntax import title_case


def _words(line: str) -> list[Word]:
    return [one_word(t, "PUNCT" if not t.isalnum() else "X") for t in line.split()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Clinton Says She Will Win", True),
        ("Pence Calls for Inquiry Into Leaks", True),  # short function words do not count
        ("Zelensky Alleges Russian Strike on Kyiv , Officials Say", True),
        # NEGATIVES: a sentence with a few names, a short line, a line of short words
        ("Clinton said she will win the vote in Ohio", False),
        ("Peskov told Reuters that Putin would attend", False),
        ("Trump Wins .", False),  # under four words: too short to call
        ("It Is So Up To Us", False),
    ],
)
def test_title_case(line: str, expected: bool) -> None:
    assert title_case(_words(line)) is expected
