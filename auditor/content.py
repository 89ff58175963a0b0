"""The attributed content of a reporting verb: the reported clause, the clause before ", X said",
the rest after a colon, or the verb's object ("denied reports of ...").

Used by ``auditor.sources``; the parse is weak, so a that-clause found on the surface backs the ccomp.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.cues import complementizer, verb_kind, verb_lemma
from auditor.models import ParsedArticle, Sentence, Span, Word
from auditor.source_phrase import only_time
from auditor.syntax import Tree

SAY_LIKE = frozenset(
    {"say", "state", "claim", "allege", "believe", "think", "argue", "insist", "suggest", "add"}
)

# Prepositions whose phrase belongs to the reported content: "warned of", "criticized X for Y"
CASES = ("as", "of", "about", "on", "against")
STANCE_CASES = (*CASES, "for", "to", "with")


def strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in " \t\n,;:—–":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:—–":
        end -= 1
    return Span(start=start, end=end) if end > start else None


def content_for_verb(
    parsed: ParsedArticle, s: Sentence, tree: Tree, verb: Word, source: list[Word]
) -> Span | None:
    """The reported clause: ccomp or that-clause, the clause before ", X said", a colon's rest, the object."""
    text = parsed.article.text
    src = {w.index for w in source}
    end_of_sentence = s.end - tail(text, s)
    that_word = None
    for k in range(1, 15):  # "said that", "told reporters that", "shared with CNN last week that"
        w = tree.word(verb.index + k)
        if w is None or w.index in src:
            break
        if complementizer(tree, w):
            that_word = w
            break
        if w.upos not in ("PRON", "PROPN", "NOUN", "DET", "ADV", "ADP", "NUM", "ADJ"):
            break
    ccomp = tree.child(verb.index, "ccomp")
    if ccomp is not None:
        sub = tree.subtree(ccomp.index)
        if not src & {w.index for w in sub} and verb.index not in {w.index for w in sub}:
            start = min(w.start for w in sub)
            if that_word is not None and ccomp.index > verb.index:
                start = min(start, that_word.start)
            return strip_span(text, start, max(w.end for w in sub))
    if that_word is not None:
        return strip_span(text, that_word.start, end_of_sentence)
    # a stance ("praised X for Y", "referring to X") is about its object, not a neighbouring clause
    stance = verb_kind(verb) == "stance_verb"
    first = min([verb.start] + [w.start for w in source])
    before = text[s.start : first].rstrip()
    rest = [w for w in tree.words if w.index > verb.index and w.index not in src and w.upos != "PUNCT"]
    trailing = len(rest) <= 6
    if (
        before.endswith(",") and len(before.split()) >= 3 and trailing and not stance
    ):  # "X, the source added."
        return strip_span(text, s.start, s.start + len(before) - 1)
    after = text[verb.end : s.end]
    if after.lstrip(" ,").startswith(":"):
        return strip_span(text, verb.end + after.index(":") + 1, end_of_sentence)
    if verb.lemma.lower() == "tell" or verb_lemma(verb) == "tell":
        return None  # the object of "tell" is the recipient
    objs = [
        w for w in tree.children(verb.index, "obj", "xcomp") if w.index > verb.index and w.index not in src
    ]
    objs += [
        o
        for o in tree.children(verb.index, "obl")
        if o.index > verb.index
        and any(
            c.lemma.lower() in (STANCE_CASES if stance else CASES) for c in tree.children(o.index, "case")
        )
    ]
    if objs:
        words = [w for o in objs for w in tree.subtree(o.index) if w.index not in src]
        # empty when the object's whole subtree is the source itself (a parse loop on weak parses)
        if words and not only_time(words):  # "announced earlier Friday" reports nothing
            return strip_span(text, min(w.start for w in words), max(w.end for w in words))
    times = lexicon.words("time_words.txt")
    clause_like = rest and rest[0].upos not in {"ADP", "ADV"} and rest[0].text.lower() not in times
    if (
        not trailing
        and verb_lemma(verb) in SAY_LIKE
        and clause_like
        and any(w.upos in {"VERB", "AUX"} for w in rest)
    ):
        # "said the partnership ... has evolved": a complement clause without "that"
        return strip_span(text, rest[0].start, end_of_sentence)
    return None


def tail(text: str, s: Sentence) -> int:
    n = 0
    while n < s.end - s.start and text[s.end - 1 - n] in ".!?":
        n += 1
    return n
