"""Tests for auditor.schema: the committed schemas are fresh and the JSON output validates against them."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel
from report_samples import empty_provenance_report, minimal_report, reports, sample_report

import auditor.models
from auditor.models import AuditReport
from auditor.report.jsonout import report_to_json
from auditor.schema import schema_documents, stale_schemas, write_schemas

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@functools.cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def report_validator() -> jsonschema.Draft202012Validator:
    return _validator("audit-report.schema.json")


def test_committed_schemas_are_fresh() -> None:
    stale = stale_schemas(SCHEMAS)
    assert not stale, (
        f"schemas/ is out of date with auditor/models/ ({', '.join(stale)}): "
        "run `auditor schema` (or `make schema`) and commit the result"
    )


def _exported_models() -> list[type[BaseModel]]:
    exported = (getattr(auditor.models, name) for name in auditor.models.__all__)
    return [obj for obj in exported if isinstance(obj, type) and issubclass(obj, BaseModel)]


def test_every_model_field_has_a_description() -> None:
    models = _exported_models()
    assert len(models) > 20  # the walk found the contract, not an empty list
    missing = [
        f"{model.__name__}.{name}"
        for model in models
        for name, field in model.model_fields.items()
        if not (field.description or "").strip()
    ]
    assert not missing, (
        f"{len(missing)} field(s) of auditor.models have no Field(description=...), which the JSON "
        f"schemas show to readers: {', '.join(missing)}"
    )


def test_every_model_has_its_own_docstring() -> None:
    """The class docstring is the object's description in the schema; an inherited one would mislead."""
    undocumented = [m.__name__ for m in _exported_models() if not (m.__dict__.get("__doc__") or "").strip()]
    assert not undocumented, f"models without a docstring of their own: {', '.join(undocumented)}"


def test_documents_are_draft_2020_12_and_use_aliases() -> None:
    documents = schema_documents()
    assert set(documents) >= {
        "audit-report.schema.json",
        "article-audit.schema.json",
        "provenance.schema.json",
    }
    for document in documents.values():
        assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    escalation = documents["audit-report.schema.json"]["$defs"]["Escalation"]
    assert "from" in escalation["properties"] and "from_" not in escalation["properties"]
    assert "from" in escalation["required"]


@pytest.mark.parametrize(
    "report", [sample_report(), minimal_report(), empty_provenance_report(), AuditReport()]
)
def test_sample_output_validates(
    report_validator: jsonschema.Draft202012Validator, report: AuditReport
) -> None:
    report_validator.validate(json.loads(report_to_json(report)))


def test_parts_validate_against_their_own_schemas() -> None:
    data = json.loads(report_to_json(sample_report()))
    article = _validator("article-audit.schema.json")
    for item in data["articles"]:
        article.validate(item)
    _validator("provenance.schema.json").validate(data["provenance"])


def _broken(edit: Any) -> dict[str, Any]:
    data = json.loads(report_to_json(sample_report()))
    edit(data)
    return data


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["provenance"]["escalations"][0].update(
            {"from_": d["provenance"]["escalations"][0].pop("from")}
        ),
        lambda d: d["articles"][0]["claims"][0].update(sourcing="probably named"),
        lambda d: d["articles"][0]["claims"][0].update(start=-1),
        lambda d: d["articles"][0].update(score=101),
        lambda d: d["articles"][0]["findings"][0].pop("evidence"),
        lambda d: d.update(extra="field"),
    ],
    ids=[
        "python-name-not-alias",
        "bad-sourcing",
        "negative-offset",
        "score-over-100",
        "missing-evidence",
        "extra",
    ],
)
def test_invalid_output_is_rejected(report_validator: jsonschema.Draft202012Validator, edit: Any) -> None:
    with pytest.raises(jsonschema.ValidationError):
        report_validator.validate(_broken(edit))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_any_report_output_validates(report: AuditReport) -> None:
    _validator("audit-report.schema.json").validate(json.loads(report_to_json(report)))


def test_write_then_fresh(tmp_path: Path) -> None:
    written = write_schemas(tmp_path / "schemas")
    assert sorted(p.name for p in written) == sorted(schema_documents())
    assert stale_schemas(tmp_path / "schemas") == []
    text = written[0].read_text(encoding="utf-8")
    assert text.endswith("}\n") and text.startswith('{\n  "$defs"')  # sorted keys, indent 2


def test_stale_detects_missing_changed_and_garbage(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    (tmp_path / "provenance.schema.json").unlink()
    changed = json.loads((tmp_path / "audit-report.schema.json").read_text(encoding="utf-8"))
    changed["$defs"]["Claim"]["properties"].pop("reason")
    (tmp_path / "audit-report.schema.json").write_text(json.dumps(changed), encoding="utf-8")
    (tmp_path / "article-audit.schema.json").write_text("{not json", encoding="utf-8")
    assert sorted(stale_schemas(tmp_path)) == sorted(schema_documents())


def test_reformatting_alone_is_not_stale(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    path = tmp_path / "audit-report.schema.json"
    path.write_text(
        json.dumps(json.loads(path.read_text(encoding="utf-8"))).replace("\n", "\r\n"), encoding="utf-8"
    )
    assert stale_schemas(tmp_path) == []
