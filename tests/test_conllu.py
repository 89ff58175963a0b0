"""Tests for auditor/conllu.py: fixture paragraphs, test articles, and placing token forms at offsets."""

from __future__ import annotations

import pytest

from auditor.conllu import Aligner, article_from_conllu, article_from_paragraphs, conllu_paragraphs

CONLLU = """# newpar
# text = Ana said it.
1\tAna\tAna\tPROPN\t_\t_\t2\tnsubj\t_\t_
# text = It rained.
1\tIt\tit\tPRON\t_\t_\t2\texpl\t_\t_
# newpar
# text = Then it stopped.
1\tThen\tthen\tADV\t_\t_\t3\tadvmod\t_\t_
"""


def test_conllu_paragraphs_join_sentences_and_split_at_newpar() -> None:
    assert conllu_paragraphs(CONLLU) == ["Ana said it. It rained.", "Then it stopped."]
    assert conllu_paragraphs("") == []


def test_article_from_paragraphs_offsets() -> None:
    article = article_from_paragraphs("t", ["One.", "Two words."])
    assert article.text == "One.\n\nTwo words."
    assert [(s.start, s.end, s.kind) for s in article.segments] == [(0, 4, "body"), (6, 16, "body")]
    assert all(article.text[s.start : s.end] == s.text for s in article.segments)
    assert article_from_conllu(CONLLU, "x").text == "Ana said it. It rained.\n\nThen it stopped."


def test_aligner_places_forms_across_segments() -> None:
    aligner = Aligner(article_from_paragraphs("t", ["Ana said it.", "Then"]))
    assert [aligner.place(f) for f in ("Ana", "said", "it", ".", "Then")] == [
        (0, 3),
        (4, 8),
        (9, 11),
        (11, 12),
        (14, 18),
    ]
    assert aligner.segment_at(14) == 1
    with pytest.raises(ValueError, match="beyond the article"):
        aligner.place("more")  # negative: nothing left to align


def test_aligner_refuses_a_form_not_in_the_text() -> None:
    aligner = Aligner(article_from_paragraphs("t", ["Ana said it."]))
    with pytest.raises(ValueError, match="does not match"):
        aligner.place("Bob")
