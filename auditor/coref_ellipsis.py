"""Elliptical sources: "One said …", "Another added …" name one member of a group just mentioned.

"Two council members spoke to the Gazette. One said the vote would be delayed. Another said …": the
source of each claim is one of the two council members, and what the text said about them (their
description, the reason they were not named) holds for each. Without this, "One" and "Another" read
as bare anonymous sources with no description.

The group is the nearest earlier plural phrase headed by a people noun (``source_nouns.txt``, kind
``group``: "officials", "members", "residents"; for "another", "a third" and "the other" a single
person will do) in the same sentence or up to ``WINDOW_SENTENCES`` sentences back, within the
paragraph or the one before it. The elliptical words themselves are in
``elliptical_sources.txt``. With no such group ("according to one"), the source stays as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from auditor import lexicon
from auditor.models import Attribution, ParsedArticle, Source, Word
from auditor.source_phrase import np_from_subtree, source_nouns
from auditor.syntax import Tree, sentence_at

__all__ = ["WINDOW_SENTENCES", "elliptical", "group_attribution", "resolve_elliptical"]

#: How many sentences back the group may be: further back, "one" is as likely to be a new person.
WINDOW_SENTENCES = 3


_ONE_OF_MANY = frozenset({"a", "an", "one", "another"})


def _bare(mention: str) -> str:
    """The phrase in lower case, one space between words, no edge commas: "another", "a third"."""
    return " ".join(mention.lower().split()).strip(" ,")


def elliptical(mention: str) -> bool:
    """Is the source phrase an elliptical "one", "another", "the other", "a third" …?"""
    return _bare(mention) in lexicon.words("elliptical_sources.txt")


@cache
def _people_nouns(plural_only: bool) -> frozenset[str]:
    kinds = ("group",) if plural_only else ("group", "person")
    return frozenset(k for k, v in source_nouns().items() if v in kinds)


def _needs_plural(mention: str) -> bool:
    """ "One" and "one of them" pick from a group; "another", "a third", "the other" may follow one person."""
    return _bare(mention).startswith("one")


@dataclass(frozen=True)
class _Group:
    source: Source  # the group's phrase, as a bare unnamed source
    sentence: int
    head: Word  # its head noun ("members", "resident")
    common: bool  # the phrase opens its sentence with a common word ("Two council members"), whose
    # capital comes from its place, not a name's or a nationality's ("American voters")
    bare: bool  # no determiner or number opens it ("Sources", "Senior officials")


def _group(parsed: ParsedArticle, source: Source) -> _Group | None:
    """The nearest earlier people phrase an elliptical source picks from."""
    if not elliptical(source.mention):
        return None
    here = sentence_at(parsed, source.start)
    if here is None:
        return None
    nouns = _people_nouns(_needs_plural(source.mention))
    text = parsed.article.text
    for k in range(here.index, max(-1, here.index - WINDOW_SENTENCES - 1), -1):
        sentence = parsed.sentences[k]
        if here.paragraph - sentence.paragraph > 1:
            break  # a quote paragraph ("One said …") may pick from the paragraph before, no further
        tree = Tree(sentence)
        for w in reversed(sentence.words):
            if w.end > source.start or w.text.lower() not in nouns or not _some(tree, w):
                continue
            up = tree.word(w.head)
            # "Two officials/compound familiar/NOUN with the talks": the mini parser's compound
            top = up if w.deprel == "compound" and up is not None and up.index > w.index else w
            words = np_from_subtree(tree, top, set(), text)
            if not words or words[-1].end > source.start:
                continue
            start, end = words[0].start, words[-1].end
            mention = text[start:end]
            found = Source(start=start, end=end, mention=mention, name=mention, kind="group", named=False)
            common = words[0].upos != "PROPN" and words[0].start == sentence.start
            return _Group(found, k, w, common, words[0].upos in ("NOUN", "ADJ"))
    return None


def _some(tree: Tree, noun: Word) -> bool:
    """A plural, or one person among others ("a resident", "one voter"): "another" after "the mayor" is
    no second mayor."""
    if source_nouns().get(noun.text.lower()) == "group":
        return True
    if any(c.text.lower() in _ONE_OF_MANY for c in tree.children(noun.index, "det", "nummod")):
        return True
    for k in range(noun.index - 1, max(0, noun.index - 4), -1):  # "a longtime resident", by the surface
        w = tree.word(k)
        if w is None or w.text.lower() in _ONE_OF_MANY:
            return w is not None
        if w.upos not in {"ADJ", "NOUN"}:
            return False
    return False


def group_attribution(parsed: ParsedArticle, source: Source) -> Attribution | None:
    """The group an elliptical source belongs to, as a bare attribution (no cue, no content) whose
    sentence says what the group was; None when the source is not elliptical or no group is near."""
    group = _group(parsed, source)
    if group is None:
        return None
    return Attribution(
        id="group", sentence=group.sentence, cue=None, source=group.source, content=None, rule=""
    )


def resolve_elliptical(parsed: ParsedArticle, source: Source) -> tuple[str, str] | None:
    """(name, reason) for an elliptical source with people nearby: "one of two council members" after a
    group, "another resident" after "one resident"."""
    group = _group(parsed, source)
    if group is None:
        return None
    word = _bare(source.mention).removesuffix(" of them")  # "one of them" -> "one of two officials"
    phrase = group.source.mention
    if source_nouns().get(group.head.text.lower()) == "person":
        name = f"{word} {group.head.text}"  # "another resident"
    else:  # "one of two council members", "one of White House officials", "one of the sources"
        name = member_of(word, phrase, opening=group.common, counted=not group.bare)
    where = f"sentence {group.sentence + 1}"
    return name, f"elliptical '{source.mention.strip()}' -> one of '{group.source.mention}' ({where})"


def member_of(word: str, group: str, *, opening: bool, counted: bool) -> str:
    """The name of one member of a group: "one of two council members", "one of the sources".
    ``opening``: the group's phrase opens its sentence, so its capital is the sentence's, not a name's;
    ``counted``: a number or determiner opens it, so no "the" is wanted."""
    if opening:
        group = group[:1].lower() + group[1:]
    return f"{word} of {group if counted else 'the ' + group}"
