"""Coreference of sources: give every attribution's source its canonical name, or say why it has none.

* Named sources get a canonical name: titles stripped ("Kremlin spokesman Dmitry Peskov" ->
  "Dmitry Peskov"), name variants merged ("Zelensky", "Zelenskyy's", "President Volodymyr
  Zelenskyy" -> the longest full form first seen). Organisations keep their name.
* Pronoun sources ("he", "she", "it", "they") go to the most recent compatible source in the same
  or the two previous paragraphs; unknown gender fits "he"/"she" only when it is the single
  candidate. Ambiguous pronouns stay unresolved (``named`` False) and ``resolved_from`` says why.
* Role nouns ("the Ukrainian leader", "the spokesperson") go to the one earlier named source whose
  titles and nationality fit (``role_nouns.txt``), and only when there is exactly one. When none fits,
  a role noun written before the name resolves forwards: to the one later named source with that
  title, or, for a one-holder office ("the Ukrainian president"), to the one later person without a
  title whom the headline names.
* A definite mention of an unnamed source that refers back to an earlier one ("Sources said ... The
  source added", "a source close to the mayor said ... the official added") takes the first mention's
  phrase as its name and stays unnamed; so does a pronoun resolved to it. The decision is
  ``anonymity_links.source_links`` (the rule the findings use to report each source once), so the
  roster and the score count such a source once. "Another source" and "experts ... critics" stay apart.

Candidates (entities and their mentions in text order) come from ``auditor/mentions.py``; string
work lives in ``auditor/names.py``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from auditor import names
from auditor.anonymity import anonymity_of, display_mention, sentence_at
from auditor.anonymity_links import source_links
from auditor.mentions import ORG_KINDS, PERSON, Builder, Doc, Entity, collect_entities, latest, ordinal
from auditor.models import Attribution, ParsedArticle
from auditor.roster import source_key

__all__ = ["canonical_name", "cluster_names", "resolve_sources", "same_organization", "same_person"]

# Re-exported: the roster and provenance count distinct sources with these.
canonical_name = names.canonical_name
cluster_names = names.cluster_names
same_person = names.same_person
same_organization = names.same_organization

_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "within", "with", "on", "inside"})
_DEFINITE = frozenset({"the", "this", "that"})
WINDOW_PARAGRAPHS = 2  # a pronoun looks back through its own and this many previous paragraphs


@dataclass(frozen=True)
class _Resolved:
    """The antecedent found (None: left unresolved) and the reason, in words, for ``resolved_from``."""

    entity: Entity | None
    reason: str


def _compatible(entity: Entity, gender: str) -> bool:
    if gender in ("male", "female"):
        return entity.kind == PERSON and entity.gender in (None, gender)
    if gender == "neuter":
        return entity.kind in ORG_KINDS
    return entity.kind in ORG_KINDS or entity.kind == "group"  # they


def _describe(gender: str, *, found: bool) -> str:
    if gender in ("male", "female"):
        return "candidate person" if found else "person of that gender"
    return {"neuter": "organisation"}.get(gender, "group or organisation")


def resolve_pronoun(builder: Builder, word: str, start: int) -> _Resolved:
    """Resolve one pronoun at ``start`` against the mentions before it."""
    gender, _number = names.pronoun_table()[word.lower()]
    doc = builder.doc
    sent = doc.sentence_at(start)
    para = doc.para[sent] if doc.para else 0
    cands = [(e, m) for e, m in latest(builder, start, para - WINDOW_PARAGRAPHS) if _compatible(e, gender)]
    label = "named source" if gender != "any" else "source"
    if not cands:
        return _Resolved(
            None,
            f"unresolved pronoun '{word}': no {_describe(gender, found=False)} mentioned in this or the "
            f"previous {WINDOW_PARAGRAPHS} paragraphs",
        )
    best, bm = cands[0]
    if len(cands) == 1:
        how = f"only {_describe(gender, found=True)} in this or the previous {WINDOW_PARAGRAPHS} paragraphs"
        return _Resolved(best, f"pronoun '{word}' -> {_label(best)} ({how}, {ordinal(bm.sentence)})")
    # Closest first: a single candidate earlier in the same sentence, or in the sentence before
    # within the paragraph, is the antecedent ("Kim said ... He also mentioned ...").
    for tier, where in ((sent, "same sentence"), (sent - 1, "previous sentence")):
        if tier < 0 or tier >= len(doc.para) or doc.para[tier] != para:
            continue
        here = [(e, m) for e, m in cands if m.sentence == tier]
        if len(here) > 1:
            break
        if len(here) == 1:
            only, om_ = here[0]
            # a person of the right gender elsewhere in the paragraph makes an unknown-gender one doubtful
            strong = [e for e, m in cands if e is not only and e.gender == gender and m.paragraph == para]
            if gender in ("male", "female") and only.gender is None and strong:
                return _Resolved(
                    None,
                    f"unresolved pronoun '{word}': could be {_label(only)} or {_label(strong[0])} "
                    f"(gender of {_label(only)} unknown)",
                )
            how = f"only {_describe(gender, found=True)} in the {where}"
            return _Resolved(only, f"pronoun '{word}' -> {_label(only)} ({how}, {ordinal(om_.sentence)})")
    other, om = cands[1]
    if gender in ("male", "female") and best.gender is None:
        return _Resolved(
            None,
            f"unresolved pronoun '{word}': could be {_label(best)} or {_label(other)} "
            f"(gender of {_label(best)} unknown)",
        )
    if om.sentence == bm.sentence and not (bm.subject and not om.subject):
        return _Resolved(
            None,
            f"unresolved pronoun '{word}': {_label(best)} and {_label(other)} are equally "
            f"close ({ordinal(bm.sentence)})",
        )
    how = f"nearest {gender if gender in ('male', 'female') else ''} {label}".replace("  ", " ")
    return _Resolved(best, f"pronoun '{word}' -> {_label(best)} ({how}, {ordinal(bm.sentence)})")


def _label(entity: Entity) -> str:
    return entity.name if entity.named else f"unnamed source '{entity.name}'"


def _gender_match(head: str, title: str) -> bool:
    """Titles that differ only by gender: spokesman / spokeswoman / spokesperson."""
    stem = re.compile(r"(?:wo)?m[ae]n$|person$|people$")
    if head == title:
        return True
    neutral = head.endswith(("person", "people")) or title.endswith(("person", "people"))
    return neutral and bool(stem.search(head)) and stem.sub("", head) == stem.sub("", title)


def _role_matches(head: str, entity: Entity) -> bool:
    words = sorted(entity.descriptors)
    phrases = set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}
    phrases |= {w for _, f in entity.forms for w in f.lower().split()} if entity.kind != PERSON else set()
    groups = names.role_groups()
    if head in groups and any(p in groups[head] for p in phrases):
        return True
    return any(_gender_match(head, p) for p in phrases)


def _role_phrase(mention: str) -> tuple[str, set[str]] | None:
    """(role head, places) of a definite role noun phrase ("the Ukrainian leader"), else None."""
    toks = names.tokenize(mention.split(",")[0])
    cut = next((i for i, t in enumerate(toks) if i and t.low in _PREPOSITIONS), len(toks))
    pre, post = toks[:cut], toks[cut:]
    if len(pre) < 2 and not any(t.possessive for t in pre):
        return None
    if pre[0].low not in _DEFINITE and not any(t.possessive for t in pre[:-1]):
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
        and not all(any(names.same_place(p, q) for q in entity.places) for p in places)
    )


def _untitled(entity: Entity) -> bool:
    """No title or role word was ever written with the entity's name ("Zelensky" alone)."""
    titles = names.title_words() | names.role_phrases()
    return not any(d in titles for d in entity.descriptors)


def _in_headline(entity: Entity, headline: str) -> bool:
    """Some form of the entity's name (its last word: "Zelensky") is written in the headline."""
    lasts = {f.split()[-1] for f in entity.variants if f.split()}
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", headline) for w in lasts)


def _forward(head: str, places: set[str], start: int, headline: str, builder: Builder) -> _Resolved | None:
    """A role noun met before its referent's name: the one later named source whose title fits, or
    for a one-holder office ("the Ukrainian president"), the one later person without a title who is
    named in the headline ("... as Asserted by Zelensky")."""
    later = [
        e
        for e in builder.entities
        if e.named and e.first is not None and e.first[0] > start and _fits(head, places, e)
    ]
    titled = [e for e in later if _role_matches(head, e)]
    why = "the only later named source whose title fits"
    if not titled and head in names.offices() and headline:
        titled = [
            e for e in later if e.kind in (PERSON, "unknown") and _untitled(e) and _in_headline(e, headline)
        ]
        why = "the only later person without a title who is named in the headline"
    if len(titled) != 1:
        return None
    first = titled[0].first[1] if titled[0].first else 0
    return _Resolved(titled[0], f"resolved forwards to {titled[0].name} ({why}, first in {ordinal(first)})")


def resolve_role(builder: Builder, mention: str, start: int, headline: str = "") -> _Resolved | None:
    """Resolve a role noun phrase to the one named source it fits; None: not a role noun.

    Backwards first (the one earlier named source whose title fits); when none fits, forwards
    (``_forward``: a later name with that title, or the headline's person for a one-holder office).
    """
    found = _role_phrase(mention)
    if found is None:
        return None
    head, places = found
    cands = []
    for entity in builder.entities:
        if entity.first is None or entity.first[0] >= start or not entity.named:
            continue
        if _role_matches(head, entity) and _fits(head, places, entity):
            cands.append(entity)
    if len(cands) == 1:
        first = cands[0].first[1] if cands[0].first else 0
        return _Resolved(
            cands[0],
            f"role noun '{mention}' -> {cands[0].name} (the only earlier named source "
            f"whose title or name fits, first in {ordinal(first)})",
        )
    if not cands:
        ahead = _forward(head, places, start, headline, builder)
        if ahead is not None:
            return _Resolved(ahead.entity, f"role noun '{mention}' {ahead.reason}")
        return _Resolved(None, f"unresolved role noun '{mention}': no named source before or after fits")
    listed = ", ".join(e.name for e in cands[:3])
    return _Resolved(None, f"unresolved role noun '{mention}': several earlier sources fit ({listed})")


def _pronoun_sites(
    parsed: ParsedArticle, attributions: tuple[Attribution, ...], doc: Doc
) -> list[tuple[int, str]]:
    """Pronouns to resolve in text order: every source pronoun, and he/she/his/her outside quotes.

    The gendered pronouns of the running text teach entities their gender ("Zelensky ... his
    address" makes Zelensky male for a later "he"); "it" and "they" outside sources are skipped
    because most are not references at all ("it is likely").
    """
    sites = {}
    table = names.pronoun_table()
    for sentence in parsed.sentences:
        for w in sentence.words:
            low = w.text.lower()
            gendered = w.upos == "PRON" and low in table and table[low][0] in ("male", "female")
            if gendered and not doc.in_quote(w.start):
                sites[w.start] = w.text
    for a in attributions:
        if a.source is not None and names.is_pronoun(a.source.mention):
            sites[a.source.start] = a.source.mention.strip()
    return sorted(sites.items())


def resolve_sources(parsed: ParsedArticle, attributions: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """Every attribution with its source's canonical name, or an explanation of why it has none."""
    doc = Doc(parsed)
    article = parsed.article
    # The chains are built from the body: a headline's own sources keep their words, and its title case
    # would mislead the kinds of the names the body resolves to ("... as Asserted by Zelensky").
    body = tuple(a for a in attributions if parsed.in_body(a.sentence))
    builder = collect_entities(parsed, body, doc)
    headline = article.title.text if article.title is not None else article.title_text or ""
    by_pronoun: dict[int, _Resolved] = {}
    by_role: dict[int, _Resolved] = {}
    sources = sorted((a.source for a in body if a.source is not None), key=lambda s: s.start)
    unnamed = {s.start: s for s in sources if not s.named and not names.is_pronoun(s.mention)}
    pronouns = dict(_pronoun_sites(parsed, body, doc))
    entity_of: dict[int, Entity] = {}  # unnamed source start -> its entity, for _same_anonymous
    # One pass in text order so a resolved pronoun or role noun can anchor the next one.
    for start in sorted(set(unnamed) | set(pronouns)):
        if start in pronouns:
            word = pronouns[start]
            result = resolve_pronoun(builder, word, start)
            by_pronoun[start] = result
            gender = names.pronoun_table()[word.lower()][0]
            if result.entity is not None:
                if gender in ("male", "female") and result.entity.gender is None:
                    result.entity.gender = gender  # learnt from agreement, used by later pronouns
                builder.mention(result.entity, start, start + len(word), None)
        if start not in unnamed:
            continue
        src = unnamed[start]
        role = resolve_role(builder, src.mention, start, headline)
        if role is not None:
            by_role[start] = role
        if role is None or role.entity is None:
            entity = builder.new(src.kind, named=False)
            parts = names.split_name(src.mention, src.kind)
            entity.forms.append((start, src.mention.strip()))
            entity.gender = parts.gender
            builder.mention(entity, src.start, src.end, None)
            entity_of[start] = entity
        else:
            builder.mention(role.entity, src.start, src.end, None)
    resolved = tuple(_apply(a, builder, by_pronoun, by_role) for a in attributions)
    return _same_anonymous(parsed, resolved, entity_of, by_pronoun)


def _same_anonymous(
    parsed: ParsedArticle,
    attributions: tuple[Attribution, ...],
    entity_of: dict[int, Entity],
    by_pronoun: dict[int, _Resolved],
) -> tuple[Attribution, ...]:
    """A later mention of an unnamed source gets the first mention's name; ``resolved_from`` says why.

    ``source_links`` reads ``Source.anonymity``, which the anonymity stage fills after this one, so it
    is judged here on copies; the attributions returned carry no anonymity yet.
    """
    judged = []
    for a in attributions:
        found = anonymity_of(parsed, a)
        if found is not None and a.source is not None:
            a = a.model_copy(update={"source": a.source.model_copy(update={"anonymity": found})})
        judged.append(a)
    by_id = {a.id: a for a in attributions}
    renamed: dict[int, str] = {}  # entity id -> the name its mention took (for pronouns resolved to it)
    updates: dict[str, dict[str, object]] = {}
    for aid, link in source_links(parsed, judged).items():
        first, src = by_id[link.first].source, by_id[aid].source
        if link.reason is None or first is None or src is None or _same_name(first.name, src.name):
            continue
        sentence = sentence_at(parsed, first.start)
        where = f" of {ordinal(sentence.index)}" if sentence is not None else ""
        why = (
            f"unnamed source '{display_mention(parsed.article.text, src)}' is '{first.name}'{where} "
            f"({link.reason}): one anonymous source, counted once"
        )
        updates[aid] = {"name": first.name, "named": False, "resolved_from": why}
        if src.start in entity_of:
            renamed[entity_of[src.start].id] = first.name
    for a in attributions:
        r = by_pronoun.get(a.source.start) if a.source is not None else None
        if r is not None and r.entity is not None and r.entity.id in renamed:
            name = renamed[r.entity.id]
            updates[a.id] = {"name": name, "resolved_from": f"{r.reason}, a later mention of '{name}'"}
    return tuple(
        a.model_copy(update={"source": a.source.model_copy(update=updates[a.id])})
        if a.id in updates and a.source is not None
        else a
        for a in attributions
    )


def _same_name(a: str, b: str) -> bool:
    """Names the roster already puts on one row (same ``source_key``: case, possessive, punctuation)."""
    return source_key(a) == source_key(b)


def _apply(
    a: Attribution, builder: Builder, by_pronoun: dict[int, _Resolved], by_role: dict[int, _Resolved]
) -> Attribution:
    src = a.source
    if src is None:
        return a
    update: dict[str, object]
    resolved = by_pronoun if names.is_pronoun(src.mention) else by_role
    if src.start in resolved:
        r = resolved[src.start]
        if r.entity is None:
            update = {
                "named": False if names.is_pronoun(src.mention) else src.named,
                "resolved_from": r.reason,
            }
        else:
            kind = r.entity.kind if r.entity.kind != "unknown" else src.kind
            update = {"name": r.entity.name, "named": r.entity.named, "kind": kind, "resolved_from": r.reason}
    elif (src.start, src.end) in builder.by_span and src.named:
        entity = builder.entities[builder.by_span[(src.start, src.end)]]
        update = {"name": entity.name}
        if entity.kind != "unknown" and (src.kind == "unknown" or entity.kind == PERSON):
            update["kind"] = entity.kind
        here = builder.written.get((src.start, src.end), entity.name)
        if entity.name != here:
            first = entity.first[1] if entity.first else 0
            update["resolved_from"] = (
                f"name variant '{src.mention.strip()}' -> {entity.name} "
                f"(same person or body as in {ordinal(first)})"
            )
        elif entity.kind == PERSON and here != src.mention.strip():
            update["resolved_from"] = f"titles stripped: '{src.mention.strip()}' -> {entity.name}"
    else:
        return a
    return a.model_copy(update={"source": src.model_copy(update=update)})
