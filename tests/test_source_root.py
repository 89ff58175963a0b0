"""The opening noun phrase the parser made the root (auditor.source_root), on hand-made parses."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows, with_xpos

from auditor.source_root import nominal_root_subject

# "Rep. Okafor (D-Ohio), chair of the harbor board, said/conj he backs it": the parser found no main verb
_REP_SAID: list[Row] = [
    ("Rep.", "Rep.", "PROPN", 0, "root"),
    ("Okafor", "Okafor", "PROPN", 1, "flat"),
    ("(", "(", "PUNCT", 4, "punct"),
    ("D-Ohio", "D-Ohio", "PROPN", 2, "appos"),
    (")", ")", "PUNCT", 4, "punct"),
    (",", ",", "PUNCT", 7, "punct"),
    ("chair", "chair", "NOUN", 1, "appos"),
    ("of", "of", "ADP", 9, "case"),
    ("board", "board", "NOUN", 7, "nmod"),
    (",", ",", "PUNCT", 11, "punct"),
    ("said", "say", "VERB", 7, "conj"),
    ("he", "he", "PRON", 13, "nsubj"),
    ("backs", "back", "VERB", 11, "ccomp"),
]
# "Okafor, who runs the union, arrived/VBD late and said/conj …": cut at the clause of its own
_WHO_ARRIVED: list[Row] = [
    ("Okafor", "Okafor", "PROPN", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("who", "who", "PRON", 4, "nsubj"),
    ("runs", "run", "VERB", 1, "acl:relcl"),
    ("union", "union", "NOUN", 4, "obj"),
    (",", ",", "PUNCT", 7, "punct"),
    ("arrived", "arrive", "VERB", 1, "acl"),
    ("and", "and", "CCONJ", 9, "cc"),
    ("said", "say", "VERB", 7, "conj"),
]
# NEGATIVES: an opening adjunct ("On Sunday, Okafor's aides said/conj"); a root that names no one
# ("The plan's failure, …, convinced/conj many")
_ON_SUNDAY: list[Row] = [
    ("On", "on", "ADP", 2, "case"),
    ("Sunday", "Sunday", "PROPN", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("aides", "aide", "NOUN", 2, "conj"),
    ("said", "say", "VERB", 4, "acl"),
]
_FAILURE: list[Row] = [
    ("failure", "failure", "NOUN", 0, "root"),
    (",", ",", "PUNCT", 3, "punct"),
    ("convinced", "convince", "VERB", 1, "conj"),
    ("many", "many", "ADJ", 3, "obj"),
]


@pytest.mark.parametrize(
    ("rows", "xpos", "expected"),
    [
        (_REP_SAID, {11: "VBD", 13: "VBZ"}, "Rep. Okafor ( D-Ohio ) , chair of board"),
        (_WHO_ARRIVED, {4: "VBZ", 7: "VBD", 9: "VBD"}, "Okafor , who runs union"),
        (_ON_SUNDAY, {5: "VBD"}, ""),
        (_FAILURE, {3: "VBD"}, ""),
    ],
)
def test_an_opening_phrase_the_parser_made_the_root(
    rows: list[Row], xpos: dict[int, str], expected: str
) -> None:
    tree = with_xpos(tree_from_rows(rows), xpos)
    verb = next(w for w in reversed(tree.words) if w.lemma in ("say", "convince"))
    assert " ".join(w.text for w in nominal_root_subject(tree, verb)) == expected
