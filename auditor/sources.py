"""PLACEHOLDER (owner: extraction helper): source phrase for each cue."""

from __future__ import annotations

from auditor.models import Attribution, Cue, ParsedArticle, QuoteSpan


def find_attributions(
    parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...], cues: tuple[Cue, ...]
) -> tuple[Attribution, ...]:
    return ()
