"""Dropped attributions: an aligned sentence attributed in one version, vaguer in another."""

from __future__ import annotations

from provenance_helpers import make_audit, mine_original, mine_rewrite

from auditor.models import Source, Span
from auditor.provenance import build_provenance

BASE = """The city council approved the new budget for the harbour district on Tuesday evening.
{sentence}
Construction of the new ferry terminal is scheduled to begin in the autumn of next year.
The harbour district has lost nearly a third of its residents over the past two decades."""


def test_named_source_dropped_in_rewrite():
    prov = build_provenance([mine_original(), mine_rewrite()])
    drops = [d for d in prov.dropped_attributions if d.was_source == "Maria Delgado"]
    assert len(drops) == 1
    drop = drops[0]
    assert drop.article == "mine_blog" and drop.present_in == "mine_wire"
    assert drop.now_source is None and "the company added" in drop.sentence


def test_named_to_anonymous_is_vaguer():
    a = make_audit(
        "a",
        BASE.format(sentence="Mayor Helen Park said the budget would cut waiting lists by half."),
        published="2024-01-01",
    )
    b = make_audit(
        "b",
        BASE.format(sentence="Officials said the budget would cut waiting lists by half."),
        published="2024-01-02",
    )
    drops = build_provenance([a, b]).dropped_attributions
    assert [(d.article, d.was_source, d.now_source) for d in drops] == [
        ("b", "Mayor Helen Park", "Officials")
    ]


def test_same_attribution_is_not_dropped():
    a = make_audit(
        "a",
        BASE.format(sentence="Mayor Helen Park said the budget would cut waiting lists by half."),
        published="2024-01-01",
    )
    b = make_audit(
        "b",
        BASE.format(sentence="Mayor Helen Park said the budget will cut the waiting lists by half."),
        published="2024-01-02",
    )
    assert build_provenance([a, b]).dropped_attributions == ()


def test_attribution_added_in_derivative_is_not_a_drop():
    a = make_audit(
        "a", BASE.format(sentence="The budget would cut waiting lists by half."), published="2024-01-01"
    )
    b = make_audit(
        "b",
        BASE.format(sentence="Mayor Helen Park said the budget would cut waiting lists by half."),
        published="2024-01-02",
    )
    assert build_provenance([a, b]).dropped_attributions == ()


def test_source_still_named_in_the_sentence_is_not_a_drop():
    # The cue changed ("said" -> "in remarks"), but the mayor is still credited in the sentence.
    a = make_audit(
        "a",
        BASE.format(sentence="Mayor Helen Park said the budget would cut waiting lists by half."),
        published="2024-01-01",
    )
    b = make_audit(
        "b",
        BASE.format(sentence="In remarks by Mayor Helen Park, the budget would cut waiting lists by half."),
        published="2024-01-02",
    )
    assert build_provenance([a, b]).dropped_attributions == ()


def test_attributed_clause_missing_from_the_other_sentence_is_not_a_drop():
    sentence = "The ferry will run every hour, and {tail}"
    a = make_audit("a", BASE.format(sentence=sentence.format(tail="the port said fares would rise.")))
    a_claims = list(a.claims)
    # Attribute only the second clause ("fares would rise") to a named source.
    c = a_claims[1]
    clause_start = c.start + c.sentence.index("fares")
    source = Source(
        start=c.start, end=c.start + 4, mention="Port", name="Port Authority", kind="organization", named=True
    )
    a_claims[1] = c.model_copy(
        update={"sourcing": "named", "source": source, "content": Span(start=clause_start, end=c.end)}
    )
    a = a.model_copy(update={"claims": tuple(a_claims)})
    b = make_audit(
        "b", BASE.format(sentence="The ferry will run every hour from the new terminal in the spring.")
    )
    assert build_provenance([a, b]).dropped_attributions == ()
