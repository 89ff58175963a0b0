"""Base of the contract: immutable strict models, offset spans, and the shared vocabularies."""

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
