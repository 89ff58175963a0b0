"""Claims: every body sentence gets at least one claim with a sourcing class and a reason."""

from __future__ import annotations

import string

import pytest
from claim_helpers import attr, build, quotes_of
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.claims import build_claims
from auditor.coref import resolve_sources
from auditor.models import Attribution, Claim, Cue, ParsedArticle, Source, Span


def claims_of(p: ParsedArticle, *attributions: Attribution) -> tuple[Claim, ...]:
    return build_claims(p, resolve_sources(p, attributions), quotes_of(p))


def test_named_quote_reason_and_fields() -> None:
    p = build(["The war goes on. “This looks like fake news,” Peskov told reporters."])
    t = p.article.text
    a = attr(p, "a1", source="Peskov", cue="told", content="This looks like fake news", quote=True)
    c1, c2 = claims_of(p, a)
    assert (c1.id, c1.sourcing, c1.reason) == ("c1", "unattributed", "no source: background statement")
    assert (c2.id, c2.sourcing, c2.attribution) == ("c2", "named", "a1")
    assert c2.reason == "quote attributed to Peskov by 'told' (sentence 2)"
    assert c2.cue is not None and t[c2.cue.start : c2.cue.end] == "told" == c2.cue.text
    assert c2.quote == "This looks like fake news" and c2.content == a.content
    assert (c2.start, c2.end, c2.sentence_index, c2.paragraph) == (17, len(t), 1, 0)


def test_two_attributions_in_one_sentence_give_two_claims() -> None:
    p = build(["Zelensky said troops arrived, but Peskov denied that any had come."])
    a1 = attr(p, "a1", source="Zelensky", cue="said", content="troops arrived")
    a2 = attr(p, "a2", source="Peskov", cue="denied", content="that any had come")
    c1, c2 = claims_of(p, a2, a1)  # input order does not matter: claims follow the cues
    assert (c1.start, c1.end) == (c2.start, c2.end)
    assert (c1.attribution, c2.attribution) == ("a1", "a2")
    assert c1.content != c2.content and c1.cue != c2.cue


def test_duplicate_attribution_for_one_cue_gives_one_claim() -> None:
    p = build(["Zelensky said troops arrived."])
    a1 = attr(p, "a1", source="Zelensky", cue="said", content="troops arrived")
    assert len(claims_of(p, a1, a1.model_copy(update={"id": "a2"}))) == 1


def test_sentence_covered_by_multi_sentence_content() -> None:
    p = build(["Zelensky said: “We see an alliance. It is about people now. Help us.”"])
    t = p.article.text
    a = attr(p, "a1", source="Zelensky", cue="said", content=t[t.index("“") + 1 : t.index("”")], quote=True)
    claims = claims_of(p, a)
    assert [c.sourcing for c in claims] == ["named"] * 3
    assert claims[1].reason == "covered by the quote attributed to Zelensky in sentence 1"
    assert claims[1].cue is not None and claims[1].cue.text == "said"


def test_quote_paragraph_continues_the_previous_quote() -> None:
    p = build(
        [
            "“We see an alliance,” Zelensky said.",
            "“This is no longer about weapons.”",
            "“Help us.”",
            "Rain fell.",
        ]
    )
    a = attr(p, "a1", source="Zelensky", cue="said", content="We see an alliance", quote=True)
    claims = claims_of(p, a)
    assert [c.sourcing for c in claims] == ["named", "named", "named", "unattributed"]
    assert claims[2].reason == "quotation continuing the quote attributed to Zelensky in sentence 1"


def test_quote_without_speaker_after_unquoted_sentence_is_unattributed() -> None:
    p = build(["Rain fell.", "“This is no longer about weapons.”"])
    claims = claims_of(p)
    assert claims[1].sourcing == "unattributed" and claims[1].reason == "quotation with no speaker found"


def test_anonymous_source() -> None:
    p = build(["A source within Ukrainian intelligence said some soldiers died."])
    a = attr(p, "a1", source="A source within Ukrainian intelligence", cue="said", named=False)
    (c,) = claims_of(p, a)
    assert c.sourcing == "anonymous"
    assert (
        c.reason == "statement attributed to unnamed source 'A source within Ukrainian intelligence' "
        "by 'said' (sentence 1)"
    )


def test_unresolved_pronoun_is_anonymous_and_says_so() -> None:
    p = build(
        ["Dmitry Peskov met Volodymyr Zelensky.", "He said talks failed."],
        ner={"Peskov": "PERSON", "Zelensky": "PERSON"},
    )
    t = p.article.text
    a = attr(p, "a1", source="He", cue="said", named=False, after=t.index("He"))
    c = claims_of(p, a)[1]
    assert c.sourcing == "anonymous"
    assert "unresolved pronoun 'He'" in c.reason and "could be" in c.reason


def test_pronoun_resolved_to_unnamed_source_stays_anonymous() -> None:
    p = build(["Officials said the dam holds.", "They added that repairs start soon."])
    t = p.article.text
    a1 = attr(p, "a1", source="Officials", cue="said", named=False, kind="group")
    a2 = attr(p, "a2", source="They", cue="added", named=False, kind="unknown", after=t.index("They"))
    c = claims_of(p, a1, a2)[1]
    assert c.sourcing == "anonymous"
    assert c.reason.startswith("statement attributed to unnamed source 'Officials' (as 'They') by 'added'")


def test_resolved_pronoun_is_named() -> None:
    p = build(["Dmitry Peskov spoke.", "He said talks failed."], ner={"Peskov": "PERSON"})
    t = p.article.text
    c = claims_of(p, attr(p, "a1", source="He", cue="said", named=False, after=t.index("He")))[1]
    assert c.sourcing == "named" and c.source is not None and c.source.name == "Dmitry Peskov"
    assert c.reason.startswith(
        "statement attributed to Dmitry Peskov by 'said' (sentence 2); pronoun 'He' -> "
    )


def test_cue_without_source_is_unattributed_and_hedged() -> None:
    p = build(["It was reported that the talks failed."])
    a = attr(p, "a1", source=None, cue="It was reported", content="the talks failed")
    (c,) = claims_of(p, a)
    assert (c.sourcing, c.hedged, c.attribution) == ("unattributed", True, "a1")
    assert [h.text for h in c.hedges] == ["It was reported"]
    assert c.reason == "hedged with 'It was reported' and no source"


def test_active_cue_without_source_is_unattributed_not_hedged() -> None:
    p = build(["In October, the council flagged shipments of arms."])
    a = attr(p, "a1", source=None, cue="flagged", content="shipments of arms")
    (c,) = claims_of(p, a)
    assert (c.sourcing, c.hedged) == ("unattributed", False)
    assert c.reason == "no source: cue 'flagged' found but no one named or described as saying it"


def test_hedge_without_source() -> None:
    p = build(["Some of these personnel have reportedly been killed in eastern Ukraine."])
    (c,) = claims_of(p)
    assert (c.sourcing, c.hedged) == ("unattributed", True)
    assert c.reason == "hedged with 'reportedly' and no source"
    assert p.article.text[c.hedges[0].start : c.hedges[0].end] == "reportedly"


def test_hedge_inside_quote_is_not_a_hedge() -> None:
    p = build(["Peskov called the report “reportedly false” on Monday."])
    a = attr(p, "a1", source="Peskov", cue="called")
    (c,) = claims_of(p, a)
    assert c.hedged is False and c.hedges == ()


def test_hedge_goes_to_the_clause_that_holds_it() -> None:
    p = build(["Zelensky said troops reportedly arrived, but Peskov denied it."])
    a1 = attr(p, "a1", source="Zelensky", cue="said", content="troops reportedly arrived")
    a2 = attr(p, "a2", source="Peskov", cue="denied", content="it")
    c1, c2 = claims_of(p, a1, a2)
    assert (c1.hedged, c2.hedged) == (True, False)


def test_conllu_fixture_hedge(conllu_article) -> None:  # type: ignore[no-untyped-def]
    p = conllu_article("reportedly_hedge")
    (c,) = build_claims(p, (), ())
    assert (c.sourcing, c.hedged, [h.text for h in c.hedges]) == ("unattributed", True, ["reportedly"])


# ---------------------------------------------------------------- invariants

_word = st.text(alphabet=string.ascii_letters, min_size=1, max_size=8)
_sentence = st.lists(_word, min_size=1, max_size=8).map(lambda ws: " ".join(ws) + ".")
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(_paragraph, min_size=1, max_size=4), picks=st.lists(st.integers(0, 50), max_size=6)
)
def test_claims_cover_every_sentence_with_true_offsets(paragraphs: list[str], picks: list[int]) -> None:
    p = build(paragraphs)
    t = p.article.text
    attributions = []
    for n, pick in enumerate(picks):
        s = p.sentences[pick % len(p.sentences)]
        w = s.words[pick % len(s.words)]
        cue = Cue(
            start=w.start, end=w.end, text=w.text, kind="other", lemma=w.text, sentence=s.index, rule="t"
        )
        src = Source(
            start=w.start, end=w.end, mention=w.text, name=w.text, kind="person", named=pick % 2 == 0
        )
        attributions.append(
            Attribution(
                id=f"a{n}",
                sentence=s.index,
                cue=cue,
                source=None if pick % 3 == 0 else src,
                content=Span(start=s.start, end=s.end),
                rule="t",
            )
        )
    claims = build_claims(p, resolve_sources(p, tuple(attributions)), quotes_of(p))
    assert [c.id for c in claims] == [f"c{i + 1}" for i in range(len(claims))]
    assert {c.sentence_index for c in claims} == {s.index for s in p.sentences}
    for c in claims:
        assert 0 <= c.start <= c.end <= len(t)
        assert t[c.start : c.end] == c.sentence
        assert c.reason
        if c.cue is not None:
            assert t[c.cue.start : c.cue.end] == c.cue.text
        for h in c.hedges:
            assert t[h.start : h.end] == h.text


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "hedges"),
    [
        ("The vote is expected to be close.", "is expected", "to be close", True),
        ("It was reported that the pier closed.", "reported", "that the pier closed", True),
        # NEGATIVES: the cue stage decided these hedge nothing (a request; a passive about a thing)
        ("She was asked to give a talk.", "was asked", "to give a talk", False),
        ("Unions fought the tax ever since it was proposed.", "proposed", "Unions fought the tax", False),
    ],
)
def test_a_sourceless_cue_hedges_the_claim_as_the_cue_says(
    sentence: str, cue: str, content: str | None, hedges: bool
) -> None:
    p = build([sentence])
    a = attr(p, "a1", source=None, cue=cue, content=content)
    assert a.cue is not None
    a = a.model_copy(update={"cue": a.cue.model_copy(update={"kind": "passive", "hedges": hedges})})
    (c,) = claims_of(p, a)
    assert (c.sourcing, c.hedged) == ("unattributed", hedges)
    # the reason agrees with the hedge list: "hedged with 'proposed'" beside no hedge misled readers
    assert c.reason.startswith("hedged with") is hedges


def test_claim_cue_says_whether_it_informs() -> None:
    p = build(["An aide said troops arrived. A spokesman did not respond to questions."])
    a1 = attr(p, "a1", source="An aide", cue="said", content="troops arrived", named=False)
    a2 = attr(p, "a2", source="A spokesman", cue="respond", named=False)
    assert a2.cue is not None
    a2 = a2.model_copy(update={"cue": a2.cue.model_copy(update={"negated": True})})
    c1, c2 = claims_of(p, a1, a2)
    assert c1.cue is not None and c1.cue.informs is True
    assert c2.cue is not None and c2.cue.informs is False  # "did not respond": nothing told
