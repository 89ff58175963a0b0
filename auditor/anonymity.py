"""PLACEHOLDER (owner: findings helper): fill Source.anonymity for unnamed sources."""

from __future__ import annotations

from auditor.models import Attribution, ParsedArticle


def annotate_anonymity(parsed: ParsedArticle, attributions: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    return attributions
