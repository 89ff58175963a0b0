"""Articles as read (segments, credits) and as parsed (sentences, words, entities)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from auditor.models.base import (
    PARSED_KINDS,
    Frozen,
    InputFormat,
    SegmentKind,
    TextSpan,
)


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
        own ("Zelensky Alleges ...", "Ruiz: ‘...’") but produces no claims."""
        return tuple(s for s in self.segments if s.kind in PARSED_KINDS)


# ---------------------------------------------------------------- parse


class Word(Frozen):
    """One syntactic word with its annotation. Offsets of words inside a multi-word token are the token's."""

    index: int = Field(ge=1, description="1-based position in the sentence (CoNLL-U ID).")
    text: str = Field(
        description="The word form; for a word inside a multi-word token it can differ from the text at "
        "start:end, which covers the whole token.",
    )
    lemma: str = Field(description="Dictionary form of the word; the word itself when the parser gives none.")
    upos: str = Field(description="Universal POS tag.")
    xpos: str | None = Field(
        default=None,
        description="Language-specific part-of-speech tag (Penn Treebank for English), when given.",
    )
    feats: str | None = Field(default=None, description="CoNLL-U morphological features string.")
    head: int = Field(ge=0, description="Index of the head word; 0 for the root.")
    deprel: str = Field(description="Universal dependency relation to the head.")
    start: int = Field(
        ge=0,
        description="Start offset of the word's token in Article.text; the words of a multi-word token share "
        "its offsets.",
    )
    end: int = Field(ge=0, description="End offset, exclusive, of the word's token in Article.text.")
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
    words: tuple[Word, ...] = Field(description="The sentence's syntactic words, in order.")


class ParsedArticle(Frozen):
    """An article with its linguistic analysis, free of any Stanza object."""

    article: Article = Field(description="The article that was parsed.")
    sentences: tuple[Sentence, ...] = Field(
        description="The sentences of the headline and body paragraphs, in text order (position = "
        "Sentence.index).",
    )
    entities: tuple[Entity, ...] = Field(
        default=(), description="The named entities found in those sentences."
    )
    model: str = Field(default="", description="Which models produced the parse.")

    def in_body(self, sentence: int) -> bool:
        """Sentence ``sentence`` lies in a body paragraph, not the headline (unknown ones count as body)."""
        segments = self.article.segments
        if not segments or not 0 <= sentence < len(self.sentences):
            return True
        return segments[self.sentences[sentence].paragraph].kind == "body"
