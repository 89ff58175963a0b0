"""One ``AuditConfig`` passed down the pipeline: where the models are and the run's limits."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

#: Default pass mark for ``auditor check`` (documented in the README).
DEFAULT_MIN_SCORE = 60


class AuditConfig(BaseModel):
    """Run settings. Immutable: build a new one to change a setting."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    models_dir: Path | None = Field(
        default=None,
        description="Stanza resources directory. None: $STANZA_RESOURCES_DIR, else Stanza's default.",
    )
    max_bytes: int = Field(default=5_000_000, description="Inputs larger than this are refused as too large.")
    batch_size: int = Field(default=16, description="Articles annotated per Stanza call.")
    # One thread by default: measured on the 2-core machines here, torch's default (all cores) was 3x
    # slower with one other busy process, and up to 7x slower under heavy load (threads spin-wait).
    threads: int | None = Field(
        default=1,
        description="CPU threads for Stanza/torch; None: torch's default (all cores).",
    )
    min_score: int = Field(default=DEFAULT_MIN_SCORE, ge=0, le=100)
    provenance: bool = Field(default=True, description="Run provenance when several articles are audited.")

    def resolved_models_dir(self) -> Path | None:
        """``models_dir``, else ``$STANZA_RESOURCES_DIR``, else None (Stanza's own default)."""
        if self.models_dir is not None:
            return self.models_dir
        env = os.environ.get("STANZA_RESOURCES_DIR")
        return Path(env) if env else None
