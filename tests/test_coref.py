"""Coreference of sources: canonical names, name variants, pronouns and role nouns, with negatives."""

from __future__ import annotations

import pytest
from claim_helpers import attr, build
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.coref import resolve_sources
from auditor.models import Attribution, ParsedArticle, Source, TextSpan

# ---------------------------------------------------------------- resolution in context


def resolved(parsed: ParsedArticle, *attributions: Attribution) -> dict[str, Attribution]:
    return {a.id: a for a in resolve_sources(parsed, attributions)}


def test_variants_get_one_canonical_name_and_say_so() -> None:
    p = build(
        [
            "Ukrainian President Volodymyr Zelensky said the war goes on.",
            "Zelenskyy’s aide was there. Zelenskyy said more.",
        ]
    )
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source="Ukrainian President Volodymyr Zelensky", cue="said"),
        attr(p, "a2", source="Zelenskyy", cue="said", after=t.index("Zelenskyy said")),
    )
    assert out["a1"].source and out["a1"].source.name == "Volodymyr Zelensky"
    assert out["a1"].source.resolved_from and "titles stripped" in out["a1"].source.resolved_from
    assert out["a2"].source and out["a2"].source.name == "Volodymyr Zelensky"
    assert out["a2"].source.resolved_from and "name variant 'Zelenskyy'" in out["a2"].source.resolved_from


def test_the_mentions_of_one_named_source_share_the_kind_most_of_them_have() -> None:
    """A surname the mini NER took for a place in one sentence is the person the others say it is."""
    p = build(["Zelensky said the war goes on.", "Zelensky said more.", "Zelensky added a word."])
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source="Zelensky", cue="said", kind="government"),
        attr(p, "a2", source="Zelensky", cue="said", after=t.index("Zelensky said more")),
        attr(p, "a3", source="Zelensky", cue="added", after=t.index("Zelensky added")),
    )
    assert [out[k].source.kind for k in ("a1", "a2", "a3") if out[k].source] == ["person"] * 3


def test_pronoun_single_candidate_resolves_with_kind_and_reason() -> None:
    p = build(["Dmitry Peskov spoke on Sunday.", "He said the report was false."], ner={"Peskov": "PERSON"})
    t = p.article.text
    out = resolved(
        p, attr(p, "a1", source="He", cue="said", named=False, kind="unknown", after=t.index("He"))
    )
    src = out["a1"].source
    assert src is not None
    assert (src.name, src.named, src.kind) == ("Dmitry Peskov", True, "person")
    assert (
        src.resolved_from
        == "pronoun 'He' -> Dmitry Peskov (only candidate person in this or the previous 2 paragraphs, "
        "sentence 1)"
    )
    assert src.mention == "He"


def test_pronoun_with_two_equal_candidates_stays_unresolved() -> None:
    p = build(
        ["Dmitry Peskov met Volodymyr Zelensky on Sunday.", "He said the talks failed."],
        ner={"Peskov": "PERSON", "Zelensky": "PERSON"},
    )
    t = p.article.text
    out = resolved(p, attr(p, "a1", source="He", cue="said", named=False, after=t.index("He")))
    src = out["a1"].source
    assert src is not None and src.named is False and src.name == "He"
    assert src.resolved_from and src.resolved_from.startswith("unresolved pronoun 'He': could be")


def test_pronoun_gender_from_titles_picks_the_matching_person() -> None:
    p = build(
        [
            "Foreign ministry spokeswoman Maria Zakharova spoke first. "
            "Then Kremlin spokesman Dmitry Peskov spoke.",
            "She said the report was false.",
        ]
    )
    t = p.article.text
    out = resolved(p, attr(p, "a1", source="She", cue="said", named=False, after=t.index("She")))
    src = out["a1"].source
    assert src is not None and src.named and src.name == "Maria Zakharova"
    assert src.resolved_from and "only candidate person" in src.resolved_from


def test_unknown_gender_more_recent_makes_pronoun_ambiguous() -> None:
    p = build(
        [
            "Foreign ministry spokeswoman Maria Zakharova spoke first. Then Jordan Peskov spoke.",
            "She said the report was false.",
        ],
        ner={"Peskov": "PERSON"},
    )
    t = p.article.text
    src = resolved(p, attr(p, "a1", source="She", cue="said", named=False, after=t.index("She")))["a1"].source
    assert src is not None and src.named is False
    assert src.resolved_from and "gender of Jordan Peskov unknown" in src.resolved_from


def test_pronoun_gender_learnt_from_earlier_agreement() -> None:
    tail = [
        "Petrova criticised the plan.",
        "Zelensky answered on Monday.",
        "Reporters waited. He said talks go on.",
    ]
    ner = {"Zelensky": "PERSON", "Petrova": "PERSON"}
    p = build(["Zelensky spoke on Sunday.", *tail], ner=ner)
    t = p.article.text
    he = attr(p, "a1", source="He", cue="said", named=False, after=t.index("He said"))
    src = resolve_sources(p, (he,))[0].source
    assert (
        src is not None and src.named is False and "gender of Zelensky unknown" in (src.resolved_from or "")
    )
    p2 = build(["Zelensky spoke on Sunday. He said the war goes on.", *tail], ner=ner)
    t2 = p2.article.text
    he2 = attr(p2, "a1", source="He", cue="said", named=False, after=t2.index("He said talks"))
    src2 = resolve_sources(p2, (he2,))[0].source
    assert src2 is not None and src2.named and src2.name == "Zelensky"
    assert "nearest male" in (src2.resolved_from or "")


def test_pronoun_prefers_the_single_person_of_the_previous_sentence() -> None:
    p = build(
        ["Dmitry Peskov spoke on Sunday.", "Kim Yong-hyun spoke next. He also said more."],
        ner={"Peskov": "PERSON", "Kim": "PERSON"},
    )
    t = p.article.text
    src = resolve_sources(p, (attr(p, "a1", source="He", cue="said", named=False, after=t.index("He")),))[
        0
    ].source
    assert src is not None and src.name == "Kim Yong-hyun"
    assert "only candidate person in the previous sentence" in (src.resolved_from or "")


def test_ner_person_that_is_no_subject_is_no_candidate() -> None:
    p = build(
        ["Reporters spoke of North Koreans.", "He said the report was false."],
        ner={"Koreans": "PERSON"},
        subjects=(),
    )
    t = p.article.text
    src = resolve_sources(p, (attr(p, "a1", source="He", cue="said", named=False, after=t.index("He")),))[
        0
    ].source
    assert src is not None and src.named is False and "no person of that gender" in (src.resolved_from or "")


def test_it_does_not_resolve_to_a_person() -> None:
    p = build(
        ["Volodymyr Zelensky spoke on Sunday.", "It said the report was false."], ner={"Zelensky": "PERSON"}
    )
    t = p.article.text
    src = resolved(
        p, attr(p, "a1", source="It", cue="said", named=False, kind="unknown", after=t.index("It"))
    )["a1"].source
    assert src is not None and src.named is False
    assert src.resolved_from and "no organisation" in src.resolved_from


def test_it_resolves_to_an_organisation() -> None:
    p = build(["Acme Corp cut jobs on Sunday.", "It said profits fell."], ner={"Acme": "ORG", "Corp": "ORG"})
    t = p.article.text
    src = resolved(
        p, attr(p, "a1", source="It", cue="said", named=False, kind="unknown", after=t.index("It"))
    )["a1"].source
    assert src is not None and (src.name, src.named, src.kind) == ("Acme Corp", True, "organization")


def test_pronoun_out_of_window_stays_unresolved() -> None:
    p = build(
        ["Dmitry Peskov spoke on Sunday.", "Rain fell.", "Snow fell.", "He said the report was false."],
        ner={"Peskov": "PERSON"},
    )
    t = p.article.text
    src = resolved(p, attr(p, "a1", source="He", cue="said", named=False, after=t.index("He")))["a1"].source
    assert src is not None and src.named is False and "no person of that gender" in (src.resolved_from or "")


@pytest.mark.parametrize(
    ("source", "pronoun", "resolves"),
    [
        # the head noun says the gender: a later "He" is someone else, "She" is the woman
        ("A woman who accused Paul Reyes", "She", True),
        ("A woman who accused Paul Reyes", "He", False),
        ("The victim's father", "He", True),
        # NEGATIVE: the name inside the phrase is another person's, and says nothing of the source
        ("A witness who accused Paul Reyes", "She", True),
    ],
)
def test_an_unnamed_source_takes_its_gender_from_its_head_noun(
    source: str, pronoun: str, resolves: bool
) -> None:
    p = build([f"{source} said on Monday that the deal was off.", f"{pronoun} described the meeting."])
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source=source, cue="said", named=False),
        attr(p, "a2", source=pronoun, cue="described", named=False, after=t.index(f"{pronoun} described")),
    )
    src = out["a2"].source
    assert src is not None and src.named is False
    assert (src.name == source) is resolves


def test_they_resolves_to_unnamed_group_and_stays_anonymous() -> None:
    p = build(["Officials said the dam holds.", "They said repairs start soon."])
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source="Officials", cue="said", named=False, kind="group"),
        attr(p, "a2", source="They", cue="said", named=False, kind="unknown", after=t.index("They")),
    )
    src = out["a2"].source
    assert src is not None and src.named is False
    assert src.resolved_from and "unnamed source 'Officials'" in src.resolved_from


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("The Ukrainian leader", "Volodymyr Zelensky"),
        ("The Ukrainian president", "Volodymyr Zelensky"),
        ("Ukraine's president", "Volodymyr Zelensky"),
        ("The spokesperson", "Dmitry Peskov"),
        ("The Kremlin spokesman", "Dmitry Peskov"),
        # negatives: different nationality, different title, gendered title, two candidates, indefinite
        ("The Russian leader", None),
        ("The minister", None),
        ("The spokeswoman", None),
        ("A spokesman", None),
    ],
)
def test_role_nouns(role: str, expected: str | None) -> None:
    p = build(
        [
            "Ukrainian President Volodymyr Zelensky said the war goes on.",
            "Kremlin spokesman Dmitry Peskov denied it.",
            f"{role} said more.",
        ]
    )
    t = p.article.text
    src = resolved(p, attr(p, "r", source=role, cue="said", named=False, after=t.index(role)))["r"].source
    _assert_resolved(src, role, expected, "role noun")


def _assert_resolved(src: Source | None, mention: str, expected: str | None, rule: str) -> None:
    """Resolved to ``expected`` by ``rule`` (and says so), or left as written and unnamed when None."""
    assert src is not None
    if expected is None:
        assert src.named is False and src.name == mention
    else:
        assert src.named and src.name == expected
        assert src.resolved_from and src.resolved_from.startswith(f"{rule} '{mention}' -> {expected}")


def test_role_noun_with_two_candidates_stays_unresolved() -> None:
    p = build(
        [
            "Ukrainian President Volodymyr Zelensky spoke.",
            "Russian President Vladimir Putin spoke.",
            "The president said more.",
        ]
    )
    t = p.article.text
    src = resolved(
        p, attr(p, "r", source="The president", cue="said", named=False, after=t.index("The president"))
    )["r"].source
    assert src is not None and src.named is False
    assert src.resolved_from and "several earlier sources fit" in src.resolved_from


def test_attributions_without_source_pass_through() -> None:
    p = build(["It was reported that talks failed."])
    a = attr(p, "a1", source=None, cue="It was reported", content="talks failed")
    assert resolve_sources(p, (a,)) == (a,)


def test_conllu_fixture_pronoun_she(conllu_article) -> None:  # type: ignore[no-untyped-def]
    p = conllu_article("quote_paragraphs")
    t = p.article.text
    she = attr(p, "a1", source="she", cue="said", named=False, kind="unknown", after=t.index("she"))
    src = resolved(p, she)["a1"].source
    assert src is not None and (src.name, src.named) == ("Ana Ruiz", True)


_names = st.sampled_from(
    ["Dmitry Peskov", "Peskov", "Maria Zakharova", "Acme Corp", "Zelensky", "Kim Yong-hyun"]
)
_subjects = st.sampled_from(
    [
        "He",
        "She",
        "It",
        "They",
        "The spokesperson",
        "Officials",
        "A source",
        "One",
        "Another",
        "The 52-year-old",
    ]
)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.tuples(_names, _subjects), min_size=1, max_size=6))
def test_resolution_only_touches_name_fields(rows: list[tuple[str, str]]) -> None:
    paragraphs = [f"{name} spoke on Sunday. {subject} said more." for name, subject in rows]
    p = build(
        paragraphs, ner={"Peskov": "PERSON", "Zakharova": "PERSON", "Zelensky": "PERSON", "Kim": "PERSON"}
    )
    t = p.article.text
    atts = []
    pos = 0
    for n, (name, subject) in enumerate(rows):
        start = t.index(name, pos)
        atts.append(attr(p, f"a{2 * n}", source=name, cue="spoke", after=start))
        atts.append(
            attr(p, f"a{2 * n + 1}", source=subject, cue="said", named=False, after=start + len(name))
        )
        pos = start + len(name)
    out = resolve_sources(p, tuple(atts))
    assert [a.id for a in out] == [a.id for a in atts]
    for before, after in zip(atts, out, strict=True):
        assert before.model_copy(update={"source": None}) == after.model_copy(update={"source": None})
        assert before.source is not None and after.source is not None
        assert (after.source.start, after.source.end, after.source.mention) == (
            before.source.start,
            before.source.end,
            before.source.mention,
        )
        assert t[after.source.start : after.source.end] == after.source.mention
        if after.source.mention == "It":
            assert after.source.kind != "person" or not after.source.named
        if after.source.named and after.source.resolved_from and "pronoun" in after.source.resolved_from:
            assert after.source.name in {
                "Dmitry Peskov",
                "Peskov",
                "Maria Zakharova",
                "Acme Corp",
                "Zelensky",
                "Kim Yong-hyun",
            }


@pytest.mark.parametrize(
    ("first", "role", "expected"),
    [
        ("Acme Corp", "The company", "Acme Corp"),
        ("Russia's Defense Ministry", "The ministry", "Russia's Defense Ministry"),
        (
            "South Korea's National Intelligence Service",
            "The agency",
            "South Korea's National Intelligence Service",
        ),
        # negatives: an organisation is no spokesperson; a ministry is no company
        ("Acme Corp", "The spokesperson", None),
        ("Russia's Defense Ministry", "The company", None),
    ],
)
def test_role_nouns_for_organisations(first: str, role: str, expected: str | None) -> None:
    p = build([f"{first} cut jobs on Sunday.", f"{role} said profits fell."])
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source=first, cue="cut", kind="organization"),
        attr(p, "a2", source=role, cue="said", named=False, kind="organization", after=t.index(role)),
    )
    src = out["a2"].source
    assert src is not None
    assert (src.name, src.named) == ((expected, True) if expected else (role, False))


def test_any_title_can_be_a_role_noun() -> None:
    p = build(["Ohio Governor Mike DeWine said he was disappointed.", "“We will work,” the governor said."])
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source="Ohio Governor Mike DeWine", cue="said"),
        attr(p, "a2", source="the governor", cue="said", named=False, after=t.index("the governor")),
    )
    src = out["a2"].source
    assert src is not None and (src.name, src.named) == ("Mike DeWine", True)
    sir = build(["Mr. Smith spoke.", "The mr. said more."])
    assert (
        resolve_sources(sir, (attr(sir, "a", source="The mr.", cue="said", named=False),))[0].source.named
        is False
    )  # type: ignore[union-attr]


def test_attributions_outside_the_parsed_sentences_do_not_crash() -> None:
    p = build(["He said it."])
    empty = p.model_copy(update={"sentences": ()})
    a = attr(p, "a1", source="He", cue="said", named=False)
    (out,) = resolve_sources(empty, (a,))
    assert out.source is not None and out.source.named is False


def _with_headline(p: ParsedArticle, headline: str | None) -> ParsedArticle:
    return p.model_copy(update={"article": p.article.model_copy(update={"title_text": headline})})


@pytest.mark.parametrize(
    ("role", "later", "headline", "expected", "why"),
    [
        # the name comes later with the same title: forwards, no headline needed
        (
            "The Ukrainian president",
            "Ukrainian President Volodymyr Zelensky spoke later.",
            None,
            "Volodymyr Zelensky",
            "the only later named source whose title fits",
        ),
        # an office before a bare later name: the headline says who it is
        (
            "The Ukrainian president",
            "Zelensky's statement came on Sunday.",
            "Troops Sent to Russia, as Asserted by Zelensky",
            "Zelensky",
            "the only later person without a title who is named in the headline",
        ),
        # a possessive pronoun makes the role definite too: "Their coach thinks …"
        (
            "Their coach",
            "Coach Marta Delgado spoke later.",
            None,
            "Marta Delgado",
            "the only later named source whose title fits",
        ),
        # negatives: no headline, a headline naming someone else, a wrong nationality, a role that is
        # no one-holder office (diplomats are many), and two later presidents
        ("The Ukrainian president", "Zelensky's statement came on Sunday.", None, None, ""),
        ("The Ukrainian president", "Zelensky's statement came on Sunday.", "Putin Speaks Out", None, ""),
        ("The Russian president", "Ukrainian President Volodymyr Zelensky spoke later.", None, None, ""),
        ("The diplomat", "Peskov's statement came on Sunday.", "Peskov Denies It", None, ""),
        (
            "The president",
            "Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin spoke.",
            None,
            None,
            "",
        ),
    ],
)
def test_role_noun_before_the_name_resolves_forwards(
    role: str, later: str, headline: str | None, expected: str | None, why: str
) -> None:
    p = _with_headline(
        build([f"{role} said the war goes on.", later], ner={"Zelensky": "PERSON", "Peskov": "PERSON"}),
        headline,
    )
    src = resolved(p, attr(p, "r", source=role, cue="said", named=False))["r"].source
    assert src is not None and src.resolved_from is not None
    if expected is None:
        assert src.named is False and src.name == role
        assert src.resolved_from.startswith("unresolved role noun")
    else:
        assert src.named and src.name == expected
        assert src.resolved_from.startswith(f"role noun '{role}' resolved forwards to {expected} ({why}")


def _headline_first(p: ParsedArticle) -> ParsedArticle:
    """The article with its first paragraph made the headline."""
    first, *rest = p.article.segments
    segments = (first.model_copy(update={"kind": "title"}), *rest)
    title = TextSpan(start=first.start, end=first.end, text=p.article.text[first.start : first.end])
    article = p.article.model_copy(update={"segments": segments, "title": title})
    return p.model_copy(update={"article": article})


@pytest.mark.parametrize(
    ("headline_source", "body", "expected"),
    [
        # headlines drop the article: "Minister" is the minister the body names
        ("Minister", [("The transport minister, Ada Okonkwo", "person")], "Ada Okonkwo"),
        # an institution, not the person whose description holds the word ("the hospital's president")
        (
            "Hospital",
            [("Saint Alder Hospital", "organization"), ("the hospital's president, Owen Pell", "person")],
            "Saint Alder Hospital",
        ),
        # the headline's other words pick one of two ministers with places
        (
            "Lindish Minister",
            [("Lindish Minister Ada Okonkwo", "person"), ("Corvian Minister Tom Reyes", "person")],
            "Ada Okonkwo",
        ),
        # NEGATIVES: two ministers and nothing to choose; no name fits; a title word that is part of a
        # title ("Secretary of State") is no role of its own
        ("Minister", [("Minister Ada Okonkwo", "person"), ("Minister Tom Reyes", "person")], None),
        ("Minister", [("Tom Reyes", "person")], None),
        ("State", [("State Department spokesman Tom Reyes", "person")], None),
    ],
)
def test_headline_role_noun_resolves_to_the_body(
    headline_source: str, body: list[tuple[str, str]], expected: str | None
) -> None:
    paragraphs = [f"{headline_source} Vows Tougher Rules"] + [
        f"{m} said the rules would change." for m, _ in body
    ]
    p = _headline_first(build(paragraphs, ner={"Okonkwo": "PERSON", "Reyes": "PERSON", "Pell": "PERSON"}))
    t = p.article.text
    attributions = [attr(p, "h", source=headline_source, cue="Vows", named=False, kind="unknown")]
    for i, (mention, kind) in enumerate(body):
        attributions.append(attr(p, f"b{i}", source=mention, cue="said", kind=kind, after=t.index(mention)))
    src = resolved(p, *attributions)["h"].source
    assert src is not None
    if expected is None:
        assert (src.name, src.named) == (headline_source, False)
    else:
        assert (src.name, src.named) == (expected, True)
        assert src.resolved_from is not None and src.resolved_from.startswith(
            f"headline role noun '{headline_source}' -> {expected}"
        )
        assert src.resolved_from.endswith("first in sentence 2)")  # where the name is first written


@pytest.mark.parametrize(
    ("headline_source", "kind", "body", "expected"),
    [
        # a possessive place before the name: the body's full name
        ("Lindia’s Okonkwo", "person", ["Lindish President Ada Okonkwo"], "Ada Okonkwo"),
        # title case misled the kind: a person's name tried as one
        ("Okonkwo", "organization", ["Foreign Minister Ada Okonkwo"], "Ada Okonkwo"),
        ("Harbor Authority", "organization", ["The Harbor Authority"], "Harbor Authority"),
        # NEGATIVES: the body names someone else; two people of that surname and nothing to choose; a
        # headline phrase that only opens with the body's name (a family-name-first match)
        ("Lindia’s Okonkwo", "person", ["Foreign Minister Tom Reyes"], None),
        ("Okonkwo", "person", ["Ada Okonkwo", "Ben Okonkwo"], None),
        ("Okonkwo Addresses Flood Fears", "person", ["Okonkwo"], None),
    ],
)
def test_headline_name_joins_the_body_source_of_that_name(
    headline_source: str, kind: str, body: list[str], expected: str | None
) -> None:
    paragraphs = [f"{headline_source} Says Tougher Rules Are Coming"] + [
        f"{m} said the rules would change." for m in body
    ]
    p = _headline_first(build(paragraphs, ner={"Okonkwo": "PERSON", "Reyes": "PERSON"}))
    t = p.article.text
    attributions = [attr(p, "h", source=headline_source, cue="Says", kind=kind)]
    for i, mention in enumerate(body):
        attributions.append(attr(p, f"b{i}", source=mention, cue="said", after=t.index(mention)))
    src = resolved(p, *attributions)["h"].source
    assert src is not None and src.named
    if expected is None:
        assert src.name == headline_source and src.resolved_from is None
    else:
        assert src.name == expected
        assert src.resolved_from == (
            f"headline name '{headline_source}' -> {expected} (the body's named source of that name, "
            "first in sentence 2)"
        )


@pytest.mark.parametrize(
    ("office", "names_after", "expected"),
    [
        # named by an office alone: the office holder the body names later
        ("Lindia’s president", ["President Ada Okonkwo"], "Ada Okonkwo"),
        # two presidents named later: the one the headline names
        ("Lindia’s president", ["President Ada Okonkwo", "President Tom Reyes"], "Ada Okonkwo"),
        # NEGATIVES: no president named; the office does not fit the only title
        ("Lindia’s president", ["Tom Reyes"], None),
        ("Lindia’s president", ["Finance Minister Tom Reyes"], None),
    ],
)
def test_source_named_by_an_office_goes_to_the_office_holder(
    office: str, names_after: list[str], expected: str | None
) -> None:
    paragraphs = ["Okonkwo Warns of Floods", f"{office} said the river would rise."] + [
        f"{m} said the dams would hold." for m in names_after
    ]
    p = _headline_first(build(paragraphs, ner={"Okonkwo": "PERSON", "Reyes": "PERSON"}))
    t = p.article.text
    attributions = [attr(p, "o", source=office, cue="said", kind="person")]
    for i, mention in enumerate(names_after):
        attributions.append(attr(p, f"n{i}", source=mention, cue="said", after=t.index(mention)))
    src = resolved(p, *attributions)["o"].source
    assert src is not None and src.named
    if expected is None:
        assert (src.name, src.resolved_from) == (office, None)
    else:
        assert src.name == expected
        assert src.resolved_from and src.resolved_from.startswith(
            f"role noun '{office}' resolved forwards to {expected}"
        )


# ---------------------------------------------------------------- later mentions of one unnamed source

# text, source mentions in text order (each located after the previous one), and the expected name of
# each after coreference: a later mention that refers back takes the first mention's phrase.
ANONYMOUS: list[tuple[str, list[str], list[str]]] = [
    (
        "Sources said the pier was shut. The source added that ferries had stopped.",
        ["Sources", "The source"],
        ["Sources", "Sources"],
    ),
    (
        "A source close to the mayor said the pier was shut. The official added that ferries had stopped.",
        ["A source close to the mayor", "The official"],
        ["A source close to the mayor", "A source close to the mayor"],
    ),
    (
        "A source said the pier was shut. The source added that ferries had stopped. "
        "The source also said the mayor knew.",
        ["A source", "The source", "The source"],
        ["A source", "A source", "A source"],
    ),
    # a member of a group keeps saying which group: the number stays, "the" comes before a bare plural
    (
        "Two people briefed on the talks said the pier was shut. One of the people said ferries had stopped.",
        ["Two people briefed on the talks", "One of the people"],
        ["Two people briefed on the talks", "one of two people briefed on the talks"],
    ),
    (
        "Sources close to the inquiry said it was shut. One of the sources said ferries had stopped.",
        ["Sources close to the inquiry", "One of the sources"],
        ["Sources close to the inquiry", "one of the sources close to the inquiry"],
    ),
    # negatives: an indefinite "another source" is a new source; so are experts and critics
    (
        "A source in the ministry said the pier was shut. "
        "Another source, a diplomat, said that ferries had stopped.",
        ["A source in the ministry", "Another source, a diplomat"],
        ["A source in the ministry", "Another source, a diplomat"],
    ),
    (
        "Experts said the pier was unsafe. Critics said that repairs would take years.",
        ["Experts", "Critics"],
        ["Experts", "Critics"],
    ),
    # negatives: a head noun that does not refer back to an unnamed source ("the candidate", "the man")
    (
        "A source close to the mayor said the pier was shut. The candidate added that ferries had stopped.",
        ["A source close to the mayor", "The candidate"],
        ["A source close to the mayor", "The candidate"],
    ),
    (
        "A witness said the pier was shut. The man added that ferries had stopped.",
        ["A witness", "The man"],
        ["A witness", "The man"],
    ),
    # negatives: a vague collective is no antecedent for "the official"; two candidates are ambiguous
    (
        "Experts said the pier was unsafe. The official added that ferries had stopped.",
        ["Experts", "The official"],
        ["Experts", "The official"],
    ),
    (
        "A source said the pier was shut. A diplomat said the talks failed. "
        "The official added that ferries had stopped.",
        ["A source", "A diplomat", "The official"],
        ["A source", "A diplomat", "The official"],
    ),
]


def _anonymous_attributions(p: ParsedArticle, mentions: list[str]) -> list[Attribution]:
    t = p.article.text
    out, pos = [], 0
    for i, m in enumerate(mentions):
        at = t.index(m, pos)
        pos = at + len(m)
        cue = min(("said", "added"), key=lambda c: t.find(c, pos) % (len(t) + 1))  # the next cue
        kind = "group" if m.split(",")[0].endswith("s") else "person"  # plurals: groups
        out.append(attr(p, f"a{i}", source=m, cue=cue, named=False, kind=kind, after=at))
    return out


@pytest.mark.parametrize(("text", "mentions", "expected"), ANONYMOUS)
def test_later_mentions_of_an_unnamed_source_take_its_name(
    text: str, mentions: list[str], expected: list[str]
) -> None:
    p = build([text])
    out = resolved(p, *_anonymous_attributions(p, mentions))
    sources = [out[f"a{i}"].source for i in range(len(mentions))]
    assert [s.name if s else None for s in sources] == expected
    for s, mention, name in zip(sources, mentions, expected, strict=True):
        assert s is not None and s.named is False and s.mention == mention  # still anonymous, as written
        linked = name != mention
        assert (s.resolved_from is not None and "counted once" in s.resolved_from) is linked


def test_refers_back_says_which_rule_and_where() -> None:
    p = build(["Sources said the pier was shut.", "The source added that ferries had stopped."])
    src = resolved(p, *_anonymous_attributions(p, ["Sources", "The source"]))["a1"].source
    assert src is not None
    assert src.resolved_from == (
        "unnamed source 'The source' is 'Sources' of sentence 1 (a definite mention with the head noun "
        "'source' refers back to the nearest earlier one): one anonymous source, counted once"
    )


def test_pronoun_for_a_later_mention_takes_the_first_name() -> None:
    p = build(["Sources said the pier was shut. The sources added that ferries had stopped. They said more."])
    t = p.article.text
    atts = _anonymous_attributions(p, ["Sources", "The sources"])
    atts.append(attr(p, "a2", source="They", cue="said", named=False, kind="unknown", after=t.index("They")))
    out = resolved(p, *atts)
    they = out["a2"].source
    assert they is not None and they.name == "Sources" and they.named is False
    assert they.resolved_from and they.resolved_from.endswith("a later mention of 'Sources'")


def test_named_source_is_not_linked_to_an_unnamed_one() -> None:
    p = build(
        ["A source said the pier was shut. Ana Ruiz said that ferries had stopped."], ner={"Ruiz": "PERSON"}
    )
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a0", source="A source", cue="said", named=False),
        attr(p, "a1", source="Ana Ruiz", cue="said", after=t.index("Ana")),
    )
    assert out["a1"].source and out["a1"].source.name == "Ana Ruiz" and out["a1"].source.named


@pytest.mark.parametrize(
    ("first", "source", "ner", "expected"),
    [
        # a body noun whose title matches no name: the one organisation quoted as a source nearby
        ("The Pentagon announced new aid on Friday.", "The Pentagon", {"Pentagon": "ORG"}, "Pentagon"),
        # NEGATIVES: named but never a source; two organisations joined in one source; a person
        ("Aid from the Pentagon arrived on Friday.", None, {"Pentagon": "ORG"}, None),
        (
            "The Pentagon and NATO announced aid.",
            "The Pentagon and NATO",
            {"Pentagon": "ORG", "NATO": "ORG"},
            None,
        ),
        (
            "Lloyd Austin announced new aid on Friday.",
            "Lloyd Austin",
            {"Lloyd": "PERSON", "Austin": "PERSON"},
            None,
        ),
    ],
)
def test_body_noun_resolves_to_the_one_organisation_quoted_nearby(
    first: str, source: str | None, ner: dict[str, str], expected: str | None
) -> None:
    p = build([first, "The department said the package was large."], ner=ner)
    t = p.article.text
    role = "The department"
    kind = "person" if "PERSON" in ner.values() else "organization"
    given = [attr(p, "a0", source=source, cue="announced", kind=kind)] if source else []
    out = resolved(
        p,
        *given,
        attr(p, "a1", source=role, cue="said", named=False, kind="organization", after=t.index(role)),
    )
    src = out["a1"].source
    assert src is not None
    assert (src.name, src.named) == ((expected, True) if expected else (role, False))
    if expected:
        assert (
            src.resolved_from and "the only organisation quoted as a source in this or" in src.resolved_from
        )


def test_body_noun_looks_back_two_paragraphs_only() -> None:
    paras = [
        "The Pentagon announced new aid.",
        "Rain fell.",
        "Rain fell.",
        "Rain fell.",
        "The department said so.",
    ]
    p = build(paras, ner={"Pentagon": "ORG"})
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a0", source="The Pentagon", cue="announced", kind="organization"),
        attr(
            p,
            "a1",
            source="The department",
            cue="said",
            named=False,
            kind="organization",
            after=t.index("The dep"),
        ),
    )
    src = out["a1"].source
    assert src is not None and not src.named


@pytest.mark.parametrize(
    ("first", "second", "later", "expected"),
    [
        # a definite description whose head described exactly one earlier named person
        ("Walter Brandt, the billionaire investor", "Senator Tom Okafor", "The investor", "Walter Brandt"),
        ("Mayoral candidate Hugh Castell", "Senator Tom Okafor", "The candidate", "Hugh Castell"),
        # NEGATIVES: two people so described; indefinite; no person noun; a head never written for anyone
        (
            "Walter Brandt, the billionaire investor",
            "Frank Delaney, an activist investor",
            "The investor",
            None,
        ),
        ("Walter Brandt, the billionaire investor", "Senator Tom Okafor", "An investor", None),
        ("Walter Brandt, the head of the campaign", "Senator Tom Okafor", "The campaign", None),
        ("Walter Brandt, the billionaire investor", "Senator Tom Okafor", "The actress", None),
    ],
)
def test_definite_description_refers_back_to_the_person_so_described(
    first: str, second: str, later: str, expected: str | None
) -> None:
    p = build([f"{first} said taxes were low.", f"{second} said they were high.", f"{later} said more."])
    t = p.article.text
    a1 = attr(p, "a", source=first, cue="said")
    a2 = attr(p, "b", source=second, cue="said", after=t.index(second))
    r = attr(p, "r", source=later, cue="said", named=False, after=t.index(later))
    _assert_resolved(resolved(p, a1, a2, r)["r"].source, later, expected, "description")


def test_description_written_in_running_text_counts_too() -> None:
    # the name is no source here: its appositive is read from the parse ("Walter Brandt, the ...")
    p = build(
        ["Walter Brandt, the billionaire investor, bought shares.", "The investor said more."],
        ner={"Walter": "PERSON", "Brandt": "PERSON"},
    )
    t = p.article.text
    r = attr(p, "r", source="The investor", cue="said", named=False, after=t.index("The investor"))
    src = resolved(p, r)["r"].source
    assert src is not None and src.named and src.name == "Walter Brandt"


@pytest.mark.parametrize(
    ("document", "later", "name", "kind"),
    [
        ("a study by Yale economist Ruth Okonjo", "Okonjo", "Ruth Okonjo", "person"),
        ("a report by the Coastal Budget Office", "the Coastal Budget Office", None, None),
    ],
)
def test_document_author_is_the_source_later_mentions_name(
    document: str, later: str, name: str | None, kind: str | None
) -> None:
    p = build(
        [f"The agency is failing, according to {document}.", f"Later {later} said the data were clear."]
    )
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source=document, cue="according to", kind="document"),
        attr(p, "a2", source=later, cue="said", after=t.index("Later"), kind=kind or "organization"),
    )
    first, second = out["a1"].source, out["a2"].source
    assert first is not None and second is not None
    assert first.name == second.name == (name or "Coastal Budget Office")
    if kind is not None:
        assert first.kind == kind  # the author is a person: later pronouns and surnames find her
    assert first.resolved_from is not None and "the document's author" in first.resolved_from


def test_document_without_a_named_author_keeps_its_words() -> None:  # NEGATIVE
    p = build(["The plan is bad, according to a report by the think tank."])
    out = resolved(
        p,
        attr(p, "a1", source="a report by the think tank", cue="according to", kind="document", named=False),
    )
    assert out["a1"].source is not None and out["a1"].source.name == "a report by the think tank"


def test_people_who_share_a_surname_stay_apart() -> None:
    """Helen and Frank Marsh are two sources; "Mrs. Marsh" is the one whose gender fits, a bare
    "Marsh" the one mentioned most so far. NEGATIVE: one person's variants still join."""
    p = build(
        [
            "Helen Marsh said the plan would pass. Helen Marsh said more.",
            "Former Mayor Frank Marsh said it would not.",
            "Marsh said the vote was close. Mrs. Marsh said it again.",
        ]
    )
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source="Helen Marsh", cue="said"),
        attr(p, "a2", source="Helen Marsh", cue="said", after=t.index("pass.")),
        attr(p, "a3", source="Former Mayor Frank Marsh", cue="said"),
        attr(p, "a4", source="Marsh", cue="said", after=t.index("Marsh said the vote")),
        attr(p, "a5", source="Mrs. Marsh", cue="said", after=t.index("Mrs.")),
    )
    names_of = {k: a.source.name for k, a in out.items() if a.source is not None}
    assert names_of["a1"] == names_of["a2"] == "Helen Marsh"
    assert names_of["a3"] == "Frank Marsh"
    assert names_of["a4"] == "Helen Marsh"  # mentioned twice before, Frank once
    assert names_of["a5"] == "Helen Marsh"


def test_pronoun_gender_from_the_given_name() -> None:
    """Helen and Frank Marsh share a surname and no title gives a gender: "she" is Helen Marsh by
    her given name. NEGATIVE: "he" after a woman alone stays unresolved."""
    ner = {"Helen": "PERSON", "Frank": "PERSON", "Marsh": "PERSON"}
    p = build(["Helen Marsh and Frank Marsh spoke in Lindale.", "She said the race was close."], ner=ner)
    t = p.article.text
    src = resolved(p, attr(p, "a1", source="She", cue="said", named=False, after=t.index("She")))["a1"].source
    assert src is not None and src.named and src.name == "Helen Marsh"
    p = build(["Helen Marsh spoke in Lindale.", "He said the race was close."], ner=ner)
    t = p.article.text
    src = resolved(p, attr(p, "a1", source="He", cue="said", named=False, after=t.index("He")))["a1"].source
    assert src is not None and not src.named


def test_he_resolves_to_a_bare_surname_the_article_names_in_full() -> None:
    p = build(["The developer, Marcus Hale, 58, was charged. Hale denied it.", "He said he was innocent."])
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a1", source="Hale", cue="denied", kind="unknown", after=t.index("Hale denied")),
        attr(p, "a2", source="He", cue="said", named=False, after=t.index("He said")),
    )
    assert out["a1"].source is not None and out["a1"].source.name == "Marcus Hale"
    he = out["a2"].source
    assert he is not None and (he.name, he.named) == ("Marcus Hale", True)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        # a word for a kind of company ("the utility", "the airline") refers back to the company quoted
        ("The utility", "Northshore Power"),
        ("The airline", "Northshore Power"),
        # NEGATIVE: a word for no kind of company
        ("The county", None),
    ],
)
def test_a_kind_of_company_resolves_to_the_company_quoted_nearby(role: str, expected: str | None) -> None:
    ner = {"Northshore": "ORG", "Power": "ORG"}
    p = build(["Northshore Power announced outages on Sunday.", f"{role} said crews were out."], ner=ner)
    t = p.article.text
    out = resolved(
        p,
        attr(p, "a0", source="Northshore Power", cue="announced", kind="organization"),
        attr(p, "a1", source=role, cue="said", named=False, kind="organization", after=t.index(role)),
    )
    src = out["a1"].source
    assert src is not None
    assert (src.name, src.named) == ((expected, True) if expected else (role, False))


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a lede's body noun before the name: the one company quoted in this or the next paragraph
        (["Northshore Power said crews were out."], "Northshore Power"),
        # NEGATIVES: two companies quoted ahead; the company named later but never quoted
        (["Northshore Power said crews were out. Harbor Gas said so too."], None),
        (["Crews from Northshore Power were out."], None),
    ],
)
def test_a_body_noun_before_the_name_resolves_ahead(after: list[str], expected: str | None) -> None:
    ner = {"Northshore": "ORG", "Power": "ORG", "Harbor": "ORG", "Gas": "ORG"}
    p = build(["Power failed, the main utility said.", *after], ner=ner)
    t = p.article.text
    given = [
        attr(p, f"a{i}", source=name, cue="said", kind="organization", after=t.index(name))
        for i, name in enumerate(("Northshore Power", "Harbor Gas"), start=1)
        if f"{name} said" in t
    ]
    out = resolved(
        p, attr(p, "a0", source="the main utility", cue="said", named=False, kind="organization"), *given
    )
    src = out["a0"].source
    assert src is not None
    assert (src.name, src.named) == ((expected, True) if expected else ("the main utility", False))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # two companies fit "the company": the one its own sentence is about
        (["Halvorsen Inc will cut jobs.", "Acme Corp will close two plants, the company said."], "Acme Corp"),
        # a body the NER calls an organisation, with no company word in its name, that its sentence is
        # about (one capitalised word opening a sentence is no sign of a name: "Power failed")
        (["Nordvik Brightwell will close two plants, the company said."], "Nordvik Brightwell"),
        # NEGATIVES: the sentence is about no company, so the two earlier ones stay ambiguous; a body
        # that is no subject
        (
            [
                "Halvorsen Inc will cut jobs.",
                "Acme Corp sells chips.",
                "Two plants will close, the company said.",
            ],
            None,
        ),
        (["Plants in Brightwell will close, the company said."], None),
    ],
)
def test_the_company_is_the_one_its_sentence_is_about(paragraphs: list[str], expected: str | None) -> None:
    ner = {
        "Halvorsen": "ORG",
        "Inc": "ORG",
        "Acme": "ORG",
        "Corp": "ORG",
        "Nordvik": "ORG",
        "Brightwell": "ORG",
    }
    # "Plants in Brightwell": the body is no subject there
    subjects = {"Halvorsen", "Inc", "Acme", "Corp", "Nordvik", "Brightwell"} - (
        {"Brightwell"} if paragraphs[-1].startswith("Plants") else set()
    )
    p = build(paragraphs, ner=ner, subjects=subjects)
    out = resolved(p, attr(p, "a1", source="the company", cue="said", named=False, kind="organization"))
    src = out["a1"].source
    assert src is not None
    assert (src.name if src.named else None) == expected, src.resolved_from
