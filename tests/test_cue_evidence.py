"""A document as the subject of an evidence verb (auditor/cue_evidence.py): the parse's subject, else
the document phrase written right before the verb, on hand-made parses shaped like the mini parser's
mistakes, with negative cases; and the source stage taking that phrase whole."""

from __future__ import annotations

import pytest
from attribution_helpers import run_attributions
from tree_helpers import Row, article_from_rows, tree_from_rows, with_xpos

from auditor.cue_evidence import document_phrase, documentary_subject, surface_evidence_subject
from auditor.cues import find_cues
from auditor.syntax import Tree

# "The latest polling in Harlow shows Okafor ahead": the parser made "polling" a clause of its own and
# gave "shows" no subject
POLLING: list[Row] = [
    ("The", "the", "DET", 3, "det"),
    ("latest", "late", "ADJ", 3, "amod"),
    ("polling", "poll", "VERB", 6, "advcl"),
    ("in", "in", "ADP", 5, "case"),
    ("Harlow", "Harlow", "PROPN", 3, "obl"),
    ("shows", "show", "VERB", 0, "root"),
    ("Okafor", "Okafor", "PROPN", 6, "obj"),
    ("ahead", "ahead", "ADV", 6, "advmod"),
]
POLLING_XPOS = {3: "VBG", 6: "VBZ"}

# "The vote slipped as polls show Ruiz gaining": the parser hung "polls" on the first verb
AS_POLLS: list[Row] = [
    ("The", "the", "DET", 2, "det"),
    ("vote", "vote", "NOUN", 3, "nsubj"),
    ("slipped", "slip", "VERB", 0, "root"),
    ("as", "as", "ADP", 5, "case"),
    ("polls", "poll", "NOUN", 3, "obl"),
    ("show", "show", "VERB", 3, "advcl"),
    ("Ruiz", "Ruiz", "PROPN", 6, "obj"),
    ("gaining", "gain", "VERB", 6, "xcomp"),
]
AS_POLLS_XPOS = {3: "VBD", 6: "VBP"}

# "Exit polls taken in Harlow found that turnout fell": the parser made the place the subject
EXIT_POLLS: list[Row] = [
    ("Exit", "Exit", "PROPN", 2, "compound"),
    ("polls", "poll", "NOUN", 3, "nsubj:pass"),
    ("taken", "take", "VERB", 6, "ccomp"),
    ("in", "in", "ADP", 5, "case"),
    ("Harlow", "Harlow", "PROPN", 6, "nsubj"),
    ("found", "find", "VERB", 0, "root"),
    ("that", "that", "SCONJ", 9, "mark"),
    ("turnout", "turnout", "NOUN", 9, "nsubj"),
    ("fell", "fall", "VERB", 6, "ccomp"),
]
EXIT_POLLS_XPOS = {3: "VBN", 6: "VBD", 9: "VBD"}


def _tree(rows: list[Row], xpos: dict[int, str]) -> Tree:
    return with_xpos(tree_from_rows(rows), xpos)


def _word(tree: Tree, text: str):  # type: ignore[no-untyped-def]
    return next(w for w in tree.words if w.text == text)


@pytest.mark.parametrize(
    ("rows", "xpos", "verb", "phrase", "head"),
    [
        (POLLING, POLLING_XPOS, "shows", "The latest polling in Harlow", "polling"),
        (AS_POLLS, AS_POLLS_XPOS, "show", "polls", "polls"),  # stops at the subordinator "as"
        (EXIT_POLLS, EXIT_POLLS_XPOS, "found", "Exit polls taken in Harlow", "polls"),
    ],
)
def test_the_document_phrase_before_a_verb_without_a_document_subject(
    rows: list[Row], xpos: dict[int, str], verb: str, phrase: str, head: str
) -> None:
    tree = _tree(rows, xpos)
    w = _word(tree, verb)
    assert " ".join(x.text for x in surface_evidence_subject(tree, w)) == phrase
    found = documentary_subject(tree, w)
    assert found is not None and found.text == head


@pytest.mark.parametrize(
    ("rows", "xpos"),
    [
        # NEGATIVE: a person heads the phrase ("Okafor in the report showed no sign of it")
        (
            [
                ("Okafor", "Okafor", "PROPN", 0, "root"),
                ("in", "in", "ADP", 4, "case"),
                ("the", "the", "DET", 4, "det"),
                ("report", "report", "NOUN", 1, "nmod"),
                ("showed", "show", "VERB", 1, "acl"),
                ("no", "no", "DET", 7, "det"),
                ("sign", "sign", "NOUN", 5, "obj"),
            ],
            {5: "VBD"},
        ),
        # NEGATIVE: a finite verb between the document and the verb ("the data helped brands find ...")
        (
            [
                ("the", "the", "DET", 2, "det"),
                ("data", "data", "NOUN", 3, "nsubj"),
                ("helped", "help", "VERB", 0, "root"),
                ("brands", "brand", "NOUN", 3, "obj"),
                ("find", "find", "VERB", 3, "xcomp"),
                ("suppliers", "supplier", "NOUN", 5, "obj"),
            ],
            {3: "VBD", 5: "VB"},
        ),
        # NEGATIVE: a gerund after a preposition has no subject ("a research firm adept at finding ...")
        (
            [
                ("a", "a", "DET", 3, "det"),
                ("research", "research", "NOUN", 3, "compound"),
                ("firm", "firm", "NOUN", 0, "root"),
                ("adept", "adept", "ADJ", 3, "amod"),
                ("at", "at", "ADP", 6, "mark"),
                ("finding", "find", "VERB", 4, "advcl"),
                ("wedges", "wedge", "NOUN", 6, "obj"),
            ],
            {6: "VBG"},
        ),
        # NEGATIVE: an aim ("the study was meant to show ..." read as "study to show")
        (
            [
                ("the", "the", "DET", 2, "det"),
                ("study", "study", "NOUN", 0, "root"),
                ("to", "to", "PART", 4, "mark"),
                ("show", "show", "VERB", 2, "acl"),
                ("gains", "gain", "NOUN", 4, "obj"),
            ],
            {4: "VB"},
        ),
    ],
)
def test_no_document_phrase(rows: list[Row], xpos: dict[int, str]) -> None:
    tree = _tree(rows, xpos)
    verb = next(w for w in tree.words if w.lemma in ("show", "find"))
    assert surface_evidence_subject(tree, verb) == []
    assert documentary_subject(tree, verb) is None


def test_a_subject_outside_the_phrase_keeps_the_parse() -> None:
    # "Ruiz said the survey showed gains" with "survey" the subject of "showed": the parse's own
    # document subject is used, not the surface phrase
    rows: list[Row] = [
        ("the", "the", "DET", 2, "det"),
        ("survey", "survey", "NOUN", 3, "nsubj"),
        ("showed", "show", "VERB", 0, "root"),
        ("gains", "gain", "NOUN", 3, "obj"),
    ]
    tree = _tree(rows, {3: "VBD"})
    verb = _word(tree, "showed")
    assert surface_evidence_subject(tree, verb) == []
    found = documentary_subject(tree, verb)
    assert found is not None and found.text == "survey"


@pytest.mark.parametrize(
    ("words", "phrase"),
    [
        # joined words stay in the phrase: a slash between two outlets, a hyphen inside a word
        (["a", "Ledger", "/", "Harbor", "poll"], "a Ledger / Harbor poll"),
        (["campaign", "-", "finance", "reports"], "campaign - finance reports"),
    ],
)
def test_joined_words_stay_in_the_phrase(words: list[str], phrase: str) -> None:
    rows: list[Row] = [(t, t, "SYM" if t in "/-" else "NOUN", len(words) + 1, "compound") for t in words]
    rows.append(("shows", "show", "VERB", 0, "root"))
    tree = tree_from_rows(rows)
    if "-" in words:  # "campaign-finance": no spaces around the hyphen
        k = words.index("-")
        moved = [
            w.model_copy(
                update={"start": w.start - (1 if w.index > k else 0) - (1 if w.index > k + 1 else 0)}
            )
            for w in tree.words
        ]
        moved = [w.model_copy(update={"end": w.start + len(w.text)}) for w in moved]
        tree = Tree(tree.sentence.model_copy(update={"words": tuple(moved)}))
    assert " ".join(w.text for w in document_phrase(tree, tree.words[-1])) == phrase


def test_a_spaced_dash_ends_the_phrase() -> None:
    # "Turnout fell - new polls show": a dash set off by spaces is punctuation
    rows: list[Row] = [
        ("Turnout", "turnout", "NOUN", 2, "nsubj"),
        ("fell", "fall", "VERB", 0, "root"),
        ("-", "-", "PUNCT", 5, "punct"),
        ("polls", "poll", "NOUN", 5, "nsubj"),
        ("show", "show", "VERB", 2, "parataxis"),
    ]
    tree = _tree(rows, {2: "VBD", 5: "VBP"})
    assert [w.text for w in document_phrase(tree, tree.words[-1])] == ["polls"]


@pytest.mark.parametrize(
    ("rows", "xpos", "cue", "source"),
    [
        (POLLING, POLLING_XPOS, "shows", "The latest polling in Harlow"),
        (AS_POLLS, AS_POLLS_XPOS, "show", "polls"),
        (EXIT_POLLS, EXIT_POLLS_XPOS, "found", "Exit polls taken in Harlow"),
    ],
)
def test_the_document_phrase_is_the_cue_and_the_source(
    rows: list[Row], xpos: dict[int, str], cue: str, source: str
) -> None:
    parsed = article_from_rows(rows, xpos)
    assert [c.text for c in find_cues(parsed, ())] == [cue]
    (attribution,) = run_attributions(parsed)
    assert attribution.source is not None and attribution.source.mention == source
    assert attribution.rule.endswith("source: document phrase before the verb")


def test_a_relative_clause_verb_is_not_part_of_the_phrase() -> None:
    # "hosts who doubted/acl:relcl the polls showing Okafor ahead": the polls show it, not "doubted the polls"
    rows: list[Row] = [
        ("hosts", "host", "NOUN", 0, "root"),
        ("who", "who", "PRON", 3, "nsubj"),
        ("doubted", "doubt", "VERB", 1, "acl:relcl"),
        ("the", "the", "DET", 5, "det"),
        ("polls", "poll", "NOUN", 3, "obj"),
        ("showing", "show", "VERB", 5, "acl"),
        ("Okafor", "Okafor", "PROPN", 6, "obj"),
    ]
    tree = _tree(rows, {3: "VBD", 6: "VBG"})
    words = ["whom", *[w.text for w in document_phrase(tree, _word(tree, "showing"))]]
    assert words == ["whom", "the", "polls"]
    rows[1] = ("then", "then", "ADV", 3, "advmod")  # no pronoun to stop at: the relative verb still ends it
    tree = _tree(rows, {3: "VBD", 6: "VBG"})
    assert [w.text for w in document_phrase(tree, _word(tree, "showing"))] == ["the", "polls"]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "A poll/dep this month/nsubj found that ...": the parser made the time word the subject
        (("month", "month"), ["A", "poll", "this", "month"]),
        # NEGATIVE: "A poll voters/nsubj found ...": a noun of its own is the subject
        (("voters", "voter"), []),
    ],
)
def test_a_time_word_subject_inside_the_phrase(subject: tuple[str, str], expected: list[str]) -> None:
    rows: list[Row] = [
        ("A", "a", "DET", 2, "det"),
        ("poll", "poll", "NOUN", 5, "dep"),
        ("this", "this", "DET", 4, "det"),
        (subject[0], subject[1], "NOUN", 5, "nsubj"),
        ("found", "find", "VERB", 0, "root"),
        ("gains", "gain", "NOUN", 5, "obj"),
    ]
    tree = _tree(rows, {5: "VBD"})
    assert [w.text for w in surface_evidence_subject(tree, _word(tree, "found"))] == expected
