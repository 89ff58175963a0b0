"""Surface noun phrases around a cue when the parse is no help: the phrase before a reporting verb
(skipping adverbs and a time adjunct), the phrase after it (inversions), the phrase after "according to".

The mini tagger and parser err often, so these read word classes in order, not the tree.
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon
from auditor.cues import according_to_target, verb_lemma
from auditor.models import Word
from auditor.source_names import mistagged_name
from auditor.source_phrase import (
    NP_JOIN,
    NP_POS,
    PP_LINKS,
    RELATIVE,
    source_nouns,
    trim_words,
)
from auditor.syntax import POSSESSIVE_S, Tree, contiguous, title_case


def _skip_time(tree: Tree, i: int) -> int:
    """Step back over a time adjunct ending at word ``i`` ("on Sunday", "at the time", "Wednesday") and a
    participle before it ("a report published Wednesday"), when a word is left before it."""
    times = lexicon.words("time_words.txt")
    j = i
    while (w := tree.word(j)) is not None and (
        w.text.lower() in times or (w.upos in {"DET", "NUM"} and j < i)
    ):
        j -= 1
    if j == i:
        return i
    if (w := tree.word(j)) is not None and w.upos == "ADP":
        j -= 1
    if (w := tree.word(j)) is not None and (w.xpos or "") == "VBN":
        j -= 1
    return j if j >= 1 else i


SPEECH_ADJUNCT_PREPS = frozenset({"in", "during", "at"})


def speech_adjunct_start(tree: Tree, i: int) -> int:
    """The index of the preposition opening a speech-event adjunct that ends at word ``i`` ("in a speech",
    "in an interview with the newspaper", "during his testimony"), else ``i``. The event names how the
    source spoke, not who spoke: "Ruiz in a speech said" has the source "Ruiz"."""
    events = lexicon.words("speech_event_nouns.txt")
    j = i
    while (w := tree.word(j)) is not None and i - j < 12:
        if w.text.lower() in events and w.upos in {"NOUN", "PROPN", "X", "ADJ"}:
            k = j - 1
            while (x := tree.word(k)) is not None and (
                x.upos in {"DET", "ADJ", "NUM"} or x.text.lower() in ("his", "her", "its", "their", "news")
            ):
                k -= 1
            x = tree.word(k)
            if x is not None and x.upos == "ADP" and x.lemma.lower() in SPEECH_ADJUNCT_PREPS and k > 1:
                return k
            return i
        if w.upos not in {"ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"} and w.text not in NP_JOIN:
            return i  # only a noun phrase trailer ("with the newspaper", "to voters") may follow the event
        j -= 1
    return i


def drop_speech_adjunct(tree: Tree, words: list[Word]) -> list[Word]:
    """``words`` without a speech-event adjunct at their end ("The senator during her testimony" -> "The
    senator"): the parser often hangs it on the subject noun."""
    if len(words) < 3:
        return words
    start = speech_adjunct_start(tree, words[-1].index)
    if words[0].index < start < words[-1].index:
        kept = [w for w in words if w.index < start]
        if any(_nominal(w) for w in kept):
            return kept
    return words


def relative_antecedent_np(tree: Tree, pronoun: Word) -> list[Word]:
    """The noun phrase a relative pronoun subject stands for ("The head of the union, who said"): the
    phrase just before it, over one comma or dash ("Okafor — who had"). A journalist needs the person,
    not "who"."""
    before = pronoun.index
    prev = tree.word(before - 1)
    if prev is not None and prev.text in (",", "—", "–", "("):
        before -= 1
    found = surface_np_left(tree, before) if tree.word(before - 1) is not None else []
    return [] if found and found[-1].text.lower() in RELATIVE else found


def _quantified_antecedent(tree: Tree, pronoun: Word) -> list[Word]:
    """ "lawmakers, several of whom had urged": the antecedent through the pronoun, so the source reads
    "lawmakers, several of whom" rather than "whom" (the text holds no "several of the lawmakers")."""
    of, amount = tree.word(pronoun.index - 1), tree.word(pronoun.index - 2)
    if (
        of is None
        or amount is None
        or of.lemma.lower() != "of"
        or amount.upos not in {"ADJ", "DET", "NUM", "PRON"}
    ):
        return []
    found = relative_antecedent_np(tree, amount)
    cut = max((k + 1 for k, w in enumerate(found) if w.upos == "ADP"), default=0)
    found = found[cut:]  # "pressure from lawmakers, several of whom": the lawmakers
    return [w for w in tree.words if found[0].index <= w.index <= pronoun.index] if found else []


def surface_np_left(tree: Tree, before: int) -> list[Word]:
    """The noun phrase ending just before word ``before`` (skipping adverbs, auxiliaries, a time adjunct
    and a speech-event adjunct), with the phrases it heads through "of"/"in" ("half of the voters in each
    state"). A relative pronoun ("who", "which") gives way to its antecedent."""
    first, verb = tree.word(1), tree.word(before)
    if before == 2 and first is not None and verb is not None and _name_opening(first, verb):
        return [first]
    if _those_participle(tree.word(before - 2), tree.word(before - 1)):
        return [w for w in tree.words if before - 2 <= w.index < before]  # "those surveyed/VERB said"
    i = before - 1
    while (w := tree.word(i)) is not None and _skippable(tree, w):
        i -= 1
    i = _skip_time(tree, i)
    start = speech_adjunct_start(tree, i)
    if start != i:
        i = _skip_time(tree, start - 1)
    while (w := tree.word(i)) is not None and _skippable(tree, w):
        i -= 1
    out: list[Word] = []
    if (w := tree.word(i)) is not None and w.text == ")":  # "the National Security Council (NSC) flagged"
        j = i
        while (x := tree.word(j)) is not None and x.text != "(" and i - j < 8:
            j -= 1
        if tree.word(j) is not None:
            out = [x for x in tree.words if j <= x.index <= i]
            i = j - 1
    while (w := tree.word(i)) is not None and (w.upos in NP_POS or w.text in NP_JOIN or _name(tree, w)):
        if w.text in (".",) and out and out[0].upos != "PROPN":
            break
        if not out and w.lemma.lower() in ("who", "whom", "which") and w.upos == "PRON":
            return _quantified_antecedent(tree, w) or relative_antecedent_np(tree, w)
        out.insert(0, w)
        if w.upos == "PRON" and w.lemma.lower() not in ("its", "their", "his", "her"):
            break
        i -= 1
        prep, head = tree.word(i), tree.word(i - 1)
        if (
            prep is not None
            and head is not None
            and prep.lemma.lower() in PP_LINKS
            and (_nominal(head) or _counted(head))
            and head.upos != "PRON"
            and len(out) < 12
        ):
            out.insert(0, prep)  # "voters / in each state", "half / of Democratic voters"
            i -= 1
    return out if any(_nominal(w) or _name(tree, w) or _counted(w) for w in out) else []


_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


def _counted(w: Word) -> bool:
    """A count or share of people as a subject ("three in 10 said", "26% say", "at least 21,000
    said", "a third say"; ``share`` in anonymity_descriptors.txt), not a year ("In 2015 said")."""
    if w.upos == "NUM":
        return not _YEAR.match(w.text)
    return w.text.lower() in _shares()


@cache
def _shares() -> frozenset[str]:
    return frozenset(v.lower() for v in lexicon.values("anonymity_descriptors.txt", "share"))


# Marks after which a capitalised word opens a quoted or listed sentence rather than naming someone
_OPENERS = frozenset({"“", "‘", ":", "(", "—", "–"})


def speaker_after_quote(tree: Tree, verb: Word) -> list[Word]:
    """ "“…,” Dana Whitlow of the Harbor Institute for Port Studies said": the words between a
    quotation closed with a comma and its verb, when they are one noun phrase with its prepositional
    phrases (no verb, no clause), as the reader takes the speaker whatever the parser hung on what."""
    marks = [w for w in tree.words if w.index < verb.index and w.text in _CLOSING]
    if not marks:
        return []
    comma = tree.word(marks[-1].index - 1)
    words = [w for w in tree.words if marks[-1].index < w.index < verb.index]
    while words and (
        _skippable(tree, words[-1]) or words[-1].text.lower() in lexicon.words("time_words.txt")
    ):
        words.pop()  # "… said", "… also said", "… said Tuesday" are not part of the speaker
    if comma is None or comma.text != "," or not words or len(words) > 14:
        return []
    if words[0].upos == "ADP" or any(not _speaker_word(tree, w) for w in words):
        return []
    return words if any(_nominal(w) or _name(tree, w) for w in words) else []


def _speaker_word(tree: Tree, w: Word) -> bool:
    """A word of a speaker's description: nominal words, prepositions and "and", commas around an
    apposition; no pronoun (a new clause's subject) and no other mark (a new quotation or clause)."""
    if w.upos == "PUNCT":
        return w.text in (",", "-", "(", ")")
    return (w.upos in _SPEAKER_POS and w.upos != "PRON") or _name(tree, w)


_CLOSING = frozenset({"”", '"', "''"})
_SPEAKER_POS = frozenset({*NP_POS, "ADP", "CCONJ"})


def _those_participle(those: Word | None, participle: Word | None) -> bool:
    """ "those surveyed/VERB", "those polled/VERB": a participle the parser made a verb of."""
    if those is None or participle is None or those.text.lower() != "those":
        return False
    return participle.upos == "VERB" and participle.text.lower().endswith("ed")


def _skippable(tree: Tree, w: Word) -> bool:
    """An adverb, auxiliary or particle between the phrase and the verb ("X also said"), but not a name
    the tagger called an adverb ("But Lindqvist/ADV added")."""
    return w.upos in {"ADV", "AUX", "PART"} and w.text not in NP_JOIN and not _name(tree, w)


def _name_opening(first: Word, verb: Word) -> bool:
    """The sentence's first word is a name the tagger took for a verb when a past or present-tense
    reporting verb follows it at once ("Okafor/VERB estimated that ..."): no verb reports right after a
    sentence-opening base-form verb."""
    return (
        first.upos == "VERB"
        and first.xpos in ("VB", "VBP")
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and verb.xpos in ("VBD", "VBZ")
    )


def _name(tree: Tree, w: Word) -> bool:
    """``mistagged_name`` where capitals mean a name: not after an opening quotation mark or colon, and not
    in a title-case line (a headline capitalises every word)."""
    if not mistagged_name(w, tree.sentence.start):
        return False
    prev = tree.word(w.index - 1)
    if prev is not None and (prev.text in _OPENERS or (prev.text == '"' and w.index == 2)):
        return False
    return not title_case(tree.words)


def _nominal(w: Word) -> bool:
    """A noun-like word, a source noun the tagger called an adjective ("An official told") or a
    quantifier standing for people ("Many/ADJ fear ...", "Some/DET believe ...")."""
    low = w.text.lower()
    return w.upos in {"NOUN", "PROPN", "PRON", "X"} or low in source_nouns() or low in _quantifiers()


@cache
def _quantifiers() -> frozenset[str]:
    return lexicon.words("quantifier_subjects.txt")


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
        if out and verb_lemma(w) and (w.upos == "VERB" or (nxt is not None and nxt.lemma.lower() == "that")):
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


FINITE_XPOS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_verb(w: Word) -> bool:
    """A verb or auxiliary the tagger marks as finite ("declined", "is", "will"), not a bare form."""
    if w.upos not in {"VERB", "AUX"}:
        return False
    return "VerbForm=Fin" in (w.feats or "") or (w.xpos or "") in FINITE_XPOS


def _ends_according_phrase(w: Word, noun_seen: bool) -> bool:
    """Punctuation, a subordinator or relative pronoun ends the phrase; once it has a noun, so does a
    finite verb ("..., which declined"), a passive participle ("polls released") or a pronoun."""
    if w.upos in {"PUNCT", "SCONJ", "SYM"} or w.lemma.lower() in RELATIVE:
        return True
    if not noun_seen:
        return False
    if finite_verb(w) or (w.upos == "VERB" and (w.xpos or "") == "VBN"):
        return True
    return w.upos == "PRON" and w.lemma.lower() not in ("its", "their", "his", "her")


def according_to_phrase(tree: Tree, to_word: Word, limit: int = 12) -> list[Word]:
    """Surface phrase after "according to": up to punctuation, a subordinator or relative pronoun, or a
    finite verb; a passive participle after the noun ("exit polls released on Monday") also ends it.

    The mini tagger often calls the first noun of such a phrase a verb ("according to city/VERB
    engineers"), so the parse subtree is no help; any non-finite word before the first noun is kept."""
    out: list[Word] = []
    i = to_word.index + 1
    while (w := tree.word(i)) is not None and len(out) < limit:
        nxt = tree.word(i + 1)
        joint = w.text in NP_JOIN and bool(out) and nxt is not None and nxt.upos in {"NOUN", "PROPN"}
        if not joint and _ends_according_phrase(w, any(_nominal(x) for x in out)):
            break
        out.append(w)  # joints keep "the mayor 's office", "AT & T" together
        i += 1
    out = trim_words(out, "")  # also drops time phrases ("according to city engineers on Monday")
    while out and (out[-1].upos in {"DET", "ADP", "CCONJ", "PART"} or out[-1].upos in {"VERB", "AUX"}):
        out.pop()
    return out if any(_nominal(w) for w in out) else []


@cache
def _number_words() -> frozenset[str]:
    """Counting words, "one" too (number_words.txt counts groups, which start at two)."""
    return lexicon.words("number_words.txt") | {"one"}


def _ends_source(words: list[Word], k: int) -> bool:
    """The word after the comma at ``k`` opens no description of the source: an amount ("according to
    one audit, $61 million in repairs"), a number that is not "one of" ("..., 37 of the 112
    inspections" is the claim; "..., one of the unions" describes the source) or a coordinated clause
    ("according to the poll, and has a lead in Millbrook", "a Gazette tally, but her margin …"); the parser
    hangs all of them on the source."""
    nxt = words[k + 1]
    after = words[k + 2] if k + 2 < len(words) else None
    number = nxt.upos == "NUM" and (nxt.text[:1].isdigit() or nxt.text.lower() in _number_words())
    if number and after is not None and after.lemma.lower() == "of":
        return False
    if nxt.upos == "CCONJ" and nxt.lemma.lower() in ("and", "or"):
        # "..., and has a lead" joins a clause; "X, head of the center, and other scientists" a source
        return after is not None and after.upos in {"VERB", "AUX"}
    return nxt.upos in {"SYM", "CCONJ"} or number


def _before_tail(words: list[Word]) -> list[Word]:
    """The words up to the first comma after which the source phrase cannot go on (``_ends_source``)."""
    for k, w in enumerate(words[:-1]):
        if w.text == "," and _ends_source(words, k):
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


def after_np(tree: Tree, last: Word, text: str, stop: set[int]) -> tuple[list[Word], str]:
    """The phrase following ``last`` (after "according to", "a report by"): parse subtree, else surface."""
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
        words = [w for w in tree.subtree(target.index) if w.index > last.index and w.index not in stop]
        words = trim_words(_before_tail(contiguous(words, target.index)), text)
        if words and words[-1].text in POSSESSIVE_S:  # "according to the school's Facebook post":
            words = [*words, *_owned(tree, words[-1], stop)]  # the parser left what it owns out
        if words and (words[0].index == last.index + 1 or words[0].upos == "DET") and len(words) <= 20:
            return words, "phrase after the cue"
    right = trim_words(surface_np_right(tree, last.index, limit=10), text)
    return right, "phrase after the cue (surface)"
