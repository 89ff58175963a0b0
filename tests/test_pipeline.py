"""pipeline.py: stage order, article metadata, error isolation in batches, progress, provenance guard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pipeline_fakes import FakeAnnotator, fake_parse

from auditor import pipeline
from auditor.config import AuditConfig
from auditor.errors import ModelsNotFoundError
from auditor.models import (
    Anonymity,
    Article,
    ArticleAudit,
    Claim,
    Finding,
    ParsedArticle,
    Score,
    Segment,
    Source,
    TextSpan,
)
from auditor.pipeline import (
    BATCH_FILE,
    PROVENANCE_ERROR_CODE,
    STAGE_ERROR_CODE,
    audit_parsed,
    claims_needing_attention,
    extract,
    run_audit,
)

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
NO_PROVENANCE = AuditConfig(provenance=False)

STORY = (
    "Officials met on Monday.",
    "“We will not back down,” the minister said in a statement.",
    "The deal was reportedly signed, according to two people familiar with the talks.",
)


def _article(article_id: str = "story", **fields: Any) -> Article:
    """An article whose paragraphs are body segments, after a title line."""
    title = "Ministers Meet"
    parts = [title, *STORY]
    text = "\n\n".join(parts)
    segments = []
    pos = 0
    for i, part in enumerate(parts):
        segments.append(
            Segment(start=pos, end=pos + len(part), text=part, kind="title" if i == 0 else "body")
        )
        pos += len(part) + 2
    values: dict[str, Any] = {
        "id": article_id,
        "path": f"{article_id}.txt",
        "text": text,
        "segments": tuple(segments),
        "title": TextSpan(start=0, end=len(title), text=title),
    }
    values.update(fields)
    return Article(**values)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def story_files(tmp_path: Path) -> list[Path]:
    body = "\n\n".join(("Ministers Meet", *STORY)) + "\n"
    return [
        _write(tmp_path, f"s{i}.txt", body.replace("Monday", day).encode())
        for i, day in enumerate(("Monday", "Tuesday"))
    ]


# ---------------------------------------------------------------- one article


def test_audit_parsed_fills_metadata_and_offsets() -> None:
    parsed = fake_parse(_article(outlet="Wire", published="2024-10-20", byline_text="Ann Reporter"))
    audit = audit_parsed(parsed)
    text = parsed.article.text
    assert audit.id == "story"
    assert audit.title == "Ministers Meet"
    assert (
        audit.title_span is not None
        and text[audit.title_span.start : audit.title_span.end] == "Ministers Meet"
    )
    assert (audit.outlet, audit.published, audit.byline) == ("Wire", "2024-10-20", "Ann Reporter")
    assert audit.words == sum(len(p.split()) for p in STORY)  # the title line is not body
    assert audit.score == audit.score_detail.score
    assert audit.claims, "every body sentence should yield at least one claim"
    for claim in audit.claims:
        assert text[claim.start : claim.end] == claim.sentence
    for quote in audit.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)


def test_title_and_byline_fall_back_to_metadata() -> None:
    article = _article(title=None, title_text="From Metadata", byline=None, byline_text="By Someone")
    audit = audit_parsed(fake_parse(article))
    assert audit.title == "From Metadata"
    assert audit.title_span is None
    assert audit.byline == "By Someone"


def test_byline_span_text_wins_over_metadata() -> None:
    article = _article(byline=TextSpan(start=0, end=9, text="Ministers"), byline_text="Other")
    assert audit_parsed(fake_parse(article)).byline == "Ministers"


def test_extract_matches_audit() -> None:
    parsed = fake_parse(_article())
    found = extract(parsed)
    audit = audit_parsed(parsed)
    assert found.attributions == audit.attributions
    assert found.quotes == audit.quotes


def test_empty_parse_is_audited_without_claims() -> None:
    parsed = ParsedArticle(article=_article(), sentences=())
    audit = audit_parsed(parsed)
    assert audit.claims == ()
    assert audit.score_detail.claims == 0


_WORDS = st.sampled_from(
    [
        "said",
        "Ann",
        "Carter",
        "officials",
        "according",
        "to",
        "the",
        "reportedly",
        "“",
        "”",
        '"',
        ",",
        ".",
        "sources",
        "told",
        "Reuters",
        "it",
        "is",
        "believed",
        ":",
        "he",
        "She",
        "claims",
        "—",
        "'",
    ]
)
_PARAGRAPH = st.lists(_WORDS, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PARAGRAPH, min_size=1, max_size=5))
def test_every_offset_points_into_the_text(paragraphs: list[str]) -> None:
    """Whatever the text, every span an audit reports covers exactly the text it quotes."""
    from auditor.ingest import article_from_text

    article = article_from_text("\n\n".join(paragraphs) + "\n", id="h")
    audit = audit_parsed(fake_parse(article))
    text = article.text
    for claim in audit.claims:
        assert text[claim.start : claim.end] == claim.sentence
        for hedge in claim.hedges:
            assert text[hedge.start : hedge.end] == hedge.text
    for attribution in audit.attributions:
        if attribution.cue is not None:
            assert text[attribution.cue.start : attribution.cue.end] == attribution.cue.text
        if attribution.source is not None:
            assert text[attribution.source.start : attribution.source.end] == attribution.source.mention
        if attribution.content is not None:
            assert 0 <= attribution.content.start <= attribution.content.end <= len(text)
    for finding in audit.findings:
        assert text[finding.start : finding.end] == finding.evidence
    for quote in audit.quotes:
        inner = text[quote.inner.start : quote.inner.end]
        if quote.continued:  # the words, without the marks that reopen each paragraph

            def words(t: str) -> list[str]:
                return t.replace("“", " ").replace('"', " ").split()

            assert words(quote.text) == words(inner)
        else:
            assert inner == quote.text


# ---------------------------------------------------------------- batches


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path, story_files: list[Path]) -> None:
    empty = _write(tmp_path, "empty.txt", b"")
    binary = _write(tmp_path, "binary.txt", bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    paths = [story_files[0], empty, binary, missing, story_files[1]]
    report = run_audit(paths, NO_PROVENANCE, annotator=FakeAnnotator())
    assert [a.id for a in report.articles] == ["s0", "s1"]
    failed = {Path(e.file).name: e for e in report.errors}
    assert set(failed) == {"empty.txt", "binary.txt", "missing.txt"}
    assert all(e.code.startswith("E1") for e in failed.values())
    assert report.model == "fake"
    assert report.tool.startswith("auditor ")


def test_stage_failure_costs_one_article(monkeypatch: pytest.MonkeyPatch, story_files: list[Path]) -> None:
    real = pipeline.claims.build_claims

    def flaky(parsed: ParsedArticle, *args: Any) -> tuple[Claim, ...]:
        if parsed.article.id == "s0":
            raise ValueError("boom")
        return real(parsed, *args)

    monkeypatch.setattr(pipeline.claims, "build_claims", flaky)
    report = run_audit(story_files, NO_PROVENANCE, annotator=FakeAnnotator())
    assert [a.id for a in report.articles] == ["s1"]
    (error,) = report.errors
    assert error.code == STAGE_ERROR_CODE
    assert error.file.endswith("s0.txt")
    assert "'s0'" in error.message and "ValueError: boom" in error.message

    with pytest.raises(ValueError, match="boom"):
        run_audit(story_files, NO_PROVENANCE, annotator=FakeAnnotator(), fail_fast=True)


def test_annotator_failure_is_isolated_to_its_article(story_files: list[Path]) -> None:
    annotator = FakeAnnotator(fail_on=frozenset({"s1"}))
    report = run_audit(story_files, NO_PROVENANCE, annotator=annotator)
    assert [a.id for a in report.articles] == ["s0"]
    assert [(Path(e.file).name, e.code) for e in report.errors] == [("s1.txt", STAGE_ERROR_CODE)]
    assert annotator.batches[0] == ["s0", "s1"]  # tried in bulk first, then one by one


def test_an_article_the_annotator_drops_is_an_error(story_files: list[Path]) -> None:
    class Dropper(FakeAnnotator):
        def parse(self, articles: Any) -> list[ParsedArticle]:
            return super().parse(articles)[1:]

    report = run_audit(story_files, NO_PROVENANCE, annotator=Dropper())
    assert [a.id for a in report.articles] == ["s1"]
    (error,) = report.errors
    assert error.file.endswith("s0.txt") and error.code == STAGE_ERROR_CODE


def test_models_missing_stops_the_run(story_files: list[Path]) -> None:
    class NoModels:
        def parse(self, articles: Any) -> list[ParsedArticle]:
            raise ModelsNotFoundError("no models; run `auditor models download`")

    with pytest.raises(ModelsNotFoundError):
        run_audit(story_files, NO_PROVENANCE, annotator=NoModels())


def test_batches_respect_batch_size_and_report_progress(tmp_path: Path) -> None:
    body = "\n\n".join(STORY) + "\n"
    files = [_write(tmp_path, f"a{i}.txt", body.encode()) for i in range(5)]
    annotator = FakeAnnotator()
    calls: list[tuple[int, int]] = []
    report = run_audit(
        files,
        AuditConfig(provenance=False, batch_size=2),
        annotator=annotator,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert len(report.articles) == 5
    assert [len(b) for b in annotator.batches] == [2, 2, 1]
    # parsed two at a time, reported one article at a time
    assert calls == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_progress_counts_articles_that_fail(tmp_path: Path) -> None:
    """An article the annotator cannot parse still moves the bar, once, with its batch."""
    body = "\n\n".join(STORY) + "\n"
    files = [_write(tmp_path, f"a{i}.txt", body.encode()) for i in range(3)]
    calls: list[tuple[int, int]] = []
    report = run_audit(
        files,
        AuditConfig(provenance=False, batch_size=2),
        annotator=FakeAnnotator(fail_on=frozenset({"a0"})),
        progress=lambda done, total: calls.append((done, total)),
    )
    assert [a.id for a in report.articles] == ["a1", "a2"]
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})  # never back, never twice


def test_no_annotator_is_built_when_nothing_is_readable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refuse(config: AuditConfig) -> Any:
        raise AssertionError("the models should not be loaded for nothing")

    monkeypatch.setattr(pipeline, "make_annotator", refuse)
    report = run_audit([tmp_path / "nope.txt"], NO_PROVENANCE)
    assert report.articles == ()
    assert len(report.errors) == 1


# ---------------------------------------------------------------- provenance guard


def test_provenance_runs_or_says_why_not(story_files: list[Path]) -> None:
    report = run_audit(story_files, AuditConfig(), annotator=FakeAnnotator())
    skipped = [e for e in report.errors if e.code == PROVENANCE_ERROR_CODE]
    assert (report.provenance is None) == bool(skipped)
    off = run_audit(story_files, AuditConfig(provenance=False), annotator=FakeAnnotator())
    assert off.provenance is None and off.errors == ()


def test_provenance_skipped_for_a_single_article(story_files: list[Path]) -> None:
    report = run_audit(story_files[:1], AuditConfig(), annotator=FakeAnnotator())
    assert report.provenance is None and report.errors == ()


def test_provenance_failure_is_recorded(monkeypatch: pytest.MonkeyPatch, story_files: list[Path]) -> None:
    import auditor.provenance

    def broken(audits: Any) -> Any:
        raise KeyError("cluster")

    monkeypatch.setattr(auditor.provenance, "build_provenance", broken, raising=False)
    report = run_audit(story_files, AuditConfig(), annotator=FakeAnnotator())
    assert len(report.articles) == 2
    assert report.provenance is None
    (error,) = report.errors
    assert (error.file, error.code) == (BATCH_FILE, PROVENANCE_ERROR_CODE)
    assert "KeyError" in error.message


# ---------------------------------------------------------------- what check flags


def _claim(cid: str, sourcing: str, **fields: Any) -> Claim:
    values: dict[str, Any] = {
        "id": cid,
        "sentence": "S.",
        "start": 0,
        "end": 2,
        "sentence_index": 0,
        "paragraph": 0,
        "sourcing": sourcing,
        "source": None,
        "cue": None,
        "content": None,
        "reason": f"{sourcing} because",
    }
    values.update(fields)
    return Claim(**values)


def _audit(claims: tuple[Claim, ...], findings: tuple[Finding, ...] = ()) -> ArticleAudit:
    score = Score(
        score=50,
        claims=len(claims),
        named=0,
        anonymous=0,
        unattributed=0,
        hedged=0,
        anonymous_without_reason=0,
        distinct_named_sources=0,
        components={},
    )
    return ArticleAudit(
        id="a",
        path=None,
        title=None,
        outlet=None,
        published=None,
        byline=None,
        words=10,
        score=50,
        score_detail=score,
        claims=claims,
        findings=findings,
    )


def test_claims_needing_attention() -> None:
    anon_source = Source(
        start=5,
        end=14,
        mention="officials",
        name="officials",
        kind="group",
        named=False,
        anonymity=Anonymity(),
    )
    # NEGATIVE: a definite reference to bodies the text has named is a coreference gap, not anonymity
    bodies = anon_source.model_copy(
        update={"mention": "the two countries", "name": "the two countries", "end": 22}
    )
    named_source = Source(start=0, end=3, mention="Ann", name="Ann", kind="person", named=True)
    hedge = TextSpan(start=3, end=13, text="reportedly")
    claims = (
        _claim("c1", "named", source=named_source),  # fine: not flagged
        _claim("c2", "anonymous", source=anon_source),
        _claim("c3", "unattributed", hedged=True, hedges=(hedge,)),
        _claim("c4", "unattributed"),  # plain statement of fact, no finding: not flagged
        _claim("c5", "named", source=named_source),
        _claim("c6", "anonymous", hedged=True, hedges=(hedge,)),  # hedge rule is for unattributed only
        _claim("c7", "anonymous", source=bodies),
    )
    finding = Finding(
        code="X-TEST", title="Test", severity="error", message="m", start=0, end=3, evidence="Ann", claim="c5"
    )
    general = Finding(code="X-ALL", title="All", severity="info", message="m", start=0, end=1, evidence="S")
    items = {i.claim: i for i in claims_needing_attention(_audit(claims, (finding, general)))}
    assert sorted(items) == ["c2", "c3", "c5", "c6"]
    (r2,) = items["c2"].reasons
    assert (r2.text, r2.start, r2.end) == ("officials", 5, 14)
    assert "anonymous" in r2.why
    (r3,) = items["c3"].reasons
    assert (r3.text, r3.start) == ("reportedly", 3)
    (r5,) = items["c5"].reasons
    assert (r5.code, r5.severity, r5.text) == ("X-TEST", "error", "Ann")
    assert len(items["c6"].reasons) == 1


# ---------------------------------------------------------------- with the real models


@pytest.mark.stanza
def test_seeds_with_stanza(annotator: Any) -> None:
    report = run_audit(SEEDS, NO_PROVENANCE, annotator=annotator)
    assert report.errors == ()
    assert len(report.articles) == len(SEEDS)
    assert report.model
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS}
    for audit in report.articles:
        assert audit.words > 200
        assert audit.claims
        for claim in audit.claims:
            assert texts[audit.id][claim.start : claim.end] == claim.sentence


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("headline", "cue", "source", "content"),
    [
        (
            "Whitlow: ‘I’m the Best Hope This Harbour Town Has Left’",
            ":",
            "Whitlow",
            "I’m the Best Hope This Harbour Town Has Left",
        ),
        ("Okafor calls Ruiz’s plan for toll bridge ‘reckless’", "calls", "Okafor", "Ruiz’s plan"),
    ],
)
def test_headline_attributions_are_found_but_make_no_claim(
    annotator: Any, headline: str, cue: str, source: str, content: str
) -> None:
    from auditor.ingest import article_from_text

    text = f"{headline}\n\nThe senator told supporters on Monday that the race was close.\n\nHe left early."
    (parsed,) = annotator.parse([article_from_text(text, id="h")])
    audit = audit_parsed(parsed)
    first = audit.attributions[0]
    assert first.cue is not None and first.cue.text == cue and first.cue.end <= len(headline)
    assert first.source is not None and first.source.mention == source
    assert first.content is not None and text[first.content.start : first.content.end].startswith(content)
    assert all(c.start > len(headline) for c in audit.claims)  # the headline is not one of the claims


@pytest.mark.stanza
def test_headline_attribution_is_not_judged_by_the_body_rules(annotator: Any) -> None:
    from auditor.ingest import article_from_text

    headline = "Officials Say Talks Have Stalled"
    text = (
        f"{headline}\n\nThe talks stalled on Monday, Foreign Minister Ana Ruiz told reporters.\n\nShe left."
    )
    (parsed,) = annotator.parse([article_from_text(text, id="h")])
    audit = audit_parsed(parsed)
    first = audit.attributions[0]
    assert first.cue is not None and first.cue.text == "Say"
    assert first.source is not None and first.source.mention == "Officials"
    # AP's rules for anonymous sources apply to the story, not to a headline's shorthand
    assert not [f for f in audit.findings if f.start < len(headline)]


def test_stages_run_in_order_through_the_runner() -> None:
    """A runner sees every stage once, in pipeline order, and changes nothing (benchmarks time it)."""
    parsed = fake_parse(_article())
    names: list[str] = []

    def run(name, stage, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        names.append(name)
        return stage(*args, **kwargs)

    assert audit_parsed(parsed, run) == audit_parsed(parsed)
    assert names == [
        "quotes",
        "cues",
        "sources",
        "cue_span",
        "content_split",
        "coref",
        "anonymity",
        "claims",
        "roster",
        "findings",
        "score",
    ]
