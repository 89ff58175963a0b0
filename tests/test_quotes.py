"""Quotation-mark pairing: straight and curly marks, paragraph continuation, unbalanced input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.models import ParsedArticle
from auditor.nlp import article_from_paragraphs
from auditor.quotes import find_quotes


def _parsed(*paragraphs: str) -> ParsedArticle:
    return ParsedArticle(article=article_from_paragraphs("t", list(paragraphs)), sentences=())


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["“We will rebuild,” she said."], [("We will rebuild,", "”", False)]),
        (['"We will rebuild," she said.'], [("We will rebuild,", '"', False)]),
        (
            ["“We will rebuild,” she said, “and together.”"],
            [("We will rebuild,", "”", False), ("and together.", "”", False)],
        ),
        # the marks inside a markup tag left in the text quote no one; a quotation between tags still does
        (['<tweet author="@x" date="June 3, 2021">The ferry timetable</tweet>.'], []),
        (['Read <a href="http://x.com/a">the "full" story</a> here.'], [("full", '"', False)]),
        # apostrophes are not quotes
        (["Zelensky’s aides said it’s the countries’ choice."], []),
        # single curly quotes that clearly quote
        (["He called it ‘a stunt’ on Sunday."], [("a stunt", "’", False)]),
        # a quote left open at the end of the last paragraph: unclosed, runs to the paragraph end
        (["She said “we will rebuild and never leave"], [("we will rebuild and never leave", None, False)]),
        # the newspaper convention: an open quote continues when the next paragraph opens with a mark
        (
            ["“We will stay. The river is high.", "“But the bridge will hold.”"],
            [("We will stay. The river is high. But the bridge will hold.", "”", True)],
        ),
        # an open quote followed by a paragraph that does not open with a mark ends at its paragraph
        (["“We will stay.", "The mayor left."], [("We will stay.", None, False)]),
        # HTML debris glued to words is not a quote
        (["support Ukraine“>Russia in the war"], []),
        (["No quotes here at all."], []),
        # NYT style: two apostrophes as a double quotation mark
        (["''It is a sensible budget,'' Okafor said."], [("It is a sensible budget,", "''", False)]),
    ],
)
def test_pairs(paragraphs: list[str], expected: list[tuple[str, str | None, bool]]) -> None:
    got = find_quotes(_parsed(*paragraphs))
    assert [(q.text, q.close_mark, q.continued) for q in got] == expected


def test_offsets_and_marks() -> None:
    parsed = _parsed("Intro line.", "“We will stay,” the mayor said.")
    (q,) = find_quotes(parsed)
    text = parsed.article.text
    assert text[q.start] == "“" and text[q.end - 1] == "”"
    assert text[q.inner.start : q.inner.end] == "We will stay,"
    assert q.open_mark == "“"


def test_continued_quote_spans_both_paragraphs() -> None:
    parsed = _parsed("“We will stay.", "“But the bridge will hold.”")
    (q,) = find_quotes(parsed)
    assert q.continued and q.start == 0 and q.end == len(parsed.article.text)


def test_only_body_segments(conllu_article) -> None:  # type: ignore[no-untyped-def]
    parsed = conllu_article("attrib/continued_quote")
    quotes = find_quotes(parsed)
    assert [q.continued for q in quotes] == [False, True]
    assert quotes[1].sentences == (1, 2)
    assert quotes[0].sentences == (0,)


marks = st.sampled_from(['"', "“", "”", "‘", "’", "'", "a", " ", "b", ".", "\n", "«", "»"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=marks, max_size=30), min_size=1, max_size=4))
def test_never_crashes_and_offsets_hold(paragraphs: list[str]) -> None:
    paragraphs = [p.replace("\n", " ").strip() or "x" for p in paragraphs]
    parsed = _parsed(*paragraphs)
    text = parsed.article.text
    for q in find_quotes(parsed):
        assert 0 <= q.start <= q.inner.start <= q.inner.end <= q.end <= len(text)
        assert text.startswith(q.open_mark, q.start)
        if q.close_mark is not None:
            assert text[q.end - len(q.close_mark) : q.end] == q.close_mark
