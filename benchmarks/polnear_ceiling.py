"""How far word-level rules can take attribution F1 on a PolNeAR split: an optimistic ceiling.

The extractor is run as is; then every word it does not already use as a cue is put in a group by
(lemma, POS, has a subject, lies inside a predicted content span). For each threshold t the script adds
*every* group whose share of gold cues on this same split is at least t, as if a rule had been written for
it, and prints the precision, recall and F1 that would result. Choosing the groups on the split they are
scored on is an oracle, so the figures are an upper bound for rules keyed on the word and its frame
(a real rule is chosen on train and loses some of it on dev).

Reads the corpus at run time and writes nothing: no PolNeAR text ends up in the repository.

    STANZA_RESOURCES_DIR=/work/shared/stanza-en-mini .venv/bin/python benchmarks/polnear_ceiling.py \
        /work/shared/eval/polnear/train.jsonl
"""

from __future__ import annotations

import argparse
import os
from collections import Counter, defaultdict
from pathlib import Path

from auditor.config import AuditConfig
from auditor.evaluation.metrics import match, totals
from auditor.evaluation.polnear import load_polnear, parse_articles, predicted_relations
from auditor.ingest import article_from_text
from auditor.pipeline import extract

Group = tuple[str, str, bool, bool]
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN"})


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--min-size", type=int, default=3, help="ignore groups with fewer occurrences")
    args = ap.parse_args()
    models = Path(os.environ.get("STANZA_RESOURCES_DIR", "/work/shared/stanza-en-mini"))
    gold = load_polnear(args.corpus, args.limit)
    articles = [article_from_text(g.text, id=g.id, input_format="text") for g in gold]
    parses, _, _ = parse_articles(articles, AuditConfig(models_dir=models, threads=1), None, None)

    groups: dict[Group, Counter[str]] = defaultdict(Counter)
    scores = []
    for g, parsed in zip(gold, parses, strict=True):
        pred, _ = predicted_relations(extract(parsed).attributions)
        score = match(g.text, g.relations, pred)
        scores.append(score)
        missed = [list(g.relations[i].cue.spans) for i in score.missed]
        claimed: set[int] = set()
        cues = [s for r in pred for s in r.cue.spans]
        contents = [s for r in pred for s in r.content.spans]
        for s in parsed.sentences:
            for w in s.words:
                if w.upos not in CONTENT_POS or _overlaps(w.start, w.end, cues):
                    continue
                nested = any(a <= w.start and w.end <= b for a, b in contents)
                subject = any(c.head == w.index and c.deprel.startswith("nsubj") for c in s.words)
                key = (w.lemma.lower(), w.upos, subject, nested)
                groups[key]["n"] += 1
                hit = next(
                    (
                        j
                        for j, spans in enumerate(missed)
                        if j not in claimed and _overlaps(w.start, w.end, spans)
                    ),
                    None,
                )
                if hit is not None:  # one-to-one, as the metric pairs them
                    claimed.add(hit)
                    groups[key]["gold"] += 1

    now = totals(scores)
    tp, predicted, gold_total = now.matched, now.predicted, now.gold
    print(f"now           P {now.precision:.3f}  R {now.recall:.3f}  F1 {now.f1:.3f}")
    for t in (0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
        chosen = [c for c in groups.values() if c["n"] >= args.min_size and c["gold"] / c["n"] >= t]
        found, added = sum(c["gold"] for c in chosen), sum(c["n"] for c in chosen)
        p = (tp + found) / (predicted + added)
        r = (tp + found) / gold_total
        f1 = 2 * (tp + found) / (predicted + added + gold_total)
        print(
            f"groups >= {t:.1f}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   ({len(chosen)} groups, +{found}/{added})"
        )


if __name__ == "__main__":
    main()
