"""The derivation graph PNG."""

from __future__ import annotations

from provenance_helpers import election, mine_original, mine_rewrite, mine_same_story

from auditor.models import AuditReport
from auditor.provenance import build_provenance
from auditor.report.graph import derivation_graph_png

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_graph_is_a_png():
    audits = (mine_original(), mine_rewrite(), mine_same_story(), election())
    report = AuditReport(articles=audits, provenance=build_provenance(audits))
    png = derivation_graph_png(report)
    assert png is not None and png.startswith(PNG_SIGNATURE)
    assert len(png) > 1000


def test_no_graph_without_links():
    audits = (mine_original(), election())
    assert derivation_graph_png(AuditReport(articles=audits, provenance=build_provenance(audits))) is None
    assert derivation_graph_png(AuditReport(articles=audits)) is None
