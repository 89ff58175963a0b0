"""Dropped credits: a credit to an outlet or agency present in one version and missing in a derived one.

Three kinds: credit lines from ingest ("Reuters contributed to this article."), in-text credits in
an aligned sentence ("shared with CNN", "according to Reuters", from provenance_credit_cues.txt
followed by a name in media_outlets.txt), and a byline that disappears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor import lexicon
from auditor.models import ArticleAudit, Credit, DroppedCredit
from auditor.provenance._text import Doc, Unit, fold
from auditor.provenance.align import Alignment

# Photo credits travel with the picture, not the text: a rewrite that drops the photo drops them.
_TEXT_CREDIT_KINDS = {"contributed", "reporting_by", "wire", "byline", "other"}


@dataclass(frozen=True)
class InTextCredit:
    outlet: str
    text: str
    start: int  # offset in the article
    end: int


@cache
def _outlets() -> tuple[str, ...]:
    # Longest first so "ABC News" wins over "ABC".
    return tuple(sorted(lexicon.entries("media_outlets.txt"), key=len, reverse=True))


@cache
def _credit_regex() -> re.Pattern[str]:
    cues = sorted(lexicon.entries("provenance_credit_cues.txt"), key=len, reverse=True)
    cue = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    outlet = "|".join(re.escape(o) for o in _outlets())
    # Outlet names are matched case-sensitively: "ap" or "abc" in lower case are ordinary words.
    return re.compile(rf"\b(?i:{cue})\s+(?:the\s+)?(?P<outlet>{outlet})\b")


def in_text_credits(unit: Unit) -> list[InTextCredit]:
    """Credits to an outlet inside a sentence, with offsets into the article."""
    return [
        InTextCredit(m.group("outlet"), m.group(), unit.start + m.start(), unit.start + m.end())
        for m in _credit_regex().finditer(fold(unit.text))
    ]


def mentions_outlet(text: str, outlet: str) -> bool:
    return re.search(rf"\b{re.escape(outlet)}\b", fold(text), re.IGNORECASE) is not None


def credit_lines(audit: ArticleAudit) -> list[Credit]:
    return [c for c in audit.credits if c.kind in _TEXT_CREDIT_KINDS]


def _credited(doc: Doc, name: str) -> bool:
    """Whether the doc credits ``name`` anywhere: a credit, the byline, or a sentence."""
    audit = doc.audit
    if any(
        mentions_outlet(c.text, name) or (c.outlet and c.outlet.lower() == name.lower())
        for c in audit.credits
    ):
        return True
    if audit.byline and mentions_outlet(audit.byline, name):
        return True
    return any(mentions_outlet(u.text, name) for u in doc.units)


def line_credits_dropped(original: Doc, derived: Doc) -> list[DroppedCredit]:
    """Credit lines and the byline of ``original`` that ``derived`` does not carry at all."""
    out = []
    for credit in credit_lines(original.audit):
        name = credit.outlet or credit.text
        if credit.kind == "byline" and derived.audit.byline:
            continue  # a different byline is a new author, not a dropped credit
        if not _credited(derived, name):
            out.append(
                DroppedCredit(
                    article=derived.id,
                    credit=credit.text,
                    present_in=original.id,
                    start=credit.start,
                    end=credit.end,
                )
            )
    byline = original.audit.byline
    byline_credit = any(c.kind == "byline" for c in original.audit.credits)  # then reported above
    if byline and not byline_credit and not derived.audit.byline and not _credited(derived, byline):
        out.append(
            DroppedCredit(
                article=derived.id,
                credit=f"byline: {byline}",
                present_in=original.id,
                start=0,  # the audit keeps no byline span unless ingest made it a credit
                end=0,
            )
        )
    return out


def sentence_credits_dropped(al: Alignment, *, left_to_right: bool) -> list[DroppedCredit]:
    """In-text credits of aligned sentences that the counterpart sentence lacks."""
    src, dst = (al.left, al.right) if left_to_right else (al.right, al.left)
    out = []
    for had, lacks, _ in al.oriented(left_to_right=left_to_right):
        for credit in in_text_credits(had):
            if not mentions_outlet(lacks.text, credit.outlet):
                out.append(
                    DroppedCredit(
                        article=dst.id,
                        credit=credit.text,
                        present_in=src.id,
                        start=credit.start,
                        end=credit.end,
                    )
                )
    return out
