"""Surface noun phrases before a cue when the parse is no help: the phrase before a reporting verb
(skipping adverbs and a time adjunct), a relative pronoun's antecedent, the speaker between a quotation
and its verb. The phrase after a cue ("according to X", inversions) is ``source_after.py``'s.

The mini tagger and parser err often, so these read word classes in order, not the tree.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.cue_words import SHARE_LINKS, counted, first_count, person_like, quantifier_words
from auditor.models import Word
from auditor.ner_tags import ner_label
from auditor.relative_pronouns import who_stands_for
from auditor.source_names import mistagged_name
from auditor.source_phrase import (
    NP_JOIN,
    NP_POS,
    PP_LINKS,
    RELATIVE,
    count_prefix,
    source_nouns,
    trim_words,
)
from auditor.source_root import nominal_root_subject
from auditor.syntax import DASH_WORDS, Tree, surname_modal, title_case


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
    events = lexicon.table("speech_event_nouns.txt")
    j = i
    while (w := tree.word(j)) is not None and i - j < 12:
        # lower case: "an analyst at the Cook Political Report" names where the analyst works
        if w.text.lower() in events and w.upos in {"NOUN", "PROPN", "X", "ADJ"} and not w.text[:1].isupper():
            preps = events[w.text.lower()][0].split() if events[w.text.lower()] else SPEECH_ADJUNCT_PREPS
            k = j - 1
            while (x := tree.word(k)) is not None and (
                x.upos in {"DET", "ADJ", "NUM"}
                or x.text.lower() in ("his", "her", "its", "their", "news")
                or (x.head == w.index and x.deprel in ("compound", "amod"))  # "a packed board meeting"
            ):
                k -= 1
            x = tree.word(k)
            if x is not None and x.upos == "ADP" and x.lemma.lower() in preps and k > 1:
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
        if any(nominal(w) for w in kept):
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
    if not found or found[-1].text.lower() in RELATIVE:
        return []
    person = who_stands_for(tree, found[-1], pronoun)
    if person is found[-1]:
        return found
    # "Dana Whitlow, 54, of Harlow, Ohio, who": the person's whole phrase, not Ohio
    start = min(x.index for x in tree.subtree(person.index) if x.upos != "PUNCT")
    return [w for w in tree.words if start <= w.index <= found[-1].index]


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
    if (w := tree.word(i)) is not None and surname_modal(tree, w):
        return [w]  # "In particular, Will/AUX wrote": the columnist, whom the tagger read as a modal
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
            and (nominal(head) or counted(head))
            and head.upos != "PRON"
            and len(out) < 12
        ):
            out.insert(0, prep)  # "voters / in each state", "half / of Democratic voters"
            i -= 1
    if not any(nominal(w) or _name(tree, w) or counted(w) for w in out):
        return []
    out = _with_count_prefix(tree, out)  # "About three in 10 said", "At least half of voters say"
    return _coordinated_before(tree, out) + out


def count_before(tree: Tree, words: list[Word]) -> list[Word]:
    """ "About four out of 10 voters said", "Six in 10 voters": the parser may hang the first count
    elsewhere and leave "10 voters" as the subject; the share's first count, its link ("in", "out
    of") and the words before the count belong to the phrase."""
    if not words or words[0].upos != "NUM":
        return words
    start = words[0].index
    for link in SHARE_LINKS:
        if start - len(link) - 1 < 1:
            continue
        count, *between = tree.words[start - len(link) - 2 : start - 1]
        if tuple(w.text.lower() for w in between) == link and first_count(count):
            return _with_count_prefix(tree, [count, *between, *words])
    return words


def _with_count_prefix(tree: Tree, out: list[Word]) -> list[Word]:
    """``out`` with the words of ``count_prefixes.txt`` before its count, which the walk stopped at (a
    preposition) or half took ("least/ADJ half")."""
    for k in (2, 1):  # the prefix opens k words before the phrase ("more than" 40, "at" least 21,000)
        window = [w for w in tree.words if out[0].index - k <= w.index < out[0].index]
        prefix = count_prefix([*window, *out])
        if len(window) == k and prefix and prefix[0] is window[0]:
            return [*window, *out]
    return out


def _coordinated_before(tree: Tree, out: list[Word]) -> list[Word]:
    """ "Ana Ruiz and Sen. Tom Reyes said": the names joined by "and" before the phrase, when they open
    the clause (the sentence's start, or after a comma or subordinator) and hold a name or source noun;
    not "He criticized the plan and Okafor said", where "the plan" is the object of another verb."""
    conj = tree.word(out[0].index - 1)
    if conj is None or conj.lemma.lower() != "and":
        return []
    left: list[Word] = []
    k = conj.index - 1
    while (w := tree.word(k)) is not None and (
        w.upos in {"PROPN", "NOUN", "ADJ", "DET", "NUM"} or _name(tree, w)
    ):
        left.insert(0, w)
        k -= 1
    opener = tree.word(k)
    # "after/ADP Barack Obama and Hillary Clinton declared": a subordinator the tagger took for a preposition
    subordinator = opener is not None and opener.text.lower() in lexicon.words("subordinators.txt")
    opens = opener is None or opener.upos in {"PUNCT", "SCONJ", "CCONJ"} or subordinator
    holds = any(w.upos == "PROPN" or w.text.lower() in source_nouns() for w in left)
    return [*left, conj] if left and opens and holds and len(left) <= 8 else []


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
    return words if any(nominal(w) or _name(tree, w) for w in words) else []


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
    return (
        w.upos in {"ADV", "AUX", "PART"}
        and w.text not in NP_JOIN
        and not _name(tree, w)
        and not surname_modal(tree, w)  # "In particular, Will/AUX wrote"
    )


def _name_opening(first: Word, verb: Word) -> bool:
    """The sentence's first word is a name the tagger took for a verb or an adverb when a past or
    present-tense reporting verb follows it at once ("Okafor/VERB estimated that ...", "Beverly/ADV said"):
    no verb reports right after a sentence-opening base-form verb or adverb."""
    # "Beverly/ADV said": a name with an adverb's ending, which the entity tagger calls a person ("Enough/ADV
    # said", "When asked" are adverbs)
    adverb = first.upos == "ADV" and ner_label(first) == "PERSON"
    return (
        (adverb or (first.upos == "VERB" and first.xpos in ("VB", "VBP")))
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


def nominal(w: Word) -> bool:
    """A noun-like word, a source noun the tagger called an adjective ("An official told") or a
    quantifier standing for people ("Many/ADJ fear ...", "Some/DET believe ...")."""
    low = w.text.lower()
    return w.upos in {"NOUN", "PROPN", "PRON", "X"} or low in source_nouns() or low in quantifier_words()


def left_of_verb(tree: Tree, verb: Word, stop: set[int], text: str) -> tuple[list[Word], str]:
    """The last surface fallback for a verb's source: the phrase right before it, else the sentence's
    opening phrase the parser made its root (``nominal_root_subject``)."""
    left = trim_words([w for w in surface_np_left(tree, verb.index) if w.index not in stop], text)
    if left:
        return left, "phrase right before the verb"
    root = trim_words([w for w in nominal_root_subject(tree, verb) if w.index not in stop], text)
    return (root, "the sentence's opening phrase, which the parser made its root") if root else ([], "")


def adjacent_or_linked(tree: Tree, words: list[Word], verb: Word, text: str) -> bool:
    """The subject ends right before the verb (adverbs, auxiliaries, an apposition or clause set off by commas
    between), or follows it (inversion). A predicate noun or adjective is measured from its copula when
    the subject can hold a view ("The mayor was the loudest voice in the room, mocking"), and adverbs
    before the verb may follow the comma ("Ruiz and Okafor (D-Ohio), in turn, later asked")."""
    if words[0].index > verb.index:
        return True
    cop = next((c for c in tree.children(verb.index, "cop") if words[-1].index < c.index), None)
    if cop is not None and any(person_like(w) and w.deprel.startswith("nsubj") for w in words):
        verb = cop  # the subject holds a view; not "It was a long day, …, saying"
    last = verb.index - 1
    while (w := tree.word(last)) is not None and w.upos in {"ADV", "AUX", "PART"}:
        last -= 1
    if speech_adjunct_start(tree, last) == words[-1].index + 1:
        return True  # "Ruiz in a speech said": the adjunct says how, not who
    between = [w for w in tree.words if words[-1].index < w.index < verb.index]
    # "She has since/SCONJ stressed": after an auxiliary the word is an adverb, whatever its tag
    between = [
        w
        for k, w in enumerate(between)
        if not (w.upos == "SCONJ" and any(x.upos == "AUX" for x in between[:k]))
    ]
    if all(w.upos in {"ADV", "AUX", "PART"} for w in between) or (
        len(between) <= 2 and all(w.upos in {"ADV", "AUX", "PART", "ADJ"} for w in between)
    ):
        return True
    gap = text[words[-1].end : (tree.word(last + 1) or verb).start].strip()
    # "Dock crews — including Ana Ruiz — (have long) complained": the closing dash of an aside the
    # subject opened, then only what may stand between a subject and its verb
    dashed = (
        any(w.text in DASH_WORDS for w in words)
        and bool(between)
        and between[0].text in DASH_WORDS
        and all(w.upos in {"ADV", "AUX", "PART", "ADJ"} for w in between[1:])
    )
    return gap.endswith((",", ")")) or dashed
