"""Scores in the published systems' own terms, so our PolNeAR figures can sit beside theirs.

Our headline metric (``metrics.match``) pairs cues one-to-one by overlap. The systems the README compares
against report differently, and a fair table needs the same yardstick on our side:

- BBC citron (``citron/metrics.py``): *exact* cue P/R/F1 (a predicted cue counts when some gold cue has
  exactly its span); *exact* source P/R/F1 (cues overlap and the source spans are identical); *overlap*
  P/R/F1 for cue, source and content: precision is the share of predicted word tokens that lie in a gold
  span of the same part, recall the share of gold tokens that lie in a predicted one.
- SFU Gender Gap Tracker: quote P/R/F1 where a predicted content matches a gold content when at least
  30% of the gold content's tokens are covered (one-to-one), and *speaker accuracy*: the share of those
  matched quotes whose predicted source shares a token with the gold source.

Different corpora (PARC 3.0 for citron, 98 Canadian articles for the GGT), so the numbers are a guide, not
a ranking; the README says so beside them.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field, computed_field

from auditor.evaluation.metrics import WORD_TOKEN, Relation, Spans, overlap


class PRF(BaseModel):
    """Precision, recall and F1 from counts (exact metrics) or token sums (overlap metrics)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    right: int = Field(description="Predictions counted right (relations, or shared tokens for overlap).")
    predicted: int = Field(description="Predicted total (relations or tokens).")
    found: int = Field(description="Gold items counted found (citron counts each side on its own).")
    gold: int = Field(description="Gold total (relations or tokens).")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            right=self.right + other.right,
            predicted=self.predicted + other.predicted,
            found=self.found + other.found,
            gold=self.gold + other.gold,
        )


ZERO = PRF(right=0, predicted=0, found=0, gold=0)


class Comparison(BaseModel):
    """Corpus totals in citron's and the Gender Gap Tracker's terms."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cue_exact: PRF = ZERO
    source_exact: PRF = ZERO
    cue_overlap: PRF = ZERO
    source_overlap: PRF = ZERO
    content_overlap: PRF = ZERO
    quote_30: PRF = Field(default=ZERO, description="GGT-style quote match: >= 30% of gold content covered.")
    speaker_right: int = Field(default=0, description="Matched quotes whose source overlaps the gold source.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.quote_30.found if self.quote_30.found else 0.0

    def __add__(self, other: Comparison) -> Comparison:
        return Comparison(
            cue_exact=self.cue_exact + other.cue_exact,
            source_exact=self.source_exact + other.source_exact,
            cue_overlap=self.cue_overlap + other.cue_overlap,
            source_overlap=self.source_overlap + other.source_overlap,
            content_overlap=self.content_overlap + other.content_overlap,
            quote_30=self.quote_30 + other.quote_30,
            speaker_right=self.speaker_right + other.speaker_right,
        )


def token_positions(doc: str, spans: Spans) -> frozenset[int]:
    """Start offsets of the word tokens inside the spans: a token set that respects position."""
    return frozenset(m.start() for s, e in spans for m in WORD_TOKEN.finditer(doc, s, e))


def _exact(gold: Sequence[Relation], pred: Sequence[Relation], same: str) -> PRF:
    """citron's exact metric: a prediction is right when a gold relation has the same span(s)."""

    def hit(p: Relation, g: Relation) -> bool:
        if same == "cue":
            return set(p.cue.spans) == set(g.cue.spans)
        return overlap(p.cue.spans, g.cue.spans) > 0 and set(p.source.spans) == set(g.source.spans)

    right = sum(any(hit(p, g) for g in gold) for p in pred)
    found = sum(any(hit(p, g) for p in pred) for g in gold)
    return PRF(right=right, predicted=len(pred), found=found, gold=len(gold))


def _overlap(doc: str, gold: Sequence[Relation], pred: Sequence[Relation], part: str) -> PRF:
    """citron's overlap metric, bounded: predicted tokens inside some gold span, and the converse.

    citron sums shared tokens over every predicted x gold pair, which can pass 1.0 when relations nest
    (PolNeAR often has two relations over one content); taking the union of the other side keeps each
    figure a proportion.
    """
    g_sets = [token_positions(doc, getattr(g, part).spans) for g in gold]
    p_sets = [token_positions(doc, getattr(p, part).spans) for p in pred]
    all_g = frozenset().union(*g_sets)
    all_p = frozenset().union(*p_sets)
    return PRF(
        right=sum(len(p & all_g) for p in p_sets),
        predicted=sum(map(len, p_sets)),
        found=sum(len(g & all_p) for g in g_sets),
        gold=sum(map(len, g_sets)),
    )


def _quotes_30(doc: str, gold: Sequence[Relation], pred: Sequence[Relation]) -> tuple[PRF, int]:
    """GGT-style: greedy one-to-one content matching at >= 30% of the gold content's tokens."""
    g_sets = [token_positions(doc, g.content.spans) for g in gold]
    p_sets = [token_positions(doc, p.content.spans) for p in pred]
    pairs = sorted(
        (
            (len(p & g) / len(g), gi, pi)
            for gi, g in enumerate(g_sets)
            if g
            for pi, p in enumerate(p_sets)
            if p and len(p & g) / len(g) >= 0.3
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    right = 0
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g_src = token_positions(doc, gold[gi].source.spans)
        p_src = token_positions(doc, pred[pi].source.spans)
        right += bool(g_src & p_src) or (not g_src and not p_src)
    n_pred, n_gold = sum(1 for p in p_sets if p), sum(1 for g in g_sets if g)
    quotes = PRF(right=len(used_p), predicted=n_pred, found=len(used_g), gold=n_gold)
    return quotes, right


def compare(doc: str, gold: Sequence[Relation], pred: Sequence[Relation]) -> Comparison:
    """All comparison figures for one document (sum documents with ``+``)."""
    quotes, right = _quotes_30(doc, gold, pred)
    return Comparison(
        cue_exact=_exact(gold, pred, "cue"),
        source_exact=_exact(gold, pred, "source"),
        cue_overlap=_overlap(doc, gold, pred, "cue"),
        source_overlap=_overlap(doc, gold, pred, "source"),
        content_overlap=_overlap(doc, gold, pred, "content"),
        quote_30=quotes,
        speaker_right=right,
    )
