"""What a word names for a cue: holders of a view, documents, surfaces, with negative cases."""

from __future__ import annotations

import pytest
from word_helpers import one_word

from auditor.cue_words import documentary, holder_noun, names_document, person_like, text_surface


@pytest.mark.parametrize(
    ("text", "upos", "ner", "expected"),
    [
        ("Whitlow", "NOUN", "S-PERSON", True),  # a name the tagger called a common noun; NER says a person
        ("Pentagon", "NOUN", "S-ORG", True),
        ("officials", "NOUN", "O", True),  # a source noun
        ("team", "NOUN", "O", True),  # "his team thinks ..."
        ("billionaire", "NOUN", "O", True),  # a word describing a person ("the billionaire criticized")
        ("rival", "NOUN", "O", True),
        ("bill", "NOUN", "O", False),  # NEGATIVE: a thing
        ("Texas", "NOUN", "S-GPE", False),  # NEGATIVE: a place holds no view on its own
        ("it", "PRON", "O", False),  # NEGATIVE: a non-personal pronoun
        ("poll", "NOUN", "O", False),  # NEGATIVE: a document shows, it holds no view
    ],
)
def test_person_like(text: str, upos: str, ner: str, expected: bool) -> None:
    w = one_word(text, upos, ner=ner)
    assert person_like(w) is expected


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        ("voters", "O", True),
        ("Republican", "S-NORP", True),  # "Republican/ADJ calls for ...": NER names a group
        ("executive", "O", True),  # a source noun whatever its tag; callers decide on the tag
        ("report", "O", False),  # NEGATIVE: documents are not holders
        ("weather", "O", False),
    ],
)
def test_holder_noun(text: str, ner: str, expected: bool) -> None:
    assert holder_noun(one_word(text, "NOUN", ner=ner)) is expected


@pytest.mark.parametrize(
    ("text", "upos", "names", "is_documentary"),
    [
        ("poll", "NOUN", True, True),
        ("footage", "NOUN", True, True),
        ("analysis", "ADJ", True, False),  # the tag slipped: still a document word, not a documentary noun
        ("polling", "VERB", True, False),
        ("officials", "NOUN", False, False),  # NEGATIVE: people, not a document
        ("sign", "NOUN", False, False),  # NEGATIVE: a surface with words, not evidence
    ],
)
def test_documents(text: str, upos: str, names: bool, is_documentary: bool) -> None:
    w = one_word(text, upos)
    assert names_document(w) is names
    assert documentary(w) is is_documentary


@pytest.mark.parametrize(
    ("text", "upos", "expected"),
    [("sign", "NOUN", True), ("banner", "NOUN", True), ("sign", "VERB", False), ("poll", "NOUN", False)],
)
def test_text_surface(text: str, upos: str, expected: bool) -> None:
    assert text_surface(one_word(text, upos)) is expected


@pytest.mark.parametrize(
    ("text", "upos", "expected"),
    [
        ("10", "NUM", True),
        ("21,000", "NUM", True),
        ("third", "ADJ", True),
        ("2015", "NUM", False),
        ("mayor", "NOUN", False),
    ],
)
def test_counted(text: str, upos: str, expected: bool) -> None:
    from auditor.cue_words import counted

    assert counted(one_word(text, upos)) is expected
