"""Poll openers (auditor.cue_polls) on hand-made parses: the poll phrase, its date and aside, and the
comma its findings start after; negatives for openings that name no particular poll."""

from __future__ import annotations

import pytest
from tree_helpers import Row, article_from_rows, tree_from_rows

from auditor.cue_polls import poll_phrase
from auditor.pipeline import extract

# "In the second annual Harbor/Ledger survey, 58 percent objected.": the parser split the name at the slash
# and made "Harbor" the root, so "In" does not hang on the poll
_SLASH_ROOT: list[Row] = [
    ("In", "in", "ADP", 5, "case"),
    ("the", "the", "DET", 5, "det"),
    ("second", "second", "ADJ", 5, "amod"),
    ("annual", "annual", "ADJ", 5, "amod"),
    ("Harbor", "Harbor", "PROPN", 0, "root"),
    ("/", "/", "SYM", 7, "cc"),
    ("Ledger", "Ledger", "PROPN", 8, "compound"),
    ("survey", "survey", "NOUN", 5, "nmod"),
    (",", ",", "PUNCT", 11, "punct"),
    ("58", "58", "NUM", 11, "nummod"),
    ("percent", "percent", "NOUN", 8, "conj"),
    ("objected", "object", "VERB", 11, "acl"),
    (".", ".", "PUNCT", 12, "punct"),
]

# "In the second annual Harbor/Ledger survey Monday, 58 percent objected.": the same split, a date after it
_SLASH_DATE: list[Row] = [
    *_SLASH_ROOT[:8],
    ("Monday", "Monday", "PROPN", 8, "obl"),
    (",", ",", "PUNCT", 12, "punct"),
    ("58", "58", "NUM", 12, "nummod"),
    ("percent", "percent", "NOUN", 8, "conj"),
    ("objected", "object", "VERB", 12, "acl"),
    (".", ".", "PUNCT", 13, "punct"),
]

# "In a Ledger poll last month, Ruiz led.": the date is the phrase's head, the poll its compound
_DATE_HEAD: list[Row] = [
    ("In", "in", "ADP", 6, "case"),
    ("a", "a", "DET", 4, "det"),
    ("Ledger", "Ledger", "PROPN", 4, "compound"),
    ("poll", "poll", "NOUN", 6, "compound"),
    ("last", "last", "ADJ", 6, "amod"),
    ("month", "month", "NOUN", 9, "obl"),
    (",", ",", "PUNCT", 9, "punct"),
    ("Ruiz", "Ruiz", "PROPN", 9, "nsubj"),
    ("led", "lead", "VERB", 0, "root"),
    (".", ".", "PUNCT", 9, "punct"),
]

# "In the Ledger poll, taken in March, Ruiz led.": a participle aside about the poll
_ASIDE: list[Row] = [
    ("In", "in", "ADP", 4, "case"),
    ("the", "the", "DET", 4, "det"),
    ("Ledger", "Ledger", "PROPN", 4, "compound"),
    ("poll", "poll", "NOUN", 11, "obl"),
    (",", ",", "PUNCT", 6, "punct"),
    ("taken", "take", "VERB", 4, "acl"),
    ("in", "in", "ADP", 8, "case"),
    ("March", "March", "PROPN", 6, "obl"),
    (",", ",", "PUNCT", 11, "punct"),
    ("Ruiz", "Ruiz", "PROPN", 11, "nsubj"),
    ("led", "lead", "VERB", 0, "root"),
    (".", ".", "PUNCT", 11, "punct"),
]


def _replace(rows: list[Row], index: int, row: Row) -> list[Row]:
    return [row if i == index else r for i, r in enumerate(rows, 1)]


@pytest.mark.parametrize(
    ("rows", "words", "date", "comma"),
    [
        (_SLASH_ROOT, "the second annual Harbor / Ledger survey", "", 9),
        (_DATE_HEAD, "a Ledger poll last month", "", 7),
        (_ASIDE, "the Ledger poll", ", taken in March", 9),
        # a date the parser left out of the split phrase stays with the poll
        (_SLASH_DATE, "the second annual Harbor / Ledger survey", "Monday", 10),
    ],
)
def test_poll_phrase(rows: list[Row], words: str, date: str, comma: int) -> None:
    tree = tree_from_rows(rows)
    found = poll_phrase(tree, tree.words[0])
    assert found is not None
    assert " ".join(w.text for w in found.words) == words
    assert " ".join(w.text for w in found.date) == date
    assert found.comma.index == comma


@pytest.mark.parametrize(
    "rows",
    [
        # NEGATIVES: no particular poll ("In polls"), not a poll ("In the hallway"), a clause after the
        # poll before the comma ("In a Ledger poll that nobody read,"), no comma at all, not "In"
        [("In", "in", "ADP", 2, "case"), ("polls", "poll", "NOUN", 5, "obl"), *_DATE_HEAD[6:]],
        _replace(_SLASH_ROOT, 8, ("hallway", "hallway", "NOUN", 5, "nmod")),
        _replace(_SLASH_ROOT, 9, ("that", "that", "PRON", 11, "nsubj")),
        _replace(_DATE_HEAD, 7, ("and", "and", "CCONJ", 9, "cc")),
        _replace(_DATE_HEAD, 1, ("On", "on", "ADP", 5, "case")),
    ],
)
def test_no_poll_phrase(rows: list[Row]) -> None:
    tree = tree_from_rows(rows)
    assert poll_phrase(tree, tree.words[0]) is None


def test_the_split_poll_is_the_source_and_the_findings_the_content() -> None:
    parsed = article_from_rows(_SLASH_ROOT)
    (att,) = [a for a in extract(parsed).attributions if a.cue is not None and a.cue.text == "In"]
    text = parsed.article.text
    assert att.source is not None and att.source.mention == "the second annual Harbor / Ledger survey"
    assert att.content is not None and text[att.content.start : att.content.end] == "58 percent objected"


def _inline(poll: list[Row], tail: list[Row] | None = None) -> list[Row]:
    """ "Ruiz led by nine points in <poll> <tail>.": the poll phrase after "in" inside the sentence (its
    last row is the poll noun, hung on "led"), then ``tail`` before the full stop."""
    n = 6 + len(poll)  # index of the first row after the poll phrase
    rows: list[Row] = [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("led", "lead", "VERB", 0, "root"),
        ("by", "by", "ADP", 5, "case"),
        ("nine", "nine", "NUM", 5, "nummod"),
        ("points", "point", "NOUN", 2, "obl"),
        ("in", "in", "ADP", n - 1, "case"),
        *[
            (t, lem, u, n - 1, "det" if u == "DET" else "amod" if u == "ADJ" else "compound")
            for t, lem, u, *_ in poll[:-1]
        ],
        (poll[-1][0], poll[-1][1], poll[-1][2], 2, "obl"),
    ]
    return [*rows, *(tail or []), (".", ".", "PUNCT", 2, "punct")]


_LEDGER_POLL: list[Row] = [
    ("a", "a", "DET", 0, ""),
    ("new", "new", "ADJ", 0, ""),
    ("Ledger", "Ledger", "PROPN", 0, ""),
    ("poll", "poll", "NOUN", 0, ""),
]


@pytest.mark.parametrize(
    ("rows", "source", "content"),
    [
        (_inline(_LEDGER_POLL), "a new Ledger poll", "Ruiz led by nine points"),
        # the date after the poll is part of it as written
        (
            _inline(
                _LEDGER_POLL,
                [("released", "release", "VERB", 10, "acl"), ("Monday", "Monday", "PROPN", 11, "obl")],
            ),
            "a new Ledger poll released Monday",
            "Ruiz led by nine points",
        ),
        # an outlet the tagger called an adjective, and the polls an average is of
        (
            _inline(
                [
                    ("the", "the", "DET", 0, ""),
                    ("Ledger", "Ledger", "ADJ", 0, ""),
                    ("average", "average", "NOUN", 0, ""),
                ],
                [
                    ("of", "of", "ADP", 12, "case"),
                    ("harbor", "harbor", "NOUN", 12, "compound"),
                    ("polls", "poll", "NOUN", 9, "nmod"),
                ],
            ),
            "the Ledger average of harbor polls",
            "Ruiz led by nine points",
        ),
    ],
)
def test_a_named_poll_inside_the_sentence_is_a_source(rows: list[Row], source: str, content: str) -> None:
    parsed = article_from_rows(rows)
    (att,) = [a for a in extract(parsed).attributions if a.cue is not None and a.cue.text == "in"]
    text = parsed.article.text
    assert att.source is not None and att.source.mention == source
    assert att.content is not None and text[att.content.start : att.content.end] == content


@pytest.mark.parametrize(
    "rows",
    [
        # NEGATIVES: "in the polls" names no poll; "in a poll" neither; the poll is not the phrase's head
        # ("in the Ledger poll numbers"); the poll is inside a reporting verb's subject ("… in the Ledger
        # poll said")
        _inline([("the", "the", "DET", 0, ""), ("polls", "poll", "NOUN", 0, "")]),
        _inline([("a", "a", "DET", 0, ""), ("poll", "poll", "NOUN", 0, "")]),
        _inline(_LEDGER_POLL, [("numbers", "number", "NOUN", 9, "compound")]),
        _inline(_LEDGER_POLL, [("said", "say", "VERB", 2, "conj")]),
        # NEGATIVE: a sentence opening "In a new Ledger poll" is the opener's, with its comma
        _inline(_LEDGER_POLL)[5:],
    ],
)
def test_no_inline_poll(rows: list[Row]) -> None:
    from auditor.cue_polls import inline_poll

    tree = tree_from_rows(rows)
    assert all(inline_poll(tree, w) is None for w in tree.words if w.text.lower() == "in")
