"""The source phrase after a cue: "according to X", "a report by X", an inverted speaker ("…,” said
Zelenskyy"). The parse subtree first, else a surface reading of word classes, as the mini tagger
often calls the first noun of such a phrase a verb ("according to city/VERB engineers").
"""

from __future__ import annotations

from functools import cache

from auditor import lexicon
from auditor.cues import according_to_target, verb_lemma
from auditor.models import Word
from auditor.source_phrase import NP_JOIN, NP_POS, is_relative, not_a_hyphen, trim_words
from auditor.source_surface import nominal
from auditor.syntax import DASH_WORDS, POSSESSIVE_S, QUOTE_MARKS, Tree, contiguous, finite_verb


def surface_np_right(tree: Tree, after: int, limit: int = 8) -> list[Word]:
    """The noun phrase right after word ``after``: determiners, adjectives, nouns, names, "of" names."""
    to = tree.word(after)
    before = tree.word(after - 1)
    if (
        to is not None
        and before is not None
        and (before.text.lower(), to.text.lower()) == ("according", "to")
    ):
        return according_to_phrase(tree, to, limit=max(limit, 12))
    out: list[Word] = []
    i = after + 1
    while (w := tree.word(i)) is not None and len(out) < limit:
        nxt = tree.word(i + 1)
        if out and verb_lemma(w) and (w.upos == "VERB" or (nxt is not None and nxt.text.lower() == "that")):
            break  # "data from the ministry show that": the verb is not part of the phrase
        if w.upos in NP_POS or (w.text in NP_JOIN and nxt is not None and nxt.upos in {"PROPN", "NOUN"}):
            if w.upos == "PRON" and out:
                break
            out.append(w)
        elif w.lemma.lower() == "of" and out and nxt is not None and nxt.upos in NP_POS:
            out.append(w)
        else:
            break
        i += 1
    while out and out[-1].upos in {"DET", "ADJ"} | {"ADP"}:
        out.pop()
    return out if any(w.upos in {"NOUN", "PROPN", "PRON", "X"} for w in out) else []


def _ends_according_phrase(w: Word, noun_seen: bool) -> bool:
    """Punctuation, a subordinator or relative pronoun ends the phrase; once it has a noun, so does a
    finite verb ("..., which declined") or a pronoun. A participle goes on: it describes the noun
    ("exit polls conducted by the firm", "a declaration filed in court")."""
    if w.upos in {"PUNCT", "SCONJ", "SYM"} or is_relative(w):
        return True
    if not noun_seen:
        return False
    if finite_verb(w):
        return True
    return w.upos == "PRON" and w.lemma.lower() not in ("its", "their", "his", "her")


def according_to_phrase(tree: Tree, to_word: Word, limit: int = 12) -> list[Word]:
    """Surface phrase after "according to": up to punctuation, a subordinator or relative pronoun, or a
    finite verb; a participle after the noun goes on ("exit polls conducted by the firm").

    The mini tagger often calls the first noun of such a phrase a verb ("according to city/VERB
    engineers"), so the parse subtree is no help; any non-finite word before the first noun is kept."""
    out: list[Word] = []
    i = to_word.index + 1
    while (w := tree.word(i)) is not None and len(out) < limit:
        nxt = tree.word(i + 1)
        joint = w.text in NP_JOIN and bool(out) and nxt is not None and nxt.upos in {"NOUN", "PROPN"}
        if not joint and _ends_according_phrase(w, any(nominal(x) for x in out)):
            break
        out.append(w)  # joints keep "the mayor 's office", "AT & T" together
        i += 1
    out = trim_words(out, "")  # also drops time phrases ("according to city engineers on Monday")
    while out and (out[-1].upos in {"DET", "ADP", "CCONJ", "PART"} or out[-1].upos in {"VERB", "AUX"}):
        out.pop()
    return out if any(nominal(w) for w in out) else []


@cache
def _number_words() -> frozenset[str]:
    """Counting words, "one" too (number_words.txt counts groups, which start at two)."""
    return lexicon.words("number_words.txt") | {"one"}


def _ends_source(words: list[Word], k: int) -> bool:
    """The word after the comma at ``k`` opens no description of the source: an amount ("according to
    one audit, $61 million in repairs"), a number that is not "one of" ("..., 37 of the 112
    inspections" is the claim; "..., one of the unions" describes the source) or a coordinated clause
    ("according to the poll, and has a lead in Millbrook", "a Gazette tally, but her margin …") or a
    subordinate one ("…, because …", "…, even as …"); the parser hangs all of them on the source."""
    nxt = words[k + 1]
    after = words[k + 2] if k + 2 < len(words) else None
    number = nxt.upos == "NUM" and (nxt.text[:1].isdigit() or nxt.text.lower() in _number_words())
    if number and after is not None and after.lemma.lower() == "of":
        return False
    if nxt.upos == "CCONJ" and nxt.lemma.lower() in ("and", "or"):
        # "..., and has a lead" joins a clause; "X, head of the center, and other scientists" a source
        return after is not None and after.upos in {"VERB", "AUX"}
    if nxt.upos == "SCONJ" or (nxt.upos == "ADV" and after is not None and after.upos == "SCONJ"):
        return True  # "according to the poll, although few …", "…, even as turnout fell"
    return nxt.upos in {"SYM", "CCONJ"} or number


def _opens_clause(tree: Tree, comma: Word) -> bool:
    """The words after ``comma`` reach a finite verb before any other comma, subordinator or relative
    pronoun: they are the sentence's own clause ("According to the survey office, crews drilled …",
    "…, according to the budget office, the rise in deficits will …", "…, the aide, is that …"), which
    the parser hung on the source; "…, which tracks …" and "…, the CFO, the plan failed" are not."""
    w = tree.word(comma.index + 1)
    while w is not None:
        if w.text in (",", ";", ":", "—", "–") or w.upos == "SCONJ" or is_relative(w):
            return False
        if finite_verb(w):
            return True
        subject = tree.children(w.index, "nsubj", "nsubj:pass")
        if w.upos == "VERB" and any(comma.index < c.index < w.index for c in subject):
            return True  # "…, the smell lasted/VBN for hours": a verb with its subject after the comma
        w = tree.word(w.index + 1)
    return False


def _before_tail(tree: Tree, words: list[Word]) -> list[Word]:
    """The words up to the first comma after which the source phrase cannot go on (``_ends_source``,
    ``_opens_clause``)."""
    for k, w in enumerate(words[:-1]):
        if w.text == "," and (_ends_source(words, k) or _opens_clause(tree, w)):
            return words[:k]
    return words


def _owned(tree: Tree, mark: Word, stop: set[int]) -> list[Word]:
    """The words a possessive mark owns, whatever their tags ("'s tally/ADV", "’s Facebook post"):
    the first word that is no verb or mark, and the nouns and names right after it."""
    out: list[Word] = []
    w = tree.word(mark.index + 1)
    while w is not None and w.index not in stop and len(out) < 4:
        if w.upos in {"PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET"} or (
            out and w.upos not in {"NOUN", "PROPN", "X"}
        ):
            break
        out.append(w)
        w = tree.word(w.index + 1)
    return out


def _participle_over(tree: Tree, target: Word) -> Word:
    """The participle the parser hung the phrase on, when it describes the phrase: "according to two
    people/obl briefed/acl on the talks, …" (the people were briefed); else ``target``."""
    up = tree.word(target.head)
    if (
        up is not None
        and up.index == target.index + 1
        and up.upos == "VERB"
        and up.deprel == "acl"
        and (up.xpos or "") in ("VBN", "VBG")
    ):
        return up
    return target


def _through_title(tree: Tree, words: list[Word]) -> list[Word]:
    """A title in quotation marks keeps its closing mark and the description after it: "according to
    “The Harbor Years,” a biography by Lena Moritz, Okafor …" (the description runs to the next comma)."""
    opening = tree.word(words[0].index - 1) if words else None
    if opening is None or opening.text not in QUOTE_MARKS:
        return words
    marks: list[Word] = []
    w = tree.word(words[-1].index + 1)
    while w is not None and (w.text == "," or w.text in QUOTE_MARKS) and len(marks) < 2:
        marks.append(w)
        w = tree.word(w.index + 1)
    if not any(m.text in QUOTE_MARKS for m in marks):
        return words
    marks = [m for m in marks if m.text != "," or m is not marks[-1]]  # not a comma after the mark
    description: list[Word] = []
    while w is not None and w.text != "," and len(description) < 10 and w.upos not in ("VERB", "AUX"):
        description.append(w)
        w = tree.word(w.index + 1)
    described = bool(description) and description[0].upos == "DET" and w is not None and w.text == ","
    return [opening, *words, *marks, *(description if described else [])]


def _before_verb_form(tree: Tree, words: list[Word]) -> list[Word]:
    """The words before a reporting verb the tagger read as a noun inside the phrase, when a verb of
    the clause it opens follows: "data from the Commerce Department show/NOUN chip imports rose"."""
    for k, w in enumerate(words[1:], start=1):
        if w.upos == "NOUN" and verb_lemma(w) and w.text.lower() == w.text and _subject_follows(tree, w):
            return words[:k]
    return words


def _subject_follows(tree: Tree, w: Word) -> bool:
    """After ``w`` comes a noun phrase that is the subject of a later verb: "show/NOUN chip imports/nsubj
    rose/VERB" (not "report by Politico", "poll of voters")."""
    x = tree.word(w.index + 1)
    while x is not None and x.upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        head = tree.word(x.head)
        if x.deprel.startswith("nsubj") and head is not None and head.index > x.index and head.upos == "VERB":
            return True
        x = tree.word(x.index + 1)
    return False


def _relative_after(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """A relative clause right after the phrase describes the source whatever the parser hung it on:
    "According to officials who asked not to be named, the budget passed" (the parser made "asked"
    the root, so the subtree of "officials" is one word); it runs to the next punctuation."""
    w = tree.word(words[-1].index + 1) if words else None
    if w is None or not is_relative(w) or w.lemma.lower() == "that":
        return words  # "that" may open the content ("according to a memo that …" is rare)
    run: list[Word] = []
    while w is not None and w.index not in stop and w.upos != "PUNCT":
        run.append(w)
        w = tree.word(w.index + 1)
    return words if len(run) > 15 else [*words, *run]


def after_np(tree: Tree, last: Word, text: str, stop: set[int]) -> tuple[list[Word], str]:
    """The phrase following ``last`` (after "according to", "a report by"): parse subtree, else surface."""
    words, why = _after_np(tree, last, text, stop)
    # a dash ends the phrase, whatever the tagger made of it ("according to a poll by the Ledger/HYPH -
    # voters back …", "the Ledger—voters"); a hyphen inside a word ("campaign-finance") does not
    dash = next((k for k, w in enumerate(words) if w.text in DASH_WORDS and not_a_hyphen(w, text)), None)
    words = trim_words(words[:dash], text) if dash is not None else words
    return _relative_after(tree, words, stop), why


def _after_np(tree: Tree, last: Word, text: str, stop: set[int]) -> tuple[list[Word], str]:
    target = according_to_target(tree, last)
    while target is not None and target.deprel in ("compound", "flat", "amod", "nmod:poss", "det", "nummod"):
        up = tree.word(target.head)
        if up is None or up.index <= last.index or up.upos not in {"NOUN", "PROPN"}:
            break
        if verb_lemma(up) and target.deprel != "nummod":
            break  # a reporting verb tagged as a noun; a number counts a noun ("one report"), never a verb
        target = up  # "the regional water authority": climb from "water" to "authority"
    if target is not None and target.upos == "VERB":
        # the tagger called every word of the phrase a verb ("recent/VERB polling/VERB"): take the run
        run = [w for w in tree.words if last.index < w.index <= target.index and w.index not in stop]
        return trim_words(run, text), "phrase after the cue (surface)"
    if target is not None:
        top = _participle_over(tree, target)
        words = [w for w in tree.subtree(top.index) if w.index > last.index and w.index not in stop]
        words = trim_words(_before_tail(tree, contiguous(words, target.index)), text)
        words = _before_verb_form(tree, words)
        words = _through_title(tree, words)
        if words and words[-1].text in POSSESSIVE_S:  # "according to the school's Facebook post":
            words = [*words, *_owned(tree, words[-1], stop)]  # the parser left what it owns out
        if words and (words[0].index == last.index + 1 or words[0].upos == "DET") and len(words) <= 20:
            return words, "phrase after the cue"
    right = trim_words(surface_np_right(tree, last.index, limit=10), text)
    return right, "phrase after the cue (surface)"


_CLAUSE_LINKS = frozenset({"conj", "xcomp", "advcl"})  # a verb of the same clause as its predicate


def subject_after_opening(tree: Tree, verb: Word, stop: set[int]) -> list[Word]:
    """When no subject was found: the phrase right after the comma that closes an opening adjunct, when
    the predicate it stands before is ``verb`` or a verb ``verb`` is joined to ("In a statement, Gov. Ana
    Ruiz (R) blasted the council and said …", "Appearing before supporters, Dana Whitlow, 70, said …"):
    the parser made it part of the adjunct. Not for a passive or an expletive ("In May, it was reported")."""
    first = tree.word(1)
    comma = next((w for w in tree.words if w.text == ","), None)
    if first is None or comma is None or comma.index >= verb.index:
        return []
    if first.upos not in {"ADP", "SCONJ"} and (first.xpos or "") not in ("VBG", "VBN"):
        return []
    if tree.children(verb.index, "nsubj:pass", "aux:pass", "expl"):
        return []
    words = [w for w in surface_np_right(tree, comma.index, limit=12) if w.index not in stop]
    if not words or words[0].index != comma.index + 1 or words[0].lemma.lower() in ("it", "there", "this"):
        return []
    predicate = _predicate_after(tree, words[-1].index)
    if predicate is None:
        return []
    up = verb
    while up.index != predicate.index:  # "blasted Congress and said/conj", ", saying/advcl"
        head = tree.word(up.head)
        if head is None or up.deprel not in _CLAUSE_LINKS:
            return []
        up = head
    after = tree.word(words[-1].index + 1)
    closing = next((w for w in tree.words if w.index > words[-1].index and w.text == ")"), None)
    if after is not None and after.text == "(" and closing is not None and closing.index < predicate.index:
        return [w for w in tree.words if words[0].index <= w.index <= closing.index]  # "Ana Ruiz (R)"
    return words


def _predicate_after(tree: Tree, last: int) -> Word | None:
    """The first verb after word ``last``, past a bracketed label, a set-off age and adverbs
    ("Ana Ruiz (R) blasted", "Dana Whitlow, 70, said", "Ruiz, in the interview, also stressed" is not)."""
    depth = 0
    for w in tree.words[last:]:
        depth += (w.text == "(") - (w.text == ")")
        if depth > 0 or w.text == ")" or w.upos in {"PUNCT", "NUM", "ADV", "AUX", "PART"}:
            continue
        return w if w.upos == "VERB" else None
    return None
