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

    source_start: int = Field(
        description="Start offset of the sentence in the text of the link's source article."
    )
    source_end: int = Field(
        description="End offset, exclusive, of the sentence in the text of the link's source article."
    )
    target_start: int = Field(
        description="Start offset of the sentence in the text of the link's target article."
    )
    target_end: int = Field(
        description="End offset, exclusive, of the sentence in the text of the link's target article."
    )
    source_text: str = Field(description="The sentence as written in the link's source article.")
    target_text: str = Field(description="The sentence as written in the link's target article.")
    similarity: float = Field(
        ge=0,
        le=1,
        description="Word-level similarity of the two sentences, 0 to 1 (1: the same words in the same "
        "order), the better of all words and content words only.",
    )


class Link(Frozen):
    """Two articles that tell the same story, or where one copies or rewrites the other."""

    source: str = Field(description="Article id; the original when ``directed``.")
    target: str = Field(description="Article id; the derivative when ``directed``.")
    relation: Literal["copy", "rewrite", "same_story"] = Field(
        description="'copy' (most sentences near-identical), 'rewrite' (many sentences reused with edits, "
        "mostly in order) or 'same_story' (the same facts in independent wording).",
    )
    directed: bool = Field(description="True when ``source`` is known to be the original.")
    direction_reason: str = Field(description="The evidence for the direction, or why it is unknown.")
    similarity: float = Field(
        ge=0,
        le=1,
        description="How much the two articles share, 0 to 1: the summed similarity of their aligned "
        "sentence pairs (0.5 or more), doubled, over the two articles' sentence counts.",
    )
    shared_sentences: int = Field(
        ge=0,
        description="Number of aligned sentence pairs with similarity 0.5 or more (the pairs listed in "
        "evidence).",
    )
    evidence: tuple[AlignedSentence, ...] = Field(
        default=(),
        description="The aligned sentence pairs behind the link; source_* refer to the source article, "
        "target_* to the target.",
    )


class QuoteVariant(Frozen):
    """One article's wording of a quote that other articles of its cluster word differently."""

    article: str = Field(description="Id of the article with this version of the quote.")
    text: str = Field(description="The quoted words in this version, without the marks.")
    start: int = Field(
        description="Start offset of the quoted words (inside the marks) in the text of ``article``."
    )
    end: int = Field(
        description="End offset, exclusive, of the quoted words (inside the marks) in the text of "
        "``article``.",
    )
    diff: str = Field(default="", description="Word-level difference against the first variant.")


class AlteredQuote(Frozen):
    """A quote credited to one speaker whose wording differs between articles of one cluster."""

    speaker: str = Field(
        description="Who the quote is credited to (the name most versions give), or 'unknown speaker'."
    )
    variants: tuple[QuoteVariant, ...] = Field(
        description="Every version of the quote, by article (in input order) and position; the first is the "
        "one the diffs compare against.",
    )


class DroppedCredit(Frozen):
    """A credit (outlet, agency, author) that one article gives and a linked article leaves out."""

    article: str = Field(description="The article where the credit is missing.")
    credit: str = Field(description="The credit as written where it is present.")
    present_in: str = Field(description="Article id where the credit appears.")
    start: int = Field(description="Offset of the credit in ``present_in``.")
    end: int = Field(
        description="End offset, exclusive, of the credit in ``present_in``; start and end are both 0 for a "
        "dropped byline, whose position is not recorded.",
    )


class DroppedAttribution(Frozen):
    """A sentence whose attribution a linked article dropped or made vaguer (named > anonymous
    > unattributed)."""

    article: str = Field(description="The article where the attribution is missing or vaguer.")
    sentence: str = Field(description="The sentence in ``article``.")
    start: int = Field(description="Start offset of ``sentence`` in the text of ``article``.")
    end: int = Field(description="End offset, exclusive, of ``sentence`` in the text of ``article``.")
    present_in: str = Field(description="Id of the article where the sentence is better attributed.")
    was: str = Field(description="The sentence as attributed in ``present_in``.")
    was_source: str | None = Field(
        default=None,
        description="The source credited in ``present_in`` (canonical name, else the phrase as written).",
    )
    now_source: str | None = Field(
        default=None,
        description="The source credited in ``article``, if any (null when the sentence is unattributed "
        "there).",
    )


class Escalation(Frozen):
    """The same claim worded more certainly in one article than in a linked one (a stronger verb,
    a dropped hedge, a firmer modal)."""

    article: str = Field(description="The article with the more certain wording.")
    present_in: str = Field(description="The article with the less certain wording.")
    from_: str = Field(alias="from", description="The less certain wording.")
    to: str = Field(description="The more certain wording.")
    sentence: str = Field(description="The more certain sentence, or headline, as written in ``article``.")
    start: int = Field(
        description="Start offset of ``sentence`` in the text of ``article``; 0 (with end 0) for a headline "
        "that is not in the text.",
    )
    end: int = Field(description="End offset, exclusive, of ``sentence`` in the text of ``article``.")
    headline: bool = Field(
        default=False,
        description="True when the two wordings are the articles' headlines, not aligned body sentences.",
    )
    kind: Literal["verb", "hedge_removed", "modal", "other"] = Field(
        default="verb",
        description="How the wording became more certain: 'verb' (a stronger reporting verb: 'says' -> "
        "'confirms'), 'hedge_removed' (a hedge such as 'reportedly' dropped; ``to`` is empty), 'modal' (a "
        "firmer modal: 'would' -> 'will') or 'other'.",
    )


class UniqueClaim(Frozen):
    """A sentence only one article of a cluster has, bringing a name, number or wording to verify."""

    article: str = Field(
        description="Id of the article the sentence is in; no other article of its cluster has a counterpart."
    )
    sentence: str = Field(description="The sentence as written in ``article``.")
    start: int = Field(description="Start offset of ``sentence`` in the text of ``article``.")
    end: int = Field(description="End offset, exclusive, of ``sentence`` in the text of ``article``.")
    cluster: int = Field(ge=0, description="0-based index of the story cluster in Provenance.clusters.")


class Provenance(Frozen):
    """What the articles of one run owe each other: story clusters, links and the changes between
    linked versions."""

    clusters: tuple[tuple[str, ...], ...] = Field(
        default=(),
        description="Story clusters: groups of two or more article ids joined by links, each in input order.",
    )
    links: tuple[Link, ...] = Field(
        default=(),
        description="Pairs of articles where one copies or rewrites the other, or both tell the same story, "
        "with direction and evidence.",
    )
    altered_quotes: tuple[AlteredQuote, ...] = Field(
        default=(),
        description="Quotes credited to one speaker but worded differently in articles of one cluster.",
    )
    dropped_credits: tuple[DroppedCredit, ...] = Field(
        default=(),
        description="Credits to an outlet, agency or author present in one article and missing in a linked "
        "one.",
    )
    dropped_attributions: tuple[DroppedAttribution, ...] = Field(
        default=(),
        description="Aligned sentences better attributed in one article than in a linked one (named > "
        "anonymous > unattributed).",
    )
    escalations: tuple[Escalation, ...] = Field(
        default=(), description="The same claim worded more certainly in one article than in a linked one."
    )
    unique_claims: tuple[UniqueClaim, ...] = Field(
        default=(),
        description="Sentences found in only one article of a cluster that bring a name, number or wording "
        "no other version has: to verify.",
    )


class AuditReport(Frozen):
    """The whole result of one run; JSON output and Excel are written from it."""

    tool: str = Field(default="auditor", description="Tool name and version.")
    model: str = Field(default="", description="Stanza models used.")
    articles: tuple[ArticleAudit, ...] = Field(
        default=(), description="One audit per article audited, in input order."
    )
    errors: tuple[InputError, ...] = Field(
        default=(),
        description="Inputs that could not be audited, and problems with the whole run (file '(batch)').",
    )
    provenance: Provenance | None = Field(
        default=None,
        description="Findings across articles; null when fewer than two articles were audited, or provenance "
        "was turned off or failed (see errors).",
    )
