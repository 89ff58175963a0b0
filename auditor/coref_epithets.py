"""Epithets: "Mayor Ana Ruiz opened the bridge. The 52-year-old said …" names Ruiz again.

News style avoids repeating a name by describing its bearer in the next sentence: "the 52-year-old",
"the billionaire", "the veteran teacher", "the former police chief". Such a definite description of
one person, when the role and description rules (``auditor/coref_roles.py``) found no one, refers to
the person the sentence before names, and only when that sentence names exactly one person and the
epithet's own sentence names no one before it. Anything looser guesses: two people in the sentence
before, or a name earlier in the same sentence ("After meeting Ruiz, the senator said"), leave the
source unresolved.
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon, names
from auditor.coref_roles import Resolved, person_nouns, role_matches
from auditor.mentions import PERSON, Builder, Entity, latest, ordinal

__all__ = ["epithet_head", "resolve_epithet"]

_AGE = re.compile(r"\d{1,3}-year-old")
_MAX_WORDS = 5  # "the former harbour police chief": longer phrases carry descriptions of their own
_STOP = frozenset({"of", "in", "from", "at", "for", "with", "who", "whose", "and", "or", "on", "to", "other"})
_MAX_NAME_WORDS = 4  # a longer "name" is a title-case line the tagger read as one ("… Backs Tom Okafor")


@cache
def _person_words() -> frozenset[str]:
    """Singular words for a person (``coref_roles.person_nouns``), roles and titles, less the nouns
    that refer back to an unnamed source ("the source", "the spokesman", "the officer":
    ``anonymous_role_nouns.txt``, the anonymity links' business) and words that bring in someone new
    (``new_person_nouns.txt``)."""
    words = person_nouns() | names.person_roles()
    return frozenset(
        words - lexicon.words("anonymous_role_nouns.txt") - lexicon.words("new_person_nouns.txt")
    )


def epithet_head(mention: str) -> str | None:
    """The head of a definite description of one person ("the 52-year-old" -> "52-year-old", "The
    veteran teacher" -> "teacher"), or None: not definite, too long, a description after the head
    ("the mayor of Lindale", "the aide who"), a plural or a word for no person."""
    tokens = [t.strip(".,;:’'\"“”") for t in mention.split()]
    tokens = [t for t in tokens if t]
    if not 2 <= len(tokens) <= _MAX_WORDS or tokens[0].lower() != "the":
        return None
    if (
        "," in mention
        or any(t.lower() in _STOP for t in tokens[1:])
        or any("'" in t or "’" in t for t in tokens)
    ):
        return None  # "the mayor of Lindale", "the other man", "the council's treasurer"
    head = tokens[-1].lower()
    if _AGE.fullmatch(head) or head in _person_words():
        return head
    return None


def _introduced(sentence: str, head: str) -> bool:
    """The sentence introduces someone new with this head: "an organizer", "a local teacher"."""
    return (
        re.search(rf"\b(?:an?|one|another)\b(?:\s+\S+){{0,3}}?\s+{re.escape(head)}\b", sentence, re.I)
        is not None
    )


def _gender_clash(head: str, entity: Entity) -> bool:
    """ "the congresswoman" is no man, "the businessman" no woman (when the person's gender is known)."""
    if entity.gender is None:
        return False
    if head.endswith("woman"):
        return entity.gender == "male"
    return head.endswith("man") and entity.gender == "female"


def resolve_epithet(builder: Builder, mention: str, start: int) -> Resolved | None:
    """The one person the sentence before names, for an epithet written right after it; else None."""
    head = epithet_head(mention)
    if head is None or not builder.doc.para:
        return None
    here = builder.doc.sentence_at(start)
    if here == 0:
        return None
    para = builder.doc.para[here]
    before = here - 1
    if builder.doc.para[before] < para - 1:
        return None  # the sentence before is two paragraphs back
    if _introduced(builder.doc.sentences[before].text, head):
        return None  # "… were greeted by an organizer. The organizer told them": that unnamed person
    people: dict[int, Entity] = {}
    for entity, m in latest(builder, start, para - 1):
        if m.sentence == here and entity.kind == PERSON:
            return None  # "After meeting Ruiz, the senator said": someone else
        if m.sentence == before and entity.named and entity.kind == PERSON:
            people[entity.id] = entity
    if len(people) != 1:
        return None
    (entity,) = people.values()
    if _gender_clash(head, entity) or len(entity.name.split()) > _MAX_NAME_WORDS:
        return None
    if (
        head in names.title_words()
        and entity.descriptors
        and not role_matches(head, entity, abbreviations=True)
    ):
        return None  # "Sen. Tom Okafor … The minority leader said": a title he was not given
    return Resolved(
        entity,
        f"epithet '{mention.strip()}' -> {entity.name} (the one person named in the sentence before, "
        f"{ordinal(before)})",
    )
