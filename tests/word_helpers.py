"""A one-word ``Word`` for tests of predicates that read a single word (tags, capitals, NER)."""

from __future__ import annotations

from auditor.models import Word


def one_word(text: str, upos: str, *, start: int = 0, ner: str = "O") -> Word:
    """``text`` as the root word of a one-word sentence starting at ``start``."""
    return Word(
        index=1,
        text=text,
        lemma=text.lower(),
        upos=upos,
        head=0,
        deprel="root",
        start=start,
        end=start + len(text),
        ner=ner,
    )


def tagged_words(spec: str) -> list[Word]:
    """ "Word/UPOS Word/UPOS ..." as words numbered from 1 at their offsets in the space-joined text."""
    out: list[Word] = []
    pos = 0
    for k, item in enumerate(spec.split(), start=1):
        text, upos = item.rsplit("/", 1)
        out.append(one_word(text, upos, start=pos).model_copy(update={"index": k}))
        pos += len(text) + 1
    return out
