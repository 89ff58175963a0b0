"""PLACEHOLDER (owner: extraction helper): attribution cues."""

from __future__ import annotations

from auditor.models import Cue, ParsedArticle, QuoteSpan


def find_cues(parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...]) -> tuple[Cue, ...]:
    return ()
