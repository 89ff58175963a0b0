"""Epithets ("Ruiz opened the bridge. The 52-year-old said …") resolved to the person named just before."""

from __future__ import annotations

from typing import Any

import pytest
from attribution_helpers import audited_sources
from claim_helpers import attr, build

from auditor.coref import resolve_sources
from auditor.coref_epithets import epithet_head


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("The 52-year-old", "52-year-old"),
        ("the billionaire", "billionaire"),
        ("The veteran teacher", "teacher"),
        ("the former harbour police chief", "chief"),
        ("The Vermont senator", "senator"),
        # NEGATIVES: indefinite, bare, too long, described after the head, possessive, a plural, a
        # word for no person, an unnamed source's noun, someone new
        ("a 52-year-old", None),
        ("billionaire", None),
        ("the long-serving former harbour police chief", None),
        ("the mayor of Lindale", None),
        ("the council's treasurer", None),
        ("the senators", None),
        ("the bridge", None),
        ("the spokesman", None),
        ("the source", None),
        ("the other man", None),
        ("the woman", None),
    ],
)
def test_epithet_head(mention: str, expected: str | None) -> None:
    assert epithet_head(mention) == expected


_PEOPLE = {"Ruiz": "PERSON", "Okafor": "PERSON", "Whitlow": "PERSON"}


def _name_of(paragraphs: list[str], mention: str) -> tuple[str, bool]:
    p = build(paragraphs, ner=_PEOPLE, subjects=set(_PEOPLE))
    t = p.article.text
    a = attr(p, "a1", source=mention, cue="said", named=False, after=t.index(mention))
    (out,) = resolve_sources(p, (a,))
    assert out.source is not None
    return out.source.name, out.source.named


@pytest.mark.parametrize(
    ("paragraphs", "mention", "expected"),
    [
        (
            ["Ana Ruiz opened the bridge. The 52-year-old said the toll would fall."],
            "The 52-year-old",
            "Ana Ruiz",
        ),
        # the sentence before may end the previous paragraph
        (
            ["Tom Okafor bought the harbour.", "The billionaire said the ferries would run."],
            "The billionaire",
            "Tom Okafor",
        ),
        # NEGATIVES: two people before; a name earlier in the epithet's own sentence; nobody in the
        # sentence right before; someone new introduced with the same noun
        (
            ["Ana Ruiz met Tom Okafor. The 52-year-old said the toll would fall."],
            "The 52-year-old",
            "The 52-year-old",
        ),
        (
            ["Ana Ruiz opened the bridge. After meeting Okafor, the billionaire said it was fine."],
            "the billionaire",
            "the billionaire",
        ),
        (
            ["Ana Ruiz opened the bridge. It rained all day. The 52-year-old said the toll would fall."],
            "The 52-year-old",
            "The 52-year-old",
        ),
        (
            ["Ana Ruiz was greeted by a teacher at the school. The teacher said the roof leaked."],
            "The teacher",
            "The teacher",
        ),
    ],
)
def test_epithet_resolves_to_the_one_person_named_just_before(
    paragraphs: list[str], mention: str, expected: str
) -> None:
    name, named = _name_of(paragraphs, mention)
    assert name == expected
    assert named is (name != mention)


def test_epithet_reason_says_which_sentence() -> None:
    p = build(["Ana Ruiz opened the bridge. The 52-year-old said the toll would fall."], ner=_PEOPLE)
    t = p.article.text
    a = attr(p, "a1", source="The 52-year-old", cue="said", named=False, after=t.index("The 52"))
    (out,) = resolve_sources(p, (a,))
    assert out.source is not None and out.source.resolved_from == (
        "epithet 'The 52-year-old' -> Ana Ruiz (the one person named in the sentence before, sentence 1)"
    )


def test_a_title_the_person_was_not_given_is_not_theirs() -> None:
    # NEGATIVE: "Senator Dana Whitlow …. The governor said": Whitlow is a senator, not the governor
    name, named = _name_of(
        ["Senator Dana Whitlow toured the dam. The governor said repairs would start soon."], "The governor"
    )
    assert (name, named) == ("The governor", False)


def _names(annotator: Any, paragraphs: list[str]) -> list[tuple[str, str]]:
    """(mention, name) of every sourced attribution, through the whole pipeline."""
    return [(s.mention, s.name) for s in audited_sources(annotator, paragraphs)[1]]


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # an abbreviated title is the full one: "Sen." is a senator
        ("The senator", "Tom Okafor"),
        # NEGATIVES: a place in the role noun the person was never tied to; a title not given
        ("The Florida senator", "The Florida senator"),
        ("The governor", "The governor"),
    ],
)
def test_role_noun_matches_an_abbreviated_title(annotator: Any, mention: str, expected: str) -> None:
    # the paragraph in between keeps the epithet rule out: this is the role noun rule
    found = _names(
        annotator,
        [
            "Sen. Tom Okafor said on Monday that the dam was safe.",
            "Heavy rain fell across the valley all week.",
            f"{mention} said repairs would start in May.",
        ],
    )
    assert (mention, expected) in found


@pytest.mark.stanza
def test_a_name_the_ner_took_for_a_place_anchors_the_chain(annotator: Any) -> None:
    # the mini NER tags "Dana Whitlow" as a location: the source is still a person, the title is
    # stripped, "the senator" (an abbreviated title) and "She" find her
    found = _names(
        annotator,
        [
            "Sen. Dana Whitlow said on Monday that the dam was safe.",
            "Heavy rain fell across the valley all week.",
            "The senator said repairs would start in May.",
            "She added that the cost was unknown.",
        ],
    )
    assert found == [
        ("Sen. Dana Whitlow", "Dana Whitlow"),
        ("The senator", "Dana Whitlow"),
        ("She", "Dana Whitlow"),
    ]
