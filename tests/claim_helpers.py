"""Small hand-made parses and attributions for the coref, claims and hedges tests.

``build(paragraphs)`` makes a ParsedArticle without Stanza: sentences split at . ! ? followed by a
blank, words by a regular expression, and a crude tagger (capitalised words are PROPN unless they
are function words or listed in ``adj``; pronouns PRON; 's PART). ``ner`` gives words an entity
label, ``subjects`` marks words as nsubj (default: every word
with an NER label). ``attr(...)`` makes an Attribution by finding the
source, cue and content strings in the text, so tests stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from auditor.hedges import cue_text_hedges
from auditor.models import (
    Article,
    Attribution,
    Cue,
    ParsedArticle,
    QuoteSpan,
    Segment,
    Sentence,
    Source,
    Span,
    Word,
)

_SENT = re.compile(r"[^.!?]*(?:[.!?]+[”\"]?|$)")
_WORD = re.compile(r"\w+(?:[-.]\w+)*\.?(?=\W|$)|['’]s\b|[^\w\s]")
_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "he",
        "she",
        "it",
        "they",
        "his",
        "her",
        "its",
        "their",
        "him",
        "them",
        "this",
        "that",
        "these",
        "those",
        "some",
        "while",
        "despite",
        "during",
        "for",
        "of",
        "as",
        "after",
        "before",
        "when",
        "with",
        "then",
    ]
)
_PRONOUNS = frozenset(
    ["he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "i", "we", "you"]
)


def _words(
    text: str, start: int, end: int, adj: set[str], ner: Mapping[str, str], subjects: set[str]
) -> list[Word]:
    out = []
    for m in _WORD.finditer(text, start, end):
        tok = m.group()
        if (
            tok.endswith(".")
            and len(tok) > 1
            and "." not in tok[:-1]
            and not tok.lower().startswith(("mr", "dr"))
        ):
            tok = tok[:-1]
        s, e = m.start(), m.start() + len(tok)
        low = tok.lower()
        if low in _PRONOUNS:
            upos = "PRON"
        elif tok in ("'s", "’s"):
            upos = "PART"
        elif not tok[0].isalnum():
            upos = "PUNCT"
        elif tok in adj:
            upos = "ADJ"
        elif tok[0].isupper() and low not in _FUNCTION:
            upos = "PROPN"
        else:
            upos = "NOUN"
        label = ner.get(tok)
        out.append(
            Word(
                index=len(out) + 1,
                text=tok,
                lemma=low,
                upos=upos,
                head=0,
                deprel="nsubj" if tok in subjects else "dep",
                start=s,
                end=e,
                ner=f"S-{label}" if label else "O",
            )
        )
        if e < m.end():  # the sentence-final period split off an abbreviation-looking token
            out.append(
                Word(
                    index=len(out) + 1,
                    text=".",
                    lemma=".",
                    upos="PUNCT",
                    head=0,
                    deprel="punct",
                    start=e,
                    end=e + 1,
                )
            )
    return out


def build(
    paragraphs: Iterable[str],
    *,
    adj: Iterable[str] = ("Ukrainian", "Russian", "Korean", "South", "North", "American", "German"),
    ner: Mapping[str, str] | None = None,
    subjects: Iterable[str] | None = None,
) -> ParsedArticle:
    """A ParsedArticle of body paragraphs joined by blank lines."""
    paras = list(paragraphs)
    text = "\n\n".join(paras)
    segments = []
    sentences: list[Sentence] = []
    pos = 0
    adj_set = set(adj)
    subj = set(subjects) if subjects is not None else set(ner or {})
    for p_index, para in enumerate(paras):
        segments.append(Segment(start=pos, end=pos + len(para), text=para, kind="body"))
        for m in _SENT.finditer(para):
            raw = m.group()
            if not raw.strip():
                continue
            lead = len(raw) - len(raw.lstrip())
            s = pos + m.start() + lead
            e = pos + m.start() + len(raw.rstrip())
            words = tuple(_words(text, s, e, adj_set, ner or {}, subj))
            sentences.append(
                Sentence(start=s, end=e, text=text[s:e], index=len(sentences), paragraph=p_index, words=words)
            )
        pos += len(para) + 2
    article = Article(id="t", text=text, segments=tuple(segments))
    return ParsedArticle(article=article, sentences=tuple(sentences))


def find(text: str, needle: str, occurrence: int = 1, after: int = 0) -> int:
    """Offset of the n-th occurrence of ``needle`` at or after ``after``."""
    pos = after - 1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, f"{needle!r} not found"
    return pos


def sentence_of(parsed: ParsedArticle, offset: int) -> int:
    return next(s.index for s in parsed.sentences if s.start <= offset < s.end)


def attr(
    parsed: ParsedArticle,
    aid: str,
    *,
    source: str | None,
    cue: str | None,
    content: str | None = None,
    kind: str = "person",
    named: bool = True,
    after: int = 0,
    quote: bool = False,
) -> Attribution:
    """An Attribution whose parts are the first occurrences (at or after ``after``) of the strings."""
    text = parsed.article.text
    src = None
    if source is not None:
        s = find(text, source, after=after)
        src = Source(start=s, end=s + len(source), mention=source, name=source, kind=kind, named=named)  # type: ignore[arg-type]
    cue_obj = None
    anchor = src.start if src else after
    if cue is not None:
        c = find(text, cue, after=after)
        anchor = c
        cue_obj = Cue(
            start=c,
            end=c + len(cue),
            text=cue,
            kind="speech_verb",
            lemma=cue,
            sentence=sentence_of(parsed, c),
            rule="t",
            hedges=cue_text_hedges(cue),  # as the cue stage decides it: "It was reported" hedges
        )
    span = None
    if content is not None:
        k = find(text, content, after=after)
        span = Span(start=k, end=k + len(content))
        if cue is None and src is None:
            anchor = k
    return Attribution(
        id=aid,
        sentence=sentence_of(parsed, anchor),
        cue=cue_obj,
        source=src,
        content=span,
        quote=content if quote else None,
        rule="test",
    )


def quotes_of(parsed: ParsedArticle) -> tuple[QuoteSpan, ...]:
    """Curly-quoted passages of the text as QuoteSpans (a stand-in for quotes.find_quotes)."""
    text = parsed.article.text
    out = []
    for m in re.finditer(r"“([^”]*)”", text):
        out.append(
            QuoteSpan(
                start=m.start(),
                end=m.end(),
                inner=Span(start=m.start(1), end=m.end(1)),
                text=m.group(1),
                open_mark="“",
                close_mark="”",
            )
        )
    return tuple(out)
