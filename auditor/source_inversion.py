"""Read the speaker after the verb: inversions ("“…,” said Zelenskyy", "The contrast, said Doyle, is clear").

English puts the speaker after a reporting verb after a quotation or a comma. The mini parser often gets
those wrong (the name the verb's object, the words before the comma its subject), so these readings go by
the surface: a proper name right after the verb, set off by punctuation, not a hearer, date or clause.
"""

from __future__ import annotations

from auditor.cues import verb_kind, verb_lemma
from auditor.models import Word
from auditor.source_after import surface_np_right
from auditor.source_description import OF_LINKS
from auditor.source_phrase import only_time, source_nouns
from auditor.syntax import CLOSING_QUOTES, FINITE_XPOS, POSSESSIVE_S, Tree

RECIPIENT_VERBS = ("tell", "inform", "assure", "remind", "urge")  # the phrase after them is the hearer


def name_right_after(tree: Tree, verb: Word, stop: set[int]) -> list[Word]:
    """The inverted name phrase starting right after the verb, when its first word is a proper noun."""
    nxt, after = tree.word(verb.index + 1), tree.word(verb.index + 2)
    if nxt is None or nxt.upos != "PROPN" or nxt.index in stop:
        return []
    if after is not None and after.text in POSSESSIVE_S:
        return []  # "said Ruiz’s top aide Owen Haldane": the aide speaks, not Ruiz
    right = inverted_subject(tree, verb, stop)
    return right if right and right[0].index == nxt.index else []


def inverted_subject(tree: Tree, verb: Word, stop: set[int]) -> list[Word]:
    """The name after the verb in '“…,” said Zelenskyy'. Not the recipient of "told AFP", the object of a
    stance verb, a date ("said Wednesday") or the subject of the reported clause ("says she warned")."""
    if verb_lemma(verb) in RECIPIENT_VERBS or verb_kind(verb) == "stance_verb":
        return []
    right = [w for w in surface_np_right(tree, verb.index) if w.index not in stop]
    if not right or only_time(right):
        return []
    link = next((k for k, w in enumerate(right) if k and w.lemma.lower() in OF_LINKS), None)
    tail = right[link + 1 :] if link is not None else []
    if (
        link is not None
        and any(w.upos == "PROPN" for w in right[:link])
        and not any(w.text[:1].isupper() or w.text.lower() in source_nouns() for w in tail)
    ):
        right = right[:link]  # "said Smith of the proposal": what Smith spoke of, not where he works
    nxt = tree.word(right[-1].index + 1)
    if nxt is not None and (nxt.upos in {"VERB", "AUX"} or (right[0].upos == "PRON" and nxt.upos != "PUNCT")):
        return []
    return right


def set_off_inversion(tree: Tree, verb: Word, stop: set[int], text: str) -> list[Word]:
    """'The contrast, said Doyle, would be clear': a finite speech verb right after a comma or closing quote,
    with a proper name right after it that punctuation sets off, is an inversion, whatever the parser made of
    it (the name the verb's object, the words before the comma its subject)."""
    if verb_kind(verb) not in {"speech_verb", "writing_verb"} or (verb.xpos or "") not in FINITE_XPOS:
        return []
    if not text[tree.sentence.start : verb.start].rstrip().endswith((",", *CLOSING_QUOTES)):
        return []
    right = name_right_after(tree, verb, stop)
    nxt = tree.word(right[-1].index + 1) if right else None
    if nxt is not None and nxt.upos == "CCONJ":  # "said Doyle and others"
        more = [w for w in surface_np_right(tree, nxt.index) if w.index not in stop]
        right = [*right, nxt, *more] if more else []
        nxt = tree.word(right[-1].index + 1) if right else None
    if not right or (nxt is not None and nxt.text not in {",", ".", ";", "—", "–"}):
        return []
    # with no subject before the verb the usual paths find the name; one before it is the parser's error
    subjects = tree.children(verb.index, "nsubj", "nsubj:pass")
    return right if any(w.index < verb.index for w in subjects) else []
