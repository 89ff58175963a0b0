"""Frames in which a reporting verb reports nothing (cue_vetoes.not_a_report), on hand-made parses;
each with its counterpart that does report."""

from __future__ import annotations

import pytest
from attribution_helpers import run_attributions
from tree_helpers import AS_OKAFOR_CALLED_FOR, Row, article_from_rows, tree_from_rows

from auditor.cue_vetoes import not_a_report, reduced_relative
from auditor.models import Word
from auditor.syntax import Tree


def _tree(rows: list[Row]) -> Tree:
    return tree_from_rows(rows, passive_root=True)


def _verb(tree: Tree, text: str) -> Word:
    return next(w for w in tree.words if w.text == text)


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
WORTH_NOTING: list[Row] = [  # "it is worth noting that the pier closed": the writer's aside
    ("it", "it", "PRON", 3, "nsubj"),
    ("is", "be", "AUX", 3, "cop"),
    ("worth", "worth", "ADJ", 0, "root"),
    ("noting", "note", "VERB", 3, "xcomp"),
    ("that", "that", "SCONJ", 8, "mark"),
    ("the", "the", "DET", 7, "det"),
    ("pier", "pier", "NOUN", 8, "nsubj"),
    ("closed", "close", "VERB", 4, "ccomp"),
]
SHE_WAS_NOTING: list[Row] = [  # "she was noting that the pier closed": her words
    ("she", "she", "PRON", 3, "nsubj"),
    ("was", "be", "AUX", 3, "aux"),
    ("noting", "note", "VERB", 0, "root"),
    ("that", "that", "SCONJ", 7, "mark"),
    ("the", "the", "DET", 6, "det"),
    ("pier", "pier", "NOUN", 7, "nsubj"),
    ("closed", "close", "VERB", 3, "ccomp"),
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
INTENDED_TO_SHOW: list[Row] = [  # "she intended to show that he lied": her aim
    ("she", "she", "PRON", 2, "nsubj"),
    ("intended", "intend", "VERB", 0, "root"),
    ("to", "to", "PART", 4, "mark"),
    ("show", "show", "VERB", 2, "xcomp"),
    ("that", "that", "SCONJ", 7, "mark"),
    ("he", "he", "PRON", 7, "nsubj"),
    ("lied", "lie", "VERB", 4, "ccomp"),
]
RECORDS_CONTINUE_TO_SHOW: list[Row] = [  # "the records continue to show that he leads": their evidence
    ("records", "records", "NOUN", 2, "nsubj"),
    ("continue", "continue", "VERB", 0, "root"),
    ("to", "to", "PART", 4, "mark"),
    ("show", "show", "VERB", 2, "xcomp"),
    ("that", "that", "SCONJ", 7, "mark"),
    ("he", "he", "PRON", 7, "nsubj"),
    ("leads", "lead", "VERB", 4, "ccomp"),
]
SHE_SEEMED_TO_SUGGEST: list[Row] = [  # "she seemed to suggest that he lied": 'seem' raises her
    ("she", "she", "PRON", 2, "nsubj"),
    ("seemed", "seem", "VERB", 0, "root"),
    ("to", "to", "PART", 4, "mark"),
    ("suggest", "suggest", "VERB", 2, "xcomp"),
    ("that", "that", "SCONJ", 7, "mark"),
    ("he", "he", "PRON", 7, "nsubj"),
    ("lied", "lie", "VERB", 4, "ccomp"),
]
REPORTED_FROM: list[Row] = [  # "Okafor reported from Harlow": a sign-off
    ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
    ("reported", "report", "VERB", 0, "root"),
    ("from", "from", "ADP", 4, "case"),
    ("Harlow", "Harlow", "PROPN", 2, "obl"),
]
REPORTED_FROM_THAT: list[Row] = [  # "Okafor reported from Harlow that it fell": a report
    *REPORTED_FROM,
    ("that", "that", "SCONJ", 7, "mark"),
    ("it", "it", "PRON", 7, "nsubj"),
    ("fell", "fall", "VERB", 2, "advcl"),
]
MARKUP_TWEET: list[Row] = [  # "</tweet>" pasted from a web page
    ("</", "</", "PUNCT", 2, "punct"),
    ("tweet", "tweet", "VERB", 0, "root"),
    (">", ">", "PUNCT", 2, "punct"),
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
APPEARED_AT_WHERE: list[Row] = [  # "she appeared at a fair where she spoke": a place, then its own clause
    ("she", "she", "PRON", 2, "nsubj"),
    ("appeared", "appear", "VERB", 0, "root"),
    ("at", "at", "ADP", 4, "case"),
    ("fair", "fair", "NOUN", 2, "obl"),
    ("where", "where", "ADV", 7, "advmod"),
    ("she", "she", "PRON", 7, "nsubj"),
    ("spoke", "speak", "VERB", 2, "advcl"),
]
APPEARED_IN_TO: list[Row] = [  # "he appeared in his remarks to accept it": how it seemed
    ("he", "he", "PRON", 2, "nsubj"),
    ("appeared", "appear", "VERB", 0, "root"),
    ("in", "in", "ADP", 4, "case"),
    ("remarks", "remark", "NOUN", 2, "obl"),
    ("to", "to", "PART", 6, "mark"),
    ("accept", "accept", "VERB", 2, "xcomp"),
    ("it", "it", "PRON", 6, "obj"),
]
APPEARED_ON_TO_EXPLAIN: list[Row] = [  # "he appeared on radio to explain it": why, not what seems
    ("he", "he", "PRON", 2, "nsubj"),
    ("appeared", "appear", "VERB", 0, "root"),
    ("on", "on", "ADP", 4, "case"),
    ("radio", "radio", "NOUN", 2, "obl"),
    ("to", "to", "PART", 6, "mark"),
    ("explain", "explain", "VERB", 2, "advcl"),
    ("it", "it", "PRON", 6, "obj"),
]
APPEARS_AGAIN: list[Row] = [  # "the footage appears again.": seen, the sentence ends
    ("the", "the", "DET", 2, "det"),
    ("footage", "footage", "NOUN", 4, "nsubj"),
    ("again", "again", "ADV", 4, "advmod"),
    ("appears", "appear", "VERB", 0, "root"),
    (".", ".", "PUNCT", 4, "punct"),
]
# NEGATIVE: "it appears, though, that she won": what seems, after an aside
APPEARS_THOUGH_THAT: list[Row] = [
    ("it", "it", "PRON", 2, "expl"),
    ("appears", "appear", "VERB", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("though", "though", "ADV", 2, "advmod"),
    (",", ",", "PUNCT", 4, "punct"),
    ("that", "that", "SCONJ", 8, "mark"),
    ("she", "she", "PRON", 8, "nsubj"),
    ("won", "win", "VERB", 2, "ccomp"),
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


# "harder than, say, a ferry": "say" set off by commas is the writer's "for example"
THAN_SAY: list[Row] = [
    ("harder", "hard", "ADJ", 0, "root"),
    ("than", "than", "ADP", 6, "case"),
    (",", ",", "PUNCT", 4, "punct"),
    ("say", "say", "VERB", 6, "parataxis"),
    (",", ",", "PUNCT", 4, "punct"),
    ("ferry", "ferry", "NOUN", 1, "obl"),
]
# NEGATIVE: "Ruiz is right, they say, about the ferry": a subject before the verb makes it a report
THEY_SAY: list[Row] = [
    ("right", "right", "ADJ", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("they", "they", "PRON", 4, "nsubj"),
    ("say", "say", "VERB", 1, "parataxis"),
    (",", ",", "PUNCT", 4, "punct"),
    ("ferry", "ferry", "NOUN", 1, "obl"),
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
        (WORTH_NOTING, "noting", "note", "content", "aside"),
        (SHE_WAS_NOTING, "noting", "note", "content", None),
        (FILM_CALLED, "called", "call", "quote,naming", "names a thing"),
        (HE_CALLED, "called", "call", "quote,naming", None),
        (AS_OKAFOR_CALLED_FOR, "called", "call", "quote,person@for/on", None),
        (TO_SHOW, "show", "show", "clause,evidence", "an aim"),
        (HAS_TO_SHOW, "show", "show", "clause,evidence", None),
        (INTENDED_TO_SHOW, "show", "show", "clause,evidence", "an aim"),
        (RECORDS_CONTINUE_TO_SHOW, "show", "show", "clause,evidence", None),
        (SHE_SEEMED_TO_SUGGEST, "suggest", "suggest", "content,evidence", None),
        (REPORTED_FROM, "reported", "report", "any", "sign-off"),
        (REPORTED_FROM_THAT, "reported", "report", "any", None),
        (MARKUP_TWEET, "tweet", "tweet", "verb", "markup"),
        (SHOWING_UP, "showing", "show", "clause,evidence", "particle"),
        (POLLS_SHOW_UP, "show", "show", "clause,evidence", None),
        (APPEARED_ON, "appeared", "appear", "person,evidential", "appearance"),
        (APPEARED_TO, "appeared", "appear", "person,evidential", None),
        (APPEARED_AT_WHERE, "appeared", "appear", "person,evidential", "appearance"),
        (APPEARED_IN_TO, "appeared", "appear", "person,evidential", None),
        (APPEARED_ON_TO_EXPLAIN, "appeared", "appear", "person,evidential", "appearance"),
        (APPEARS_AGAIN, "appears", "appear", "person,evidential", "appearance"),
        (APPEARS_THOUGH_THAT, "appears", "appear", "person,evidential", None),
        (SEEMED_LIKE, "seemed", "seem", "person,evidential", None),
        (THAN_SAY, "say", "say", "any,participle", "for example"),
        (THEY_SAY, "say", "say", "any,participle", None),
    ],
)
def test_not_a_report(rows: list[Row], verb: str, lemma: str, needs: str, expected: str | None) -> None:
    tree = _tree(rows)
    why = not_a_report(tree, _verb(tree, verb), lemma, needs)
    assert (why is None) if expected is None else (why is not None and expected in why)


def _accused(noun: tuple[str, str], after: str, aux: bool = False) -> list[Row]:
    """ "The <noun> [was] accused <after> speeding told police": the parser made "accused" the main verb."""
    k = 4 if aux else 3  # the index of "accused"
    rows: list[Row] = [("The", "the", "DET", 2, "det"), (noun[0], noun[0], noun[1], k, "nsubj")]
    if aux:
        rows.append(("was", "be", "AUX", k, "aux:pass"))
    return [
        *rows,
        ("accused", "accuse", "VERB", 0, "root"),
        (after, after, "SCONJ", k + 2, "mark"),
        ("speeding", "speed", "VERB", k, "advcl"),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_accused(("driver", "NOUN"), "of"), True),  # a participle on the noun before it
        (_accused(("Okafor", "PROPN"), "of"), True),  # "Okafor Accused Of …" in a headline
        # NEGATIVES: the verb's own preposition is "of", not "for"; an auxiliary makes a full passive
        (_accused(("driver", "NOUN"), "for"), False),
        (_accused(("driver", "NOUN"), "of", aux=True), False),
    ],
)
def test_reduced_relative(rows: list[Row], expected: bool) -> None:
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.text == "accused")
    assert reduced_relative(tree, verb) is expected


def test_a_participle_on_a_noun_is_a_passive_report_and_the_noun_phrase_tells() -> None:
    """ "The driver accused of speeding on the pier told police she was tired": "accused" reports an
    accusation by someone unnamed (a passive cue, no source), and the one who told police is the driver
    with her participle phrase, not "the pier" the parser made the subject of "told"."""
    rows: list[Row] = [
        ("The", "the", "DET", 2, "det"),
        ("driver", "driver", "NOUN", 3, "nsubj"),
        ("accused", "accuse", "VERB", 0, "root"),
        ("of", "of", "SCONJ", 5, "mark"),
        ("speeding", "speed", "VERB", 3, "advcl"),
        ("on", "on", "ADP", 8, "case"),
        ("the", "the", "DET", 8, "det"),
        ("pier", "pier", "NOUN", 9, "nsubj"),
        ("told", "tell", "VERB", 3, "conj"),
        ("police", "police", "NOUN", 12, "nsubj"),
        ("she", "she", "PRON", 12, "nsubj"),
        ("tired", "tired", "ADJ", 9, "ccomp"),
    ]
    parsed = article_from_rows(rows)
    text = parsed.article.text
    by_cue = {a.cue.text: a for a in run_attributions(parsed) if a.cue is not None}
    accused, told = by_cue["accused"], by_cue["told"]
    assert accused.cue is not None and accused.cue.kind == "passive" and accused.source is None
    assert told.source is not None
    assert text[told.source.start : told.source.end] == "The driver accused of speeding on the pier"
