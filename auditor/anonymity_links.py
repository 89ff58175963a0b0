"""Which mentions of unnamed sources are one source: "Sources said ... The source added" is one source.

``same_source`` maps every attribution to an anonymous person (``anonymous_person``) to the attribution
that first mentions its source. Two mentions are one source when

1. they carry the same name (coreference upstream gave them one, or the phrase is repeated), compared
   as the roster compares names (``roster.source_key``: "the government" and "The government's");
2. a definite mention ("the source", "these officials") refers back to the nearest earlier mention
   with the same head noun, in either number ("Sources said" or "A source said" ... "the source added"),
   except a singular one with words of its own after a plural one ("Insurers expect …, the state's
   largest insurer said" is one insurer, not the group);
3. a member picked out of a group by a partitive ("One of the people said", after "according to two
   people briefed on the talks") belongs to the nearest earlier mention with the same head noun;
4. a definite mention with another head noun and no description of its own ("the official added",
   after "a source close to the mayor said") refers back to the earlier unnamed source of the same
   number when there is exactly one; with two candidates it stays apart (as coreference leaves an
   ambiguous role noun unresolved). The later head noun must be one a text uses for an unnamed
   source (``anonymous_role_nouns.txt``: "the official", "the aide"; not "the candidate" or "the
   company"), and the earlier one must name people (``source_nouns.txt`` kinds person or group).

An indefinite mention ("another source", "other officials") is a new source unless it repeats a name.
The findings report each source once; the anonymity stage lets later mentions keep what the first said;
coreference (``source_links``, which also says which of the four rules linked a mention) gives a later
mention the first mention's name, so the roster and the score count the source once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from auditor import lexicon
from auditor.anonymity_antecedent import antecedent
from auditor.anonymity_mention import anonymous_person, head_key, is_definite, split_mention
from auditor.models import Attribution, ParsedArticle, Source
from auditor.roster import source_key
from auditor.syntax import sentence_at


def _key(name: str) -> str:
    # The roster's key (case, possessive, punctuation): names the roster puts on one row are one source.
    return source_key(name)


def _head(text: str, source: Source) -> str:
    return head_key(split_mention(text, source).head.text)


@cache
def _people_nouns() -> frozenset[str]:
    """Head nouns that name people (``source_nouns.txt`` kinds person and group), keyed as ``head_key``."""
    rows = lexicon.table("source_nouns.txt").items()
    return frozenset(head_key(noun) for noun, fields in rows if fields and fields[0] in ("person", "group"))


@cache
def _referring_nouns() -> frozenset[str]:
    """Head nouns that refer back to an unnamed source introduced otherwise ("the official"), keyed."""
    return frozenset(head_key(noun) for noun in lexicon.words("anonymous_role_nouns.txt"))


def _described_here(parsed: ParsedArticle, source: Source) -> bool:
    """The mention's own sentence describes it (a description inherited from an earlier one lies before)."""
    description = source.anonymity.description if source.anonymity is not None else None
    sentence = sentence_at(parsed, source.start)
    return description is not None and (sentence is None or sentence.start <= description.start)


class SourceLink(NamedTuple):
    """The attribution that first mentions a source, and why a later mention was linked to it."""

    first: str
    reason: str | None  # None for a first mention
    member: str | None = None  # the count of a partitive member: "one" of "One of the people said"


_SAME_NAME = "it repeats the name of an earlier mention"
_SAME_HEAD = "a definite mention with the head noun '{head}' refers back to the nearest earlier one"
_MEMBER = "a member of a group picked out by '{part} of the {head}' belongs to the nearest earlier mention"
_PARTITIVE = re.compile(r"\s*(\w+) of (?:the|these|those)\s", re.IGNORECASE)
_ONLY_ONE = (
    "a definite mention with no description of its own refers back to the only earlier unnamed "
    "source of the same number"
)


class _Seen:
    """The mentions taken so far, with what ``_refers_to`` looks them up by (kept as they are added:
    recomputing each earlier mention's key and head for every later one grows with the square of a
    long article)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: list[tuple[Source, str, str]] = []  # (source, group, head)
        self.first_by_key: dict[str, str] = {}
        self.last_by_head: dict[str, tuple[Source, str]] = {}

    def add(self, source: Source, group: str) -> None:
        head = _head(self.text, source)
        self.mentions.append((source, group, head))
        self.first_by_key.setdefault(_key(source.name), group)
        self.last_by_head[head] = (source, group)

    def covers(self, offset: int) -> bool:
        return any(s.start <= offset < s.end for s, _, _ in self.mentions)


def _refers_to(parsed: ParsedArticle, source: Source, seen: _Seen) -> SourceLink | None:
    """The group (first attribution id) among the ``seen`` mentions that ``source`` refers back to, and
    the rule that says so in words."""
    text = parsed.article.text
    same_name = seen.first_by_key.get(_key(source.name))
    if same_name is not None:
        return SourceLink(same_name, _SAME_NAME)
    partitive = _PARTITIVE.match(source.mention)
    if partitive is not None and partitive.group(1).lower() in _COUNTS:
        head = _head(text, source)
        found = seen.last_by_head.get(head)
        if found is None:
            return None
        part = partitive.group(1).lower()
        return SourceLink(found[1], _MEMBER.format(part=part, head=head), part)
    if not is_definite(text, source):
        return None
    # An indefinite mention that is no attribution's source ("a source in the ministry, who ..., was
    # blunt") may lie between: then "the source" refers to it, not to an attributed mention.
    unattributed = antecedent(parsed, source)
    if unattributed is not None and seen.covers(unattributed.start):
        unattributed = None
    head = _head(text, source)
    same_head = seen.last_by_head.get(head)
    if same_head is not None:
        nearest, group = same_head
        if _new_member(text, source, nearest):
            return None
        if unattributed is None or unattributed.start < nearest.start:
            return SourceLink(group, _SAME_HEAD.format(head=head))
        return None
    own = source.anonymity
    if unattributed is not None or own is None or own.collective or _described_here(parsed, source):
        return None
    if head not in _referring_nouns():
        return None
    candidates = {
        group
        for s, group, s_head in seen.mentions
        if s.anonymity is not None
        and not s.anonymity.collective
        and s.anonymity.plural == own.plural
        and s_head in _people_nouns()
    }
    return SourceLink(candidates.pop(), _ONLY_ONE) if len(candidates) == 1 else None


_COUNTS = frozenset({"one", "two", "three", "some", "several", "many", "most", "each", "both", "all"})


def _new_member(text: str, source: Source, nearest: Source) -> bool:
    """A singular mention with words of its own after a plural one ("Insurers expect …, the state's
    largest insurer said") picks out one member, not the group again; "Sources said … the source
    added" refers back."""
    own, earlier = source.anonymity, nearest.anonymity
    if own is None or earlier is None or own.plural or not earlier.plural:
        return False
    parts = split_mention(text, source)
    return parts.premodifiers is not None or parts.description_start is not None


def source_links(parsed: ParsedArticle, attributions: Sequence[Attribution]) -> dict[str, SourceLink]:
    """Attribution id -> the attribution that first mentions the same unnamed source, and why.

    Only attributions to an anonymous person (``Source.anonymity`` set) are keys; a first mention links
    to itself with no reason. Mentions are taken in text order of their sources.
    """
    text = parsed.article.text
    mentions = sorted(
        ((a.id, a.source) for a in attributions if a.source is not None and anonymous_person(a.source, text)),
        key=lambda m: (m[1].start, m[1].end),
    )
    links: dict[str, SourceLink] = {}
    seen = _Seen(text)
    for aid, source in mentions:
        found = _refers_to(parsed, source, seen)
        link = found if found is not None else links.get(aid, SourceLink(aid, None))
        links[aid] = link
        seen.add(source, link.first)
    return links


def same_source(parsed: ParsedArticle, attributions: Sequence[Attribution]) -> dict[str, str]:
    """Attribution id -> id of the attribution that first mentions the same unnamed source.

    Only attributions to an anonymous person (``Source.anonymity`` set) are keys; a first mention maps
    to itself. Mentions are taken in text order of their sources.
    """
    return {aid: link.first for aid, link in source_links(parsed, attributions).items()}
