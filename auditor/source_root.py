"""The subject when the parser made the sentence's opening noun phrase its root: "Rep. Dana Whitlow
(D-Ohio), ranking member of the harbor committee, said/conj he …" has no main verb in the parse, so the
words from the sentence's start up to the reporting verb are read as its subject, cut at the first
clause of their own. Used by ``auditor.source_surface`` (the last fallback for a verb's source) and
``auditor.source_verb`` (the clause a participle adjunct belongs to).
"""

from __future__ import annotations

from auditor.cue_words import documentary, person_like
from auditor.models import Word
from auditor.source_phrase import RELATIVE
from auditor.syntax import FINITE_XPOS, Tree

_RELATIVE_OPENERS = RELATIVE | {"whose"}


def nominal_root_subject(tree: Tree, verb: Word) -> list[Word]:
    """ "Rep. Dana Whitlow (D-Ohio), ranking member of the harbor committee, said he …": the parser found
    no main verb, made the sentence's opening noun phrase its root and hung the reporting verb somewhere
    under it. When that root names a person, a body or a document, the words from the sentence's start
    (or a label's colon) up to the verb are the subject, cut at the first clause of their own outside a
    relative clause ("Pickets marched/VBD through the port, chanting …": the pickets)."""
    root = next((w for w in tree.words if w.head == 0), None)
    if root is None or root.upos not in {"NOUN", "PROPN"} or not root.index < verb.index:
        return []
    if not (person_like(root) or documentary(root)):
        return []  # "The plan's failure, including …, convinced many": no one to hold a view
    words = [w for w in tree.words if w.index < verb.index]
    colon = max((k + 1 for k, w in enumerate(words) if w.text == ":" and w.index < root.index), default=0)
    words = words[colon:]
    while words and words[0].upos == "PUNCT":  # an opening quotation mark or bracket
        words = words[1:]
    if not words or words[0].upos not in {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"}:
        return []  # an opening clause or adjunct ("On Sunday, …", "In his speech, …") is no subject
    out: list[Word] = []
    relative = False
    for w in words:
        if w.text == "," and relative:
            relative = False  # "Okafor, who runs the union, arrived …": the relative clause ends here
        relative = relative or (w.upos == "PRON" and w.lemma.lower() in _RELATIVE_OPENERS)
        finite = w.xpos in FINITE_XPOS and w.upos in {"VERB", "AUX"}
        if not relative and (
            finite
            or (w.upos == "VERB" and tree.children(w.index, "nsubj", "nsubj:pass"))
            or _main_past(tree, w)
        ):
            break
        out.append(w)
    while out and (out[-1].upos == "PUNCT" or out[-1].upos in {"CCONJ", "ADV"}):
        out.pop()
    return out if out and root in out else []


def _main_past(tree: Tree, w: Word) -> bool:
    """ "Ana Ruiz, chair of the port board, briefed/VBN crews …": a past form after a comma with an object
    right after it is the sentence's verb, whatever the tag; an appositive participle takes a phrase
    ("Ruiz, elected in 2019, said")."""
    prev, nxt = tree.prev(w), tree.next(w)
    return (
        w.upos == "VERB"
        and w.text.lower().endswith("ed")
        and prev is not None
        and prev.text == ","
        and nxt is not None
        and nxt.upos in {"NOUN", "PROPN", "PRON", "DET"}
    )
