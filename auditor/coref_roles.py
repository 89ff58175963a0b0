"""Role nouns as sources: resolve "the Ukrainian leader", "the spokesperson", "the company" to the one
named source they fit, backwards first, then forwards (see ``resolve_role``). Word lists:
``role_nouns.txt`` and the title lists of ``auditor/names.py``. Used by ``auditor/coref.py``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from auditor import lexicon, name_match, names
from auditor.mentions import PERSON, Builder, Doc, Entity, Mention, latest, ordinal

_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "within", "with", "on", "inside"})
_DEFINITE = frozenset({"the", "this", "that"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})  # "Their coach thinks …": one person
WINDOW_PARAGRAPHS = 2  # a pronoun or a body noun looks back through its own and this many paragraphs
# Generic roles (role_nouns.txt) that name a body, and the entity kinds such a body can be.
_BODY_KINDS = {
    "company": frozenset({"organization"}),
    "agency": frozenset({"organization", "government"}),
    "government": frozenset({"organization", "government"}),
}


@dataclass(frozen=True)
class Resolved:
    """The antecedent found (None: left unresolved) and the reason, in words, for ``resolved_from``."""

    entity: Entity | None
    reason: str
    ambiguous: bool = False  # several fit: no later rule should pick one of them


def entity_label(entity: Entity) -> str:
    return entity.name if entity.named else f"unnamed source '{entity.name}'"


def _gender_match(head: str, title: str) -> bool:
    """Titles that differ only by gender: spokesman / spokeswoman / spokesperson."""
    stem = re.compile(r"(?:wo)?m[ae]n$|person$|people$")
    if head == title:
        return True
    neutral = head.endswith(("person", "people")) or title.endswith(("person", "people"))
    return neutral and bool(stem.search(head)) and stem.sub("", head) == stem.sub("", title)


def role_matches(head: str, entity: Entity, *, abbreviations: bool = False) -> bool:
    """Does the role noun's head fit the entity's titles? With ``abbreviations``, "Sen." is a
    senator too: only for a role noun with no place of its own ("the senator", not "the Florida
    senator"), as the entity's places are often unknown and a wrong state would go unnoticed."""
    full = names.title_full_forms() if abbreviations else {}
    words = sorted({full.get(d, d) for d in entity.descriptors})
    phrases = set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}
    if entity.kind != PERSON:
        phrases |= {w for f in entity.distinct_forms for w in f.lower().split()}
    groups = names.role_groups()
    if head in groups and any(p in groups[head] for p in phrases):
        return True
    return any(_gender_match(head, p) for p in phrases)


def _before_preposition(mention: str) -> tuple[list[names.Token], list[names.Token]]:
    """The mention up to its first comma, split at its first preposition: ("the Ukrainian leader",
    "") or ("the leader", "of Ukraine")."""
    toks = names.tokenize(mention.split(",")[0])
    cut = next((i for i, t in enumerate(toks) if i and t.low in _PREPOSITIONS), len(toks))
    return toks[:cut], toks[cut:]


def _role_phrase(mention: str) -> tuple[str, set[str]] | None:
    """(role head, places) of a definite role noun phrase ("the Ukrainian leader"), else None."""
    pre, post = _before_preposition(mention)
    if len(pre) < 2 and not any(t.possessive for t in pre):
        return None
    if pre[0].low not in _DEFINITE | _POSSESSIVE_PRONOUNS and not any(t.possessive for t in pre[:-1]):
        return None
    roles = names.role_phrases()
    two = f"{pre[-2].low} {pre[-1].low}" if len(pre) >= 2 else ""
    head = two if two in roles else pre[-1].low
    if head not in roles and not any(_gender_match(head, r) for r in roles):
        return None
    n_head = len(head.split())
    places = {
        t.low for t in pre[:-n_head] + post if t.capitalized and t.low not in names.title_words() | _DEFINITE
    }
    return head, places


def _fits(head: str, places: set[str], entity: Entity) -> bool:
    """Gender and places of the role noun do not contradict the entity's."""
    gender = names.title_genders().get(head)
    if gender and entity.gender and gender != entity.gender:
        return False
    return not (
        places
        and entity.places
        and not all(any(name_match.same_place(p, q) for q in entity.places) for p in places)
    )


def _untitled(entity: Entity) -> bool:
    """No title or role word was ever written with the entity's name ("Zelensky" alone)."""
    titles = names.title_words() | names.role_phrases()
    return not any(d in titles for d in entity.descriptors)


def _in_headline(entity: Entity, headline: str) -> bool:
    """Some form of the entity's name (its last word: "Zelensky") is written in the headline."""
    lasts = {f.split()[-1] for f in entity.variants if f.split()}
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", headline) for w in lasts)


def _forward(head: str, places: set[str], start: int, headline: str, builder: Builder) -> Resolved | None:
    """A role noun met before its referent's name: the one later named source whose title fits, or
    for a one-holder office ("the Ukrainian president"), the one later person without a title who is
    named in the headline ("... as Asserted by Zelensky")."""
    later = [
        e for e in builder.named if e.first is not None and e.first[0] > start and _fits(head, places, e)
    ]
    titled = [e for e in later if role_matches(head, e, abbreviations=not places)]
    why = "the only later named source whose title fits"
    if len(titled) > 1 and headline:  # "Ukraine’s president" before both Ada Okonkwo and Tom Reyes are named
        named_above = [e for e in titled if _in_headline(e, headline)]
        if len(named_above) == 1:
            titled, why = (
                named_above,
                "of the later named sources whose title fits, the only one the headline names",
            )
    if not titled and head in names.offices() and headline:
        titled = [
            e for e in later if e.kind in (PERSON, "unknown") and _untitled(e) and _in_headline(e, headline)
        ]
        why = "the only later person without a title who is named in the headline"
    if len(titled) != 1:
        return None
    first = titled[0].first[1] if titled[0].first else 0
    return Resolved(titled[0], f"resolved forwards to {titled[0].name} ({why}, first in {ordinal(first)})")


def resolve_role(
    builder: Builder,
    mention: str,
    start: int,
    headline: str = "",
    source_spans: frozenset[tuple[int, int]] = frozenset(),
) -> Resolved | None:
    """Resolve a role noun phrase to the one named source it fits; None: not a role noun.

    Backwards first (the one earlier named source whose title fits); when none fits, forwards
    (``_forward``: a later name with that title, or the headline's person for a one-holder office).
    """
    found = _role_phrase(mention)
    if found is None:
        return _described(builder, mention, start)
    head, places = found
    cands = []
    for entity in builder.named:
        if entity.first is None or entity.first[0] >= start:
            continue
        if role_matches(head, entity, abbreviations=not places) and _fits(head, places, entity):
            cands.append(entity)
    if len(cands) == 1:
        first = cands[0].first[1] if cands[0].first else 0
        return Resolved(
            cands[0],
            f"role noun '{mention}' -> {cands[0].name} (the only earlier named source "
            f"whose title or name fits, first in {ordinal(first)})",
        )
    if not cands:
        ahead = _forward(head, places, start, headline, builder)
        if ahead is not None:
            return Resolved(ahead.entity, f"role noun '{mention}' {ahead.reason}")
        body = _nearby_body(builder, head, places, start, source_spans)
        if body is not None:
            return Resolved(body.entity, f"role noun '{mention}' {body.reason}")
        return Resolved(None, f"unresolved role noun '{mention}': no named source before or after fits")
    # "Acme Corp. will close two plants, the company said" after "Halvorsen Inc. …": its own sentence's
    # subject, when only one that fits is
    sent = builder.doc.sentence_at(start)
    here = [
        e
        for e in cands
        if any(m.entity == e.id and m.sentence == sent and m.subject for m in builder.timeline)
    ]
    if len(here) == 1:
        return Resolved(
            here[0],
            f"role noun '{mention}' -> {here[0].name} "
            "(of the earlier names that fit, the subject of its sentence)",
        )
    listed = ", ".join(e.name for e in cands[:3])
    return Resolved(None, f"unresolved role noun '{mention}': several earlier sources fit ({listed})", True)


def resolve_headline_role(builder: Builder, mention: str) -> Resolved | None:
    """A headline's bare role noun ("Minister Vows …", "Hospital Confirms …"): headlines drop the
    article, so the noun stands for "the minister" and goes to the one named source of the body whose
    title or name it fits (with the headline's other words as places when several fit: "Ukrainian
    President Says …"). None when no single one fits or the phrase is no bare role noun."""
    toks = [t for t in names.tokenize(mention) if t.low not in _DEFINITE]
    if not toks or len(toks) > 3 or any(t.possessive for t in toks):
        return None
    two = f"{toks[-2].low} {toks[-1].low}" if len(toks) >= 2 else ""
    head = two if two in names.role_phrases() else toks[-1].low
    # "Hospital" is the hospital, not its president (whose descriptors hold "hospital's")
    person = head in names.whole_titles() or head in names.person_roles() or head in person_nouns()
    cands = [
        e
        for e in builder.named
        if e.first is not None
        and (e.kind in (PERSON, "unknown")) == person
        and role_matches(head, e, abbreviations=True)
    ]
    if len(cands) > 1:
        places = {t.low for t in toks[: -len(head.split())] if t.low not in names.title_words()}
        cands = [e for e in cands if e.places and _fits(head, places, e)]
    if len(cands) != 1:
        return None
    # where the name is first written (a role noun resolved to it earlier may come first)
    first = builder.doc.sentence_at(min(cands[0].variants.values())) if cands[0].variants else 0
    return Resolved(
        cands[0],
        f"headline role noun '{mention.strip()}' -> {cands[0].name} (the only named source of the body "
        f"whose title or name fits, first in {ordinal(first)})",
    )


def resolve_headline_name(builder: Builder, mention: str, kind: str) -> Resolved | None:
    """A headline's named source ("… as Asserted by Zelensky", "Ukraine’s Zelenskyy Says …"): the body's
    named source of that name, so both carry one name. Title case misleads the tagger and NER about
    headline names, so the source's own kind is tried first, then a person's, then an organisation's.
    None when the body names no such source (or names several that fit)."""
    for k in dict.fromkeys((kind, PERSON, "organization")):
        if k not in (PERSON, "organization", "government"):
            continue
        parts = names.split_name(mention, k)
        entity = builder.match(parts, k, 0) if parts.name else None
        if entity is None or entity.first is None:
            continue
        same = name_match.same_person if k == PERSON else name_match.same_organization
        if not any(same(parts.name, f) for f in entity.variants):
            continue  # only a family-name-first match: "Okafor Addresses Harbor Fire" is no "Okafor"
        if any(e is not entity and any(same(parts.name, f) for f in e.variants) for e in builder.named):
            return None  # "Okonkwo Says …" over Ada and Ben Okonkwo: the headline does not say which
        first = builder.doc.sentence_at(min(entity.variants.values())) if entity.variants else entity.first[1]
        return Resolved(
            entity,
            f"headline name '{mention.strip()}' -> {entity.name} (the body's named source of that name, "
            f"first in {ordinal(first)})",
        )
    return None


@cache
def person_nouns() -> frozenset[str]:
    """Singular nouns for a person: person rows of source_nouns.txt and person_descriptions.txt."""
    sources = {k for k, v in lexicon.table("source_nouns.txt").items() if v and v[0] == "person"}
    return frozenset(sources | lexicon.words("person_descriptions.txt"))


def _description_phrase(mention: str) -> tuple[str, set[str]] | None:
    """(head, places) of a definite description that is no role noun ("the veteran investor", "the
    Vermont law professor"), else None. Only singular heads: a plural refers to a group more often."""
    pre, _ = _before_preposition(mention)
    if len(pre) < 2 or pre[0].low not in _DEFINITE or any(t.possessive for t in pre):
        return None
    head = pre[-1]
    if head.capitalized or head.low not in person_nouns():
        return None  # only a singular noun for a person: "the campaign", "the report" name no one
    places = {t.low for t in pre[1:-1] if t.capitalized and t.low not in names.title_words()}
    return head.low, places


def _described(builder: Builder, mention: str, start: int) -> Resolved | None:
    """'Marta L. Voss, the veteran investor, ...; the investor added': a definite description
    whose head noun was written as a description of exactly one earlier named person ("investor" among
    Voss's descriptors) refers back to that person. None when it is no such description or no single
    person fits: the source stays as it was."""
    found = _description_phrase(mention)
    if found is None:
        return None
    head, places = found
    cands = [
        e
        for e in builder.named
        if e.kind in (PERSON, "unknown")
        and e.first is not None
        and e.first[0] < start
        and head in e.described_as
        and _fits(head, places, e)
    ]
    if len(cands) != 1:
        return None
    first = cands[0].first[1] if cands[0].first else 0
    return Resolved(
        cands[0],
        f"description '{mention}' -> {cands[0].name} (the only earlier named person described as "
        f"'{head}', first in {ordinal(first)})",
    )


def _nearby_body(
    builder: Builder, head: str, places: set[str], start: int, source_spans: frozenset[tuple[int, int]]
) -> Resolved | None:
    """A body noun ("the company", "the department", "the ministry") whose title matches no name: the
    one organisation or government in this or the previous two paragraphs that was itself a source
    ("The Pentagon announced ... The department said"). Names that were never a source are left out:
    with the weak NER, "the only organisation mentioned" was right for fewer than half of them on
    PolNeAR train. A name that calls itself another kind of body ("Defense Ministry" for "the company")
    or is placed elsewhere ("the government in Oslo") does not fit; two or more that fit leave it
    unresolved."""
    groups = names.role_groups()
    mine = [g for g in _BODY_KINDS if head in groups.get(g, ())]
    if not mine:
        return None
    kinds = frozenset().union(*(_BODY_KINDS[g] for g in mine))
    fitting = frozenset().union(*(groups[g] for g in mine))
    other = frozenset().union(*(groups.get(g, frozenset()) for g in _BODY_KINDS)) - fitting

    def kind_fits(e: Entity) -> bool:
        words = {w.lower() for f in e.distinct_forms for w in f.split()}
        return (
            e.named
            and e.kind in kinds
            and " and " not in e.name
            and not words & other
            and _fits(head, places, e)
        )

    def fits(e: Entity) -> bool:
        return kind_fits(e) and any(
            m.entity == e.id and (m.start, m.end) in source_spans for m in builder.timeline
        )

    doc = builder.doc
    sent = doc.sentence_at(start)
    para = doc.para[sent] if doc.para else 0
    near = [(e, m) for e, m in latest(builder, start, para - WINDOW_PARAGRAPHS) if fits(e)]
    where, how = f"this or the previous {WINDOW_PARAGRAPHS} paragraphs", "quoted as a source"
    if not near:  # "Halvorsen will cut 2,000 jobs, the company said": the body its own sentence is about
        near = [
            (e, m)
            for e, m in latest(builder, start, para)
            if m.sentence == sent and m.subject and kind_fits(e) and not _lone_opening(doc, m)
        ]
        where, how = "this sentence, as its subject", "named"
    if not near:  # a lede may name the body after its noun ("…, the region's main utility said.")
        near = _next_ones(builder, start, para + 1, fits)
        where, how = "this or the next paragraph", "quoted as a source"
    if len(near) != 1:
        return None
    entity, m = near[0]
    return Resolved(
        entity,
        f"-> {entity.name} (the only organisation {how} in {where}, {ordinal(m.sentence)})",
    )


def _lone_opening(doc: Doc, m: Mention) -> bool:
    """One capitalised word opening its sentence ("Power failed, the utility said"): no sign of a name."""
    return m.start == doc.sentences[m.sentence].start and " " not in doc.text[m.start : m.end].strip()


def _next_ones(
    builder: Builder, after: int, max_para: int, fits: Callable[[Entity], bool]
) -> list[tuple[Entity, Mention]]:
    """Entities that fit, mentioned after ``after`` up to paragraph ``max_para``, first mention each."""
    seen: dict[int, tuple[Entity, Mention]] = {}
    for m in builder.timeline[bisect.bisect_right(builder.starts, after) :]:
        if m.paragraph > max_para:
            break
        entity = builder.entities[m.entity]
        if entity.id not in seen and fits(entity):
            seen[entity.id] = (entity, m)
    return list(seen.values())
