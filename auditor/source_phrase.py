"""Find and describe a source noun phrase: its words from the parse, kind, namedness. (Surface fallbacks
read in word order live in ``auditor.source_surface``.)

A source is *named* when its phrase carries a proper name of a person, organisation, government,
outlet or document ("Kremlin spokesman Dmitry Peskov", "the NSC", "Moscow"), and unnamed when it is
headed by a source noun ("a source within Ukrainian intelligence", "International observers") or is a
pronoun or role noun left for coreference ("he", "the Ukrainian leader"). Capitalisation alone never
makes a name: sentence-initial "International observers" is judged by its head noun and tags.
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from auditor import lexicon, names
from auditor.models import Entity, ParsedArticle, SourceKind, Word
from auditor.source_names import (
    appositive_name,
    is_name_word,
    leading_written_name,
    titled_name,
    written_as_name,
)
from auditor.spans import index_of
from auditor.syntax import POSSESSIVE_MARKS, Tree, contiguous

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
_INDEFINITE = frozenset({"a", "an", "another"})
PP_LINKS = frozenset({"of", "in", "within", "from", "at", "inside"})
TRIM = " \t\n,;:—–-\"“”‘’'("
_DEMONYM = re.compile(r"(?:ian|an|ese|ish)$")
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


def trim_words(words: list[Word], text: str) -> list[Word]:
    """Drop leading/trailing punctuation, conjunctions, stray prepositions and time phrases ("on Sunday")."""
    times = lexicon.words("time_words.txt")
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        if (
            w.upos == "ADP"
            and w.lemma.lower() in ("on", "in", "at", "last", "this")
            and any(x.text.lower() in times for x in words[k + 1 :])
        ):
            words = words[:k]
            break
    while (
        len(words) > 1
        and (
            words[-1].text.lower() in times
            or words[-1].text.lower() in ("early", "late", "last", "this", "next")
        )
        and any(w.text.lower() not in times and w.upos in {"NOUN", "PROPN", "PRON"} for w in words[:-1])
    ):
        words = words[:-1]  # "his lawyer Friday afternoon"
    commas = [k for k, w in enumerate(words) if w.text == ","]
    lead = words[: commas[0]] if commas else []
    if lead and (
        all(w.text.lower() in times or w.upos in {"ADV", "DET", "NUM", "ADP", "ADJ"} for w in lead)
        # "When contacted, a spokesperson": a clause opened by a subordinator or a participle, no noun
        or (
            lead[0].upos in {"SCONJ", "VERB", "ADV"}
            and not any(w.upos in {"NOUN", "PROPN", "PRON"} for w in lead)
        )
    ):
        words = words[commas[0] + 1 :]  # "Earlier this year, United Nations monitors"
    while words and (words[0].upos in {"PUNCT", "CCONJ", "ADP", "SCONJ"} or words[0].text in TRIM):
        words = words[1:]
    while words and (
        words[-1].upos in {"PUNCT", "CCONJ", "ADP", "SCONJ", "AUX"} or words[-1].text.strip(TRIM) == ""
    ):  # AUX: a clitic the tokenizer split off ("he’s", "we'll")
        if words[-1].text == ")" and any(w.text == "(" for w in words):
            break  # keep "(NSC)"
        words = words[:-1]
    # the adverb of a relative clause is the clause's: "an official, who was not authorized to speak
    # publicly"; any other trailing adverb is the verb's
    clause = any(w.lemma.lower() in RELATIVE and w.upos == "PRON" for w in words[:-1])
    while len(words) > 1 and (
        (words[-1].upos == "ADV" and not clause)
        or (words[-1].upos == "ADJ" and words[-2].upos in {"PROPN", "PRON"})
    ):
        words = words[:-1]  # "Zelensky further (commented)"
    commas = [k for k, w in enumerate(words) if w.text == ","]
    if commas and commas[-1] > 0:  # "Tom Okafor, by contrast": the writer's connective after the last comma
        aside = " ".join(w.text.lower() for w in words[commas[-1] + 1 :])
        if aside in lexicon.words("source_asides.txt"):
            words = words[: commas[-1]]
    return words


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
    words = contiguous(words, head.index)
    words = trim_words(words, text)
    if len(words) > 30:  # a parse that swallowed a clause: keep the name core
        core = {head.index} | {
            w.index for w in tree.children(head.index, "compound", "flat", "det", "amod", "nmod:poss")
        }
        words = contiguous(
            [w for w in tree.subtree(head.index) if w.index in core or w.head in core], head.index
        )
    return words


def only_time(words: list[Word]) -> bool:
    """A phrase that is just a time expression ("Friday", "this month"): a parse error as a subject."""
    times = lexicon.words("time_words.txt")
    content = [w for w in words if w.upos in {"NOUN", "PROPN", "NUM", "PRON"}]
    return bool(content) and all(w.text.lower() in times or w.upos == "NUM" for w in content)


def head_of(tree: Tree, words: list[Word]) -> Word | None:
    """The word of ``words`` whose head lies outside them (the NP head); the last noun as fallback."""
    idx = {w.index for w in words}
    heads = [w for w in words if w.head not in idx and w.upos in {"NOUN", "PROPN", "PRON", "NUM", "X"}]
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
        if w.upos == "ADP" or w.text == "," or w.lemma.lower() in RELATIVE:
            break
        if w.upos in {"NOUN", "PROPN", "PRON", "X"}:
            last = w
    return last


def _entity_at(entities: tuple[Entity, ...], w: Word) -> Entity | None:
    found = index_of(entities).covering(w.start)
    return found[0] if found else None


_HANDLE = re.compile(r"@\w{2,}")


def _without_relative_clause(words: list[Word]) -> list[Word]:
    """The phrase up to a relative clause: what names the source is before it ("former secretary of
    state Ana Ruiz, who praised Owen Haldane", "a committee member who supports Okafor"). Without
    a comma only "who" and "whom" open one: "that" may be a determiner or a conjunction."""
    for k in range(1, len(words) - 1):
        if words[k].text == "," and words[k + 1].lemma.lower() in RELATIVE:
            return words[:k]
        if words[k].upos == "PRON" and words[k].lemma.lower() in ("who", "whom"):
            return words[:k]
    return words


_AGENT = re.compile(r"(?:er|or|ist|ian)s?$")  # "supporter", "contributor", "columnist", "historian"


@cache
def _people_words() -> frozenset[str]:
    """Words for people: source nouns for persons and groups, person descriptions, the ``people`` rows of
    anonymity_descriptors.txt ("member", "democrat", "republican")."""
    people = {v.lower() for v in lexicon.values("anonymity_descriptors.txt", "people")}
    nouns = {k for k, v in source_nouns().items() if v in ("person", "group")}
    return frozenset(people | nouns | lexicon.words("person_descriptions.txt"))


def _indefinite_description(parsed: ParsedArticle, tree: Tree, words: list[Word]) -> bool:
    """A person described, not named: a name takes no "a" ("a Democrat", "a Vermont Republican",
    "a Ruiz supporter", "a prominent Harbour Party Committee member"). Not when a person's name
    is in the phrase ("A Gazette reporter Ian Petrakis", "a spokesman, Owen Haldane")."""
    if len(words) < 2 or words[0].text.lower() not in _INDEFINITE:
        return False
    head = head_of(tree, words) or words[-1]
    low = head.text.lower()
    # the head must be a word for people: "a defensive Ruiz" and "a Harbour Ledger poll" are named
    for_people = low in _people_words() or (head.text[:1].islower() and _AGENT.search(low) is not None)
    if not for_people or appositive_name(words, tree.sentence.start, min_words=2):
        return False
    entities = index_of(parsed.entities)  # the per-article index, not a scan of every entity per word
    return not any(
        names.is_given_name(w.text) or any(e.label == "PERSON" for e in entities.covering(w.start))
        for w in words[1:]
    )


def classify(parsed: ParsedArticle, tree: Tree, words: list[Word]) -> tuple[SourceKind, bool, str]:
    """(kind, named, why) for a source phrase, judged on what comes before a relative clause; "who"
    opening the clause says the source is a person when nothing else says what it is."""
    main = _without_relative_clause(words)
    kind, named, why = _classify(parsed, tree, main)
    if named and kind in ("person", "group", "unknown") and _indefinite_description(parsed, tree, main):
        return "person", False, "'a' with a capitalised word: a description, not a name"
    rest = [w for w in words[len(main) :] if w.text != ","]
    if kind == "unknown" and rest and rest[0].lemma.lower() in ("who", "whom"):
        return "person", named, f"{why}; 'who' says it is a person"
    return kind, named, why


def _classify(parsed: ParsedArticle, tree: Tree, words: list[Word]) -> tuple[SourceKind, bool, str]:
    text = parsed.article.text
    if not words:
        return "unknown", False, "empty"
    mention = text[words[0].start : words[-1].end]
    if _HANDLE.fullmatch(mention.strip()):
        return "unknown", True, "social-media handle"  # "@MayorAnaRuiz": the account is named
    bare = mention.lower().removeprefix("the ").strip()
    if bare in media_outlets() or mention.lower() in media_outlets():
        return "media", True, "news outlet"
    head = head_of(tree, words) or words[-1]
    low = head.text.lower()
    s_start = tree.sentence.start
    nouns = source_nouns()
    if head.upos == "PRON" or low in PRONOUN_KINDS:
        return PRONOUN_KINDS.get(low, "unknown"), False, "pronoun"
    # modifiers that carry a name: appositions, flat names, possessors ("Russia's defense ministry")
    naming = [w for w in tree.children(head.index, "appos", "flat", "nmod:poss") if w in words]
    naming_names = [
        w
        for w in naming
        if is_name_word(w, s_start)
        or any(is_name_word(x, s_start) for x in tree.subtree(w.index) if x in words)
    ]
    ent = _entity_at(parsed.entities, head)
    if is_name_word(head, s_start):
        kind = _name_kind(words, ent, head)
        return kind, True, "proper name"
    if low in nouns:
        kind = as_kind(nouns[low])
        capital_mid = head.text[:1].isupper() and head.start != s_start
        if capital_mid and kind in ("government", "organization", "document"):
            return kind, True, "capitalised institution name"  # "the Defense Ministry"
        after_names = [
            w
            for w in words
            if w.index > head.index and is_name_word(w, s_start) and not _after_preposition(tree, words, w)
        ]
        if (
            naming_names
            or after_names
            or appositive_name(words, s_start)
            or titled_name(words, s_start)
            or leading_written_name(parsed, tree, words)
        ):
            return _name_kind(words, ent, head), True, "title with a name"  # "Defense Minister Kim Yong-hyun"
        mods = [w for w in words if w.index < head.index and is_name_word(w, s_start)]
        mods += [
            w
            for w in words
            if w.index < head.index and w.upos == "ADJ" and w.text[:1].isupper() and w.start != s_start
        ]
        if mods and kind in ("government", "organization", "document", "media"):
            return kind, True, "institution with a name"  # "the Ruiz administration"
        if kind == "document" and _authored(parsed, words, head, s_start):
            return kind, True, "document by a named author"  # "a report by the Harbor Institute"
        # A body of a named institution ("United Nations sanctions monitors") is identifiable; people
        # within one ("White House officials") are not, and the institution only describes them.
        if low in body_nouns() and _institution(parsed, words, head, s_start):
            return "organization", True, "official body of a named institution"
        return kind, False, f"source noun '{low}'"
    loose = [w for w in words if is_name_word(w, s_start) and not _after_preposition(tree, words, w)]
    if naming_names or loose:
        return _name_kind(words, ent, head), True, "phrase with a proper name"
    if appositive_name(words, s_start, min_words=2):  # "His business partner at Kestrel, Martin L. Haldane"
        return _name_kind(words, ent, head), True, "description with a name set off by a comma"
    if ent is not None and ent.label in ("PERSON", "ORG", "GPE", "NORP"):
        return _name_kind(words, ent, head), True, "named entity"
    for w in words:  # the parser picked a wrong head ("People familiar/NOUN with the matter")
        if w.upos == "ADP":
            break
        if w.text.lower() in nouns:
            if leading_written_name(parsed, tree, words):  # "Hope/VERB Marlowe/NOUN, a spokeswoman"
                return _name_kind(words, ent, head), True, "title with a name the tagger missed"
            return as_kind(nouns[w.text.lower()]), False, f"source noun '{w.text.lower()}'"
    if written_as_name(parsed, tree, head):
        return _name_kind(words, ent, head), True, "a name the tagger missed (capitalised as a name)"
    return "unknown", False, "common noun"


def _institution(parsed: ParsedArticle, words: list[Word], head: Word, s_start: int) -> bool:
    """A named institution before the head: a proper name or capitalised noun ("United Nations", "IAEA",
    "Pentagon"), not only a nationality or other adjective ("Russian investigators", "Western monitors")."""
    return any(w.index < head.index and _institution_word(parsed, w, s_start) for w in words)


def _institution_word(parsed: ParsedArticle, w: Word, s_start: int) -> bool:
    if not w.text[:1].isupper():
        return False
    ent = _entity_at(parsed.entities, w)
    if (ent is not None and ent.label == "NORP") or _DEMONYM.search(w.text):
        return False  # the weak tagger may call "Russian" PROPN: a nationality names no institution
    return is_name_word(w, s_start) or (w.upos in ("NOUN", "X") and w.start != s_start)


def _authored(parsed: ParsedArticle, words: list[Word], head: Word, s_start: int) -> bool:
    """A named author in a "by"/"from" phrase after the document noun: "a study by economist Priya
    Raman", "a statement from the White House/NOUN" (as in ``_institution``, not a nationality). The
    author ends at its next preposition but "of": "a report by two economists at Harvard" is by
    unnamed people, "a report by the Department of Justice" by a named body."""
    by = next(
        (w for w in words if w.index > head.index and w.upos == "ADP" and w.text.lower() in ("by", "from")),
        None,
    )
    if by is None:
        return False
    author = [w for w in words if w.index > by.index]
    end = next((k for k, w in enumerate(author) if w.upos == "ADP" and w.text.lower() != "of"), len(author))
    return any(_institution_word(parsed, w, s_start) for w in author[:end])


def _after_preposition(tree: Tree, words: list[Word], w: Word) -> bool:
    """A preposition stands between the head and ``w`` ("a source within Ukrainian intelligence")."""
    return any(x.upos == "ADP" and x.index < w.index and x.text not in NP_JOIN for x in words)


def extend_name(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """Grow a phrase over adjacent proper nouns the parse attached elsewhere ("South" + "Korea's ...")."""
    if not words:
        return words
    out = list(words)
    while (w := tree.word(out[0].index - 1)) is not None and w.index not in stop and w.upos == "PROPN":
        out.insert(0, w)
    while (
        (w := tree.word(out[-1].index + 1)) is not None
        and w.index not in stop
        and (w.upos == "PROPN" or (w.text in ("-",) and tree.word(w.index + 1) is not None))
        and out[-1].upos == "PROPN"
    ):
        out.append(w)
    if out[-1].text == "-":
        out.pop()
    return out


def _name_kind(words: list[Word], ent: Entity | None, head: Word) -> SourceKind:
    nouns = source_nouns()
    if nouns.get(head.text.lower()) == "person":
        return "person"  # "Ian Petrakis, the Harbour Council flood adviser": the head is a person
    # "National Intelligence Service", "Defense Ministry": the last capitalised word decides, not one
    # in a description set off by a comma ("Ian Petrakis, the Harbour Council flood adviser")
    comma = next((w.index for w in words if w.text == ","), None)
    caps = [w for w in words if w.text[:1].isupper() and (comma is None or w.index < comma)]
    if caps:
        kind = as_kind(nouns.get(caps[-1].text.lower()))
        if kind in ("government", "organization", "media", "document"):
            return kind
    if any(nouns.get(w.text.lower()) == "person" for w in words):
        return "person"  # "spokesman Dmitry Peskov", "Ukrainian President Volodymyr Zelensky"
    if ent is not None:
        labels = {"PERSON": "person", "ORG": "organization", "GPE": "government", "LOC": "government"}
        return as_kind(labels.get(ent.label, "group" if ent.label == "NORP" else None))
    names = [w for w in words if w.upos == "PROPN"]
    if len(names) >= 2 and all(w.text[:1].isupper() for w in names):
        return "person"
    return "unknown"
