"""Cue widening: auxiliaries, negation, "also", particles and prepositional verbs; negation marked."""

from __future__ import annotations

import pytest

from auditor.cue_span import widen, widen_attributions
from auditor.models import Attribution, Cue, ParsedArticle, Span


def _cue(parsed: ParsedArticle, sentence: int, head: int, kind: str = "speech_verb") -> Cue:
    w = parsed.sentences[sentence].words[head - 1]
    return Cue(
        start=w.start,
        end=w.end,
        text=w.text,
        kind=kind,  # type: ignore[arg-type]
        lemma=w.lemma,
        sentence=sentence,
        head=head,
        rule="test",
    )


@pytest.mark.parametrize(
    ("sentence", "head", "text", "negated"),
    [
        (0, 4, "did not say", True),  # negation and its auxiliary join the cue
        (1, 4, "has also called for", False),  # auxiliary, "also", prepositional verb
        (2, 2, "pointed out", False),  # particle
        (3, 3, "said", False),  # "said on Monday": "on" is not part of the verb; "not" is in the content
        (4, 3, "said", False),  # "quickly" is not one of the adverbs that belong to a cue
        (5, 3, "declined", True),  # a refusal to speak reports NOT telling
        (6, 3, "refused", False),  # NEGATIVE: refusing to pay is no refusal to speak
    ],
)
def test_widen(conllu_article, sentence: int, head: int, text: str, negated: bool) -> None:
    parsed = conllu_article("cue_span")
    cue = widen(parsed, _cue(parsed, sentence, head))
    assert cue.text == text
    assert parsed.article.text[cue.start : cue.end] == text
    assert cue.negated is negated
    assert ("negated" in cue.rule) is negated


def test_non_verb_cues_are_left_alone(conllu_article) -> None:
    parsed = conllu_article("cue_span")
    cue = _cue(parsed, 0, 4, kind="according_to")
    assert widen(parsed, cue) is cue


def test_attribution_rule_says_the_cue_is_negated(conllu_article) -> None:
    parsed = conllu_article("cue_span")
    a = Attribution(id="a1", sentence=0, cue=_cue(parsed, 0, 4), source=None, content=None, rule="verb")
    (out,) = widen_attributions(parsed, (a,))
    assert out.cue is not None and out.cue.text == "did not say"
    assert "NOT saying" in out.rule
    b = Attribution(id="a2", sentence=4, cue=_cue(parsed, 4, 3), source=None, content=None, rule="verb")
    assert widen_attributions(parsed, (b,)) == (b,)


@pytest.mark.parametrize(
    ("sentence", "head", "content_from", "expected"),
    [
        # the widened cue took the preposition the content opened with: "called for | calm"
        (1, 4, "for calm", "calm"),
        # NEGATIVE: a content after the widened cue keeps its start ("pointed out | that the law …")
        (2, 2, "that the law had changed", "that the law had changed"),
    ],
)
def test_content_starts_after_the_widened_cue(
    conllu_article, sentence: int, head: int, content_from: str, expected: str
) -> None:
    parsed = conllu_article("cue_span")
    text = parsed.article.text
    s = parsed.sentences[sentence]
    start = text.index(content_from, s.start)
    content = Span(start=start, end=start + len(content_from))
    a = Attribution(
        id="a1",
        sentence=sentence,
        cue=_cue(parsed, sentence, head),
        source=None,
        content=content,
        rule="verb",
    )
    (out,) = widen_attributions(parsed, (a,))
    assert out.content is not None and text[out.content.start : out.content.end] == expected


@pytest.mark.stanza
def test_negated_cue_reaches_the_claim_reason(annotator) -> None:
    from auditor.ingest import article_from_text
    from auditor.pipeline import audit_parsed

    (parsed,) = annotator.parse(
        [article_from_text("Peskov did not say that the talks had failed.", id="neg")]
    )
    claims = audit_parsed(parsed).claims
    assert any("NOT making" in c.reason and "did not say" in c.reason for c in claims)


@pytest.mark.parametrize(
    ("name", "upos", "expected"),
    [
        # a capitalised modal after a name is the surname, not the verb's
        ("May", "AUX", "said"),
        # NEGATIVE: a lower-case modal joins the cue
        ("may", "AUX", "may said"),
    ],
)
def test_a_surname_read_as_a_modal_stays_out_of_the_cue(name: str, upos: str, expected: str) -> None:
    from tree_helpers import article_from_rows

    rows = [
        ("Theresa", "Theresa", "PROPN", 3, "nsubj"),
        (name, "may", upos, 3, "aux"),
        ("said", "say", "VERB", 0, "root"),
        ("it", "it", "PRON", 5, "nsubj"),
        ("rained", "rain", "VERB", 3, "ccomp"),
    ]
    parsed = article_from_rows(rows)
    assert widen(parsed, _cue(parsed, 0, 3)).text == expected


def test_content_never_starts_inside_the_cue() -> None:
    """A cue that took its infinitive when found ("seemed to suggest", cues.py) keeps it out of the
    content, though the widening stage does not grow it; a content after the cue is left alone."""
    from tree_helpers import article_from_rows

    rows = [
        ("Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
        ("seemed", "seem", "VERB", 0, "root"),
        ("to", "to", "PART", 4, "mark"),
        ("suggest", "suggest", "VERB", 2, "xcomp"),
        ("that", "that", "SCONJ", 7, "mark"),
        ("it", "it", "PRON", 7, "nsubj"),
        ("failed", "fail", "VERB", 4, "ccomp"),
    ]
    parsed = article_from_rows(rows)
    text = parsed.article.text
    seemed = _cue(parsed, 0, 2, kind="stance_verb")
    cue = seemed.model_copy(update={"end": text.index("suggest") + 7, "text": "seemed to suggest"})
    inside = Span(start=text.index("to suggest"), end=len(text))
    after = Span(start=text.index("that"), end=len(text))
    for content, expected in ((inside, "that it failed"), (after, "that it failed")):
        a = Attribution(id="a1", sentence=0, cue=cue, source=None, content=content, rule="verb")
        (out,) = widen_attributions(parsed, (a,))
        assert out.content is not None and text[out.content.start : out.content.end] == expected
    a = Attribution(id="a1", sentence=0, cue=cue, source=None, content=after, rule="verb")
    assert widen_attributions(parsed, (a,)) == (a,)  # nothing to change: the same attribution back
