"""The speaker after the verb (``auditor.source_inversion``), on hand-made parses."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows, with_xpos

from auditor.source_inversion import inverted_subject, set_off_inversion
from auditor.syntax import Tree


def _after(verb: tuple[str, str], rest: list[Row], *, subject_before: bool = True) -> Tree:
    """ "Rates rise , <verb> <rest>", the verb tagged finite; "Rates" its subject when ``subject_before``."""
    rows: list[Row] = [
        ("Rates", "rate", "NOUN", 4 if subject_before else 2, "nsubj"),
        ("rise", "rise", "VERB", 4, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        (verb[0], verb[1], "VERB", 0, "root"),
        *rest,
    ]
    return with_xpos(tree_from_rows(rows), {4: "VBD"})


_HOLT: list[Row] = [("Holt", "Holt", "PROPN", 4, "obj"), (".", ".", "PUNCT", 4, "punct")]
_HOLT_WON: list[Row] = [("Holt", "Holt", "PROPN", 6, "nsubj"), ("won", "win", "VERB", 4, "ccomp")]
_MONDAY: list[Row] = [("Monday", "Monday", "PROPN", 4, "obl"), (".", ".", "PUNCT", 4, "punct")]


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        (_after(("said", "say"), _HOLT), ["Holt"]),
        (
            _after(
                ("said", "say"),
                [
                    ("Holt", "Holt", "PROPN", 4, "obj"),
                    ("and", "and", "CCONJ", 7, "cc"),
                    ("others", "other", "NOUN", 5, "conj"),
                    (",", ",", "PUNCT", 4, "punct"),
                ],
            ),
            ["Holt", "and", "others"],
        ),
        # NEGATIVES: the hearer of "told"; a name followed by its own verb; a date; no subject before
        (_after(("told", "tell"), _HOLT), []),
        (_after(("said", "say"), _HOLT_WON), []),
        (_after(("said", "say"), _MONDAY), []),
        (_after(("said", "say"), _HOLT, subject_before=False), []),
    ],
)
def test_a_name_set_off_after_the_verb_is_the_speaker(tree: Tree, expected: list[str]) -> None:
    verb = tree.word(4)
    assert verb is not None
    assert [w.text for w in set_off_inversion(tree, verb, set(), tree.sentence.text)] == expected


def test_the_hearer_of_tell_is_never_an_inverted_subject() -> None:
    tree = _after(("told", "tell"), _HOLT)
    verb = tree.word(4)
    assert verb is not None
    assert inverted_subject(tree, verb, set()) == []
    said = _after(("said", "say"), _HOLT)
    verb = said.word(4)
    assert verb is not None
    assert [w.text for w in inverted_subject(said, verb, set())] == ["Holt"]
