"""Typographic cues (auditor.cue_marks): 'Name: “…”', speaker labels, headline labels; with negatives."""

from __future__ import annotations

import pytest

from auditor.cue_marks import _not_a_statement
from auditor.models import ParsedArticle
from auditor.pipeline import extract


def _parse(annotator, paragraphs: list[str]) -> ParsedArticle:  # type: ignore[no-untyped-def]
    from auditor.conllu import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    return parsed


def _colons(parsed: ParsedArticle) -> list[str | None]:
    """The source mention of every colon cue's attribution."""
    return [
        a.source.mention if a.source else None
        for a in extract(parsed).attributions
        if a.cue is not None and a.cue.kind == "colon"
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name after a dash in a digest line: the name, not the whole line, is the speaker
        (
            ["TURNOUT HELD UP IN THE SUBURBS - Jane Doe: “The numbers held up well in the end.”"],
            ["Jane Doe"],
        ),
        # a transcript label with a party tag and no space before the quotation
        (['Rep. Jane Doe (R-Texas):"We will not back down on this bill."'], ["Rep. Jane Doe"]),
        # a headline label opening the article
        (["Poll: Voters back the new stadium plan.", "The survey was taken last week."], ["Poll"]),
        (["MILLER: We have to finish the bridge this year."], ["MILLER"]),
        # NEGATIVES: kickers, tallies, a few words of a list, a list of names
        (["Breaking: Storm hits the coast hard today.", "More follows."], []),
        (["The Latest: Storm hits the coast hard today.", "More follows."], []),
        (["The count so far.", "Miller: 547.", "Lopez: 46."], []),
        (["What each needs.", "Miller: Finish second.", "Lopez: Just hang on."], []),
        (["Who took part.", "Ohio: Ann Bell, Tom Crane, Joe Dunn, Eve Fox."], []),
    ],
)
def test_colon_cues(annotator, paragraphs: list[str], expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _colons(_parse(annotator, paragraphs)) == expected


@pytest.mark.parametrize(
    ("rest", "reason"),
    [
        (" 1,769.", "a number"),
        (" 1,769 to 1,501.", "a number"),
        (" 3 battleground races are tight.", None),
        (" 52%.", "a number"),
        (" Finish second.", "too short"),
        (" A miracle.", "too short"),
        (" Ann Bell, Tom Crane, Joe Dunn, Eve Fox.", "a list of names"),
        (" We will win this state in November.", None),
        (" “Never.”", None),  # short, but a quotation
    ],
)
def test_not_a_statement(rest: str, reason: str | None) -> None:
    assert _not_a_statement(rest, []) == reason
