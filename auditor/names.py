"""Source names as strings: split a mention into the name and what describes it.

Pure string functions, shared by coreference (``auditor/coref.py``) and by anything that counts
distinct sources (the roster, provenance): "Kremlin spokesman Dmitry Peskov" has the name
"Dmitry Peskov", the descriptors ("kremlin", "spokesman") and a gender. Whether two names are one
person or body is ``name_match.py``'s job. Word lists: ``titles.txt``, ``role_nouns.txt``,
``pronouns.txt``, ``given_names.txt`` in ``auditor/data/``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from auditor import lexicon
from auditor.name_author import document_author
from auditor.name_shape import person_shaped

_TOKEN = re.compile(r"\w+(?:[.'’\-]\w+)*\.?")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)  # "Press'" keeps its s
_PAREN = re.compile(r"\(([^)]*)\)")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_ORG_KINDS = frozenset({"organization", "government", "media", "document", "group"})
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de"})


@dataclass(frozen=True)
class Token:
    """One word of a mention; ``possessive`` when it was written with 's."""

    text: str
    possessive: bool

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class NameParts:
    """A mention split into the name proper and what describes it."""

    name: str  # "" when the mention holds no name (a role noun phrase, a pronoun)
    descriptors: tuple[str, ...]  # lower-cased words removed from the name: titles, nationality
    gender: str | None  # "male"/"female" when a title, an honorific or the given name says so
    person: bool  # split as a person's name (titles stripped) rather than an organisation's
    places: tuple[str, ...] = ()  # capitalised descriptors: nationality, country, institution
    heads: tuple[str, ...] = ()  # head nouns of the descriptions: "investor" in ", the billionaire investor"


def tokenize(mention: str) -> list[Token]:
    """Words of a mention with possessive endings split off ("Korea's" -> Token("Korea", True))."""
    out = []
    for m in _TOKEN.finditer(mention):
        word = m.group()
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        if possessive:
            word = _POSSESSIVE.sub("", word)
        # a sentence-final period is not part of a name, but "Mr." and "U.S." keep theirs
        if word.endswith(".") and "." not in word[:-1] and word.lower() not in title_words():
            word = word[:-1]
        if word:
            out.append(Token(word, possessive))
    return out


@cache
def title_genders() -> dict[str, str | None]:
    """Every title phrase (lower case) with the gender it implies, or None."""
    return {
        k: (v[0] if v and v[0] in ("male", "female") else None)
        for k, v in lexicon.table("titles.txt").items()
    }


@cache
def title_full_forms() -> dict[str, str]:
    """Abbreviated titles with their full form ("sen." -> "senator"): the third column of titles.txt."""
    return {k: v[1] for k, v in lexicon.table("titles.txt").items() if len(v) > 1 and v[1]}


@cache
def title_words() -> frozenset[str]:
    """Every word of every title: stripping stops a name at any of them."""
    glue = DETERMINERS | ACRONYM_SKIP  # "secretary of state": "of" is no title word
    return frozenset(w for phrase in title_genders() for w in phrase.split() if w not in glue)


@cache
def whole_titles() -> frozenset[str]:
    """Titles of one word ("minister", "spokesman"): a word like "state" or "prime" is part of a
    title ("secretary of state", "prime minister") but no title on its own ("State Ferries")."""
    return frozenset(p for p in title_genders() if " " not in p)


@cache
def _bare_whole_titles() -> frozenset[str]:
    """``whole_titles`` without their full stops ("Sen" and "Sen." both match "sen")."""
    return frozenset(t.rstrip(".") for t in whole_titles())


@cache
def pronoun_table() -> dict[str, tuple[str, str]]:
    """Pronoun -> (gender, number) from ``pronouns.txt``."""
    return {k: (v[0], v[1]) for k, v in lexicon.table("pronouns.txt").items() if len(v) >= 2}


@cache
def role_groups() -> dict[str, frozenset[str]]:
    """Generic role -> the titles it can stand for (itself included)."""
    out = {}
    for key, fields in lexicon.table("role_nouns.txt").items():
        members = {s.strip().lower() for field in fields for s in field.split(",") if s.strip()}
        out[key] = frozenset(members | {key})
    return out


@cache
def role_phrases() -> frozenset[str]:
    """Every role noun or title that can head a role noun phrase ("the company", "the governor")."""
    honorifics = {t for t in title_genders() if t.endswith(".") or len(t) <= 3}  # "Mr.", "Dr", "sir"
    titles = {t for t in title_genders() if t not in honorifics}
    return frozenset({p for members in role_groups().values() for p in members} | titles)


#: Role groups of ``role_nouns.txt`` whose members name bodies ("the company", "the network"), not people.
BODY_ROLE_GROUPS = frozenset({"company", "agency", "government", "newspaper"})


@cache
def person_roles() -> frozenset[str]:
    """Role nouns and titles that name a person ("the governor", "the aide"), not a body: what is only
    in a body group ("giant", "firm", "office") is left out."""
    groups = role_groups()
    people = {p for g, members in groups.items() if g not in BODY_ROLE_GROUPS for p in members}
    bodies = {p for g in BODY_ROLE_GROUPS for p in groups.get(g, ())} - people
    return role_phrases() - bodies


@cache
def offices() -> frozenset[str]:
    """Offices held by one person at a time ("president", "prime minister"): ``office`` rows of
    ``anonymity_descriptors.txt``."""
    return frozenset(v.lower() for v in lexicon.values("anonymity_descriptors.txt", "office"))


@cache
def organization_heads() -> frozenset[str]:
    """Nouns that end an organisation's name ("Service", "Council", "Ministry", "Corp")."""
    groups = role_groups()
    return frozenset(
        w for key in ("company", "agency", "government", "newspaper") for w in groups.get(key, ())
    )


def is_pronoun(mention: str) -> bool:
    return mention.strip().lower() in pronoun_table()


def gender_of(descriptors: Iterable[str]) -> str | None:
    """Gender implied by titles among the descriptors ("spokeswoman" -> female), else None."""
    words = list(descriptors)
    found = {title_genders().get(w) for w in words} | {
        title_genders().get(f"{a} {b}") for a, b in itertools.pairwise(words)
    }
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def noun_gender(heads: Iterable[str]) -> str | None:
    """Gender an unnamed source's head noun says ("a woman" -> female; ``gendered_nouns.txt``)."""
    table = lexicon.table("gendered_nouns.txt")
    found = {table[h.lower()][0] for h in heads if table.get(h.lower())}
    return found.pop() if len(found) == 1 else None


@cache
def _given_names() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.table("given_names.txt").items() if v and v[0] in ("male", "female")}


def is_given_name(word: str) -> bool:
    """A word listed in ``given_names.txt`` ("Rafael", "Willard")."""
    return word.lower() in _given_names()


def given_name_gender(name: str) -> str | None:
    """Gender of a full name's given name ("Ana Okafor" -> female) from ``given_names.txt``; None
    for a one-word name (a bare surname says nothing) and for names given to both genders."""
    words = name.split()
    return _given_names().get(words[0].lower()) if len(words) > 1 else None


_HEAD_STOPS = frozenset(
    {"of", "in", "from", "at", "for", "with", "on", "to", "who", "whose", "which", "that", "and", "since"}
)


def is_title(word: str) -> bool:
    """A title word, with or without its full stop ("President", "Sen.", "gov")."""
    low = word.lower()
    return low in title_words() or low.rstrip(".") in title_words()


def _is_title(token: Token) -> bool:
    return is_title(token.text)


def split_name(mention: str, kind: str | None = None, *, not_names: Iterable[str] = ()) -> NameParts:
    """Split a source mention into its canonical name and descriptors.

    A person's name is the last run of capitalised words that are not titles and carry no
    possessive ("South Korea's Defense Minister Kim Yong-hyun" -> "Kim Yong-hyun"); chunks after a
    comma or a dash ("Dmitry Peskov, the Kremlin spokesman") are descriptors. Organisations keep their whole
    name without the leading article. ``kind`` None or "unknown": a person when a title precedes
    the name. ``not_names``: words the parse knows are not names (nationality adjectives).
    """
    skip = {w.lower() for w in not_names}
    author = document_author(mention) if kind == "document" else None
    if author is not None:  # the document's author is the name: "a report by the CBO" -> CBO
        parts = split_name(author, None, not_names=not_names)
        if parts.person and " and " in author:  # "economists Rosa Delgado and Ian Petrakis": the first
            parts = split_name(author.split(" and ")[0], "person", not_names=not_names)
        if not parts.name:  # no person's name after all: "Haldane Coastal Energy Finance"
            parts = split_name(author, "organization", not_names=not_names)
        if parts.name:
            norm = " ".join(mention.split())
            lead = tuple(t.low for t in tokenize(norm[: norm.rindex(author)]) if t.low not in DETERMINERS)
            return replace(parts, descriptors=lead + parts.descriptors)
    text = _PAREN.sub(" ", mention)
    # a dash sets off a description as a comma does ("Jonah Petrakis — a teacher from Millbrook")
    chunks = [tokenize(c) for c in re.split(r"[,;—–]|\s--\s", text)]
    chunks = [c for c in chunks if c]
    if not chunks:
        return NameParts("", (), None, False)
    surname_title = _surname_is_title(chunks, skip)  # before determiners go: "The Prince, ..." is none
    for i, chunk in enumerate(chunks):
        while chunk and chunk[0].low in DETERMINERS:
            chunk = chunk[1:]
        chunks[i] = chunk
    has_title = any(_titled(c) for c in chunks)
    org_head = chunks[0][-1].low in organization_heads() if chunks[0] else False
    person = kind == "person" or (kind not in _ORG_KINDS and has_title and not org_head)
    if not person:
        desc = tuple(t.low for c in chunks for t in c)
        return NameParts(organization_name(mention), desc, None, False)
    name: list[Token] = []
    rest: list[Token] = []
    heads: list[str] = []
    later = _appositive_chunk(chunks, skip)
    for k, chunk in enumerate(chunks):
        run = [] if name else list(chunk) if surname_title and not rest else _person_run(chunk, skip)
        if run and later is not None and k < later and _run_in_description(chunk, run):
            run = []  # "his old teammate at Kestrel, Owen Haldane": Kestrel is where, the name comes after
        if run:
            name = run
        described = chunk[: len(chunk) - len(run)] if run else chunk
        rest.extend(described)
        heads += description_heads(described)
    descriptors = tuple(t.low for t in rest)
    places = tuple(t.low for t in rest if t.capitalized and not _is_title(t))
    written = " ".join(t.text for t in name)
    # a title says the gender first ("Mrs. Okafor"); the given name only when no title does
    gender = gender_of(descriptors) or given_name_gender(written)
    return NameParts(written, descriptors, gender, True, places, tuple(heads))


def description_heads(tokens: Sequence[Token]) -> list[str]:
    """The head noun of one description chunk: its last lower-case word before a preposition or a
    relative pronoun ("the billionaire investor" -> investor, "a lawyer for the campaign" -> lawyer,
    "billionaire investor" before a name -> investor); [] when it ends otherwise."""
    if tokens and tokens[0].low in ("who", "whose", "which", "that"):
        return []  # a relative clause: "Ian Petrakis, who wrote the report"
    cut = next((i for i, t in enumerate(tokens) if i and t.low in _HEAD_STOPS), len(tokens))
    words = tokens[:cut]
    if not words or words[-1].capitalized or not words[-1].text.isalpha():
        return []
    return [words[-1].low]


def _name_run(chunk: Sequence[Token], skip: set[str]) -> list[Token]:
    """The trailing run of name words of one comma-free chunk."""
    run: list[Token] = []
    for i in range(len(chunk) - 1, -1, -1):
        tok = chunk[i]
        last = i == len(chunk) - 1
        if not tok.capitalized or _is_title(tok) or tok.low in skip or (tok.possessive and not last):
            break
        run.insert(0, tok)
    party = lexicon.words("party_members.txt")
    if run and run[-1].low in party:
        return []  # "the Florida Republican": a party member described, not a name
    while len(run) > 1 and run[0].low in party:
        run = run[1:]  # "Democrat Hillary Clinton": the party before the name describes her
    return run


def _person_run(chunk: Sequence[Token], skip: set[str]) -> list[Token]:
    """The name run of a person's chunk: the run before the first "of"/"from" when it is shaped like a
    person's name or follows a title, since what comes after is where the person is from ("Senator
    Tom Reyes of Vermont" -> Tom Reyes, "Mr. Petrakis of the Harbor Institute" -> Petrakis); else the
    trailing run ("Secretary of State John Kerry" -> John Kerry)."""
    for i, tok in enumerate(chunk):
        if tok.low not in ("of", "from") or i < 1:
            continue
        before = _name_run(chunk[:i], skip)
        k = i - len(before) - 1  # the word before the run
        titled = len(before) == 1 and k >= 0 and chunk[k].low.rstrip(".") in _bare_whole_titles()
        if before and (person_shaped([t.text for t in before]) or titled):
            return before
        break
    return _name_run(chunk, skip)


_DESCRIPTION_LINKS = frozenset({"at", "for", "from", "of", "in", "with", "on", "by"})


def _run_in_description(chunk: Sequence[Token], run: Sequence[Token]) -> bool:
    """A preposition or a possessive comes before the name run: a place or a body within a description
    ("at Kestrel", "for Millbrook's Water Board")."""
    return any(t.low in _DESCRIPTION_LINKS or t.possessive for t in chunk[: len(chunk) - len(run)])


def _appositive_chunk(chunks: Sequence[Sequence[Token]], skip: set[str]) -> int | None:
    """Index of the first chunk after the first that is nothing but a name of two words or more
    (", Owen Haldane,"), or None."""
    for k in range(1, len(chunks)):
        run = _name_run(chunks[k], skip)
        if len(run) >= 2 and len(run) == len(chunks[k]):
            return k
    return None


def _titled(chunk: Sequence[Token]) -> bool:
    """The chunk holds a title: a whole one ("Gov.", "spokesman"), or part of one before a first and
    last name ("State" of "Secretary of State Ana Ruiz"); "Associated Press" and "Bay State
    Ferries" hold none."""
    for i, t in enumerate(chunk):
        if t.low in whole_titles() or t.low.rstrip(".") in whole_titles():
            return True
        if _is_title(t) and sum(1 for x in chunk[i + 1 :] if x.capitalized) >= 2:
            return True
    return False


def _surname_is_title(chunks: Sequence[Sequence[Token]], skip: set[str]) -> bool:
    """The mention opens with two or three capitalised words, the last a title word and none before it,
    and a description follows after a comma: "Leo Prince, chief executive of Tidewater Freight", "Ada
    King, the Gazette editor". Titles come before a name, so the title word is a surname. Not "the South
    Korean President" (no description follows) nor "Korean President, Yoon Suk Yeol" (a name follows)."""
    if len(chunks) < 2 or not chunks[1] or (chunks[1][0].capitalized and chunks[1][0].low not in DETERMINERS):
        return False
    first = chunks[0]
    if not 2 <= len(first) <= 3 or not all(t.capitalized and not t.possessive for t in first):
        return False
    *given, last = first
    return _is_title(last) and not any(_is_title(t) or t.low in skip or t.low in DETERMINERS for t in given)


@lru_cache(maxsize=65536)  # pure, and asked again for every pair of names coreference compares
def organization_name(mention: str) -> str:
    """An organisation's name as written, without leading article, trailing possessive or parenthesis."""
    text = " ".join(_PAREN.sub(" ", mention).split())
    text = re.split(r"[,;]", text, maxsplit=1)[0].strip(" .:")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return _POSSESSIVE.sub("", text).strip()


def aliases(mention: str) -> tuple[str, ...]:
    """Names written in parentheses after a name: "National Security Council (NSC)" -> ("NSC",)."""
    return tuple(m.group(1).strip() for m in _PAREN.finditer(mention) if m.group(1).strip())


def canonical_name(mention: str, kind: str | None = None) -> str:
    """The mention's name without titles, possessive and leading article; the mention when none is found."""
    parts = split_name(mention, kind)
    return parts.name or " ".join(mention.split())


def surname_of_one_person(text: str, mention: str) -> bool:
    """A bare capitalised word the article also writes after a given name, and after one only ("Hale"
    with "Marcus Hale"; not "Trump" with "Donald Trump" and "Ivanka Trump")."""
    word = mention.strip()
    if not re.fullmatch(r"[A-Z][\w'’-]+", word):
        return False
    found = {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text)}
    given = {g for g in found if is_given_name(g)}
    return len(given) == 1
