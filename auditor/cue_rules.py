"""Requirements a reporting verb must meet to count as a cue (the 'needs' column of reporting_verbs.txt),
and who holds a view: person-like subjects, documentary subjects ("the poll showed"), nearest subjects.

Split from cues.py, which finds the candidate verbs; these rules judge one verb on its parse.
"""

from __future__ import annotations

from functools import cache

from auditor import lexicon
from auditor.models import QuoteSpan, Word
from auditor.syntax import Tree, agent, auxiliary_before, is_passive

EXPLETIVES = frozenset({"it", "there"})
NON_PERSON = frozenset({"it", "this", "that", "which", "what", "there", "these", "those", "its"})


def has_subject(tree: Tree, word: Word) -> bool:
    """The word has a nominal subject other than an expletive ("it seems", "there are")."""
    return any(w.lemma.lower() not in EXPLETIVES for w in tree.children(word.index, "nsubj", "nsubj:pass"))


def need_met(
    need: str, tree: Tree, w: Word, content: str | None, q_near: list[QuoteSpan], subj: bool
) -> str | None:
    """Whether one requirement of reporting_verbs.txt holds; returns why (non-None) when it does."""
    if need == "quote":
        return "quotation" if q_near else None
    if need == "content":
        return content
    if need == "claim":
        if content is not None or q_near:
            return content or "quotation"
        claim_obj = [
            o for o in tree.children(w.index, "obj") if o.lemma.lower() in lexicon.words("claim_nouns.txt")
        ]
        return f"claim object '{claim_obj[0].text}'" if claim_obj else None
    if need == "clause":
        return content if content not in (None, "quotation") else None
    if "@" in need:  # "call | ... | person@for/on": a person subject and one of these prepositions next
        base, preps = need.split("@", 1)
        nxt = tree.next(w)
        if nxt is None or nxt.upos != "ADP" or nxt.text.lower() not in preps.split("/"):
            return None
        return (
            f"person-like subject and '{nxt.text}'"
            if need_met(base, tree, w, content, q_near, subj)
            else None
        )
    if need == "evidence":  # "the latest poll showed Trump leading", "records show he backed McCain"
        subj_word = nearest_subject(tree, w)
        ok = subj_word is not None and not is_passive(tree, w) and documentary(subj_word)
        return f"evidence subject '{subj_word.text}'" if ok and subj_word is not None else None
    if need == "naming":  # "they called him an opportunist", "calling Trump a fascist": a label is a view
        objs = tree.children(w.index, "obj", "iobj")
        labels = [x for x in tree.children(w.index, "obj", "xcomp") if x.upos in {"NOUN", "ADJ", "PROPN"}]
        # "called her mother": "her" is a possessive the parser took for an object; a label after an
        # ambiguous her/his/its/their needs its own determiner or adjective ("called her a liar").
        named = any(
            o.index < x.index and not (_possessive_form(o) and x.index == o.index + 1 and x.upos == "NOUN")
            for o in objs
            for x in labels
        )
        ok = named and not is_passive(tree, w) and (person_subject(tree, w) or not has_subject(tree, w))
        return "a name given to someone" if ok else None
    if need == "person":  # stance verbs ("officials criticized", "she refused"): someone holds the view
        return "person-like subject" if w.upos == "VERB" and person_subject(tree, w) else None
    return content or ("quotation" if q_near else None) or ("subject" if subj else None)  # "any"


def _possessive_form(w: Word) -> bool:
    """A pronoun that can also be a possessive determiner ("her", "his", "its", "their")."""
    return w.upos == "PRON" and w.text.lower() in {"her", "his", "its", "their"}


def person_like(w: Word) -> bool:
    """A subject that can hold a view: a personal pronoun, a proper noun, or a source/role noun."""
    if w.upos == "PRON":
        return w.lemma.lower() not in NON_PERSON and w.text.lower() not in NON_PERSON
    if w.upos == "PROPN":
        return True
    return w.upos == "NOUN" and (w.text.lower() in _holders() or w.lemma.lower() in _holders())


@cache
def _holders() -> frozenset[str]:
    """Source nouns that can hold a view: people and bodies, not documents ("the statement did not say")."""
    nouns = {k for k, v in lexicon.table("source_nouns.txt").items() if v and v[0] != "document"}
    return frozenset(nouns | lexicon.words("collective_sources.txt"))


@cache
def _documents() -> frozenset[str]:
    return frozenset(
        k for k, v in lexicon.table("source_nouns.txt").items() if v and v[0].strip() == "document"
    )


def documentary(w: Word) -> bool:
    """A poll, report, survey, records: evidence that can 'show' or 'find' something."""
    return w.upos in {"NOUN", "PROPN"} and (w.text.lower() in _documents() or w.lemma.lower() in _documents())


def nearest_subject(tree: Tree, w: Word) -> Word | None:
    """The verb's nsubj nearest before it (else the first after), looking through a perfect auxiliary
    and, for a conjoined verb without a subject, its head's: "X criticized Y and praised Z"."""
    holders = [w]
    if (aux := auxiliary_before(tree, w)) is not None:
        holders.append(aux)
    if w.deprel == "conj" and not tree.children(w.index, "nsubj") and (head := tree.word(w.head)):
        holders.append(head)
    subjects = [x for h in holders for x in tree.children(h.index, "nsubj")]
    # nearest: the mini parser also hangs fronted words on the verb ("Earlier/nsubj, Trump called")
    before = [x for x in subjects if x.index < w.index]
    return before[-1] if before else (subjects[0] if subjects else None)


def person_subject(tree: Tree, w: Word) -> bool:
    """The verb's subject (or its passive agent, or the subject of the verb it is conjoined to) is
    person-like: "the bill supports jobs" is not a stance, "Republicans support the bill" is."""
    if is_passive(tree, w):
        by = agent(tree, w)
        return by is not None and person_like(by)
    subject = nearest_subject(tree, w)
    return subject is not None and person_like(subject)
