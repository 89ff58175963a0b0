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
    open_mark: str = Field(
        description="The opening quotation mark as written: “, \", „, «, ‘ or '' (two apostrophes)."
    )
    close_mark: str | None = Field(description="None when the quote is never closed.")
    continued: bool = Field(default=False, description="Spans paragraphs (a paragraph continuing the quote).")
    sentences: tuple[int, ...] = Field(default=(), description="Indices of sentences the quote touches.")


class Cue(TextSpan):
    """The words that signal an attribution: a reporting verb, "according to", "in a statement", a colon."""

    kind: CueKind = Field(
        description="What kind of cue: a speech, writing, cognition or stance verb, 'according to', a noun "
        "('in a statement'), a passive ('it was reported'), a colon (Peskov: ...) or other.",
    )
    lemma: str = Field(description="Lemma of the cue's head word (or the phrase) used for look-ups.")
    strength: Literal["weak", "neutral", "strong"] = Field(
        default="neutral",
        description=("Certainty the verb conveys: 'claims' weak, 'says' neutral, 'confirms' strong."),
    )
    sentence: int = Field(
        ge=0, description="0-based index of the sentence containing the cue (the headline's sentences count)."
    )
    head: int = Field(
        default=0, ge=0, description=("Word index of the cue's head word in its sentence (0: none).")
    )
    rule: str = Field(description="Which rule found the cue, in words.")
    negated: bool = Field(
        default=False,
        description="A negation governs the cue ('did not say', 'never claimed') or it is a refusal to "
        "speak ('declined to comment'): the source is reported as NOT saying the content.",
    )
    hedges: bool = Field(
        default=False,
        description="The cue leaves its holder unnamed and so hedges what it reports by itself ('it was "
        "reported', 'is believed', 'reportedly'); false for a request ('was asked to'), a label, or a "
        "passive about a thing named before ('since it was proposed in March').",
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
    kind: SourceKind = Field(
        description="What kind of source: person, organization, government, media, document, group (a "
        "collective: experts, officials) or unknown.",
    )
    named: bool = Field(description="True when the source is identified by name (or resolves to a name).")
    resolved_from: str | None = Field(
        default=None, description=("How a pronoun or role noun was resolved, in words.")
    )
    anonymity: Anonymity | None = Field(default=None, description="Set for unnamed sources.")


class Attribution(Frozen):
    """One attribution relation: SOURCE says (CUE) CONTENT."""

    id: str = Field(description="Stable id within the article, e.g. a3.")
    sentence: int = Field(ge=0, description="Sentence of the cue (or of the quote when there is no cue).")
    cue: Cue | None = Field(
        description="The words that signal the attribution; null for a quotation credited, with no cue of "
        "its own, to the speaker of an adjacent quote.",
    )
    source: Source | None = Field(
        description="Who is credited; null when no source was found ('it was reported')."
    )
    content: Span | None = Field(
        description="The attributed content: the reported clause or the quote, from its first word to its "
        "last. When the attribution's own cue and source stand inside it ('The old pier, Okafor said, had "
        "been closed'; a quote broken by 'she said'), they are not part of what was said."
    )
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
    sentence_index: int = Field(
        ge=0,
        description="0-based index of the sentence in the article, the headline's sentences counted (reasons "
        "number sentences from 1).",
    )
    paragraph: int = Field(ge=0, description="Index into Article.segments of its paragraph.")
    sourcing: Sourcing = Field(
        description="The claim's class: 'named' (a named source), 'anonymous' (an unnamed source) or "
        "'unattributed' (no source).",
    )
    source: Source | None = Field(
        description="The source credited with the claim; null when it is unattributed."
    )
    cue: ClaimCue | None = Field(
        description="The cue of the attribution behind the claim ('said', 'according to'); null when there "
        "is no attribution or it has no cue.",
    )
    content: Span | None = Field(
        description="Offsets of the attributed content (the reported clause or the quotation); null when "
        "there is no attribution or it has no content.",
    )
    quote: str | None = Field(
        default=None,
        description="Direct quotation words of the attribution behind the claim, when its content is quoted.",
    )
    hedged: bool = Field(default=False, description="Hedged: 'reportedly', 'it is believed', 'allegedly'.")
    hedges: tuple[TextSpan, ...] = Field(default=(), description="The hedge words found.")
    attribution: str | None = Field(default=None, description="Id of the attribution behind the sourcing.")
    reason: str = Field(description="Why the claim got its sourcing class, in words.")


class Finding(Frozen):
    """A problem or observation from the findings registry, with its evidence."""

    code: str = Field(description="Stable code, e.g. ANON-NO-REASON.")
    title: str = Field(
        description="Short name of the kind of finding (the same for every finding with this code)."
    )
    severity: Severity = Field(
        description="How serious the finding is: 'error', 'warning' or 'info' (fixed per code; the score's "
        "penalty depends on it).",
    )
    message: str = Field(description="What was found in this article and what to do about it, in words.")
    start: int = Field(
        ge=0, description="Start offset of the evidence in the article text (HTML: extracted text)."
    )
    end: int = Field(
        ge=0, description="End offset, exclusive, of the evidence in the article text (HTML: extracted text)."
    )
    evidence: str = Field(description="The article text at start:end (HTML: the extracted text).")
    claim: str | None = Field(default=None, description="Id of the claim concerned, if any.")


class SourceSummary(Frozen):
    """One distinct source in an article after coreference."""

    name: str = Field(
        description="The source's canonical name: that of its first named mention, else that of its first "
        "mention.",
    )
    kind: SourceKind = Field(
        description="The most frequent kind among its mentions ('unknown' only when no mention has another "
        "kind).",
    )
    sourcing: Literal["named", "anonymous"] = Field(
        description="'named' when any of its mentions is named (or resolves to a name), else 'anonymous'."
    )
    mentions: tuple[str, ...] = Field(description="The distinct ways it is written.")
    claims: int = Field(ge=0, description="Number of claims credited to it.")
    first_start: int = Field(
        ge=0, description="Start offset of its first mention in the article text (HTML: extracted text)."
    )


class Score(Frozen):
    """The sourcing-quality score and the counts it is built from (formula in the README)."""

    score: int = Field(
        ge=0,
        le=100,
        description="The sourcing score, 0 to 100 (higher: better sourced); formula in the README.",
    )
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

    id: str = Field(
        description="Article id: the file stem, a record's id, or stem:N; ~2, ~3 is added when an id repeats "
        "in a run.",
    )
    path: str | None = Field(description="Input file path ('-' for stdin), when known.")
    title: str | None = Field(
        description="Headline: as found in the text, else from metadata; null when unknown."
    )
    outlet: str | None = Field(description="Publishing outlet, when known.")
    published: str | None = Field(description="Publication date, ISO 8601 (YYYY-MM-DD) when known.")
    byline: str | None = Field(
        description="Byline (author names), from the text or metadata; null when not found."
    )
    credits: tuple[Credit, ...] = Field(
        default=(), description="Credit lines and phrases found in the article."
    )
    words: int = Field(ge=0, description="Body word count.")
    score: int = Field(
        ge=0,
        le=100,
        description="The sourcing score, 0 to 100 (higher: better sourced); the same as score_detail.score.",
    )
    score_detail: Score = Field(description="The counts and formula terms the score is built from.")
    claims: tuple[Claim, ...] = Field(description="Every claim of the body, in text order (ids c1, c2, ...).")
    attributions: tuple[Attribution, ...] = Field(
        default=(),
        description="Every attribution found in the headline and body, in text order (ids a1, a2, ...).",
    )
    quotes: tuple[QuoteSpan, ...] = Field(
        default=(), description="Every quotation in the headline and body, in text order."
    )
    sources: tuple[SourceSummary, ...] = Field(
        default=(), description="The distinct sources credited by the claims, in order of first mention."
    )
    findings: tuple[Finding, ...] = Field(
        default=(), description="Problems and observations, sorted by position, then severity and code."
    )
    title_span: Span | None = Field(default=None, description="Where the headline is in the input, if it is.")


class InputError(Frozen):
    """An input that could not be audited; the batch goes on without it."""

    file: str = Field(
        description="The input file path ('-' for stdin), the article id when no path is known, or '(batch)' "
        "for a problem with the whole run.",
    )
    code: str = Field(
        description="Stable error code, e.g. E101 (empty file) or E900 (a stage failed); the codes are "
        "listed in the README.",
    )
    message: str = Field(description="What went wrong and what to do about it.")
