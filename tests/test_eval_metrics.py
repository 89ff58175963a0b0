"""Metrics of the PolNeAR harness on hand-made gold/prediction tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.evaluation.metrics import Relation, SpanSet, gold_cue_kind, match, overlap, token_f1, totals

DOC = "Peskov told reporters the report was fake, according to Reuters. Officials believe it."
#      0         1         2         3         4         5         6         7         8
#      0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567


def rel(
    cue: tuple[int, int], source: tuple[int, int] | None = None, content: tuple[int, int] | None = None
) -> Relation:
    return Relation(
        cue=SpanSet(spans=(cue,)),
        source=SpanSet(spans=(source,) if source else ()),
        content=SpanSet(spans=(content,) if content else ()),
    )


def test_overlap_counts_shared_characters() -> None:
    assert overlap(((0, 5),), ((3, 10),)) == 2
    assert overlap(((0, 5),), ((5, 10),)) == 0
    assert overlap(((0, 2), (4, 8)), ((1, 6),)) == 3


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (((0, 6),), ((0, 6),), 1.0),  # Peskov / Peskov
        (((0, 6),), ((7, 11),), 0.0),  # Peskov / told
        ((), (), 1.0),  # no source on either side agrees
        (((0, 6),), (), 0.0),
        (((0, 21),), ((0, 6),), 0.5),  # 3 gold tokens, 1 predicted, 1 shared: P 1, R 1/3 -> 0.5
    ],
)
def test_token_f1(gold, pred, expected) -> None:
    assert token_f1(DOC, gold, pred) == pytest.approx(expected)


def test_match_is_one_to_one_and_scores_pairs() -> None:
    gold = [rel((7, 11), (0, 6), (22, 42)), rel((44, 56), (57, 64), (22, 42))]
    # two predictions on the same gold cue: only one may count
    pred = [rel((7, 11), (0, 6), (22, 42)), rel((7, 21), (0, 6), (22, 30))]
    score = match(DOC, gold, pred)
    assert len(score.pairs) == 1
    assert score.missed == (1,)
    assert score.spurious == (1,)
    pair = score.pairs[0]
    assert pair.source_exact and pair.source_f1 == 1.0 and pair.content_f1 == 1.0


def test_match_without_predictions_or_gold() -> None:
    assert match(DOC, [rel((7, 11))], []).missed == (0,)
    assert match(DOC, [], [rel((7, 11))]).spurious == (0,)
    t = totals([match(DOC, [], [])])
    assert (t.precision, t.recall, t.f1) == (0.0, 0.0, 0.0)


def test_discontinuous_cue_matches_on_any_piece() -> None:
    gold = [Relation(cue=SpanSet(spans=((7, 11), (44, 53))))]
    pred = [rel((44, 56))]
    assert len(match(DOC, gold, pred).pairs) == 1


def test_totals_micro_average() -> None:
    a = match(DOC, [rel((7, 11)), rel((44, 56))], [rel((7, 11))])
    b = match(DOC, [rel((76, 83))], [rel((76, 83)), rel((0, 6))])
    t = totals([a, b])
    assert (t.gold, t.predicted, t.matched) == (3, 3, 2)
    assert t.precision == pytest.approx(2 / 3) and t.recall == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("according to", "according_to"),
        ("said", "speech_verb"),
        ("told", "speech_verb"),
        ("believes", "cognition_verb"),
        ("in a statement", "noun"),
        (":", "punctuation"),
        ("banana", "other"),
    ],
)
def test_gold_cue_kind(cue: str, kind: str) -> None:
    assert gold_cue_kind(cue) == kind


@given(st.lists(st.tuples(st.integers(0, 80), st.integers(0, 8)), max_size=6))
def test_match_never_pairs_more_than_either_side(raw: list[tuple[int, int]]) -> None:
    spans = [rel((s, min(s + w, len(DOC)))) for s, w in raw]
    gold, pred = spans[: len(spans) // 2], spans[len(spans) // 2 :]
    score = match(DOC, gold, pred)
    assert len(score.pairs) <= min(len(gold), len(pred))
    assert len(score.missed) + len(score.pairs) == len(gold)
    assert len(score.spurious) + len(score.pairs) == len(pred)
