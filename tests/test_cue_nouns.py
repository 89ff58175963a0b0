"""Reporting-noun and poll cues (auditor.cue_nouns): frames, sources, content, with negative cases."""

from __future__ import annotations

import pytest
from word_helpers import one_word

from auditor.cue_nouns import is_noun_cue, noun_attribution, quote_after
from auditor.cues import find_cues
from auditor.models import Attribution, Cue, ParsedArticle
from auditor.pipeline import extract
from auditor.quotes import find_quotes
from auditor.syntax import Tree


def _parse(annotator, paragraphs: list[str]) -> ParsedArticle:  # type: ignore[no-untyped-def]
    from auditor.conllu import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    return parsed


def _noun_cues(parsed: ParsedArticle) -> list[str]:
    return [c.text for c in find_cues(parsed, find_quotes(parsed)) if is_noun_cue(c)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a reporting noun in one of its frames
        (["The governor's claim that the bridge was safe drew scorn."], ["claim"]),
        (["Her complaint that the vote was rushed went unanswered."], ["complaint"]),
        (["The vote ended despite the mayor's complaint that it was rushed."], ["complaint"]),
        (["The union welcomed the mayor's promise to keep the clinic open."], ["promise"]),
        (["The plan won the endorsement of the teachers' union."], ["endorsement of"]),
        (["The senator's criticism of the budget was sharp."], ["criticism of"]),
        # a poll opening the sentence is the source of what follows
        (["In a new Meridian poll, 52 percent of voters backed the measure."], ["In"]),
        # a date between the poll and the comma, which the parser may make the phrase's head
        (["In a Lakeview poll last month, Mayor Ruiz had a 10-point lead."], ["In"]),
        # NEGATIVES: the noun without its frame or without a source; a relative clause; mid-sentence polls
        (["The claim was filed in March."], []),
        (["The claim that he filed in March was rejected."], []),
        (["Critics doubted the claim that the bridge was safe."], []),  # no source in the phrase
        (["His plan to build a seawall was costly."], []),  # "plan": not a reporting noun (train data)
        (["Support for the measure has grown."], []),
        (["The mayor leads in the polls by ten points."], []),
        (["In polls, the mayor leads."], []),  # no particular poll
        (["In the hallway, the reporters waited."], []),
        (["In the hallway last month, the reporters waited."], []),
        (["In a Lakeview poll that nobody read, Mayor Ruiz had a lead."], []),
        # a person opening the sentence gives that person's view; NEGATIVES: infinitives, places
        (["To Senator Smith, the vote was a turning point."], ["To"]),
        (["To be fair, the vote was close."], []),
        (["To win the seat, the mayor needs the suburbs."], []),
        # the quotation right before "That was the message from X"; NEGATIVES: no speaker named, no
        # quotation right before, a noun that is not the predicate of "that"
        (["“The fire is contained.” That was the message from Chief Kristin Crowley."], ["message"]),
        (
            ["“We will rebuild faster than before.” That was the promise from Mayor Ines Carvalho."],
            ["promise"],
        ),
        (["“Stay away from the hills.” That was the message."], []),
        (["The fire is contained. That was the message from Chief Kristin Crowley."], []),
        (["“The fire is contained.” The message from Chief Kristin Crowley was brief."], []),
    ],
)
def test_noun_cues(annotator, paragraphs: list[str], expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _noun_cues(_parse(annotator, paragraphs)) == expected


def _attribution(parsed: ParsedArticle, cue_text: str) -> Attribution:
    return next(a for a in extract(parsed).attributions if a.cue is not None and a.cue.text == cue_text)


@pytest.mark.parametrize(
    ("paragraphs", "cue", "source", "content"),
    [
        (
            ["Officials rejected the governor's claim that the bridge was safe."],
            "claim",
            "the governor's",
            "the bridge was safe",
        ),
        (["The senator's criticism of the budget was sharp."], "criticism of", "The senator's", "the budget"),
        (
            ["Voters cheered the mayor's promise to keep the clinic open."],
            "promise",
            "the mayor's",
            "to keep the clinic open",
        ),
        (
            ["In a new Meridian poll, 52 percent of voters backed the measure."],
            "In",
            "a new Meridian poll",
            "52 percent of voters backed the measure",
        ),
        (
            [
                "Residents waited for news.",
                "“The fire is contained.” That was the message from Chief Kristin Crowley.",
            ],
            "message",
            "Chief Kristin Crowley",
            "The fire is contained.",
        ),
    ],
)
def test_noun_attribution(annotator, paragraphs: list[str], cue: str, source: str, content: str) -> None:  # type: ignore[no-untyped-def]
    parsed = _parse(annotator, paragraphs)
    att = _attribution(parsed, cue)
    text = parsed.article.text
    assert att.source is not None and att.source.mention == source
    assert att.content is not None and text[att.content.start : att.content.end] == content
    assert att.source.start < att.source.end <= len(text)


def test_verb_and_noun_cue_in_one_sentence(annotator) -> None:  # type: ignore[no-untyped-def]
    """Handled by span, not by sentence: the verb's attribution and the noun's are different ones."""
    parsed = _parse(annotator, ["The mayor said the governor's claim that the bridge was safe is false."])
    texts = [c.text for c in find_cues(parsed, find_quotes(parsed))]
    assert texts == ["said", "claim"]


def test_noun_attribution_without_a_head_word() -> None:
    from auditor.models import Article, Segment, Sentence

    article = Article(
        id="x", text="Hi.", segments=(Segment(start=0, end=3, text="Hi.", kind="body"),), input_format="text"
    )
    sentence = Sentence(index=0, start=0, end=3, text="Hi.", paragraph=0, words=())
    parsed = ParsedArticle(article=article, sentences=(sentence,))
    cue = Cue(
        start=0, end=2, text="Hi", kind="noun", lemma="hi", sentence=0, head=5, rule="reporting noun 'hi'"
    )
    assert noun_attribution(parsed, Tree(sentence), cue, set()) == ([], "", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His statement: “We will win the vote.”", "We will win the vote."),
        ("His statement, “We will win.”", "We will win."),
        ("His statement “We will win.”", "We will win."),
        # NEGATIVES: words between the noun and the quotation; no quotation at all
        ("His statement was “fine” today.", None),
        ("His statement. Later: “We will win.”", None),
        ("His statement was short.", None),
    ],
)
def test_quote_after_opens_right_after_the_noun(text: str, expected: str | None) -> None:
    from auditor.conllu import article_from_paragraphs

    article = article_from_paragraphs("t", [text])
    quotes = find_quotes(ParsedArticle(article=article, sentences=()))
    noun = one_word("statement", "NOUN", start=article.text.index("statement"))
    found = quote_after(article.text, noun, quotes)
    assert (found.text if found is not None else None) == expected
