"""Recognise a question-and-answer interview: its answer paragraphs and the person who gives them.

An article laid out as questions and answers ("Q: …" then "A: …") quotes its interviewee in every
answer without naming them: the name is in the introduction. ``answers`` finds the answers (an answer
runs on through unlabelled paragraphs up to the next label) and ``interviewee`` picks the person the
introduction names most often, the first named winning a tie. Used by cues (a colon cue per answer),
sources (the answer is the content) and coref (the answer's source is the interviewee).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.mentions import PERSON, Builder, Entity
from auditor.models import Article

# "Q:", "Q.", "Question:" at a paragraph start. A lone "A." opens sentences too ("A. Marcus Whitlow
# said"), which is why an article counts as an interview only when it has question labels as well.
LABEL = re.compile(r"[ \t]*[\"“]?(Q|A|Question|Answer)[ \t]*([:.])[ \t]+(?=\S)")


@dataclass(frozen=True)
class Answer:
    """One answer: its label, the colon (or full stop) after it, and where the answer ends."""

    start: int  # offset of the label ("A", "Answer")
    colon: int  # offset of the ":" or "." closing the label
    end: int  # end of the answer's last paragraph
    label: str  # the label as written


def _labels(article: Article) -> list[tuple[str, int, int, int]]:
    """(Q or A, paragraph, label start, colon) for every body paragraph opening with a label."""
    out = []
    for i, seg in enumerate(article.segments):
        m = LABEL.match(article.text, seg.start, seg.end) if seg.kind == "body" else None
        if m is not None:
            out.append((m.group(1)[0], i, m.start(1), m.start(2)))
    return out


def answers(article: Article) -> tuple[Answer, ...]:
    """The answers of a question-and-answer article, in text order; () when the article is not one
    (it needs at least one question label and one answer label among its body paragraphs)."""
    labels = _labels(article)
    if {k for k, *_ in labels} != {"Q", "A"}:
        return ()
    labelled = {para for _, para, _, _ in labels}
    out = []
    for kind, para, start, colon in labels:
        if kind != "A":
            continue
        end = article.segments[para].end
        for j in range(para + 1, len(article.segments)):  # unlabelled body paragraphs continue it
            seg = article.segments[j]
            if j in labelled or seg.kind != "body":
                break
            end = seg.end
        out.append(Answer(start=start, colon=colon, end=end, label=article.text[start:colon].strip()))
    return tuple(out)


def answer_at(found: tuple[Answer, ...], colon: int) -> Answer | None:
    """The answer of ``found`` (an article's ``answers``) whose label closes at offset ``colon``, or None."""
    return next((a for a in found if a.colon == colon), None)


def interviewee(builder: Builder, article: Article) -> tuple[Entity, int] | None:
    """The named person the introduction (the text before the first label) mentions most, with the
    count; the earliest first mention wins a tie. None when no label opens a body paragraph or the
    introduction names no person. The caller knows the article is an interview (``answers``)."""
    labels = _labels(article)
    if not labels:
        return None
    intro_end = min(start for _, _, start, _ in labels)
    counts: dict[int, int] = {}
    for m in builder.timeline:
        if m.start < intro_end:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    people = [
        (n, builder.entities[e])
        for e, n in counts.items()
        if builder.entities[e].named and builder.entities[e].kind == PERSON
    ]
    if not people:
        return None
    n, best = max(people, key=lambda p: (p[0], -(p[1].first or (0, 0))[0]))
    return best, n
