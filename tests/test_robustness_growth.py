"""Hostile inputs cost time in proportion to their size: every bundled plugin stays linear.

Each input is built at a size and at four times that size, and the whole pipeline (every bundled
plugin, strict, so that any failure raises) runs on both. What is checked is the growth: linear
work takes about four times as long on four times the text, quadratic work sixteen times. The
time is the process's CPU time with the cyclic garbage collector paused (what other processes
do on the machine, and what the rest of the test session holds, do not count), the best of two
runs below 2 MB, and a run that takes less than a quarter of a second is fast enough whatever
its ratio: no wall-clock limit is asserted.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import geoevents

PIPELINE = geoevents.Pipeline(strict=True)
ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "articles" / "kharkiv-strike.txt"
LINEAR_LIMIT = 8.0  # four times the text may take at most eight times as long
FAST_ENOUGH = 0.25  # seconds of CPU for the larger input


def repeated(unit: str) -> Callable[[int], str]:
    """An input of ``size`` characters made of ``unit`` over and over."""
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def article_text(size: int) -> str:
    text = ARTICLE.read_text(encoding="utf-8")
    return (text * (size // len(text) + 1))[:size]


def capitalised_words(size: int) -> str:
    words = ["Alder", "Birch", "Cedar", "Dunmore", "Elmira", "Fenwick", "Garrow", "Hollis"]
    return repeated(" ".join(words) + " ")(size)


def place_names(size: int) -> str:
    return repeated("Kyiv Kharkiv Odesa Gaza Rafah Paris Sudan Donbas Black Sea ")(size)


def nested(size: int) -> str:
    depth = size // 2
    return "(" * depth + ")" * depth


# name: (builder, the size the issue names: the larger of the two runs)
HOSTILE: dict[str, tuple[Callable[[int], str], int]] = {
    "10 MB of news": (article_text, 10_000_000),
    "100k straight double quotes": (repeated('"'), 100_000),
    "100k curly quotes": (repeated("“”"), 100_000),
    "100k single quotes": (repeated("'‘’"), 100_000),
    "100k guillemets": (repeated("«»"), 100_000),
    "100k doubled apostrophes": (repeated("``''"), 100_000),
    "a million digits": (repeated("7"), 1_000_000),
    "100k commas": (repeated(","), 100_000),
    "50k capitalised words": (capitalised_words, 350_000),
    "50k place names": (place_names, 300_000),
    "deeply nested brackets": (nested, 200_000),
    "NUL characters": (repeated("\x00"), 200_000),
    "zero-width characters": (repeated("a\u200bb\u200c\u200dc\ufeff "), 200_000),
    "bidi controls": (repeated("\u202e12 drones\u202c \u2066Kyiv\u2069 "), 200_000),
    "CRLF lines": (repeated("Shelling killed 4 people.\r\n"), 400_000),
    "lone CRs": (repeated("“Hold on,” he said.\r"), 400_000),
    "HTML entities and tags": (repeated("<p>&quot;40&nbsp;km&quot; &amp; <b>3</b></p>"), 400_000),
    "whitespace only": (repeated(" \t\n\u00a0\r\n\u3000"), 400_000),
    "one line without punctuation": (repeated("the convoy moved on "), 1_000_000),
    # found by a search over runs of every one-, two- and three-character unit (see
    # docs/explanation/robustness.md): each was quadratic before its fix
    "100k full stops": (repeated("."), 100_000),
    "100k exclamation marks": (repeated("!"), 100_000),
    "one dotted token": (repeated("U.S."), 100_000),
    "one token of capitals and stops": (repeated("A.B"), 100_000),
    "one hyphenated token": (repeated("a-7"), 100_000),
    "apostrophes and hyphens": (repeated("''-"), 100_000),
}


def cpu_seconds(text: str, runs: int) -> float:
    # The cyclic garbage collector is paused while timing: its passes cost in proportion to
    # everything the test session holds, not to the text, and made a linear run look
    # super-linear late in a long session.
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            PIPELINE.extract(text, published="2025-09-08")
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_grows_linearly(name: str) -> None:
    build, size = HOSTILE[name]
    runs = 1 if size > 2_000_000 else 2
    small_text, large_text = build(size // 4), build(size)
    small, large = cpu_seconds(small_text, runs), cpu_seconds(large_text, runs)
    ratio = large / max(small, 1e-4)
    if large >= FAST_ENOUGH and ratio >= LINEAR_LIMIT:
        # measured once more, larger first: a busy machine slows one run, not the growth
        large, small = cpu_seconds(large_text, runs), cpu_seconds(small_text, runs)
        ratio = large / max(small, 1e-4)
    assert large < FAST_ENOUGH or ratio < LINEAR_LIMIT, (
        f"{name}: {size // 4:,} characters took {small:.3f} s, {size:,} took {large:.3f} s "
        f"(x{ratio:.1f}; linear is about x4)"
    )
