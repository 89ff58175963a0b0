"""Story clusters and links: copy / rewrite / same story, and no links between unrelated stories."""

from __future__ import annotations

import random

from provenance_helpers import (
    MINE_BODY,
    election,
    make_audit,
    mine_original,
    mine_rewrite,
    mine_same_story,
    wildfire,
)

from auditor.provenance import Aligner, build_provenance


def _link(provenance, a, b):
    return next((k for k in provenance.links if {k.source, k.target} == {a, b}), None)


def test_rewrite_is_linked_with_aligned_evidence():
    prov = build_provenance([mine_original(), mine_rewrite()])
    link = _link(prov, "mine_wire", "mine_blog")
    assert link is not None and link.relation == "rewrite"
    assert link.shared_sentences >= 5 and 0.5 < link.similarity < 1.0
    assert link.evidence, "a link must show its aligned sentences"
    assert prov.clusters == (("mine_wire", "mine_blog"),)


def test_evidence_offsets_point_at_the_quoted_sentences():
    original, rewrite = mine_original(), mine_rewrite()
    prov = build_provenance([original, rewrite])
    link = _link(prov, "mine_wire", "mine_blog")
    by_id = {original.id: original, rewrite.id: rewrite}
    for pair in link.evidence:
        src = {(c.start, c.end): c.sentence for c in by_id[link.source].claims}
        dst = {(c.start, c.end): c.sentence for c in by_id[link.target].claims}
        assert src[(pair.source_start, pair.source_end)] == pair.source_text
        assert dst[(pair.target_start, pair.target_end)] == pair.target_text


def test_identical_text_is_a_copy():
    a = make_audit("a", MINE_BODY)
    b = make_audit("b", MINE_BODY)
    link = _link(build_provenance([a, b]), "a", "b")
    assert link is not None and link.relation == "copy"
    assert link.similarity == 1.0


def test_independent_version_is_same_story_not_rewrite():
    prov = build_provenance([mine_original(), mine_same_story()])
    link = _link(prov, "mine_wire", "mine_weekly")
    assert link is not None and link.relation == "same_story"
    assert not link.directed and "unknown" in link.direction_reason


def test_unrelated_stories_about_one_country_and_outlet_are_not_linked():
    # Same country (Chile), same outlet, and one identical background sentence about copper prices.
    prov = build_provenance([mine_original(), election(), wildfire()])
    assert prov.links == ()
    assert prov.clusters == ()


def test_cluster_groups_versions_and_leaves_unrelated_out():
    prov = build_provenance([mine_original(), election(), mine_rewrite(), wildfire(), mine_same_story()])
    assert prov.clusters == (("mine_wire", "mine_blog", "mine_weekly"),)
    assert all(
        k.relation != "rewrite" or {k.source, k.target} == {"mine_wire", "mine_blog"} for k in prov.links
    )


def _random_article(rng: random.Random, n: int) -> str:
    vocab = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(4, 9))) for _ in range(150)]
    sentences = []
    for _ in range(12):
        words = [
            rng.choice(vocab) if rng.random() < 0.7 else rng.choice(["the", "of", "and", "said"])
            for _ in range(15)
        ]
        sentences.append(" ".join(words).capitalize() + ".")
    return "\n".join(sentences)


def test_candidate_generation_does_not_align_every_pair():
    rng = random.Random(3)
    audits = [make_audit(f"u{n}", _random_article(rng, n)) for n in range(60)]
    aligner = Aligner()
    prov = build_provenance(audits, aligner=aligner)
    all_pairs = 60 * 59 // 2
    assert aligner.calls < all_pairs // 20, f"{aligner.calls} of {all_pairs} pairs aligned"
    assert prov.links == ()


def test_candidate_generation_finds_a_planted_copy_among_unrelated():
    rng = random.Random(4)
    audits = [make_audit(f"u{n}", _random_article(rng, n)) for n in range(40)]
    audits.append(
        make_audit(
            "copy", audits[0].claims[0].sentence + "\n" + "\n".join(c.sentence for c in audits[0].claims[1:])
        )
    )
    aligner = Aligner()
    prov = build_provenance(audits, aligner=aligner)
    assert [(k.source, k.target) for k in prov.links if k.relation == "copy"] in (
        [("u0", "copy")],
        [("copy", "u0")],
    )
    assert aligner.calls < 40


def test_empty_and_single_inputs():
    assert build_provenance([]).links == ()
    assert build_provenance([mine_original()]).clusters == ()
    assert build_provenance([make_audit("empty", "")]).links == ()
