"""Tests for auditor/scoring.py: the worked example of docs/scoring.md and the formula's invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from findings_helpers import attribution, parse
from findings_helpers import claims as claims_of
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.anonymity import annotate_anonymity
from auditor.coref import resolve_sources
from auditor.findings import find_findings
from auditor.models import Anonymity, Claim, Finding, Severity, Source, Sourcing, TextSpan
from auditor.roster import summarize_sources
from auditor.scoring import score_article

DOC = Path(__file__).resolve().parents[1] / "docs" / "scoring.md"
SPAN = TextSpan(start=0, end=1, text="x")


def claim(
    i: int,
    sourcing: Sourcing,
    name: str | None = None,
    *,
    hedged: bool = False,
    reason: bool = False,
    description: bool = False,
) -> Claim:
    source = None
    if sourcing != "unattributed":
        anonymity = None
        if sourcing == "anonymous":
            anonymity = Anonymity(reason=SPAN if reason else None, description=SPAN if description else None)
        source = Source(
            start=i,
            end=i + 1,
            mention=name or "a source",
            name=name or "a source",
            kind="person",
            named=sourcing == "named",
            anonymity=anonymity,
        )
    return Claim(
        id=f"c{i}",
        sentence="s",
        start=i,
        end=i + 1,
        sentence_index=i,
        paragraph=0,
        sourcing=sourcing,
        source=source,
        cue=None,
        content=None,
        hedged=hedged,
        reason="test",
    )


def finding(severity: Severity, claim_id: str | None, code: str = "X-Y") -> Finding:
    return Finding(
        code=code, title="t", severity=severity, message="m", start=0, end=1, evidence="x", claim=claim_id
    )


def worked_example() -> tuple[tuple[Claim, ...], tuple[Finding, ...]]:
    claims = (
        claim(1, "named", "Zelensky"),
        claim(2, "named", "Zelensky"),
        claim(3, "named", "Peskov"),
        claim(4, "named", "Kim Yong-hyun"),
        claim(5, "anonymous", "a source", description=True),
        claim(6, "unattributed", hedged=True),
        claim(7, "unattributed"),
        claim(8, "unattributed"),
        claim(9, "unattributed"),
        claim(10, "unattributed"),
    )
    findings = (
        finding("warning", "c5", "ANON-NO-REASON"),
        finding("warning", "c6", "HEDGED-UNSOURCED"),
        finding("info", "c7", "UNATTRIBUTED-CLAIM"),
        finding("info", "c8", "UNATTRIBUTED-CLAIM"),
    )
    return claims, findings


def test_worked_example_matches_docs() -> None:
    claims, findings = worked_example()
    s = score_article(claims, findings, summarize_sources(claims))
    c = s.components
    assert c["attributable_claims"] == 7.0 and c["background_claims"] == 2.0
    assert c["anonymous_credit"] == 0.5
    assert c["sourcing_share"] == pytest.approx(4.5 / 7)
    assert c["diversity_points"] == 15.0 and c["penalty_points"] == -10.0
    assert s.score == 60
    assert (s.claims, s.named, s.anonymous, s.unattributed, s.hedged) == (10, 4, 1, 5, 1)
    assert s.anonymous_without_reason == 1 and s.distinct_named_sources == 3
    assert c["sourcing_points"] + c["diversity_points"] + c["penalty_points"] == pytest.approx(c["total"])
    doc = DOC.read_text(encoding="utf-8")
    assert "score = round(clamp(85·S + 15·D − P, 0, 100))" in doc
    assert "**60**" in doc


@pytest.mark.parametrize(
    ("claims", "findings", "expected"),
    [
        ((), (), 51),  # nothing to attribute: neutral baseline 0.6 · 85
        ((claim(1, "unattributed"), claim(2, "unattributed")), (), 51),  # background only, not 0
        ((claim(1, "named", "A"), claim(2, "named", "B"), claim(3, "named", "C")), (), 100),
        ((claim(1, "named", "A"),), (), 90),  # one source: diversity 1/3
        ((claim(1, "anonymous", reason=True, description=True),), (), 64),  # 0.75 · 85
        ((claim(1, "anonymous"),), (finding("warning", "c1"), finding("warning", "c1")), 13),  # 21.25 - 8
        ((claim(1, "unattributed", hedged=True),), (finding("warning", "c1"),), 0),
    ],
)
def test_score_table(claims: tuple[Claim, ...], findings: tuple[Finding, ...], expected: int) -> None:
    assert score_article(claims, findings, summarize_sources(claims)).score == expected


def test_penalty_is_capped() -> None:
    claims = tuple(claim(i, "named", f"N{i}") for i in range(3))
    many = tuple(finding("error", None) for _ in range(20))
    assert score_article(claims, many, ()).score == 60  # 100 - cap 40


# ---------------------------------------------------------------- invariants

NAMES = ("Zelensky", "Peskov", "Kim", "Putin")


@st.composite
def claim_lists(draw: st.DrawFn) -> tuple[Claim, ...]:
    n = draw(st.integers(0, 8))
    out = []
    for i in range(n):
        sourcing = draw(st.sampled_from(["named", "anonymous", "unattributed"]))
        out.append(
            claim(
                i,
                sourcing,
                draw(st.sampled_from(NAMES)) if sourcing == "named" else None,
                hedged=draw(st.booleans()),
                reason=draw(st.booleans()),
                description=draw(st.booleans()),
            )
        )
    return tuple(out)


@st.composite
def finding_lists(draw: st.DrawFn, n_claims: int = 10) -> tuple[Finding, ...]:
    k = draw(st.integers(0, 6))
    return tuple(
        finding(
            draw(st.sampled_from(["error", "warning", "info"])),
            draw(st.one_of(st.none(), st.integers(0, n_claims).map(lambda i: f"c{i}"))),
        )
        for _ in range(k)
    )


@settings(max_examples=150, deadline=None)
@given(claim_lists(), finding_lists())
def test_score_in_range(claims: tuple[Claim, ...], findings: tuple[Finding, ...]) -> None:
    s = score_article(claims, findings, summarize_sources(claims))
    assert 0 <= s.score <= 100
    assert s.claims == len(claims) == s.named + s.anonymous + s.unattributed


@settings(max_examples=150, deadline=None)
@given(claim_lists(), finding_lists(), st.sampled_from((*NAMES, "New Source")))
def test_adding_named_claim_never_lowers(
    claims: tuple[Claim, ...], findings: tuple[Finding, ...], name: str
) -> None:
    before = score_article(claims, findings, summarize_sources(claims)).score
    more = (*claims, claim(99, "named", name))
    assert score_article(more, findings, summarize_sources(more)).score >= before


@settings(max_examples=150, deadline=None)
@given(claim_lists(), finding_lists(), finding_lists())
def test_adding_findings_never_raises(
    claims: tuple[Claim, ...], findings: tuple[Finding, ...], extra: tuple[Finding, ...]
) -> None:
    sources = summarize_sources(claims)
    before = score_article(claims, findings, sources).score
    assert score_article(claims, findings + extra, sources).score <= before


# ---------------------------------------------------------------- source counts count sources, not claims


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # one anonymous source quoted twice (coreference gave both mentions its name): one source
        ((claim(1, "anonymous", "Sources"), claim(2, "anonymous", "Sources")), 1),
        # two different anonymous sources
        ((claim(1, "anonymous", "a source in the ministry"), claim(2, "anonymous", "another source")), 2),
        # a reason stated at one mention covers the source
        ((claim(1, "anonymous", "Sources"), claim(2, "anonymous", "Sources", reason=True)), 0),
        ((claim(1, "anonymous", "a source", reason=True), claim(2, "anonymous", "another source")), 1),
        # named sources and vague collectives are no anonymous people without reason
        ((claim(1, "named", "Ana Ruiz"), claim(2, "named", "Ana Ruiz")), 0),
    ],
)
def test_anonymous_without_reason_counts_sources(claims: tuple[Claim, ...], expected: int) -> None:
    s = score_article(claims, (), summarize_sources(claims))
    assert s.anonymous_without_reason == expected
    assert s.anonymous == sum(c.sourcing == "anonymous" for c in claims)  # the formula still counts claims


def test_collective_is_not_counted_without_reason() -> None:
    c = claim(1, "anonymous", "experts")
    assert c.source is not None
    collective = c.model_copy(
        update={"source": c.source.model_copy(update={"anonymity": Anonymity(collective=True)})}
    )
    assert score_article((collective,), (), ()).anonymous_without_reason == 0


# text, source mentions in text order, expected distinct anonymous sources without a reason
END_TO_END: list[tuple[str, list[str], int]] = [
    (
        "Sources said the pier was shut. The source added that ferries had stopped.",
        ["Sources", "The source"],
        1,
    ),
    (
        "A source close to the mayor said the pier was shut. The official added that ferries had stopped.",
        ["A source close to the mayor", "The official"],
        1,
    ),
    (
        "A source in the ministry said the pier was shut. "
        "Another source, a diplomat, said that ferries had stopped.",
        ["A source in the ministry", "Another source, a diplomat"],
        2,
    ),
    # the roster's key ignores the possessive: one source, one finding, one count (an institution such as
    # "the port authority" is no anonymous person, so the example uses an official)
    (
        "A port official said the pier was shut. A port official’s aide added that ferries had stopped.",
        ["A port official", "A port official’s"],
        1,
    ),
    (
        "A source, who spoke on condition of anonymity because he was not authorized to speak, said the "
        "pier was shut. The source added that ferries had stopped.",
        ["A source", "The source"],
        0,
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), END_TO_END)
def test_score_counts_each_source_once_like_the_findings(
    text: str, mentions: list[str], expected: int
) -> None:
    """Coreference to score: one ANON-NO-REASON finding and one count per source."""
    parsed = parse(text, verbs={"said": "say", "added": "add"})
    atts, pos = [], 0
    for i, m in enumerate(mentions):
        at = text.index(m, pos)
        pos = at + len(m)
        cue = min(("said", "added"), key=lambda c: text.find(c, pos) % (len(text) + 1))  # the next cue
        atts.append(
            attribution(
                parsed,
                f"a{i}",
                source=m,
                cue=cue,
                kind="group" if m.endswith("s") else "person",
                nth=text[:at].count(m),
            )
        )
    resolved = annotate_anonymity(parsed, resolve_sources(parsed, tuple(atts)))
    made = claims_of(parsed, resolved)
    found = find_findings(parsed, made, resolved)
    s = score_article(made, found, summarize_sources(made))
    assert s.anonymous_without_reason == expected
    assert sum(f.code == "ANON-NO-REASON" for f in found) == expected
    assert s.anonymous == len(mentions)  # every claim is still an anonymous claim
