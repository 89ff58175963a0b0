"""Labels the lines of a page (title, byline, dateline, credit, caption, furniture, body); reads metadata.

Every non-blank line (a paragraph in Markdown) becomes one or more ``Segment``s whose offsets point
into the text exactly as decoded. Recognition is driven by the pattern files ``furniture.txt``,
``credits.txt`` and ``dates.txt`` in ``auditor/data/``; the code only adds page-layout context: where
the header ends, which line is the headline, and that a later copy of the headline is furniture.
What a single line looks like (patterns, sentence/headline/name tests) is ``auditor/page_lines.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor import dates
from auditor.lexicon import words
from auditor.models import Credit, Segment, TextSpan
from auditor.page_lines import (
    BULLET,
    SENTENCE_END,
    Pattern,
    credit_patterns,
    furniture_patterns,
    headline_like,
    is_sentence,
    line_words,
    name_like,
    norm,
    title_case_share,
)

__all__ = ["Page", "analyse_page"]

_TOP_UNITS = 15  # the header of a page never runs longer than this many lines
_PROSE_WORDS = 4  # a sentence this long before any headline line means the text has no headline
_LONG_PARAGRAPH = 25  # words in a sentence-final paragraph that mark the start of the article body
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")
_SEPARATORS = " \t,;|–—-:·•"
_LOCATED = re.compile(r"(?P<name>.+?),? (?:in|reporting from|from) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")


@dataclass(frozen=True)
class Page:
    """What ``analyse_page`` found: the labelled segments and the page's metadata spans."""

    segments: tuple[Segment, ...]
    title: TextSpan | None = None
    byline: TextSpan | None = None
    published: str | None = None
    published_span: TextSpan | None = None
    credits: tuple[Credit, ...] = ()
    outlet: str | None = None

    @property
    def body(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == "body")


@dataclass
class _Reader:
    """Walks the units of one page in order; page context (title found, header zone) is its state."""

    text: str
    markdown: bool
    title_hint: str | None
    segments: list[Segment] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    title: TextSpan | None = None
    byline: TextSpan | None = None
    date: dates.DateMatch | None = None
    date_offset: int = 0
    hint_in_text: bool = False
    # a sentence of running text met before any headline: the text has none ("The council met on
    # Monday." then a quoted paragraph is a body, not a headline over it)
    prose_seen: bool = False
    outlet: str | None = None

    # ------------------------------------------------------------ units and spans

    def units(self) -> list[tuple[int, int, bool]]:
        """(start, end, is_markdown_heading) of every non-blank line, or Markdown paragraph/heading."""
        out: list[tuple[int, int, bool]] = []
        para: list[tuple[int, int]] = []

        def flush() -> None:
            if para:
                out.append((para[0][0], para[-1][1], False))
                para.clear()

        pos = 0
        for line in self.text.splitlines(keepends=True):
            start, end = self.strip(pos, pos + len(line))
            pos += len(line)
            if start == end:
                flush()
                continue
            if not self.markdown:
                out.append((start, end, False))
                continue
            heading = _MD_HEADING.match(self.text, start, end)
            if heading:
                flush()
                out.append((*self.strip(heading.end(), end, "#"), True))
            else:
                para.append((start, end))
        flush()
        return [u for u in out if u[0] < u[1]]

    def strip(self, start: int, end: int, extra: str = "") -> tuple[int, int]:
        """Shrink [start, end) past surrounding whitespace (and Markdown emphasis marks)."""
        chars = "\u200b\ufeff" + extra + ("*_" if self.markdown else "")
        while start < end and (self.text[start].isspace() or self.text[start] in chars):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in chars):
            end -= 1
        return start, end

    def span(self, start: int, end: int) -> TextSpan:
        return TextSpan(start=start, end=end, text=self.text[start:end])

    def add(self, start: int, end: int, kind: str, reason: str | None = None, *, piece: bool = False) -> None:
        """Append a segment; a piece split from a line also loses the separators around it."""
        start, end = self.strip(start, end, _SEPARATORS if piece else "")
        if start < end:
            self.segments.append(
                Segment(start=start, end=end, text=self.text[start:end], kind=kind, reason=reason)
            )

    def credit(self, match: re.Match[str], base: int, pattern: Pattern) -> None:
        group = "credit" if match.groupdict().get("credit") is not None else 0
        cstart, cend = match.span(group)
        outlet = match.groupdict().get("outlet")
        start, end = self.strip(base + cstart, base + cend)
        if start < end:
            self.credits.append(
                Credit(
                    start=start,
                    end=end,
                    text=self.text[start:end],
                    kind=pattern.kind,
                    outlet=outlet.strip() if outlet else None,
                )
            )

    # ------------------------------------------------------------ the walk

    def run(self) -> Page:
        units = self.units()
        top_end = next(
            (
                i
                for i, (s, e, _) in enumerate(units)
                if len(line_words(self.text[s:e])) >= _LONG_PARAGRAPH and is_sentence(self.text[s:e])
            ),
            len(units),
        )
        top_end = min(top_end, _TOP_UNITS)
        if self.title_hint:
            # When a line carries the metadata title, only that line may become the title.
            hint = norm(self.title_hint)
            self.hint_in_text = bool(hint) and any(norm(self.text[s:e]).endswith(hint) for s, e, _ in units)
        for i, (start, end, heading) in enumerate(units):
            self.unit(start, end, heading, top=i <= top_end)
        self.relabel_title_copies()
        self.join_broken_sentences()
        published_span = None
        if self.date is not None:
            published_span = self.span(self.date_offset + self.date.start, self.date_offset + self.date.end)
        return Page(
            segments=tuple(self.segments),
            title=self.title,
            byline=self.byline,
            published=self.date.iso if self.date else None,
            published_span=published_span,
            credits=tuple(self.credits),
            outlet=self.outlet,
        )

    def relabel_title_copies(self) -> None:
        """Copies of the headline anywhere (a breadcrumb before it, a repeat after it) are furniture."""
        if self.title is None:
            return
        title = norm(self.title.text)
        for i, seg in enumerate(self.segments):
            if seg.kind not in ("body", "furniture") or seg.start == self.title.start:
                continue
            line = norm(seg.text)
            crumb = bool(BULLET.match(seg.text)) or "»" in seg.text
            if line == title or (crumb and title in line):
                reason = "repeated title in a breadcrumb" if crumb else "repeated title"
                self.segments[i] = seg.model_copy(update={"kind": "furniture", "reason": reason})

    def join_broken_sentences(self) -> None:
        """One sentence split over two paragraphs (markup residue, a stray blank line) is one body segment.

        A body paragraph that ends without final punctuation, followed directly by a body paragraph that
        starts in lower case, continues that sentence: both become one segment spanning the gap (offsets
        kept, the text then holds the line breaks).
        """
        out: list[Segment] = []
        for seg in self.segments:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == seg.kind == "body"
                and not SENTENCE_END.search(prev.text)
                and prev.text[-1] not in ":;"
                and seg.text[:1].islower()
                and not self.text[prev.end : seg.start].strip()
            ):
                out[-1] = prev.model_copy(
                    update={
                        "end": seg.end,
                        "text": self.text[prev.start : seg.end],
                        "reason": "sentence continued across a paragraph break",
                    }
                )
                continue
            out.append(seg)
        self.segments = out

    def unit(self, start: int, end: int, heading: bool, *, top: bool) -> None:
        line = self.text[start:end]
        if heading:
            if self.title is None and top:
                self.set_title(start, end, "Markdown heading")
            else:
                self.add(start, end, "furniture", "sub-heading")
            return
        if self.whole_line(start, end):
            return
        if self.leading_date(start, end, top=top) or self.trailing_date(start, end, top=top):
            return
        leads = credit_patterns("lead") + credit_patterns("dateline")
        lead = next(((p, m) for p in leads if (m := p.regex.match(line))), None)
        if lead and is_sentence(line[lead[1].end() :]):
            if lead[0].kind != "-":  # "KYIV (AP) —" credits the wire; "WASHINGTON —" no one
                self.credit(lead[1], start, lead[0])
            self.add(start, start + lead[1].end(), "dateline", lead[0].label, piece=True)
            self.add(start + lead[1].end(), end, "body")
            return
        self.rest(start, end, top=top)

    def whole_line(self, start: int, end: int) -> bool:
        """Lines recognised by a pattern as a whole: furniture, credit lines, bylines, captions."""
        line = self.text[start:end]
        for pattern in furniture_patterns():
            if pattern.regex.fullmatch(line):
                self.add(start, end, "furniture", pattern.label)
                return True
        for scope, kind in (("line", "credit"), ("byline", "byline"), ("caption", "caption")):
            for pattern in credit_patterns(scope):
                m = pattern.regex.fullmatch(line)
                if m is None:
                    continue
                self.credit(m, start, pattern)
                if kind == "byline" and self.byline is None:
                    self.byline = self.span(*self.strip(start + m.start("outlet"), start + m.end("outlet")))
                self.add(start, end, kind, pattern.label)
                return True
        return False

    def date_at(self, line: str, pos: int) -> tuple[dates.DateMatch, int] | None:
        """The date at ``pos`` and where it ends together with a following clock time."""
        found = dates.find_date(line, pos)
        if found is None:
            return None
        t = dates.time_pattern().match(line, found.end)
        return found, (t.end() if t else found.end)

    def note_date(self, found: dates.DateMatch, offset: int) -> None:
        if self.date is None:
            self.date, self.date_offset = found, offset

    def leading_date(self, start: int, end: int, *, top: bool) -> bool:
        """A dateline, possibly followed by the headline on the same line ("date 2024-10-14 Some Title")."""
        line = self.text[start:end]
        prefix = dates.prefix_pattern().match(line)
        pos = prefix.end() if prefix else 0
        got = self.date_at(line, pos)
        clock = dates.time_pattern().match(line, pos) if got is None else None
        if clock is not None:  # "Updated 8:26 AM EDT, Mon October 14, 2024": the time comes first
            got = self.date_at(line, len(line) - len(line[clock.end() :].lstrip(_SEPARATORS)))
        if got is None:
            return False
        found, date_end = got
        rest = line[date_end:].lstrip(_SEPARATORS)
        has_prefix = bool(prefix and prefix.end() > 0)
        if rest and not (top and (has_prefix or headline_like(rest)) and not is_sentence(rest)):
            return False
        self.note_date(found, start)
        self.add(start, start + date_end, "dateline", f"date ({found.label})", piece=bool(rest))
        if rest:
            # What follows the date is a line of its own: furniture, another dateline, the headline...
            rs = end - len(rest)
            if not (self.whole_line(rs, end) or self.leading_date(rs, end, top=top)):
                self.rest(rs, end, top=top)
        return True

    def trailing_date(self, start: int, end: int, *, top: bool) -> bool:
        """A byline or organisation followed by a date under the headline ("Some Agency 14-10-2024")."""
        if not top or self.title is None:
            return False
        line = self.text[start:end]
        for found in reversed(dates.search_dates(line)):
            got = self.date_at(line, found.start)
            if got is None or line[got[1] :].strip(_SEPARATORS):
                continue
            cut = found.start
            # "By Maria Okafor | Published June 12, 2026": the label belongs to the dateline.
            for m in re.finditer(r"\b\w", line[: found.start]):
                if dates.prefix_pattern().fullmatch(line, m.start(), found.start):
                    cut = m.start()
                    break
            head = line[:cut].rstrip(_SEPARATORS)
            byline = next(
                (p.regex.fullmatch(head) for p in credit_patterns("byline") if p.regex.fullmatch(head)), None
            )
            org = len(line_words(head)) >= 2 and title_case_share(head) >= 0.8 and len(line_words(head)) <= 14
            if not head or is_sentence(head) or not (byline or name_like(head) or org):
                return False
            hs, he = self.strip(start, start + len(head))
            names = (start + byline.start("outlet"), start + byline.end("outlet")) if byline else (hs, he)
            if self.byline is None:
                self.byline = self.span(*names)
            self.credits.append(
                Credit(**self.span(*names).model_dump(), kind="byline", outlet=self.text[slice(*names)])
            )
            reason = "byline before a date" if byline or name_like(head) else "organisation before a date"
            self.add(hs, he, "byline", reason, piece=True)
            self.note_date(found, start)
            self.add(start + cut, end, "dateline", f"date ({found.label})", piece=True)
            return True
        return False

    def set_title(self, start: int, end: int, reason: str) -> None:
        self.title = self.span(start, end)
        self.add(start, end, "title", reason)

    def rest(self, start: int, end: int, *, top: bool) -> None:
        """Context rules for a line no pattern claimed: headline, its copies, a name byline, headings."""
        line = self.text[start:end]
        if not line_words(line):  # "***", "|", "2": rules, separators and page numbers carry no claim
            self.add(start, end, "furniture", "no words")
            return
        bullet = bool(BULLET.match(line))
        hint = self.title_hint and norm(line) == norm(self.title_hint)
        if (
            self.title is None
            and not bullet
            and (hint or (top and not self.hint_in_text and not self.prose_seen and headline_like(line)))
        ):
            self.set_title(start, end, "matches the metadata title" if hint else "first headline-like line")
            return
        if self.title is None and is_sentence(line) and len(line_words(line)) >= _PROSE_WORDS:
            self.prose_seen = True
        if self.title is not None and norm(line) == norm(self.title.text):
            self.add(start, end, "furniture", "repeated title")  # relabel_title_copies refines the reason
            return
        prev = self.segments[-1] if self.segments else None
        if bullet and prev and prev.reason == "breadcrumb" and not is_sentence(line):
            self.add(start, end, "furniture", "breadcrumb")
            return
        if top and line.lower().removeprefix("the ") in words("media_outlets.txt"):
            self.outlet = self.outlet or line
            self.add(start, end, "furniture", "outlet name")
            return
        # "Ryan Morgan" or "Peter Beaumont in Kyiv" under the headline: the author's name.
        located = _LOCATED.fullmatch(line)
        name_end = start + located.end("name") if located and name_like(located["name"]) else end
        if top and self.byline is None and self.title is not None and name_like(self.text[start:name_end]):
            self.byline = self.span(start, name_end)
            self.credits.append(Credit(**self.byline.model_dump(), kind="byline", outlet=self.byline.text))
            self.add(start, end, "byline", "personal name under the headline")
            return
        # A line ending in ":" or ";" leads into what follows ("The Times reports:"): not a label.
        if line[-1] in ":;":
            self.add(start, end, "body")
            return
        if not is_sentence(line) and len(line_words(line)) <= 6 and (top or bullet):
            self.add(start, end, "furniture", "header label")
            return
        if (
            not top
            and not is_sentence(line)
            and len(line_words(line)) <= 12
            and title_case_share(line) >= 0.75
        ):
            self.add(start, end, "furniture", "sub-heading")
            return
        self.add(start, end, "body")


def analyse_page(text: str, *, markdown: bool = False, title_hint: str | None = None) -> Page:
    """Label every line (Markdown: paragraph) of ``text`` and find the title, byline, date and credits."""
    return _Reader(text=text, markdown=markdown, title_hint=title_hint).run()
