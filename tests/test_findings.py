"""Tests for auditor/findings.py: each rule with positive and negative cases, and the registry."""

from __future__ import annotations

import re
import string

import pytest
from findings_helpers import attribution, claims, parse
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.anonymity import annotate_anonymity
from auditor.claims import build_claims
from auditor.findings import REGISTRY, find_findings, registry_rows
from auditor.findings_quotes import _title
from auditor.models import Attribution, Finding, ParsedArticle, TextSpan
from auditor.scoring import score_article

# Each case: text, attributions as (source, cue, content, named, extra kwargs), verbs, expected codes.
Spec = tuple[str, str, str | None, bool]


def run(
    text: str, specs: list[Spec], verbs: dict[str, str] | None = None, **kw: object
) -> tuple[Finding, ...]:
    parsed = parse(text, verbs=verbs)
    atts = tuple(
        attribution(parsed, f"a{i}", source=src, cue=cue, content=content, named=named, **kw)  # type: ignore[arg-type]
        for i, (src, cue, content, named) in enumerate(specs, start=1)
    )
    atts = annotate_anonymity(parsed, atts)
    found = find_findings(parsed, claims(parsed, atts), atts)
    for f in found:  # evidence always points into the text
        assert text[f.start : f.end] == f.evidence
        assert "{" not in f.message
    return found


def codes(found: tuple[Finding, ...]) -> set[str]:
    return {f.code for f in found}


ANON = {
    "ANON-NO-REASON",
    "ANON-NO-DESCRIPTION",
    "ANON-VAGUE-COLLECTIVE",
    "ANON-OPINION",
    "ANON-PLURAL-SINGLE",
}

TABLE: list[tuple[str, list[Spec], set[str], set[str]]] = [
    # (text, attributions, must include, must not include)
    ("Peskov said the report was false.", [("Peskov", "said", "the report was false", True)], set(), ANON),
    (
        "Speaking on condition of anonymity because she was not authorized to speak publicly, an aide "
        "within the ministry said the plan was over.",
        [("an aide", "said", "the plan was over", False)],
        set(),
        ANON,
    ),
    (
        "A source within the ministry said the plan was over.",
        [("A source", "said", "the plan was over", False)],
        {"ANON-NO-REASON"},
        {"ANON-NO-DESCRIPTION"},
    ),
    (
        "A source said the plan was over.",
        [("A source", "said", "the plan was over", False)],
        {"ANON-NO-REASON", "ANON-NO-DESCRIPTION"},
        {"ANON-VAGUE-COLLECTIVE"},
    ),
    (
        "A source within Ukrainian intelligence, speaking on the condition of anonymity, reported that "
        "troops were sent.",
        [("A source", "reported", "troops were sent", False)],
        {"ANON-NO-REASON"},
        {"ANON-NO-DESCRIPTION"},
    ),
    (
        "Experts have speculated on the extent of the aid.",
        [("Experts", "speculated", None, False)],
        {"ANON-VAGUE-COLLECTIVE"},
        {"ANON-NO-REASON", "ANON-NO-DESCRIPTION"},
    ),
    (  # described by how they know: anonymous sources, not a vague crowd, so the reason is asked for
        "People familiar with the matter said the deal was signed.",
        [("People", "said", "the deal was signed", False)],
        {"ANON-NO-REASON"},
        {"ANON-VAGUE-COLLECTIVE", "ANON-NO-DESCRIPTION"},
    ),
    (  # NEGATIVE: a crowd described by its side only ("Whitlow supporters") is judged as a collective
        "Whitlow supporters said the vote was rigged.",
        [("Whitlow supporters", "said", "the vote was rigged", False)],
        set(),
        {"ANON-NO-REASON"},
    ),
    (  # a word naming only their field leaves experts as vague as "experts"
        "The vote was close, political analysts said.",
        [("political analysts", "said", "The vote was close", False)],
        {"ANON-VAGUE-COLLECTIVE"},
        {"ANON-NO-REASON"},
    ),
    (  # NEGATIVE: a name before them says whose analysts they are
        "The vote was close, Pentagon analysts said.",
        [("Pentagon analysts", "said", "The vote was close", False)],
        set(),
        {"ANON-VAGUE-COLLECTIVE"},
    ),
    (
        "An official at the ministry said the plan was disastrous.",
        [("An official", "said", "the plan was disastrous", False)],
        {"ANON-OPINION"},
        {"ANON-NO-DESCRIPTION"},
    ),
    (
        "An official at the ministry said the plan was signed.",
        [("An official", "said", "the plan was signed", False)],
        set(),
        {"ANON-OPINION"},
    ),
    (
        "Peskov said the plan was disastrous.",
        [("Peskov", "said", "the plan was disastrous", True)],
        set(),
        {"ANON-OPINION"},
    ),
    (
        "Sources said the talks had stalled. The source added that the envoy had left.",
        [("Sources", "said", "the talks had stalled", False)],
        {"ANON-PLURAL-SINGLE"},
        set(),
    ),
    (
        "A source said the talks had stalled. The source added that the envoy had left.",
        [("A source", "said", "the talks had stalled", False)],
        set(),
        {"ANON-PLURAL-SINGLE"},
    ),
    (
        "Sources said the talks had stalled. Other sources disagreed.",
        [("Sources", "said", "the talks had stalled", False)],
        set(),
        {"ANON-PLURAL-SINGLE"},
    ),
]


@pytest.mark.parametrize(("text", "specs", "must", "must_not"), TABLE)
def test_rule_table(text: str, specs: list[Spec], must: set[str], must_not: set[str]) -> None:
    got = codes(run(text, specs))
    assert must <= got
    assert not (must_not & got)


def test_hedges() -> None:
    out = run("Some of the soldiers were reportedly killed in the east.", [])
    hedged = [f for f in out if f.code == "HEDGED-UNSOURCED"]
    assert len(hedged) == 1 and hedged[0].evidence == "reportedly" and hedged[0].claim == "c1"
    # hedged claims are not listed twice
    assert "UNATTRIBUTED-CLAIM" not in codes(out)
    # "reportedly" inside a quotation is the speaker's word
    quoted = "“The soldiers were reportedly killed in the east,” the minister said."
    got = run(quoted, [("the minister", "said", "The soldiers were reportedly killed in the east", True)])
    assert "HEDGED-UNSOURCED" not in codes(got)
    unquoted = "The soldiers were “killed” reportedly."
    assert "HEDGED-UNSOURCED" in codes(run(unquoted, []))
    # a hedged claim with a source is sourced
    sourced = "Some soldiers reportedly died, according to a source within the army."
    got = run(sourced, [("a source", "according to", "Some soldiers reportedly died", False)])
    assert "HEDGED-UNSOURCED" not in codes(got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army deployed 1,000 troops to the border.", True),
        ("Putin visited Pyongyang in June.", True),
        ("The army deployed troops to the border.", True),  # event verb
        ("Relations have grown more cordial.", False),  # background, no checkable signal
        ("Ties between the two nations have become increasingly robust.", False),
        # a question asserts nothing, even with a number in it
        ("Did the army deploy 1,000 troops to the border?", False),
        ("Q: Why did the army deploy 1,000 troops?", False),
        # NEGATIVE: the sentence asserts that a question was asked; only the quotation is one
        ("The army deployed 1,000 troops: “Why now?”", True),
        ("The army deployed 1,000 troops: “Why now?", True),  # a quotation that goes on
    ],
)
def test_unattributed_claim(text: str, expected: bool) -> None:
    out = run(text, [], verbs={"deployed": "deploy", "visited": "visit", "grown": "grow", "become": "become"})
    got = [f for f in out if f.code == "UNATTRIBUTED-CLAIM"]
    assert bool(got) is expected
    if got:
        assert got[0].severity == "info" and got[0].evidence == text


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # the question put to someone ("Asked whether …", "wonder whether …") asserts nothing
        ("wonder", False),
        # NEGATIVE: a cue that reports something, with no source, leaves the claim unattributed
        ("learn", True),
    ],
)
def test_unattributed_claim_not_on_a_question_put_to_someone(cue: str, expected: bool) -> None:
    text = f"Residents {cue} whether the firm will cut 200 jobs."
    out = run(text, [("", cue, "whether the firm will cut 200 jobs", False)], verbs={cue: cue, "cut": "cut"})
    assert ("UNATTRIBUTED-CLAIM" in codes(out)) is expected


def test_unattributed_claim_negative_when_sourced() -> None:
    text = "The army deployed 1,000 troops, the ministry said."
    out = run(
        text, [("the ministry", "said", "The army deployed 1,000 troops", True)], verbs={"deployed": "deploy"}
    )
    assert "UNATTRIBUTED-CLAIM" not in codes(out)


def test_quote_without_speaker() -> None:
    orphan = "The crowd gathered. “We will fight until the very end of this war.” The square emptied."
    got = [f for f in run(orphan, []) if f.code == "QUOTE-NO-SPEAKER"]
    assert len(got) == 1 and got[0].evidence == "“We will fight until the very end of this war.”"
    assert got[0].claim == "c2"
    # negative: the speaker is given
    spoken = "“We will fight until the very end of this war,” Zelensky said."
    assert "QUOTE-NO-SPEAKER" not in codes(
        run(spoken, [("Zelensky", "said", "We will fight until the very end of this war", True)])
    )
    # negative: a scare quote is not speech
    assert "QUOTE-NO-SPEAKER" not in codes(run("He dismissed the reports as “fake news.”", []))
    # negative: a quote paragraph continuing the previous speaker's quote
    cont = (
        "“We see a growing alliance,” Zelensky said.\n\n“This is no longer just about transferring weapons.”"
    )
    parsed = parse(cont)
    a = attribution(
        parsed,
        "a1",
        source="Zelensky",
        cue="said",
        content="We see a growing alliance",
        named=True,
        quote=True,
    )
    found = find_findings(parsed, claims(parsed, (a,)), (a,))
    assert "QUOTE-NO-SPEAKER" not in codes(found)


def test_one_anonymous_finding_per_source_and_claim_link() -> None:
    text = "A source said the talks had stalled. The envoy left, the source said."
    parsed = parse(text)
    a1 = attribution(
        parsed, "a1", source="A source", cue="said", content="the talks had stalled", name="a source"
    )
    a2 = attribution(parsed, "a2", source="the source", cue="said", content="The envoy left", name="a source")
    atts = annotate_anonymity(parsed, (a1, a2))
    found = find_findings(parsed, claims(parsed, atts), atts)
    reasons = [f for f in found if f.code == "ANON-NO-REASON"]
    assert len(reasons) == 1 and reasons[0].claim == "c1" and reasons[0].evidence == "A source"


def test_findings_annotate_missing_anonymity_and_sort() -> None:
    text = "Experts have speculated on the aid. A source said the plan was over."
    parsed = parse(text)
    atts: tuple[Attribution, ...] = (
        attribution(parsed, "a1", source="Experts", cue="speculated", content=None),
        attribution(parsed, "a2", source="A source", cue="said", content="the plan was over"),
    )
    found = find_findings(parsed, claims(parsed, atts), atts)  # not annotated beforehand
    assert found[0].code == "ANON-VAGUE-COLLECTIVE"
    assert [f.start for f in found] == sorted(f.start for f in found)


def test_empty_article() -> None:
    parsed: ParsedArticle = parse("")
    assert find_findings(parsed, (), ()) == ()


def test_registry() -> None:
    rows = registry_rows()
    assert [r["code"] for r in rows] == list(REGISTRY)
    assert len(REGISTRY) == 9
    for code, kind in REGISTRY.items():
        assert re.fullmatch(r"[A-Z]+(-[A-Z]+)+", code) and kind.code == code
        assert kind.severity in ("error", "warning", "info")
        fields = {name for _, name, _, _ in string.Formatter().parse(kind.template) if name}
        assert fields, code  # every message is filled from evidence
        assert kind.title and kind.explanation
    assert REGISTRY["UNATTRIBUTED-CLAIM"].severity == "info"


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # an office with one holder identifies the speaker: a coreference gap, not anonymity
        (
            "The Ukrainian president said the alliance was growing.",
            "The Ukrainian president",
            "said",
            "the alliance was growing",
        ),
        (
            "Russia’s foreign minister said the alliance was growing.",
            "Russia’s foreign minister",
            "said",
            "the alliance was growing",
        ),
        # a source span cut out of a word is a bad span, not an anonymous source
        (
            "Defense Minister Kim Yong-hyun said the alliance was growing.",
            "hyun",
            "said",
            "the alliance was growing",
        ),
        # an unresolved pronoun
        ("He said the alliance was growing.", "He", "said", "the alliance was growing"),
        # a document of rules is no anonymous person
        (
            "She has 10 days to decide, according to the city charter.",
            "the city charter",
            "according to",
            "She has 10 days to decide",
        ),
    ],
)
def test_not_anonymous(text: str, source: str, cue: str, content: str) -> None:
    assert not (codes(run(text, [(source, cue, content, False)])) & ANON)


def test_indefinite_office_is_anonymous() -> None:
    got = codes(
        run(
            "A minister said the alliance was growing.",
            [("A minister", "said", "the alliance was growing", False)],
        )
    )
    assert {"ANON-NO-REASON", "ANON-NO-DESCRIPTION"} <= got


def test_hedge_modifying_a_noun_is_not_a_hedged_claim() -> None:
    text = "In light of these alleged transfers, the minister resigned."
    parsed = parse(text)
    words = tuple(
        w.model_copy(update={"upos": "ADJ", "deprel": "amod"}) if w.text == "alleged" else w
        for w in parsed.sentences[0].words
    )
    sentence = parsed.sentences[0].model_copy(update={"words": words})
    parsed = parsed.model_copy(update={"sentences": (sentence,)})
    (c,) = claims(parsed, ())
    start = text.index("alleged")
    hedge = TextSpan(start=start, end=start + 7, text="alleged")
    c = c.model_copy(update={"hedged": True, "hedges": (hedge,)})
    assert "HEDGED-UNSOURCED" not in codes(find_findings(parsed, (c,), ()))
    # the same word as an adverbial hedge of the clause is flagged
    plain = parse("The minister allegedly resigned.")
    assert "HEDGED-UNSOURCED" in codes(find_findings(plain, claims(plain, ()), ()))


def test_small_number_words_are_not_figures() -> None:
    parsed = parse("The two nations have grown closer.")
    words = tuple(
        w.model_copy(update={"upos": "NUM"}) if w.text == "two" else w for w in parsed.sentences[0].words
    )
    sentence = parsed.sentences[0].model_copy(update={"words": words})
    parsed = parsed.model_copy(update={"sentences": (sentence,)})
    assert find_findings(parsed, claims(parsed, ()), ()) == ()
    assert "UNATTRIBUTED-CLAIM" in codes(run("The three nations sent 40 envoys.", []))


def test_registry_markdown_lists_every_code() -> None:
    from auditor.findings import registry_markdown

    table = registry_markdown()
    assert all(f"`{code}`" in table for code in REGISTRY)
    assert len(table.strip().splitlines()) == len(REGISTRY) + 2


def test_docs_findings_is_current() -> None:
    from pathlib import Path

    from auditor.findings import registry_markdown

    doc = Path(__file__).resolve().parents[1] / "docs" / "findings.md"
    assert doc.read_text(encoding="utf-8").endswith(registry_markdown()), "regenerate docs/findings.md"


@pytest.mark.parametrize(
    ("text", "until"),
    [
        # the mark is never closed: the quote runs to the paragraph end
        (
            "The chair said: “Every contract will be reviewed this spring.\n\nThe council met.",
            "paragraph end",
        ),
        # a second opening mark while the first is open
        ("He wrote “we are done and “nobody cares” afterwards.", "next quotation mark"),
        # NEGATIVES: a closed quote; a quote continued in the next paragraph, which reopens it
        ("The chair said: “Every contract will be reviewed this spring.”", None),
        ("The chair said: “Every contract will be reviewed.\n\n“And every invoice will be paid.”", None),
    ],
)
def test_quote_unclosed(text: str, until: str | None) -> None:
    from auditor.quotes import find_quotes

    parsed = parse(text)
    found = [
        f
        for f in find_findings(parsed, claims(parsed, ()), (), quotes=find_quotes(parsed))
        if f.code == "QUOTE-UNCLOSED"
    ]
    if until is None:
        assert found == []
    else:
        (f,) = found
        assert f.severity == "info" and f.evidence.startswith("“") and until in f.message
        assert text[f.start : f.end] == f.evidence


def test_quote_stage_output_is_used_when_given() -> None:
    from auditor.models import QuoteSpan, Span

    text = "The crowd gathered. “We will fight until the very end of this war.” The square emptied."
    parsed = parse(text)
    s, e = text.index("“"), text.index("”") + 1
    q = QuoteSpan(
        start=s,
        end=e,
        inner=Span(start=s + 1, end=e - 1),
        text=text[s + 1 : e - 1],
        open_mark="“",
        close_mark="”",
        sentences=(1,),
    )
    cs = claims(parsed, ())
    assert [f.code for f in find_findings(parsed, cs, (), quotes=(q,))] == ["QUOTE-NO-SPEAKER"]
    assert find_findings(parsed, cs, (), quotes=()) == ()  # the quote stage found no quote


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab reportedly 1990 June “”".,\n')), max_size=120))
def test_findings_point_into_any_text(text: str) -> None:
    parsed = parse(text)
    for f in find_findings(parsed, claims(parsed, ()), ()):
        assert 0 <= f.start <= f.end <= len(text) and text[f.start : f.end] == f.evidence
        assert f.code in REGISTRY and f.claim is not None


@pytest.mark.parametrize(
    ("text", "source", "kind", "expected"),
    [
        ("A senior official said the talks failed.", "A senior official", "person", 1),
        ("Officials said the talks failed, speaking on condition of anonymity.", "Officials", "group", 1),
        # no ANON-NO-REASON, and the score must not count them either: a one-holder office (a
        # coreference gap), a stated reason, a vague collective, a document, a span cutting a word
        ("The Ukrainian president said the talks failed.", "The Ukrainian president", "person", 0),
        (
            "Officials, who spoke on condition of anonymity because they were not authorized to discuss "
            "the talks, said the talks failed.",
            "Officials",
            "group",
            0,
        ),
        ("Experts said the talks failed.", "Experts", "group", 0),
        ("A leaked report said the talks failed.", "A leaked report", "document", 0),
        ("Kim Yong-hyun said the talks failed.", "hyun", "person", 0),
    ],
)
def test_score_counts_exactly_the_sources_anon_no_reason_flags(
    text: str, source: str, kind: str, expected: int
) -> None:
    """Scoring and findings share one predicate (``anonymity.without_reason``) for "no reason given"."""
    parsed = parse(text)
    atts = annotate_anonymity(
        parsed,
        (attribution(parsed, "a1", source=source, cue="said", content="the talks failed", kind=kind),),  # type: ignore[arg-type]
    )
    made = claims(parsed, atts)
    found = find_findings(parsed, made, atts)
    flagged = [f for f in found if f.code == "ANON-NO-REASON"]
    assert len(flagged) == expected
    assert score_article(made, found, ()).anonymous_without_reason == expected


# ---------------------------------------------------------------- opinion, repeated and plural sources


@pytest.mark.parametrize(
    ("text", "source", "content", "fires"),
    [
        (
            "Sources said the delay was a disaster that will ruin the mayor's budget.",
            "Sources",
            "the delay was a disaster that will ruin the mayor's budget",
            True,
        ),
        (
            "A source said the move would surely doom the budget.",
            "A source",
            "the move would surely doom the budget",
            True,
        ),
        ("A source said the project was a fiasco.", "A source", "the project was a fiasco", True),
        # negatives: facts, a disaster as an event, not a judgement
        ("Sources said the city paid 12 invoices late.", "Sources", "the city paid 12 invoices late", False),
        ("A source said the disaster killed 12 people.", "A source", "the disaster killed 12 people", False),
        # a plan or schedule in the passive is no prediction; the same verb without one is
        (
            "A source said the vote would be streamed online.",
            "A source",
            "the vote would be streamed online",
            False,
        ),
        ("A source said the vote would be close.", "A source", "the vote would be close", True),
    ],
)
def test_anon_opinion(text: str, source: str, content: str, fires: bool) -> None:
    found = run(text, [(source, "said", content, False)])
    assert ("ANON-OPINION" in codes(found)) is fires


def test_anon_opinion_needs_an_anonymous_source() -> None:
    text = "Mayor Ana Ruiz said the delay was a disaster."
    assert "ANON-OPINION" not in codes(
        run(text, [("Mayor Ana Ruiz", "said", "the delay was a disaster", True)])
    )


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (  # "The source" is the "A source" of the sentence before: one finding each
            "A source said the contractor missed inspections. The source added that work would slip.",
            [
                ("A source", "said", "the contractor missed inspections", False),
                ("The source", "added", "that work would slip", False),
            ],
            1,
        ),
        (  # negative: another source is another source
            "A source said the contractor missed inspections. Another source said that work would slip.",
            [
                ("A source", "said", "the contractor missed inspections", False),
                ("Another source", "said", "that work would slip", False),
            ],
            2,
        ),
    ],
)
def test_repeated_source_gets_one_finding(text: str, specs: list[Spec], expected: int) -> None:
    found = run(text, specs, verbs={"added": "add", "said": "say"})
    for code in ("ANON-NO-REASON", "ANON-NO-DESCRIPTION"):
        hits = [f for f in found if f.code == code]
        assert len(hits) == expected, code
        assert hits[0].evidence == "A source"


@pytest.mark.parametrize(
    ("second", "source", "cue", "fires"),
    [
        ("The source added that work would slip.", "The source", "added", True),
        ("Other sources said that work would slip.", "Other sources", "said", False),  # negative
    ],
)
def test_plural_then_single_source(second: str, source: str, cue: str, fires: bool) -> None:
    text = "Sources said the contractor missed inspections. " + second
    specs: list[Spec] = [
        ("Sources", "said", "the contractor missed inspections", False),
        (source, cue, "that work would slip", False),
    ]
    found = run(text, specs)
    assert ("ANON-PLURAL-SINGLE" in codes(found)) is fires


# ---------------------------------------------------------------- one finding per source, however often named


@pytest.mark.parametrize(
    ("text", "specs", "code", "expected"),
    [
        (  # "The source" after "Sources": one source, one finding of each kind
            "Sources said the pier was shut. The source added that ferries had stopped.",
            [("Sources", "said", None, False), ("The source", "added", None, False)],
            "ANON-NO-REASON",
            ["Sources"],
        ),
        (
            "Sources said the pier was shut. The source added that ferries had stopped.",
            [("Sources", "said", None, False), ("The source", "added", None, False)],
            "ANON-NO-DESCRIPTION",
            ["Sources"],
        ),
        (  # "the official" after the one earlier unnamed source; described where it was introduced
            "A source close to the mayor said the pier was shut. "
            "The official added that ferries had stopped.",
            [("A source close to the mayor", "said", None, False), ("The official", "added", None, False)],
            "ANON-NO-REASON",
            ["A source close to the mayor"],
        ),
        (
            "A source close to the mayor said the pier was shut. "
            "The official added that ferries had stopped.",
            [("A source close to the mayor", "said", None, False), ("The official", "added", None, False)],
            "ANON-NO-DESCRIPTION",
            [],
        ),
        (  # the later mention says who the one source is, in an appositive: described
            "A source said the pier was shut. The source, a senior official at the port agency, added "
            "that ferries had stopped.",
            [
                ("A source", "said", None, False),
                ("The source, a senior official at the port agency", "added", None, False),
            ],
            "ANON-NO-DESCRIPTION",
            [],
        ),
        (
            "Experts said the pier was unsafe. The experts added that repairs would take years.",
            [("Experts", "said", None, False), ("The experts", "added", None, False)],
            "ANON-VAGUE-COLLECTIVE",
            ["Experts"],
        ),
        # negatives: genuinely different anonymous sources keep a finding each
        (
            "A source said the pier was shut. Another source said that ferries had stopped.",
            [("A source", "said", None, False), ("Another source", "said", None, False)],
            "ANON-NO-REASON",
            ["A source", "Another source"],
        ),
        (
            "A source said the pier was shut. A diplomat said the talks failed. The official added that "
            "ferries had stopped.",
            [
                ("A source", "said", None, False),
                ("A diplomat", "said", None, False),
                ("The official", "added", None, False),
            ],
            "ANON-NO-REASON",
            ["A source", "A diplomat", "The official"],
        ),
        (
            "Experts said the pier was unsafe. Critics said that repairs would take years.",
            [("Experts", "said", None, False), ("Critics", "said", None, False)],
            "ANON-VAGUE-COLLECTIVE",
            ["Experts", "Critics"],
        ),
    ],
)
def test_one_finding_per_source(text: str, specs: list[Spec], code: str, expected: list[str]) -> None:
    found = [f for f in run(text, specs, verbs={"said": "say", "added": "add"}) if f.code == code]
    assert [f.evidence for f in found] == expected


def test_the_repeat_is_named_in_the_message() -> None:
    text = "Sources said the pier was shut. The source added that ferries had stopped."
    specs: list[Spec] = [("Sources", "said", None, False), ("The source", "added", None, False)]
    for f in run(text, specs):
        if f.code in ("ANON-NO-REASON", "ANON-NO-DESCRIPTION"):
            assert f.claim == "c1"
            assert "referred to again as “The source” in claim c2" in f.message
    # negative: a source named once has no such note
    single = run("Sources said the pier was shut.", [("Sources", "said", None, False)])
    assert single and not any("referred to again" in f.message for f in single)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a paper titled ''How to Keep Small Harbour Ferries Running''", True),
        ("a column headlined “Why the vote matters to all of us”", True),
        ("the report, “Voting Rights In The Modern South”", True),  # title case
        # NEGATIVES: speech, and a short phrase in quotation marks
        ("she said “we will win this race and then some”", False),
        ("“the burden of debt” is one goal", False),
    ],
)
def test_quoted_title(text: str, expected: bool) -> None:
    q = text.index("“") if "“" in text else text.index("''")
    inner = text[q:].split("”")[0].strip("“'")
    assert _title(text, q, inner) is expected


@pytest.mark.parametrize(
    ("text", "source", "cue", "update", "flagged"),
    [
        ("An EPA spokesman said the inquiry was over.", "An EPA spokesman", "said", {}, True),
        # NEGATIVES: a negated cue and a question tell nothing, so the source is not judged
        (
            "An EPA spokesman did not respond to a request for comment.",
            "An EPA spokesman",
            "respond",
            {"negated": True},
            False,
        ),
        ("A reporter asked whether the inquiry was over.", "A reporter", "asked", {"lemma": "ask"}, False),
    ],
)
def test_anonymity_findings_need_a_source_that_tells_something(
    text: str, source: str, cue: str, update: dict[str, object], flagged: bool
) -> None:
    parsed = parse(text)
    a = attribution(parsed, "a1", source=source, cue=cue)
    assert a.cue is not None
    a = a.model_copy(update={"cue": a.cue.model_copy(update=update)})
    atts = annotate_anonymity(parsed, (a,))
    cl = claims(parsed, atts)
    found = find_findings(parsed, cl, atts)
    assert ("ANON-NO-REASON" in codes(found)) is flagged
    # the score judges the same mentions as the findings
    assert score_article(cl, found, ()).anonymous_without_reason == int(flagged)


@pytest.mark.parametrize(
    ("subject", "upos", "flagged"),
    [
        ("Okafor", "PROPN", False),  # the subject of the main verb is who the woven-in words are credited to
        ("officials", "NOUN", False),  # a source noun
        ("survey", "NOUN", False),  # a document quoted
        ("climate", "NOUN", True),  # NEGATIVE: no person or document holds the words
    ],
)
def test_partial_quote_credited_to_the_subject(subject: str, upos: str, flagged: bool) -> None:
    text = f"The {subject} bemoaned a time when neighbours “shout past each other for hours” at meetings."
    parsed = parse(text)
    (s,) = parsed.sentences
    verb = next(w for w in s.words if w.text == "bemoaned")
    words = tuple(
        w.model_copy(update={"deprel": "root", "upos": "VERB"})
        if w is verb
        else w.model_copy(update={"deprel": "nsubj", "head": verb.index, "upos": upos})
        if w.text == subject
        else w
        for w in s.words
    )
    parsed = parsed.model_copy(update={"sentences": (s.model_copy(update={"words": words}),)})
    found = find_findings(parsed, claims(parsed, ()), ())
    assert ("QUOTE-NO-SPEAKER" in codes(found)) is flagged


# ---------------------------------------------------------------- relative clauses describe, not source


def _relative_parse(text: str, pronoun: str, verb: str) -> tuple[ParsedArticle, int]:
    """``text`` parsed by the helper, with ``pronoun`` made the subject of ``verb`` (as Stanza links a
    relative clause); returns the parse and the verb's index."""
    parsed = parse(text, verbs={verb: verb, "said": "say"})
    (s,) = parsed.sentences
    v = next(w for w in s.words if w.text == verb)
    words = tuple(
        w.model_copy(update={"head": v.index, "deprel": "nsubj"}) if w.text == pronoun else w for w in s.words
    )
    return parsed.model_copy(update={"sentences": (s.model_copy(update={"words": words}),)}), v.index


@pytest.mark.parametrize(
    ("text", "source", "pronoun", "verb", "fires"),
    [
        (
            "He toured the harbour with a popular mayor who endorsed him.",
            "a popular mayor",
            "who",
            "endorsed",
            False,
        ),
        ("Allies reached those who believe the vote was rigged.", "those", "who", "believe", False),
        # NEGATIVES: the source is the verb's own subject, not described by a relative clause
        ("A senior official said the vote was rigged.", "A senior official", "official", "said", True),
        # a relative pronoun that is not right after the source phrase
        ("A senior official said who endorsed him.", "A senior official", "who", "endorsed", True),
    ],
)
def test_relative_clause_describes_rather_than_sources(
    text: str, source: str, pronoun: str, verb: str, fires: bool
) -> None:
    parsed, head = _relative_parse(text, pronoun, verb)
    att = attribution(parsed, "a1", source=source, cue=verb, content="him" if "him" in text else "the vote")
    assert att.cue is not None
    att = att.model_copy(update={"cue": att.cue.model_copy(update={"head": head})})
    atts = annotate_anonymity(parsed, (att,))
    codes = {f.code for f in find_findings(parsed, claims(parsed, atts), atts)}
    assert ("ANON-NO-REASON" in codes) is fires, codes


def test_score_leaves_out_relative_descriptions_as_the_findings_do() -> None:
    parsed, head = _relative_parse(
        "He toured the harbour with a popular mayor who endorsed him.", "who", "endorsed"
    )
    att = attribution(parsed, "a1", source="a popular mayor", cue="endorsed", content="him")
    assert att.cue is not None
    atts = annotate_anonymity(
        parsed, (att.model_copy(update={"cue": att.cue.model_copy(update={"head": head})}),)
    )
    made = build_claims(parsed, atts, ())  # the claims stage itself: it sets ClaimCue.informs
    assert made[0].cue is not None and not made[0].cue.informs
    assert score_article(made, find_findings(parsed, made, atts), ()).anonymous_without_reason == 0


_THEY_EXPECT = [
    ("Sources", "source", "NOUN", 2, "nsubj"),
    ("said", "say", "VERB", 0, "root"),
    ("they", "they", "PRON", 4, "nsubj"),
    ("expect", "expect", "VERB", 2, "ccomp"),
    ("delays", "delay", "NOUN", 4, "obj"),
]
_CITIES_EXPECT = [
    ("Sources", "source", "NOUN", 2, "nsubj"),
    ("said", "say", "VERB", 0, "root"),
    ("savings", "saving", "NOUN", 4, "nsubj"),
    ("lag", "lag", "VERB", 2, "ccomp"),
    ("what", "what", "PRON", 4, "obj"),
    ("cities", "city", "NOUN", 7, "obl"),  # the mini parser's slip: the subject as an oblique
    ("expect", "expect", "VERB", 5, "acl:relcl"),
]


@pytest.mark.parametrize(
    ("rows", "fires"),
    [
        # the source's own prediction
        (_THEY_EXPECT, True),
        # NEGATIVE: a view the source reports about others ("cities expect") is no opinion of its own
        (_CITIES_EXPECT, False),
    ],
)
def test_anon_opinion_is_the_sources_own_view(
    rows: list[tuple[str, str, str, int, str]], fires: bool
) -> None:
    from tree_helpers import article_from_rows

    parsed = article_from_rows(rows)
    text = parsed.article.text
    content = text[text.index(rows[2][0]) :]
    atts = annotate_anonymity(
        parsed, (attribution(parsed, "a1", source="Sources", cue="said", content=content),)
    )
    found = find_findings(parsed, claims(parsed, atts), atts)
    assert ("ANON-OPINION" in codes(found)) is fires
