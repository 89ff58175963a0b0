"""Shared fixtures: where the Stanza models are, one Annotator per session, CoNLL-U test parses.

Tests that need Stanza take ``stanza_models`` or ``annotator``; both skip with a clear reason when
no English models are found. Stage tests take ``conllu_article`` and call it with a fixture name:
``conllu_article("told_reporters")`` loads ``tests/fixtures/told_reporters.conllu`` (see
``tests/fixtures/README.md`` for the format).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.config import AuditConfig
from auditor.errors import AuditorError, ModelsNotFoundError
from auditor.models import ParsedArticle
from auditor.nlp import Annotator, article_from_conllu, find_models_dir, parsed_from_conllu

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
NO_MODELS = "no Stanza English models found: set STANZA_RESOURCES_DIR or run `auditor models download`"


def _candidate_dirs() -> list[Path | None]:
    """$STANZA_RESOURCES_DIR, then the shared mini models next to the repo, then Stanza's default (None)."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    out: list[Path | None] = [Path(env)] if env else []
    out.append(REPO.parent / "shared" / "stanza-en-mini")
    out.append(None)
    return out


def locate_models() -> Path | None:
    """The first candidate directory that holds English models, or None."""
    for candidate in _candidate_dirs():
        if candidate is None:
            saved = os.environ.pop("STANZA_RESOURCES_DIR", None)
            try:
                return find_models_dir(AuditConfig())
            except ModelsNotFoundError:
                return None
            finally:
                if saved is not None:
                    os.environ["STANZA_RESOURCES_DIR"] = saved
        try:
            return find_models_dir(AuditConfig(models_dir=candidate))
        except ModelsNotFoundError:
            continue
    return None


@pytest.fixture(scope="session")
def stanza_models() -> Path:
    """The Stanza resources directory; skips the test when there is none."""
    found = locate_models()
    if found is None:
        pytest.skip(NO_MODELS)
    return found


@pytest.fixture(scope="session")
def annotator(stanza_models: Path) -> Annotator:
    """One Annotator (pipeline loaded once) shared by the whole session."""
    try:
        # one torch thread: the test machine is shared, and spinning threads slow everyone down
        return Annotator(AuditConfig(models_dir=stanza_models), threads=1)
    except AuditorError as exc:
        pytest.skip(f"{NO_MODELS} ({exc.one_line()})")


def load_conllu_article(name: str) -> ParsedArticle:
    """Parse ``tests/fixtures/<name>.conllu`` into a ParsedArticle with article id ``name``."""
    conllu = (FIXTURES / f"{name}.conllu").read_text(encoding="utf-8")
    return parsed_from_conllu(conllu, article_from_conllu(conllu, name))


@pytest.fixture(scope="session")
def conllu_article() -> Callable[[str], ParsedArticle]:
    """``conllu_article(name)`` -> the ParsedArticle of ``tests/fixtures/<name>.conllu``."""
    return load_conllu_article
