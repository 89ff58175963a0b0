"""What the source phrase keeps: descriptions set off by commas, restrictive modifiers, clauses."""

from __future__ import annotations

import pytest
from attribution_helpers import source_content


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "source", "content"),
    [
        # the description the writer set off with commas belongs to the source
        (
            "The bridge will reopen in May, said Laura Chen, a spokeswoman for the transit agency.",
            "Laura Chen, a spokeswoman for the transit agency",
            "The bridge will reopen in May",
        ),
        (
            "Marta Silva, 54, who runs a bakery on Elm Street, says business has never been worse.",
            "Marta Silva, 54, who runs a bakery on Elm Street",
            "business has never been worse.",
        ),
        (
            "“Costs are rising,” said Priya Nair of the Harbor Chamber of Commerce.",
            "Priya Nair of the Harbor Chamber of Commerce",
            "Costs are rising,",
        ),
        # name, age, hometown: "of" or "from" after an age belongs to the description
        (
            "The ferry will run again in June, said Tomas Reyes, 41, of Port Alder.",
            "Tomas Reyes, 41, of Port Alder",
            "The ferry will run again in June",
        ),
        (
            "“We are tired,” said Lena Brooks, 29, of Harlow, Ohio.",
            "Lena Brooks, 29, of Harlow, Ohio",
            "We are tired,",
        ),
        # a relative clause that reports a claim is the speaker's own attribution, not a description;
        # what was said is the clause before the verb, not the relative clause too
        (
            "The vote was rushed, said Ana Ortiz, a council member, who noted that the agenda had changed.",
            "Ana Ortiz, a council member",
            "The vote was rushed",
        ),
        # the anonymity aside stays out of the content: the reported clause comes after the verb
        (
            "Officials, who spoke on condition of anonymity because they were not authorized to discuss "
            "the contract, said the city had paid 12 invoices late.",
            "Officials, who spoke on condition of anonymity",
            "the city had paid 12 invoices late",
        ),
        # "A, X said, B": the source is X alone, the content the whole sentence around it
        (
            "The deficit, Jones said, will shrink next year.",
            "Jones",
            "The deficit, Jones said, will shrink next year",
        ),
        # the hearer of "told" is no inverted source
        ("“The plan is dead,” Ruiz told reporters.", "Ruiz", "The plan is dead,"),
        # an opening phrase before the subject is neither source nor content
        (
            "Pressed by reporters, the mayor said the budget was balanced.",
            "the mayor",
            "the budget was balanced",
        ),
        ("In her speech, the senator said the bill would pass.", "the senator", "the bill would pass"),
    ],
)
def test_source_descriptions_and_clauses(annotator, paragraph: str, source: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert source_content(annotator, [paragraph])[0] == (source, content)


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        # a restrictive modifier (no commas) is part of how the reader names the source
        ("People briefed on the negotiations say the deal is off.", "People briefed on the negotiations"),
        ("Sources privy to the talks say the plan was dead.", "Sources privy to the talks"),
        ("People close to the mayor said the plan was dead.", "People close to the mayor"),
        ("A court document unsealed Thursday says the firm lied.", "A court document unsealed Thursday"),
        (
            "Two members of the city council who attended the meeting said the vote was rigged.",
            "Two members of the city council who attended the meeting",
        ),
        ("“It is over,” said one official familiar with the talks.", "one official familiar with the talks"),
        ("Nothing has changed, said Peter Okafor of the union.", "Peter Okafor of the union"),
        (
            "Ms. Alvarez of the Lakeside Housing Trust said rents would rise.",
            "Ms. Alvarez of the Lakeside Housing Trust",
        ),
        # negatives: a verb of the subject's own, a subordinate reporting verb, what the speaker spoke of
        ("The governor urged lawmakers to say no.", "The governor"),
        ("Whitlow continued, saying the polls were wrong.", "Whitlow"),
        ("“It is a disaster,” said Smith of the proposal.", "Smith"),
        ("Officials who said the plan was dead were overruled.", "Officials"),
    ],
)
def test_restrictive_modifiers_belong_to_the_source(annotator, paragraph: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert source_content(annotator, [paragraph])[-1][0] == source


@pytest.mark.parametrize(
    ("middle", "rel", "expected"),
    [
        # "Ruiz, head of/obl the Fund, then said": the parser hung "of the Fund" on the verb; the
        # description still runs to the comma before the verb
        ("Fund", "appos", "Ruiz , head of the Fund"),
        # the description taken for a conjunct after a comma, no "and"
        ("Fund", "conj", "Ruiz , head of the Fund"),
        # NEGATIVE: a verb before the comma ("of the Fund sued"): a clause, not a description
        ("sued", "appos", "Ruiz , head"),
    ],
)
def test_appositive_description_the_parser_hung_on_the_verb(middle: str, rel: str, expected: str) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_description import extend_description

    upos = "VERB" if middle == "sued" else "PROPN"
    tree = tree_from_rows(
        [
            ("Ruiz", "Ruiz", "PROPN", 9, "nsubj"),
            (",", ",", "PUNCT", 3, "punct"),
            ("head", "head", "NOUN", 1, rel),
            ("of", "of", "ADP", 6, "case"),
            ("the", "the", "DET", 6, "det"),
            (middle, middle, upos, 9, "obl"),
            (",", ",", "PUNCT", 9, "punct"),
            ("then", "then", "ADV", 9, "advmod"),
            ("said", "say", "VERB", 0, "root"),
        ]
    )
    words = [w for w in tree.words if w.index <= 3]
    verb = tree.word(9)
    assert verb is not None
    assert " ".join(w.text for w in extend_description(tree, words, verb, set())) == expected


@pytest.mark.parametrize(
    ("name", "rel", "expected"),
    [
        # "Now Haldane, who led the fund, has agreed": the sentence does not open with the name
        (("Haldane", "Haldane", "PROPN"), ("who", "who", "PRON"), "Haldane , who led the fund"),
        # NEGATIVE: no relative pronoun after the comma ("Now Haldane, then the fund, has agreed")
        (("Haldane", "Haldane", "PROPN"), ("then", "then", "ADV"), ""),
        # NEGATIVE: no name before the clause ("Now everyone, who led the fund, has agreed")
        (("everyone", "everyone", "PRON"), ("who", "who", "PRON"), ""),
    ],
)
def test_a_name_before_a_relative_clause_later_in_the_sentence(
    name: tuple[str, str, str], rel: tuple[str, str, str], expected: str
) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_description import appositive_subject

    rows = [
        ("Now", "now", "ADV", 2, "advmod"),
        (*name, 5, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        (*rel, 5, "nsubj"),
        ("led", "lead", "VERB", 10, "advcl"),
        ("the", "the", "DET", 7, "det"),
        ("fund", "fund", "NOUN", 5, "obj"),
        (",", ",", "PUNCT", 10, "punct"),
        ("has", "have", "AUX", 10, "aux"),
        ("agreed", "agree", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    words = appositive_subject(tree, tree.words[-1], set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


# "Ruiz , a former chairman , became a delegate and said": a description set off before the first verb
_BECAME = [
    ("Ruiz", "Ruiz", "PROPN", 7, "nsubj"),
    (",", ",", "PUNCT", 5, "punct"),
    ("a", "a", "DET", 5, "det"),
    ("former", "former", "ADJ", 5, "amod"),
    ("chairman", "chairman", "NOUN", 1, "appos"),
    (",", ",", "PUNCT", 5, "punct"),
    ("became", "become", "VERB", 0, "root"),
    ("a", "a", "DET", 9, "det"),
    ("delegate", "delegate", "NOUN", 7, "obj"),
    ("and", "and", "CCONJ", 11, "cc"),
    ("said", "say", "VERB", 7, "conj"),
]
# "Ruiz became a delegate and said": nothing set off
_BECAME_BARE = [
    ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    ("became", "become", "VERB", 0, "root"),
    ("a", "a", "DET", 4, "det"),
    ("delegate", "delegate", "NOUN", 2, "obj"),
    ("and", "and", "CCONJ", 6, "cc"),
    ("said", "say", "VERB", 2, "conj"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_BECAME, "Ruiz , a former chairman"),
        # NEGATIVE: no comma after the name: the name alone
        (_BECAME_BARE, "Ruiz"),
    ],
)
def test_a_description_before_the_verb_a_report_is_coordinated_with(
    rows: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_description import extend_description

    tree = tree_from_rows(rows)
    said = tree.words[-1]
    assert " ".join(w.text for w in extend_description(tree, [tree.words[0]], said, set())) == expected


def _chief(adverb: str | None) -> list[tuple[str, str, str, int, str]]:
    """ "Addressing members here, the chief, Paul Manley, [bluntly] suggested …": the parser hung the
    subject on the opening clause, so the verb has none."""
    verb = 12 if adverb else 11
    rows = [
        ("Addressing", "address", "VERB", verb, "advcl"),
        ("members", "member", "NOUN", 1, "obj"),
        ("here", "here", "ADV", 1, "advmod"),
        (",", ",", "PUNCT", 6, "punct"),
        ("the", "the", "DET", 6, "det"),
        ("chief", "chief", "NOUN", 3, "obl"),
        (",", ",", "PUNCT", 8, "punct"),
        ("Paul", "Paul", "PROPN", 6, "appos"),
        ("Manley", "Manley", "PROPN", 8, "flat"),
        (",", ",", "PUNCT", 8, "punct"),
    ]
    if adverb is not None:
        rows.append((adverb, adverb, "ADV", verb, "advmod"))
    return [*rows, ("suggested", "suggest", "VERB", 0, "root")]


@pytest.mark.parametrize(
    ("adverb", "expected"),
    [
        (None, "Paul Manley"),
        # an adverb between the closing comma and the verb does not hide the phrase
        ("bluntly", "Paul Manley"),
    ],
)
def test_parenthetical_speaker(adverb: str | None, expected: str) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_description import parenthetical_speaker

    tree = tree_from_rows(_chief(adverb))
    verb = tree.words[-1]
    assert " ".join(w.text for w in parenthetical_speaker(tree, verb, set())) == expected
