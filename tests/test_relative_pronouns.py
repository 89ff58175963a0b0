"""What a relative pronoun subject stands for (``auditor.relative_pronouns``), on hand-made parses."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.relative_pronouns import part_of, who_stands_for


def _who_rows(lead: list[Row], place: tuple[str, str], between: list[Row]) -> list[Row]:
    """<lead> from <place words>[<between>] , who said": the relative clause on the place's last word."""
    n = len(lead)
    first, last = place
    place_at = n + 3
    who_at = place_at + len(between) + 2
    rows = [
        *lead,
        ("from", "from", "ADP", place_at, "case"),
        (first, first, "PROPN", place_at, "compound"),
        (last, last.lower(), "PROPN", n, "nmod"),
        *between,
        (",", ",", "PUNCT", who_at + 1, "punct"),
        ("who", "who", "PRON", who_at + 1, "nsubj"),
        ("said", "say", "VERB", place_at, "acl:relcl"),
    ]
    return rows


_NURSE: list[Row] = [
    ("Ada", "Ada", "PROPN", 0, "root"),
    ("Ruiz", "Ruiz", "PROPN", 1, "flat"),
    (",", ",", "PUNCT", 5, "punct"),
    ("a", "a", "DET", 5, "det"),
    ("nurse", "nurse", "NOUN", 1, "appos"),
]
# "Ada Ruiz, 54, from Lake County, who said": the place hangs on the age, the age on the name
_AGED: list[Row] = [
    ("Ada", "Ada", "PROPN", 0, "root"),
    ("Ruiz", "Ruiz", "PROPN", 1, "flat"),
    (",", ",", "PUNCT", 4, "punct"),
    ("54", "54", "NUM", 2, "appos"),
]
_REACTION: list[Row] = [
    ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    ("drew", "draw", "VERB", 0, "root"),
    ("a", "a", "DET", 4, "det"),
    ("reaction", "reaction", "NOUN", 2, "obj"),
]


@pytest.mark.parametrize(
    ("lead", "place", "between", "expected"),
    [
        # "who" stands for people: the place named in the description gives way to its head
        (_NURSE, ("Lake", "County"), [], "nurse"),
        (_AGED, ("Lake", "County"), [], "Ada"),
        # NEGATIVES: no description of someone ("a reaction from Lake County, who"); a person's name
        # after the preposition; a word between the place and the pronoun (the parse is off)
        (_REACTION, ("Lake", "County"), [], "County"),
        (_NURSE, ("Ana", "Ortiz"), [], "Ortiz"),
        (_AGED, ("Ana", "Ortiz"), [], "Ortiz"),
        (_NURSE, ("Lake", "County"), [("today", "today", "NOUN", 8, "obl")], "County"),
    ],
)
def test_who_stands_for_the_person_a_place_describes(
    lead: list[Row], place: tuple[str, str], between: list[Row], expected: str
) -> None:
    tree = tree_from_rows(_who_rows(lead, place, between))
    noun = next(w for w in tree.words if w.text == place[1])
    who = next(w for w in tree.words if w.text == "who")
    assert who_stands_for(tree, noun, who).text == expected


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        # "members of the council who said": the members, people the council is made of
        ("members", "members"),
        # NEGATIVE: "the roof of the council building": no people, the noun itself
        ("roof", None),
    ],
)
def test_part_of_a_body_is_the_people_in_it(group: str, expected: str | None) -> None:
    rows: list[Row] = [
        ("two", "two", "NUM", 2, "nummod"),
        (group, group, "NOUN", 0, "root"),
        ("of", "of", "ADP", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("council", "council", "NOUN", 2, "nmod"),
        ("who", "who", "PRON", 7, "nsubj"),
        ("said", "say", "VERB", 5, "acl:relcl"),
    ]
    tree = tree_from_rows(rows)
    council = tree.word(5)
    assert council is not None
    up = part_of(tree, council)
    assert (up.text if up is not None else None) == expected


def test_which_and_that_may_stand_for_the_place_itself() -> None:
    """NEGATIVE: "a nurse from Lake County, which said": a county can say things; "who" cannot."""
    rows = [
        ("which", "which", *r[2:]) if r[0] == "who" else r for r in _who_rows(_NURSE, ("Lake", "County"), [])
    ]
    tree = tree_from_rows(rows)
    county = next(w for w in tree.words if w.text == "County")
    which = next(w for w in tree.words if w.text == "which")
    assert who_stands_for(tree, county, which).text == "County"
