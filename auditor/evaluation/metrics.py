"""Scores predicted attributions against gold ones: detection P/R/F1, source and content token F1.

Pure functions over small models, so the metrics are tested on hand-made tables. A predicted
attribution counts as found when its cue overlaps a gold cue; the pairing is one-to-one and
maximises the total overlap (Hungarian assignment), so a duplicate prediction cannot count twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field
from scipy.optimize import linear_sum_assignment

from auditor import lexicon

Spans = tuple[tuple[int, int], ...]
#: A word token, as both the pair metrics and the comparison metrics count them.
WORD_TOKEN = re.compile(r"\w+", re.UNICODE)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SpanSet(_Model):
    """One annotated element (source, cue or content): possibly discontinuous character spans."""

    spans: Spans = ()

    def text(self, doc: str) -> str:
        return " ... ".join(doc[s:e] for s, e in self.spans)


class Relation(_Model):
    """An attribution relation, gold or predicted, reduced to what the metrics need."""

    cue: SpanSet
    source: SpanSet = SpanSet()
    content: SpanSet = SpanSet()
    kind: str = Field(default="other", description="Cue kind (speech_verb, according_to, ...).")


class PairScore(_Model):
    gold: int
    pred: int
    source_f1: float
    source_exact: bool
    content_f1: float


class KindCounts(_Model):
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0


class DocScore(_Model):
    """Matching result for one document."""

    gold: int
    predicted: int
    pairs: tuple[PairScore, ...]
    missed: tuple[int, ...] = Field(description="Indices of gold relations not found.")
    spurious: tuple[int, ...] = Field(description="Indices of predictions matching no gold relation.")


def overlap(a: Spans, b: Spans) -> int:
    """Number of characters shared by two span sets."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def tokens(doc: str, spans: Spans) -> Counter[str]:
    """Lower-cased word tokens covered by the spans (a multiset)."""
    out: Counter[str] = Counter()
    for s, e in spans:
        out.update(t.lower() for t in WORD_TOKEN.findall(doc[s:e]))
    return out


def token_f1(doc: str, gold: Spans, pred: Spans) -> float:
    """Multiset token F1 between two span sets; two empty sets agree perfectly."""
    g, p = tokens(doc, gold), tokens(doc, pred)
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def match(doc: str, gold: Sequence[Relation], pred: Sequence[Relation]) -> DocScore:
    """Pair predictions with gold relations one-to-one by cue overlap, then score the pairs."""
    pairs: list[PairScore] = []
    matched_g: set[int] = set()
    matched_p: set[int] = set()
    if gold and pred:
        weights = np.array([[overlap(g.cue.spans, p.cue.spans) for p in pred] for g in gold], dtype=float)
        rows, cols = linear_sum_assignment(-weights)
        for gi, pi in zip(rows.tolist(), cols.tolist(), strict=True):
            if weights[gi, pi] <= 0:
                continue
            g, p = gold[gi], pred[pi]
            matched_g.add(gi)
            matched_p.add(pi)
            pairs.append(
                PairScore(
                    gold=gi,
                    pred=pi,
                    source_f1=token_f1(doc, g.source.spans, p.source.spans),
                    source_exact=_norm(g.source.text(doc)) == _norm(p.source.text(doc)),
                    content_f1=token_f1(doc, g.content.spans, p.content.spans),
                )
            )
    return DocScore(
        gold=len(gold),
        predicted=len(pred),
        pairs=tuple(sorted(pairs, key=lambda x: x.gold)),
        missed=tuple(i for i in range(len(gold)) if i not in matched_g),
        spurious=tuple(i for i in range(len(pred)) if i not in matched_p),
    )


def _norm(text: str) -> str:
    return " ".join(t.lower() for t in WORD_TOKEN.findall(text))


class Totals(_Model):
    """Corpus-level figures."""

    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    source_token_f1: float
    source_exact: float
    content_token_f1: float


def totals(scores: Sequence[DocScore]) -> Totals:
    """Micro-averaged detection figures and mean pair scores over documents."""
    gold = sum(s.gold for s in scores)
    pred = sum(s.predicted for s in scores)
    pairs = [p for s in scores for p in s.pairs]
    matched = len(pairs)
    precision = matched / pred if pred else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = matched or 1
    return Totals(
        gold=gold,
        predicted=pred,
        matched=matched,
        precision=precision,
        recall=recall,
        f1=f1,
        source_token_f1=sum(p.source_f1 for p in pairs) / n,
        source_exact=sum(p.source_exact for p in pairs) / n,
        content_token_f1=sum(p.content_f1 for p in pairs) / n,
    )


# Gold cue kinds: PolNeAR gives only the cue text, so the kind is judged from the words.
_NOUN_CUES = frozenset(lexicon.words("eval_noun_cues.txt"))


def gold_cue_kind(cue_text: str) -> str:
    """Classify a gold cue ("said", "according to", "believes", "in a statement") into a cue kind."""
    words = [w.lower() for w in WORD_TOKEN.findall(cue_text)]
    if not words:
        return "punctuation"
    if "according" in words:
        return "according_to"
    verbs = lexicon.table("reporting_verbs.txt")
    irregular = lexicon.table("reporting_verb_forms.txt")
    for word in words:
        for form in [*(irregular.get(word) or ()), *_lemma_guesses(word)]:
            if verbs.get(form):
                return verbs[form][0]
    if any(w in _NOUN_CUES for w in words):
        return "noun"
    return "other"


def _lemma_guesses(word: str) -> list[str]:
    """Cheap lemma candidates for an inflected verb form (said -> say handled by the verb list)."""
    guesses = [word]
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("s", ""),
        ("ing", ""),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            guesses.append(word[: -len(suffix)] + repl)
    if word.endswith("ing") and len(word) > 5:
        guesses.append(word[:-3] + "e")
    if len(word) > 4 and word[-3:] in {"ted", "ged", "ped", "ned", "red"} and word[-3] == word[-4]:
        guesses.append(word[:-3])  # doubled consonant: "flagged" -> "flag"
    return guesses
