"""The pydantic contract: every model that flows between pipeline stages and into the reports.

All models are frozen and forbid unknown fields. Every ``start``/``end`` pair is a half-open
range of integer character offsets into ``Article.text`` (the input as decoded), so a reader can
find each piece of evidence in the original file. ``schemas/*.json`` is generated from these
models (``auditor schema``); a test fails when it is stale.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Sourcing = Literal["named", "anonymous", "unattributed"]
SourceKind = Literal[
    "person",  # a named or unnamed individual
    "organization",  # companies, agencies, parties, NGOs
    "government",  # governments, states, ministries, armies ("the Kremlin", "Moscow")
    "media",  # news outlets and agencies ("Reuters", "CNN")
    "document",  # reports, statements, data sets, memos
    "group",  # collectives: "experts", "critics", "officials", "observers"
    "unknown",
]
Severity = Literal["error", "warning", "info"]
SegmentKind = Literal["title", "byline", "dateline", "credit", "caption", "furniture", "body"]
#: The segment kinds the parser reads (``Article.parsed_segments``): the headline and the body.
PARSED_KINDS: tuple[SegmentKind, ...] = ("title", "body")
InputFormat = Literal["text", "markdown", "html", "json", "stdin"]
CueKind = Literal[
    "speech_verb",  # said, told, stated, alleged
    "writing_verb",  # wrote, posted, tweeted
    "cognition_verb",  # believes, thinks, expects
    "stance_verb",  # criticized, praised, endorsed (with a person or group as subject)
    "according_to",  # according to X
    "noun",  # in a statement, a report by, data from X
    "passive",  # it was reported, was quoted as saying
    "colon",  # Peskov: "..."
    "other",
]


class Frozen(BaseModel):
    """Base for every contract model: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Span(Frozen):
    """A half-open character range ``[start, end)`` into the article text."""

    start: int = Field(ge=0, description="Start offset into the article text (HTML: extracted text).")
    end: int = Field(ge=0, description="End offset, exclusive, into the article text (HTML: extracted text).")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self


class TextSpan(Span):
    """A span together with the text it covers, so outputs are readable without the input."""

    text: str = Field(description="The covered text exactly as in the article text (HTML: extracted text).")


# ---------------------------------------------------------------- ingest


class Segment(TextSpan):
    """A line or paragraph of the input, labelled by what it is. Only ``body`` segments get claims."""

    kind: SegmentKind = Field(description="What this part of the page is.")
    reason: str | None = Field(default=None, description="Why it was labelled so (the pattern that matched).")


class Credit(TextSpan):
    """A credit line or credit phrase: "Reuters contributed to this article.", "... via Getty Images"."""

    kind: Literal["contributed", "reporting_by", "photo", "byline", "wire", "other"] = Field(
        description="What kind of credit this is."
    )
    outlet: str | None = Field(default=None, description="The outlet, agency or person credited, if found.")


class Article(Frozen):
    """One input article after decoding and page-furniture recognition."""

    id: str = Field(description="Article id: the file stem, a record's id, or stem:N.")
    path: str | None = Field(default=None, description="Input file path ('-' for stdin).")
    text: str = Field(description="The input as decoded (for HTML: the extracted text). Offsets refer to it.")
    input_format: InputFormat = Field(default="text", description="How the input was read.")
    encoding: str = Field(default="utf-8", description="The encoding the input was decoded with.")
    title: TextSpan | None = Field(default=None, description="Headline, when found in the text.")
    title_text: str | None = Field(default=None, description="Headline from metadata, when not in the text.")
    byline: TextSpan | None = Field(default=None, description="Byline (author names) when found.")
    byline_text: str | None = Field(default=None, description="Byline from metadata, when not in the text.")
    published: str | None = Field(
        default=None, description=("Publication date, ISO 8601 (YYYY-MM-DD) when known.")
    )
    published_span: TextSpan | None = Field(default=None, description="Where the date was found in the text.")
    outlet: str | None = Field(default=None, description="Publishing outlet, when known.")
    url: str | None = Field(default=None, description="Source URL, when known.")
    credits: tuple[Credit, ...] = Field(default=(), description="Credit lines and phrases.")
    segments: tuple[Segment, ...] = Field(
        default=(), description=("Every non-blank line or paragraph, labelled.")
    )

    @property
    def body(self) -> tuple[Segment, ...]:
        """The body paragraphs, the only parts that produce claims."""
        return tuple(s for s in self.segments if s.kind == "body")

    @property
    def parsed_segments(self) -> tuple[Segment, ...]:
        """The parts the parser reads: the headline and the body. A headline carries attributions of its
        own ("Zelensky Alleges ...", "Trump: ‘...’") but produces no claims."""
        return tuple(s for s in self.segments if s.kind in PARSED_KINDS)


# ---------------------------------------------------------------- parse


class Word(Frozen):
    """One syntactic word with its annotation. Offsets of words inside a multi-word token are the token's."""

    index: int = Field(ge=1, description="1-based position in the sentence (CoNLL-U ID).")
    text: str
    lemma: str
    upos: str = Field(description="Universal POS tag.")
    xpos: str | None = None
    feats: str | None = Field(default=None, description="CoNLL-U morphological features string.")
    head: int = Field(ge=0, description="Index of the head word; 0 for the root.")
    deprel: str = Field(description="Universal dependency relation to the head.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    ner: str = Field(default="O", description="BIOES entity tag with a normalised label, e.g. B-PERSON.")


class Entity(TextSpan):
    """A named entity; ``label`` is normalised across the official (OntoNotes) and mini (UNER) label sets."""

    label: Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "OTHER"] = Field(description="Normalised label.")
    raw_label: str = Field(description="The label the NER model produced.")
    sentence: int = Field(ge=0, description="Index of the sentence containing the entity.")


class Sentence(TextSpan):
    """One sentence from the headline or a body paragraph."""

    index: int = Field(ge=0, description="0-based sentence index in the article.")
    paragraph: int = Field(
        ge=0, description=("Index into Article.segments of the headline or body paragraph it belongs to.")
    )
    words: tuple[Word, ...]


class ParsedArticle(Frozen):
    """An article with its linguistic analysis, free of any Stanza object."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    model: str = Field(default="", description="Which models produced the parse.")

    def in_body(self, sentence: int) -> bool:
        """Sentence ``sentence`` lies in a body paragraph, not the headline (unknown ones count as body)."""
        segments = self.article.segments
        if not segments or not 0 <= sentence < len(self.sentences):
            return True
        return segments[self.sentences[sentence].paragraph].kind == "body"


# ---------------------------------------------------------------- attribution


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


# ---------------------------------------------------------------- provenance


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
