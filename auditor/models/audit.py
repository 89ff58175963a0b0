"""One article's audit: quotes, cues, sources, attributions, claims, findings, score."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from auditor.models.article import Credit
from auditor.models.base import (
    CueKind,
    Frozen,
    Severity,
    SourceKind,
    Sourcing,
    Span,
    TextSpan,
)


class QuoteSpan(Span):
    """A passage in quotation marks. ``start``/``end`` include the marks; ``inner`` excludes them."""

    inner: Span = Field(description="The quoted words without the marks.")
    text: str = Field(description="The quoted words.")
    open_mark: str
    close_mark: str | None = Field(description="None when the quote is never closed.")
    continued: bool = Field(default=False, description="Spans paragraphs (a paragraph continuing the quote).")
    sentences: tuple[int, ...] = Field(default=(), description="Indices of sentences the quote touches.")


class Cue(TextSpan):
    """The words that signal an attribution: a reporting verb, "according to", "in a statement", a colon."""

    kind: CueKind
    lemma: str = Field(description="Lemma of the cue's head word (or the phrase) used for look-ups.")
    strength: Literal["weak", "neutral", "strong"] = Field(
        default="neutral",
        description=("Certainty the verb conveys: 'claims' weak, 'says' neutral, 'confirms' strong."),
    )
    sentence: int = Field(ge=0)
    head: int = Field(
        default=0, ge=0, description=("Word index of the cue's head word in its sentence (0: none).")
    )
    rule: str = Field(description="Which rule found the cue, in words.")
    negated: bool = Field(
        default=False,
        description="A negation governs the cue ('did not say', 'never claimed') or it is a refusal to "
        "speak ('declined to comment'): the source is reported as NOT saying the content.",
    )


class Anonymity(Frozen):
    """What the text says about an unnamed source, judged by newsroom rules."""

    reason: TextSpan | None = Field(default=None, description="Why anonymity was granted, when stated.")
    anonymity_phrase: TextSpan | None = Field(
        default=None, description=("e.g. 'speaking on condition of anonymity'.")
    )
    description: TextSpan | None = Field(
        default=None, description=("How the source knows: 'within Ukrainian intelligence'.")
    )
    collective: bool = Field(default=False, description="A vague collective: experts, critics, observers.")
    plural: bool = Field(default=False, description="The source phrase is plural ('sources', 'officials').")


class Source(Span):
    """Who is credited: ``mention`` is the phrase as written, ``name`` the resolved canonical name."""

    mention: str = Field(description="The source phrase exactly as written at start:end.")
    name: str = Field(description="Canonical name after coreference (the mention itself when not resolved).")
    kind: SourceKind
    named: bool = Field(description="True when the source is identified by name (or resolves to a name).")
    resolved_from: str | None = Field(
        default=None, description=("How a pronoun or role noun was resolved, in words.")
    )
    anonymity: Anonymity | None = Field(default=None, description="Set for unnamed sources.")


class Attribution(Frozen):
    """One attribution relation: SOURCE says (CUE) CONTENT."""

    id: str = Field(description="Stable id within the article, e.g. a3.")
    sentence: int = Field(ge=0, description="Sentence of the cue (or of the quote when there is no cue).")
    cue: Cue | None
    source: Source | None
    content: Span | None = Field(description="The attributed content: the reported clause or the quote.")
    quote: str | None = Field(default=None, description="Direct quotation words, when the content is quoted.")
    rule: str = Field(description="Why this attribution was extracted, in words a reader can check.")


class ClaimCue(TextSpan):
    """The cue of a claim in the report: its text and offsets, and whether it reports information."""

    informs: bool = Field(
        default=True,
        description="False for a negated cue ('did not respond'), a question ('a reporter asked') or a "
        "relative clause describing the source ('a governor who had endorsed him'): the source is not "
        "named as telling something, so the anonymity findings do not judge it.",
    )


class Claim(Frozen):
    """One claim: a body sentence (or an attributed clause of one) with its sourcing class."""

    id: str = Field(description="Stable id within the article, e.g. c12.")
    sentence: str = Field(description="The sentence text.")
    start: int = Field(ge=0, description="Sentence start offset (HTML: into the extracted text).")
    end: int = Field(ge=0, description="Sentence end offset (HTML: into the extracted text).")
    sentence_index: int = Field(ge=0)
    paragraph: int = Field(ge=0, description="Index into Article.segments of its paragraph.")
    sourcing: Sourcing
    source: Source | None
    cue: ClaimCue | None
    content: Span | None
    quote: str | None = None
    hedged: bool = Field(default=False, description="Hedged: 'reportedly', 'it is believed', 'allegedly'.")
    hedges: tuple[TextSpan, ...] = Field(default=(), description="The hedge words found.")
    attribution: str | None = Field(default=None, description="Id of the attribution behind the sourcing.")
    reason: str = Field(description="Why the claim got its sourcing class, in words.")


class Finding(Frozen):
    """A problem or observation from the findings registry, with its evidence."""

    code: str = Field(description="Stable code, e.g. ANON-NO-REASON.")
    title: str
    severity: Severity
    message: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    evidence: str = Field(description="The article text at start:end (HTML: the extracted text).")
    claim: str | None = Field(default=None, description="Id of the claim concerned, if any.")


class SourceSummary(Frozen):
    """One distinct source in an article after coreference."""

    name: str
    kind: SourceKind
    sourcing: Literal["named", "anonymous"]
    mentions: tuple[str, ...] = Field(description="The distinct ways it is written.")
    claims: int = Field(ge=0, description="Number of claims credited to it.")
    first_start: int = Field(ge=0)


class Score(Frozen):
    """The sourcing-quality score and the counts it is built from (formula in the README)."""

    score: int = Field(ge=0, le=100)
    claims: int = Field(description="Claims (body sentences or attributed clauses) in the article.")
    named: int = Field(description="Claims sourced to a named source (counts claims).")
    anonymous: int = Field(description="Claims sourced to an unnamed source (counts claims).")
    unattributed: int = Field(description="Claims with no source (counts claims).")
    hedged: int = Field(description="Claims hedged ('reportedly') with no source (counts claims).")
    anonymous_without_reason: int = Field(
        description="Distinct anonymous sources (after coreference) with no reason given for anonymity "
        "(counts sources, like the ANON-NO-REASON findings)."
    )
    distinct_named_sources: int = Field(
        description="Distinct named sources after coreference (counts sources)."
    )
    components: dict[str, float] = Field(description="Each term of the formula, for transparency.")


class ArticleAudit(Frozen):
    """Everything the audit found in one article."""

    id: str
    path: str | None
    title: str | None
    outlet: str | None
    published: str | None
    byline: str | None
    credits: tuple[Credit, ...] = ()
    words: int = Field(ge=0, description="Body word count.")
    score: int = Field(ge=0, le=100)
    score_detail: Score
    claims: tuple[Claim, ...]
    attributions: tuple[Attribution, ...] = ()
    quotes: tuple[QuoteSpan, ...] = ()
    sources: tuple[SourceSummary, ...] = ()
    findings: tuple[Finding, ...] = ()
    title_span: Span | None = Field(default=None, description="Where the headline is in the input, if it is.")


class InputError(Frozen):
    """An input that could not be audited; the batch goes on without it."""

    file: str
    code: str
    message: str
