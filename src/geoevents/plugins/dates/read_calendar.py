"""Readers of calendar dates: written-out dates, months, years, decades, quarters, seasons.

Each reader takes the scanner and one match of its pattern and yields the candidates it reads,
after the guards ("Theresa May", "Resolution 2231" are not dates).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from geoevents.plugins.dates import guards
from geoevents.plugins.dates.absolute import read_date
from geoevents.plugins.dates.candidates import Candidate, key
from geoevents.plugins.dates.patterns import CENTURY_ORDINALS
from geoevents.plugins.dates.timex import valid_date
from geoevents.text.numbers import ORDINALS, SMALL_NUMBERS, TENS

if TYPE_CHECKING:
    from geoevents.plugins.dates.scanner import Scanner

__all__ = [
    "century",
    "day_month",
    "decade",
    "holiday",
    "month",
    "numeric",
    "ordinal_day",
    "quarter",
    "season",
    "week_of",
    "year",
    "year_of",
    "year_words",
]


def numeric(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """All-digit dates: ``2025-09-07`` (with a time, ``2025-09-07T04:00``), ``7/9/2025``."""
    start, end = match.span()
    if match.group("m"):
        day = valid_date(int(match.group("year")), int(match.group("m")), int(match.group("d")))
    else:
        day = read_date(match.group(), day_first=scan.day_first)
    if day is None:
        return
    if match.group("hour"):
        yield Candidate(
            start=start,
            end=end,
            form="datetime",
            kind="time",
            year=day.year,
            month=day.month,
            day=day.day,
            hour=int(match.group("hour")),
            minute=int(match.group("minute")),
            zulu=bool(match.group("zone")),
        )
    else:
        yield Candidate(
            start=start, end=end, form="day", year=day.year, month=day.month, day=day.day
        )


def day_month(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A day and a month, with a weekday or a year: "7 September 2025", "Sept. 7", "May 2008"."""
    start, end = match.span()
    month = scan.month_number(match.group("month"))
    if match.group("day") is None:
        yield Candidate(
            start=start, end=end, form="month_year", year=year_of(match.group("year")), month=month
        )
        return
    day = int(match.group("day").rstrip("stndrh"))
    if match.group("year"):
        # The pattern has read every part (with the month spellings of the lexicons, which
        # dateparser does not know), so the calendar only has to check the day exists.
        year = year_of(match.group("year"))
        if valid_date(year, month, day) is None:  # "31 February 2025"
            yield Candidate(start=start, end=end, form="fixed")
        else:
            yield Candidate(start=start, end=end, form="day", year=year, month=month, day=day)
    elif valid_date(2024, month, day) is None:  # 2024 is a leap year: 29 February is valid
        yield Candidate(start=start, end=end, form="fixed")
    else:
        of_year = scan.patterns.year_after.match(scan.text, end)
        yield Candidate(
            start=start,
            end=of_year.end() if of_year else end,
            form="yearless",
            month=month,
            day=day,
            tense=scan.tense(start, end),
            year_offset=scan.directions[of_year.group(1).lower()] if of_year else None,
        )


def month(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A month name alone ("in September", "last October", "June of this year"), guarded."""
    name = match.group("month")
    start, end = match.span("month")
    if match.group("poss") and name.lower() in scan.words.ambiguous_months:
        return
    if not guards.month_is_date(scan.context, start, end, scan.words, name):
        return
    direction = scan.patterns.direction_before.search(scan.text, max(0, start - 20), start)
    offset = None
    if direction is not None:  # "last October", "next March"
        start, offset = direction.start(), scan.directions[direction.group(1).lower()]
    of_year = scan.patterns.year_after.match(scan.text, end)
    yield Candidate(
        start=start,
        end=of_year.end() if of_year else end,
        form="month",
        month=scan.month_number(name),
        offset=offset,
        tense=scan.tense(start, end),
        year_offset=scan.directions[of_year.group(1).lower()] if of_year else None,
    )


def year(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A four-digit year alone ("in 2022", "the 2015 deal"), guarded against numbers."""
    start, end = match.span()
    year = int(match.group("year"))
    if guards.year_is_date(scan.context, start, end, year, scan.words):
        fiscal = _FISCAL_BEFORE.search(scan.text, max(0, start - 20), start)
        if fiscal is not None:  # "fiscal 1989": the fiscal year named by its year, as TimeML
            start = fiscal.start()
        yield Candidate(start=start, end=end, form="year", year=year, rank=5)


_FISCAL_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:fiscal|financial)(?:[^\S\n]+(?i:year))?[^\S\n]+\Z", regex.REVERSE
)


def year_words(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A year in words: "in nineteen seventy-nine", "the year two thousand".

    "nineteen ninety-six" names nothing but a year; "two thousand" only after a temporal word
    or "year" (else it counts).
    """
    start, end = match.span()
    written = match.group("year")
    cued = scan.context.word_before(start).lower() in scan.words.temporal_cues
    if written.lower().startswith("two") and not cued:
        return
    if not cued and guards.is_count(scan.context.word_after(end), scan.words):
        return  # "nineteen fifty people"
    yield Candidate(start=start, end=end, form="year", year=year_of(written), rank=5)


def year_of(written: str) -> int:
    """A year as written in digits or words ("2025", "nineteen ninety-six": 1996)."""
    if written.isdigit():
        return int(written)
    words = written.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (SMALL_NUMBERS[rest[0]] if rest else 0)
    century = 20 if words[0] == "twenty" else SMALL_NUMBERS[words[0]]
    rest = [w for w in words[1:] if w not in ("oh", "hundred")]
    within = sum(TENS.get(word) or SMALL_NUMBERS[word] for word in rest)
    return century * 100 + within


def holiday(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A holiday: "Thanksgiving Day", "last Christmas", "Easter 2024" (``dates_holidays``)."""
    start, end = match.span()
    rule = dict(scan.words.holidays)[key(match.group("name"))]
    offset = scan.directions[match.group("dir").lower()] if match.group("dir") else None
    yield Candidate(
        start=start,
        end=end,
        form="holiday",
        code=rule,
        offset=offset,
        year=int(match.group("year")) if match.group("year") else None,
        tense=scan.tense(start, end),
    )


def week_of(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A week named by its place: "the last week of March", "the week of 6 March"."""
    start, end = match.span()
    ordinal = (match.group("ordinal") or "").lower()
    month = scan.month_number(match.group("month")) if match.group("month") else None
    day = int(match.group("day").rstrip("stndrh")) if match.group("day") else None
    if day is not None and ordinal:
        return
    if day is None and not ordinal:
        return  # "the week of March": not one week
    index = -1 if ordinal in ("last", "final") else ORDINALS.get(ordinal)
    yield Candidate(
        start=start,
        end=end,
        form="week_of",
        year=int(match.group("year")) if match.group("year") else None,
        month=month,
        day=day,
        index=index,
        tense=scan.tense(start, end),
    )


def decade(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A decade: "the 1990s", "the '90s", "the nineties" (of the 20th century)."""
    digits = match.group("digits")
    if match.group("tens"):
        digits = f"19{TENS[match.group('tens').lower().replace('ies', 'y')] // 10}"
    elif digits is None:
        short = match.group("short")
        digits = ("19" if int(short) >= 3 else "20") + short
    yield Candidate(
        start=match.start(), end=match.end(), form="fixed", value=digits, granularity="decade"
    )


def century(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A century: "the 20th century" (``19``), "the twenty-first century", "this century".

    Its value is the two first digits of its years, as TimeML writes it.
    """
    start, end = match.span()
    if match.group("dir"):  # resolved against the publication date
        offset = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(
            match.group("dir").lower(), 0
        )
        yield Candidate(start=start, end=end, form="relative_unit", unit="century", offset=offset)
        return
    if match.group("number"):
        number = int(match.group("number"))
    else:
        number = CENTURY_ORDINALS[key(match.group("ordinal"))]
    if not 1 <= number <= 30:
        return
    yield Candidate(
        start=start, end=end, form="fixed", value=f"{number - 1:02d}", granularity="century"
    )


def quarter(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Quarters and halves: "Q3 2025", "the second quarter", "the first half of 2024"."""
    start, end = match.span()
    year = int(match.group("year")) if match.group("year") else None
    if match.group("yy"):
        year = 2000 + int(match.group("yy"))
    which = (match.group("which") or ("half" if match.group("half") else "quarter")).lower()
    if match.group("ordinal"):
        ordinal = match.group("ordinal").lower()
        last = 4 if which == "quarter" else 2
        number = last if ordinal in ("final", "last") else ORDINALS.get(ordinal)
        if number is None:
            number = int(ordinal[0])
        if number > last or (which == "half" and not (year or match.group("rel"))):
            return
        if year is None and scan.context.word_after(end).lower() == "of":
            return  # "the third quarter of the match"
        offset = {"last": -1, "next": 1}.get((match.group("rel") or "").lower(), 0)
        if ordinal == "last" and year is None and not match.group("rel"):
            yield Candidate(start=start, end=end, form="quarter", unit=which, offset=-1)
            return
    else:
        number = int(match.group("quarter") or match.group("half"))
        offset = 0
    yield Candidate(
        start=start,
        end=end,
        form="quarter",
        unit=which,
        index=number,
        year=year,
        offset=offset if year is None and match.group("rel") else None,
        tense=scan.tense(start, end) if year is None else None,
    )


def season(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Seasons with a year ("summer 2024") or after a temporal word ("in the spring")."""
    start, end = match.span()
    has_year = bool(match.group("year"))
    if not guards.season_is_date(
        scan.context,
        start,
        end,
        scan.words,
        has_year=has_year,
        has_the=bool(match.group("the")),
    ):
        return
    code = dict(scan.words.seasons)[key(match.group("season"))]
    yield Candidate(
        start=start,
        end=end,
        form="season",
        code=code,
        year=int(match.group("year")) if has_year else None,
        tense=None if has_year else scan.tense(start, end),
    )


def ordinal_day(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A day of the month alone: "on the 21st"."""
    start, end = match.span("the")
    following = scan.context.char_after(end)
    word = scan.context.word_after(end)
    if following and following not in ",.;:!?)" and word.lower() not in scan.words.temporal_cues:
        return
    yield Candidate(
        start=start,
        end=end,
        form="day_of_month",
        day=int(match.group("day")),
        tense=scan.tense(start, end),
    )
