"""Direction of a derived pair: which article is the original, with the evidence, or why it is unknown.

Each clue votes for one side: the earlier publication date (weight 2), a byline or credit kept in
one and missing in the other (the derivative drops them), containment (the derivative's sentences
are mostly found in the original, not the reverse), and text artefacts such as broken markup
(``“>``) or page boilerplate, which betray careless copying. The pair is directed only when the
votes do not cancel out; otherwise ``directed`` is False and the reason lists what was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor import lexicon
from auditor.provenance._text import Doc
from auditor.provenance.align import Alignment
from auditor.provenance.credits import credit_lines, in_text_credits, mentions_outlet


@dataclass(frozen=True)
class Direction:
    original: Doc
    derived: Doc
    directed: bool
    reason: str


@cache
def _artefacts() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for entry in lexicon.entries("provenance_artefacts.txt"):
        what, _, pattern = (part.strip() for part in entry.partition("|"))
        out.append((re.compile(pattern, re.MULTILINE), what))
    return tuple(out)


def artefacts(doc: Doc) -> list[str]:
    """Descriptions of the artefacts found in the doc's sentences and title, with the text."""
    found = []
    texts = [u.text for u in doc.units] + ([doc.audit.title] if doc.audit.title else [])
    for pattern, what in _artefacts():
        for text in texts:
            m = pattern.search(text)
            if m:
                found.append(f"{what} ({m.group()!r})")
                break
    return found


def _credit_names(doc: Doc) -> set[str]:
    # Byline credits are left out: the byline clue is counted on its own.
    names = {(c.outlet or c.text) for c in credit_lines(doc.audit) if c.kind != "byline"}
    names |= {c.outlet for u in doc.units for c in in_text_credits(u)}
    return names


def orient(al: Alignment) -> Direction:
    """Decide which of ``al.left`` / ``al.right`` is the original. Positive votes favour ``left``."""
    left, right = al.left, al.right
    votes: list[tuple[int, str]] = []
    dl, dr = left.audit.published, right.audit.published
    if dl and dr and dl[:10] != dr[:10]:
        earlier = left if dl[:10] < dr[:10] else right
        votes.append(
            (2 if earlier is left else -2, f"{earlier.id} published first ({min(dl[:10], dr[:10])})")
        )
    bl, br = left.audit.byline, right.audit.byline
    if bool(bl) != bool(br):
        votes.append((1 if bl else -1, f"byline {bl or br!r} only in {left.id if bl else right.id}"))
    names_l, names_r = _credit_names(left), _credit_names(right)
    only_l = sorted(
        n for n in names_l if not any(mentions_outlet(u.text, n) for u in right.units) and n not in names_r
    )
    only_r = sorted(
        n for n in names_r if not any(mentions_outlet(u.text, n) for u in left.units) and n not in names_l
    )
    if only_l and not only_r:
        votes.append((1, f"credit to {', '.join(only_l)} only in {left.id}"))
    elif only_r and not only_l:
        votes.append((-1, f"credit to {', '.join(only_r)} only in {right.id}"))
    cov_l, cov_r = al.left_coverage(), al.right_coverage()
    # The derivative's content is mostly found in the original, while the original has more besides.
    if cov_r >= 0.7 and cov_r - cov_l >= 0.15:
        votes.append((1, f"{right.id} is {cov_r:.0%} contained in {left.id} (reverse {cov_l:.0%})"))
    elif cov_l >= 0.7 and cov_l - cov_r >= 0.15:
        votes.append((-1, f"{left.id} is {cov_l:.0%} contained in {right.id} (reverse {cov_r:.0%})"))
    art_l, art_r = artefacts(left), artefacts(right)
    if art_r and not art_l:
        votes.append((1, f"text artefacts only in {right.id}: {'; '.join(art_r)}"))
    elif art_l and not art_r:
        votes.append((-1, f"text artefacts only in {left.id}: {'; '.join(art_l)}"))
    net = sum(v for v, _ in votes)
    if not votes:
        return Direction(
            left,
            right,
            False,
            "direction unknown: no dates, bylines, credits, containment or artefacts differ",
        )
    pro = [why for v, why in votes if (v > 0) == (net > 0)]
    con = [why for v, why in votes if (v > 0) != (net > 0)]
    if net == 0:
        return Direction(
            left,
            right,
            False,
            "direction unknown: conflicting evidence: " + "; ".join(why for _, why in votes),
        )
    original, derived = (left, right) if net > 0 else (right, left)
    reason = f"{original.id} is the original: " + "; ".join(pro)
    if con:
        reason += "; against: " + "; ".join(con)
    return Direction(original, derived, True, reason)
