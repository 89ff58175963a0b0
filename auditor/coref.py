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
* A headline's bare role noun ("Minister Vows …", "Hospital Confirms …") goes to the one named source of
  the body whose title or name fits: headlines drop the article that makes it definite. A headline's
  name goes to the body's one named source of that name ("Ukraine’s Zelenskyy Says …" -> Volodymyr
  Zelenskyy).
* A source named by an office alone ("Ukraine’s president") is resolved as a role noun: to the office
  holder the article names (of several later ones that fit, the one the headline names).
* Epithets ("Ruiz opened the bridge. The 52-year-old said") that no role fits go to the one person
  the sentence before names (``auditor/coref_epithets.py``).
* Elliptical sources ("Two officials … One said …") are one of the group just mentioned, unnamed
  (``auditor/coref_ellipsis.py``).
* Group descriptions ("the two countries", "both nations", "the leaders") go to the latest names the
  text joined with "and" that fit their count and kind ("Russia and North Korea";
  ``auditor/coref_groups.py``), and become named.
* A definite mention of an unnamed source that refers back to an earlier one ("Sources said ... The
  source added", "a source close to the mayor said ... the official added") takes the first mention's
  phrase as its name and stays unnamed; so does a pronoun resolved to it. The decision is
  ``anonymity_links.source_links`` (the rule the findings use to report each source once), so the
  roster and the score count such a source once. "Another source" and "experts ... critics" stay apart.
* The mentions of one named source share one kind (``roster.shared_kinds``): a surname the mini NER
  took for a place is the person its other mentions say it is.

Role nouns are resolved in ``auditor/coref_roles.py``. Candidates (entities and their mentions in text
order) come from ``auditor/mentions.py``; string work lives in ``auditor/names.py``.
"""

from __future__ import annotations

from auditor import lexicon, names
from auditor.anonymity import anonymity_of, display_mention, sentence_at
from auditor.anonymity_links import source_links
from auditor.coref_ellipsis import member_of, resolve_elliptical
from auditor.coref_epithets import resolve_epithet
from auditor.coref_groups import GroupRef, resolve_group
from auditor.coref_roles import (
    WINDOW_PARAGRAPHS,
    Resolved,
    entity_label,
    resolve_headline_name,
    resolve_headline_role,
    resolve_role,
)
from auditor.interview import answers, interviewee
from auditor.mentions import ORG_KINDS, PERSON, Builder, Doc, Entity, collect_entities, latest, ordinal
from auditor.models import Attribution, ParsedArticle
from auditor.roster import shared_kinds, source_key

__all__ = ["resolve_sources"]


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


def resolve_pronoun(builder: Builder, word: str, start: int) -> Resolved:
    """Resolve one pronoun at ``start`` against the mentions before it."""
    gender, _number = names.pronoun_table()[word.lower()]
    doc = builder.doc
    sent = doc.sentence_at(start)
    para = doc.para[sent] if doc.para else 0
    cands = [(e, m) for e, m in latest(builder, start, para - WINDOW_PARAGRAPHS) if _compatible(e, gender)]
    label = "named source" if gender != "any" else "source"
    if not cands:
        return Resolved(
            None,
            f"unresolved pronoun '{word}': no {_describe(gender, found=False)} mentioned in this or the "
            f"previous {WINDOW_PARAGRAPHS} paragraphs",
        )
    best, bm = cands[0]
    if len(cands) == 1:
        how = f"only {_describe(gender, found=True)} in this or the previous {WINDOW_PARAGRAPHS} paragraphs"
        return Resolved(best, f"pronoun '{word}' -> {entity_label(best)} ({how}, {ordinal(bm.sentence)})")
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
                return Resolved(
                    None,
                    f"unresolved pronoun '{word}': could be {entity_label(only)} or "
                    f"{entity_label(strong[0])} "
                    f"(gender of {entity_label(only)} unknown)",
                )
            how = f"only {_describe(gender, found=True)} in the {where}"
            return Resolved(
                only, f"pronoun '{word}' -> {entity_label(only)} ({how}, {ordinal(om_.sentence)})"
            )
    other, om = cands[1]
    if gender in ("male", "female") and best.gender is None:
        return Resolved(
            None,
            f"unresolved pronoun '{word}': could be {entity_label(best)} or {entity_label(other)} "
            f"(gender of {entity_label(best)} unknown)",
        )
    if om.sentence == bm.sentence and not (bm.subject and not om.subject):
        return Resolved(
            None,
            f"unresolved pronoun '{word}': {entity_label(best)} and {entity_label(other)} are equally "
            f"close ({ordinal(bm.sentence)})",
        )
    how = f"nearest {gender if gender in ('male', 'female') else ''} {label}".replace("  ", " ")
    return Resolved(best, f"pronoun '{word}' -> {entity_label(best)} ({how}, {ordinal(bm.sentence)})")


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
    by_pronoun: dict[int, Resolved] = {}
    by_role: dict[int, Resolved] = {}
    by_group: dict[int, GroupRef] = {}
    by_ellipsis: dict[int, tuple[str, str]] = {}  # source start -> (name, reason)
    sources = sorted((a.source for a in body if a.source is not None), key=lambda s: s.start)
    unnamed = {s.start: s for s in sources if not s.named and not names.is_pronoun(s.mention)}
    # named by an office alone ("Ukraine’s president"): the office holder, when the article names one
    offices = {
        s.start: s for s in sources if s.named and s.kind == PERSON and not names.split_name(s.mention).name
    }
    source_spans = frozenset((s.start, s.end) for s in sources if s.named)
    pronouns = dict(_pronoun_sites(parsed, body, doc))
    entity_of: dict[int, Entity] = {}  # unnamed source start -> its entity, for _same_anonymous
    # One pass in text order so a resolved pronoun or role noun can anchor the next one.
    for start in sorted(set(unnamed) | set(pronouns) | set(offices)):
        if start in offices:
            office = resolve_role(builder, offices[start].mention, start, headline, source_spans)
            if office is not None and office.entity is not None:
                by_role[start] = office
                builder.mention(office.entity, start, offices[start].end, None)
            continue
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
        one_of = resolve_elliptical(parsed, src)
        if one_of is not None:  # "Two council members ... One said": one of them, still unnamed
            by_ellipsis[start] = one_of
            entity = builder.new(src.kind, named=False)
            entity.forms.append((start, one_of[0]))
            builder.mention(entity, src.start, src.end, None)
            continue
        role = resolve_role(builder, src.mention, start, headline, source_spans)
        # no role fits (or none was asked for): "Ruiz opened the bridge. The 52-year-old said"
        if role is None or (role.entity is None and not role.ambiguous):
            role = resolve_epithet(builder, src.mention, start) or role
        if role is not None:
            by_role[start] = role
        if role is None or role.entity is None:
            group = resolve_group(parsed, doc, src.mention, start)
            if group is not None:
                by_group[start] = group
                # a named group, so that a later "they" takes its names ("They added that ...")
                entity = builder.new("group", named=True)
                builder.mention(entity, src.start, src.end, names.NameParts(group.name, (), None, False))
                continue
            entity = builder.new(src.kind, named=False)
            parts = names.split_name(src.mention, src.kind)
            entity.forms.append((start, src.mention.strip()))
            # the head says the gender ("A woman …": a later "he" is someone else); a name inside the
            # phrase is another person's ("a woman who has accused Bill Clinton")
            entity.gender = names.noun_gender(parts.heads) or names.gender_of(parts.heads)
            builder.mention(entity, src.start, src.end, None)
            entity_of[start] = entity
        else:
            builder.mention(role.entity, src.start, src.end, None)
    # the headline's sources, once the body's names are known: a bare role noun ("Minister Vows …") or a
    # name the body writes in full ("Ukraine’s Zelenskyy Says …" -> Volodymyr Zelenskyy)
    for hs in (a.source for a in attributions if not parsed.in_body(a.sentence)):
        if hs is None or names.is_pronoun(hs.mention):
            continue
        if hs.named:
            found = resolve_headline_name(builder, hs.mention, hs.kind)
        else:
            found = resolve_headline_role(builder, hs.mention)
        if found is not None:
            by_role[hs.start] = found
    resolved = tuple(
        _apply(a, builder, by_pronoun, by_role, by_group)
        if a.source is None or a.source.start not in by_ellipsis
        else _one_of(a, *by_ellipsis[a.source.start])
        for a in attributions
    )
    resolved = _interview_answers(parsed, builder, resolved)
    return shared_kinds(_same_anonymous(parsed, resolved, entity_of, by_pronoun))


def _interview_answers(
    parsed: ParsedArticle, builder: Builder, attributions: tuple[Attribution, ...]
) -> tuple[Attribution, ...]:
    """An interview's answers ("A: …") are the interviewee's: the person its introduction names most."""
    article = parsed.article
    colons = {answer.colon for answer in answers(article)}  # once: an article may have many cues
    if not colons:
        return attributions
    found = interviewee(builder, article)
    if found is not None:
        who, n = found
        times = "once" if n == 1 else f"{n} times"
        update: dict[str, object] = {
            "name": who.name,
            "named": True,
            "kind": PERSON,
            "resolved_from": f"interview answer: '{who.name}' is the person the introduction mentions most "
            f"({times})",
        }
    else:
        update = {
            "named": False,
            "resolved_from": "interview answer: the introduction names no person to give it to",
        }
    out = []
    for a in attributions:
        if a.cue is not None and a.source is not None and a.cue.kind == "colon" and a.cue.start in colons:
            a = a.model_copy(update={"source": a.source.model_copy(update=update)})
        out.append(a)
    return tuple(out)


def _same_anonymous(
    parsed: ParsedArticle,
    attributions: tuple[Attribution, ...],
    entity_of: dict[int, Entity],
    by_pronoun: dict[int, Resolved],
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
        opening = sentence is not None and sentence.start == first.start
        name = first.name if link.member is None else _member_name(link.member, first.name, opening)
        updates[aid] = {"name": name, "named": False, "resolved_from": why}
        if src.start in entity_of:
            renamed[entity_of[src.start].id] = name
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


def _member_name(count: str, group: str, opening: bool) -> str:
    """ "One of the people" after "two people briefed on the talks" -> "one of two people briefed on the
    talks"; after "Sources close to the inquiry" -> "one of the sources close to the inquiry"."""
    first = group.split(maxsplit=1)[0].lower() if group.split() else ""
    counted = first in names.DETERMINERS or first in lexicon.words("number_words.txt") or first[:1].isdigit()
    return member_of(count, group, opening=opening, counted=counted)


def _same_name(a: str, b: str) -> bool:
    """Names the roster already puts on one row (same ``source_key``: case, possessive, punctuation)."""
    return source_key(a) == source_key(b)


def _one_of(a: Attribution, name: str, reason: str) -> Attribution:
    assert a.source is not None
    return a.model_copy(
        update={"source": a.source.model_copy(update={"name": name, "resolved_from": reason})}
    )


def _apply(
    a: Attribution,
    builder: Builder,
    by_pronoun: dict[int, Resolved],
    by_role: dict[int, Resolved],
    by_group: dict[int, GroupRef],
) -> Attribution:
    src = a.source
    if src is None:
        return a
    update: dict[str, object]
    resolved = by_pronoun if names.is_pronoun(src.mention) else by_role
    if src.start in by_group:
        g = by_group[src.start]
        update = {"name": g.name, "named": True, "kind": g.kind, "resolved_from": g.reason}
    elif src.start in resolved:
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
        elif src.kind == "document" and names.document_author(src.mention) is not None:
            update["resolved_from"] = f"the document's author: '{src.mention.strip()}' -> {entity.name}"
        elif entity.kind == PERSON and here != src.mention.strip():
            update["resolved_from"] = f"titles stripped: '{src.mention.strip()}' -> {entity.name}"
    else:
        return a
    return a.model_copy(update={"source": src.model_copy(update=update)})
