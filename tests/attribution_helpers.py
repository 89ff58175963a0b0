"""The attribution stages up to ``find_attributions``, for tests of sources, surfaces and descriptions."""

from __future__ import annotations

from typing import Any

from auditor.cues import find_cues
from auditor.models import Attribution, ParsedArticle, Source
from auditor.quotes import find_quotes
from auditor.sources import find_attributions


def run_attributions(parsed: ParsedArticle) -> tuple[Attribution, ...]:
    """Quotes, cues and attributions of one parsed article (no widening, coreference or anonymity)."""
    quotes = find_quotes(parsed)
    return find_attributions(parsed, quotes, find_cues(parsed, quotes))


def source_content(annotator: Any, paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    """(source as written, content text) of every cued attribution in ``paragraphs`` parsed with Stanza."""
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    text = parsed.article.text
    return [
        (a.source.mention if a.source else None, text[a.content.start : a.content.end] if a.content else None)
        for a in run_attributions(parsed)
        if a.cue is not None
    ]


def audited_sources(annotator: Any, paragraphs: list[str]) -> tuple[str, list[Source]]:
    """The article text and the source of every sourced attribution, through the whole pipeline
    (coreference and anonymity included) on ``paragraphs`` parsed with Stanza."""
    from auditor.nlp import article_from_paragraphs
    from auditor.pipeline import audit_parsed

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    return parsed.article.text, [a.source for a in audit_parsed(parsed).attributions if a.source]
