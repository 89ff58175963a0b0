"""Who does what a purpose infinitive reports when the parser hung it on a thing (``purpose_holder``),
and the source ``verb_source`` then gives, on hand-made parses with negative cases."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.source_purpose import named, purpose_holder
from auditor.source_verb import verb_source


def _used(noun: str, noun_upos: str = "NOUN", poss: bool = False) -> list[Row]:
    """ "The union used [its] <noun> to urge voters": "to urge" hung on the noun as acl."""
    det = ("its", "its", "PRON", 5, "nmod:poss") if poss else ("the", "the", "DET", 5, "det")
    return [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 3, "nsubj"),
        ("used", "use", "VERB", 0, "root"),
        det,
        (noun, noun, noun_upos, 3, "obj"),
        ("to", "to", "PART", 7, "mark"),
        ("urge", "urge", "VERB", 5, "acl"),
        ("voters", "voter", "NOUN", 7, "obj"),
    ]


def _sent(obj: str, lemma: str, form: str) -> list[Row]:
    """ "Harbor Radio <form> a <obj> to the docks to ask workers": the infinitive hung on "docks"."""
    return [
        ("Harbor", "Harbor", "PROPN", 2, "compound"),
        ("Radio", "Radio", "PROPN", 3, "nsubj"),
        (form, lemma, "VERB", 0, "root"),
        ("a", "a", "DET", 5, "det"),
        (obj, obj, "NOUN", 3, "obj"),
        ("to", "to", "ADP", 8, "case"),
        ("the", "the", "DET", 8, "det"),
        ("docks", "dock", "NOUN", 3, "obl"),
        ("to", "to", "PART", 10, "mark"),
        ("ask", "ask", "VERB", 8, "acl"),
        ("workers", "worker", "NOUN", 10, "obj"),
    ]


def _owned(noun: str) -> list[Row]:
    """ "Critics cited the mayor's <noun> to explain the cuts": the infinitive hung on the noun."""
    return [
        ("Critics", "critic", "NOUN", 2, "nsubj"),
        ("cited", "cite", "VERB", 0, "root"),
        ("the", "the", "DET", 4, "det"),
        ("mayor", "mayor", "NOUN", 6, "nmod:poss"),
        ("'s", "'s", "PART", 4, "case"),
        (noun, noun, "NOUN", 2, "obj"),
        ("to", "to", "PART", 8, "mark"),
        ("explain", "explain", "VERB", 6, "acl"),
        ("the", "the", "DET", 10, "det"),
        ("cuts", "cut", "NOUN", 8, "obj"),
    ]


def _source(rows: list[Row], verb_text: str) -> tuple[str, str]:
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.text == verb_text)
    words, why = verb_source(tree, verb, set(), tree.sentence.text)
    return " ".join(w.text for w in words), why


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [
        (_used("hearing"), "urge", "The union"),  # the union urges, not "the hearing"
        (_sent("reporter", "send", "sent"), "ask", "a reporter"),  # "send" makes its object act
        # NEGATIVES: a verb that does not make its object act ("hired": the station asks); a thing as
        # the object of "send" is no asker
        (_sent("reporter", "hire", "hired"), "ask", "Harbor Radio"),
        (_sent("letter", "send", "sent"), "ask", "Harbor Radio"),
        (_owned("inability"), "explain", "the mayor 's"),  # the owner of a noun of doing
        (_owned("failure"), "explain", "the mayor 's"),
        # NEGATIVE: the owner of a thing ("the mayor's budget to explain") does not explain: the citers do
        (_owned("budget"), "explain", "Critics"),
    ],
)
def test_the_holder_of_a_purpose_infinitive_hung_on_a_thing(
    rows: list[Row], verb: str, expected: str
) -> None:
    words, why = _source(rows, verb)
    assert words == expected
    assert "infinitive" in why


@pytest.mark.parametrize(
    ("rows", "verb"),
    [
        # "The union used the senator to urge voters": a person-like noun may do it (the senator urges)
        (_used("senator"), "urge"),
        # "The union used Okafor to urge voters": a name, whatever its role, is left to the parse
        (_used("Okafor", "PROPN"), "urge"),
    ],
)
def test_an_infinitive_on_a_person_like_noun_is_left_to_the_parse(rows: list[Row], verb: str) -> None:
    tree = tree_from_rows(rows)
    assert purpose_holder(tree, next(w for w in tree.words if w.text == verb)) is None


def test_an_infinitive_with_a_subject_or_on_a_verb_is_left_to_the_parse() -> None:
    rows = [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("wants", "want", "VERB", 0, "root"),
        ("to", "to", "PART", 4, "mark"),
        ("say", "say", "VERB", 2, "xcomp"),
        ("more", "more", "ADJ", 4, "obj"),
    ]
    tree = tree_from_rows(rows)
    assert purpose_holder(tree, tree.words[3]) is None  # an xcomp on a verb: the parse holds


def test_an_impersonal_clause_names_nobody() -> None:
    """ "There are better ways to say it": not "better ways"."""
    rows = [
        ("There", "there", "PRON", 2, "expl"),
        ("are", "be", "VERB", 0, "root"),
        ("better", "good", "ADJ", 4, "amod"),
        ("ways", "way", "NOUN", 2, "nsubj"),
        ("to", "to", "PART", 6, "mark"),
        ("say", "say", "VERB", 4, "acl"),
        ("it", "it", "PRON", 6, "obj"),
    ]
    tree = tree_from_rows(rows)
    held = purpose_holder(tree, tree.words[5])
    assert held is not None and held[2] == "nobody"
    assert _source(rows, "say") == ("", "")


def test_a_lone_it_or_there_names_no_one() -> None:
    it, ruiz = (
        tree_from_rows([("It", "it", "PRON", 0, "root")]),
        tree_from_rows([("Ruiz", "Ruiz", "PROPN", 0, "root")]),
    )
    assert not named(list(it.words)) and named(list(ruiz.words)) and not named([])
