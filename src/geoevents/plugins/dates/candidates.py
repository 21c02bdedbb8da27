"""Candidates: temporal expressions read from the text but not yet resolved.

A candidate records what the text says ("the Friday before the publication date", "three years
after some other date") without resolving it; :mod:`.resolve` does that. The readers
(:mod:`.read_calendar`, :mod:`.read_relative`, :mod:`.read_spans`) make them from the patterns'
matches; where candidates overlap, the longest wins (:func:`select`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from geoevents.plugins.dates.timex import Tense, duration_value

__all__ = [
    "GRANULARITY",
    "PERIOD_SIZE",
    "SHIFT_GRANULARITY",
    "UNIT_OF_PERIOD",
    "Candidate",
    "key",
    "select",
]

GRANULARITY: Mapping[str, str] = MappingProxyType(
    {
        "TS": "second",
        "TM": "minute",
        "TH": "hour",
        "D": "day",
        "W": "week",
        "M": "month",
        "Q": "quarter",
        "Y": "year",
    }
)
"""The granularity of a duration unit."""
UNIT_OF_PERIOD: Mapping[str, str] = MappingProxyType(
    {
        "day": "D",
        "week": "W",
        "weekend": "W",
        "month": "M",
        "quarter": "M",
        "year": "Y",
        "decade": "Y",
    }
)
"""The duration unit a calendar unit is counted in."""
PERIOD_SIZE: Mapping[str, int] = MappingProxyType({"quarter": 3, "decade": 10})
"""How many of its duration unit a calendar unit lasts, when not one."""
SHIFT_GRANULARITY: Mapping[str, str] = MappingProxyType({"M": "month", "Y": "year"})
"""The granularity of a date moved by a unit ("two weeks later" is a day; clock units too)."""


@attrs.frozen(kw_only=True)
class Candidate:
    """A temporal expression found in the text, read but not yet resolved.

    ``form`` says how to resolve it; the other fields hold what the text gives.
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    form: str
    """``day``, ``yearless``, ``month_year``, ``month``, ``day_of_month``, ``year``,
    ``quarter``, ``season``, ``weekday``, ``weekend``, ``relative_day``, ``relative_unit``,
    ``shift``, ``anchored``, ``reference``, ``time``, ``datetime`` or ``fixed``."""
    rank: int = 0
    """Breaks ties between candidates with the same span: the lower wins."""
    year: int | None = None
    """The year, when written."""
    month: int | None = None
    """The month, when written."""
    day: int | None = None
    """The day of the month, when written."""
    weekday: int | None = None
    """The ISO weekday (Monday 1) of a weekday name."""
    index: int | None = None
    """The quarter (1-4) or half (1-2)."""
    offset: int | None = None
    """last (-1), this (0), next (+1); or the sign of a shift (ago -1, later +1)."""
    amount: float | None = None
    """How many units a duration or a shift counts; None when vague ("a few")."""
    unit: str | None = None
    """A duration unit (``Y``, ``TH``...) or a calendar unit (``week``, ``quarter``...)."""
    code: str | None = None
    """A season code (``SU``)."""
    value: str | None = None
    """The value, when the text fixes it (durations, sets, vague references, decades)."""
    kind: str = "date"
    """``date``, ``time``, ``duration`` or ``set``."""
    granularity: str | None = None
    """The granularity, when the text fixes it."""
    mod: str | None = None
    """``START``, ``MID``, ``END``, ``APPROX``..."""
    part: str | None = None
    """A part of the day (``MO``, ``NI``...)."""
    hour: int | None = None
    """The hour of a clock time (0-23)."""
    minute: int | None = None
    """The minute of a clock time."""
    zulu: bool = False
    """Whether a clock time is given in UTC/GMT."""
    relation: str | None = None
    """For an anchored expression, the word that relates it: later, after, before..."""
    tense: Tense = None
    """The tense of the clause, for the forms that need it."""
    year_offset: int | None = None
    """The year relative to the publication year, when the text gives it ("of last year")."""
    compared: bool = False
    """Whether "a year ago" or "a year earlier" names the period a figure is compared with:
    the period the report is about, a year back."""
    point_start: int | None = None
    """For a duration that places something in time ("two days" of "two days later"), where
    the whole phrase starts."""
    point_end: int | None = None
    """And where it ends."""


def duration_candidate(
    start: int, end: int, amount: float | None, unit: str, *, rank: int
) -> Candidate:
    """A duration of ``amount`` ``unit`` (TIMEX3 unit code: ``D``, ``W``, ``TH``...)."""
    return Candidate(
        start=start,
        end=end,
        form="fixed",
        kind="duration",
        value=duration_value(amount, unit),
        granularity=GRANULARITY.get(unit),
        rank=rank,
    )


def key(written: str) -> str:
    """A lexicon key for ``written``: lower case, one space between words."""
    return " ".join(written.lower().split())


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that do not overlap a longer one, in text order.

    Longer candidates are taken first; between two of the same length the lower ``rank``, then
    the earlier one, wins.
    """
    taken = bytearray(max((c.end for c in candidates), default=0))
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        if candidate.end > candidate.start and taken.find(1, candidate.start, candidate.end) < 0:
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)
