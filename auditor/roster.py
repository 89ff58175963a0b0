"""The source roster: one row per distinct source of an article, in order of first appearance.

Sources are told apart by ``Source.name`` (coreference upstream has already merged "Zelensky",
"he" and "the Ukrainian president", and given a later mention of an unnamed source the first
mention's phrase: "Sources said ... The source added" is one anonymous row named "Sources", written
as both, still anonymous); the key also ignores case, possessives, punctuation and doubled
letters, so "Zelensky's" and "Zelenskyy" land on the same row as "Zelensky". A named source
written with one word ("Peskov") joins the one named source whose full name ends with it ("Dmitry
Peskov"); when two full names share it ("Kim Jong Un", "Kim Yong-hyun"... ending alike) it stays apart.

The mentions of one source share one kind (``shared_kinds``): the kind most of them were given, a tie
going to the longest mention, whose title or description is the best evidence ("the Ukrainian
president" is a person even where the mini NER took a bare "Zelensky" for a place).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from auditor.models import Attribution, Claim, Source, SourceKind, SourceSummary

T = TypeVar("T")

_POSSESSIVE = re.compile(r"[’']s?\b", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\s]")
_DOUBLED = re.compile(r"(\w)\1+")


@lru_cache(maxsize=65536)  # pure, and asked for every pair of mentions the anonymity links compare
def source_key(name: str) -> str:
    """Comparison key of a source name: lower case, no possessive or punctuation, doubled letters single."""
    key = _POSSESSIVE.sub("", name.lower())
    key = _NON_WORD.sub(" ", key)
    key = _DOUBLED.sub(r"\1", key)
    return " ".join(key.split())


def _merge_surnames(groups: dict[str, list[T]], source_of: Callable[[T], Source | None]) -> None:
    """Fold a one-word named source into the single named full name that ends with that word."""
    named = {
        k for k, items in groups.items() if any((x := source_of(i)) is not None and x.named for i in items)
    }
    for short in [k for k in named if " " not in k]:
        longer = [k for k in named if k != short and k.endswith(" " + short)]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(short))


def _groups(items: Sequence[T], source_of: Callable[[T], Source | None]) -> dict[str, list[T]]:
    """``items`` (claims or attributions) by the distinct source they credit."""
    groups: dict[str, list[T]] = {}
    for item in items:
        source = source_of(item)
        if source is not None and source_key(source.name):
            groups.setdefault(source_key(source.name), []).append(item)
    _merge_surnames(groups, source_of)
    return groups


def group_kind(sources: Sequence[Source]) -> SourceKind:
    """The kind most mentions of one source were given, other than "unknown"; a tie goes to the
    longest mention (see the module docstring)."""
    kinds: Counter[SourceKind] = Counter(s.kind for s in sources if s.kind != "unknown")
    if not kinds:
        return "unknown"
    top = max(kinds.values())
    tied = [s for s in sources if kinds.get(s.kind) == top]
    return max(tied, key=lambda s: len(s.mention.split())).kind


def shared_kinds(attributions: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """Each named source's kind made that of all its mentions (``group_kind``); unnamed sources keep
    theirs: "an official" and "officials" are told apart by the anonymity rules, not merged here."""
    out = list(attributions)
    index = {a.id: k for k, a in enumerate(attributions)}
    for group in _groups(attributions, lambda a: a.source).values():
        sources = [a.source for a in group if a.source is not None and a.source.named]
        kind = group_kind(sources)
        for a in group:
            if a.source is not None and a.source.named and kind != "unknown" and a.source.kind != kind:
                out[index[a.id]] = a.model_copy(update={"source": a.source.model_copy(update={"kind": kind})})
    return tuple(out)


def summarize_sources(claims: tuple[Claim, ...]) -> tuple[SourceSummary, ...]:
    """One SourceSummary per distinct source credited in ``claims``, sorted by first appearance."""
    rows = []
    for group in _groups(claims, lambda c: c.source).values():
        ordered = sorted(group, key=lambda c: c.source.start if c.source else 0)
        sources = [c.source for c in ordered if c.source is not None]
        mentions = tuple(dict.fromkeys(s.mention for s in sources))
        rows.append(
            SourceSummary(
                name=next((s.name for s in sources if s.named), sources[0].name),
                kind=group_kind(sources),
                sourcing="named" if any(s.named for s in sources) else "anonymous",
                mentions=mentions,
                claims=len({c.id for c in group}),
                first_start=sources[0].start,
            )
        )
    return tuple(sorted(rows, key=lambda r: (r.first_start, r.name)))
