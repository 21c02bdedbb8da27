"""The day/month order of a document's all-digit dates ("7/8/07"), when the setting is ``auto``.

An article tells its own convention: an all-digit date that only reads one way ("13/9/2025"
is day first, "9/13/2025" month first) settles it; otherwise the way the prose writes dates
does ("September 7" is the American, month-first style; "7 September" the British one).
With no evidence either way, day first.

>>> day_first_in("Signed on 9/13/2025 in Geneva.", ["September"])
False
>>> day_first_in("It opened on June 17 and closed on 7/8/07.", ["June"])
False
>>> day_first_in("It opened on 17 June and closed on 7/8/07.", ["June"])
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from geoevents.text.patterns import alternation

__all__ = ["day_first_in"]

_NUMERIC = regex.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})(?![\d/])")


@functools.lru_cache(maxsize=8)
def _prose_patterns(months: tuple[str, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    # Month names count only capitalised: "may 5" is not a date.
    capitalised = {m[:1].upper() + m[1:] for m in months}
    names = alternation(capitalised)
    month_first = regex.compile(rf"\b(?:{names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*%)")
    day_first = regex.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b")
    return month_first, day_first


def day_first_in(text: str, months: Iterable[str]) -> bool:
    """Whether ``text`` writes its all-digit dates day first (rules in the module docstring)."""
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    month_first, day_first = _prose_patterns(tuple(months))
    votes = sum(1 for _ in day_first.finditer(text)) - sum(1 for _ in month_first.finditer(text))
    return votes >= 0
