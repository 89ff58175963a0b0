"""Frames in which a verb of the reporting lexicon reports nothing (``not_a_report``): the writer's
asides ("that said", "fair to say", "worth noting"), a thing's name ("a film called X"), an aim
("intended to show that"), particle verbs ("show up"), an appearance ("appeared on TV"), a reporter's
sign-off ("reported from Port Alder"), markup pasted from a web page ("</tweet>") and "say" set off by
commas ("than, say, a ferry"). Split from
cue_rules.py, which checks what a verb needs; cue_verbs.py asks both.
"""

from __future__ import annotations

from functools import cache

from auditor import lexicon
from auditor.cue_evidence import documentary_subject
from auditor.cue_rules import has_subject
from auditor.models import Word
from auditor.syntax import Tree

# verbs whose subject is the subject of the infinitive after them: "the mayor continued to suggest that …"
_RAISING = frozenset({"seem", "appear", "continue"})


def not_a_report(tree: Tree, w: Word, lemma: str, needs: str) -> str | None:
    """Why a reporting verb in this frame reports nothing, or None. Each frame was checked on PolNeAR
    train (removed cues that were wrong vs right): the writer's aside "it's fair to say", "needless to
    say" (say_idiom_adjectives.txt), "worth noting" (aside_gerund_leads.txt); a thing's name "a film
    called 'X'"; the aim "in order to show that"; a particle verb "show up", "find out"; "appeared on TV"
    (no clause of what seems); a markup tag's name ("<tweet …>" pasted from a web page)."""
    evidence = "evidence" in needs.split(",")
    if lemma == "say" and _after_idiom_adjective(tree, w):
        return "the writer's aside ('fair to say'), not a report"
    if writer_aside(tree, w):
        return "the writer's aside ('that said,'), not a report"
    before = tree.prev(w)
    if (
        before is not None
        and w.text.lower().endswith("ing")
        and before.text.lower() in lexicon.words("aside_gerund_leads.txt")
    ):
        return "the writer's aside ('worth noting'), not a report"
    if before is not None and before.text in ("<", "</"):  # pasted markup: "<tweet author=…>", "</tweet>"
        return "the name of a markup tag ('<tweet>'), not a word of the text"
    nxt = tree.next(w)
    if (
        w.text.lower() == "say"
        and before is not None
        and before.text == ","
        and nxt is not None
        and nxt.text == ","
    ):
        return "the writer's 'say' ('instead of, say, the council': for example), not a report"
    # a reporter's sign-off, "Okafor reported from Port Alder.": where the story was gathered, no claim
    if (
        lemma == "report"
        and nxt is not None
        and nxt.text.lower() == "from"
        and not tree.children(w.index, "obj", "ccomp", "xcomp", "parataxis", "advcl")
    ):
        return "a reporter's sign-off ('reported from Port Alder'), not a report of a claim"
    # the mini parser also hangs "watched a film called X" as xcomp of 'watched': a noun right before
    named = w.deprel == "acl" or (w.deprel == "xcomp" and before is not None and before.upos == "NOUN")
    # a name is no preposition: "as Okafor called/acl for a ban" is her call
    demand = nxt is not None and nxt.text.lower() in ("for", "on")
    if lemma == "call" and named and not demand and w.text.lower() == "called" and not has_subject(tree, w):
        return "names a thing ('a film called ...'), not a view"
    to = any(c.lemma.lower() == "to" for c in tree.children(w.index, "mark"))
    head = tree.word(w.head)
    # "has to show" is a modal the mini parser hangs as advcl of 'has': an obligation to show, kept
    if evidence and to and w.deprel in ("advcl", "acl") and not (head is not None and head.lemma == "have"):
        return "an aim ('to show that ...'), not evidence"
    # "she intended to show that …", "hoping to show that …": a person's aim; "the records continue to show"
    # keeps the document that controls the infinitive, "she appeared to suggest" the raising verb's subject
    if (
        evidence
        and to
        and w.deprel == "xcomp"
        and head is not None
        and head.lemma.lower() not in _RAISING
        and documentary_subject(tree, head) is None
    ):
        return "an aim ('intended to show that ...'), not evidence"
    # the particle right after the verb: in "polls show Okafor up" the 'up' belongs to Okafor
    prt = [c for c in tree.children(w.index, "compound:prt") if c.index == w.index + 1]
    if evidence and any(c.lemma.lower() in ("up", "out") for c in prt):
        return "a particle verb ('show up', 'find out')"
    # "she appeared on Fox News", "T-shirts appeared in front of ...": being seen somewhere, not a view;
    # "appears ready", "seems to", "it appears that", "seemed as if" have what it seems as a clause
    # a clause of its own about the place ("appeared at a fair where she spoke …") is no such clause
    # (an adverbial clause says why or when, not what seems: "appeared on the radio to explain the vote");
    # the sentence's end right after the verb is an appearance too ("The footage appears again.")
    # ("seems like a long shot" is a view: "like", "as" and "to" open what seems)
    placed = nxt is not None and nxt.upos == "ADP" and nxt.text.lower() not in ("like", "as", "to")
    ended = nxt is None or nxt.text in (".", "!", "?")
    if (
        "evidential" in needs.split(",")
        and (placed or ended)
        and all(_where_clause(tree, c) for c in tree.children(w.index, "xcomp", "ccomp", "csubj"))
    ):
        return "an appearance somewhere, not how things seem"
    return None


def reduced_relative(tree: Tree, w: Word) -> bool:
    """A verb of ``object_preposition_verbs.txt`` in the past form right after a noun, with its
    preposition next and no auxiliary ("the driver accused of speeding", "a man charged with fraud"):
    a passive participle on that noun, whatever the parser made of it (often the main verb)."""
    prev, nxt = tree.prev(w), tree.next(w)
    preposition = lexicon.table("object_preposition_verbs.txt").get(w.lemma.lower(), ("",))[0]
    return (
        w.text.lower().endswith("ed")
        and prev is not None
        and prev.upos in ("NOUN", "PROPN")
        and nxt is not None
        and nxt.text.lower() == preposition
        and not tree.children(w.index, "aux", "aux:pass")
    )


def _where_clause(tree: Tree, clause: Word) -> bool:
    """A clause with its own subject opened by "where" or "when": "a fair where she spoke …"."""
    opener = tree.children(clause.index, "advmod", "mark")
    return bool(tree.children(clause.index, "nsubj")) and any(
        o.text.lower() in ("where", "when") for o in opener
    )


def _after_idiom_adjective(tree: Tree, w: Word) -> bool:
    """ "fair to say", "easy for you to say", "needless to say": an adjective of the list, then 'to'
    (optionally 'for' someone between) right before the verb."""
    prev = tree.prev(w)
    if prev is None or prev.text.lower() != "to":
        return False
    before = tree.prev(prev)
    if before is not None and (pp := tree.prev(before)) is not None and pp.text.lower() == "for":
        before = tree.prev(pp)  # "easy for you to say"
    return before is not None and before.text.lower() in lexicon.words("say_idiom_adjectives.txt")


def writer_aside(tree: Tree, w: Word) -> bool:
    """The verb belongs to a set phrase of writer_asides.txt ("that said", "to say the least") set off
    from the sentence: nothing, punctuation, a conjunction or an adverb before it ("But that said,"),
    and punctuation or the sentence's end after it. "The man that said, ..." has a noun before it."""
    text = w.text.lower()
    for phrase in _asides():
        for k, token in enumerate(phrase):
            if token != text:
                continue
            first = w.index - k
            words = [tree.word(first + i) for i in range(len(phrase))]
            if any(x is None or x.text.lower() != t for x, t in zip(words, phrase, strict=True)):
                continue
            before, after = tree.word(first - 1), tree.word(first + len(phrase))
            if (before is None or before.upos in ("PUNCT", "CCONJ", "ADV")) and (
                after is None or after.upos == "PUNCT"
            ):
                return True
    return False


@cache
def _asides() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.lower().split()) for line in lexicon.entries("writer_asides.txt"))
