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
