"""Read-only helpers over one parsed sentence: children, subtrees, spans (used by cues and sources).

The mini parser is weak, so callers combine these tree look-ups with surface fallbacks; nothing here
decides what an attribution is.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from auditor import lexicon
from auditor.models import ParsedArticle, Sentence, Word
from auditor.verb_lexicon import form_lemma

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
# the possessive clitic as the tokenizer splits it ("Ruiz 's"), straight and curly
POSSESSIVE_S = ("'s", "’s")
# ... and with the bare apostrophe of plurals ("the senators ' aides"); a tuple so endswith() takes it
POSSESSIVE_MARKS = (*POSSESSIVE_S, "'", "’")
#: Quotation marks as tokens, and the ones that close a quotation (a speaker may follow them)
QUOTE_MARKS = frozenset({"“", "”", '"', "''", "``"})
CLOSING_QUOTES = frozenset({"”", '"', "''", "’"})
#: Dash characters (horizontal bar, em dash, en dash), and a dash as a word: one of them, or one or two
#: hyphens, which stand for a dash in plain-text copy (``source_phrase.not_a_hyphen`` tells a hyphen
#: inside a word apart). One list for every stage that reads dashes.
DASH_CHARS = "―—–"
DASH_WORDS = frozenset({*DASH_CHARS, "-", "--"})
# a comma, alone or closing a quotation: "…,” said Ruiz" in each style, NYT's ''…,'' included
COMMA_CLOSE = (",", *(f",{mark}" for mark in sorted(CLOSING_QUOTES)))


#: Relations the mini parser gives a relative clause it hangs on the main verb instead of its noun
#: ("held up a sign, which/nsubj read/conj"): the noun before the pronoun is still its antecedent.
MISHUNG_RELATIVE = frozenset({"conj", "ccomp", "parataxis"})


def sentence_at(parsed: ParsedArticle, offset: int) -> Sentence | None:
    """The sentence covering ``offset``, if any (sentences are in text order: a binary search)."""
    sentences = parsed.sentences
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None


class Tree:
    """Index of a sentence's words by position and by head."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.words = sentence.words
        self.by_index: dict[int, Word] = {w.index: w for w in sentence.words}
        self.kids: dict[int, list[Word]] = {}
        for w in sentence.words:
            self.kids.setdefault(w.head, []).append(w)

    def children(self, index: int, *rels: str) -> list[Word]:
        """Children of word ``index``; only those whose relation (or its base before ':') is in ``rels``."""
        out = self.kids.get(index, [])
        if not rels:
            return list(out)
        return [w for w in out if w.deprel in rels or w.deprel.split(":")[0] in rels]

    def child(self, index: int, *rels: str) -> Word | None:
        found = self.children(index, *rels)
        return found[0] if found else None

    def subtree(self, index: int) -> list[Word]:
        """The word and all its descendants, in sentence order (cycle-safe)."""
        seen: set[int] = set()
        stack = [index]
        while stack:
            i = stack.pop()
            if i in seen or i not in self.by_index:
                continue
            seen.add(i)
            stack.extend(w.index for w in self.kids.get(i, []))
        return [self.by_index[i] for i in sorted(seen)]

    def ancestors(self, index: int) -> list[Word]:
        """Heads above ``index`` up to the root (cycle-safe)."""
        out: list[Word] = []
        seen = {index}
        w = self.by_index.get(index)
        while w is not None and w.head and w.head not in seen:
            seen.add(w.head)
            w = self.by_index.get(w.head)
            if w is not None:
                out.append(w)
        return out

    def word(self, index: int) -> Word | None:
        return self.by_index.get(index)

    def prev(self, word: Word) -> Word | None:
        return self.by_index.get(word.index - 1)

    def next(self, word: Word) -> Word | None:
        return self.by_index.get(word.index + 1)

    def at_offset(self, offset: int) -> Word | None:
        """The word covering character ``offset``, if any."""
        for w in self.words:
            if w.start <= offset < w.end:
                return w
        return None


def span_of(words: Iterable[Word]) -> tuple[int, int] | None:
    """(start, end) covering the words, or None for no words."""
    ws = list(words)
    if not ws:
        return None
    return min(w.start for w in ws), max(w.end for w in ws)


def comma_before(tree: Tree, word: Word) -> bool:
    """A comma is the word right before ``word``."""
    prev = tree.prev(word)
    return prev is not None and prev.text == ","


def contiguous(words: list[Word], around: int) -> list[Word]:
    """The run of consecutive word indices in ``words`` that contains index ``around``."""
    idx = {w.index for w in words}
    if around not in idx:
        return []
    lo = hi = around
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    return [w for w in words if lo <= w.index <= hi]


def is_passive(tree: Tree, word: Word) -> bool:
    """A verb in the passive voice: aux:pass or nsubj:pass child, or Voice=Pass with a form of 'be' before."""
    be_aux = [a for a in tree.children(word.index, "aux", "aux:pass") if a.lemma.lower() in ("be", "get")]
    if not be_aux:
        return False  # "Zelensky further/aux:pass commented": a passive needs a form of 'be' or 'get'
    if _perfect_clitic(tree, word, be_aux):
        return False
    feats = word.feats or ""
    return bool(tree.children(word.index, "aux:pass", "nsubj:pass")) or "Voice=Pass" in feats


def _perfect_clitic(tree: Tree, word: Word, be_aux: list[Word]) -> bool:
    """ "He’s argued that ...": the clitic is "has", not "is". The mini models read it as a passive 'be';
    a subject other than "it" or "there" ("it’s said that" is a passive) and, after the verb, a reported
    clause or what was said ("he’s said the same thing", "she’s said much": a passive 'be' takes no
    object but with verbs of giving and telling, "he’s told the news") say it is the perfect."""
    clitic = all(a.text.lower() in POSSESSIVE_S for a in be_aux)
    subjects = tree.children(word.index, "nsubj", "nsubj:pass", "expl")
    personal = bool(subjects) and all(x.lemma.lower() not in ("it", "there") for x in subjects)
    said = tree.children(word.index, "ccomp") or (
        word.lemma.lower() not in lexicon.words("passive_object_verbs.txt")
        and any(
            # or an amount the parser hangs as an adverb: "she’s said much about it"
            x.index > word.index and (x.deprel == "obj" or x.lemma.lower() in ("much", "little", "plenty"))
            for x in tree.children(word.index, "obj", "advmod")
        )
    )
    return clitic and personal and bool(said)


def reduced_passive(word: Word) -> bool:
    """A past participle modifying a clause or noun without 'be': "as asserted by Zelensky", "a report
    released by the ministry"."""
    feats = word.feats or ""
    participle = word.xpos == "VBN" or ("VerbForm=Part" in feats and "Tense=Past" in feats)
    return participle and word.deprel in (
        "acl",
        "advcl",
        "xcomp",
    )  # xcomp: "rejected a plan/obj announced/xcomp by"


def agent(tree: Tree, word: Word) -> Word | None:
    """The "by" agent of a passive verb (an obl:agent child whose case word is "by"), also of a reduced
    passive ("as asserted by Zelensky")."""
    for a in tree.children(word.index, "obl:agent", "obl"):
        if any(c.lemma.lower() == "by" for c in tree.children(a.index, "case")) and (
            a.deprel == "obl:agent" or is_passive(tree, word) or reduced_passive(word)
        ):
            return a
    # "As reported by Western Journalism, investigators found …": the parser hung the "by" phrase right
    # after the participle on the main verb
    by = tree.next(word)
    if by is None or by.lemma.lower() != "by" or by.deprel != "case":
        return None
    noun = tree.word(by.head)
    passive = is_passive(tree, word) or reduced_passive(word)
    return (
        noun
        if noun is not None and noun.index > by.index and passive and noun.upos in {"NOUN", "PROPN"}
        else None
    )


def as_subject(tree: Tree, verb: Word) -> list[Word]:
    """'…, as Democrats/obl accused Republicans', 'As The Hill/obl reported, …': the parser made the subject
    of an "as" clause an oblique of its verb, with "as" for its case; it is the subject when it ends right
    before the verb, and the clause is set off (a comma before "as", or one right after the verb when
    "As" opens the sentence; not the opener "As a part of the agreement, Whitlow …")."""
    for o in tree.children(verb.index, "obl"):
        cases = tree.children(o.index, "case")
        words = tree.subtree(o.index)
        after = tree.next(verb)
        opening = bool(cases) and cases[0].index == 1 and after is not None and after.text == ","
        if (
            cases
            and cases[0].lemma.lower() == "as"
            and (comma_before(tree, cases[0]) or opening)
            and not any(w.upos == "PUNCT" for w in words)
            and max(w.index for w in words) == verb.index - 1
        ):
            return [o]
    return []


AUXILIARIES = frozenset(
    {"have", "has", "had", "will", "would", "can", "could", "may", "might", "should", "did"}
)


_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "NUM"})


def auxiliary_before(tree: Tree, verb: Word) -> Word | None:
    """An auxiliary the parser made a main verb, right before the reporting verb (adverbs between, or a
    short prepositional phrase: "The union has/ccomp in recent years argued")."""
    i = verb.index - 1
    while (w := tree.word(i)) is not None and (w.upos == "ADV" or w.lemma.lower() in ("all", "both", "also")):
        i -= 1
    k = i
    while (w := tree.word(k)) is not None and w.upos in _PHRASE_POS and i - k < 4:
        k -= 1
    w = tree.word(k)
    if w is not None and w.upos == "ADP" and k < i:
        i = k - 1  # the phrase opens with its preposition: step over it
    w = tree.word(i)
    if w is None or w.text.lower() not in AUXILIARIES:
        return None
    return w if w.head != verb.index or w.deprel.split(":")[0] != "aux" else None


def modifier_before(tree: Tree, verb: Word) -> Word | None:
    """An adverb right before the reporting verb that the parser made a predicate with the verb's subject
    ("The dock unions have long/ADJ maintained": "unions" is the subject of "long")."""
    w = tree.prev(verb)
    if w is None or w.upos not in ("ADJ", "ADV") or w.head != verb.index:
        return None
    return (
        w
        if tree.children(w.index, "nsubj") and not tree.children(verb.index, "nsubj", "nsubj:pass")
        else None
    )


def title_case(words: Iterable[Word]) -> bool:
    """A title-case line ("Ruiz Says She Will Win", "Okafor Calls For Inquiry"): four words or more,
    and more than half of those longer than three letters capitalised. Short words are left out because
    headline styles differ on them ("of", "to", "For"). Capitals there mark the line, not names or verbs."""
    words = [w for w in words if w.upos != "PUNCT"]
    long = [w for w in words if w.text.isalpha() and len(w.text) > 3]
    return len(words) >= 4 and sum(w.text[:1].isupper() for w in long) * 2 > len(long)


# Modals that are also surnames ("Theresa May", "George Will"), as written mid-sentence.
SURNAME_MODALS = frozenset({"May", "Will", "Might", "Can"})


def _inflected_report(w: Word) -> bool:
    """A reporting verb in a past or -s form, whatever its tag ("wrote", "said", "says", "reported")."""
    form = w.text.lower()
    lemma = form_lemma(form)
    return lemma is not None and form != lemma and not form.endswith("ing")


def surname_modal(tree: Tree, w: Word) -> bool:
    """ "Prime Minister Theresa May/AUX said", "columnist George Will/AUX wrote": a capitalised modal
    in mid-sentence right after a proper noun, or before a past or -s verb form, is a surname the tagger
    read as a modal (not in a title-case line, where "Ruiz Will Win" capitalises every word)."""
    if w.upos != "AUX" or w.text not in SURNAME_MODALS:  # most words: asked of each word before a verb
        return False
    prev = tree.word(w.index - 1)
    nxt = tree.word(w.index + 1)
    # a modal takes a bare verb, never a past or -s form: "In particular, Will/AUX wrote/VBD, …"
    before_finite = w.index > 1 and nxt is not None and (nxt.xpos in ("VBD", "VBZ") or _inflected_report(nxt))
    return ((prev is not None and prev.upos == "PROPN") or before_finite) and not title_case(tree.words)


def own_span(w: Word, text: str) -> tuple[int, int]:
    """The word's own characters. Words of a multi-word token share the token's offsets ("He’s" gives
    "He" and "’s" both 0-4); this cuts out the word's part when the token spells it ("He" 0-2)."""
    token = text[w.start : w.end]
    if token == w.text or not w.text:
        return w.start, w.end
    if token.startswith(w.text):
        return w.start, w.start + len(w.text)
    if token.endswith(w.text):
        return w.end - len(w.text), w.end
    return w.start, w.end


def noun_before(tree: Tree, pronoun: Word) -> Word | None:
    """The noun right before a relative pronoun, over one comma ("a sign, which")."""
    k = pronoun.index - 1
    if (prev := tree.word(k)) is not None and prev.text == ",":
        k -= 1
    w = tree.word(k)
    return w if w is not None and w.upos in {"NOUN", "PROPN"} else None


FINITE_XPOS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_verb(w: Word) -> bool:
    """A verb or auxiliary the tagger marks as finite ("declined", "is", "will"), not a bare form."""
    if w.upos not in {"VERB", "AUX"}:
        return False
    return "VerbForm=Fin" in (w.feats or "") or (w.xpos or "") in FINITE_XPOS


def participle_adjunct(tree: Tree, verb: Word) -> bool:
    """An -ing form without its own subject or auxiliary (", saying ...", "by arguing that ..."): it shares
    the subject of the clause it hangs on; "is saying" or "officials saying" are not adjuncts."""
    if not verb.text.lower().endswith("ing") or verb.upos not in {"VERB", "AUX"} or verb.index == 1:
        return False
    if tree.children(verb.index, "aux", "expl"):
        return False
    subjects = tree.children(verb.index, "nsubj", "nsubj:pass")
    if any(not object_before_comma(tree, x, verb) for x in subjects):
        return False
    prev = tree.word(verb.index - 1)
    return prev is None or prev.upos not in {"NOUN", "PROPN", "PRON"} or prev.text == ","


def trailing_participle(tree: Tree, verb: Word) -> bool:
    """ "“…,” Okafor said, referring/ccomp to the dock": an -ing adjunct set off by a comma after the verb
    it hangs on, which the parser made that verb's reported clause. What a verb reports does not follow
    it as a bare participle after a comma; the participle adds a view of the same speaker."""
    head = tree.word(verb.head)
    prev = tree.word(verb.index - 1)
    return (
        verb.deprel in ("ccomp", "xcomp")
        and head is not None
        and head.index < verb.index
        and prev is not None
        and prev.text == ","
        and participle_adjunct(tree, verb)
    )


def object_before_comma(tree: Tree, subject: Word, verb: Word) -> bool:
    """ "Okafor disputed those figures/nsubj, saying …": the parser made the object of the verb before the
    comma the participle's subject. The noun ends right before the comma that precedes the participle,
    and a verb comes right before its determiners and adjectives."""
    comma = tree.word(verb.index - 1)
    if comma is None or comma.text != "," or subject.index != verb.index - 2:
        return False
    k = subject.index - 1
    # "disputed that/SCONJ figure": the parser may also read the determiner as a complementizer
    while (w := tree.word(k)) is not None and (w.upos in ("DET", "ADJ", "NUM") or w.text.lower() == "that"):
        k -= 1
    w = tree.word(k)
    return w is not None and w.upos == "VERB" and k < subject.index - 1


def nearest_subject(tree: Tree, w: Word) -> Word | None:
    """The verb's nsubj nearest before it (else the first after), looking through a perfect auxiliary
    and, for a conjoined verb without a subject, its head's: "X criticized Y and praised Z"."""
    holders = [w]
    if (aux := auxiliary_before(tree, w)) is not None:
        holders.append(aux)
    if w.deprel == "conj" and not tree.children(w.index, "nsubj") and (head := tree.word(w.head)):
        holders.append(head)
    subjects = [x for h in holders for x in tree.children(h.index, "nsubj")]
    # nearest: the mini parser also hangs fronted words on the verb ("Earlier/nsubj, Ruiz called")
    before = [x for x in subjects if x.index < w.index]
    return before[-1] if before else (subjects[0] if subjects else stolen_subject(tree, w))


def stolen_subject(tree: Tree, w: Word) -> Word | None:
    """ "Ana Ruiz, who ran the port, said/root …": the parser gave the relative clause both subjects
    (Ruiz/nsubj and who/nsubj of 'ran', hung on 'said'), leaving the verb after it none. A clause hung
    on ``w`` before it, with a noun subject, then a comma and "who"/"which" as a second subject: the
    noun is ``w``'s subject. None when ``w`` has a subject of its own."""
    if tree.children(w.index, "nsubj", "nsubj:pass"):
        return None
    for clause in tree.children(w.index):
        if clause.index > w.index or clause.upos not in {"VERB", "AUX", "ADJ"}:
            continue
        subjects = tree.children(clause.index, "nsubj", "nsubj:pass")
        relative = [x for x in subjects if x.lemma.lower() in ("who", "which") and comma_before(tree, x)]
        if relative and (first := [x for x in subjects if x.index < relative[0].index]):
            return first[0] if first[0].upos in {"NOUN", "PROPN"} else None
    return None
