"""The scanner: runs every pattern over a text and reads its matches into candidates.

Each pattern has a reader (:mod:`.read_calendar`, :mod:`.read_relative`, :mod:`.read_spans`)
that turns a match into candidates, applying the guards; the scanner then extends each
candidate by the modifier or part of the day written right before it ("late", "the early hours
of").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs
import regex

from geoevents.plugins.dates import (
    guards,
    read_calendar,
    read_reference,
    read_relative,
    read_spans,
)
from geoevents.plugins.dates.candidates import Candidate, key
from geoevents.plugins.dates.lexicons import DateLexicons
from geoevents.plugins.dates.tense import Tenses
from geoevents.plugins.dates.timex import Tense, parse_unit
from geoevents.text.numbers import read_number
from geoevents.text.sentences import sentences

__all__ = ["READERS", "Scanner"]

MatchReader = Callable[["Scanner", regex.Match[str]], Iterator[Candidate]]
"""A function that reads one match of a pattern into candidates."""

READERS: tuple[tuple[str, MatchReader], ...] = (
    ("numeric", read_calendar.numeric),
    ("day_month", read_calendar.day_month),
    ("month", read_calendar.month),
    ("weekday", read_relative.weekday),
    ("relative_day", read_relative.relative_day),
    ("relative_unit", read_relative.relative_unit),
    ("period_edge", read_relative.period_edge),
    ("offset", read_relative.offset),
    ("within", read_relative.within),
    ("duration", read_spans.duration),
    ("vague_duration", read_spans.vague_duration),
    ("every", read_spans.every),
    ("rate", read_spans.every),
    ("time", read_spans.time),
    ("decade", read_calendar.decade),
    ("century", read_calendar.century),
    ("quarter", read_calendar.quarter),
    ("season", read_calendar.season),
    ("year", read_calendar.year),
    ("year_words", read_calendar.year_words),
    ("week_of", read_calendar.week_of),
    ("holiday", read_calendar.holiday),
    ("ordinal_day", read_calendar.ordinal_day),
    ("vague", read_relative.vague),
    ("anchored", read_relative.anchored),
    ("reference", read_reference.reference),
)
"""Each pattern, by name, with the reader of its matches."""


class Scanner:
    """Runs every pattern over one text and reads the matches into candidates."""

    def __init__(self, text: str, lexicons: DateLexicons, *, day_first: bool) -> None:
        self.text = text
        """The text scanned."""
        words = lexicons.words
        self.words = words
        """The word lists."""
        self.patterns = lexicons.patterns
        """The patterns compiled from them."""
        self.sentences = lexicons.sentences
        """The sentence splitter's lexicons."""
        self.day_first = day_first
        """Whether all-digit dates are read day first (the ``dates.day_first`` setting)."""
        self.context = guards.Context(text, self.patterns)
        """The words around each candidate, for the guards."""
        self._tenses: Tenses | None = None
        self.months = dict(words.months) | dict(words.month_abbreviations)
        """Month names and abbreviations, to their numbers."""
        self.weekdays = dict(words.weekdays) | dict(words.weekday_abbreviations)
        """Weekday names and abbreviations, to their ISO numbers."""
        self.units = dict(words.units)
        """Units of time, to their duration codes."""
        self.parts = dict(words.parts_of_day)
        """Parts of the day, to their codes."""
        self.modifiers = dict(words.modifiers)
        """Modifiers, to their mods."""
        self.edges = dict(words.period_edges)
        """Period edges, to their mods."""
        self.directions = {name: int(offset) for name, offset in words.directions}
        """last/this/next, to their offsets."""

    def candidates(self) -> list[Candidate]:
        """Every candidate in the text, overlapping ones included, extended by their modifiers."""
        found: list[Candidate] = []
        triggers = self.patterns.triggers(self.text)
        for name, read in READERS:
            for match in self.patterns.finditer(name, triggers):
                found.extend(
                    self._extend(candidate)
                    for candidate in read(self, match)
                    if name not in _TITLED
                    or not guards.in_a_title(
                        self.context, candidate.start, candidate.end, self.words
                    )
                )
        return found

    # ------------------------------------------------------------------ helpers

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clause around ``[start, end)``."""
        if self._tenses is None:
            self._tenses = Tenses(self.text, self.words)
        sentence = sentences(self.text, self.sentences).at(start) or (start, end)
        return self._tenses.at(sentence, start, end)

    def month_number(self, name: str) -> int:
        """The number of a month name or abbreviation as written ("Sept.": 9)."""
        return int(self.months[name.lower().rstrip(".")])

    def amount(self, match: regex.Match[str]) -> float | None:
        """The number of a ``num`` group (with "and a half"), None for "a few" and the like."""
        written = match.group("num").lower()
        words = written.split()
        number: float | None
        if self.patterns.vague_amount.fullmatch(written):
            number = None
        elif words in (["a"], ["an"]):
            number = 1
        elif words in (["half", "a"], ["half", "an"]):
            number = 0.5
        elif fraction := _FRACTION.search(written):  # "2 1/2", "2½"
            whole = read_number(written[: fraction.start()].strip())
            number = None if whole is None else whole + _FRACTIONS[fraction.group().strip()]
        else:
            number = read_number(written)  # "65 million", "twenty-six", "half a million"
        if number is not None and "half" in match.group().lower()[len(written) :]:
            number += 0.5
        return number

    def unit(self, written: str) -> tuple[float, str]:
        """A unit of time as written, as ``(multiplier, duration unit)``: "decades" (10, Y)."""
        multiplier, unit = parse_unit(self.units[written.lower()])
        return multiplier, unit

    def _extend(self, candidate: Candidate) -> Candidate:
        """``candidate`` with the part of the day and the modifier written right before it."""
        if candidate.form in _TAKES_PART and candidate.part is None:
            match = self.patterns.part_before.search(
                self.text, max(0, candidate.start - 40), candidate.start
            )
            if match:
                part = self.parts[key(match.group("part"))]
                candidate = attrs.evolve(candidate, start=match.start(), part=part)
        if _takes_mod(candidate):
            match = self.patterns.modifier_before.search(
                self.text, max(0, candidate.start - 40), candidate.start
            )
            if match:
                edge = match.group("edge")
                if edge:
                    mod = self.edges[edge.lower()]
                else:
                    mod = self.modifiers[match.group("mod").lower()]
                candidate = attrs.evolve(candidate, start=match.start(), mod=mod)
        return candidate


_FRACTION = regex.compile(r"[^\S\n]*(?:[13]/[24]|[½¼¾])\Z")
_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}
_TITLED = frozenset(
    {
        "relative_unit",
        "offset",
        "within",
        "duration",
        "vague_duration",
        "time",
        "anchored",
        "reference",
    }
)
"""The patterns whose words are written in lower case, so that capitals show a title ("This
Week", "60 Minutes", "High Noon")."""
_TAKES_PART = frozenset({"day", "yearless", "weekday", "relative_day", "day_of_month"})
_TAKES_MOD = frozenset(
    {
        "day",
        "holiday",
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


def _takes_mod(candidate: Candidate) -> bool:
    if candidate.mod is not None or candidate.form not in _TAKES_MOD:
        return False
    return (
        candidate.form != "fixed"
        or candidate.kind == "duration"
        or candidate.granularity == "decade"
    )
