"""The pydantic contract: every model that flows between pipeline stages and into the reports.

All models are frozen and forbid unknown fields. Every ``start``/``end`` pair is a half-open
range of integer character offsets into ``Article.text`` (the input as decoded), so a reader can
find each piece of evidence in the original file. ``schemas/*.json`` is generated from these
models (``auditor schema``); a test fails when it is stale.
"""

from __future__ import annotations

from auditor.models.article import Article, Credit, Entity, ParsedArticle, Segment, Sentence, Word
from auditor.models.audit import (
    Anonymity,
    ArticleAudit,
    Attribution,
    Claim,
    ClaimCue,
    Cue,
    Finding,
    InputError,
    QuoteSpan,
    Score,
    Source,
    SourceSummary,
)
from auditor.models.base import (
    PARSED_KINDS,
    CueKind,
    Frozen,
    InputFormat,
    SegmentKind,
    Severity,
    SourceKind,
    Sourcing,
    Span,
    TextSpan,
)
from auditor.models.provenance import (
    AlignedSentence,
    AlteredQuote,
    AuditReport,
    DroppedAttribution,
    DroppedCredit,
    Escalation,
    Link,
    Provenance,
    QuoteVariant,
    UniqueClaim,
)

__all__ = [
    "PARSED_KINDS",
    "AlignedSentence",
    "AlteredQuote",
    "Anonymity",
    "Article",
    "ArticleAudit",
    "Attribution",
    "AuditReport",
    "Claim",
    "ClaimCue",
    "Credit",
    "Cue",
    "CueKind",
    "DroppedAttribution",
    "DroppedCredit",
    "Entity",
    "Escalation",
    "Finding",
    "Frozen",
    "InputError",
    "InputFormat",
    "Link",
    "ParsedArticle",
    "Provenance",
    "QuoteSpan",
    "QuoteVariant",
    "Score",
    "Segment",
    "SegmentKind",
    "Sentence",
    "Severity",
    "Source",
    "SourceKind",
    "SourceSummary",
    "Sourcing",
    "Span",
    "TextSpan",
    "UniqueClaim",
    "Word",
]
