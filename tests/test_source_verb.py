"""The source of a reporting verb read from its subject (``verb_source``), on hand-made parses."""

from __future__ import annotations

import pytest
from tree_helpers import CLOSING_ACL, Row, tree_from_rows, with_xpos

from auditor.source_verb import verb_source
from auditor.syntax import Tree


def _held_up(relative: str, deprel: str, noun: str = "sign") -> list[Row]:
    """ "Ruiz held up a <noun>, <relative> read …" with the clause hung on the main verb as ``deprel``."""
    return [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("held", "hold", "VERB", 0, "root"),
        ("up", "up", "ADP", 2, "compound:prt"),
        ("a", "a", "DET", 5, "det"),
        (noun, noun, "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        (relative, relative, "PRON", 8, "nsubj"),
        ("read", "read", "VERB", 2, deprel),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the mini parser hung the relative clause on "held": the sign reads, not Ruiz
        (_held_up("which", "conj"), "a sign"),
        (_held_up("that", "ccomp", "memo"), "a memo"),
        (_held_up("which", "parataxis"), "a sign"),
        # NEGATIVES: "who" keeps the older reading (a person's appositive is handled elsewhere); an
        # adverbial clause is no relative clause misplaced
        (_held_up("who", "conj"), "Ruiz"),
        (_held_up("which", "advcl"), "Ruiz"),
    ],
)
def test_relative_clause_hung_on_the_main_verb(rows: list[Row], expected: str) -> None:
    tree = tree_from_rows(rows)
    verb = tree.word(8)
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert tree.sentence.text[words[0].start : words[-1].end] == expected


def _whitlow(subject: str) -> list[Row]:
    """ "Dana Whitlow, who managed the campaign, said in May" with the main verb's subject ``subject``."""
    lost = subject == "campaign"  # the relative clause read as adverbial, its object as the subject
    return [
        ("Dana", "Dana", "PROPN", 5 if lost else 9, "dep" if lost else "nsubj"),
        ("Whitlow", "Whitlow", "PROPN", 1, "flat"),
        (",", ",", "PUNCT", 5, "punct"),
        ("who", "who", "PRON", 5, "nsubj"),
        ("managed", "manage", "VERB", 9 if lost else 1, "advcl" if lost else "acl:relcl"),
        ("the", "the", "DET", 7, "det"),
        ("campaign", "campaign", "NOUN", 9 if lost else 5, "nsubj" if lost else "obj"),
        (",", ",", "PUNCT", 9, "punct"),
        ("said", "say", "VERB", 0, "root"),
        ("in", "in", "ADP", 11, "case"),
        ("May", "May", "PROPN", 9, "obl"),
    ]


# the parser's subject inside the clause is no source; NEGATIVE: the name as its subject keeps the clause
@pytest.mark.parametrize("subject", ["campaign", "Dana"])
def test_subject_inside_an_opening_relative_clause_is_not_the_source(subject: str) -> None:
    tree = tree_from_rows(_whitlow(subject))
    verb = tree.word(9)
    assert verb is not None and verb.text == "said"
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert tree.sentence.text[words[0].start : words[-1].end] == "Dana Whitlow , who managed the campaign"


def _aside_subject(opener: str, gap: list[Row]) -> list[Row]:
    """ "Dock crews — <opener> Ana Ruiz — <gap> complained": the parser made "Ruiz" a second subject
    (as the mini models parse it); ``gap`` stands between the closing dash and the verb."""
    n = 8 + len(gap)
    return [
        ("Dock", "dock", "NOUN", 2, "compound"),
        ("crews", "crew", "NOUN", n, "nsubj"),
        ("—", "—", "PUNCT", 4, "punct"),
        (opener, opener.lower(), "VERB", 6, "case"),
        ("Ana", "Ana", "PROPN", 6, "compound"),
        ("Ruiz", "Ruiz", "PROPN", n, "nsubj"),
        ("—", "—", "PUNCT", n, "punct"),
        *gap,
        ("complained", "complain", "VERB", 0, "root"),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Six/nsubj in 10 voters/nsubj said": one share cut in two subjects
        (
            [
                ("Six", "six", "PROPN", 5, "nsubj"),
                ("in", "in", "ADP", 3, "case"),
                ("10", "10", "NUM", 4, "nummod"),
                ("voters", "voter", "NOUN", 5, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            "Six in 10 voters",
        ),
        # "A CNN/ORC poll found": two names joined by a slash
        (
            [
                ("A", "a", "DET", 2, "det"),
                ("CNN", "CNN", "PROPN", 6, "nsubj"),
                ("/", "/", "SYM", 5, "cc"),
                ("ORC", "ORC", "PROPN", 5, "compound"),
                ("poll", "poll", "NOUN", 6, "nsubj"),
                ("found", "find", "VERB", 0, "root"),
            ],
            "A CNN / ORC poll",
        ),
        # NEGATIVE: "in" after a noun is no share; the place joins the people through the preposition
        (
            [
                ("Voters", "voter", "NOUN", 4, "nsubj"),
                ("in", "in", "ADP", 3, "case"),
                ("Ohio", "Ohio", "PROPN", 4, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            "Voters in Ohio",
        ),
        # the members a dash aside names belong to the subject that opened it
        (_aside_subject("including", []), "Dock crews — including Ana Ruiz"),
        (
            _aside_subject(
                "including", [("have", "have", "AUX", 10, "aux"), ("long", "long", "ADJ", 10, "advmod")]
            ),
            "Dock crews — including Ana Ruiz",
        ),
    ],
)
def test_two_subjects_joined_as_one_phrase(rows: list[Row], expected: str) -> None:
    tree = tree_from_rows(rows)
    verb = tree.word(len(rows))
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert tree.sentence.text[words[0].start : words[-1].end] == expected


def _accent(reported: bool) -> Tree:
    """ "(Okafor said) he adopted an accent and joked", "joked/VBD" hung on the object as a conjunct;
    with ``reported``, the first verb is the reported clause of "said"."""
    rows: list[Row] = (
        [("Okafor", "Okafor", "PROPN", 2, "nsubj"), ("said", "say", "VERB", 0, "root")] if reported else []
    )
    k = len(rows)
    rows += [
        ("he", "he", "PRON", k + 2, "nsubj"),
        ("adopted", "adopt", "VERB", 2 if reported else 0, "ccomp" if reported else "root"),
        ("an", "a", "DET", k + 4, "det"),
        ("accent", "accent", "NOUN", k + 2, "obj"),
        ("and", "and", "CCONJ", k + 6, "cc"),
        ("joked", "joke", "VERB", k + 4, "conj"),
    ]
    return with_xpos(tree_from_rows(rows), {k + 6: "VBD"})  # "joked"


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        # the parser joined the verb to the object of the verb before it: they share a subject
        (False, "he"),
        # NEGATIVE: a reported clause's verb lends no subject ("said he adopted X and said/conj …")
        (True, ""),
    ],
)
def test_a_verb_joined_to_the_object_shares_the_subject(reported: bool, expected: str) -> None:
    tree = _accent(reported)
    verb = tree.words[-1]
    words, why = verb_source(tree, verb, set(), tree.sentence.text)
    found = tree.sentence.text[words[0].start : words[-1].end] if words else ""
    assert (found == expected) if expected else ("adopted" not in why)


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        # "the pact, which/nsubj Reyes/nsubj had called": the pronoun is the verb's object, Reyes calls
        ("which", "Reyes"),
        # NEGATIVE: a name cut in three subjects is still one phrase
        ("Tom", "Councillor , Tom Reyes"),
    ],
)
def test_three_subjects_with_a_relative_pronoun_are_not_joined(relative: str, expected: str) -> None:
    rows: list[Row] = [
        (
            "Councillor" if relative == "Tom" else "pact",
            "pact",
            "PROPN" if relative == "Tom" else "NOUN",
            6,
            "nsubj",
        ),
        (",", ",", "PUNCT", 1, "punct"),
        (relative, relative.lower(), "PROPN" if relative == "Tom" else "PRON", 6, "nsubj"),
        ("Reyes", "Reyes", "PROPN", 6, "nsubj"),
        ("had", "have", "AUX", 6, "aux"),
        ("called", "call", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    verb = tree.word(6)
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert tree.sentence.text[words[0].start : words[-1].end] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "the pier, which/nsubj she/nsubj said was unsafe": the pronoun is the object, she says it
        ("she", "she"),
        ("officials", "officials"),
        # NEGATIVE: the relative pronoun as the only subject stands for the noun before it
        (None, "the pier"),
    ],
)
def test_a_relative_pronoun_before_another_subject_is_the_object(subject: str | None, expected: str) -> None:
    said = 8 if subject else 7
    rows: list[Row] = [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("closed", "close", "VERB", 0, "root"),
        ("the", "the", "DET", 4, "det"),
        ("pier", "pier", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", said, "punct"),
        ("which", "which", "PRON", said, "nsubj"),
    ]
    if subject is not None:
        rows.append((subject, subject, "PRON" if subject == "she" else "NOUN", said, "nsubj"))
    rows += [
        ("said", "say", "VERB", 4, "acl:relcl"),
        ("was", "be", "AUX", said + 2, "cop"),
        ("unsafe", "unsafe", "ADJ", said, "ccomp"),
    ]
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.text == "said")
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert tree.sentence.text[words[0].start : words[-1].end] == expected


@pytest.mark.parametrize(
    ("governor", "expected"),
    [
        # "Media quoted Ruiz as saying the plan failed": the one quoted says it
        (("quoted", "quote"), "Ruiz"),
        # NEGATIVE: "Media praised Ruiz as saying …": only quoting hands the words over
        (("praised", "praise"), "Media"),
    ],
)
def test_the_one_quoted_as_saying_is_the_source(governor: tuple[str, str], expected: str) -> None:
    rows: list[Row] = [
        ("Media", "media", "NOUN", 2, "nsubj"),
        (governor[0], governor[1], "VERB", 0, "root"),
        ("Ruiz", "Ruiz", "PROPN", 2, "obj"),
        ("as", "as", "SCONJ", 5, "mark"),
        ("saying", "say", "VERB", 2, "advcl"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("failed", "fail", "VERB", 5, "ccomp"),
    ]
    tree = tree_from_rows(rows)
    verb = tree.words[4]
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


def test_a_closing_verb_hung_on_its_subject_takes_that_subject() -> None:
    """ "GLENDALE — Rates will rise, officials/conj announced/acl Wednesday": not the subject of the
    clause the parser climbs to ("Rates", or the dateline)."""
    tree = tree_from_rows(CLOSING_ACL)
    verb = tree.words[5]
    words, why = verb_source(tree, verb, set(), tree.sentence.text)
    assert [w.text for w in words] == ["officials"]
    assert "hung" in why


def test_a_long_relative_clause_after_an_opening_noun_is_part_of_the_subject() -> None:
    """ "One father, who asked that his name not be used because he works here, said he left": the
    parser made "father" the subject of "asked"; the opening and its clause, however long, are the
    subject of "said" (too long for the appositive rule's twelve words)."""
    rows: list[Row] = [
        ("One", "one", "NUM", 2, "nummod"),
        ("father", "father", "NOUN", 5, "nsubj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("who", "who", "PRON", 5, "nsubj"),
        ("asked", "ask", "VERB", 18, "ccomp"),
        ("that", "that", "SCONJ", 11, "mark"),
        ("his", "he", "PRON", 8, "nmod:poss"),
        ("name", "name", "NOUN", 11, "nsubj:pass"),
        ("not", "not", "PART", 11, "advmod"),
        ("be", "be", "AUX", 11, "aux:pass"),
        ("used", "use", "VERB", 5, "ccomp"),
        ("because", "because", "SCONJ", 14, "mark"),
        ("he", "he", "PRON", 14, "nsubj"),
        ("works", "work", "VERB", 11, "advcl"),
        ("for", "for", "ADP", 16, "case"),
        ("schools", "school", "NOUN", 14, "obl"),
        (",", ",", "PUNCT", 18, "punct"),
        ("said", "say", "VERB", 0, "root"),
        ("he", "he", "PRON", 20, "nsubj"),
        ("left", "leave", "VERB", 18, "ccomp"),
    ]
    tree = tree_from_rows(rows)
    said = tree.word(18)
    assert said is not None
    words, why = verb_source(tree, said, set(), tree.sentence.text)
    assert words[0].text == "One" and words[-1].text == "schools"
    assert "relative clause" in why


def _set_off(name: list[str], after: str, subject_deprel: str = "obj") -> Tree:
    """ "The contrast , said <name> <after> …" as the mini parser reads it: the words before the comma the
    subject of "said", the name its object (or, with ``subject_deprel="nsubj"``, the inversion parsed)."""
    rows: list[Row] = [
        ("The", "the", "DET", 2, "det"),
        ("contrast", "contrast", "NOUN", 4, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", 0, "root"),
    ]
    for k, word in enumerate(name):
        rows.append((word, word, "PROPN", 5 if k else 4, "flat" if k else subject_deprel))
    rows += [(after, after, "PUNCT" if after in ",." else "VERB", 4, "punct" if after in ",." else "ccomp")]
    return with_xpos(tree_from_rows(rows), {4: "VBD"})  # the tagger's past tense: a finite verb


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        # the name after "said" is the speaker, whatever the parser made of it
        (_set_off(["Doyle"], ","), "Doyle"),
        (_set_off(["Ann", "Holt"], "."), "Ann Holt"),
        (_set_off(["Doyle"], ",", "nsubj"), "Doyle"),
        # NEGATIVE: a name followed by a verb is the reported clause's subject ("…, said Doyle won")
        (_set_off(["Doyle"], "won"), "The contrast"),
    ],
)
def test_a_name_set_off_after_a_comma_and_the_verb_is_the_speaker(tree: Tree, expected: str) -> None:
    """ "The contrast with Trump, said Doyle, would be clear": an inversion in the middle of the sentence."""
    verb = tree.word(4)
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert tree.sentence.text[words[0].start : words[-1].end] == expected


def _quoted_then_said(opening: str, closing: str) -> Tree:
    """ "<opening> We won , <closing> said another user , Ann Holt ." as the mini parser reads it: the
    quotation a clause under "said", the speaker its object with the name in apposition."""
    rows: list[Row] = [
        (opening, opening, "PUNCT", 3, "punct"),
        ("We", "we", "PRON", 3, "nsubj"),
        ("won", "win", "VERB", 6, "ccomp"),
        (",", ",", "PUNCT", 3, "punct"),
        (closing, closing, "PUNCT", 3, "punct"),
        ("said", "say", "VERB", 0, "root"),
        ("another", "another", "DET", 8, "det"),
        ("user", "user", "NOUN", 6, "obj"),
        (",", ",", "PUNCT", 10, "punct"),
        ("Ann", "Ann", "PROPN", 8, "appos"),
        ("Holt", "Holt", "PROPN", 10, "flat"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    return with_xpos(tree_from_rows(rows), {6: "VBD"})


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("''", "''"), ("‘", "’")],  # curly, straight, NYT's doubled apostrophes, single
)
def test_the_speaker_after_a_quotation_in_any_quotation_style(opening: str, closing: str) -> None:
    tree = _quoted_then_said(opening, closing)
    verb = tree.word(6)
    assert verb is not None
    words, why = verb_source(tree, verb, set(), tree.sentence.text)
    assert [w.text for w in words][:2] == ["another", "user"]
    assert "inversion" in why


# "Starr said the case reminds him , explaining …": the participle hung on the reported clause's verb
_EXPLAINING: list[Row] = [
    ("Starr", "Starr", "PROPN", 2, "nsubj"),
    ("said", "say", "VERB", 0, "root"),
    ("the", "the", "DET", 4, "det"),
    ("case", "case", "NOUN", 5, "nsubj"),
    ("reminds", "remind", "VERB", 2, "ccomp"),
    ("him", "he", "PRON", 5, "obj"),
    (",", ",", "PUNCT", 8, "punct"),
    ("explaining", "explain", "VERB", 5, "advcl"),
]

# "“ I won , ” Graham said , adding …": the participle hung on the quotation's verb
_ADDING: list[Row] = [
    ("“", "“", "PUNCT", 3, "punct"),
    ("I", "I", "PRON", 3, "nsubj"),
    ("won", "win", "VERB", 0, "root"),
    (",", ",", "PUNCT", 3, "punct"),
    ("”", "”", "PUNCT", 3, "punct"),
    ("Graham", "Graham", "PROPN", 7, "nsubj"),
    ("said", "say", "VERB", 3, "parataxis"),
    (",", ",", "PUNCT", 9, "punct"),
    ("adding", "add", "VERB", 3, "advcl"),
]


@pytest.mark.parametrize(
    ("rows", "verb_index", "expected"),
    [
        # the reporting clause's subject, not that of the clause it reports
        (_EXPLAINING, 8, ["Starr"]),
        # NEGATIVE: not the speaker inside a quotation closed before the participle, but its reporter
        (_ADDING, 9, ["Graham"]),
    ],
)
def test_a_participle_adjunct_shares_the_outermost_clause_subject(
    rows: list[Row], verb_index: int, expected: list[str]
) -> None:
    tree = tree_from_rows(rows)
    verb = tree.word(verb_index)
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert [w.text for w in words] == expected


def _replied(mark: str | None) -> list[Row]:
    """ "Holt replied to the messages [<mark>] saying": the participle hung on the oblique noun."""
    rows: list[Row] = [
        ("Holt", "Holt", "PROPN", 2, "nsubj"),
        ("replied", "reply", "VERB", 0, "root"),
        ("to", "to", "ADP", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("messages", "message", "NOUN", 2, "obl"),
    ]
    if mark is not None:
        rows.append((mark, mark, "SCONJ", 7, "mark"))
    rows.append(("saying", "say", "VERB", 5, "acl"))
    return rows


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        # "by saying": how Holt replied; the messages do not say it
        ("by", "Holt"),
        # NEGATIVE: "messages saying …" are what says it
        (None, "the messages"),
    ],
)
def test_a_participle_with_a_preposition_is_no_noun_modifier(mark: str | None, expected: str) -> None:
    rows = _replied(mark)
    tree = tree_from_rows(rows)
    verb = tree.word(len(rows))
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


def test_a_conjunct_under_an_opening_question_keeps_its_own_subject() -> None:
    """ "Asked whether taxes rise , Ruiz shook her head and said": the parser hung the main clause under
    the opening "Asked"; the asker is not the speaker, Ruiz is."""
    rows: list[Row] = [
        ("Asked", "ask", "VERB", 0, "root"),
        ("whether", "whether", "SCONJ", 4, "mark"),
        ("taxes", "tax", "NOUN", 4, "nsubj"),
        ("rise", "rise", "VERB", 1, "advcl"),
        (",", ",", "PUNCT", 7, "punct"),
        ("Ruiz", "Ruiz", "PROPN", 7, "nsubj"),
        ("shook", "shake", "VERB", 4, "conj"),
        ("her", "her", "PRON", 9, "nmod:poss"),
        ("head", "head", "NOUN", 7, "obj"),
        ("and", "and", "CCONJ", 11, "cc"),
        ("said", "say", "VERB", 7, "conj"),
    ]
    tree = with_xpos(tree_from_rows(rows), {w: "VBN" if w == 1 else "VBD" for w in range(1, len(rows) + 1)})
    verb = tree.word(11)
    assert verb is not None
    found, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert [w.text for w in found] == ["Ruiz"]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # the hearer of "told", which the parser made its subject, is never the speaker
        (("told", "tell"), "a source"),
        # NEGATIVE: after "said" a name is the inverted speaker
        (("said", "say"), "Fox News"),
    ],
)
def test_the_hearer_after_told_is_no_subject(verb: tuple[str, str], expected: str) -> None:
    """ "“ We won , ” a source told Fox News": "News" parsed as the subject of "told"."""
    rows: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("We", "we", "PRON", 3, "nsubj"),
        ("won", "win", "VERB", 0, "root"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        ("a", "a", "DET", 7, "det"),
        ("source", "source", "NOUN", 3, "nmod"),
        (verb[0], verb[1], "VERB", 3, "parataxis"),
        ("Fox", "Fox", "PROPN", 10, "compound"),
        ("News", "News", "PROPN", 8, "nsubj"),
    ]
    tree = tree_from_rows(rows)
    said = tree.word(8)
    assert said is not None
    words, _ = verb_source(tree, said, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


_DATED: list[Row] = [
    ("Ruiz", "Ruiz", "PROPN", 7, "nsubj"),
    ("rises", "rise", "NOUN", 1, "compound"),
    ("this", "this", "DET", 4, "det"),
    ("month", "month", "NOUN", 7, "nsubj"),
    (",", ",", "PUNCT", 6, "punct"),
    ("officials", "official", "NOUN", 7, "nsubj"),
    ("said", "say", "VERB", 0, "root"),
]
_CUT_NAME: list[Row] = [
    ("Councillor", "councillor", "NOUN", 8, "nsubj"),
    ("Tom", "Tom", "PROPN", 3, "compound"),
    ("Okafor", "Okafor", "PROPN", 8, "nsubj"),
    (",", ",", "PUNCT", 6, "punct"),
    ("a", "a", "DET", 6, "det"),
    ("supporter", "supporter", "NOUN", 8, "nsubj"),
    (",", ",", "PUNCT", 6, "punct"),
    ("said", "say", "VERB", 0, "root"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Ruiz rises/NOUN this month/nsubj , officials said": a date among the subjects is no speaker
        (_DATED, "officials"),
        # NEGATIVE: "Councillor/nsubj Tom Okafor/nsubj , a supporter/nsubj , said": one name cut in three
        (_CUT_NAME, "Councillor Tom Okafor , a supporter"),
    ],
)
def test_a_date_among_the_subjects_is_not_joined_to_the_speaker(rows: list[Row], expected: str) -> None:
    tree = tree_from_rows(rows)
    said = tree.words[-1]
    words, _ = verb_source(tree, said, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


def test_a_subordinator_tag_after_an_auxiliary_is_an_adverb() -> None:
    """ "She has since/SCONJ stressed that …": "since" after the auxiliary opens no clause."""
    rows: list[Row] = [
        ("She", "she", "PRON", 4, "nsubj"),
        ("has", "have", "AUX", 4, "aux"),
        ("since", "since", "SCONJ", 4, "mark"),
        ("stressed", "stress", "VERB", 0, "root"),
        ("that", "that", "SCONJ", 7, "mark"),
        ("it", "it", "PRON", 7, "nsubj"),
        ("failed", "fail", "VERB", 4, "ccomp"),
    ]
    tree = tree_from_rows(rows)
    verb = tree.word(4)
    assert verb is not None
    found, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert [w.text for w in found] == ["She"]


def _hicks(after: Row) -> list[Row]:
    """ "Hicks, his spokeswoman, added that many …" with "many" hung on the verb as ``after`` says."""
    return [
        ("Hicks", "Hicks", "PROPN", 7, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("his", "his", "PRON", 5, "nmod:poss"),
        ("campaign", "campaign", "NOUN", 5, "compound"),
        ("spokeswoman", "spokeswoman", "NOUN", 7, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("added", "add", "VERB", 0, "root"),
        ("that", "that", "SCONJ", 10, "mark"),
        after,
        ("agree", "agree", "VERB", 7, "ccomp"),
    ]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a third subject in the reported clause, which the parser hung on the reporting verb
        (("many", "many", "ADJ", 7, "nsubj"), "Hicks , his campaign spokeswoman"),
        # NEGATIVE: the clause's subject where the parser put it: the two before the verb as before
        (("many", "many", "ADJ", 10, "nsubj"), "Hicks , his campaign spokeswoman"),
    ],
)
def test_a_subject_after_the_verb_and_its_that_is_not_joined_to_the_speaker(
    after: Row, expected: str
) -> None:
    tree = tree_from_rows(_hicks(after))
    verb = tree.word(7)
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert tree.sentence.text[words[0].start : words[-1].end] == expected


@pytest.mark.parametrize(
    ("gap", "second", "expected"),
    [
        (["—"], "including", True),
        ([","], "among", True),
        # NEGATIVES: a word between that is no punctuation; a second phrase that names no members
        (["and"], "including", False),
        (["—"], "unlike", False),
    ],
)
def test_members_link(gap: list[str], second: str, expected: bool) -> None:
    from auditor.subject_repair import members_link

    tree = tree_from_rows(
        [(t, t, "PUNCT" if t in "—," else "CCONJ", 0, "dep") for t in gap]
        + [(second, second, "VERB", 0, "case"), ("Ruiz", "Ruiz", "PROPN", 0, "nsubj")]
    )
    words = list(tree.words)
    assert members_link(words[: len(gap)], words[len(gap) :]) is expected


@pytest.mark.parametrize(
    ("modifier", "expected"),
    [
        # "The dock unions have long/ADJ maintained": the parser hung the subject on the adverb
        (("long", "ADJ"), "Ruiz 's aides"),
    ],
)
def test_a_subject_hung_on_an_adverb_before_the_verb(modifier: tuple[str, str], expected: str) -> None:
    tree = tree_from_rows(
        [
            ("Ruiz", "Ruiz", "PROPN", 3, "nmod:poss"),
            ("'s", "'s", "PART", 1, "case"),
            ("aides", "aide", "NOUN", 5, "nsubj"),
            ("have", "have", "AUX", 6, "aux"),
            (modifier[0], modifier[0], modifier[1], 6, "ccomp"),
            ("insisted", "insist", "VERB", 0, "root"),
            ("they", "they", "PRON", 8, "nsubj"),
            ("won", "win", "VERB", 6, "ccomp"),
        ]
    )
    verb = tree.word(6)
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


def _opening_root(verb: tuple[str, str], after: list[Row]) -> list[Row]:
    """ "Ana Ruiz, chair of the board, <verb> <after>, telling them it was late": the parser made the
    opening name the root and hung the past-tense verb and the participle under nouns."""
    n = 7 + len(after)  # the index of the noun the participle hangs on
    return [
        ("Ana", "Ana", "PROPN", 0, "root"),
        ("Ruiz", "Ruiz", "PROPN", 1, "flat"),
        (",", ",", "PUNCT", 4, "punct"),
        ("chair", "chair", "NOUN", 2, "appos"),
        (",", ",", "PUNCT", 6, "punct"),
        (*verb, "VERB", n, "amod"),
        *after,
        (",", ",", "PUNCT", n + 2, "punct"),
        ("telling", "tell", "VERB", n, "acl"),
        ("them", "they", "PRON", n + 2, "iobj"),
        ("it", "it", "PRON", n + 5, "nsubj"),
        ("was", "be", "AUX", n + 5, "cop"),
        ("late", "late", "ADJ", n + 2, "ccomp"),
    ]


@pytest.mark.parametrize(
    ("verb", "after", "expected"),
    [
        # a past form after the comma with its object: the sentence's verb; the name before is the source
        (("briefed", "brief"), [("crews", "crew", "NOUN", 4, "conj")], "Ana Ruiz , chair"),
        # NEGATIVE: a participle with a phrase after it describes the name; a verb inside the phrase
        # means no name was found
        (
            ("elected", "elect"),
            [("in", "in", "ADP", 8, "case"), ("May", "May", "PROPN", 4, "conj")],
            "",
        ),
    ],
)
def test_a_participle_under_an_opening_name_the_parser_made_the_root(
    verb: tuple[str, str], after: list[Row], expected: str
) -> None:
    tree = tree_from_rows(_opening_root(verb, after))
    telling = next(w for w in tree.words if w.text == "telling")
    words, _ = verb_source(tree, telling, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([("aides", "aide", "NOUN", 2, "nsubj"), ("long", "long", "ADJ", 3, "ccomp")], "long"),
        # NEGATIVES: the verb has a subject of its own; the word before it holds no subject; a noun
        (
            [("aides", "aide", "NOUN", 3, "nsubj"), ("long", "long", "ADJ", 3, "advmod")],
            None,
        ),
        ([("aides", "aide", "NOUN", 2, "nsubj"), ("pier", "pier", "NOUN", 3, "obl")], None),
    ],
)
def test_modifier_before(rows: list[Row], expected: str | None) -> None:
    from auditor.syntax import modifier_before

    tree = tree_from_rows([*rows, ("insisted", "insist", "VERB", 0, "root")])
    found = modifier_before(tree, tree.words[-1])
    assert (found.text if found else None) == expected


def _but_told(name: tuple[str, str, str]) -> list[Row]:
    """ "<name>, who was touring near the docks, ignored Okafor, but warned crews that it stays": the
    parser hung the name on "touring" and left "ignored" without a subject."""
    return [
        (*name, 5, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("who", "who", "PRON", 5, "nsubj"),
        ("was", "be", "AUX", 5, "aux"),
        ("touring", "tour", "VERB", 10, "advcl"),
        ("near", "near", "ADP", 8, "case"),
        ("the", "the", "DET", 8, "det"),
        ("docks", "dock", "NOUN", 5, "obl"),
        (",", ",", "PUNCT", 10, "punct"),
        ("ignored", "ignore", "VERB", 0, "root"),
        ("Okafor", "Okafor", "PROPN", 10, "obj"),
        (",", ",", "PUNCT", 14, "punct"),
        ("but", "but", "CCONJ", 14, "cc"),
        ("warned", "warn", "VERB", 10, "conj"),
        ("crews", "crew", "NOUN", 14, "obj"),
        ("that", "that", "SCONJ", 18, "mark"),
        ("it", "it", "PRON", 18, "nsubj"),
        ("stays", "stay", "VERB", 14, "ccomp"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # the second verb of a coordination takes the first verb's source, however that was found
        (("Ruiz", "Ruiz", "PROPN"), "Ruiz , who was touring near the docks"),
        # NEGATIVE: what the first verb's search finds is no one who reports
        (("rain", "rain", "NOUN"), ""),
    ],
)
def test_a_conjoined_verb_takes_the_first_verbs_source(name: tuple[str, str, str], expected: str) -> None:
    tree = tree_from_rows(_but_told(name))
    told = next(w for w in tree.words if w.text == "warned")
    words, _ = verb_source(tree, told, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


@pytest.mark.parametrize(
    ("say_index", "expected"),
    [
        # "Riders are twice as likely to say/csubj …": a clausal subject after its head is the infinitive
        # complement the parser misnamed, and shares the clause's subject
        (6, "Ferry riders"),
        # NEGATIVE: a clausal subject before its head ("To say it is fair …") has no one's subject
        (1, ""),
    ],
)
def test_a_clausal_subject_after_its_head_shares_the_subject(say_index: int, expected: str) -> None:
    if say_index == 6:
        rows: list[Row] = [
            ("Ferry", "ferry", "NOUN", 2, "compound"),
            ("riders", "rider", "NOUN", 4, "nsubj"),
            ("are", "be", "AUX", 4, "cop"),
            ("likely", "likely", "ADJ", 0, "root"),
            ("to", "to", "PART", 6, "mark"),
            ("say", "say", "VERB", 4, "csubj"),
            ("it", "it", "PRON", 8, "nsubj"),
            ("works", "work", "VERB", 6, "ccomp"),
        ]
    else:
        rows = [
            ("say", "say", "VERB", 5, "csubj"),
            ("it", "it", "PRON", 3, "nsubj"),
            ("works", "work", "VERB", 1, "ccomp"),
            ("is", "be", "AUX", 5, "cop"),
            ("wrong", "wrong", "ADJ", 0, "root"),
        ]
    tree = tree_from_rows(rows)
    verb = tree.word(say_index)
    assert verb is not None
    words, _ = verb_source(tree, verb, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected


@pytest.mark.parametrize(
    ("det", "expected"),
    [
        # "Okafor disputed those figures/nsubj, saying …": the object the parser made the participle's subject
        (("that", "that", "SCONJ", 6, "mark"), "Okafor"),
        (("the", "the", "DET", 4, "det"), "Okafor"),
        # NEGATIVE: a name opening the sentence before the comma is the participle's own subject
        (None, "Ruiz"),
    ],
)
def test_an_object_before_the_comma_is_no_participle_subject(det: Row | None, expected: str) -> None:
    if det is None:
        rows: list[Row] = [
            ("Ruiz", "Ruiz", "PROPN", 3, "nsubj"),
            (",", ",", "PUNCT", 1, "punct"),
            ("saying", "say", "VERB", 0, "root"),
            ("it", "it", "PRON", 5, "nsubj"),
            ("failed", "fail", "VERB", 3, "ccomp"),
        ]
    else:
        rows = [
            ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
            ("disputed", "dispute", "VERB", 0, "root"),
            det,
            ("figure", "figure", "NOUN", 6, "nsubj"),
            (",", ",", "PUNCT", 4, "punct"),
            ("saying", "say", "VERB", 2, "advcl"),
            ("it", "it", "PRON", 8, "nsubj"),
            ("failed", "fail", "VERB", 2, "ccomp"),
        ]
    tree = tree_from_rows(rows)
    saying = next(w for w in tree.words if w.text == "saying")
    words, _ = verb_source(tree, saying, set(), tree.sentence.text)
    assert " ".join(w.text for w in words) == expected
