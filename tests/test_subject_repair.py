"""Tests for auditor.subject_repair on hand-made parses: each misparsed-subject shape, with negatives."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.subject_repair import as_subject, false_conjunct, relative_antecedent, relative_opening

# "Support fell, Mendez notes": "notes" a conjunct of "fell" with no "and"
_NOTES: list[Row] = [
    ("Support", "support", "NOUN", 2, "nsubj"),
    ("fell", "fall", "VERB", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("Mendez", "Mendez", "PROPN", 5, "obj"),
    ("notes", "note", "VERB", 2, "conj"),
]


def _with(rows: list[Row], k: int, row: Row) -> list[Row]:
    return [row if i == k else r for i, r in enumerate(rows)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_NOTES, True),
        # NEGATIVES: a real coordination ("and notes"); a date before the verb; the name ends a longer
        # phrase ("for Ruiz or Okafor said")
        (_with(_NOTES, 2, ("and", "and", "CCONJ", 5, "cc")), False),
        (_with(_NOTES, 3, ("Tuesday", "Tuesday", "PROPN", 5, "obl")), False),
        (_with(_NOTES, 2, ("or", "or", "CCONJ", 4, "cc")), False),
    ],
)
def test_false_conjunct(rows: list[Row], expected: bool) -> None:
    tree = tree_from_rows(rows)
    verb = tree.word(5)
    assert verb is not None and false_conjunct(tree, verb) is expected


# "Aid stalled, as Democrats accused": "Democrats" an oblique of "accused" with "as" for its case
_AS: list[Row] = [
    ("Aid", "aid", "NOUN", 2, "nsubj"),
    ("stalled", "stall", "VERB", 0, "root"),
    (",", ",", "PUNCT", 6, "punct"),
    ("as", "as", "ADP", 5, "case"),
    ("Democrats", "Democrat", "NOUN", 6, "obl"),
    ("accused", "accuse", "VERB", 2, "conj"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_AS, ["Democrats"]),
        # NEGATIVE: "As Democrats …" opening the sentence (no comma before "as") is an opener
        (
            [
                ("As", "as", "ADP", 2, "case"),
                ("Democrats", "Democrat", "NOUN", 3, "obl"),
                ("accused", "accuse", "VERB", 0, "root"),
            ],
            [],
        ),
    ],
)
def test_as_subject(rows: list[Row], expected: list[str]) -> None:
    tree = tree_from_rows(rows)
    verb = tree.words[-1]
    assert [w.text for w in as_subject(tree, verb)] == expected


# "Okafor, who said she won, said …"
_RELATIVE: list[Row] = [
    ("Okafor", "Okafor", "PROPN", 8, "nsubj"),
    (",", ",", "PUNCT", 3, "punct"),
    ("who", "who", "PRON", 4, "nsubj"),
    ("said", "say", "VERB", 8, "ccomp"),
    ("she", "she", "PRON", 6, "nsubj"),
    ("won", "win", "VERB", 4, "ccomp"),
    (",", ",", "PUNCT", 8, "punct"),
    ("said", "say", "VERB", 0, "root"),
]


def test_relative_antecedent_and_opening() -> None:
    tree = tree_from_rows(_RELATIVE)
    inner, main = tree.word(4), tree.word(8)
    assert inner is not None and main is not None
    assert [w.text for w in relative_antecedent(tree, inner)] == ["Okafor"]
    assert relative_opening(tree, main) and not relative_opening(tree, inner)
    # NEGATIVE: "which" as the object ("Plan, which Ruiz called …"): the next word is its subject
    tree = tree_from_rows(
        [
            ("Plan", "plan", "NOUN", 8, "nsubj"),
            (",", ",", "PUNCT", 3, "punct"),
            ("which", "which", "PRON", 5, "nsubj"),
            ("Ruiz", "Ruiz", "PROPN", 5, "nsubj"),
            ("called", "call", "VERB", 1, "acl:relcl"),
            ("bad", "bad", "ADJ", 5, "xcomp"),
            (",", ",", "PUNCT", 8, "punct"),
            ("failed", "fail", "VERB", 0, "root"),
        ]
    )
    called = tree.word(5)
    assert called is not None and relative_antecedent(tree, called) == []
