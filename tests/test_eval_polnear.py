"""The PolNeAR harness end to end on a tiny corpus written for the tests (not PolNeAR itself)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.config import AuditConfig
from auditor.evaluation.cache import ParseCache
from auditor.evaluation.polnear import evaluate_file, format_result, load_polnear

MINI = Path(__file__).parent / "fixtures" / "eval" / "mini_polnear.jsonl"


def test_load_polnear_reads_offsets_and_kinds() -> None:
    (article,) = load_polnear(MINI)
    assert article.id == "harbor_budget"
    said, told = article.relations
    (start, end) = said.cue.spans[0]
    assert article.text[start:end] == "said"
    assert said.kind == "speech_verb" and told.kind == "speech_verb"
    assert said.source.text(article.text) == "Mayor Ana Ruiz"


def test_load_polnear_limit(tmp_path: Path) -> None:
    doubled = tmp_path / "two.jsonl"
    doubled.write_text(MINI.read_text(encoding="utf-8") * 2, encoding="utf-8")
    assert len(load_polnear(doubled)) == 2
    assert len(load_polnear(doubled, limit=1)) == 1


@pytest.mark.stanza
def test_evaluate_file_end_to_end(annotator, tmp_path: Path) -> None:
    result = evaluate_file(MINI, AuditConfig(), annotator=annotator, cache_dir=tmp_path)
    assert result.articles == 1 and result.totals.gold == 2
    # Both cues are plain reporting verbs with a subject: the extractor must find them.
    assert result.totals.recall == 1.0
    assert result.totals.source_token_f1 >= 0.8
    assert "attribution" in format_result(result)
    # The second run is served from the cache: nothing is parsed again.
    again = evaluate_file(MINI, AuditConfig(), annotator=annotator, cache_dir=tmp_path)
    assert again.parse_seconds == 0.0
    assert again.totals == result.totals


@pytest.mark.stanza
def test_cache_round_trip(annotator, tmp_path: Path) -> None:
    from auditor.ingest import article_from_text

    article = article_from_text("Officials said the bridge would reopen.", id="x")
    (parsed,) = annotator.parse([article])
    cache = ParseCache(tmp_path, annotator.model_description)
    assert cache.get(article) is None
    cache.put(parsed)
    assert cache.get(article) == parsed
    other_model = ParseCache(tmp_path, "another model")
    assert other_model.get(article) is None


def _attribution(text: str, cue: str, source: str | None, content: tuple[int, int] | None):  # type: ignore[no-untyped-def]
    from auditor.models import Attribution, Cue, Source, Span

    c0 = text.index(cue)
    s0 = text.index(source) if source else None
    return Attribution(
        id="a1",
        sentence=0,
        cue=Cue(start=c0, end=c0 + len(cue), text=cue, kind="speech_verb", lemma="say", sentence=0, rule="t"),
        source=(
            Source(start=s0, end=s0 + len(source), mention=source, name=source, kind="person", named=True)
            if source and s0 is not None
            else None
        ),
        content=Span(start=content[0], end=content[1]) if content else None,
        rule="t",
    )


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "expected"),
    [
        # the attribution inside what was said is left out of it
        (
            "The old pier, Okafor said, had been closed.",
            "said",
            "Okafor",
            (0, 42),
            ["The old pier, ", ", had been closed"],
        ),
        (
            "We will rebuild, she said, and together.",
            "said",
            "she",
            (0, 39),
            ["We will rebuild, ", ", and together"],
        ),
        # NEGATIVES: the cue outside the content keeps it whole, even with the source's name inside it
        ("Okafor said Okafor's plan was sound.", "said", "Okafor", (12, 35), ["Okafor's plan was sound"]),
        ("Okafor said the plan was sound.", "said", "Okafor", (12, 30), ["the plan was sound"]),
        ("Okafor said so.", "said", "Okafor", None, []),
    ],
)
def test_content_parts_leave_out_the_attribution_inside(
    text: str, cue: str, source: str, content: tuple[int, int] | None, expected: list[str]
) -> None:
    from auditor.evaluation.polnear import content_parts

    parts = content_parts(_attribution(text, cue, source, content))
    assert [text[a:b] for a, b in parts] == expected


def _quote(text: str, words: str):  # type: ignore[no-untyped-def]
    from auditor.models import QuoteSpan, Span

    start = text.index(words)
    return QuoteSpan(
        start=start - 1,
        end=start + len(words) + 1,
        inner=Span(start=start, end=start + len(words)),
        text=words,
        open_mark=text[start - 1],
        close_mark=text[start + len(words)],
    )


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # a quotation broken by its own cue: the quoted words on both sides, not the writer's between
        ("wrote", ["Many were unsure,", "but most agree."]),
        # NEGATIVE: quotations on one side of the cue only are scored as the content span
        ("added", ["Many were unsure,” Harlan wrote in a statement to the Gazette, “but most agree."]),
    ],
)
def test_content_parts_of_a_quotation_broken_by_its_cue(cue: str, expected: list[str]) -> None:
    from auditor.evaluation.polnear import content_parts

    text = "“Many were unsure,” Harlan wrote in a statement to the Gazette, “but most agree.” Ruiz added."
    quotes = [_quote(text, "Many were unsure,"), _quote(text, "but most agree.")]
    end = text.index("but most agree.") + len("but most agree.")
    a = _attribution(text, cue, "Harlan" if cue == "wrote" else "Ruiz", (1, end))
    a = a.model_copy(update={"quote": "Many were unsure, … but most agree."})
    assert [text[s:e] for s, e in content_parts(a, quotes)] == expected
