"""Word-list files (auditor.lexicon): every table the code reads lists each key once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor import lexicon

_AUDITOR = Path(__file__).resolve().parents[1] / "auditor"
_TABLES = sorted(
    {m for f in _AUDITOR.rglob("*.py") for m in re.findall(r'lexicon\.table\("([\w.]+)"\)', f.read_text())}
)


def test_the_code_reads_tables() -> None:
    assert "reporting_verbs.txt" in _TABLES and "source_nouns.txt" in _TABLES


@pytest.mark.parametrize("name", _TABLES)
def test_table_keys_are_unique(name: str) -> None:
    """A key listed twice silently keeps only its last row, so a later edit can undo an earlier one."""
    keys = [line.split("|", 1)[0].strip().lower() for line in lexicon.entries(name)]
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    assert not doubled, f"{name} lists {doubled} more than once"


def test_values_keeps_every_row_of_a_repeated_key_in_order() -> None:
    """``values`` reads files that list one key on many rows, which ``table`` would collapse to one."""
    share = lexicon.values("anonymity_descriptors.txt", "share")
    assert share[:2] == ("percent", "per cent") and len(share) > 2
    assert lexicon.table("anonymity_descriptors.txt")["share"] == (share[-1],)
    assert lexicon.values("anonymity_descriptors.txt", "no such kind") == ()
