"""Readers of durations, sets and clock times: "three years", "every Monday", "at 4am"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from geoevents.plugins.dates import guards
from geoevents.plugins.dates.candidates import (
    GRANULARITY,
    PERIOD_SIZE,
    UNIT_OF_PERIOD,
    Candidate,
    duration_candidate,
)
from geoevents.plugins.dates.timex import duration_value

if TYPE_CHECKING:
    from geoevents.plugins.dates.scanner import Scanner

__all__ = ["duration", "every", "time", "vague_duration"]

OF_AGE = regex.compile(r"[^\S\n]+of[^\S\n]+age\b", regex.IGNORECASE)
"""Words after a number of years that make it an age ("103 years of age")."""


def duration(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """A number of units: "three years", "a 48-hour curfew", "the past five years"."""
    start, end = match.span()
    if match.group("old") or OF_AGE.match(scan.text, end):
        return  # an age: "a 30-year-old man", "103 years of age"
    written_unit = match.group("unit").lower()
    amount = scan.amount(match)
    if scan.context.word_before(start).lower() in scan.words.vague_words:
        amount = None  # "some 300 years"
    hyphenated = bool(match.group("hyphen"))
    bare = not match.group("the") and not hyphenated
    if bare and guards.amount_needs_cue(match["num"]):
        cue = scan.context.word_before(start).lower()
        if written_unit == "second" or cue not in scan.words.duration_cues:
            return  # "a week" alone, "a second ceasefire"
    multiplier, unit = scan.unit(written_unit)
    if amount is not None:
        amount *= multiplier
    yield duration_candidate(start, end, amount, unit, rank=2)


def vague_duration(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Durations of unknown length, and "months ago", a time in the past.

    "for years", "over the years", "decades-long", "within days", "the weeks ahead", "weeks or
    months".
    """
    multiplier, unit = scan.unit(match.group("unit"))
    written = match.group("unit").lower()
    if match.group().lower().endswith("-long") and written in _SINGULAR:  # "a day-long meeting"
        yield duration_candidate(match.start(), match.end(), multiplier, unit, rank=2)
        return
    if match.group("ago"):
        yield Candidate(start=match.start(), end=match.end(), form="fixed", value="PAST_REF")
        return
    yield duration_candidate(match.start(), match.end(), None, unit, rank=2)


_SINGULAR = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def every(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Sets: "every Monday", "twice a week", "per day", "daily", and rates ("15 a year")."""
    start, end = match.span()
    group = match.groupdict()
    granularity: str | None
    if group.get("freq"):
        if not match.group("freq").islower():
            return  # "the Daily Telegraph"
        value = dict(scan.words.frequencies)[match.group("freq").lower()]
        granularity = GRANULARITY.get(value[-1])
    elif group.get("weekday"):
        value = f"XXXX-WXX-{scan.weekdays[match.group('weekday').lower()]}"
        granularity = "day"
    else:
        written = match.group("unit").lower()
        if written in scan.units:
            multiplier, unit = scan.unit(written)
        else:  # a calendar unit: "every weekend", "each quarter"
            granularity = dict(scan.words.calendar_units)[written]
            multiplier, unit = PERIOD_SIZE.get(granularity, 1), UNIT_OF_PERIOD[granularity]
            if granularity == "quarter":  # TimeML counts quarters in their own unit: P1Q
                multiplier, unit = 1, "Q"
        count = scan.amount(match) if group.get("num") else None
        if group.get("other"):
            count = 2
        value = duration_value((count or 1) * multiplier, unit)
        granularity = GRANULARITY.get(unit)
        if written == "weekend" or written == "weekends":
            value, granularity = "XXXX-WXX-WE", "weekend"
        if group.get("rate"):
            start = match.start("rate")
    yield Candidate(
        start=start,
        end=end,
        form="fixed",
        kind="set",
        value=value,
        granularity=granularity,
        rank=1,
    )


def time(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Clock times: "4am", "16:30 local time", "8 p.m.", "noon"."""
    start, end = match.span()
    zone = (match.group("zone") or "").lower()
    if match.group("word"):
        hour, minute = (0, 0) if match.group("word").lower() == "midnight" else (12, 0)
    else:
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        ampm = (match.group("ampm") or "").lower()
        if ampm:
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        elif not zone and "o" not in match.group().lower():
            before = scan.context.word_before(start).lower()
            if before not in scan.words.temporal_cues:
                return  # "2:1", "John 3:16": a clock time needs "at", "from", "by"...
    yield Candidate(
        start=start,
        end=end,
        form="time",
        kind="time",
        hour=hour,
        minute=minute,
        zulu=dict(scan.words.time_zones).get(zone) == "Z",
    )
