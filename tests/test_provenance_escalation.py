"""Certainty escalation: stronger reporting verbs, dropped hedges and firmer modals, in headlines and body."""

from __future__ import annotations

import pytest
from provenance_helpers import make_audit, mine_original, mine_rewrite

from auditor.provenance import build_provenance
from auditor.provenance.escalation import compare, verb_lemma

BASE = """The city council approved the new budget for the harbour district on Tuesday evening.
{sentence}
Construction of the new ferry terminal is scheduled to begin in the autumn of next year.
The harbour district has lost nearly a third of its residents over the past two decades."""


@pytest.mark.parametrize(
    ("weaker", "stronger", "expected"),
    [
        (
            "Mine Operator Says Output Halted",
            "Mine Operator Confirms Output Halted",
            [("Says", "Confirms", "verb")],
        ),
        (
            "Minister alleges fraud in tender",
            "Minister reveals fraud in tender",
            [("alleges", "reveals", "verb")],
        ),
        (
            "Three workers were reportedly injured.",
            "Three workers were injured.",
            [("reportedly", "", "hedge_removed")],
        ),
        ("The plant would close in May.", "The plant will close in May.", [("would", "will", "modal")]),
        # Negative cases: no change, a weaker verb, a verb merely added, a hedge kept.
        ("Mine Operator Says Output Halted", "Mine Operator Says Output Halted", []),
        ("Minister confirms fraud in tender", "Minister claims fraud in tender", []),
        ("Fraud found in tender", "Fraud found in tender, minister says", []),
        ("Workers were reportedly hurt.", "Workers were reportedly hurt on Monday.", []),
        ("The plant will close in May.", "The plant would close in May.", []),
        # A reporting verb swapped for another of equal strength is no hedge removal.
        ("Zelensky has alleged that troops were sent.", "Zelensky has claimed that troops were sent.", []),
    ],
)
def test_compare(weaker, stronger, expected):
    assert compare(weaker, stronger) == expected


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("says", "say"), ("Confirms", "confirm"), ("alleged", "allege"), ("table", None), ("sad", None)],
)
def test_verb_lemma(word, lemma):
    assert verb_lemma(word) == lemma


def test_headline_and_body_escalations_of_the_rewrite():
    prov = build_provenance([mine_original(), mine_rewrite()])
    found = {(e.article, e.present_in, e.from_, e.to, e.kind, e.headline) for e in prov.escalations}
    assert ("mine_blog", "mine_wire", "Says", "Confirms", "verb", True) in found
    assert ("mine_blog", "mine_wire", "reportedly", "", "hedge_removed", False) in found
    assert ("mine_blog", "mine_wire", "may", "will", "modal", False) in found
    # Nothing is more certain in the original than in the rewrite.
    assert not [e for e in prov.escalations if e.article == "mine_wire"]


def test_escalation_points_at_the_stronger_sentence():
    rewrite = mine_rewrite()
    prov = build_provenance([mine_original(), rewrite])
    hedge = next(e for e in prov.escalations if e.kind == "hedge_removed")
    claim = next(c for c in rewrite.claims if c.start == hedge.start)
    assert claim.sentence == hedge.sentence and claim.end == hedge.end


def test_de_escalation_is_reported_on_the_more_certain_version():
    a = make_audit(
        "a",
        BASE.format(sentence="The budget will cut waiting lists by half, the mayor said."),
        published="2024-01-01",
    )
    b = make_audit(
        "b",
        BASE.format(sentence="The budget would cut waiting lists by half, the mayor said."),
        published="2024-01-02",
    )
    escalations = build_provenance([a, b]).escalations
    assert [(e.article, e.present_in, e.kind) for e in escalations] == [("a", "b", "modal")]


def test_unrelated_headlines_are_not_compared():
    a = make_audit(
        "a", BASE.format(sentence="The mayor said the plan was sound."), title="Council Says Budget Approved"
    )
    b = make_audit(
        "b",
        BASE.format(sentence="The mayor said the plan was sound!"),
        title="Ferry Terminal Plans Confirmed",
    )
    assert not [e for e in build_provenance([a, b]).escalations if e.headline]
