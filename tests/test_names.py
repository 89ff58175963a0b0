"""Source names as strings (auditor.names): canonical names, descriptors, gender, document authors."""

from __future__ import annotations

import pytest

from auditor import names


@pytest.mark.parametrize(
    ("mention", "kind", "expected"),
    [
        ("Kremlin spokesman Dmitry Peskov", "person", "Dmitry Peskov"),
        ("Ukrainian President Volodymyr Zelensky", "person", "Volodymyr Zelensky"),
        ("South Korea's Defense Minister Kim Yong-hyun", "person", "Kim Yong-hyun"),
        ("Russian Presidential Spokesperson Dmitry Peskov", "unknown", "Dmitry Peskov"),
        ("Dmitry Peskov, the Kremlin spokesman", "person", "Dmitry Peskov"),
        ("President Zelenskyy", "unknown", "Zelenskyy"),
        ("Zelenskyy's", "person", "Zelenskyy"),
        ("Zelenskyy’s", "person", "Zelenskyy"),
        ("Mr. Smith", "unknown", "Smith"),
        ("U.S. President Joe Biden", "person", "Joe Biden"),
        ("North Korean leader Kim Jong Un", "person", "Kim Jong Un"),
        # occupations before a name read like titles
        ("Actress Diane Guerrero", "person", "Diane Guerrero"),
        ("Billionaire Mark Cuban", "unknown", "Mark Cuban"),
        ("Fox News host Sean Hannity", "person", "Sean Hannity"),
        ("Mr. Singer", "person", "Singer"),  # NEGATIVE: a surname that is also an occupation stays
        ("Ohio Gov. John Kasich", "unknown", "John Kasich"),
        # part of a title before a first and last name ("Secretary of State" split by the parser)
        ("his best friend at Lehigh, Bruce Turry", "person", "Bruce Turry"),
        ("a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn", "person", "Oleg Voloshyn"),
        ("Dmitry Peskov, the Kremlin spokesman", "person", "Dmitry Peskov"),  # NEGATIVE: name first
        ("Jason Sims — a teacher from Mount Pleasant", "person", "Jason Sims"),
        ("State Hillary Clinton", "unknown", "Hillary Clinton"),
        # NEGATIVES: part of a title before one name is no title; a plural possessive keeps its s
        ("State Twitter", "unknown", "State Twitter"),
        ("the Associated Press'", "unknown", "Associated Press"),
        # a title word after a given name, with a description after the comma, is a surname
        ("Matthew Prince, chief executive of CloudFlare, a Texas company", "person", "Matthew Prince"),
        ("John King, the CNN anchor", "unknown", "John King"),
        ("Charlie King, a former executive director of the party", "person", "Charlie King"),
        # NEGATIVES: a title with no given name; a name after the comma; a determiner before
        ("Defense Minister, the official", "person", "Defense Minister, the official"),
        ("South Korean President, Yoon Suk Yeol", "person", "Yoon Suk Yeol"),
        ("The Prince, who spoke", "person", "The Prince, who spoke"),
        # organisations keep their name
        (
            "South Korea's National Intelligence Service",
            "organization",
            "South Korea's National Intelligence Service",
        ),
        (
            "South Korea's National Intelligence Service",
            "unknown",
            "South Korea's National Intelligence Service",
        ),
        ("the Kremlin", "government", "Kremlin"),
        (
            "the White House National Security Council (NSC)",
            "organization",
            "White House National Security Council",
        ),
    ],
)
def test_canonical_name(mention: str, kind: str, expected: str) -> None:
    assert names.canonical_name(mention, kind) == expected


@pytest.mark.parametrize(
    ("mention", "kind", "name", "person"),
    [
        # a document is named by its author: an organisation, or a person with titles stripped
        ("a report by the Congressional Budget Office", "document", "Congressional Budget Office", False),
        ("a 2015 analysis by the Tax Policy Center", "document", "Tax Policy Center", False),
        ("a study by Harvard economist Raj Chetty", "document", "Raj Chetty", True),
        ("a statement from the White House", "document", "White House", False),
        ("a court document filed by state attorney Dave Aronberg", "document", "Dave Aronberg", True),
        (
            "a recent report from Bloomberg New Energy Finance",
            "document",
            "Bloomberg New Energy Finance",
            False,
        ),
        # a clause after the author is not part of its name
        (
            "a report from the State Department's inspector general to be released Friday",
            "document",
            "State Department's inspector general",
            False,
        ),
        # NEGATIVES: no author written as a name; a person "from" somewhere is not a document's author
        ("a report by the think tank", "document", "report by the think tank", False),
        ("a report on Smith", "document", "report on Smith", False),
        ("officials from the Pentagon", "group", "officials from the Pentagon", False),
        ("the Congressional Budget Office", "organization", "Congressional Budget Office", False),
    ],
)
def test_document_named_by_its_author(mention: str, kind: str, name: str, person: bool) -> None:
    parts = names.split_name(mention, kind)
    assert (parts.name, parts.person) == (name, person)
    if name and name in mention and mention.split()[1] in ("report", "analysis", "study", "statement"):
        assert mention.split()[1] in parts.descriptors  # the document word stays as a descriptor


def test_descriptors_and_gender_are_kept() -> None:
    parts = names.split_name("Kremlin spokesman Dmitry Peskov", "person")
    assert parts.descriptors == ("kremlin", "spokesman")
    assert parts.places == ("kremlin",)
    assert parts.gender == "male"
    assert names.split_name("spokeswoman Maria Zakharova", "person").gender == "female"
    assert names.split_name("Jordan Peskov", "person").gender is None  # a given name of both genders


@pytest.mark.parametrize(
    ("mention", "gender"),
    [
        ("Hillary Clinton", "female"),
        ("Bill Clinton", "male"),
        ("Sen. Ted Cruz", "male"),
        # a title says it first: the given name does not override it
        ("spokeswoman Bill Smith", "female"),
        # NEGATIVES: a bare surname; a given name of both genders; a given name not in the list
        ("Clinton", None),
        ("Jordan Smith", None),
        ("Kim Jong Un", None),
        ("Volodymyr Zelensky", None),
    ],
)
def test_gender_from_the_given_name(mention: str, gender: str | None) -> None:
    assert names.split_name(mention, "person").gender == gender


def test_pronoun_table_from_data() -> None:
    assert names.pronoun_table()["she"] == ("female", "singular")
    assert names.pronoun_table()["they"][1] == "plural"
    assert not names.is_pronoun("Peskov")


@pytest.mark.parametrize(
    ("mention", "heads"),
    [
        ("Warren E. Buffett, the billionaire investor", ("investor",)),
        ("billionaire investor Warren Buffett", ("investor",)),
        ("Peter Morgan, a lawyer for the Sierra Club", ("lawyer",)),
        ("Kremlin spokesman Dmitry Peskov", ("spokesman",)),
        ("Ari Fleischer, who wrote the report", ()),  # a relative clause names no head
        # NEGATIVES: no description; a description ending in a name
        ("Dmitry Peskov", ()),
        ("Jim Webb, Democrat of Virginia", ()),
    ],
)
def test_description_heads(mention: str, heads: tuple[str, ...]) -> None:
    assert names.split_name(mention, "person").heads == heads


def test_given_names_list_each_name_once_with_a_gender() -> None:
    from auditor import lexicon

    rows = [line.split("|") for line in lexicon.entries("given_names.txt")]
    keys = [r[0].strip().lower() for r in rows]
    assert len(keys) == len(set(keys)), "a name listed twice would silently take the later gender"
    assert {r[1].strip() for r in rows} == {"male", "female"}
    # names given to both genders are left out on purpose
    assert not {"chris", "jordan", "kim", "dana", "jean", "taylor"} & set(keys)
