"""Articles for hand-made CoNLL-U (tests and fixtures): paragraph texts, and token forms placed at offsets.

``nlp.parsed_from_conllu`` reads the CoNLL-U with Stanza's reader; this module holds the Stanza-free
parts: the ``Article`` a fixture describes (``# text`` sentences, paragraphs at ``# newpar``) and the
``Aligner`` that finds each token form, left to right, in the article's body segments.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.models import Article, Segment


class Aligner:
    """Finds token forms left to right in the body segments of an article (whitespace may separate them)."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.body = [(i, s) for i, s in enumerate(article.segments) if s.kind == "body"]
        self.k = 0  # position in self.body
        self.pos = self.body[0][1].start if self.body else 0

    def segment_at(self, offset: int) -> int:
        for i, seg in self.body:
            if seg.start <= offset < seg.end:
                return i
        raise ValueError(f"offset {offset} is not inside a body segment")

    def place(self, form: str) -> tuple[int, int]:
        while self.k < len(self.body):
            seg = self.body[self.k][1]
            pos = max(self.pos, seg.start)
            while pos < seg.end and self.text[pos].isspace():
                pos += 1
            if pos >= seg.end:  # segment used up: the next token starts the next body segment
                self.k += 1
                continue
            if self.text.startswith(form, pos) and pos + len(form) <= seg.end:
                self.pos = pos + len(form)
                return pos, self.pos
            raise ValueError(
                f"CoNLL-U token {form!r} does not match the article text at offset {pos}: "
                f"{self.text[pos : pos + 30]!r}"
            )
        raise ValueError(f"CoNLL-U token {form!r} is beyond the article's body text")

    def trusts(self, start: int, end: int, form: str) -> bool:
        """MISC offsets are used when they cover the form, move forward and lie in a body segment."""
        inside = any(seg.start <= start and end <= seg.end for _, seg in self.body)
        return inside and start >= self.pos and self.text[start:end] == form

    def jump(self, start: int, end: int) -> None:
        """Trust offsets given in MISC: continue aligning after them."""
        self.k = next(k for k, (i, _) in enumerate(self.body) if i == self.segment_at(start))
        self.pos = end


def article_from_paragraphs(article_id: str, paragraphs: Sequence[str]) -> Article:
    """An Article whose text is the paragraphs joined by blank lines, each a body segment (for tests)."""
    segments: list[Segment] = []
    pos = 0
    for para in paragraphs:
        segments.append(Segment(start=pos, end=pos + len(para), text=para, kind="body"))
        pos += len(para) + 2
    return Article(id=article_id, text="\n\n".join(paragraphs), segments=tuple(segments))


def conllu_paragraphs(conllu: str) -> list[str]:
    """Paragraph texts of a CoNLL-U file: ``# text =`` sentences joined by spaces, split at ``# newpar``."""
    paragraphs: list[list[str]] = []
    for line in conllu.splitlines():
        if line.startswith("# newpar") or (not paragraphs and line.startswith("# text")):
            paragraphs.append([])
        if line.startswith("# text ="):
            paragraphs[-1].append(line.split("=", 1)[1].strip())
    return [" ".join(p) for p in paragraphs if p]


def article_from_conllu(conllu: str, article_id: str) -> Article:
    """The Article a CoNLL-U fixture describes: its ``# text`` sentences, paragraphs at ``# newpar``."""
    return article_from_paragraphs(article_id, conllu_paragraphs(conllu))
