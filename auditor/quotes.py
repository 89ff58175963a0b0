"""PLACEHOLDER (owner: extraction helper): quotation-mark pairing."""

from __future__ import annotations

from auditor.models import ParsedArticle, QuoteSpan


def find_quotes(parsed: ParsedArticle) -> tuple[QuoteSpan, ...]:
    return ()
