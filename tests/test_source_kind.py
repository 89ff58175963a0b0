"""What a source phrase names (``source_kind.classify``), on hand-made parses."""

from __future__ import annotations

import pytest
from tree_helpers import article_from_rows

from auditor.source_kind import classify
from auditor.syntax import Tree


@pytest.mark.parametrize(
    ("word", "named"),
    [
        # the mini tagger calls some surnames pronouns: a capitalised word in no pronoun list is a name
        ("Whitlow", True),
        ("Okafor", True),
        # NEGATIVES: real pronouns, however capitalised
        ("He", False),
        ("They", False),
        ("Everyone", False),
        ("Someone", False),
        ("Others", False),
        ("Many", False),
        ("Both", False),
    ],
)
def test_a_name_the_tagger_called_a_pronoun(word: str, named: bool) -> None:
    parsed = article_from_rows([(word, word.lower(), "PRON", 2, "nsubj"), ("said", "say", "VERB", 0, "root")])
    tree = Tree(parsed.sentences[0])
    subject = tree.word(1)
    assert subject is not None
    _, is_named, why = classify(parsed, tree, [subject])
    assert is_named is named, why


def _classify_rows(
    rows: list[tuple[str, str, str, int, str]], xpos: dict[str, str], upto: int
) -> tuple[str, bool]:
    """classify() of the first ``upto`` words, with the tagger's ``xpos`` for some forms."""
    parsed = article_from_rows(rows)
    s = parsed.sentences[0]
    words = tuple(w.model_copy(update={"xpos": xpos.get(w.text)}) for w in s.words)
    s = s.model_copy(update={"words": words})
    parsed = parsed.model_copy(update={"sentences": (s,)})
    tree = Tree(s)
    kind, named, _ = classify(parsed, tree, list(words[:upto]))
    return kind, named


@pytest.mark.parametrize(
    ("participle", "lemma", "tag", "named"),
    [
        # "Voters backing Nora Quill say": the name is whom they back, not who they are
        ("backing", "back", "VBG", False),
        ("polled", "poll", "VBN", False),
        # NEGATIVE: "including" introduces named members of the group
        ("including", "include", "VBG", True),
    ],
)
def test_a_name_after_a_participle_does_not_name_the_group(
    participle: str, lemma: str, tag: str, named: bool
) -> None:
    rows = [
        ("Voters", "voter", "NOUN", 5, "nsubj"),
        (participle, lemma, "VERB", 1, "acl"),
        ("Nora", "Nora", "PROPN", 2, "obj"),
        ("Quill", "Quill", "PROPN", 3, "flat"),
        ("say", "say", "VERB", 0, "root"),
    ]
    _, is_named = _classify_rows(rows, {participle: tag}, 4)
    assert is_named is named


def test_a_quantifier_phrase_is_headed_by_its_people() -> None:
    """ "Most of the voters backing Nora Quill": the quantifier's people ("voters"), not the last noun."""
    rows = [
        ("Most", "most", "ADJ", 8, "nsubj"),
        ("of", "of", "ADP", 4, "case"),
        ("the", "the", "DET", 4, "det"),
        ("voters", "voter", "NOUN", 1, "nmod"),
        ("backing", "back", "VERB", 4, "acl"),
        ("Nora", "Nora", "PROPN", 4, "nmod"),
        ("Quill", "Quill", "PROPN", 6, "flat"),
        ("say", "say", "VERB", 0, "root"),
    ]
    assert _classify_rows(rows, {"backing": "VBG"}, 7) == ("group", False)


@pytest.mark.parametrize(
    ("body", "named"),
    [
        # "Insurers Say …": the body writes "insurer" in lower case, so the capital is the headline's
        ("The largest insurer said costs rose.", False),
        # NEGATIVE: a name the body also capitalises stays a name
        ("Mayor Insurers said costs rose.", True),
    ],
)
def test_headline_capitals_name_no_one_the_body_writes_in_lower_case(body: str, named: bool) -> None:
    from auditor.models import Article, ParsedArticle, Segment

    tree0 = Tree(
        article_from_rows(
            [("Insurers", "insurer", "PROPN", 2, "nsubj"), ("Say", "say", "VERB", 0, "root")]
        ).sentences[0]
    )
    text = f"{tree0.sentence.text}\n\n{body}"
    article = Article(
        id="h",
        text=text,
        segments=(
            Segment(start=0, end=len(tree0.sentence.text), text=tree0.sentence.text, kind="title"),
            Segment(start=len(text) - len(body), end=len(text), text=body, kind="body"),
        ),
        input_format="text",
    )
    parsed = ParsedArticle(article=article, sentences=(tree0.sentence,))
    _, is_named, why = classify(parsed, tree0, [tree0.words[0]])
    assert is_named is named, why


@pytest.mark.parametrize(
    ("later", "kind"),
    [
        # the body writes the name after a title: the place tag over "Ukraine's Okafor" is the country
        (("President", "PROPN"), "person"),
        # NEGATIVE: no title before the name anywhere else: the place tag stands
        (("Then", "ADV"), "government"),
    ],
)
def test_a_place_tag_over_a_country_and_its_titled_leader(later: tuple[str, str], kind: str) -> None:
    from auditor.models import Entity

    rows = [
        ("Ukraine", "Ukraine", "PROPN", 3, "nmod:poss"),
        ("’s", "’s", "PART", 1, "case"),
        ("Okafor", "Okafor", "PROPN", 4, "nsubj"),
        ("said", "say", "VERB", 0, "root"),
        (later[0], later[0], later[1], 7, "compound"),
        ("Ana", "Ana", "PROPN", 7, "flat"),
        ("Okafor", "Okafor", "PROPN", 8, "nsubj"),
        ("agreed", "agree", "VERB", 4, "ccomp"),
    ]
    parsed = article_from_rows(rows)
    tree = Tree(parsed.sentences[0])
    words = tree.words[:3]
    place = Entity(
        start=words[0].start,
        end=words[-1].end,
        text=parsed.article.text[words[0].start : words[-1].end],
        label="LOC",
        raw_label="LOC",
        sentence=0,
    )
    parsed = parsed.model_copy(update={"entities": (place,)})
    found, _, why = classify(parsed, tree, list(words))
    assert found == kind, why
