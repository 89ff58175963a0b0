"""Tests for auditor.report.jsonout: aliases, stable order, readable Unicode, exact round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError
from report_samples import minimal_report, reports, sample_report

from auditor.models import AuditReport
from auditor.report.jsonout import report_from_json, report_to_json, write_json


def test_sample_round_trip_is_equal() -> None:
    report = sample_report()
    assert report_from_json(report_to_json(report)) == report


def test_escalation_from_is_written_as_from() -> None:
    data = json.loads(report_to_json(sample_report()))
    escalation = data["provenance"]["escalations"][0]
    assert escalation["from"] == "said"
    assert "from_" not in escalation


def test_key_order_follows_the_model_and_is_stable() -> None:
    text = report_to_json(sample_report())
    data = json.loads(text)
    assert list(data) == ["tool", "model", "articles", "errors", "provenance"]
    assert list(data["articles"][0])[:3] == ["id", "path", "title"]
    assert report_to_json(sample_report()) == text


def test_text_is_readable_unicode_with_indent_2() -> None:
    text = report_to_json(sample_report())
    assert "“It is no longer" in text
    assert "\\u201c" not in text
    assert text.startswith('{\n  "tool": ')
    assert text.endswith("}\n")


def test_missing_provenance_is_null() -> None:
    assert json.loads(report_to_json(minimal_report()))["provenance"] is None


def test_write_json_writes_the_same_text(tmp_path: Path) -> None:
    path = tmp_path / "audit.json"
    write_json(sample_report(), path)
    assert path.read_text(encoding="utf-8") == report_to_json(sample_report())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.json"]  # no temporary left


def test_write_json_to_missing_directory_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_json(sample_report(), tmp_path / "nope" / "audit.json")
    assert list(tmp_path.iterdir()) == []


def test_unknown_field_is_rejected() -> None:
    data = json.loads(report_to_json(minimal_report()))
    data["articles"][0]["claims"][0]["confidence"] = 0.9
    with pytest.raises(ValidationError):
        report_from_json(json.dumps(data))


def test_python_field_name_is_also_accepted_on_input() -> None:
    """populate_by_name: JSON written by older code with "from_" still loads."""
    data = json.loads(report_to_json(sample_report()))
    escalation = data["provenance"]["escalations"][0]
    escalation["from_"] = escalation.pop("from")
    assert report_from_json(json.dumps(data)) == sample_report()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_any_report_round_trips(report: AuditReport) -> None:
    text = report_to_json(report)
    assert report_from_json(text) == report
    assert report_from_json(text.encode("utf-8")) == report


def test_nan_is_refused_rather_than_written_as_invalid_json() -> None:
    report = minimal_report()
    audit = report.articles[0]
    detail = audit.score_detail.model_copy(update={"components": {"named_share": float("nan")}})
    broken = report.model_copy(update={"articles": (audit.model_copy(update={"score_detail": detail}),)})
    with pytest.raises(ValueError, match="NaN or infinite"):
        report_to_json(broken)
