"""Complete dates ("7 September 2025", "Sept. 7th, 2025", "7/9/2025"), read by dateparser.

Our patterns decide where a date is; dateparser only turns the string into a calendar date,
with the day/month order of the ``dates.day_first`` setting. Each distinct string is parsed
once (the results are cached), so a long batch pays for each date string one time.

>>> read_date("Sept. 7th, 2025", day_first=True)
datetime.date(2025, 9, 7)
>>> read_date("7/9/2025", day_first=False)
datetime.date(2025, 7, 9)
>>> read_date("31 February 2025", day_first=True) is None
True
"""

from __future__ import annotations

import datetime as dt
import functools

import dateparser

__all__ = ["read_date"]

_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@functools.lru_cache(maxsize=4096)
def read_date(text: str, *, day_first: bool) -> dt.date | None:
    """The date ``text`` names, or None when it names no valid date (31 February).

    :param text: a complete date with day, month and year, in any common English form.
    :param day_first: read an all-digit date such as ``7/9/2025`` as day first (7 September).
    """
    settings = {**_SETTINGS, "DATE_ORDER": "DMY" if day_first else "MDY"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
