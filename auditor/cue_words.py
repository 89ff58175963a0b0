"""What a word names, for judging a cue: someone who can hold a view (a person, a body, a group of
people), a count or share of people, a document that can show something, or a surface with words
on it. Tags slip on the mini
models, so the predicates also look at the word itself (the source-noun lists in ``source_nouns.txt``
and ``collective_sources.txt``, NER labels).
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon
from auditor.models import Word

NON_PERSON = frozenset({"it", "this", "that", "which", "what", "there", "these", "those", "its"})


def person_like(w: Word) -> bool:
    """A subject that can hold a view: a personal pronoun, a proper noun, or a source/role noun."""
    if w.upos == "PRON":
        return w.lemma.lower() not in NON_PERSON and w.text.lower() not in NON_PERSON
    if w.upos == "PROPN":
        return True
    if w.deprel.startswith("nsubj") and w.text.lower() in quantifier_words():
        return True  # "Many fear", "Both think", "some believe": the tagger calls them ADJ or DET
    return w.upos in {"NOUN", "X"} and holder_noun(w)


def holder_noun(w: Word) -> bool:
    """A word that names people or a body whatever its tag: a source noun ("officials", "voters") or a
    name NER labels a person, organisation or group ("Whitlow/NOUN has called for")."""
    low = w.text.lower()
    return low in _holders() or w.lemma.lower() in _holders() or w.ner[2:] in {"PERSON", "ORG", "NORP"}


@cache
def _holders() -> frozenset[str]:
    """Nouns that can hold a view: people and bodies among the source nouns (not documents: "the statement
    did not say"), collective sources, and words describing a person ("the billionaire criticized")."""
    nouns = {k for k, v in lexicon.table("source_nouns.txt").items() if v and v[0] != "document"}
    return frozenset(
        nouns | lexicon.words("collective_sources.txt") | lexicon.words("person_descriptions.txt")
    )


@cache
def _documents() -> frozenset[str]:
    return frozenset(
        k for k, v in lexicon.table("source_nouns.txt").items() if v and v[0].strip() == "document"
    )


def text_surface(w: Word) -> bool:
    """A sign, banner, headline, caption: a thing with words on it (``text_surfaces.txt``)."""
    return w.upos in {"NOUN", "PROPN"} and w.text.lower() in lexicon.words("text_surfaces.txt")


def documentary(w: Word) -> bool:
    """A poll, report, survey, records: evidence that can 'show' or 'find' something."""
    return w.upos in {"NOUN", "PROPN"} and names_document(w)


def names_document(w: Word) -> bool:
    """The word is a document noun whatever its tag ("A Gazette analysis/ADJ shows", "Exit
    polling/VERB shows"): for frames where the tag is known to slip."""
    return w.text.lower() in _documents() or w.lemma.lower() in _documents()


@cache
def quantifier_words() -> frozenset[str]:
    """Quantifiers that stand for people as a subject ("Many fear", "Both think"; quantifier_subjects.txt)."""
    return lexicon.words("quantifier_subjects.txt")


@cache
def share_words() -> frozenset[str]:
    """Words for a share of people polled or counted (``share`` in anonymity_descriptors.txt)."""
    return frozenset(v.lower() for v in lexicon.values("anonymity_descriptors.txt", "share"))


_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


def counted(w: Word) -> bool:
    """A count or share of people ("three in 10 said", "26% say", "at least 21,000 said", "a third
    say"), not a year ("In 2015 said")."""
    if w.upos == "NUM":
        return not _YEAR.match(w.text)
    return w.text.lower() in share_words()


#: The words between the two counts of a share: "six in 10", "four out of 10"
SHARE_LINKS = (("in",), ("out", "of"))


def first_count(w: Word) -> bool:
    """The first count of a share ("Six" in "Six in 10 voters"): a count, also a number word the
    tagger took for a name ("Six/PROPN")."""
    return counted(w) or w.text.lower() in lexicon.words("number_words.txt")
