"""Stage 1: reads input files (text, Markdown, HTML, JSON/JSONL records, stdin) into ``Article``s.

A bad input never stops the batch: ``read_inputs`` turns it into an ``InputError`` whose message
names the reason and the fix. Text is kept exactly as decoded (only a byte-order mark is dropped)
so that every offset points into what the user gave us; page structure comes from ``auditor.page``.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from auditor import dates
from auditor.config import AuditConfig
from auditor.errors import (
    BadRecordError,
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    InputFileError,
    MissingInputError,
    NotEnglishError,
    TooLargeInputError,
)
from auditor.language import not_english
from auditor.models import Article, InputError, InputFormat
from auditor.page import analyse_page

SUFFIXES = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "json",
}
MAX_CONTROL_SHARE = 0.05  # share of control characters above which decoded bytes are called binary
_RECORD_FIELDS = ("text", "id", "title", "url", "outlet", "published", "byline")


def article_from_text(
    text: str,
    *,
    id: str,
    path: str | None = None,
    input_format: InputFormat = "text",
    encoding: str = "utf-8",
    meta: dict[str, Any] | None = None,
) -> Article:
    """Build an ``Article`` from decoded text; ``meta`` may give title, byline, published, outlet, url."""
    meta = {k: v for k, v in (meta or {}).items() if isinstance(v, str) and v.strip()}
    page = analyse_page(text, markdown=input_format == "markdown", title_hint=meta.get("title"))
    meta_title = meta.get("title", "").strip() or None
    meta_byline = (meta.get("byline") or meta.get("author") or "").strip() or None
    meta_date = meta.get("published") or meta.get("date")
    published = (dates.normalise_date(meta_date) if meta_date else None) or page.published
    return Article(
        id=id,
        path=path,
        text=text,
        input_format=input_format,
        encoding=encoding,
        title=page.title,
        title_text=meta_title
        if meta_title and (page.title is None or page.title.text != meta_title)
        else None,
        byline=page.byline,
        byline_text=meta_byline
        if meta_byline and (page.byline is None or page.byline.text != meta_byline)
        else None,
        published=published,
        published_span=page.published_span,
        outlet=(meta.get("outlet") or meta.get("sitename") or "").strip() or page.outlet,
        url=(meta.get("url") or "").strip() or None,
        credits=page.credits,
        segments=page.segments,
    )


# ---------------------------------------------------------------- decoding and checks


def decode_bytes(data: bytes, where: str) -> tuple[str, str]:
    """Decode as UTF-8 (BOM dropped), else cp1252, else latin-1; refuse binary. Returns (text, encoding)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeInputError(
                f"has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason}); re-save it as UTF-8",
                path=where,
            ) from exc
    if b"\x00" in data:
        raise BinaryInputError(
            "is a binary file (it contains NUL bytes), not text; give a .txt, .md, .html or .json export",
            path=where,
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        check_not_binary(text, where)
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    text = data.decode("latin-1")  # every byte is a latin-1 character: this cannot fail
    check_not_binary(text, where)
    return text, "latin-1"


def check_not_binary(text: str, where: str) -> None:
    sample = text[:20_000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    # A stray control character or two is damage, not binary: judge only clear cases.
    if controls >= 3 and controls / len(sample) > MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"looks binary ({controls} control characters in {len(sample)}); give a text, HTML or JSON file",
            path=where,
        )


def check_text(text: str, where: str) -> None:
    """Refuse text that is empty or not English (see ``auditor.language``)."""
    if not text.strip():
        raise EmptyInputError(
            "is empty (or only whitespace): nothing to audit; check the file was saved completely", path=where
        )
    verdict = not_english(text)
    if verdict is not None:
        raise NotEnglishError(
            f"does not look like English ({verdict.reason}); auditor reads English news only: "
            "translate it or leave it out",
            path=where,
        )


def check_size(size: int, where: str, config: AuditConfig) -> None:
    if size > config.max_bytes:
        raise TooLargeInputError(
            f"is {size:,} bytes, over the limit of {config.max_bytes:,} bytes; split it, or raise the limit "
            "with --max-bytes N (AuditConfig.max_bytes in the library)",
            path=where,
        )


# ---------------------------------------------------------------- formats


def _html_article(raw: str, *, id: str, path: str, encoding: str) -> Article:
    import trafilatura  # imported late: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = found.get("text") or ""
    if not text.strip():
        text = trafilatura.html2txt(raw) or ""
    check_text(text, path)
    meta = {
        "title": found.get("title"),
        "byline": found.get("author"),
        "published": found.get("date"),
        "outlet": found.get("sitename"),
        "url": found.get("url"),
    }
    return article_from_text(text, id=id, path=path, input_format="html", encoding=encoding, meta=meta)


def _records(raw: str, where: str, jsonl: bool) -> Iterator[tuple[int, Any]]:
    """(1-based record number, parsed value) for each record; a broken JSONL line yields its error."""
    if not jsonl:
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise BadRecordError(
                f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); fix the JSON or "
                "save one record per line as .jsonl",
                path=where,
            ) from exc
        items = value if isinstance(value, list) else [value]
        yield from enumerate(items, 1)
        return
    number = 0
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        number += 1
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield (
                number,
                BadRecordError(
                    f"line {lineno} is not valid JSON ({exc.msg}); fix or remove that line", path=where
                ),
            )


def _record_article(number: int, value: Any, *, stem: str, where: str, encoding: str) -> Article:
    if isinstance(value, BadRecordError):
        raise value
    if not isinstance(value, dict):
        raise BadRecordError(
            f"record {number} is a {type(value).__name__}, not an object; each record must be "
            '{"text": ..., "id": ...}',
            path=where,
        )
    rid = value.get("id")
    label = f"record {number}" + (f" (id {rid!r})" if rid is not None else "")
    text = value.get("text")
    if not isinstance(text, str):
        problem = "has no" if text is None else "has a non-string"
        raise BadRecordError(
            f'{label} {problem} "text" field; give every record the article text as a string', path=where
        )
    try:
        text.encode("utf-8")  # JSON escapes can smuggle in lone surrogates that no writer accepts
    except UnicodeEncodeError as exc:
        raise DecodeInputError(
            f"{label} has an invalid character in its text ({exc.reason}, at {exc.start}); "
            "fix the \\u escapes in that record",
            path=where,
        ) from exc
    try:
        check_text(text, where)
    except InputFileError as exc:
        raise type(exc)(f"{label} {exc.message}", path=where) from exc
    meta = {k: value[k] for k in _RECORD_FIELDS[2:] if isinstance(value.get(k), str)}
    art_id = str(rid) if rid not in (None, "") else f"{stem}:{number}"
    return article_from_text(text, id=art_id, path=where, input_format="json", encoding=encoding, meta=meta)


def _articles_from_bytes(
    data: bytes, *, where: str, stem: str, kind: str, config: AuditConfig
) -> tuple[list[Article], list[InputFileError]]:
    """Articles in one input's bytes, and the errors of the records that could not be read."""
    check_size(len(data), where, config)
    if not data.strip():
        raise EmptyInputError(
            "is empty (or only whitespace): nothing to audit; check the file was saved completely", path=where
        )
    text, encoding = decode_bytes(data, where)
    if kind == "html":
        return [_html_article(text, id=stem, path=where, encoding=encoding)], []
    if kind == "json":
        articles: list[Article] = []
        errors: list[InputFileError] = []
        for number, value in _records(text, where, jsonl=_is_jsonl(text, where)):
            try:
                articles.append(_record_article(number, value, stem=stem, where=where, encoding=encoding))
            except InputFileError as exc:
                errors.append(exc)
        return articles, errors
    check_text(text, where)
    fmt: InputFormat = "stdin" if where == "-" else ("markdown" if kind == "markdown" else "text")
    return [article_from_text(text, id=stem, path=where, input_format=fmt, encoding=encoding)], []


def _is_jsonl(text: str, where: str) -> bool:
    """.jsonl files are JSON Lines; stdin is JSON Lines unless it parses as one JSON document."""
    if where != "-":
        return where.lower().endswith(".jsonl")
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return True
    return False


def _sniff(data: bytes) -> str:
    """The format of stdin input: JSON if it (or its first line) parses as JSON; HTML if it starts "<"."""
    body = data.lstrip()
    if body[:1] in (b"{", b"["):
        for candidate in (body, body.split(b"\n", 1)[0]):
            try:
                json.loads(candidate)
            except ValueError:  # JSONDecodeError and UnicodeDecodeError alike
                continue
            return "json"
    return "html" if body[:1] == b"<" else "text"


def _read(path: str, config: AuditConfig) -> tuple[list[Article], list[InputFileError]]:
    if path == "-":
        data = sys.stdin.buffer.read(config.max_bytes + 1)
        return _articles_from_bytes(data, where="-", stem="stdin", kind=_sniff(data), config=config)
    p = Path(path)
    if not p.exists():
        raise MissingInputError("does not exist; check the path (folders are read recursively)", path=path)
    if p.is_dir():
        raise MissingInputError(
            "is a folder without .txt, .md, .html, .htm, .json or .jsonl files; check the path", path=path
        )
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        raise InputFileError(
            f"has an unsupported type {p.suffix or '(no suffix)'!r}; "
            "give .txt, .md, .html, .htm, .json or .jsonl",
            path=path,
        )
    check_size(p.stat().st_size, path, config)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise MissingInputError(f"cannot be read ({exc.strerror}); check its permissions", path=path) from exc
    return _articles_from_bytes(data, where=path, stem=p.stem, kind=kind, config=config)


def read_file(path: str | Path, config: AuditConfig | None = None) -> list[Article]:
    """The articles in one file ("-": stdin). Raises the ``InputFileError`` subclasses; for record
    files the first bad record raises (``read_inputs`` keeps the good records instead)."""
    articles, errors = _read(str(path), config or AuditConfig())
    if errors:
        raise errors[0]
    return articles


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Files named, plus the supported files under each folder (recursive, sorted); "-" kept as is."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = [str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES]
            # An empty folder stays in the list so that read_inputs can say so instead of doing nothing.
            out.extend(found or [path])
        else:
            out.append(path)
    return out


def _error(exc: InputFileError, path: str) -> InputError:
    return InputError(file=exc.path or path, code=exc.code, message=exc.message)


def read_inputs(paths: Sequence[str], config: AuditConfig) -> tuple[list[Article], list[InputError]]:
    """Read every input; bad files and records become ``InputError``s and the rest go on.

    Article ids repeated across inputs (two folders with ``a.txt``) get a ``~2``, ``~3`` suffix so
    that every id in a run is unique."""
    articles: list[Article] = []
    errors: list[InputError] = []
    seen: dict[str, int] = {}
    for path in expand_paths(paths):
        try:
            found, bad = _read(path, config)
        except InputFileError as exc:
            errors.append(_error(exc, path))
            continue
        except (OSError, ValueError) as exc:  # anything else unreadable still must not stop the batch
            errors.append(
                InputError(file=path, code=InputFileError.code, message=f"{path}: cannot be read: {exc}")
            )
            continue
        errors.extend(_error(e, path) for e in bad)
        for art in found:
            seen[art.id] = seen.get(art.id, 0) + 1
            articles.append(
                art if seen[art.id] == 1 else art.model_copy(update={"id": f"{art.id}~{seen[art.id]}"})
            )
    return articles, errors
