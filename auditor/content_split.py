"""End an attribution's content where a second, coordinated report, or the writer's own note, begins.

The content rules read one cue at a time, so a reported clause can run on over the next report:
"Okafor said the vote gave him a mandate and said Ruiz did not speak for the council" or "75 percent said
yes, but 52 percent of all residents say she does not". Each of those later cues has its own attribution;
leaving it inside the first one's content shows a journalist one claim where the article makes two, with
the second source's words credited to the first.

This stage cuts a content span before a later cue (and that cue's own source) found inside it when the two
are joined as a list is: by a comma, semicolon, dash, "and" or "but". A report that *is* the content
("said Republicans believe X", "said that officials knew") is left nested: nothing joins it, it is what was
said. "According to" cuts only when it closes the content ("..., according to the survey"); one in
mid-clause ("that, according to officials, the plan failed") is an aside inside what was said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from auditor import lexicon
from auditor.models import Attribution, ParsedArticle, Span
from auditor.syntax import DASH_CHARS

# What joins two reports in a list: ", and", "; but", " and", "—". Matched at the end of the text between
# the first content's start and the second report.
_JOINER = re.compile(r"(?:[,;—–]\s*(?:(?:and|but)\s+)?|\s(?:and|but)\s+)$", re.IGNORECASE)
# "according to" runs to the end of the content with at most this many words to close it
_CLOSING_WORDS = 15
_TRAILING = " \t\n,;:—–"
# A cut leaving only these words would leave a stub as content ("said that, she said, ..."): no cut
_STUB_WORDS = frozenset({"that", "whether", "if", "how", "and", "but"})


def _report_start(text: str, b: Attribution, content: Span) -> int | None:
    """Where report ``b`` begins inside ``content``: its source when that is inside, else its cue."""
    if b.cue is None or not (content.start < b.cue.start and b.cue.end <= content.end):
        return None
    if b.cue.kind == "according_to":
        # only a closing "..., according to the survey" is a second report (whatever content it was
        # given); one in mid-clause is an aside inside what was said
        rest = text[b.cue.end : content.end]
        closing = not re.search(r"[,;:“”\"]", rest) and len(re.findall(r"\w+", rest)) <= _CLOSING_WORDS
        return b.cue.start if closing else None
    if b.content is not None and b.content.start < b.cue.start and b.content.start <= content.start:
        return None  # b's own content runs back over a's: b is the outer report, not a later one
    start = b.cue.start
    if b.source is not None and content.start < b.source.start < start:
        start = b.source.start
    return start


def _in_source(a: Attribution, b: Attribution) -> bool:
    """``b``'s cue lies in ``a``'s source phrase ("said Tom Reyes, a trustee who endorsed Ruiz"): it
    describes the source, and a content running past it (a quotation resumed later) is not cut there."""
    return (
        a.source is not None
        and b.cue is not None
        and a.source.start <= b.cue.start
        and b.cue.end <= a.source.end
    )


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the blanks and punctuation that close the words before it."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _cut(text: str, content: Span, at: int) -> Span | None:
    """The content ended before the joiner that precedes ``at``; None when no joiner is there."""
    before = text[content.start : at]
    joiner = _JOINER.search(before)
    if joiner is None:
        return None
    end = _trimmed_end(text, content.start, content.start + joiner.start())
    if not [w for w in re.findall(r"\w+", text[content.start : end]) if w.lower() not in _STUB_WORDS]:
        return None
    return Span(start=content.start, end=end)


@cache
def _writer_notes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon.entries("writer_notes.txt"))


def _before_writer_note(text: str, content: Span) -> Span:
    """The content ended before the writer's own note on it ("..., a figure that could not be
    independently verified"; ``writer_notes.txt``): the source did not say that."""
    found = [m.start() for p in _writer_notes() if (m := p.search(text, content.start, content.end))]
    if not found:
        return content
    end = _trimmed_end(text, content.start, min(found))
    return Span(start=content.start, end=end) if end > content.start else content


def dash_aside(text: str, before: Span | None, after: Span | None) -> bool:
    """The words after a source phrase open the writer's own aside at a dash ("…, according to the
    Ledger's poll last week - about the same as in May"): at most two words (a date) before the dash,
    and no dash before the source phrase that this one would close ("most residents - 60 percent,
    according to the survey - back the plan" is one claim)."""
    if before is None or after is None:
        return False
    m = _DASH.search(text, after.start, after.end)
    opened = _DASH.search(text[before.start : before.end]) is not None
    return m is not None and len(text[after.start : m.start()].split()) <= 2 and not opened


# a spaced hyphen, two hyphens ("the Ledger--about"), or a dash character with or without spaces (not
# a range such as "2010–2012"), as source_phrase.not_a_hyphen and the source phrase's end in
# source_after read them (syntax.DASH_WORDS)
_DASH = re.compile(rf"(?<!\S)-+\s|--|(?<!\d)[{DASH_CHARS}]+|[{DASH_CHARS}]+(?!\d)")


def split_content(text: str, a: Attribution, others: Sequence[Attribution]) -> Attribution:
    """``a`` with its content ended before the first later report joined to it, or before the writer's
    note on it; unchanged otherwise."""
    if a.content is None or a.cue is None:
        return a
    content = _before_writer_note(text, a.content)
    if content != a.content:
        a = a.model_copy(update={"content": content})
    starts = sorted(
        start
        for b in others
        if b is not a and not _in_source(a, b) and (start := _report_start(text, b, content)) is not None
    )
    for at in starts:
        cut = _cut(text, content, at)
        if cut is not None:
            kept = a.quote is not None and a.quote in text[cut.start : cut.end]
            return a.model_copy(update={"content": cut, "quote": a.quote if kept else None})
    return a


def split_contents(parsed: ParsedArticle, attributions: Sequence[Attribution]) -> tuple[Attribution, ...]:
    """Every attribution's content ended before a later, coordinated report (see the module docstring)."""
    text = parsed.article.text
    # only reports whose cue lies inside a content can cut it: look those up by position, so a long
    # file does not compare every attribution with every other
    cued = sorted((b for b in attributions if b.cue is not None), key=lambda b: b.cue.start if b.cue else 0)
    starts = [b.cue.start for b in cued if b.cue is not None]

    def inside(a: Attribution) -> Sequence[Attribution]:
        if a.content is None:
            return ()
        return cued[bisect.bisect_right(starts, a.content.start) : bisect.bisect_left(starts, a.content.end)]

    return tuple(split_content(text, a, inside(a)) for a in attributions)
