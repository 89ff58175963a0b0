"""Dropped attributions: an aligned sentence attributed in one version and vaguer in the other.

Sourcing ranks named > anonymous > unattributed; a sentence's rank is the best of its claims.
A drop is reported on the sentence of the less attributed version, with the sentence it was.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from auditor.models import DroppedAttribution
from auditor.provenance._text import RANK, Unit, content, name_tokens, tokens
from auditor.provenance.align import Alignment

NAME_MATCH = 85  # fuzz.ratio between name tokens ("Zelensky" / "Zelenskyy" = 94)
KEPT_CONTENT = 0.5  # share of the attributed clause's content words the other sentence must keep


def _content_kept(was: Unit, now: Unit) -> bool:
    """Whether ``now`` still carries what was attributed in ``was``.

    Aligned sentences can share only their unattributed half ("Putin visited in June, where Kim
    pledged ..."): then the attribution was not dropped, its clause was.
    """
    best = max(was.claims, key=lambda c: RANK[c.sourcing])
    if best.content is None:
        return True
    clause = content(tokens(best.sentence[best.content.start - best.start : best.content.end - best.start]))
    if not clause:
        return True
    kept = set(content(now.words))
    return sum(w in kept for w in clause) / len(clause) >= KEPT_CONTENT


def _still_named(source: str | None, sentence: str) -> bool:
    """Whether a named source's name is still in the other sentence (then the cue changed, not the credit)."""
    if not source:
        return False
    names, words = name_tokens(source), set(tokens(sentence))
    return any(fuzz.ratio(n, w) >= NAME_MATCH for n in names for w in words)


def dropped_attributions(al: Alignment, *, left_to_right: bool) -> list[DroppedAttribution]:
    """Aligned pairs whose sentence in the source side is better attributed than its counterpart."""
    src, dst = (al.left, al.right) if left_to_right else (al.right, al.left)
    out = []
    for was, now, _ in al.oriented(left_to_right=left_to_right):
        if (
            was.rank > now.rank
            and _content_kept(was, now)
            and not (was.rank == RANK["named"] and _still_named(was.source, now.text))
        ):
            out.append(
                DroppedAttribution(
                    article=dst.id,
                    sentence=now.text,
                    start=now.start,
                    end=now.end,
                    present_in=src.id,
                    was=was.text,
                    was_source=was.source,
                    now_source=now.source,
                )
            )
    return out
