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
        (["Mara Ellison, by contrast, wrote that the plan would fail."], "Mara Ellison", True),
        (
            ["When contacted, a spokesperson for the ferry company said the crossing was closed."],
            "a spokesperson for the ferry company",
            False,
        ),
        (["Harlow earlier Thursday said the audit was final."], "Harlow", True),
        # one name the parser cut into three subjects is one source
        (
            ["Senator Dana Watkins, a Ruiz supporter, said the party would unite."],
            "Senator Dana Watkins, a Ruiz supporter",
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
                '"Parking is the least of our worries," says Maria Lindgren, 41, a baker from Port Ellis, '
                "Maine, who took part in the survey."
            ],
            "Maria Lindgren, 41, a baker from Port Ellis, Maine, who took part in the survey",
            True,
        ),
        (
            [
                '"We have never seen a council hide a report like this," said Ruiz’s senior transport '
                "aide Omar Haddad."
            ],
            "Ruiz’s senior transport aide Omar Haddad",
            True,
        ),
        # the parser took a quoted noun after the verb for its subject: the set-off speaker still counts
        (
            [
                "In a request for data on the ferry schedule, Nadia Brandt, chief of the transit section, "
                'noted the "complaints of missed stops on routes to the hospital."'
            ],
            "Nadia Brandt, chief of the transit section",
            True,
        ),
        # a sentence that opens on the verb: the speaker comes before the comma and the quotation
        (
            ['Said Whitlow, "The thought that a pump we installed failed is very hard to bear."'],
            "Whitlow",
            True,
        ),
        # a speaker set off by commas after the clause reported, with more after the verb
        (
            [
                "The utility built the app to warn residents during floods, a spokeswoman, Maria Lund "
                "Ortega, said on Tuesday, and it has sent alerts four times."
            ],
            "a spokeswoman, Maria Lund Ortega",
            True,
        ),
        (
            [
                "The problem is corruption, Walter K. Osei Jr., the head of the Office of Public "
                "Integrity, said at a briefing in Port Ellis in May."
            ],
            "Walter K. Osei Jr., the head of the Office of Public Integrity",
            True,
        ),
        (
            ["Delgado was calm and careful, a Harbor Point ferry official told the Daily Courier."],
            "a Harbor Point ferry official",
            False,
        ),
        # the parser made the subject of ", as X accused" an oblique with "as" for its case; NEGATIVE: an
        # "As …," opener is no subject
        (
            ["Aid stalled in Congress, as Democrats accused Republicans of stalling the bill."],
            "Democrats",
            False,
        ),
        (["As a part of the settlement, Halvorsen admitted that he forged the invoices."], "Halvorsen", True),
        # a title in the description, with the comma American punctuation puts inside its marks
        (
            ["Joe Ruiz, host of WKRP’s “Morning Drive,” suggested that the vote could be delayed."],
            "Joe Ruiz, host of WKRP’s “Morning Drive,”",
            True,
        ),
        (
            ["Dana Holt, who calls the mayor a “bully,” said she does not believe the plan will work."],
            "Dana Holt, who calls the mayor a “bully,”",
            True,
        ),
        # a comment clause opening the sentence credits what follows: "As X reported,", "As reported by X,"
        (["As the Ledger reported, the mayor was accused of breaking the rules."], "the Ledger", True),
        (["As reported by the Harbor Gazette, crews found cracks."], "the Harbor Gazette", True),
        # the members a source phrase names with "including" belong to it
        (
            ["The governor should resign, said six newspapers, including the Harbor Gazette."],
            "six newspapers, including the Harbor Gazette",
            True,
        ),
        # NEGATIVE: a quotation opening the sentence is what was said, not a title in the source
        (['"Meh," wrote a supporter who runs the account.'], "a supporter who runs the account", False),
        # a description set off by dashes, which the parser made a second subject, stays with the name
        (
            ["Omar Woods — a baker from Clearwater Bay — says he changed his mind at the last minute."],
            "Omar Woods — a baker from Clearwater Bay",
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
            "“Perhaps the town should put a fence around the harbour.” ― Daniel Okafor",
            "Daniel Okafor",
            "person",
            "Perhaps the town should put a fence around the harbour.",
        ),
        (
            "“It is better to plant one tree today than ten trees next year.” – @tessamorrow",
            "@tessamorrow",
            "person",
            "It is better to plant one tree today than ten trees next year.",
        ),
        (
            "MORALES: Let us start with the news from the council meeting.",
            "MORALES",
            "person",
            "Let us start with the news from the council meeting.",
        ),
        (
            "Kremlin spokesman Dmitry Peskov called the report “another hoax.”",
            "Kremlin spokesman Dmitry Peskov",
            "person",
            "the report “another hoax.”",
        ),
        # the hearer of a quotation is not part of what was said (NEGATIVE above: "called the report")
        (
            "Ana Ruiz clashed with Okafor during the hearing, chiding him, “What good does that do?”",
            "Ana Ruiz",
            "person",
            "What good does that do?",
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
        "Ruiz is expected to travel to Lisbon this week.",  # PolNeAR's agentless evidential passive
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
        # a possessive stays, as PolNeAR marks it ("Okafor’s claim that ...")
        ("Okafor’s claim that the vote was rigged spread fast.", ["Okafor’s"]),
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
            ["Rep. Tom Walls backed Ruiz early.", "Walls says the scenario is unlikely."],
            ("Walls", True),
        ),
        # NEGATIVES: a sentence-initial capital alone proves nothing; a group beside its singular
        (["Walls says the scenario is unlikely."], ("Walls", False)),
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
            ["A lawyer for the ferry operators, Nina Petrov, said no decision had been made."],
            (True, "A lawyer for the ferry operators, Nina Petrov"),
        ),
        # an inverted source whose name the parser made the object: the name belongs to the source
        (
            ["“These are long days,” said Peter Dunmore, a lawyer for the Marsh Club, on Monday."],
            (True, "Peter Dunmore, a lawyer for the Marsh Club"),
        ),
        (
            ["Ivo Laska, an unpaid adviser to the council, said the plan might change."],
            (True, "Ivo Laska, an unpaid adviser to the council"),
        ),
        # the parser made the second of two joined titles the subject: the name before them is the source's
        (
            [
                "''I think Ruiz and the whole board should sign it,'' Mira Castell, an engineer and "
                "bridge expert, told me this week."
            ],
            (True, "Mira Castell, an engineer and bridge expert"),
        ),
        # a name the tagger took for a verb and a noun ("Hope/VERB Fields/NOUN") before the title
        (
            ["Hope Fields, a council spokeswoman, did not respond to my emails."],
            (True, "Hope Fields, a council spokeswoman"),
        ),
        # NEGATIVE: an opening time phrase names no one
        (["In May, a campaign aide said the plan failed."], (False, "a campaign aide")),
        # a description that is no source noun, then the name set off by commas
        (
            ["His old rowing coach at Harrow Mills, Victor T. Lang, called him a wizard with contracts."],
            (True, "His old rowing coach at Harrow Mills, Victor T. Lang"),
        ),
        # the name before the title the parser made the subject, later in the sentence
        (
            [
                "The pier is named after Gordon P. Hale, the retired shipping magnate, who insisted that "
                "the harbour belonged to everyone."
            ],
            (True, "Gordon P. Hale"),
        ),
        # a title with "of" in it, then the name
        (
            ["Secretary of State Paul R. Whitcombe said the council would meet."],
            (True, "Secretary of State Paul R. Whitcombe"),
        ),
        # NEGATIVES: a name after "close to" is not the source's; a place after a preposition neither
        (
            ["A source close to Paul Whitcombe said the talks failed."],
            (False, "A source close to Paul Whitcombe"),
        ),
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
        "“The real strength of the town is in its people,” said former secretary of state Helen Dacosta, "
        "who praised former Mayor Tom R. Reyes."
    )
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    said = next(a for a in run_attributions(parsed) if a.cue is not None and a.cue.text == "said")
    assert said.source is not None and said.source.named
    assert said.source.mention.endswith("Tom R. Reyes")  # the span still shows the whole phrase


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Haddad, who has tangled with Ruiz repeatedly, said the vote was close.", "person"),
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
    """NEGATIVE for the phrase set off by commas: ", calling him ..." is Dalton's, not the hall's; and
    "known as" is no report at all."""
    from auditor.nlp import article_from_paragraphs

    text = (
        "On Monday, Ms. Dalton endorsed Mr. Reyes at a rally at Corran Hall, the town's old market hall, "
        "calling him a tireless worker."
    )
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    calling = next(a for a in run_attributions(parsed) if a.cue is not None and a.cue.text == "calling")
    assert calling.source is not None and calling.source.mention == "Ms. Dalton"
    other = "Across the city, the old buildings, known as the towers of the old port district, stood empty."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [other])])
    assert run_attributions(parsed) == ()


@pytest.mark.stanza
def test_a_handle_after_a_dash_is_a_named_source(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    text = "“It is better to plant one tree today than ten trees next year.” – @tessamorrow"
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    (a,) = run_attributions(parsed)
    assert a.source is not None and a.source.named


@pytest.mark.stanza
def test_a_headline_verb_tagged_as_a_noun_is_no_subject(annotator) -> None:  # type: ignore[no-untyped-def]
    """'Ruiz Says/NOUN She Never Pledged ...': the parser hung "Ruiz Says" on "Pledged" as a subject;
    the nested report's source is "She", and "Ruiz Says She" is no name."""
    from auditor.nlp import article_from_paragraphs

    text = "Ruiz Says She Never Pledged To Sell The City Water Plant."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [text])])
    mentions = {a.cue.text: a.source.mention for a in run_attributions(parsed) if a.cue and a.source}
    assert "Ruiz Says She" not in mentions.values()
    assert mentions.get("Says") == "Ruiz"


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
    "Okafor, who"), and so is the main verb's (not the clause after it, nor the relative clause, which
    is her own claim rather than who she is)."""
    from auditor.nlp import article_from_paragraphs

    paragraph = "Okafor, who said she usually votes early, said one candidate she likes is Tom Reyes."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    sources = [a.source.mention for a in run_attributions(parsed) if a.cue and a.source]
    assert sources == ["Okafor", "Okafor"]


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        # only a manner before the colon: the quotation is what was said
        ("Okafor put it bluntly: “The bridge is a disaster.”", "The bridge is a disaster."),
        ("Okafor put it this way: “The bridge is a disaster.”", "The bridge is a disaster."),
        # NEGATIVE: a clause before the colon introduces the quotation as part of what is reported
        (
            "Okafor said the plan had one flaw: “It costs too much.”",
            "the plan had one flaw: “It costs too much.”",
        ),
    ],
)
def test_a_colon_after_a_manner_introduces_the_quotation(annotator, paragraph: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert source_content(annotator, [paragraph]) == [("Okafor", content)]


@pytest.mark.stanza
def test_a_quotation_after_that_is_the_clause_of_the_verb_before(annotator) -> None:  # type: ignore[no-untyped-def]
    """'told supporters Tuesday night that “…,” and he vowed …': the quotation is what was told, however
    close the next cue stands; NEGATIVE: a "that" after another verb is that verb's."""
    from auditor.nlp import article_from_paragraphs

    def contents(paragraph: str) -> dict[str, str]:
        (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
        text = parsed.article.text
        return {
            a.cue.text: text[a.content.start : a.content.end]
            for a in run_attributions(parsed)
            if a.cue and a.content
        }

    found = contents(
        'Closing the session with a formal speech, Haldane told supporters Tuesday night that "we close one '
        'chapter and we begin another," and he vowed to protect jobs.'
    )
    assert "we close one chapter" in found["told"]
    assert found["vowed"] == "to protect jobs"
    found = contents(
        '"Everything is on the table," Okafor told the Ledger on Wednesday after hinting that '
        '"staff changes" could come.'
    )
    assert found["told"] == "Everything is on the table,"
    assert found["hinting"] == 'that "staff changes" could come'


@pytest.mark.stanza
def test_asked_by_someone_whether(annotator) -> None:  # type: ignore[no-untyped-def]
    """'X was asked by Y whether …': Y asks, the question is what was asked, X only heard it (the
    parser hangs the question on the asker's name)."""
    from auditor.nlp import article_from_paragraphs

    paragraph = "Ruiz was asked by Fox Business moderator Gerard Bale whether the plan would cost too much."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    text = parsed.article.text
    (a,) = run_attributions(parsed)
    assert a.source is not None and a.source.mention == "Fox Business moderator Gerard Bale"
    assert (
        a.content is not None
        and text[a.content.start : a.content.end] == "whether the plan would cost too much"
    )


@pytest.mark.stanza
def test_a_thing_told_by_someone_is_what_was_said(annotator) -> None:  # type: ignore[no-untyped-def]
    """NEGATIVE for the hearer of a passive: "a story was told by X" is what X told."""
    from auditor.nlp import article_from_paragraphs

    paragraph = "However, a different side of the story was being told by the Ledger."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    text = parsed.article.text
    (a,) = run_attributions(parsed)
    assert a.content is not None and text[a.content.start : a.content.end] == "a different side of the story"


@pytest.mark.stanza
def test_a_surname_the_tagger_read_as_a_modal(annotator) -> None:  # type: ignore[no-untyped-def]
    """ "In particular, Will wrote, …": the columnist Will, whom the tagger made the verb's modal."""
    from auditor.nlp import article_from_paragraphs

    paragraph = "In particular, Will wrote, Okafor can challenge Ruiz on security."
    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    (a,) = run_attributions(parsed)
    assert a.cue is not None and a.cue.text == "wrote"
    assert a.source is not None and a.source.mention == "Will"


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        # a programme's name in quotation marks after "told" or "on" is no part of what was said
        ("“We will rebuild,” Okafor told “Good Morning Harbor” on Monday.", ["We will rebuild,"]),
        # NEGATIVES: a chant is spoken; a headline capitalises its quotation like every other word
        ("The crowd broke into chants of “Fix The Pier!” as the council met.", ["Fix The Pier!"]),
        ("Okafor Tells Voters To ‘Stay Home’ In Harbor City.", ["Stay Home"]),
    ],
)
def test_a_programme_title_in_quotation_marks_is_not_a_quote(
    annotator, paragraph: str, quotes: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    assert [a.quote for a in run_attributions(parsed) if a.quote] == quotes


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a paraphrase, then the speaker's own words in the same paragraph
        (
            ["Ruiz said she would back the harbor plan if asked. “I am going to support it, and gladly.”"],
            "Ruiz",
        ),
        # NEGATIVES: a paragraph break may bring a new voice; a report of NOT saying hands nothing over
        (
            ["Ruiz said she would back the harbor plan if asked.", "“I am going to support it, and gladly.”"],
            None,
        ),
        (["Ruiz did not say whether she backs the plan. “I am going to support it, and gladly.”"], None),
    ],
)
def test_a_quote_after_a_paraphrase_in_its_paragraph(
    annotator, paragraphs: list[str], speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    cueless = [a for a in run_attributions(parsed) if a.cue is None]
    assert [a.source.mention if a.source else None for a in cueless] == ([speaker] if speaker else [])


@pytest.mark.stanza
def test_a_participle_between_quotations_leaves_them_whole(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.nlp import article_from_paragraphs

    paragraph = (
        "“The pier was the key to the deal,” Okafor said, adding that the north dock mattered. "
        "“I assume they saw it coming.”"
    )
    (parsed,) = annotator.parse([article_from_paragraphs("t", [paragraph])])
    said, adding = run_attributions(parsed)[:2]
    text = parsed.article.text
    assert said.quote == "The pier was the key to the deal, … I assume they saw it coming."
    assert said.content is not None and text[said.content.start : said.content.end].endswith("coming.")
    assert adding.source is not None and adding.source.mention == "Okafor"
    assert adding.content is not None and text[adding.content.start : adding.content.end] == (
        "that the north dock mattered"
    )
