"""Tests for auditor.cue_content predicates on hand-made parses (the rest runs through test_cues)."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.cue_content import has_content, has_object, object_before, speaker_between
from auditor.models import QuoteSpan, Span, Word
from auditor.syntax import Tree

_SIGNALED: list[Row] = [
    ("countries", "country", "NOUN", 2, "nsubj"),
    ("signaled", "signal", "VERB", 0, "root"),
    ("increasing", "increase", "VERB", 2, "xcomp"),
    ("cooperation", "cooperation", "NOUN", 3, "obj"),
]
_ADD: list[Row] = [
    ("plan", "plan", "NOUN", 2, "nsubj"),
    ("would", "would", "AUX", 3, "aux"),
    ("add", "add", "VERB", 0, "root"),
    ("billions", "billion", "NOUN", 3, "obj"),
]


def _said(obj: str, upos: str) -> list[Row]:
    return [
        ("“Yes,”", "yes", "PUNCT", 2, "punct"),
        ("said", "say", "VERB", 0, "root"),
        (obj, obj, upos, 2, "obj"),
    ]


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [
        (_ADD, 3, True),  # "would add billions": a thing
        (_SIGNALED, 2, True),  # "signaled increasing/xcomp cooperation/obj"
        # NEGATIVES: an inverted speaker the parser made the object; a name tagged as a noun; a source noun
        (_said("Zelenskyy", "PROPN"), 2, False),
        (_said("Times", "NOUN"), 2, False),
        (_said("officials", "NOUN"), 2, False),
        # a date the parser made the object says when, not what ("…, the university reported last week")
        (
            [
                ("university", "university", "NOUN", 2, "nsubj"),
                ("reported", "report", "VERB", 0, "root"),
                ("last", "last", "ADJ", 4, "amod"),
                ("week", "week", "NOUN", 2, "obj"),
            ],
            2,
            False,
        ),
    ],
)
def test_has_object(rows: list[Row], verb: int, expected: bool) -> None:
    tree = tree_from_rows(rows)
    word = tree.word(verb)
    assert word is not None and has_object(tree, word) is expected


def _quoted_speaker(close: str, between: list[Row]) -> tuple[Tree, QuoteSpan, Word]:
    """ "“Late<close>” <between> said": a quotation, the words between and the verb."""
    rows: list[Row] = [("“", "“", "PUNCT", 2, "punct"), ("Late", "late", "ADJ", 0, "root")]
    rows += [(close, close, "PUNCT", 2, "punct")] if close else []
    rows += [("”", "”", "PUNCT", 2, "punct"), *between, ("said", "say", "VERB", 2, "parataxis")]
    tree = tree_from_rows(rows)
    closing = next(w for w in tree.words if w.text == "”")
    text = tree.sentence.text
    quote = QuoteSpan(
        start=0,
        end=closing.end,
        inner=Span(start=2, end=closing.start),
        text=text[: closing.end],
        open_mark="“",
        close_mark="”",
    )
    return tree, quote, tree.words[-1]


_LONG_NAME: list[Row] = [
    ("Dana", "Dana", "PROPN", 2, "compound"),
    ("Whitlow", "Whitlow", "PROPN", 2, "nsubj"),
    ("of", "of", "ADP", 7, "case"),
    ("the", "the", "DET", 7, "det"),
    ("Harbor", "Harbor", "PROPN", 7, "compound"),
    ("Institute", "Institute", "PROPN", 4, "nmod"),
    ("for", "for", "ADP", 10, "case"),
    ("Port", "Port", "PROPN", 10, "compound"),
    ("Studies", "Studies", "PROPN", 7, "nmod"),
]


@pytest.mark.parametrize(
    ("close", "between", "expected"),
    [
        (",", _LONG_NAME, True),  # “Late,” Dana Whitlow of the Harbor Institute for Port Studies said
        ("", _LONG_NAME, False),  # NEGATIVE: no comma inside the closing mark: no speaker is announced
        # NEGATIVE: a clause between ("“Late,” she thinks, the mayor said")
        (",", [("she", "she", "PRON", 2, "nsubj"), ("thinks", "think", "VERB", 2, "parataxis")], False),
        (",", [("in", "in", "ADP", 2, "case"), ("May", "May", "PROPN", 2, "obl")], False),  # NEGATIVE: a PP
    ],
)
def test_speaker_between(close: str, between: list[Row], expected: bool) -> None:
    tree, quote, verb = _quoted_speaker(close, between)
    assert speaker_between(tree, tree.sentence.text, quote, verb) is expected


@pytest.mark.parametrize(
    ("text", "upos", "deprel", "expected"),
    [
        ("that", "SCONJ", "mark", True),  # "said that the pier ..."
        # NEGATIVE: "those", which the lemmatiser turns into "that", opens no clause
        ("those", "PRON", "obl", False),
        ("those", "DET", "det", False),
    ],
)
def test_complementizer_reads_the_word_not_its_lemma(
    text: str, upos: str, deprel: str, expected: bool
) -> None:
    from auditor.cue_content import complementizer

    rows: list[Row] = [
        ("She", "she", "PRON", 2, "nsubj"),
        ("thanked", "thank", "VERB", 0, "root"),
        (text, "that", upos, 5, deprel),
        ("who", "who", "PRON", 5, "nsubj"),
        ("came", "come", "VERB", 2, "ccomp"),
    ]
    tree = tree_from_rows(rows)
    assert complementizer(tree, tree.words[2]) is expected


def _called_with_object(middle: list[Row]) -> Tree:
    """ "Bolton called <object words> “disrespectful”": the quotation after the object phrase."""
    rows: list[Row] = [
        ("Bolton", "Bolton", "PROPN", 2, "nsubj"),
        ("called", "call", "VERB", 0, "root"),
        *middle,
        ("“", "“", "PUNCT", 2, "punct"),
        ("disrespectful", "disrespectful", "ADJ", 2, "xcomp"),
        ("”", "”", "PUNCT", 2, "punct"),
    ]
    return tree_from_rows(rows)


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # a long object, a participle modifying one of its nouns included
        (
            [
                ("his", "his", "PRON", 4, "nmod:poss"),
                ("ignorance", "ignorance", "NOUN", 2, "obj"),
                ("of", "of", "ADP", 8, "case"),
                ("seasoned", "season", "VERB", 8, "amod"),
                ("military", "military", "ADJ", 8, "amod"),
                ("commanders", "commander", "NOUN", 4, "nmod"),
            ],
            True,
        ),
        # NEGATIVES: words that are not the object's (a clause of their own); no object at all
        (
            [
                ("the", "the", "DET", 4, "det"),
                ("plan", "plan", "NOUN", 2, "obj"),
                ("and", "and", "CCONJ", 6, "cc"),
                ("left", "leave", "VERB", 2, "conj"),
            ],
            False,
        ),
        ([("again", "again", "ADV", 2, "advmod")], False),
    ],
)
def test_object_before_a_quotation(middle: list[Row], expected: bool) -> None:
    from auditor.models import QuoteSpan, Span

    tree = _called_with_object(middle)
    mark = next(w for w in tree.words if w.text == "“")
    close = next(w for w in tree.words if w.text == "”")
    q = QuoteSpan(
        start=mark.start,
        end=close.end,
        inner=Span(start=mark.end + 1, end=close.start - 1),
        text="disrespectful",
        open_mark="“",
        close_mark="”",
    )
    verb = tree.word(2)
    assert verb is not None
    assert object_before(tree, q, verb) is expected


def _found(joiner: list[Row]) -> list[Row]:
    """ "Okafor had lost the key to the depot, <joiner> found it later": a verb after the comma."""
    n = 9 + len(joiner)
    return [
        ("Okafor", "Okafor", "PROPN", 3, "nsubj"),
        ("had", "have", "AUX", 3, "aux"),
        ("lost", "lose", "VERB", 0, "root"),
        ("the", "the", "DET", 5, "det"),
        ("key", "key", "NOUN", 3, "obj"),
        ("to", "to", "ADP", 8, "case"),
        ("the", "the", "DET", 8, "det"),
        ("depot", "depot", "NOUN", 5, "nmod"),
        (",", ",", "PUNCT", n, "punct"),
        *joiner,
        ("found", "find", "VERB", 3, "conj"),
        ("it", "it", "PRON", n, "obj"),
        ("later", "later", "ADV", n, "advmod"),
    ]


@pytest.mark.parametrize(
    ("joiner", "expected"),
    [
        # "…, but found it later", "…, and then found it": the verb shares the subject; the clause
        # before it is no content of its own
        ([("but", "but", "CCONJ", 11, "cc")], None),
        ([("and", "and", "CCONJ", 12, "cc"), ("then", "then", "ADV", 12, "advmod")], None),
        # NEGATIVE: a speaker between ("…, officials found"): the clause before is what they found
        ([("officials", "official", "NOUN", 11, "nsubj")], "preceding clause"),
    ],
)
def test_a_conjoined_verb_takes_no_preceding_clause(joiner: list[Row], expected: str | None) -> None:
    tree = tree_from_rows(_found(joiner))
    verb = next(w for w in tree.words if w.text == "found")
    assert has_content(tree, verb, (), tree.sentence.text) == expected


def _aside(subject: list[Row], verb_rel: str, verb: tuple[str, str] = ("added", "add")) -> list[Row]:
    """ "The ferry had two delays, <subject> added, and had skipped every single stop since 2019": a
    report set off by commas, with a long conjoined predicate after it (the parser hangs the verb on
    "delays")."""
    n = 6 + len(subject)
    return [
        ("The", "the", "DET", 2, "det"),
        ("ferry", "ferry", "NOUN", 3, "nsubj"),
        ("had", "have", "VERB", 0, "root"),
        ("two", "two", "NUM", 5, "nummod"),
        ("delays", "delay", "NOUN", 3, "obj"),
        (",", ",", "PUNCT", n, "punct"),
        *subject,
        (*verb, "VERB", 5 if verb_rel == "acl" else 0, verb_rel),
        (",", ",", "PUNCT", n + 4, "punct"),
        ("and", "and", "CCONJ", n + 4, "cc"),
        ("had", "have", "AUX", n + 4, "aux"),
        ("skipped", "skip", "VERB", 3, "conj"),
        ("every", "every", "DET", n + 6, "det"),
        ("single", "single", "ADJ", n + 6, "amod"),
        ("stop", "stop", "NOUN", n + 4, "obj"),
        ("since", "since", "ADP", n + 8, "case"),
        ("2019", "2019", "NUM", n + 4, "obl"),
    ]


_AGENCY: list[Row] = [("the", "the", "DET", 8, "det"), ("agency", "agency", "NOUN", 9, "nsubj")]


@pytest.mark.parametrize(
    ("subject", "verb_rel", "verb", "expected"),
    [
        (_AGENCY, "acl", ("added", "add"), "preceding clause"),
        (_AGENCY, "acl", ("agreed", "agree"), "preceding clause"),
        # NEGATIVES: a relative pronoun for a subject ("…, which added, …"); no subject of its own; a
        # view verb that is the sentence's main verb ("Smiling, Okafor agreed, praising the crew")
        ([("which", "which", "PRON", 7, "nsubj")], "acl", ("added", "add"), None),
        ([("then", "then", "ADV", 7, "advmod")], "acl", ("added", "add"), None),
        (_AGENCY, "root", ("agreed", "agree"), None),
    ],
)
def test_a_report_set_off_by_commas(
    subject: list[Row], verb_rel: str, verb: tuple[str, str], expected: str | None
) -> None:
    tree = tree_from_rows(_aside(subject, verb_rel, verb))
    word = next(w for w in tree.words if w.text == verb[0])
    assert has_content(tree, word, (), tree.sentence.text) == expected
