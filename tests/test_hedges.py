"""Hedge detection: data-driven word lists, phrases and regexes; quotes and reporting verbs excluded."""

from __future__ import annotations

import pytest

from auditor import lexicon
from auditor.hedges import cue_hedges, find_hedges, patterns
from auditor.models import CueKind, Word


def hedges_in(text: str, skip: tuple[tuple[int, int], ...] = (), words: tuple[Word, ...] = ()) -> list[str]:
    return [h.text for h in find_hedges(text, 0, len(text), skip=skip, words=words)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some of these personnel have reportedly been killed.", ["reportedly"]),
        ("It is widely believed that the talks failed.", ["It is widely believed"]),
        ("It is understood that he resigned.", ["It is understood"]),
        ("The minister is said to have resigned.", ["is said to"]),
        ("The soldiers are thought to be in Kursk.", ["are thought to"]),
        ("Citing the alleged involvement of citizens, he asked for help.", ["alleged"]),
        ("The deal was allegedly signed in June and apparently approved.", ["allegedly", "apparently"]),
        ("The company supposedly paid.", ["supposedly"]),
        ("Due to apparent staff shortages, the ferry logs are not searchable.", ["apparent"]),
        # negatives
        ("Marta was once the heir apparent at the family bakery.", []),
        ("It became apparent that the pumps had failed.", []),
        ("Every landlord is supposed to return the deposit it holds.", []),  # a duty, not a hedge
        ("Zelensky has alleged that North Korea is sending citizens.", []),
        ("He said to reporters that the report was false.", []),
        ("The ministry reported a rise in casualties.", []),
        ("Officials believe the dam will hold.", []),
        ("", []),
    ],
)
def test_hedge_table(text: str, expected: list[str]) -> None:
    assert hedges_in(text) == expected


def test_hedge_inside_quote_does_not_count() -> None:
    text = "Peskov said it was “reportedly false” and reportedly left."
    quote = (text.index("“"), text.index("”") + 1)
    found = find_hedges(text, 0, len(text), skip=(quote,))
    assert [h.text for h in found] == ["reportedly"]
    assert found[0].start == text.rindex("reportedly")


def test_alleged_as_verb_by_parse_is_not_a_hedge() -> None:
    text = "Critics alleged fraud."
    verb = Word(index=2, text="alleged", lemma="allege", upos="VERB", head=0, deprel="root", start=8, end=15)
    assert hedges_in(text, words=(verb,)) == []
    adj = verb.model_copy(update={"upos": "ADJ", "deprel": "amod"})
    assert hedges_in(text, words=(adj,)) == ["alleged"]


def test_offsets_point_into_text_within_window() -> None:
    text = "Intro. He reportedly left. Outro reportedly."
    start, end = 7, 26
    found = find_hedges(text, start, end)
    assert [(h.start, h.end) for h in found] == [(10, 20)]
    assert all(text[h.start : h.end] == h.text for h in found)


@pytest.mark.parametrize(
    "line", [e for e in lexicon.entries("hedges.txt") if e.split("|")[0].strip() == "adverb"]
)
def test_every_adverb_in_the_data_file_is_found(line: str) -> None:
    word = line.split("|", 1)[1].strip()
    assert hedges_in(f"The plan was {word} dropped.") == [word]


def test_every_data_entry_compiles() -> None:
    kinds = {kind for kind, _ in patterns()}
    assert kinds <= {"adverb", "adj", "phrase", "regex"}
    assert len(patterns()) == len(lexicon.entries("hedges.txt"))


@pytest.mark.parametrize(
    ("kind", "lemma", "text", "expected"),
    [
        ("passive", "expect", "expected", True),  # "is expected to win": the holder goes unnamed
        ("passive", "it is believed", "it is believed", True),
        ("noun", "reports", "there are reports", True),
        ("noun", "statement", "reportedly in a statement", True),
        # NEGATIVES: requests and labels hedge nothing; a named kind of cue is not itself a hedge
        ("passive", "ask", "asked", False),
        ("passive", "label", "labeled", False),
        ("speech_verb", "say", "said", False),
        ("according_to", "according to", "according to", False),
        ("noun", "statement", "in a statement", False),
    ],
)
def test_cue_hedges_by_itself(kind: CueKind, lemma: str, text: str, expected: bool) -> None:
    assert cue_hedges(kind, lemma, text) is expected
