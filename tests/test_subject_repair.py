"""Tests for auditor.subject_repair on hand-made parses: each misparsed-subject shape, with negatives."""

from __future__ import annotations

import pytest
from tree_helpers import CLOSING_ACL, Row, tree_from_rows, with_xpos

from auditor.source_verb import verb_source
from auditor.subject_repair import (
    closing_acl_subject,
    false_conjunct,
    holder_first,
    of_phrase_on_verb,
    participle_on_verb,
    relative_antecedent,
    relative_opening,
    restrictive_relative_subject,
)
from auditor.syntax import Tree

# "Support fell, Mendez notes": "notes" a conjunct of "fell" with no "and"
_NOTES: list[Row] = [
    ("Support", "support", "NOUN", 2, "nsubj"),
    ("fell", "fall", "VERB", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("Mendez", "Mendez", "PROPN", 5, "obj"),
    ("notes", "note", "VERB", 2, "conj"),
]


def _with(rows: list[Row], k: int, row: Row) -> list[Row]:
    return [row if i == k else r for i, r in enumerate(rows)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_NOTES, True),
        # NEGATIVES: a real coordination ("and notes"); a date before the verb; the name ends a longer
        # phrase ("for Ruiz or Okafor said")
        (_with(_NOTES, 2, ("and", "and", "CCONJ", 5, "cc")), False),
        (_with(_NOTES, 3, ("Tuesday", "Tuesday", "PROPN", 5, "obl")), False),
        (_with(_NOTES, 2, ("or", "or", "CCONJ", 4, "cc")), False),
    ],
)
def test_false_conjunct_without_its_own_and(rows: list[Row], expected: bool) -> None:
    tree = tree_from_rows(rows)
    verb = tree.word(5)
    assert verb is not None and false_conjunct(tree, verb) is expected


# "A woman asked for a photo and Clinton said": the verb's "and" went to the name, joined to "photo"
_PHOTO: list[Row] = [
    ("A", "a", "DET", 2, "det"),
    ("woman", "woman", "NOUN", 3, "nsubj"),
    ("asked", "ask", "VERB", 0, "root"),
    ("for", "for", "ADP", 6, "case"),
    ("a", "a", "DET", 6, "det"),
    ("photo", "photo", "NOUN", 3, "obl"),
    ("and", "and", "CCONJ", 8, "cc"),
    ("Clinton", "Clinton", "PROPN", 6, "conj"),
    ("said", "say", "VERB", 3, "conj"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_PHOTO, True),
        # "… after/ADP Ruiz declared/conj": a subordinator the tagger took for a preposition opens the clause
        (
            _with(
                _with(_PHOTO, 6, ("after", "after", "ADP", 8, "case")),
                7,
                ("Ruiz", "Ruiz", "PROPN", 6, "nmod"),
            ),
            True,
        ),
        # NEGATIVES: "or" ("for a photo or Clinton said"); the verb's own "and"; the name is no conjunct
        (_with(_PHOTO, 6, ("or", "or", "CCONJ", 8, "cc")), False),
        (_with(_PHOTO, 6, ("and", "and", "CCONJ", 9, "cc")), False),
        (_with(_PHOTO, 7, ("Clinton", "Clinton", "PROPN", 6, "nmod")), False),
    ],
)
def test_false_conjunct_whose_and_went_to_the_name(rows: list[Row], expected: bool) -> None:
    tree = tree_from_rows(rows)
    verb = tree.word(9)
    assert verb is not None and false_conjunct(tree, verb) is expected


# "Okafor, who said she won, said …"
_RELATIVE: list[Row] = [
    ("Okafor", "Okafor", "PROPN", 8, "nsubj"),
    (",", ",", "PUNCT", 3, "punct"),
    ("who", "who", "PRON", 4, "nsubj"),
    ("said", "say", "VERB", 8, "ccomp"),
    ("she", "she", "PRON", 6, "nsubj"),
    ("won", "win", "VERB", 4, "ccomp"),
    (",", ",", "PUNCT", 8, "punct"),
    ("said", "say", "VERB", 0, "root"),
]


def test_relative_antecedent_and_opening() -> None:
    tree = tree_from_rows(_RELATIVE)
    inner, main = tree.word(4), tree.word(8)
    assert inner is not None and main is not None
    assert [w.text for w in relative_antecedent(tree, inner)] == ["Okafor"]
    assert relative_opening(tree, main) and not relative_opening(tree, inner)
    # NEGATIVE: "which" as the object ("Plan, which Ruiz called …"): the next word is its subject
    tree = tree_from_rows(
        [
            ("Plan", "plan", "NOUN", 8, "nsubj"),
            (",", ",", "PUNCT", 3, "punct"),
            ("which", "which", "PRON", 5, "nsubj"),
            ("Ruiz", "Ruiz", "PROPN", 5, "nsubj"),
            ("called", "call", "VERB", 1, "acl:relcl"),
            ("bad", "bad", "ADJ", 5, "xcomp"),
            (",", ",", "PUNCT", 8, "punct"),
            ("failed", "fail", "VERB", 0, "root"),
        ]
    )
    called = tree.word(5)
    assert called is not None and relative_antecedent(tree, called) == []


# "One of them said": the parser hangs "of them" on the verb
_ONE_OF: list[Row] = [
    ("One", "one", "NUM", 4, "nsubj"),
    ("of", "of", "ADP", 3, "case"),
    ("them", "they", "PRON", 4, "obl"),
    ("said", "say", "VERB", 0, "root"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_ONE_OF, "of them"),
        # NEGATIVES: the phrase hangs on the subject already; something stands between it and the verb
        (_with(_ONE_OF, 2, ("them", "they", "PRON", 1, "nmod")), ""),
        (
            [*_ONE_OF[:3], (",", ",", "PUNCT", 3, "punct"), ("said", "say", "VERB", 0, "root")],
            "",
        ),
    ],
)
def test_of_phrase_on_verb(rows: list[Row], expected: str) -> None:
    tree = tree_from_rows(rows)
    verb = tree.words[-1]
    found = of_phrase_on_verb(tree, [tree.words[0]], verb, set())
    assert " ".join(w.text for w in found) == expected


# "Tenants donating to Ruiz said": the participle hung on the reporting verb
_DONATING: list[Row] = [
    ("Tenants", "tenant", "NOUN", 5, "nsubj"),
    ("donating", "donate", "VERB", 5, "ccomp"),
    ("to", "to", "ADP", 4, "case"),
    ("Ruiz", "Ruiz", "PROPN", 2, "obl"),
    ("said", "say", "VERB", 0, "root"),
]


@pytest.mark.parametrize(
    ("rows", "xpos", "expected"),
    [
        (_DONATING, "VBG", "donating to Ruiz"),
        (_with(_DONATING, 1, ("polled", "poll", "VERB", 5, "ccomp")), "VBN", "polled to Ruiz"),
        # NEGATIVES: a finite verb is a clause of its own; a comma sets the phrase apart
        (_with(_DONATING, 1, ("gave", "give", "VERB", 5, "ccomp")), "VBD", ""),
        (_with(_DONATING, 2, (",", ",", "PUNCT", 2, "punct")), "VBG", ""),
    ],
)
def test_participle_on_verb(rows: list[Row], xpos: str, expected: str) -> None:
    tree = with_xpos(tree_from_rows(rows), {2: xpos})
    found = participle_on_verb(tree, [tree.words[0]], tree.words[-1], set())
    assert " ".join(w.text for w in found) == expected


_ANNOUNCED = CLOSING_ACL


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_ANNOUNCED, "officials"),
        (_with(_ANNOUNCED, 6, ("late", "late", "ADV", 6, "advmod")), "officials"),
        # NEGATIVES: more after the verb ("officials announced/acl the plan": a different shape);
        # a noun that is no person; no comma before the noun ("the officials quoted Wednesday")
        (_with(_ANNOUNCED, 6, ("plans", "plan", "NOUN", 6, "obj")), None),
        (_with(_ANNOUNCED, 4, ("rates", "rate", "NOUN", 3, "conj")), None),
        (_with(_ANNOUNCED, 3, ("and", "and", "CCONJ", 5, "cc")), None),
    ],
)
def test_closing_acl_subject(rows: list[Row], expected: str | None) -> None:
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.deprel == "acl")
    found = closing_acl_subject(tree, verb)
    assert (found.text if found else None) == expected


# "A board member who spoke because the vote was public/nsubj said …": a word of the clause as subject
_MEMBER: list[Row] = [
    ("A", "a", "DET", 3, "det"),
    ("board", "board", "NOUN", 3, "compound"),
    ("member", "member", "NOUN", 0, "root"),
    ("who", "who", "PRON", 5, "nsubj"),
    ("spoke", "speak", "VERB", 3, "acl:relcl"),
    ("because", "because", "SCONJ", 10, "mark"),
    ("the", "the", "DET", 8, "det"),
    ("vote", "vote", "NOUN", 10, "nsubj"),
    ("was", "be", "AUX", 10, "cop"),
    ("public", "public", "ADJ", 11, "nsubj"),
    ("said", "say", "VERB", 5, "advcl"),
    ("taxes", "tax", "NOUN", 13, "nsubj"),
    ("rose", "rise", "VERB", 11, "ccomp"),
]


# "Voters who said taxes rose were angry": the verb is the relative clause's own
_VOTERS: list[Row] = [
    ("Voters", "voter", "NOUN", 7, "nsubj"),
    ("who", "who", "PRON", 3, "nsubj"),
    ("said", "say", "VERB", 1, "acl:relcl"),
    ("taxes", "tax", "NOUN", 5, "nsubj"),
    ("rose", "rise", "VERB", 3, "ccomp"),
    ("were", "be", "AUX", 7, "cop"),
    ("angry", "angry", "ADJ", 0, "root"),
]


# "Residents/nsubj who live/ccomp near the beach said …": the subject found, its clause hung on the verb
_RESIDENTS: list[Row] = [
    ("Residents", "resident", "NOUN", 7, "nsubj"),
    ("who", "who", "PRON", 3, "nsubj"),
    ("live", "live", "VERB", 7, "ccomp"),
    ("near", "near", "ADP", 6, "case"),
    ("the", "the", "DET", 6, "det"),
    ("beach", "beach", "NOUN", 3, "obl"),
    ("said", "say", "VERB", 0, "root"),
]


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [
        (_MEMBER, 11, "A board member who spoke because the vote was public"),
        (_RESIDENTS, 7, "Residents who live near the beach"),
        # NEGATIVES: the verb is the clause's own; a comma sets the clause off (the appositive rules
        # read it); no person before "who"; an -ing verb is no main verb
        (_VOTERS, 3, ""),
        ([*_MEMBER[:3], (",", ",", "PUNCT", 3, "punct"), *_MEMBER[3:]], 12, ""),
        (_with(_MEMBER, 2, ("plan", "plan", "NOUN", 0, "root")), 11, ""),
        (_with(_MEMBER, 10, ("saying", "say", "VERB", 5, "advcl")), 11, ""),
    ],
)
def test_restrictive_relative_subject(rows: list[Row], verb: int, expected: str) -> None:
    tree = tree_from_rows(rows)
    word = tree.word(verb)
    assert word is not None
    assert " ".join(w.text for w in restrictive_relative_subject(tree, word)) == expected


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        # hyphens are no words: "The 72-year-old Democrat" is a five-word opening
        (["The", "72", "-", "year", "-", "old", "Democrat"], True),
        # NEGATIVE: six words are too many for an opening name
        (["The", "tall", "and", "very", "old", "Democrat"], False),
    ],
)
def test_relative_opening_counts_words_not_hyphens(opener: list[str], expected: bool) -> None:
    """ "The 72-year-old Democrat, who served two terms, said his rival …": the parser made the words
    after "said" its subject; the opening and its relative clause are."""
    n = len(opener)
    rows: list[Row] = [
        *[
            (t, t.lower(), "PUNCT" if t == "-" else ("PROPN" if t == "Democrat" else "ADJ"), n, "dep")
            for t in opener[:-1]
        ],
        (opener[-1], opener[-1].lower(), "PROPN", n + 3, "obj"),
        (",", ",", "PUNCT", n + 3, "punct"),
        ("who", "who", "PRON", n + 3, "nsubj"),
        ("served", "serve", "VERB", n + 5, "advcl"),
        (",", ",", "PUNCT", n + 5, "punct"),
        ("said", "say", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    said = tree.word(n + 5)
    assert said is not None and said.text == "said"
    assert relative_opening(tree, said) is expected


def _said_after(adverb: str) -> Tree:
    """ "<adverb> said , officials …": a past-tense "said" (tagged VBD) after ``adverb``, no subject."""
    rows: list[Row] = [(adverb, adverb, "ADV", 2, "advmod"), ("said", "say", "VERB", 0, "root")]
    return with_xpos(tree_from_rows(rows), {2: "VBD"})


@pytest.mark.parametrize(
    ("adverb", "expected"),
    [
        ("when", True),  # "when asked/VBD": the tagger's past tense after a subordinator is a participle
        ("until", True),
        # NEGATIVE: "Lemkin once said": a time adverb, not "once elected"
        ("once", False),
        ("recently", False),
    ],
)
def test_bare_passive_after_a_subordinator(adverb: str, expected: bool) -> None:
    from auditor.subject_repair import bare_passive

    tree = _said_after(adverb)
    verb = tree.word(2)
    assert verb is not None
    assert bare_passive(tree, verb) is expected


def _parenthetical(rows: list[Row], subject: range) -> list[str]:
    from auditor.subject_repair import parenthetical_tail

    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.lemma == "say")
    words = [w for w in tree.words if w.index in subject]
    return [w.text for w in parenthetical_tail(tree, verb, words)]


# "The pier, Okafor said, had closed": the parser made "The pier, Okafor" the subject of "said"
_PIER: list[Row] = [
    ("The", "the", "DET", 2, "det"),
    ("pier", "pier", "NOUN", 5, "nsubj"),
    (",", ",", "PUNCT", 4, "punct"),
    ("Okafor", "Okafor", "PROPN", 2, "appos"),
    ("said", "say", "VERB", 0, "root"),
    (",", ",", "PUNCT", 5, "punct"),
    ("had", "have", "AUX", 8, "aux"),
    ("closed", "close", "VERB", 5, "parataxis"),
]


@pytest.mark.parametrize(
    ("rows", "subject", "expected"),
    [
        (_PIER, range(1, 5), ["Okafor"]),
        # NEGATIVES: a quotation after the report ("The pier, Okafor said, “…”"); no comma in the phrase;
        # an apposition closed by its own comma before the verb ("Okafor, the mayor, said, …")
        (_with(_PIER, 6, ("“", "“", "PUNCT", 8, "punct")), range(1, 5), []),
        (_PIER, range(4, 5), []),
        (
            [
                ("Okafor", "Okafor", "PROPN", 6, "nsubj"),
                (",", ",", "PUNCT", 4, "punct"),
                ("the", "the", "DET", 4, "det"),
                ("mayor", "mayor", "NOUN", 1, "appos"),
                (",", ",", "PUNCT", 4, "punct"),
                ("said", "say", "VERB", 0, "root"),
                (",", ",", "PUNCT", 6, "punct"),
                ("however", "however", "ADV", 6, "advmod"),
            ],
            range(1, 5),
            [],
        ),
    ],
)
def test_the_speaker_of_a_parenthetical_report_is_the_phrase_after_the_comma(
    rows: list[Row], subject: range, expected: list[str]
) -> None:
    assert _parenthetical(rows, subject) == expected


def _led(verb: tuple[str, str], mark: str = "to") -> str | None:
    """ "The timing <verb> Republicans to say it": who does the infinitive's reporting."""
    from auditor.subject_repair import object_controller

    rows: list[Row] = [
        ("The", "the", "DET", 2, "det"),
        ("timing", "timing", "NOUN", 3, "nsubj"),
        (verb[0], verb[1], "VERB", 0, "root"),
        ("Republicans", "Republican", "PROPN", 3, "obj"),
        (mark, mark, "PART", 6, "mark"),
        ("say", "say", "VERB", 3, "xcomp"),
        ("it", "it", "PRON", 6, "obj"),
    ]
    tree = tree_from_rows(rows)
    say, up = tree.word(6), tree.word(3)
    assert say is not None and up is not None
    found = object_controller(tree, say, up)
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("verb", "mark", "expected"),
    [
        (("led", "lead"), "to", "Republicans"),
        (("prompted", "prompt"), "to", "Republicans"),
        # NEGATIVES: the subject does what "promise" or "use" governs; no infinitive marker
        (("promised", "promise"), "to", None),
        (("used", "use"), "to", None),
        (("led", "lead"), "then", None),
    ],
)
def test_the_object_of_a_verb_of_causing_does_the_reporting(
    verb: tuple[str, str], mark: str, expected: str | None
) -> None:
    assert _led(verb, mark) == expected


def _close_to(opening: tuple[str, str, str]) -> list[Row]:
    """ "<opening>, aides close to her say she agrees": the parser made the opening word a subject of
    "close" too, and hung "say" on it."""
    return [
        (opening[0], opening[1], opening[2], 4, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("aides", "aide", "NOUN", 4, "nsubj"),
        ("close", "close", "VERB", 0, "root"),
        ("to", "to", "ADP", 6, "case"),
        ("her", "she", "PRON", 4, "obl"),
        ("say", "say", "VERB", 4, "xcomp"),
        ("she", "she", "PRON", 9, "nsubj"),
        ("agrees", "agree", "VERB", 7, "ccomp"),
    ]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # an opening noun the parser made a subject ("Minutes later, aides …", "Meanwhile/NOUN, aides")
        (("Minutes", "minute", "NOUN"), "aides"),
        (("Meanwhile", "meanwhile", "NOUN"), "aides"),
        # a connective the tagger took for a name ("Rather/PROPN, friends of the mayor say")
        (("Rather", "Rather", "PROPN"), "aides"),
        # NEGATIVE: a person-like first subject stays first ("Okafor, aides close to her say": apposition
        # or a name the verb's clause holds)
        (("Okafor", "Okafor", "PROPN"), "Okafor"),
    ],
)
def test_holder_first_puts_a_person_before_an_opening_word(
    opening: tuple[str, str, str], expected: str
) -> None:
    tree = tree_from_rows(_close_to(opening))
    words, _ = verb_source(tree, tree.words[6], set(), tree.sentence.text)
    assert words and words[0].text == expected


@pytest.mark.parametrize(
    ("rows", "verb"),
    [
        # "Tenants — whose union/nsubj was divided — argued …": the relative clause's subject is not
        (
            [
                ("Tenants", "tenant", "NOUN", 5, "nsubj"),
                ("whose", "whose", "PRON", 3, "nmod:poss"),
                ("union", "union", "NOUN", 5, "nsubj"),
                ("was", "be", "AUX", 5, "cop"),
                ("divided", "divided", "ADJ", 0, "root"),
                ("argued", "argue", "VERB", 5, "conj"),
            ],
            5,
        ),
        # "A poll/nsubj from the Ledger/nsubj found …": a document holds a finding
        (
            [
                ("A", "a", "DET", 2, "det"),
                ("poll", "poll", "NOUN", 6, "nsubj"),
                ("from", "from", "ADP", 5, "case"),
                ("the", "the", "DET", 5, "det"),
                ("Ledger", "Ledger", "PROPN", 6, "nsubj"),
                ("found", "find", "VERB", 0, "root"),
            ],
            6,
        ),
    ],
)
def test_holder_first_keeps_the_order(rows: list[Row], verb: int) -> None:
    """NEGATIVES of the reorder: the first subject may hold the view, or the later one is no holder."""
    tree = tree_from_rows(rows)
    subjects = list(tree.children(verb, "nsubj"))
    assert holder_first(tree, subjects, tree.words[verb - 1]) == subjects
