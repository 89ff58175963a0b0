"""Tests for auditor.report.tables: sheet set, column names, counts, shares, evidence offsets."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from report_samples import (
    COPY_TEXT,
    WIRE_TEXT,
    empty_provenance_report,
    minimal_report,
    reports,
    sample_report,
)

from auditor.models import AuditReport
from auditor.report import tables as t
from auditor.report.tables import report_tables

PROVENANCE_SHEETS = [
    t.CLUSTERS,
    t.LINKS,
    t.QUOTE_DRIFT,
    t.DROPPED_CREDITS,
    t.DROPPED_ATTRIBUTIONS,
    t.ESCALATIONS,
    t.UNIQUE_CONTENT,
]
TEXTS = {"wire": WIRE_TEXT, "copy": COPY_TEXT}


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return report_tables(sample_report())


def _row(frame: pd.DataFrame, **where: str) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    rows = frame[mask]
    assert len(rows) == 1, f"expected one row for {where}, got {len(rows)}"
    return rows.iloc[0]


def test_sheet_order_with_errors_and_provenance(tables: dict[str, pd.DataFrame]) -> None:
    assert list(tables) == [t.SUMMARY, t.CLAIMS, t.SOURCES, t.FINDINGS, t.ERRORS, *PROVENANCE_SHEETS]


def test_no_errors_sheet_and_no_provenance_sheets_when_absent() -> None:
    assert list(report_tables(minimal_report())) == [t.SUMMARY, t.CLAIMS, t.SOURCES, t.FINDINGS]


def test_empty_provenance_still_gives_every_sheet_with_headers() -> None:
    tables = report_tables(empty_provenance_report())
    assert t.ERRORS not in tables
    for name in PROVENANCE_SHEETS:
        assert tables[name].empty, name
        assert len(tables[name].columns) >= 3, name


def test_empty_report_gives_headers_only() -> None:
    tables = report_tables(AuditReport())
    assert list(tables) == [t.SUMMARY, t.CLAIMS, t.SOURCES, t.FINDINGS]
    assert all(frame.empty for frame in tables.values())
    assert list(tables[t.CLAIMS].columns) == list(t.CLAIM_COLUMNS)


@pytest.mark.parametrize(
    ("sheet", "columns"),
    [
        (t.SUMMARY, t.SUMMARY_COLUMNS),
        (t.CLAIMS, t.CLAIM_COLUMNS),
        (t.SOURCES, t.SOURCE_COLUMNS),
        (t.FINDINGS, t.FINDING_COLUMNS),
        (t.ERRORS, t.ERROR_COLUMNS),
        (t.LINKS, t.LINK_COLUMNS),
        (t.QUOTE_DRIFT, t.QUOTE_DRIFT_COLUMNS),
        (t.ESCALATIONS, t.ESCALATION_COLUMNS),
    ],
)
def test_columns_are_the_declared_ones(tables: dict[str, pd.DataFrame], sheet: str, columns: dict) -> None:
    assert list(tables[sheet].columns) == list(columns)


def test_human_column_names(tables: dict[str, pd.DataFrame]) -> None:
    claims = tables[t.CLAIMS]
    for name in ("Sourcing", "Source (as written)", "Source kind", "Cue start", "Reason"):
        assert name in claims.columns
    assert not any("_" in column for frame in tables.values() for column in frame.columns)


def test_summary_counts_and_shares(tables: dict[str, pd.DataFrame]) -> None:
    summary = tables[t.SUMMARY]
    assert list(summary["Article"]) == ["wire", "copy", "notice"]
    wire = _row(summary, Article="wire")
    assert (wire["Claims"], wire["Named"], wire["Anonymous"], wire["Unattributed"]) == (5, 3, 1, 1)
    assert wire["Named share"] == pytest.approx(0.6)
    assert wire["Anonymous share"] == pytest.approx(0.2)
    assert wire["Unattributed share"] == pytest.approx(0.2)
    assert wire["Hedged claims"] == 1
    assert wire["Distinct named sources"] == 2  # Zelensky (twice) and the Kremlin
    assert wire["Findings"] == 3
    assert (wire["Score"], wire["Outlet"], wire["Published"], wire["Byline"]) == (
        71,
        "Reuters",
        "2024-10-13",
        "Anna Kowalska",
    )
    copy = _row(summary, Article="copy")
    assert copy["Named share"] == pytest.approx(0.5)
    assert copy["Outlet"] is None


def test_article_without_claims_has_blank_shares_not_zero(tables: dict[str, pd.DataFrame]) -> None:
    notice = _row(tables[t.SUMMARY], Article="notice")
    assert notice["Claims"] == 0
    assert all(math.isnan(notice[c]) for c in t.SHARE_COLUMNS)


def test_claims_rows_and_offsets_point_at_the_evidence(tables: dict[str, pd.DataFrame]) -> None:
    claims = tables[t.CLAIMS]
    assert len(claims) == 7
    assert claims["Sourcing"].value_counts().to_dict() == {"named": 4, "unattributed": 2, "anonymous": 1}
    for _, row in claims.iterrows():
        text = TEXTS[row["Article"]]
        assert text[row["Sentence start"] : row["Sentence end"]] == row["Sentence"]
        if pd.notna(row["Cue start"]):
            assert text[row["Cue start"] : row["Cue end"]] == row["Cue"]
        if pd.notna(row["Source start"]):
            assert text[row["Source start"] : row["Source end"]] == row["Source (as written)"]


def test_claim_row_shows_source_as_written_and_resolved(tables: dict[str, pd.DataFrame]) -> None:
    c2 = _row(tables[t.CLAIMS], Article="wire", Claim="c2")
    assert (c2["Source"], c2["Source (as written)"]) == ("Volodymyr Zelensky", "Zelensky")
    assert c2["Quote"] == "It is no longer just about transferring weapons,"
    c3 = _row(tables[t.CLAIMS], Article="wire", Claim="c3")
    assert (c3["Sourcing"], c3["Hedged"], c3["Hedge words"]) == ("anonymous", True, "reportedly")
    assert c3["Anonymity reason"] == "because they were not authorised to brief the media"


def test_unattributed_claim_has_blank_source_and_cue(tables: dict[str, pd.DataFrame]) -> None:
    c5 = _row(tables[t.CLAIMS], Article="wire", Claim="c5")
    assert c5["Source"] is None and c5["Cue"] is None
    assert pd.isna(c5["Cue start"]) and pd.isna(c5["Source end"])  # blank, not 0
    assert not c5["Hedged"]
    assert "no attribution" in c5["Reason"]


def test_offset_columns_are_integers_not_floats(tables: dict[str, pd.DataFrame]) -> None:
    claims = tables[t.CLAIMS]
    assert str(claims["Cue start"].dtype) == "Int64"
    assert str(claims["Sentence start"].dtype) == "Int64"


def test_sources_one_row_per_distinct_source(tables: dict[str, pd.DataFrame]) -> None:
    sources = tables[t.SOURCES]
    assert len(sources) == 4
    zelensky = _row(sources, Article="wire", Source="Volodymyr Zelensky")
    assert zelensky["Claims"] == 2
    assert zelensky["Written as"] == "Ukrainian President Volodymyr Zelensky | Zelensky"
    assert WIRE_TEXT[zelensky["First mention (offset)"] :].startswith("Ukrainian President")


def test_findings_evidence_matches_offsets(tables: dict[str, pd.DataFrame]) -> None:
    findings = tables[t.FINDINGS]
    assert len(findings) == 4
    assert set(findings["Severity"]) == {"error", "warning", "info"}
    for _, row in findings.iterrows():
        assert TEXTS[row["Article"]][row["Start"] : row["End"]] == row["Evidence"]
    assert pd.isna(_row(findings, Code="WIRE-CREDIT")["Claim"])


def test_errors_table(tables: dict[str, pd.DataFrame]) -> None:
    errors = tables[t.ERRORS]
    assert errors.to_dict("records") == [
        {
            "File": "seeds/scan.pdf",
            "Code": "E102",
            "Message": "seeds/scan.pdf looks binary (NUL bytes); convert it to text or HTML first.",
        }
    ]


def test_provenance_tables(tables: dict[str, pd.DataFrame]) -> None:
    link = tables[t.LINKS].iloc[0]
    assert (link["Source article"], link["Target article"], link["Relation"]) == ("wire", "copy", "rewrite")
    assert link["Directed"] and link["Similarity"] == pytest.approx(0.62)
    assert link["Sample evidence (source)"].startswith("Ties between")
    drift = tables[t.QUOTE_DRIFT]
    assert list(drift["Article"]) == ["wire", "copy"]  # one row per variant
    assert list(drift["Quote group"]) == [1, 1]
    for _, row in drift.iterrows():
        assert TEXTS[row["Article"]][row["Start"] : row["End"]] == row["Text"]
    assert drift["Difference"].iloc[1] == "-just"
    escalations = tables[t.ESCALATIONS]
    assert list(zip(escalations["From"], escalations["To"], strict=True)) == [
        ("said", "confirmed"),
        ("says", "IS"),
    ]
    assert list(escalations["Headline"]) == [False, True]
    assert tables[t.DROPPED_CREDITS].iloc[0]["Credit"] == "Reuters contributed to this article."
    assert tables[t.DROPPED_ATTRIBUTIONS].iloc[0]["Source was"] == "A source within Ukrainian intelligence"
    assert pd.isna(tables[t.DROPPED_ATTRIBUTIONS].iloc[0]["Source now"])
    assert list(tables[t.CLUSTERS]["Articles"]) == ["wire | copy", "notice"]
    assert len(tables[t.UNIQUE_CONTENT]) == 1


def test_tables_are_pure() -> None:
    report = sample_report()
    first, second = report_tables(report), report_tables(report)
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_row_counts_follow_the_report(report: AuditReport) -> None:
    tables = report_tables(report)
    assert len(tables[t.SUMMARY]) == len(report.articles)
    assert len(tables[t.CLAIMS]) == sum(len(a.claims) for a in report.articles)
    assert len(tables[t.SOURCES]) == sum(len(a.sources) for a in report.articles)
    assert len(tables[t.FINDINGS]) == sum(len(a.findings) for a in report.articles)
    assert (t.ERRORS in tables) == bool(report.errors)
    assert (t.LINKS in tables) == (report.provenance is not None)
    summary = tables[t.SUMMARY]
    with_claims = summary[summary["Claims"] > 0]
    shares = with_claims[list(t.SHARE_COLUMNS)].sum(axis=1)
    assert all(abs(s - 1) < 1e-9 for s in shares)
    counts = summary["Named"] + summary["Anonymous"] + summary["Unattributed"]
    assert list(counts) == list(summary["Claims"])
    if report.provenance is not None:
        variants = sum(len(q.variants) for q in report.provenance.altered_quotes)
        assert len(tables[t.QUOTE_DRIFT]) == variants


def test_score_working_shows_the_sum_from_the_components() -> None:
    report = sample_report()
    audit = report.articles[0]
    components = {
        "sourcing_share": 0.8,
        "sourcing_points": 68.0,
        "diversity": 1.0,
        "diversity_points": 15.0,
        "penalty_points": -10.0,
    }
    detail = audit.score_detail.model_copy(update={"components": components, "score": 73})
    audit = audit.model_copy(update={"score_detail": detail, "score": 73})
    working = t.score_working(audit)
    assert working is not None
    assert "0.80" in working and "68.0" in working and "15.0" in working and "− 10" in working
    assert working.endswith("= 73")
    # Without the formula's terms there is nothing to show rather than a wrong sum.
    assert (
        t.score_working(
            report.articles[0].model_copy(
                update={"score_detail": detail.model_copy(update={"components": {}})}
            )
        )
        is None
    )


def _headline_audit(negated: bool = False, source: bool = True):  # type: ignore[no-untyped-def]
    from report_samples import wire_audit

    from auditor.models import Attribution, Cue, Source, Span

    audit = wire_audit()
    headline = "North Korea Assisting Russian War Effort, Confirms Ukraine’s Zelenskyy"
    start = 1000  # offsets only have to be consistent with title_span here
    cue_at = start + headline.index("Confirms")
    src_at = start + headline.index("Ukraine’s")
    a = Attribution(
        id="a99",
        sentence=0,
        cue=Cue(
            start=cue_at,
            end=cue_at + 8,
            text="Confirms",
            kind="speech_verb",
            lemma="confirm",
            strength="strong",
            sentence=0,
            head=7,
            rule="test",
            negated=negated,
        ),
        source=Source(
            start=src_at,
            end=src_at + 19,
            mention="Ukraine’s Zelenskyy",
            name="Zelenskyy",
            kind="person",
            named=True,
        )
        if source
        else None,
        content=None,
        rule="test",
    )
    return audit.model_copy(
        update={
            "title_span": Span(start=start, end=start + len(headline)),
            "attributions": (a, *audit.attributions),
        }
    )


def test_headline_attribution_shows_cue_strength_and_source() -> None:
    assert t.headline_attribution(_headline_audit()) == "'Confirms' (strong) by Ukraine’s Zelenskyy"
    assert t.headline_attribution(_headline_audit(negated=True, source=False)) == (
        "'Confirms' (strong, negated) by no named source"
    )


def test_headline_attribution_is_blank_without_one() -> None:
    from report_samples import wire_audit

    assert t.headline_attribution(wire_audit()) is None  # no headline span found in the text
    audit = _headline_audit()
    outside = audit.model_copy(update={"title_span": audit.title_span.model_copy(update={"end": 1001})})
    assert t.headline_attribution(outside) is None  # the cue is not inside the headline
