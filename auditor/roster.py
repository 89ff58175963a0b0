"""The source roster: one row per distinct source of an article, in order of first appearance.

Sources are told apart by ``Source.name`` (coreference upstream has already merged "Zelensky",
"he" and "the Ukrainian president", and given a later mention of an unnamed source the first
mention's phrase: "Sources said ... The source added" is one anonymous row named "Sources", written
as both, still anonymous); the key also ignores case, possessives, punctuation and doubled
letters, so "Zelensky's" and "Zelenskyy" land on the same row as "Zelensky". A named source
written with one word ("Peskov") joins the one named source whose full name ends with it ("Dmitry
Peskov"); when two full names share it ("Kim Jong Un", "Kim Yong-hyun"... ending alike) it stays apart.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from auditor.models import Claim, SourceKind, SourceSummary

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


def _merge_surnames(groups: dict[str, list[Claim]]) -> None:
    """Fold a one-word named source into the single named full name that ends with that word."""
    named = {
        k for k, claims in groups.items() if any(c.source is not None and c.source.named for c in claims)
    }
    for short in [k for k in named if " " not in k]:
        longer = [k for k in named if k != short and k.endswith(" " + short)]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(short))


def summarize_sources(claims: tuple[Claim, ...]) -> tuple[SourceSummary, ...]:
    """One SourceSummary per distinct source credited in ``claims``, sorted by first appearance."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.source is not None and source_key(claim.source.name):
            groups.setdefault(source_key(claim.source.name), []).append(claim)
    _merge_surnames(groups)
    rows = []
    for group in groups.values():
        ordered = sorted(group, key=lambda c: c.source.start if c.source else 0)
        sources = [c.source for c in ordered if c.source is not None]
        mentions = tuple(dict.fromkeys(s.mention for s in sources))
        kinds: Counter[SourceKind] = Counter(s.kind for s in sources)
        known = [k for k, _ in kinds.most_common() if k != "unknown"]
        rows.append(
            SourceSummary(
                name=next((s.name for s in sources if s.named), sources[0].name),
                kind=known[0] if known else "unknown",
                sourcing="named" if any(s.named for s in sources) else "anonymous",
                mentions=mentions,
                claims=len({c.id for c in group}),
                first_start=sources[0].start,
            )
        )
    return tuple(sorted(rows, key=lambda r: (r.first_start, r.name)))
