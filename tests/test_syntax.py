"""Sentence helpers (auditor.syntax): title-case lines, "as" subjects and passive agents, with negatives."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows, with_xpos
from word_helpers import one_word

from auditor.models import Word
from auditor.syntax import agent, as_subject, own_span, title_case


def _words(line: str) -> list[Word]:
    return [one_word(t, "PUNCT" if not t.isalnum() else "X") for t in line.split()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ruiz Says She Will Win", True),
        ("Okafor Calls for Inquiry Into Leaks", True),  # short function words do not count
        ("Zelensky Alleges Russian Strike on Kyiv , Officials Say", True),
        # NEGATIVES: a sentence with a few names, a short line, a line of short words
        ("Ruiz said she will win the vote in Lindale", False),
        ("Peskov told Reuters that Putin would attend", False),
        ("Ruiz Wins .", False),  # under four words: too short to call
        ("It Is So Up To Us", False),
    ],
)
def test_title_case(line: str, expected: bool) -> None:
    assert title_case(_words(line)) is expected


@pytest.mark.parametrize(
    ("text", "word", "start", "end", "expected"),
    [
        ("He’s here", "He", 0, 4, (0, 2)),  # the first word of a multi-word token
        ("He’s here", "’s", 0, 4, (2, 4)),  # its clitic
        ("He’s here", "here", 5, 9, (5, 9)),  # a token of one word keeps its span
        # NEGATIVE: an expansion that does not spell the token ("gonna" -> "going") keeps the token's span
        ("gonna go", "going", 0, 5, (0, 5)),
    ],
)
def test_own_span(text: str, word: str, start: int, end: int, expected: tuple[int, int]) -> None:
    w = one_word(word, "X").model_copy(update={"start": start, "end": end})
    assert own_span(w, text) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a capitalised modal right after a name is the surname
        ([("Theresa", "PROPN"), ("May", "AUX"), ("said", "VERB"), ("it", "PRON"), ("rained", "VERB")], True),
        ([("George", "PROPN"), ("Will", "AUX"), ("wrote", "VERB"), ("it", "PRON"), ("rained", "VERB")], True),
        # NEGATIVES: a lower-case modal; a title-case line; no name before it
        ([("Ruiz", "PROPN"), ("may", "AUX"), ("say", "VERB"), ("more", "ADJ")], False),
        (
            [("Reyes", "PROPN"), ("Will", "AUX"), ("Easily", "ADV"), ("Defeat", "VERB"), ("Mayor", "PROPN")],
            False,
        ),
        ([("So", "ADV"), ("Will", "AUX"), ("we", "PRON"), ("say", "VERB")], False),
        # no name before it, but a past form of a reporting verb after it: "In particular, Will wrote"
        ([(",", "PUNCT"), ("Will", "AUX"), ("wrote", "VERB"), (",", "PUNCT")], True),
        # NEGATIVE: a bare form after it is the modal's ("…, Will say more" would be a question)
        ([(",", "PUNCT"), ("Will", "AUX"), ("say", "VERB"), ("more", "ADJ")], False),
    ],
)
def test_surname_modal(rows: list[tuple[str, str]], expected: bool) -> None:
    from tree_helpers import tree_from_rows

    from auditor.syntax import surname_modal

    tree = tree_from_rows([(t, t.lower(), u, 0, "dep") for t, u in rows])
    assert surname_modal(tree, tree.words[1]) is expected


# "Aid stalled, as Democrats accused": "Democrats" an oblique of "accused" with "as" for its case
_AS: list[Row] = [
    ("Aid", "aid", "NOUN", 2, "nsubj"),
    ("stalled", "stall", "VERB", 0, "root"),
    (",", ",", "PUNCT", 6, "punct"),
    ("as", "as", "ADP", 5, "case"),
    ("Democrats", "Democrat", "NOUN", 6, "obl"),
    ("accused", "accuse", "VERB", 2, "conj"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_AS, ["Democrats"]),
        # "As The Hill reported, …": a comment clause opening the sentence, set off by a comma after the verb
        (
            [
                ("As", "as", "ADP", 2, "case"),
                ("Hill", "Hill", "PROPN", 3, "obl"),
                ("reported", "report", "VERB", 0, "root"),
                (",", ",", "PUNCT", 3, "punct"),
            ],
            ["Hill"],
        ),
        # NEGATIVE: "As Democrats …" opening the sentence with no comma after the verb is an opener
        (
            [
                ("As", "as", "ADP", 2, "case"),
                ("Democrats", "Democrat", "NOUN", 3, "obl"),
                ("accused", "accuse", "VERB", 0, "root"),
            ],
            [],
        ),
    ],
)
def test_as_subject(rows: list[Row], expected: list[str]) -> None:
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.upos == "VERB" and w.deprel in ("root", "conj") and w.index > 2)
    assert [w.text for w in as_subject(tree, verb)] == expected


@pytest.mark.parametrize(
    ("by_head", "expected"),
    [
        # "As reported by Ledger , crews found": the parser hung the "by" phrase on the main verb
        (4, "Ledger"),
        # NEGATIVE: "by" hung on a noun before it is no agent of the participle
        (1, None),
    ],
)
def test_the_agent_right_after_a_reduced_passive(by_head: int, expected: str | None) -> None:
    rows: list[Row] = [
        ("As", "as", "SCONJ", 2, "mark"),
        ("reported", "report", "VERB", 7, "advcl"),
        ("by", "by", "ADP", by_head, "case"),
        ("Ledger", "Ledger", "PROPN", 7, "obl"),
        (",", ",", "PUNCT", 2, "punct"),
        ("crews", "crew", "NOUN", 7, "nsubj"),
        ("found", "find", "VERB", 0, "root"),
    ]
    tree = with_xpos(tree_from_rows(rows), {2: "VBN"})
    verb = tree.word(2)
    assert verb is not None
    found = agent(tree, verb)
    assert (found.text if found else None) == expected


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # "The union has/ccomp in recent years argued": a short phrase between the auxiliary and the verb
        (
            [
                ("in", "in", "ADP", 5, "case"),
                ("the", "the", "DET", 5, "det"),
                ("past", "past", "NOUN", 2, "obl"),
            ],
            "have",
        ),
        ([("often", "often", "ADV", 6, "advmod")], "have"),
        # NEGATIVES: an auxiliary the parser hung on the verb as its auxiliary; a phrase with no preposition
        ([], None),
        ([("the", "the", "DET", 4, "det"), ("past", "past", "NOUN", 2, "obl")], None),
    ],
)
def test_auxiliary_before_steps_over_a_short_phrase(middle: list[Row], expected: str | None) -> None:
    from auditor.syntax import auxiliary_before

    n = 3 + len(middle)  # the index of "said"
    aux_rel = "aux" if not middle else "ccomp"
    rows: list[Row] = [
        ("allies", "ally", "NOUN", 2, "nsubj"),
        ("have", "have", "VERB", n, aux_rel),
        *middle,
        ("said", "say", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    found = auxiliary_before(tree, tree.words[-1])
    assert (found.text if found else None) == expected


def _relative_opening(subject_rel: str) -> list[Row]:
    """ "Ana Ruiz , who ran the port , said …": the name hung on the relative clause's verb."""
    return [
        ("Ana", "Ana", "PROPN", 2, "compound"),
        ("Ruiz", "Ruiz", "PROPN", 5, subject_rel),
        (",", ",", "PUNCT", 5, "punct"),
        ("who", "who", "PRON", 5, "nsubj"),
        ("ran", "run", "VERB", 10, "advcl"),
        ("the", "the", "DET", 7, "det"),
        ("port", "port", "NOUN", 5, "obj"),
        (",", ",", "PUNCT", 10, "punct"),
        ("quickly", "quickly", "ADV", 10, "advmod"),
        ("said", "say", "VERB", 0, "root"),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the parser gave 'ran' both subjects (Ruiz and who) and left 'said' none
        (_relative_opening("nsubj"), "Ruiz"),
        # NEGATIVE: the name is the relative verb's object ("Ruiz, whom …" as the parser read it)
        (_relative_opening("obj"), None),
        # NEGATIVE: the verb has a subject of its own ("…, officials/nsubj said")
        (
            [
                *_relative_opening("nsubj")[:8],
                ("officials", "official", "NOUN", 10, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            None,
        ),
    ],
)
def test_stolen_subject(rows: list[Row], expected: str | None) -> None:
    from auditor.syntax import nearest_subject, stolen_subject

    tree = tree_from_rows(rows)
    verb = tree.words[-1]
    found = stolen_subject(tree, verb)
    assert (found.text if found else None) == expected
    if expected is not None:  # the verb's nearest subject, for the holder of its view
        nearest = nearest_subject(tree, verb)
        assert nearest is not None and nearest.text == expected


@pytest.mark.parametrize(
    ("rel", "comma", "expected"),
    [
        # "“…,” Okafor said, referring/ccomp to the pier": an adjunct the parser made the reported clause
        ("ccomp", True, True),
        ("xcomp", True, True),
        # NEGATIVES: no comma ("said referring to …" is not set off); a conjunct is the parser's own adjunct
        ("ccomp", False, False),
        ("conj", True, False),
    ],
)
def test_trailing_participle(rel: str, comma: bool, expected: bool) -> None:
    from auditor.syntax import trailing_participle

    rows: list[Row] = [
        ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
        *([(",", ",", "PUNCT", 4, "punct")] if comma else []),
        ("referring", "refer", "VERB", 2, rel),
        ("to", "to", "ADP", 6 if comma else 5, "case"),
        ("piers", "pier", "NOUN", 4 if comma else 3, "obl"),
    ]
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.text == "referring")
    assert trailing_participle(tree, verb) is expected


@pytest.mark.parametrize(
    ("verb", "lemma", "after", "expected"),
    [
        # "He 's said the same thing": a passive 'be' takes no object, so the clitic is "has"
        (
            "said",
            "say",
            [
                ("the", "the", "DET", 5, "det"),
                ("same", "same", "ADJ", 5, "amod"),
                ("thing", "thing", "NOUN", 3, "obj"),
            ],
            False,
        ),
        ("said", "say", [("much", "much", "ADV", 3, "advmod")], False),
        # NEGATIVES: a verb of telling keeps its object in the passive ("He 's told the news"); no object
        ("told", "tell", [("the", "the", "DET", 5, "det"), ("news", "news", "NOUN", 3, "obj")], True),
        ("said", "say", [], True),
    ],
)
def test_a_clitic_before_an_object_is_the_perfect(
    verb: str, lemma: str, after: list[Row], expected: bool
) -> None:
    from auditor.syntax import is_passive

    rows: list[Row] = [
        ("He", "he", "PRON", 3, "nsubj:pass"),
        ("'s", "be", "AUX", 3, "aux:pass"),
        (verb, lemma, "VERB", 0, "root"),
        *after,
    ]
    tree = tree_from_rows(rows)
    assert is_passive(tree, tree.words[2]) is expected
