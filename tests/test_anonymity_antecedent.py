"""The earlier mention a definite unnamed source refers back to, with negative cases."""

from __future__ import annotations

import pytest
from findings_helpers import make_source, parse

from auditor.anonymity_antecedent import _indefinite_before, antecedent


@pytest.mark.parametrize(
    ("text", "later", "expected"),
    [
        ("A source said the pier was shut. The source added more.", "The source", "A source"),
        ("Some sources said the pier was shut. The source added more.", "The source", "Some sources"),
        ("An official said the pier was shut. These officials added more.", "These officials", "An official"),
        # negatives: no earlier indefinite mention with that head; an indefinite mention refers to nothing
        ("Sources said the pier was shut. The official added more.", "The official", None),
        ("A source said the pier was shut. Another source added more.", "Another source", None),
    ],
)
def test_antecedent_in_either_number(text: str, later: str, expected: str | None) -> None:
    parsed = parse(text)
    found = antecedent(parsed, make_source(parsed, later))
    assert (text[found.start : found.end] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earlier a senior Western intelligence source", "a senior Western intelligence source"),
        ("Earlier some sources", "some sources"),
        ("Earlier several officials", "several officials"),
        # NEGATIVES: a definite determiner; too many words between; punctuation breaks the phrase
        ("Earlier the source", None),
        ("Earlier a one two three four five source", None),
        ("Earlier a man, source", None),
    ],
)
def test_indefinite_phrase_before_a_head(text: str, expected: str | None) -> None:
    head = text.rindex(" ") + 1
    indefinite = frozenset({"a", "an", "some", "several"})
    start = _indefinite_before(text, 0, head, indefinite)
    assert (text[start:] if start is not None else None) == expected
