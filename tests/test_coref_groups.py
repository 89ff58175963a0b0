"""Group descriptions ("the two countries", "both leaders") resolved to the names joined by "and"."""

from __future__ import annotations

import pytest
from claim_helpers import attr, build

from auditor.coref import resolve_sources
from auditor.coref_groups import group_phrase, resolve_group
from auditor.mentions import Doc
from auditor.models import Attribution, ParsedArticle

_ORGS = {"Norcrest": "ORG", "Vesta": "ORG", "Calder": "ORG", "Parliament": "ORG", "Treasury": "ORG"}
_PLACES = {"Russia": "GPE", "Korea": "GPE", "Moscow": "GPE", "Pyongyang": "GPE", "Ukraine": "GPE"}
_ADJ = ("Western",)  # "North" a proper noun, as the parser tags "North Korea"
_PEOPLE = {"Putin": "PERSON", "Kim": "PERSON", "Biden": "PERSON", "Xi": "PERSON"}


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the two countries", ("place", 2)),
        ("both countries", ("place", 2)),
        ("Both nations", ("place", 2)),
        ("the autocratic nations", ("place", None)),
        ("the leaders", ("person", None)),
        ("all three candidates", ("person", 3)),
        ("both sides", ("any", 2)),
        # negatives: no determiner, goes on after the noun, a singular, a person noun that is no group
        ("countries", None),
        ("Western countries", None),
        ("the leaders of the protest", None),
        ("the country", None),
        ("the officials", None),
        ("the two three countries", None),
        # NEGATIVES: a name or a preposition before the noun describes the group by something else
        ("the Labour candidates", None),
        ("All of the Labour candidates", None),
        ("the candidates for both seats", None),
    ],
)
def test_group_phrase(mention: str, expected: tuple[str, int | None] | None) -> None:
    assert group_phrase(mention) == expected


def _resolve(paragraphs: list[str], mention: str, ner: dict[str, str]) -> str | None:
    p = build(paragraphs, ner=ner, adj=_ADJ)
    start = p.article.text.rindex(mention)
    found = resolve_group(p, Doc(p), mention, start)
    return found.name if found else None


@pytest.mark.parametrize(
    ("paragraphs", "mention", "expected"),
    [
        (
            ["Russia and North Korea signed a pact.", "The two countries said it was defensive."],
            "The two countries",
            "Russia and North Korea",
        ),
        (
            ["Moscow and Pyongyang have denied it.", "But both countries have signaled more cooperation."],
            "both countries",
            "Moscow and Pyongyang",
        ),
        # a list with commas, and a count that skips the nearer pair
        (
            [
                "The United States, South Korea and Ukraine accused Pyongyang.",
                "Russia and North Korea deny it.",
                "The three countries said the evidence is clear.",
            ],
            "The three countries",
            "United States, South Korea and Ukraine",
        ),
        # people for "leaders": the pair of places is skipped
        (
            [
                "Putin and Kim met in June.",
                "Russia and North Korea signed a pact.",
                "The leaders said it was historic.",
            ],
            "The leaders",
            "Putin and Kim",
        ),
        # negatives: no names joined by "and"; the wrong count; people for "countries"; months
        (
            ["Russia signed a pact with North Korea.", "The two countries said it was defensive."],
            "The two countries",
            None,
        ),
        (
            ["Russia and North Korea signed a pact.", "The three countries said it was defensive."],
            "The three countries",
            None,
        ),
        (
            ["Putin and Kim met in June.", "The two countries said it was historic."],
            "The two countries",
            None,
        ),
        (
            ["Talks ran through January and February.", "The two sides said they were useful."],
            "The two sides",
            None,
        ),
        (["Russia and Ukraine fought.", "The countries said so."], "The countries", "Russia and Ukraine"),
        # NEGATIVE: ", and" after a single name joins clauses, not names; a list of three may use it
        (
            ["Norcrest got approval from Parliament, and Treasury agreed.", "The companies said so."],
            "The companies",
            None,
        ),
        (
            ["Norcrest, Vesta, and Calder agreed.", "The companies said so."],
            "The companies",
            "Norcrest, Vesta, and Calder",
        ),
    ],
)
def test_resolve_group(paragraphs: list[str], mention: str, expected: str | None) -> None:
    assert _resolve(paragraphs, mention, {**_PLACES, **_PEOPLE, **_ORGS}) == expected


def test_names_after_the_phrase_or_out_of_reach_do_not_count() -> None:
    late = ["The two countries said it was defensive, after Russia and North Korea signed."]
    assert _resolve(late, "The two countries", _PLACES) is None
    far = ["Russia and North Korea signed a pact."] + [f"Filler sentence number {n}." for n in range(8)]
    assert _resolve([*far, "The two countries said it was defensive."], "The two countries", _PLACES) is None
    near = ["Russia and North Korea signed a pact. The weather was fine. The two countries said so."]
    assert _resolve(near, "The two countries", _PLACES) == "Russia and North Korea"


def _two_countries(first: str, second: str = "The two countries said it was defensive.") -> ParsedArticle:
    return build([first, second], ner=_PLACES, adj=_ADJ)


def _said(p: ParsedArticle, aid: str, source: str, cue: str) -> Attribution:
    """The attribution of the unnamed ``source`` with ``cue``, as the sources stage hands it on."""
    t = p.article.text
    return attr(p, aid, source=source, cue=cue, named=False, kind="unknown", after=t.index(source))


def test_resolved_group_is_a_named_source_with_its_reason() -> None:
    p = _two_countries("Russia and North Korea signed a pact.")
    (out,) = resolve_sources(p, (_said(p, "a1", "The two countries", "said"),))
    src = out.source
    assert src is not None
    assert (src.name, src.named, src.kind, src.mention) == (
        "Russia and North Korea",
        True,
        "government",
        "The two countries",
    )
    assert src.resolved_from == (
        "group 'The two countries' -> Russia and North Korea (the latest names joined by 'and' that fit it, "
        "in sentence 1)"
    )


def test_unresolved_group_stays_unnamed() -> None:
    p = _two_countries("Russia signed a pact with North Korea.")
    (out,) = resolve_sources(p, (_said(p, "a1", "The two countries", "said"),))
    assert out.source is not None and out.source.named is False and out.source.name == "The two countries"


def test_they_after_a_resolved_group_takes_its_names() -> None:
    p = _two_countries(
        "Russia and North Korea signed a pact.", "The two countries said it was defensive. They added more."
    )
    group, they = _said(p, "a1", "The two countries", "said"), _said(p, "a2", "They", "added")
    out = {a.id: a for a in resolve_sources(p, (group, they))}
    src = out["a2"].source
    assert src is not None and (src.name, src.named) == ("Russia and North Korea", True)
