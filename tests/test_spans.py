"""Span look-ups (auditor.spans): the index answers exactly what a scan of every span would."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.models import QuoteSpan, Sentence, Span
from auditor.spans import SpanIndex, index_of, inner, pair, sentences_overlapping

_PAIRS = st.lists(
    st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1])), max_size=30
)
_RANGE = st.tuples(st.integers(0, 260), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1]))


@given(_PAIRS, _RANGE)
def test_overlapping_equals_a_scan(spans: list[tuple[int, int]], query: tuple[int, int]) -> None:
    qs, qe = query
    expected = [s for s in spans if s[0] < qe and qs < s[1]]
    assert SpanIndex(spans, pair).overlapping(qs, qe) == expected


@given(_PAIRS, _RANGE)
def test_containing_equals_a_scan(spans: list[tuple[int, int]], query: tuple[int, int]) -> None:
    qs, qe = query
    expected = [s for s in spans if s[0] <= qs and qe <= s[1]]
    assert SpanIndex(spans, pair).containing(qs, qe) == expected


@given(_PAIRS, st.integers(0, 260))
def test_covering_equals_a_scan(spans: list[tuple[int, int]], offset: int) -> None:
    expected = [s for s in spans if s[0] <= offset < s[1]]
    assert SpanIndex(spans, pair).covering(offset) == expected


def test_results_keep_the_original_order() -> None:
    spans = [(10, 20), (0, 30), (12, 14)]
    assert SpanIndex(spans, pair).covering(13) == [(10, 20), (0, 30), (12, 14)]


def test_empty_index_finds_nothing() -> None:
    assert SpanIndex([], pair).overlapping(0, 100) == []


def _quote(start: int, end: int) -> QuoteSpan:
    return QuoteSpan(
        start=start,
        end=end,
        inner=Span(start=start + 1, end=end - 1),
        text="x" * (end - start - 2),
        open_mark="“",
        close_mark="”",
    )


def test_inner_key_excludes_the_marks() -> None:
    quotes = (_quote(5, 15),)
    assert SpanIndex(quotes, inner).containing(6, 14) == [quotes[0]]
    # NEGATIVE: the opening mark is not inside the quotation's words
    assert SpanIndex(quotes, inner).containing(5, 6) == []


def test_index_of_is_built_once_per_tuple_and_not_shared_between_equal_tuples() -> None:
    quotes = (_quote(5, 15), _quote(20, 30))
    assert index_of(quotes) is index_of(quotes)
    twin = tuple(q.model_copy() for q in quotes)
    assert index_of(twin) is not index_of(quotes)
    assert index_of(quotes, inner) is not index_of(quotes)


def _sentences(bounds: list[tuple[int, int]]) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(start=s, end=e, text="x" * (e - s), index=k, paragraph=0, words=())
        for k, (s, e) in enumerate(bounds)
    )


@given(st.lists(st.integers(1, 20), min_size=1, max_size=15), _RANGE)
def test_sentences_overlapping_equals_a_scan(lengths: list[int], query: tuple[int, int]) -> None:
    bounds, at = [], 0
    for n in lengths:  # sentences in text order with a one-character gap between them
        bounds.append((at, at + n))
        at += n + 1
    sentences = _sentences(bounds)
    qs, qe = query
    expected = [s for s in sentences if s.start < qe and qs < s.end]
    assert sentences_overlapping(sentences, qs, qe) == expected


@pytest.mark.parametrize(
    ("span", "holes", "expected"),
    [
        ((0, 10), [(3, 5)], ((0, 3), (5, 10))),
        ((0, 10), [(6, 8), (2, 4)], ((0, 2), (4, 6), (8, 10))),
        ((0, 10), [(0, 10)], ()),
        # NEGATIVES: holes outside or touching the span change nothing
        ((0, 10), [(10, 12)], ((0, 10),)),
        ((5, 10), [(0, 5)], ((5, 10),)),
        ((0, 10), [], ((0, 10),)),
    ],
)
def test_subtract(
    span: tuple[int, int], holes: list[tuple[int, int]], expected: tuple[tuple[int, int], ...]
) -> None:
    from auditor.spans import subtract

    assert subtract(span, holes) == expected


@given(
    st.tuples(st.integers(0, 50), st.integers(0, 50)).map(sorted).map(tuple),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted).map(tuple), max_size=5),
)
def test_subtract_keeps_what_no_hole_covers(span: tuple[int, int], holes: list[tuple[int, int]]) -> None:
    from auditor.spans import subtract

    parts = subtract(span, holes)
    kept = {i for a, b in parts for i in range(a, b)}
    covered = {i for a, b in holes for i in range(a, b)}
    assert kept == set(range(span[0], span[1])) - covered
    assert all(span[0] <= a < b <= span[1] for a, b in parts)
