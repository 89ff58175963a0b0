"""What every findings rule may read about one article: the parse, its claims, its attributions and
where its quotations are, with the look-ups the rules share (built once per article)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from auditor.models import Attribution, Claim, ParsedArticle, Sentence
from auditor.spans import SpanIndex, index_of, pair


def _content_span(a: Attribution) -> tuple[int, int]:
    assert a.content is not None
    return a.content.start, a.content.end


@dataclass(frozen=True)
class Context:
    """What every rule may read: the parse, the claims and the annotated attributions."""

    parsed: ParsedArticle
    claims: tuple[Claim, ...]
    attributions: tuple[Attribution, ...]
    quotes: tuple[tuple[int, int], ...]  # (start, end) of each quotation including the marks
    unclosed: tuple[tuple[int, int], ...] = ()  # the quotations whose closing mark is missing

    @property
    def text(self) -> str:
        return self.parsed.article.text

    # The look-ups below are built once per article: a scan per finding grows with the square of a
    # long article (every unattributed claim is a finding).

    @cached_property
    def _claim_of_attribution(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.claims:
            if c.attribution is not None:
                out.setdefault(c.attribution, c.id)
        return out

    @cached_property
    def _sourced_by_sentence(self) -> dict[int, list[Attribution]]:
        out: dict[int, list[Attribution]] = {}
        for a in self.attributions:
            if a.source is not None:
                out.setdefault(a.sentence, []).append(a)
        return out

    @cached_property
    def _sourced_contents(self) -> SpanIndex[Attribution]:
        with_content = [a for a in self.attributions if a.source is not None and a.content is not None]
        return SpanIndex(with_content, _content_span)

    def claim_at(self, offset: int, attribution: str | None = None) -> str | None:
        """Id of the claim behind ``attribution`` if any, else of the claim covering ``offset``."""
        if attribution is not None and attribution in self._claim_of_attribution:
            return self._claim_of_attribution[attribution]
        found = index_of(self.claims).covering(offset)
        return found[0].id if found else None

    def claims_covering(self, offset: int) -> list[Claim]:
        """The claims whose span covers ``offset``, in order."""
        return index_of(self.claims).covering(offset)

    def in_quote(self, start: int, end: int) -> bool:
        return bool(index_of(self.quotes, pair).containing(start, end))

    def sentence(self, index: int) -> Sentence | None:
        """The sentence with this index (sentences are stored in index order)."""
        sentences = self.parsed.sentences
        if 0 <= index < len(sentences) and sentences[index].index == index:
            return sentences[index]
        return next((s for s in sentences if s.index == index), None)

    def sourced_in(self, sentence: int) -> list[Attribution]:
        """The attributions with a source whose cue is in sentence ``sentence``."""
        return self._sourced_by_sentence.get(sentence, [])

    def sourced_content_overlaps(self, start: int, end: int) -> bool:
        """An attribution with a source reports words that share a character with ``[start, end)``."""
        return bool(self._sourced_contents.overlapping(start, end))
