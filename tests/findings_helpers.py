"""Hand-made parses, attributions and claims for the anonymity, findings, scoring and roster tests.

No Stanza: sentences split at ``. ! ?``, words are regex tokens with guessed tags (digits are NUM,
words given a lemma in ``verbs`` are VERB). Good enough for rules that lean on text and offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.anonymity import informs
from auditor.models import (
    Article,
    Attribution,
    Claim,
    ClaimCue,
    Cue,
    CueKind,
    ParsedArticle,
    Segment,
    Sentence,
    Source,
    SourceKind,
    Span,
    TextSpan,
    Word,
)

_SENT = re.compile(r"[^\s].*?(?:[.!?][”\"]?(?=\s|$)|$)", re.S)
_WORD = re.compile(r"\w+(?:[’'.]\w+)*\.?|[^\w\s]")
HEDGES = ("reportedly", "allegedly", "it is believed", "is said to")


def parse(text: str, verbs: dict[str, str] | None = None, plural: Iterable[str] = ()) -> ParsedArticle:
    """A ParsedArticle of ``text``: paragraphs split at blank lines, sentences at end punctuation.

    ``verbs`` maps word forms to lemmas (tagged VERB); words in ``plural`` get ``Number=Plur``.
    """
    verbs = verbs or {}
    plural_set = set(plural)
    segments: list[Segment] = []
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        seg_index = len(segments)
        segments.append(Segment(start=para.start(), end=para.end(), text=para.group(), kind="body"))
        for sm in _SENT.finditer(para.group()):
            start = para.start() + sm.start()
            end = para.start() + sm.end()
            words = []
            for i, wm in enumerate(_WORD.finditer(text, start, end), start=1):
                w = wm.group()
                if w in verbs:
                    upos, lemma = "VERB", verbs[w]
                elif w.isdigit():
                    upos, lemma = "NUM", w
                elif not w[0].isalnum():
                    upos, lemma = "PUNCT", w
                else:
                    upos, lemma = ("PROPN" if w[0].isupper() and i > 1 else "NOUN"), w.lower()
                feats = "Number=Plur" if w in plural_set else None
                words.append(
                    Word(
                        index=i,
                        text=w,
                        lemma=lemma,
                        upos=upos,
                        head=0,
                        deprel="dep",
                        start=wm.start(),
                        end=wm.end(),
                        feats=feats,
                    )
                )
            sentences.append(
                Sentence(
                    start=start,
                    end=end,
                    text=text[start:end],
                    index=len(sentences),
                    paragraph=seg_index,
                    words=tuple(words),
                )
            )
    article = Article(id="t", text=text, segments=tuple(segments))
    return ParsedArticle(article=article, sentences=tuple(sentences))


def find(text: str, sub: str, nth: int = 0, after: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``sub`` in ``text`` at or after ``after``."""
    pos = after - 1
    for _ in range(nth + 1):
        pos = text.index(sub, pos + 1)
    return pos, pos + len(sub)


def sentence_of(parsed: ParsedArticle, offset: int) -> Sentence:
    return next(s for s in parsed.sentences if s.start <= offset < s.end)


def make_source(
    parsed: ParsedArticle,
    mention: str,
    *,
    named: bool = False,
    kind: SourceKind = "person",
    name: str | None = None,
    nth: int = 0,
) -> Source:
    start, end = find(parsed.article.text, mention, nth)
    return Source(start=start, end=end, mention=mention, name=name or mention, kind=kind, named=named)


def attribution(
    parsed: ParsedArticle,
    aid: str,
    *,
    source: str | None,
    cue: str | None = None,
    content: str | None = None,
    named: bool = False,
    kind: SourceKind = "person",
    name: str | None = None,
    nth: int = 0,
    cue_kind: CueKind = "speech_verb",
    quote: bool = False,
) -> Attribution:
    """An attribution built from phrases of the text (each located at its ``nth`` occurrence)."""
    text = parsed.article.text
    src = make_source(parsed, source, named=named, kind=kind, name=name, nth=nth) if source else None
    anchor = src.start if src else 0
    cue_obj = None
    if cue is not None:
        cs, ce = find(text, cue, after=anchor) if src and cue in text[anchor:] else find(text, cue)
        sent = sentence_of(parsed, cs)
        cue_obj = Cue(start=cs, end=ce, text=cue, kind=cue_kind, lemma=cue, sentence=sent.index, rule="test")
    content_span = None
    if content is not None:
        s, e = find(text, content)
        content_span = Span(start=s, end=e)
    where = cue_obj.start if cue_obj else (src.start if src else content_span.start if content_span else 0)
    return Attribution(
        id=aid,
        sentence=sentence_of(parsed, where).index,
        cue=cue_obj,
        source=src,
        content=content_span,
        quote=content if quote else None,
        rule="test",
    )


def claims(parsed: ParsedArticle, attributions: Iterable[Attribution]) -> tuple[Claim, ...]:
    """One claim per sentence, sourced by the first attribution in it; hedges from ``HEDGES``."""
    by_sentence: dict[int, Attribution] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence, a)
    text = parsed.article.text
    out = []
    for s in parsed.sentences:
        a = by_sentence.get(s.index)
        src = a.source if a else None
        sourcing = "unattributed" if src is None else ("named" if src.named else "anonymous")
        hedges = tuple(
            TextSpan(start=m.start(), end=m.end(), text=m.group())
            for h in HEDGES
            for m in re.finditer(r"\b" + re.escape(h) + r"\b", text[: s.end])
            if m.start() >= s.start
        )
        cue = (
            ClaimCue(start=a.cue.start, end=a.cue.end, text=a.cue.text, informs=informs(a.cue))
            if a and a.cue
            else None
        )
        out.append(
            Claim(
                id=f"c{s.index + 1}",
                sentence=s.text,
                start=s.start,
                end=s.end,
                sentence_index=s.index,
                paragraph=s.paragraph,
                sourcing=sourcing,
                source=src,
                cue=cue,
                content=a.content if a else None,
                quote=a.quote if a else None,
                hedged=bool(hedges),
                hedges=hedges,
                attribution=a.id if a else None,
                reason="test",
            )
        )
    return tuple(out)
