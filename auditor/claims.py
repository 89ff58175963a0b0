"""PLACEHOLDER (owner: extraction helper): every body sentence becomes a claim."""

from __future__ import annotations

from auditor.models import Attribution, Claim, ParsedArticle, QuoteSpan


def build_claims(
    parsed: ParsedArticle, attributions: tuple[Attribution, ...], quotes: tuple[QuoteSpan, ...]
) -> tuple[Claim, ...]:
    return tuple(
        Claim(
            id=f"c{s.index + 1}", sentence=s.text, start=s.start, end=s.end, sentence_index=s.index,
            paragraph=s.paragraph, sourcing="unattributed", source=None, cue=None, content=None,
            reason="placeholder",
        )
        for s in parsed.sentences
    )
