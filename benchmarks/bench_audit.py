"""Benchmark for the audit: model load, Stanza annotation and the attribution stages, timed apart.

Words are body words (``pipeline.body_words``), the same count for both phases, so the two
words-per-second figures compare directly. Peak RSS is the process's ``ru_maxrss`` (models included).
The load average is printed too: on a shared machine it explains slow figures.

    .venv/bin/python benchmarks/bench_audit.py                      # seeds/
    .venv/bin/python benchmarks/bench_audit.py --copies 4           # seeds/ four times over
    .venv/bin/python benchmarks/bench_audit.py --polnear 20         # plus 20 PolNeAR dev texts, if present

PolNeAR is research-only: its texts are read from ../shared and nothing derived from them is written.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from auditor.config import AuditConfig
from auditor.errors import AuditorError
from auditor.ingest import article_from_text, read_inputs
from auditor.models import Article, ArticleAudit, ParsedArticle
from auditor.nlp import Annotator
from auditor.pipeline import audit_parsed, body_words

REPO = Path(__file__).resolve().parent.parent
POLNEAR_DEV = REPO.parent / "shared" / "eval" / "polnear" / "dev.jsonl"
SHARED_MODELS = REPO.parent / "shared" / "stanza-en-mini"


def _default_models_dir() -> Path | None:
    """Like the Makefile: $STANZA_RESOURCES_DIR, else the shared mini models when present."""
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return None
    return SHARED_MODELS if (SHARED_MODELS / "resources.json").is_file() else None


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _polnear(limit: int) -> list[Article]:
    if not POLNEAR_DEV.is_file():
        print(f"note: {POLNEAR_DEV} not found; PolNeAR texts skipped", file=sys.stderr)
        return []
    out: list[Article] = []
    with POLNEAR_DEV.open(encoding="utf-8") as handle:
        for line in handle:
            if len(out) >= limit:
                break
            if line.strip():
                record = json.loads(line)
                out.append(article_from_text(record["text"], id=f"polnear:{record['filename']}"))
    return out


def _articles(seeds: Path, copies: int, polnear: int, config: AuditConfig) -> list[Article]:
    found, errors = read_inputs([str(seeds)], config)
    for error in errors:
        print(f"input error: {error.file}: {error.message}", file=sys.stderr)
    articles = [a.model_copy(update={"id": f"{a.id}#{n}"}) for n in range(copies) for a in found]
    return articles + _polnear(polnear)


def _rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s" if seconds > 0 else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--seeds", type=Path, default=REPO / "seeds", help="folder of articles (default seeds/)"
    )
    parser.add_argument("--copies", type=int, default=1, help="audit the seed folder this many times over")
    parser.add_argument("--polnear", type=int, default=0, help="add the first N PolNeAR dev texts")
    parser.add_argument(
        "--models-dir",
        type=Path,
        default=_default_models_dir(),
        help="Stanza resources directory (default: $STANZA_RESOURCES_DIR, else ../shared/stanza-en-mini)",
    )
    parser.add_argument("--batch-size", type=int, default=16, help="articles per Stanza call")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (0: torch's default)")
    parser.add_argument("--stage-repeats", type=int, default=3, help="repeat the stages; best time counts")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    config = AuditConfig(
        models_dir=args.models_dir, batch_size=args.batch_size, provenance=False, threads=args.threads or None
    )
    articles = _articles(args.seeds, max(1, args.copies), max(0, args.polnear), config)
    if not articles:
        print("nothing to audit", file=sys.stderr)
        return 1
    words = sum(body_words(a) for a in articles)
    rss_before_models = _peak_rss_mb()

    started = time.perf_counter()
    try:
        annotator = Annotator(config)
    except AuditorError as exc:
        print(exc.one_line(), file=sys.stderr)
        return 2
    load_seconds = time.perf_counter() - started

    started = time.perf_counter()
    parsed: list[ParsedArticle] = []
    for first in range(0, len(articles), config.batch_size):
        parsed.extend(annotator.parse(articles[first : first + config.batch_size]))
    parse_seconds = time.perf_counter() - started

    # The stages are fast and the machine shared: the best of a few runs is the least noisy figure.
    stage_runs: list[float] = []
    audits: list[ArticleAudit] = []
    for _ in range(max(1, args.stage_repeats)):
        started = time.perf_counter()
        audits = [audit_parsed(p) for p in parsed]
        stage_runs.append(time.perf_counter() - started)
    stage_seconds = min(stage_runs)

    figures = {
        "articles": len(articles),
        "body_words": words,
        "sentences": sum(len(p.sentences) for p in parsed),
        "claims": sum(len(a.claims) for a in audits),
        "model": annotator.model_description,
        "model_load_s": round(load_seconds, 2),
        "annotation_s": round(parse_seconds, 2),
        "annotation_words_per_s": round(words / parse_seconds) if parse_seconds else None,
        "stages_s_best": round(stage_seconds, 3),
        "stages_s_runs": [round(s, 3) for s in stage_runs],
        "stages_words_per_s": round(words / stage_seconds) if stage_seconds else None,
        "end_to_end_words_per_s": round(words / (parse_seconds + stage_seconds)),
        "peak_rss_mb_before_models": round(rss_before_models),
        "peak_rss_mb": round(_peak_rss_mb()),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    print(f"articles            {len(articles)} ({words:,} body words, {figures['sentences']} sentences)")
    print(f"model               {annotator.model_description}")
    print(f"model load          {load_seconds:.1f} s")
    print(f"(a) Stanza          {parse_seconds:.1f} s  {_rate(words, parse_seconds)}")
    print(
        f"(b) attribution     {stage_seconds:.3f} s  {_rate(words, stage_seconds)}  "
        f"(best of {len(stage_runs)}: {', '.join(f'{s:.3f}' for s in stage_runs)} s)"
    )
    print(f"end to end (a+b)    {_rate(words, parse_seconds + stage_seconds)} (model load excluded)")
    print(
        f"peak RSS            {figures['peak_rss_mb']} MB "
        f"({figures['peak_rss_mb_before_models']} MB before models)"
    )
    print(f"load average (1 m)  {figures['load_average_1m']} on {figures['cpus']} CPUs")
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
