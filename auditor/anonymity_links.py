"""Which mentions of unnamed sources are one source: "Sources said ... The source added" is one source.

``same_source`` maps every attribution to an anonymous person (``anonymous_person``) to the attribution
that first mentions its source. Two mentions are one source when

1. they carry the same name (coreference upstream gave them one, or the phrase is repeated);
2. a definite mention ("the source", "these officials") refers back to the nearest earlier mention
   with the same head noun, in either number ("Sources said" or "A source said" ... "the source added");
3. a definite mention with another head noun and no description of its own ("the official added",
   after "a source close to the mayor said") refers back to the earlier unnamed source of the same
   number when there is exactly one; with two candidates it stays apart (as coreference leaves an
   ambiguous role noun unresolved).

An indefinite mention ("another source", "other officials") is a new source unless it repeats a name.
The findings report each source once; the anonymity stage lets later mentions keep what the first said.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.anonymity_mention import (
    anonymous_person,
    antecedent,
    head_key,
    is_definite,
    sentence_at,
    split_mention,
)
from auditor.models import Attribution, ParsedArticle, Source


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _head(text: str, source: Source) -> str:
    return head_key(split_mention(text, source).head.text)


def _described_here(parsed: ParsedArticle, source: Source) -> bool:
    """The mention's own sentence describes it (a description inherited from an earlier one lies before)."""
    description = source.anonymity.description if source.anonymity is not None else None
    sentence = sentence_at(parsed, source.start)
    return description is not None and (sentence is None or sentence.start <= description.start)


def _refers_to(parsed: ParsedArticle, source: Source, seen: Sequence[tuple[Source, str]]) -> str | None:
    """The group (first attribution id) among the ``seen`` mentions that ``source`` refers back to."""
    text = parsed.article.text
    same_name = [group for s, group in seen if _key(s.name) == _key(source.name)]
    if same_name:
        return same_name[0]
    if not is_definite(text, source):
        return None
    # An indefinite mention that is no attribution's source ("a source in the ministry, who ..., was
    # blunt") may lie between: then "the source" refers to it, not to an attributed mention.
    unattributed = antecedent(parsed, source)
    if unattributed is not None and any(s.start <= unattributed.start < s.end for s, _ in seen):
        unattributed = None
    head = _head(text, source)
    same_head = [(s, group) for s, group in seen if _head(text, s) == head]
    if same_head:
        nearest, group = same_head[-1]
        return group if unattributed is None or unattributed.start < nearest.start else None
    own = source.anonymity
    if unattributed is not None or own is None or own.collective or _described_here(parsed, source):
        return None
    candidates = {
        group
        for s, group in seen
        if s.anonymity is not None and not s.anonymity.collective and s.anonymity.plural == own.plural
    }
    return candidates.pop() if len(candidates) == 1 else None


def same_source(parsed: ParsedArticle, attributions: Sequence[Attribution]) -> dict[str, str]:
    """Attribution id -> id of the attribution that first mentions the same unnamed source.

    Only attributions to an anonymous person (``Source.anonymity`` set) are keys; a first mention maps
    to itself. Mentions are taken in text order of their sources.
    """
    text = parsed.article.text
    mentions = sorted(
        ((a.id, a.source) for a in attributions if a.source is not None and anonymous_person(a.source, text)),
        key=lambda m: (m[1].start, m[1].end),
    )
    first: dict[str, str] = {}
    seen: list[tuple[Source, str]] = []
    for aid, source in mentions:
        group = _refers_to(parsed, source, seen) or first.get(aid, aid)
        first[aid] = group
        seen.append((source, group))
    return first
