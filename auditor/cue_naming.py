"""The naming frame of a reporting verb ("call | … | naming" in reporting_verbs.txt): an object and a
label given to it, "they called him an opportunist", "calling Ruiz a hypocrite". A label is a view,
so the verb reports one. Split from cue_rules.py, which checks the subject and voice.
"""

from __future__ import annotations

from auditor.models import Word
from auditor.syntax import Tree

_LABEL_UPOS = frozenset({"NOUN", "ADJ", "PROPN"})


def _possessive_form(w: Word) -> bool:
    """A pronoun that can also be a possessive determiner ("her", "his", "its", "their")."""
    return w.upos == "PRON" and w.text.lower() in {"her", "his", "its", "their"}


def _label(tree: Tree, x: Word) -> bool:
    """A label the parser hung on the verb: a noun or adjective object or predicate, or a participle
    used as an adjective ("called the charges unsubstantiated/VBN")."""
    if x.deprel == "xcomp" and x.upos == "VERB":
        return x.xpos == "VBN" and not tree.children(x.index, "mark", "obj", "aux", "aux:pass")
    return x.upos in _LABEL_UPOS


def _bare_label(tree: Tree, obj: Word) -> bool:
    """ "called her vote in favor of the plan a mistake": the parser hung the label ("a mistake") as
    a modifier somewhere inside the object phrase, with no preposition of its own; its indefinite
    article marks it as a new noun phrase, the label."""
    for x in tree.subtree(obj.index):
        if x.index <= obj.index or x.deprel != "nmod" or x.upos not in _LABEL_UPOS:
            continue
        dets = tree.children(x.index, "det")
        if not tree.children(x.index, "case") and any(
            d.lemma.lower() == "a" and d.index < x.index for d in dets
        ):
            return True
    return False


def labelled(tree: Tree, w: Word) -> bool:
    """The verb has an object and, after it, a label for it."""
    objs = tree.children(w.index, "obj", "iobj")
    labels = [x for x in tree.children(w.index, "obj", "xcomp") if _label(tree, x)]
    # "called her mother": "her" is a possessive the parser took for an object; a label after an
    # ambiguous her/his/its/their needs its own determiner or adjective ("called her a liar").
    return any(
        o.index < x.index and not (_possessive_form(o) and x.index == o.index + 1 and x.upos == "NOUN")
        for o in objs
        for x in labels
    ) or any(not _possessive_form(o) and _bare_label(tree, o) for o in objs)
