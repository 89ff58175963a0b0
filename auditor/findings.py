"""PLACEHOLDER (owner: findings helper): findings registry and rules."""

from __future__ import annotations

from auditor.models import Attribution, Claim, Finding, ParsedArticle


def find_findings(
    parsed: ParsedArticle, claims: tuple[Claim, ...], attributions: tuple[Attribution, ...]
) -> tuple[Finding, ...]:
    return ()
