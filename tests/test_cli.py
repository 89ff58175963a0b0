"""cli.py: exit codes, one-line errors without tracebacks, batches with bad files, check output formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_fakes import FakeAnnotator
from typer.testing import CliRunner

from auditor import pipeline
from auditor.cli import EXIT_FAIL, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, app
from auditor.models import ArticleAudit, ParsedArticle

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
ARTICLE = "\n\n".join(
    (
        "Ministers Meet In Capital",
        "Officials met on Monday to discuss the border dispute.",
        "“We will not back down,” Defence Minister Ann Carter said in a statement.",
        "The deal was reportedly signed on Tuesday, according to two people familiar with the talks.",
        "Critics say the agreement does little for farmers.",
    )
)

runner = CliRunner()


@pytest.fixture
def fake_models(monkeypatch: pytest.MonkeyPatch) -> FakeAnnotator:
    """Every command parses with the fake annotator: no Stanza, no model load."""
    fake = FakeAnnotator()
    monkeypatch.setattr(pipeline, "make_annotator", lambda config: fake)
    return fake


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE + "\n", encoding="utf-8")
    return path


def _no_traceback(result: Any) -> None:
    assert "Traceback" not in result.output
    assert "Traceback" not in result.stderr


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


# ---------------------------------------------------------------- help


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == EXIT_OK
    for command in ("audit", "check", "trace", "eval", "models", "schema"):
        assert command in result.output


def test_commands_keep_their_order_and_sub_commands() -> None:
    """The tool commands live in cli_tools.py; the app still lists them after the audit commands."""
    result = runner.invoke(app, ["--help"])
    lines = result.output.split("Commands:", 1)[1].splitlines()
    names = [ln.split()[0] for ln in lines if ln.startswith("  ") and ln.split()]
    assert names == ["audit", "trace", "check", "schema", "models", "eval"]
    for group, sub in (("models", "download"), ("models", "info"), ("eval", "polnear")):
        got = runner.invoke(app, [group, sub, "--help"])
        assert got.exit_code == EXIT_OK and "Usage:" in got.output


def test_check_help_documents_exit_codes() -> None:
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == EXIT_OK
    assert "Exit codes" in result.output


# ---------------------------------------------------------------- check


def _score(article: Path) -> int:
    result = runner.invoke(app, ["check", str(article), "--format", "json", "--min-score", "0"])
    assert result.exit_code == EXIT_OK, result.output
    payload = json.loads(result.stdout)
    assert set(payload) == {"id", "score", "passed", "min_score", "findings", "claims_needing_attention"}
    assert payload["passed"] is True and payload["min_score"] == 0
    score: int = payload["score"]
    return score


def test_check_pass_and_fail(fake_models: FakeAnnotator, article: Path) -> None:
    score = _score(article)
    passed = runner.invoke(app, ["check", str(article), "--min-score", str(score)])
    assert passed.exit_code == EXIT_OK, passed.output
    assert f"Score {score}/100 (pass mark {score}): PASS" in passed.stdout
    if score < 100:
        failed = runner.invoke(app, ["check", str(article), "--min-score", str(score + 1)])
        assert failed.exit_code == EXIT_FAIL
        assert "FAIL" in failed.stdout
        as_json = runner.invoke(
            app, ["check", str(article), "--format", "json", "--min-score", str(score + 1)]
        )
        assert as_json.exit_code == EXIT_FAIL
        assert json.loads(as_json.stdout)["passed"] is False


def test_check_json_lists_claims_needing_attention(
    fake_models: FakeAnnotator, monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    """With a hedged unattributed claim in the audit, the JSON names it with the hedge as evidence."""
    from auditor.models import TextSpan

    real = pipeline.audit_parsed

    def hedged(parsed: ParsedArticle) -> ArticleAudit:
        audit = real(parsed)
        text = parsed.article.text
        start = text.index("reportedly")
        claims = tuple(
            c.model_copy(
                update={
                    "sourcing": "unattributed",
                    "source": None,
                    "hedged": True,
                    "hedges": (TextSpan(start=start, end=start + 10, text="reportedly"),),
                }
            )
            if c.start <= start < c.end
            else c
            for c in audit.claims
        )
        return audit.model_copy(update={"claims": claims})

    monkeypatch.setattr(pipeline, "audit_parsed", hedged)
    result = runner.invoke(app, ["check", str(article), "--format", "json", "--min-score", "0"])
    assert result.exit_code == EXIT_OK, result.output
    items = json.loads(result.stdout)["claims_needing_attention"]
    hedge_reasons = [r for i in items for r in i["reasons"] if r["text"] == "reportedly"]
    assert hedge_reasons and "hedged" in hedge_reasons[0]["why"]
    assert ARTICLE[hedge_reasons[0]["start"] : hedge_reasons[0]["end"]] == "reportedly"


def test_check_reads_stdin(fake_models: FakeAnnotator) -> None:
    result = runner.invoke(app, ["check", "-", "--min-score", "0"], input=ARTICLE + "\n")
    assert result.exit_code == EXIT_OK, result.output
    assert "PASS" in result.stdout
    assert len(fake_models.batches) == 1


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("auditor ")


def test_check_missing_file_is_a_usage_error(fake_models: FakeAnnotator, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "nope.txt")])
    assert result.exit_code == EXIT_USAGE
    line = _one_line(result.stderr)
    assert "nope.txt" in line and "[E107]" in line
    assert fake_models.batches == []  # nothing parsed
    _no_traceback(result)


def test_max_bytes_option_refuses_a_large_file(
    fake_models: FakeAnnotator, article: Path, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["check", str(article), "--max-bytes", "10"])
    assert result.exit_code == EXIT_USAGE
    line = _one_line(result.stderr)
    assert "[E104]" in line and "--max-bytes" in line
    assert runner.invoke(app, ["check", str(article), "--max-bytes", "10000000"]).exit_code in (
        EXIT_OK,
        EXIT_FAIL,
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.txt", b""), ("binary.bin.txt", bytes(range(256)) * 16)],
)
def test_check_unreadable_input_is_a_usage_error(
    fake_models: FakeAnnotator, tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == EXIT_USAGE
    payload = json.loads(result.stdout)
    assert payload["passed"] is False and payload["error"]["code"].startswith("E1")
    assert name in _one_line(result.stderr)
    _no_traceback(result)


@pytest.mark.parametrize(
    "options", [["--min-score", "101"], ["--min-score", "-1"], ["--format", "xml"], ["--no-such-option"]]
)
def test_check_bad_options_are_usage_errors(article: Path, options: list[str]) -> None:
    result = runner.invoke(app, ["check", str(article), *options])
    assert result.exit_code == EXIT_USAGE
    _no_traceback(result)


def test_internal_error_exit_3_and_debug_traceback(
    fake_models: FakeAnnotator, monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    def broken(parsed: ParsedArticle) -> ArticleAudit:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(pipeline, "audit_parsed", broken)
    result = runner.invoke(app, ["check", str(article)])
    assert result.exit_code == EXIT_INTERNAL
    line = _one_line(result.stderr)
    assert "ZeroDivisionError" in line and "--debug" in line
    _no_traceback(result)
    debug = runner.invoke(app, ["check", str(article), "--debug"])
    assert isinstance(debug.exception, ZeroDivisionError)


# ---------------------------------------------------------------- models missing


@pytest.mark.parametrize("command", ["check", "audit"])
def test_empty_models_dir_is_one_line_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, article: Path, command: str
) -> None:
    """--models-dir wins over $STANZA_RESOURCES_DIR (which points at real models when they exist)."""
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(REPO.parent / "shared" / "stanza-en-mini"))
    empty = tmp_path / "models"
    empty.mkdir()
    args = [command, str(article), "--models-dir", str(empty)]
    if command == "audit":
        args += ["--out", str(tmp_path / "r.xlsx")]
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_USAGE
    line = _one_line(result.stderr)
    assert "auditor models download" in line and "--models-dir" in line and "[E200]" in line
    _no_traceback(result)


def test_models_info_without_models(tmp_path: Path) -> None:
    result = runner.invoke(app, ["models", "info", "--models-dir", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    assert str(tmp_path) in result.stdout
    assert "[E200]" in _one_line(result.stderr)


@pytest.mark.stanza
def test_models_info_with_models(stanza_models: Path) -> None:
    result = runner.invoke(app, ["models", "info", "--models-dir", str(stanza_models)])
    assert result.exit_code == EXIT_OK, result.output
    assert "depparse" in result.stdout


# ---------------------------------------------------------------- audit


def test_audit_batch_with_bad_files(fake_models: FakeAnnotator, tmp_path: Path, article: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 16)
    second = tmp_path / "second.txt"
    second.write_text(ARTICLE.replace("Monday", "Sunday") + "\n", encoding="utf-8")
    out, js = tmp_path / "out" / "r.xlsx", tmp_path / "out" / "r.json"
    paths = [
        str(article),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.txt"),
        str(tmp_path / "gone.txt"),
    ]
    result = runner.invoke(app, ["audit", *paths, str(second), "--out", str(out), "--json", str(js), "-q"])
    assert result.exit_code == EXIT_OK, result.output
    _no_traceback(result)
    report = json.loads(js.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in report["articles"]) == ["second", "story"]
    bad = {Path(e["file"]).name for e in report["errors"] if e["file"] != pipeline.BATCH_FILE}
    assert bad == {"empty.txt", "binary.txt", "gone.txt"}
    stderr_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(stderr_lines) == len(report["errors"])  # one line per error
    book = openpyxl.load_workbook(out, read_only=True)
    assert "Errors" in book.sheetnames
    files = {
        Path(str(row[0])).name for row in book["Errors"].iter_rows(min_row=2, values_only=True) if row[0]
    }
    assert {"empty.txt", "binary.txt", "gone.txt"} <= files


def test_audit_prints_summary_and_paths(fake_models: FakeAnnotator, tmp_path: Path, article: Path) -> None:
    out = tmp_path / "r.xlsx"
    result = runner.invoke(app, ["audit", str(article), "--out", str(out), "--no-provenance"])
    assert result.exit_code == EXIT_OK, result.output
    assert "story" in result.stdout and "Score" in result.stdout
    assert str(out) in result.stdout and str(out.with_suffix(".json")) in result.stdout
    assert out.is_file() and out.with_suffix(".json").is_file()


def test_audit_nothing_readable_exits_1(fake_models: FakeAnnotator, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "r.xlsx"
    result = runner.invoke(app, ["audit", str(tmp_path / "empty.txt"), "--out", str(out), "-q"])
    assert result.exit_code == EXIT_FAIL
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["errors"]
    _no_traceback(result)


@pytest.mark.parametrize("out", ["r.csv", "r.txt"])
def test_audit_rejects_bad_out_before_work(
    fake_models: FakeAnnotator, tmp_path: Path, article: Path, out: str
) -> None:
    result = runner.invoke(app, ["audit", str(article), "--out", str(tmp_path / out)])
    assert result.exit_code == EXIT_USAGE
    assert "--out" in _one_line(result.stderr)
    assert fake_models.batches == []


def test_trace_needs_two_articles(fake_models: FakeAnnotator, tmp_path: Path, article: Path) -> None:
    result = runner.invoke(app, ["trace", str(article), "--out", str(tmp_path / "t.xlsx"), "-q"])
    assert result.exit_code == EXIT_USAGE
    assert "two" in _one_line(result.stderr)


def test_trace_writes_provenance_only(fake_models: FakeAnnotator, tmp_path: Path, article: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE.replace("Monday", "Sunday") + "\n", encoding="utf-8")
    out = tmp_path / "t.xlsx"
    result = runner.invoke(app, ["trace", str(article), str(copy), "--out", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert report["articles"] == []
    assert report["provenance"]["links"], "two near-identical articles must be linked"
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert "Links" in sheets and "Claims" not in sheets
    png = tmp_path / "t-provenance.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert str(png) in result.stdout


# ---------------------------------------------------------------- schema and eval


def test_schema_check_and_write(tmp_path: Path) -> None:
    stale = runner.invoke(app, ["schema", "--dir", str(tmp_path), "--check"])
    assert stale.exit_code == EXIT_FAIL
    assert "stale or missing" in stale.stderr
    written = runner.invoke(app, ["schema", "--dir", str(tmp_path)])
    assert written.exit_code == EXIT_OK
    fresh = runner.invoke(app, ["schema", "--dir", str(tmp_path), "--check"])
    assert fresh.exit_code == EXIT_OK, fresh.output


def test_eval_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "polnear", str(tmp_path / "dev.jsonl")])
    assert result.exit_code == EXIT_USAGE
    assert "dev.jsonl" in _one_line(result.stderr)


# ---------------------------------------------------------------- with the real models


@pytest.mark.stanza
def test_audit_seeds_with_stanza(monkeypatch: pytest.MonkeyPatch, annotator: Any, tmp_path: Path) -> None:
    monkeypatch.setattr(pipeline, "make_annotator", lambda config: annotator)
    out = tmp_path / "seeds.xlsx"
    result = runner.invoke(app, ["audit", *map(str, SEEDS[:2]), "--out", str(out), "-q"])
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(report["articles"]) == 2
    assert all(e["file"] == pipeline.BATCH_FILE for e in report["errors"])  # at most a provenance note


def test_progress_bar_is_silent_off_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.terminal import ProgressBar

    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    assert not ProgressBar(enabled=True).enabled
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert not ProgressBar(enabled=False).enabled  # --quiet
    bar = ProgressBar(enabled=True)
    assert bar.enabled
    bar(0, 1)  # a single article: no bar at all
    assert not bar.started
