"""Search for hostile inputs: runs of one short unit of characters, at two sizes.

Quadratic paths in a text pipeline show on text made of one unit repeated ("....", "U.S.U.S.",
"a-7a-7"): the same step is retried from every position of the run. This script builds, for
every unit of one or two characters over an alphabet of the characters news text is made of
(and for a sample of three-character units), a text of ``--size`` characters and one four
times longer, runs the whole pipeline (every bundled plugin) on both, and lists the units whose
CPU time grows more than ``--limit`` times (linear work grows about four times).

Usage: ``python benchmarks/unit_runs.py [--size 5000] [--limit 8] [--triples 300]``. What it
finds belongs in ``tests/test_robustness_growth.py`` once fixed (see
``docs/explanation/robustness.md``).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geoevents

ALPHABET = "aA7 .,!?'\"-“”‘’()[]:;/&%$€\n\t"
"""Letters of each case, a digit, white space, and the punctuation of news copy."""
FAST_ENOUGH = 0.05  # seconds of CPU for the larger text: too fast to tell growth from noise


def cpu_seconds(pipeline: geoevents.Pipeline, text: str) -> float:
    """The best of two runs' CPU time of the pipeline on ``text``."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        pipeline.extract(text, published="2025-09-08")
        best = min(best, time.process_time() - started)
    return best


def units(triples: int, seed: int) -> list[str]:
    """Every unit of one and two characters of the alphabet, and ``triples`` of three."""
    singles = list(ALPHABET)
    pairs = ["".join(p) for p in itertools.product(ALPHABET, repeat=2)]
    every_triple = ["".join(t) for t in itertools.product(ALPHABET, repeat=3)]
    return singles + pairs + random.Random(seed).sample(every_triple, triples)


def main(argv: list[str] | None = None) -> int:
    """Print the units whose time grows faster than linear; exit 1 if there are any."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=5000, help="the smaller text's length")
    parser.add_argument("--limit", type=float, default=8.0, help="the growth that fails")
    parser.add_argument("--triples", type=int, default=300, help="three-character units tried")
    parser.add_argument("--seed", type=int, default=1, help="which three-character units")
    args = parser.parse_args(argv)
    pipeline = geoevents.Pipeline(strict=True)
    tried = units(args.triples, args.seed)
    found = []
    for unit in tried:
        small_text = (unit * (args.size // len(unit) + 1))[: args.size]
        large_text = (unit * (4 * args.size // len(unit) + 1))[: 4 * args.size]
        small, large = cpu_seconds(pipeline, small_text), cpu_seconds(pipeline, large_text)
        ratio = large / max(small, 1e-4)
        if large >= FAST_ENOUGH and ratio >= args.limit:
            found.append((unit, small, large, ratio))
            print(f"{unit!r}: {small:.3f} s -> {large:.3f} s (x{ratio:.1f})", flush=True)
    print(
        f"{len(tried)} units tried at {args.size:,} and {4 * args.size:,} characters; "
        f"{len(found)} grew more than x{args.limit:g}"
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
