"""Who says what a reporting participle reports when it follows a noun: the noun itself ("a statement
saying …", "polls showing …"), or, for a statement someone put out ("Ruiz released a statement saying
…", with the issuing verbs of ``auditor/data/issuing_verbs.txt``), the one who issued it. Used by
``auditor.source_verb``.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.models import Word
from auditor.syntax import Tree, comma_before

# what may stand between an issuing verb and the participle: the document's noun phrase and a date
# ("released a brief statement Wednesday saying")
_DOCUMENT_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_MAX_PHRASE = 6


def _oblique(noun: Word) -> bool:
    """Not the clause's subject: "to one of the messages/obl by saying" (the replier says it)."""
    return noun.deprel.split(":")[0] in ("obl", "nmod", "obj", "iobj")


# Pronouns that stand for people without a noun ("those saying", "anyone claiming").
_STANDALONE = frozenset({"those", "others", "anyone", "everyone", "someone", "anybody", "somebody"})


def participle_noun(tree: Tree, verb: Word) -> tuple[Word, str] | None:
    """The noun a reporting participle modifies, which says it ("a statement saying …", "polls showing …"),
    with why; for a statement someone issued ("Ruiz released a statement saying …", issuing verbs of
    ``issuing_verbs.txt``) the one who issued it. None when the participle modifies no noun: set off by a
    comma, or with a preposition on an oblique noun ("replied to the messages by saying": how she replied;
    "with Mr. Sanders saying", "a voice over saying" and a subject, "Ruiz, after saying …, took", keep it)."""
    participle = verb.text.lower().endswith("ing") or "VerbForm=Ger" in (verb.feats or "")
    if not verb.deprel.startswith("acl") or not participle or comma_before(tree, verb):
        return None
    prev = tree.word(verb.index - 1)
    if prev is not None and prev.text.lower() in _STANDALONE and prev.upos in {"DET", "PRON"}:
        # "among those/det describing themselves as moderate": the parser hung the participle on a
        # noun before the pronoun, which it took for that noun's determiner
        return prev, "pronoun the reporting participle follows"
    noun = tree.word(verb.head)
    marked = any(m.lemma.lower() not in ("with", "as", "over") for m in tree.children(verb.index, "mark"))
    if noun is None or noun.upos not in {"NOUN", "PROPN"} or (marked and _oblique(noun)):
        return None
    issuer = _issuer(tree, noun)
    if issuer is not None:
        subject = [w for w in tree.children(issuer.index, "nsubj") if w.index < noun.index]
        if subject:
            return subject[0], f"the one who {issuer.text} the {noun.text} the participle modifies"
    return noun, "noun the reporting participle modifies"


def issuing_verb(tree: Tree, verb: Word) -> Word | None:
    """The verb that issued the statement a participle follows ("McConnell issued a statement saying …",
    the participle hung on "issued" or on "statement"): its source is the participle's. None otherwise."""
    obj = tree.word(verb.index - 1)
    if not verb.text.lower().endswith("ing") or obj is None:
        return None
    issuer = _issuer(tree, obj)
    if issuer is not None and verb.head in (obj.index, issuer.index):
        return issuer
    return _issued_before(tree, verb)


def _issued_before(tree: Tree, verb: Word) -> Word | None:
    """Read from the words when the parse does not link them: an issuing verb, the document's noun
    phrase and perhaps a date, then the participle, which hangs inside that stretch ("The port authority
    sent a notice/amod Tuesday/obj saying", "Ruiz released a statement/compound saying/obj")."""
    k, phrase = verb.index - 1, 0
    while (w := tree.word(k)) is not None and w.upos in _DOCUMENT_PHRASE and phrase < _MAX_PHRASE:
        k, phrase = k - 1, phrase + 1
    issuer = tree.word(k)
    if issuer is None or not phrase or issuer.upos != "VERB":
        return None
    if issuer.lemma.lower() not in lexicon.words("issuing_verbs.txt"):
        return None
    return issuer if issuer.index <= verb.head < verb.index else None


def _issuer(tree: Tree, noun: Word) -> Word | None:
    """The issuing verb (``issuing_verbs.txt``) whose object ``noun`` is ("released a statement")."""
    verb = tree.word(noun.head) if noun.deprel == "obj" else None
    return verb if verb is not None and verb.lemma.lower() in lexicon.words("issuing_verbs.txt") else None
