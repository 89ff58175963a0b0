"""Tests of auditor/cue_naming.py: an object and the label given to it, on hand-made parses as the
mini parser makes them, with negative cases."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows, with_xpos

from auditor.cue_naming import labelled

# "He called the charges unsubstantiated": the label a participle the parser hung as a predicate
CHARGES: list[Row] = [
    ("He", "he", "PRON", 2, "nsubj"),
    ("called", "call", "VERB", 0, "root"),
    ("the", "the", "DET", 4, "det"),
    ("charges", "charge", "NOUN", 2, "obj"),
    ("unsubstantiated", "unsubstantiate", "VERB", 2, "xcomp"),
]
# "Okafor called her vote for the bridge a mistake": the label hung inside the object phrase
VOTE: list[Row] = [
    ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
    ("called", "call", "VERB", 0, "root"),
    ("her", "her", "PRON", 4, "nmod:poss"),
    ("vote", "vote", "NOUN", 2, "obj"),
    ("for", "for", "ADP", 7, "case"),
    ("the", "the", "DET", 7, "det"),
    ("bridge", "bridge", "NOUN", 4, "nmod"),
    ("a", "a", "DET", 9, "det"),
    ("mistake", "mistake", "NOUN", 7, "nmod"),
]


def _with(rows: list[Row], i: int, row: Row) -> list[Row]:
    return [row if n == i else r for n, r in enumerate(rows)]


@pytest.mark.parametrize(
    ("rows", "xpos", "expected"),
    [
        (CHARGES, "VBN", True),
        (VOTE, "NN", True),
        # "They called him a liar": object and noun label, both on the verb
        (
            [
                ("They", "they", "PRON", 2, "nsubj"),
                ("called", "call", "VERB", 0, "root"),
                ("him", "he", "PRON", 2, "obj"),
                ("a", "a", "DET", 5, "det"),
                ("liar", "liar", "NOUN", 2, "xcomp"),
            ],
            "NN",
            True,
        ),
        # NEGATIVES: a finite verb or an infinitive is no label ("called the meeting to order")
        (CHARGES, "VBD", False),
        (
            [
                ("He", "he", "PRON", 2, "nsubj"),
                ("called", "call", "VERB", 0, "root"),
                ("the", "the", "DET", 4, "det"),
                ("meeting", "meeting", "NOUN", 2, "obj"),
                ("to", "to", "PART", 6, "mark"),
                ("adjourn", "adjourn", "VERB", 2, "xcomp"),
            ],
            "VB",
            False,
        ),
        # a modifier with its own preposition or no indefinite article is part of the object
        (_with(VOTE, 7, ("the", "the", "DET", 9, "det")), "NN", False),
        (_with(VOTE, 7, ("of", "of", "ADP", 9, "case")), "NN", False),
        # "called her mother a day later": an ambiguous her/his before the noun is a possessive
        (
            [
                ("She", "she", "PRON", 2, "nsubj"),
                ("called", "call", "VERB", 0, "root"),
                ("her", "her", "PRON", 2, "obj"),
                ("mother", "mother", "NOUN", 2, "obj"),
            ],
            "NN",
            False,
        ),
    ],
)
def test_labelled(rows: list[Row], xpos: str, expected: bool) -> None:
    tree = with_xpos(tree_from_rows(rows), {len(rows): xpos})
    assert labelled(tree, tree.words[1]) is expected
