"""Widen a verb cue to the words a reader takes as part of it, and mark negated cues.

A cue found on one word ("say") is evidence shown to a journalist, and the bare verb can mislead: "did
not say" is the opposite of "said". This stage grows each verb cue over the adjacent words that belong
to the verb — auxiliaries and modals ("has said", "will discuss"), negation ("did not mention"),
"also", a particle ("pointed out") and the preposition of a prepositional verb from
``cue_prepositions.txt`` ("called for") — and sets ``negated`` when a negation governs it or the verb
refuses to speak ("declined to comment", ``refusals.txt``). The span stays
one contiguous run of words, so its offsets still point at what the reader sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from auditor import lexicon
from auditor.models import Attribution, Cue, ParsedArticle, Word
from auditor.syntax import Tree, own_span, surname_modal
from auditor.verb_lexicon import verb_lemma

NEGATIONS = frozenset({"not", "n't", "never", "no"})
_LEFT_RELS = frozenset({"aux", "aux:pass", "advmod", "cop"})
_LEFT_ADVERBS = NEGATIONS | {"also", "again", "repeatedly", "previously", "later", "first", "already"}
_VERB_KINDS = frozenset({"speech_verb", "writing_verb", "cognition_verb", "stance_verb"})


@cache
def _prepositions() -> frozenset[tuple[str, str]]:
    rows = (line.split("|") for line in lexicon.entries("cue_prepositions.txt"))
    return frozenset((verb.strip().lower(), prep.strip().lower()) for verb, prep in rows)


def _belongs_left(w: Word, head: Word) -> bool:
    """An auxiliary, modal, negation or "also" attached to the cue verb."""
    if w.head != head.index or w.deprel not in _LEFT_RELS:
        return False
    return w.deprel != "advmod" or w.text.lower() in _LEFT_ADVERBS


@cache
def _refusals() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.table("refusals.txt").items() if v}


def refusal_over(tree: Tree, w: Word) -> Word | None:
    """The refusal ("declined", "refused") whose xcomp is the speech verb ``w`` ("to say", "to
    comment"), or None (``refusals.txt``)."""
    table = _refusals()
    up = tree.word(w.head) if w.deprel == "xcomp" else None
    if up is None or table.get(up.lemma.lower()) != "refuse" or table.get(w.lemma.lower()) != "speak":
        return None
    return up


def chained_infinitive(tree: Tree, w: Word) -> Word | None:
    """The reporting verb that continues ``w`` as its infinitive right after it ("seemed to suggest",
    "refused, again, to concede", "interjected to say", "is expected to announce"): an xcomp of ``w``
    with a reporting-verb lemma, with only "to", adverbs and commas between. The two make one cue, the
    outer verb's, which says how the inner one is meant (seeming, refusing, expected)."""
    for x in tree.children(w.index, "xcomp"):
        if x.index <= w.index or x.upos != "VERB" or verb_lemma(x) is None:
            continue
        between = [y for y in tree.words if w.index < y.index < x.index]
        to = [y for y in between if y.lemma.lower() == "to" and y.upos == "PART"]
        if to and all(y in to or y.upos == "ADV" or y.text == "," for y in between):
            return x
    return None


def _refusal(tree: Tree, head: Word) -> bool:
    """A refusal to speak ("declined to comment", "refused to discuss"): a report of NOT telling."""
    return any(refusal_over(tree, k) is not None for k in tree.children(head.index, "xcomp"))


def cue_negated(tree: Tree, head: Word) -> bool:
    negation = any(
        k.text.lower() in NEGATIONS and k.deprel in ("advmod", "neg", "det")
        for k in tree.children(head.index)
    )
    return negation or _refusal(tree, head)


def widen(parsed: ParsedArticle, cue: Cue) -> Cue:
    """The cue grown over its auxiliaries, negation, particle and preposition; other kinds unchanged."""
    if cue.kind not in _VERB_KINDS or not cue.head:
        return cue
    s = parsed.sentences[cue.sentence]
    tree = Tree(s)
    head = tree.word(cue.head)
    if head is None or not (cue.start <= head.start and head.end <= cue.end):
        return cue
    by_pos = {w.index: w for w in s.words}
    first = last = head
    while (prev := by_pos.get(first.index - 1)) is not None and _belongs_left(prev, head):
        if surname_modal(tree, prev):
            break  # "Theresa May/AUX said": the name's, not the verb's
        first = prev
    nxt = by_pos.get(last.index + 1)
    if nxt is not None and nxt.head == head.index and nxt.deprel == "compound:prt":
        last = nxt
        nxt = by_pos.get(last.index + 1)
    lemma = (head.lemma or head.text).lower()
    if (
        nxt is not None
        and (lemma, nxt.text.lower()) in _prepositions()
        and nxt.upos in ("ADP", "ADV", "PART")
    ):
        last = nxt
    text = parsed.article.text
    start, end = min(own_span(first, text)[0], cue.start), max(own_span(last, text)[1], cue.end)
    negated = cue_negated(tree, head)
    if (start, end) == (cue.start, cue.end) and not negated:
        return cue
    rule = cue.rule + ("; negated" if negated else "")
    # the widened words may hedge ("it is said"); a cue that hedged alone still does
    # whether the cue hedges stays as decided on its word: the widened words (auxiliaries, negation,
    # "also", a particle or preposition) open no hedge ("it is said …" starts with "it", never widened)
    return cue.model_copy(
        update={"start": start, "end": end, "text": text[start:end], "negated": negated, "rule": rule}
    )


def widen_extraction(
    parsed: ParsedArticle, cues: tuple[Cue, ...], attributions: tuple[Attribution, ...]
) -> tuple[tuple[Cue, ...], tuple[Attribution, ...]]:
    """The cues widened, and the attributions with the same widened cues: each cue is widened once."""
    widened = {c: widen(parsed, c) for c in cues}
    return tuple(widened[c] for c in cues), widen_attributions(parsed, attributions, widened)


def widen_attributions(
    parsed: ParsedArticle, attributions: tuple[Attribution, ...], widened: Mapping[Cue, Cue] | None = None
) -> tuple[Attribution, ...]:
    """Attributions with their cues widened; a negated cue says so in the attribution's rule too.

    Runs after the sources are found, so source and content rules keep reading the one-word cue.
    ``widened`` holds cues already widened (an attribution's cue is one of the article's cues).
    """
    done = widened or {}
    out = []
    for a in attributions:
        cue = None if a.cue is None else done.get(a.cue) or widen(parsed, a.cue)
        inside_cue = cue is not None and a.content is not None and cue.start <= a.content.start < cue.end
        if cue == a.cue and not inside_cue:
            out.append(a)
            continue
        rule = a.rule + (
            "; negated cue: the source is reported as NOT saying this" if cue and cue.negated else ""
        )
        update: dict[str, object] = {"cue": cue, "rule": rule}
        content = a.content
        if cue is not None and content is not None and cue.start <= content.start < cue.end < content.end:
            # "referring to | to the mayor as …", "seemed to suggest | to suggest that …": the words the
            # cue took (a preposition, the infinitive of cues.py's chained verbs) are not what was said
            gap = parsed.article.text[cue.end : content.end]
            start = cue.end + len(gap) - len(gap.lstrip())
            update["content"] = content.model_copy(update={"start": start})
        out.append(a.model_copy(update=update))
    return tuple(out)
