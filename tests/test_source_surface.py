"""Surface phrases around a cue: "according to" when the tagger calls the noun a verb, speech-event
adjuncts, relative pronouns."""

from __future__ import annotations

import pytest
from attribution_helpers import run_attributions
from tree_helpers import Row, tree_from_rows

from auditor.models import ParsedArticle, Word
from auditor.source_surface import adjacent_or_linked, relative_antecedent_np

# ---------------------------------------------------------------- "according to" with a verb-tagged noun

# (form, upos, xpos, feats, head, deprel): what the mini parser gives ("according/VERB to/PART city/VERB").
_ACCORDING_TAIL = [
    ("according", "VERB", "VBG", "VerbForm=Part", 3, "advcl"),
    ("to", "PART", "TO", "_", 6, "mark"),
]


def _conllu(rows: list[tuple[str, str, str, str, int, str]]) -> str:
    lines = [
        f"{i}\t{form}\t{form.lower()}\t{upos}\t{xpos}\t{feats}\t{head}\t{deprel}\t_\t_"
        for i, (form, upos, xpos, feats, head, deprel) in enumerate(rows, start=1)
    ]
    # a hyphen tagged HYPH is written inside its word ("12-county"), as in the text the parser read
    glued = {k for k, r in enumerate(rows) if r[2] == "HYPH"}
    text = "".join(("" if k == 0 or k in glued or k - 1 in glued else " ") + r[0] for k, r in enumerate(rows))
    return "# text = " + text + "\n" + "\n".join(lines) + "\n\n"


def _parse_rows(rows: list[tuple[str, str, str, str, int, str]], name: str) -> ParsedArticle:
    """A one-sentence article parsed as ``rows`` say (through CoNLL-U, as a Stanza document reads)."""
    from auditor.nlp import article_from_conllu, parsed_from_conllu

    conllu = _conllu(rows)
    return parsed_from_conllu(conllu, article_from_conllu(conllu, name))


def _according(tail: list[tuple[str, str, str, str, int, str]]) -> ParsedArticle:
    head = [
        ("The", "DET", "DT", "_", 2, "det"),
        ("cost", "NOUN", "NN", "Number=Sing", 3, "nsubj"),
        ("rose", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin", 0, "root"),
        (",", "PUNCT", ",", "_", 5, "punct"),
    ]
    rows = head + [(f, u, x, ft, h + 1 if h > 3 else h, d) for f, u, x, ft, h, d in _ACCORDING_TAIL] + tail
    rows.append((".", "PUNCT", ".", "_", 3, "punct"))
    return _parse_rows(rows, "according")


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (  # "according to city engineers on Monday": the time phrase is trimmed
            [
                ("city", "VERB", "VB", "VerbForm=Inf", 5, "xcomp"),
                ("engineers", "NOUN", "NNS", "Number=Plur", 7, "obj"),
                ("on", "ADP", "IN", "_", 10, "case"),
                ("Monday", "PROPN", "NNP", "Number=Sing", 7, "obl"),
            ],
            ("city engineers", False),
        ),
        (  # a passive participle after the noun ends the phrase
            [
                ("exit", "VERB", "VB", "VerbForm=Inf", 5, "xcomp"),
                ("polls", "NOUN", "NNS", "Number=Plur", 7, "obj"),
                ("released", "VERB", "VBN", "Tense=Past|VerbForm=Part|Voice=Pass", 8, "acl"),
                ("late", "ADV", "RB", "_", 9, "advmod"),
            ],
            ("exit polls", False),
        ),
        (  # a finite verb after the noun ends it too
            [
                ("city", "VERB", "VB", "VerbForm=Inf", 5, "xcomp"),
                ("planners", "NOUN", "NNS", "Number=Plur", 7, "obj"),
                ("say", "VERB", "VBP", "Mood=Ind|Tense=Pres|VerbForm=Fin", 5, "conj"),
            ],
            ("city planners", False),
        ),
    ],
)
def test_according_to_surface_fallback(
    tail: list[tuple[str, str, str, str, int, str]], expected: tuple[str, bool]
) -> None:
    parsed = _according(tail)
    (a,) = run_attributions(parsed)
    assert a.source is not None
    mention, named = expected
    assert (a.source.mention, a.source.named) == (mention, named)
    assert parsed.article.text[a.source.start : a.source.end] == mention


def test_according_to_plan_stays_unattributed() -> None:
    parsed = _according([("plan", "VERB", "VB", "VerbForm=Inf", 5, "xcomp")])
    assert [a for a in run_attributions(parsed) if a.source is not None] == []


# Parses the mini models gave (rows copied from them; the text joins the words with spaces). The parser
# hangs what follows a comma on the source noun: an amount or a clause there is no part of the source,
# "one of the unions" is.
_ONE_REPORT = [
    ("Norcrest", "PROPN", "NNP", "Number=Sing", 2, "compound"),
    ("receives", "NOUN", "NNS", "Number=Plur", 0, "root"),
    (",", "PUNCT", ",", "_", 2, "punct"),
    ("according", "VERB", "VBG", "Tense=Pres|VerbForm=Part", 2, "acl"),
    ("to", "ADP", "IN", "_", 7, "case"),
    ("one", "NUM", "CD", "NumForm=Word|NumType=Card", 7, "nummod"),
    ("report", "NOUN", "NN", "Number=Sing", 4, "obl"),
    (",", "PUNCT", ",", "_", 9, "punct"),
    ("$", "SYM", "$", "_", 7, "appos"),
    ("19", "NUM", "CD", "NumForm=Digit|NumType=Card", 11, "nummod"),
    ("million", "NOUN", "NN", "Number=Sing", 9, "nsubj"),
    ("in", "ADP", "IN", "_", 13, "case"),
    ("contracts", "NOUN", "NNS", "Number=Plur", 11, "nmod"),
    (".", "PUNCT", ".", "_", 9, "punct"),
]
_POLL_AND_CLAUSE = [
    ("Whitlow", "PROPN", "NNP", "Number=Sing", 2, "compound"),
    ("leads", "NOUN", "NNS", "Number=Plur", 0, "root"),
    ("in", "ADP", "IN", "_", 4, "case"),
    ("Lindale", "PROPN", "NNP", "Number=Sing", 2, "nmod"),
    (",", "PUNCT", ",", "_", 4, "punct"),
    ("according", "VERB", "VBG", "Tense=Pres|VerbForm=Part", 2, "acl"),
    ("to", "ADP", "IN", "_", 12, "case"),
    ("the", "DET", "DT", "Definite=Def|PronType=Art", 12, "det"),
    ("12", "NUM", "CD", "NumForm=Digit|NumType=Card", 12, "nummod"),
    ("-", "PUNCT", "HYPH", "_", 9, "punct"),
    ("county", "NOUN", "NN", "Number=Sing", 12, "compound"),
    ("poll", "NOUN", "NN", "Number=Sing", 6, "obl"),
    (",", "PUNCT", ",", "_", 18, "punct"),
    ("and", "CCONJ", "CC", "_", 18, "cc"),
    ("has", "AUX", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", 18, "aux"),
    ("a", "DET", "DT", "Definite=Ind|PronType=Art", 18, "det"),
    ("small", "ADJ", "JJ", "Degree=Pos", 18, "amod"),
    ("lead", "NOUN", "NN", "Number=Sing", 12, "conj"),
    ("in", "ADP", "IN", "_", 20, "case"),
    ("Harwick", "PROPN", "NNP", "Number=Sing", 18, "nmod"),
    (".", "PUNCT", ".", "_", 18, "punct"),
]
_NAME_AND_OTHERS = [
    ("It", "PRON", "PRP", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs", 5, "nsubj"),
    ("can", "AUX", "MD", "VerbForm=Fin", 5, "aux"),
    ("be", "AUX", "VB", "VerbForm=Inf", 5, "cop"),
    ("extremely", "ADV", "RB", "_", 5, "advmod"),
    ("effective", "ADJ", "JJ", "Degree=Pos", 0, "root"),
    (",", "PUNCT", ",", "_", 7, "punct"),
    ("according", "VERB", "VBG", "Tense=Pres|VerbForm=Part", 5, "advcl"),
    ("to", "ADP", "IN", "_", 10, "case"),
    ("Nora", "PROPN", "NNP", "Number=Sing", 10, "compound"),
    ("Quill", "PROPN", "NNP", "Number=Sing", 7, "obl"),
    (",", "PUNCT", ",", "_", 12, "punct"),
    ("head", "NOUN", "NN", "Number=Sing", 10, "appos"),
    ("of", "ADP", "IN", "_", 15, "case"),
    ("the", "DET", "DT", "Definite=Def|PronType=Art", 15, "det"),
    ("lab", "NOUN", "NN", "Number=Sing", 12, "nmod"),
    (",", "PUNCT", ",", "_", 19, "punct"),
    ("and", "CCONJ", "CC", "_", 19, "cc"),
    ("other", "ADJ", "JJ", "Degree=Pos", 19, "amod"),
    ("engineers", "NOUN", "NNS", "Number=Plur", 15, "conj"),
    (".", "PUNCT", ".", "_", 5, "punct"),
]
_ONE_OF = [
    ("The", "DET", "DT", "Definite=Def|PronType=Art", 5, "det"),
    ("contract", "NOUN", "NN", "Number=Sing", 3, "compound"),
    ("covers", "NOUN", "NNS", "Number=Plur", 0, "root"),
    ("100", "NUM", "CD", "NumForm=Digit|NumType=Card", 5, "nummod"),
    ("workers", "NOUN", "NNS", "Number=Plur", 3, "nmod"),
    (",", "PUNCT", ",", "_", 7, "punct"),
    ("according", "VERB", "VBG", "Tense=Pres|VerbForm=Part", 5, "acl"),
    ("to", "ADP", "IN", "_", 11, "case"),
    ("the", "DET", "DT", "Definite=Def|PronType=Art", 11, "det"),
    ("Ferry", "PROPN", "NNP", "Number=Sing", 11, "compound"),
    ("Workers", "NOUN", "NNS", "Number=Plur", 7, "obl"),
    ("of", "ADP", "IN", "_", 13, "case"),
    ("Lindale", "PROPN", "NNP", "Number=Sing", 11, "nmod"),
    (",", "PUNCT", ",", "_", 15, "punct"),
    ("one", "NUM", "CD", "NumForm=Word|NumType=Card", 13, "appos"),
    ("of", "ADP", "IN", "_", 18, "case"),
    ("the", "DET", "DT", "Definite=Def|PronType=Art", 18, "det"),
    ("unions", "NOUN", "NNS", "Number=Plur", 15, "nmod"),
    (".", "PUNCT", ".", "_", 15, "punct"),
]


@pytest.mark.parametrize(
    ("rows", "source"),
    [
        # a number counts the source noun: "one report", not "one" (a reporting verb as a noun too)
        (_ONE_REPORT, "one report"),
        (_POLL_AND_CLAUSE, "the 12-county poll"),  # ", and has a lead": a clause, no part of the source
        # NEGATIVES of the cuts: "and other engineers" and "one of the unions" belong to the source
        (_NAME_AND_OTHERS, "Nora Quill , head of the lab , and other engineers"),
        (_ONE_OF, "the Ferry Workers of Lindale , one of the unions"),
    ],
)
def test_according_to_source_stops_at_amounts_and_clauses(
    rows: list[tuple[str, str, str, str, int, str]], source: str
) -> None:
    parsed = _parse_rows(rows, "according")
    (a,) = run_attributions(parsed)
    assert a.source is not None and a.source.mention == source


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        (
            "The repairs to the Harbor Bridge will cost at least $40 million more than planned, "
            "according to city engineers.",
            "city engineers",
        ),
        ("The plan failed, according to city engineers on Monday.", "city engineers"),
        ("The cost rose, according to plan.", None),
        # a title in quotation marks, and what it is, name the source; the quotation is no content
        (
            'According to "The Harbor Years," a biography by Lena Moritz, Okafor never ran for office.',
            '"The Harbor Years," a biography by Lena Moritz',
        ),
        (
            'The plan would cost $2 trillion, according to the "Water for All" document.',
            'the "Water for All" document',
        ),
    ],
)
def test_according_to_on_real_parses(annotator, paragraph: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    assert [a.source.mention for a in run_attributions(parsed) if a.source] == ([source] if source else [])


# ---------------------------------------------------------------- relative pronouns and speech-event adjuncts

_FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _parsed(rows: list[tuple[str, str, str, str, int, str]]) -> ParsedArticle:
    return _parse_rows(rows, "surface")


def _said(subject: list[tuple[str, str, str, str, int, str]]) -> ParsedArticle:
    """``subject`` words then "said the war was over ." hung on "said" (root), as the mini parser does."""
    n = len(subject)
    verb = n + 1
    tail = [
        ("said", "VERB", "VBD", _FIN, 0, "root"),
        ("the", "DET", "DT", "_", n + 3, "det"),
        ("war", "NOUN", "NN", "Number=Sing", n + 5, "nsubj"),
        ("was", "AUX", "VBD", _FIN, n + 5, "cop"),
        ("over", "ADV", "RB", "_", verb, "ccomp"),
        (".", "PUNCT", ".", "_", verb, "punct"),
    ]
    return _parsed(subject + tail)


def _sources(parsed: ParsedArticle) -> list[str | None]:
    return [a.source.mention if a.source else None for a in run_attributions(parsed) if a.cue is not None]


@pytest.mark.parametrize(
    ("subject", "source"),
    [
        (  # the parser makes "who" the subject of the main verb: the source is the antecedent
            [
                ("The", "DET", "DT", "_", 2, "det"),
                ("head", "NOUN", "NN", "Number=Sing", 8, "nsubj"),
                ("of", "ADP", "IN", "_", 5, "case"),
                ("the", "DET", "DT", "_", 5, "det"),
                ("union", "NOUN", "NN", "Number=Sing", 2, "nmod"),
                (",", "PUNCT", ",", "_", 5, "punct"),
                ("who", "PRON", "WP", "PronType=Rel", 8, "nsubj"),
            ],
            "The head of the union",
        ),
        (  # the same without the comma
            [
                ("Two", "NUM", "CD", "_", 2, "nummod"),
                ("officials", "NOUN", "NNS", "Number=Plur", 4, "nsubj"),
                ("who", "PRON", "WP", "PronType=Rel", 4, "nsubj"),
            ],
            "Two officials",
        ),
        (  # a speech-event adjunct between subject and verb says how, not who
            [
                ("Okafor", "PROPN", "NNP", "Number=Sing", 5, "nsubj"),
                ("in", "ADP", "IN", "_", 4, "case"),
                ("a", "DET", "DT", "_", 4, "det"),
                ("speech", "NOUN", "NN", "Number=Sing", 5, "obl"),
            ],
            "Okafor",
        ),
        (  # ... also when the parse gives no subject, and with a trailing phrase in the adjunct
            [
                ("Okafor", "PROPN", "NNP", "Number=Sing", 4, "nmod"),
                ("in", "ADP", "IN", "_", 4, "case"),
                ("an", "DET", "DT", "_", 4, "det"),
                ("interview", "NOUN", "NN", "Number=Sing", 8, "obl"),
                ("with", "ADP", "IN", "_", 7, "case"),
                ("the", "DET", "DT", "_", 7, "det"),
                ("newspaper", "NOUN", "NN", "Number=Sing", 4, "nmod"),
            ],
            "Okafor",
        ),
        (  # an event noun with its own modifiers: "Okafor at a packed board meeting"
            [
                ("Okafor", "PROPN", "NNP", "Number=Sing", 8, "nsubj"),
                ("at", "ADP", "IN", "_", 6, "case"),
                ("a", "DET", "DT", "_", 6, "det"),
                ("packed", "VERB", "VBN", "_", 6, "amod"),
                ("board", "NOUN", "NN", "Number=Sing", 6, "compound"),
                ("meeting", "NOUN", "NN", "Number=Sing", 1, "nmod"),
            ],
            "Okafor",
        ),
        # negatives: "in the meetings" says how sources know (a meeting is an event only after "at",
        # "during"); a capitalised event noun names a body ("an analyst at the Cook Political Report")
        (
            [
                ("Sources", "NOUN", "NNS", "Number=Plur", 5, "nsubj"),
                ("in", "ADP", "IN", "_", 4, "case"),
                ("the", "DET", "DT", "_", 4, "det"),
                ("meetings", "NOUN", "NNS", "Number=Plur", 1, "nmod"),
            ],
            "Sources in the meetings",
        ),
        (
            [
                ("Analysts", "NOUN", "NNS", "Number=Plur", 5, "nsubj"),
                ("at", "ADP", "IN", "_", 4, "case"),
                ("the", "DET", "DT", "_", 4, "det"),
                ("Report", "PROPN", "NNP", "Number=Sing", 1, "nmod"),
            ],
            "Analysts at the Report",
        ),
        # negatives: a phrase in "in" that is not a speech event stays part of the source (surface, parse)
        (
            [
                ("Officials", "NOUN", "NNS", "Number=Plur", 4, "obl"),
                ("in", "ADP", "IN", "_", 3, "case"),
                ("Lindale", "PROPN", "NNP", "Number=Sing", 1, "nmod"),
            ],
            "Officials in Lindale",
        ),
        (
            [
                ("Voters", "NOUN", "NNS", "Number=Plur", 5, "nsubj"),
                ("in", "ADP", "IN", "_", 4, "case"),
                ("each", "DET", "DT", "_", 4, "det"),
                ("state", "NOUN", "NN", "Number=Sing", 1, "nmod"),
            ],
            "Voters in each state",
        ),
        (  # a relative pronoun with nothing before it is no source
            [("Who", "PRON", "WP", "PronType=Int", 2, "nsubj")],
            None,
        ),
    ],
)
def test_relative_pronouns_and_speech_adjuncts(
    subject: list[tuple[str, str, str, str, int, str]], source: str | None
) -> None:
    assert _sources(_said(subject)) == [source]


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("The head of the union, who said the strike would go on, left the room.", "The head of the union"),
        ("Those who said the plan would fail were wrong.", "Those"),
        ("On Monday, Whitlow — who had said the ferry plan was dead — changed course.", "Whitlow"),
        (
            "The mayor, who told reporters on Monday that the budget was balanced, resigned.",
            "The mayor",
        ),
        ("Okafor in a speech said the war was over.", "Okafor"),
        ("The senator during her testimony said the agency had failed.", "The senator"),
        # negatives: a place or group in the phrase is part of the source
        ("Officials in the ministry said taxes would rise.", "Officials in the ministry"),
        ("Voters in each state said taxes would rise.", "Voters in each state"),
    ],
)
def test_relative_and_speech_adjunct_on_real_parses(annotator, paragraph: str, source: str) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    assert _sources(parsed)[:1] == [source]


# ---------------------------------------------------------------- a surname the tagger called a verb

_FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _inverted(quoted: list[str], name: str, verb: str) -> ParsedArticle:
    """“<quoted words>,” <name>/VERB <verb>/VERB(xcomp) .  — the mini parser's shape for "Tolsted said"."""

    n = len(quoted)
    name_at = n + 4
    rows = [
        ("“", "PUNCT", "``", "_", 2, "punct"),
        *[(w, "X", "FW", "_", name_at, "ccomp" if k == 0 else "dep") for k, w in enumerate(quoted)],
        (",", "PUNCT", ",", "_", name_at, "punct"),
        ("”", "PUNCT", "''", "_", name_at, "punct"),
        (name, "VERB", "VBD", _FIN, 0, "root"),
        (verb, "VERB", "VBD", _FIN, name_at, "xcomp"),
        (".", "PUNCT", ".", "_", name_at, "punct"),
    ]
    return _parse_rows(rows, "inverted")


@pytest.mark.parametrize(
    ("quoted", "name", "verb", "expected"),
    [
        (["We", "won"], "Tolsted", "said", ("Tolsted", True)),  # mid-sentence capital: a name
        (["We", "Won"], "Tolsted", "Said", None),  # NEGATIVE: a title-case headline capitalises every word
        (["We", "won"], "tolsted", "said", None),  # NEGATIVE: lower case is a verb form
    ],
)
def test_surname_tagged_as_verb_is_the_source(
    quoted: list[str], name: str, verb: str, expected: tuple[str, bool] | None
) -> None:
    parsed = _inverted(quoted, name, verb)
    sources = [(a.source.mention, a.source.named) for a in run_attributions(parsed) if a.source is not None]
    assert sources == ([expected] if expected else [])


def test_mistagged_name_needs_a_capital_inside_the_sentence() -> None:
    from word_helpers import one_word

    from auditor.source_names import mistagged_name

    def word(text: str, start: int, upos: str = "VERB") -> Word:
        return one_word(text, upos, start=start)

    assert mistagged_name(word("Farnsworth", 10), 0)
    assert not mistagged_name(word("Farnsworth", 0), 0)  # the sentence's first word proves nothing
    assert not mistagged_name(word("USA", 10), 0)  # acronyms are handled as acronyms
    assert not mistagged_name(word("Tolsted", 10, "NOUN"), 0)  # only verb and adverb tags are doubted


def _opening(words: list[tuple[str, str, str]]) -> ParsedArticle:
    """<words> that it works . — the verb ``estimated``/``added`` heads a that-clause; the words before it
    are (text, upos, xpos), hung on the verb as the mini parser does."""

    n = len(words)
    verb = n + 1
    rows = [
        *[(t, u, x, "_", verb, "advmod" if u == "ADV" else "dep") for t, u, x in words],
        ("estimated", "VERB", "VBD", _FIN, 0, "root"),
        ("that", "SCONJ", "IN", "_", verb + 3, "mark"),
        ("it", "PRON", "PRP", "_", verb + 3, "nsubj"),
        ("works", "VERB", "VBZ", "_", verb, "ccomp"),
        (".", "PUNCT", ".", "_", verb, "punct"),
    ]
    return _parse_rows(rows, "opening")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([("Cook", "VERB", "VB")], "Cook"),  # a sentence-opening name tagged as a base-form verb
        ([("But", "CCONJ", "CC"), ("Farley", "ADV", "RB")], "Farley"),  # a name tagged as an adverb
        # NEGATIVES: a lower-case verb form; an adverb between the subject and the verb is skipped
        ([("cook", "VERB", "VB")], None),
        ([("But", "CCONJ", "CC"), ("later", "ADV", "RB")], None),
    ],
)
def test_name_the_tagger_missed_right_before_the_verb(
    words: list[tuple[str, str, str]], expected: str | None
) -> None:
    parsed = _opening(words)
    sources = [a.source.mention for a in run_attributions(parsed) if a.source is not None]
    assert sources == ([expected] if expected else [])


def test_quantified_relative_pronoun_reads_with_its_antecedent() -> None:
    """ "pressure from lawmakers, several of whom had urged": the source is "lawmakers, several of whom",
    not "whom" (and not the whole phrase before the preposition); a plain "who" keeps its antecedent."""
    from tree_helpers import tree_from_rows

    from auditor.source_surface import surface_np_left

    rows = [
        ("pressure", "pressure", "NOUN", 0, "root"),
        ("from", "from", "ADP", 3, "case"),
        ("lawmakers", "lawmaker", "NOUN", 1, "nmod"),
        (",", ",", "PUNCT", 5, "punct"),
        ("several", "several", "ADJ", 3, "conj"),
        ("of", "of", "ADP", 7, "case"),
        ("whom", "whom", "PRON", 9, "nsubj"),
        ("had", "have", "AUX", 9, "aux"),
        ("urged", "urge", "VERB", 5, "advcl"),
    ]
    tree = tree_from_rows(rows)
    assert [w.text for w in surface_np_left(tree, 9)] == ["lawmakers", ",", "several", "of", "whom"]
    plain = [
        ("the", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("who", "who", "PRON", 5, "nsubj"),
        ("said", "say", "VERB", 2, "acl:relcl"),
    ]
    assert [w.text for w in surface_np_left(tree_from_rows(plain), 5)] == ["the", "union"]


@pytest.mark.parametrize(
    ("first", "upos", "expected"),
    [
        ("Many", "ADJ", ["Many"]),  # "Many/ADJ fear/NOUN ...": the quantifier stands for people
        ("Several", "ADJ", ["Several"]),
        ("Quickly", "ADJ", []),  # NEGATIVE: an adjective that is no quantifier names nobody
    ],
)
def test_a_quantifier_alone_is_a_phrase_before_the_verb(first: str, upos: str, expected: list[str]) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_surface import surface_np_left

    rows = [
        (first, first.lower(), upos, 2, "amod"),
        ("fear", "fear", "NOUN", 4, "nsubj"),
        ("it", "it", "PRON", 4, "nsubj"),
        ("closes", "close", "VERB", 0, "root"),
    ]
    assert [w.text for w in surface_np_left(tree_from_rows(rows), 2)] == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # “Late,” Dana Whitlow of the Harbor Institute said Tuesday: the parser hung "said" on "Institute"
        (
            [
                ("Dana", "PROPN"),
                ("Whitlow", "PROPN"),
                ("of", "ADP"),
                ("the", "DET"),
                ("Harbor", "PROPN"),
                ("Institute", "PROPN"),
            ],
            "Dana Whitlow of the Harbor Institute",
        ),
        (
            [("a", "DET"), ("spokeswoman", "NOUN"), ("for", "ADP"), ("the", "DET"), ("port", "NOUN")],
            "a spokeswoman for the port",
        ),
        ([("she", "PRON"), ("thinks", "VERB")], ""),  # NEGATIVE: a clause, not a speaker
        ([("in", "ADP"), ("May", "PROPN")], ""),  # NEGATIVE: a prepositional phrase
    ],
)
def test_speaker_after_quote(between: list[tuple[str, str]], expected: str) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_surface import speaker_after_quote

    rows = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("Late", "late", "ADJ", 0, "root"),
        (",", ",", "PUNCT", 2, "punct"),
    ]
    rows += [("”", "”", "PUNCT", 2, "punct")]
    rows += [(t, t.lower(), upos, 2, "dep") for t, upos in between]
    rows += [("said", "say", "VERB", 2, "acl:relcl"), ("Tuesday", "Tuesday", "PROPN", len(rows) + 1, "obl")]
    tree = tree_from_rows(rows)
    verb = next(w for w in tree.words if w.text == "said")
    assert " ".join(w.text for w in speaker_after_quote(tree, verb)) == expected


@pytest.mark.parametrize(
    ("participle", "expected"),
    [("surveyed", ["those", "surveyed"]), ("polled", ["those", "polled"]), ("running", [])],
)
def test_those_with_a_participle_the_parser_made_a_verb(participle: str, expected: list[str]) -> None:
    """ "By 58%-33%, those surveyed/VERB said ...": the participle belongs to "those"; "those running"
    is left to the parse."""
    from tree_helpers import tree_from_rows

    from auditor.source_surface import surface_np_left

    rows = [
        ("those", "that", "DET", 2, "nsubj"),
        (participle, participle[:-2], "VERB", 3, "ccomp"),
        ("said", "say", "VERB", 0, "root"),
    ]
    assert [w.text for w in surface_np_left(tree_from_rows(rows), 3)] == expected


def test_those_who_attended_is_the_subject_not_a_relative_pronoun() -> None:
    """ "Those who attended said ...": the lemmatiser turns "Those" into "that", which is no relative
    pronoun here; the source is the whole phrase."""
    rows = [
        ("Those", "that", "PRON", 4, "nsubj"),
        ("who", "who", "PRON", 3, "nsubj"),
        ("attended", "attend", "VERB", 1, "acl:relcl"),
        ("said", "say", "VERB", 0, "root"),
        ("it", "it", "PRON", 6, "nsubj"),
        ("rained", "rain", "VERB", 4, "ccomp"),
    ]
    from tree_helpers import article_from_rows

    sources = [a.source.mention for a in run_attributions(article_from_rows(rows)) if a.source is not None]
    assert sources == ["Those who attended"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ([("three", "NUM"), ("in", "ADP"), ("10", "NUM")], "three in 10"),  # "three in 10 said"
        ([("About", "ADP"), ("three", "NUM"), ("in", "ADP"), ("10", "NUM")], "About three in 10"),
        ([("at", "ADP"), ("least", "ADJ"), ("21,000", "NUM")], "at least 21,000"),
        ([("more", "ADJ"), ("than", "ADP"), ("40", "NUM")], "more than 40"),
        ([("26", "NUM"), ("%", "NUM")], "26 %"),  # the mini tagger calls "%" a number too
        ([("a", "DET"), ("third", "ADJ")], "a third"),  # a share word
        ([("2015", "NUM")], ""),  # NEGATIVE: a year is no count of people
        ([("very", "ADV"), ("early", "ADJ")], ""),  # NEGATIVE: nothing nominal
    ],
)
def test_a_count_or_share_of_people_is_a_phrase_before_the_verb(
    phrase: list[tuple[str, str]], expected: str
) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_surface import surface_np_left

    rows = [(t, t.lower(), upos, len(phrase) + 1, "dep") for t, upos in phrase]
    rows += [("said", "say", "VERB", 0, "root"), ("no", "no", "INTJ", len(phrase) + 1, "obj")]
    tree = tree_from_rows(rows)
    assert " ".join(w.text for w in surface_np_left(tree, len(phrase) + 1)) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Ana Ruiz and Tom Reyes lamented": names joined by "and" opening the clause
        (
            [
                ("Ana", "Ana", "PROPN", 2, "compound"),
                ("Ruiz", "Ruiz", "PROPN", 6, "nsubj"),
                ("and", "and", "CCONJ", 5, "cc"),
                ("Tom", "Tom", "PROPN", 5, "compound"),
                ("Reyes", "Reyes", "PROPN", 2, "conj"),
                ("lamented", "lament", "VERB", 0, "root"),
            ],
            "Ana Ruiz and Tom Reyes",
        ),
        # NEGATIVE: "He criticized the plan and Okafor said": "the plan" is another verb's object
        (
            [
                ("He", "he", "PRON", 2, "nsubj"),
                ("criticized", "criticize", "VERB", 0, "root"),
                ("the", "the", "DET", 4, "det"),
                ("plan", "plan", "NOUN", 2, "obj"),
                ("and", "and", "CCONJ", 7, "cc"),
                ("Okafor", "Okafor", "PROPN", 7, "nsubj"),
                ("said", "say", "VERB", 2, "conj"),
            ],
            "Okafor",
        ),
        # ", and Ruiz and Reyes said", "after/ADP Ruiz and Reyes declared": the clause opens before the names
        (
            [
                ("Rents", "rent", "NOUN", 2, "nsubj"),
                ("rose", "rise", "VERB", 0, "root"),
                (",", ",", "PUNCT", 7, "punct"),
                ("and", "and", "CCONJ", 7, "cc"),
                ("Ruiz", "Ruiz", "PROPN", 2, "obj"),
                ("and", "and", "CCONJ", 7, "cc"),
                ("Reyes", "Reyes", "PROPN", 5, "conj"),
                ("said", "say", "VERB", 2, "conj"),
            ],
            "Ruiz and Reyes",
        ),
        (
            [
                ("Rents", "rent", "NOUN", 2, "nsubj"),
                ("rose", "rise", "VERB", 0, "root"),
                ("after", "after", "ADP", 4, "case"),
                ("Ruiz", "Ruiz", "PROPN", 2, "obl"),
                ("and", "and", "CCONJ", 6, "cc"),
                ("Reyes", "Reyes", "PROPN", 4, "conj"),
                ("declared", "declare", "VERB", 2, "conj"),
            ],
            "Ruiz and Reyes",
        ),
        # NEGATIVE: a preposition that opens no clause ("Rents rose for Ruiz and Reyes said")
        (
            [
                ("Rents", "rent", "NOUN", 2, "nsubj"),
                ("rose", "rise", "VERB", 0, "root"),
                ("for", "for", "ADP", 4, "case"),
                ("Ruiz", "Ruiz", "PROPN", 2, "obl"),
                ("and", "and", "CCONJ", 6, "cc"),
                ("Reyes", "Reyes", "PROPN", 4, "conj"),
                ("said", "say", "VERB", 2, "conj"),
            ],
            "Reyes",
        ),
        # NEGATIVE: no name or source noun on the left ("Rain and Okafor said")
        (
            [
                ("Rain", "rain", "NOUN", 3, "nsubj"),
                ("and", "and", "CCONJ", 3, "cc"),
                ("Okafor", "Okafor", "PROPN", 4, "nsubj"),
                ("said", "say", "VERB", 0, "root"),
            ],
            "Okafor",
        ),
    ],
)
def test_names_joined_by_and_before_the_verb(
    rows: list[tuple[str, str, str, int, str]], expected: str
) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_surface import surface_np_left

    tree = tree_from_rows(rows)
    assert " ".join(w.text for w in surface_np_left(tree, len(rows))) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # "About four out of 10 voters said": the parser hung "four" on the verb, leaving "10 voters"
        ([("About", "ADP"), ("four", "NUM")], "About four out of 10 voters"),
        ([("Four", "NUM")], "Four out of 10 voters"),
        # NEGATIVES: a year is no count; no "out of" before the count
        ([("2015", "NUM")], "10 voters"),
    ],
)
def test_the_first_count_of_a_share_belongs_to_the_phrase(lead: list[tuple[str, str]], expected: str) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_surface import count_before

    n = len(lead)
    rows = [(t, t.lower(), upos, n + 5, "obl") for t, upos in lead]
    rows += [
        ("out", "out", "ADP", n + 5, "compound:prt"),
        ("of", "of", "ADP", n + 4, "case"),
        ("10", "10", "NUM", n + 4, "nummod"),
        ("voters", "voter", "NOUN", n + 5, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    subject = [w for w in tree.words if w.text in ("10", "voters")]
    assert " ".join(w.text for w in count_before(tree, subject)) == expected


@pytest.mark.parametrize(
    ("first", "upos", "expected"),
    [
        # "Nine in 10 voters": the other link of a share
        ("Nine", "NUM", "Nine in 10 voters"),
        # NEGATIVE: "Voters in 10 states": no count before "in"
        ("Voters", "NOUN", "10 voters"),
    ],
)
def test_a_share_with_in(first: str, upos: str, expected: str) -> None:
    from tree_helpers import tree_from_rows

    from auditor.source_surface import count_before

    rows = [
        (first, first.lower(), upos, 5, "obl"),
        ("in", "in", "ADP", 3, "case"),
        ("10", "10", "NUM", 4, "nummod"),
        ("voters", "voter", "NOUN", 5, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
    ]
    tree = tree_from_rows(rows)
    subject = [w for w in tree.words if w.text in ("10", "voters")]
    assert " ".join(w.text for w in count_before(tree, subject)) == expected


@pytest.mark.stanza
def test_according_to_a_title_reports_the_clause_not_the_title(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    text = 'According to "The Harbor Years," a biography by Lena Moritz, Okafor never ran for office.'
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    (a,) = run_attributions(parsed)
    assert a.content is not None
    assert parsed.article.text[a.content.start : a.content.end] == "Okafor never ran for office"


# '"…," said Ada Ruiz, 54, of Lake County, Ohio, who/nsubj said/conj …': "who" stands for the person
_AGED_WHO: list[Row] = [
    ("said", "say", "VERB", 0, "root"),
    ("Ada", "Ada", "PROPN", 1, "obj"),
    ("Ruiz", "Ruiz", "PROPN", 2, "flat"),
    (",", ",", "PUNCT", 5, "punct"),
    ("54", "54", "NUM", 3, "appos"),
    (",", ",", "PUNCT", 9, "punct"),
    ("of", "of", "ADP", 9, "case"),
    ("Lake", "Lake", "PROPN", 9, "compound"),
    ("County", "County", "PROPN", 5, "nmod"),
    (",", ",", "PUNCT", 11, "punct"),
    ("Ohio", "Ohio", "PROPN", 9, "conj"),
    (",", ",", "PUNCT", 13, "punct"),
    ("who", "who", "PRON", 14, "nsubj"),
    ("said", "say", "VERB", 1, "conj"),
]


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("County", "Ada Ruiz , 54 , of Lake County , Ohio"),
        # NEGATIVE: a person's name after "of" ("of Lake Ortiz") is who "who" stands for
        ("Ortiz", "Ohio"),
    ],
)
def test_who_after_an_age_and_a_place_stands_for_the_person(place: str, expected: str) -> None:
    rows = [(place, place, *r[2:]) if r[0] == "County" else r for r in _AGED_WHO]
    tree = tree_from_rows(rows)
    who = next(w for w in tree.words if w.text == "who")
    assert " ".join(w.text for w in relative_antecedent_np(tree, who)) == expected


def _asked(after_comma: list[Row]) -> list[Row]:
    """ "Ruiz and Okafor (D-Ohio), <after_comma> asked the council": the subject set off by a comma."""
    k = 8 + len(after_comma)  # the index of "asked"
    return [
        ("Ruiz", "Ruiz", "PROPN", k, "nsubj"),
        ("and", "and", "CCONJ", 3, "cc"),
        ("Okafor", "Okafor", "PROPN", 1, "conj"),
        ("(", "(", "PUNCT", 5, "punct"),
        ("D-Ohio", "D-Ohio", "PROPN", 3, "appos"),
        (")", ")", "PUNCT", 5, "punct"),
        (",", ",", "PUNCT", 1, "punct"),
        *after_comma,
        ("asked", "ask", "VERB", 0, "root"),
        ("the", "the", "DET", k + 2, "det"),
        ("council", "council", "NOUN", k, "obj"),
    ]


@pytest.mark.parametrize(
    ("after_comma", "linked"),
    [
        ([], True),
        # an aside and adverbs between the comma and the verb ("…, in turn, later asked")
        (
            [
                ("in", "in", "ADP", 9, "case"),
                ("turn", "turn", "NOUN", 12, "obl"),
                (",", ",", "PUNCT", 9, "punct"),
                ("later", "late", "ADV", 12, "advmod"),
            ],
            True,
        ),
        # NEGATIVE: a noun after the comma is another phrase, not an aside the subject spans
        ([("the", "the", "DET", 9, "det"), ("panel", "panel", "NOUN", 10, "nsubj")], False),
    ],
)
def test_adjacent_or_linked_looks_past_adverbs_after_the_comma(after_comma: list[Row], linked: bool) -> None:
    tree = tree_from_rows(_asked(after_comma))
    verb = next(w for w in tree.words if w.text == "asked")
    words = [w for w in tree.words if w.index <= 6]
    assert adjacent_or_linked(tree, words, verb, tree.sentence.text) is linked


def _figure(subject: list[Row]) -> list[Row]:
    """ "<subject> was the loudest voice": a predicate noun with its copula."""
    k = len(subject) + 5  # the index of "figure"
    return [
        *subject,
        ("was", "be", "AUX", k, "cop"),
        ("the", "the", "DET", k, "det"),
        ("very", "very", "ADV", k - 1, "advmod"),
        ("loudest", "loud", "ADJ", k, "amod"),
        ("voice", "voice", "NOUN", 0, "root"),
    ]


@pytest.mark.parametrize(
    ("subject", "linked"),
    [
        # a holder next to the copula is the predicate's subject
        ([("The", "the", "DET", 2, "det"), ("governor", "governor", "NOUN", 7, "nsubj")], True),
        # NEGATIVE: "it" holds no view, so the distance to the predicate noun still counts
        ([("It", "it", "PRON", 6, "nsubj")], False),
    ],
)
def test_adjacent_or_linked_measures_a_predicate_from_its_copula(subject: list[Row], linked: bool) -> None:
    tree = tree_from_rows(_figure(subject))
    verb = next(w for w in tree.words if w.text == "voice")
    words = [w for w in tree.words if w.index <= len(subject)]
    assert adjacent_or_linked(tree, words, verb, tree.sentence.text) is linked


def _dashed(mark: str, gap: list[Row]) -> list[Row]:
    """ "Dock crews — including Ruiz <mark> <gap> complained": an aside opened by a dash inside the
    subject; ``mark`` closes it (or not) before the verb."""
    n = 7 + len(gap)
    return [
        ("Dock", "dock", "NOUN", 2, "compound"),
        ("crews", "crew", "NOUN", n, "nsubj"),
        ("—", "—", "PUNCT", 4, "punct"),
        ("including", "include", "VERB", 2, "acl"),
        ("Ruiz", "Ruiz", "PROPN", 4, "obj"),
        (mark, mark, "PUNCT" if mark in "—;" else "CCONJ", n, "punct"),
        *gap,
        ("complained", "complain", "VERB", 0, "root"),
    ]


@pytest.mark.parametrize(
    ("mark", "gap", "linked"),
    [
        # the closing dash of an aside the subject opened, then an auxiliary and an adverb
        ("—", [("have", "have", "AUX", 9, "aux"), ("long", "long", "ADJ", 9, "advmod")], True),
        # NEGATIVES: no closing dash; a noun after the closing dash (another phrase)
        (";", [("have", "have", "AUX", 9, "aux"), ("long", "long", "ADJ", 9, "advmod")], False),
        ("—", [("voters", "voter", "NOUN", 8, "nsubj")], False),
    ],
)
def test_adjacent_or_linked_reads_past_a_closing_dash(mark: str, gap: list[Row], linked: bool) -> None:
    tree = tree_from_rows(_dashed(mark, gap))
    verb = next(w for w in tree.words if w.text == "complained")
    words = [w for w in tree.words if w.index <= 5]
    assert adjacent_or_linked(tree, words, verb, tree.sentence.text) is linked


@pytest.mark.parametrize(
    ("first", "ner", "expected"),
    [
        # a name the tagger took for an adverb, which the entity tagger calls a person
        ("Beverly", "S-PERSON", "Beverly"),
        # NEGATIVE: an adverb the entity tagger leaves out ("Enough said")
        ("Enough", "O", ""),
    ],
)
def test_a_person_tagged_as_an_adverb_opening_the_sentence(first: str, ner: str, expected: str) -> None:
    from auditor.models import Sentence
    from auditor.source_verb import verb_source
    from auditor.syntax import Tree

    tree = tree_from_rows(
        [
            (first, first.lower(), "ADV", 2, "advmod"),
            ("said", "say", "VERB", 0, "root"),
            ("she", "she", "PRON", 4, "nsubj"),
            ("left", "leave", "VERB", 2, "ccomp"),
        ]
    )
    words = [
        w.model_copy(update={"ner": ner, "xpos": "VBD" if w.text == "said" else w.xpos}) for w in tree.words
    ]
    sentence = Sentence(**{**tree.sentence.model_dump(), "words": tuple(words)})
    tree = Tree(sentence)
    found, _ = verb_source(tree, tree.words[1], set(), sentence.text)
    assert " ".join(w.text for w in found) == expected
