"""What a relative pronoun that is a reporting verb's subject stands for, when the parser's antecedent
is not the one a reader takes: the people a share or a part is "of" ("members of the council who
said"), and the person a place or body describes ("Dana Whitlow, a nurse from Harlow, Ohio, who
said", "Dana Whitlow, 54, of Harlow, who said"). Used by ``auditor.source_verb`` and
``auditor.source_surface``.
"""

from __future__ import annotations

from auditor import lexicon, names
from auditor.models import Word
from auditor.ner_tags import ner_label
from auditor.source_phrase import source_nouns
from auditor.syntax import Tree


def part_of(tree: Tree, noun: Word) -> Word | None:
    """The people or share a noun is "of" ("members of the council", "some of the voters", "the leader of
    the union"): a relative clause after the noun is usually about them; else None."""
    up = tree.word(noun.head)
    if (
        noun.deprel != "nmod"
        or up is None
        or up.index > noun.index
        or not any(c.lemma.lower() == "of" for c in tree.children(noun.index, "case"))
        or tree.children(up.index, "nsubj", "cop")  # "She was one of three tenants who ...": a predicate
    ):
        return None
    people = (
        up.upos in {"NUM", "PRON"} or up.text.lower() in source_nouns() or up.lemma.lower() in source_nouns()
    )
    return up if people else None


_PLACE_LABELS = frozenset({"LOC", "GPE"})  # normalised labels (ner_labels.txt): FAC is LOC
_THING_KINDS = frozenset({"organization", "government", "media", "document"})


def _thing(w: Word) -> bool:
    """A place or a body, which "who" cannot stand for: tagged as a place, or a place word or an
    institution's noun ("Harlow", "Lake County", "the Harbor Finance Committee"). An
    organisation tag alone is not enough: the mini NER gives it to people's names too."""
    low = w.lemma.lower()
    return (
        ner_label(w) in _PLACE_LABELS
        or low in lexicon.words("place_words.txt")
        or low in names.organization_heads()
        or source_nouns().get(low) in _THING_KINDS
    )


def who_stands_for(tree: Tree, noun: Word, who: Word) -> Word:
    """ "who" stands for people: a place or body the parser gave it as antecedent, named after a
    preposition inside a description of someone ("Dana Whitlow, a nurse from Harlow, Ohio,
    who said", "the senior member of the Harbor Finance Committee, who said"), gives way to the
    description's head noun."""
    if any(w.upos != "PUNCT" for i in range(noun.index + 1, who.index) if (w := tree.word(i))):
        return noun  # "a magazine/antecedent by Ian Petrakis, who": the nearer name is meant
    if who.lemma.lower() != "who":
        return noun  # "which" and "that" are for things too
    x = noun
    while x.deprel == "conj" and (first := tree.word(x.head)) is not None and first.index < x.index:
        x = first  # "Harlow, Ohio/conj": the first of the places
    up = tree.word(x.head)
    if up is not None and up.upos == "NUM" and up.deprel == "appos" and up.index < x.index:
        # "Dana Whitlow, 54, of Harlow, Ohio, who said": the place hangs on the age, the age on the name
        name = tree.word(up.head)
        while name is not None and name.deprel == "flat" and (first := tree.word(name.head)) is not None:
            name = first
        return name if name is not None and name.upos in {"NOUN", "PROPN"} and _thing(x) else noun
    if (
        x.deprel != "nmod"
        or not any(c.lemma.lower() != "by" for c in tree.children(x.index, "case"))  # "by" names a doer
        or not _thing(x)
        or up is None
        or up.index > x.index
        or up.upos not in {"NOUN", "PROPN"}
    ):
        return noun
    for _ in range(3):  # "the leader of the opposition in Port Alder, who": up to the leader
        if _describes_someone(tree, up):
            return up
        nxt = tree.word(up.head)
        if up.deprel != "nmod" or nxt is None or nxt.index > up.index or nxt.upos not in {"NOUN", "PROPN"}:
            break
        up = nxt
    return noun


def _describes_someone(tree: Tree, w: Word) -> bool:
    """The noun heads a description set off after a name ("Dana Whitlow, a nurse from …"): an
    appositive, or a phrase after a comma; not "a reaction from Obama, who" (the reaction said nothing)."""
    left = min(x.index for x in tree.subtree(w.index) if x.upos != "PUNCT")  # its comma may hang on it
    before = tree.word(left - 1)
    return w.deprel == "appos" or (before is not None and before.text == ",")
