"""Pair quotation marks in the headline and body text into QuoteSpans.

Works on ``Article.text`` restricted to the parsed segments (headline and body). Double marks
(straight and curly) pair across sentences; a quote left open at a paragraph end continues when the
next body paragraph opens with a quotation mark (the newspaper convention), otherwise it ends,
unclosed, at the paragraph end. Single curly marks count only when they clearly quote (an opening mark
after a space and a closing mark before a non-letter in the same paragraph), never as apostrophes.
Nothing here raises on odd input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.models import ParsedArticle, QuoteSpan, Segment, Span
from auditor.spans import SpanIndex, pair, sentences_overlapping

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
ALL_DOUBLE = OPENERS | CLOSERS | {STRAIGHT}
DOUBLED = "''"  # two apostrophes used as a double quotation mark
# a markup tag left in the text ('<a href="...">', '<tweet author="@x">'): an opening angle bracket, a
# letter or slash, no brackets inside
_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,500}>")


@dataclass
class _Open:
    start: int  # offset of the opening mark
    mark: str
    continuations: list[tuple[int, int]] = field(default_factory=list)  # (offset, width) of re-opening marks


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _looks_opening(text: str, i: int) -> bool:
    """A mark at ``i`` after a space/start/bracket and before a non-space: an opening mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _looks_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not _is_word_char(after))


def _garbage(text: str, i: int) -> bool:
    """Marks glued between a letter and markup (``Ukraine“>Russia``) are HTML debris, not quotes."""
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return after in "<>=" or before in "<>="


def _starts_with_quote(seg: Segment) -> tuple[int, int] | None:
    """(offset, width) of an opening mark at the start of a paragraph, if any."""
    stripped = seg.text.lstrip()
    offset = seg.start + (len(seg.text) - len(stripped))
    if stripped.startswith(DOUBLED):
        return offset, 2
    if stripped and stripped[0] in OPENERS | {STRAIGHT}:
        return offset, 1
    return None


def _make(
    text: str, op: _Open, close_at: int | None, para_end: int, close_mark: str | None
) -> QuoteSpan | None:
    inner_start = op.start + len(op.mark)
    if close_at is None:
        end = para_end
        while end > inner_start and text[end - 1].isspace():
            end -= 1
        inner_end, outer_end = end, end
    else:
        inner_end, outer_end = close_at, close_at + len(close_mark or " ")
    if inner_end <= inner_start:
        return None
    pieces: list[str] = []
    pos = inner_start
    for c, width in op.continuations:
        pieces.append(text[pos:c].strip())
        pos = c + width
    pieces.append(text[pos:inner_end])
    words = " ".join(p for p in pieces if p) if op.continuations else pieces[0]
    return QuoteSpan(
        start=op.start,
        end=outer_end,
        inner=Span(start=inner_start, end=inner_end),
        text=words,
        open_mark=op.mark,
        close_mark=close_mark,
        continued=bool(op.continuations),
    )


def _single_quotes(text: str, seg: Segment, taken: SpanIndex[tuple[int, int]]) -> list[QuoteSpan]:
    """‘…’ pairs outside double quotes, within one paragraph."""
    out: list[QuoteSpan] = []
    i = seg.start
    while i < seg.end:
        if text[i] == "‘" and _looks_opening(text, i) and not taken.covering(i):
            j = i + 1
            close = None
            while j < seg.end:
                if text[j] == "’" and _looks_closing(text, j):
                    close = j
                    break
                if text[j] in ALL_DOUBLE:
                    break
                j += 1
            if close is not None and close > i + 1:
                out.append(
                    QuoteSpan(
                        start=i,
                        end=close + 1,
                        inner=Span(start=i + 1, end=close),
                        text=text[i + 1 : close],
                        open_mark="‘",
                        close_mark="’",
                    )
                )
                i = close
        i += 1
    return out


def find_quotes(parsed: ParsedArticle) -> tuple[QuoteSpan, ...]:
    """All quotations in the headline and body, in text order, with the sentences each one touches."""
    text = parsed.article.text
    parts = list(parsed.article.parsed_segments)
    found: list[QuoteSpan] = []
    op: _Open | None = None
    tags = {m.start(): m.end() for m in _TAG.finditer(text)}
    for k, seg in enumerate(parts):
        i = seg.start
        if op is not None:  # a quote continued from the previous paragraph: skip its re-opening mark
            cont = _starts_with_quote(seg)
            if cont is not None:
                op.continuations.append(cont)
                i = cont[0] + cont[1]
        while i < seg.end:
            if i in tags:  # '<tweet author="@x">': the marks inside a markup tag quote no one
                i = tags[i]
                continue
            ch = DOUBLED if text.startswith(DOUBLED, i) else text[i]
            if ch == DOUBLED:  # NYT style ''quote'': behaves like a straight double quote
                if op is None:
                    op = _Open(start=i, mark=ch)
                else:
                    q = _make(text, op, i, seg.end, ch)
                    if q is not None:
                        found.append(q)
                    op = None
                i += 2
                continue
            if ch in ALL_DOUBLE and not _garbage(text, i):
                if op is None:
                    if ch in OPENERS or ch == STRAIGHT or _looks_opening(text, i):
                        op = _Open(start=i, mark=ch)
                elif ch in CLOSERS or ch == STRAIGHT or _looks_closing(text, i):
                    q = _make(text, op, i, seg.end, ch)
                    if q is not None:
                        found.append(q)
                    op = None
                else:  # a second opening mark while open: the first was never closed
                    q = _make(text, op, None, i, None)
                    if q is not None:
                        found.append(q)
                    op = _Open(start=i, mark=ch)
            i += 1
        if op is not None:
            nxt = parts[k + 1] if k + 1 < len(parts) else None
            if nxt is None or _starts_with_quote(nxt) is None:
                q = _make(text, op, None, seg.end, None)
                if q is not None:
                    found.append(q)
                op = None
    taken = SpanIndex([(q.start, q.end) for q in found] + list(tags.items()), pair)
    for seg in parts:
        found.extend(_single_quotes(text, seg, taken))
    found.sort(key=lambda q: q.start)
    out: list[QuoteSpan] = []
    for q in found:
        touched = tuple(s.index for s in sentences_overlapping(parsed.sentences, q.start, q.end))
        out.append(q.model_copy(update={"sentences": touched}))
    return tuple(out)
