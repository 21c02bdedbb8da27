"""All-digit dates ("7/9/2025", "07.09.2025", "7/8/07"), read by dateparser.

Our patterns decide where a date is; dateparser turns the string into a calendar date, with the
day/month order of the ``dates.day_first`` setting (and the century of a two-digit year, and
the other order when the first one names no date: "9/13/2025" is 13 September either way).
Dates written with a month name need no help: the patterns read their parts. Each distinct
string is parsed once (the results are cached), so a batch pays for each date string one time.

>>> read_date("7/9/2025", day_first=True)
datetime.date(2025, 9, 7)
>>> read_date("7/9/2025", day_first=False)
datetime.date(2025, 7, 9)
>>> read_date("31/2/2025", day_first=True) is None
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

    :param text: a complete date with day, month and year (any form dateparser reads).
    :param day_first: read an all-digit date such as ``7/9/2025`` as day first (7 September).
    """
    settings = {**_SETTINGS, "DATE_ORDER": "DMY" if day_first else "MDY"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
