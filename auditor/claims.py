"""Turn every body sentence into claims and classify each as named, anonymous or unattributed.

A sentence's sourcing comes from, in order: each attribution whose cue is in the sentence (one
claim per attributed clause); else the attribution whose content covers most of the sentence
(multi-sentence quotes, reported clauses spanning sentences); else, for a sentence that is a
quotation right after a quoted sentence, the speaker of that quote; else nothing. Hedges
("reportedly", "it is believed") outside direct quotes mark a claim as hedged. Every claim says
why it got its class, in words (sentence numbers in reasons count from 1).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TypeVar

from auditor import names
from auditor.anonymity import describes_antecedent, informs
from auditor.hedges import find_hedges
from auditor.models import (
    Attribution,
    Claim,
    ClaimCue,
    Cue,
    ParsedArticle,
    QuoteSpan,
    Sentence,
    Sourcing,
    TextSpan,
)

T = TypeVar("T")
_SHOWN = ("pronoun", "role noun", "unresolved", "unnamed source")

#: A content span or quote covering at least this share of a sentence's characters carries it.
COVER_SHARE = 0.5


@dataclass(frozen=True)
class _Basis:
    """Why a claim has its sourcing: the attribution behind it and how it reaches the sentence."""

    attribution: Attribution | None
    how: str  # "cue", "covered", "continued", "none"
    via_sentence: int | None = None  # the sentence of the attribution, for "covered"/"continued"


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _share(sentence: Sentence, start: int, end: int) -> float:
    size = max(1, sentence.end - sentence.start)
    return _overlap(sentence.start, sentence.end, start, end) / size


def _by_sentence(
    parsed: ParsedArticle, attributions: tuple[Attribution, ...]
) -> dict[int, list[Attribution]]:
    """Attributions keyed by the sentence holding their cue (cueless ones: their own sentence)."""
    starts = [s.start for s in parsed.sentences]
    out: dict[int, list[Attribution]] = {}
    for a in attributions:
        if a.cue is not None:
            i = bisect.bisect_right(starts, a.cue.start) - 1
            if i < 0 or not parsed.sentences[i].start <= a.cue.start < parsed.sentences[i].end:
                continue
        else:
            i = a.sentence
            if not 0 <= i < len(parsed.sentences):
                continue
        out.setdefault(i, []).append(a)
    for i, items in out.items():
        seen: set[tuple[int, int, int]] = set()
        kept = []
        for a in sorted(items, key=_order):
            key = (
                a.cue.start if a.cue else -1,
                a.cue.end if a.cue else -1,
                a.source.start if a.source else -1,
            )
            if key not in seen:
                seen.add(key)
                kept.append(a)
        out[i] = kept
    return out


def _order(a: Attribution) -> int:
    if a.cue is not None:
        return a.cue.start
    return a.content.start if a.content is not None else 0


def _buckets(starts: list[int], spans: list[tuple[int, int, T]]) -> dict[int, list[T]]:
    """Each item under every sentence index its span may overlap (sentences sorted by start)."""
    out: dict[int, list[T]] = {}
    for start, end, item in spans:
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(starts, end)
        for i in range(first, last):
            out.setdefault(i, []).append(item)
    return out


def _covering(sentence: Sentence, attributions: tuple[Attribution, ...]) -> Attribution | None:
    best, best_share = None, COVER_SHARE
    for a in attributions:
        if a.content is None:
            continue
        share = _share(sentence, a.content.start, a.content.end)
        if share >= best_share and (best is None or share > best_share):
            best, best_share = a, share
    return best


def _sourcing(a: Attribution | None) -> Sourcing:
    if a is None or a.source is None:
        return "unattributed"
    return "named" if a.source.named else "anonymous"


def _who(a: Attribution) -> str:
    src = a.source
    if src is None:
        return "no one"
    if src.named:
        return src.name
    if names.is_pronoun(src.mention):
        if src.resolved_from and src.resolved_from.startswith("pronoun") and src.name != src.mention:
            return f"unnamed source '{src.name}' (as '{src.mention}')"
        return f"unresolved pronoun '{src.mention}'"
    return f"unnamed source '{src.mention}'"


def _what(a: Attribution) -> str:
    return "quote" if a.quote else "statement"


def _reason(basis: _Basis, hedges: tuple[TextSpan, ...], quoted: bool) -> str:
    a = basis.attribution
    hedge_words = ", ".join(f"'{h.text}'" for h in hedges)
    if a is None:
        if hedges:
            return f"hedged with {hedge_words} and no source"
        if quoted:
            return "quotation with no speaker found"
        return "no source: background statement"
    if a.source is None:
        if a.cue is not None and not _impersonal(a):
            hedged = f"; hedged with {hedge_words}" if hedges else ""
            return f"no source: cue '{a.cue.text}' found but no one named or described as saying it{hedged}"
        cue = f"'{a.cue.text}'" if a.cue else hedge_words or "an impersonal phrase"
        return f"hedged with {cue} and no source"
    n = (basis.via_sentence if basis.via_sentence is not None else a.sentence) + 1
    why = ""
    if a.source.resolved_from and a.source.resolved_from.startswith(_SHOWN):
        why = f"; {a.source.resolved_from}"  # a pronoun or role noun: show how it was (not) resolved
    if basis.how == "covered":
        return f"covered by the {_what(a)} attributed to {_who(a)} in sentence {n}{why}"
    if basis.how == "continued":
        return f"quotation continuing the quote attributed to {_who(a)} in sentence {n}{why}"
    if a.cue is not None and a.cue.negated:  # "did not say": naming a source is not sourcing the claim
        negated = f"negated cue '{a.cue.text}' (sentence {n}){why}"
        return f"{_what(a)} that {_who(a)} is reported as NOT making: {negated}"
    by = f" by '{a.cue.text}'" if a.cue is not None else ""
    return f"{_what(a)} attributed to {_who(a)}{by} (sentence {n}){why}"


def _claim_cue(parsed: ParsedArticle, a: Attribution, cue: Cue) -> ClaimCue:
    # as the anonymity findings judge it, so the score counts the same sources
    told = informs(cue) and not describes_antecedent(parsed, a)
    return ClaimCue(start=cue.start, end=cue.end, text=cue.text, informs=told)


def _impersonal(a: Attribution) -> bool:
    """A sourceless cue that hedges by itself: "it was reported", "it is believed", "reportedly"."""
    return a.cue is not None and a.cue.hedges


def _claim_hedges(
    sentence_hedges: tuple[TextSpan, ...], a: Attribution | None, siblings: list[Attribution], text: str
) -> tuple[TextSpan, ...]:
    """The sentence's hedges that belong to this claim; a sourceless cue is itself a hedge."""
    out = list(sentence_hedges)
    if a is not None and len(siblings) > 1:
        mine = a.content
        out = [
            h
            for h in out
            if (mine is not None and mine.start <= h.start < mine.end)
            or not any(o.content is not None and o.content.start <= h.start < o.content.end for o in siblings)
        ]
    if a is not None and a.source is None and _impersonal(a) and a.cue is not None:
        c = a.cue
        if not any(_overlap(h.start, h.end, c.start, c.end) for h in out):
            out.append(TextSpan(start=c.start, end=c.end, text=text[c.start : c.end]))
    return tuple(sorted(out, key=lambda h: h.start))


def _quoted_share(sentence: Sentence, quotes: tuple[QuoteSpan, ...]) -> float:
    return sum(_share(sentence, q.start, q.end) for q in quotes)


def build_claims(
    parsed: ParsedArticle, attributions: tuple[Attribution, ...], quotes: tuple[QuoteSpan, ...]
) -> tuple[Claim, ...]:
    """At least one claim per body sentence, in text order, ids c1, c2, ..."""
    text = parsed.article.text
    own = _by_sentence(parsed, attributions)
    starts = [s.start for s in parsed.sentences]
    content_at = _buckets(starts, [(a.content.start, a.content.end, a) for a in attributions if a.content])
    quotes_at = _buckets(starts, [(q.start, q.end, q) for q in quotes])
    claims: list[Claim] = []
    previous: _Basis | None = None  # the quote-carrying basis of the sentence before
    for sentence in parsed.sentences:
        if not parsed.in_body(sentence.index):
            continue  # a headline's attributions are reported; its words are not one of the claims
        near_quotes = tuple(quotes_at.get(sentence.index, ()))
        quoted = _quoted_share(sentence, near_quotes) >= COVER_SHARE
        # only the quotations touching the sentence can hide a hedge in it
        skip = [(q.start, q.end) for q in near_quotes]
        sentence_hedges = find_hedges(text, sentence.start, sentence.end, words=sentence.words, skip=skip)
        siblings = own.get(sentence.index, [])
        bases: list[_Basis]
        if siblings:
            bases = [_Basis(a, "cue") for a in siblings]
        elif (cover := _covering(sentence, tuple(content_at.get(sentence.index, ())))) is not None:
            bases = [_Basis(cover, "covered", cover.sentence)]
        elif quoted and previous is not None and previous.attribution is not None:
            bases = [_Basis(previous.attribution, "continued", previous.via_sentence)]
        else:
            bases = [_Basis(None, "none")]
        previous = None
        for basis in bases:
            a = basis.attribution
            hedges = _claim_hedges(sentence_hedges, a, siblings, text)
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    sentence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    sentence_index=sentence.index,
                    paragraph=sentence.paragraph,
                    sourcing=_sourcing(a),
                    source=a.source if a else None,
                    cue=_claim_cue(parsed, a, a.cue) if a and a.cue else None,
                    content=a.content if a else None,
                    quote=a.quote if a else None,
                    hedged=bool(hedges),
                    hedges=hedges,
                    attribution=a.id if a else None,
                    reason=_reason(basis, hedges, quoted),
                )
            )
            if a is not None and a.source is not None and (a.quote or quoted):
                via = basis.via_sentence if basis.via_sentence is not None else a.sentence
                previous = _Basis(a, "continued", via)
    return tuple(claims)
