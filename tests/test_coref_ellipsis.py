"""Elliptical sources ("One said …", "Another added …") picked out of a group of people just mentioned."""

from __future__ import annotations

from typing import Any

import pytest
from attribution_helpers import audited_sources
from claim_helpers import attr, build
from tree_helpers import article_from_rows

from auditor.coref import resolve_sources
from auditor.coref_ellipsis import elliptical, group_attribution, resolve_elliptical
from auditor.models import Source


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("One", True),
        ("another", True),
        ("Another one", True),
        ("the other", True),
        ("A third", True),
        ("one of them", True),
        (" One ", True),
        # NEGATIVES: a phrase with its own noun, an indefinite pronoun, a plural
        ("One resident", False),
        ("someone", False),
        ("others", False),
        ("One official familiar with the talks", False),
    ],
)
def test_elliptical(mention: str, expected: bool) -> None:
    assert elliptical(mention) is expected


def _source(text: str, mention: str) -> Source:
    start = text.rindex(mention)
    return Source(
        start=start, end=start + len(mention), mention=mention, name=mention, kind="person", named=False
    )


@pytest.mark.parametrize(
    ("paragraphs", "mention", "expected"),
    [
        (["Two council members spoke. One said it was late."], "One", "members"),
        (["Two council members spoke. The rain fell. It was cold. One said so."], "One", "members"),
        # a quote paragraph picks from the group the paragraph before introduced
        (["Two council members spoke.", "One said it was late."], "One", "members"),
        (["Two council members spoke.", "One said it was late. Another said so."], "Another", "members"),
        # "another" and "a third" may follow one person; "one" needs a group
        (["A resident spoke. Another said it was late."], "Another", "resident"),
        (["A resident spoke. A third said it was late."], "A third", "resident"),
        # NEGATIVES
        (["A resident spoke. One said it was late."], "One", None),  # one of one resident?
        (["Two council members spoke.", "It rained.", "One said so."], "One", None),  # two paragraphs back
        (["Council members spoke. It rained. It was cold. It was late. One said so."], "One", None),
        (["The bridge is late, according to one."], "one", None),  # no people at all
        (["Two council members spoke. One resident said it was late."], "One resident", None),
    ],
)
def test_group_attribution(paragraphs: list[str], mention: str, expected: str | None) -> None:
    p = build(paragraphs)
    found = group_attribution(p, _source(p.article.text, mention))
    assert (found.source.mention if found and found.source else None) == expected
    if found is not None:  # the group's sentence is where its description is read
        assert found.source is not None and found.source.start >= p.sentences[found.sentence].start


def test_resolve_elliptical_names_the_group_or_the_person() -> None:
    p = build(["Two council members spoke. One said it was late. Another said it was early."])
    text = p.article.text
    one = resolve_elliptical(p, _source(text[: text.index(" said it was late")], "One"))
    another = resolve_elliptical(p, _source(text, "Another"))
    assert one is not None and one[0] == "one of the members" and "'One' -> one of 'members'" in one[1]
    assert another is not None and another[0] == "another of the members"
    p3 = build(["Two council members spoke. One of them said it was late."])
    found = resolve_elliptical(p3, _source(p3.article.text, "One of them"))
    assert found is not None and found[0] == "one of the members"  # not "one of them of members"
    p2 = build(["A resident spoke. Another said it was late."])
    assert resolve_elliptical(p2, _source(p2.article.text, "Another")) == (
        "another resident",
        "elliptical 'Another' -> one of 'resident' (sentence 1)",
    )


def test_coreference_gives_the_elliptical_source_its_group_and_keeps_it_unnamed() -> None:
    p = build(["Two council members spoke. One said it was late."])
    one = attr(p, "a1", source="One", cue="said", content="it was late", named=False)
    (resolved,) = resolve_sources(p, (one,))
    assert resolved.source is not None
    assert (resolved.source.mention, resolved.source.name, resolved.source.named) == (
        "One",
        "one of the members",
        False,
    )
    assert resolved.source.resolved_from is not None and resolved.source.resolved_from.startswith(
        "elliptical"
    )


def _sources(annotator: Any, paragraphs: list[str]) -> list[tuple[str, str, str | None]]:
    """(mention, name, anonymity description) of every sourced attribution, through the whole pipeline."""
    text, sources = audited_sources(annotator, paragraphs)
    out = []
    for s in sources:
        described = s.anonymity.description if s.anonymity else None
        out.append((s.mention, s.name, text[described.start : described.end] if described else None))
    return out


@pytest.mark.stanza
def test_elliptical_sources_through_the_pipeline(annotator: Any) -> None:
    found = _sources(
        annotator,
        [
            "Two officials familiar with the talks met the mayor on Monday.",
            "One said the deal was close. Another said it would take weeks.",
            "One resident said the water was brown. Another said it smelled of metal.",
        ],
    )
    assert ("One", "one of two officials familiar with the talks", "familiar with the talks") in found
    assert ("Another", "another of two officials familiar with the talks", "familiar with the talks") in found
    # "resident" says how they know, for the elliptical mention too
    assert ("Another", "another resident", "resident") in found


@pytest.mark.stanza
def test_bare_one_without_a_group_stays_as_written(annotator: Any) -> None:
    found = _sources(annotator, ["The harbour bridge will close in May, according to one."])
    assert [(m, n) for m, n, _ in found] == [("one", "one")]


_ANGRY = [
    ("Angry", "angry", "ADJ", 2, "amod"),
    ("voters", "voter", "NOUN", 3, "nsubj"),
    ("met", "meet", "VERB", 0, "root"),
    (";", ";", "PUNCT", 6, "punct"),
    ("One", "one", "NUM", 6, "nsubj"),
    ("said", "say", "VERB", 3, "parataxis"),
]
_LINDISH = [
    ("We", "we", "PRON", 2, "nsubj"),
    ("met", "meet", "VERB", 0, "root"),
    ("Lindish", "Lindish", "ADJ", 4, "amod"),
    ("voters", "voter", "NOUN", 2, "obj"),
    (";", ";", "PUNCT", 7, "punct"),
    ("One", "one", "NUM", 7, "nsubj"),
    ("said", "say", "VERB", 2, "parataxis"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a capital that comes from the sentence's start goes; "the" comes before a bare plural
        (_ANGRY, "one of the angry voters"),
        # NEGATIVE: a nationality written mid-sentence keeps its capital
        (_LINDISH, "one of the Lindish voters"),
    ],
)
def test_elliptical_name_reads_as_english(rows: list[tuple[str, str, str, int, str]], expected: str) -> None:
    p = article_from_rows(rows)
    at = p.article.text.index("One")
    one = Source(start=at, end=at + 3, mention="One", name="One", kind="person", named=False)
    found = resolve_elliptical(p, one)
    assert found is not None and found[0] == expected
