"""Name tests for source phrases (auditor.source_names), on single words, with negatives."""

from __future__ import annotations

import pytest
from word_helpers import one_word

from auditor.models import Word
from auditor.source_names import appositive_name, name_like, titled_name


@pytest.mark.parametrize(
    ("text", "upos", "expected"),
    [
        ("Hicks", "NOUN", True),  # a surname the tagger took for a noun
        ("Hope", "VERB", True),
        ("Kerry", "PROPN", True),
        # NEGATIVES: function and time words, lower case, digits
        ("In", "ADP", False),
        ("Tuesday", "PROPN", False),
        ("Earlier", "ADV", False),
        ("hicks", "NOUN", False),
        ("G7", "PROPN", False),
    ],
)
def test_name_like(text: str, upos: str, expected: bool) -> None:
    assert name_like(one_word(text, upos)) is expected


def _words(spec: str) -> list[Word]:
    """ "Word/UPOS Word/UPOS ..." as words at their offsets in the joined text."""
    out: list[Word] = []
    pos = 0
    for k, item in enumerate(spec.split(), start=1):
        text, upos = item.rsplit("/", 1)
        out.append(one_word(text, upos, start=pos).model_copy(update={"index": k}))
        pos += len(text) + 1
    return out


@pytest.mark.parametrize(
    ("spec", "appositive", "titled"),
    [
        ("A/DET lawyer/NOUN ,/PUNCT David/PROPN Schulz/PROPN", True, False),
        ("David/PROPN Kamin/PROPN ,/PUNCT an/DET adviser/NOUN", True, False),
        ("Secretary/PROPN of/ADP State/PROPN John/PROPN Kerry/PROPN", False, True),
        # NEGATIVES: a place after a preposition, a name after "close to"
        ("A/DET source/NOUN in/ADP Moscow/PROPN", False, False),
        ("A/DET source/NOUN close/ADJ to/ADP John/PROPN Kerry/PROPN", False, False),
    ],
)
def test_names_in_titled_phrases(spec: str, appositive: bool, titled: bool) -> None:
    words = _words(spec)
    assert appositive_name(words, -1) is appositive
    assert titled_name(words, -1) is titled
