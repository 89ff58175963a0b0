"""The quotation rules: QUOTE-NO-SPEAKER (a quotation of speech with no one credited for it) and
QUOTE-UNCLOSED (an opening mark with no closing one), and where an article's quotations are when the
quote stage's output is not given."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.cue_words import documentary, person_like
from auditor.findings_context import Context
from auditor.findings_registry import REGISTRY
from auditor.models import Finding, ParsedArticle, QuoteSpan
from auditor.spans import sentences_overlapping
from auditor.syntax import Tree

# Quotes shorter than this many words are usually scare quotes or titles (“fake news”), not speech.
_MIN_QUOTE_WORDS = 4
_QUOTE = re.compile(r"“([^”]*)”?|\"([^\"]*)\"?")


def _spoken(ctx: Context, start: int, end: int, sentences: set[int]) -> bool:
    """True when an attribution with a source covers the quote, or sits in its sentence or the one before."""
    if ctx.sourced_content_overlaps(start, end) or any(ctx.sourced_in(i) for i in sentences):
        return True
    if any(a.quote is not None for a in ctx.sourced_in(min(sentences, default=-1) - 1)):
        return True  # a quote paragraph continuing the previous speaker's quote
    return any(c.source is not None for c in ctx.claims_covering(start))


_TITLE_LEAD = re.compile(r"\b(?:titled|entitled|headlined|called|dubbed|named)\s*[,:]?\s*$", re.IGNORECASE)


def _title(text: str, start: int, inner: str) -> bool:
    """A quoted title, not speech: after "titled", "headlined", "called" ..., or written in title case
    (''How to Pay for a Safer Harbour Crossing'')."""
    if _TITLE_LEAD.search(text[max(0, start - 30) : start]):
        return True
    words = [w.strip(".,;:!?'’") for w in inner.split()]
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and bool(long) and all(w[:1].isupper() for w in long)


#: A quotation covering less than this share of its sentence is a partial quote woven into it.
PARTIAL_SHARE = 0.6


def _embedded_with_holder(ctx: Context, qs: int, qe: int, index: int) -> bool:
    """A partial quote woven into a sentence whose main verb has a person or a document as its subject:
    "Okafor has gone after Ruiz as a “budget wrecker”", "the rules bar inspectors who “took part
    directly”". The subject is who the words are credited to, though no reporting verb says so."""
    sentence = ctx.parsed.sentences[index]
    if (qe - qs) >= PARTIAL_SHARE * max(1, sentence.end - sentence.start):
        return False
    tree = Tree(sentence)
    root = next((w for w in sentence.words if w.deprel == "root"), None)
    if root is None:
        return False
    subjects = [w for w in tree.children(root.index, "nsubj") if not qs <= w.start < qe]
    return any(person_like(w) or documentary(w) for w in subjects)


def quote_no_speaker(ctx: Context) -> Iterable[Finding]:
    kind = REGISTRY["QUOTE-NO-SPEAKER"]
    for qs, qe in ctx.quotes:
        inner = ctx.text[qs:qe].strip('“”" ')
        if len(inner.split()) < _MIN_QUOTE_WORDS:
            continue
        sentences = {
            s.index
            for s in sentences_overlapping(ctx.parsed.sentences, qs, qe)
            if ctx.parsed.in_body(s.index)
        }
        if not sentences or _title(ctx.text, qs, inner) or _spoken(ctx, qs, qe, sentences):
            continue
        if len(sentences) == 1 and _embedded_with_holder(ctx, qs, qe, min(sentences)):
            continue
        short = inner if len(inner) <= 60 else inner[:57].rstrip() + "..."
        yield kind.make(ctx.text, qs, qe, ctx.claim_at(qs), quote=short)


#: Words of an unclosed quotation shown in the finding's message.
_OPENING_WORDS = 6
_OPENING_MARKS = "“\"«'"


def quote_unclosed(ctx: Context) -> Iterable[Finding]:
    """QUOTE-UNCLOSED: each body quotation the quote stage had to end itself (no closing mark)."""
    kind = REGISTRY["QUOTE-UNCLOSED"]
    for qs, qe in ctx.unclosed:
        sentences = sentences_overlapping(ctx.parsed.sentences, qs, qe)
        if not any(ctx.parsed.in_body(s.index) for s in sentences):
            continue
        words = ctx.text[qs:qe].lstrip(_OPENING_MARKS + " ").split()
        opening = " ".join(words[:_OPENING_WORDS]) + (" …" if len(words) > _OPENING_WORDS else "")
        # the quote stage ends an unclosed quote at the next opening mark, else at the paragraph's end
        after = ctx.text[qe : qe + 4].lstrip(" \t")
        at_mark = bool(after) and after[0] in _OPENING_MARKS
        until = "next quotation mark" if at_mark else "paragraph end"
        yield kind.make(ctx.text, qs, qe, ctx.claim_at(qs), opening=opening, until=until)


def quote_spans(parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...] | None) -> tuple[tuple[int, int], ...]:
    if quotes is not None:
        return tuple((q.start, q.end) for q in quotes)
    # No quote stage output given: pair quotation marks inside each body paragraph (or sentence).
    text = parsed.article.text
    segments = parsed.article.segments
    ranges: set[tuple[int, int]] = set()
    for s in parsed.sentences:
        seg = segments[s.paragraph] if s.paragraph < len(segments) else None
        ranges.add(
            (seg.start, seg.end) if seg and seg.start <= s.start and s.end <= seg.end else (s.start, s.end)
        )
    return tuple(
        (m.start(), m.end()) for start, end in sorted(ranges) for m in _QUOTE.finditer(text, start, end)
    )
