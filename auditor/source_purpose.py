"""Find the clause a purpose infinitive belongs to when the parser hung it on a thing.

"The union seized on the vote to demand …", "she stopped the hearing at noon to announce …",
"Harbor Radio sent a reporter to the docks to ask …": the mini parser often makes "to VERB" a modifier
(acl) of the noun right before it. The reporting verb then has no subject and no clause to climb to,
and the phrase before it ("the vote", "noon", "the docks") would be taken for its source.
The infinitive belongs to the verb that governs that noun: whoever does that does the reporting, or
the object of a verb that makes its object act ("sent a reporter … to ask": the reporter asks).
"""

from __future__ import annotations

from auditor import lexicon
from auditor.cue_rules import person_like_np
from auditor.models import Word
from auditor.syntax import Tree

#: Why the holder was chosen, by its role (``purpose_holder``), with the governing word's text.
PURPOSE_WHY = {
    "clause": "subject of '{}', the clause the infinitive belongs to",
    "object": "object of '{}', who is to do what the infinitive reports",
    "possessor": "owner of '{}', whose purpose the infinitive states",
}


def purpose_holder(tree: Tree, verb: Word) -> tuple[Word, Word, str] | None:
    """Who does what the infinitive ``verb`` reports, when the parser hung "to ``verb``" without a subject
    on a word that cannot do the reporting (a thing, a place, an adverb): ``(word, governor, role)``.
    The role says what ``word`` is: "possessor" (the head of the noun phrase whose owner acts: "the
    mayor's failure to explain", "the board's decision to warn"), "object" (a person-like object of a verb
    that makes its object act: "sent a reporter to the docks to ask") or "clause" (``word`` is the verb
    whose subject acts: "seized on the vote to demand") or "nobody" (an impersonal clause: "there are
    better ways to say it"). None for an infinitive with a subject, on a verb, or on a person-like noun
    ("the only councillor to back the plan": the councillor backs it)."""
    if tree.children(verb.index, "nsubj", "nsubj:pass", "expl"):
        return None
    if not any(m.lemma.lower() == "to" and m.upos == "PART" for m in tree.children(verb.index, "mark")):
        return None
    if verb.deprel.split(":")[0] not in ("acl", "advcl"):
        return None
    head = tree.word(verb.head)
    if head is None or head.upos in ("VERB", "AUX") or person_like_np(tree, head):
        return None
    owned = _owned_purpose(tree, head)
    if owned is not None:
        return owned
    for anc in [head, *tree.ancestors(head.index)]:
        if anc.index > verb.index:
            return None  # the infinitive sits in a later verb's subject ("the plan to say … was dropped")
        if anc.upos in ("VERB", "AUX") or tree.children(anc.index, "nsubj", "nsubj:pass"):
            if tree.children(anc.index, "expl"):
                return anc, anc, "nobody"  # "there are better ways to say it", "it is hard to say"
            doer = _doer(tree, verb, anc)
            return (doer, anc, "object") if doer is not None else (anc, anc, "clause")
    return None


def _owned_purpose(tree: Tree, head: Word) -> tuple[Word, Word, str] | None:
    """The owner of a noun of doing (``purpose_nouns.txt``) the infinitive hangs on, or on the noun of
    whose "of" phrase it hangs: "the mayor's failure to explain" (the mayor), "Ruiz's use of a chart
    to show" (Ruiz)."""
    noun: Word | None = head
    for _ in range(2):
        if noun is None or noun.upos != "NOUN":
            return None
        owner = next(iter(tree.children(noun.index, "nmod:poss")), None)
        if owner is not None and noun.text.lower() in lexicon.words("purpose_nouns.txt"):
            return owner, noun, "possessor"
        if noun.deprel != "nmod":
            return None
        noun = tree.word(noun.head)
    return None


def _doer(tree: Tree, verb: Word, governor: Word) -> Word | None:
    """The object of ``governor`` that does what the infinitive reports when ``governor`` makes its
    object act (``object_control_verbs.txt``): a person-like object between the two verbs."""
    if governor.lemma.lower() not in lexicon.words("object_control_verbs.txt"):
        return None
    return next(
        (
            o
            for o in tree.children(governor.index, "obj")
            if governor.index < o.index < verb.index and person_like_np(tree, o)
        ),
        None,
    )


def named(words: list[Word]) -> bool:
    """Words that name someone: not none, and not a lone "it" or "there" ("it is easy to say")."""
    return bool(words) and not (len(words) == 1 and words[0].lemma.lower() in ("it", "there"))
