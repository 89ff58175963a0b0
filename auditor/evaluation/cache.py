"""A disk cache of parses, so repeated evaluation runs only the attribution stages.

Entries are keyed by a hash of the article text, its segmentation and the model description, and
live outside the repository (default ``~/.cache/auditor/parses``): parses of research-only corpora
must never be committed.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from auditor.models import Article, ParsedArticle


def default_cache_dir() -> Path:
    """``$AUDITOR_CACHE_DIR`` or ``~/.cache/auditor/parses``."""
    env = os.environ.get("AUDITOR_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "auditor" / "parses"


def cache_key(article: Article, model: str) -> str:
    """A key that changes whenever the text, the segmentation or the models change."""
    digest = hashlib.sha256()
    digest.update(article.text.encode("utf-8"))
    for seg in article.parsed_segments:
        digest.update(f"|{seg.kind}:{seg.start}:{seg.end}".encode())
    digest.update(model.encode("utf-8"))
    return digest.hexdigest()


class ParseCache:
    """Reads and writes ParsedArticle JSON files named by ``cache_key``."""

    def __init__(self, directory: Path, model: str) -> None:
        self.directory = directory
        self.model = model

    def _path(self, article: Article) -> Path:
        return self.directory / f"{cache_key(article, self.model)}.json"

    def get(self, article: Article) -> ParsedArticle | None:
        path = self._path(article)
        if not path.exists():
            return None
        try:
            parsed = ParsedArticle.model_validate_json(path.read_text(encoding="utf-8"))
        except ValueError:
            return None  # a stale or truncated entry is re-parsed, not trusted
        # The id is not part of the key: the same text under another id reuses the parse.
        return parsed.model_copy(update={"article": article})

    def put(self, parsed: ParsedArticle) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._path(parsed.article)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(parsed.model_dump_json(), encoding="utf-8")
        tmp.replace(path)
