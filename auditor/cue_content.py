"""What a reporting verb reports: a that-clause, a bare clause, a quotation next to it, a colon.

Split from cues.py: ``has_content`` names the kind of reported content a candidate verb has on its
parse (or None), with surface fallbacks because the mini parser often attaches clauses wrongly.
"""

from __future__ import annotations

import re

from auditor import lexicon, spans
from auditor.cue_rules import has_subject
from auditor.models import QuoteSpan, Sentence, Word
from auditor.source_phrase import RELATIVE, date_phrase
from auditor.spans import index_of
from auditor.syntax import Tree
from auditor.verb_lexicon import verb_kind


def inside(quotes: tuple[QuoteSpan, ...], start: int, end: int) -> bool:
    """``[start, end)`` lies within the words of a quotation (the marks excluded)."""
    return bool(index_of(quotes, spans.inner).containing(start, end))


def quote_starting_at(quotes: tuple[QuoteSpan, ...], pos: int) -> QuoteSpan | None:
    """The quotation whose opening mark is at offset ``pos``, if any."""
    return next((q for q in index_of(quotes).covering(pos) if q.start == pos), None)


_SPACES = re.compile(r"\s*")


def quote_after_spaces(text: str, pos: int, quotes: tuple[QuoteSpan, ...]) -> QuoteSpan | None:
    """The quotation opening after nothing but spaces from ``pos`` on (a quotation opens with a mark, so
    it must start exactly where the spaces end)."""
    gap = _SPACES.match(text, pos)
    return quote_starting_at(quotes, gap.end() if gap else pos)


def quotes_in(s: Sentence, quotes: tuple[QuoteSpan, ...]) -> tuple[QuoteSpan, ...]:
    """The quotations that share a character with sentence ``s``, in their order."""
    return tuple(index_of(quotes).overlapping(s.start, s.end))


def close_to(text: str, w: Word, q: QuoteSpan) -> bool:
    """A quotation the verb can introduce or close: shortly after it in the same sentence ("calling them
    “a hoax”"), or ending just before it (“…,” he urged)."""
    if q.start >= w.end:
        gap = text[w.end : q.start]
        return len(gap) <= 60 and not any(c in gap for c in ".;!?")
    if q.end <= w.start:
        gap = text[q.end : w.start]
        return len(gap) <= 40 and not any(c in gap for c in ".;!?")
    return False


def object_before(tree: Tree, q: QuoteSpan, w: Word) -> bool:
    """A quotation right after the verb's object, however long the object ("called Ruiz's ignorance of
    advice from seasoned commanders “disrespectful”"): the words between are all the object's."""
    between = [x for x in tree.words if w.end <= x.start and x.end <= q.start]
    objects = [o for o in tree.children(w.index, "obj") if o.index > w.index]
    if not between or not objects or len(between) > 20:
        return False
    inside = {x.index for x in tree.subtree(objects[0].index)}
    # "seasoned/VBN commanders": a participle modifying a noun of the object is still the object
    return all(
        x.index in inside and (x.upos not in {"PUNCT", "VERB", "AUX"} or x.deprel == "amod") for x in between
    )


def speaker_between(tree: Tree, text: str, q: QuoteSpan, w: Word) -> bool:
    """A quotation closed with a comma, then a speaker too long for ``close_to``, then the verb
    (“…,” Dana Whitlow of the Harbor Institute for Port Studies wrote): the words between are one noun
    phrase with its prepositional phrases, no verb, pronoun or clause."""
    if q.end > w.start or not text[q.start : q.end].rstrip("”’\"' ").endswith(","):
        return False
    words = [x for x in tree.words if q.end <= x.start and x.end <= w.start]
    if not words or len(words) > 14 or words[0].upos == "ADP":
        return False
    return all(x.upos in _SPEAKER_POS or x.text == "," for x in words) and any(
        x.upos in {"PROPN", "NOUN"} for x in words
    )


_SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "ADP", "CCONJ", "X"})


def complementizer(tree: Tree, w: Word) -> bool:
    """'that'/'whether'/'if' opening a clause, not the determiner in "repeat that error". By the
    word, not the lemma: the lemmatiser turns "those" into "that"."""
    word = w.text.lower()
    if word not in ("that", "whether", "if"):
        return False
    nxt = tree.next(w)
    after = tree.word(w.index + 2)
    if (
        word == "that"
        and nxt is not None
        and nxt.upos == "NOUN"
        and (after is None or after.upos in {"CCONJ", "PUNCT"})
    ):
        return False  # "repeat that error and ...": a determiner
    if w.upos == "PRON" and w.deprel.split(":")[0] in ("nsubj", "obj"):
        # "the rumours that have spread": a relative pronoun; but "found that at least 12 people
        # died", parsed as the object of the verb right before it with a clause after, opens the clause
        return w.deprel == "obj" and w.head == w.index - 1 and _verb_after(tree, w)
    if w.upos == "SCONJ" or word != "that":
        return True
    return w.upos != "DET" and not (nxt is not None and nxt.upos == "NOUN" and w.upos == "PRON")


def _verb_after(tree: Tree, w: Word) -> bool:
    """A verb later in the sentence, after at least two more words (a clause, not "said that.")."""
    return any(x.index > w.index + 1 and x.upos in {"VERB", "AUX"} for x in tree.words)


def _bare_complement(tree: Tree, word: Word) -> bool:
    """'suggested the reports could be true' parsed as obj + conj: a clause with its own auxiliary."""
    if not tree.children(word.index, "obj"):
        return False
    for c in tree.children(word.index, "conj", "xcomp", "advcl", "parataxis"):
        if c.index > word.index and any(
            a.upos == "AUX" and a.lemma.lower() not in ("do", "to")
            for a in tree.children(c.index, "aux", "cop")
        ):
            return True
    return False


def _bare_clause(tree: Tree, word: Word) -> bool:
    """'saying he was tired', 'Both think Ruiz delayed the vote': a clause without 'that' whose
    subject comes right after the verb, however the parser attached the clause (the mini parser often
    makes it an xcomp or a conj; any verb form, PolNeAR train: 30 of 52 new cues gold, most of the rest
    real reports the annotators left out, "Dana thinks inspectors require too many permits")."""
    for k in range(1, 5):
        x = tree.word(word.index + k)
        if x is None or x.upos in {"PUNCT", "VERB", "AUX", "ADP", "SCONJ"}:
            return False
        if x.deprel in ("nsubj", "nsubj:pass") and x.head > x.index and x.head != word.index:
            head = tree.word(x.head)
            return (
                head is not None
                and head.upos in {"VERB", "AUX", "ADJ"}
                and x.upos in {"PRON", "PROPN", "NOUN"}
            )
    return False


def ends_clause(tree: Tree, w: Word) -> bool:
    """Nothing but punctuation, a conjunction or "too"/"either" follows ``w`` ("said yes.", "said no,
    and left", "thinks so, too")."""
    after = tree.next(w)
    return after is None or after.upos in {"PUNCT", "CCONJ"} or after.text.lower() in ("too", "either")


_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})
_RELATIVE = RELATIVE | {"whose"}


def short_tail(tree: Tree, word: Word, rest: list[Word]) -> bool:
    """Little follows the verb before the clause ends, as after an inverted or parenthetical report:
    six words in all; or, for a speech or writing verb, six words up to the next comma ("said on
    Tuesday, and it has ...", "say some residents, who worry ...") or up to twelve words of adjuncts
    with no verb in them ("said at a news conference in Harbour Hall in March")."""
    if len(rest) <= 6:
        return True
    # the longer allowance is for saying and writing only, and not in a relative clause: "known as",
    # "found", "who has repeatedly pledged" are no parenthetical reports
    if verb_kind(word) not in ("speech_verb", "writing_verb") or word.deprel.startswith("acl"):
        return False
    tail = []
    for w in tree.words[word.index :]:  # the words after the verb, in order
        if w.text in _CLAUSE_MARKS:
            break
        if w.upos != "PUNCT":
            tail.append(w)
    return len(tail) <= 6 or (len(tail) <= 12 and not any(w.upos in {"VERB", "AUX"} for w in tail))


def _set_off(tree: Tree, word: Word, between: list[Word]) -> bool:
    """A report set off by commas on both sides with its own subject between them ("The ferry ran two
    hours late, the operator added, and had skipped every stop"): whatever follows the second comma,
    and whatever relation the parser gave the verb, it is a parenthetical report, not a relative clause
    ("…, who has pledged, …" has a relative pronoun for its subject)."""
    nxt = tree.next(word)
    subjects = [x for x in tree.children(word.index, "nsubj", "nsubj:pass") if x in between]
    return (
        nxt is not None
        and nxt.text == ","
        and word.deprel != "root"  # "Smiling, Okafor agreed, praising …": the main verb, no aside
        and bool(subjects)
        and not any(x.upos == "PRON" and x.lemma.lower() in _RELATIVE for x in between)
    )


def _conjoined(between: list[Word]) -> bool:
    """The verb follows "and"/"but" (adverbs aside): it shares the clause's subject ("X lost the key,
    but found it later"), and the clause before it is no content of its own."""
    words = [w for w in between if w.upos != "ADV"]
    return bool(words) and words[-1].upos == "CCONJ"


def has_object(tree: Tree, word: Word) -> bool:
    """The verb has an object that is a thing ("would add $84 billion", "have signaled increasing
    cooperation"), not an inverted speaker ("said Zelenskyy", "told The New York Times/NOUN")."""
    things = [*tree.children(word.index, "obj")]
    for x in tree.children(word.index, "xcomp"):  # "signaled increasing/xcomp cooperation/obj"
        if x.index == word.index + 1 and x.upos == "VERB" and x.text.lower().endswith("ing"):
            things += tree.children(x.index, "obj")
    return any(
        o.upos in {"NOUN", "NUM", "SYM"}
        and o.text.lower() not in lexicon.words("source_nouns.txt")
        and not o.text[:1].isupper()  # a name, whatever its tag
        and not date_phrase(tree.subtree(o.index))  # "reported last week/obj": when, not what
        for o in things
    )


def has_content(tree: Tree, word: Word, quotes: tuple[QuoteSpan, ...], text: str) -> str | None:
    """What the verb reports, in words, or None: a clause, a quotation next to it, or a colon."""
    s = tree.sentence
    quotes = quotes_in(s, quotes)
    before = text[s.start : word.start].rstrip()
    rest = [w for w in tree.words if w.index > word.index and w.upos != "PUNCT"]
    if tree.children(word.index, "ccomp"):
        return "reported clause"
    comma = before.rfind(",")
    between = [w for w in tree.words if comma >= 0 and s.start + comma < w.start < word.start]
    if (
        comma >= 0
        and len(before[:comma].split()) >= 3
        and (short_tail(tree, word, rest) or _set_off(tree, word, between))
        and len(between) <= 8
        and not any(w.upos == "VERB" for w in between)
        and not _conjoined(between)
        and not has_object(tree, word)
        # "According to the study, game days would add 9,000 cars": a source phrase, not a clause
        and not before.lstrip(" \"“'‘").lower().startswith("according to")
    ):
        return "preceding clause"  # "The talks will resume, said Zelenskyy." / "..., the source added."
    nxt = tree.next(word)
    after = tree.word(word.index + 2)
    for k in range(
        1, 15
    ):  # "said that", "shared with CNN last week that", "mentioned during this visit that"
        x = tree.word(word.index + k)
        if x is not None and x.text == "," and k <= 4:
            continue  # "believes, for example, that …": an aside set off by commas
        if x is None or (x.upos in {"VERB", "AUX", "PUNCT", "SCONJ"} and not complementizer(tree, x)):
            break
        if complementizer(tree, x):
            return "that-clause"
    if any(m.lemma.lower() == "as" for m in tree.children(word.index, "mark")) and has_subject(tree, word):
        return "as-clause"  # "As Okafor noted, those tenants will ..."
    if _bare_complement(tree, word) or _bare_clause(tree, word):
        return "reported clause"
    if nxt is not None and complementizer(tree, nxt):
        return "that-clause"
    if nxt is not None and nxt.text.lower() == "so" and ends_clause(tree, nxt):
        return "'so' standing for a clause"  # "Okafor thinks so, too.", "the report says so."
    if (
        after is not None
        and complementizer(tree, after)
        and nxt is not None
        and nxt.upos in {"PRON", "PROPN", "NOUN"}
    ):
        return "that-clause"
    if word.deprel in ("parataxis",) and tree.word(word.head) is not None:
        return "preceding clause"
    if word.deprel == "ccomp" and word.head > word.index:
        return "reported clause"
    if re.match(r"\s*(?:,\s*)?:", text[word.end : word.end + 4]):
        return "colon"
    if any(close_to(text, word, q) for q in quotes):
        return "quotation"
    return None
