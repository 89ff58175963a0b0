"""Requirements of reporting verbs (cue_rules.need_met) and who holds a view (cue_rules.holder), on
hand-made parses, with negative cases."""

from __future__ import annotations

import pytest
from tree_helpers import AS_OKAFOR_CALLED_FOR, Row, okafor_called_for, tree_from_rows, with_xpos

from auditor.cue_rules import after_date, coordinated_verb, holder, need_met
from auditor.models import Word
from auditor.syntax import Tree


def _tree(rows: list[Row]) -> Tree:
    return tree_from_rows(rows, passive_root=True)


def _verb(tree: Tree, text: str) -> Word:
    return next(w for w in tree.words if w.text == text)


# "Smith, who questioned the figures, left."
RELATIVE: list[Row] = [
    ("Smith", "Smith", "PROPN", 6, "nsubj"),
    (",", ",", "PUNCT", 3, "punct"),
    ("who", "who", "PRON", 4, "nsubj"),
    ("questioned", "question", "VERB", 1, "acl:relcl"),
    ("figures", "figure", "NOUN", 4, "obj"),
    ("left", "leave", "VERB", 0, "root"),
]
# "aides to Smith questioning the figures": the parser hangs an -ing clause as a relative clause
RELATIVE_NO_PRONOUN: list[Row] = [
    ("aides", "aide", "NOUN", 0, "root"),
    ("to", "to", "ADP", 3, "case"),
    ("Smith", "Smith", "PROPN", 1, "nmod"),
    ("questioning", "question", "VERB", 3, "acl:relcl"),
    ("figures", "figure", "NOUN", 4, "obj"),
]
# "Ruiz met donors and criticized Okafor."
CONJOINED: list[Row] = [
    ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    ("met", "meet", "VERB", 0, "root"),
    ("donors", "donor", "NOUN", 2, "obj"),
    ("and", "and", "CCONJ", 5, "cc"),
    ("criticized", "criticize", "VERB", 2, "conj"),
    ("Okafor", "Okafor", "PROPN", 5, "obj"),
]
# "She spoke , slamming the deal"
PARTICIPLE: list[Row] = [
    ("She", "she", "PRON", 2, "nsubj"),
    ("spoke", "speak", "VERB", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("slamming", "slam", "VERB", 2, "advcl"),
    ("deal", "deal", "NOUN", 4, "obj"),
]
# "Whitlow is expected to win"
PASSIVE: list[Row] = [
    ("Whitlow", "Whitlow", "PROPN", 3, "nsubj:pass"),
    ("is", "be", "AUX", 3, "aux:pass"),
    ("expected", "expect", "VERB", 0, "root"),
    ("to", "to", "PART", 5, "mark"),
    ("win", "win", "VERB", 3, "xcomp"),
]
# "The question was asked"
ASKED_THING: list[Row] = [
    ("The", "the", "DET", 2, "det"),
    ("question", "question", "NOUN", 4, "nsubj:pass"),
    ("was", "be", "AUX", 4, "aux:pass"),
    ("asked", "ask", "VERB", 0, "root"),
]
# "It is expected to rain"
IMPERSONAL: list[Row] = [
    ("It", "it", "PRON", 3, "nsubj:pass"),
    ("is", "be", "AUX", 3, "aux:pass"),
    ("expected", "expect", "VERB", 0, "root"),
    ("to", "to", "PART", 5, "mark"),
    ("rain", "rain", "VERB", 3, "xcomp"),
]
# "Police discarded the denial and expressed belief in it": the parser makes 'expressed' an adjective
COORDINATED_AMOD: list[Row] = [
    ("Police", "police", "NOUN", 2, "nsubj"),
    ("discarded", "discard", "VERB", 0, "root"),
    ("the", "the", "DET", 4, "det"),
    ("denial", "denial", "NOUN", 2, "obj"),
    ("and", "and", "CCONJ", 6, "cc"),
    ("expressed", "express", "VERB", 7, "amod"),
    ("belief", "belief", "NOUN", 4, "conj"),
]
# NEGATIVE: "the bill and the criticized plan": a real adjective after a determiner
ADJECTIVE: list[Row] = [
    ("the", "the", "DET", 2, "det"),
    ("bill", "bill", "NOUN", 0, "root"),
    ("and", "and", "CCONJ", 6, "cc"),
    ("the", "the", "DET", 6, "det"),
    ("criticized", "criticize", "VERB", 6, "amod"),
    ("plan", "plan", "NOUN", 2, "conj"),
]
# NEGATIVE: "The bill seeks to cut taxes": a thing, not a person, holds no view
THING: list[Row] = [
    ("The", "the", "DET", 2, "det"),
    ("bill", "bill", "NOUN", 3, "nsubj"),
    ("proposed", "propose", "VERB", 0, "root"),
    ("cuts", "cut", "NOUN", 3, "obj"),
]


def _dismissed(noun: str, lemma: str) -> list[Row]:
    """ "Dorsey dismissed the <noun>." """
    return [
        ("Dorsey", "Dorsey", "PROPN", 2, "nsubj"),
        ("dismissed", "dismiss", "VERB", 0, "root"),
        ("the", "the", "DET", 4, "det"),
        (noun, lemma, "NOUN", 2, "obj"),
    ]


@pytest.mark.parametrize(
    ("noun", "lemma", "met"),
    [
        ("comment", "comment", True),
        ("comments", "comment", True),  # listed as written, found through the lemma too
        ("remarks", "remark", True),
        ("critique", "critique", True),
        ("allegations", "allegation", True),
        # NEGATIVES: "dismissed the workers", "dismissed the case"
        ("workers", "worker", False),
        ("case", "case", False),
    ],
)
def test_claim_object(noun: str, lemma: str, met: bool) -> None:
    tree = _tree(_dismissed(noun, lemma))
    assert (need_met("claim", tree, _verb(tree, "dismissed"), None, [], False) is not None) is met


@pytest.mark.parametrize(
    ("rows", "verb", "expected", "how"),
    [
        (RELATIVE, "questioned", "who", "subject"),  # the relative pronoun is a person-like subject
        (RELATIVE_NO_PRONOUN, "questioning", "Smith", "antecedent"),
        (CONJOINED, "criticized", "Ruiz", "subject"),  # nearest_subject looks through the conjunction
        (PARTICIPLE, "slamming", "She", "subject of 'spoke'"),
        (COORDINATED_AMOD, "expressed", "Police", "subject of 'discarded'"),
        # NEGATIVES: an agentless passive names no holder; a real adjective has none
        (PASSIVE, "expected", None, "passive"),
        (ADJECTIVE, "criticized", None, "none"),
    ],
)
def test_holder(rows: list[Row], verb: str, expected: str | None, how: str) -> None:
    tree = _tree(rows)
    found, why = holder(tree, _verb(tree, verb))
    assert (found.text if found else None, why) == (expected, how)


# "A Lakeview poll out Monday showed Ruiz ahead": the parser makes the time word a second subject
POLL_MONDAY: list[Row] = [
    ("A", "a", "DET", 3, "det"),
    ("Lakeview", "Lakeview", "PROPN", 3, "compound"),
    ("poll", "poll", "NOUN", 5, "nsubj"),
    ("Monday", "Monday", "PROPN", 5, "nsubj"),
    ("showed", "show", "VERB", 0, "root"),
    ("Ruiz", "Ruiz", "PROPN", 5, "obj"),
    ("ahead", "ahead", "ADV", 5, "advmod"),
]
# "A poll last month showed Whitlow leading": the time word the subject, the poll its compound
POLL_MONTH: list[Row] = [
    ("A", "a", "DET", 2, "det"),
    ("poll", "poll", "NOUN", 4, "compound"),
    ("last", "last", "ADJ", 4, "amod"),
    ("month", "month", "NOUN", 5, "nsubj"),
    ("showed", "show", "VERB", 0, "root"),
    ("Whitlow", "Whitlow", "PROPN", 5, "obj"),
    ("leading", "lead", "VERB", 5, "xcomp"),
]
# NEGATIVE: "The plan last month showed Whitlow leading": no document among the subjects
PLAN_MONTH: list[Row] = [("plan", "plan", *row[2:]) if row[0] == "poll" else row for row in POLL_MONTH]
# "Sen. Ruiz (D-Ohio) called on Okafor": the name before a bracketed aside
RUIZ_BRACKET_CALLED_ON: list[Row] = [
    ("Saturday", "Saturday", "PROPN", 6, "obl"),
    ("Ruiz", "Ruiz", "PROPN", 1, "conj"),
    ("(", "(", "PUNCT", 4, "punct"),
    ("D-Ohio", "D-Ohio", "PROPN", 2, "appos"),
    (")", ")", "PUNCT", 4, "punct"),
    ("called", "call", "VERB", 0, "root"),
    ("on", "on", "ADP", 8, "case"),
    ("Okafor", "Okafor", "PROPN", 6, "obl"),
]
# NEGATIVE: "Saturday, Ruiz (D-Ohio) then called on Okafor" is kept apart by the adverb
RUIZ_THEN_CALLED_ON: list[Row] = [
    ("Saturday", "Saturday", "PROPN", 7, "obl"),
    *RUIZ_BRACKET_CALLED_ON[1:5],
    ("then", "then", "ADV", 7, "advmod"),
    ("called", "call", "VERB", 0, "root"),
    ("on", "on", "ADP", 9, "case"),
    ("Okafor", "Okafor", "PROPN", 7, "obl"),
]
# NEGATIVES: "the plan called/acl for a ban" (a plan is no person); "as she called for it" with the
# pronoun hung elsewhere (a pronoun right before a verb it is not the subject of is someone else)
PLAN_CALLED_FOR: list[Row] = [
    ("plan", "plan", "NOUN", *row[3:]) if row[0] == "Okafor" else row for row in AS_OKAFOR_CALLED_FOR
]
SHE_CALLED_FOR: list[Row] = [
    ("she", "she", "PRON", *row[3:]) if row[0] == "Okafor" else row for row in AS_OKAFOR_CALLED_FOR
]
# "The petition calls on the council to act": a document's call (``evidence@for/on`` for "call")
PETITION_CALLS_ON: list[Row] = [
    ("The", "the", "DET", 2, "det"),
    ("petition", "petition", "NOUN", 3, "nsubj"),
    ("calls", "call", "VERB", 0, "root"),
    ("on", "on", "ADP", 6, "case"),
    ("the", "the", "DET", 6, "det"),
    ("council", "council", "NOUN", 3, "obl"),
]
# NEGATIVES: "Desperate times call for measures" (no document), "The petition calls the council" (no
# preposition: a phone call, a name)
TIMES_CALL_FOR: list[Row] = [
    ("times", "time", "NOUN", *row[3:])
    if row[0] == "petition"
    else ("for", "for", "ADP", 6, "case")
    if row[0] == "on"
    else row
    for row in PETITION_CALLS_ON
]
PETITION_CALLS: list[Row] = [
    ("The", "the", "DET", 2, "det"),
    ("petition", "petition", "NOUN", 3, "nsubj"),
    ("calls", "call", "VERB", 0, "root"),
    ("the", "the", "DET", 5, "det"),
    ("council", "council", "NOUN", 3, "obj"),
]
# "The audit/ADJ shows a gap": a subject is a noun phrase whatever the tagger called its head
SURVEY_ADJ: list[Row] = [
    ("The", "the", "DET", 2, "det"),
    ("audit", "audit", "ADJ", 3, "nsubj"),
    ("shows", "show", "VERB", 0, "root"),
    ("a", "a", "DET", 5, "det"),
    ("gap", "gap", "NOUN", 3, "obj"),
]
# NEGATIVE: "the audit/ADJ team shows a gap": an adjective hung on the subject is not the document
SURVEY_TEAM: list[Row] = [
    ("the", "the", "DET", 3, "det"),
    ("audit", "audit", "ADJ", 3, "amod"),
    ("team", "team", "NOUN", 4, "nsubj"),
    ("shows", "show", "VERB", 0, "root"),
    ("a", "a", "DET", 6, "det"),
    ("gap", "gap", "NOUN", 4, "obj"),
]


# "Ruiz made it very clear that she won": making something clear is saying it
MADE_IT_CLEAR: list[Row] = [
    ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    ("made", "make", "VERB", 0, "root"),
    ("it", "it", "PRON", 2, "expl"),
    ("very", "very", "ADV", 5, "advmod"),
    ("clear", "clear", "ADJ", 2, "xcomp"),
    ("that", "that", "SCONJ", 8, "mark"),
    ("she", "she", "PRON", 8, "nsubj"),
    ("won", "win", "VERB", 5, "ccomp"),
]
# NEGATIVES: "The primary made it very clear that ..." (no one holds it); "Ruiz made a clear case"
PRIMARY_MADE_IT_CLEAR: list[Row] = [("primary", "primary", "NOUN", 2, "nsubj"), *MADE_IT_CLEAR[1:]]
MADE_A_CLEAR_CASE: list[Row] = [
    ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    ("made", "make", "VERB", 0, "root"),
    ("a", "a", "DET", 5, "det"),
    ("clear", "clear", "ADJ", 5, "amod"),
    ("case", "case", "NOUN", 2, "obj"),
]


@pytest.mark.parametrize(
    ("rows", "verb", "need", "met"),
    [
        (POLL_MONDAY, "showed", "evidence", True),
        (POLL_MONTH, "showed", "evidence", True),
        (PLAN_MONTH, "showed", "evidence", False),
        (AS_OKAFOR_CALLED_FOR, "called", "person@for/on", True),
        (RUIZ_BRACKET_CALLED_ON, "called", "person@for/on", True),
        (RUIZ_THEN_CALLED_ON, "called", "person@for/on", False),
        (PLAN_CALLED_FOR, "called", "person@for/on", False),
        (SHE_CALLED_FOR, "called", "person@for/on", False),
        (PETITION_CALLS_ON, "calls", "evidence@for/on", True),
        (TIMES_CALL_FOR, "calls", "evidence@for/on", False),
        (PETITION_CALLS, "calls", "evidence@for/on", False),
        (PETITION_CALLS_ON, "calls", "person@for/on", False),  # a petition is no person
        (SURVEY_ADJ, "shows", "evidence", True),
        (MADE_IT_CLEAR, "made", "clear", True),
        (PRIMARY_MADE_IT_CLEAR, "made", "clear", False),
        (MADE_A_CLEAR_CASE, "made", "clear", False),
        (SURVEY_TEAM, "shows", "evidence", False),
        (RELATIVE, "questioned", "holder", True),
        (CONJOINED, "criticized", "holder", True),
        (PARTICIPLE, "slamming", "holder", True),
        (PASSIVE, "expected", "passive", True),
        (PASSIVE, "expected", "root", True),
        (RELATIVE, "questioned", "verb", True),
        (PARTICIPLE, "slamming", "participle", True),
        (RELATIVE_NO_PRONOUN, "questioning", "participle", False),  # NEGATIVE: no comma before it
        # NEGATIVES
        (THING, "proposed", "holder", False),  # a bill holds no view
        (IMPERSONAL, "expected", "passive", False),  # "it is expected": the impersonal rule's business
        (RELATIVE, "questioned", "root", False),  # not the main verb
        (RELATIVE, "questioned", "passive", False),
        (PASSIVE, "expected", "holder", False),  # the subject of a passive is not its holder
        (ASKED_THING, "asked", "passive", False),  # "the question was asked twice": a thing, no clause
    ],
)
def test_need_met(rows: list[Row], verb: str, need: str, met: bool) -> None:
    tree = _tree(rows)
    assert (need_met(need, tree, _verb(tree, verb), None, [], False) is not None) is met


# "the rivals called/acl for a ban", "the general, called/acl on Okafor": a past tense the parser read as
# a participle on the noun before it, with no subject of its own (fine tags given to the verb and its head)
def _reread(rows: list[Row], noun_xpos: str, verb_xpos: str) -> Tree:
    verb = next(i for i, row in enumerate(rows, start=1) if row[0] == "called")
    return with_xpos(tree_from_rows(rows), {rows[verb - 1][3]: noun_xpos, verb: verb_xpos})


RIVALS_CALLED_FOR: list[Row] = [
    ("the", "the", "DET", 2, "det"),
    ("rivals", "rival", "NOUN", 0, "root"),
    ("called", "call", "VERB", 2, "acl"),
    ("for", "for", "ADP", 6, "case"),
    ("a", "a", "DET", 6, "det"),
    ("ban", "ban", "NOUN", 3, "obl"),
]
GENERAL_CALLED_ON: list[Row] = [
    ("the", "the", "DET", 2, "det"),
    ("envoy", "envoy", "NOUN", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("called", "call", "VERB", 2, "acl"),
    ("on", "on", "ADP", 6, "case"),
    ("Okafor", "Okafor", "PROPN", 4, "obl"),
]
# NEGATIVES: a passive participle ("the cuts called for by the plan", "rivals called on to testify");
# a singular thing with no comma ("the budget called for a ban")
CUTS_CALLED_FOR_BY: list[Row] = [
    ("the", "the", "DET", 2, "det"),
    ("cuts", "cut", "NOUN", 0, "root"),
    ("called", "call", "VERB", 2, "acl"),
    ("for", "for", "ADP", 3, "compound:prt"),
    ("by", "by", "ADP", 7, "case"),
    ("the", "the", "DET", 7, "det"),
    ("plan", "plan", "NOUN", 3, "obl"),
]
RIVALS_CALLED_ON_TO: list[Row] = [
    ("the", "the", "DET", 2, "det"),
    ("rivals", "rival", "NOUN", 0, "root"),
    ("called", "call", "VERB", 2, "acl"),
    ("on", "on", "ADP", 3, "compound:prt"),
    ("to", "to", "PART", 6, "mark"),
    ("testify", "testify", "VERB", 3, "xcomp"),
]
BUDGET_CALLED_FOR: list[Row] = [
    ("budget", "budget", *row[2:]) if row[0] == "rivals" else row for row in RIVALS_CALLED_FOR
]
# "the banners calling for a ban": a plural noun that holds no view, and an -ing form
BANNERS_CALLED_FOR: list[Row] = [
    ("banners", "banner", *row[2:]) if row[0] == "rivals" else row for row in RIVALS_CALLED_FOR
]


@pytest.mark.parametrize(
    ("rows", "noun_xpos", "verb_xpos", "met"),
    [
        (RIVALS_CALLED_FOR, "NNS", "VBD", True),  # a plural noun can hold a view
        (RIVALS_CALLED_FOR, "NNS", "VBN", True),
        (GENERAL_CALLED_ON, "NN", "VBD", True),  # set off by a comma
        # NEGATIVES
        (BANNERS_CALLED_FOR, "NNS", "VBG", False),  # "banners calling for": no past tense to re-read
        (CUTS_CALLED_FOR_BY, "NNS", "VBN", False),
        (RIVALS_CALLED_ON_TO, "NNS", "VBN", False),
        (BUDGET_CALLED_FOR, "NN", "VBD", False),
    ],
)
def test_call_for_reread_as_past_tense(rows: list[Row], noun_xpos: str, verb_xpos: str, met: bool) -> None:
    tree = _reread(rows, noun_xpos, verb_xpos)
    assert (need_met("person@for/on", tree, _verb(tree, "called"), None, [], False) is not None) is met


def test_verb_need_rejects_other_tags() -> None:
    tree = _tree([("the", "the", "DET", 2, "det"), ("question", "question", "NOUN", 0, "root")])
    assert need_met("verb", tree, _verb(tree, "question"), None, [], False) is None


@pytest.mark.parametrize(
    ("rows", "word", "expected"),
    [
        (COORDINATED_AMOD, "expressed", True),
        (ADJECTIVE, "criticized", False),
        (CONJOINED, "criticized", False),
    ],
)
def test_coordinated_verb(rows: list[Row], word: str, expected: bool) -> None:
    tree = _tree(rows)
    assert coordinated_verb(tree, _verb(tree, word)) is expected


_IT_READ: list[Row] = [("it", "it", "PRON", 2, "nsubj"), ("read", "read", "VERB", 0, "root")]
_STATEMENT_READ: list[Row] = [
    ("the", "the", "DET", 2, "det"),
    ("statement", "statement", "NOUN", 3, "nsubj"),
    ("read", "read", "VERB", 0, "root"),
]
_OKAFOR_READ: list[Row] = [
    ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
    ("read", "read", "VERB", 0, "root"),
    ("it", "it", "PRON", 2, "obj"),
]


def _inverted_read(noun: str, mark: str = "”") -> list[Row]:
    """ "“Vote Ruiz,” read the <noun>": the quotation's closing mark right before the verb."""
    return [
        ("Ruiz", "Ruiz", "PROPN", 0, "root"),
        (mark, mark, "PUNCT", 1, "punct"),
        ("read", "read", "VERB", 1, "conj"),
        ("the", "the", "DET", 5, "det"),
        (noun, noun, "NOUN", 3, "obj"),
    ]


def _relative_read(noun: str, head_of_read: int = 3, deprel: str = "acl:relcl") -> list[Row]:
    """ "held up a <noun> that read “…”": the relative clause on its noun, or (head 1) on the verb."""
    return [
        ("held", "hold", "VERB", 0, "root"),
        ("a", "a", "DET", 3, "det"),
        (noun, noun, "NOUN", 1, "obj"),
        ("that", "that", "PRON", 5, "nsubj"),
        ("read", "read", "VERB", head_of_read, deprel),
    ]


@pytest.mark.parametrize(
    ("rows", "quoted", "met"),
    [
        (_STATEMENT_READ, True, True),  # "“…,” the statement read"
        (_IT_READ, True, True),  # "“Save the old pier,” it read"
        (_relative_read("sign"), True, True),  # "a sign that read “No war”"
        (_relative_read("shirt"), True, True),
        # the mini parser hung the clause on the main verb: the noun before "that" is still read
        (_relative_read("sign", head_of_read=1, deprel="conj"), True, True),
        (_relative_read("banner", head_of_read=1, deprel="ccomp"), True, True),
        # NEGATIVES: a person reads; no quotation next to the verb; a noun without words on it; a
        # clause hung on the main verb as an adverbial (the source stage would take the main subject)
        (_OKAFOR_READ, True, False),
        (_STATEMENT_READ, False, False),
        (_relative_read("sign"), False, False),
        (_relative_read("dog"), True, False),
        (_relative_read("dog", head_of_read=1, deprel="conj"), True, False),
        (_relative_read("sign", head_of_read=1, deprel="advcl"), True, False),
        # inverted after the quotation: "“Vote Ruiz,” read the statement / the sign"
        (_inverted_read("statement"), True, True),
        (_inverted_read("sign"), True, True),
        # NEGATIVES: a thing without words; no closing mark before the verb; no quotation
        (_inverted_read("dog"), True, False),
        (_inverted_read("statement", mark=","), True, False),
        (_inverted_read("statement"), False, False),
    ],
)
def test_text_need(rows: list[Row], quoted: bool, met: bool) -> None:
    from auditor.models import QuoteSpan, Span

    quote = QuoteSpan(start=0, end=3, inner=Span(start=1, end=2), text="x", open_mark="“", close_mark="”")
    tree = _tree(rows)
    got = need_met("text", tree, _verb(tree, "read"), None, [quote] if quoted else [], False)
    assert (got is not None) is met


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ([], "for"),
        ([("Wednesday", "Wednesday", "PROPN", 2, "obl:tmod")], "for"),  # a date says when
        ([("last", "last", "ADJ", 4, "amod"), ("week", "week", "NOUN", 2, "obl:tmod")], "for"),
        # NEGATIVE: a word that is no date stays the next word ("called Ruiz for …")
        ([("Ruiz", "Ruiz", "PROPN", 2, "obj")], "Ruiz"),
    ],
)
def test_after_date_skips_a_date_between_verb_and_preposition(between: list[Row], expected: str) -> None:
    rows = okafor_called_for(between)
    tree = tree_from_rows(rows)
    found = after_date(tree, tree.words[1])
    assert found is not None and found.text == expected
