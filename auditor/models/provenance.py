"""Provenance across articles (links, altered quotes, dropped credits) and the whole run's report."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from auditor.models.audit import (
    ArticleAudit,
    InputError,
)
from auditor.models.base import (
    Frozen,
)


class AlignedSentence(Frozen):
    """A pair of aligned sentences from two articles, the evidence for a link."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int
    source_text: str
    target_text: str
    similarity: float = Field(ge=0, le=1)


class Link(Frozen):
    """Two articles that tell the same story, or where one copies or rewrites the other."""

    source: str = Field(description="Article id; the original when ``directed``.")
    target: str = Field(description="Article id; the derivative when ``directed``.")
    relation: Literal["copy", "rewrite", "same_story"]
    directed: bool = Field(description="True when ``source`` is known to be the original.")
    direction_reason: str = Field(description="The evidence for the direction, or why it is unknown.")
    similarity: float = Field(ge=0, le=1)
    shared_sentences: int = Field(ge=0)
    evidence: tuple[AlignedSentence, ...] = ()


class QuoteVariant(Frozen):
    article: str
    text: str
    start: int
    end: int
    diff: str = Field(default="", description="Word-level difference against the first variant.")


class AlteredQuote(Frozen):
    speaker: str
    variants: tuple[QuoteVariant, ...]


class DroppedCredit(Frozen):
    article: str = Field(description="The article where the credit is missing.")
    credit: str = Field(description="The credit as written where it is present.")
    present_in: str = Field(description="Article id where the credit appears.")
    start: int = Field(description="Offset of the credit in ``present_in``.")
    end: int


class DroppedAttribution(Frozen):
    article: str = Field(description="The article where the attribution is missing or vaguer.")
    sentence: str = Field(description="The sentence in ``article``.")
    start: int
    end: int
    present_in: str
    was: str = Field(description="The sentence as attributed in ``present_in``.")
    was_source: str | None = None
    now_source: str | None = None


class Escalation(Frozen):
    article: str = Field(description="The article with the more certain wording.")
    present_in: str = Field(description="The article with the less certain wording.")
    from_: str = Field(alias="from", description="The less certain wording.")
    to: str = Field(description="The more certain wording.")
    sentence: str
    start: int
    end: int
    headline: bool = False
    kind: Literal["verb", "hedge_removed", "modal", "other"] = "verb"


class UniqueClaim(Frozen):
    article: str
    sentence: str
    start: int
    end: int
    cluster: int = Field(ge=0)


class Provenance(Frozen):
    clusters: tuple[tuple[str, ...], ...] = ()
    links: tuple[Link, ...] = ()
    altered_quotes: tuple[AlteredQuote, ...] = ()
    dropped_credits: tuple[DroppedCredit, ...] = ()
    dropped_attributions: tuple[DroppedAttribution, ...] = ()
    escalations: tuple[Escalation, ...] = ()
    unique_claims: tuple[UniqueClaim, ...] = ()


class AuditReport(Frozen):
    """The whole result of one run; JSON output and Excel are written from it."""

    tool: str = Field(default="auditor", description="Tool name and version.")
    model: str = Field(default="", description="Stanza models used.")
    articles: tuple[ArticleAudit, ...] = ()
    errors: tuple[InputError, ...] = ()
    provenance: Provenance | None = None
