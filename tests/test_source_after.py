"""The source phrase after a cue ("according to X"), with negative cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("owned", "expected"),
    [
        ([("tally", "tally", "ADV", 7, "advmod")], "the foundation 's tally"),  # the tagger's ADV
        (
            [("Facebook", "Facebook", "PROPN", 9, "compound"), ("post", "post", "NOUN", 7, "obl")],
            "the foundation 's Facebook post",
        ),
        ([(",", ",", "PUNCT", 7, "punct")], "the foundation 's"),  # NEGATIVE: nothing owned after the mark
    ],
)
def test_after_according_to_a_possessive_keeps_what_it_owns(
    owned: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    """ "The pier closed, according to the foundation's tally": the parser left "tally" out of the
    phrase under "foundation"."""
    from tree_helpers import tree_from_rows

    from auditor.source_after import after_np

    rows = [
        ("It", "it", "PRON", 2, "nsubj"),
        ("closed", "close", "VERB", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("according", "accord", "VERB", 2, "advcl"),
        ("to", "to", "ADP", 7, "case"),
        ("the", "the", "DET", 7, "det"),
        ("foundation", "foundation", "NOUN", 4, "obl"),
        ("'s", "'s", "PART", 7, "case"),
        *owned,
    ]
    tree = tree_from_rows(rows)
    words, _ = after_np(tree, tree.words[4], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == expected


def test_according_to_those_is_a_source_not_a_relative_pronoun() -> None:
    """ "The talks stalled, according to those familiar with the matter": "those" (lemma "that") is
    neither a complementizer nor a relative pronoun; the phrase is the source."""
    from tree_helpers import tree_from_rows

    from auditor.source_after import after_np

    rows = [
        ("It", "it", "PRON", 2, "nsubj"),
        ("stalled", "stall", "VERB", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("according", "accord", "VERB", 2, "advcl"),
        ("to", "to", "ADP", 7, "case"),
        ("those", "that", "DET", 7, "det"),
        ("familiar", "familiar", "NOUN", 4, "obl"),
        ("with", "with", "ADP", 10, "case"),
        ("the", "the", "DET", 10, "det"),
        ("matter", "matter", "NOUN", 7, "nmod"),
    ]
    tree = tree_from_rows(rows)
    words, _ = after_np(tree, tree.words[4], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == "those familiar with the matter"
