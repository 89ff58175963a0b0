"""Dropped credits: credit lines, in-text credits and bylines in one version, missing in a derived one."""

from __future__ import annotations

from provenance_helpers import MINE_BODY, make_audit, mine_original, mine_rewrite, mine_same_story

from auditor.models import Credit
from auditor.provenance import build_provenance


def _dropped(audits):
    return {(d.article, d.present_in, d.credit) for d in build_provenance(audits).dropped_credits}


def test_credit_line_byline_and_in_text_credit_dropped_by_the_rewrite():
    dropped = _dropped([mine_original(), mine_rewrite()])
    assert ("mine_blog", "mine_wire", "Reuters contributed to this article.") in dropped
    assert ("mine_blog", "mine_wire", "byline: Ana Ruiz") in dropped
    assert ("mine_blog", "mine_wire", "told CNN") in dropped


def test_offsets_point_at_the_credit():
    original = mine_original()
    prov = build_provenance([original, mine_rewrite()])
    credit = next(d for d in prov.dropped_credits if d.credit == "told CNN")
    claim = next(c for c in original.claims if c.start <= credit.start < c.end)
    assert claim.sentence[credit.start - claim.start : credit.end - claim.start] == "told CNN"


def test_kept_credits_are_not_dropped():
    a = make_audit(
        "a", MINE_BODY, published="2024-03-01", credit_lines=["Reuters contributed to this article."]
    )
    b = make_audit(
        "b",
        MINE_BODY.replace("Heavy rain", "Heavy rains"),
        published="2024-03-02",
        credit_lines=["Reuters contributed to this article."],
    )
    assert _dropped([a, b]) == set()


def test_credit_named_in_the_text_counts_as_kept():
    a = make_audit(
        "a", MINE_BODY, published="2024-03-01", credit_lines=["Reuters contributed to this article."]
    )
    b = make_audit("b", MINE_BODY + "\nReuters reported the flooding first.", published="2024-03-02")
    assert not [d for d in _dropped([a, b]) if "Reuters" in d[2]]


def test_credit_lines_of_independent_versions_are_not_dropped():
    # A same-story article reported independently owes no credit line to the wire version.
    dropped = _dropped([mine_original(), mine_same_story()])
    assert not [d for d in dropped if d[0] == "mine_weekly" and "contributed" in d[2]]


def test_byline_credit_is_reported_once():
    original = mine_original()
    byline = Credit(start=0, end=5, text="Ana Ruiz", kind="byline", outlet="Ana Ruiz")
    original = original.model_copy(update={"credits": (*original.credits, byline)})
    dropped = [
        d for d in build_provenance([original, mine_rewrite()]).dropped_credits if "Ana Ruiz" in d.credit
    ]
    assert len(dropped) == 1
