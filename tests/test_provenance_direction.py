"""Direction of derived pairs: which is the original, and saying so when it is unknown."""

from __future__ import annotations

from provenance_helpers import MINE_BODY, REWRITE_BODY, make_audit, mine_original, mine_rewrite

from auditor.provenance import build_provenance


def _only_link(audits):
    links = [k for k in build_provenance(audits).links if k.relation != "same_story"]
    assert len(links) == 1
    return links[0]


def test_original_found_from_date_byline_credits_and_artefacts():
    link = _only_link([mine_rewrite(), mine_original()])  # input order must not matter
    assert link.directed
    assert (link.source, link.target) == ("mine_wire", "mine_blog")
    for clue in ("published first", "byline", "Reuters", "artefacts"):
        assert clue in link.direction_reason
    # Evidence is oriented with the link: source_* is the original.
    assert "around the clock" in " ".join(e.source_text for e in link.evidence)


def test_date_alone_gives_direction():
    a = make_audit("late", MINE_BODY, published="2024-05-02")
    b = make_audit("early", MINE_BODY.replace("Heavy rain", "Heavy rains"), published="2024-05-01")
    link = _only_link([a, b])
    assert link.directed and link.source == "early"


def test_no_evidence_means_unknown_direction():
    a = make_audit("a", MINE_BODY)
    b = make_audit("b", MINE_BODY)
    link = _only_link([a, b])
    assert not link.directed
    assert link.direction_reason.startswith("direction unknown")


def test_conflicting_evidence_means_unknown_direction():
    # "a" is earlier (2 votes for a); "b" keeps the byline and credit a lacks (2 votes for b).
    a = make_audit("a", REWRITE_BODY.replace("“>", " "), published="2024-03-01")
    b = make_audit(
        "b",
        REWRITE_BODY.replace("“>", " ").replace("Heavy rains", "Heavy rain"),
        published="2024-03-02",
        byline="Ana Ruiz",
        credit_lines=["Reuters contributed to this article."],
    )
    link = _only_link([a, b])
    assert not link.directed
    assert "conflicting" in link.direction_reason
