"""Unique content: claims found in only one version of a story, listed for verification."""

from __future__ import annotations

from provenance_helpers import election, mine_original, mine_rewrite, mine_same_story

from auditor.provenance import build_provenance


def test_new_organisation_is_unique_to_its_version():
    prov = build_provenance([mine_original(), mine_rewrite(), mine_same_story()])
    unique = {(u.article, u.sentence) for u in prov.unique_claims}
    assert any(a == "mine_weekly" and "Chilean Institute of Hydrology" in s for a, s in unique)
    assert all(u.cluster == 0 for u in prov.unique_claims)


def test_shared_and_paraphrased_facts_are_not_unique():
    prov = build_provenance([mine_original(), mine_rewrite(), mine_same_story()])
    sentences = " ".join(u.sentence for u in prov.unique_claims)
    assert "180,000 tonnes" not in sentences  # in all three versions, in different words
    assert "around the clock" not in sentences  # a reworded quote is drift, not new content
    assert "Three workers" not in sentences


def test_unique_offsets_match_the_claim():
    weekly = mine_same_story()
    prov = build_provenance([mine_original(), weekly])
    for u in (u for u in prov.unique_claims if u.article == "mine_weekly"):
        claim = next(c for c in weekly.claims if c.start == u.start)
        assert (claim.end, claim.sentence) == (u.end, u.sentence)


def test_articles_outside_a_cluster_have_no_unique_claims():
    prov = build_provenance([mine_original(), election()])
    assert prov.unique_claims == ()
