"""Tests for auditor.language: script, other languages' function words, English function words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.language import MIN_WORDS_FOR_LANGUAGE, foreign_script_share, not_english, stopword_share

FOREIGN = [
    ("Le président ukrainien a affirmé dimanche que la Corée du Nord envoyait des soldats.", "French"),
    ("Der Präsident sagte am Sonntag, dass die Truppen nicht abziehen werden.", "German"),
    ("El presidente dijo el domingo que las tropas no se retirarán del frente.", "Spanish"),
    ("Il presidente ha detto domenica che le truppe non si ritireranno dal fronte.", "Italian"),
    ("O presidente disse no domingo que as tropas não vão se retirar da frente.", "Portuguese"),
    ("De president zei zondag dat de troepen zich niet van het front terugtrekken.", "Dutch"),
    ("Президент заявил в воскресенье, что войска не уйдут.", "Latin alphabet"),
    ("普京周日表示军队不会撤离。", "Latin alphabet"),
]
ENGLISH = [
    "De Blasio told reporters at La Guardia that the plan was dead.",
    "Café au lait, crème brûlée and pâté de campagne were on the menu, the chef said.",
    "The mayor said the Plaza de la Constitución would reopen on Monday.",
    "Le président a parlé.",  # four words: a fragment, too short to judge
    "Zelensky told the Rada: “Слава Україні!” and the chamber rose.",
]


@pytest.mark.parametrize(("text", "named"), FOREIGN)
def test_other_languages_are_named(text: str, named: str) -> None:
    verdict = not_english(text)
    assert verdict is not None and named in verdict.reason


@pytest.mark.parametrize("text", ENGLISH)
def test_english_and_fragments_pass(text: str) -> None:
    assert not_english(text) is None


def test_long_text_with_few_english_function_words_is_refused() -> None:
    names = ", ".join(f"Name{i} Surname{i}" for i in range(MIN_WORDS_FOR_LANGUAGE))
    verdict = not_english(names)
    assert verdict is not None and "English function words" in verdict.reason


def test_shares() -> None:
    assert stopword_share("The cat and the dog") == (0.6, 5)
    assert foreign_script_share("abc") == 0.0
    assert foreign_script_share("ab Яд") == 0.5
    assert foreign_script_share("1234") == 0.0


@given(st.text(max_size=200))
def test_any_text_gets_a_verdict_or_none(text: str) -> None:
    verdict = not_english(text)
    assert verdict is None or verdict.reason
