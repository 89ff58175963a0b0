"""Tests for auditor/anonymity_links.py: which mentions of unnamed sources are one source."""

from __future__ import annotations

import pytest
from findings_helpers import attribution, parse

from auditor.anonymity import annotate_anonymity
from auditor.anonymity_links import same_source
from auditor.anonymity_mention import head_key

# text, source mentions in order (each the first occurrence of the phrase), expected groups as
# the 0-based index of the first mention of each one's source
CASES: list[tuple[str, list[str], list[int]]] = [
    # a definite mention refers back to the same head noun, in either number
    (
        "Sources said the pier was shut. The source added that ferries had stopped.",
        ["Sources", "The source"],
        [0, 0],
    ),
    (
        "A source said the pier was shut. The source added that ferries had stopped.",
        ["A source", "The source"],
        [0, 0],
    ),
    (
        "Officials said the pier was shut. The officials added that ferries had stopped.",
        ["Officials", "The officials"],
        [0, 0],
    ),
    (
        "Experts said the pier was unsafe. The experts added that repairs would take years.",
        ["Experts", "The experts"],
        [0, 0],
    ),
    # another head noun, no description of its own, exactly one earlier unnamed source
    (
        "A source close to the mayor said the pier was shut. The official added that ferries had stopped.",
        ["A source", "The official"],
        [0, 0],
    ),
    # a member picked out of a group by a partitive belongs to the group
    (
        "Two people briefed on the talks said the pier was shut. One of the people said ferries had stopped.",
        ["Two people", "One of the people"],
        [0, 0],
    ),
    # negatives: a partitive with another head noun, or "one of" something that is no count
    (
        "Two people briefed on the talks said the pier was shut. "
        "One of the officials said ferries had stopped.",
        ["Two people", "One of the officials"],
        [0, 1],
    ),
    (
        "Two people briefed on the talks said the pier was shut. "
        "Friends of the people said ferries had stopped.",
        ["Two people", "Friends of the people"],
        [0, 1],
    ),
    # negatives: an indefinite mention is a new source
    (
        "A source said the pier was shut. Another source said that ferries had stopped.",
        ["A source", "Another source"],
        [0, 1],
    ),
    (
        "Sources said the pier was shut. Other sources said that ferries had stopped.",
        ["Sources", "Other sources"],
        [0, 1],
    ),
    # negatives: two earlier candidates, so "the official" is left apart
    (
        "A source said the pier was shut. A diplomat said the talks failed. "
        "The official added that ferries had stopped.",
        ["A source", "A diplomat", "The official"],
        [0, 1, 2],
    ),
    # negative: a singular mention with words of its own after a plural one is one member
    (
        "Officials expect the pier to close, the port's senior official said.",
        ["Officials", "the port's senior official"],
        [0, 1],
    ),
    # negatives: a definite mention with its own description introduces a source
    (
        "A source said the pier was shut. The official at the port said that ferries had stopped.",
        ["A source", "The official"],
        [0, 1],
    ),
    # negatives: a vague collective is no candidate for "the official", nor plural "sources" for it
    (
        "Experts said the pier was unsafe. The official added that ferries had stopped.",
        ["Experts", "The official"],
        [0, 1],
    ),
    (
        "Sources said the pier was shut. The official added that ferries had stopped.",
        ["Sources", "The official"],
        [0, 1],
    ),
    # negatives: "the official" refers to the unattributed "An official" written in between
    (
        "A source said the pier was shut. An official was at the port. "
        "The official added that ferries had stopped.",
        ["A source", "The official"],
        [0, 1],
    ),
]


@pytest.mark.parametrize(("text", "mentions", "groups"), CASES)
def test_same_source(text: str, mentions: list[str], groups: list[int]) -> None:
    parsed = parse(text, verbs={"said": "say", "added": "add"})
    atts = tuple(
        attribution(parsed, f"a{i}", source=m, cue="said" if "said" in text[text.index(m) :] else "added")
        for i, m in enumerate(mentions)
    )
    links = same_source(parsed, annotate_anonymity(parsed, atts))
    assert [links[f"a{i}"] for i in range(len(mentions))] == [f"a{g}" for g in groups]


def test_named_and_pronoun_sources_are_not_linked() -> None:
    text = "Ana Ruiz said the pier was shut. She added that ferries had stopped."
    parsed = parse(text)
    atts = (
        attribution(parsed, "a1", source="Ana Ruiz", cue="said", named=True),
        attribution(parsed, "a2", source="She", cue="added"),
    )
    assert same_source(parsed, annotate_anonymity(parsed, atts)) == {}


def test_later_mentions_keep_what_the_first_said() -> None:
    text = (
        "Sources close to the mayor, who spoke on condition of anonymity because they were not authorized "
        "to speak, said the pier was shut. The source added that ferries had stopped."
    )
    parsed = parse(text)
    atts = annotate_anonymity(
        parsed,
        (
            attribution(parsed, "a1", source="Sources", cue="said", content="the pier was shut"),
            attribution(parsed, "a2", source="The source", cue="added", content="that ferries had stopped"),
        ),
    )
    later = atts[1].source
    assert later is not None and later.anonymity is not None
    assert (
        later.anonymity.description is not None and later.anonymity.description.text == "close to the mayor"
    )
    assert later.anonymity.reason is not None and later.anonymity.reason.text.startswith("because")
    assert not later.anonymity.plural  # its own number


@pytest.mark.parametrize(
    ("head", "key"),
    [
        ("sources", "source"),
        ("Source", "source"),
        ("witnesses", "witness"),
        ("parties", "party"),
        ("officials", "official"),
        ("press", "press"),
        ("status", "status"),
    ],
)
def test_head_key(head: str, key: str) -> None:
    assert head_key(head) == key
