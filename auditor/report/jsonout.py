"""Write an AuditReport as JSON (and read it back): the machine-readable twin of the workbook.

Field names are the serialisation aliases (``Escalation.from_`` is written "from"), keys keep
the model's declaration order (stable across runs), and text stays readable (no \\u escapes).
``schemas/audit-report.schema.json`` describes the output.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from auditor.models import AuditReport


def report_to_json(report: AuditReport) -> str:
    """The report as indented JSON text, ending with a newline.

    Raises ValueError when a number is NaN or infinite: JSON cannot carry it, and writing the
    non-standard ``NaN`` token would break strict readers; the stage that computed it is at fault.
    """
    data = report.model_dump(mode="json", by_alias=True)
    try:
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except ValueError as exc:
        raise ValueError(
            f"the report holds a NaN or infinite number ({exc}); JSON cannot represent it. "
            "Check the score components and similarities computed by the audit."
        ) from exc


def report_from_json(text: str | bytes) -> AuditReport:
    """Parse JSON written by :func:`report_to_json`; raises pydantic.ValidationError on bad input."""
    return AuditReport.model_validate_json(text)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling of ``path`` to write; on success it replaces ``path``, else it is removed.

    A failed or interrupted run therefore never leaves a half-written output behind, and an older
    complete file at ``path`` survives the failure. The sibling lives in the same directory so the
    final rename is atomic; it is created by the writer with ordinary permissions (umask applies).
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text (LF line ends) to ``path`` atomically."""
    with atomic_path(path) as tmp, open(tmp, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def write_json(report: AuditReport, path: Path) -> None:
    """Write the report as JSON to ``path`` atomically."""
    write_text_atomic(Path(path), report_to_json(report))
