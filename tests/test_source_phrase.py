"""The source phrase as one run of words (``np_from_subtree``) and time-only phrases (``only_time``)."""

from __future__ import annotations

import pytest
from tree_helpers import Row

from auditor.models import Sentence, Word
from auditor.source_phrase import np_from_subtree, only_time
from auditor.syntax import Tree


def _glued_tree(rows: list[Row], *, glue_hyphens: bool = True) -> Tree:
    """Like ``tree_from_rows``, but a word written "-" joins its neighbours with no spaces ("43-year-old")."""
    words, text = [], ""
    for i, (token, lemma, upos, head, deprel) in enumerate(rows, start=1):
        glue = glue_hyphens and (token == "-" or (i > 1 and rows[i - 2][0] == "-"))
        text += "" if not text or glue else " "
        start = len(text)
        text += token
        words.append(
            Word(
                index=i,
                text=token,
                lemma=lemma,
                upos=upos,
                head=head,
                deprel=deprel,
                start=start,
                end=len(text),
            )
        )
    return Tree(Sentence(index=0, paragraph=0, start=0, end=len(text), text=text, words=tuple(words)))


def _words(spec: list[tuple[str, str]], *, glue_hyphens: bool = False) -> tuple[list[Word], str]:
    """Unattached words from (text, upos) pairs, and the text they are written in."""
    tree = _glued_tree([(t, t.lower(), u, 0, "dep") for t, u in spec], glue_hyphens=glue_hyphens)
    return list(tree.words), tree.sentence.text


# "The 43-year-old former congressman said …" as the mini parser reads it: "43" a second subject.
_AGE = [
    ("The", "the", "DET", 8, "det"),
    ("43", "43", "NUM", 9, "nsubj"),
    ("-", "-", "PUNCT", 4, "punct"),
    ("year", "year", "NOUN", 8, "compound"),
    ("-", "-", "PUNCT", 4, "punct"),
    ("old", "old", "ADJ", 8, "amod"),
    ("former", "former", "ADJ", 8, "amod"),
    ("congressman", "congressman", "NOUN", 9, "nsubj"),
    ("said", "say", "VERB", 0, "root"),
    ("so", "so", "ADV", 9, "advmod"),
]


def _phrase(tree: Tree, head: int, stop: set[int] | None = None) -> str:
    word = tree.word(head)
    assert word is not None
    found = np_from_subtree(tree, word, stop or set(), tree.sentence.text)
    return tree.sentence.text[found[0].start : found[-1].end] if found else ""


def test_a_hyphenated_word_the_parser_hung_elsewhere_stays_in_the_phrase() -> None:
    tree = _glued_tree(_AGE)
    assert tree.sentence.text.startswith("The 43-year-old former congressman said")
    assert _phrase(tree, 8) == "The 43-year-old former congressman"


def test_a_word_set_apart_by_spaces_is_not_glued_on() -> None:
    # NEGATIVE: "The 43 - year …" with spaces: no hyphenated word, the phrase stays as the parse has it
    tree = _glued_tree(_AGE, glue_hyphens=False)
    assert _phrase(tree, 8) == "year - old former congressman"


def test_a_stopped_word_is_not_glued_on() -> None:
    # NEGATIVE: a word the caller excluded (a cue, a quote) stays out even when glued
    assert _phrase(_glued_tree(_AGE), 8, stop={2}) == "year-old former congressman"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([("Friday", "PROPN")], True),
        ([("this", "DET"), ("month", "NOUN")], True),
        ([("2016", "NUM")], True),
        ([("Eight", "NUM"), ("years", "NOUN")], True),  # "Eight years ago, he said": a span of time
        # NEGATIVES: "One said …" is one of a group (coref_ellipsis), a noun phrase is no date
        ([("One", "NUM")], False),
        ([("the", "DET"), ("mayor", "NOUN")], False),
        ([("The", "DET"), ("minutes", "NOUN")], False),  # the record of a meeting
    ],
)
def test_only_time(words: list[tuple[str, str]], expected: bool) -> None:
    assert only_time(_words(words)[0]) is expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # the mini tagger makes a capitalised connective a proper noun: it is the writer's, not a name
        ([("Meanwhile", "PROPN"), (",", "PUNCT"), ("Dana", "PROPN"), ("Whitlow", "PROPN")], "Dana Whitlow"),
        ([("Later", "PROPN"), (",", "PUNCT"), ("Marco", "PROPN"), ("Ruiz", "PROPN")], "Marco Ruiz"),
        ([("Overall", "PROPN"), (",", "PUNCT"), ("Democrats", "NOUN")], "Democrats"),
        (
            [("Earlier", "ADV"), ("this", "DET"), ("year", "NOUN"), (",", "PUNCT"), ("monitors", "NOUN")],
            "monitors",
        ),
        # NEGATIVES: a name before the comma stays ("Okafor, Whitlow"); so does a description
        ([("Okafor", "PROPN"), (",", "PUNCT"), ("the", "DET"), ("mayor", "NOUN")], "Okafor , the mayor"),
        (
            [("Meanwhile", "PROPN"), ("Books", "PROPN"), (",", "PUNCT"), ("Ruiz", "PROPN")],
            "Meanwhile Books , Ruiz",
        ),
        # "the plan, which Senator Reyes called a waste": the relative pronoun is the verb's object
        ([("which", "PRON"), ("Senator", "PROPN"), ("Reyes", "PROPN")], "Senator Reyes"),
        ([("whom", "PRON"), ("the", "DET"), ("mayor", "NOUN")], "the mayor"),
        ([("which", "PRON")], "which"),  # NEGATIVE: nothing after it
        # "About 4 in 10 said": the preposition belongs to the count; not before a noun
        ([("About", "ADP"), ("4", "NUM"), ("in", "ADP"), ("10", "NUM")], "About 4 in 10"),
        ([("About", "ADP"), ("the", "DET"), ("voters", "NOUN")], "the voters"),
        (
            [("At", "ADP"), ("least", "ADJ"), ("half", "NOUN"), ("of", "ADP"), ("voters", "NOUN")],
            "At least half of voters",
        ),
        (
            [("At", "ADP"), ("least", "ADJ"), ("the", "DET"), ("mayor", "NOUN")],
            "least the mayor",
        ),  # NEGATIVE: no count
    ],
)
def test_trim_words_drops_a_leading_connective(spec: list[tuple[str, str]], expected: str) -> None:
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(spec)[0], "")) == expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (
            [("LINDALE", "PROPN"), ("—", "PUNCT"), ("Mayor", "PROPN"), ("Ana", "PROPN"), ("Ruiz", "PROPN")],
            "Mayor Ana Ruiz",
        ),
        (
            [
                ("Lindale", "PROPN"),
                ("(", "PUNCT"),
                ("AFP", "PROPN"),
                (")", "PUNCT"),
                ("–", "PUNCT"),
                ("Tom", "PROPN"),
                ("Okafor", "PROPN"),
            ],
            "Tom Okafor",
        ),
        # NEGATIVES: no capitals before the dash; a hyphen inside a word ("D-Mo."); not at the
        # sentence's start is tested by the caller's index
        ([("Ruiz", "PROPN"), ("—", "PUNCT"), ("the", "DET"), ("mayor", "NOUN")], "Ruiz — the mayor"),
        (
            [
                ("Dana", "PROPN"),
                ("Whitlow", "PROPN"),
                ("(", "PUNCT"),
                ("DEM", "PROPN"),
                ("-", "PUNCT"),
                ("Mo.", "PROPN"),
                (")", "PUNCT"),
            ],
            "Dana Whitlow ( DEM - Mo. )",
        ),
    ],
)
def test_trim_words_drops_a_dateline(tokens: list[tuple[str, str]], expected: str) -> None:
    from auditor.source_phrase import trim_words

    words, text = _words(tokens, glue_hyphens=True)
    assert " ".join(w.text for w in trim_words(words, text)) == expected


def test_a_pair_of_dashes_is_an_apposition_not_a_dateline() -> None:
    from auditor.source_phrase import trim_words

    # NEGATIVE: "NATO — the alliance — said": the second dash comes after the phrase
    words, _ = _words([("NATO", "PROPN"), ("—", "PUNCT"), ("the", "DET"), ("alliance", "NOUN")])
    assert " ".join(w.text for w in trim_words(words, "NATO — the alliance — said")) == "NATO — the alliance"


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [("who", "who", True), ("that", "that", True), ("those", "that", False), ("Those", "that", False)],
)
def test_is_relative(text: str, lemma: str, expected: bool) -> None:
    from word_helpers import one_word

    from auditor.source_phrase import is_relative

    w = one_word(text, "PRON").model_copy(update={"lemma": lemma})
    assert is_relative(w) is expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "those around him acknowledge": the parser hung "around him" elsewhere
        (
            [
                ("those", "that", "PRON", 4, "nsubj"),
                ("around", "around", "ADP", 3, "case"),
                ("him", "he", "PRON", 4, "obl"),
                ("acknowledge", "acknowledge", "VERB", 0, "root"),
            ],
            "those around him",
        ),
        # NEGATIVE: the verb is the relative clause's own ("those who fear ..."): "those" stays alone
        (
            [
                ("those", "that", "PRON", 3, "nsubj"),
                ("who", "who", "PRON", 3, "nsubj"),
                ("fear", "fear", "VERB", 0, "root"),
            ],
            "those",
        ),
        # NEGATIVE: a comma between ("those, in turn, said") keeps the parse's phrase
        (
            [
                ("those", "that", "PRON", 5, "nsubj"),
                (",", ",", "PUNCT", 3, "punct"),
                ("again", "again", "ADV", 5, "advmod"),
                (",", ",", "PUNCT", 3, "punct"),
                ("said", "say", "VERB", 0, "root"),
            ],
            "those",
        ),
    ],
)
def test_demonstrative_phrase(rows: list[tuple[str, str, str, int, str]], expected: str) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_phrase import demonstrative_phrase

    tree = tree_from_rows(rows)
    verb = tree.words[-1]
    assert " ".join(w.text for w in demonstrative_phrase(tree, [tree.words[0]], verb, set())) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ([("his", "PRON"), ("lawyer", "NOUN"), ("Friday", "PROPN")], "his lawyer"),
        # NEGATIVE: an all-caps time word after a name is part of the name
        ([("USA", "PROPN"), ("TODAY", "NOUN")], "USA TODAY"),
    ],
)
def test_trim_words_drops_a_trailing_time_word_but_not_a_name(
    spec: list[tuple[str, str]], expected: str
) -> None:
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(spec)[0], "")) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # two heads the parser gave one phrase: the count's people, the poll after the slash
        (
            [
                ("Six", "six", "PROPN", 5, "nsubj"),
                ("in", "in", "ADP", 4, "case"),
                ("10", "10", "NUM", 4, "nummod"),
                ("voters", "voter", "NOUN", 5, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            "voters",
        ),
        (
            [
                ("CNN", "CNN", "PROPN", 5, "nsubj"),
                ("/", "/", "SYM", 4, "cc"),
                ("ORC", "ORC", "PROPN", 4, "compound"),
                ("poll", "poll", "NOUN", 5, "nsubj"),
                ("found", "find", "VERB", 0, "root"),
            ],
            "poll",
        ),
        # NEGATIVE: a name and its apposition keep the name as head
        (
            [
                ("Okafor", "Okafor", "PROPN", 5, "nsubj"),
                (",", ",", "PUNCT", 4, "punct"),
                ("a", "a", "DET", 4, "det"),
                ("lawyer", "lawyer", "NOUN", 5, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            "Okafor",
        ),
    ],
)
def test_head_of_a_phrase_the_parser_split(rows: list[Row], expected: str) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_phrase import head_of

    tree = tree_from_rows(rows)
    head = head_of(tree, list(tree.words[:-1]))
    assert head is not None and head.text == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a title quoted inside the phrase keeps its closing mark
        (
            [
                ("host", "NOUN"),
                ("of", "ADP"),
                ("“", "PUNCT"),
                ("Harbor", "PROPN"),
                ("Hour", "PROPN"),
                ("”", "PUNCT"),
            ],
            "host of “ Harbor Hour ”",
        ),
        (
            [("host", "NOUN"), ("of", "ADP"), ('"', "PUNCT"), ("Harbor", "PROPN"), ('"', "PUNCT")],
            'host of " Harbor "',
        ),
        # NEGATIVES: a closing mark with no opening one in the phrase is the end of a quotation before it
        ([("the", "DET"), ("host", "NOUN"), ("”", "PUNCT")], "the host"),
        ([("the", "DET"), ("host", "NOUN"), ('"', "PUNCT")], "the host"),
    ],
)
def test_trim_words_keeps_the_closing_mark_of_a_quoted_title(
    spec: list[tuple[str, str]], expected: str
) -> None:
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(spec)[0], "")) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a month after a given name is a surname; after a noun, a date
        ([("Minister", "PROPN"), ("Theresa", "PROPN"), ("May", "PROPN")], "Minister Theresa May"),
        ([("his", "PRON"), ("lawyer", "NOUN"), ("May", "PROPN")], "his lawyer"),
    ],
)
def test_trim_words_keeps_a_month_that_is_a_surname(spec: list[tuple[str, str]], expected: str) -> None:
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(spec)[0], "")) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a time phrase ends the phrase only when nothing but a date follows the preposition
        ([("his", "PRON"), ("lawyer", "NOUN"), ("on", "ADP"), ("Friday", "PROPN")], "his lawyer"),
        (
            [
                ("Okafor", "PROPN"),
                (",", "PUNCT"),
                ("who", "PRON"),
                ("was", "AUX"),
                ("in", "ADP"),
                ("Europe", "PROPN"),
                ("this", "DET"),
                ("week", "NOUN"),
            ],
            "Okafor , who was in Europe this week",
        ),
        # two openings, one after the other, both go
        (
            [
                *[("Earlier", "ADV"), (",", "PUNCT"), ("on", "ADP"), ("Tuesday", "PROPN"), (",", "PUNCT")],
                *[("Senator", "PROPN"), ("Reyes", "PROPN")],
            ],
            "Senator Reyes",
        ),
    ],
)
def test_trim_words_time_phrases(spec: list[tuple[str, str]], expected: str) -> None:
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(spec)[0], "")) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # an intensifying reflexive and a contrast before the name are the writer's
        ([("Ruiz", "PROPN"), ("herself", "PRON")], "Ruiz"),
        ([("the", "DET"), ("plan", "NOUN"), (",", "PUNCT"), ("but", "CCONJ"), ("Okafor", "PROPN")], "Okafor"),
        ([("whereas", "SCONJ"), ("Okafor", "PROPN")], "Okafor"),
        # NEGATIVES: "but" meaning "except" or "almost", or joining adjectives; a relative clause after it
        ([("Everyone", "PRON"), ("but", "ADP"), ("Okafor", "PROPN")], "Everyone but Okafor"),
        ([("all", "DET"), ("but", "ADV"), ("two", "NUM")], "all but two"),
        (
            [("complete", "ADJ"), ("but", "CCONJ"), ("unofficial", "ADJ"), ("returns", "NOUN")],
            "complete but unofficial returns",
        ),
        (
            [("Reyes", "PROPN"), (",", "PUNCT"), ("but", "CCONJ"), ("who", "PRON"), ("left", "VERB")],
            "Reyes , but who left",
        ),
    ],
)
def test_trim_words_drops_a_reflexive_and_what_comes_before_a_contrast(
    spec: list[tuple[str, str]], expected: str
) -> None:
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(spec)[0], "")) == expected


def _spec(line: str) -> list[tuple[str, str]]:
    """ "Judge/PROPN ,/PUNCT in/ADP" → (text, upos) pairs."""
    return [(t.rsplit("/", 1)[0], t.rsplit("/", 1)[1]) for t in line.split()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Judge/PROPN Moritz/PROPN ,/PUNCT in/ADP her/PRON dissent/NOUN", "Judge Moritz"),
        ("The/DET company/NOUN ,/PUNCT amid/ADP criticism/NOUN", "The company"),
        ("Ames/PROPN ,/PUNCT while/SCONJ on/ADP the/DET trail/NOUN", "Ames"),
        # NEGATIVES: a description, a connective, an aside inside brackets, no comma
        ("Reyes/PROPN ,/PUNCT in/ADP charge/NOUN of/ADP budgets/NOUN", "Reyes , in charge of budgets"),
        (
            "colleges/NOUN (/PUNCT private/ADJ ones/NOUN ,/PUNCT in/ADP particular/ADJ )/PUNCT",
            "colleges ( private ones , in particular )",
        ),
        ("The/DET mayor/NOUN ,/PUNCT in/ADP turn/NOUN", "The mayor"),  # a connective goes too
        ("a/DET lawyer/NOUN in/ADP Ohio/PROPN", "a lawyer in Ohio"),
        ("Reyes/PROPN ,/PUNCT of/ADP Harvard/PROPN", "Reyes , of Harvard"),
    ],
)
def test_trim_words_drops_a_circumstance_after_a_comma(line: str, expected: str) -> None:
    """ "Judge Lena Moritz, in her dissent, wrote …": the aside says how she spoke, not who she is."""
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(_spec(line))[0], "")) == expected


def test_trim_words_keeps_a_circumstance_in_content() -> None:
    from auditor.source_phrase import trim_words

    words = _words(_spec("his/PRON denials/NOUN ,/PUNCT during/ADP the/DET debate/NOUN"))[0]
    assert len(trim_words(words, "", content=True)) == len(words)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "…died when a wall collapsed, fire officials said": the clause is no part of the source
        ("when/ADV a/DET wall/NOUN collapsed/VERB ,/PUNCT fire/NOUN officials/NOUN", "fire officials"),
        ("because/SCONJ rates/NOUN rose/VERB ,/PUNCT the/DET mayor/NOUN", "the mayor"),
        # NEGATIVE: no verb of its own before the comma ("As a candidate, Ruiz": an opening phrase
        # about the source is kept by the other rules)
        ("as/ADP a/DET candidate/NOUN ,/PUNCT Ruiz/PROPN", "a candidate , Ruiz"),
    ],
)
def test_trim_words_drops_a_subordinate_clause_before_the_source(line: str, expected: str) -> None:
    from auditor.source_phrase import trim_words

    assert " ".join(w.text for w in trim_words(_words(_spec(line))[0], "")) == expected
    # content keeps the clause ("the plant closed when rates rose, …" is what was said)
    kept = [w.text for w in trim_words(_words(_spec(line))[0], "", content=True)]
    assert _spec(line)[1][0] in kept


@pytest.mark.parametrize(
    ("spec", "expected", "content"),
    [
        # a document with the date it appeared: the date belongs to the participle, and both stay
        (
            [("a", "DET"), ("poll", "NOUN"), ("released", "VERB"), ("Monday", "PROPN")],
            "a poll released Monday",
            False,
        ),
        (
            [("a", "DET"), ("poll", "NOUN"), ("released", "VERB"), ("last", "ADJ"), ("week", "NOUN")],
            "a poll released last week",
            False,
        ),
        (
            [("a", "DET"), ("poll", "NOUN"), ("released", "VERB"), ("on", "ADP"), ("Monday", "PROPN")],
            "a poll released on Monday",
            False,
        ),
        ([("a", "DET"), ("poll", "NOUN"), ("out", "ADP"), ("Monday", "PROPN")], "a poll out Monday", False),
        # NEGATIVES: no participle before the date; a reported clause (content) is trimmed as before
        ([("his", "PRON"), ("lawyer", "NOUN"), ("last", "ADJ"), ("week", "NOUN")], "his lawyer", False),
        (
            [("the", "DET"), ("bill", "NOUN"), ("passed", "VERB"), ("Monday", "PROPN")],
            "the bill passed",
            True,
        ),
    ],
)
def test_trim_words_keeps_the_date_of_a_participle(
    spec: list[tuple[str, str]], expected: str, content: bool
) -> None:
    from auditor.source_phrase import trim_words

    words = [
        w.model_copy(update={"xpos": "VBN"}) if w.text in ("released", "passed") else w
        for w in _words(spec)[0]
    ]
    assert " ".join(w.text for w in trim_words(words, "", content=content)) == expected
