"""What every findings rule may read about one article: the parse, its claims, its attributions and
where its quotations are. A plain container with two look-ups, shared by the rule modules."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.models import Attribution, Claim, ParsedArticle


@dataclass(frozen=True)
class Context:
    """What every rule may read: the parse, the claims and the annotated attributions."""

    parsed: ParsedArticle
    claims: tuple[Claim, ...]
    attributions: tuple[Attribution, ...]
    quotes: tuple[tuple[int, int], ...]  # (start, end) of each quotation including the marks

    @property
    def text(self) -> str:
        return self.parsed.article.text

    def claim_at(self, offset: int, attribution: str | None = None) -> str | None:
        """Id of the claim behind ``attribution`` if any, else of the claim covering ``offset``."""
        if attribution is not None:
            for c in self.claims:
                if c.attribution == attribution:
                    return c.id
        for c in self.claims:
            if c.start <= offset < c.end:
                return c.id
        return None

    def in_quote(self, start: int, end: int) -> bool:
        return any(qs <= start and end <= qe for qs, qe in self.quotes)
