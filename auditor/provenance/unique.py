"""Unique content: claims of a story cluster found in no other version, listed for verification.

A sentence is unique when (1) no sentence of another article in the cluster is even loosely
similar to it (the aligner's lowest threshold) and (2) it brings something new: a name or number
that no other version mentions, or mostly content words the other versions never use. The second
test keeps paraphrases of shared facts off the list. The tool only says "only here"; it does not judge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from auditor.models import UniqueClaim
from auditor.provenance._text import Doc, Unit, content, fold, tokens
from auditor.provenance.align import LOOSE, Alignment

NOVEL_CONTENT = 0.6  # share of a sentence's content words absent from every other version
MIN_CONTENT_WORDS = 4  # "Share:", "Updated: 0:00" and other scraps are not claims worth checking
# A run of capitalised words ("World Council", "Hurricane Milton") or a number.
_NAME_OR_NUMBER = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|\d[\d,.:-]*")


def _vocabulary(doc: Doc) -> set[str]:
    words = {w for u in doc.units for w in u.words}
    if doc.audit.title:
        words.update(tokens(doc.audit.title))
    return words


def novelty(unit: Unit, elsewhere: set[str]) -> tuple[list[str], float]:
    """New names and numbers in the sentence, and the share of its content words new to the cluster."""
    names = []
    text = fold(unit.text).strip().lstrip("\"'")
    for m in _NAME_OR_NUMBER.finditer(text):
        parts = content(tokens(m.group())) if m.group()[0].isalpha() else tokens(m.group())
        if m.start() == 0 and len(parts) < 2:
            continue  # a capitalised first word is usually just the start of the sentence
        if parts and not any(p in elsewhere for p in parts):
            names.append(m.group())
    words = content(unit.words)
    new = sum(w not in elsewhere for w in words) / len(words) if len(words) >= MIN_CONTENT_WORDS else 0.0
    return names, new


def unique_claims(
    cluster: int, docs: Sequence[Doc], alignments: dict[tuple[int, int], Alignment]
) -> list[UniqueClaim]:
    """Sentences of ``docs`` with no counterpart in any other doc of the cluster and something new in them."""
    best = [np.zeros(len(d.units), dtype=np.float32) for d in docs]
    for (i, j), al in alignments.items():
        if al.matrix.size:
            best[i] = np.maximum(best[i], al.matrix.max(axis=1))
            best[j] = np.maximum(best[j], al.matrix.max(axis=0))
    vocab = [_vocabulary(d) for d in docs]
    out = []
    for k, (doc, scores) in enumerate(zip(docs, best, strict=True)):
        elsewhere: set[str] = set().union(*(v for n, v in enumerate(vocab) if n != k))
        for unit, score in zip(doc.units, scores, strict=True):
            if score >= LOOSE or len(unit.words) < MIN_CONTENT_WORDS:
                continue
            names, new = novelty(unit, elsewhere)
            if names or new >= NOVEL_CONTENT:
                out.append(
                    UniqueClaim(
                        article=doc.id, sentence=unit.text, start=unit.start, end=unit.end, cluster=cluster
                    )
                )
    return out
