"""The source phrase after a cue ("according to X"), with negative cases."""

from __future__ import annotations

import pytest
from tree_helpers import tree_from_rows, with_xpos

from auditor.source_after import according_to_phrase, after_np, subject_after_opening
from auditor.syntax import Tree


@pytest.mark.parametrize(
    ("owned", "expected"),
    [
        ([("tally", "tally", "ADV", 7, "advmod")], "the foundation 's tally"),  # the tagger's ADV
        (
            [("Facebook", "Facebook", "PROPN", 9, "compound"), ("post", "post", "NOUN", 7, "obl")],
            "the foundation 's Facebook post",
        ),
        ([(",", ",", "PUNCT", 7, "punct")], "the foundation 's"),  # NEGATIVE: nothing owned after the mark
    ],
)
def test_after_according_to_a_possessive_keeps_what_it_owns(
    owned: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    """ "The pier closed, according to the foundation's tally": the parser left "tally" out of the
    phrase under "foundation"."""
    rows = [
        ("It", "it", "PRON", 2, "nsubj"),
        ("closed", "close", "VERB", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("according", "accord", "VERB", 2, "advcl"),
        ("to", "to", "ADP", 7, "case"),
        ("the", "the", "DET", 7, "det"),
        ("foundation", "foundation", "NOUN", 4, "obl"),
        ("'s", "'s", "PART", 7, "case"),
        *owned,
    ]
    tree = tree_from_rows(rows)
    words, _ = after_np(tree, tree.words[4], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == expected


def test_according_to_those_is_a_source_not_a_relative_pronoun() -> None:
    """ "The talks stalled, according to those familiar with the matter": "those" (lemma "that") is
    neither a complementizer nor a relative pronoun; the phrase is the source."""
    rows = [
        ("It", "it", "PRON", 2, "nsubj"),
        ("stalled", "stall", "VERB", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("according", "accord", "VERB", 2, "advcl"),
        ("to", "to", "ADP", 7, "case"),
        ("those", "that", "DET", 7, "det"),
        ("familiar", "familiar", "NOUN", 4, "obl"),
        ("with", "with", "ADP", 10, "case"),
        ("the", "the", "DET", 10, "det"),
        ("matter", "matter", "NOUN", 7, "nmod"),
    ]
    tree = tree_from_rows(rows)
    words, _ = after_np(tree, tree.words[4], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == "those familiar with the matter"


def _finite(tree: object, forms: set[str]) -> object:
    """The same tree with ``forms`` marked as finite verbs (VerbForm=Fin), as the tagger marks "drilled"."""
    s = tree.sentence  # type: ignore[attr-defined]
    words = tuple(w.model_copy(update={"feats": "VerbForm=Fin"}) if w.text in forms else w for w in s.words)
    return Tree(s.model_copy(update={"words": words}))


# "According to a report by the works office, (crews drilled | the CFO, crews …)": the parser hangs
# the start of the main clause on the source as a conjunct.
_REPORT = [
    ("According", "accord", "VERB", 0, "root"),
    ("to", "to", "ADP", 4, "case"),
    ("a", "a", "DET", 4, "det"),
    ("report", "report", "NOUN", 1, "obl"),
    ("by", "by", "ADP", 8, "case"),
    ("the", "the", "DET", 8, "det"),
    ("works", "works", "NOUN", 8, "compound"),
    ("office", "office", "NOUN", 4, "nmod"),
    (",", ",", "PUNCT", 10, "punct"),
]


@pytest.mark.parametrize(
    ("rest", "finite", "expected"),
    [
        # the words after the comma reach a finite verb: they are the main clause
        (
            [("crews", "crew", "NOUN", 8, "conj"), ("drilled", "drill", "VERB", 10, "acl")],
            {"drilled"},
            "a report by the works office",
        ),
        (
            [
                ("the", "the", "DET", 11, "det"),
                ("rise", "rise", "NOUN", 8, "conj"),
                ("will", "will", "AUX", 11, "aux"),
            ],
            {"will"},
            "a report by the works office",
        ),
        # "…, the smell lasted/VBN …": a participle-tagged verb with its own subject after the comma
        (
            [
                ("the", "the", "DET", 11, "det"),
                ("smell", "smell", "NOUN", 12, "nsubj:pass"),
                ("lasted", "last", "VERB", 8, "acl"),
            ],
            set(),
            "a report by the works office",
        ),
        # NEGATIVE: a relative clause describes the source; no verb at all is an apposition
        (
            [("which", "which", "PRON", 11, "nsubj"), ("tracks", "track", "VERB", 8, "acl:relcl")],
            {"tracks"},
            "a report by the works office , which tracks",
        ),
        (
            [
                ("its", "its", "PRON", 12, "nmod:poss"),
                ("first", "first", "ADJ", 12, "amod"),
                ("audit", "audit", "NOUN", 8, "appos"),
            ],
            set(),
            "a report by the works office , its first audit",
        ),
        # a subordinate clause after the comma is not part of the source either
        (
            [
                ("although", "although", "SCONJ", 12, "mark"),
                ("few", "few", "ADJ", 12, "nsubj"),
                ("won", "win", "VERB", 8, "conj"),
            ],
            set(),
            "a report by the works office",
        ),
    ],
)
def test_after_according_to_the_phrase_stops_before_the_main_clause(
    rest: list[tuple[str, str, str, int, str]], finite: set[str], expected: str
) -> None:
    tree = _finite(tree_from_rows([*_REPORT, *rest]), finite)
    assert isinstance(tree, Tree)
    words, _ = after_np(tree, tree.words[1], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == expected


@pytest.mark.parametrize(
    ("deprel", "xpos", "expected"),
    [
        # "According to two people/obl briefed/acl on the talks, …": the participle describes the people
        ("acl", "VBN", "two people briefed on the talks"),
        # NEGATIVES: a participle that is the sentence's own verb, or a finite verb, is no description
        ("advcl", "VBN", "two people"),
        ("acl", "VBD", "two people"),
    ],
)
def test_after_according_to_a_participle_over_the_phrase_describes_it(
    deprel: str, xpos: str, expected: str
) -> None:
    rows = [
        ("According", "accord", "VERB", 4, "case"),
        ("to", "to", "ADP", 4, "case"),
        ("two", "two", "NUM", 4, "nummod"),
        ("people", "people", "NOUN", 5, "obl"),
        ("briefed", "brief", "VERB", 12, deprel),
        ("on", "on", "ADP", 8, "case"),
        ("the", "the", "DET", 8, "det"),
        ("talks", "talk", "NOUN", 5, "obl"),
        (",", ",", "PUNCT", 12, "punct"),
        ("the", "the", "DET", 11, "det"),
        ("witness", "witness", "NOUN", 12, "nsubj"),
        ("lied", "lie", "VERB", 0, "root"),
    ]
    tree = with_xpos(tree_from_rows(rows), {5: xpos})  # "briefed"
    assert isinstance(tree, Tree)
    words, _ = after_np(tree, tree.words[1], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == expected


@pytest.mark.parametrize(
    ("xpos", "expected"),
    [
        # "according to exit polls released/VBN by the city, …": the participle describes the polls
        ("VBN", "exit polls released by the city"),
        # NEGATIVE: a finite verb is the clause's ("according to exit polls released/VBD …" misread)
        ("VBD", "exit polls"),
    ],
)
def test_according_to_phrase_keeps_a_participle_after_its_noun(xpos: str, expected: str) -> None:
    rows = [
        ("according", "accord", "VERB", 0, "root"),
        ("to", "to", "ADP", 1, "fixed"),
        ("exit", "exit", "NOUN", 4, "compound"),
        ("polls", "poll", "NOUN", 1, "obl"),
        ("released", "release", "VERB", 4, "acl"),
        ("by", "by", "ADP", 8, "case"),
        ("the", "the", "DET", 8, "det"),
        ("city", "city", "NOUN", 5, "obl"),
        (",", ",", "PUNCT", 1, "punct"),
    ]
    tree = with_xpos(tree_from_rows(rows), {5: xpos})  # "released"
    assert isinstance(tree, Tree)
    words = according_to_phrase(tree, tree.words[1])
    assert " ".join(w.text for w in words) == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Data from the trade office show/NOUN chip imports/nsubj rose": the verb ends the source
        (
            [
                ("show", "show", "NOUN", 8, "compound"),
                ("chip", "chip", "NOUN", 8, "compound"),
                ("imports", "import", "NOUN", 9, "nsubj"),
                ("rose", "rise", "VERB", 0, "root"),
            ],
            "the trade office",
        ),
        # NEGATIVE: a report noun inside the phrase with no clause of its own after it
        (
            [
                ("report", "report", "NOUN", 8, "compound"),
                ("on", "on", "ADP", 8, "case"),
                ("imports", "import", "NOUN", 9, "nsubj"),
                ("rose", "rise", "VERB", 0, "root"),
            ],
            "the trade office report on imports",
        ),
    ],
)
def test_after_a_cue_the_phrase_stops_at_a_verb_read_as_a_noun(
    rest: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    rows = [
        ("Data", "data", "NOUN", 0, "nsubj"),
        ("from", "from", "ADP", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("trade", "trade", "NOUN", 5, "compound"),
        ("office", "office", "NOUN", 8, "compound"),
        *rest,
    ]
    tree = tree_from_rows(rows)
    words, _ = after_np(tree, tree.words[1], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == expected


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        # the parser made the relative clause the root: it still describes the officials
        ("who", "officials who asked not to be named"),
        ("whom", "officials whom aides briefed"),
        # NEGATIVE: "that" may open the content, not describe the source
        ("that", "officials"),
    ],
)
def test_after_according_to_a_relative_clause_hung_elsewhere_describes_the_source(
    relative: str, expected: str
) -> None:
    """ "According to officials who asked not to be named, the budget passed." """
    if relative == "whom":
        clause = [
            ("whom", "whom", "PRON", 6, "obj"),
            ("aides", "aide", "NOUN", 6, "nsubj"),
            ("briefed", "brief", "VERB", 0, "root"),
        ]
    else:
        clause = [
            (relative, relative, "PRON", 5, "nsubj"),
            ("asked", "ask", "VERB", 0, "root"),
            ("not", "not", "PART", 9, "advmod"),
            ("to", "to", "PART", 9, "mark"),
            ("be", "be", "AUX", 9, "aux:pass"),
            ("named", "name", "VERB", 5, "xcomp"),
        ]
    rows = [
        ("According", "accord", "VERB", 5, "advcl"),
        ("to", "to", "ADP", 3, "case"),
        ("officials", "official", "NOUN", 1, "obl"),
        *clause,
        (",", ",", "PUNCT", 5, "punct"),
    ]
    tree = tree_from_rows(rows)
    words, _ = after_np(tree, tree.words[1], tree.sentence.text, set())
    assert " ".join(w.text for w in words) == expected


# "In a statement , Gov. Ana Ruiz ( R ) blasted Congress and said …" as the mini parser read it: the
# name an apposition of "statement", "blasted" without a subject, "said" joined to it
_OPENING: list[tuple[str, str, str, int, str]] = [
    ("In", "in", "ADP", 3, "case"),
    ("a", "a", "DET", 3, "det"),
    ("statement", "statement", "NOUN", 11, "obl"),
    (",", ",", "PUNCT", 3, "punct"),
    ("Gov.", "Gov.", "PROPN", 3, "appos"),
    ("Ana", "Ana", "PROPN", 5, "flat"),
    ("Ruiz", "Ruiz", "PROPN", 5, "flat"),
    ("(", "(", "PUNCT", 9, "punct"),
    ("R", "R", "PROPN", 7, "appos"),
    (")", ")", "PUNCT", 9, "punct"),
    ("blasted", "blast", "VERB", 0, "root"),
    ("Congress", "Congress", "PROPN", 11, "obj"),
    ("and", "and", "CCONJ", 14, "cc"),
    ("said", "say", "VERB", 11, "conj"),
]


def _after_opening(rows: list[tuple[str, str, str, int, str]], verb: int) -> list[str]:

    tree = tree_from_rows(rows)
    word = tree.word(verb)
    assert word is not None
    return [w.text for w in subject_after_opening(tree, word, set())]


def test_the_phrase_after_an_opening_adjunct_is_the_subject_the_parse_lost() -> None:
    # with the party label in brackets, for "said" (joined to "blasted") and "blasted" itself
    assert _after_opening(_OPENING, 14) == ["Gov.", "Ana", "Ruiz", "(", "R", ")"]
    assert _after_opening(_OPENING, 11) == ["Gov.", "Ana", "Ruiz", "(", "R", ")"]


@pytest.mark.parametrize(
    ("rows", "verb"),
    [
        # NEGATIVES: no opening adjunct; an expletive passive; a verb of the reported clause
        ([("Yesterday", "yesterday", "NOUN", 3, "compound"), *_OPENING[1:]], 14),
        (
            [
                ("In", "in", "ADP", 2, "case"),
                ("May", "May", "PROPN", 6, "obl"),
                (",", ",", "PUNCT", 2, "punct"),
                ("it", "it", "PRON", 6, "nsubj:pass"),
                ("was", "be", "AUX", 6, "aux:pass"),
                ("reported", "report", "VERB", 0, "root"),
            ],
            6,
        ),
        (
            [
                ("In", "in", "ADP", 2, "case"),
                ("May", "May", "PROPN", 5, "obl"),
                (",", ",", "PUNCT", 2, "punct"),
                ("Ruiz", "Ruiz", "PROPN", 2, "appos"),
                ("said", "say", "VERB", 0, "root"),
                ("Okafor", "Okafor", "PROPN", 7, "nsubj"),
                ("lied", "lie", "VERB", 5, "ccomp"),
            ],
            7,
        ),
    ],
)
def test_no_subject_after_an_opening_where_the_shape_is_absent(
    rows: list[tuple[str, str, str, int, str]], verb: int
) -> None:
    assert _after_opening(rows, verb) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to a poll by the Ledger - voters back …": a dash set off by spaces ends the phrase,
        # whatever the tagger called it (HYPH) and however the parser hung what follows
        ("It closed , according to a poll by the Ledger - voters", "a poll by the Ledger"),
        ("It closed , according to a poll by the Ledger — voters", "a poll by the Ledger"),
        ("It closed , according to a poll by the Ledger—voters", "a poll by the Ledger"),  # unspaced em dash
        # NEGATIVE: a hyphen inside a word is no dash
        ("It closed , according to a poll by the Ledger-voters", "a poll by the Ledger - voters"),
    ],
)
def test_after_according_to_a_spaced_dash_ends_the_phrase(text: str, expected: str) -> None:
    rows = [
        ("It", "it", "PRON", 2, "nsubj"),
        ("closed", "close", "VERB", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("according", "accord", "VERB", 2, "advcl"),
        ("to", "to", "ADP", 7, "case"),
        ("a", "a", "DET", 7, "det"),
        ("poll", "poll", "NOUN", 4, "obl"),
        ("by", "by", "ADP", 10, "case"),
        ("the", "the", "DET", 10, "det"),
        ("Ledger", "Ledger", "PROPN", 7, "nmod"),
        ("-", "-", "PUNCT", 10, "punct"),
        ("voters", "voter", "NOUN", 10, "obl:agent"),
    ]
    spaced = tree_from_rows(rows)
    words, pos = [], 0
    for w in spaced.words:  # the words at their places in ``text``
        mark = "—" if w.text == "-" and "—" in text else w.text
        start = text.index(mark, pos)
        words.append(w.model_copy(update={"text": mark, "start": start, "end": start + len(mark)}))
        pos = start + len(mark)
    tree = Tree(spaced.sentence.model_copy(update={"words": tuple(words), "text": text, "end": len(text)}))
    found, _ = after_np(tree, tree.words[4], text, set())
    assert " ".join(w.text for w in found) == expected
