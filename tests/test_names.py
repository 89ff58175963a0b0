"""Source names as strings (auditor.names): canonical names, descriptors, gender, document authors."""

from __future__ import annotations

import pytest

from auditor import names


@pytest.mark.parametrize(
    ("mention", "kind", "expected"),
    [
        ("Kremlin spokesman Dmitry Peskov", "person", "Dmitry Peskov"),
        ("Coach Marta Delgado", None, "Marta Delgado"),  # a coach's title, as "Gov." is a governor's
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
        ("Actress Nora Vance", "person", "Nora Vance"),
        ("Billionaire Hugh Castell", "unknown", "Hugh Castell"),
        ("Bayside Radio host Glen Tarrant", "person", "Glen Tarrant"),
        ("Mr. Player", "person", "Player"),  # NEGATIVE: a surname that is also an occupation stays
        ("Vermont Gov. Ellen Marsh", "unknown", "Ellen Marsh"),
        # part of a title before a first and last name ("Secretary of State" split by the parser)
        ("his old teammate at Carleton, Glen Harwood", "person", "Glen Harwood"),
        ("a former spokesman for Lindale's Water Board, Martin Brandt", "person", "Martin Brandt"),
        ("Dmitry Peskov, the Kremlin spokesman", "person", "Dmitry Peskov"),  # NEGATIVE: name first
        ("Colin Marsh — a nurse from Cedar Falls", "person", "Colin Marsh"),
        ("State Ana Ruiz", "unknown", "Ana Ruiz"),
        # NEGATIVES: part of a title before one name is no title; a plural possessive keeps its s
        ("State Nordia", "unknown", "State Nordia"),
        ("the Lindale Times'", "unknown", "Lindale Times"),
        # a title word after a given name, with a description after the comma, is a surname
        ("Owen Judge, chief executive of Norcrest, a Texas company", "person", "Owen Judge"),
        ("Walter King, the WXNR anchor", "unknown", "Walter King"),
        ("Ellen Marshal, a former executive director of the trust", "person", "Ellen Marshal"),
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
        ("a report by the Coastal Budget Office", "document", "Coastal Budget Office", False),
        ("a 2018 analysis by the Harbour Policy Institute", "document", "Harbour Policy Institute", False),
        ("a study by Yale economist Ruth Okonjo", "document", "Ruth Okonjo", True),
        ("a statement from the White House", "document", "White House", False),
        ("a court document signed by state attorney Tom Reyes", "document", "Tom Reyes", True),
        (
            "a recent report from Northwind Clean Energy Research",
            "document",
            "Northwind Clean Energy Research",
            False,
        ),
        # a clause after the author is not part of its name
        (
            "a report from the Transport Ministry's inspector general to be published next week",
            "document",
            "Transport Ministry's inspector general",
            False,
        ),
        # NEGATIVES: no author written as a name; a person "from" somewhere is not a document's author
        ("a report by the think tank", "document", "report by the think tank", False),
        ("a report on Smith", "document", "report on Smith", False),
        # who obtained or saw the document is not its author
        (
            "a report obtained by the Glendale Courier",
            "document",
            "report obtained by the Glendale Courier",
            False,
        ),
        ("a memo seen by Reuters", "document", "memo seen by Reuters", False),
        ("a report released by the Coastal Budget Office", "document", "Coastal Budget Office", False),
        ("officials from the Pentagon", "group", "officials from the Pentagon", False),
        ("the Coastal Budget Office", "organization", "Coastal Budget Office", False),
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
        ("Helen Marsh", "female"),
        ("Frank Marsh", "male"),
        ("Sen. Hugh Castell", "male"),
        # a title says it first: the given name does not override it
        ("spokeswoman Bill Smith", "female"),
        # NEGATIVES: a bare surname; a given name of both genders; a given name not in the list
        ("Marsh", None),
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
        ("Walter E. Brandt, the billionaire investor", ("investor",)),
        ("billionaire investor Walter Brandt", ("investor",)),
        ("Peter Lund, a lawyer for the Lakeside Trust", ("lawyer",)),
        ("Kremlin spokesman Dmitry Peskov", ("spokesman",)),
        ("Owen Tarrant, who wrote the report", ()),  # a relative clause names no head
        # NEGATIVES: no description; a description ending in a name
        ("Dmitry Peskov", ()),
        ("Tom Okafor, Democrat of Vermont", ()),
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


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # where a person is from comes after the name, not as the name
        ("Senator Tom Reyes of Vermont", "Tom Reyes"),
        ("Mr. Petrakis of the Harbor Institute", "Petrakis"),
        ("Dana Whitlow of the University of Port Ellis School of Law", "Dana Whitlow"),
        ("Priya Raman from Lindale", "Priya Raman"),
        # NEGATIVES: "of" inside a title is no place after a name
        ("Secretary of State Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_persons_name_before_of_a_place(mention: str, expected: str) -> None:
    assert names.split_name(mention, "person").name == expected


@pytest.mark.parametrize(
    ("heads", "gender"),
    [
        (("woman",), "female"),
        (("father",), "male"),
        (("Spokeswoman",), "female"),
        # NEGATIVES: a head that says nothing; two heads that disagree
        (("witness",), None),
        (("mother", "son"), None),
    ],
)
def test_noun_gender(heads: tuple[str, ...], gender: str | None) -> None:
    assert names.noun_gender(heads) == gender


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        # a capitalised run ending in a party member's noun describes a person; it names no one
        ("the Florida Republican", ""),
        ("a South Carolina Democrat", ""),
        # NEGATIVE: the party word before the name is a title-like description; the name stands
        ("Democrat Hillary Clinton", "Hillary Clinton"),
        ("Sen. Tom Reyes, a Vermont Democrat", "Tom Reyes"),
    ],
)
def test_a_party_member_is_no_name(mention: str, name: str) -> None:
    assert names.split_name(mention, "person").name == name
