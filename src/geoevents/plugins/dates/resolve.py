"""Resolution: turning candidates into TIMEX3-style values against the publication date.

Dates come first, in one pass; then the expressions that lean on them: clock times take the
day they attach to, and expressions relative to another event ("two days later", "the previous
day") take the nearest resolved date before them in their sentence, or the date right after
"after"/"before" ("a day after 7 September"). They are never resolved from the publication
date. Without a publication date every relative expression gets the value None; a month or day
written without its year keeps ``XXXX`` in place of the year (``XXXX-09-07``).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
from collections.abc import Callable

import attrs
import regex

from geoevents.model import TimeExpression
from geoevents.plugins.dates.candidates import Candidate
from geoevents.plugins.dates.holidays import holiday_date
from geoevents.plugins.dates.periods import COARSENESS, Period
from geoevents.plugins.dates.read_reference import COMPARISON
from geoevents.plugins.dates.timex import (
    Tense,
    day_value,
    month_value,
    nearest,
    shift,
    valid_date,
    week_value,
    weekend_value,
)
from geoevents.text.sentences import SentenceLexicons, sentences

__all__ = ["DateResolver", "Resolved"]

_SEASONS = ("SP", "SU", "FA", "WI")
_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_CALENDAR_VALUE = regex.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_RANGE_JOINT = regex.compile(r"[^\S\n]*(?:(?P<dash>[-–—])|(?i:to|and|until|till|through))[^\S\n]*")
_RANGE_OPENING = regex.compile(r"(?<![\p{L}])(?i:from|between)[^\S\n]+\Z")
_AFTER_THAT = regex.compile(r"[^\S\n]+(?:that|this)(?=[^\S\n]*[,.;:)])", regex.IGNORECASE)
"""A pronoun after "after" or "before" ("two days after that,"): the last date the text gives."""
_BETWEEN_COMPLEMENT = regex.compile(r"[^\S\n]*(?:the[^\S\n]+)?", regex.IGNORECASE)


@attrs.frozen
class Resolved:
    """A resolved value with its granularity."""

    value: str | None
    """The TIMEX3-style value."""
    granularity: str | None
    """Its unit."""
    point: str | None = None
    """For a duration that places something in time, the value of the date it points to."""


_NONE = Resolved(None, None)
_MOST_CANDIDATES_BACK = 20
_PERIODS = frozenset({"week", "month", "quarter", "half", "year"})
"""What a report is about: any period but a day."""
_FINER = ("day", "week", "month", "quarter", "half", "year")
_COARSEN_TO = frozenset({"week", "month", "quarter", "half", "year"})
"""The units a finer date names too: "on 3 May ... that month" is May."""
_WITHIN = {
    unit: frozenset(_FINER[: _FINER.index(unit) + 1]) - ({"week"} if unit != "week" else set())
    for unit in _COARSEN_TO
} | {"day": frozenset({"day"})}
"""For each unit, the granularities of the dates that name a period of it."""
_DAYS_OF_A_TIME = frozenset({"weekday", "relative_day", "day", "yearless"})
_TIME_BEFORE_ITS_DAY = regex.compile(r"[^\S\n]{0,3},?[^\S\n]{1,3}")
_MOST_MONTHS_INTO_NEXT_YEAR = 3
"""How far into the next year a month or day without its year may follow a written date."""
_WRITTEN_YEARS = frozenset({"day", "datetime", "month_year"})
"""The forms whose year is written out, which a later month or day in the sentence takes."""
"""How many earlier dates of its sentence an anchored expression looks through."""


def _calendar(value: str | None) -> tuple[dt.date, str] | None:
    """A resolved value as ``(first day, granularity)`` when it names a day, month or year."""
    match = _CALENDAR_VALUE.fullmatch(value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    granularity = "day" if day else "month" if month else "year"
    return dt.date(int(year), int(month or 1), int(day or 1)), granularity


def _shifted(anchor: Period, amount: float, unit: str, sign: int) -> Resolved:
    """``anchor`` moved by ``amount`` units (see :meth:`.Period.moved`)."""
    amount, unit = _whole(amount, unit)
    moved = anchor.moved(sign * amount, unit)
    return _NONE if moved is None else Resolved(moved.value, moved.granularity)


def _whole(amount: float, unit: str) -> tuple[int, str]:
    """An amount of units as a whole number, in a smaller unit if need be (1.5 years: 18 M)."""
    if amount == int(amount):
        return int(amount), unit
    smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D")}
    if unit in smaller:
        factor, finer = smaller[unit]
        return round(amount * factor), finer
    return round(amount), unit


class DateResolver:
    """Resolves the candidates of one document against its publication date."""

    def __init__(
        self, text: str, published: dt.date | None, sentence_lexicons: SentenceLexicons
    ) -> None:
        self.text = text
        self.published = published
        self._sentence_lexicons = sentence_lexicons
        self._forms: dict[str, Callable[[Candidate, dt.date], Resolved]] = {
            "relative_day": self._relative_day,
            "weekday": self._weekday,
            "weekend": self._weekend,
            "relative_unit": self._relative_unit,
            "shift": self._shift,
            "yearless": self._yearless,
            "month": self._month,
            "day_of_month": self._day_of_month,
            "quarter": self._quarter,
            "season": self._season,
        }

    def resolve(self, candidates: list[Candidate]) -> list[TimeExpression]:
        """A mention for each candidate (given in text order), with its value."""
        resolutions = [self._resolve(candidate) for candidate in candidates]
        for index, candidate in enumerate(candidates):
            if candidate.form in ("yearless", "month"):
                resolutions[index] = (
                    self._in_year_named_before(candidates, index) or resolutions[index]
                )
        for index, candidate in enumerate(candidates):  # in text order: each may anchor the next
            if candidate.form == "anchored":
                resolutions[index] = self._anchored(candidates, resolutions, index)
            elif candidate.form == "reference":
                resolutions[index] = self._reference(candidates, resolutions, index)
            elif candidate.form == "weekday" and candidate.relation is not None:
                resolutions[index] = (
                    self._weekday_around(candidates, resolutions, index) or resolutions[index]
                )
            elif candidate.compared:  # "up from $4 million a year ago"
                compared = self._compared(candidates, resolutions, index)
                resolutions[index] = compared or resolutions[index]
        days = [
            (candidate.start, found[0])
            for candidate, resolved in zip(candidates, resolutions, strict=True)
            if (found := _calendar(resolved.value)) is not None and found[1] == "day"
        ]
        offsets = [offset for offset, _day in days]
        for index, candidate in enumerate(candidates):
            if candidate.form == "time":
                day = self._day_of_time(candidate.start, offsets, days)
                resolutions[index] = (
                    _NONE if day is None else Resolved(self._clock(day, candidate), "minute")
                )
        candidates, resolutions = self._times_with_their_days(candidates, resolutions)
        mentions = [
            TimeExpression(
                start=candidate.start,
                end=candidate.end,
                text=self.text[candidate.start : candidate.end],
                value=resolved.value,
                granularity=resolved.granularity,
                mod=candidate.mod,
                kind="time" if candidate.part and candidate.kind == "date" else candidate.kind,
                part_of_day=candidate.part,
                point=resolved.point,
                point_start=candidate.point_start,
                point_end=candidate.point_end,
            )
            for candidate, resolved in zip(candidates, resolutions, strict=True)
        ]
        written = [_written_out(candidate) for candidate in candidates]
        yearless = [candidate.form in _YEARLESS for candidate in candidates]
        mentions.extend(self._ranges(mentions, written, yearless))
        return sorted(mentions, key=lambda mention: (mention.start, -mention.end))

    def _times_with_their_days(
        self, candidates: list[Candidate], resolutions: list[Resolved]
    ) -> tuple[list[Candidate], list[Resolved]]:
        """The candidates with each clock time written right before its day made one.

        "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6" are one TIME in TimeML; the
        time's value is already that day's (None, like the day's, without a publication date:
        the spans do not depend on it).
        """
        kept_candidates: list[Candidate] = []
        kept: list[Resolved] = []
        skip = False
        for index, candidate in enumerate(candidates):
            if skip:
                skip = False
                continue
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            if (
                candidate.form == "time"
                and following is not None
                and following.form in _DAYS_OF_A_TIME
                and following.part is None
                and _TIME_BEFORE_ITS_DAY.fullmatch(self.text, candidate.end, following.start)
            ):
                candidate = attrs.evolve(candidate, end=following.end)
                skip = True
            kept_candidates.append(candidate)
            kept.append(resolutions[index])
        return kept_candidates, kept

    def _ranges(
        self, mentions: list[TimeExpression], written: list[bool], yearless: list[bool]
    ) -> list[TimeExpression]:
        """A duration for each range of two dates ("from 2009 to 2011", "2005–2015").

        The first date is written out with its year, and the second too or takes the first's
        ("from 20 December 2023 until 5 January"), so that the range, a span, is the same
        whatever the publication date ("yesterday - 12/9/2025" is none).
        """
        ranges = []
        for index, (first, second) in enumerate(itertools.pairwise(mentions)):
            if not (written[index] and (written[index + 1] or yearless[index + 1])):
                continue
            ends = _calendar(first.value), _calendar(second.value)
            if ends[0] is None or ends[1] is None or ends[0][1] != ends[1][1]:
                continue
            if first.mod or second.mod:
                continue  # "from April until the end of June": the length is not whole units
            joint = _RANGE_JOINT.fullmatch(self.text, first.end, second.start)
            opening = _RANGE_OPENING.search(self.text, max(0, first.start - 12), first.start)
            if joint is None or (opening is None and not joint.group("dash")):
                continue
            duration = _length(ends[0][0], ends[1][0], ends[0][1])
            if duration is None:
                continue
            start = opening.start() if opening is not None else first.start
            ranges.append(
                TimeExpression(
                    start=start,
                    end=second.end,
                    text=self.text[start : second.end],
                    value=duration,
                    granularity=ends[0][1],
                    kind="duration",
                )
            )
        return ranges

    # ------------------------------------------------------------------ one candidate

    def _resolve(self, candidate: Candidate) -> Resolved:
        form = candidate.form
        if form == "fixed":
            return Resolved(candidate.value, candidate.granularity)
        if form == "day" or form == "datetime":
            day = dt.date(candidate.year or 1, candidate.month or 1, candidate.day or 1)
            if form == "datetime":
                return Resolved(self._clock(day, candidate), "minute")
            return Resolved(day_value(day), "day")
        if form == "month_year":
            return Resolved(month_value(candidate.year or 1, candidate.month or 1), "month")
        if form == "week_of":
            return self._week_of(candidate)
        if form == "holiday":
            return self._holiday(candidate)
        if form == "year":
            return Resolved(f"{candidate.year:04d}", "year")
        if form == "quarter" and candidate.year is not None:
            return self._quarter_value(candidate, candidate.year, candidate.index or 1)
        if form == "season" and candidate.year is not None:
            return Resolved(f"{candidate.year:04d}-{candidate.code}", "season")
        if form in ("anchored", "reference", "time"):
            return _NONE  # resolved in the second pass
        if self.published is None:
            if candidate.kind == "duration":  # "in two weeks": still two weeks
                return Resolved(candidate.value, candidate.granularity)
            return self._unanchored(candidate)
        try:
            return self._forms[form](candidate, self.published)
        except OverflowError:  # a publication date at the edge of the calendar (year 9999)
            return _NONE

    def _in_year_named_before(self, candidates: list[Candidate], index: int) -> Resolved | None:
        """A month or day without its year, in the year of a date written out before it.

        The date must be in the same sentence and name its month: "the army moved on 15
        November 2017 and he resigned on 21 November". A day that would fall before that date
        is in the following year when that is a few months on ("from 20 December 2023 to 5
        January"), and otherwise not in that year's frame at all ("invited in July 2023, it
        will join on 12 March" is the next 12 March). A year alone is no anchor ("since 2014
        ... on 12 October" may well be this October).
        """
        candidate = candidates[index]
        if candidate.offset is not None or candidate.year_offset is not None:
            return None  # "last October", "June 16 of last year" say which year themselves
        sentence = sentences(self.text, self._sentence_lexicons).at(candidate.start) or (
            candidate.start,
            candidate.end,
        )
        for position in range(index - 1, max(-1, index - _MOST_CANDIDATES_BACK), -1):
            other = candidates[position]
            if other.start < sentence[0]:
                return None
            if other.year is None or other.form not in _WRITTEN_YEARS:
                continue
            year = other.year
            month, day = candidate.month or 1, candidate.day or 1
            if (month, day) < (other.month or 1, other.day or 1):
                if month + 12 - (other.month or 1) > _MOST_MONTHS_INTO_NEXT_YEAR:
                    return None
                year += 1
            if candidate.form == "month":
                return Resolved(month_value(year, month), "month")
            date = valid_date(year, month, day)
            return None if date is None else Resolved(day_value(date), "day")
        return None

    def _unanchored(self, candidate: Candidate) -> Resolved:
        """The value of a candidate that needs the publication date, when there is none."""
        if candidate.form == "yearless":
            return Resolved(f"XXXX-{candidate.month:02d}-{candidate.day:02d}", "day")
        if candidate.form == "month":
            return Resolved(f"XXXX-{candidate.month:02d}", "month")
        if candidate.form == "day_of_month":
            return Resolved(f"XXXX-XX-{candidate.day:02d}", "day")
        return _NONE

    def _holiday(self, candidate: Candidate) -> Resolved:
        """The day of a holiday: in the year written, else the one nearest publication.

        "last Christmas" is the one before the publication date, "next Easter" the one after,
        "this Thanksgiving" the one of the publication year; otherwise the nearest, the tense
        weighing as for a day written without its year.
        """
        rule = candidate.code or ""
        if candidate.year is not None:
            day = holiday_date(rule, candidate.year)
            return _NONE if day is None else Resolved(day_value(day), "day")
        published = self.published
        if published is None:
            return _NONE
        options = [
            day
            for year in (published.year - 1, published.year, published.year + 1)
            if (day := holiday_date(rule, year)) is not None
        ]
        if candidate.offset == -1:
            chosen = max((day for day in options if day < published), default=None)
        elif candidate.offset == 1:
            chosen = min((day for day in options if day > published), default=None)
        elif candidate.offset == 0:
            chosen = next((day for day in options if day.year == published.year), None)
        else:
            chosen = nearest(options, dt.date.toordinal, candidate.tense, published.toordinal())
        return _NONE if chosen is None else Resolved(day_value(chosen), "day")

    def _week_of(self, candidate: Candidate) -> Resolved:
        """The ISO week "the last week of March" or "the week of 6 March" names.

        The n-th week of a month is the one holding its (7n - 3)th day, the last one the week
        holding its fourth day from the end: the week most of whose days are in the month.
        """
        year = candidate.year
        if candidate.month is not None and year is None:
            if self.published is None:
                return _NONE
            month = self._month(attrs.evolve(candidate, form="month"), self.published)
            found = Period.parse(month.value)
            if found is None:
                return _NONE
            year = found.first.year
        if year is None:
            return _NONE
        if candidate.month is None:  # "the first week of 2021"
            if candidate.index == -1:
                day = dt.date(year, 12, 28)
            else:
                try:
                    day = dt.date.fromisocalendar(year, candidate.index or 1, 1)
                except ValueError:
                    return _NONE
            return Resolved(week_value(day), "week")
        last = calendar.monthrange(year, candidate.month)[1]
        if candidate.day is not None:
            number = candidate.day
        elif candidate.index == -1:
            number = last - 3
        else:
            number = 7 * (candidate.index or 1) - 3
        found_day = valid_date(year, candidate.month, number)
        return _NONE if found_day is None else Resolved(week_value(found_day), "week")

    def _relative_day(self, candidate: Candidate, published: dt.date) -> Resolved:
        return Resolved(day_value(published + dt.timedelta(days=candidate.offset or 0)), "day")

    def _weekday(self, candidate: Candidate, published: dt.date) -> Resolved:
        today = published.isoweekday()
        weekday = candidate.weekday or today
        forward = (weekday - today) % 7
        backward = (today - weekday) % 7
        if candidate.offset == -1:
            delta = -(backward or 7)
        elif candidate.offset == 1:
            delta = forward or 7
        elif candidate.offset == 0 and candidate.tense is None:
            delta = weekday - today  # "this Friday": the Friday of this week
        elif candidate.tense == "future":
            delta = forward
        else:
            delta = -backward
        return Resolved(day_value(published + dt.timedelta(days=delta)), "day")

    def _weekday_around(
        self, candidates: list[Candidate], resolutions: list[Resolved], index: int
    ) -> Resolved | None:
        """A weekday around the last day the text names: "the previous Friday".

        None when it names none (the weekday is then counted from the publication date).
        """
        candidate = candidates[index]
        day = self._named(candidates, resolutions, index, frozenset({"day"}))
        if day is None:
            return None
        weekday = candidate.weekday or 1
        if candidate.offset == -1:
            delta = -((day.first.isoweekday() - weekday) % 7 or 7)
        else:
            delta = (weekday - day.first.isoweekday()) % 7 or 7
        return Resolved(day_value(day.first + dt.timedelta(days=delta)), "day")

    def _weekend(self, candidate: Candidate, published: dt.date) -> Resolved:
        in_weekend = published.isoweekday() >= 6
        if candidate.offset == -1:
            weeks = -1
        elif candidate.offset == 1:
            weeks = 1 if in_weekend else 0
        elif candidate.tense == "past" or (candidate.offset is None and candidate.tense is None):
            weeks = 0 if in_weekend else -1  # the weekend just gone
        else:
            weeks = 0
        return Resolved(weekend_value(published + dt.timedelta(weeks=weeks)), "weekend")

    def _relative_unit(self, candidate: Candidate, published: dt.date) -> Resolved:
        offset = candidate.offset or 0
        unit = candidate.unit
        if unit == "week":
            return Resolved(week_value(published + dt.timedelta(weeks=offset)), "week")
        if unit == "month":
            moved = shift(published, offset, "M")
            return (
                _NONE if moved is None else Resolved(month_value(moved.year, moved.month), "month")
            )
        if unit == "decade":
            return Resolved(f"{published.year // 10 + offset:03d}", "decade")
        if unit == "century":
            return Resolved(f"{published.year // 100 + offset:02d}", "century")
        return Resolved(f"{published.year + offset:04d}", "year")

    def _shift(self, candidate: Candidate, published: dt.date) -> Resolved:
        sign = candidate.offset or 1
        if candidate.amount is None:
            point = Resolved("PAST_REF" if sign < 0 else "FUTURE_REF", None)
        else:
            today = Period(published, "day")
            point = _shifted(today, candidate.amount, candidate.unit or "D", sign)
        if candidate.kind == "duration":  # "in two weeks": the duration, pointing to the date
            return Resolved(candidate.value, candidate.granularity, point=point.value)
        return point

    def _yearless(self, candidate: Candidate, published: dt.date) -> Resolved:
        month, day = candidate.month or 1, candidate.day or 1
        if candidate.year_offset is not None:  # "June 16 of last year"
            date = valid_date(published.year + candidate.year_offset, month, day)
            return _NONE if date is None else Resolved(day_value(date), "day")
        options = [
            date
            for year in (published.year - 1, published.year, published.year + 1)
            if (date := valid_date(year, month, day)) is not None
        ]
        chosen = nearest(options, dt.date.toordinal, candidate.tense, published.toordinal())
        return _NONE if chosen is None else Resolved(day_value(chosen), "day")

    def _month(self, candidate: Candidate, published: dt.date) -> Resolved:
        month = candidate.month or 1
        options = [(year, month) for year in range(published.year - 1, published.year + 2)]
        reference = published.year * 12 + published.month
        chosen: tuple[int, int] | None
        if candidate.year_offset is not None:  # "in March of last year"
            chosen = (published.year + candidate.year_offset, month)
        elif candidate.offset == 0:  # "this March"
            chosen = (published.year, month)
        elif candidate.offset in (-1, 1):  # "last October": the latest one before this month
            ahead = [o for o in options if (o[0] * 12 + o[1] - reference) * candidate.offset > 0]
            chosen = min(ahead, key=lambda ym: abs(ym[0] * 12 + ym[1] - reference))
        else:
            chosen = nearest(options, lambda ym: ym[0] * 12 + ym[1], candidate.tense, reference)
        return _NONE if chosen is None else Resolved(month_value(*chosen), "month")

    def _day_of_month(self, candidate: Candidate, published: dt.date) -> Resolved:
        options = []
        for months in (-1, 0, 1):
            first = shift(published.replace(day=1), months, "M")
            date = first and valid_date(first.year, first.month, candidate.day or 1)
            if date is not None:
                options.append(date)
        chosen = nearest(options, dt.date.toordinal, candidate.tense, published.toordinal())
        return _NONE if chosen is None else Resolved(day_value(chosen), "day")

    def _quarter(self, candidate: Candidate, published: dt.date) -> Resolved:
        per_year = 4 if candidate.unit == "quarter" else 2
        current = (published.month - 1) * per_year // 12 + 1
        if candidate.index is None:  # "the last quarter": the one before this one
            ordinal = published.year * per_year + current - 1 + (candidate.offset or 0)
            year, index = divmod(ordinal, per_year)
            return self._quarter_value(candidate, year, index + 1)
        if candidate.offset is not None:  # "the second quarter of last year"
            return self._quarter_value(
                candidate, published.year + candidate.offset, candidate.index
            )
        options = [published.year - 1, published.year, published.year + 1]
        reference = published.year * per_year + current
        # A quarter is reported once it has ended ("expects to report third-quarter results"):
        # the tense of the clause is the report's, so it only breaks ties.
        chosen = nearest(
            options,
            lambda year: year * per_year + (candidate.index or 1),
            candidate.tense,
            reference,
            contrary=1,
        )
        if chosen is None:
            return _NONE
        return self._quarter_value(candidate, chosen, candidate.index)

    def _quarter_value(self, candidate: Candidate, year: int, index: int) -> Resolved:
        letter = "Q" if candidate.unit != "half" else "H"
        return Resolved(f"{year:04d}-{letter}{index}", candidate.unit or "quarter")

    def _season(self, candidate: Candidate, published: dt.date) -> Resolved:
        code = candidate.code or "SU"
        current = _season_ordinal(published)
        options = [
            year * 4 + _SEASONS.index(code)
            for year in range(published.year - 2, published.year + 2)
        ]
        if candidate.offset == -1:
            chosen = max((o for o in options if o < current), default=None)
        elif candidate.offset == 1:
            chosen = min((o for o in options if o > current), default=None)
        else:
            tense: Tense = None if candidate.offset == 0 else candidate.tense
            chosen = nearest(options, lambda ordinal: ordinal, tense, current)
        if chosen is None:
            return _NONE
        return Resolved(f"{chosen // 4:04d}-{code}", "season")

    # ------------------------------------------------------------------ the second pass

    def _clock(self, day: dt.date, candidate: Candidate) -> str:
        zone = "Z" if candidate.zulu else ""
        return f"{day_value(day)}T{candidate.hour or 0:02d}:{candidate.minute or 0:02d}{zone}"

    def _day_of_time(
        self, position: int, offsets: list[int], days: list[tuple[int, dt.date]]
    ) -> dt.date | None:
        """The day a clock time at ``position`` is on, from the ``(offset, day)`` of each day.

        The nearest day named in its sentence, else in the sentence before, else the first day
        the article names before it (the day of the lead event), else the publication date.
        """
        split = sentences(self.text, self._sentence_lexicons)
        here = split.index_at(position)
        for sentence in () if here is None else (here, here - 1):
            if sentence < 0:
                continue
            start, end = split[sentence]
            low, high = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
            middle = bisect.bisect_left(offsets, position, low, high)
            near = [i for i in (middle - 1, middle) if low <= i < high]
            if near:
                return days[min(near, key=lambda i: abs(offsets[i] - position))][1]
        if days and days[0][0] < position:
            return days[0][1]
        return self.published

    def _named(
        self,
        candidates: list[Candidate],
        resolutions: list[Resolved],
        index: int,
        granularities: frozenset[str],
        *,
        comparisons: bool = False,
    ) -> Period | None:
        """The last period the text names before ``index`` with one of ``granularities``.

        Unless ``comparisons``, a period a figure is compared with ("a year earlier") is
        passed over: it is not what the report is about.
        """
        for position in range(index - 1, max(-1, index - _MOST_CANDIDATES_BACK), -1):
            other = candidates[position]
            if other.kind not in ("date", "duration"):
                continue
            if _is_comparison(other) and not comparisons:
                continue
            resolved = resolutions[position]
            period = Period.parse(resolved.point or resolved.value)
            if period is not None and period.granularity in granularities:
                return period
        return None

    def _reference(
        self, candidates: list[Candidate], resolutions: list[Resolved], index: int
    ) -> Resolved:
        """The period a report is about ("the quarter"), or compares with ("year-earlier").

        The last period of its kind the text names before it ("the third quarter ... the
        quarter"; a day names its month, quarter and year too), else, for "the quarter" and
        "the year", the one of the publication date (the quarter last ended). "the current
        year" is the year of publication. A comparison is that period a year back.
        """
        candidate = candidates[index]
        unit = candidate.unit or "period"
        if candidate.relation == "current":
            if self.published is None:
                return _NONE
            current = _current(self.published, unit)
            return Resolved(current.value, current.granularity)
        within = _WITHIN.get(unit, _PERIODS)
        anaphoric = candidate.relation == "that"
        if unit == "year" and not anaphoric and candidate.year is None:
            named = None  # "the full year", "the fiscal year": the year reported, of publication
        else:  # "that quarter" may be the one compared with; another period is not
            named = self._named(candidates, resolutions, index, within, comparisons=anaphoric)
        if named is not None and unit in _COARSEN_TO:
            named = Period(named.first, unit).normalised()
        if candidate.year is not None:  # "the 1989 period": the period reported, in 1989
            if named is None:
                return Resolved(f"{candidate.year:04d}", "year")
            named = Period(named.first.replace(year=candidate.year, day=1), named.granularity)
            return Resolved(named.value, named.granularity)
        if candidate.relation == COMPARISON:
            base = named or _default(self.published, unit, candidate.tense)
            if base is not None and candidate.index is not None:  # the year-ago third quarter
                first = dt.date(base.first.year, 3 * candidate.index - 2, 1)
                base = Period(first, "quarter")
            moved = None if base is None else base.moved(-1, "Y")
            return _NONE if moved is None else Resolved(moved.value, moved.granularity)
        if named is None and candidate.relation != "that":
            named = _default(self.published, unit, candidate.tense)
        return _NONE if named is None else Resolved(named.value, named.granularity)

    def _compared(
        self, candidates: list[Candidate], resolutions: list[Resolved], index: int
    ) -> Resolved | None:
        """A year ago after a figure ("up from 4%"): the period reported, a year back."""
        candidate = candidates[index]
        named = self._named(candidates, resolutions, index, _PERIODS)
        if named is None or candidate.amount is None:
            return None
        amount, unit = _whole(candidate.amount, candidate.unit or "Y")
        moved = named.moved(-amount, unit)
        return None if moved is None else Resolved(moved.value, moved.granularity)

    def _anchored(
        self, candidates: list[Candidate], resolutions: list[Resolved], index: int
    ) -> Resolved:
        """An expression relative to another event, from the date the text anchors it to.

        A duration ("two days" of "two days later") keeps its value and points to the date.
        """
        candidate = candidates[index]
        point = self._anchored_point(candidates, resolutions, index)
        if candidate.kind == "duration":
            return Resolved(candidate.value, candidate.granularity, point=point.value)
        return point

    def _anchored_point(
        self, candidates: list[Candidate], resolutions: list[Resolved], index: int
    ) -> Resolved:
        candidate = candidates[index]
        anchor = self._anchor(candidates, resolutions, index)
        if anchor is None or candidate.amount is None:
            return _NONE
        if candidate.relation == "than":  # "on 11 May, three days later than planned"
            return Resolved(anchor.value, anchor.granularity)
        weekly = candidate.granularity in ("week", "weekend") and candidate.kind == "date"
        finer = COARSENESS[anchor.granularity] <= COARSENESS["week"]
        if weekly and candidate.unit == "W" and finer:  # "the following week"
            moved = shift(anchor.first, int(candidate.offset or 1), "W")
            return _NONE if moved is None else Resolved(week_value(moved), "week")
        sign = candidate.offset or 1
        return _shifted(anchor, candidate.amount, candidate.unit or "D", sign)

    def _anchor(
        self, candidates: list[Candidate], resolutions: list[Resolved], index: int
    ) -> Period | None:
        """The date an expression relative to another event is counted from.

        For "after" and "before", the date right after them ("a day after 3 September");
        none when an event follows them instead ("a day after the election"). Otherwise the
        last date the text gives before it ("It opened on 2 June. Two days later, ...").
        """
        candidate = candidates[index]
        end = candidate.point_end or candidate.end
        if candidate.compared:  # "up from $4 million a year earlier": the period reported
            compared = self._named(candidates, resolutions, index, _PERIODS)
            if compared is not None:
                return compared
        if candidate.relation in ("after", "before", "prior"):
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            gap = _BETWEEN_COMPLEMENT.match(self.text, end)
            if following is not None and gap is not None and gap.end() == following.start:
                return Period.parse(resolutions[index + 1].value)
            pronoun = _AFTER_THAT.match(self.text, end)
            rest = self.text[pronoun.end() if pronoun else end :][:2].strip()
            if rest and rest[0] not in ",.;:)":
                return None  # "a day after the election": the anchor is an event
        for position in range(index - 1, max(-1, index - _MOST_CANDIDATES_BACK), -1):
            resolved = resolutions[position]
            if candidates[position].kind not in ("date", "duration"):
                continue
            anchor = Period.parse(resolved.point or resolved.value)
            if anchor is not None:
                return anchor
        return None


_YEARLESS = frozenset({"yearless", "month", "day_of_month"})
"""The forms without a year, which take one from the date before them in a range."""


def _written_out(candidate: Candidate) -> bool:
    """Whether a date is written with its year, so that it needs no publication date."""
    return (
        candidate.form in _WRITTEN_YEARS
        or candidate.form in ("year", "week_of")
        or (candidate.form in ("quarter", "season") and candidate.year is not None)
    )


def _is_comparison(candidate: Candidate) -> bool:
    return candidate.compared or candidate.relation == COMPARISON


def _current(published: dt.date, granularity: str) -> Period:
    """The period of ``granularity`` holding the publication date (a quarter for "period")."""
    unit = "quarter" if granularity == "period" else granularity
    return Period(published, unit).normalised()


def _default(published: dt.date | None, granularity: str, tense: str | None) -> Period | None:
    """The period a report is about when the text names none before it.

    The year of publication; the quarter (or half) last ended, or the current one in the
    future.
    """
    if published is None or granularity == "day":
        return None
    current = _current(published, granularity)
    if granularity in ("quarter", "half", "period") and tense != "future":
        months = 6 if granularity == "half" else 3
        previous = shift(current.first, -months, "M")
        return None if previous is None else Period(previous, current.granularity)
    return current


def _length(first: dt.date, last: dt.date, granularity: str) -> str | None:
    """The duration from ``first`` to ``last`` in units of ``granularity`` (None if not after)."""
    if granularity == "year":
        years = last.year - first.year
        return f"P{years}Y" if years > 0 else None
    if granularity == "month":
        months = (last.year - first.year) * 12 + last.month - first.month
        return f"P{months}M" if months > 0 else None
    days = (last - first).days
    return f"P{days}D" if days > 0 else None


def _season_ordinal(day: dt.date) -> int:
    """The season holding ``day`` as ``year * 4 + index`` (January is the previous winter)."""
    if day.month < 3:
        return (day.year - 1) * 4 + 3
    index = {3: 0, 6: 1, 9: 2, 12: 3}[max(m for m in _SEASON_MONTHS.values() if m <= day.month)]
    return day.year * 4 + index
