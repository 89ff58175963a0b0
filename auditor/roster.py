"""PLACEHOLDER (owner: findings helper): distinct sources per article."""

from __future__ import annotations

from auditor.models import Claim, SourceSummary


def summarize_sources(claims: tuple[Claim, ...]) -> tuple[SourceSummary, ...]:
    return ()
