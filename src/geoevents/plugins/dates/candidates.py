"""Finding candidates: every pattern's matches, read into :class:`Candidate` values and guarded.

A candidate records what the text says ("the Friday before the publication date", "three years
after some other date") without resolving it; :mod:`.resolve` does that. Each pattern runs once
over the text; where candidates overlap, the longest wins (:func:`select`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs
import regex

from geoevents.plugins.dates import guards
from geoevents.plugins.dates.absolute import read_date
from geoevents.plugins.dates.patterns import Patterns
from geoevents.plugins.dates.tense import Tenses
from geoevents.plugins.dates.timex import Tense, duration_value, parse_unit, valid_date
from geoevents.plugins.dates.words import DateWords
from geoevents.text.numbers import ORDINALS, SCALES, parse_digits, words_to_number
from geoevents.text.sentences import sentences

__all__ = ["Candidate", "Scanner", "select"]

_GRANULARITY = {"TS": "second", "TM": "minute", "TH": "hour", "D": "day", "W": "week"}
_GRANULARITY |= {"M": "month", "Y": "year"}
_UNIT_OF_PERIOD = {"week": "W", "weekend": "W", "month": "M", "year": "Y", "quarter": "M"}
_UNIT_OF_PERIOD |= {"decade": "Y", "day": "D"}
_PERIOD_SIZE = {"quarter": 3, "decade": 10}
_SHIFT_GRANULARITY = {"M": "month", "Y": "year"}
"""The granularity of a date moved by a unit ("two weeks later" is a day; clock units too)."""
_OF_AGE = regex.compile(r"[^\S\n]+of[^\S\n]+age\b", regex.IGNORECASE)
_VAGUE_AMOUNTS = ("few", "couple", "several", "many", "some", "dozens", "hundreds")


@attrs.frozen(kw_only=True)
class Candidate:
    """A temporal expression found in the text, read but not yet resolved.

    ``form`` says how to resolve it; the other fields hold what the text gives.
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    form: str
    """``day``, ``yearless``, ``month_year``, ``month``, ``day_of_month``, ``year``,
    ``quarter``, ``season``, ``weekday``, ``weekend``, ``relative_day``, ``relative_unit``,
    ``shift``, ``anchored``, ``time``, ``datetime`` or ``fixed``."""
    rank: int = 0
    """Breaks ties between candidates with the same span: the lower wins."""
    year: int | None = None
    """The year, when written."""
    month: int | None = None
    """The month, when written."""
    day: int | None = None
    """The day of the month, when written."""
    weekday: int | None = None
    """The ISO weekday (Monday 1) of a weekday name."""
    index: int | None = None
    """The quarter (1-4) or half (1-2)."""
    offset: int | None = None
    """last (-1), this (0), next (+1); or the sign of a shift (ago -1, later +1)."""
    amount: float | None = None
    """How many units a duration or a shift counts; None when vague ("a few")."""
    unit: str | None = None
    """A duration unit (``Y``, ``TH``...) or a calendar unit (``week``, ``quarter``...)."""
    code: str | None = None
    """A season code (``SU``)."""
    value: str | None = None
    """The value, when the text fixes it (durations, sets, vague references, decades)."""
    kind: str = "date"
    """``date``, ``time``, ``duration`` or ``set``."""
    granularity: str | None = None
    """The granularity, when the text fixes it."""
    mod: str | None = None
    """``START``, ``MID``, ``END``, ``APPROX``..."""
    part: str | None = None
    """A part of the day (``MO``, ``NI``...)."""
    hour: int | None = None
    """The hour of a clock time (0-23)."""
    minute: int | None = None
    """The minute of a clock time."""
    zulu: bool = False
    """Whether a clock time is given in UTC/GMT."""
    relation: str | None = None
    """For an anchored expression, the word that relates it: later, after, before..."""
    tense: Tense = None
    """The tense of the clause, for the forms that need it."""
    year_offset: int | None = None
    """The year relative to the publication year, when the text gives it ("of last year")."""


Handler = Callable[[regex.Match[str]], Iterator[Candidate]]


class Scanner:
    """Runs every pattern over one text and reads the matches into candidates."""

    def __init__(self, text: str, words: DateWords, patterns: Patterns, *, day_first: bool):
        self.text = text
        self.words = words
        self.patterns = patterns
        self.day_first = day_first
        self.context = guards.Context(text, patterns)
        self._tenses: Tenses | None = None
        self._months = dict(words.months) | dict(words.month_abbreviations)
        self._weekdays = dict(words.weekdays) | dict(words.weekday_abbreviations)
        self._units = dict(words.units)
        self._parts = dict(words.parts_of_day)
        self._modifiers = dict(words.modifiers)
        self._edges = dict(words.period_edges)
        self._directions = {name: int(offset) for name, offset in words.directions}

    def candidates(self) -> list[Candidate]:
        """Every candidate in the text, overlapping ones included, extended by their modifiers."""
        handlers: list[tuple[str, Handler]] = [
            ("numeric", self._numeric),
            ("day_month", self._day_month),
            ("month", self._month),
            ("weekday", self._weekday),
            ("relative_day", self._relative_day),
            ("relative_unit", self._relative_unit),
            ("period_edge", self._period_edge),
            ("offset", self._offset),
            ("within", self._within),
            ("duration", self._duration),
            ("vague_duration", self._vague_duration),
            ("every", self._every),
            ("rate", self._every),
            ("time", self._time),
            ("decade", self._decade),
            ("quarter", self._quarter),
            ("season", self._season),
            ("year", self._year),
            ("ordinal_day", self._ordinal_day),
            ("vague", self._vague),
            ("anchored", self._anchored),
        ]
        found: list[Candidate] = []
        triggers = self.patterns.triggers(self.text)
        for name, handler in handlers:
            for match in self.patterns.finditer(name, triggers):
                found.extend(self._extend(candidate) for candidate in handler(match))
        return found

    # ------------------------------------------------------------------ helpers

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clause around ``[start, end)``."""
        if self._tenses is None:
            self._tenses = Tenses(self.text, self.words)
        sentence = sentences(self.text).at(start) or (start, end)
        return self._tenses.at(sentence, start, end)

    def _month_number(self, name: str) -> int:
        return int(self._months[name.lower().rstrip(".")])

    def _amount(self, match: regex.Match[str]) -> float | None:
        """The number of a ``num`` group (with "and a half"), None for "a few" and the like."""
        written = match.group("num").lower()
        number: float | None
        if written.split()[0] in _VAGUE_AMOUNTS or written.startswith(("a few", "a couple")):
            number = None
        elif written in ("a", "an"):
            number = 1
        elif written.startswith("half"):
            number = 0.5
        else:
            digits, _, scale = written.partition(" ")
            number = parse_digits(digits)
            if number is None:
                number = words_to_number(written)
            elif scale.strip() in SCALES:  # "65 million"
                number *= SCALES[scale.strip()]
        if number is not None and "half" in match.group().lower()[len(written) :]:
            number += 0.5
        return number

    def _unit(self, written: str) -> tuple[float, str]:
        multiplier, unit = parse_unit(self._units[written.lower()])
        return multiplier, unit

    def _extend(self, candidate: Candidate) -> Candidate:
        """``candidate`` with the part of the day and the modifier written right before it."""
        if candidate.form in _TAKES_PART and candidate.part is None:
            match = self.patterns.part_before.search(
                self.text, max(0, candidate.start - 40), candidate.start
            )
            if match:
                part = self._parts[_key(match.group("part"))]
                candidate = attrs.evolve(candidate, start=match.start(), part=part)
        if _takes_mod(candidate):
            match = self.patterns.modifier_before.search(
                self.text, max(0, candidate.start - 40), candidate.start
            )
            if match:
                edge = match.group("edge")
                if edge:
                    mod = self._edges[edge.lower()]
                else:
                    mod = self._modifiers[match.group("mod").lower()]
                candidate = attrs.evolve(candidate, start=match.start(), mod=mod)
        return candidate

    # ------------------------------------------------------------------ absolute dates

    def _numeric(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        if match.group("m"):
            day = valid_date(int(match.group("year")), int(match.group("m")), int(match.group("d")))
        else:
            day = read_date(match.group(), day_first=self.day_first)
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

    def _day_month(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        month = self._month_number(match.group("month"))
        if match.group("day") is None:
            yield Candidate(
                start=start, end=end, form="month_year", year=int(match.group("year")), month=month
            )
            return
        day = int(match.group("day").rstrip("stndrh"))
        if match.group("year"):
            # The pattern has read every part (with the month spellings of the lexicons, which
            # dateparser does not know), so the calendar only has to check the day exists.
            year = int(match.group("year"))
            if valid_date(year, month, day) is None:  # "31 February 2025"
                yield Candidate(start=start, end=end, form="fixed")
            else:
                yield Candidate(start=start, end=end, form="day", year=year, month=month, day=day)
        elif valid_date(2024, month, day) is None:  # 2024 is a leap year: 29 February is valid
            yield Candidate(start=start, end=end, form="fixed")
        else:
            of_year = self.patterns.year_after.match(self.text, end)
            yield Candidate(
                start=start,
                end=of_year.end() if of_year else end,
                form="yearless",
                month=month,
                day=day,
                tense=self.tense(start, end),
                year_offset=self._directions[of_year.group(1).lower()] if of_year else None,
            )

    def _month(self, match: regex.Match[str]) -> Iterator[Candidate]:
        name = match.group("month")
        start, end = match.span("month")
        if match.group("poss") and name.lower() in self.words.ambiguous_months:
            return
        if not guards.month_is_date(self.context, start, end, self.words, name):
            return
        direction = self.patterns.direction_before.search(self.text, max(0, start - 20), start)
        offset = None
        if direction is not None:  # "last October", "next March"
            start, offset = direction.start(), self._directions[direction.group(1).lower()]
        of_year = self.patterns.year_after.match(self.text, end)
        yield Candidate(
            start=start,
            end=of_year.end() if of_year else end,
            form="month",
            month=self._month_number(name),
            offset=offset,
            tense=self.tense(start, end),
            year_offset=self._directions[of_year.group(1).lower()] if of_year else None,
        )

    def _year(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        year = int(match.group("year"))
        if guards.year_is_date(self.context, start, end, year, self.words):
            yield Candidate(start=start, end=end, form="year", year=year, rank=5)

    def _decade(self, match: regex.Match[str]) -> Iterator[Candidate]:
        digits = match.group("digits")
        if digits is None:
            short = match.group("short")
            digits = ("19" if int(short) >= 3 else "20") + short
        yield Candidate(
            start=match.start(), end=match.end(), form="fixed", value=digits, granularity="decade"
        )

    def _quarter(self, match: regex.Match[str]) -> Iterator[Candidate]:
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
            if year is None and self.context.word_after(end).lower() == "of":
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
            tense=self.tense(start, end) if year is None else None,
        )

    def _season(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        has_year = bool(match.group("year"))
        if not guards.season_is_date(
            self.context,
            start,
            end,
            self.words,
            has_year=has_year,
            has_the=bool(match.group("the")),
        ):
            return
        code = dict(self.words.seasons)[_key(match.group("season"))]
        yield Candidate(
            start=start,
            end=end,
            form="season",
            code=code,
            year=int(match.group("year")) if has_year else None,
            tense=None if has_year else self.tense(start, end),
        )

    def _ordinal_day(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span("the")
        following = self.context.char_after(end)
        word = self.context.word_after(end)
        if (
            following
            and following not in ",.;:!?)"
            and word.lower() not in self.words.temporal_cues
        ):
            return
        yield Candidate(
            start=start,
            end=end,
            form="day_of_month",
            day=int(match.group("day")),
            tense=self.tense(start, end),
        )

    # ------------------------------------------------------------------ relative dates

    def _weekday(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        name_start, name_end = match.span("weekday")
        if not guards.weekday_is_date(self.context, name_start, name_end, self.words):
            return
        weekday = int(self._weekdays[match.group("weekday").lower()])
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
        if match.group("dir2"):
            offset = 1 if match.group("dir2").lower() == "coming" else -1
        elif match.group("dir"):
            offset = self._directions[match.group("dir").lower()]
        part = self._parts.get(_key(match.group("part") or ""))
        yield Candidate(
            start=start,
            end=end,
            form="weekday",
            weekday=weekday,
            offset=offset,
            part=part,
            tense=self.tense(start, end),
        )

    def _relative_day(self, match: regex.Match[str]) -> Iterator[Candidate]:
        if match.group()[0].isupper() and guards.name_before(self.context, match.start()):
            return  # "USA Today"
        part = self._parts.get(_key(match.group("part") or ""))
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

    def _relative_unit(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        if self.context.word_after(end).lower() == "of":
            return  # "the last week of August" is not last week
        unit = _key(match.group("unit"))
        direction = (match.group("dir") or match.group("dir2") or "").lower()
        seasons = dict(self.words.seasons)
        granularity = dict(self.words.calendar_units).get(unit, "season")
        if direction in ("previous", "following"):
            yield Candidate(
                start=start,
                end=end,
                form="anchored",
                amount=1,
                unit=_UNIT_OF_PERIOD.get(granularity, "Y"),
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
            offset = self._directions[direction]
        else:
            offset = None  # "the weekend": which one depends on the tense
        durational = granularity in ("week", "month", "year", "decade")
        if durational and (direction == "past" or (match.group("the") and direction != "this")):
            amount = _PERIOD_SIZE.get(granularity, 1)
            base = _UNIT_OF_PERIOD[granularity]
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
                tense=self.tense(start, end),
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
            tense=self.tense(start, end) if form == "weekend" else None,
        )

    def _period_edge(self, match: regex.Match[str]) -> Iterator[Candidate]:
        granularity = dict(self.words.calendar_units)[match.group("unit").lower()]
        mod = self._edges[match.group("edge").lower()]
        form = "weekend" if granularity == "weekend" else "relative_unit"
        if granularity == "quarter":
            return
        yield Candidate(
            start=match.start(), end=match.end(), form=form, unit=granularity, offset=0, mod=mod
        )

    def _offset(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        multiplier, unit = self._unit(match.group("unit"))
        amount = self._amount(match)
        if amount is not None:
            amount *= multiplier
        relation = _key(match.group("rel"))
        if relation == "ago" or relation in ("from now", "hence"):
            yield Candidate(
                start=start,
                end=end,
                form="shift",
                amount=amount,
                unit=unit,
                offset=-1 if relation == "ago" else 1,
            )
            return
        if self.context.word_before(start).lower() in self.words.span_cues:
            yield Candidate(  # "for three years before resigning": a duration
                start=start,
                end=match.end("unit"),
                form="fixed",
                kind="duration",
                value=duration_value(amount, unit),
                granularity=_GRANULARITY.get(unit),
                rank=2,
            )
            return
        backwards = relation in ("earlier", "before", "prior")
        yield Candidate(
            start=start,
            end=match.end("rel"),
            form="anchored",
            amount=amount,
            unit=unit,
            offset=-1 if backwards else 1,
            relation="than" if match.group("than") else relation,
            granularity=_SHIFT_GRANULARITY.get(unit, "day"),
        )

    def _within(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        multiplier, unit = self._unit(match.group("unit"))
        amount = self._amount(match)
        if amount is not None:
            amount *= multiplier
        future = match.group("prep").lower() == "in" and not match.group().lower().count("next")
        if future and (match.group("time") or self.tense(start, end) == "future"):
            yield Candidate(start=start, end=end, form="shift", amount=amount, unit=unit, offset=1)
            return
        duration_start = match.start("num")
        yield Candidate(
            start=duration_start,
            end=match.end("unit") if not match.group("time") else end,
            form="fixed",
            kind="duration",
            value=duration_value(amount, unit),
            granularity=_GRANULARITY.get(unit),
            rank=1,
        )

    # ------------------------------------------------------------------ durations and sets

    def _duration(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        if match.group("old") or _OF_AGE.match(self.text, end):
            return  # an age: "a 30-year-old man", "103 years of age"
        written_unit = match.group("unit").lower()
        amount = self._amount(match)
        if self.context.word_before(start).lower() in _VAGUE_AMOUNTS:
            amount = None  # "a few hundred years"
        hyphenated = bool(match.group("hyphen"))
        bare = not match.group("the") and not hyphenated
        if bare and guards.amount_needs_cue(match["num"]):
            cue = self.context.word_before(start).lower()
            if written_unit == "second" or cue not in self.words.duration_cues:
                return  # "a week" alone, "a second ceasefire"
        multiplier, unit = self._unit(written_unit)
        if amount is not None:
            amount *= multiplier
        yield Candidate(
            start=start,
            end=end,
            form="fixed",
            kind="duration",
            value=duration_value(amount, unit),
            granularity=_GRANULARITY.get(unit),
            rank=2,
        )

    def _vague_duration(self, match: regex.Match[str]) -> Iterator[Candidate]:
        _multiplier, unit = self._unit(match.group("unit"))
        yield Candidate(
            start=match.start(),
            end=match.end(),
            form="fixed",
            kind="duration",
            value=duration_value(None, unit),
            granularity=_GRANULARITY.get(unit),
            rank=2,
        )

    def _every(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        group = match.groupdict()
        granularity: str | None
        if group.get("freq"):
            if not match.group("freq").islower():
                return  # "the Daily Telegraph"
            value = dict(self.words.frequencies)[match.group("freq").lower()]
            granularity = _GRANULARITY.get(value[-1])
        elif group.get("weekday"):
            value = f"XXXX-WXX-{self._weekdays[match.group('weekday').lower()]}"
            granularity = "day"
        else:
            written = match.group("unit").lower()
            if written in self._units:
                multiplier, unit = self._unit(written)
            else:  # a calendar unit: "every weekend", "each quarter"
                granularity = dict(self.words.calendar_units)[written]
                multiplier, unit = _PERIOD_SIZE.get(granularity, 1), _UNIT_OF_PERIOD[granularity]
            count = self._amount(match) if group.get("num") else None
            if group.get("other"):
                count = 2
            value = duration_value((count or 1) * multiplier, unit)
            granularity = _GRANULARITY.get(unit)
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

    def _time(self, match: regex.Match[str]) -> Iterator[Candidate]:
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
                before = self.context.word_before(start).lower()
                if before not in self.words.temporal_cues:
                    return  # "2:1", "John 3:16": a clock time needs "at", "from", "by"...
        yield Candidate(
            start=start,
            end=end,
            form="time",
            kind="time",
            hour=hour,
            minute=minute,
            zulu=dict(self.words.time_zones).get(zone) == "Z",
        )

    # ------------------------------------------------------------------ the rest

    def _vague(self, match: regex.Match[str]) -> Iterator[Candidate]:
        key = _key(match.group())
        yield Candidate(
            start=match.start(), end=match.end(), form="fixed", value=dict(self.words.vague)[key]
        )

    def _anchored(self, match: regex.Match[str]) -> Iterator[Candidate]:
        start, end = match.span()
        if match.group("rel"):
            yield Candidate(
                start=start,
                end=end,
                form="anchored",
                amount=1,
                unit="D",
                offset=-1 if match.group("rel").lower() == "before" else 1,
                relation=match.group("rel").lower(),
                granularity="day",
            )
            return
        which = match.group("which").lower()
        unit = _key(match.group("unit"))
        part = self._parts.get(unit)
        if which == "next" and unit != "day" and part is None:
            return  # "the next week" is a duration (see relative_unit)
        granularity = "day" if part or unit == "day" else unit
        yield Candidate(
            start=start,
            end=end,
            form="anchored",
            amount=0 if which == "same" else 1,
            unit=_UNIT_OF_PERIOD.get(granularity, "D"),
            offset=-1 if which == "previous" else 1,
            relation="later",
            granularity=granularity,
            part=part,
            rank=-1,
        )


_TAKES_PART = frozenset({"day", "yearless", "weekday", "relative_day", "day_of_month"})
_TAKES_MOD = frozenset(
    {
        "day",
        "yearless",
        "month",
        "month_year",
        "year",
        "quarter",
        "season",
        "weekday",
        "weekend",
        "relative_day",
        "relative_unit",
        "fixed",
    }
)


def _key(written: str) -> str:
    """A lexicon key for ``written``: lower case, one space between words."""
    return " ".join(written.lower().split())


def _takes_mod(candidate: Candidate) -> bool:
    if candidate.mod is not None or candidate.form not in _TAKES_MOD:
        return False
    return (
        candidate.form != "fixed"
        or candidate.kind == "duration"
        or candidate.granularity == "decade"
    )


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that do not overlap a longer one, in text order.

    Longer candidates are taken first; between two of the same length the lower ``rank``, then
    the earlier one, wins.
    """
    taken = bytearray(max((c.end for c in candidates), default=0))
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        if candidate.end > candidate.start and taken.find(1, candidate.start, candidate.end) < 0:
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)
