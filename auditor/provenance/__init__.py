"""Provenance across articles: story clusters, copy/rewrite links with direction, drift between versions.

``build_provenance`` runs the steps in order: candidate pairs by MinHash/LSH (cluster.py), sentence
alignment of candidates only (align.py), link classification and direction (cluster.py,
direction.py), then, per link or per cluster, altered quotes (quotes.py), dropped credits
(credits.py), dropped attributions (attributions.py), certainty escalation (escalation.py) and
unique content (unique.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import TypeVar

from auditor.models import (
    ArticleAudit,
    DroppedAttribution,
    DroppedCredit,
    Escalation,
    Link,
    Provenance,
    UniqueClaim,
)
from auditor.provenance._text import Doc, Encoder, build_doc
from auditor.provenance.align import Aligner, Alignment
from auditor.provenance.attributions import dropped_attributions
from auditor.provenance.cluster import candidate_pairs, classify, components
from auditor.provenance.credits import line_credits_dropped, sentence_credits_dropped
from auditor.provenance.direction import orient
from auditor.provenance.escalation import headline_escalations, sentence_escalations
from auditor.provenance.quotes import altered_quotes
from auditor.provenance.unique import unique_claims

__all__ = ["Aligner", "build_provenance"]

T = TypeVar("T")
FULL_CLUSTER_ALIGNMENT = 25  # clusters up to this size are aligned all-pairs for quotes and unique content


def _dedupe(items: Sequence[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def build_provenance(audits: Sequence[ArticleAudit], *, aligner: Aligner | None = None) -> Provenance:
    """Everything provenance finds in a batch of audited articles; pass ``aligner`` to count its calls."""
    aligner = aligner or Aligner()
    encoder = Encoder()
    docs = [build_doc(a, encoder) for a in audits]
    alignments: dict[tuple[int, int], Alignment] = {}
    links: list[Link] = []
    linked: list[tuple[int, int, Link, Alignment]] = []
    for i, j in candidate_pairs(docs):
        al = aligner(docs[i], docs[j])
        relation, similarity, why = classify(al)
        if relation is None:
            continue  # not kept: unlinked alignments would cost memory on large corpora
        alignments[(i, j)] = al
        if relation == "same_story":
            source, target, directed = docs[i], docs[j], False
            reason = f"direction unknown: same story told in independent wording ({why})"
        else:
            d = orient(al)
            source, target, directed = d.original, d.derived, d.directed
            reason = f"{d.reason} ({why})"
        if not directed and source.id > target.id:
            source, target = target, source  # undirected: a fixed order, whatever the input order
        evidence = al.evidence(flipped=source is docs[j])
        link = Link(
            source=source.id,
            target=target.id,
            relation=relation,
            directed=directed,
            direction_reason=reason,
            similarity=similarity,
            shared_sentences=len(evidence),
            evidence=evidence,
        )
        links.append(link)
        linked.append((i, j, link, al))

    credits: list[DroppedCredit] = []
    attributions: list[DroppedAttribution] = []
    escalations: list[Escalation] = []
    for i, j, link, al in linked:
        forward = link.source == docs[i].id  # left (docs[i]) is the link's source
        directions = [forward] if link.directed else [True, False]
        for left_to_right in directions:
            src, dst = (docs[i], docs[j]) if left_to_right else (docs[j], docs[i])
            if link.relation != "same_story":
                credits.extend(line_credits_dropped(src, dst))
            credits.extend(sentence_credits_dropped(al, left_to_right=left_to_right))
            attributions.extend(dropped_attributions(al, left_to_right=left_to_right))
        escalations.extend(sentence_escalations(al))
    escalations.extend(headline_escalations([(docs[i], docs[j]) for i, j, _, _ in linked]))

    ids = [d.id for d in docs]
    clusters = components(ids, [(link.source, link.target) for link in links])
    index = {d.id: n for n, d in enumerate(docs)}
    quotes = []
    uniques: list[UniqueClaim] = []
    for number, cluster in enumerate(clusters):
        members = [index[a] for a in cluster]
        local = {m: k for k, m in enumerate(members)}
        sub_docs: list[Doc] = [docs[m] for m in members]
        pairs = (
            list(combinations(members, 2))
            if len(members) <= FULL_CLUSTER_ALIGNMENT
            else [(i, j) for i, j, _, _ in linked if i in local]
        )
        sub: dict[tuple[int, int], Alignment] = {}
        for i, j in pairs:
            a, b = min(i, j), max(i, j)
            if (a, b) not in alignments:
                alignments[(a, b)] = aligner(docs[a], docs[b])
            sub[(local[a], local[b])] = alignments[(a, b)]
        quotes.extend(altered_quotes(sub_docs, sub))
        uniques.extend(unique_claims(number, sub_docs, sub))

    return Provenance(
        clusters=clusters,
        links=tuple(links),
        altered_quotes=tuple(quotes),
        dropped_credits=_dedupe(credits),
        dropped_attributions=_dedupe(attributions),
        escalations=_dedupe(escalations),
        unique_claims=tuple(uniques),
    )
