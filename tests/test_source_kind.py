"""What a source phrase names (``source_kind.classify``), on hand-made parses."""

from __future__ import annotations

import pytest
from tree_helpers import article_from_rows

from auditor.source_kind import classify
from auditor.syntax import Tree


@pytest.mark.parametrize(
    ("word", "named"),
    [
        # the mini tagger calls some surnames pronouns: a capitalised word in no pronoun list is a name
        ("Whitlow", True),
        ("Okafor", True),
        # NEGATIVES: real pronouns, however capitalised
        ("He", False),
        ("They", False),
        ("Everyone", False),
        ("Someone", False),
        ("Others", False),
        ("Many", False),
        ("Both", False),
    ],
)
def test_a_name_the_tagger_called_a_pronoun(word: str, named: bool) -> None:
    parsed = article_from_rows([(word, word.lower(), "PRON", 2, "nsubj"), ("said", "say", "VERB", 0, "root")])
    tree = Tree(parsed.sentences[0])
    subject = tree.word(1)
    assert subject is not None
    _, is_named, why = classify(parsed, tree, [subject])
    assert is_named is named, why
