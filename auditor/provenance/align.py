"""Sentence alignment within one candidate pair of articles (rapidfuzz word-level similarity).

The similarity of two sentences is the word-level Indel similarity (1 - normalised LCS-based
edit distance over words), taken as the better of all words and content words only, so a rewrite
that swaps function words still scores high. Pairs are matched one-to-one, best first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from auditor.models import AlignedSentence
from auditor.provenance._text import Doc, Unit

LOOSE = 0.45  # two sentences plausibly report the same fact (used for coverage and unique content)
EVIDENCE = 0.5  # same fact, comparable wording: evidence for a link, input to drift checks
STRONG = 0.6  # reused sentence (rewrite evidence)
NEAR_IDENTICAL = 0.9  # copied sentence


@dataclass(frozen=True)
class Pair:
    left: int  # unit index in the left doc
    right: int  # unit index in the right doc
    score: float


@dataclass(frozen=True)
class Alignment:
    """The sentence alignment of two docs: a one-to-one matching plus the full score matrix."""

    left: Doc
    right: Doc
    pairs: tuple[Pair, ...]  # one-to-one, score >= LOOSE, ordered by left index
    matrix: np.ndarray

    def strong(self, threshold: float = STRONG) -> tuple[Pair, ...]:
        return tuple(p for p in self.pairs if p.score >= threshold)

    def left_coverage(self, threshold: float = LOOSE) -> float:
        """Share of the left doc's sentences with some counterpart at ``threshold``."""
        if not self.left.units:
            return 0.0
        return float((self.matrix.max(axis=1) >= threshold).sum()) / len(self.left.units)

    def right_coverage(self, threshold: float = LOOSE) -> float:
        if not self.right.units:
            return 0.0
        return float((self.matrix.max(axis=0) >= threshold).sum()) / len(self.right.units)

    def order(self, threshold: float = STRONG) -> float:
        """Share of the reused sentences that keep their relative order (longest increasing run)."""
        rights = [p.right for p in self.strong(threshold)]
        if not rights:
            return 0.0
        return _lis(rights) / len(rights)

    def oriented(
        self, *, left_to_right: bool = True, threshold: float = EVIDENCE
    ) -> Iterator[tuple[Unit, Unit, Pair]]:
        """Aligned sentence pairs at ``threshold`` as (from-side unit, to-side unit, pair)."""
        for p in self.pairs:
            if p.score < threshold:
                continue
            a, b = self.left.units[p.left], self.right.units[p.right]
            yield (a, b, p) if left_to_right else (b, a, p)

    def evidence(self, threshold: float = EVIDENCE, *, flipped: bool = False) -> tuple[AlignedSentence, ...]:
        """The aligned pairs as contract objects, oriented so ``source_*`` is the link's source."""
        out = []
        for a, b, p in self.oriented(left_to_right=not flipped, threshold=threshold):
            out.append(
                AlignedSentence(
                    source_start=a.start,
                    source_end=a.end,
                    target_start=b.start,
                    target_end=b.end,
                    source_text=a.text,
                    target_text=b.text,
                    similarity=round(min(1.0, max(0.0, p.score)), 3),
                )
            )
        return tuple(out)


def _lis(seq: list[int]) -> int:
    import bisect

    tails: list[int] = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def score_matrix(left: Doc, right: Doc) -> np.ndarray:
    """Sentence-by-sentence similarity in [0, 1]: max of all-word and content-word Indel similarity."""
    if not left.units or not right.units:
        return np.zeros((len(left.units), len(right.units)), dtype=np.float32)
    full = process.cdist(
        [u.code for u in left.units],
        [u.code for u in right.units],
        scorer=Indel.normalized_similarity,
        dtype=np.float32,
    )
    cont = process.cdist(
        [u.content_code for u in left.units],
        [u.content_code for u in right.units],
        scorer=Indel.normalized_similarity,
        dtype=np.float32,
    )
    # Content-word similarity of two very short sentences is noisy: require 4 content words.
    short_l = np.array([len(u.content_code) < 4 for u in left.units])
    short_r = np.array([len(u.content_code) < 4 for u in right.units])
    cont[short_l, :] = 0.0
    cont[:, short_r] = 0.0
    return np.maximum(full, cont)


class Aligner:
    """Aligns pairs of docs and counts its calls (tests check that not every pair is aligned)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, left: Doc, right: Doc) -> Alignment:
        self.calls += 1
        matrix = score_matrix(left, right)
        pairs: list[Pair] = []
        if matrix.size:
            rows, cols = np.nonzero(matrix >= LOOSE)
            order = np.argsort(-matrix[rows, cols], kind="stable")
            used_l: set[int] = set()
            used_r: set[int] = set()
            for k in order:
                i, j = int(rows[k]), int(cols[k])
                if i in used_l or j in used_r:
                    continue
                used_l.add(i)
                used_r.add(j)
                pairs.append(Pair(i, j, float(matrix[i, j])))
        pairs.sort(key=lambda p: p.left)
        return Alignment(left=left, right=right, pairs=tuple(pairs), matrix=matrix)
