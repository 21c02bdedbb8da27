"""The day a holiday falls on in a year, from the rules of the ``dates_holidays`` lexicon.

>>> holiday_date("12-25", 2025), holiday_date("11-4-4", 2025), holiday_date("05-L-1", 2025)
(datetime.date(2025, 12, 25), datetime.date(2025, 11, 27), datetime.date(2025, 5, 26))
>>> holiday_date("11-1-1+1", 2024), holiday_date("EASTER-2", 2025)
(datetime.date(2024, 11, 5), datetime.date(2025, 4, 18))
>>> holiday_date("nonsense", 2025) is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

__all__ = ["easter", "holiday_date"]

_RULE = regex.compile(
    r"(?:(?P<month>\d\d)-(?:(?P<day>\d\d)|(?P<nth>[1-5L])-(?P<weekday>[1-7])(?:\+(?P<after>\d+))?)"
    r"|EASTER(?P<shift>[+-]\d+))"
)


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, within = divmod(year, 100)
    leap_skips, leap_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (19 * golden + century - leap_skips - (century - correction + 1) // 3 + 15) % 30
    weekday = (32 + 2 * leap_rest + 2 * (within // 4) - moon - within % 4) % 7
    offset = (golden + 11 * moon + 22 * weekday) // 451
    month, day = divmod(moon + weekday - 7 * offset + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day ``rule`` (a value of ``dates_holidays``) gives in ``year``; None if it gives none."""
    match = _RULE.fullmatch(rule)
    if match is None or not dt.MINYEAR < year < dt.MAXYEAR:
        return None
    if match.group("shift"):
        return easter(year) + dt.timedelta(days=int(match.group("shift")))
    month = int(match.group("month"))
    if match.group("day"):
        try:
            return dt.date(year, month, int(match.group("day")))
        except ValueError:
            return None
    weekday = int(match.group("weekday"))
    last = calendar.monthrange(year, month)[1]
    if match.group("nth") == "L":
        day = last - (dt.date(year, month, last).isoweekday() - weekday) % 7
    else:
        first = (weekday - dt.date(year, month, 1).isoweekday()) % 7 + 1
        day = first + 7 * (int(match.group("nth")) - 1)
        if day > last:
            return None
    return dt.date(year, month, day) + dt.timedelta(days=int(match.group("after") or 0))
