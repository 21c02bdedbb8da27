"""The dateline: the place and date a wire story opens with, "BRUSSELS, March 12 (Xinhua) --".

The date of a dateline is the day the story was written, which may be a day before the
publication date: it is the document's own frame, so the story's "Thursday" and "yesterday" are
counted from it. The date is a mention like any other.

>>> import datetime as dt
>>> from geoevents.plugins.dates.lexicons import compiled
>>> from geoevents.resources import Context
>>> months = compiled(Context()).words.months
>>> found = find_dateline("BRUSSELS, March 12 (Xinhua) -- NATO met.", months, dt.date(1999, 3, 13))
>>> found.day, found.start, found.end
(datetime.date(1999, 3, 12), 10, 18)
>>> find_dateline("On the road, May 2020. Talks resumed.", months, dt.date(2020, 6, 1)) is None
True
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
import regex

from geoevents.plugins.dates.timex import valid_date
from geoevents.plugins.dates.words import Pairs
from geoevents.text.patterns import alternation

__all__ = ["Dateline", "find_dateline"]

_MOST_DAYS_FROM_PUBLICATION = 7
"""How far a dateline without its year may be from the publication date to be its frame."""


@attrs.frozen
class Dateline:
    """The date of a story's dateline and where it is written."""

    day: dt.date
    """The day the dateline names."""
    start: int
    """Where its date starts."""
    end: int
    """Where its date ends."""


@functools.lru_cache(maxsize=8)
def _pattern(months: Pairs) -> regex.Pattern[str]:
    names = alternation(name.capitalize() for name, _n in months)
    return regex.compile(
        rf"""\A\s{{0,20}}\p{{Lu}}[\p{{L}}.'’-]*(?:[ ,]{{1,2}}\p{{Lu}}[\p{{L}}.'’-]*){{0,4}},
        [ ]{{1,3}}
        (?P<date>(?P<month>{names})\.?[ ]{{1,3}}(?P<day>[0-3]?\d)(?:,?[ ]{{1,3}}(?P<year>\d{{4}}))?)
        [ ]{{0,3}}(?:\([^()\n]{{1,40}}\)[ ]{{0,3}})?(?:--|—|–|_|:)""",
        regex.VERBOSE,
    )


def find_dateline(text: str, months: Pairs, published: dt.date | None) -> Dateline | None:
    """The dateline ``text`` opens with, or None.

    Its date needs a year, written or taken from ``published`` when the two are at most a week
    apart (a dateline is the day of writing).
    """
    match = _pattern(months).match(text)
    if match is None:
        return None
    month = dict(months)[match.group("month").lower()]
    day_number = int(match.group("day"))
    if match.group("year"):
        day = valid_date(int(match.group("year")), int(month), day_number)
    elif published is not None:
        options = [
            found
            for year in (published.year - 1, published.year, published.year + 1)
            if (found := valid_date(year, int(month), day_number)) is not None
        ]
        day = min(options, key=lambda option: abs(option - published), default=None)
        if day is not None and abs(day - published).days > _MOST_DAYS_FROM_PUBLICATION:
            day = None
    else:
        day = None
    if day is None:
        return None
    return Dateline(day, match.start("date"), match.end("date"))
