"""Invariants: input order does not change what is found, and every offset points into the claims."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from provenance_helpers import election, mine_original, mine_rewrite, mine_same_story, wildfire

from auditor.provenance import build_provenance

AUDITS = (mine_original(), mine_rewrite(), mine_same_story(), election(), wildfire())


def _summary(prov):
    return (
        {frozenset(c) for c in prov.clusters},
        {(k.source, k.target, k.relation, k.directed) for k in prov.links},
        {(d.article, d.present_in, d.credit) for d in prov.dropped_credits},
        {(e.article, e.present_in, e.from_, e.to) for e in prov.escalations},
        {(u.article, u.start) for u in prov.unique_claims},
    )


@settings(max_examples=15, deadline=None)
@given(st.permutations(AUDITS))
def test_input_order_does_not_matter(audits):
    assert _summary(build_provenance(audits)) == _summary(build_provenance(AUDITS))


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(AUDITS), min_size=2, max_size=5, unique_by=lambda a: a.id))
def test_offsets_point_into_claims(audits):
    prov = build_provenance(audits)
    spans = {a.id: [(c.start, c.end) for c in a.claims] for a in audits}

    def inside(article, start, end):
        return any(s <= start <= end <= e for s, e in spans[article])

    for d in prov.dropped_attributions:
        assert inside(d.article, d.start, d.end)
    for u in prov.unique_claims:
        assert inside(u.article, u.start, u.end)
    for e in prov.escalations:
        assert e.headline or inside(e.article, e.start, e.end)
    for q in prov.altered_quotes:
        for v in q.variants:
            assert inside(v.article, v.start, v.end)
