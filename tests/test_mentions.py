"""Entities from named sources and proper-noun runs: variants joined, weak NER outvoted."""

from __future__ import annotations

import pytest
from claim_helpers import attr, build

from auditor.mentions import Doc, collect_entities


def entities(p, *atts):  # type: ignore[no-untyped-def]
    return {e.name: e for e in collect_entities(p, atts, Doc(p)).entities}


def test_titled_runs_become_people_with_descriptors() -> None:
    p = build(
        ["South Korea’s Defense Minister Kim Yong-hyun spoke. Kremlin spokesman Dmitry Peskov did too."]
    )
    found = entities(p)
    assert {"Kim Yong-hyun", "Dmitry Peskov"} <= set(found)
    kim = found["Kim Yong-hyun"]
    assert kim.kind == "person" and {"defense", "minister"} <= kim.descriptors and "korea" in kim.places
    assert found["Dmitry Peskov"].gender == "male"


def test_variants_join_the_named_source_entity() -> None:
    p = build(["Ukrainian President Volodymyr Zelensky spoke.", "Zelenskyy’s aides left. Zelensky stayed."])
    a = attr(p, "a1", source="Ukrainian President Volodymyr Zelensky", cue="spoke")
    people = [e for e in entities(p, a).values() if e.kind == "person"]
    assert len(people) == 1
    assert set(people[0].variants) == {"Volodymyr Zelensky", "Zelenskyy", "Zelensky"}


def test_ner_person_outvoted_by_the_rest_of_the_article() -> None:
    p = build(
        ["Ukraine said it would fight.", "Ukraine was attacked.", "Ukraine won."], ner={"Ukraine": "PERSON"}
    )
    assert "Ukraine" in entities(p)  # tagged PERSON every time, and a subject: a person for all we know
    relabelled = [
        s
        if s.index == 0
        else s.model_copy(update={"words": tuple(w.model_copy(update={"ner": "S-LOC"}) for w in s.words)})
        for s in p.sentences
    ]
    q = p.model_copy(update={"sentences": tuple(relabelled)})
    assert "Ukraine" not in entities(q)  # PERSON once, LOC twice: no person


def test_bare_names_without_evidence_make_no_entity() -> None:
    p = build(["Sunday was cold. Moscow was quiet."])
    assert entities(p) == {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the bare name is the surname of the one person the article names in full
        ("The developer, Marcus Hale, 58, was charged. Hale denied it.", True),
        # NEGATIVES: two people share the surname; no given name comes before it; it is not a name
        ("Donald Hale and Ivanka Hale were charged. Hale denied it.", False),
        ("The Hale Trust was charged. Hale denied it.", False),
    ],
)
def test_a_bare_source_name_is_a_person_when_the_article_names_one_in_full(text: str, person: bool) -> None:
    p = build([text])
    a = attr(p, "a1", source="Hale", cue="denied", kind="unknown", after=text.index("Hale denied"))
    found = [e for e in collect_entities(p, (a,), Doc(p)).entities if "Hale" in e.variants]
    assert [e.kind == "person" for e in found] == [person]
