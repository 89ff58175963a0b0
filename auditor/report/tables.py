"""Turn an AuditReport into ordered, human-labelled tables (pandas DataFrames), one per sheet.

Pure: no I/O and no judgement. Every number shown is either a field of the report or a count of
rows the reader can see on another sheet (so "Claims" on Summary equals that article's rows on
Claims). Offsets are kept as nullable integers so an absent cue shows as a blank cell, not 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from auditor.models import ArticleAudit, AuditReport, Claim, Provenance

# Sheet names, in the order they appear in the workbook.
SUMMARY = "Summary"
CLAIMS = "Claims"
SOURCES = "Sources"
FINDINGS = "Findings"
ERRORS = "Errors"
CLUSTERS = "Clusters"
LINKS = "Links"
QUOTE_DRIFT = "Quote drift"
DROPPED_CREDITS = "Dropped credits"
DROPPED_ATTRIBUTIONS = "Dropped attributions"
ESCALATIONS = "Escalations"
UNIQUE_CONTENT = "Unique content"

# Column names used by the Excel writer (chart, fills, number formats).
COL_ARTICLE = "Article"
COL_NAMED = "Named"
COL_ANONYMOUS = "Anonymous"
COL_UNATTRIBUTED = "Unattributed"
COL_SOURCING = "Sourcing"
COL_SEVERITY = "Severity"
COL_SCORE = "Score"
SHARE_COLUMNS = ("Named share", "Anonymous share", "Unattributed share")

# Joins multi-valued cells (mentions, hedge words); chosen because it rarely occurs in news text.
JOIN = " | "

# Every table's columns in order, each with its kind: "text" (object, None = blank), "int" (nullable
# Int64, so an absent offset stays blank instead of becoming 0 or 1.0), "float" or "bool".
Columns = dict[str, str]

SUMMARY_COLUMNS: Columns = {
    COL_ARTICLE: "text",
    "Title": "text",
    "Headline attribution": "text",
    "Outlet": "text",
    "Published": "text",
    "Byline": "text",
    "Words": "int",
    "Claims": "int",
    COL_NAMED: "int",
    COL_ANONYMOUS: "int",
    COL_UNATTRIBUTED: "int",
    **dict.fromkeys(SHARE_COLUMNS, "float"),
    "Hedged claims": "int",
    "Distinct named sources": "int",
    "Findings": "int",
    COL_SCORE: "int",
    "Score working": "text",
}
CLAIM_COLUMNS: Columns = {
    COL_ARTICLE: "text",
    "Claim": "text",
    "Sentence": "text",
    COL_SOURCING: "text",
    "Source": "text",
    "Source (as written)": "text",
    "Source kind": "text",
    "Cue": "text",
    "Quote": "text",
    "Hedged": "bool",
    "Hedge words": "text",
    "Anonymity reason": "text",
    "Reason": "text",
    "Sentence start": "int",
    "Sentence end": "int",
    "Cue start": "int",
    "Cue end": "int",
    "Source start": "int",
    "Source end": "int",
}
SOURCE_COLUMNS: Columns = {
    COL_ARTICLE: "text",
    "Source": "text",
    "Kind": "text",
    COL_SOURCING: "text",
    "Claims": "int",
    "Written as": "text",
    "First mention (offset)": "int",
}
FINDING_COLUMNS: Columns = {
    COL_ARTICLE: "text",
    "Code": "text",
    COL_SEVERITY: "text",
    "Title": "text",
    "Message": "text",
    "Evidence": "text",
    "Start": "int",
    "End": "int",
    "Claim": "text",
}
ERROR_COLUMNS: Columns = {"File": "text", "Code": "text", "Message": "text"}
CLUSTER_COLUMNS: Columns = {"Cluster": "int", "Articles": "text", "Size": "int"}
LINK_COLUMNS: Columns = {
    "Source article": "text",
    "Target article": "text",
    "Relation": "text",
    "Directed": "bool",
    "Direction reason": "text",
    "Similarity": "float",
    "Shared sentences": "int",
    "Sample evidence (source)": "text",
    "Sample evidence (target)": "text",
}
QUOTE_DRIFT_COLUMNS: Columns = {
    "Quote group": "int",
    "Speaker": "text",
    COL_ARTICLE: "text",
    "Text": "text",
    "Start": "int",
    "End": "int",
    "Difference": "text",
}
DROPPED_CREDIT_COLUMNS: Columns = {
    "Article (credit missing)": "text",
    "Credit": "text",
    "Present in": "text",
    "Start (in present)": "int",
    "End (in present)": "int",
}
DROPPED_ATTRIBUTION_COLUMNS: Columns = {
    "Article (attribution missing)": "text",
    "Sentence": "text",
    "Start": "int",
    "End": "int",
    "Present in": "text",
    "Was": "text",
    "Source was": "text",
    "Source now": "text",
}
ESCALATION_COLUMNS: Columns = {
    "Article (more certain)": "text",
    "Present in (less certain)": "text",
    "From": "text",
    "To": "text",
    "Sentence": "text",
    "Start": "int",
    "End": "int",
    "Headline": "bool",
    "Kind": "text",
}
UNIQUE_CONTENT_COLUMNS: Columns = {
    COL_ARTICLE: "text",
    "Cluster": "int",
    "Sentence": "text",
    "Start": "int",
    "End": "int",
}

_DTYPES = {"text": "object", "int": "Int64", "float": "float64", "bool": "bool"}


def _frame(columns: Columns, rows: Iterable[Sequence[Any]]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns`` (even when empty) and the declared dtype per column."""
    data = [list(row) for row in rows]
    frame = pd.DataFrame(data, columns=list(columns), dtype="object")
    return frame.astype({name: _DTYPES[kind] for name, kind in columns.items()})


def _share(part: int, whole: int) -> float | None:
    """Share 0–1; None (a blank cell) when the article has no claims, since 0/0 is not 0 %."""
    return part / whole if whole else None


def _summary_row(audit: ArticleAudit) -> tuple[Any, ...]:
    total = len(audit.claims)
    named = sum(c.sourcing == "named" for c in audit.claims)
    anonymous = sum(c.sourcing == "anonymous" for c in audit.claims)
    unattributed = sum(c.sourcing == "unattributed" for c in audit.claims)
    return (
        audit.id,
        audit.title,
        headline_attribution(audit),
        audit.outlet,
        audit.published,
        audit.byline,
        audit.words,
        total,
        named,
        anonymous,
        unattributed,
        _share(named, total),
        _share(anonymous, total),
        _share(unattributed, total),
        sum(c.hedged for c in audit.claims),
        sum(s.sourcing == "named" for s in audit.sources),
        len(audit.findings),
        audit.score,
        score_working(audit),
    )


def headline_attribution(audit: ArticleAudit) -> str | None:
    """The headline's own attributions, with how sure the cue is: "'Confirms' (strong) by Ukraine’s
    Zelenskyy". Blank when the headline attributes nothing (or no headline was found in the text)."""
    span = audit.title_span
    if span is None:
        return None
    parts = [
        f"'{a.cue.text}' ({a.cue.strength}{', negated' if a.cue.negated else ''}) by "
        + (a.source.mention if a.source else "no named source")
        for a in audit.attributions
        if a.cue is not None and span.start <= a.cue.start < span.end
    ]
    return JOIN.join(parts) or None


def score_working(audit: ArticleAudit) -> str | None:
    """The score's sum in words, so a reader can redo it (formula in the README)."""
    c = audit.score_detail.components
    if "sourcing_points" not in c:
        return None
    return (
        f"85 × {c.get('sourcing_share', 0):.2f} sourcing = {c['sourcing_points']:.1f}; "
        f"+ 15 × {c.get('diversity', 0):.2f} named-source diversity = {c.get('diversity_points', 0):.1f}; "
        f"− {abs(c.get('penalty_points', 0)):.0f} for findings; = {audit.score}"
    )


def _claim_row(article: str, claim: Claim) -> tuple[Any, ...]:
    source, cue = claim.source, claim.cue
    reason = source.anonymity.reason if source and source.anonymity else None
    return (
        article,
        claim.id,
        claim.sentence,
        claim.sourcing,
        source.name if source else None,
        source.mention if source else None,
        source.kind if source else None,
        cue.text if cue else None,
        claim.quote,
        claim.hedged,
        JOIN.join(h.text for h in claim.hedges) or None,
        reason.text if reason else None,
        claim.reason,
        claim.start,
        claim.end,
        cue.start if cue else None,
        cue.end if cue else None,
        source.start if source else None,
        source.end if source else None,
    )


def summary_table(report: AuditReport) -> pd.DataFrame:
    return _frame(SUMMARY_COLUMNS, (_summary_row(a) for a in report.articles))


def claims_table(report: AuditReport) -> pd.DataFrame:
    rows = (_claim_row(a.id, c) for a in report.articles for c in a.claims)
    return _frame(CLAIM_COLUMNS, rows)


def sources_table(report: AuditReport) -> pd.DataFrame:
    rows = (
        (a.id, s.name, s.kind, s.sourcing, s.claims, JOIN.join(s.mentions), s.first_start)
        for a in report.articles
        for s in a.sources
    )
    return _frame(SOURCE_COLUMNS, rows)


def findings_table(report: AuditReport) -> pd.DataFrame:
    rows = (
        (a.id, f.code, f.severity, f.title, f.message, f.evidence, f.start, f.end, f.claim)
        for a in report.articles
        for f in a.findings
    )
    return _frame(FINDING_COLUMNS, rows)


def errors_table(report: AuditReport) -> pd.DataFrame:
    return _frame(ERROR_COLUMNS, ((e.file, e.code, e.message) for e in report.errors))


def provenance_tables(provenance: Provenance) -> dict[str, pd.DataFrame]:
    """One table per kind of provenance evidence; empty kinds keep their headers ("nothing found")."""
    links = []
    for link in provenance.links:
        sample = link.evidence[0] if link.evidence else None
        links.append(
            (
                link.source,
                link.target,
                link.relation,
                link.directed,
                link.direction_reason,
                link.similarity,
                link.shared_sentences,
                sample.source_text if sample else None,
                sample.target_text if sample else None,
            )
        )
    drift = (
        (number, altered.speaker, v.article, v.text, v.start, v.end, v.diff or None)
        for number, altered in enumerate(provenance.altered_quotes, start=1)
        for v in altered.variants
    )
    return {
        CLUSTERS: _frame(
            CLUSTER_COLUMNS,
            ((i, JOIN.join(ids), len(ids)) for i, ids in enumerate(provenance.clusters)),
        ),
        LINKS: _frame(LINK_COLUMNS, links),
        QUOTE_DRIFT: _frame(QUOTE_DRIFT_COLUMNS, drift),
        DROPPED_CREDITS: _frame(
            DROPPED_CREDIT_COLUMNS,
            ((d.article, d.credit, d.present_in, d.start, d.end) for d in provenance.dropped_credits),
        ),
        DROPPED_ATTRIBUTIONS: _frame(
            DROPPED_ATTRIBUTION_COLUMNS,
            (
                (d.article, d.sentence, d.start, d.end, d.present_in, d.was, d.was_source, d.now_source)
                for d in provenance.dropped_attributions
            ),
        ),
        ESCALATIONS: _frame(
            ESCALATION_COLUMNS,
            (
                (e.article, e.present_in, e.from_, e.to, e.sentence, e.start, e.end, e.headline, e.kind)
                for e in provenance.escalations
            ),
        ),
        UNIQUE_CONTENT: _frame(
            UNIQUE_CONTENT_COLUMNS,
            ((u.article, u.cluster, u.sentence, u.start, u.end) for u in provenance.unique_claims),
        ),
    }


def report_tables(report: AuditReport) -> dict[str, pd.DataFrame]:
    """All sheets, in workbook order. Errors only when there are errors; provenance only when traced."""
    tables = {
        SUMMARY: summary_table(report),
        CLAIMS: claims_table(report),
        SOURCES: sources_table(report),
        FINDINGS: findings_table(report),
    }
    if report.errors:
        tables[ERRORS] = errors_table(report)
    if report.provenance is not None:
        tables.update(provenance_tables(report.provenance))
    return tables
