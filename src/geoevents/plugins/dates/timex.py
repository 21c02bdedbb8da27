"""Calendar arithmetic and TIMEX3-style value strings.

>>> import datetime as dt
>>> day_value(dt.date(2025, 9, 7)), week_value(dt.date(2025, 9, 7))
('2025-09-07', '2025-W36')
>>> duration_value(3, "Y"), duration_value(48, "TH"), duration_value(None, "Y")
('P3Y', 'PT48H', 'PXY')
>>> shift(dt.date(2025, 3, 31), -1, "M")
datetime.date(2025, 2, 28)
>>> shift(dt.date(2025, 3, 31), -65_000_000, "Y") is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from typing import TypeVar

from geoevents.text.numbers import as_number

__all__ = [
    "Tense",
    "day_value",
    "duration_value",
    "month_value",
    "nearest",
    "parse_unit",
    "shift",
    "valid_date",
    "week_value",
    "weekend_value",
]

Tense = str | None
"""``"past"``, ``"future"``, or None when the clause gives no cue."""

T = TypeVar("T")


def day_value(day: dt.date) -> str:
    """``YYYY-MM-DD``."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """``YYYY-MM``."""
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    """The ISO week holding ``day``: ``YYYY-Www``."""
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_value(day: dt.date) -> str:
    """The weekend of the ISO week holding ``day``: ``YYYY-Www-WE``."""
    return week_value(day) + "-WE"


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_unit(code: str) -> tuple[int, str]:
    """A unit code of the ``dates_units`` lexicon as ``(multiplier, unit)``: ``"10Y"`` -> (10, Y).

    Units are ``TS``, ``TM``, ``TH`` (seconds, minutes, hours) and ``D``, ``W``, ``M``, ``Y``.
    """
    digits = len(code) - len(code.lstrip("0123456789"))
    return (int(code[:digits]) if digits else 1), code[digits:]


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P3Y``, ``PT48H``; ``PXY`` when the amount is unknown.

    A fraction goes to the next smaller unit, as TimeML writes it, when it comes out whole
    there: two and a half years are ``P2Y6M``, five and a half hours ``PT5H30M``; otherwise it
    stays a decimal (``P2.5W``).

    >>> duration_value(2.5, "Y"), duration_value(1.5, "TM"), duration_value(0.5, "D")
    ('P2Y6M', 'PT1M30S', 'PT12H')
    """
    if amount is None:
        return f"PTX{unit[1:]}" if unit.startswith("T") else f"PX{unit}"
    parts = [(amount, unit)]
    whole, fraction = divmod(amount, 1)
    smaller = _SMALLER.get(unit)
    if fraction and smaller is not None and (fraction * smaller[0]).is_integer():
        parts = [(whole, unit), (fraction * smaller[0], smaller[1])]
    parts = [(number, part) for number, part in parts if number] or [(amount, unit)]
    date = "".join(f"{as_number(n)}{u}" for n, u in parts if not u.startswith("T"))
    clock = "".join(f"{as_number(n)}{u[1:]}" for n, u in parts if u.startswith("T"))
    return "P" + date + ("T" + clock if clock else "")


_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
"""The next smaller unit, and how many of it one unit holds (a month counted as 30 days)."""


def shift(day: dt.date, amount: int, unit: str) -> dt.date | None:
    """``day`` moved by ``amount`` units (``D``, ``W``, ``M``, ``Y``; clock units move 0 days).

    Moving by months or years keeps the day of the month where it exists, else takes the last.
    None when the result is outside the years 1 to 9999 ("65 million years ago").
    """
    try:
        if unit == "D":
            return day + dt.timedelta(days=amount)
        if unit == "W":
            return day + dt.timedelta(weeks=amount)
        if unit in ("M", "Y"):
            months = amount * (12 if unit == "Y" else 1)
            index = day.year * 12 + day.month - 1 + months
            year, month = divmod(index, 12)
            if not dt.MINYEAR <= year <= dt.MAXYEAR:
                return None
            last = calendar.monthrange(year, month + 1)[1]
            return dt.date(year, month + 1, min(day.day, last))
    except OverflowError:
        return None
    return day


def nearest(
    options: Iterable[T],
    key: Callable[[T], int],
    tense: Tense,
    reference: int,
    *,
    contrary: int = 4,
) -> T | None:
    """The option to pick for a date written without its year (or month, or week).

    ``key`` puts the options on one scale with ``reference`` (the publication date). The
    nearest option wins; with a tense, options on the other side of the reference count as
    ``contrary`` times as far. In the past, "in May" said in September is this May and "in
    June" said in February last June, but "in October" said in September is still this
    October: news reports plans in the past tense ("announced a cut in October"), and tells
    of an event months back with its year. Ties go to the side of the tense, else the earlier
    option.
    """

    def distance(option: T) -> tuple[int, int]:
        gap = key(option) - reference
        contrary_side = (tense == "past" and gap > 0) or (tense == "future" and gap < 0)
        return abs(gap) * (contrary if contrary_side else 1), int(contrary_side)

    return min(sorted(options, key=key), key=distance, default=None)
