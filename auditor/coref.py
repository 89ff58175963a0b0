"""PLACEHOLDER (owner: extraction helper): resolve pronouns / role nouns / name variants."""

from __future__ import annotations

from auditor.models import Attribution, ParsedArticle


def resolve_sources(parsed: ParsedArticle, attributions: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    return attributions
