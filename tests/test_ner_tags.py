"""Tests for auditor/ner_tags.py: model labels onto the contract's set, BIOES token tags onto entities."""

from __future__ import annotations

from typing import get_args

import pytest

from auditor import lexicon
from auditor.models import Entity, Word
from auditor.ner_tags import entities_from_tags, ner_label, normalise_label, normalise_tag

ENTITY_LABELS = set(get_args(Entity.model_fields["label"].annotation))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("PER", "PERSON"),  # mini UNER
        ("ORG", "ORG"),
        ("LOC", "LOC"),
        ("PERSON", "PERSON"),  # official OntoNotes
        ("GPE", "GPE"),
        ("NORP", "NORP"),
        ("FAC", "LOC"),
        ("DATE", "OTHER"),
        ("CARDINAL", "OTHER"),
        ("WORK_OF_ART", "OTHER"),
        ("MISC", "OTHER"),
        ("per", "PERSON"),  # case does not matter
        ("", "OTHER"),
    ],
)
def test_normalise_label(raw: str, expected: str) -> None:
    assert normalise_label(raw) == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("B-PER", "B-PERSON"),
        ("E-PER", "E-PERSON"),
        ("S-FAC", "S-LOC"),
        ("I-GPE", "I-GPE"),
        ("S-DATE", "S-OTHER"),
        ("O", "O"),
        ("_", "O"),
        ("", "O"),
        (None, "O"),
    ],
)
def test_normalise_tag(tag: str | None, expected: str) -> None:
    assert normalise_tag(tag) == expected


@pytest.mark.parametrize(("tag", "expected"), [("E-PERSON", "PERSON"), ("S-LOC", "LOC"), ("O", "")])
def test_ner_label_drops_the_position(tag: str, expected: str) -> None:
    w = Word(index=1, text="Ruiz", lemma="Ruiz", upos="PROPN", head=0, deprel="root", start=0, end=4, ner=tag)
    assert ner_label(w) == expected


def test_label_file_maps_only_to_contract_labels() -> None:
    table = lexicon.table("ner_labels.txt")
    assert {"per", "person", "org", "gpe", "norp", "loc", "fac"} <= set(table)
    assert {fields[0] for fields in table.values()} <= ENTITY_LABELS


TEXT = "Ana Ruiz of Acme said it."
# (start, end) of each token of TEXT
TOKENS = [(0, 3), (4, 8), (9, 11), (12, 16), (17, 21), (22, 24), (24, 25)]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "E-PER", "O", "S-ORG", "O", "O", "O"], [("Ana Ruiz", "PERSON"), ("Acme", "ORG")]),
        (["B-PER", "I-PER", "O", "B-ORG", "O", "O", "O"], [("Ana Ruiz", "PERSON"), ("Acme", "ORG")]),  # BIO
        (["S-PER", "S-PER", "O", "O", "O", "O", "O"], [("Ana", "PERSON"), ("Ruiz", "PERSON")]),
        (["I-PER", "E-PER", "O", "O", "O", "O", "O"], [("Ana Ruiz", "PERSON")]),  # broken start
        (["B-PER", "E-GPE", "O", "O", "O", "O", "O"], [("Ana", "PERSON"), ("Ruiz", "GPE")]),  # label change
        (["O"] * 7, []),
    ],
)
def test_entities_from_tags(tags: list[str], expected: list[tuple[str, str]]) -> None:
    spans = [(s, e, tag, 0) for (s, e), tag in zip(TOKENS, tags, strict=True)]
    got = entities_from_tags(TEXT, 3, spans)
    assert [(e.text, e.label) for e in got] == expected
    assert all(TEXT[e.start : e.end] == e.text and e.sentence == 3 for e in got)


def test_possessive_clitic_is_cut_from_the_entity() -> None:
    text = "Acme's chief"
    (entity,) = entities_from_tags(text, 0, [(0, 6, "S-ORG", 2), (7, 12, "O", 0)])
    assert (entity.text, entity.raw_label) == ("Acme", "ORG")
