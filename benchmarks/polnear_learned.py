"""How far a learned cue classifier on top of the rules takes attribution F1 on PolNeAR: a measurement.

The question it answers: would a trained model on these parses reach the F1 target that word-level
rules cannot (see polnear_ceiling.py)? It runs the extractor as is, then trains two logistic
regressions on the train split, on the features a parse gives (lemma, tags, relation, the words around,
what hangs from the word, its subject, quotation and nesting):

* **recall side:** for every word the rules do not use as a cue, "is it part of a gold cue they
  missed?"; words above a threshold are added as cues (adjacent ones as one cue);
* **precision side:** for every cue the rules predict, "does it match a gold cue?"; cues below a
  threshold are dropped.

Both thresholds are chosen by two-fold cross-validation on train (never on the split being scored),
then the models are refitted on all of train and scored on the other split. Only cue detection is
scored: an added cue would still need a source and content, so the figure is an upper bound for what
such a layer adds to detection F1.

This is a research measurement, not a component: PolNeAR is research-only data, so nothing trained on
it ships in the project. Reads the corpus at run time and writes nothing.

    .venv/bin/pip install -e '.[bench]'
    STANZA_RESOURCES_DIR=/work/shared/stanza-en-mini .venv/bin/python benchmarks/polnear_learned.py \
        /work/shared/eval/polnear/train.jsonl /work/shared/eval/polnear/dev.jsonl
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.config import AuditConfig
from auditor.evaluation.metrics import Relation, match
from auditor.evaluation.polnear import GoldArticle, load_polnear, parse_articles, predicted_relations
from auditor.ingest import article_from_text
from auditor.models import Attribution, ParsedArticle, Sentence, Word
from auditor.pipeline import extract

Features = dict[str, float]
Spans = list[tuple[int, int]]
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN", "ADP"})
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)


@dataclass
class Doc:
    gold: GoldArticle
    parsed: ParsedArticle
    attributions: list[Attribution]  # those with a cue, in the order of `pred`
    pred: list[Relation]


def _overlaps(start: int, end: int, spans: Spans) -> bool:
    return any(a < end and start < b for a, b in spans)


def _person_like(w: Word) -> bool:
    return w.upos in ("PROPN", "PRON") or w.ner.endswith(("PERSON", "ORG", "NORP", "GPE"))


def _in_quote(text: str, s: Sentence, w: Word) -> bool:
    before = text[s.start : w.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def features(text: str, s: Sentence, w: Word, contents: Spans) -> Features:
    """What the parse says about one word, as sparse indicator features."""
    lemma = w.lemma.lower()
    kids = [c for c in s.words if c.head == w.index]
    f: Features = {f"l={lemma}": 1, f"u={w.upos}": 1, f"x={w.xpos}": 1, f"d={w.deprel}": 1}
    f[f"l={lemma}|d={w.deprel}"] = f[f"l={lemma}|u={w.upos}"] = 1
    for c in kids:
        f[f"k={c.deprel}"] = f[f"l={lemma}|k={c.deprel}"] = 1
        if c.deprel in ("mark", "case", "obj", "obl", "xcomp", "ccomp"):
            f[f"k={c.deprel}:{c.lemma.lower()}"] = 1
    subject = next((c for c in kids if c.deprel.startswith("nsubj")), None)
    if subject is not None:
        person = _person_like(subject)
        f["subj"] = 1
        f[f"l={lemma}|subj_person={person}"] = f[f"subj_lemma={subject.lemma.lower()}"] = 1
        f[f"su={subject.upos}"] = f[f"l={lemma}|su={subject.upos}"] = 1
        f[f"sner={subject.ner[2:] or 'O'}"] = 1
    if w.head:
        head = s.words[w.head - 1]
        f[f"h={head.lemma.lower()}"] = f[f"hu={head.upos}"] = 1
        f[f"l={lemma}|d={w.deprel}|hu={head.upos}"] = 1
        if head.head:
            f[f"hh={s.words[head.head - 1].lemma.lower()}"] = 1
    nested = any(a <= w.start and w.end <= b for a, b in contents)
    quoted = _in_quote(text, s, w)
    f[f"l={lemma}|nested={nested}"] = f[f"l={lemma}|quoted={quoted}"] = 1
    f["nested"], f["quoted"] = float(nested), float(quoted)
    i = w.index - 1
    after = s.words[i + 1].lemma.lower() if i + 1 < len(s.words) else "</s>"
    f[f"p={s.words[i - 1].lemma.lower() if i else '<s>'}"] = f[f"n={after}"] = 1
    f[f"l={lemma}|n={after}"] = 1
    f[f"pos={min(w.index, 6)}"] = 1
    return f


def load(corpus: Path, models: Path) -> list[Doc]:
    gold = load_polnear(corpus, None)
    articles = [article_from_text(g.text, id=g.id, input_format="text") for g in gold]
    parses, _, _ = parse_articles(articles, AuditConfig(models_dir=models, threads=1), None, None)
    docs = []
    for g, parsed in zip(gold, parses, strict=True):
        with_cue = [a for a in extract(parsed).attributions if a.cue is not None]
        pred, _ = predicted_relations(with_cue)
        docs.append(Doc(g, parsed, with_cue, pred))
    return docs


@dataclass
class Examples:
    recall_x: list[Features]
    recall_y: list[int]
    recall_at: list[tuple[int, int, int]]  # (doc, start, end) of each candidate word
    precision_x: list[Features]
    precision_y: list[int]
    precision_doc: list[int]
    missed: list[list[Spans]]  # per doc, the cue spans of gold relations the rules missed
    found: int  # rule predictions that match
    predicted: int
    gold: int


def examples(docs: Sequence[Doc]) -> Examples:
    ex = Examples([], [], [], [], [], [], [], 0, 0, 0)
    for d, doc in enumerate(docs):
        score = match(doc.gold.text, doc.gold.relations, doc.pred)
        missed = [list(doc.gold.relations[i].cue.spans) for i in score.missed]
        matched = {p.pred for p in score.pairs}
        ex.missed.append(missed)
        ex.found += len(matched)
        ex.predicted += len(doc.pred)
        ex.gold += len(doc.gold.relations)
        cues = [s for r in doc.pred for s in r.cue.spans]
        contents = [s for r in doc.pred for s in r.content.spans]
        for s in doc.parsed.sentences:
            if not doc.parsed.in_body(s.index):
                continue
            for w in s.words:
                if w.upos in CANDIDATE_POS and not _overlaps(w.start, w.end, cues):
                    ex.recall_x.append(features(doc.gold.text, s, w, contents))
                    ex.recall_y.append(int(any(_overlaps(w.start, w.end, m) for m in missed)))
                    ex.recall_at.append((d, w.start, w.end))
        for i, a in enumerate(doc.attributions):
            assert a.cue is not None
            s = doc.parsed.sentences[a.cue.sentence]
            head = next((w for w in s.words if w.index == a.cue.head), None)
            f = features(doc.gold.text, s, head, contents) if head else {"no_head": 1.0}
            f[f"kind={a.cue.kind}"] = f[f"strength={a.cue.strength}"] = f[f"cue={a.cue.lemma.lower()}"] = 1
            f["named"], f["quote"] = float(bool(a.source and a.source.named)), float(a.quote is not None)
            ex.precision_x.append(f)
            ex.precision_y.append(int(i in matched))
            ex.precision_doc.append(d)
    return ex


def score(ex: Examples, p_recall: Sequence[float], p_keep: Sequence[float], t_add: float, t_keep: float):
    """Detection P, R, F1 after adding and dropping cues at these thresholds."""
    kept = sum(1 for p in p_keep if p >= t_keep)
    kept_found = sum(y for p, y in zip(p_keep, ex.precision_y, strict=True) if p >= t_keep)
    added = found = 0
    claimed: set[tuple[int, int]] = set()
    last: tuple[int, int] | None = None
    for (d, start, end), p in zip(ex.recall_at, p_recall, strict=True):
        if p < t_add:
            continue
        adjacent = last is not None and last[0] == d and 0 <= start - last[1] <= 1
        last = (d, end)
        if adjacent:  # the next word of the same cue ("called for", "in a statement")
            continue
        added += 1
        hit = next(
            (j for j, m in enumerate(ex.missed[d]) if (d, j) not in claimed and _overlaps(start, end, m)),
            None,
        )
        if hit is not None:
            claimed.add((d, hit))
            found += 1
    tp, predicted = kept_found + found, kept + added
    precision, recall = tp / max(predicted, 1), tp / max(ex.gold, 1)
    return precision, recall, 2 * tp / max(predicted + ex.gold, 1)


def fit(x: list[Features], y: list[int], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=3000)).fit(x, y)


def choose_thresholds(train: Sequence[Doc], c: float) -> tuple[float, float]:
    """Two-fold cross-validation on train: the thresholds with the best pooled F1."""
    half = len(train) // 2
    folds = [(train[:half], train[half:]), (train[half:], train[:half])]
    held = []
    for fit_on, score_on in folds:
        a, b = examples(fit_on), examples(score_on)
        recall_model = fit(a.recall_x, a.recall_y, c)
        keep_model = fit(a.precision_x, a.precision_y, c)
        held.append(
            (b, recall_model.predict_proba(b.recall_x)[:, 1], keep_model.predict_proba(b.precision_x)[:, 1])
        )
    best = (0.0, 0.5, 0.0)
    for t_add in THRESHOLDS:
        for t_keep in (0.0, 0.2, 0.3, 0.4):
            f1 = sum(score(b, pr, pk, t_add, t_keep)[2] for b, pr, pk in held) / 2
            best = max(best, (f1, t_add, t_keep))
    return best[1], best[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", type=Path)
    ap.add_argument("score", type=Path, help="the split to score (dev); never the test split")
    ap.add_argument("-C", type=float, default=0.3, help="inverse regularisation strength")
    args = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise SystemExit("This benchmark needs scikit-learn: .venv/bin/pip install -e '.[bench]'") from None
    models = Path(os.environ.get("STANZA_RESOURCES_DIR", "/work/shared/stanza-en-mini"))
    train, target = load(args.train, models), load(args.score, models)
    t_add, t_keep = choose_thresholds(train, args.C)
    tr, ev = examples(train), examples(target)
    recall_model = fit(tr.recall_x, tr.recall_y, args.C)
    keep_model = fit(tr.precision_x, tr.precision_y, args.C)
    p_recall = recall_model.predict_proba(ev.recall_x)[:, 1]
    p_keep = keep_model.predict_proba(ev.precision_x)[:, 1]
    rules = score(ev, [0.0] * len(p_recall), [1.0] * len(p_keep), 2.0, 0.0)
    print(f"thresholds chosen on train (2-fold): add at >= {t_add}, keep at >= {t_keep}")
    print(f"rules only            P {rules[0]:.3f}  R {rules[1]:.3f}  F1 {rules[2]:.3f}")
    for name, ta, tk in (("+ added cues", t_add, 0.0), ("+ added, - dropped", t_add, t_keep)):
        p, r, f1 = score(ev, p_recall, p_keep, ta, tk)
        print(f"{name:21} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    for ta in THRESHOLDS:  # the whole curve, for the reader; not used to choose
        p, r, f1 = score(ev, p_recall, p_keep, ta, t_keep)
        print(f"  add at >= {ta:<4}     P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
