"""The passive agent as a source phrase: "was praised by the union" names the union. The parser hangs
more on the agent's noun than the name: the question asked ("asked by the moderator whether …"), a
reason or topic ("criticized by critics for the toll", "asked by a reporter about the toll"), a
purpose ("called by the union to delay the vote"), a participle clause ("…, ending his run") and a
time or place of the event ("by the captain on Friday at the pier"). The phrase is cut before
the first of them. Used by ``auditor.source_verb``.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.models import Word
from auditor.source_phrase import is_relative, np_from_subtree, trim_words
from auditor.syntax import Tree

# prepositions that open why or about what, not who: "criticized by critics for the toll"
_REASON_PREPOSITIONS = frozenset({"for", "about", "over"})
# prepositions whose phrase, when a time word follows, says when: "by the captain on Friday at the pier"
_TIME_PREPOSITIONS = frozenset({"on", "at", "in", "during"})


def agent_phrase(tree: Tree, by: Word, stop: set[int], text: str) -> list[Word]:
    """The agent ``by`` heads, as a reader names it, without the "by" itself."""
    words = [w for w in np_from_subtree(tree, by, stop, text) if w.lemma.lower() != "by"]
    # not inside a relative clause: "the crews at the gate, who cheered for an hour" keeps its clause
    relative = next((k for k, w in enumerate(words) if w.upos == "PRON" and is_relative(w)), len(words))
    cut = next(
        (k for k, w in enumerate(words[:relative]) if k > 0 and w.index > by.index and _cuts(tree, w)), None
    )
    if cut is not None:
        words = words[:cut]
    return trim_words(words, text)


def _cuts(tree: Tree, w: Word) -> bool:
    """Whether the agent phrase ends before ``w``."""
    low, nxt = w.text.lower(), tree.next(w)
    if w.upos == "SCONJ" and low in ("whether", "if"):
        return True  # "was asked by the moderator whether …": the question
    if w.upos == "ADP" and low in _REASON_PREPOSITIONS:
        return True
    if nxt is None:
        return False
    if low == "to" and w.upos == "PART" and nxt.upos in ("VERB", "AUX"):
        return True  # "called by the union to delay the vote"
    if w.text == "," and nxt.upos == "VERB" and nxt.text.lower().endswith("ing"):
        return True  # "rejected by voters, ending his run"
    times = lexicon.words("time_words.txt")
    return w.upos == "ADP" and low in _TIME_PREPOSITIONS and nxt.text.lower() in times
