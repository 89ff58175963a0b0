"""The attributed content of a reporting verb (``auditor.content``), through ``find_attributions``.

Hand-written sentences, parsed with the mini models: what a reader would call "what was said", with
negatives for the writer's own words around it (openers, asides, a contrast after a semicolon).
"""

from __future__ import annotations

import pytest
from attribution_helpers import run_attributions
from tree_helpers import Row, article_from_rows, okafor_called_for


def _contents(annotator, paragraphs: list[str]) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    text = parsed.article.text
    return [
        (a.cue.text, text[a.content.start : a.content.end] if a.content else None)
        for a in run_attributions(parsed)
        if a.cue is not None
    ]


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "cue", "content"),
    [
        # a stance verb's object with its "of"/"for" phrase
        ("Jones accused the builder of cutting corners.", "accused", "the builder of cutting corners"),
        ("The judge praised the jurors for their patience.", "praised", "the jurors for their patience"),
        # the writer's contrast after a semicolon or ", while" is not part of what was said
        ("The mayor said the budget was balanced; critics disagreed.", "said", "the budget was balanced"),
        (
            "The inspector said the roof was sound, while the engineer disagreed.",
            "said",
            "the roof was sound",
        ),
        # a pair of dashes sets off an aside that stays; a spaced hyphen pair stands for a dash
        (
            "Reyes said the council had limited the debates — and hid them on weekends — to protect Ruiz.",
            "said",
            "the council had limited the debates — and hid them on weekends — to protect Ruiz",
        ),
        (
            "Reyes said the council had limited the debates -- and called on the mayor to resign.",
            "said",
            "the council had limited the debates",
        ),
        # ", and that ..." continues the reported clause
        (
            "She said the vote was fair, and that the count would stand.",
            "said",
            "the vote was fair, and that the count would stand",
        ),
        # a title in quotation marks between the verb and its that-clause is not the content
        (
            "The senator said in her memoir, “Rising Tide,” that she never wanted the job.",
            "said",
            "that she never wanted the job",
        ),
        # an opening phrase with no finite verb is not a clause before ", X said"
        ("In her speech, the senator said the bill would pass.", "said", "the bill would pass"),
        # a preposition right after the verb heads what was said, and stays out of the content
        ("The senator called for a review of the contract.", "called", "a review of the contract"),
        ("The senator called upon the council to act.", "called", "the council to act"),
        # "As X reported, CLAUSE": the main clause is what was reported
        (
            "As the Ledger reported, the mayor signed the deal in secret.",
            "reported",
            "the mayor signed the deal in secret",
        ),
        # ", as X reported" after a clause reports that clause; mid-sentence, the main clause after it
        (
            "The ministers had large villas, as Priya Raman reported in her book.",
            "reported",
            "The ministers had large villas",
        ),
        (
            "In the old capital, as Priya Raman reported, the ministers had large villas.",
            "reported",
            "the ministers had large villas",
        ),
        # a passive with its agent as source reports its subject
        ("The merger was first reported by the Ledger.", "reported", "The merger"),
        # a reduced relative with its agent reports the noun it modifies, without the preposition before it
        ("Residents rejected a plan announced by the mayor on Monday.", "announced", "a plan"),
        # a verb the parser made an adjective of its object ("expressed/amod belief/head"): the object
        (
            "The minister rejected the report and expressed doubt about its figures.",
            "expressed",
            "doubt about its figures",
        ),
        # a reduced passive after "as" reports the clause before it
        (
            "The mayor signed the deal in secret, as reported by the Ledger.",
            "reported",
            "The mayor signed the deal in secret",
        ),
        # "told X to ...": the instruction (with its hearer), while a bare "told X" has no content
        ("Officials told residents not to drink the water.", "told", "residents not to drink the water"),
        # a verb the tagger calls a noun has no clause in the parse: what follows its particle
        ("Dana Whitlow Calls for Independent Audit.", "Calls", "Independent Audit"),
        # a clause without "that" parsed as object + conjunct predicate ("could be true"): both; NEGATIVE:
        # a second predicate of the source after "and" is not part of what was said
        (
            "A South Korean defense official suggested the reports of North Korean casualties in Ukraine "
            "could be true.",
            "suggested",
            "the reports of North Korean casualties in Ukraine could be true",
        ),
        ("The mayor denied the charges and will appeal the verdict.", "denied", "the charges"),
        # a clause the parser cut into sibling clauses of the verb ("thinks/ccomp" + "is/ccomp …") is whole
        (
            "She said she thinks the town is strongest when neighbors work together.",
            "said",
            "she thinks the town is strongest when neighbors work together",
        ),
        (
            "He said it means the company may not have paid rent for nearly two years.",
            "said",
            "it means the company may not have paid rent for nearly two years",
        ),
        # a clause before the source is not what a verb with an object of its own reports
        (
            "Although the mayor has denied the report, council members expressed their concern on Friday.",
            "expressed",
            "their concern on Friday",
        ),
        # a participle opening the sentence reports the clause up to the opening's comma
        (
            "Noting that the vote was close, the mayor called for a recount.",
            "Noting",
            "that the vote was close",
        ),
        # "that" opening the clause even when an aside set off by commas follows its subject
        (
            "She said in a phone interview that audits, with outside experts, were useful.",
            "said",
            "that audits, with outside experts, were useful",
        ),
        # a relative clause set off by commas after the opening name reports up to its closing comma
        ("The mayor, who said she was tired, said the budget would pass.", "said", "she was tired"),
        # an opening about the occasion ("Asked whether …,") is not what the source said; NEGATIVE: a
        # sentence opening with another verb is often its subject, and is reported
        ("Asked whether the talks would resume, the minister said no.", "said", "no"),
        (
            "Asked whether the talks would resume, the minister said no.",
            "Asked",
            "whether the talks would resume",
        ),
        ("Defending the plan will be hard, the minister said.", "said", "Defending the plan will be hard"),
    ],
)
def test_content_of_the_verb(annotator, paragraph: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    rows = _contents(annotator, [paragraph])
    assert (cue, content) in rows, rows


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("second", "content"),
    [
        ("I think the new bridge is a mistake.", "I think the new bridge is a mistake."),
        # NEGATIVE: a quotation in the next paragraph is assigned with its marks, as a quote
        ("“We will rebuild.”", "We will rebuild."),
    ],
)
def test_colon_ending_a_paragraph_introduces_the_next(annotator, second: str, content: str) -> None:  # type: ignore[no-untyped-def]
    rows = _contents(annotator, ["In a post on the council website, Alvarez wrote:", second])
    assert ("wrote", content) in rows, rows


@pytest.mark.stanza
def test_reduced_relative_is_said_by_its_agent(annotator) -> None:  # type: ignore[no-untyped-def]
    """ "a plan announced by the mayor": the mayor announced it, not the subject of the sentence."""
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse(
        [article_from_paragraphs("t", ["Residents rejected a plan announced by the mayor on Monday."])]
    )
    found = {a.cue.text: a.source.mention if a.source else None for a in run_attributions(parsed) if a.cue}
    assert found["announced"] == "the mayor"


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("kind", "content"),
    [("title", "Harbor Bridge Repairs Running Over Budget"), ("body", None)],
)
def test_headline_clause_without_finite_verb_is_reported(annotator, kind: str, content: str | None) -> None:  # type: ignore[no-untyped-def]
    """Headlinese has no finite verb ("Repairs Running Over Budget, Mayor Says"); body text needs one."""
    from auditor.conllu import article_from_paragraphs

    article = article_from_paragraphs("t", ["Harbor Bridge Repairs Running Over Budget, Mayor Ruiz Says"])
    article = article.model_copy(
        update={"segments": tuple(s.model_copy(update={"kind": kind}) for s in article.segments)}
    )
    (parsed,) = annotator.parse([article])
    text = parsed.article.text
    found = {
        a.cue.text: text[a.content.start : a.content.end] if a.content else None
        for a in run_attributions(parsed)
        if a.cue is not None
    }
    assert found.get("Says") == content


def test_closing_cue_takes_the_quote_that_follows_in_its_paragraph(annotator) -> None:  # type: ignore[no-untyped-def]
    (row,) = _contents(annotator, ["“The water is safe,” she said. “We test it every day.”"])
    assert row == ("said", "The water is safe,” she said. “We test it every day.")


@pytest.mark.stanza
def test_quote_before_another_cue_is_not_taken(annotator) -> None:  # type: ignore[no-untyped-def]
    """The next sentence's quote has its own cue: it is that cue's content, not a continuation."""
    rows = _contents(annotator, ["“The water is safe,” she said. “We test it every day,” she added."])
    assert rows == [("said", "The water is safe,"), ("added", "We test it every day,")]


@pytest.mark.stanza
def test_closing_cue_split_into_its_own_sentence_takes_the_quote_before(annotator) -> None:  # type: ignore[no-untyped-def]
    rows = _contents(annotator, ["The council met on Tuesday. “We need answers now.” Ruiz said."])
    assert rows == [("said", "We need answers now.")]
    # a quotation of several sentences, ending with a question
    rows = _contents(
        annotator, ["“He hit my hands. Nobody has ever hit my hands. Are they small hands?” Okafor said."]
    )
    assert rows == [("said", "He hit my hands. Nobody has ever hit my hands. Are they small hands?")]


@pytest.mark.stanza
def test_told_without_instruction_has_no_content(annotator) -> None:  # type: ignore[no-untyped-def]
    assert _contents(annotator, ["Officials told residents about the plan on Monday."]) in (
        [("told", None)],
        [],
    )


def _arguing(
    that_upos: str, tail: list[tuple[str, str, str, int, str]]
) -> list[tuple[str, str, str, int, str]]:
    """ "Ruiz spoke , arguing that/DET new contests in the states <tail>" as the mini parser cut it:
    "that" a determiner of the object, the clause's verb hung on the main verb."""
    return [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("arguing", "argue", "VERB", 2, "advcl"),
        ("that", "that", that_upos, 7, "det"),
        ("new", "new", "ADJ", 7, "amod"),
        ("contests", "contest", "NOUN", 4, "obj"),
        ("in", "in", "ADP", 10, "case"),
        ("the", "the", "DET", 10, "det"),
        ("states", "state", "NOUN", 7, "nmod"),
        *tail,
    ]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            [
                ("would", "would", "AUX", 12, "aux"),
                ("raise", "raise", "VERB", 2, "conj"),
                ("turnout", "turnout", "NOUN", 12, "obj"),
            ],
            "that new contests in the states would raise turnout",
        ),
        # NEGATIVE: no verb follows: "that" points at the contests (the object path, as before)
        (
            [("for", "for", "ADP", 12, "case"), ("hours", "hour", "NOUN", 4, "obl")],
            "that new contests in the states for hours",
        ),
    ],
)
def test_that_after_the_verb_opens_a_clause_the_parser_cut(
    tail: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    from tree_helpers import article_from_rows

    parsed = article_from_rows(_arguing("DET", tail))
    text = parsed.article.text
    found = [text[a.content.start : a.content.end] for a in run_attributions(parsed) if a.content is not None]
    assert found == [expected]


def _contents_of(rows: list[tuple[str, str, str, int, str]]) -> list[str]:
    from tree_helpers import article_from_rows

    parsed = article_from_rows(rows)
    text = parsed.article.text
    return [text[a.content.start : a.content.end] for a in run_attributions(parsed) if a.content is not None]


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # "reported Reyes's decision earlier Sunday/obj": the parser's second object is a date
        (
            [("earlier", "early", "ADJ", 7, "amod"), ("Sunday", "Sunday", "PROPN", 2, "obj")],
            "Reyes 's decision",
        ),
        # NEGATIVE: a second object that is more than a date stays ("to vote Tuesday")
        (
            [("rules", "rule", "NOUN", 7, "compound"), ("Sunday", "Sunday", "PROPN", 2, "obj")],
            "Reyes 's decision rules Sunday",
        ),
    ],
)
def test_a_date_is_no_second_object(date: list[tuple[str, str, str, int, str]], expected: str) -> None:
    rows = [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("reported", "report", "VERB", 0, "root"),
        ("Reyes", "Reyes", "PROPN", 5, "nmod:poss"),
        ("'s", "'s", "PART", 3, "case"),
        ("decision", "decision", "NOUN", 2, "obj"),
        *date,
    ]
    assert _contents_of(rows) == [expected]


@pytest.mark.parametrize(
    ("hearer", "expected"),
    [
        # "told The Harbor/obj Ledger/nsubj she thinks/ccomp": the clause's first subject ends the name
        ("Ledger", "she thinks the House is close"),
        # NEGATIVE: a lower-case first subject is the clause's own
        ("aides", "aides she thinks the House is close"),
    ],
)
def test_the_rest_of_the_hearers_name_is_not_the_clause(hearer: str, expected: str) -> None:
    rows = [
        ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
        ("told", "tell", "VERB", 0, "root"),
        ("The", "the", "DET", 4, "det"),
        ("Harbor", "Harbor", "PROPN", 2, "obj"),
        (hearer, hearer, "PROPN", 7, "nsubj"),
        ("she", "she", "PRON", 7, "nsubj"),
        ("thinks", "think", "VERB", 2, "ccomp"),
        ("the", "the", "DET", 9, "det"),
        ("House", "House", "PROPN", 11, "nsubj"),
        ("is", "be", "AUX", 11, "cop"),
        ("close", "close", "ADJ", 7, "ccomp"),
    ]
    assert _contents_of(rows)[0] == expected


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        # the hearer's name holds an "and": "that" after it still opens what was told
        ("and", ["that he voted"]),
        # NEGATIVE: "but" after the hearer ends the scan; "told" alone reports nothing
        ("but", []),
    ],
)
def test_that_after_a_hearer_with_and_in_its_name(joined: str, expected: list[str]) -> None:
    rows = [
        ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
        ("told", "tell", "VERB", 0, "root"),
        ("The", "the", "DET", 4, "det"),
        ("Post", "Post", "PROPN", 2, "obj"),
        (joined, joined, "CCONJ", 6, "cc"),
        ("Courier", "Courier", "PROPN", 4, "conj"),
        ("that", "that", "SCONJ", 9, "mark"),
        ("he", "he", "PRON", 9, "nsubj"),
        ("voted", "vote", "VERB", 6, "acl"),
    ]
    assert _contents_of(rows) == expected


@pytest.mark.parametrize(
    ("modifier", "expected"),
    [
        # 'told CNN that/DET federal/ADJ aid was "on its way"': a modifier may open the clause's subject
        (("federal", "ADJ"), ['that federal aid was " on its way "']),
        (("three", "NUM"), ['that three aid was " on its way "']),
        # NEGATIVE: an adverb after "that" opens no subject
        (("soon", "ADV"), ['was " on its way "']),
    ],
)
def test_that_after_the_hearer_before_a_modified_subject(
    modifier: tuple[str, str], expected: list[str]
) -> None:
    rows = [
        ("Pryce", "Pryce", "PROPN", 2, "nsubj"),
        ("told", "tell", "VERB", 0, "root"),
        ("CNN", "CNN", "PROPN", 2, "iobj"),
        ("that", "that", "DET", 6, "det"),
        (modifier[0], modifier[0], modifier[1], 6, "amod"),
        ("aid", "aid", "NOUN", 2, "obj"),
        ("was", "be", "AUX", 11, "cop"),
        ('"', '"', "PUNCT", 11, "punct"),
        ("on", "on", "ADP", 11, "case"),
        ("its", "its", "PRON", 11, "nmod:poss"),
        ("way", "way", "NOUN", 2, "ccomp"),
        ('"', '"', "PUNCT", 11, "punct"),
    ]
    assert _contents_of(rows) == expected


def test_a_closing_report_takes_the_words_before_it_when_the_tagger_missed_their_verb() -> None:
    """ "The river rose/NOUN on Monday, experts said.": the clause before the comma is what was said."""
    rows = [
        ("The", "the", "DET", 3, "det"),
        ("river", "river", "NOUN", 3, "compound"),
        ("rose", "rose", "NOUN", 8, "nsubj"),
        ("on", "on", "ADP", 5, "case"),
        ("Monday", "Monday", "PROPN", 3, "nmod"),
        (",", ",", "PUNCT", 5, "punct"),
        ("experts", "expert", "NOUN", 8, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
    ]
    assert _contents_of(rows) == ["The river rose on Monday"]


# "Witnesses saw a man before the flames spread, the documents say": the parser hung "say" on the main
# clause's verb and gave it only the last clause
_DOCUMENTS_SAY: list[tuple[str, str, str, int, str]] = [
    ("Witnesses", "witness", "NOUN", 2, "nsubj"),
    ("saw", "see", "VERB", 0, "root"),
    ("a", "a", "DET", 4, "det"),
    ("man", "man", "NOUN", 2, "obj"),
    ("before", "before", "ADP", 7, "case"),
    ("the", "the", "DET", 7, "det"),
    ("flames", "flame", "NOUN", 8, "nsubj"),
    ("spread", "spread", "VERB", 12, "ccomp"),
    (",", ",", "PUNCT", 12, "punct"),
    ("the", "the", "DET", 11, "det"),
    ("documents", "document", "NOUN", 12, "nsubj"),
    ("say", "say", "VERB", 2, "conj"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_DOCUMENTS_SAY, "Witnesses saw a man before the flames spread"),
        # NEGATIVE: a report that is the sentence's own main verb keeps the clause it was given
        (
            [
                ("Flames", "flame", "NOUN", 2, "nsubj"),
                ("spread", "spread", "VERB", 5, "ccomp"),
                (",", ",", "PUNCT", 5, "punct"),
                ("officials", "official", "NOUN", 5, "nsubj"),
                ("say", "say", "VERB", 0, "root"),
            ],
            "Flames spread",
        ),
    ],
)
def test_a_closing_report_on_the_main_verb_reports_the_whole_clause(
    rows: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    assert expected in _contents_of(rows)


# "She said the plan/obj, which the council approved, would cost/conj more": the clause's subject and
# predicate, with an aside between them
_PLAN_ASIDE: list[tuple[str, str, str, int, str]] = [
    ("She", "she", "PRON", 2, "nsubj"),
    ("said", "say", "VERB", 0, "root"),
    ("the", "the", "DET", 4, "det"),
    ("plan", "plan", "NOUN", 2, "obj"),
    (",", ",", "PUNCT", 9, "punct"),
    ("which", "which", "PRON", 9, "obj"),
    ("the", "the", "DET", 8, "det"),
    ("council", "council", "NOUN", 9, "nsubj"),
    ("approved", "approve", "VERB", 12, "advcl"),
    (",", ",", "PUNCT", 9, "punct"),
    ("would", "would", "AUX", 12, "aux"),
    ("cost", "cost", "VERB", 2, "conj"),
    ("more", "more", "ADJ", 12, "obj"),
]


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        ("conj", "the plan , which the council approved , would cost more"),
        ("parataxis", "the plan , which the council approved , would cost more"),
        # NEGATIVE: no predicate after the aside: the object ends before the writer's relative clause
        ("obj", "the plan"),
    ],
)
def test_an_aside_between_a_clause_subject_and_its_predicate_is_content(relation: str, expected: str) -> None:
    rows = list(_PLAN_ASIDE)
    if relation == "obj":
        rows = rows[:10]  # "She said the plan, which the council approved,"
    else:
        rows[11] = ("cost", "cost", "VERB", 2, relation)
    got = _contents_of(rows)
    assert got and " ".join(got[0].split()) == expected


def _bridge(rest: list[tuple[str, str, str, int, str]]) -> list[tuple[str, str, str, int, str]]:
    """ "The bridge , said Holt , <rest>": an inversion set off in the middle of the sentence, hung on
    the verb of ``rest`` (word 7)."""
    return [
        ("The", "the", "DET", 2, "det"),
        ("bridge", "bridge", "NOUN", 7, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", 7, "parataxis"),
        ("Holt", "Holt", "PROPN", 4, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        *rest,
    ]


@pytest.mark.parametrize(
    ("rest", "whole"),
    [
        ([("reopens", "reopen", "VERB", 0, "root")], True),
        # NEGATIVE: an adjunct of the speaker's after the comma ("…, said Holt, on Monday") ends the aside
        ([("on", "on", "ADP", 8, "case"), ("Monday", "Monday", "PROPN", 0, "root")], False),
    ],
)
def test_a_name_after_the_verb_in_the_middle_reports_the_whole_sentence(
    rest: list[tuple[str, str, str, int, str]], whole: bool
) -> None:
    """ "The bridge, said Holt, reopens": the words on both sides of the aside are what was said."""
    rows = _bridge(rest)
    sentence = " ".join(r[0] for r in rows)
    assert (sentence in _contents_of(rows)) is whole


def _said_this_year(tail: list[tuple[str, str, str, int, str]]) -> list[tuple[str, str, str, int, str]]:
    """ "Li said this year that/PRON cutbacks in the steel and coal sectors <tail>": a date between the verb
    and "that", which the parser read as a relative pronoun."""
    return [
        ("Li", "Li", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
        ("this", "this", "DET", 4, "det"),
        ("year", "year", "NOUN", 2, "obj"),
        ("that", "that", "PRON", 13, "nsubj"),
        ("cutbacks", "cutback", "NOUN", 4, "nmod"),
        ("in", "in", "ADP", 8, "case"),
        ("the", "the", "DET", 8, "det"),
        ("steel", "steel", "NOUN", 6, "nmod"),
        ("and", "and", "CCONJ", 11, "cc"),
        ("coal", "coal", "ADJ", 11, "amod"),
        ("sectors", "sector", "NOUN", 13, "nsubj"),
        *tail,
    ]


@pytest.mark.parametrize(
    ("tail", "opens"),
    [
        ([("could", "could", "AUX", 14, "aux"), ("shrink", "shrink", "VERB", 2, "conj")], True),
        # NEGATIVE: no verb after the long noun phrase: no clause opens
        ([(",", ",", "PUNCT", 2, "punct"), ("officials", "official", "NOUN", 2, "obj")], False),
    ],
)
def test_that_before_a_long_subject_opens_the_clause(
    tail: list[tuple[str, str, str, int, str]], opens: bool
) -> None:
    from tree_helpers import tree_from_rows

    from auditor.content_repair import that_opens_clause

    tree = tree_from_rows(_said_this_year(tail))
    that = tree.word(5)
    assert that is not None
    assert that_opens_clause(tree, that, 3) is opens


_TOLD_THAT: list[tuple[str, str, str, int, str]] = [
    ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    ("told", "tell", "VERB", 0, "root"),
    ("supporters", "supporter", "NOUN", 2, "obj"),
]


@pytest.mark.parametrize(
    ("rest", "opens"),
    [
        # 'told supporters that "we close one chapter"': the quotation mark stands before the subject
        (
            [
                ("that", "that", "PRON", 2, "obj"),
                ('"', '"', "PUNCT", 7, "punct"),
                ("we", "we", "PRON", 7, "nsubj"),
                ("close", "close", "VERB", 2, "advcl"),
            ],
            True,
        ),
        # NEGATIVE: a quoted noun after a determiner "that" is no clause
        (
            [
                ("that", "that", "DET", 6, "det"),
                ('"', '"', "PUNCT", 6, "punct"),
                ("plan", "plan", "NOUN", 2, "obj"),
                ('"', '"', "PUNCT", 6, "punct"),
            ],
            False,
        ),
    ],
)
def test_that_before_a_quotation(rest: list[tuple[str, str, str, int, str]], opens: bool) -> None:
    from tree_helpers import tree_from_rows

    from auditor.content_repair import that_opens_clause

    tree = tree_from_rows([*_TOLD_THAT, *rest])
    that = tree.word(4)
    assert that is not None
    assert that_opens_clause(tree, that, 2) is opens


@pytest.mark.parametrize(
    "subject_head",
    [
        7,  # the parser hung the clause's subject on "said": it still belongs to what was said
        4,  # hung where it belongs, the clause is the same
    ],
)
def test_a_closing_report_keeps_the_subject_the_parser_gave_it(subject_head: int) -> None:
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("agency", "agency", "NOUN", subject_head, "nsubj"),
        ("is", "be", "AUX", 4, "aux"),
        ("investigating", "investigate", "VERB", 7, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("officials", "official", "NOUN", 7, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
    ]
    assert _contents_of(rows) == ["The agency is investigating"]


def _denied(prep: str, noun: str) -> list[tuple[str, str, str, int, str]]:
    """ "Cruz denied the charges <prep> a <noun>": the phrase hung on the object."""
    return [
        ("Cruz", "Cruz", "PROPN", 2, "nsubj"),
        ("denied", "deny", "VERB", 0, "root"),
        ("the", "the", "DET", 4, "det"),
        ("charges", "charge", "NOUN", 2, "obj"),
        (prep, prep, "ADP", 7, "case"),
        ("a", "a", "DET", 7, "det"),
        (noun, noun, "NOUN", 4, "nmod"),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # how the source spoke is not what it said
        (_denied("in", "statement"), "the charges"),
        (_denied("during", "interview"), "the charges"),
        # NEGATIVE: a phrase that is part of the object stays
        (_denied("of", "statement"), "the charges of a statement"),
        (_denied("in", "court"), "the charges in a court"),
    ],
)
def test_an_object_ends_before_the_event_in_which_it_was_said(
    rows: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    assert _contents_of(rows) == [expected]


def _vatican(tense: str) -> list[tuple[str, str, str, int, str]]:
    """ "Aides said the talks were private and <does not | did not> bind anyone": the second predicate
    joined to "said" by the parser, in the tense ``tense`` (VBZ or VBD) of its auxiliary."""
    return [
        ("Aides", "aide", "NOUN", 2, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
        ("the", "the", "DET", 4, "det"),
        ("talks", "talk", "NOUN", 6, "nsubj"),
        ("were", "be", "AUX", 6, "cop"),
        ("private", "private", "ADJ", 2, "ccomp"),
        ("and", "and", "CCONJ", 10, "cc"),
        ("does" if tense == "VBZ" else "did", "do", "AUX", 10, "aux"),
        ("not", "not", "PART", 10, "advmod"),
        ("bind", "bind", "VERB", 2, "conj"),
        ("anyone", "anyone", "PRON", 10, "obj"),
    ]


def _tagged(rows: list[tuple[str, str, str, int, str]], xpos: dict[str, str]) -> list[str]:
    from tree_helpers import article_from_rows

    parsed = article_from_rows(rows)
    sentence = parsed.sentences[0]
    words = tuple(w.model_copy(update={"xpos": xpos.get(w.text)}) for w in sentence.words)
    parsed = parsed.model_copy(update={"sentences": (sentence.model_copy(update={"words": words}),)})
    text = parsed.article.text
    return [text[a.content.start : a.content.end] for a in run_attributions(parsed) if a.content is not None]


@pytest.mark.parametrize(
    ("tense", "expected"),
    [
        # present tense after a past report: still what the aides said
        ("VBZ", "the talks were private and does not bind anyone"),
        # NEGATIVE: in the reporter's past tense it may be the aides' own act: left out
        ("VBD", "the talks were private"),
    ],
)
def test_a_present_predicate_joined_to_a_past_report_continues_the_clause(tense: str, expected: str) -> None:
    xpos = {"said": "VBD", "does": "VBZ", "did": "VBD", "were": "VBD"}
    assert _tagged(_vatican(tense), xpos) == [expected]


# "Ruiz argued during Monday ’s debate that rents rose": the parser hung the clause on "debate"
_ARGUED_DURING: list[tuple[str, str, str, int, str]] = [
    ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    ("argued", "argue", "VERB", 0, "root"),
    ("during", "during", "ADP", 6, "case"),
    ("Monday", "Monday", "PROPN", 6, "nmod:poss"),
    ("’s", "’s", "PART", 4, "case"),
    ("debate", "debate", "NOUN", 2, "obl"),
    ("that", "that", "SCONJ", 9, "mark"),
    ("rents", "rent", "NOUN", 9, "nsubj"),
    ("rose", "rise", "VERB", 6, "acl"),
]


def test_that_after_an_occasion_with_a_possessive_opens_the_clause() -> None:
    from tree_helpers import article_from_rows

    parsed = article_from_rows(_ARGUED_DURING, {5: "POS"})
    text = parsed.article.text
    found = [text[a.content.start : a.content.end] for a in run_attributions(parsed) if a.content is not None]
    assert found == ["that rents rose"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Everyone but Okafor said yes." and its negative "said yes to the plan"
        (
            [
                ("Everyone", "everyone", "PRON", 4, "nsubj"),
                ("but", "but", "CCONJ", 3, "cc"),
                ("Okafor", "Okafor", "PROPN", 1, "conj"),
                ("said", "say", "VERB", 0, "root"),
                ("yes", "yes", "INTJ", 4, "discourse"),
                (".", ".", "PUNCT", 4, "punct"),
            ],
            ["yes"],
        ),
        (
            [
                ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
                ("yes", "yes", "INTJ", 2, "discourse"),
                ("to", "to", "ADP", 5, "case"),
                ("it", "it", "PRON", 2, "obl"),
            ],
            [],
        ),
    ],
)
def test_content_the_parser_left_out(rows: list[tuple[str, str, str, int, str]], expected: list[str]) -> None:
    assert _contents_of(rows) == expected


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "cue", "content"),
    [
        # the clause around a partial quotation whose comma stands inside the closing mark
        (
            "The bill's failure was “heartbreaking,” she said.",
            "said",
            "The bill's failure was “heartbreaking,”",
        ),
        (
            'The plan may be "strategic," said Tom Okafor, a professor.',
            "said",
            'The plan may be "strategic,',
        ),
        # NEGATIVES: a whole quotation after a lead-in; a quotation after the verb too; a whole quotation
        ("Then she turned to the crowd: “Change the world,” she said.", "said", "Change the world,"),
        (
            "Oz is “smart as hell,” Okafor wrote in an email, and “full of nonsense.”",
            "wrote",
            "smart as hell,” Okafor wrote in an email, and “full of nonsense.",
        ),
        ("“We will rebuild,” she said.", "said", "We will rebuild,"),
    ],
)
def test_a_partial_quotation_closing_the_clause_before_the_report(
    annotator, paragraph: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c for found, c in _contents(annotator, [paragraph]) if found == cue] == [content]


def _thinks_so(after: list[tuple[str, str, str, int, str]]) -> list[tuple[str, str, str, int, str]]:
    return [
        ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
        ("thinks", "think", "VERB", 0, "root"),
        ("so", "so", "ADV", 2, "advmod"),
        *after,
    ]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # "Okafor thinks so, too.": "so" stands for a clause already written, so it is the content
        (
            [
                (",", ",", "PUNCT", 5, "punct"),
                ("too", "too", "ADV", 2, "advmod"),
                (".", ".", "PUNCT", 2, "punct"),
            ],
            ["so"],
        ),
        ([(".", ".", "PUNCT", 2, "punct")], ["so"]),
        # NEGATIVES: "so" opening a clause or degree ("thinks so highly of her") reports no clause
        (
            [
                ("highly", "highly", "ADV", 2, "advmod"),
                ("of", "of", "ADP", 6, "case"),
                ("her", "she", "PRON", 2, "obl"),
            ],
            [],
        ),
    ],
)
def test_so_standing_for_a_clause(after: list[tuple[str, str, str, int, str]], expected: list[str]) -> None:
    assert _contents_of(_thinks_so(after)) == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # "Okafor called Wednesday for recounts": the cue is found past the date, and what was called
        # for is the content, without the date or the preposition
        ([("Wednesday", "Wednesday", "PROPN", 2, "obl:tmod")], "recounts"),
        ([], "recounts"),
    ],
)
def test_a_call_past_a_date_keeps_its_content(between: list[Row], expected: str) -> None:
    rows = okafor_called_for(between)
    parsed = article_from_rows(rows)
    (a,) = [a for a in run_attributions(parsed) if a.cue is not None]
    text = parsed.article.text
    assert a.content is not None and text[a.content.start : a.content.end] == expected
