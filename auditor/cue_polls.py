"""Poll openers: "In a new CNN poll, 52 percent …" is a cue whose source is the poll and whose content is
the rest of the sentence. Found by ``auditor.cue_nouns`` with the other noun cues; the poll nouns are in
``auditor/data/cue_poll_nouns.txt``.

Only at the start of a sentence and only a particular poll ("In polls, …" names none). The phrase is
read from the parse, or, when the parser split it at a slash or a joined name ("In a second
Harbor/Ledger survey, …", where "Harbor" becomes the root), from the words before the comma.

Inside a sentence, "leads in the polls" cites no one, but a poll named by its outlet is a source: "Ruiz
held a 12-point lead in a new Ledger poll released Monday" (``inline_poll``: a determiner and a name
before the poll noun; on PolNeAR train 12 of the 19 cues this adds are marked, the rest being polls
cited the same way that the annotators left out, while "in the polls" is marked 7 times in 52).
"""

from __future__ import annotations

from typing import NamedTuple

from auditor import lexicon
from auditor.models import Word
from auditor.syntax import Tree, contiguous
from auditor.verb_lexicon import verb_lemma

POLL_RULE = "poll opening the sentence"
INLINE_POLL_RULE = "a named poll cited in the sentence"

# words that may stand between the poll phrase and its comma: a date the parser left out of the phrase
# ("In a Ledger poll last month,", "In a Gazette poll released Monday,", "… poll that week,")
_POLL_DATING = frozenset(
    {
        "released",
        "conducted",
        "taken",
        "published",
        "out",
        "last",
        "this",
        "earlier",
        "in",
        "on",
        "the",
        "same",
    }
)
# what may come before the poll noun when the phrase is read from the words: a noun phrase, with the
# slashes and hyphens of joined names ("Harbor Radio/Ledger poll") and "second annual"
_BEFORE_NOUN = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "SYM", "ADV", "PART"})
_JOINERS = frozenset({"/", "-", "–", "&"})
_MAX_BEFORE = 8
# a participle opening an aside about the poll between two commas ("In the Ledger poll, taken in March,
# Ruiz led"): the aside is part of the poll as written, and the findings start after it
_ASIDE_PARTICIPLES = frozenset({"conducted", "released", "taken", "published", "carried"})
_MAX_ASIDE = 8


class PollPhrase(NamedTuple):
    words: list[Word]  # the poll: "a new CNN poll", "a second Harbor/Ledger survey"
    date: list[Word]  # between the poll and the comma, part of the source as written: "released Monday"
    comma: Word  # the comma after which its findings start
    noun: Word  # the poll noun in it


def opening_phrase(tree: Tree, first: Word, noun: Word) -> list[Word]:
    """The noun phrase after the opening preposition ('In a poll', 'To Whitlow'), up to its comma."""
    words = [w for w in tree.subtree(noun.index) if w.index > first.index]
    words = contiguous(words, noun.index)
    comma = next((w.index for w in words if w.text == "," and w.index > noun.index), None)
    if comma is not None:  # "In a CNN poll released Monday, ...": stop at the comma
        words = [w for w in words if w.index < comma]
    return words


def poll_phrase(tree: Tree, first: Word) -> PollPhrase | None:
    """The poll phrase after a sentence-opening "In" and the comma that closes it, or None when "In" does
    not open a particular poll followed by a comma ("In the hallway, …", "In polls, …", "In a poll
    that nobody read, …")."""
    if first.text.lower() != "in":
        return None
    head = tree.word(first.head)
    noun = _poll_noun(tree, head)
    if noun is not None and head is not None:
        phrase = opening_phrase(tree, first, head)  # "a Ledger poll/compound last month/head"
        dated = _dated_comma(tree, phrase) if phrase else None
        if dated is not None and _particular(tree, first, noun):
            return _with_aside(tree, PollPhrase(phrase, *dated, noun))
    return _phrase_from_words(tree, first)


def _particular(tree: Tree, first: Word, noun: Word) -> bool:
    """Some word between "In" and the poll noun singles out one poll: a determiner, a name, a number
    or a possessive ("In a poll", "In the Ledger's poll"), and no more than a noun phrase's length."""
    between = [x for x in tree.words if first.index < x.index < noun.index]
    if not between or len(between) > _MAX_BEFORE:
        return False
    return any(x.upos in {"DET", "PROPN", "NUM"} or x.deprel == "nmod:poss" for x in between)


def _poll_noun(tree: Tree, noun: Word | None) -> Word | None:
    """The poll noun "In" heads, or the poll the parser made a compound of a date after it ("In a
    Gazette poll/compound last month/head")."""
    if noun is None:
        return None
    polls = lexicon.words("cue_poll_nouns.txt")
    if noun.lemma.lower() in polls:
        return noun
    if noun.text.lower() in lexicon.words("time_words.txt"):
        return next((c for c in tree.children(noun.index, "compound") if c.lemma.lower() in polls), None)
    return None


def _phrase_from_words(tree: Tree, first: Word) -> PollPhrase | None:
    """The phrase read from the words when the parse does not hang the poll on "In": a noun phrase
    ending in a poll noun right after "In", then at most a date, then a comma ("In a second
    Harbor/Ledger survey, …", "In a Harbor/Ledger poll that week, …")."""
    found = _words_to_poll(tree, first)
    if found is None:
        return None
    before, noun = found
    phrase = [*before, noun]
    dated = _dated_comma(tree, phrase)
    if dated is None or not _particular(tree, first, noun):
        return None
    return _with_aside(tree, PollPhrase(phrase, *dated, noun))


def _words_to_poll(tree: Tree, first: Word) -> tuple[list[Word], Word] | None:
    """The words of a noun phrase right after ``first`` up to the first poll noun, and that noun: at most
    ``_MAX_BEFORE`` words of the tags a noun phrase has, with the joiners of names ("Harbor/Ledger")."""
    polls = lexicon.words("cue_poll_nouns.txt")
    before: list[Word] = []
    k = first.index + 1
    while (w := tree.word(k)) is not None and len(before) <= _MAX_BEFORE:
        if w.upos in ("NOUN", "PROPN") and w.lemma.lower() in polls and before:
            return before, w
        if not (w.upos in _BEFORE_NOUN or w.text in _JOINERS):
            return None
        before.append(w)
        k += 1
    return None


def _dates(w: Word) -> bool:
    """A word of a date the parser left beside a poll: "released Monday", "last month", "March 3"."""
    low = w.text.lower()
    return low in _POLL_DATING or low in lexicon.words("time_words.txt") or w.upos == "NUM"


def _dated_comma(tree: Tree, phrase: list[Word]) -> tuple[list[Word], Word] | None:
    """The date the parser left out of an opening phrase and the comma closing it: right after the
    phrase (no date), or after up to four words of a date ("In a Ledger poll last month,", "In a Gazette
    poll released Monday,")."""
    k = phrase[-1].index + 1
    dating: list[Word] = []
    while (w := tree.word(k)) is not None and w.text != "," and len(dating) <= 4:
        if not _dates(w):
            return None
        dating.append(w)
        k += 1
    return (dating, w) if w is not None and w.text == "," and len(dating) <= 4 else None


def _with_aside(tree: Tree, found: PollPhrase) -> PollPhrase:
    """The poll phrase grown over a participle aside after its comma ("…, taken March 3-5, …")."""
    first = tree.next(found.comma)
    if first is None or first.text.lower() not in _ASIDE_PARTICIPLES:
        return found
    k, aside = first.index, list[Word]()
    while (w := tree.word(k)) is not None and w.text != "," and len(aside) <= _MAX_ASIDE:
        aside.append(w)
        k += 1
    if w is None or w.text != "," or len(aside) > _MAX_ASIDE:
        return found
    return PollPhrase(found.words, [*found.date, found.comma, *aside], w, found.noun)


class InlinePoll(NamedTuple):
    words: list[Word]  # "a new Ledger poll"
    date: list[Word]  # "released Monday", part of the source as written
    closes: bool  # nothing but punctuation follows: the clause before "in" is what the poll found


def inline_poll(tree: Tree, first: Word) -> InlinePoll | None:
    """The poll phrase after an "in" inside the sentence when it names its outlet ("in a new Ledger
    poll", "in the Harbor Radio/Ledger survey released Monday"), else None ("in the polls", "in a poll",
    "in the Ledger poll numbers")."""
    if first.text.lower() != "in" or first.index == 1:
        return None
    found = _words_to_poll(tree, first)
    if found is None:
        return None
    before, noun = found
    nxt = tree.next(noun)
    if nxt is not None and nxt.upos in ("NOUN", "PROPN"):
        return None  # "in the Ledger poll numbers": the poll is not the head
    # a name: the mini tagger calls some outlets adjectives ("the Ledger/ADJ average")
    named = any(x.upos == "PROPN" or x.text[:1].isupper() for x in before)
    if before[0].lemma.lower() not in ("a", "the") or not named or _in_reporters_subject(tree, noun):
        return None
    last = _of_polls(tree, noun)  # "the Ledger average of recent surveys": the polls it averages
    date = _inline_date(tree, last)
    end = date[-1] if date else last
    after = tree.next(end)
    if after is not None and after.upos == "VERB" and verb_lemma(after) is not None:
        return None  # "… of residents in the Ledger poll said": the poll is in the verb's subject
    rest = [x for x in tree.words[end.index :] if x.upos != "PUNCT"]
    return InlinePoll([*before, *tree.words[before[-1].index : last.index]], date, closes=not rest)


def _of_polls(tree: Tree, noun: Word) -> Word:
    """The last poll noun of an "of" phrase right after ``noun`` ("average of state polls"), else
    ``noun``: the source reads as the phrase names it."""
    nxt = tree.next(noun)
    if nxt is None or nxt.text.lower() != "of":
        return noun
    polls = lexicon.words("cue_poll_nouns.txt")
    for w in tree.words[nxt.index : nxt.index + 5]:
        if w.upos not in _BEFORE_NOUN:
            return noun
        if w.lemma.lower() in polls:
            return w
    return noun


def _in_reporters_subject(tree: Tree, noun: Word) -> bool:
    """The poll qualifies the subject of a reporting verb ("58 percent of residents in a Ledger poll
    said …"): that verb's source already names the poll, so it is no second attribution."""
    w: Word | None = noun
    for _ in range(4):
        if w is None or w.deprel not in ("nmod", "obl", "nsubj", "nsubj:pass", "acl"):
            return False
        head = tree.word(w.head)
        if w.deprel.startswith("nsubj"):
            return head is not None and verb_lemma(head) is not None
        w = head
    return False


def _inline_date(tree: Tree, noun: Word) -> list[Word]:
    """Up to four words dating the poll after its noun, up to punctuation or the sentence's end
    ("released Monday", "last month"); none when other words follow."""
    dating: list[Word] = []
    k = noun.index + 1
    while (w := tree.word(k)) is not None and w.upos != "PUNCT" and len(dating) <= 4:
        if not _dates(w):
            return []
        dating.append(w)
        k += 1
    return dating if len(dating) <= 4 else []
