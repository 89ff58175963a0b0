"""terminal.py: one-line errors, the summary table, the check report."""

from __future__ import annotations

import pytest
from rich.console import Console

from auditor.models import ArticleAudit, AuditReport, Claim, Finding, Score, TextSpan
from auditor.pipeline import claims_needing_attention
from auditor.terminal import check_text, error_line, summary_table


@pytest.mark.parametrize(
    ("file", "code", "message", "expected"),
    [
        ("a.txt", "E101", "is empty", "a.txt: is empty [E101]"),
        ("a.txt", "E101", "a.txt: is empty [E101]", "a.txt: is empty [E101]"),  # no repeats
        ("a.txt", "E101", "a.txt: is empty", "a.txt: is empty [E101]"),
        ("a.txt", "E101", "is\nempty", "a.txt: is empty [E101]"),  # always one line
        ("b.txt", "E101", "a.txt: is empty", "b.txt: a.txt: is empty [E101]"),  # another file is kept
    ],
)
def test_error_line(file: str, code: str, message: str, expected: str) -> None:
    assert error_line(file, code, message) == expected


def _audit(
    article_id: str, claims: tuple[Claim, ...] = (), findings: tuple[Finding, ...] = ()
) -> ArticleAudit:
    named = sum(c.sourcing == "named" for c in claims)
    score = Score(
        score=70,
        claims=len(claims),
        named=named,
        anonymous=0,
        unattributed=len(claims) - named,
        hedged=0,
        anonymous_without_reason=0,
        distinct_named_sources=0,
        components={},
    )
    return ArticleAudit(
        id=article_id,
        path=None,
        title="Headline",
        outlet=None,
        published=None,
        byline=None,
        words=100,
        score=70,
        score_detail=score,
        claims=claims,
        findings=findings,
    )


def _render(report: AuditReport, max_rows: int = 40) -> str:
    console = Console(width=200, record=True)
    with console.capture() as captured:
        console.print(summary_table(report, max_rows=max_rows))
    return captured.get()


def test_summary_table_rows_and_total() -> None:
    text = _render(AuditReport(articles=(_audit("one"), _audit("two"))))
    assert "one" in text and "two" in text
    assert "total" in text and "200" in text  # words summed
    single = _render(AuditReport(articles=(_audit("one"),)))
    assert "total" not in single


def test_summary_table_is_capped() -> None:
    report = AuditReport(articles=tuple(_audit(f"art{i:02d}") for i in range(12)))
    text = _render(report, max_rows=10)
    assert "art09" in text and "art10" not in text
    assert "2 more" in text


def test_check_text() -> None:
    hedge = TextSpan(start=4, end=14, text="reportedly")
    claim = Claim(
        id="c1",
        sentence="Who reportedly did it.",
        start=0,
        end=22,
        sentence_index=0,
        paragraph=0,
        sourcing="unattributed",
        source=None,
        cue=None,
        content=None,
        hedged=True,
        hedges=(hedge,),
        reason="no cue",
    )
    general = Finding(
        code="G", title="General", severity="info", message="msg", start=0, end=3, evidence="Who"
    )
    audit = _audit("a", (claim,), (general,))
    passed = check_text(audit, claims_needing_attention(audit), 60, True)
    assert "[c1] unattributed @0-22" in passed
    assert "evidence: 'reportedly' @4-14" in passed
    assert "G (info) General: msg" in passed
    assert passed.endswith("Score 70/100 (pass mark 60): PASS")
    clean = check_text(_audit("b"), (), 80, False)
    assert "No claim needs attention." in clean
    assert clean.endswith("FAIL")
