"""The ``auditor`` command: the only module that prints and chooses exit codes.

Exit codes (every command): 0 success; 1 the answer is "no" (``check``: score below the pass mark;
``audit``/``trace``: nothing could be audited; ``schema --check``: a schema file is stale); 2 usage or
set-up error (bad option, missing or unreadable input, no models, unwritable output); 3 internal error
(a bug: rerun with ``--debug`` for the traceback); 130 interrupted.
Heavy modules (Stanza, reports, provenance, evaluation) are imported inside the commands so that
``auditor --help`` answers at once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from auditor import __version__
from auditor.config import DEFAULT_MIN_SCORE, AuditConfig
from auditor.errors import AuditorError, InputFileError, ModelLoadError, ModelsNotFoundError, UsageError
from auditor.terminal import check_text, error_line, progress_bar, summary_table

if TYPE_CHECKING:
    from auditor.models import AuditReport

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
#: Code printed with internal errors that are not AuditorErrors.
INTERNAL_CODE = "E999"

_EXIT_HELP = (
    "Exit codes: 0 done; 1 check failed (score below the pass mark) or nothing could be audited; "
    "2 usage or set-up error (bad option, missing or unreadable file, no models); 3 internal error."
)
_SETUP_EXITS = "2 usage or set-up error (bad option, no models, unwritable output); 3 internal error (a bug)."
_AUDIT_EXITS = (
    "Bad input files do not stop the batch: each is listed on stderr and in the reports' errors. "
    "Exit codes: 0 at least one article audited; 1 no input could be audited; " + _SETUP_EXITS
)
_CHECK_EXITS = (
    "Exit codes: 0 pass; 1 fail (score below --min-score); 2 usage error, missing or unreadable "
    "file, or no models; 3 internal error (a bug)."
)

app = typer.Typer(
    name="auditor",
    help="Source-attribution and provenance auditor for news: who says so, for every claim. " + _EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
models_app = typer.Typer(
    help="Stanza models: download them, or see where they are looked for.", no_args_is_help=True
)
eval_app = typer.Typer(help="Measure extraction against annotated corpora.", no_args_is_help=True)
app.add_typer(models_app, name="models")
app.add_typer(eval_app, name="eval")


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


# ---------------------------------------------------------------- shared options

ModelsDirOption = Annotated[
    Path | None,
    typer.Option(
        "--models-dir",
        help="Stanza resources directory (overrides $STANZA_RESOURCES_DIR).",
        file_okay=False,
    ),
]
MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes", min=1, help="Refuse inputs larger than this many bytes (one error line each)."
    ),
]
ThreadsOption = Annotated[
    int | None,
    typer.Option(
        "--threads", min=1, help="CPU threads for Stanza (default 1: fastest on small shared machines)."
    ),
]
_DEFAULTS = AuditConfig()
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
DebugOption = Annotated[
    bool, typer.Option("--debug", help="Stop at the first internal error and show its Python traceback.")
]


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _exit_code(exc: AuditorError) -> int:
    if isinstance(exc, InputFileError | ModelsNotFoundError | ModelLoadError | UsageError):
        return EXIT_USAGE
    return EXIT_INTERNAL


@contextmanager
def _errors(debug: bool) -> Iterator[None]:
    """Turn errors into one line on stderr and an exit code; ``--debug`` lets the traceback through."""
    try:
        yield
    except typer.Exit:
        raise
    except AuditorError as exc:
        if debug:
            raise
        _err(exc.one_line())
        raise typer.Exit(_exit_code(exc)) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        if debug:
            raise
        _err(
            f"internal error: {type(exc).__name__}: {exc}. This is a bug in auditor; "
            f"rerun with --debug for the traceback and report it. [{INTERNAL_CODE}]".replace("\n", " ")
        )
        raise typer.Exit(EXIT_INTERNAL) from None


def _config(
    models_dir: Path | None,
    *,
    provenance: bool = True,
    max_bytes: int = _DEFAULTS.max_bytes,
    threads: int | None = None,
    min_score: int = DEFAULT_MIN_SCORE,
) -> AuditConfig:
    return AuditConfig(
        models_dir=models_dir,
        provenance=provenance,
        max_bytes=max_bytes,
        threads=threads if threads is not None else _DEFAULTS.threads,
        min_score=min_score,
    )


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
        _err(error_line(error.file, error.code, error.message))


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
    max_bytes: MaxBytesOption = _DEFAULTS.max_bytes,
    threads: ThreadsOption = None,
) -> None:
    """Bad inputs do not stop the batch: they are listed on stderr and in the reports' errors."""
    with _errors(debug):
        json_path = _check_out_paths(out, json_out)
        config = _config(models_dir, provenance=not no_provenance, max_bytes=max_bytes, threads=threads)
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
            _err("nothing could be audited")
            raise typer.Exit(_nothing_audited_code(report))


# ---------------------------------------------------------------- trace


@app.command(
    help="Provenance only: who copied or rewrote whom, altered quotes, dropped credits. " + _EXIT_HELP
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
    max_bytes: MaxBytesOption = _DEFAULTS.max_bytes,
    threads: ThreadsOption = None,
) -> None:
    with _errors(debug):
        json_path = _check_out_paths(out, json_out)
        config = _config(models_dir, provenance=True, max_bytes=max_bytes, threads=threads)
        report = _run(paths, config, quiet, debug)
        _print_errors(report)
        if len(report.articles) < 2:
            if not report.articles:
                _err("nothing could be audited")
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
    max_bytes: MaxBytesOption = _DEFAULTS.max_bytes,
    threads: ThreadsOption = None,
) -> None:
    with _errors(debug):
        from auditor.pipeline import claims_needing_attention, run_audit

        config = _config(
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


# ---------------------------------------------------------------- eval


@eval_app.command(
    "polnear",
    help="Score attribution extraction against PolNeAR (JSONL). Exit codes: 0 done; " + _SETUP_EXITS,
)
def eval_polnear(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="PolNeAR JSONL (train or dev split).", dir_okay=False)
    ],
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N articles.")] = None,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="Where parses are cached between runs.")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON.")] = None,
    models_dir: ModelsDirOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    with _errors(debug):
        if not file.is_file():
            raise UsageError(f"{file} does not exist or is not a file")
        from auditor.evaluation.polnear import evaluate_file, format_result

        started = time.perf_counter()
        with progress_bar(not quiet, "Evaluating") as bar:
            result = evaluate_file(file, _config(models_dir), limit=limit, cache_dir=cache_dir, progress=bar)
        seconds = time.perf_counter() - started
        typer.echo(format_result(result))
        typer.echo(
            f"wall clock {seconds:.1f} s (with model load): "
            f"{result.articles / max(seconds, 1e-9):.2f} articles/s, "
            f"{result.words / max(seconds, 1e-9):,.0f} words/s"
        )
        if json_out is not None:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(result.model_dump_json(indent=2), encoding="utf-8")
            typer.echo(f"JSON: {json_out}")


# ---------------------------------------------------------------- models


@models_app.command("download", help="Download the official Stanza English models (needs the network).")
def models_download(
    target: Annotated[
        Path | None, typer.Option("--dir", help="Where to put them (default: Stanza's own directory).")
    ] = None,
    debug: DebugOption = False,
) -> None:
    with _errors(debug):
        from auditor.nlp import download_models

        where = download_models(target)
        typer.echo(f"Stanza English models are in {where}")
        typer.echo(f"Use them with --models-dir {where} or STANZA_RESOURCES_DIR={where}")


@models_app.command("info", help="Where models are looked for and what was found. Exit 2 when none.")
def models_info(models_dir: ModelsDirOption = None, debug: DebugOption = False) -> None:
    import os

    with _errors(debug):
        config = _config(models_dir)
        if models_dir is not None:
            typer.echo(f"looking in {models_dir} (--models-dir)")
        elif os.environ.get("STANZA_RESOURCES_DIR"):
            typer.echo(f"looking in {os.environ['STANZA_RESOURCES_DIR']} ($STANZA_RESOURCES_DIR)")
        else:
            typer.echo("looking in Stanza's default directory (no --models-dir, no $STANZA_RESOURCES_DIR)")
        from auditor.nlp import find_models_dir

        where = find_models_dir(config)
        typer.echo(f"found English models in {where}:")
        for processor in sorted(p.name for p in (where / "en").iterdir() if p.is_dir()):
            packages = sorted(f.stem for f in (where / "en" / processor).glob("*.pt"))
            typer.echo(f"  {processor:<12} {', '.join(packages) or '(no model files)'}")


# ---------------------------------------------------------------- schema


@app.command(help="Write the JSON Schemas of the report models, or check that they are up to date.")
def schema(
    directory: Annotated[Path, typer.Option("--dir", help="Where the schema files live.")] = Path("schemas"),
    check_only: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 when a schema file is stale or missing.")
    ] = False,
    debug: DebugOption = False,
) -> None:
    with _errors(debug):
        from auditor import schema as schemas

        if check_only:
            stale = list(schemas.stale_schemas(directory))
            for name in stale:
                _err(f"stale or missing: {name} (run `auditor schema --dir {directory}`)")
            if stale:
                raise typer.Exit(EXIT_FAIL)
            typer.echo(f"schemas in {directory} are up to date")
            return
        for path in schemas.write_schemas(directory):
            typer.echo(f"wrote {path}")


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"auditor {__version__}")
        raise typer.Exit(EXIT_OK)
