"""Periods of the calendar named by a resolved value, and moving them by a number of units.

An expression relative to another date ("two days later", "a year earlier", "the following
week") is counted from the value of that date, which may be a day, a week, a month, a quarter,
a half, a season or a year. :class:`Period` reads such a value and moves it.

>>> Period.parse("2025-Q3").moved(-1, "Y").value
'2024-Q3'
>>> Period.parse("2016").moved(4, "Y").value
'2020'
>>> Period.parse("2025-05-03").moved(2, "D").value
'2025-05-05'
>>> Period.parse("2025-03").moved(3, "W").value
'2025-03'
>>> Period.parse("2016").moved(-1, "M").value
'2016'
>>> Period.parse("PAST_REF") is None
True
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from geoevents.plugins.dates.timex import day_value, month_value, shift, week_value

__all__ = ["COARSENESS", "Period"]

COARSENESS = {
    "day": 0,
    "week": 1,
    "weekend": 1,
    "month": 2,
    "quarter": 3,
    "season": 3,
    "half": 4,
    "year": 5,
}
"""The granularities a period can have, finest first."""

_UNIT_GRANULARITY = {"D": "day", "W": "day", "M": "month", "Y": "year"}
"""The granularity a move by a unit leaves ("two weeks later" is a day)."""
_WITHIN_A_YEAR = frozenset({"week", "weekend", "month", "quarter", "season", "half"})
"""Periods that a move by whole years keeps ("a year earlier" than a quarter is a quarter)."""
_MONTHS_LONG = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12}
_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_VALUE = regex.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|W(?P<week>\d\d)(?P<weekend>-WE)?|(?P<season>SP|SU|FA|WI)))?"
)


@attrs.frozen
class Period:
    """A period of the calendar: its first day and its granularity."""

    first: dt.date
    """The first day of the period."""
    granularity: str
    """``day``, ``week``, ``weekend``, ``month``, ``quarter``, ``half``, ``season`` or
    ``year``."""

    @classmethod
    def parse(cls, value: str | None) -> Period | None:
        """The period a TIMEX3 value names, or None (durations, ``PAST_REF``, ``XXXX``...)."""
        match = _VALUE.fullmatch(value or "")
        if match is None:
            return None
        year = int(match["year"])
        try:
            if match["day"]:
                return cls(dt.date(year, int(match["month"]), int(match["day"])), "day")
            if match["month"]:
                return cls(dt.date(year, int(match["month"]), 1), "month")
            if match["quarter"]:
                return cls(dt.date(year, 3 * int(match["quarter"]) - 2, 1), "quarter")
            if match["half"]:
                return cls(dt.date(year, 6 * int(match["half"]) - 5, 1), "half")
            if match["week"]:
                monday = dt.date.fromisocalendar(year, int(match["week"]), 1)
                return cls(monday, "weekend" if match["weekend"] else "week")
            if match["season"]:
                return cls(dt.date(year, _SEASON_MONTHS[match["season"]], 1), "season")
            return cls(dt.date(year, 1, 1), "year")
        except ValueError:
            return None

    @property
    def last(self) -> dt.date:
        """The last day of the period."""
        months = _MONTHS_LONG.get(self.granularity)
        if months is None:  # a day, a week or a weekend (which starts on its Monday)
            return self.first + dt.timedelta(days=0 if self.granularity == "day" else 6)
        following = shift(self.first, months, "M")
        return dt.date.max if following is None else following - dt.timedelta(days=1)

    @property
    def value(self) -> str:
        """The period as a TIMEX3 value."""
        first, granularity = self.first, self.granularity
        if granularity == "day":
            return day_value(first)
        if granularity in ("week", "weekend"):
            return week_value(first) + ("-WE" if granularity == "weekend" else "")
        if granularity == "month":
            return month_value(first.year, first.month)
        if granularity == "quarter":
            return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
        if granularity == "half":
            return f"{first.year:04d}-H{(first.month - 1) // 6 + 1}"
        if granularity == "season":
            code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}.get(first.month, "SU")
            return f"{first.year:04d}-{code}"
        return f"{first.year:04d}"

    def moved(self, amount: int, unit: str) -> Period | None:
        """The period ``amount`` units later (earlier when negative), at the coarser granularity.

        Moving a day by weeks gives a day, a year by years a year, a month by weeks the month
        it falls in; moving a period shorter than a year by whole years keeps it ("a year
        earlier" than the third quarter is the third quarter of the year before). None outside
        the years 1 to 9999.
        """
        by = _UNIT_GRANULARITY.get(unit, "day")
        # Known only as a coarser period, the date moved from may be anywhere in it: a move
        # back starts from its last day, so that a move shorter than the period stays in it
        # ("2016 ... the previous month" is in 2016, not 2015).
        coarser = COARSENESS[self.granularity] > COARSENESS[by]
        start = self.last if amount < 0 and coarser else self.first
        moved = shift(start, amount, unit)
        if moved is None:
            return None
        if unit == "Y" and self.granularity in _WITHIN_A_YEAR:
            granularity = self.granularity
        else:
            granularity = max(self.granularity, by, key=COARSENESS.__getitem__)
        return Period(moved, granularity).normalised()

    def normalised(self) -> Period:
        """The same period with ``first`` moved to the first day of its granularity."""
        first = self.first
        if self.granularity in ("week", "weekend"):
            first = first - dt.timedelta(days=first.isoweekday() - 1)
        elif self.granularity == "month":
            first = first.replace(day=1)
        elif self.granularity == "quarter":
            first = dt.date(first.year, 3 * ((first.month - 1) // 3) + 1, 1)
        elif self.granularity == "half":
            first = dt.date(first.year, 6 * ((first.month - 1) // 6) + 1, 1)
        elif self.granularity == "season":
            first = _season_start(first)
        elif self.granularity == "year":
            first = dt.date(first.year, 1, 1)
        return Period(first, self.granularity)


def _season_start(day: dt.date) -> dt.date:
    """The first day of the (northern, meteorological) season holding ``day``."""
    if day.month < 3:
        return dt.date(day.year - 1, 12, 1)
    return dt.date(day.year, 3 * (day.month // 3), 1)
