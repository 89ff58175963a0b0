"""Benchmark for provenance: time, peak memory and recall of planted rewrites on synthetic corpora.

Each size runs in a fresh subprocess so peak memory (ru_maxrss) belongs to that size alone.
A corpus mixes independent articles (Zipf-distributed words from a shared vocabulary plus a topic
vocabulary, so unrelated articles on one topic overlap) with planted rewrites (sentences kept in
order with word substitutions, deletions, insertions and a few new sentences) and planted copies.

    .venv/bin/python benchmarks/bench_provenance.py                 # 1k, 5k, 20k
    .venv/bin/python benchmarks/bench_provenance.py --sizes 1000 5000
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from auditor.models import ArticleAudit, Claim, Score
from auditor.provenance import Aligner, build_provenance

REWRITE_SHARE = 0.08  # of the corpus: derivatives of another article in it
COPY_SHARE = 0.02
TOPICS = 60
VOCABULARY = 40_000
TOPIC_WORDS = 400
STOP = (
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
)


def _words(rng: random.Random) -> tuple[list[str], list[list[str]]]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = list({"".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(VOCABULARY)})
    topics = [rng.sample(vocab[2000:], TOPIC_WORDS) for _ in range(TOPICS)]
    return vocab, topics


def _sentence(rng: random.Random, vocab: list[str], topic: list[str], cum_weights: list[float]) -> str:
    n = rng.randint(12, 26)
    common = rng.choices(vocab, cum_weights=cum_weights, k=n)
    out = []
    for k in range(n):
        r = rng.random()
        if r < 0.35:
            out.append(rng.choice(STOP))
        elif r < 0.6:
            out.append(rng.choice(topic))
        else:
            out.append(common[k])
    out[0] = out[0].capitalize()
    return " ".join(out) + "."


def _edit(rng: random.Random, sentence: str, vocab: list[str]) -> str:
    words = sentence.rstrip(".").split()
    out = []
    for w in words:
        r = rng.random()
        if r < 0.12:
            out.append(rng.choice(vocab))  # substituted
        elif r < 0.17:
            continue  # deleted
        else:
            out.append(w)
        if rng.random() < 0.05:
            out.append(rng.choice(vocab))  # inserted
    return " ".join(out or words) + "."


def _audit(article_id: str, sentences: list[str], published: str) -> ArticleAudit:
    """A minimal ArticleAudit (built without validation: the benchmark measures provenance, not pydantic)."""
    claims = []
    pos = 0
    for n, s in enumerate(sentences):
        claims.append(
            Claim.model_construct(
                id=f"c{n + 1}",
                sentence=s,
                start=pos,
                end=pos + len(s),
                sentence_index=n,
                paragraph=n,
                sourcing="unattributed",
                source=None,
                cue=None,
                content=None,
                quote=None,
                hedged=False,
                hedges=(),
                attribution=None,
                reason="synthetic",
            )
        )
        pos += len(s) + 1
    score = Score.model_construct(
        score=50,
        claims=len(claims),
        named=0,
        anonymous=0,
        unattributed=len(claims),
        hedged=0,
        anonymous_without_reason=0,
        distinct_named_sources=0,
        components={},
    )
    return ArticleAudit.model_construct(
        id=article_id,
        path=None,
        title=None,
        outlet=None,
        published=published,
        byline=None,
        credits=(),
        words=sum(len(s.split()) for s in sentences),
        score=50,
        score_detail=score,
        claims=tuple(claims),
        attributions=(),
        quotes=(),
        sources=(),
        findings=(),
        title_span=None,
    )


def corpus(size: int, seed: int = 1) -> tuple[list[ArticleAudit], set[tuple[str, str]]]:
    """``size`` articles and the planted (original, derivative) pairs."""
    rng = random.Random(seed)
    vocab, topics = _words(rng)
    cum_weights = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(vocab))))
    n_rewrites, n_copies = int(size * REWRITE_SHARE), int(size * COPY_SHARE)
    n_base = size - n_rewrites - n_copies
    texts: list[list[str]] = []
    dates: list[int] = []
    for _ in range(n_base):
        topic = topics[rng.randrange(TOPICS)]
        texts.append([_sentence(rng, vocab, topic, cum_weights) for _ in range(rng.randint(12, 28))])
        dates.append(rng.randint(1, 300))
    planted: set[tuple[str, str]] = set()
    audits = [
        _audit(f"a{i}", t, f"2024-{1 + d // 28:02d}-{1 + d % 28:02d}")
        for i, (t, d) in enumerate(zip(texts, dates, strict=True))
    ]
    for k in range(n_rewrites + n_copies):
        i = rng.randrange(n_base)
        original = texts[i]
        if k < n_rewrites:
            kept = [_edit(rng, s, vocab) for s in original if rng.random() < 0.85]
            for _ in range(rng.randint(0, 3)):
                kept.insert(rng.randrange(len(kept) + 1), _sentence(rng, vocab, topics[0], cum_weights))
        else:
            kept = list(original)
        d = min(dates[i] + rng.randint(1, 20), 335)
        new_id = f"d{k}"
        audits.append(_audit(new_id, kept, f"2024-{1 + d // 28:02d}-{1 + d % 28:02d}"))
        planted.add((f"a{i}", new_id))
    rng.shuffle(audits)
    return audits, planted


def run_one(size: int) -> dict[str, float]:
    audits, planted = corpus(size)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    aligner = Aligner()
    t0, c0 = time.perf_counter(), time.process_time()
    provenance = build_provenance(audits, aligner=aligner)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    derived = {
        (link.source, link.target): link for link in provenance.links if link.relation in {"copy", "rewrite"}
    }
    found = [p for p in planted if p in derived or p[::-1] in derived]
    oriented = [p for p in planted if p in derived and derived[p].directed]
    # Two rewrites of one original are rewrites of each other too: such sibling links are not false.
    origin = {d: o for o, d in planted}
    related = planted | {(a, b) for a in origin for b in origin if a != b and origin[a] == origin[b]}
    false_links = [k for k in derived if k not in related and k[::-1] not in related]
    pairs = size * (size - 1) // 2
    return {
        "articles": size,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # steadier than wall time on a shared machine
        "peak_rss_mb": round(rss_after / 1024, 1),
        "rss_growth_mb": round((rss_after - rss_before) / 1024, 1),
        "aligned_pairs": aligner.calls,
        "aligned_share_of_all_pairs": round(aligner.calls / pairs, 6),
        "planted": len(planted),
        "recall": round(len(found) / len(planted), 4) if planted else 1.0,
        "direction_correct": round(len(oriented) / len(found), 4) if found else 0.0,
        "false_derivation_links": len(false_links),
        "links": len(provenance.links),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        sys.stdout.write(json.dumps(run_one(args.one)) + "\n")
        return
    results = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--one", str(size)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
    for a, b in itertools.pairwise(results):
        ratio = b["cpu_seconds"] / a["cpu_seconds"] if a["cpu_seconds"] else float("inf")
        sys.stdout.write(
            f"{a['articles']} -> {b['articles']} articles: "
            f"CPU time x{ratio:.1f} for x{b['articles'] / a['articles']:.0f} articles\n"
        )


if __name__ == "__main__":
    main()
