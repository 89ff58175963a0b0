"""A stand-in for ``nlp.Annotator`` so pipeline and CLI tests run in milliseconds without Stanza.

It splits body segments into sentences at ``.!?`` and into words at word boundaries, tags capitalised
words PROPN and punctuation PUNCT, and hangs every word off the sentence's first word. Crude, but
every offset is exact, which is what the pipeline tests check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Article, ParsedArticle, Sentence, Word

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’]?|$)")
_WORD = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")


def fake_parse(article: Article) -> ParsedArticle:
    """A crude but offset-exact parse of the article's body segments."""
    sentences: list[Sentence] = []
    for paragraph, segment in enumerate(article.segments):
        if segment.kind != "body":
            continue
        for match in _SENTENCE.finditer(segment.text):
            raw = match.group(0)
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if not text:
                continue
            start = segment.start + match.start() + lead
            words = []
            for i, w in enumerate(_WORD.finditer(text), start=1):
                token = w.group(0)
                upos = "PUNCT" if not token[0].isalnum() else "PROPN" if token[0].isupper() else "NOUN"
                words.append(
                    Word(
                        index=i,
                        text=token,
                        lemma=token.lower(),
                        upos=upos,
                        head=0 if i == 1 else 1,
                        deprel="root" if i == 1 else "dep",
                        start=start + w.start(),
                        end=start + w.end(),
                    )
                )
            if not words:
                continue
            sentences.append(
                Sentence(
                    start=start,
                    end=start + len(text),
                    text=text,
                    index=len(sentences),
                    paragraph=paragraph,
                    words=tuple(words),
                )
            )
    return ParsedArticle(article=article, sentences=tuple(sentences), model="fake")


class FakeAnnotator:
    """Parses like ``nlp.Annotator`` without models; records each call's batch; can fail on chosen ids."""

    def __init__(self, fail_on: frozenset[str] = frozenset()) -> None:
        self.fail_on = fail_on
        self.batches: list[list[str]] = []

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        ids = [a.id for a in articles]
        self.batches.append(ids)
        bad = self.fail_on.intersection(ids)
        if bad:
            raise RuntimeError(f"annotator choked on {sorted(bad)}")
        return [fake_parse(a) for a in articles]
