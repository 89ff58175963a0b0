"""The README's worked example shows every anonymous-sourcing finding kind (README, 'Findings')."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.config import AuditConfig
from auditor.ingest import read_file
from auditor.pipeline import audit_parsed

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "harbor-bridge.txt"


@pytest.mark.stanza
def test_harbor_bridge_example_shows_each_finding_kind(annotator) -> None:
    (article,) = read_file(str(EXAMPLE), AuditConfig())
    (parsed,) = annotator.parse([article])
    audit = audit_parsed(parsed)
    by_code: dict[str, list[str]] = {}
    for f in audit.findings:
        by_code.setdefault(f.code, []).append(f.evidence)
    assert "Sources" in by_code["ANON-PLURAL-SINGLE"]
    assert "A source" in by_code["ANON-NO-DESCRIPTION"]
    assert any("disaster" in e for e in by_code["ANON-OPINION"])
    assert by_code["ANON-VAGUE-COLLECTIVE"] == ["Critics"]
    assert by_code["HEDGED-UNSOURCED"] == ["reportedly"]
    assert any("Nobody listened" in e for e in by_code["QUOTE-NO-SPEAKER"])
    assert [e[:15] for e in by_code["QUOTE-UNCLOSED"]] == ["“Every contract"]
    # The officials give their reason ("because they were not authorized ..."): no ANON-NO-REASON.
    assert not any(e.startswith("Officials") for e in by_code["ANON-NO-REASON"])
    assert audit.score < AuditConfig().min_score
