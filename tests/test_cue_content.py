"""Tests for auditor.cue_content predicates on hand-made parses (the rest runs through test_cues)."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.cue_content import has_object

_SIGNALED: list[Row] = [
    ("countries", "country", "NOUN", 2, "nsubj"),
    ("signaled", "signal", "VERB", 0, "root"),
    ("increasing", "increase", "VERB", 2, "xcomp"),
    ("cooperation", "cooperation", "NOUN", 3, "obj"),
]
_ADD: list[Row] = [
    ("plan", "plan", "NOUN", 2, "nsubj"),
    ("would", "would", "AUX", 3, "aux"),
    ("add", "add", "VERB", 0, "root"),
    ("billions", "billion", "NOUN", 3, "obj"),
]


def _said(obj: str, upos: str) -> list[Row]:
    return [
        ("“Yes,”", "yes", "PUNCT", 2, "punct"),
        ("said", "say", "VERB", 0, "root"),
        (obj, obj, upos, 2, "obj"),
    ]


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [
        (_ADD, 3, True),  # "would add billions": a thing
        (_SIGNALED, 2, True),  # "signaled increasing/xcomp cooperation/obj"
        # NEGATIVES: an inverted speaker the parser made the object; a name tagged as a noun; a source noun
        (_said("Zelenskyy", "PROPN"), 2, False),
        (_said("Times", "NOUN"), 2, False),
        (_said("officials", "NOUN"), 2, False),
    ],
)
def test_has_object(rows: list[Row], verb: int, expected: bool) -> None:
    tree = tree_from_rows(rows)
    word = tree.word(verb)
    assert word is not None and has_object(tree, word) is expected
