"""Find the spans that overlap or contain a range by binary search, so long articles stay linear.

Rules ask "is this word inside a quotation?" or "which entity covers this word?" once per word or per
cue. A scan of every quotation or entity for each question grows with the square of the article: a
1.4 MB file spent most of its time in such scans. ``SpanIndex`` answers from spans sorted by start.

``index_of`` keeps the index of the last few tuples it was asked about, keyed by identity
(``IdentityMemo``): the stages pass one article's quotation tuple down many calls, and hashing the
tuple's contents on each call would itself be a scan.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T")
Key = Callable[[Any], tuple[int, int]]


def outer(item: _Spanned) -> tuple[int, int]:
    """The item's own ``[start, end)``."""
    return item.start, item.end


def pair(item: tuple[int, int]) -> tuple[int, int]:
    """A plain ``(start, end)`` tuple."""
    return item[0], item[1]


def inner(item: Any) -> tuple[int, int]:
    """A quotation's words without the marks (``QuoteSpan.inner``)."""
    return item.inner.start, item.inner.end


class SpanIndex(Generic[T]):
    """Items sorted by the start of their span. Queries return items in their original order."""

    def __init__(self, items: Sequence[T], key: Key = outer) -> None:
        rows = sorted((*key(item), n) for n, item in enumerate(items))
        self._items = items
        self._starts = [r[0] for r in rows]
        self._ends = [r[1] for r in rows]
        self._order = [r[2] for r in rows]
        # a span starting more than this before a range cannot reach into it
        self._longest = max((r[1] - r[0] for r in rows), default=0)

    def _candidates(self, start: int, end: int) -> range:
        """Positions (in start order) of spans starting in ``[start - longest, end]``."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, end)
        return range(lo, hi)

    def _pick(self, positions: list[int]) -> list[T]:
        return [self._items[n] for n in sorted(self._order[p] for p in positions)]

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items whose span shares a character with ``[start, end)`` (``s < end and start < e``)."""
        return self._pick(
            [p for p in self._candidates(start, end) if self._starts[p] < end and start < self._ends[p]]
        )

    def containing(self, start: int, end: int) -> list[T]:
        """Items whose span contains ``[start, end)`` (``s <= start and end <= e``)."""
        return self._pick(
            [p for p in self._candidates(start, start) if self._starts[p] <= start and end <= self._ends[p]]
        )

    def covering(self, offset: int) -> list[T]:
        """Items whose span covers the character at ``offset`` (``s <= offset < e``)."""
        return self._pick(
            [p for p in self._candidates(offset, offset) if self._starts[p] <= offset < self._ends[p]]
        )


V = TypeVar("V")


class IdentityMemo(Generic[V]):
    """Values computed for the last few objects asked about, keyed by the object's identity and an
    extra key. Each entry holds a reference to its object, so an id cannot be reused while it lives;
    only immutable objects (tuples, strings) may be keys, as a change would go unseen."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[tuple[int, object], tuple[object, V]] = OrderedDict()

    def get(self, obj: object, extra: object, make: Callable[[], V]) -> V:
        key = (id(obj), extra)
        hit = self._entries.get(key)
        if hit is not None and hit[0] is obj:
            self._entries.move_to_end(key)
            return hit[1]
        value = make()
        self._entries[key] = (obj, value)
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)
        return value


_INDEXES: IdentityMemo[SpanIndex[Any]] = IdentityMemo(16)


def index_of(items: tuple[T, ...], key: Key = outer) -> SpanIndex[T]:
    """The ``SpanIndex`` of ``items``, built once for as long as the same tuple keeps being asked about."""
    return _INDEXES.get(items, key, lambda: SpanIndex(items, key))


def sentences_overlapping(sentences: Sequence[Any], start: int, end: int) -> list[Any]:
    """The sentences (sorted by start, not overlapping each other) that share a character with the range."""
    lo = max(0, bisect.bisect_right(sentences, start, key=lambda s: s.start) - 1)
    hi = bisect.bisect_left(sentences, end, key=lambda s: s.start)
    return [s for s in sentences[lo:hi] if s.start < end and start < s.end]


def subtract(span: tuple[int, int], holes: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The parts of ``span`` outside every hole ("The old pier, [Okafor said,] had been closed")."""
    parts = [span] if span[0] < span[1] else []
    for h0, h1 in sorted(holes):
        out = []
        for p0, p1 in parts:
            if h1 <= p0 or p1 <= h0:
                out.append((p0, p1))
                continue
            if p0 < h0:
                out.append((p0, h0))
            if h1 < p1:
                out.append((h1, p1))
        parts = out
    return tuple(parts)
