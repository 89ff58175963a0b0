"""The quality gate: attribution figures on PolNeAR dev must not fall below the pins."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from auditor.config import AuditConfig

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "tests" / "quality_gate.toml"
DEV = ROOT.parent / "shared" / "eval" / "polnear" / "dev.jsonl"
REQUIRED = ("attribution_f1", "source_token_f1", "source_exact", "content_token_f1")


def test_gate_file_has_every_pin() -> None:
    pins = tomllib.loads(GATE.read_text(encoding="utf-8"))
    for key in REQUIRED:
        assert 0.0 <= pins["dev"][key] <= 1.0, f"{key} missing or out of range in {GATE}"
    assert pins["meta"]["measured"], "say when the pins were measured"


@pytest.mark.polnear
@pytest.mark.stanza
def test_dev_figures_meet_the_pins(annotator) -> None:
    if not DEV.exists():
        pytest.skip(f"PolNeAR dev split not found at {DEV}")
    from auditor.evaluation.polnear import evaluate_file

    result = evaluate_file(DEV, AuditConfig(), annotator=annotator)
    measured = {
        "attribution_f1": result.totals.f1,
        "source_token_f1": result.totals.source_token_f1,
        "source_exact": result.totals.source_exact,
        "content_token_f1": result.totals.content_token_f1,
    }
    pins = tomllib.loads(GATE.read_text(encoding="utf-8"))["dev"]
    fallen = {k: (round(v, 4), pins[k]) for k, v in measured.items() if v < pins[k]}
    assert not fallen, (
        f"quality gate: figures fell below their pins (measured, pin): {fallen}. "
        "Fix the regression, or lower the pin in tests/quality_gate.toml in the same commit with a reason."
    )
