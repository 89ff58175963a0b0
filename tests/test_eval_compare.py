"""citron- and GGT-style comparison metrics on hand-made gold/prediction tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.evaluation.compare import ZERO, Comparison, compare, token_positions
from auditor.evaluation.metrics import Relation, SpanSet

DOC = "Peskov told reporters the report was fake, according to Reuters. Officials believe it."
#      0         1         2         3         4         5         6         7         8
#      0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567


def rel(cue: tuple[int, int], source: tuple[int, int] | None = None, content: tuple[int, int] | None = None):
    return Relation(
        cue=SpanSet(spans=(cue,)),
        source=SpanSet(spans=(source,) if source else ()),
        content=SpanSet(spans=(content,) if content else ()),
    )


GOLD = [rel((7, 11), (0, 6), (22, 41)), rel((43, 55), (56, 63), (0, 41)), rel((75, 82), (65, 74), (83, 85))]


def test_perfect_prediction_scores_one_everywhere() -> None:
    c = compare(DOC, GOLD, GOLD)
    for prf in (c.cue_exact, c.source_exact, c.cue_overlap, c.source_overlap, c.content_overlap, c.quote_30):
        assert prf.precision == prf.recall == prf.f1 == 1.0
    assert c.speaker_accuracy == 1.0


def test_exact_cue_needs_the_same_span_but_source_exact_only_overlapping_cues() -> None:
    pred = [rel((7, 21), (0, 6), (22, 41))]  # "told reporters" against gold "told"
    c = compare(DOC, GOLD, pred)
    assert c.cue_exact.right == 0 and c.cue_exact.predicted == 1
    assert c.source_exact.right == 1 and c.source_exact.found == 1
    assert c.source_exact.recall == pytest.approx(1 / 3)


def test_overlap_is_token_share_not_character_share() -> None:
    pred = [rel((7, 11), (0, 21), (22, 41))]  # source "Peskov told reporters": 1 of 3 tokens right
    c = compare(DOC, GOLD, pred)
    assert c.source_overlap.precision == pytest.approx(1 / 3)
    assert c.source_overlap.recall == pytest.approx(1 / 3)  # Peskov found; Reuters, Officials not


def test_quote_needs_thirty_percent_of_gold_content_and_speaker_overlap() -> None:
    # content "the report" covers 2 of 4 gold tokens (the report was fake): a match; wrong speaker
    pred = [rel((7, 11), (65, 74), (22, 32))]
    c = compare(DOC, GOLD, pred)
    assert c.quote_30.found == 1 and c.speaker_right == 0
    # "fake" alone is 1 of 4 tokens (25%): below the bar, and not 30% of the longer gold content either
    miss = compare(DOC, GOLD, [rel((7, 11), (0, 6), (37, 41))])
    assert miss.quote_30.found == 0


def test_quote_matching_is_one_to_one() -> None:
    pred = [rel((7, 11), (0, 6), (22, 41)), rel((7, 11), (0, 6), (22, 41))]
    c = compare(DOC, GOLD[:1], pred)
    assert c.quote_30.right == 1 and c.quote_30.predicted == 2


def test_nothing_predicted_is_zero_not_an_error() -> None:
    c = compare(DOC, GOLD, [])
    assert c.cue_exact.f1 == 0.0 and c.speaker_accuracy == 0.0
    assert (c + Comparison()).cue_exact.gold == 3
    assert ZERO.f1 == 0.0


spans = st.tuples(st.integers(0, len(DOC)), st.integers(0, len(DOC))).map(lambda t: (min(t), max(t)))


relations = st.lists(st.tuples(spans, spans, spans), max_size=4)


@given(relations, relations)
def test_every_figure_is_a_proportion(g, p) -> None:
    gold = [rel(*x) for x in g]
    pred = [rel(*x) for x in p]
    c = compare(DOC, gold, pred)
    for prf in (c.cue_exact, c.source_exact, c.cue_overlap, c.source_overlap, c.content_overlap, c.quote_30):
        assert 0.0 <= prf.precision <= 1.0 and 0.0 <= prf.recall <= 1.0
    assert 0.0 <= c.speaker_accuracy <= 1.0


def test_token_positions_count_repeated_words_separately() -> None:
    assert len(token_positions("said said", ((0, 9),))) == 2
