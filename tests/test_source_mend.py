"""Tests for auditor.source_mend: source phrases whose edges the parser drew wrong, on hand-made parses."""

from __future__ import annotations

import pytest
from tree_helpers import tree_from_rows, with_xpos

from auditor.source_mend import (
    drop_opening_adjunct,
    drop_reported_relative,
    drop_zero_relative_head,
    extend_over_link,
    name_before_bracket,
)

# ---------------------------------------------------------------- a subject run back into an opening adjunct


def _opening_adjunct(lead: list[tuple[str, str]], xpos: dict[int, str], source_from: int) -> list[str]:
    """'<lead> , Okafor said': the parser made everything from word ``source_from`` to "Okafor" the
    subject (the lead's last noun and the comma included)."""
    n = len(lead)
    rows = [(text, text.lower(), upos, n + 3, "dep") for text, upos in lead]
    rows += [(",", ",", "PUNCT", n + 2, "punct"), ("Okafor", "Okafor", "PROPN", n + 3, "nsubj")]
    rows += [("said", "say", "VERB", 0, "root")]
    tree = with_xpos(tree_from_rows(rows), xpos)
    words = [w for w in tree.words if source_from <= w.index <= n + 2]
    verb = tree.word(n + 3)
    assert verb is not None
    return [w.text for w in drop_opening_adjunct(tree, words, verb)]


@pytest.mark.parametrize(
    ("lead", "xpos", "source_from", "expected"),
    [
        # "At the Harbor Grille, Okafor said": the preposition's object is no part of the source
        ([("At", "ADP"), ("the", "DET"), ("Harbor", "PROPN"), ("Grille", "PROPN")], {}, 2, ["Okafor"]),
        # "Speaking/VBG earlier Tuesday, Okafor said", "Asked/VBN about the pier, Okafor said"
        ([("Speaking", "VERB"), ("earlier", "ADV"), ("Tuesday", "PROPN")], {1: "VBG"}, 2, ["Okafor"]),
        ([("Asked", "VERB"), ("about", "ADP"), ("it", "PRON")], {1: "VBN"}, 1, ["Okafor"]),
        # NEGATIVES: an apposition after an adverb or a subordinator, a one-word name tagged as a verb
        ([("Even", "ADV"), ("Ruiz", "PROPN")], {}, 1, ["Even", "Ruiz", ",", "Okafor"]),
        ([("Now", "ADV"), ("Ruiz", "PROPN")], {}, 2, ["Ruiz", ",", "Okafor"]),
        (
            [("When", "SCONJ"), ("the", "DET"), ("director", "NOUN")],
            {},
            2,
            ["the", "director", ",", "Okafor"],
        ),
        ([("Husted", "VERB")], {1: "VBN"}, 1, ["Husted", ",", "Okafor"]),
    ],
)
def test_a_subject_run_back_into_an_opening_adjunct_starts_after_its_comma(
    lead: list[tuple[str, str]], xpos: dict[int, str], source_from: int, expected: list[str]
) -> None:
    assert _opening_adjunct(lead, xpos, source_from) == expected


# ---------------------------------------------------------------- a relative clause without "that"


@pytest.mark.parametrize(
    ("phrase", "verb", "expected"),
    [
        # the parser joined the clause's subject to the noun the clause modifies
        ([("the", "DET"), ("question", "NOUN"), ("nobody", "NOUN")], ("asked", "VBD"), ["nobody"]),
        ([("a", "DET"), ("strategy", "NOUN"), ("some", "DET")], ("believe", "VBP"), ["some"]),
        ([("the", "DET"), ("day", "NOUN"), ("Okafor", "PROPN")], ("proposed", "VBD"), ["Okafor"]),
        ([("the", "DET"), ("plan", "NOUN"), ("they", "PRON")], ("criticized", "VBD"), ["they"]),
        # NEGATIVES: a noun naming the name after it; a compound; a quantifier as an adverb of degree
        (
            [("the", "DET"), ("rapper", "NOUN"), ("Ice", "PROPN"), ("Cube", "PROPN")],
            ("said", "VBD"),
            ["the", "rapper", "Ice", "Cube"],
        ),
        ([("campaign", "NOUN"), ("officials", "NOUN")], ("said", "VBD"), ["campaign", "officials"]),
        (
            [("the", "DET"), ("candidate", "NOUN"), ("most", "ADJ")],
            ("identified", "VBN"),
            ["the", "candidate", "most"],
        ),
    ],
)
def test_the_subject_of_a_relative_clause_without_that(
    phrase: list[tuple[str, str]], verb: tuple[str, str], expected: list[str]
) -> None:
    n = len(phrase)
    rows = [(t, t.lower(), upos, n + 1, "nsubj") for t, upos in phrase]
    rows += [(verb[0], verb[0].lower(), "VERB", 0, "root")]
    tree = with_xpos(tree_from_rows(rows), {n + 1: verb[1]})
    verb_word = tree.word(n + 1)
    assert verb_word is not None
    words = [w for w in tree.words if w.index <= n]
    assert [w.text for w in drop_zero_relative_head(tree, words, verb_word)] == expected


# ---------------------------------------------------------------- a subject cut at "of" or "by"


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "A review by | The Times shows": the heading phrase opens the sentence
        ([], ["A", "review", "by", "The", "Times"]),
        ([("But", "CCONJ")], ["A", "review", "by", "The", "Times"]),
        # NEGATIVES: the heading phrase is the object of a verb or preposition ("drew a review by …")
        ([("Okafor", "PROPN"), ("drew", "VERB")], ["The", "Times"]),
        ([("After", "ADP")], ["The", "Times"]),
    ],
)
def test_a_subject_cut_at_by_takes_the_phrase_heading_it(
    before: list[tuple[str, str]], expected: list[str]
) -> None:
    n = len(before)
    rows = [(t, t.lower(), upos, n + 6, "dep") for t, upos in before]
    rows += [
        ("A", "a", "DET", n + 2, "det"),
        ("review", "review", "NOUN", n + 6, "obl"),
        ("by", "by", "ADP", n + 5, "case"),
        ("The", "the", "DET", n + 5, "det"),
        ("Times", "Times", "PROPN", n + 6, "nsubj"),
        ("shows", "show", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    verb = tree.word(n + 6)
    assert verb is not None
    words = [w for w in tree.words if n + 4 <= w.index <= n + 5]
    assert [w.text for w in extend_over_link(tree, words, verb)] == expected


# ---------------------------------------------------------------- a relative clause that reports a claim


def _relative(clause: list[tuple[str, str, str, int, str]]) -> list[str]:
    """ "Okonjo , <clause> , said": the source phrase found runs from "Okonjo" over the relative clause."""
    n = len(clause)
    rows = [("Okonjo", "Okonjo", "PROPN", n + 4, "nsubj"), (",", ",", "PUNCT", 4, "punct")]
    rows += clause
    rows += [(",", ",", "PUNCT", 4, "punct"), ("said", "say", "VERB", 0, "root")]
    tree = tree_from_rows(rows)
    words = [w for w in tree.words if w.index <= n + 2]
    return [w.text for w in drop_reported_relative(tree, words)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the relative clause reports a clause: Okonjo's own claim, not who he is
        (
            [
                ("who", "who", "PRON", 4, "nsubj"),
                ("said", "say", "VERB", 1, "acl:relcl"),
                ("he", "he", "PRON", 6, "nsubj"),
                ("votes", "vote", "VERB", 4, "ccomp"),
            ],
            ["Okonjo"],
        ),
        # the clause hung elsewhere: "that" after the verb still opens it
        (
            [
                ("who", "who", "PRON", 5, "nsubj"),
                ("also", "also", "ADV", 5, "advmod"),
                ("noted", "note", "VERB", 1, "acl:relcl"),
                ("that", "that", "SCONJ", 7, "mark"),
                ("it", "it", "PRON", 7, "nsubj"),
                ("passed", "pass", "VERB", 1, "dep"),
            ],
            ["Okonjo"],
        ),
        # NEGATIVES: a relative clause that reports nothing; one whose verb reports nothing
        (
            [
                ("who", "who", "PRON", 4, "nsubj"),
                ("spoke", "speak", "VERB", 1, "acl:relcl"),
                ("on", "on", "ADP", 6, "case"),
                ("condition", "condition", "NOUN", 4, "obl"),
            ],
            ["Okonjo", ",", "who", "spoke", "on", "condition"],
        ),
        (
            [
                ("who", "who", "PRON", 4, "nsubj"),
                ("runs", "run", "VERB", 1, "acl:relcl"),
                ("a", "a", "DET", 6, "det"),
                ("bakery", "bakery", "NOUN", 4, "obj"),
            ],
            ["Okonjo", ",", "who", "runs", "a", "bakery"],
        ),
    ],
)
def test_a_relative_clause_that_reports_a_claim_is_no_part_of_the_source(
    clause: list[tuple[str, str, str, int, str]], expected: list[str]
) -> None:
    assert _relative(clause) == expected


# ---------------------------------------------------------------- a bracketed label taken for the subject


def _bracket(label: list[tuple[str, str, str, int, str]], source_from: int) -> list[str]:
    """ "Sen. Ana Ruiz ( <label> ) called …": the parser made words of the label the subject."""
    rows = [
        ("Sen.", "Sen.", "PROPN", len(label) + 6, "dep"),
        ("Ana", "Ana", "PROPN", 1, "flat"),
        ("Ruiz", "Ruiz", "PROPN", 1, "flat"),
        ("(", "(", "PUNCT", 5, "punct"),
        *label,
        (")", ")", "PUNCT", 5, "punct"),
        ("called", "call", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    verb = tree.word(len(rows))
    assert verb is not None
    words = [w for w in tree.words if source_from <= w.index < len(rows) - 1]
    return [w.text for w in name_before_bracket(tree, words, verb)]


_PARTY = [
    ("I", "I", "PRON", 8, "nsubj"),
    ("-", "-", "PUNCT", 7, "punct"),
    ("Vt.", "Vt.", "PROPN", 5, "appos"),
]


def test_a_label_in_brackets_taken_for_the_subject_gives_way_to_the_name_before_it() -> None:
    assert _bracket(_PARTY, 5) == ["Sen.", "Ana", "Ruiz", "(", "I", "-", "Vt.", ")"]
    # NEGATIVE: a subject that is not inside the brackets stays as it is
    assert _bracket(_PARTY, 1) == ["Sen.", "Ana", "Ruiz", "(", "I", "-", "Vt."]
