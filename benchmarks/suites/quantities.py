"""Peer number-reading suites run through the quantities plugin: a pass-rate table per suite.

Run ``.venv/bin/python benchmarks/suites/quantities.py`` (``make eval`` runs it too); add
``--failures N`` to list up to N failing cases per suite. It reads the suites under
``../shared/peers/quantities/`` (or ``--shared PATH``, or ``$GEOEVENTS_SHARED``) and exits 0
with a message when they are absent. It is a measurement, not a test.

Which cases count
    Each example is run alone through ``geoevents.plugins.quantities.find_quantities``. A case
    is *news-relevant* unless its text uses a form English news copy does not, or asks for a
    number our output contract deliberately does not report:

    * forms news copy does not use: powers and scientific notation (``1.1^23``, ``1e10``),
      spoken arithmetic (``point``, ``over``, ``out of``, ``minus``, ``negative``), vulgar
      fraction characters and slashed fractions (``3/4``, ``2 1/2``), fractions of ordinals
      other than halves, thirds, quarters, fifths and tenths (``five eighths``), non-English
      digit grouping and decimal commas (``1.111,11``, ``12,34,567``), leading zeros
      (``0033``), informal or foreign words (``naught``, ``nil``, ``a pair``, ``dzs``,
      ``lkh``, ``koti``, ``bucks``, ``MEUR``), and amounts with their subunit (``3 dollars
      50 cents``);
    * numbers the contract excludes: dates and clock times, IP addresses and versions, phone
      numbers, product codes (``SCP-173``), durations (``in 3 years``) and query syntax
      (``<``, ``>``, ``=``, ``equal``, ``larger than``);
    * suites that are not about English news quantities are left out entirely:
      Recognizers-Text's experimental and percent-mode variants, quantulum3's ``expand.json``
      (spelling numbers out) and cases of quantulum3 expecting units outside news (physics
      and computing units, cups, time) or a year as a quantity.

How a case passes
    * Numbers (Recognizers-Text ``NumberModel``, Duckling ``Numeral``, number-parser): every
      expected number is the ``value`` of one of our quantities (a range's ``low`` and
      ``high`` count too); a case expecting nothing passes when we report nothing.
    * Ranges (Recognizers-Text ``NumberRangeModel``, Duckling ``between``/``under``/``above``):
      a quantity whose ``low``/``high`` equal the interval's finite ends.
    * Percentages, money, measures: a quantity of the right ``kind`` with the value (money in
      cents or pence is compared in the main unit: "10 cents" is 0.10; temperatures need a
      degree unit); a case expecting none passes when we report none of that kind.
    * Ordinals and ages (Recognizers-Text ``OrdinalModel`` and ``AgeModel``, Duckling
      ``Ordinal``, number-parser's ordinal lists): the contract says they are not quantities,
      so a case passes when no quantity overlaps the ordinal or the age.
    * quantulum3: every expected value is the value of one of our quantities (the middle of a
      range, as quantulum3 reports ranges), and ``errors.json`` cases pass by not raising.
    Values are compared with a relative tolerance of 1e-6.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.common import shared_dir

from geoevents.model import Document, Quantity
from geoevents.plugins.quantities import find_quantities
from geoevents.resources import Context

CONTEXT = Context()
"""The bundled lexicons and default settings, shared by every case (compiled once)."""
Check = Callable[[str, list[Quantity]], bool]

_NOT_NEWS = [
    r"\^|\d[eE][+-]?\d|\d\s*[x×]\s*10",
    r"(?i)\b(?:point|over|out of|minus|negative|plus|equals?|equaling|larger|smaller|bigger|"
    r"higher|lower|greater|surpass|exceed|through)\b",
    r"[½⅓⅔¼¾⅕⅙⅛⅜⅝⅞<>=~]|\d\s*/\s*\d",
    r"(?i)\b(?:eighths?|ninths?|sixths?|sevenths?|fourths?|twelfths?|\w*ieths?|hundredths?|"
    r"thousandths?|millionths?|billionths?|trillionths?|\w+-?firsts?)\b",
    r"\d\.\d{3},\d|\d,\d{2},\d{3}|\d,\d{1,2}(?!\d)",
    r"(?<![\d.,])0\d",
    r"(?i)\b(?:nought|naught|nil|single|pair|couple|few|dzs?|dozs?|lkhs?|lac|cr|koti|krores?|"
    r"kr|mil|mm|bucks|meur|musd|geneh|genihat|tugriks?|kopiykas?|sens?|le|l\.e\.?)\b",
    r"(?i)\b(?:dollars?|rupees?|ringgit|pence|gbp|cad|chf|uah)\s+(?:and\s+)?\d|"
    r"(?i)\b\d+\s*(?:dollars?|gbp|cad|chf|uah|rupees?)\s+\d",
    # numbers the contract excludes
    r"\d+\.\d+\.\d+|(?i)\bphone\b|\b[A-Za-z]{2,}-?\d|(?i)\b\d+\s*(?:am|pm)\b",
    r"(?i)\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b",
]
_NOT_NEWS_PATTERN = regex.compile("|".join(f"(?:{p})" for p in _NOT_NEWS))
_NEWS_UNITS = frozenset(
    {
        "dimensionless",
        "dollar",
        "euro",
        "pound sterling",
        "cent",
        "penny",
        "percentage",
        "metre",
        "kilometre",
        "mile",
        "inch",
        "foot",
        "square kilometre",
        "square mile",
        "tonne",
        "kilogram",
        "pound-mass",
        "gallon",
        "litre",
        "degree Celsius",
        "degree fahrenheit",
        "degree Fahrenheit",
        "kilometre per hour",
        "watt",
        "megawatt hour",
        "watt hour",
    }
)


def news(text: str) -> bool:
    """Whether ``text`` is written as English news writes numbers (see the module docstring)."""
    return _NOT_NEWS_PATTERN.search(text) is None


def close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def numbers(found: list[Quantity]) -> list[float]:
    return [
        number
        for quantity in found
        for number in (quantity.value, quantity.low, quantity.high)
        if number is not None
    ]


def has_all(expected: Sequence[float], found: list[Quantity], kind: str | None = None) -> bool:
    pool = [q for q in found if kind is None or q.kind == kind]
    values = numbers(pool)
    return all(any(close(v, e) for v in values) for e in expected)


def has_bounds(low: float | None, high: float | None, found: list[Quantity]) -> bool:
    return any(
        (low is None or close(q.low, low)) and (high is None or close(q.high, high)) for q in found
    )


def covers_nothing(spans: Sequence[tuple[int, int]], found: list[Quantity]) -> bool:
    return not any(q.start < end and start < q.end for start, end in spans for q in found)


@dataclass
class Case:
    """One example of a peer suite, with how it passes."""

    suite: str
    text: str
    check: Check
    relevant: bool = True


# ----------------------------------------------------------------------- Recognizers-Text


def _interval(value: str) -> tuple[float | None, float | None]:
    inner = value.strip("[]()")
    low, _, high = inner.partition(",")
    return (float(low) if low else None, float(high) if high else None)


def recognizers(root: Path) -> Iterator[Case]:
    base = root / "recognizers-text"
    for name in ("NumberModel", "NumberRangeModel", "PercentModel", "OrdinalModel"):
        for case in _load(base / "Number" / f"{name}.json"):
            yield _recognizers_case(f"recognizers-text {name}", name, case)
    for name in ("CurrencyModel", "DimensionModel", "TemperatureModel", "AgeModel"):
        for case in _load(base / "NumberWithUnit" / f"{name}.json"):
            yield _recognizers_case(f"recognizers-text {name}", name, case)


def _recognizers_case(suite: str, model: str, case: dict[str, Any]) -> Case:
    text: str = case["Input"]
    results = case["Results"]
    relevant = news(text) and all(news(r["Text"]) for r in results)
    spans = [(r["Start"], r["End"] + 1) for r in results]
    if model in {"OrdinalModel", "AgeModel"}:
        return Case(suite, text, lambda _t, found: covers_nothing(spans, found), relevant)
    if model == "NumberRangeModel":
        bounds = [_interval(r["Resolution"]["value"]) for r in results]

        def ranges(_text: str, found: list[Quantity]) -> bool:
            if not bounds:
                return not found
            return all(has_bounds(low, high, found) for low, high in bounds)

        return Case(suite, text, ranges, relevant)
    expected: list[float] = []
    for result in results:
        value = result["Resolution"].get("value")
        if value in (None, "null"):
            relevant = False
            continue
        number = float(str(value).rstrip("%"))
        if result["Resolution"].get("unit") in {"Cent", "Pence"}:
            number /= 100
        expected.append(number)
    kind = {"PercentModel": "percent", "CurrencyModel": "money"}.get(model)
    if model in {"DimensionModel", "TemperatureModel"}:
        kind = "measure"

    def values(_text: str, found: list[Quantity]) -> bool:
        if model == "TemperatureModel":
            found = [q for q in found if q.unit in {"°C", "°F", "°"}]
        if not expected:  # a negative case: nothing of the model's kind
            return not [q for q in found if kind is None or q.kind == kind]
        return has_all(expected, found, kind)

    return Case(suite, text, values, relevant)


# ----------------------------------------------------------------------- Duckling

_DUCKLING_VALUE = regex.compile(r"-?[\d.]+(?:e\d+)?")


def _duckling_number(text: str) -> float:
    return float(text.strip("()"))


def duckling(root: Path) -> Iterator[Case]:
    base = root / "duckling"
    for name in ("Numeral", "AmountOfMoney", "Distance", "Quantity", "Ordinal"):
        for entry in _load(base / f"{name}_EN_Corpus.json"):
            for example in entry["examples"]:
                yield _duckling_case(f"duckling {name}", name, entry["expected"], example)


def _duckling_case(suite: str, name: str, expected: str, text: str) -> Case:
    relevant = news(text)
    if name == "Ordinal":
        return Case(suite, text, lambda t, found: not found, relevant)
    if name == "Numeral":
        value = _duckling_number(expected.split(" ", 1)[1])
        return Case(suite, text, lambda t, found: has_all([value], found), relevant)
    words = expected.split(" ")
    shape, unit = words[0], words[1]
    numbers_text = " ".join(words[2:]).split(" (Just")[0].split(" Nothing")[0]
    found_numbers = [float(n) for n in _DUCKLING_VALUE.findall(numbers_text)]
    kind = "money" if name == "AmountOfMoney" and unit != "Unnamed" else None
    if unit == "Cent":
        found_numbers = [n / 100 for n in found_numbers]
    if name in {"Distance", "Quantity"}:
        kind = "measure" if unit != "Unnamed" else None
        # only examples that write the expected number (no unit conversion)
        relevant = relevant and all(_written(n, text) for n in found_numbers)
    if shape == "between":
        low, high = found_numbers
        return Case(suite, text, lambda t, found: has_bounds(low, high, found), relevant)
    if shape == "under":
        (high,) = found_numbers
        return Case(suite, text, lambda t, found: has_bounds(None, high, found), relevant)
    if shape == "above":
        (low,) = found_numbers
        return Case(suite, text, lambda t, found: has_bounds(low, None, found), relevant)
    return Case(suite, text, lambda t, found: has_all(found_numbers, found, kind), relevant)


def _written(number: float, text: str) -> bool:
    digits = regex.findall(r"\d+(?:\.\d+)?", text)
    words = {q.value for q in find_quantities(Document(text=text), CONTEXT)}
    return any(close(float(d), number) for d in digits) or any(
        w is not None and close(w, number) for w in words
    )


# ----------------------------------------------------------------------- number-parser


def number_parser(root: Path) -> Iterator[Case]:
    for path in sorted((root / "number-parser").glob("*.csv")):
        ordinal = "ordinal" in path.name
        suite = "number-parser " + ("ordinals" if ordinal else "cardinals")
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                text = row["text"].strip()
                value = float(row["number"])
                yield Case(suite, text, _nothing if ordinal else _values_check([value]))


def _nothing(_text: str, found: list[Quantity]) -> bool:
    return not found


def _values_check(expected: list[float]) -> Check:
    def check(_text: str, found: list[Quantity]) -> bool:
        return has_all(expected, found)

    return check


# ----------------------------------------------------------------------- quantulum3


def quantulum3(root: Path) -> Iterator[Case]:
    base = root / "quantulum3"
    for name in ("quantities", "quantities.ambiguity"):
        for entry in _load(base / f"{name}.json"):
            yield _quantulum3_case(f"quantulum3 {name}", entry)
    for text in _load(base / "errors.json"):
        yield Case("quantulum3 errors", text, lambda t, found: True)


def _quantulum3_case(suite: str, entry: dict[str, Any]) -> Case:
    text: str = entry["req"]
    expected = entry["res"]
    relevant = all(r["unit"] in _NEWS_UNITS for r in expected) and not any(
        r["unit"] == "dimensionless"
        and float(r["value"]).is_integer()
        and 1000 <= r["value"] <= 2100
        for r in expected
    )
    values = [float(r["value"]) for r in expected]

    def check(_text: str, found: list[Quantity]) -> bool:
        if not values:
            return not found
        ours = numbers(found)
        ours += [(q.low + q.high) / 2 for q in found if q.low is not None and q.high is not None]
        return all(any(close(v, e) for v in ours) for e in values)

    return Case(suite, text, check, relevant)


# ----------------------------------------------------------------------- running


def _load(path: Path) -> list[Any]:
    with path.open(encoding="utf-8") as handle:
        data: list[Any] = json.load(handle)
    return data


@dataclass
class Tally:
    """Cases seen, news-relevant cases and passes of one suite."""

    cases: int = 0
    relevant: int = 0
    passed: int = 0


def run(root: Path, failures: int) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    failed: dict[str, list[str]] = {}
    for source in (recognizers, duckling, number_parser, quantulum3):
        for case in source(root):
            tally = tallies.setdefault(case.suite, Tally())
            tally.cases += 1
            if not case.relevant:
                continue
            tally.relevant += 1
            try:
                found = find_quantities(Document(text=case.text), CONTEXT)
                ok = case.check(case.text, found)
            except Exception as error:  # a crash fails the case, and the table goes on
                found, ok = [], False
                failed.setdefault(case.suite, []).append(f"{case.text!r}: {error!r}")
            if ok:
                tally.passed += 1
            else:
                got = ", ".join(f"{q.text}={q.value}" for q in found) or "nothing"
                failed.setdefault(case.suite, []).append(f"{case.text!r} -> {got}")
    for suite, lines in failed.items():
        for line in lines[:failures]:
            print(f"  FAIL {suite}: {line}")
    return tallies


def print_table(tallies: dict[str, Tally]) -> None:
    print(f"{'suite':40} {'cases':>6} {'news':>6} {'passed':>7} {'rate':>7}")
    totals = Tally()
    for suite, tally in tallies.items():
        rate = f"{100 * tally.passed / tally.relevant:.1f}%" if tally.relevant else "-"
        print(f"{suite:40} {tally.cases:6d} {tally.relevant:6d} {tally.passed:7d} {rate:>7}")
        totals.cases += tally.cases
        totals.relevant += tally.relevant
        totals.passed += tally.passed
    rate = f"{100 * totals.passed / totals.relevant:.1f}%" if totals.relevant else "-"
    print(f"{'all':40} {totals.cases:6d} {totals.relevant:6d} {totals.passed:7d} {rate:>7}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=None, help="the shared directory")
    parser.add_argument("--failures", type=int, default=0, help="list N failures per suite")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    root = shared / "peers" / "quantities"
    if not root.is_dir():
        print(f"quantities suites: {root} not found, nothing to run")
        return 0
    print_table(run(root, args.failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
