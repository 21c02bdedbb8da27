"""Readers of dates relative to the publication date or to another event.

Weekdays, today and yesterday, last week, "two days ago", "in two weeks", "two days later",
"the previous day", and the vague "recently" and "currently".
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs
import regex

from geoevents.plugins.dates import guards
from geoevents.plugins.dates.candidates import (
    PERIOD_SIZE,
    SHIFT_GRANULARITY,
    UNIT_OF_PERIOD,
    Candidate,
    duration_candidate,
    key,
)
from geoevents.plugins.dates.patterns import bare_phrase
from geoevents.plugins.dates.read_reference import compares_a_figure
from geoevents.plugins.dates.words import DateWords

if TYPE_CHECKING:
    from geoevents.plugins.dates.scanner import Scanner

__all__ = [
    "anchored",
    "offset",
    "period_edge",
    "relative_day",
    "relative_unit",
    "vague",
    "weekday",
    "within",
]


def weekday(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Weekday names ("on Sunday", "last Friday night"); plural ones are sets ("Mondays")."""
    start, end = match.span()
    name_start, name_end = match.span("weekday")
    if not guards.weekday_is_date(scan.context, name_start, name_end, scan.words):
        return
    weekday = int(scan.weekdays[match.group("weekday").lower()])
    if match.group("plural"):
        if not match.group("dir") and not match.group("this"):
            yield Candidate(
                start=start,
                end=match.end("plural"),
                form="fixed",
                kind="set",
                value=f"XXXX-WXX-{weekday}",
                granularity="day",
            )
        return
    offset = None
    relation = None
    if match.group("dir2"):
        offset = 1 if match.group("dir2").lower() == "coming" else -1
    elif match.group("dir"):
        offset = scan.directions[match.group("dir").lower()]
    elif match.group("around"):  # "the previous Friday": before the day the text is at
        relation = match.group("around").lower()
        offset = -1 if relation == "previous" else 1
    part = scan.parts.get(key(match.group("part") or ""))
    yield Candidate(
        start=start,
        end=end,
        form="weekday",
        weekday=weekday,
        offset=offset,
        part=part,
        tense=scan.tense(start, end),
        relation=relation,
    )


def relative_day(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """today, yesterday, tomorrow, tonight, this morning, last night..."""
    if match.group()[0].isupper() and guards.name_before(scan.context, match.start()):
        return  # "USA Today"
    part = scan.parts.get(key(match.group("part") or ""))
    if match.group("shift"):
        offset = -2 if match.group("shift").lower().startswith("before") else 2
    elif match.group("word"):
        word = match.group("word").lower()
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        if word == "tonight":
            part = "NI"
    else:
        offset = -1 if match.group("this").lower() == "last" else 0
    yield Candidate(
        start=match.start(), end=match.end(), form="relative_day", offset=offset, part=part
    )


def relative_unit(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """last/this/next week, month, year, season; "the past year"; "for the past week" lasts."""
    start, end = match.span()
    if scan.context.word_after(end).lower() == "of":
        return  # "the last week of August" is not last week
    unit = key(match.group("unit"))
    direction = (match.group("dir") or match.group("dir2") or "").lower()
    seasons = dict(scan.words.seasons)
    granularity = dict(scan.words.calendar_units).get(unit, "season")
    if direction in ("previous", "following"):
        yield Candidate(
            start=start,
            end=end,
            form="anchored",
            amount=1,
            unit=UNIT_OF_PERIOD.get(granularity, "Y"),
            offset=1 if direction == "following" else -1,
            relation="later",
            granularity=granularity,
        )
        return
    if match.group("this"):
        offset = 1 if direction == "coming" else -1
    elif direction in ("past", "coming"):
        offset = -1 if direction == "past" else 1
    elif direction:
        offset = scan.directions[direction]
    else:
        offset = None  # "the weekend": which one depends on the tense
    # "the past year" is last year, as TimeBank marks it; "for the past week" a week
    durational = granularity in ("week", "month", "year", "decade") and direction != "this"
    spanned = match.group("the") and scan.context.word_before(start).lower() in ("for", "within")
    if durational and spanned:
        amount = PERIOD_SIZE.get(granularity, 1)
        base = UNIT_OF_PERIOD[granularity]
        yield Candidate(
            start=start,
            end=end,
            form="fixed",
            kind="duration",
            value=f"P{amount}{base}",
            granularity=granularity,
        )
        return
    if unit in seasons:
        yield Candidate(
            start=start,
            end=end,
            form="season",
            code=seasons[unit],
            offset=offset,
            tense=scan.tense(start, end),
        )
        return
    form = "weekend" if granularity == "weekend" else "relative_unit"
    if granularity == "quarter":
        yield Candidate(start=start, end=end, form="quarter", unit="quarter", offset=offset)
        return
    yield Candidate(
        start=start,
        end=end,
        form=form,
        unit=granularity,
        offset=offset,
        tense=scan.tense(start, end) if form == "weekend" else None,
    )


def period_edge(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Period edges: "the end of the year", "the start of this week"."""
    granularity = dict(scan.words.calendar_units)[match.group("unit").lower()]
    mod = scan.edges[match.group("edge").lower()]
    form = "weekend" if granularity == "weekend" else "relative_unit"
    if granularity == "quarter":
        return
    yield Candidate(
        start=match.start(), end=match.end(), form=form, unit=granularity, offset=0, mod=mod
    )


def offset(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Shifts: "two days ago", "three weeks from now"; anchored: "two days later/after/before"."""
    start, end = match.span()
    multiplier, unit = scan.unit(match.group("unit"))
    amount = scan.amount(match)
    if amount is not None:
        amount *= multiplier
    relation = key(match.group("rel"))
    compared = unit == "Y" and relation in ("ago", "earlier") and compares_a_figure(scan, start)
    if relation == "ago" or relation in ("from now", "hence"):
        yield Candidate(
            start=start,
            end=end,
            form="shift",
            amount=amount,
            unit=unit,
            offset=-1 if relation == "ago" else 1,
            compared=compared,
        )
        return
    if scan.context.word_before(start).lower() in scan.words.span_cues:
        # "for three years before resigning": a duration
        yield duration_candidate(start, match.end("measure"), amount, unit, rank=2)
        return
    backwards = relation in ("earlier", "before", "prior")
    anchored = Candidate(
        start=start,
        end=match.end("rel"),
        form="anchored",
        amount=amount,
        unit=unit,
        offset=-1 if backwards else 1,
        relation="than" if match.group("than") else relation,
        granularity=SHIFT_GRANULARITY.get(unit, "day"),
        compared=compared,
    )
    if relation == "earlier" or match.group("than"):
        # TimeML, as TimeBank marks it, reads "a year earlier" like "a year ago": one date
        yield anchored
        return
    # "two days later", "a week after the vote": TimeML marks the duration ("two days"), and
    # the date the whole phrase points to is the duration's point
    duration = duration_candidate(start, match.end("measure"), amount, unit, rank=0)
    yield attrs.evolve(
        anchored,
        end=duration.end,
        kind="duration",
        value=duration.value,
        granularity=duration.granularity,
        point_start=start,
        point_end=anchored.end,
    )


def within(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """In or within: "in two weeks" (a date, in a future clause), else a duration."""
    start, end = match.span()
    multiplier, unit = scan.unit(match.group("unit"))
    amount = scan.amount(match)
    if amount is not None:
        amount *= multiplier
    future = match.group("prep").lower() == "in" and not match.group().lower().count("next")
    duration_start = match.start("num")
    duration = duration_candidate(
        duration_start,
        match.end("measure") if not match.group("time") else end,
        amount,
        unit,
        rank=1,
    )
    if future and (match.group("time") or scan.tense(start, end) == "future"):
        # "in two weeks": TimeML marks the duration, which points to a date two weeks ahead
        yield attrs.evolve(
            duration,
            form="shift",
            amount=amount,
            unit=unit,
            offset=1,
            point_start=start,
            point_end=end,
        )
        return
    yield duration


def anchored(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Anchored: "the previous day", "the following week", "the next morning", "the year before"."""
    start, end = match.span()
    if match.group("rel"):  # "the day before", "the year after"
        granularity = match.group("unit").lower()
        yield Candidate(
            start=start,
            end=end,
            form="anchored",
            amount=1,
            unit=UNIT_OF_PERIOD[granularity],
            offset=-1 if match.group("rel").lower() == "before" else 1,
            relation=match.group("rel").lower(),
            granularity=granularity,
        )
        return
    which = match.group("which").lower()
    unit = key(match.group("unit"))
    part = scan.parts.get(unit)
    if which == "next" and unit != "day" and part is None:
        return  # "the next week" is a duration (see relative_unit)
    granularity = "day" if part or unit == "day" else unit
    yield Candidate(
        start=start,
        end=end,
        form="anchored",
        amount=0 if which == "same" else 1,
        unit=UNIT_OF_PERIOD.get(granularity, "D"),
        offset=-1 if which == "previous" else 1,
        relation="later",
        granularity=granularity,
        part=part,
        rank=-1,
    )


def vague(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """Vague references: "now", "recently", "in the future" (``dates_vague``).

    A word the entry writes in parentheses is left out ("the future" of "in the future"), and
    nothing is read inside a phrase of ``dates_not_vague`` ("now that").
    """
    start, end = match.span()
    if scan.patterns.not_vague.match(scan.text, start):
        return
    value, skipped = _vague_entries(scan.words)[key(match.group())]
    if skipped:  # the words are separated by runs of spaces: skip past as many runs
        start = list(_SPACES.finditer(scan.text, start, end))[skipped - 1].end()
    yield Candidate(start=start, end=end, form="fixed", value=value)


_SPACES = regex.compile(r"\s+")


@functools.lru_cache(maxsize=8)
def _vague_entries(words: DateWords) -> dict[str, tuple[str, int]]:
    """Each vague phrase as written in full, to its value and how many words it leaves out."""
    entries = {}
    for entry, value in words.vague:
        skipped = entry.split(")")[0].count(" ") + 1 if entry.startswith("(") else 0
        entries[key(bare_phrase(entry))] = (value, skipped)
    return entries
