"""Loads the word lists in ``auditor/data/`` (reporting verbs, anonymity phrases, hedges, patterns).

Lists are plain text: one entry per line, ``#`` starts a comment, blank lines ignored. An entry may
carry tab- or ``|``-separated fields (e.g. a verb and its strength); callers choose which loader fits.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources


def _lines(name: str) -> tuple[str, ...]:
    text = resources.files("auditor.data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """A list file as a set of lower-cased entries (first field only)."""
    return frozenset(line.split("|", 1)[0].strip().lower() for line in _lines(name))


@cache
def entries(name: str) -> tuple[str, ...]:
    """A list file's entries in order, case kept (for regular expressions and phrases)."""
    return _lines(name)


@cache
def values(name: str, key: str) -> tuple[str, ...]:
    """The second field of every ``key | value`` row whose key is ``key``, in order, case kept: for files
    that list one key on many rows (``anonymity_descriptors.txt``), which ``table`` would collapse."""
    rows = (line.split("|", 1) for line in _lines(name))
    return tuple(value.strip() for k, value in rows if k.strip() == key)


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A list file of ``key | field | field`` rows as a dict from lower-cased key to the other fields."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        key, *rest = (part.strip() for part in line.split("|"))
        out[key.lower()] = tuple(rest)
    return out


@cache
def digest(names: tuple[str, ...]) -> str:
    """A short digest of the named list files as written (comments included): a key that changes
    when any of them is edited, for caches of results computed from them."""
    h = hashlib.sha256()
    for name in names:
        h.update(name.encode("utf-8") + b"\0")
        h.update(resources.files("auditor.data").joinpath(name).read_bytes())
    return h.hexdigest()[:10]
