"""Tests for auditor/roster.py: one row per distinct source, merged by name, in order of appearance."""

from __future__ import annotations

import pytest

from auditor.models import Claim, Source, SourceKind
from auditor.roster import source_key, summarize_sources


def claim(
    i: int,
    mention: str | None,
    name: str | None = None,
    *,
    named: bool = True,
    kind: SourceKind = "person",
    start: int | None = None,
) -> Claim:
    source = None
    if mention is not None:
        s = start if start is not None else i * 10
        source = Source(
            start=s, end=s + len(mention), mention=mention, name=name or mention, kind=kind, named=named
        )
    return Claim(
        id=f"c{i}",
        sentence="s",
        start=i * 10,
        end=i * 10 + 9,
        sentence_index=i,
        paragraph=0,
        sourcing="unattributed" if source is None else ("named" if named else "anonymous"),
        source=source,
        cue=None,
        content=None,
        reason="test",
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Zelensky", "Zelenskyy", True),
        ("Zelensky", "zelensky's", True),
        ("Zelenskyy’s", "ZELENSKY", True),
        ("Dmitry Peskov", "Dmitry  Peskov", True),
        ("officials’", "officials", True),
        ("Peskov", "Putin", False),
        ("Kim Jong Un", "Kim Yong-hyun", False),
        ("a source", "sources", False),
    ],
)
def test_source_key(a: str, b: str, same: bool) -> None:
    assert (source_key(a) == source_key(b)) is same


def test_rows_merge_by_name_in_order_of_appearance() -> None:
    claims = (
        claim(0, None),
        claim(1, "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky"),
        claim(2, "the Kremlin", "the Kremlin", kind="government"),
        claim(3, "he", "Volodymyr Zelensky"),
        claim(4, "A source", "a source within Ukrainian intelligence", named=False, kind="unknown"),
        claim(5, "Zelenskyy", "Volodymyr Zelenskyy"),
        claim(6, "this source", "a source within Ukrainian intelligence", named=False, kind="person"),
    )
    rows = summarize_sources(claims)
    assert [r.name for r in rows] == [
        "Volodymyr Zelensky",
        "the Kremlin",
        "a source within Ukrainian intelligence",
    ]
    zel, kremlin, anon = rows
    assert zel.mentions == ("Ukrainian President Volodymyr Zelensky", "he", "Zelenskyy")
    assert (zel.claims, zel.first_start, zel.sourcing, zel.kind) == (3, 10, "named", "person")
    assert (kremlin.kind, kremlin.claims) == ("government", 1)
    assert (anon.sourcing, anon.kind, anon.claims, anon.mentions) == (
        "anonymous",
        "person",
        2,
        ("A source", "this source"),
    )


def test_sorted_by_first_appearance_not_claim_order() -> None:
    claims = (claim(0, "Peskov", start=50), claim(1, "Kim", start=5))
    assert [r.name for r in summarize_sources(claims)] == ["Kim", "Peskov"]


def test_surname_joins_the_single_full_name() -> None:
    claims = (
        claim(0, "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", start=0),
        claim(1, "Peskov", start=40),
        claim(2, "Joe Biden", start=60),
        claim(3, "Hunter Biden", start=80),
        claim(4, "Biden", start=100),  # two full names end with it: ambiguous, stays apart
        claim(5, "source", named=False, start=120),
        claim(6, "Jong Un", start=140),
        claim(7, "Kim Jong Un", start=160),  # "Jong Un" is two words: no surname merge
    )
    rows = summarize_sources(claims)
    names = [r.name for r in rows]
    assert names == [
        "Dmitry Peskov",
        "Joe Biden",
        "Hunter Biden",
        "Biden",
        "source",
        "Jong Un",
        "Kim Jong Un",
    ]
    assert rows[0].mentions == ("Kremlin spokesman Dmitry Peskov", "Peskov") and rows[0].claims == 2


def test_no_sources() -> None:
    assert summarize_sources(()) == ()
    assert summarize_sources((claim(0, None), claim(1, None))) == ()
