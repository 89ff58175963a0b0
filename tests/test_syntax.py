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


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a capitalised modal right after a name is the surname
        ([("Theresa", "PROPN"), ("May", "AUX"), ("said", "VERB"), ("it", "PRON"), ("rained", "VERB")], True),
        ([("George", "PROPN"), ("Will", "AUX"), ("wrote", "VERB"), ("it", "PRON"), ("rained", "VERB")], True),
        # NEGATIVES: a lower-case modal; a title-case line; no name before it
        ([("Ruiz", "PROPN"), ("may", "AUX"), ("say", "VERB"), ("more", "ADJ")], False),
        (
            [("Reyes", "PROPN"), ("Will", "AUX"), ("Easily", "ADV"), ("Defeat", "VERB"), ("Mayor", "PROPN")],
            False,
        ),
        ([("So", "ADV"), ("Will", "AUX"), ("we", "PRON"), ("say", "VERB")], False),
    ],
)
def test_surname_modal(rows: list[tuple[str, str]], expected: bool) -> None:
    from tree_helpers import tree_from_rows

    from auditor.syntax import surname_modal

    tree = tree_from_rows([(t, t.lower(), u, 0, "dep") for t, u in rows])
    assert surname_modal(tree, tree.words[1]) is expected
