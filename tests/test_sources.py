"""Source phrase, kind, namedness and content for each cue; cueless quotes and negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from attribution_helpers import run_attributions, source_content

from auditor.models import ParsedArticle

Loader = Callable[[str], ParsedArticle]


def _rows(parsed: ParsedArticle) -> list[tuple[str | None, str | None, bool | None, str | None]]:
    text = parsed.article.text
    return [
        (
            a.source.mention if a.source else None,
            a.source.kind if a.source else None,
            a.source.named if a.source else None,
            text[a.content.start : a.content.end] if a.content else None,
        )
        for a in run_attributions(parsed)
    ]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("told_reporters", [("Kremlin spokesman Dmitry Peskov", "person", True, "the report was false")]),
        ("said_mayor_quote", [("Mayor Ana Ruiz", "person", True, "We will rebuild,")]),
        ("according_to_ministry", [("the ministry", "government", False, "40 people died")]),
        # a participial adjunct set off by commas is not part of how the source is named
        ("anonymous_source", [("A source within the agency", "person", False, "the talks had stalled")]),
        ("statement_that", [("The company", "organization", False, "that profits fell")]),
        ("officials_believe", [("Officials", "group", False, "the dam will hold")]),
        ("wrote_in_memo", [("Dana Whitlow, the CFO", "person", True, "that costs would rise")]),
        (
            "attrib/council_members",
            [
                (
                    "Two members of the city council, who spoke on condition of anonymity",
                    "group",
                    False,
                    "the vote was delayed",
                )
            ],
        ),
        ("attrib/inverted_said", [("Zelenskyy", "unknown", True, "The talks will resume in May")]),
        ("attrib/told_cnn", [("An official", "person", False, "that the talks had stalled")]),
        ("attrib/data_from", [("the health ministry", "government", False, "that infections fell")]),
        ("attrib/quoted_as_saying", [("The mayor", "person", False, "that the bridge was safe")]),
        ("attrib/it_is_believed", [(None, None, None, "that the dam will hold")]),
        (
            "attrib/observers_alleged",
            [("International observers", "group", False, "that Russia is getting help")],
        ),
        (
            "attrib/according_to_source",
            [("a source within the army", "person", False, "Some soldiers died in the attack")],
        ),
        (
            "attrib/two_clauses",
            [
                ("The mayor", "person", False, "the bridge was safe"),
                ("critics", "group", False, "that it needed repairs"),
            ],
        ),
        (
            "attrib/partial_quote",
            [
                ("The Kremlin", "government", True, "the allegations"),
                ("spokesman Dmitry Peskov", "person", True, "them “another hoax.”"),
            ],
        ),
        ("attrib/colon_quote", [("Ruiz", "person", True, "The bridge will hold.")]),
        # NEGATIVES: no cue, and a scare-quoted phrase with no speaker anywhere
        ("according_to_plan", []),
        ("said_agreement", []),
        ("attrib/negatives", []),
    ],
)
def test_attributions(conllu_article: Loader, fixture: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(conllu_article(fixture)) == expected


def test_offsets_and_ids(conllu_article: Loader) -> None:
    parsed = conllu_article("attrib/two_clauses")
    text = parsed.article.text
    atts = run_attributions(parsed)
    assert [a.id for a in atts] == ["a1", "a2"]
    for a in atts:
        assert a.source is not None and text[a.source.start : a.source.end] == a.source.mention
        assert a.source.name == a.source.mention and a.source.anonymity is None
        assert a.cue is not None and a.cue.rule in a.rule


def test_mid_quote_is_one_attribution(conllu_article: Loader) -> None:
    parsed = conllu_article("attrib/mid_quote")
    (a,) = run_attributions(parsed)
    text = parsed.article.text
    assert a.source is not None and a.source.mention == "she"
    assert a.quote == "We will rebuild, … and together."
    assert a.content is not None and text[a.content.start : a.content.end].startswith("We will rebuild")
    assert text[a.content.start : a.content.end].endswith("and together.")


def test_quote_after_closing_cue_continues_it(conllu_article: Loader) -> None:
    """'“A,” she said. “B.”' in one paragraph: B is the rest of what the cue reports (as PolNeAR marks it)."""
    parsed = conllu_article("quote_paragraphs")
    (a1,) = run_attributions(parsed)
    text = parsed.article.text
    assert a1.cue is not None and a1.quote == "It's a disaster, … But we won't leave."
    assert a1.content is not None and text[a1.content.start : a1.content.end].endswith("we won't leave.")


def test_multi_paragraph_quote_takes_first_speaker(conllu_article: Loader) -> None:
    parsed = conllu_article("attrib/continued_quote")
    a1, a2 = run_attributions(parsed)
    assert a1.source is not None and a1.source.mention == "the mayor"
    assert a2.cue is None and a2.source == a1.source
    assert a2.quote == "The river is high. But the bridge will hold."


def test_partial_quote_keeps_the_quote_words(conllu_article: Loader) -> None:
    atts = run_attributions(conllu_article("attrib/partial_quote"))
    assert atts[1].quote == "another hoax."


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraphs", "source", "named"),
    [
        (["The council will vote in May, said Mayor Ana Ruiz on Sunday."], "Mayor Ana Ruiz", True),
        (["“We will rebuild,” Ruiz said."], "Ruiz", True),
        (["Critics argued that the plan was too costly."], "Critics", False),
        # A stated position ("called for") is attributed to whoever takes it, as PolNeAR annotates it.
        (["The mayor called for calm after the vote."], "The mayor", False),
        (["Critics called her a liar after the vote."], "Critics", False),
        (
            ["The dam will hold, according to the regional water authority."],
            "the regional water authority",
            False,
        ),
        (["Dana Whitlow, the CFO, wrote that costs would rise."], "Dana Whitlow, the CFO", True),
        (
            ["A source within the agency told reporters that the talks had stalled."],
            "A source within the agency",
            False,
        ),
        # the writer's connective, an opening clause and a time phrase are not part of who speaks
        (["Ted Cruz, by contrast, wrote that the plan would fail."], "Ted Cruz", True),
        (
            ["When contacted, a spokesperson for the parks department said the park was closed."],
            "a spokesperson for the parks department",
            False,
        ),
        (["Gowdy earlier Thursday said the report was final."], "Gowdy", True),
        # one name the parser cut into three subjects is one source
        (
            ["Congressman Chris Collins, a Trump supporter, said the party would unite."],
            "Congressman Chris Collins, a Trump supporter",
            True,
        ),
        # a reduced passive names its agent ("as reported by"), whose content is the clause before it
        (["The plan failed, as reported by the Times."], "the Times", True),
        # NEGATIVE for the connective list: an apposition after the comma stays
        (["Dana Whitlow, a lawyer, wrote that costs would rise."], "Dana Whitlow, a lawyer", True),
        # the name right after an inverted verb speaks, though the parser made a later noun the subject;
        # NEGATIVE: a possessive name right after the verb is not the speaker
        (
            [
                '"We have bigger problems in life than focusing on gender," says Gloria Garcia, 34, a nurse '
                "from Brownsville, Texas, who was among those polled."
            ],
            "Gloria Garcia, 34, a nurse from Brownsville, Texas, who was among those polled",
            True,
        ),
        (
            [
                '"This is the first time that a candidate has encouraged a foreign power to spy," said '
                "Clinton’s top foreign policy aide Jake Sullivan."
            ],
            "Clinton’s top foreign policy aide Jake Sullivan",
            True,
        ),
        # the parser took a quoted noun after the verb for its subject: the set-off speaker still counts
        (
            [
                "In a request for information about the polling places, Chris Herren, chief of the voting "
                'section, noted the "allegations of disproportionate burden in waiting times to vote."'
            ],
            "Chris Herren, chief of the voting section",
            True,
        ),
        # a sentence that opens on the verb: the speaker comes before the comma and the quotation
        (
            ['Said Comey, "The thought that an error on our part is connected to this is very painful."'],
            "Comey",
            True,
        ),
        # a speaker set off by commas after the clause reported, with more after the verb
        (
            [
                "Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, "
                "said on Saturday, and it has activated it five times."
            ],
            "a spokeswoman, Anna Richardson White",
            True,
        ),
        (
            [
                "The problem is terrorism, James B. Comey Jr., the director of the Federal Bureau of "
                "Investigation, said at a news conference in New York in December."
            ],
            "James B. Comey Jr., the director of the Federal Bureau of Investigation",
            True,
        ),
        (
            ["Shoukair was kind and responsible, a Cairo airport official told The New York Times."],
            "a Cairo airport official",
            False,
        ),
        # the parser made the subject of ", as X accused" an oblique with "as" for its case; NEGATIVE: an
        # "As …," opener is no subject
        (
            ["Aid stalled in Congress, as Democrats accused Republicans of stalling the bill."],
            "Democrats",
            False,
        ),
        (["As a part of the settlement, Dorsey admitted that he forged the invoices."], "Dorsey", True),
        # a description set off by dashes, which the parser made a second subject, stays with the name
        (
            ["Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision to vote."],
            "Jason Sims — a teacher from Mount Pleasant",
            True,
        ),
    ],
)
def test_sources_on_real_parses(annotator, paragraphs: list[str], source: str, named: bool) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    atts = run_attributions(parsed)
    assert [(a.source.mention, a.source.named) for a in atts if a.source] == [(source, named)]


@pytest.mark.stanza
def test_no_speaker_anywhere_gives_no_attribution(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    article = article_from_paragraphs("t", ["The sign on the door read “Closed until further notice.”"])
    (parsed,) = annotator.parse([article])
    assert run_attributions(parsed) == ()


@pytest.mark.stanza
@pytest.mark.parametrize(
    "paragraph",
    [
        "The company dismissed 200 workers last year.",
        "She called her mother after the vote.",  # "call" with no "for/on" and no label
        "She wants to win the race.",
        "Tourists said goodbye to the city.",
        "The minister added a new clause to the bill.",
        "According to the schedule, the vote takes place in May.",
        "Sources of revenue dried up in 2020.",
    ],
)
def test_negatives_on_real_parses(annotator, paragraph: str) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    assert run_attributions(parsed) == ()


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "source", "kind", "content"),
    [
        (
            "“Maybe we can build a wall around the city.” ― Jorge Falcon",
            "Jorge Falcon",
            "person",
            "Maybe we can build a wall around the city.",
        ),
        (
            "“It is better to live one day as a lion than 100 years as a sheep.” – @realDonaldTrump",
            "@realDonaldTrump",
            "person",
            "It is better to live one day as a lion than 100 years as a sheep.",
        ),
        (
            "WALLACE: Let us start with the news from the debate.",
            "WALLACE",
            "person",
            "Let us start with the news from the debate.",
        ),
        (
            "Kremlin spokesman Dmitry Peskov called the report “another hoax.”",
            "Kremlin spokesman Dmitry Peskov",
            "person",
            "the report “another hoax.”",
        ),
        # the hearer of a quotation is not part of what was said (NEGATIVE above: "called the report")
        (
            "Clinton clashed with Johnson during the hearing, chiding him, “What difference does it make?”",
            "Clinton",
            "person",
            "What difference does it make?",
        ),
    ],
)
def test_typographic_and_partial_quotes(
    annotator, paragraph: str, source: str, kind: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    (a,) = run_attributions(parsed)
    text = parsed.article.text
    assert a.source is not None and (a.source.mention, a.source.kind) == (source, kind)
    assert a.content is not None and text[a.content.start : a.content.end] == content


@pytest.mark.stanza
def test_participle_shares_the_subject(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    sentence = "The ministry said in a statement that 40 people had died, adding that rescue work continued."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [sentence])])
    text = parsed.article.text
    rows = [
        (a.source.mention if a.source else None, text[a.content.start : a.content.end] if a.content else None)
        for a in run_attributions(parsed)
    ]
    assert rows == [
        ("The ministry", "that 40 people had died"),
        ("The ministry", "that rescue work continued"),
    ]


FIXTURES = [
    "told_reporters",
    "said_mayor_quote",
    "according_to_ministry",
    "anonymous_source",
    "statement_that",
    "officials_believe",
    "wrote_in_memo",
    "quote_paragraphs",
    "attrib/mid_quote",
    "attrib/continued_quote",
    "attrib/partial_quote",
    "attrib/colon_quote",
    "attrib/two_clauses",
    "attrib/council_members",
]


@pytest.mark.parametrize("fixture", FIXTURES)
def test_invariants(conllu_article: Loader, fixture: str) -> None:
    """Offsets lie in the text, mentions are the text at their offsets, ids run a1.., rules are set."""
    parsed = conllu_article(fixture)
    text = parsed.article.text
    atts = run_attributions(parsed)
    assert [a.id for a in atts] == [f"a{k}" for k in range(1, len(atts) + 1)]
    for a in atts:
        assert a.rule
        if a.cue is not None:
            assert text[a.cue.start : a.cue.end] == a.cue.text and a.cue.sentence == a.sentence
        if a.source is not None:
            assert text[a.source.start : a.source.end] == a.source.mention
        if a.content is not None:
            assert 0 <= a.content.start < a.content.end <= len(text)


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "source", "kind", "named"),
    [
        (
            "People familiar with the matter said the deal was close.",
            "People familiar with the matter",
            "group",
            False,
        ),
        (
            "Various governments have accused Pyongyang of supplying weapons to Moscow.",
            "Various governments",
            "government",
            False,
        ),
        ("A White House official said the talks would continue.", "A White House official", "person", False),
        ("Reuters reported that the plant had closed.", "Reuters", "media", True),
        ("The Ukrainian leader said the front needed more support.", "The Ukrainian leader", "person", False),
        (
            "By January, the NSC reported that Russian forces had begun to use the missiles.",
            "the NSC",
            "organization",
            True,
        ),
    ],
)
def test_kind_and_namedness(annotator, paragraph: str, source: str, kind: str, named: bool) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    (a,) = run_attributions(parsed)
    assert a.source is not None and (a.source.mention, a.source.kind, a.source.named) == (source, kind, named)


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "rows"),
    [
        # a participle set off by a comma shares the clause's subject, never the words after it
        (
            "The governor toured the plant, telling reporters that jobs would return.",
            [("The governor", "that jobs would return")],
        ),
        (
            "The mayor defended the budget, saying the cuts were necessary.",
            [("The mayor", "the budget"), ("The mayor", "the cuts were necessary")],
        ),
        # a scare-quoted name across the cue is not what the participle reports
        (
            "The senator talked up her “green jobs” plan, promising to hire 500 workers.",
            [("The senator", "her “green jobs” plan"), ("The senator", "to hire 500 workers")],
        ),
    ],
)
def test_participles_take_the_clause_subject(annotator, paragraph: str, rows: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert source_content(annotator, [paragraph]) == rows


@pytest.mark.stanza
def test_quote_in_next_paragraph_stays_a_cueless_continuation(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    article = article_from_paragraphs("t", ["“The water is safe,” she said.", "“We test it every day.”"])
    (parsed,) = annotator.parse([article])
    a1, a2 = run_attributions(parsed)
    assert a1.cue is not None and a1.quote == "The water is safe,"
    assert a2.cue is None and a2.source == a1.source and a2.quote == "We test it every day."
    assert "continues the previous speaker" in a2.rule


@pytest.mark.stanza
@pytest.mark.parametrize(
    "paragraph",
    [
        "Biden is expected to travel to Germany this week.",  # PolNeAR's agentless evidential passive
        "It is believed that the ship sank in minutes.",
    ],
)
def test_agentless_cues_have_no_source(annotator, paragraph: str) -> None:  # type: ignore[no-untyped-def]
    """An agentless passive cue is an attribution with nobody behind it: a hedge, not a source."""
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    found = run_attributions(parsed)
    assert found, "the agentless cue is found"
    assert all(a.source is None for a in found)


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "sources"),
    [
        # the parser hangs the second verb of a coordination on its own object noun: it shares the subject
        (
            "The mayor rejected the claim and voiced doubt about the figures.",
            ["The mayor", "The mayor"],
        ),
        (
            "The ministry discarded the denial and expressed belief in the report.",
            ["The ministry"],
        ),
        # not a coordination of verbs: an adjective-like participle keeps its own frame
        ("The mayor rejected the revised figures.", ["The mayor"]),
    ],
)
def test_coordinated_verb_shares_the_subject(annotator, paragraph: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in source_content(annotator, [paragraph])] == sources


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "sources"),
    [
        # a clitic the tokenizer keeps in one token with the pronoun is no part of the source
        ("He’s saying the vote was rigged.", ["He"]),
        ("She'll argue that the law is clear.", ["She"]),
        # a possessive stays, as PolNeAR marks it ("Trump’s claim that ...")
        ("Trump’s claim that the vote was rigged spread fast.", ["Trump’s"]),
    ],
)
def test_source_leaves_out_a_verb_clitic(annotator, paragraph: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in source_content(annotator, [paragraph])] == sources


def _named(annotator, paragraphs: list[str]) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    return [(a.source.mention, a.source.named) for a in run_attributions(parsed) if a.source is not None]


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a surname the tagger calls a common noun is a name when the text writes it as one elsewhere
        (
            ["Rep. Chris Collins backed Trump early.", "Collins says the scenario is unlikely."],
            ("Collins", True),
        ),
        # NEGATIVES: a sentence-initial capital alone proves nothing; a group beside its singular
        (["Collins says the scenario is unlikely."], ("Collins", False)),
        (
            ["Latino turnout rose in March.", "Latinos say the economy is their main worry."],
            ("Latinos", False),
        ),
    ],
)
def test_name_written_elsewhere(annotator, paragraphs: list[str], expected: tuple[str, bool]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _named(annotator, paragraphs)


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name set off by a comma at the end of a titled phrase names the source
        (
            ["A lawyer for the news outlets, David Schulz, said no decision had been made."],
            (True, "A lawyer for the news outlets, David Schulz"),
        ),
        # an inverted source whose name the parser made the object: the name belongs to the source
        (
            ["“These are strange days,” said Peter Morgan, a lawyer for the Sierra Club, on Monday."],
            (True, "Peter Morgan, a lawyer for the Sierra Club"),
        ),
        (
            ["David Kamin, an outside adviser to the campaign, said the plan might change."],
            (True, "David Kamin, an outside adviser to the campaign"),
        ),
        # the parser made the second of two joined titles the subject: the name before them is the source's
        (
            [
                "''I think Trump and all candidates should do so,'' Douglas Holtz-Eakin, an economist and "
                "tax expert, told me this week."
            ],
            (True, "Douglas Holtz-Eakin, an economist and tax expert"),
        ),
        # a name the tagger took for a verb and a noun ("Hope/VERB Hicks/NOUN") before the title
        (
            ["Hope Hicks, a campaign spokeswoman, did not respond to my messages."],
            (True, "Hope Hicks, a campaign spokeswoman"),
        ),
        # NEGATIVE: an opening time phrase names no one
        (["In May, a campaign aide said the plan failed."], (False, "a campaign aide")),
        # a description that is no source noun, then the name set off by commas
        (
            ["His former business partner at Lenox, Lawrence B. Cummings, called him a master at deals."],
            (True, "His former business partner at Lenox, Lawrence B. Cummings"),
        ),
        # the name before the title the parser made the subject, later in the sentence
        (
            [
                "The rule is named after Warren E. Buffett, the billionaire investor, who complained that "
                "he paid less tax than his secretary."
            ],
            (True, "Warren E. Buffett"),
        ),
        # a title with "of" in it, then the name
        (
            ["Secretary of State John F. Kerry said the council would meet."],
            (True, "Secretary of State John F. Kerry"),
        ),
        # NEGATIVES: a name after "close to" is not the source's; a place after a preposition neither
        (["A source close to John Kerry said the talks failed."], (False, "A source close to John Kerry")),
        (["A source in Moscow, speaking privately, said the talks failed."], (False, "A source in Moscow")),
    ],
)
def test_titled_source_with_a_name(annotator, paragraphs: list[str], expected: tuple[bool, str]) -> None:  # type: ignore[no-untyped-def]
    (mention, is_named), *rest = _named(annotator, paragraphs)
    assert not rest
    assert is_named is expected[0]
    assert mention.startswith(expected[1])


@pytest.mark.stanza
def test_a_relative_clause_does_not_hide_the_name(annotator) -> None:  # type: ignore[no-untyped-def]
    """What names the source comes before ", who ...": a name in the clause, or none, does not count."""
    from auditor.nlp import article_from_paragraphs

    text = (
        "“The first line of defense is within the community,” said former secretary of state Hillary "
        "Clinton, who praised former President George W. Bush."
    )
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    said = next(a for a in run_attributions(parsed) if a.cue is not None and a.cue.text == "said")
    assert said.source is not None and said.source.named
    assert said.source.mention.endswith("George W. Bush")  # the span still shows the whole phrase


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("McCain, who has tangled with Cruz repeatedly, said the vote was close.", "person"),
        # NEGATIVE: "which" says nothing about a person
        ("Acme, which makes rockets, said the launch was delayed.", "unknown"),
    ],
)
def test_who_after_a_bare_name_makes_it_a_person(annotator, paragraph: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    (attribution,) = run_attributions(parsed)
    assert attribution.source is not None and attribution.source.kind == kind


@pytest.mark.stanza
def test_a_participle_after_a_set_off_phrase_keeps_the_clause_subject(annotator) -> None:  # type: ignore[no-untyped-def]
    """NEGATIVE for the phrase set off by commas: ", calling him ..." is Carson's, not the club's; and
    "known as" is no report at all."""
    from auditor.nlp import article_from_paragraphs

    text = (
        "On Friday, Mr. Carson endorsed Mr. Trump at a news conference at Mar-a-Lago, Mr. Trump's "
        "private club, calling him a very intelligent man."
    )
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    calling = next(a for a in run_attributions(parsed) if a.cue is not None and a.cue.text == "calling")
    assert calling.source is not None and calling.source.mention == "Mr. Carson"
    other = "Across the city, the old buildings, known as the towers of the old port district, stood empty."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [other])])
    assert run_attributions(parsed) == ()


@pytest.mark.stanza
def test_a_handle_after_a_dash_is_a_named_source(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    text = "“It is better to live one day as a lion than 100 years as a sheep.” – @realDonaldTrump"
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    (a,) = run_attributions(parsed)
    assert a.source is not None and a.source.named


@pytest.mark.stanza
def test_a_headline_verb_tagged_as_a_noun_is_no_subject(annotator) -> None:  # type: ignore[no-untyped-def]
    """'Trump Says/NOUN He Never Pledged ...': the parser hung "Trump Says" on "Pledged" as a subject;
    the nested report's source is "He", and "Trump Says He" is no name."""
    from auditor.nlp import article_from_paragraphs

    text = "Trump Says He Never Pledged To Kill Family Members Of Terrorists."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    mentions = {a.cue.text: a.source.mention for a in run_attributions(parsed) if a.cue and a.source}
    assert "Trump Says He" not in mentions.values()
    assert mentions.get("Says") == "Trump"


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "cue", "source"),
    [
        # a conjunct with no "and" of its own, right after a comma and a name: the name is its subject,
        # not the first clause's ("The council …, Mendez notes/conj")
        (
            "The council cannot expect to pass the budget without the union's support, Mendez notes.",
            "notes",
            "Mendez",
        ),
        # a participle opening the sentence: its subject is the main clause's, after the comma
        ("Noting that the vote was close, the mayor called for a recount.", "Noting", "the mayor"),
    ],
)
def test_subject_the_parser_lost(annotator, paragraph: str, cue: str, source: str) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    found = {a.cue.text: a.source.mention for a in run_attributions(parsed) if a.cue and a.source}
    assert found.get(cue) == source


@pytest.mark.stanza
def test_name_with_relative_clause_is_the_source_of_both_verbs(annotator) -> None:  # type: ignore[no-untyped-def]
    """ "Okafor, who said she usually votes early, said …": the relative clause's "said" is Okafor's (not
    "Okafor, who"), and so is the main verb's (not the clause after it)."""
    from auditor.nlp import article_from_paragraphs

    paragraph = "Okafor, who said she usually votes early, said one candidate she likes is Tom Reyes."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    sources = [a.source.mention for a in run_attributions(parsed) if a.cue and a.source]
    assert sources[0] == "Okafor" and sources[1].startswith("Okafor, who said")
