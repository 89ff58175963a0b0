"""Generate the JSON Schemas of the outputs from the pydantic contract, and tell when files are stale.

The schemas describe what ``auditor audit --json`` writes: serialisation mode, by alias (so
``Escalation.from_`` appears as "from"). ``schemas/*.json`` in the repository is produced by
:func:`write_schemas` (``auditor schema`` / ``make schema``); a test fails when it is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from auditor.models import ArticleAudit, AuditReport, Provenance

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# Repository's schema directory (meaningful in a source checkout; the CLI may pass another one).
DEFAULT_SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

# File name -> model. audit-report is the whole JSON output; the others describe its main parts
# for consumers that only handle one article or only the provenance section.
MODELS: dict[str, type[BaseModel]] = {
    "audit-report.schema.json": AuditReport,
    "article-audit.schema.json": ArticleAudit,
    "provenance.schema.json": Provenance,
}


def schema_document(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``model`` as serialised by the JSON writer."""
    document = model.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": DRAFT, **document}


def schema_documents() -> dict[str, dict[str, Any]]:
    """Every schema file name with its document."""
    return {name: schema_document(model) for name, model in MODELS.items()}


def schema_text(document: dict[str, Any]) -> str:
    """Canonical file text: sorted keys (diff-friendly), indent 2, trailing newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema into ``directory`` (created if missing); returns the paths written."""
    from auditor.report.jsonout import write_text_atomic

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in schema_documents().items():
        path = directory / name
        write_text_atomic(path, schema_text(document))
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[str]:
    """Names of schema files in ``directory`` that are missing, unreadable or differ from the models.

    Compared as parsed JSON, so line endings or indentation changed by an editor or git do not count.
    """
    stale = []
    for name, document in schema_documents().items():
        path = Path(directory) / name
        try:
            on_disk = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stale.append(name)
            continue
        # Round-trip the fresh document through JSON so tuples/lists compare equal.
        if on_disk != json.loads(schema_text(document)):
            stale.append(name)
    return stale
