"""The sourcing-quality score of one article (0-100): a simple, documented, monotone formula.

Every claim falls in one group, with a *credit* (how well it is sourced) and a *weight* (how much it
counts):

* named claims (sourcing ``named``): credit 1, weight 1;
* anonymous claims: credit ``0.25 + 0.25·[reason given] + 0.25·[description given]`` (0.25 to 0.75:
  an anonymous source that meets AP rules still counts less than a named one), weight 1;
* unattributed claims that need a source: credit 0; weight 1 when hedged ("reportedly") or when a
  warning points at it (e.g. a quote without speaker), weight 0.5 when only an info finding does
  (a checkable number/date/event claim: often background, so it counts half);
* background: every other unattributed sentence -- weight 0, so an article of plain background
  facts is not punished.

With ``A`` the sum of weights, ``C`` the sum of credits, ``K`` the distinct named sources, and the
findings counted by severity (``E`` errors, ``W`` warnings, ``I`` infos)::

    S = C / A                      (S = 0.6 when A = 0: nothing to attribute)
    D = min(K, 3) / 3
    P = min(40, 8·E + 4·W + 1·I)
    score = round(clamp(85·S + 15·D − P, 0, 100))

Properties (tested with hypothesis): the score is in 0..100; adding a named-source claim never
lowers it (credit 1 is the maximum, so ``(C+1)/(A+1) ≥ C/A``); adding a finding never raises it
(``P`` grows, and a finding can only raise the weight of an unsourced claim, whose credit is 0).
``Score.components`` holds every term. The same text, with a worked example, is in docs/scoring.md.

The formula weighs *claims*; the counts of *sources* (``distinct_named_sources``,
``anonymous_without_reason``) count each source once, after coreference: "Sources said ... The source
added" is one anonymous source (coreference gives both mentions one name, the roster's key), and it
counts once in ``anonymous_without_reason`` as it gets one ANON-NO-REASON finding.
"""

from __future__ import annotations

from auditor.anonymity import anonymous_person, without_reason
from auditor.models import Claim, Finding, Score, SourceSummary
from auditor.roster import source_key, summarize_sources

SOURCING_WEIGHT = 85.0
DIVERSITY_WEIGHT = 15.0
DIVERSITY_CAP = 3
EMPTY_SHARE = 0.6  # sourcing share of an article with no attributable claim
PENALTY = {"error": 8.0, "warning": 4.0, "info": 1.0}
PENALTY_CAP = 40.0
UNSOURCED_WEIGHT, INFO_WEIGHT = 1.0, 0.5
ANON_BASE, ANON_REASON, ANON_DESCRIPTION = 0.25, 0.25, 0.25


def anonymous_credit(claim: Claim) -> float:
    """Credit of an anonymous claim: 0.25, plus 0.25 each for a stated reason and a description."""
    anonymity = claim.source.anonymity if claim.source is not None else None
    credit = ANON_BASE
    if anonymity is not None:
        credit += ANON_REASON if anonymity.reason is not None else 0.0
        credit += ANON_DESCRIPTION if anonymity.description is not None else 0.0
    return credit


def unsourced_weight(claim: Claim, serious: set[str], flagged: set[str]) -> float:
    """Weight of an unattributed claim in the denominator: 1 hedged/warned, 0.5 info only, 0 background."""
    if claim.hedged or claim.id in serious:
        return UNSOURCED_WEIGHT
    return INFO_WEIGHT if claim.id in flagged else 0.0


def _without_reason(claim: Claim) -> bool:
    """The ANON-NO-REASON predicate (``anonymity.without_reason``) on the claim's source, in its sentence."""
    return without_reason(claim.source, claim.sentence, claim.start)


def _person(claim: Claim) -> bool:
    """The claim's source is an anonymous person, not a vague collective: what ANON-NO-REASON judges."""
    src = claim.source
    return (
        src is not None
        and src.anonymity is not None
        and not src.anonymity.collective
        and (claim.cue is None or claim.cue.informs)  # as anonymity.informs in the findings
        and anonymous_person(src, claim.sentence, claim.start)
    )


def sources_without_reason(claims: tuple[Claim, ...]) -> int:
    """Distinct anonymous sources (by roster key) none of whose claims states a reason for anonymity.

    As the findings do, a source is judged on all its mentions: a reason given once is enough.
    """
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if c.sourcing == "anonymous" and c.source is not None and _person(c):
            groups.setdefault(source_key(c.source.name) or c.id, []).append(c)
    return sum(all(_without_reason(c) for c in group) for group in groups.values())


def score_article(
    claims: tuple[Claim, ...], findings: tuple[Finding, ...], sources: tuple[SourceSummary, ...]
) -> Score:
    """Score an article's sourcing; ``sources`` lists the named sources (from ``claims`` if empty)."""
    flagged = {f.claim for f in findings if f.claim is not None}
    serious = {f.claim for f in findings if f.claim is not None and f.severity != "info"}
    named = [c for c in claims if c.sourcing == "named"]
    anonymous = [c for c in claims if c.sourcing == "anonymous"]
    unattributed = [c for c in claims if c.sourcing == "unattributed"]
    weights = [unsourced_weight(c, serious, flagged) for c in unattributed]
    needs_source = sum(weights)
    background = sum(w == 0 for w in weights)

    attributable = len(named) + len(anonymous) + needs_source
    anon_credit = sum(anonymous_credit(c) for c in anonymous)
    share = (len(named) + anon_credit) / attributable if attributable else EMPTY_SHARE

    roster = sources or summarize_sources(claims)
    distinct = len({source_key(s.name) for s in roster if s.sourcing == "named"})
    diversity = min(distinct, DIVERSITY_CAP) / DIVERSITY_CAP

    raw_penalty = sum(PENALTY[f.severity] for f in findings)
    penalty = min(PENALTY_CAP, raw_penalty)

    sourcing_points = SOURCING_WEIGHT * share
    diversity_points = DIVERSITY_WEIGHT * diversity
    value = max(0.0, min(100.0, sourcing_points + diversity_points - penalty))
    return Score(
        score=round(value),
        claims=len(claims),
        named=len(named),
        anonymous=len(anonymous),
        unattributed=len(unattributed),
        hedged=sum(c.hedged for c in claims),
        anonymous_without_reason=sources_without_reason(claims),
        distinct_named_sources=distinct,
        components={
            "attributable_claims": float(attributable),
            "background_claims": float(background),
            "unsourced_weight": float(needs_source),
            "named_credit": float(len(named)),
            "anonymous_credit": anon_credit,
            "sourcing_share": share,
            "sourcing_points": sourcing_points,
            "diversity": diversity,
            "diversity_points": diversity_points,
            "penalty_raw": raw_penalty,
            "penalty_points": -penalty,
            "total": value,
        },
    )
