"""What a source phrase names: its kind (person, group, government, organisation, media, document)
and whether it is *named* (``classify``).

A source is *named* when its phrase carries a proper name of a person, organisation, government,
outlet or document ("Kremlin spokesman Dmitry Peskov", "the NSC", "Moscow"), and unnamed when it is
headed by a source noun ("a source within Ukrainian intelligence", "International observers") or is a
pronoun or role noun left for coreference ("he", "the Ukrainian leader"). Capitalisation alone never
makes a name: sentence-initial "International observers" is judged by its head noun and tags, and "a
Democrat" is a description. The phrase's words come from ``auditor.source_phrase``.
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon, names
from auditor.content_repair import in_title
from auditor.models import Entity, ParsedArticle, SourceKind, Word
from auditor.name_shape import person_shaped
from auditor.source_names import (
    appositive_name,
    is_name_word,
    leading_written_name,
    mistagged_pronoun,
    titled_name,
    written_as_name,
)
from auditor.source_phrase import (
    NP_JOIN,
    PRONOUN_KINDS,
    as_kind,
    body_nouns,
    head_of,
    is_relative,
    media_outlets,
    source_nouns,
)
from auditor.spans import index_of
from auditor.syntax import POSSESSIVE_S, Tree

_INDEFINITE = frozenset({"a", "an", "another"})
_DEMONYM = re.compile(r"(?:ian|an|ese|ish)$")


def _entity_at(entities: tuple[Entity, ...], w: Word) -> Entity | None:
    found = index_of(entities).covering(w.start)
    return found[0] if found else None


_HANDLE = re.compile(r"@\w{2,}")


def _place_owns_person(parsed: ParsedArticle, words: list[Word], ent: Entity | None) -> bool:
    """A place entity running over a possessive onto a name the article elsewhere writes after a title
    ("Ukraine’s/LOC Zelenskyy/LOC" in a headline, "President Volodymyr Zelenskyy" in the body): the mini
    NER's place is the person's country, and the name is a person's."""
    if ent is None or ent.label not in ("GPE", "LOC"):
        return False
    if not any(w.text in POSSESSIVE_S for w in words[:-1]) or words[-1].upos != "PROPN":
        return False
    name = words[-1]
    return any(
        w.text == name.text
        and w.start != name.start
        and any(names.is_title(x.text) for x in s.words[max(0, k - 3) : k])
        for s in parsed.sentences
        for k, w in enumerate(s.words)
    )


def _without_relative_clause(words: list[Word]) -> list[Word]:
    """The phrase up to a relative clause: what names the source is before it ("former secretary of
    state Ana Ruiz, who praised Owen Haldane", "a committee member who supports Okafor"). Without
    a comma only "who" and "whom" open one: "that" may be a determiner or a conjunction."""
    for k in range(1, len(words) - 1):
        if words[k].text == "," and is_relative(words[k + 1]):
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
    if named and _common_in_body(parsed, tree, main):
        return (
            "group" if main[-1].text.lower().endswith("s") else "unknown",
            False,
            "headline capitals: the body writes the words in lower case, so they name no one",
        )
    rest = [w for w in words[len(main) :] if w.text != ","]
    if kind == "unknown" and rest and rest[0].lemma.lower() in ("who", "whom"):
        return "person", named, f"{why}; 'who' says it is a person"
    return kind, named, why


def _common_in_body(parsed: ParsedArticle, tree: Tree, words: list[Word]) -> bool:
    """A headline's Title Case source ("Insurers Say …") whose every word the body writes in lower case
    ("the state's largest insurer"): common nouns, not a name. A word is found with or without a
    plural "s"."""
    if not words or not in_title(parsed, tree.sentence):
        return False
    body = " ".join(s.text for s in parsed.article.body)
    found = set(re.findall(r"\b[a-z][a-z'’-]*\b", body))
    content = [w for w in words if w.upos != "PUNCT" and w.text[:1].isupper()]
    forms = [w.text.lower() for w in content]
    return bool(forms) and all(f in found or f.removesuffix("s") in found or f + "s" in found for f in forms)


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
    if low in PRONOUN_KINDS or head.upos == "PRON":
        if low not in PRONOUN_KINDS and mistagged_pronoun(head):
            kind = _name_kind(words, _entity_at(parsed.entities, head), head)
            return kind, True, "a name the tagger called a pronoun ('Whitlow/PRON announced')"
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
    if _place_owns_person(parsed, words, ent):
        ent = None  # the name decides, not the place tag over it
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
    """A preposition or a participle stands between the head and ``w`` ("a source within Ukrainian
    intelligence", "voters backing Nora Quill"): the name says where or whom, not who."""
    nouns = [x.index for x in words if x.upos in {"NOUN", "PROPN"}]
    ends = {x.end for x in words}
    return any(
        (x.upos == "ADP" and x.text not in NP_JOIN) or _participle_after_noun(x, nouns, ends)
        for x in words
        if x.index < w.index
    )


def _participle_after_noun(x: Word, nouns: list[int], ends: set[int]) -> bool:
    """ "voters backing/VBG …", "a memo released/VBN by …"; not "organizing director", "a court-released
    playbook" (a modifier, joined to the word before it), nor "including", which introduces the named
    members of a group."""
    return (
        x.upos == "VERB"
        and (x.xpos or "") in ("VBG", "VBN")
        and x.lemma.lower() != "include"
        and x.start not in ends
        and any(n < x.index for n in nouns)
    )


def _company_name(caps: list[Word]) -> bool:
    """ "Brightwater Mills", "Halden Industries": a company ending after a word that is no given name
    ("Dana Mills" is a person)."""
    endings = lexicon.words("company_name_endings.txt")
    return len(caps) >= 2 and caps[-1].text.lower() in endings and not names.is_given_name(caps[0].text)


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
        if _company_name(caps):
            return "organization"
    if any(nouns.get(w.text.lower()) == "person" for w in words):
        return "person"  # "spokesman Dmitry Peskov", "Ukrainian President Volodymyr Zelensky"
    if len(caps) >= 2 and caps[0].text.endswith(".") and caps[0].text.lower() in names.title_genders():
        return "person"  # "Dr. Marcus Feld, a cardiologist at Mercy Hospital": an abbreviated title opens it
    if ent is not None:
        if ent.label in ("GPE", "LOC") and (
            person_shaped([w.text for w in words if w.upos != "PUNCT"]) or _named_after_comma(words)
        ):
            # "Dana/LOC Whitlow said", "Ruiz's predecessor, Tom Reyes": the mini NER tags many names
            # and the words around them as places
            return "person"
        labels = {"PERSON": "person", "ORG": "organization", "GPE": "government", "LOC": "government"}
        return as_kind(labels.get(ent.label, "group" if ent.label == "NORP" else None))
    proper = [w for w in words if w.upos == "PROPN"]
    if len(proper) >= 2 and all(w.text[:1].isupper() for w in proper):
        return "person"
    return "person" if _named_after_comma(words) else "unknown"


def _named_after_comma(words: list[Word]) -> bool:
    """A person's name set off by commas after a description ("One of the men, Ada Brennick/NOUN, 70")."""
    chunks = " ".join(w.text for w in words).split(" , ")[1:]
    return any(person_shaped(c.split()) for c in chunks)
