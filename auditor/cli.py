"""The ``auditor`` command: the audit commands (audit, trace, check) and the app that mounts the rest.

``cli.py``, ``cli_common.py`` (exit codes, shared options, errors) and ``cli_tools.py`` (eval, models,
schema) are the only modules that print and choose exit codes.
Exit codes (every command): 0 success; 1 the answer is "no" (``check``: score below the pass mark;
``audit``/``trace``: nothing could be audited; ``schema --check``: a schema file is stale); 2 usage or
set-up error (bad option, missing or unreadable input, no models, unwritable output); 3 internal error
(a bug: rerun with ``--debug`` for the traceback); 130 interrupted.
Heavy modules (Stanza, reports, provenance, evaluation) are imported inside the commands so that
``auditor --help`` answers at once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from auditor import __version__
from auditor.cli_common import (
    DEFAULTS,
    EXIT_FAIL,
    EXIT_HELP,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    INTERNAL_CODE,
    SETUP_EXITS,
    DebugOption,
    MaxBytesOption,
    ModelsDirOption,
    OutputFormat,
    QuietOption,
    ThreadsOption,
    err,
    errors_as_exit,
    run_config,
)
from auditor.cli_tools import SCHEMA_HELP, eval_app, models_app, schema
from auditor.config import DEFAULT_MIN_SCORE, AuditConfig
from auditor.errors import UsageError
from auditor.terminal import check_text, error_line, progress_bar, summary_table

if TYPE_CHECKING:
    from auditor.models import AuditReport

__all__ = [
    "EXIT_FAIL",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "INTERNAL_CODE",
    "app",
]

_AUDIT_EXITS = (
    "Bad input files do not stop the batch: each is listed on stderr and in the reports' errors. "
    "Exit codes: 0 at least one article audited; 1 no input could be audited; " + SETUP_EXITS
)
_CHECK_EXITS = (
    "Exit codes: 0 pass; 1 fail (score below --min-score); 2 usage error, missing or unreadable "
    "file, or no models; 3 internal error (a bug)."
)

app = typer.Typer(
    name="auditor",
    help="Source-attribution and provenance auditor for news: who says so, for every claim. " + EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(models_app, name="models")
app.add_typer(eval_app, name="eval")


def _check_out_paths(out: Path, json_out: Path | None) -> Path:
    """Validate output paths before the (slow) audit runs; returns the JSON path."""
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"--out must name an .xlsx workbook, got {out}")
    json_path = json_out if json_out is not None else out.with_suffix(".json")
    if json_path.suffix.lower() != ".json":
        raise UsageError(f"--json must name a .json file, got {json_path}")
    for path in (out, json_path):
        if path.exists() and path.is_dir():
            raise UsageError(f"{path} is a directory; give a file name")
    return json_path


def _run(paths: Sequence[str], config: AuditConfig, quiet: bool, debug: bool) -> AuditReport:
    from auditor.pipeline import run_audit

    with progress_bar(not quiet) as bar:
        return run_audit(paths, config, progress=bar, fail_fast=debug)


def _print_errors(report: AuditReport) -> None:
    for error in report.errors:
        err(error_line(error.file, error.code, error.message))


def _nothing_audited_code(report: AuditReport) -> int:
    from auditor.pipeline import STAGE_ERROR_CODE

    if any(e.code == STAGE_ERROR_CODE for e in report.errors):
        return EXIT_INTERNAL
    return EXIT_FAIL


def _graph_png(report: AuditReport) -> bytes | None:
    """The provenance derivation graph as PNG; None when there is no provenance link to draw."""
    if report.provenance is None:
        return None
    from auditor.report.graph import derivation_graph_png

    return derivation_graph_png(report)


def _write_outputs(
    report: AuditReport, tables: dict[str, Any], out: Path, json_path: Path, json_report: AuditReport
) -> list[tuple[str, Path]]:
    """Write the workbook, the JSON and the provenance graph; returns what was written where."""
    from auditor.report.excel import write_excel
    from auditor.report.jsonout import write_json

    written: list[tuple[str, Path]] = []
    png = _graph_png(report)
    png_path = out.with_name(f"{out.stem}-provenance.png")
    try:
        if png is not None:
            png_path.parent.mkdir(parents=True, exist_ok=True)
            png_path.write_bytes(png)
        out.parent.mkdir(parents=True, exist_ok=True)
        write_excel(tables, out, images={"Provenance graph": png} if png is not None else None)
        written.append(("Excel", out))
        json_path.parent.mkdir(parents=True, exist_ok=True)
        write_json(json_report, json_path)
        written.append(("JSON", json_path))
    except OSError as exc:
        raise UsageError(f"cannot write the report: {exc.strerror or exc}: {exc.filename or out}") from exc
    if png is not None:
        written.append(("Provenance graph", png_path))
    return written


# ---------------------------------------------------------------- audit


@app.command(help="Audit articles and write the Excel workbook and JSON report. " + _AUDIT_EXITS)
def audit(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATHS...", help="Files, directories, JSONL, or - for stdin.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Excel workbook to write.")] = Path(
        "reports/audit.xlsx"
    ),
    json_out: Annotated[
        Path | None, typer.Option("--json", help="JSON report to write (default: beside --out).")
    ] = None,
    models_dir: ModelsDirOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
    no_provenance: Annotated[
        bool, typer.Option("--no-provenance", help="Skip the cross-article provenance analysis.")
    ] = False,
    max_bytes: MaxBytesOption = DEFAULTS.max_bytes,
    threads: ThreadsOption = None,
) -> None:
    """Bad inputs do not stop the batch: they are listed on stderr and in the reports' errors."""
    with errors_as_exit(debug):
        json_path = _check_out_paths(out, json_out)
        config = run_config(models_dir, provenance=not no_provenance, max_bytes=max_bytes, threads=threads)
        report = _run(paths, config, quiet, debug)
        from auditor.report.tables import report_tables

        written = _write_outputs(report, report_tables(report), out, json_path, report)
        _print_errors(report)
        if not quiet:
            from rich.console import Console

            Console(soft_wrap=False).print(summary_table(report))
            for what, where in written:
                typer.echo(f"{what}: {where}")
        if not report.articles:
            err("nothing could be audited")
            raise typer.Exit(_nothing_audited_code(report))


# ---------------------------------------------------------------- trace


@app.command(
    help="Provenance only: who copied or rewrote whom, altered quotes, dropped credits. " + EXIT_HELP
)
def trace(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATHS...", help="Files or directories holding two or more articles."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Excel workbook to write.")] = Path(
        "reports/trace.xlsx"
    ),
    json_out: Annotated[
        Path | None, typer.Option("--json", help="JSON report to write (default: beside --out).")
    ] = None,
    models_dir: ModelsDirOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
    max_bytes: MaxBytesOption = DEFAULTS.max_bytes,
    threads: ThreadsOption = None,
) -> None:
    with errors_as_exit(debug):
        json_path = _check_out_paths(out, json_out)
        config = run_config(models_dir, provenance=True, max_bytes=max_bytes, threads=threads)
        report = _run(paths, config, quiet, debug)
        _print_errors(report)
        if len(report.articles) < 2:
            if not report.articles:
                err("nothing could be audited")
                raise typer.Exit(_nothing_audited_code(report))
            raise UsageError("trace needs at least two readable articles to compare")
        if report.provenance is None:
            raise typer.Exit(EXIT_INTERNAL)  # the reason is among the errors printed above
        from auditor.report.tables import ERRORS, errors_table, provenance_tables

        tables = provenance_tables(report.provenance)
        if report.errors:
            tables[ERRORS] = errors_table(report)
        # The JSON keeps the provenance and errors only: the article audits are what `audit` is for.
        slim = report.model_copy(update={"articles": ()})
        written = _write_outputs(report, tables, out, json_path, slim)
        if not quiet:
            p = report.provenance
            typer.echo(
                f"{len(report.articles)} articles, {len(p.clusters)} cluster(s), {len(p.links)} link(s), "
                f"{len(p.altered_quotes)} altered quote(s), {len(p.dropped_credits)} dropped credit(s), "
                f"{len(p.dropped_attributions)} dropped attribution(s), {len(p.escalations)} escalation(s)"
            )
            for what, where in written:
                typer.echo(f"{what}: {where}")


# ---------------------------------------------------------------- check


@app.command(
    help="Pre-publication check of one article: what needs attention, and the score. " + _CHECK_EXITS
)
def check(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="The article (text, Markdown, HTML or JSON), or - for stdin."),
    ],
    min_score: Annotated[
        int, typer.Option("--min-score", min=0, max=100, help="Pass mark: lower scores fail (exit 1).")
    ] = DEFAULT_MIN_SCORE,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text for people, json for a CMS.")
    ] = OutputFormat.text,
    models_dir: ModelsDirOption = None,
    debug: DebugOption = False,
    max_bytes: MaxBytesOption = DEFAULTS.max_bytes,
    threads: ThreadsOption = None,
) -> None:
    with errors_as_exit(debug):
        from auditor.pipeline import claims_needing_attention, run_audit

        config = run_config(
            models_dir, provenance=False, max_bytes=max_bytes, threads=threads, min_score=min_score
        )
        report = run_audit([file], config, fail_fast=debug)
        if not report.articles:
            error = report.errors[0] if report.errors else None
            if output_format is OutputFormat.json and error is not None:
                typer.echo(
                    json.dumps({"file": file, "passed": False, "error": error.model_dump(mode="json")})
                )
            _print_errors(report)
            from auditor.pipeline import STAGE_ERROR_CODE

            internal = error is not None and error.code == STAGE_ERROR_CODE
            raise typer.Exit(EXIT_INTERNAL if internal else EXIT_USAGE)
        if len(report.articles) > 1:
            raise UsageError(
                f"check takes one article; {file} holds {len(report.articles)}: "
                "use `auditor audit` for batches"
            )
        result = report.articles[0]
        items = claims_needing_attention(result)
        passed = result.score >= min_score
        if output_format is OutputFormat.json:
            payload = {
                "id": result.id,
                "score": result.score,
                "passed": passed,
                "min_score": min_score,
                "findings": [f.model_dump(mode="json") for f in result.findings],
                "claims_needing_attention": [i.model_dump(mode="json") for i in items],
            }
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            typer.echo(check_text(result, items, min_score, passed))
        raise typer.Exit(EXIT_OK if passed else EXIT_FAIL)


app.command(help=SCHEMA_HELP)(schema)


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"auditor {__version__}")
        raise typer.Exit(EXIT_OK)
