"""Tests for auditor/anonymity_mention.py: definite mentions and the indefinite mention they refer to."""

from __future__ import annotations

import pytest
from findings_helpers import make_source, parse

from auditor.anonymity_mention import antecedent, is_definite


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


def test_is_definite() -> None:
    parsed = parse("The source and this official met a source.")
    text = parsed.article.text
    assert is_definite(text, make_source(parsed, "The source"))
    assert is_definite(text, make_source(parsed, "this official"))
    assert not is_definite(text, make_source(parsed, "a source"))
