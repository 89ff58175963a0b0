"""Typographic attribution cues: 'Peskov: “…”', transcript speaker labels ('WALLACE: …') and dash
credits after a quotation (“…” ― Name). Used by ``auditor.cues``.
"""

from __future__ import annotations

import re

from auditor import lexicon
from auditor.models import Cue, ParsedArticle, QuoteSpan, Sentence
from auditor.syntax import Tree


def _inside(quotes: tuple[QuoteSpan, ...], start: int, end: int) -> bool:
    return any(q.inner.start <= start and end <= q.inner.end for q in quotes)


def colon_cues(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...], taken: list[Cue]
) -> list[Cue]:
    """'Peskov: “…”' — a short verbless name phrase, a colon, then a quotation."""
    text = parsed.article.text
    source_nouns = lexicon.table("source_nouns.txt")
    out = []
    for w in s.words:
        if w.text != ":" or _inside(quotes, w.start, w.end):
            continue
        if not any(q.start >= w.end and not text[w.end : q.start].strip() for q in quotes):
            continue
        before = [x for x in s.words if x.end <= w.start]
        if not before or len(before) > 6 or any(c.start < w.start and c.sentence == s.index for c in taken):
            continue
        if any(x.upos in {"VERB", "AUX"} for x in before):
            continue
        if not any(x.upos == "PROPN" or x.text.lower() in source_nouns for x in before):
            continue
        out.append(
            Cue(
                start=w.start,
                end=w.end,
                text=":",
                kind="colon",
                lemma=":",
                sentence=s.index,
                head=w.index,
                rule="colon after a short name phrase, followed by a quotation",
            )
        )
    return out


DASHES = "―—–"


def label_cue(parsed: ParsedArticle, s: Sentence, quotes: tuple[QuoteSpan, ...]) -> Cue | None:
    """A transcript speaker label at a paragraph start: 'WALLACE: Let's start ...' (a mark may precede)."""
    text = parsed.article.text
    seg = parsed.article.segments[s.paragraph]
    head = text[seg.start : seg.end]
    m = re.match(r"\s*[\"“]?\s*((?:[A-Z][\w.'’-]*\s?){1,3}):\s", head)
    if m is None or seg.start + m.start(1) < s.start or seg.start + m.end(1) > s.end:
        return None
    label = m.group(1).strip()
    if label.lower() in lexicon.words("colon_labels_not_sources.txt"):
        return None
    tree = Tree(s)
    words = [w for w in s.words if seg.start + m.start(1) <= w.start and w.end <= seg.start + m.end(1)]
    if not words or not all(w.text.isupper() or w.upos == "PROPN" for w in words if w.text.isalpha()):
        return None
    colon = seg.start + m.end(1)
    word = tree.at_offset(colon)
    return Cue(
        start=colon,
        end=colon + 1,
        text=":",
        kind="colon",
        lemma=":",
        sentence=s.index,
        head=word.index if word else 0,
        rule=f"speaker label '{label}:' at the start of a paragraph",
    )


def dash_cues(parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...]) -> list[Cue]:
    """“…” ― Name: a dash right after a closing quotation mark, then a short name phrase."""
    text = parsed.article.text
    out = []
    for q in quotes:
        if q.close_mark is None:
            continue
        m = re.match(rf"[ \t]*([{DASHES}])[ \t]*([A-Z][^\n“\"]{{0,60}})", text[q.end : q.end + 80])
        if m is None or len(m.group(2).split()) > 8:
            continue
        start = q.end + m.start(1)
        sent = next((x for x in parsed.sentences if x.start <= start < x.end), None)
        if sent is None:
            continue
        word = Tree(sent).at_offset(start)
        out.append(
            Cue(
                start=start,
                end=start + 1,
                text=m.group(1),
                kind="other",
                lemma="dash",
                sentence=sent.index,
                head=word.index if word else 0,
                rule="dash credit right after a quotation",
            )
        )
    return out
