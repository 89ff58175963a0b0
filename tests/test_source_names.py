"""Name tests for source phrases (auditor.source_names), on single words, with negatives."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from word_helpers import one_word

from auditor.models import Sentence, Word
from auditor.source_names import (
    appositive_name,
    head_before_preposition,
    name_before_appositive,
    name_like,
    possessor_before,
    titled_name,
)
from auditor.syntax import Tree


@pytest.mark.parametrize(
    ("text", "upos", "expected"),
    [
        ("Hicks", "NOUN", True),  # a surname the tagger took for a noun
        ("Hope", "VERB", True),
        ("Kerry", "PROPN", True),
        ("E.", "PROPN", True),  # a middle initial ("Warren E. Buffett")
        # NEGATIVES: function and time words, lower case, digits
        ("In", "ADP", False),
        ("Tuesday", "PROPN", False),
        ("Earlier", "ADV", False),
        ("hicks", "NOUN", False),
        ("G7", "PROPN", False),
        ("U.S.", "PROPN", False),  # not a single initial
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
        # a place that goes on after the comma ("Daytona Beach, Fla.") is no apposition; a longer name is
        ("a/DET student/NOUN from/ADP Daytona/PROPN Beach/PROPN ,/PUNCT Fla./PROPN", False, False),
        ("a/DET nurse/NOUN from/ADP Columbia/PROPN ,/PUNCT South/PROPN Carolina/PROPN", False, False),
        ("his/PRON partner/NOUN at/ADP Lenox/PROPN ,/PUNCT Lawrence/PROPN Cummings/PROPN", True, False),
    ],
)
def test_names_in_titled_phrases(spec: str, appositive: bool, titled: bool) -> None:
    words = _words(spec)
    assert appositive_name(words, -1) is appositive
    assert titled_name(words, -1) is titled


def _phrase(tree: Tree, phrase: str) -> list[Word]:
    """The first run of words in ``tree`` that spells ``phrase`` (words joined by single spaces)."""
    n = len(phrase.split())
    start = next(i for i in range(len(tree.words)) if _text(tree.words[i : i + n]) == phrase)
    return list(tree.words[start : start + n])


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def _tree(spec: str) -> Tree:
    """ "Word/UPOS ..." as one sentence (heads do not matter to the surface tests here)."""
    words = _words(spec)
    text = _text(words)
    return Tree(Sentence(index=0, paragraph=0, start=0, end=len(text), text=text, words=tuple(words)))


@pytest.mark.parametrize(
    ("spec", "subject", "expected"),
    [
        # the parser made the title the subject; the name before it, set off by commas, is the source's
        (
            "Hope/VERB Hicks/NOUN ,/PUNCT a/DET spokeswoman/NOUN ,/PUNCT said/VERB",
            "a spokeswoman",
            "Hope Hicks , a spokeswoman",
        ),
        # later in the sentence: two or more words tagged as names, a middle initial included
        (
            "after/ADP Warren/PROPN E./PROPN Buffett/PROPN ,/PUNCT the/DET investor/NOUN ,/PUNCT "
            "complained/VERB",
            "the investor",
            "Warren E. Buffett , the investor",
        ),
        # a bracketed party and state between the name and its comma stay with it
        (
            "Rep./PROPN Jim/PROPN Jordan/PROPN (/PUNCT R-Ohio/PROPN )/PUNCT ,/PUNCT a/DET member/NOUN "
            ",/PUNCT said/VERB",
            "a member",
            "Rep. Jim Jordan ( R-Ohio ) , a member",
        ),
        (
            "former/ADJ senator/NOUN Jim/PROPN Webb/PROPN ,/PUNCT a/DET Democrat/PROPN ,/PUNCT said/VERB",
            "a Democrat",
            "senator Jim Webb , a Democrat",
        ),
        # a middle initial the tagger called punctuation ("Marc H./PUNCT Morial")
        (
            "in/ADP Washington/PROPN ,/PUNCT Marc/PROPN H./PUNCT Morial/PROPN ,/PUNCT the/DET chief/NOUN "
            ",/PUNCT told/VERB",
            "the chief",
            "Marc H. Morial , the chief",
        ),
        # NEGATIVES: one untagged word after a preposition; an opening time phrase; no closing comma
        ("In/ADP Ohio/NOUN ,/PUNCT a/DET aide/NOUN ,/PUNCT said/VERB", "a aide", "a aide"),
        ("for/ADP Sanders/PROPN ,/PUNCT a/DET aide/NOUN ,/PUNCT said/VERB", "a aide", "a aide"),
        ("In/ADP May/PROPN ,/PUNCT a/DET aide/NOUN said/VERB", "a aide", "a aide"),
    ],
)
def test_name_before_appositive(spec: str, subject: str, expected: str) -> None:
    tree = _tree(spec)
    assert _text(name_before_appositive(tree, _phrase(tree, subject), set())) == expected


@pytest.mark.parametrize(
    ("spec", "head", "kind"),
    [
        # the head noun of a description is a person: the institution in it does not make an organisation
        ("Brian/PROPN Deese/PROPN ,/PUNCT the/DET White/PROPN House/PROPN adviser/NOUN", "adviser", "person"),
        # a capitalised institution after the comma does not decide for the name before it
        ("Josh/PROPN Earnest/PROPN ,/PUNCT the/DET White/PROPN House/PROPN secretary/NOUN", "Josh", "person"),
        # the last capitalised word before any comma still decides for an institution
        ("the/DET Defense/PROPN Ministry/PROPN", "Ministry", "government"),
        ("the/DET National/PROPN Intelligence/PROPN Service/PROPN", "Service", "organization"),
    ],
)
def test_name_kind(spec: str, head: str, kind: str) -> None:
    from auditor.source_phrase import _name_kind

    words = _words(spec)
    assert _name_kind(words, None, next(w for w in words if w.text == head)) == kind


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("His/PRON partner/NOUN at/ADP Lenox/PROPN ,/PUNCT Lawrence/PROPN B./PROPN Cummings/PROPN", True),
        ("One/NUM of/ADP his/PRON advisers/NOUN ,/PUNCT Tad/PROPN Devine/PROPN", True),
        # NEGATIVE: one name word after a comma is more often a place ("in Newtown, Connecticut")
        ("families/NOUN in/ADP Newtown/PROPN ,/PUNCT Connecticut/PROPN", False),
    ],
)
def test_appositive_name_of_two_words(spec: str, expected: bool) -> None:
    assert appositive_name(_words(spec), -1, min_words=2) is expected


@pytest.mark.parametrize(
    ("spec", "subject", "expected"),
    [
        # the possessor the parser hung elsewhere belongs to the phrase
        (
            "Jenna/PROPN Golden/PROPN ,/PUNCT Twitter/PROPN ’s/PART director/NOUN ,/PUNCT said/VERB",
            "director",
            "Twitter ’s director",
        ),
        (
            "Michael/PROPN Briggs/PROPN ,/PUNCT Sanders/PROPN 's/PART spokesman/NOUN",
            "spokesman",
            "Sanders 's spokesman",
        ),
        # NEGATIVES: no possessive mark; a possessive pronoun is no run of names
        ("the/DET campaign/NOUN spokesman/NOUN said/VERB", "spokesman", "spokesman"),
        ("his/PRON spokesman/NOUN said/VERB", "spokesman", "spokesman"),
    ],
)
def test_possessor_before(spec: str, subject: str, expected: str) -> None:
    tree = _tree(spec)
    assert _text(possessor_before(tree, _phrase(tree, subject), set())) == expected


def test_possessive_and_appositive_together() -> None:
    tree = _tree("Jenna/PROPN Golden/PROPN ,/PUNCT Twitter/PROPN ’s/PART director/NOUN ,/PUNCT said/VERB")
    words = possessor_before(tree, _phrase(tree, "director"), set())
    assert _text(name_before_appositive(tree, words, set())) == "Jenna Golden , Twitter ’s director"


@pytest.mark.parametrize(
    ("spec", "subject", "expected"),
    [
        # the object of the preposition was made the subject: the source noun before it heads the phrase
        (
            "Scott/PROPN watched/VERB ,/PUNCT attorneys/NOUN for/ADP the/DET family/NOUN said/VERB",
            "the family",
            "attorneys for the family",
        ),
        (
            "Republicans/PROPN in/ADP Congress/PROPN said/VERB",
            "Congress",
            "Republicans in Congress",
        ),
        # NEGATIVES: the noun before the preposition is no source noun; or belongs to something else
        ("the/DET plan/NOUN for/ADP the/DET family/NOUN said/VERB", "the family", "the family"),
        (
            "He/PRON met/VERB attorneys/NOUN for/ADP the/DET family/NOUN said/VERB",
            "the family",
            "the family",
        ),
    ],
)
def test_head_before_preposition(spec: str, subject: str, expected: str) -> None:
    tree = _tree(spec)
    assert _text(head_before_preposition(tree, _phrase(tree, subject), set())) == expected
