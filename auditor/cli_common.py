"""What every ``auditor`` command shares: exit codes, common options, errors as one line, the run config.

Used by ``cli.py`` (audit, trace, check) and ``cli_tools.py`` (eval, models, schema), the only modules
that print. See ``cli.py`` for the meaning of each exit code.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from auditor.config import DEFAULT_MIN_SCORE, AuditConfig
from auditor.errors import AuditorError, InputFileError, ModelLoadError, ModelsNotFoundError, UsageError

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
#: Code printed with internal errors that are not AuditorErrors.
INTERNAL_CODE = "E999"

EXIT_HELP = (
    "Exit codes: 0 done; 1 check failed (score below the pass mark) or nothing could be audited; "
    "2 usage or set-up error (bad option, missing or unreadable file, no models); 3 internal error."
)
SETUP_EXITS = "2 usage or set-up error (bad option, no models, unwritable output); 3 internal error (a bug)."


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
DEFAULTS = AuditConfig()
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
DebugOption = Annotated[
    bool, typer.Option("--debug", help="Stop at the first internal error and show its Python traceback.")
]


def err(message: str) -> None:
    """One line on stderr."""
    typer.echo(message, err=True)


def exit_code(exc: AuditorError) -> int:
    """Usage and set-up errors exit 2; any other AuditorError is a bug (3)."""
    if isinstance(exc, InputFileError | ModelsNotFoundError | ModelLoadError | UsageError):
        return EXIT_USAGE
    return EXIT_INTERNAL


@contextmanager
def errors_as_exit(debug: bool) -> Iterator[None]:
    """Turn errors into one line on stderr and an exit code; ``--debug`` lets the traceback through."""
    try:
        yield
    except typer.Exit:
        raise
    except AuditorError as exc:
        if debug:
            raise
        err(exc.one_line())
        raise typer.Exit(exit_code(exc)) from None
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        if debug:
            raise
        err(
            f"internal error: {type(exc).__name__}: {exc}. This is a bug in auditor; "
            f"rerun with --debug for the traceback and report it. [{INTERNAL_CODE}]".replace("\n", " ")
        )
        raise typer.Exit(EXIT_INTERNAL) from None


def run_config(
    models_dir: Path | None,
    *,
    provenance: bool = True,
    max_bytes: int = DEFAULTS.max_bytes,
    threads: int | None = None,
    min_score: int = DEFAULT_MIN_SCORE,
) -> AuditConfig:
    """The ``AuditConfig`` of one command from its options (unset threads: the config's default)."""
    return AuditConfig(
        models_dir=models_dir,
        provenance=provenance,
        max_bytes=max_bytes,
        threads=threads if threads is not None else DEFAULTS.threads,
        min_score=min_score,
    )
