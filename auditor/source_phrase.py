"""Find a source noun phrase: its words from the parse, trimmed to what names the source. (Surface
fallbacks read in word order live in ``auditor.source_surface``; what the phrase names, its kind and
whether it is a name, in ``auditor.source_kind``.)

Shared word lists for source phrases live here too: source nouns ("official", "sources"), bodies,
media outlets, pronoun kinds.
"""

from __future__ import annotations

from functools import cache
from typing import cast

from auditor import lexicon
from auditor.cue_words import counted
from auditor.models import SourceKind, Word
from auditor.names import is_given_name
from auditor.syntax import (
    DASH_CHARS,
    DASH_WORDS,
    POSSESSIVE_MARKS,
    SURNAME_MODALS,
    Tree,
    contiguous,
)

PRONOUN_KINDS: dict[str, SourceKind] = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "i": "person",
    "me": "person",
    "we": "group",
    "they": "group",
    "them": "group",
    "it": "organization",
    "you": "person",
}
NP_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "X"})
NP_JOIN = frozenset({*POSSESSIVE_MARKS, ".", "-", "&"})
RELATIVE = frozenset({"who", "which", "that", "whom"})


def is_relative(w: Word) -> bool:
    """A relative pronoun by its lemma, but not the demonstrative "those" the lemmatiser also turns
    into "that" ("Those who attended said ...": "Those" is the subject)."""
    return w.lemma.lower() in RELATIVE and w.text.lower() != "those"


PP_LINKS = frozenset({"of", "in", "within", "from", "at", "inside"})
TRIM = " \t\n,;:—–-\"“”‘’'("
KINDS: frozenset[str] = frozenset({"person", "organization", "government", "media", "document", "group"})


@cache
def as_kind(value: str | None) -> SourceKind:
    """A data-file kind as a SourceKind ('unknown' for anything else)."""
    return cast(SourceKind, value) if value in KINDS else "unknown"


@cache
def source_nouns() -> dict[str, str]:
    return {k: v[0] if v else "unknown" for k, v in lexicon.table("source_nouns.txt").items()}


@cache
def body_nouns() -> frozenset[str]:
    """Group nouns that denote an official body or panel (class ``body`` in ``source_nouns.txt``)."""
    return frozenset(k for k, v in lexicon.table("source_nouns.txt").items() if v[1:2] == ("body",))


@cache
def media_outlets() -> frozenset[str]:
    return lexicon.words("media_outlets.txt")


_DATE_LEADS = frozenset({"early", "late", "last", "this", "next"})


def _dates_participle(word: Word) -> bool:
    """The date after this word belongs to it, and the source keeps both: "a poll released Monday", "a
    Ledger poll out Monday" (a document named with when it appeared), not "his lawyer Friday"."""
    return word.xpos == "VBN" or word.text.lower() == "out"


def trim_words(words: list[Word], text: str, *, content: bool = False) -> list[Word]:
    """Drop leading/trailing punctuation, conjunctions, stray prepositions and time phrases ("on Sunday");
    for a source (not ``content``), also a circumstance after a comma ("…, in her dissent")."""
    times = lexicon.words("time_words.txt")
    words = _without_dateline(words, text)
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        tail = words[k + 1 :]
        if (
            w.upos == "ADP"
            and w.lemma.lower() in ("on", "in", "at", "last", "this")
            and any(x.text.lower() in times for x in tail)
            # only a date after it: not "who was traveling in Europe and Africa this week"
            and date_phrase(tail)
        ):
            if content or not _dates_participle(words[k - 1]):
                words = words[:k]
            break
    run = len(words)
    while run > 1 and (
        words[run - 1].text.lower() in times
        or words[run - 1].text.lower() in _DATE_LEADS
        or (run < len(words) and words[run - 1].text.lower() in ("on", "in", "at"))  # "released on Monday"
    ):
        run -= 1
    dated = not content and run < len(words) and _dates_participle(words[run - 1])
    while (
        not dated
        and len(words) > 1
        and (words[-1].text.lower() in times or words[-1].text.lower() in _DATE_LEADS)
        and any(w.text.lower() not in times and w.upos in {"NOUN", "PROPN", "PRON"} for w in words[:-1])
        and not (words[-1].text.isupper() and len(words[-1].text) > 2)  # "USA TODAY" is a name
        and not (words[-1].text[:1].isupper() and is_given_name(words[-2].text))  # "Theresa May"
        and not any(is_relative(w) and w.upos == "PRON" for w in words[:-1])  # "who spoke this week"
    ):
        words = words[:-1]  # "his lawyer Friday afternoon"
    for _ in range(2):  # "N.H., on Tuesday, Senator Reyes": a second opening after the first
        commas = [k for k, w in enumerate(words) if w.text == ","]
        lead = words[: commas[0]] if commas else []
        if lead and (
            all(w.text.lower() in times or w.upos in {"ADV", "DET", "NUM", "ADP", "ADJ"} for w in lead)
            # "Meanwhile/PROPN, Dana Whitlow": the tagger takes a capitalised connective for a name
            or " ".join(w.text.lower() for w in lead) in lexicon.words("source_asides.txt")
            # "When contacted, a spokesperson": a clause opened by a subordinator or a participle, no noun
            or (
                lead[0].upos in {"SCONJ", "VERB", "ADV"}
                and not any(w.upos in {"NOUN", "PROPN", "PRON"} for w in lead)
            )
            # "…died when a wall collapsed, fire officials said": a clause with its own verb
            or (not content and _subordinate(lead))
        ):
            words = words[commas[0] + 1 :]  # "Earlier this year, United Nations monitors"
        while words and (words[0].upos in {"PUNCT", "CCONJ", "ADP", "SCONJ"} or words[0].text in TRIM):
            if count_prefix(words) and len(words) > len(count_prefix(words)):
                break  # "About three in 10 said", "At least half of voters": the words are the count's
            words = words[1:]
    if len(words) > 1 and words[0].text.lower() in ("which", "whom") and words[1].upos in _NP_START:
        words = words[1:]  # "the plan, which Senator Reyes called …": the pronoun is the object
    while words and (
        words[-1].upos in {"PUNCT", "CCONJ", "ADP", "SCONJ"}
        or (words[-1].upos == "AUX" and words[-1].text not in SURNAME_MODALS)
        or words[-1].text.strip(TRIM) == ""
    ):  # AUX: a clitic the tokenizer split off ("he’s", "we'll"), not a surname read as one ("Will")
        if words[-1].text == ")" and any(w.text == "(" for w in words):
            break  # keep "(NSC)"
        if _closes_title(words):
            break  # keep "host of MSNBC’s “Morning Joe,”"
        words = words[:-1]
    # the adverb of a relative clause is the clause's: "an official, who was not authorized to speak
    # publicly"; any other trailing adverb is the verb's
    clause = any(is_relative(w) and w.upos == "PRON" for w in words[:-1])
    while len(words) > 1 and (
        (words[-1].upos == "ADV" and not clause)
        or (words[-1].upos == "ADJ" and words[-2].upos in {"PROPN", "PRON"})
    ):
        words = words[:-1]  # "Zelensky further (commented)"
    if len(words) > 1 and words[-1].text.lower() in _REFLEXIVES:
        words = words[:-1]  # "Clinton herself": the name
    words = _after_contrast(words)
    if not content:
        words = _without_circumstance(words)
    commas = [k for k, w in enumerate(words) if w.text == ","]
    if commas and commas[-1] > 0:  # "Tom Okafor, by contrast": the writer's connective after the last comma
        aside = " ".join(w.text.lower() for w in words[commas[-1] + 1 :])
        if aside in lexicon.words("source_asides.txt"):
            words = words[: commas[-1]]
    return words


_NP_START = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def _subordinate(lead: list[Word]) -> bool:
    """ "…died when a wall collapsed, fire officials said": a subordinate clause with its own verb
    before the comma, which the parser hung on the source."""
    first = lead[0]
    subordinator = first.text.lower() in lexicon.words("subordinators.txt")
    opens = first.upos == "SCONJ" or (first.upos == "ADV" and subordinator)
    return opens and any(w.upos in {"VERB", "AUX"} for w in lead[1:])


def _without_circumstance(words: list[Word]) -> list[Word]:
    """The phrase before a comma that opens a circumstance (``source_circumstances.txt``): "Judge Lena
    Moritz, in her dissent" is Judge Lena Moritz; "Dana Reyes, in charge of the budget" stays whole."""
    table = lexicon.table("source_circumstances.txt")
    for k in range(1, len(words) - 1):
        prep = words[k + 1]
        if words[k].text != "," or prep.upos not in {"ADP", "SCONJ"} or prep.text.lower() not in table:
            continue
        after = words[k + 2].text.lower() if k + 2 < len(words) else ""
        opened = sum(w.text == "(" for w in words[:k]) > sum(w.text == ")" for w in words[:k])
        if after not in table[prep.text.lower()] and not opened:  # "(private ones, in particular)"
            return words[:k]
    return words


def _contrast(words: list[Word], k: int) -> bool:
    """ "whereas", or "but" after a comma: not "everyone but Hewlett", "all but two", "complete but
    unofficial returns"."""
    low = words[k].text.lower()
    return low == "whereas" or (low == "but" and k > 0 and words[k - 1].text == ",")


def _after_contrast(words: list[Word]) -> list[Word]:
    """ "the plan's backers, but Okafor": the phrase after a contrasting "but" (or "whereas")."""
    cut = max((k for k, w in enumerate(words) if _contrast(words, k)), default=-1)
    if 0 <= cut < len(words) - 1 and words[cut + 1].upos in _NP_START and not is_relative(words[cut + 1]):
        return words[cut + 1 :]
    return words


def spaced(w: Word, text: str) -> bool:
    """A dash with a space on each side: a dateline's ("LINDALE — "), not a hyphen ("D-Nev.")."""
    return not text or (text[w.start - 1 : w.start].isspace() and text[w.end : w.end + 1].isspace())


def not_a_hyphen(w: Word, text: str) -> bool:
    """A dash mark that separates ("the Ledger—voters", "the Ledger - voters"), not a hyphen inside a
    word ("long-time"): a dash character, or a hyphen with a space on each side."""
    return w.text != "-" or spaced(w, text)


def _without_dateline(words: list[Word], text: str) -> list[Word]:
    """A sentence opening with a dateline ("LINDALE — Mayor Ana Ruiz argued", "Lindale (AFP) – Tom
    Okafor said"): the place and agency before the dash are the story's, not the source's name."""
    if not words or words[0].index != 1:
        return words
    k = next((i for i, w in enumerate(words[:7]) if w.text in DASH_WORDS and spaced(w, text)), None)
    if k is None or k == 0 or k == len(words) - 1:
        return words
    after = text[words[-1].end :].lstrip()[:2] if text else ""
    if any(w.text in DASH_WORDS for w in words[k + 1 :]) or (
        after and (after[0] in DASH_CHARS or after == "--")
    ):
        return words  # "NATO — the alliance — said": a pair of dashes sets off an apposition
    lead = words[:k]
    capitals = any(w.text.isupper() and w.text.isalpha() and len(w.text) > 1 for w in lead)
    placelike = all(w.upos == "PROPN" or w.text in {"(", ")", ",", "."} or w.text.isupper() for w in lead)
    return words[k + 1 :] if capitals and placelike else words


def np_from_subtree(tree: Tree, head: Word, stop: set[int], text: str) -> list[Word]:
    """The subtree of ``head`` as one contiguous run, cut before any word in ``stop`` (the cue, quotes)."""
    cut: set[int] = set()
    inner = [w for w in tree.subtree(head.index) if w.deprel.split(":")[0] in ("acl", "advcl", "appos")]
    for c in inner:  # at any depth: "Nora Haldane, the press secretary, echoing remarks ..."
        before = tree.word(c.index - 1)
        comma = (before is not None and before.text == ",") or (tree.word(c.index - 2) or c).text == ","
        if c.text.lower().endswith("ing") and c.upos == "VERB" and comma:
            cut |= {w.index for w in tree.subtree(c.index)}  # ", speaking on condition of anonymity,"
    words = [w for w in tree.subtree(head.index) if w.index not in stop and w.index not in cut]
    words = contiguous(_glued(tree, words, stop), head.index)
    words = trim_words(words, text)
    if len(words) > 30:  # a parse that swallowed a clause: keep the name core
        core = {head.index} | {
            w.index for w in tree.children(head.index, "compound", "flat", "det", "amod", "nmod:poss")
        }
        words = contiguous(
            [w for w in tree.subtree(head.index) if w.index in core or w.head in core], head.index
        )
    return words


def demonstrative_phrase(tree: Tree, words: list[Word], verb: Word, stop: set[int]) -> list[Word]:
    """A bare "those" before the verb with the words up to the verb, which the parser hung elsewhere
    ("those surveyed say", "those around him acknowledge", "those who have followed the race
    argue"): "those" alone names nobody. Other phrases are returned as they are."""
    if len(words) != 1 or words[0].text.lower() != "those" or words[0].index > verb.index:
        return words
    run = [w for w in tree.words if words[0].index <= w.index < verb.index]
    if is_relative(run[-1]):
        return words  # "those who fear ...": the verb is the relative clause's own
    if len(run) > 16 or any(w.index in stop or w.text in (",", ";", ":", "“", '"') for w in run):
        return words
    return run


def count_prefix(words: list[Word]) -> list[Word]:
    """The words of ``count_prefixes.txt`` opening ``words`` before a count or share ("About" 4 in 10,
    "At least" half, "More than" 40), or []."""
    for phrase in sorted(lexicon.words("count_prefixes.txt"), key=len, reverse=True):
        n = len(phrase.split())
        head, rest = words[:n], words[n : n + 1]
        if rest and counted(rest[0]) and len(head) == n and " ".join(w.text.lower() for w in head) == phrase:
            return head
    return []


def _glued(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """``words`` with the pieces of a hyphenated word the parser hung elsewhere: in "The 43-year-old
    congressman" the mini parser makes "43" a second subject, which would cut "The" off the phrase."""
    have = {w.index for w in words}
    added = True
    while added:
        added = False
        for k in sorted(have):
            for j, a, b in ((k - 1, k - 1, k), (k + 1, k, k + 1)):
                x, left, right = tree.word(j), tree.word(a), tree.word(b)
                if x is None or left is None or right is None or j in have or j in stop:
                    continue
                if left.end == right.start and "-" in (left.text, right.text):
                    have.add(j)
                    added = True
    return [x for k in sorted(have) if (x := tree.word(k)) is not None]


def _closes_title(words: list[Word]) -> bool:
    """The last word closes a quotation opened inside the phrase (a title: "author of “Bitter Pill”")."""
    last = words[-1].text
    if last in ("”", "''"):
        return any(w.text in ("“", "``") for w in words[:-1])
    return last == '"' and sum(w.text == '"' for w in words) % 2 == 0


def date_phrase(words: list[Word]) -> bool:
    """Only a date: "Sunday", "earlier this month", "on June 7" (time_words.txt with the words of
    date_modifiers.txt and numbers); not "22 of the emails", "to vote Tuesday", "in Europe this week"."""
    times = lexicon.words("time_words.txt")
    others = lexicon.words("date_modifiers.txt")
    toks = [w for w in words if w.upos != "PUNCT"]
    if not any(w.text.lower() in times for w in toks):
        return False
    return all(w.text.lower() in times or w.text.lower() in others or w.upos in {"NUM", "DET"} for w in toks)


def only_time(words: list[Word]) -> bool:
    """A phrase that is just a time expression ("Friday", "this month"): a parse error as a subject."""
    times = lexicon.words("time_words.txt") | lexicon.words("time_units.txt")
    content = [w for w in words if w.upos in {"NOUN", "PROPN", "NUM", "PRON"}]
    if [w.text.lower() for w in content] == ["one"]:
        return False  # "One said ...": one of a group (auditor/coref_ellipsis.py), not a date
    return bool(content) and all(w.text.lower() in times or w.upos == "NUM" for w in content)


def head_of(tree: Tree, words: list[Word]) -> Word | None:
    """The word of ``words`` whose head lies outside them (the NP head); the last noun as fallback."""
    idx = {w.index for w in words}
    heads = [w for w in words if w.head not in idx and w.upos in {"NOUN", "PROPN", "PRON", "NUM", "X"}]
    if not heads and words and words[0].upos in {"DET", "ADJ"}:
        # "Some/DET of the tenants donating to Ruiz", "Most/ADJ of the voters": a quantifier heads the
        # phrase; its people are the noun of its "of" phrase, not the last noun ("Ruiz")
        heads = [w for w in tree.children(words[0].index, "nmod") if w.index in idx]
    if len(heads) > 1 and _first_of_pair(tree, heads[0]):
        heads = heads[1:]
    if heads:
        head = heads[0]
        idx_words = {w.index: w for w in words}
        while (
            (nxt := idx_words.get(head.index + 1)) is not None
            and nxt.upos in {"NOUN", "PROPN"}
            and (head.head == nxt.index or head.deprel in ("compound", "flat") or nxt.deprel == "flat")
        ):
            head = nxt  # compound chains: "health ministry", "Dmitry Peskov"
        return head
    # Surface: the last noun before a preposition, comma or relative pronoun.
    last = None
    for w in words:
        if w.upos == "ADP" or w.text == "," or is_relative(w):
            break
        if w.upos in {"NOUN", "PROPN", "PRON", "X"}:
            last = w
    return last


def _first_of_pair(tree: Tree, w: Word) -> bool:
    """The first of two heads the parser gave one phrase, when the second heads it: a count in a share
    ("Six/nsubj in 10 voters/nsubj": the voters) or a name before a slash ("A USA TODAY/Harbor
    Institute poll": the poll)."""
    nxt = tree.word(w.index + 1)
    return (
        w.upos == "NUM"
        or w.text.lower() in lexicon.words("number_words.txt")
        or (nxt is not None and nxt.text == "/")
    )
