"""The tool commands of ``auditor``: ``eval`` (measure extraction), ``models`` (download, info), ``schema``.

``cli.py`` mounts them on the main app; the audit commands themselves live there. Heavy modules are
imported inside the commands so that ``auditor --help`` answers at once.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from auditor.cli_common import (
    EXIT_FAIL,
    SETUP_EXITS,
    DebugOption,
    ModelsDirOption,
    QuietOption,
    err,
    errors_as_exit,
    run_config,
)
from auditor.errors import UsageError
from auditor.terminal import progress_bar

models_app = typer.Typer(
    help="Stanza models: download them, or see where they are looked for.", no_args_is_help=True
)
eval_app = typer.Typer(help="Measure extraction against annotated corpora.", no_args_is_help=True)
SCHEMA_HELP = "Write the JSON Schemas of the report models, or check that they are up to date."


# ---------------------------------------------------------------- eval


@eval_app.command(
    "polnear",
    help="Score attribution extraction against PolNeAR (JSONL). Exit codes: 0 done; " + SETUP_EXITS,
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
    with errors_as_exit(debug):
        if not file.is_file():
            raise UsageError(f"{file} does not exist or is not a file")
        from auditor.evaluation.polnear import evaluate_file, format_result

        started = time.perf_counter()
        with progress_bar(not quiet, "Evaluating") as bar:
            result = evaluate_file(
                file, run_config(models_dir), limit=limit, cache_dir=cache_dir, progress=bar
            )
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
    with errors_as_exit(debug):
        from auditor.nlp import download_models

        where = download_models(target)
        typer.echo(f"Stanza English models are in {where}")
        typer.echo(f"Use them with --models-dir {where} or STANZA_RESOURCES_DIR={where}")


@models_app.command("info", help="Where models are looked for and what was found. Exit 2 when none.")
def models_info(models_dir: ModelsDirOption = None, debug: DebugOption = False) -> None:
    import os

    with errors_as_exit(debug):
        config = run_config(models_dir)
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


def schema(
    directory: Annotated[Path, typer.Option("--dir", help="Where the schema files live.")] = Path("schemas"),
    check_only: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 when a schema file is stale or missing.")
    ] = False,
    debug: DebugOption = False,
) -> None:
    # Registered by cli.py on the main app (a command of its own, not a group), with SCHEMA_HELP.
    with errors_as_exit(debug):
        from auditor import schema as schemas

        if check_only:
            stale = list(schemas.stale_schemas(directory))
            for name in stale:
                err(f"stale or missing: {name} (run `auditor schema --dir {directory}`)")
            if stale:
                raise typer.Exit(EXIT_FAIL)
            typer.echo(f"schemas in {directory} are up to date")
            return
        for path in schemas.write_schemas(directory):
            typer.echo(f"wrote {path}")
