"""Choosing among overlapping spans: the first of each clash wins, in linear time.

>>> words = [(0, 9, "Gaza City"), (0, 4, "Gaza"), (5, 9, "City"), (10, 13, "Sea")]
>>> [w[2] for w in non_overlapping(words, start=lambda w: w[0], end=lambda w: w[1])]
['Gaza City', 'Sea']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["non_overlapping"]

T = TypeVar("T")


def non_overlapping(
    items: Iterable[T], *, start: Callable[[T], int], end: Callable[[T], int]
) -> list[T]:
    """``items`` in the order given, each kept unless it overlaps one kept before it.

    Give the items in order of preference (longest first, say); the result is in text order.
    Each check reads only the item's own characters (a byte per character of the text, set
    where a kept span lies), so choosing among n spans of total length L costs O(n + L), not
    a scan of every span kept so far.
    """
    ordered = list(items)
    covered = bytearray(max((end(item) for item in ordered), default=0))
    kept: list[T] = []
    for item in ordered:
        low, high = start(item), end(item)
        if covered.find(1, low, high) >= 0:
            continue
        covered[low:high] = b"\x01" * (high - low)
        kept.append(item)
    kept.sort(key=lambda item: (start(item), end(item)))
    return kept
