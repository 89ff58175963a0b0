"""Tests for auditor/roster.py: one row per distinct source, merged by name, in order of appearance."""

from __future__ import annotations

import pytest
from findings_helpers import attribution, claims, parse

from auditor.anonymity import annotate_anonymity
from auditor.coref import resolve_sources
from auditor.models import Claim, Source, SourceKind, SourceSummary
from auditor.roster import shared_kinds, source_key, summarize_sources


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


# ---------------------------------------------------------------- one row per anonymous source, after coref

# text, source mentions in text order, expected roster rows as (name, mentions); the first mention's
# phrase names the row, and the row stays anonymous.
ANONYMOUS_ROWS: list[tuple[str, list[str], list[tuple[str, tuple[str, ...]]]]] = [
    (
        "Sources said the pier was shut. The source added that ferries had stopped.",
        ["Sources", "The source"],
        [("Sources", ("Sources", "The source"))],
    ),
    (
        "A source close to the mayor said the pier was shut. The official added that ferries had stopped. "
        "The official said the mayor knew.",
        ["A source close to the mayor", "The official", "The official"],
        [("A source close to the mayor", ("A source close to the mayor", "The official"))],
    ),
    # negatives: two different anonymous sources stay two rows
    (
        "A source in the ministry said the pier was shut. "
        "Another source, a diplomat, said that ferries had stopped.",
        ["A source in the ministry", "Another source, a diplomat"],
        [
            ("A source in the ministry", ("A source in the ministry",)),
            ("Another source", ("Another source",)),
        ],
    ),
    (
        "Experts said the pier was unsafe. Critics said that repairs would take years.",
        ["Experts", "Critics"],
        [("Experts", ("Experts",)), ("Critics", ("Critics",))],
    ),
]


def _roster(text: str, mentions: list[str]) -> tuple[SourceSummary, ...]:
    """The stages from attributions to the roster: coreference, anonymity, claims, roster."""
    parsed = parse(text, verbs={"said": "say", "added": "add"})
    atts, pos = [], 0
    for i, m in enumerate(mentions):
        at = text.index(m, pos)
        pos = at + len(m)
        nth = text[:at].count(m)
        cue = min(("said", "added"), key=lambda c: text.find(c, pos) % (len(text) + 1))  # the next cue
        kind: SourceKind = "group" if m.endswith("s") else "person"
        atts.append(attribution(parsed, f"a{i}", source=m, cue=cue, kind=kind, nth=nth))
    resolved = annotate_anonymity(parsed, resolve_sources(parsed, tuple(atts)))
    return summarize_sources(claims(parsed, resolved))


@pytest.mark.parametrize(("text", "mentions", "rows"), ANONYMOUS_ROWS)
def test_one_row_per_anonymous_source_after_coreference(
    text: str, mentions: list[str], rows: list[tuple[str, tuple[str, ...]]]
) -> None:
    roster = _roster(text, mentions)
    got = [(r.name.split(",")[0], tuple(m.split(",")[0] for m in r.mentions)) for r in roster]
    assert got == rows
    assert all(r.sourcing == "anonymous" for r in roster)
    assert sum(r.claims for r in roster) == len(mentions)


def test_later_mention_named_by_the_first_merges_without_coref() -> None:
    """The roster itself only groups by name: a later mention carrying the first's name joins its row."""
    rows = summarize_sources(
        (
            claim(0, "Sources", named=False, kind="group", start=0),
            claim(1, "The source", "Sources", named=False, start=40),
            claim(2, "another source", named=False, start=80),
        )
    )
    assert [(r.name, r.mentions, r.claims, r.sourcing) for r in rows] == [
        ("Sources", ("Sources", "The source"), 2, "anonymous"),
        ("another source", ("another source",), 1, "anonymous"),
    ]


def _kinds(mentions: list[tuple[str, str, SourceKind]], *, named: bool = True) -> list[SourceKind]:
    """The kinds ``shared_kinds`` gives attributions whose sources are (mention, name, kind)."""
    text = " ".join(f"{m} said it." for m, _, _ in mentions)
    parsed = parse(text)
    found = tuple(
        attribution(
            parsed,
            f"a{k}",
            source=m,
            name=n,
            kind=kind,
            named=named,
            nth=sum(x == m for x, _, _ in mentions[:k]),
        )
        for k, (m, n, kind) in enumerate(mentions)
    )
    return [a.source.kind for a in shared_kinds(found) if a.source is not None]


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # the mini NER took a bare surname for a place; the titled mention says who it is
        (
            [("Okafor", "Okafor", "government"), ("President Ada Okafor", "Ada Okafor", "person")],
            ["person", "person"],
        ),
        # "unknown" never wins; the majority does
        ([("Okafor", "Ada Okafor", "unknown"), ("Ada Okafor", "Ada Okafor", "person")], ["person", "person"]),
        (
            [
                ("Tidewater", "Tidewater", "organization"),
                ("Tidewater", "Tidewater", "organization"),
                ("the Tidewater board", "Tidewater", "group"),
            ],
            ["organization"] * 3,
        ),
        # NEGATIVE: two sources keep their own kinds
        (
            [("Okafor", "Okafor", "person"), ("Tidewater", "Tidewater", "organization")],
            ["person", "organization"],
        ),
    ],
)
def test_the_mentions_of_one_named_source_share_one_kind(
    mentions: list[tuple[str, str, SourceKind]], expected: list[SourceKind]
) -> None:
    assert _kinds(mentions) == expected


def test_unnamed_sources_keep_their_kinds() -> None:
    # "officials" and "an official" are told apart by the anonymity rules, not merged by kind
    assert _kinds(
        [("officials", "officials", "group"), ("officials", "officials", "person")], named=False
    ) == [
        "group",
        "person",
    ]
