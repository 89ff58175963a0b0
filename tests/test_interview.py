"""Question-and-answer interviews: answer paragraphs, their content and the interviewee, with negatives."""

from __future__ import annotations

import pytest
from findings_helpers import parse

from auditor.ingest import article_from_text
from auditor.interview import answer_at, answers
from auditor.models import ParsedArticle
from auditor.pipeline import extract

INTRO = (  # Ames comes first, Lopez is mentioned more: the count decides
    "Governor Ted Ames welcomed Senator Maria Lopez to Denver on Tuesday. Later, Lopez spoke with "
    "reporters from the Post."
)
INTERVIEW = "\n\n".join(
    [
        INTRO,
        "Q: What will Congress do?",
        "A: We will pass the relief bill this month.",
        "The votes are there.",
        "Q: Critics say the bill is too expensive.",
        "A. They are wrong.",
    ]
)


def _answer_texts(text: str) -> list[tuple[str, str]]:
    article = article_from_text(text, id="t")
    return [(a.label, text[a.colon + 1 : a.end].strip()) for a in answers(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an answer runs on through unlabelled paragraphs up to the next label; "A." counts as "A:"
        (
            INTERVIEW,
            [
                ("A", "We will pass the relief bill this month.\n\nThe votes are there."),
                ("A", "They are wrong."),
            ],
        ),
        (
            "Talking budgets with Jo Doe\n\nJo Doe spoke to us on Monday.\n\nQuestion: Why now?\n\n"
            "Answer: Because the money ran out.",
            [("Answer", "Because the money ran out.")],
        ),
        # NEGATIVES: answers without questions ("A. Philip Randolph" opens a sentence), questions alone,
        # a letter inside a paragraph, a label glued to its word
        ("Intro.\n\nA. Philip Randolph led the march.\n\nA: later, more.", []),
        ("Intro.\n\nQ: Why?\n\nQ: And then?", []),
        ("Intro.\n\nHe said Q: why, and A: because.\n\nQ: Why?", []),
        ("Intro.\n\nQWhy now?\n\nAWe are ready.", []),
    ],
)
def test_answers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _answer_texts(text) == expected


def test_answer_at_finds_the_label_colon_only() -> None:
    article = article_from_text(INTERVIEW, id="t")
    first = answers(article)[0]
    assert answer_at(answers(article), first.colon) == first
    assert INTERVIEW[first.start : first.colon + 1] == "A:"
    assert answer_at(answers(article), first.colon + 1) is None  # NEGATIVE: any other offset


def _with_org(parsed: ParsedArticle, org: tuple[str, ...]) -> ParsedArticle:
    """``parsed`` with every run of the words ``org`` tagged as an organisation (BIOES, as Stanza does)."""
    sentences = []
    for s in parsed.sentences:
        words = list(s.words)
        texts = [w.text for w in words]
        for i in range(len(words) - len(org) + 1):
            if tuple(texts[i : i + len(org)]) == org:
                tags = ["B-ORG", *["I-ORG"] * (len(org) - 2), "E-ORG"]
                for k, tag in enumerate(tags):
                    words[i + k] = words[i + k].model_copy(update={"ner": tag})
        sentences.append(s.model_copy(update={"words": tuple(words)}))
    return parsed.model_copy(update={"sentences": tuple(sentences)})


def _answer_sources(text: str, org: tuple[str, ...] = ()) -> list[tuple[str, str, bool, str]]:
    parsed = parse(text, verbs={"say": "say", "spoke": "speak", "joined": "join"})
    parsed = _with_org(parsed, org) if org else parsed
    out = []
    for a in extract(parsed).attributions:
        if a.cue is not None and a.source is not None and "interview" in a.rule:
            assert a.content is not None
            content = text[a.content.start : a.content.end]
            out.append((a.source.mention, a.source.name, a.source.named, content))
    return out


def test_answers_go_to_the_person_the_introduction_mentions_most() -> None:
    rows = _answer_sources(INTERVIEW)
    assert [r[:3] for r in rows] == [("A", "Maria Lopez", True), ("A", "Maria Lopez", True)]
    assert rows[0][3] == "We will pass the relief bill this month.\n\nThe votes are there."
    parsed = parse(INTERVIEW, verbs={"say": "say"})
    (first, _) = [a for a in extract(parsed).attributions if "interview" in a.rule]
    assert first.source is not None and first.source.resolved_from is not None
    assert "Maria Lopez" in first.source.resolved_from and "2 times" in first.source.resolved_from


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("Governor Ted Ames met Senator Maria Lopez on Tuesday.", "Ted Ames"),  # a tie: the first named
        ("Ted Ames met Senator Maria Lopez on Tuesday, and Lopez agreed.", "Maria Lopez"),
        # NEGATIVE: an organisation is no interviewee, however often named
        ("The Denver Water Board met Mayor Ted Ames, and the Denver Water Board agreed.", "Ted Ames"),
    ],
)
def test_interviewee_choice(intro: str, expected: str) -> None:
    text = f"{intro}\n\nQ: Why now?\n\nA: Because the money ran out."
    ((_, name, named, _),) = _answer_sources(text, org=("Denver", "Water", "Board"))
    assert (name, named) == (expected, True)


def test_answer_without_a_named_interviewee_stays_unnamed() -> None:
    text = "The interview was edited.\n\nQ: Why now?\n\nA: Because the money ran out."
    ((mention, name, named, _),) = _answer_sources(text)
    # NEGATIVE: nobody to give it to; the label stays as written
    assert (mention, name, named) == ("A", "A", False)


def test_no_interview_no_answer_cues() -> None:
    # NEGATIVE: a paragraph opening "A." in an ordinary story is no answer
    text = "A. Philip Randolph led the march. He spoke to a crowd.\n\nThe march ended at noon."
    assert _answer_sources(text) == []


@pytest.mark.stanza
def test_interview_claims_on_real_parses(annotator) -> None:  # type: ignore[no-untyped-def]
    from auditor.pipeline import audit_parsed

    (parsed,) = annotator.parse([article_from_text(INTERVIEW, id="t")])
    audit = audit_parsed(parsed)
    answer_claims = [c for c in audit.claims if c.start >= INTERVIEW.index("A: We")]
    answer_claims = [c for c in answer_claims if not c.sentence.startswith("Q:")]
    assert answer_claims and all(c.sourcing == "named" for c in answer_claims), [
        (c.sentence, c.sourcing) for c in answer_claims
    ]
    assert {c.source.name for c in answer_claims if c.source is not None} == {"Maria Lopez"}
