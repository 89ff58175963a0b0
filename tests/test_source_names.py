"""Name tests for source phrases (auditor.source_names), on single words, with negatives."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from word_helpers import one_word, tagged_words

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
        ("Fields", "NOUN", True),  # a surname the tagger took for a noun
        ("Chase", "VERB", True),
        ("Okafor", "PROPN", True),
        ("E.", "PROPN", True),  # a middle initial ("Walter E. Brandt")
        # NEGATIVES: function and time words, lower case, digits
        ("In", "ADP", False),
        ("Tuesday", "PROPN", False),
        ("Earlier", "ADV", False),
        ("fields", "NOUN", False),
        ("G7", "PROPN", False),
        ("U.S.", "PROPN", False),  # not a single initial
    ],
)
def test_name_like(text: str, upos: str, expected: bool) -> None:
    assert name_like(one_word(text, upos)) is expected


@pytest.mark.parametrize(
    ("spec", "appositive", "titled"),
    [
        ("A/DET lawyer/NOUN ,/PUNCT Peter/PROPN Lund/PROPN", True, False),
        ("Hugh/PROPN Castell/PROPN ,/PUNCT an/DET adviser/NOUN", True, False),
        ("Secretary/PROPN of/ADP State/PROPN Ellen/PROPN Marsh/PROPN", False, True),
        # NEGATIVES: a place after a preposition, a name after "close to"
        ("A/DET source/NOUN in/ADP Moscow/PROPN", False, False),
        ("A/DET source/NOUN close/ADJ to/ADP Ellen/PROPN Marsh/PROPN", False, False),
        # a place that goes on after the comma ("Cedar Beach, Fla.") is no apposition; a longer name is
        ("a/DET student/NOUN from/ADP Cedar/PROPN Beach/PROPN ,/PUNCT Fla./PROPN", False, False),
        ("a/DET nurse/NOUN from/ADP Lindale/PROPN ,/PUNCT South/PROPN Carolina/PROPN", False, False),
        ("his/PRON partner/NOUN at/ADP Norcrest/PROPN ,/PUNCT Martin/PROPN Brandt/PROPN", True, False),
    ],
)
def test_names_in_titled_phrases(spec: str, appositive: bool, titled: bool) -> None:
    words = tagged_words(spec)
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
    words = tagged_words(spec)
    text = _text(words)
    return Tree(Sentence(index=0, paragraph=0, start=0, end=len(text), text=text, words=tuple(words)))


@pytest.mark.parametrize(
    ("spec", "subject", "expected"),
    [
        # the parser made the title the subject; the name before it, set off by commas, is the source's
        (
            "Chase/VERB Fields/NOUN ,/PUNCT a/DET spokeswoman/NOUN ,/PUNCT said/VERB",
            "a spokeswoman",
            "Chase Fields , a spokeswoman",
        ),
        # later in the sentence: two or more words tagged as names, a middle initial included
        (
            "after/ADP Walter/PROPN E./PROPN Brandt/PROPN ,/PUNCT the/DET investor/NOUN ,/PUNCT "
            "complained/VERB",
            "the investor",
            "Walter E. Brandt , the investor",
        ),
        # a bracketed party and state between the name and its comma stay with it
        (
            "Rep./PROPN Tom/PROPN Okafor/PROPN (/PUNCT D-Maine/PROPN )/PUNCT ,/PUNCT a/DET member/NOUN "
            ",/PUNCT said/VERB",
            "a member",
            "Rep. Tom Okafor ( D-Maine ) , a member",
        ),
        (
            "former/ADJ senator/NOUN Hugh/PROPN Castell/PROPN ,/PUNCT a/DET Democrat/PROPN ,/PUNCT said/VERB",
            "a Democrat",
            "senator Hugh Castell , a Democrat",
        ),
        # a middle initial the tagger called punctuation ("Nora J./PUNCT Quill")
        (
            "in/ADP Lindale/PROPN ,/PUNCT Nora/PROPN J./PUNCT Quill/PROPN ,/PUNCT the/DET chief/NOUN "
            ",/PUNCT told/VERB",
            "the chief",
            "Nora J. Quill , the chief",
        ),
        # NEGATIVES: one untagged word after a preposition; an opening time phrase; no closing comma
        ("In/ADP Vermont/NOUN ,/PUNCT a/DET aide/NOUN ,/PUNCT said/VERB", "a aide", "a aide"),
        ("for/ADP Whitlow/PROPN ,/PUNCT a/DET aide/NOUN ,/PUNCT said/VERB", "a aide", "a aide"),
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
        ("Ian/PROPN Tarrant/PROPN ,/PUNCT the/DET White/PROPN House/PROPN adviser/NOUN", "adviser", "person"),
        # a capitalised institution after the comma does not decide for the name before it
        ("Glen/PROPN Harwood/PROPN ,/PUNCT the/DET White/PROPN House/PROPN secretary/NOUN", "Glen", "person"),
        # the last capitalised word before any comma still decides for an institution
        ("the/DET Defense/PROPN Ministry/PROPN", "Ministry", "government"),
        ("the/DET National/PROPN Intelligence/PROPN Service/PROPN", "Service", "organization"),
        # a person's name set off by commas after a description of no kind
        ("One/NUM of/ADP the/DET men/NOUN ,/PUNCT Ada/PROPN Brennick/NOUN ,/PUNCT 70/NUM", "One", "person"),
        # a company ending after a word that is no given name
        ("Halden/PROPN Industries/PROPN", "Industries", "organization"),
        ("Brightwater/PROPN Mills/PROPN", "Mills", "organization"),
        # NEGATIVE: a given name first makes the ending a surname
        ("Nora/PROPN Mills/PROPN", "Mills", "person"),
        # NEGATIVE: a place after the comma makes no person
        ("One/NUM of/ADP the/DET men/NOUN ,/PUNCT Costa/PROPN Rica/NOUN", "One", "unknown"),
    ],
)
def test_name_kind(spec: str, head: str, kind: str) -> None:
    from auditor.source_kind import _name_kind

    words = tagged_words(spec)
    assert _name_kind(words, None, next(w for w in words if w.text == head)) == kind


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("His/PRON partner/NOUN at/ADP Norcrest/PROPN ,/PUNCT Martin/PROPN B./PROPN Brandt/PROPN", True),
        ("One/NUM of/ADP his/PRON advisers/NOUN ,/PUNCT Glen/PROPN Tarrant/PROPN", True),
        # NEGATIVE: one name word after a comma is more often a place ("in Millbrook, Connecticut")
        ("families/NOUN in/ADP Millbrook/PROPN ,/PUNCT Connecticut/PROPN", False),
        # a name between commas, its surname tagged as a noun ("One of the men, Ada Brennick, 70")
        ("One/NUM of/ADP the/DET men/NOUN ,/PUNCT Ada/PROPN Brennick/NOUN ,/PUNCT 70/NUM", True),
        ("One/NUM of/ADP the/DET men/NOUN ,/PUNCT Ada/PROPN Brennick/NOUN", True),
        # NEGATIVES: names in a list ("…, Ana Ruiz, Tom Reyes and Ian Petrakis"); a lower-case word
        ("an/DET event/NOUN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT and/CCONJ Tom/PROPN Reyes/PROPN", False),
        ("One/NUM of/ADP the/DET men/NOUN ,/PUNCT Ada/PROPN brennick/NOUN ,/PUNCT 70/NUM", False),
    ],
)
def test_appositive_name_of_two_words(spec: str, expected: bool) -> None:
    assert appositive_name(tagged_words(spec), -1, min_words=2) is expected


@pytest.mark.parametrize(
    ("spec", "subject", "expected"),
    [
        # the possessor the parser hung elsewhere belongs to the phrase
        (
            "Nora/PROPN Quill/PROPN ,/PUNCT Brightline/PROPN ’s/PART director/NOUN ,/PUNCT said/VERB",
            "director",
            "Brightline ’s director",
        ),
        (
            "Owen/PROPN Tarrant/PROPN ,/PUNCT Whitlow/PROPN 's/PART spokesman/NOUN",
            "spokesman",
            "Whitlow 's spokesman",
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
    tree = _tree("Nora/PROPN Quill/PROPN ,/PUNCT Brightline/PROPN ’s/PART director/NOUN ,/PUNCT said/VERB")
    words = possessor_before(tree, _phrase(tree, "director"), set())
    assert _text(name_before_appositive(tree, words, set())) == "Nora Quill , Brightline ’s director"


@pytest.mark.parametrize(
    ("spec", "subject", "expected"),
    [
        # the object of the preposition was made the subject: the source noun before it heads the phrase
        (
            "Reyes/PROPN watched/VERB ,/PUNCT attorneys/NOUN for/ADP the/DET family/NOUN said/VERB",
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


@pytest.mark.parametrize(
    ("spec", "label", "kind"),
    [
        # the mini NER tags many names as places: a name-shaped run is a person
        ("Dana/PROPN Whitlow/PROPN", "GPE", "person"),
        ("Priya/PROPN K./PROPN Raman/PROPN", "LOC", "person"),
        ("Sen./PROPN Dana/PROPN Whitlow/PROPN", "GPE", "person"),
        # ... and the words around a name: a description, then the person's name after a comma
        ("Ruiz/PROPN 's/PART predecessor/NOUN ,/PUNCT Tom/PROPN Reyes/PROPN", "LOC", "person"),
        # NEGATIVES: places and bodies stay governments, other labels keep their kinds
        ("Costa/PROPN Rica/PROPN", "GPE", "government"),
        ("Harbor/PROPN City/PROPN", "GPE", "government"),
        ("British/PROPN Columbia/PROPN", "GPE", "government"),
        ("The/DET Blaze/PROPN", "GPE", "government"),
        ("North/PROPN Korea/PROPN", "LOC", "government"),
        ("Greece/PROPN", "GPE", "government"),
        ("Lindale/PROPN Council/PROPN", "ORG", "organization"),
        ("Port/PROPN of/ADP Lindale/PROPN ,/PUNCT Harbor/PROPN City/PROPN", "LOC", "government"),
    ],
)
def test_name_kind_reads_a_located_name_shaped_like_a_person(spec: str, label: str, kind: str) -> None:
    from auditor.models import Entity
    from auditor.source_kind import _name_kind

    words = tagged_words(spec)
    entity = Entity(
        start=words[0].start, end=words[-1].end, text=spec, label=label, raw_label=label, sentence=0
    )
    assert _name_kind(words, entity, words[-1]) == kind


@pytest.mark.parametrize(
    ("name", "upos", "joined", "expected"),
    [
        # "Reyes'" is one token split in two words: the name carries the apostrophe's offsets
        ("Reyes", "NOUN", True, "Reyes ' team"),
        ("Reyes", "PROPN", False, "Reyes ' team"),
        # NEGATIVES: a closing quotation mark after a space-separated word; a lower-case plural noun
        ("Reyes", "NOUN", False, "team"),
        ("players", "NOUN", True, "team"),
    ],
)
def test_possessor_written_with_a_bare_apostrophe(name: str, upos: str, joined: bool, expected: str) -> None:
    gap = 0 if joined else 1
    words = (
        Word(index=1, text=name, lemma=name, upos=upos, head=3, deprel="nmod:poss", start=0, end=len(name)),
        Word(
            index=2,
            text="'",
            lemma="'",
            upos="PUNCT",
            head=1,
            deprel="case",
            start=len(name) + gap,
            end=len(name) + gap + 1,
        ),
        Word(
            index=3,
            text="team",
            lemma="team",
            upos="NOUN",
            head=0,
            deprel="root",
            start=len(name) + gap + 2,
            end=len(name) + gap + 6,
        ),
    )
    text = f"{name}{' ' * gap}' team"
    tree = Tree(Sentence(index=0, paragraph=0, start=0, end=len(text), text=text, words=words))
    assert _text(possessor_before(tree, [words[2]], set())) == expected


@pytest.mark.parametrize(
    ("spec", "subject", "expected"),
    [
        # a document "by" its author, also with a participle between: the document heads the phrase
        (
            "A/DET report/NOUN released/VERB/VBN by/ADP the/DET Harbor/PROPN Institute/PROPN",
            "the Harbor Institute",
            "A report released by the Harbor Institute",
        ),
        (
            "An/DET analysis/NOUN by/ADP the/DET Harbor/PROPN Institute/PROPN",
            "the Harbor Institute",
            "An analysis by the Harbor Institute",
        ),
        # NEGATIVE: a person noun is not written "by" anyone
        ("The/DET mayor/NOUN by/ADP the/DET river/NOUN", "the river", "the river"),
    ],
)
def test_head_before_by(spec: str, subject: str, expected: str) -> None:
    words = []
    for item in spec.split():  # "word/UPOS" or "word/UPOS/XPOS"
        text, upos, *xpos = item.split("/")
        words.append((text, upos, xpos[0] if xpos else None))
    tree = _tree(" ".join(f"{t}/{u}" for t, u, _ in words))
    fixed = tuple(
        w.model_copy(update={"xpos": x}) if x else w for w, (_, _, x) in zip(tree.words, words, strict=True)
    )
    tree = Tree(tree.sentence.model_copy(update={"words": fixed}))
    assert _text(head_before_preposition(tree, _phrase(tree, subject), set())) == expected


@pytest.mark.parametrize(
    ("spec", "kind"),
    [
        # an abbreviated title opens a person's name, whatever place the weak NER saw in the phrase
        (
            "Dr./PROPN Marcus/PROPN Feld/PROPN ,/PUNCT a/DET cardiologist/NOUN at/ADP "
            "Mercy/PROPN Hospital/PROPN",
            "person",
        ),
        ("Gov./PROPN Ana/PROPN Ruiz/PROPN ,/PUNCT of/ADP Vermont/PROPN", "person"),
        # NEGATIVES: the abbreviation ends a place's name ("Harbor Dr."); one capitalised word only
        ("Harbor/PROPN Dr./PROPN ,/PUNCT a/DET road/NOUN", "government"),
        ("Dr./PROPN ,/PUNCT a/DET town/NOUN", "government"),
    ],
)
def test_name_kind_after_an_abbreviated_title(spec: str, kind: str) -> None:
    from auditor.models import Entity
    from auditor.source_kind import _name_kind

    words = tagged_words(spec)
    place = Entity(
        start=words[0].start, end=words[0].end, text=words[0].text, label="LOC", raw_label="LOC", sentence=0
    )
    assert _name_kind(words, place, words[0]) == kind


def test_extend_name_takes_a_surname_read_as_a_modal() -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_names import extend_name

    rows = [
        ("Theresa", "Theresa", "PROPN", 3, "nsubj"),
        ("May", "may", "AUX", 3, "aux"),
        ("said", "say", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    assert [w.text for w in extend_name(tree, [tree.words[0]], {3})] == ["Theresa", "May"]


@pytest.mark.parametrize(
    ("first", "upos", "expected"),
    [
        # a name the parse split: the proper noun before it is part of it
        ("Okafor", "PROPN", ["Friday", "Okafor"]),
        # NEGATIVE: "On Friday she said": a pronoun takes no name before it
        ("she", "PRON", ["she"]),
    ],
)
def test_extend_name_grows_a_name_leftwards_but_not_a_pronoun(
    first: str, upos: str, expected: list[str]
) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_names import extend_name

    rows = [
        ("On", "on", "ADP", 2, "case"),
        ("Friday", "Friday", "PROPN", 4, "obl"),
        (first, first, upos, 4, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    assert [w.text for w in extend_name(tree, [tree.words[2]], {4})] == expected
