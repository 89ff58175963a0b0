"""Tests for auditor/page_lines.py: what one line is, out of context (sentence, headline, name)."""

from __future__ import annotations

import pytest

from auditor.page_lines import headline_like, is_sentence, line_words, name_like, norm, title_case_share


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky Alleges North Korea Sending Citizens", True),
        ("Council approves budget with cuts to library hours", True),
        ("The council approved the budget.", False),
        ("Read the following:", False),
        ("Brexit", False),
        # a sentence that ends inside a quotation is running text; a headline may end on a quoted phrase
        ('"We are not going anywhere," said Jane Smith. "Not until they pay us."', False),
        ("“It’s over,” she said, “for good”", False),
        ('Mayor Calls Audit "Pure Fiction"', True),
        ("“We will rebuild”: Zelensky", True),
        ("“Watch me,” Ruiz says of 2026 run", True),  # headlines quote in the present tense
        ("Okafor: ‘We are going to fix every road.’", True),
    ],
)
def test_headline_like(text: str, expected: bool) -> None:
    assert headline_like(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ryan Morgan", True),
        ("Kim Yong-hyun", True),
        ("Tom J. Okafor", True),
        ("The Guardian", False),
        ("Ryan", False),
        ("Ryan Morgan said", False),
        ("April Dunmore", True),
        ("Julia May", True),
        ("In Brief", False),
        ("Agent 007 Returns", False),
    ],
)
def test_name_like(text: str, expected: bool) -> None:
    assert name_like(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the budget.", True),
        ("“We will rebuild,” she said.”", True),
        ("the council approved the budget after a long night of talks", True),  # long, lower case
        ("Council Approves Budget", False),
        ("Photo: Ana Ruiz", False),
    ],
)
def test_is_sentence(text: str, expected: bool) -> None:
    assert is_sentence(text) is expected


def test_line_helpers() -> None:
    assert line_words("By Ana Ruiz, 12 June 2024") == ["By", "Ana", "Ruiz", "June"]
    assert norm("• Harbour  Authority: Delays!") == "harbour authority delays"
    assert title_case_share("Council Approves Budget For The Port") == 1.0
    assert title_case_share("the council approved the budget") == 0.0
