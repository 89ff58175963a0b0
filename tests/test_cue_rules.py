"""Requirements of reporting verbs (cue_rules.need_met) and who holds a view (cue_rules.holder), on
hand-made parses, with negative cases."""

from __future__ import annotations

import pytest
from tree_helpers import Row, tree_from_rows

from auditor.cue_rules import coordinated_verb, holder, need_met, not_a_report
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


@pytest.mark.parametrize(
    ("rows", "verb", "need", "met"),
    [
        (POLL_MONDAY, "showed", "evidence", True),
        (POLL_MONTH, "showed", "evidence", True),
        (PLAN_MONTH, "showed", "evidence", False),
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


# not_a_report: frames in which a reporting verb reports nothing (each with a NEGATIVE counterpart)
FAIR_TO_SAY: list[Row] = [  # "it is fair to say that"
    ("it", "it", "PRON", 3, "expl"),
    ("is", "be", "AUX", 3, "cop"),
    ("fair", "fair", "ADJ", 0, "root"),
    ("to", "to", "PART", 5, "mark"),
    ("say", "say", "VERB", 3, "csubj"),
]
EASY_FOR_YOU: list[Row] = [  # "easy for you to say"
    ("easy", "easy", "ADJ", 0, "root"),
    ("for", "for", "ADP", 3, "mark"),
    ("you", "you", "PRON", 5, "nsubj"),
    ("to", "to", "PART", 5, "mark"),
    ("say", "say", "VERB", 1, "advcl"),
]
QUICK_TO_SAY: list[Row] = [  # "she was quick to say": her words
    ("she", "she", "PRON", 3, "nsubj"),
    ("was", "be", "AUX", 3, "cop"),
    ("quick", "quick", "ADJ", 0, "root"),
    ("to", "to", "PART", 5, "mark"),
    ("say", "say", "VERB", 3, "xcomp"),
]
FILM_CALLED: list[Row] = [  # "a film called Tenemos"
    ("a", "a", "DET", 2, "det"),
    ("film", "film", "NOUN", 0, "root"),
    ("called", "call", "VERB", 2, "acl"),
    ("Tenemos", "Tenemos", "PROPN", 3, "xcomp"),
]
HE_CALLED: list[Row] = [  # "he called Smith a liar"
    ("he", "he", "PRON", 2, "nsubj"),
    ("called", "call", "VERB", 0, "root"),
    ("Smith", "Smith", "PROPN", 2, "obj"),
    ("a", "a", "DET", 5, "det"),
    ("liar", "liar", "NOUN", 2, "xcomp"),
]
TO_SHOW: list[Row] = [  # "she sued to show that ..."
    ("she", "she", "PRON", 2, "nsubj"),
    ("sued", "sue", "VERB", 0, "root"),
    ("to", "to", "PART", 4, "mark"),
    ("show", "show", "VERB", 2, "advcl"),
    ("that", "that", "SCONJ", 7, "mark"),
    ("she", "she", "PRON", 7, "nsubj"),
    ("lied", "lie", "VERB", 4, "ccomp"),
]
HAS_TO_SHOW: list[Row] = [  # "he has to show that": the mini parser's advcl of 'has'
    ("he", "he", "PRON", 2, "nsubj"),
    ("has", "have", "VERB", 0, "root"),
    ("to", "to", "PART", 4, "mark"),
    ("show", "show", "VERB", 2, "advcl"),
    ("that", "that", "SCONJ", 7, "mark"),
    ("he", "he", "PRON", 7, "nsubj"),
    ("won", "win", "VERB", 4, "ccomp"),
]
SHOWING_UP: list[Row] = [  # "voters are showing up"
    ("voters", "voter", "NOUN", 3, "nsubj"),
    ("are", "be", "AUX", 3, "aux"),
    ("showing", "show", "VERB", 0, "root"),
    ("up", "up", "ADP", 3, "compound:prt"),
]
POLLS_SHOW_UP: list[Row] = [  # "polls show Okafor up": the 'up' is Okafor's
    ("polls", "poll", "NOUN", 2, "nsubj"),
    ("show", "show", "VERB", 0, "root"),
    ("Okafor", "Okafor", "PROPN", 2, "obj"),
    ("up", "up", "ADP", 2, "compound:prt"),
]
APPEARED_ON: list[Row] = [  # "she appeared on television"
    ("she", "she", "PRON", 2, "nsubj"),
    ("appeared", "appear", "VERB", 0, "root"),
    ("on", "on", "ADP", 4, "case"),
    ("television", "television", "NOUN", 2, "obl"),
]
APPEARED_TO: list[Row] = [  # "she appeared to win"
    ("she", "she", "PRON", 2, "nsubj"),
    ("appeared", "appear", "VERB", 0, "root"),
    ("to", "to", "PART", 4, "mark"),
    ("win", "win", "VERB", 2, "xcomp"),
]
SEEMED_LIKE: list[Row] = [  # "it seemed like a long shot"
    ("it", "it", "PRON", 2, "nsubj"),
    ("seemed", "seem", "VERB", 0, "root"),
    ("like", "like", "ADP", 5, "case"),
    ("a", "a", "DET", 5, "det"),
    ("shot", "shot", "NOUN", 2, "obl"),
]

THAT_SAID: list[Row] = [  # "But that said, it failed": the writer's aside
    ("But", "but", "CCONJ", 3, "cc"),
    ("that", "that", "PRON", 3, "nsubj"),
    ("said", "say", "VERB", 0, "root"),
    (",", ",", "PUNCT", 3, "punct"),
    ("it", "it", "PRON", 6, "nsubj"),
    ("failed", "fail", "VERB", 3, "parataxis"),
]
MAN_THAT_SAID: list[Row] = [  # "the man that said, no": a noun before the phrase, so a report
    ("the", "the", "DET", 2, "det"),
    ("man", "man", "NOUN", 0, "root"),
    ("that", "that", "PRON", 4, "nsubj"),
    ("said", "say", "VERB", 2, "acl:relcl"),
    (",", ",", "PUNCT", 4, "punct"),
    ("no", "no", "INTJ", 4, "obj"),
]
TO_SAY_THE_LEAST: list[Row] = [  # "odd, to say the least."
    ("odd", "odd", "ADJ", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("to", "to", "PART", 4, "mark"),
    ("say", "say", "VERB", 1, "advcl"),
    ("the", "the", "DET", 6, "det"),
    ("least", "least", "ADJ", 4, "obj"),
    (".", ".", "PUNCT", 1, "punct"),
]
SAY_THE_LEAST_OF_IT: list[Row] = [  # "to say the least of it": the phrase runs on, not set off
    ("to", "to", "PART", 2, "mark"),
    ("say", "say", "VERB", 0, "root"),
    ("the", "the", "DET", 4, "det"),
    ("least", "least", "ADJ", 2, "obj"),
    ("of", "of", "ADP", 6, "case"),
    ("it", "it", "PRON", 4, "nmod"),
]


@pytest.mark.parametrize(
    ("rows", "verb", "lemma", "needs", "expected"),
    [
        (THAT_SAID, "said", "say", "any,participle", "aside"),
        (MAN_THAT_SAID, "said", "say", "any,participle", None),
        (TO_SAY_THE_LEAST, "say", "say", "any,participle", "aside"),
        (SAY_THE_LEAST_OF_IT, "say", "say", "any,participle", None),
        (FAIR_TO_SAY, "say", "say", "any,participle", "aside"),
        (EASY_FOR_YOU, "say", "say", "any,participle", "aside"),
        (QUICK_TO_SAY, "say", "say", "any,participle", None),
        (FILM_CALLED, "called", "call", "quote,naming", "names a thing"),
        (HE_CALLED, "called", "call", "quote,naming", None),
        (TO_SHOW, "show", "show", "clause,evidence", "an aim"),
        (HAS_TO_SHOW, "show", "show", "clause,evidence", None),
        (SHOWING_UP, "showing", "show", "clause,evidence", "particle"),
        (POLLS_SHOW_UP, "show", "show", "clause,evidence", None),
        (APPEARED_ON, "appeared", "appear", "person,evidential", "appearance"),
        (APPEARED_TO, "appeared", "appear", "person,evidential", None),
        (SEEMED_LIKE, "seemed", "seem", "person,evidential", None),
    ],
)
def test_not_a_report(rows: list[Row], verb: str, lemma: str, needs: str, expected: str | None) -> None:
    tree = _tree(rows)
    why = not_a_report(tree, _verb(tree, verb), lemma, needs)
    assert (why is None) if expected is None else (why is not None and expected in why)


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
