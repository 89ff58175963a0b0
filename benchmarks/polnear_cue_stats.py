"""Per-lemma cue statistics on a PolNeAR split: how often a verb with a person-like subject is a gold cue.

For every verb in the (cached) parses, the script records whether it has a person-or-group subject
(pronoun, proper noun, or a noun from source_nouns/role_nouns/collective_sources), whether its span
lies inside a gold cue span, and whether ``cues.find_cues`` already yields a cue there. It prints one
row per lemma: occurrences with a person-like subject, how many are gold cues (precision), how many
of those the extractor already finds, and the total gold-cue count. Reads the corpus at run time and
writes nothing: no PolNeAR text ends up in the repository.

    STANZA_RESOURCES_DIR=/work/shared/stanza-en-mini .venv/bin/python benchmarks/polnear_cue_stats.py \
        /work/shared/eval/polnear/train.jsonl --limit 200 --min-gold 3
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

from auditor.config import AuditConfig
from auditor.cues import find_cues, person_like
from auditor.evaluation.cache import ParseCache, default_cache_dir
from auditor.evaluation.polnear import load_polnear, parse_articles
from auditor.ingest import article_from_text
from auditor.quotes import find_quotes
from auditor.syntax import Tree, auxiliary_before

MODEL = (
    "stanza 1.15.0 en (tokenize=combined, mwt=combined, pos=ewt_mini, lemma=ewt_mini, depparse=ewt_mini,"
    " ner=uner_mini) at {}"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--min-gold", type=int, default=3, help="only lemmas that are gold cues this often")
    ap.add_argument("--lemmas", default="", help="comma-separated lemmas to show whatever their counts")
    ap.add_argument("--cached-only", action="store_true", help="skip articles not in the parse cache")
    args = ap.parse_args()
    models = Path(os.environ.get("STANZA_RESOURCES_DIR", "/work/shared/stanza-en-mini"))
    gold = load_polnear(args.corpus, args.limit)
    articles = [article_from_text(g.text, id=g.id, input_format="text") for g in gold]
    if args.cached_only:  # while a long parse runs elsewhere: use what the disk cache already holds
        cache = ParseCache(default_cache_dir(), MODEL.format(models))
        hits = [(g, cache.get(a)) for g, a in zip(gold, articles, strict=True)]
        gold = [g for g, p in hits if p is not None]
        parses = [p for _, p in hits if p is not None]
    else:
        parses, _, _ = parse_articles(articles, AuditConfig(models_dir=models, threads=1), None, None)
    print(f"{len(parses)} articles")
    occ, hit, found, gold_all = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    for g, parsed in zip(gold, parses, strict=True):
        spans = [(s, e) for r in g.relations for s, e in r.cue.spans]
        cue_starts = {c.start for c in find_cues(parsed, find_quotes(parsed))}
        for sent in parsed.sentences:
            tree = Tree(sent)
            for w in sent.words:
                if w.upos not in {"VERB", "AUX"}:
                    continue
                lemma = w.lemma.lower()
                is_gold = any(s <= w.start and w.end <= e for s, e in spans)
                gold_all[lemma] += is_gold
                holder = auxiliary_before(tree, w)
                subjects = [*tree.children(w.index, "nsubj")]
                if holder is not None:
                    subjects += tree.children(holder.index, "nsubj")
                if not any(person_like(x) for x in subjects):
                    continue
                occ[lemma] += 1
                hit[lemma] += is_gold
                found[lemma] += is_gold and w.start in cue_starts
    show = {x.strip() for x in args.lemmas.split(",") if x.strip()}
    print(f"{'lemma':<16}{'subj':>6}{'gold':>6}{'prec':>7}{'found':>7}{'gold_all':>9}")
    for lemma, _ in sorted(gold_all.items(), key=lambda kv: -kv[1]):
        if gold_all[lemma] < args.min_gold and lemma not in show:
            continue
        prec = hit[lemma] / occ[lemma] if occ[lemma] else 0.0
        print(f"{lemma:<16}{occ[lemma]:>6}{hit[lemma]:>6}{prec:>7.2f}{found[lemma]:>7}{gold_all[lemma]:>9}")


if __name__ == "__main__":
    main()
