"""The passive agent as a source phrase (auditor.source_agent), on hand-made parses: cut before a
question, a reason or topic, a purpose, a participle clause or a time; negatives keep the name whole."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.source_agent import agent_phrase


def _praised(tail: list[Row]) -> list[Row]:
    """ "Ruiz was praised by the union <tail>": everything in ``tail`` hangs on "union" (word 6)."""
    return [
        ("Ruiz", "Ruiz", "PROPN", 3, "nsubj:pass"),
        ("was", "be", "AUX", 3, "aux:pass"),
        ("praised", "praise", "VERB", 0, "root"),
        ("by", "by", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        ("union", "union", "NOUN", 3, "obl:agent"),
        *tail,
    ]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a reason, a topic, a purpose, a participle clause, a time: all after the name
        (
            [
                ("for", "for", "ADP", 9, "case"),
                ("her", "she", "PRON", 9, "nmod:poss"),
                ("plan", "plan", "NOUN", 6, "nmod"),
            ],
            "the union",
        ),
        (
            [
                ("about", "about", "ADP", 9, "case"),
                ("the", "the", "DET", 9, "det"),
                ("toll", "toll", "NOUN", 6, "nmod"),
            ],
            "the union",
        ),
        (
            [
                ("to", "to", "PART", 8, "mark"),
                ("delay", "delay", "VERB", 6, "acl"),
                ("votes", "vote", "NOUN", 8, "obj"),
            ],
            "the union",
        ),
        (
            [
                (",", ",", "PUNCT", 8, "punct"),
                ("ending", "end", "VERB", 6, "acl"),
                ("Okafor", "Okafor", "PROPN", 8, "obj"),
            ],
            "the union",
        ),
        (
            [
                ("on", "on", "ADP", 8, "case"),
                ("Friday", "Friday", "PROPN", 6, "nmod"),
                ("at", "at", "ADP", 11, "case"),
                ("the", "the", "DET", 11, "det"),
                ("pier", "pier", "NOUN", 6, "nmod"),
            ],
            "the union",
        ),
        # NEGATIVES: a place that names who ("the union in Port Alder"); a relative clause keeps its words
        ([("in", "in", "ADP", 8, "case"), ("Alder", "Alder", "PROPN", 6, "nmod")], "the union in Alder"),
        (
            [
                (",", ",", "PUNCT", 8, "punct"),
                ("which", "which", "PRON", 9, "nsubj"),
                ("cheered", "cheer", "VERB", 6, "acl:relcl"),
                ("for", "for", "ADP", 11, "case"),
                ("hours", "hour", "NOUN", 9, "obl"),
            ],
            "the union , which cheered for hours",
        ),
    ],
)
def test_agent_phrase(tail: list[Row], expected: str) -> None:
    tree = tree_from_rows(_praised(tail))
    by = tree.word(6)
    assert by is not None
    assert " ".join(w.text for w in agent_phrase(tree, by, set(), tree.sentence.text)) == expected
