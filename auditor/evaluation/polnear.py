"""Runs the attribution stages on PolNeAR (JSONL) and scores them against its gold relations.

The corpus is research-only: it is read from where it lies (``../shared/eval/polnear``) and
nothing derived from it is written into the repository (parses go to the cache directory).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from auditor.config import AuditConfig
from auditor.evaluation.cache import ParseCache, default_cache_dir
from auditor.evaluation.compare import Comparison, compare
from auditor.evaluation.metrics import (
    DocScore,
    KindCounts,
    Relation,
    SpanSet,
    Totals,
    gold_cue_kind,
    match,
    totals,
)
from auditor.models import Article, Attribution, ParsedArticle, QuoteSpan
from auditor.spans import subtract

Progress = Callable[[int, int], None]


class GoldArticle(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str
    relations: tuple[Relation, ...]


class EvalResult(BaseModel):
    """Everything one evaluation run measured."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    corpus: str
    model: str
    articles: int
    words: int
    totals: Totals
    per_kind: dict[str, KindCounts]
    gold_outside_body: int = Field(
        description="Gold cues in lines the ingest stage keeps out of the parse (neither headline nor body)."
    )
    cueless_predictions: int = Field(description="Predicted attributions without a cue (not scored).")
    parse_seconds: float
    extract_seconds: float
    missed_cues: list[tuple[str, int]] = Field(description="Most frequent gold cues not found.")
    spurious_cues: list[tuple[str, int]] = Field(description="Most frequent predicted cues matching no gold.")
    comparison: Comparison = Field(
        default=Comparison(), description="The same run scored as citron and the Gender Gap Tracker score."
    )

    @property
    def words_per_second(self) -> float:
        total = self.parse_seconds + self.extract_seconds
        return self.words / total if total else 0.0


def _spans(pairs: Sequence[Sequence[int]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in pairs)


def load_polnear(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """Read PolNeAR JSONL records into GoldArticles."""
    out: list[GoldArticle] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            relations = tuple(
                Relation(
                    cue=SpanSet(spans=_spans(a["cue_offsets"])),
                    source=SpanSet(spans=_spans(a["source_offsets"]) if a.get("has_source", True) else ()),
                    content=SpanSet(spans=_spans(a["content_offsets"])),
                    kind=gold_cue_kind(" ".join(text[s:e] for s, e in a["cue_offsets"])),
                )
                for a in record["attributions"]
            )
            out.append(GoldArticle(id=record["filename"], text=text, relations=relations))
            if limit is not None and len(out) >= limit:
                break
    return out


def content_parts(a: Attribution, quotes: Sequence[QuoteSpan] = ()) -> tuple[tuple[int, int], ...]:
    """The attribution's content without its own cue and source where they stand inside it ("The
    old pier, Okafor said, had been closed"; "“We will rebuild,” she said, “and together.”"). When the
    cue breaks a quotation in two, only the quotations count: "“Many were unsure,” Harlan wrote in a
    statement to the Gazette, “but most agree.”" reports the quoted words, not the writer's between."""
    if a.content is None:
        return ()
    span = (a.content.start, a.content.end)
    inside = [
        (q.inner.start, q.inner.end) for q in quotes if span[0] <= q.inner.start and q.inner.end <= span[1]
    ]
    cue = a.cue
    if (
        a.quote is not None
        and cue is not None
        and any(e <= cue.start for _, e in inside)
        and any(b >= cue.end for b, _ in inside)
    ):
        return tuple(inside)  # a quotation broken by its own cue: the quoted words on both sides
    if a.cue is None or not (span[0] < a.cue.start and a.cue.end < span[1]):
        return (span,)  # the cue outside: a source word inside is part of what was said ("Ruiz's plan")
    holes = [(x.start, x.end) for x in (a.cue, a.source) if x is not None]
    parts = subtract(span, [h for h in holes if span[0] < h[0] and h[1] < span[1]])
    return tuple(p for p in parts if p[1] - p[0] > 1)  # not the blank between "Okafor" and "said"


def predicted_relations(
    attributions: Sequence[Attribution], quotes: Sequence[QuoteSpan] = ()
) -> tuple[list[Relation], int]:
    """Our attributions as metric relations; those without a cue are counted, not scored. ``quotes``:
    the article's quotations, so a quoted content is scored by its quoted words (``content_parts``)."""
    relations: list[Relation] = []
    cueless = 0
    for a in attributions:
        if a.cue is None:
            cueless += 1
            continue
        relations.append(
            Relation(
                cue=SpanSet(spans=((a.cue.start, a.cue.end),)),
                source=SpanSet(spans=((a.source.start, a.source.end),) if a.source else ()),
                content=SpanSet(spans=content_parts(a, quotes)),
                kind=a.cue.kind,
            )
        )
    return relations, cueless


def parse_articles(
    articles: Sequence[Article], config: AuditConfig, cache_dir: Path | None, annotator: object | None
) -> tuple[list[ParsedArticle], str, float]:
    """Parse with the disk cache in front of Stanza; returns parses, model description, seconds."""
    from auditor.nlp import Annotator  # the Stanza import stays lazy: tests of metrics need no model

    nlp = annotator if isinstance(annotator, Annotator) else Annotator(config)
    cache = ParseCache(cache_dir or default_cache_dir(), nlp.model_description)
    parsed: dict[int, ParsedArticle] = {}
    todo: list[int] = []
    for i, article in enumerate(articles):
        hit = cache.get(article)
        if hit is None:
            todo.append(i)
        else:
            parsed[i] = hit
    started = time.perf_counter()
    for chunk_start in range(0, len(todo), config.batch_size):
        chunk = todo[chunk_start : chunk_start + config.batch_size]
        for i, result in zip(chunk, nlp.parse([articles[i] for i in chunk]), strict=True):
            cache.put(result)
            parsed[i] = result
    seconds = time.perf_counter() - started
    return [parsed[i] for i in range(len(articles))], nlp.model_description, seconds


def evaluate_file(
    path: Path,
    config: AuditConfig,
    *,
    limit: int | None = None,
    cache_dir: Path | None = None,
    annotator: object | None = None,
    progress: Progress | None = None,
) -> EvalResult:
    """Evaluate the attribution stages on one PolNeAR JSONL file."""
    from auditor.ingest import article_from_text
    from auditor.pipeline import extract

    gold = load_polnear(path, limit)
    articles = [article_from_text(g.text, id=g.id, input_format="text") for g in gold]
    parses, model, parse_seconds = parse_articles(articles, config, cache_dir, annotator)

    scores: list[DocScore] = []
    comparison = Comparison()
    per_kind: dict[str, KindCounts] = {}
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    outside = cueless = words = 0
    extract_seconds = 0.0
    for n, (g, parsed) in enumerate(zip(gold, parses, strict=True), start=1):
        words += sum(len(s.words) for s in parsed.sentences)
        started = time.perf_counter()
        extraction = extract(parsed)
        extract_seconds += time.perf_counter() - started
        pred, skipped = predicted_relations(extraction.attributions, extraction.quotes)
        cueless += skipped
        score = match(g.text, g.relations, pred)
        scores.append(score)
        comparison += compare(g.text, g.relations, pred)
        parsed_parts = [(s.start, s.end) for s in parsed.article.parsed_segments]
        for rel in g.relations:
            counts = per_kind.setdefault(rel.kind, KindCounts())
            per_kind[rel.kind] = counts.model_copy(update={"gold": counts.gold + 1})
            if rel.cue.spans and not any(s <= rel.cue.spans[0][0] < e for s, e in parsed_parts):
                outside += 1
        for pair in score.pairs:
            kind = g.relations[pair.gold].kind
            per_kind[kind] = per_kind[kind].model_copy(update={"found": per_kind[kind].found + 1})
        matched_pred = {p.pred for p in score.pairs}
        for i, rel in enumerate(pred):
            counts = per_kind.setdefault(f"pred:{rel.kind}", KindCounts())
            per_kind[f"pred:{rel.kind}"] = counts.model_copy(
                update={"predicted": counts.predicted + 1, "correct": counts.correct + (i in matched_pred)}
            )
        missed.update(g.relations[i].cue.text(g.text).lower() for i in score.missed)
        spurious.update(pred[i].cue.text(g.text).lower() for i in score.spurious)
        if progress:
            progress(n, len(gold))

    return EvalResult(
        corpus=str(path),
        model=model,
        articles=len(gold),
        words=words,
        totals=totals(scores),
        per_kind=dict(sorted(per_kind.items())),
        gold_outside_body=outside,
        cueless_predictions=cueless,
        parse_seconds=round(parse_seconds, 3),
        extract_seconds=round(extract_seconds, 3),
        missed_cues=missed.most_common(25),
        spurious_cues=spurious.most_common(25),
        comparison=comparison,
    )


def format_result(result: EvalResult) -> str:
    """A plain-text table of the figures, for the terminal."""
    t = result.totals
    lines = [
        f"corpus   {result.corpus}",
        f"model    {result.model}",
        f"articles {result.articles}  words {result.words}",
        "",
        f"attribution  P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}"
        f"   (gold {t.gold}, predicted {t.predicted}, matched {t.matched})",
        f"source       token F1 {t.source_token_f1:.3f}  exact {t.source_exact:.3f}",
        f"content      token F1 {t.content_token_f1:.3f}",
        f"gold cues outside headline and body: {result.gold_outside_body}; predictions without cue: "
        f"{result.cueless_predictions}",
        "",
        f"{'gold cue kind':<16}{'gold':>6}{'found':>7}{'recall':>8}",
    ]
    for kind, c in result.per_kind.items():
        if not kind.startswith("pred:"):
            lines.append(f"{kind:<16}{c.gold:>6}{c.found:>7}{c.recall:>8.3f}")
    lines += ["", f"{'predicted kind':<16}{'pred':>6}{'correct':>8}{'precision':>10}"]
    for kind, c in result.per_kind.items():
        if kind.startswith("pred:"):
            lines.append(f"{kind[5:]:<16}{c.predicted:>6}{c.correct:>8}{c.precision:>10.3f}")
    cmp = result.comparison
    cue, quote = cmp.cue_exact, cmp.quote_30
    lines += [
        "",
        "scored as published systems score (different corpora: a guide, not a ranking)",
        f"  citron   cue exact F1 {cue.f1:.3f} (P {cue.precision:.3f} R {cue.recall:.3f})"
        f"   source exact F1 {cmp.source_exact.f1:.3f}",
        f"           overlap F1: cue {cmp.cue_overlap.f1:.3f}  source {cmp.source_overlap.f1:.3f}"
        f"  content {cmp.content_overlap.f1:.3f}",
        f"  GGT      quote F1 (30% overlap) {quote.f1:.3f}"
        f" (P {quote.precision:.3f} R {quote.recall:.3f})   speaker accuracy {cmp.speaker_accuracy:.3f}",
    ]
    total_seconds = result.parse_seconds + result.extract_seconds
    parse_wps = result.words / result.parse_seconds if result.parse_seconds else float("inf")
    extract_wps = result.words / result.extract_seconds if result.extract_seconds else float("inf")
    lines += [
        "",
        f"parse (Stanza, uncached part) {result.parse_seconds:.1f} s ({parse_wps:,.0f} words/s); "
        f"attribution stages {result.extract_seconds:.2f} s ({extract_wps:,.0f} words/s)",
        f"throughput {result.articles / max(total_seconds, 1e-9):.2f} articles/s, "
        f"{result.words_per_second:,.0f} words/s",
    ]
    return "\n".join(lines)


def error_analysis(result: EvalResult) -> str:
    """The most frequent missed and spurious cues: what extraction work should look at next."""
    lines = ["missed gold cues:"]
    lines += [f"  {n:>4}  {cue}" for cue, n in result.missed_cues]
    lines.append("spurious predicted cues:")
    lines += [f"  {n:>4}  {cue}" for cue, n in result.spurious_cues]
    return "\n".join(lines)
