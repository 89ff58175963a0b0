"""Benchmark for one very long input: the attribution stages on a file near the 5 MB size limit.

Stanza needs about 20 minutes for a 1.4 MB file on a 2-core machine, which would drown the figure this
script is for: how the stages *after* the parse grow with the length of one article (a quadratic step
shows up here and nowhere else). So the parse is built, not run: a template text is parsed once and
its parse is laid end to end ``--copies`` times, every offset shifted, as if Stanza had read the
long file. Each stage of ``pipeline.audit_parsed`` is then timed on its own.

    .venv/bin/python benchmarks/bench_long.py                         # the seeds' body paragraphs
    .venv/bin/python benchmarks/bench_long.py --sentence "The mayor said the budget was fine." \\
        --copies 40000                                                  # a worst case for coreference
    .venv/bin/python benchmarks/bench_long.py --sizes 10,20,40          # how the time grows

The stages are timed through the ``run`` hook of ``pipeline.audit_parsed``, so the figures follow the
pipeline's own stage list.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from auditor.config import AuditConfig
from auditor.errors import AuditorError
from auditor.ingest import article_from_text, read_inputs
from auditor.models import Article, ParsedArticle
from auditor.nlp import Annotator
from auditor.pipeline import audit_parsed

REPO = Path(__file__).resolve().parent.parent
SHARED_MODELS = REPO.parent / "shared" / "stanza-en-mini"
GAP = "\n\n"


def _default_models_dir() -> Path | None:
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return None
    return SHARED_MODELS if (SHARED_MODELS / "resources.json").is_file() else None


def _template(seeds: Path, sentence: str | None, config: AuditConfig) -> Article:
    """One article of body paragraphs: the sentence given, or every seed's body paragraphs."""
    if sentence:
        return article_from_text(sentence, id="template")
    found, _ = read_inputs([str(seeds)], config)
    text = GAP.join(seg.text for a in found for seg in a.body)
    article = article_from_text(text, id="template")
    # only body paragraphs: a headline found in the template would repeat once per copy
    return article.model_copy(update={"title": None, "byline": None, "published_span": None})


def _shift(model: Any, by: int, **update: int) -> Any:
    """A copy of a span-like model moved ``by`` characters, with other integer fields replaced."""
    return model.model_copy(update={"start": model.start + by, "end": model.end + by, **update})


def tile(parsed: ParsedArticle, copies: int) -> ParsedArticle:
    """The parse of ``copies`` copies of the template, separated by blank lines, as one article."""
    template = parsed.article
    step = len(template.text) + len(GAP)
    n_segments, n_sentences = len(template.segments), len(parsed.sentences)
    segments, sentences, entities, credits = [], [], [], []
    for k in range(copies):
        by = k * step
        segments += [_shift(s, by) for s in template.segments]
        credits += [_shift(c, by) for c in template.credits]
        for s in parsed.sentences:
            words = tuple(_shift(w, by) for w in s.words)
            sentences.append(
                s.model_copy(
                    update={
                        "start": s.start + by,
                        "end": s.end + by,
                        "index": s.index + k * n_sentences,
                        "paragraph": s.paragraph + k * n_segments,
                        "words": words,
                    }
                )
            )
        entities += [_shift(e, by, sentence=e.sentence + k * n_sentences) for e in parsed.entities]
    article = template.model_copy(
        update={
            "id": f"long-{copies}",
            "text": GAP.join([template.text] * copies),
            "segments": tuple(segments),
            "credits": tuple(credits),
        }
    )
    return ParsedArticle(
        article=article, sentences=tuple(sentences), entities=tuple(entities), model=parsed.model
    )


def timed_audit(parsed: ParsedArticle) -> tuple[dict[str, float], int]:
    """Seconds per stage of ``pipeline.audit_parsed``, in pipeline order, and the number of claims."""
    times: dict[str, float] = {}

    def run(name: str, stage: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = stage(*args, **kwargs)
        times[name] = time.perf_counter() - started
        return result

    audit = audit_parsed(parsed, run)
    return times, len(audit.claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds", help="template folder (default seeds/)")
    parser.add_argument("--sentence", default=None, help="use this text as the template instead")
    parser.add_argument("--copies", type=int, default=0, help="copies (default: as many as make 1.4 MB)")
    parser.add_argument("--sizes", default="", help="comma-separated copy counts, run one after another")
    parser.add_argument("--models-dir", type=Path, default=_default_models_dir())
    args = parser.parse_args(argv)

    config = AuditConfig(models_dir=args.models_dir, provenance=False, threads=1)
    template = _template(args.seeds, args.sentence, config)
    try:
        annotator = Annotator(config)
    except AuditorError as exc:
        print(exc.one_line(), file=sys.stderr)
        return 2
    started = time.perf_counter()
    (parsed,) = annotator.parse([template])
    parse_seconds = time.perf_counter() - started

    step = len(template.text) + len(GAP)
    default_copies = max(1, 1_400_000 // step)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] or [args.copies or default_copies]
    print(
        f"template: {len(template.text):,} characters, {len(parsed.sentences)} sentences, "
        f"parsed in {parse_seconds:.1f} s ({len(parsed.sentences) / parse_seconds:.0f} sentences/s)"
    )
    for copies in sizes:
        long = tile(parsed, copies)
        times, n_claims = timed_audit(long)
        total = sum(times.values())
        print(
            f"\n{copies} copies: {len(long.article.text):,} characters, {len(long.sentences):,} sentences, "
            f"{n_claims:,} claims"
        )
        print(f"  stages after the parse  {total:.1f} s  ({len(long.sentences) / total:,.0f} sentences/s)")
        for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
            print(f"    {name:<14}{seconds:8.2f} s")
    print(f"\nload average (1 m) {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
