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
