"""Tests for auditor.content_repair on hand-made parses: each repair and its negative cases."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows, with_xpos
from word_helpers import tagged_words

from auditor.content_repair import closing_report, joined_clauses
from auditor.models import Word


def _sibling_rows(opener: str) -> list[Row]:
    """Rows of "said she thinks <opener> the city is safe", parsed as two clauses of "said"."""
    rows: list[Row] = [
        ("said", "say", "VERB", 0, "root"),
        ("she", "she", "PRON", 3, "nsubj"),
        ("thinks", "think", "VERB", 1, "ccomp"),
    ]
    first = 4
    if opener:
        rows.append((opener, opener, "PUNCT" if not opener.isalpha() else "CCONJ", 8, "punct"))
        first = 5
    rows += [
        ("the", "the", "DET", first + 1, "det"),
        ("city", "city", "NOUN", first + 3, "nsubj"),
        ("is", "be", "AUX", first + 3, "cop"),
        ("safe", "safe", "ADJ", 1, "ccomp"),
    ]
    return rows


@pytest.mark.parametrize(
    ("opener", "joined"),
    [("", True), (",", True), ("—", False), ("but", False)],
)
def test_sibling_clauses_are_joined_unless_a_dash_or_but_opens_the_second(opener: str, joined: bool) -> None:
    tree = tree_from_rows(_sibling_rows(opener))
    said, thinks = tree.word(1), tree.word(3)
    assert said is not None and thinks is not None
    words = joined_clauses(tree, said, thinks, tree.subtree(thinks.index))
    assert (max(w.index for w in words) == len(tree.words)) is joined


def _words(rows: list[Row]) -> list[Word]:
    return list(tree_from_rows(rows).words)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([("Asked", "ask", "VERB", 0, "root"), ("whether", "whether", "SCONJ", 1, "mark")], True),
        ([("When", "when", "ADV", 2, "advmod"), ("pressed", "press", "VERB", 0, "root")], True),
        # NEGATIVES: a gerund that is the sentence's subject; a noun opening
        ([("Defending", "defend", "VERB", 0, "root"), ("it", "it", "PRON", 1, "obj")], False),
        ([("In", "in", "ADP", 2, "case"), ("Moscow", "Moscow", "PROPN", 0, "root")], False),
    ],
)
def test_occasion_opening(rows: list[Row], expected: bool) -> None:
    from auditor.content_repair import occasion_opening

    assert occasion_opening(_words(rows)) is expected


# "suggested the reports could be true" with the predicate as a conjunct of the verb
_SPLIT: list[Row] = [
    ("suggested", "suggest", "VERB", 0, "root"),
    ("reports", "report", "NOUN", 1, "obj"),
    ("could", "could", "AUX", 4, "aux"),
    ("true", "true", "ADJ", 1, "conj"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_SPLIT, [4]),
        # NEGATIVES: "and will appeal" (a second predicate of the source); no auxiliary or copula
        (
            [
                ("denied", "deny", "VERB", 0, "root"),
                ("charges", "charge", "NOUN", 1, "obj"),
                ("and", "and", "CCONJ", 5, "cc"),
                ("will", "will", "AUX", 5, "aux"),
                ("appeal", "appeal", "VERB", 1, "conj"),
            ],
            [],
        ),
        ([*_SPLIT[:2], ("true", "true", "ADJ", 1, "conj")], []),
    ],
)
def test_split_clause_predicate(rows: list[Row], expected: list[int]) -> None:
    from auditor.content_repair import split_clause_predicate

    tree = tree_from_rows(rows)
    verb, obj = tree.word(1), tree.word(2)
    assert verb is not None and obj is not None
    assert [w.index for w in split_clause_predicate(tree, verb, [obj])] == expected


@pytest.mark.parametrize(
    ("deprel", "expected"),
    [("acl", "pact"), ("xcomp", "pact"), ("advcl", None)],
)
def test_modified_noun(deprel: str, expected: str | None) -> None:
    """ "signed a pact endorsed by X": the participle on its noun (acl) or on the verb (xcomp)."""
    from auditor.content_repair import modified_noun

    head = 3 if deprel == "acl" else 1
    tree = tree_from_rows(
        [
            ("signed", "sign", "VERB", 0, "root"),
            ("a", "a", "DET", 3, "det"),
            ("pact", "pact", "NOUN", 1, "obj"),
            ("endorsed", "endorse", "VERB", head, deprel),
        ]
    )
    verb = tree.word(4)
    assert verb is not None
    found = modified_noun(tree, verb)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Noting he had won, Smith said": the clause up to the comma
        (
            [
                ("Noting", "note", "VERB", 6, "advcl"),
                ("he", "he", "PRON", 4, "nsubj"),
                ("had", "have", "AUX", 4, "aux"),
                ("won", "win", "VERB", 6, "ccomp"),
                (",", ",", "PUNCT", 6, "punct"),
                ("Smith", "Smith", "PROPN", 7, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            ["he", "had", "won"],
        ),
        # NEGATIVE: no finite verb before the comma ("Speaking to reporters,")
        (
            [
                ("Speaking", "speak", "VERB", 5, "advcl"),
                ("to", "to", "ADP", 3, "case"),
                ("reporters", "reporter", "NOUN", 1, "obl"),
                (",", ",", "PUNCT", 5, "punct"),
                ("Smith", "Smith", "PROPN", 6, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            [],
        ),
    ],
)
def test_opening_participle_clause(rows: list[Row], expected: list[str]) -> None:
    from auditor.content_repair import opening_participle_clause

    tree = tree_from_rows(rows)
    verb = tree.word(1)
    assert verb is not None
    assert [w.text for w in opening_participle_clause(tree, verb)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Alvarez wrote:", "I think it is timely."], "I think it is timely."),
        # NEGATIVES: words after the colon; a quotation next
        (["Alvarez wrote: it is timely.", "Next paragraph."], None),
        (["Alvarez wrote:", "“It is timely.”"], None),
    ],
)
def test_next_paragraph(paragraphs: list[str], expected: str | None) -> None:
    from auditor.conllu import article_from_paragraphs
    from auditor.content_repair import next_paragraph
    from auditor.models import ParsedArticle, Sentence

    article = article_from_paragraphs("t", paragraphs)
    first = article.segments[0]
    s = Sentence(index=0, start=first.start, end=first.end, text=first.text, paragraph=0, words=())
    parsed = ParsedArticle(article=article, sentences=(s,))
    found = next_paragraph(parsed, s, article.text.index(":") + 1)
    assert (article.text[found.start : found.end] if found else None) == expected


@pytest.mark.parametrize(
    ("before", "joined"),
    [
        # "Haldane said the race/nsubj was over/ccomp": the verb has its subject; the second is the clause's
        (True, True),
        # NEGATIVE: with no subject before the verb, the one after it may be the verb's own (inversion)
        (False, False),
    ],
)
@pytest.mark.parametrize("source_before", [False, True])
def test_a_second_subject_after_the_verb_is_the_clauses(
    before: bool, joined: bool, source_before: bool
) -> None:
    """With ``source_before`` (the source stands before the verb though the parser hung it elsewhere:
    "A senior official, who was not authorized/ccomp …, said sources/nsubj in the office were …"), the
    subject after the verb is the clause's even when the verb has none before it."""
    joined = joined or source_before
    rows: list[Row] = [("Haldane", "Haldane", "PROPN", 2, "nsubj")] if before else []
    k = len(rows)
    rows += [
        ("said", "say", "VERB", 0, "root"),
        ("the", "the", "DET", k + 3, "det"),
        ("race", "race", "NOUN", k + 1, "nsubj"),
        ("was", "be", "AUX", k + 5, "cop"),
        ("over", "over", "ADV", k + 1, "ccomp"),
    ]
    tree = tree_from_rows(rows)
    said, over = tree.word(k + 1), tree.word(k + 5)
    assert said is not None and over is not None
    words = joined_clauses(tree, said, over, tree.subtree(over.index), source_before)
    assert (" ".join(w.text for w in sorted(words, key=lambda w: w.index)) == "the race was over") is joined


@pytest.mark.parametrize(
    ("lemma", "phrase", "mark", "joined"),
    [
        # "said both Okafor/obj and Reyes are/ccomp …": a verb of saying takes no object before its clause
        ("say", ("Okafor", "PROPN"), None, True),
        # NEGATIVES: "told Okafor/obj the race was over" names the hearer; "said Monday/obj that …" a time;
        # a phrase before "that" is no part of the clause
        ("tell", ("Okafor", "PROPN"), None, False),
        ("say", ("Monday", "PROPN"), None, False),
        ("say", ("Okafor", "PROPN"), "that", False),
    ],
)
def test_an_object_right_before_the_clause_of_a_verb_of_saying_is_its_subject(
    lemma: str, phrase: tuple[str, str], mark: str | None, joined: bool
) -> None:
    form = {"say": "said", "tell": "told"}[lemma]
    rows: list[Row] = [
        ("He", "he", "PRON", 2, "nsubj"),
        (form, lemma, "VERB", 0, "root"),
        (phrase[0], phrase[0], phrase[1], 2, "obj"),
    ]
    if mark:
        rows.append((mark, mark, "SCONJ", len(rows) + 3, "mark"))
    k = len(rows)
    rows += [("is", "be", "AUX", k + 2, "cop"), ("wrong", "wrong", "ADJ", 2, "ccomp")]
    tree = tree_from_rows(rows)
    said, wrong = tree.word(2), tree.word(k + 2)
    assert said is not None and wrong is not None
    words = joined_clauses(tree, said, wrong, tree.subtree(wrong.index))
    assert (phrase[0] in [w.text for w in words]) is joined


@pytest.mark.parametrize(
    ("before", "rest", "expected"),
    [
        # "The river rose/NOUN on Monday, experts said.": a subject first, nothing after the verb
        ("The/DET river/NOUN rose/NOUN on/ADP Monday/PROPN ,/PUNCT", "", True),
        # NEGATIVES: an opening phrase, a date, words after the verb, too short
        ("In/ADP her/PRON speech/NOUN ,/PUNCT", "", False),
        ("The/DET next/ADJ day/NOUN ,/PUNCT", "", False),
        ("The/DET river/NOUN rose/NOUN on/ADP Monday/PROPN ,/PUNCT", "that/SCONJ it/PRON fell/VERB", False),
        ("Rain/NOUN ,/PUNCT", "", False),
        ("Bridge/PROPN Repairs/PROPN Running/VERB Over/ADP Budget/PROPN ,/PUNCT", "", False),
    ],
)
def test_closing_report(before: str, rest: str, expected: bool) -> None:
    assert closing_report(tagged_words(before), tagged_words(rest) if rest else []) is expected


@pytest.mark.parametrize(
    ("mark", "joined"),
    [
        # 'says Okafor/obj “has/ccomp a record”': an opening quotation mark between them
        ("“", True),
        # NEGATIVE: a comma between them is no part of a quoted clause
        (",", False),
    ],
)
def test_an_object_before_a_quoted_clause_is_its_subject(mark: str, joined: bool) -> None:
    rows: list[Row] = [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("says", "say", "VERB", 0, "root"),
        ("Okafor", "Okafor", "PROPN", 2, "obj"),
        (mark, mark, "PUNCT", 2, "punct"),
        ("has", "have", "VERB", 2, "ccomp"),
        ("a", "a", "DET", 7, "det"),
        ("record", "record", "NOUN", 5, "obj"),
    ]
    tree = tree_from_rows(rows)
    says, has = tree.word(2), tree.word(5)
    assert says is not None and has is not None
    words = joined_clauses(tree, says, has, tree.subtree(has.index))
    assert ("Okafor" in [w.text for w in words]) is joined


@pytest.mark.parametrize(
    ("spec", "inside"),
    [
        ("The/DET Post/PROPN and/CCONJ Courier/PROPN", True),
        # the tagger reads some words of an agency's name as nouns
        ("the/DET Securities/NOUN and/CCONJ Exchange/PROPN Commission/PROPN", True),
        # NEGATIVES: common nouns, or "and" joining clauses
        ("the/DET jobs/NOUN and/CCONJ wages/NOUN", False),
        ("Ruiz/PROPN left/VERB and/CCONJ Okafor/PROPN", False),
    ],
)
def test_and_inside_a_name(spec: str, inside: bool) -> None:
    from auditor.content_repair import inside_name
    from auditor.models import Sentence
    from auditor.syntax import Tree

    words = tagged_words(spec)
    text = " ".join(w.text for w in words)
    tree = Tree(Sentence(index=0, paragraph=0, start=0, end=len(text), text=text, words=tuple(words)))
    conj = next(w for w in words if w.text == "and")
    assert inside_name(tree, conj) is inside


def _told(subject: tuple[str, str, str], clause_head: int) -> list[str]:
    """ "Okafor told her aides <subject> planned to stay", the clause hung on "aides" as a relative clause."""
    from auditor.content_repair import hearer_clause

    rows: list[Row] = [
        ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
        ("told", "tell", "VERB", 0, "root"),
        ("her", "her", "PRON", 4, "nmod:poss"),
        ("aides", "aide", "NOUN", 2, "obj"),
        (subject[0], subject[1], subject[2], 6, "nsubj"),
        ("planned", "plan", "VERB", clause_head, "acl:relcl"),
        ("to", "to", "PART", 8, "mark"),
        ("stay", "stay", "VERB", 6, "xcomp"),
    ]
    tree = tree_from_rows(rows)
    verb = tree.word(2)
    assert verb is not None
    return [w.text for w in hearer_clause(tree, verb)]


@pytest.mark.parametrize(
    ("subject", "clause_head", "expected"),
    [
        # a clause with its own subject that the parser hung on the hearer is what was told
        (("she", "she", "PRON"), 4, ["she", "planned", "to", "stay"]),
        # NEGATIVES: a relative pronoun describes the hearer; a clause hung elsewhere is not this shape
        (("who", "who", "PRON"), 4, []),
        (("she", "she", "PRON"), 2, []),
    ],
)
def test_a_clause_hung_on_the_hearer_of_tell(
    subject: tuple[str, str, str], clause_head: int, expected: list[str]
) -> None:
    assert _told(subject, clause_head) == expected


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        # "In explaining why it failed, Okafor blamed …": the subordinator before the participle
        (("In", "in", "SCONJ", "mark"), ["why", "it", "failed"]),
        (("By", "by", "ADP", "mark"), ["why", "it", "failed"]),
        # NEGATIVE: a word that is not the participle's own ("Then explaining …": an adverb of the clause)
        (("Then", "then", "ADV", "advmod"), []),
    ],
)
def test_opening_participle_clause_after_a_subordinator(
    mark: tuple[str, str, str, str], expected: list[str]
) -> None:
    from auditor.content_repair import opening_participle_clause

    rows: list[Row] = [
        (mark[0], mark[1], mark[2], 2, mark[3]),
        ("explaining", "explain", "VERB", 9, "advcl"),
        ("why", "why", "ADV", 5, "advmod"),
        ("it", "it", "PRON", 5, "nsubj"),
        ("failed", "fail", "VERB", 9, "advcl"),
        (",", ",", "PUNCT", 5, "punct"),
        ("Okafor", "Okafor", "PROPN", 9, "nsubj"),
        ("then", "then", "ADV", 9, "advmod"),
        ("blamed", "blame", "VERB", 0, "root"),
    ]
    tree = with_xpos(tree_from_rows(rows), {5: "VBD"})
    verb = tree.word(2)
    assert verb is not None
    assert [w.text for w in opening_participle_clause(tree, verb)] == expected
