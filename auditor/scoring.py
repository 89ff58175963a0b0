"""PLACEHOLDER (owner: findings helper): the sourcing-quality score."""

from __future__ import annotations

from auditor.models import Claim, Finding, Score, SourceSummary


def score_article(
    claims: tuple[Claim, ...], findings: tuple[Finding, ...], sources: tuple[SourceSummary, ...]
) -> Score:
    n = len(claims)
    named = sum(c.sourcing == "named" for c in claims)
    return Score(
        score=round(100 * named / n) if n else 0, claims=n, named=named,
        anonymous=sum(c.sourcing == "anonymous" for c in claims),
        unattributed=sum(c.sourcing == "unattributed" for c in claims), hedged=0,
        anonymous_without_reason=0, distinct_named_sources=0, components={},
    )
