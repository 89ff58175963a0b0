"""Tests for auditor/anonymity.py: description, anonymity phrase, reason, collective and plural."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from findings_helpers import attribution, parse
from tree_helpers import Row, article_from_rows

from auditor.anonymity import annotate_anonymity, is_pronoun
from auditor.models import Anonymity, Article, Attribution, ParsedArticle, Segment, Sentence, Word
from auditor.source_kind import classify
from auditor.source_phrase import trim_words
from auditor.syntax import Tree

INTEL = (
    "A source within Ukrainian intelligence, speaking on the condition of anonymity, reported that "
    "a few North Koreans were killed."
)
TALKS = (
    "The talks stalled, said officials, who spoke on condition of anonymity because they were not "
    "authorized to discuss the talks."
)


def annotate(text: str, source: str, cue: str, content: str | None, **kw: object) -> Anonymity | None:
    parsed = parse(text)
    a = attribution(parsed, "a1", source=source, cue=cue, content=content, **kw)  # type: ignore[arg-type]
    (out,) = annotate_anonymity(parsed, (a,))
    assert out.source is not None
    return out.source.anonymity


def txt(span: object) -> str | None:
    return getattr(span, "text", None)


# text, source mention, cue, content, (description, anonymity phrase, reason, collective, plural)
CASES = [
    (
        INTEL,
        "A source",
        "reported",
        "a few North Koreans were killed",
        ("within Ukrainian intelligence", "speaking on the condition of anonymity", None, False, False),
    ),
    (
        INTEL,
        "A source within Ukrainian intelligence",
        "reported",
        "a few North Koreans were killed",
        ("within Ukrainian intelligence", "speaking on the condition of anonymity", None, False, False),
    ),
    (
        TALKS,
        "officials",
        "said",
        "The talks stalled",
        (
            None,
            "who spoke on condition of anonymity",
            "because they were not authorized to discuss the talks",
            False,
            True,
        ),
    ),
    (
        "People familiar with the matter said the deal was close.",
        "People",
        "said",
        "the deal was close",
        ("familiar with the matter", None, None, True, True),
    ),
    (
        "People familiar with the matter said the deal was close.",
        "People familiar with the matter",
        "said",
        "the deal was close",
        ("familiar with the matter", None, None, True, True),
    ),
    (
        "A source said the deal was close.",
        "A source",
        "said",
        "the deal was close",
        (None, None, None, False, False),
    ),
    (
        "An anonymous source from Ukrainian intelligence shared with CNN that troops had died.",
        "An anonymous source",
        "shared",
        "troops had died",
        ("from Ukrainian intelligence", None, None, False, False),
    ),
    (
        "A South Korean defense official suggested the reports could be true.",
        "A South Korean defense official",
        "suggested",
        "the reports could be true",
        ("South Korean defense", None, None, False, False),
    ),
    (  # a document's author is its description, the whole of it ("by the think" was cut short before)
        "The plan is bad, according to a report by the think tank.",
        "a report by the think tank",
        "according to",
        "The plan is bad",
        ("by the think tank", None, None, False, False),
    ),
    (
        "International observers have alleged Russia is getting help.",
        "International observers",
        "alleged",
        "Russia is getting help",
        (None, None, None, True, True),
    ),
    (
        "Experts have speculated on the extent of the aid.",
        "Experts",
        "speculated",
        None,
        (None, None, None, True, True),
    ),
    (
        "Speaking on condition of anonymity because she was not authorized to speak publicly, an aide said "
        "the vote would fail.",
        "an aide",
        "said",
        "the vote would fail",
        (
            None,
            "Speaking on condition of anonymity",
            "because she was not authorized to speak publicly",
            False,
            False,
        ),
    ),
    # negative: the reason-like words are in the reported content, not about the source
    (
        "An official said on condition of anonymity that the minister was not authorized to sign the deal.",
        "An official",
        "said",
        "the minister was not authorized to sign the deal",
        (None, "on condition of anonymity", None, False, False),
    ),
    # negative: anonymity words inside a quotation are the speaker's, not the reporter's
    (
        "A diplomat said: “Nobody speaks on condition of anonymity here.”",
        "A diplomat",
        "said",
        None,
        (None, None, None, False, False),
    ),
    (
        "An aide, who asked not to be named for fear of reprisals, said the plan was dead.",
        "An aide",
        "said",
        "the plan was dead",
        (None, "who asked not to be named", "for fear of reprisals", False, False),
    ),
    (
        "Two officials, who were not authorized to speak publicly, said the plan was dead.",
        "Two officials",
        "said",
        "the plan was dead",
        (None, None, "were not authorized to speak publicly", False, True),
    ),
    (
        "An envoy, speaking on condition of anonymity to discuss internal deliberations, "
        "said the plan was dead.",
        "An envoy",
        "said",
        "the plan was dead",
        (None, "speaking on condition of anonymity", "to discuss internal deliberations", False, False),
    ),
    # negative: "to discuss" far from any anonymity phrase is no reason
    (
        "An envoy said the plan was dead, and the cabinet met to discuss internal deliberations.",
        "An envoy",
        "said",
        "the plan was dead",
        (None, None, None, False, False),
    ),
    (
        "Officials spoke only on condition of anonymity because the details of the mission are classified.",
        "Officials",
        "spoke",
        None,
        (None, "on condition of anonymity", "because the details of the mission are classified", False, True),
    ),
    (
        "Officials spoke on condition of anonymity because the vote had not been made public.",
        "Officials",
        "spoke",
        None,
        (None, "on condition of anonymity", "because the vote had not been made public", False, True),
    ),
    # a quotation split around its speaker: the reason between the parts is no part of what was said
    (
        "“We are apart,” an envoy said, speaking on condition of anonymity because the talks are "
        "confidential. “Nobody blinks.”",
        "an envoy",
        "said",
        "We are apart,” an envoy said, speaking on condition of anonymity because the talks are "
        "confidential. “Nobody blinks.",
        (None, "speaking on condition of anonymity", "because the talks are confidential", False, False),
    ),
    (
        "Two people, who asked not to be identified discussing private matters, said the plant is for sale.",
        "Two people, who asked not to be identified discussing private matters",
        "said",
        "the plant is for sale",
        (None, "who asked not to be identified", "discussing private matters", True, True),
    ),
    # "declined to give her name" grants anonymity without a reason; "a neighbor" says how she knows
    (
        "The street lit up, said a neighbor who declined to give her name.",
        "a neighbor",
        "said",
        "The street lit up",
        ("neighbor", "who declined to give her name", None, False, False),
    ),
    # a trade that places the person at the scene, and the plural of a witness noun, describe too
    (
        "The station is doomed, said a firefighter who asked not to be named.",
        "a firefighter",
        "said",
        "The station is doomed",
        ("firefighter", "who asked not to be named", None, False, False),
    ),
    (
        "Two neighbors said the street lit up.",
        "Two neighbors",
        "said",
        "the street lit up",
        ("neighbors", None, None, False, True),
    ),
    (
        "One father, who asked that his name not be used because he works for the district, said he "
        "learned of it.",
        "One father, who asked that his name not be used because he works for the district",
        "said",
        "he learned of it",
        (None, "who asked that his name not be used", "because he works for the district", False, False),
    ),
    # negative: a because-clause about something that did happen is no reason
    (
        "Officials spoke on condition of anonymity because the vote had been held in secret.",
        "Officials",
        "spoke",
        None,
        (None, "on condition of anonymity", None, False, True),
    ),
    (
        "The deal is off, said a Norwegian aide who was not authorized to comment publicly on the matter.",
        "a Norwegian aide who was not authorized to comment publicly on the matter",
        "said",
        "The deal is off",
        ("Norwegian", None, "was not authorized to comment publicly on the matter", False, False),
    ),
    (
        "The plan is dead, said an aide who was briefed on the talks and spoke anonymously.",
        "an aide",
        "said",
        "The plan is dead",
        ("who was briefed on the talks", "spoke anonymously", None, False, False),
    ),
    (
        "The sources said the plan was dead.",
        "The sources",
        "said",
        "the plan was dead",
        (None, None, None, False, True),
    ),
    (
        "The source added that the plan was dead.",
        "The source",
        "added",
        "the plan was dead",
        (None, None, None, False, False),
    ),
    # a public group named by what it is: a vague collective like "experts" (session 5)
    (
        "Republicans said the plan was dead.",
        "Republicans",
        "said",
        "the plan was dead",
        (None, None, None, True, True),
    ),
    ("Voters said the plan was dead.", "Voters", "said", "the plan was dead", (None, None, None, True, True)),
    (
        "Many Canadians said the plan was dead.",
        "Many Canadians",
        "said",
        "the plan was dead",
        (None, None, None, True, True),
    ),
    # an appositive after the source says who it is, as "a source at the port agency" would
    (
        "The source, a senior official at the port agency, said the warnings were ignored.",
        "The source, a senior official at the port agency",
        "said",
        "the warnings were ignored",
        ("a senior official at the port agency", None, None, False, False),
    ),
    # NEGATIVE: an appositive that is itself a bare "a source" describes nothing
    (
        "The caller, a source, said the warnings were ignored.",
        "The caller, a source",
        "said",
        "the warnings were ignored",
        (None, None, None, False, False),
    ),
    # NEGATIVE: officials are people within an institution, whom anonymity rules cover
    (
        "Officials said the plan was dead.",
        "Officials",
        "said",
        "the plan was dead",
        (None, None, None, False, True),
    ),
]


@pytest.mark.parametrize(("text", "source", "cue", "content", "expected"), CASES)
def test_anonymity_table(
    text: str, source: str, cue: str, content: str | None, expected: tuple[object, ...]
) -> None:
    an = annotate(text, source, cue, content)
    assert an is not None
    got = (txt(an.description), txt(an.anonymity_phrase), txt(an.reason), an.collective, an.plural)
    assert got == expected


def test_offsets_point_into_the_text() -> None:
    parsed = parse(TALKS)
    (a,) = annotate_anonymity(
        parsed, (attribution(parsed, "a1", source="officials", cue="said", content="The talks stalled"),)
    )
    an = a.source.anonymity if a.source else None
    assert an is not None
    for span in (an.reason, an.anonymity_phrase):
        assert span is not None
        assert TALKS[span.start : span.end] == span.text


def test_named_sources_and_pronouns_are_unchanged() -> None:
    parsed = parse("Peskov said the report was false. He said it was a hoax.")
    named = attribution(parsed, "a1", source="Peskov", cue="said", content="the report was false", named=True)
    pronoun = attribution(parsed, "a2", source="He", cue="said", content="it was a hoax")
    nobody = Attribution(id="a3", sentence=0, cue=None, source=None, content=None, rule="test")
    out = annotate_anonymity(parsed, (named, pronoun, nobody))
    assert out == (named, pronoun, nobody)
    assert is_pronoun(" they ") and not is_pronoun("they said")


def test_conllu_fixture(conllu_article: Callable[[str], ParsedArticle]) -> None:
    parsed = conllu_article("anonymous_source")
    text = parsed.article.text
    a = attribution(parsed, "a1", source="A source", cue="said", content="the talks had stalled")
    (out,) = annotate_anonymity(parsed, (a,))
    an = out.source.anonymity if out.source else None
    assert an is not None and an.description is not None and an.anonymity_phrase is not None
    assert text[an.description.start : an.description.end] == "within the agency"
    assert an.anonymity_phrase.text == "speaking on condition of anonymity"
    assert an.reason is None and not an.plural


def test_repeated_mention_inherits_what_the_introduction_said() -> None:
    text = (
        "A source within the ministry, who asked not to be named, said the talks had stalled. "
        "The envoy has left, the source added."
    )
    parsed = parse(text)
    a = attribution(parsed, "a2", source="the source", cue="added", content="The envoy has left")
    (out,) = annotate_anonymity(parsed, (a,))
    an = out.source.anonymity if out.source else None
    assert an is not None
    assert txt(an.description) == "within the ministry"
    assert txt(an.anonymity_phrase) == "who asked not to be named"
    # negative: an indefinite mention does not look back
    b = attribution(parsed, "a1", source="A source", cue="said", content="the talks had stalled")
    assert txt(annotate_anonymity(parsed, (b,))[0].source.anonymity.reason) is None  # type: ignore[union-attr]


def test_description_stops_at_the_verb() -> None:
    text = "An anonymous source from Ukrainian intelligence shared with CNN that troops had died."
    parsed = parse(text, verbs={"shared": "share", "died": "die"})
    # no cue given: only the verb bounds the description
    a = attribution(parsed, "a1", source="An anonymous source", cue=None, content=None)
    (out,) = annotate_anonymity(parsed, (a,))
    assert txt(out.source.anonymity.description) == "from Ukrainian intelligence"  # type: ignore[union-attr]


# ---------------------------------------------------------------- a group of a named institution


def _np(tokens: list[tuple[str, str, str]]) -> tuple[ParsedArticle, list[Word]]:
    """A one-sentence parse "<tokens> reported it." whose first len(tokens) words are the source phrase.

    tokens: (text, upos, deprel); every premodifier hangs on the last token (the head), which is the
    subject of "reported".
    """
    n = len(tokens)
    words, pos = [], 0
    rows = [*tokens, ("reported", "VERB", "root"), ("it", "PRON", "obj"), (".", "PUNCT", "punct")]
    for i, (tok, upos, rel) in enumerate(rows, start=1):
        head = n if i < n else (n + 1 if i != n + 1 else 0)
        words.append(
            Word(
                index=i,
                text=tok,
                lemma=tok.lower(),
                upos=upos,
                head=head,
                deprel=rel,
                start=pos,
                end=pos + len(tok),
            )
        )
        pos += len(tok) + (0 if i == len(rows) - 1 else 1)
    text = " ".join(t for t, _, _ in rows[:-1]) + "."
    article = Article(id="t", text=text, segments=(Segment(start=0, end=len(text), text=text, kind="body"),))
    sentence = Sentence(start=0, end=len(text), text=text, index=0, paragraph=0, words=tuple(words))
    return ParsedArticle(article=article, sentences=(sentence,)), words[:n]


@pytest.mark.parametrize(
    ("tokens", "named", "kind"),
    [
        # an official body of a named institution names its source (class "body" in source_nouns.txt);
        # the weak tagger's "United/ADJ Nations/NOUN" still counts as a capitalised institution name
        (
            [
                ("Earlier", "ADV", "advmod"),
                ("United", "ADJ", "amod"),
                ("Nations", "NOUN", "compound"),
                ("sanctions", "NOUN", "compound"),
                ("monitors", "NOUN", "nsubj"),
            ],
            True,
            "organization",
        ),
        ([("IAEA", "PROPN", "compound"), ("inspectors", "NOUN", "nsubj")], True, "organization"),
        (
            [("The", "DET", "det"), ("Pentagon", "PROPN", "compound"), ("investigators", "NOUN", "nsubj")],
            True,
            "organization",
        ),
        # people within a named institution stay unnamed; nationalities and plain groups name no body
        (
            [("White", "PROPN", "compound"), ("House", "PROPN", "compound"), ("officials", "NOUN", "nsubj")],
            False,
            "group",
        ),
        ([("Pentagon", "PROPN", "compound"), ("sources", "NOUN", "nsubj")], False, "group"),
        (
            [("The", "DET", "det"), ("Russian", "PROPN", "amod"), ("investigators", "NOUN", "nsubj")],
            False,
            "group",
        ),
        ([("Western", "ADJ", "amod"), ("monitors", "NOUN", "nsubj")], False, "group"),
        ([("Sanctions", "NOUN", "compound"), ("monitors", "NOUN", "nsubj")], False, "group"),
    ],
)
def test_body_of_a_named_institution_is_named(
    tokens: list[tuple[str, str, str]], named: bool, kind: str
) -> None:
    parsed, words = _np(tokens)
    got_kind, got_named, _why = classify(
        parsed, Tree(parsed.sentences[0]), [w for w in words if w.upos != "ADV"]
    )
    assert (got_named, got_kind) == (named, kind)


def _document(author: list[tuple[str, str]], prep: str = "by") -> list[Row]:
    """Rows of "a report <prep> <author> said it": the author's words hang on its last word."""
    n = len(author)
    last = 3 + n
    rows: list[Row] = [("a", "a", "DET", 2, "det"), ("report", "report", "NOUN", last + 1, "nsubj")]
    rows.append((prep, prep, "ADP", last, "case"))
    for i, (text, upos) in enumerate(author, start=4):
        rows.append((text, text.lower(), upos, 2 if i == last else last, "nmod" if i == last else "amod"))
    return [*rows, ("said", "say", "VERB", 0, "root"), ("it", "it", "PRON", last + 1, "obj")]


@pytest.mark.parametrize(
    ("rows", "named"),
    [
        # a document by a named author names its source, even with the weak tagger's White/ADJ House/NOUN
        (_document([("the", "DET"), ("White", "ADJ"), ("House", "NOUN")]), True),
        (_document([("Marlowe", "PROPN")]), True),
        (_document([("the", "DET"), ("Pentagon", "PROPN")], prep="from"), True),
        # NEGATIVES: no name after "by"; a nationality names no author; a report *on* someone
        (_document([("the", "DET"), ("think", "NOUN"), ("tank", "NOUN")]), False),
        (_document([("Russian", "PROPN"), ("investigators", "NOUN")]), False),
        (_document([("Marlowe", "PROPN")], prep="on"), False),
        # the author ends at its next preposition but "of": unnamed people at a named place are unnamed
        (_document([("two", "NUM"), ("economists", "NOUN"), ("at", "ADP"), ("Harvard", "PROPN")]), False),
        (_document([("the", "DET"), ("Department", "PROPN"), ("of", "ADP"), ("Justice", "PROPN")]), True),
    ],
)
def test_document_by_a_named_author_is_named(rows: list[Row], named: bool) -> None:
    parsed = article_from_rows(rows)
    words = [w for w in parsed.sentences[0].words if w.text not in ("said", "it")]
    kind, got, _why = classify(parsed, Tree(parsed.sentences[0]), words)
    assert (kind, got) == ("document", named)


def test_officials_of_a_named_institution_are_anonymous_but_described() -> None:
    text = "White House officials said the talks failed."
    a = annotate(text, "White House officials", "said", "the talks failed")
    assert a is not None and txt(a.description) == "White House"
    assert a.reason is None and not a.collective


# ---------------------------------------------------------------- the reason in the aside after the phrase

OFFICIALS = (
    "Officials, who spoke on condition of anonymity because they were not authorized to discuss the "
    "contract, said the city had paid 12 invoices late."
)
SPEAKING = (
    "Officials, speaking on condition of anonymity, said the city paid late because they were not "
    "authorized to pay."
)


@pytest.mark.parametrize(
    ("text", "source", "content", "reason"),
    [
        (  # the reason lies in the aside, after the source phrase
            OFFICIALS,
            "Officials, who spoke on condition of anonymity",
            "the city had paid 12 invoices late",
            "because they were not authorized to discuss the contract",
        ),
        (  # the parse hung the aside on the cue as content: still the source's reason
            OFFICIALS,
            "Officials, who spoke on condition of anonymity",
            "because they were not authorized to discuss the contract",
            "because they were not authorized to discuss the contract",
        ),
        (  # negative: the phrase alone gives no reason
            "Officials, speaking on condition of anonymity, said the city paid late.",
            "Officials",
            "the city paid late",
            None,
        ),
        (  # negative: a reason-like clause inside the reported content is the source's words
            SPEAKING,
            "Officials",
            "the city paid late because they were not authorized to pay",
            None,
        ),
    ],
)
def test_reason_in_the_aside(text: str, source: str, content: str, reason: str | None) -> None:
    an = annotate(text, source, "said", content)
    assert an is not None
    assert txt(an.anonymity_phrase) is not None
    assert txt(an.reason) == reason


def test_antecedent_links_the_source_to_a_source() -> None:
    from auditor.anonymity import antecedent

    text = "A source said the contractor had missed inspections. The source added that work would slip."
    parsed = parse(text)
    later = attribution(parsed, "a2", source="The source", cue="added", content="work would slip")
    assert later.source is not None
    found = antecedent(parsed, later.source)
    assert found is not None and (found.start, text[found.start : found.end]) == (0, "A source")
    first = attribution(parsed, "a1", source="A source", cue="said", content=None)
    assert first.source is not None and antecedent(parsed, first.source) is None  # negative


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ({}, True),
        ({"negated": True}, False),  # "did not respond"
        ({"lemma": "ask"}, False),  # "a reporter asked"
        ({"lemma": "wonder"}, False),
        ({"lemma": "tell"}, True),
        ({"lemma": "seem"}, False),  # "Residents seemed unsurprised": the writer's impression
        ({"lemma": "appear"}, False),
        ({"lemma": "believe"}, True),  # NEGATIVE: a belief is the source's own
    ],
)
def test_informs(update: dict[str, object], expected: bool) -> None:
    from auditor.anonymity import informs
    from auditor.models import Cue

    cue = Cue(start=0, end=4, text="said", kind="speech_verb", lemma="say", sentence=0, rule="test")
    assert informs(cue.model_copy(update=update)) is expected
    assert informs(None) is True


@pytest.mark.parametrize(
    ("tokens", "named"),
    [
        # a name takes no "a": someone described by party, place or side is not named
        ([("A", "DET", "det"), ("Democrat", "PROPN", "nsubj")], False),
        (
            [
                ("a", "DET", "det"),
                ("Rhode", "PROPN", "compound"),
                ("Island", "PROPN", "compound"),
                ("Republican", "PROPN", "nsubj"),
            ],
            False,
        ),
        ([("A", "DET", "det"), ("Whitlow", "PROPN", "compound"), ("supporter", "NOUN", "nsubj")], False),
        ([("a", "DET", "det"), ("Bayside", "PROPN", "compound"), ("contributor", "NOUN", "nsubj")], False),
        # NEGATIVES: "a" before an adjective and a surname; a named poll; a title and a person's name
        ([("A", "DET", "det"), ("defensive", "ADJ", "amod"), ("Okafor", "PROPN", "nsubj")], True),
        ([("A", "DET", "det"), ("Harwick", "PROPN", "compound"), ("poll", "NOUN", "nsubj")], True),
        (
            [
                ("A", "DET", "det"),
                ("Tidewater", "PROPN", "compound"),
                ("reporter", "NOUN", "compound"),
                ("Nora", "PROPN", "flat"),
                ("Quill", "PROPN", "nsubj"),
            ],
            True,
        ),
        ([("The", "DET", "det"), ("Democrat", "PROPN", "nsubj")], True),  # definite: a reference
    ],
)
def test_indefinite_description_is_not_a_name(tokens: list[tuple[str, str, str]], named: bool) -> None:
    parsed, words = _np(tokens)
    _kind, got_named, _why = classify(parsed, Tree(parsed.sentences[0]), words)
    assert got_named is named


def test_relative_clause_without_comma_names_no_source() -> None:
    """ "a committee member who supports Whitlow": the name in the clause is not the source's."""
    tokens = [("a", "DET", "det"), ("committee", "NOUN", "compound"), ("member", "NOUN", "nsubj")]
    tokens += [("who", "PRON", "nsubj"), ("supports", "VERB", "acl:relcl"), ("Whitlow", "PROPN", "obj")]
    parsed, words = _np(tokens)
    kind, named, _why = classify(parsed, Tree(parsed.sentences[0]), words)
    assert (kind, named) == ("person", False)


def test_trailing_adverb_goes_with_a_relative_clause_only() -> None:
    """ "an official, who was not authorized to speak publicly": the adverb is the clause's; in
    "Zelensky further (commented)" it is the verb's and is dropped."""
    tokens = [("an", "DET", "det"), ("official", "NOUN", "nsubj"), (",", "PUNCT", "punct")]
    tokens += [("who", "PRON", "nsubj"), ("spoke", "VERB", "acl:relcl"), ("publicly", "ADV", "advmod")]
    _parsed, words = _np(tokens)
    assert [w.text for w in trim_words(words, "")][-1] == "publicly"
    _parsed, words = _np([("Zelensky", "PROPN", "nsubj"), ("further", "ADV", "advmod")])
    assert [w.text for w in trim_words(words, "")] == ["Zelensky"]
