"""Tests for auditor.nlp: label mapping, CoNLL-U fixtures and offsets, models lookup, the real Annotator."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import get_args

import pytest

from auditor.config import AuditConfig
from auditor.errors import ModelLoadError, ModelsNotFoundError
from auditor.models import Article, Entity, ParsedArticle, Segment
from auditor.nlp import (
    Annotator,
    article_from_paragraphs,
    download_models,
    find_models_dir,
    normalise_label,
    parsed_from_conllu,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.conllu"))
ENTITY_LABELS = set(get_args(Entity.model_fields["label"].annotation))

ConlluLoader = Callable[[str], ParsedArticle]


def check_offsets(parsed: ParsedArticle) -> None:
    """The offset invariants every ParsedArticle must keep, whatever produced it."""
    text = parsed.article.text
    segments = parsed.article.segments
    assert [s.index for s in parsed.sentences] == list(range(len(parsed.sentences)))
    for sent in parsed.sentences:
        assert sent.text == text[sent.start : sent.end]
        seg = segments[sent.paragraph]
        assert seg.kind in ("title", "body")  # the headline is parsed; furniture, bylines, captions are not
        assert seg.start <= sent.start < sent.end <= seg.end, "a sentence must stay inside its paragraph"
        assert [w.index for w in sent.words] == list(range(1, len(sent.words) + 1))
        tokens: dict[tuple[int, int], list[str]] = {}
        for word in sent.words:
            assert sent.start <= word.start < word.end <= sent.end
            assert 0 <= word.head <= len(sent.words)
            tokens.setdefault((word.start, word.end), []).append(word.text)
        for (start, end), forms in tokens.items():
            # words of a multi-word token ("It" + "'s") share the token's offsets and spell it out
            assert "".join(forms).lower() == text[start:end].lower(), forms
    for ent in parsed.entities:
        assert ent.text == text[ent.start : ent.end]
        assert ent.label in ENTITY_LABELS
        sent = parsed.sentences[ent.sentence]
        assert sent.start <= ent.start < ent.end <= sent.end


# ---------------------------------------------------------------- CoNLL-U fixtures


def test_fixtures_exist() -> None:
    assert len(FIXTURE_NAMES) >= 8


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_loads_with_offsets(name: str, conllu_article: ConlluLoader) -> None:
    parsed = conllu_article(name)
    assert parsed.sentences, name
    check_offsets(parsed)
    for sent in parsed.sentences:
        roots = [w for w in sent.words if w.head == 0]
        assert len(roots) == 1, f"{name}: sentence {sent.index} must have exactly one root"
        assert roots[0].deprel == "root"


def test_told_reporters_fixture(conllu_article: ConlluLoader) -> None:
    parsed = conllu_article("told_reporters")
    words = {w.text: w for w in parsed.sentences[0].words}
    assert words["told"].deprel == "root"
    assert words["Dmitry"].deprel == "nsubj" and words["Dmitry"].head == words["told"].index
    assert words["false"].deprel == "ccomp"
    assert words["Dmitry"].ner == "B-PERSON" and words["Peskov"].ner == "E-PERSON"
    assert [(e.text, e.label, e.raw_label) for e in parsed.entities] == [
        ("Kremlin", "ORG", "ORG"),
        ("Dmitry Peskov", "PERSON", "PER"),
    ]


def test_multi_paragraph_fixture(conllu_article: ConlluLoader) -> None:
    parsed = conllu_article("quote_paragraphs")
    assert [s.paragraph for s in parsed.sentences] == [0, 1, 1, 2]
    assert parsed.sentences[2].text == "“But we won't leave.”"
    it, be = parsed.sentences[1].words[1:3]
    assert (it.text, be.text) == ("It", "'s")
    assert (it.start, it.end) == (be.start, be.end)
    assert parsed.article.text[it.start : it.end] == "It's"
    assert it.ner == "O" and be.ner == "O"
    ents = [(e.text, e.label, e.raw_label, e.sentence) for e in parsed.entities]
    assert ("Lindale", "GPE", "GPE", 0) in ents
    assert ("Monday", "OTHER", "DATE", 0) in ents
    # the possessive clitic is not part of the entity; the tag sits on the token's first word only
    assert ("council", "ORG", "ORG", 3) in ents
    council, clitic = parsed.sentences[3].words[1:3]
    assert (council.ner, clitic.ner) == ("S-ORG", "O")


def test_negative_fixtures_have_the_distinguishing_parse(conllu_article: ConlluLoader) -> None:
    plan = conllu_article("according_to_plan").sentences[0].words
    assert [(w.text, w.deprel) for w in plan[3:6]] == [
        ("according", "case"),
        ("to", "fixed"),
        ("plan", "obl"),
    ]
    said = conllu_article("said_agreement").sentences[0].words[4]
    assert (said.text, said.upos, said.deprel) == ("said", "ADJ", "amod")


# ---------------------------------------------------------------- parsed_from_conllu details

SIMPLE = """# text = Ana Ruiz said it's over.
1\tAna\tAna\tPROPN\tNNP\t_\t3\tnsubj\t_\tNER=B-PER
2\tRuiz\tRuiz\tPROPN\tNNP\t_\t1\tflat\t_\tNER=E-PER
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
4-5\tit's\t_\t_\t_\t_\t_\t_\t_\t_
4\tit\tit\tPRON\tPRP\t_\t6\tnsubj\t_\t_
5\t's\tbe\tAUX\tVBZ\t_\t6\tcop\t_\t_
6\tover\tover\tADJ\tJJ\t_\t3\tccomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""
SENTENCE = "Ana Ruiz said it's over."


def _article(parts: list[tuple[str, str]], sep: str = "\n\n") -> Article:
    """An Article from (kind, text) parts joined by ``sep``."""
    segments = []
    pos = 0
    for kind, text in parts:
        segments.append(Segment(start=pos, end=pos + len(text), text=text, kind=kind))  # type: ignore[arg-type]
        pos += len(text) + len(sep)
    return Article(id="t", text=sep.join(t for _, t in parts), segments=tuple(segments))


def test_upper_case_ner_in_misc_and_mwt_offsets() -> None:
    parsed = parsed_from_conllu(SIMPLE, article_from_paragraphs("t", [SENTENCE]))
    check_offsets(parsed)
    assert [(e.text, e.label, e.raw_label) for e in parsed.entities] == [("Ana Ruiz", "PERSON", "PER")]
    it, be = parsed.sentences[0].words[3:5]
    assert (it.start, it.end) == (be.start, be.end) == (14, 18)


def test_alignment_skips_furniture_with_the_same_words() -> None:
    article = _article(
        [("title", SENTENCE), ("byline", "By Ana Ruiz"), ("body", "  " + SENTENCE), ("caption", SENTENCE)]
    )
    parsed = parsed_from_conllu(SIMPLE, article)
    check_offsets(parsed)
    sent = parsed.sentences[0]
    assert sent.paragraph == 2
    assert sent.start == article.segments[2].start + 2


def test_misc_offsets_used_when_consistent_and_ignored_when_not() -> None:
    article = _article([("body", SENTENCE), ("body", SENTENCE)])
    second = article.segments[1].start
    lines = SIMPLE.splitlines()
    # give the first token offsets pointing at the second paragraph: alignment continues from there
    lines[1] += f"|start_char={second}|end_char={second + 3}"
    parsed = parsed_from_conllu("\n".join(lines) + "\n", article)
    check_offsets(parsed)
    assert parsed.sentences[0].paragraph == 1 and parsed.sentences[0].start == second
    # offsets that do not cover the form are ignored
    lines = SIMPLE.splitlines()
    lines[1] += "|start_char=5|end_char=8"
    parsed = parsed_from_conllu("\n".join(lines) + "\n", article)
    assert parsed.sentences[0].start == 0


def test_conllu_not_matching_the_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="does not match"):
        parsed_from_conllu(SIMPLE, article_from_paragraphs("t", ["Ana Ruiz denied it."]))
    with pytest.raises(ValueError, match="beyond"):
        parsed_from_conllu(SIMPLE + "\n" + SIMPLE, article_from_paragraphs("t", [SENTENCE]))


def test_sentence_may_not_cross_paragraphs() -> None:
    article = article_from_paragraphs("t", ["Ana Ruiz said", "it's over."])
    with pytest.raises(ValueError, match="crosses"):
        parsed_from_conllu(SIMPLE, article)


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["S-PER", "S-PER", "O", "O", "O", "O"], ["Ana", "Ruiz"]),  # adjacent singletons
        (["B-PER", "I-PER", "O", "O", "O", "O"], ["Ana Ruiz"]),  # BIO without E
        (["I-PER", "E-PER", "O", "O", "O", "O"], ["Ana Ruiz"]),  # broken start
        (["B-PER", "E-ORG", "O", "O", "O", "O"], ["Ana", "Ruiz"]),  # label change splits
        (["B-PER", "O", "B-PER", "O", "O", "O"], ["Ana", "said"]),  # unclosed entities close
        (["O", "O", "O", "S-ORG", "O", "O"], ["it's"]),  # tag of a multi-word token
        (["O"] * 6, []),
    ],
)
def test_entities_from_tags(tags: list[str], expected: list[str]) -> None:
    lines = SIMPLE.splitlines()
    # token lines: every line except comments and the words inside the multi-word token 4-5
    rows = [i for i, ln in enumerate(lines) if not ln.startswith("#") and ln.split("\t")[0] not in ("4", "5")]
    for row, tag in zip(rows, tags, strict=True):
        cols = lines[row].split("\t")
        cols[9] = f"ner={tag}"
        lines[row] = "\t".join(cols)
    parsed = parsed_from_conllu("\n".join(lines) + "\n", article_from_paragraphs("t", [SENTENCE]))
    assert [e.text for e in parsed.entities] == expected


def test_offsets_thorough_random_layouts() -> None:
    """Many layouts (whitespace, furniture between and around, repeated text): offsets always hold."""
    rng = random.Random(1234)
    kinds = ["title", "byline", "dateline", "caption", "furniture", "credit"]
    for _ in range(200):
        parts: list[tuple[str, str]] = []
        n_body = rng.randint(1, 4)
        for _ in range(n_body):
            for _ in range(rng.randint(0, 2)):
                parts.append((rng.choice(kinds), rng.choice([SENTENCE, "Ana Ruiz", "Photo: AP", "it's"])))
            pad_l = rng.choice(["", " ", "\t", "   "])
            pad_r = rng.choice(["", " ", "  "])
            inner = rng.choice([" ", "  ", "\n", " \t "])
            parts.append(("body", pad_l + SENTENCE.replace(" said ", inner + "said" + inner) + pad_r))
        article = _article(parts, sep=rng.choice(["\n\n", "\n", "\r\n\r\n"]))
        conllu = "\n".join([SIMPLE] * n_body)
        parsed = parsed_from_conllu(conllu, article)
        check_offsets(parsed)
        body = [i for i, s in enumerate(article.segments) if s.kind == "body"]
        assert [s.paragraph for s in parsed.sentences] == body
        for sent in parsed.sentences:
            for word in sent.words:
                if word.text not in ("it", "'s"):
                    assert article.text[word.start : word.end] == word.text


# ---------------------------------------------------------------- models directory


def _fake_models(root: Path) -> Path:
    (root / "en").mkdir(parents=True)
    (root / "resources.json").write_text("{}", encoding="utf-8")
    return root


def test_missing_models_message(tmp_path: Path) -> None:
    with pytest.raises(ModelsNotFoundError) as info:
        find_models_dir(AuditConfig(models_dir=tmp_path))
    line = info.value.one_line()
    assert "\n" not in str(info.value)
    assert "auditor models download" in line and "--models-dir" in line and str(tmp_path) in line
    assert info.value.code == "E200"


def test_models_dir_needs_en_folder(tmp_path: Path) -> None:
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelsNotFoundError):
        find_models_dir(AuditConfig(models_dir=tmp_path))


def test_models_dir_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from_env = _fake_models(tmp_path / "env")
    explicit = _fake_models(tmp_path / "explicit")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(from_env))
    assert find_models_dir(AuditConfig()) == from_env
    assert find_models_dir(AuditConfig(models_dir=explicit)) == explicit
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    monkeypatch.setattr("stanza.resources.common.DEFAULT_MODEL_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(ModelsNotFoundError, match="nowhere"):
        find_models_dir(AuditConfig())


def test_annotator_without_models(tmp_path: Path) -> None:
    with pytest.raises(ModelsNotFoundError, match="auditor models download"):
        Annotator(AuditConfig(models_dir=tmp_path))


def test_download_without_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*args: object, **kwargs: object) -> None:
        raise ConnectionError("Failed to establish a new connection")

    monkeypatch.setattr("stanza.download", offline)
    with pytest.raises(ModelLoadError) as info:
        download_models(tmp_path)
    assert "\n" not in info.value.one_line() and "network" in info.value.message


# ---------------------------------------------------------------- the real pipeline (needs models)

PARAS = [
    "Kremlin spokesman Dmitry Peskov told reporters on Monday that the claims were false.",
    "“We will rebuild,” said Mayor Ana Ruiz. “It's the Kremlin's problem, not ours.”",
    "Officials in Lindale believe the dam will hold. The agency said in a statement that it won't comment.",
]


def furnished_article() -> Article:
    """Body paragraphs with page furniture before, between and after them (and odd whitespace)."""
    return _article(
        [
            ("title", "Dam will hold, officials say"),
            ("byline", "By Ana Ruiz"),
            ("body", PARAS[0]),
            ("caption", "Photo: Dmitry Peskov told reporters. (AP)"),
            ("body", "  " + PARAS[1] + " "),
            ("furniture", "Advertisement"),
            ("body", PARAS[2]),
            ("credit", "Reuters contributed to this report."),
        ]
    )


@pytest.mark.stanza
def test_annotator_offsets_on_furnished_article(annotator: Annotator) -> None:
    article = furnished_article()
    [parsed] = annotator.parse([article])
    check_offsets(parsed)
    parsed_parts = {i for i, s in enumerate(article.segments) if s.kind in ("title", "body")}
    assert {s.paragraph for s in parsed.sentences} == parsed_parts  # not the byline, caption, credit
    assert len(parsed.sentences) >= 5
    for sent in parsed.sentences:
        for word in sent.words:
            covered = article.text[word.start : word.end]
            assert covered.strip() == covered and covered
    assert parsed.model.startswith("stanza ")


@pytest.mark.stanza
def test_annotator_keeps_names_in_one_sentence(annotator: Annotator) -> None:
    paras = [
        "Dana Whitlow, the CFO, wrote in a memo that costs would rise.",
        "North Korean leader Kim Jong Un expressed his solidarity with Moscow.",
    ]
    [parsed] = annotator.parse([article_from_paragraphs("names", paras)])
    check_offsets(parsed)
    assert [s.text for s in parsed.sentences] == paras


@pytest.mark.stanza
def test_annotator_parses_after_the_tag_repair(annotator: Annotator) -> None:
    """The mini tagger calls "director" a verb before a name; repaired before parsing, "said" is the
    sentence's verb and the title sits in its subject (nlp_tags.py)."""
    [parsed] = annotator.parse(
        [
            article_from_paragraphs(
                "tags", ["Campaign communications director Maria Delgado said the vote was rigged."]
            )
        ]
    )
    words = {w.text: w for w in parsed.sentences[0].words}
    assert words["director"].upos == "NOUN"
    assert words["said"].deprel == "root"


@pytest.mark.stanza
def test_annotator_multi_word_tokens(annotator: Annotator) -> None:
    [parsed] = annotator.parse([article_from_paragraphs("mwt", [PARAS[1]])])
    words = [w for s in parsed.sentences for w in s.words]
    texts = [w.text for w in words]
    assert "Kremlin" in texts, " ".join(texts)  # not split letter by letter
    it = next(w for w in words if w.text == "It")
    be = words[words.index(it) + 1]
    assert be.text == "'s" and (it.start, it.end) == (be.start, be.end)
    assert parsed.article.text[it.start : it.end] == "It's"
    assert all(len(w.text) > 1 or not w.text.isalpha() or w.text in ("a", "I") for w in words)


@pytest.mark.stanza
def test_annotator_entity_labels_normalised(annotator: Annotator) -> None:
    [parsed] = annotator.parse([article_from_paragraphs("ner", PARAS)])
    check_offsets(parsed)
    assert parsed.entities
    for ent in parsed.entities:
        assert ent.label in ENTITY_LABELS
        assert ent.label == normalise_label(ent.raw_label)
    tags = {w.ner for s in parsed.sentences for w in s.words}
    assert all(t == "O" or t.split("-", 1)[1] in ENTITY_LABELS for t in tags)
    assert any(e.label == "PERSON" and "Ruiz" in e.text for e in parsed.entities)


@pytest.mark.stanza
def test_annotator_bulk_matches_one_by_one(annotator: Annotator) -> None:
    articles = [
        article_from_paragraphs("a", PARAS[:2]),
        _article([("title", "Only a headline")]),
        furnished_article(),
    ]
    bulk = annotator.parse(articles)
    assert [p.article.id for p in bulk] == ["a", "t", "t"]
    assert [s.text for s in bulk[1].sentences] == ["Only a headline"]  # a headline alone is still parsed
    single = [annotator.parse([a])[0] for a in articles]
    assert [p.sentences for p in bulk] == [p.sentences for p in single]


@pytest.mark.stanza
def test_model_description(annotator: Annotator, stanza_models: Path) -> None:
    desc = annotator.model_description
    assert desc.startswith("stanza ") and "depparse=" in desc and "ner=" in desc
    assert "repairs=v" in desc  # a change to nlp_tokens.py's repairs must invalidate cached parses
    assert str(stanza_models) in desc


def test_helpers_moved_out_stay_importable_from_nlp() -> None:
    """ner_tags.py and conllu.py hold the Stanza-free parts; nlp.py still offers their public names."""
    from auditor import conllu, ner_tags, nlp

    assert nlp.normalise_tag is ner_tags.normalise_tag and nlp.normalise_label is ner_tags.normalise_label
    assert nlp.article_from_conllu is conllu.article_from_conllu
    assert nlp.conllu_paragraphs is conllu.conllu_paragraphs
