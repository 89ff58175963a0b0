"""Who says what a participle after a noun reports (auditor.source_issuer): the noun, or the one who
issued it; on hand-made parses, with negative cases."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.source_issuer import issuing_verb, participle_noun


def _issued(verb: tuple[str, str]) -> list[Row]:
    """ "Ruiz <verb> a statement saying": the participle hung on the statement (acl)."""
    return [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        (verb[0], verb[1], "VERB", 0, "root"),
        ("a", "a", "DET", 4, "det"),
        ("statement", "statement", "NOUN", 2, "obj"),
        ("saying", "say", "VERB", 4, "acl"),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the one who issued the statement says what it says
        (_issued(("released", "release")), "Ruiz"),
        # NEGATIVE: a statement someone received or cited says it on its own
        (_issued(("received", "receive")), "statement"),
        (_issued(("cited", "cite")), "statement"),
        # "leads by 21 points among those/det describing": the parser took the pronoun for a determiner
        (
            [
                ("points", "point", "NOUN", 0, "root"),
                ("among", "among", "ADP", 3, "case"),
                ("those", "that", "DET", 1, "det"),
                ("describing", "describe", "VERB", 1, "acl"),
                ("themselves", "themselves", "PRON", 5, "obj"),
            ],
            "those",
        ),
        # NEGATIVE: a determiner that is no pronoun stands for nothing
        (
            [
                ("points", "point", "NOUN", 0, "root"),
                ("among", "among", "ADP", 3, "case"),
                ("the", "the", "DET", 1, "det"),
                ("describing", "describe", "VERB", 1, "acl"),
                ("themselves", "themselves", "PRON", 5, "obj"),
            ],
            "points",
        ),
    ],
)
def test_participle_noun(rows: list[Row], expected: str) -> None:
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.text.endswith("ing"))
    found = participle_noun(tree, verb)
    assert found is not None and found[0].text == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # the participle after the object of an issuing verb is the issuer's
        (("issued", "issue"), "issued"),
        # NEGATIVE: a letter someone received speaks for itself
        (("received", "receive"), None),
    ],
)
def test_issuing_verb(verb: tuple[str, str], expected: str | None) -> None:
    rows: list[Row] = [
        ("Reyes", "Reyes", "PROPN", 3, "conj"),  # the parser lost the subject
        ("then", "then", "ADV", 3, "advmod"),
        (verb[0], verb[1], "VERB", 0, "root"),
        ("a", "a", "DET", 5, "det"),
        ("statement", "statement", "NOUN", 3, "obj"),
        ("saying", "say", "VERB", 3, "xcomp"),
    ]
    tree = tree_from_rows(rows)
    saying = tree.word(6)
    assert saying is not None
    found = issuing_verb(tree, saying)
    assert (found.text if found else None) == expected


@pytest.mark.parametrize(
    ("middle", "saying", "expected"),
    [
        # the parse does not link them: "released a statement/amod Wednesday/obj saying/xcomp"
        (
            [
                ("a", "a", "DET", 5, "det"),
                ("statement", "statement", "ADJ", 5, "amod"),
                ("Wednesday", "Wednesday", "PROPN", 2, "obj"),
            ],
            ("saying", "say", "VERB", 2, "xcomp"),
            "released",
        ),
        # "released a statement/compound saying/NOUN obj": the participle itself made the object
        (
            [("a", "a", "DET", 5, "det"), ("statement", "statement", "NOUN", 5, "compound")],
            ("saying", "saying", "NOUN", 2, "obj"),
            "released",
        ),
        # NEGATIVES: a verb between (the statement is another clause's); the participle hangs elsewhere
        (
            [
                ("a", "a", "DET", 4, "det"),
                ("statement", "statement", "NOUN", 2, "obj"),
                ("ran", "run", "VERB", 2, "conj"),
            ],
            ("saying", "say", "VERB", 5, "xcomp"),
            None,
        ),
        (
            [("a", "a", "DET", 4, "det"), ("statement", "statement", "NOUN", 2, "obj")],
            ("saying", "say", "VERB", 7, "advcl"),
            None,
        ),
    ],
)
def test_an_issuer_read_from_the_words(middle: list[Row], saying: Row, expected: str | None) -> None:
    rows: list[Row] = [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("released", "release", "VERB", 0, "root"),
        *middle,
        saying,
        ("it", "it", "PRON", 0, "dep"),
    ]
    tree = tree_from_rows(rows)
    found = issuing_verb(tree, next(w for w in tree.words if w.text == "saying"))
    assert (found.text if found else None) == expected
