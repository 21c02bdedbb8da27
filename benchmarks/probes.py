"""Checking predictions against the probe suites in ``../shared/peers`` (run by ``make eval``).

Each check takes one probe case and the ``Document.to_dict()`` our pipeline produced for its
text, and returns a :class:`ProbeResult`: whether the case passed, and what failed.

Quantity probes (``quantities/probes.json``)
    A case passes when every ``want`` is found among the predicted quantities and no ``not``
    value is reported. A number is found when a prediction's ``value`` equals it (within
    0.1 %); ``[low, high]`` when a prediction has those bounds; ``"vague"`` when a prediction
    has the qualifier ``vague``. A ``not`` number is reported when it equals a prediction's
    ``value``, ``low`` or ``high``.

Date probes (``dates/probes.json``)
    Each gold span is located in the text (as a whole word when it can be) and passes when a
    predicted date overlapping it has the expected value. Expected strings match exactly, or,
    for a day (kind ``D``), also as the date part of a time (``2025-09-08TMO``); a list of days
    matches any of them or the ISO week holding them all (``2025-W36``, ``2025-W36-WE``); a
    year number of kind ``DEC`` matches the TIMEX decade (``199``); ``[first month, last
    month, year]`` matches the quarter (``2025-Q2``). A prediction stands for the date it
    places something at: its ``value``, or for a duration that points in time ("two days" of
    "two days later", "two weeks" of "in two weeks") its ``point``. A ``REL`` span (anchored to
    another event) passes when every prediction overlapping it stands for no date, or was
    resolvable from the text: an earlier predicted date with a value exists for it to be
    counted from (the issue asks for "two days later" to be resolved from a preceding date the
    text makes clear, never from the publication date). A
    ``must_not_match`` string fails the case when any predicted date overlaps it.

Quote hard cases (``quotes/hardcases.jsonl``)
    Each gold quote is located in the text and must be span-matched one-to-one (overlap, as in
    :mod:`benchmarks.scoring`) by a predicted quote whose speaker is right
    (:func:`benchmarks.fields.speaker_right`). A case passes when all its gold quotes do and
    no other quote is predicted (further pieces inside a matched gold quote, such as the
    paragraphs of a quote running over several, are not counted).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.fields import describe, numbers_equal, speaker_right, within
from benchmarks.scoring import locate, match_spans

__all__ = [
    "ProbeResult",
    "check_date_probe",
    "check_quantity_probe",
    "check_quote_case",
    "date_value_matches",
    "locate_word",
]

Mention = Mapping[str, Any]


@dataclass
class ProbeResult:
    """The outcome of one probe case."""

    case_id: str
    """The case's id."""
    text: str
    """The probe text."""
    passed: bool = True
    """Whether every check of the case passed."""
    failures: list[str] = field(default_factory=list)
    """What failed, one line each."""
    checks: dict[str, list[int]] = field(default_factory=dict)
    """Per check kind, ``[passed, total]`` (``want``, ``not``, a date kind, ``quote``...)."""

    def tally(self, kind: str, ok: bool, failure: str = "") -> None:
        """Count one check of ``kind``; record ``failure`` when it did not pass."""
        counts = self.checks.setdefault(kind, [0, 0])
        counts[1] += 1
        if ok:
            counts[0] += 1
        else:
            self.passed = False
            if failure:
                self.failures.append(failure)


def _number_found(want: Any, quantities: Sequence[Mention]) -> bool:
    if want == "vague":
        return any(q.get("qualifier") == "vague" for q in quantities)
    if isinstance(want, list) and len(want) == 2:
        return any(
            numbers_equal(q.get("low"), want[0]) and numbers_equal(q.get("high"), want[1])
            for q in quantities
        )
    return any(numbers_equal(q.get("value"), want) for q in quantities)


def _number_reported(value: Any, quantities: Sequence[Mention]) -> bool:
    return any(
        numbers_equal(q.get(key), value) for q in quantities for key in ("value", "low", "high")
    )


def _found(layer: str, mentions: Sequence[Mention]) -> str:
    return "; ".join(f"{m.get('text')!r} {describe(layer, m)}" for m in mentions) or "nothing"


def check_quantity_probe(case: Mention, prediction: Mention) -> ProbeResult:
    """Check one quantity probe (``want``, ``not``) against our prediction for its text."""
    quantities = list(prediction.get("quantities") or ())
    result = ProbeResult(str(case.get("id")), str(case.get("text")))
    for want in case.get("want") or ():
        result.tally("want", _number_found(want, quantities), f"wanted {want!r}")
    for value in case.get("not") or ():
        result.tally("not", not _number_reported(value, quantities), f"reported {value!r}")
    if not result.passed:
        result.failures.append(f"found: {_found('quantities', quantities)}")
    return result


def _iso_week(day: str) -> str | None:
    try:
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def date_value_matches(expected: Any, kind: str, value: object) -> bool:
    """Whether a predicted date ``value`` is the probe's ``expected`` one (rules above).

    >>> date_value_matches("2025-09-08", "D", "2025-09-08TMO")
    True
    >>> date_value_matches(["2025-09-06", "2025-09-07"], "D", "2025-W36-WE")
    True
    >>> date_value_matches([4, 6, 2025], "Q", "2025-Q2"), date_value_matches(1990, "DEC", "199")
    (True, True)
    """
    if not isinstance(value, str):
        return False
    if isinstance(expected, str):
        return value == expected or (kind == "D" and value.startswith(expected + "T"))
    if isinstance(expected, int) and kind == "DEC":
        return value in (str(expected)[:3], str(expected))
    if (
        isinstance(expected, list)
        and len(expected) == 3
        and all(isinstance(v, int) for v in expected)
    ):
        first, last, year = expected
        quarter = (first - 1) // 3 + 1
        return last == first + 2 and value == f"{year}-Q{quarter}"
    if isinstance(expected, list) and all(isinstance(v, str) for v in expected):
        if value in expected:
            return True
        weeks = {_iso_week(day) for day in expected}
        week = weeks.pop() if len(weeks) == 1 else None
        return week is not None and (value == week or value.startswith(week + "-"))
    return False


def locate_word(text: str, needle: str) -> tuple[int, int] | None:
    """Where ``needle`` first occurs in ``text`` as a whole word, else anywhere, else None.

    >>> locate_word("The mayor said it may rain.", "may")
    (18, 21)
    """
    match = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text)
    if match:
        return match.start(), match.end()
    return locate(text, needle)


def _overlapping(mentions: Sequence[Mention], span: tuple[int, int]) -> list[Mention]:
    return [
        m
        for m in mentions
        if isinstance(m.get("start"), int) and max(m["start"], span[0]) < min(m["end"], span[1])
    ]


def _placed_at(date: Mention) -> object:
    """The date a predicted date places something at: a pointing duration's point."""
    return date.get("point") if date.get("kind") == "duration" else date.get("value")


def check_date_probe(case: Mention, prediction: Mention) -> ProbeResult:
    """Check one date probe (gold spans with values, ``must_not_match``) against our output."""
    text = str(case.get("text"))
    dates = list(prediction.get("dates") or ())
    result = ProbeResult(str(case.get("id")), text)
    for gold in case.get("gold") or ():
        kind = str(gold.get("kind"))
        span = locate_word(text, str(gold.get("span")))
        over = _overlapping(dates, span) if span else []
        if kind == "REL":
            anchored = span is not None and any(
                m.get("value") is not None and isinstance(m.get("end"), int) and m["end"] <= span[0]
                for m in dates
            )
            ok = all(_placed_at(m) is None or anchored for m in over)
        else:
            ok = any(
                date_value_matches(gold.get("expected"), kind, value)
                for m in over
                for value in (m.get("value"), m.get("point"))
            )
        failure = (
            f"{kind} {gold.get('span')!r}: expected {gold.get('expected')!r}, "
            f"ours {_found('dates', over)}"
        )
        result.tally(kind, ok, failure)
    for needle in case.get("must_not_match") or ():
        span = locate_word(text, str(needle))
        hit = _overlapping(dates, span) if span else []
        result.tally("must_not_match", not hit, f"{needle!r} taken as {_found('dates', hit)}")
    return result


def check_quote_case(case: Mention, prediction: Mention) -> ProbeResult:
    """Check one quote hard case (gold quotes with speakers) against our output."""
    text = str(case.get("text"))
    quotes = list(prediction.get("quotes") or ())
    golds = list(case.get("gold") or ())
    seen: dict[str, int] = {}
    gold_spans = []
    for gold in golds:
        surface = str(gold.get("quote"))
        gold_spans.append(locate(text, surface, seen.get(surface, 0)))
        seen[surface] = seen.get(surface, 0) + 1
    pred_spans = [(int(q["start"]), int(q["end"])) for q in quotes]
    found = match_spans(gold_spans, pred_spans)
    right = match_spans(
        gold_spans, pred_spans, lambda g, p: speaker_right(golds[g], quotes[p], text)
    )
    result = ProbeResult(str(case.get("id")), text)
    for g, gold in enumerate(golds):
        label = f"{gold.get('kind')} {str(gold.get('quote'))[:50]!r}"
        result.tally("found", g in found, f"missed {label}")
        if g in found and g not in right:
            ours = quotes[found[g]]
            result.tally(
                "speaker",
                False,
                f"speaker of {label}: gold {gold.get('speaker')!r}, ours {ours.get('speaker')!r}",
            )
        else:
            result.tally("speaker", g in right)
    matched_spans = [gold_spans[g] for g in found]
    for p, quote in enumerate(quotes):
        if p in found.values() or any(within(pred_spans[p], s) for s in matched_spans):
            continue  # a further piece of a matched quote is not a false positive
        result.tally("spurious", False, f"spurious {quote.get('text')!r}")
    return result
