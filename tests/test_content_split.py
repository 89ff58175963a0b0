"""Content ends where a second, coordinated report begins; a report that is the content stays nested."""

from __future__ import annotations

import pytest

from auditor.content_split import split_content
from auditor.models import Attribution, Cue, Source, Span


def _span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start=start, end=start + len(phrase))


def _attribution(
    text: str,
    cue: str,
    content: str | None,
    source: str | None = None,
    kind: str = "speech_verb",
    after: int = 0,
) -> Attribution:
    c = _span(text, cue, after)
    s = _span(text, source) if source else None
    return Attribution(
        id=f"a{c.start}",
        sentence=0,
        cue=Cue(
            start=c.start,
            end=c.end,
            text=cue,
            kind=kind,  # type: ignore[arg-type]
            lemma=cue,
            sentence=0,
            head=1,
            rule="test",
        ),
        source=Source(start=s.start, end=s.end, mention=source, name=source, kind="person", named=True)
        if s and source
        else None,
        content=_span(text, content) if content else None,
        rule="test",
    )


CASES = [
    # (text, first report (cue, content, source), later report (cue, content, source, kind), content after)
    (
        "Okafor said the vote gave him hope and said Ruiz did not speak for the town.",
        ("said", "the vote gave him hope and said Ruiz did not speak for the town", "Okafor"),
        ("said Ruiz", "Ruiz did not speak for the town", "Okafor", "speech_verb"),
        "the vote gave him hope",
    ),
    (
        "Asked whether the pier should shut, 68 percent of locals said yes, but 40 percent of guests say no.",
        (
            "Asked",
            "whether the pier should shut, 68 percent of locals said yes, but 40 percent of guests say no",
            None,
        ),
        ("said", "yes", "68 percent of locals", "speech_verb"),
        "whether the pier should shut",
    ),
    (
        "He said yes, and she said no.",
        ("said", "yes, and she said no", "He"),
        ("said no", None, "she", "speech_verb"),
        "yes",
    ),
    (
        "He hailed the ruling as superb, telling reporters that it was a big win for the port.",
        ("hailed", "the ruling as superb, telling reporters that it was a big win for the port", "He"),
        ("telling", "that it was a big win for the port", "He", "speech_verb"),
        "the ruling as superb",
    ),
    (
        "Most said they prefer cheaper fares, according to a Courier poll released Thursday.",
        ("said", "they prefer cheaper fares, according to a Courier poll released Thursday", "Most"),
        ("according to", None, "a Courier poll released Thursday", "according_to"),
        "they prefer cheaper fares",
    ),
]


@pytest.mark.parametrize(("text", "outer", "inner", "expected"), CASES)
def test_content_ends_before_a_coordinated_report(
    text: str, outer: tuple[str, str, str | None], inner: tuple[str, str | None, str, str], expected: str
) -> None:
    a = _attribution(text, outer[0], outer[1], outer[2])
    b = _attribution(text, inner[0], inner[1], inner[2], kind=inner[3], after=a.cue.end if a.cue else 0)
    out = split_content(text, a, (a, b))
    assert out.content is not None
    assert text[out.content.start : out.content.end] == expected
    assert split_content(text, b, (a, b)) == b  # the later report keeps its own content


NESTED = [
    # the inner report is what was said: nothing joins it to the content
    (
        "Ruiz said councillors believe the plan will fail.",
        "said",
        "councillors believe the plan will fail",
        "believe",
        "councillors",
        "cognition_verb",
    ),
    (
        "She said that officials knew about the leak.",
        "said",
        "that officials knew about the leak",
        "knew",
        "officials",
        "cognition_verb",
    ),
    # a relative clause is not a list of reports
    (
        "He said the plan, which critics say is flawed, will pass.",
        "said",
        "the plan, which critics say is flawed, will pass",
        "say",
        "critics",
        "speech_verb",
    ),
    # "according to" in mid-clause is an aside inside what was said
    (
        "He said that, according to officials, the plan failed badly.",
        "said",
        "that, according to officials, the plan failed badly",
        "according to",
        "officials",
        "according_to",
    ),
    # a cut that would leave a stub is no cut
    (
        "He said that, she said, the plan failed.",
        "said",
        "that, she said, the plan failed",
        "said,",
        "she",
        "speech_verb",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "inner_cue", "inner_source", "kind"), NESTED)
def test_a_report_that_is_the_content_stays_nested(
    text: str, cue: str, content: str, inner_cue: str, inner_source: str, kind: str
) -> None:
    a = _attribution(text, cue, content, "He" if text.startswith("He") else None)
    b = _attribution(text, inner_cue, None, inner_source, kind=kind, after=a.cue.end if a.cue else 0)
    assert split_content(text, a, (a, b)) == a


def test_quote_is_kept_only_while_the_content_still_holds_it() -> None:
    text = "He called it “a scandal,” and added that the board must change course."
    a = _attribution(text, "called", "it “a scandal,” and added that the board must change course", "He")
    a = a.model_copy(update={"quote": "a scandal,"})
    b = _attribution(text, "added", "that the board must change course", "He")
    out = split_content(text, a, (a, b))
    assert out.content is not None and text[out.content.start : out.content.end] == "it “a scandal,”"
    assert out.quote == "a scandal,"


def test_without_content_or_cue_nothing_changes() -> None:
    text = "Officials said so."
    a = _attribution(text, "said", None, "Officials")
    assert split_content(text, a, (a,)) is a


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Okafor said that the early results had lifted his spirits and said that Ruiz did not speak "
            "for the harbour.",
            "said that Ruiz did not",
        ),
        ("Most islanders said they prefer cheaper fares, according to a Courier poll.", "according"),
    ],
)
def test_pipeline_gives_each_coordinated_report_its_own_content(annotator, text: str, later: str) -> None:
    from auditor.ingest import article_from_text
    from auditor.pipeline import extract

    (parsed,) = annotator.parse([article_from_text(text, id="coord")])
    first = next(a for a in extract(parsed).attributions if a.cue is not None and a.cue.text == "said")
    assert first.content is not None
    assert later not in text[first.content.start : first.content.end]


@pytest.mark.parametrize(
    ("sentence", "cue", "before", "after"),
    [
        (
            "Moscow claimed it shot down 20 drones, a figure that could not be independently verified.",
            "claimed",
            "it shot down 20 drones, a figure that could not be independently verified",
            "it shot down 20 drones",
        ),
        (
            "The group said 40 people died, which could not be independently confirmed.",
            "said",
            "40 people died, which could not be independently confirmed",
            "40 people died",
        ),
        # NEGATIVE: verification that is part of what the source said stays
        (
            "Officials said the toll had been verified by doctors.",
            "said",
            "the toll had been verified by doctors",
            "the toll had been verified by doctors",
        ),
    ],
)
def test_the_writers_note_is_cut_from_the_content(sentence: str, cue: str, before: str, after: str) -> None:
    out = split_content(sentence, _attribution(sentence, cue, before), ())
    assert out.content is not None and sentence[out.content.start : out.content.end] == after


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the writer's own aside after the source phrase: the claim is the clause before it
        ("Rents rose 9 percent, according to the Ledger - about the same as in May.", True),
        ("Rents rose 9 percent, according to the Ledger last week — about the same as in May.", True),
        # an unspaced em dash is a dash too, as it ends the source phrase; a year range is not one
        ("Rents rose 9 percent, according to the Ledger—about the same as in May.", True),
        ("Rents rose 9 percent, according to the Ledger--about the same as in May.", True),
        ("Rents rose 9 percent over 2020–2024, according to the Ledger - about the same as in May.", True),
        # NEGATIVES: the dash closes an aside opened before the source phrase; no dash; words of the
        # claim before the dash
        ("Most residents - 60 percent, according to the Ledger - back the plan.", False),
        ("Most residents—60 percent, according to the Ledger—back the plan.", False),
        ("Most residents--60 percent, according to the Ledger--back the plan.", False),
        ("Rents rose 9 percent, according to the Ledger, which polled 800 people.", False),
        ("Rents rose, according to the Ledger, by more than wages did - again.", False),
    ],
)
def test_dash_aside_after_the_source_phrase(sentence: str, expected: bool) -> None:
    from auditor.content_split import dash_aside

    source_end = sentence.index("Ledger") + len("Ledger")
    before = Span(start=0, end=sentence.index(", according") if ", according" in sentence else 0)
    after = Span(start=source_end + (sentence[source_end] == " "), end=len(sentence) - 1)
    assert dash_aside(sentence, before, after) is expected


@pytest.mark.parametrize(
    ("source", "expected_cut"),
    [
        # the later report describes the source ("a neighbour who criticized Ruiz"): no second claim
        ("Tom Reyes, a trustee and a neighbour who criticized Ruiz", False),
        # NEGATIVE: outside the source phrase, the same report joined by "and" is a second claim
        ("Tom Reyes", True),
    ],
)
def test_a_report_inside_the_source_phrase_does_not_cut(source: str, expected_cut: bool) -> None:
    text = "“The pier stays shut,” said Tom Reyes, a trustee and a neighbour who criticized Ruiz. “We lost.”"
    content = "The pier stays shut,” said Tom Reyes, a trustee and a neighbour who criticized Ruiz. “We lost."
    a = _attribution(text, "said", content, source)
    b = _attribution(text, "criticized", "Ruiz", "a neighbour", kind="stance_verb")
    out = split_content(text, a, (a, b))
    assert (out != a) is expected_cut
