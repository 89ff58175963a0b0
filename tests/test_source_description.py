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
        ("A court document filed Thursday says the firm lied.", "A court document filed Thursday"),
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
        ("Trump continued, saying the polls were wrong.", "Trump"),
        ("“It is a disaster,” said Smith of the proposal.", "Smith"),
        ("Officials who said the plan was dead were overruled.", "Officials"),
    ],
)
def test_restrictive_modifiers_belong_to_the_source(annotator, paragraph: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert source_content(annotator, [paragraph])[-1][0] == source
