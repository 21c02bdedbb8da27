"""Recognizers-Text's English date cases that read as news prose, run through the dates plugin.

Run ``.venv/bin/python benchmarks/suites/dates.py`` (``make eval`` runs it too); add
``--failures N`` to list up to N failing cases, ``--show-skipped N`` to see left-out inputs. It
reads ``../shared/peers/dates/recognizers-text/`` (or ``--shared PATH``, or
``$GEOEVENTS_SHARED``) and exits 0 with a message when it is absent. It is a measurement, not
a test: the pass rate is printed, never asserted.

Which cases count (the selection rule)
    The suites with a reference date are read: ``DateTimeModel.json``, ``MergedParser.json`` and
    ``DatePeriodParser.json`` (``DateTimeModelExtendedTypes.json`` holds only alternatives
    offered to a booking assistant, "Mon 9 am or 1 pm", and is left out). A case is kept when
    its input reads as a sentence of running text that a news report could contain:

    * it is a declarative sentence: it starts with a capital letter, a digit or a quote mark,
      has at least four words, no question mark and does not open with a question word
      ("How about...", "What...", "When...");
    * it is not addressed to an assistant: no first- or second-person words ("I", "me", "we",
      "our", "you", "let's"), no requests ("please", "schedule", "book", "remind", "cancel",
      "show", "find", "set up", "add", "create") and no calendar objects ("meeting",
      "appointment", "calendar", "alarm", "reminder", "available", "free time");
    * it is written as edited copy: month and weekday names are capitalised;
    * it is not a fragment of code, a URL, a phone number or a lab value (``/``, ``=``,
      ``www``, ``@``, ``Tel``).

    Both cases with expected dates and cases expecting none (negatives) are kept.

How a case passes
    Each expected result must be overlapped by one of our mentions with the expected value,
    after normalising the notation (theirs ``2016-11-07T09`` is ours ``2016-11-07T09:00``; a
    time without a day, ``T20``, matches the time part of ours; a part of the day,
    ``2018-07-16TNI``, matches our day, which keeps the part apart). A date written without
    its year (``XXXX-06-19``) also matches any of their resolutions. A range (``(2014-01-01,
    2018-01-01,P4Y)``) is matched by our duration (``P4Y``) or by a date or period of ours that
    starts where it starts (ours gives the two ends of a range as dates; ``2019-Q2`` starts on
    ``2019-04-01``). Recognizers-Text resolves "two weeks later" to the date it points to:
    ours marks the duration "two weeks" as TimeML does, and the date in its ``point``, over the
    whole phrase (``point_start``, ``point_end``), which is what is compared for such a
    duration. A case expecting nothing passes when we report nothing.
    Everything else counts as a failure, including what our output contract does not cover
    (holidays, ranges of days within a month, fuzzy times).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.common import shared_dir

from geoevents.model import Document, TimeExpression
from geoevents.plugins.dates import find_dates
from geoevents.resources import Context

CONTEXT = Context()
"""The bundled lexicons and default settings, shared by every case (compiled once)."""
SUITES = ("DateTimeModel.json", "MergedParser.json", "DatePeriodParser.json")
"""The suite files read, inside ``peers/dates/recognizers-text``."""

_ASSISTANT = regex.compile(
    r"""(?ix)\b(?:i|i'm|i'll|i've|i'd|me|my|mine|we|we're|we'll|us|our|you|your|you're|let's
    |please|schedule|book|remind|reminder|cancel|show|find|set\s+up|add|create|meeting
    |appointment|calendar|alarm|available|free\s+time|cortana)\b"""
)
_QUESTION = regex.compile(r"(?i)(?:how|what|when|which|who|where|why|is|are|do|does|can)\b")
_NOT_PROSE = regex.compile(r"[/=@?]|www|\bTel\b")
_NAMES = regex.compile(
    r"""(?ix)\b(?:january|february|march|april|may|june|july|august|september|october
    |november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"""
)
_RANGE = regex.compile(r"\(([^,]*),([^,]*),([^)]*)\)")
_PART_OF_DAY = regex.compile(r"(?<=\d)T(?:MO|MI|AF|EV|NI|DT)$")


@dataclass(frozen=True)
class Expected:
    """One result a case expects."""

    start: int
    """Offset of the expected text in the input."""
    end: int
    """End offset."""
    kind: str
    """Their type: ``date``, ``daterange``, ``datetime``, ``time``, ``duration``, ``set``..."""
    timexes: tuple[str, ...]
    """Their TIMEX values (one, or one per alternative)."""
    values: tuple[str, ...]
    """Their resolved values (for dates written without a year)."""


@dataclass(frozen=True)
class Case:
    """One input with its reference date and what it expects."""

    suite: str
    """The file it comes from."""
    text: str
    """The input."""
    reference: dt.date
    """The date relative expressions are resolved against."""
    expected: tuple[Expected, ...]
    """The results it expects (none for a negative case)."""


def is_news_prose(text: str) -> bool:
    """Whether ``text`` reads as a sentence of a news report (the selection rule above)."""
    stripped = text.strip()
    if len(stripped.split()) < 4 or _QUESTION.match(stripped):
        return False
    if not regex.match(r"[\p{Lu}\p{N}\"“']", stripped):
        return False
    if _ASSISTANT.search(stripped) or _NOT_PROSE.search(stripped):
        return False
    return all(name[0].isupper() for name in _NAMES.findall(stripped))


def _values(resolution: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    timexes: list[str] = []
    values: list[str] = []
    for item in resolution or ():
        if item.get("timex"):
            timexes.append(item["timex"])
        values.extend(
            str(item[key]).replace(" ", "T") for key in ("value", "start") if item.get(key)
        )
    return tuple(dict.fromkeys(timexes)), tuple(dict.fromkeys(values))


def _expected(result: dict[str, Any]) -> Expected:
    start = int(result["Start"])
    end = start + int(result["Length"]) if "Length" in result else int(result["End"]) + 1
    kind = str(result.get("TypeName") or result.get("Type") or "").rsplit(".", 1)[-1]
    if "Resolution" in result:
        timexes, values = _values((result["Resolution"] or {}).get("values"))
    elif "values" in (result.get("Value") or {}):
        timexes, values = _values(result["Value"]["values"])
    else:  # DatePeriodParser: one Timex and its past and future resolutions
        value = result.get("Value") or {}
        timexes = (str(value.get("Timex", "")),)
        values = tuple(
            str(resolution.get("startDate", ""))
            for resolution in (value.get("PastResolution"), value.get("FutureResolution"))
            if isinstance(resolution, dict)
        )
    return Expected(start, end, kind, timexes, values)


def load_cases(folder: Path) -> Iterator[tuple[Case, bool]]:
    """Every case of the suites, with whether the selection rule keeps it."""
    for suite in SUITES:
        path = folder / suite
        if not path.is_file():
            continue
        for raw in json.loads(path.read_text(encoding="utf-8-sig")):
            reference = (raw.get("Context") or {}).get("ReferenceDateTime")
            if not reference:
                continue
            case = Case(
                suite=suite,
                text=raw["Input"],
                reference=dt.datetime.fromisoformat(reference).date(),
                expected=tuple(_expected(result) for result in raw.get("Results") or ()),
            )
            yield case, is_news_prose(case.text)


def _normal(value: str) -> str:
    """A TIMEX value with hours written as ``HH:MM`` (theirs ``T09``, ours ``T09:00``)."""
    return regex.sub(r"T(\d\d)(?=$|Z)", r"T\1:00", value)


def first_day(value: str) -> str:
    """The first day of one of our period values (``2019-Q2`` -> ``2019-04-01``), or itself."""
    period = regex.fullmatch(r"(\d{4})-(?:Q([1-4])|H([12])|W(\d\d))", value)
    if period is None:
        return value
    year, quarter, half, week = period.groups()
    if week:
        return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()
    month = (int(quarter) - 1) * 3 + 1 if quarter else (int(half) - 1) * 6 + 1
    return f"{year}-{month:02d}-01"


def value_matches(expected: Expected, ours: str | None) -> bool:
    """Whether our value is the expected one (the rules of the module docstring)."""
    if ours is None:
        return False
    mine = _normal(ours)
    for timex in expected.timexes:
        # Ours keeps the day as the value and the part of the day apart: 2018-07-16 (NI).
        theirs = _PART_OF_DAY.sub("", _normal(timex))
        if mine == theirs or (theirs.startswith("T") and mine.endswith(theirs)):
            return True
        if "XXXX" in theirs and any(mine == _normal(value) for value in expected.values):
            return True
        span = _RANGE.fullmatch(timex)
        if span and (mine == span.group(3) or span.group(1).startswith(first_day(mine))):
            return True
    return False


def readings(mention: TimeExpression) -> list[tuple[int, int, str | None]]:
    """The ``(start, end, value)`` a mention stands for: itself, and the date it points to."""
    result = [(mention.start, mention.end, mention.value)]
    if mention.point_start is not None and mention.point_end is not None:
        result.append((mention.point_start, mention.point_end, mention.point))
    return result


def passes(case: Case, found: Sequence[TimeExpression]) -> bool:
    """Whether our mentions for ``case`` are what it expects."""
    if not case.expected:
        return not found
    return all(
        any(
            start < expected.end and expected.start < end and value_matches(expected, value)
            for mention in found
            for start, end, value in readings(mention)
        )
        for expected in case.expected
    )


def _rate(label: str, passed: int, failed: int) -> str:
    return f"  {label:24} {passed:4}/{passed + failed:<4} {100 * passed / (passed + failed):5.1f}%"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared directory (default: ../shared)")
    parser.add_argument("--failures", type=int, default=0, help="list up to N failing cases")
    parser.add_argument("--show-skipped", type=int, default=0, help="list N left-out inputs")
    args = parser.parse_args(argv)
    folder = shared_dir(args.shared) / "peers" / "dates" / "recognizers-text"
    if not folder.is_dir():
        print(f"dates suite: {folder} is absent; nothing to measure.")
        return 0
    tally: Counter[tuple[str, bool]] = Counter()
    kinds: Counter[tuple[str, bool]] = Counter()
    failures: list[str] = []
    skipped: list[str] = []
    read = 0
    for case, kept in load_cases(folder):
        read += 1
        if not kept:
            skipped.append(case.text)
            continue
        found = find_dates(Document(text=case.text, published=case.reference), CONTEXT)
        ok = passes(case, found)
        tally[case.suite, ok] += 1
        kind = (case.expected[0].kind or "untyped") if case.expected else "negative"
        kinds[kind, ok] += 1
        if not ok:
            wanted = [(case.text[e.start : e.end], e.timexes) for e in case.expected]
            ours = [(m.text, m.value) for m in found]
            failures.append(f"{case.suite}: {case.text!r}\n    wanted {wanted}\n    ours   {ours}")
    kept_total = sum(tally.values())
    passed = sum(count for (_suite, ok), count in tally.items() if ok)
    print(f"Recognizers-Text dates, news-prose cases: {kept_total} of {read} kept")
    for suite in SUITES:
        if tally[suite, True] + tally[suite, False]:
            print(_rate(suite, tally[suite, True], tally[suite, False]))
    for kind in sorted({kind for kind, _ok in kinds}):
        print(_rate(kind, kinds[kind, True], kinds[kind, False]))
    if kept_total:
        print(f"  {'all':24} {passed:4}/{kept_total:<4} {100 * passed / kept_total:5.1f}%")
    for failure in failures[: args.failures]:
        print(failure)
    for text in skipped[: args.show_skipped]:
        print(f"skipped: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
