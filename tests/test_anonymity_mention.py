"""Tests for auditor/anonymity_mention.py: definite mentions and the indefinite mention they refer to, and
which unnamed sources the AP anonymity rules apply to (anonymous_person and its predicates)."""

from __future__ import annotations

import pytest
from findings_helpers import make_source, parse

from auditor.anonymity_mention import (
    anonymous_person,
    is_definite,
    polled,
    refers_to_named_body,
)
from auditor.models import Anonymity, Source


def _unnamed(mention: str, start: int = 0) -> Source:
    """An unnamed group source written as ``mention`` at ``start``, with an (empty) anonymity record."""
    end = start + len(mention)
    return Source(
        start=start, end=end, mention=mention, name=mention, kind="group", named=False, anonymity=Anonymity()
    )


def test_is_definite() -> None:
    parsed = parse("The source and this official met a source.")
    text = parsed.article.text
    assert is_definite(text, make_source(parsed, "The source"))
    assert is_definite(text, make_source(parsed, "this official"))
    assert not is_definite(text, make_source(parsed, "a source"))


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the two countries", True),
        ("both nations", True),
        ("the autocratic nations", True),
        ("The ministry", True),
        ("the leaders", True),
        ("their governments", True),
        ("police", True),  # a force speaking as an institution, with or without a determiner
        ("Lindale police", True),
        ("Ukrainian authorities", True),
        ("federal prosecutors", True),  # they speak for their office, in charges and filings
        ("Forecasters", True),  # for their service's forecast
        ("The authors", True),  # of the study or report just named
        ("the researchers", True),
        # NEGATIVES: no determiner, a phrase that goes on after the noun, people, a lone noun
        ("governments", False),
        ("Various governments", False),
        ("the leaders of the protest", False),
        ("the officials", False),
        ("researchers", False),  # NEGATIVE: no determiner: researchers not named before
        ("police officers", False),  # NEGATIVE: people of the force
        ("Former prosecutors", False),  # NEGATIVE: they speak for no office
        ("former police", False),
        ("the source, a senior official at the agency", False),  # NEGATIVE: the head is "source"
        ("the officials, police said", False),
        ("two sources", False),
        ("the", False),
    ],
)
def test_refers_to_named_body(mention: str, expected: bool) -> None:
    assert refers_to_named_body(mention, _unnamed(mention)) is expected


def test_named_body_is_not_an_anonymous_person() -> None:
    text = "Russia and North Korea met. The two countries said the talks went well."
    start = text.index("The two")
    assert not anonymous_person(_unnamed("The two countries", start), text)
    assert anonymous_person(_unnamed("Officials"), "Officials said the talks went well.")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # people whom AP anonymity rules cover
        ("officials", True),
        ("a senior official", True),
        ("one candidate", True),  # indefinite: someone unnamed
        ("someone close to him", True),
        ("a campaign aide", True),
        ("A spokeswoman for Dana Whitlow", True),  # AP wants spokespeople named
        ("one questioner", True),  # an agent noun
        ("a friend", True),
        ("Republican strategists", True),
        ("people familiar with the talks", True),
        # NEGATIVES: a poll share, a word for no person, a record, a definite role, a possessive body
        ("47 percent", False),
        ("a majority of voters", False),
        ("something", False),
        ("the emails", False),
        ("the presumptive Liberal nominee", False),
        ("the senator", False),
        ("his campaign", False),
        ("his", False),  # the possessor of a noun cue ("his claim that")
        ("nobody", False),
        ("all", False),
        ("the union", False),
        ("The decision", False),
        ("his ex-wife", False),  # a relative of a named person: identified through that person
        ("my siblings and I", False),  # the writer
        ("the senators", False),
        ("The network", False),
        ("the ferry story", False),
        # NEGATIVES: a bad parse put a thing in the source slot; bodies and records are no people
        ("softer language", False),
        ("his hands", False),
        ("the results", False),
        ("a company", False),
        ("The online grocery giant", False),  # a role noun for a body, not for a person
        ("The magazine", False),
        ("the family business", False),
        ("a campaign adviser", True),  # NEGATIVE of the above: a role noun for a person
        # NEGATIVES: words ending like agent nouns that name no one; a name the tagger missed
        ("The number", False),
        ("the power", False),
        ("whatever", False),
        ("His behavior", False),
        ("state Rep. Marisol Grant-Okafor", False),
        # NEGATIVES: a judge rules on the record; an ad's voice; the writer's own relative
        ("A federal judge", False),
        ("the ad’s narrator", False),
        ("my father", False),
        ("this reporter", False),  # the writer, named in the byline
        # an office judged by the head of the phrase, before its description; NEGATIVE: an indefinite
        # phrase whose description holds a possessive
        ("the former senator from Oregon", False),
        ("The White House press secretary", False),  # one holder: identified by the office
        ("the former White House chief of staff", False),
        ("A press secretary", True),  # NEGATIVE: indefinite, one of many
        ("The Liberal mayoral nominee for the Oct. 3 election", False),
        ("A spokesman for Okafor's 2019 campaign", True),
        ("a reporter", True),  # ... but another reporter is a person in the story
        ("this source", True),
        # ... but "another" stands for a person ("Another said he hoped ...")
        ("Another", True),
        # a one-holder office after a possessive name or pronoun identifies the speaker
        ("Reyes’ campaign manager", False),
        ("his campaign manager", False),
        ("a campaign manager", True),  # NEGATIVE: indefinite
        ("his aides", True),  # NEGATIVE: aides are many, no office
        # people who publish under a named employer speak through its note or study; NEGATIVES: no
        # employer named, an official (whose employer's name does not speak for them)
        ("Analysts at Morgan Stanley", False),
        ("economists with the Federal Reserve", False),
        ("analysts", True),
        ("analysts at a bank", True),
        ("officials at the State Department", True),
    ],
)
def test_anonymous_person_table(mention: str, expected: bool) -> None:
    assert anonymous_person(_unnamed(mention), mention) is expected


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        # people a poll asked speak through the poll
        ("Most voters oppose the toll, a new Gazette poll found.", "Most voters", True),
        ("Americans back the ferry, a Harbor Institute survey shows, by a wide margin.", "Americans", True),
        ("In a Gazette poll last week, most voters said the pier should close.", "most voters", True),
        ("By 58%-33%, those surveyed said the pier should stay open.", "those surveyed", True),
        ("The ferry is late, respondents said.", "respondents", True),
        # NEGATIVES: no poll frames the sentence; a poll inside what is reported; a group no poll asks
        ("Most voters oppose the toll.", "Most voters", False),
        ("While Okafor trails in most polls, Republicans said he could win.", "Republicans", False),
        ("Experts said the toll was too high, a new Gazette poll found.", "Experts", False),
    ],
)
def test_polled(sentence: str, mention: str, expected: bool) -> None:
    start = sentence.index(mention)
    source = _unnamed(mention, start)
    assert polled(sentence, source) is expected
    assert anonymous_person(source, sentence) is not expected or mention == "Experts"
