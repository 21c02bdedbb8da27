"""The regular expressions that find candidate temporal expressions, built from the word lists.

Each pattern finds one family of expressions; :mod:`.candidates` reads its named groups and
applies the guards. Patterns are compiled once per set of word lists (:func:`compile_patterns`
is cached on :class:`~.words.DateWords`). Every alternative starts with a word or a digit and
every run of spaces is bounded, so scanning stays linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping

import attrs
import regex

from geoevents.plugins.dates.words import DateWords
from geoevents.text.numbers import (
    DIGITS,
    NUMBER_WORDS,
    ORDINALS,
    SCALES,
    SMALL_NUMBERS,
    TENS,
    is_plural_scale,
)
from geoevents.text.patterns import alternation

__all__ = ["Patterns", "bare_phrase", "compile_patterns"]

_ = r"[^\S\n]{1,3}"
"""The spaces between the words of one expression (never a line break)."""
__ = r"[^\S\n]{0,3}"
"""Optional spaces."""
START = r"(?<![\p{L}\p{N}])"
END = r"(?![\p{L}\p{N}])"
YEAR = r"(?:1\d|20)\d\d(?![\p{N}\p{L}]|[.,]\p{N})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{N}\p{L}]|:\d)"
HALF = rf"(?:{_}(?i:and{_}an?{_}half))?"


def _year_words() -> str:
    """A year in words: "nineteen ninety-six", "twenty twenty-five", "two thousand and one"."""
    units = alternation(word for word, n in SMALL_NUMBERS.items() if 1 <= n <= 9)
    teens = alternation(word for word, n in SMALL_NUMBERS.items() if 10 <= n <= 19)
    tens = alternation(TENS)
    centuries = alternation([*(w for w, n in SMALL_NUMBERS.items() if 11 <= n <= 19), "twenty"])
    step = r"(?:[^\S\n]{1,3}|-)"
    return (
        rf"(?i:(?:{centuries}){step}(?:(?:{tens})(?:{step}(?:{units}))?|{teens}|oh{step}(?:{units})"
        rf"|hundred)|two{_}thousand(?:{_}(?:and{_})?(?:{teens}|{units}))?)(?![\p{{L}}-])"
    )


CENTURY_ORDINALS = {
    **{word: n for word, n in ORDINALS.items() if n <= 20},
    **{f"twenty-{word}": 20 + n for word, n in ORDINALS.items() if n <= 9},
    **{f"twenty {word}": 20 + n for word, n in ORDINALS.items() if n <= 9},
}
"""Centuries written in words: "the twentieth century", "the twenty-first century"."""
YEAR_WORDS = _year_words()
"""A year written in words (:func:`.read_calendar.year_of` reads it)."""


def _spaced(words: Iterable[str]) -> str:
    """An alternation of ``words`` whose spaces match the spaces of one expression."""
    return alternation(words, space=_)


def _capitalised(words: Iterable[str]) -> str:
    """An alternation of ``words`` written capitalised ("May") or in capitals ("MAY")."""
    return _spaced(form for word in words for form in (word.capitalize(), word.upper()))


def _capitalised_words(name: str) -> str:
    """``name`` with each word capitalised: "new year's day" is "New Year's Day"."""
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


def _vague_amount(words: DateWords) -> str:
    """Amounts without a number (``vague_amounts``), as the quantities plugin reads them too.

    A quantifier, alone or before a scale ("a few", "several hundred"), or a plural scale
    with "of" ("dozens of", "hundreds of thousands of").
    """
    names = [name for name, _count in words.vague_amounts]
    quantifiers = _spaced(name for name in names if not is_plural_scale(name)) or "(?!)"
    plurals = _spaced(name for name in names if is_plural_scale(name)) or "(?!)"
    scales = _spaced([*SCALES, "dozen"])
    return rf"(?:{quantifiers})(?:{_}(?:{scales}))?|(?:{plurals})(?:{_}of{_}(?:{plurals}))?{_}of"


def _amount(vague: str) -> str:
    """A number of units: digits (with a scale), number words, "a", "half a", a vague amount."""
    return (
        rf"(?:(?<!\d/){DIGITS}(?:{_}(?i:{_spaced(SCALES)})|{_}[13]/[24]|[½¼¾])?"
        rf"|(?i:{NUMBER_WORDS})|(?i:an?|half{_}an?|{vague}))"
    )


_WORD = re.compile(r"[^\W\d_]+")  # the standard engine: faster on this simple pattern


@attrs.frozen
class Anchor:
    """What every match of a pattern contains, so that the pattern only runs around it.

    Most text holds no date: finding the words "year" or "September" is much cheaper than
    trying a whole date pattern at every character.
    """

    reach: int
    """How far before the anchor a match can start."""
    tail: int
    """How far after the anchor a match can end, plus one character of look-ahead."""
    words: frozenset[str] = frozenset()
    """Lower-case words, one of which every match contains."""
    pattern: re.Pattern[str] | None = None
    """Or a cheap pattern (the standard library's engine is faster on these) of which every
    match contains a match."""


class Triggers:
    """The words of one text that some anchor looks for, found in a single pass."""

    __slots__ = ("_found", "text")

    def __init__(self, text: str, wanted: frozenset[str]) -> None:
        self.text = text
        self._found: dict[str, list[tuple[int, int]]] = {}
        for match in _WORD.finditer(text):
            word = match.group().lower()
            if word in wanted:
                self._found.setdefault(word, []).append(match.span())

    def windows(self, anchor: Anchor) -> Iterator[tuple[int, int]]:
        """The stretches of the text around ``anchor``, merged where they overlap."""
        found = self._found
        spans = [span for word in anchor.words & found.keys() for span in found[word]]
        spans.sort()
        if anchor.pattern is not None:
            spans.extend(match.span() for match in anchor.pattern.finditer(self.text))
            spans.sort()
        low = high = -1
        for start, end in spans:
            window_start = max(0, start - anchor.reach)
            if window_start > high:
                if high > low:
                    yield low, high
                low = window_start
            high = max(high, min(len(self.text), end + anchor.tail))
        if high > low:
            yield low, high


@attrs.frozen(eq=False)
class Patterns:
    """The compiled patterns for one set of word lists."""

    anchors: Mapping[str, Anchor]
    """The anchor of each pattern that has one, by the pattern's name."""
    trigger_words: frozenset[str]
    """Every anchor word."""

    def triggers(self, text: str) -> Triggers:
        """The anchor words of ``text``, to pass to :meth:`finditer`."""
        return Triggers(text, self.trigger_words)

    vague_amount: regex.Pattern[str]
    """An amount without a number ("a few", "dozens of"): matched whole, it has no value."""

    def finditer(self, name: str, triggers: Triggers) -> Iterator[regex.Match[str]]:
        """The matches of pattern ``name``, as its ``finditer`` over the whole text gives them."""
        pattern: regex.Pattern[str] = getattr(self, name)
        anchor = self.anchors.get(name)
        if anchor is None:
            yield from pattern.finditer(triggers.text)
            return
        for start, end in triggers.windows(anchor):
            yield from pattern.finditer(triggers.text, start, end)

    day_month: regex.Pattern[str]
    """A day and a month, with an optional weekday and year; or a month and a year."""
    month: regex.Pattern[str]
    """A month name alone ("in September")."""
    numeric: regex.Pattern[str]
    """All-digit dates: ``2025-09-07``, ``7/9/2025``, ``07.09.2025``."""
    weekday: regex.Pattern[str]
    """A weekday, with last/next/this and a part of the day ("last Friday night")."""
    relative_day: regex.Pattern[str]
    """today, yesterday, tomorrow, tonight, this morning, last night..."""
    relative_unit: regex.Pattern[str]
    """last week, this year, next month, the past decade, the following week..."""
    period_edge: regex.Pattern[str]
    """the end of the year, the start of this week."""
    offset: regex.Pattern[str]
    """A number of units with ago, later, after, before, from now ("two days ago")."""
    within: regex.Pattern[str]
    """in or within a number of units ("in two weeks", "within a month")."""
    duration: regex.Pattern[str]
    """A number of units ("three years", "a 48-hour curfew", "the past four years")."""
    vague_duration: regex.Pattern[str]
    """for years, over the years, decades-long, within days, the weeks ahead, months ago."""
    every: regex.Pattern[str]
    """Sets: every Monday, twice a week, per day, daily."""
    rate: regex.Pattern[str]
    """Sets written as a rate after a number: 15 a year, 2,000 barrels a day."""
    time: regex.Pattern[str]
    """Clock times: 4am, 16:30 local time, 8 p.m., noon."""
    decade: regex.Pattern[str]
    """the 1990s, the '90s."""
    century: regex.Pattern[str]
    """the 20th century, the twenty-first century, this century."""
    quarter: regex.Pattern[str]
    """Q3 2025, the second quarter, the first half of 2024."""
    season: regex.Pattern[str]
    """summer 2024, the spring."""
    year: regex.Pattern[str]
    """A year alone: 2022."""
    holiday: regex.Pattern[str]
    """Christmas Day, last Thanksgiving, Easter 2024 (``dates_holidays``)."""
    week_of: regex.Pattern[str]
    """the last week of March, the first week of 2021, the week of 6 March."""
    year_words: regex.Pattern[str]
    """A year in words: "nineteen ninety-six"."""
    ordinal_day: regex.Pattern[str]
    """A day of the month alone: "on the 21st"."""
    vague: regex.Pattern[str]
    """now, currently, recently, in the future..."""
    not_vague: regex.Pattern[str]
    """Phrases that hold a vague reference but are no date: now that (matched at a position)."""
    reference: regex.Pattern[str]
    """The period a report is about, or the one it is compared with: the quarter, the latest
    period, the current year, that month, the year-earlier quarter, the same month a year
    ago."""
    anchored: regex.Pattern[str]
    """Expressions relative to another event: the previous day, the following week."""
    modifier_before: regex.Pattern[str]
    """early, late, mid-, the end of... right before a date (searched backwards)."""
    year_after: regex.Pattern[str]
    """(of) last/this/next year, right after a month or a day ("June 16 of last year", "in
    March this year")."""
    direction_before: regex.Pattern[str]
    """last, this, next right before a month name (searched backwards)."""
    part_before: regex.Pattern[str]
    """the early hours of, the night of... right before a day (searched backwards)."""
    word_before: regex.Pattern[str]
    """The word right before a position (searched backwards)."""
    word_after: regex.Pattern[str]
    """The word right after a position."""


def bare_phrase(entry: str) -> str:
    """A ``dates_vague`` entry without its parentheses: "(in) the past" is "in the past"."""
    return entry.replace("(", "").replace(")", "")


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.VERSION1 | regex.VERBOSE)


def _compile_backwards(pattern: str) -> regex.Pattern[str]:
    # Matched from the end of the window: a pattern anchored there is tried once, not at
    # every position of the window.
    return regex.compile(pattern, regex.VERSION1 | regex.VERBOSE | regex.REVERSE)


@functools.lru_cache(maxsize=8)
def compile_patterns(words: DateWords) -> Patterns:
    """Compile every pattern for ``words``."""
    month_full = _capitalised(name for name, _n in words.months)
    month_abbr = _capitalised(name for name, _n in words.month_abbreviations)
    month = rf"(?:(?:{month_full}){END}|(?:{month_abbr})(?:\.|{END}))"
    weekday_full = _capitalised(name for name, _n in words.weekdays)
    weekday_abbr = _capitalised(name for name, _n in words.weekday_abbreviations)
    weekday_any = rf"(?:(?:{weekday_full})|(?:{weekday_abbr})\.?)"
    parts = _spaced(name for name, _c in words.parts_of_day)
    seasons = _spaced(name for name, _c in words.seasons)
    units = _spaced(name for name, _c in words.units)
    # "five miles per hour" is a speed: rates are counted in days and longer
    day_units = _spaced(
        name for name, code in words.units if not code.lstrip("0123456789").startswith("T")
    )
    calendar = _spaced(name for name, _g in words.calendar_units)
    directions = _spaced(name for name, _o in words.directions)
    modifiers = _spaced(name for name, _m in words.modifiers)
    edges = _spaced(name for name, _m in words.period_edges)
    frequencies = _spaced(name for name, _v in words.frequencies)
    zones = _spaced(name.upper() for name, _v in words.time_zones)
    decade_words = alternation(f"{word}s" for word in TENS if word != "ten").replace("ys", "ies")
    ordinals = alternation(CENTURY_ORDINALS)
    holidays = _spaced(_capitalised_words(name) for name, _r in words.holidays) or "(?!)"
    plural_units = _spaced(name for name, _c in words.units if name.endswith("s"))
    vague_periods = _spaced(words.period_adjectives) or "(?!)"
    references = _spaced(name for name, _g in words.reference_units)
    comparisons = _spaced(words.comparisons)
    vague = _spaced(bare_phrase(name) for name, _v in words.vague)
    not_vague = _spaced(words.not_vague) or "(?!)"
    vague_amount = _vague_amount(words)
    amount = _amount(vague_amount)
    with_weekday = rf"(?:(?P<weekday>{weekday_any}),?{_}(?:(?i:the){_})?)?"
    anchors = _anchors(words)
    trigger_words = frozenset(word for anchor in anchors.values() for word in anchor.words)
    return Patterns(
        anchors=anchors,
        trigger_words=trigger_words,
        vague_amount=_compile(rf"(?i:{vague_amount})"),
        day_month=_compile(
            rf"""{START}(?:
              {with_weekday}(?:(?i:the){_})?(?P<day>{DAY})
                (?:{__}(?:[-–]|{_}(?i:and|to){_}){__}(?P<day2>{DAY}))?
                {_}(?:(?i:of){_})?(?P<month>{month})(?:(?:{__},)?{_}(?P<year>{YEAR}|{YEAR_WORDS}))?
            | {with_weekday}(?P<month>{month}){_}(?:(?i:the){_})?(?P<day>{DAY})
                (?:{__}[-–]{__}(?P<day2>{DAY}))?(?:(?:{__},)?{_}(?P<year>{YEAR}|{YEAR_WORDS}))?
            | (?P<month>{month})(?:,?{_}|{_}(?i:of){_})(?P<year>{YEAR}|{YEAR_WORDS})
            )"""
        ),
        month=_compile(rf"{START}(?P<month>{month_full})(?P<poss>['’]s)?(?![\p{{L}}\p{{N}}-])"),
        numeric=_compile(
            r"""(?<![\p{L}\p{N}/.:,-])(?:
              (?P<year>(?:1\d|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])
                (?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?P<zone>Z)?)?
            | (?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:1\d|20)\d\d)
            | (?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<yy>\d\d)
            )(?![\p{N}/-]|[.,]\p{N})"""
        ),
        weekday=_compile(
            rf"""{START}
            (?:(?i:(?P<dir>{directions})|(?P<this>this){_}(?P<dir2>coming|past)
              |the{_}(?P<around>previous|following)){_})?
            (?P<weekday>{weekday_full})(?P<plural>s)?(?P<poss>['’]s)?
            (?:{_}(?P<part>(?i:{parts})))?{END}"""
        ),
        relative_day=_compile(
            rf"""{START}(?i:
              the{_}day{_}(?P<shift>before{_}yesterday|after{_}tomorrow)
            | (?P<word>today|yesterday|tomorrow|tonight)(?:{_}(?P<part>{parts}))?
            | (?P<this>this|last){_}(?P<part>{parts})
            ){END}"""
        ),
        relative_unit=_compile(
            rf"""{START}(?i:
              (?:(?P<the>the){_})?
              (?:(?P<this>this){_}(?P<dir2>past|coming)|(?P<dir>{directions}|past|coming
                 |previous|following))
              {_}(?P<unit>{calendar}|{seasons})
            | (?P<the>the){_}(?P<unit>weekend)
            ){END}"""
        ),
        period_edge=_compile(
            rf"""{START}(?i:(?:the{_})?(?:very{_})?(?P<edge>{edges}){_}of{_}
            (?:the|this){_}(?P<unit>{calendar})){END}"""
        ),
        offset=_compile(
            rf"""{START}(?P<num>{amount}){HALF}{_}(?P<unit>(?i:{units}))(?P<measure>{HALF})
            {_}(?P<rel>(?i:ago|earlier|later|before|after|afterwards?|prior|from{_}now|hence
                |on(?=[^\S\n]*[,.;:]|[^\S\n]*$)))(?P<than>{_}than)?{END}"""
        ),
        within=_compile(
            rf"""{START}(?P<prep>(?i:in|within)){_}(?:(?i:the{_}next){_})?
            (?P<num>{amount}){HALF}{_}(?P<unit>(?i:{units}))(?P<measure>{HALF})
            (?P<time>['’]?{_}(?i:time))?{END}"""
        ),
        duration=_compile(
            rf"""{START}
            (?:(?P<the>(?i:the)){_}(?P<dir>(?i:past|last|next|coming|previous|first|final)){_})?
            (?P<num>{amount}){HALF}(?:{_}|{__}(?P<hyphen>[-–]){__})(?P<unit>(?i:{units})){HALF}
            (?P<long>-long)?(?P<old>(?:[-–]|{_})olds?)?{END}"""
        ),
        vague_duration=_compile(
            rf"""{START}(?i:
              (?:over{_}the|for){_}(?:(?:many|several|some){_})?(?P<unit>{units})
            | (?P<unit>{units})-long
            | (?<=(?:within|in|after|for){_}(?:(?:mere|just|only){_})?)(?P<unit>{plural_units})
              (?!{_}(?:ago|earlier|later|before|after))
            | the{_}(?:{vague_periods}){_}(?P<unit>{plural_units})(?:{_}(?:ahead|to{_}come))?
            | the{_}(?P<unit>{plural_units})
              (?:{_}(?:ahead|to{_}come)|(?={_}(?:before|after|that|since|of|leading)\b))
            | (?P<unit>{plural_units})(?={_}or{_}(?:{plural_units})\b)
            | (?P<ago>(?:(?:just|only|mere){_})?(?P<unit>{plural_units}){_}ago)
            ){END}"""
        ),
        every=_compile(
            rf"""{START}(?:
              (?i:every|each){_}(?:(?P<other>(?i:other)){_})?(?:(?P<num>{amount}){_})?
                (?:(?P<weekday>{weekday_full})|(?P<unit>(?i:{units}|{calendar})))
            | (?P<times>(?i:once|twice|thrice)|(?:{amount}){_}(?i:times)){_}(?i:an?|per|each)
                {_}(?P<unit>(?i:{units}))
            | (?P<rate>(?i:per)){_}(?P<unit>(?i:{day_units}))
            | (?P<freq>(?i:{frequencies}))
            ){END}"""
        ),
        rate=_compile(
            rf"""(?<=(?:\p{{N}}|%)(?:{_}\p{{Ll}}+)?{_})(?P<rate>(?i:an?)){_}(?P<unit>(?i:{day_units}))
            (?!{_}(?i:ago|later|earlier|after|before|on|or)){END}"""
        ),
        time=_compile(
            rf"""(?<![\p{{L}}\p{{N}}:.,/])(?:
              (?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?{__}
                (?P<ampm>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))(?!\p{{L}})
            | (?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\p{{N}}:])
            | (?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?={__}(?:{zones}|hrs|hours)\b)
            | (?P<word>(?i:noon|midday|midnight))(?!\p{{L}})
            | (?P<hour>1[0-2]|0?[1-9]){_}(?i:o['’]clock)
            )
            (?:{__}(?P<zone>(?i:local{_}time)|{zones}|hrs|hours)(?!\p{{L}}))?
            (?:{__}\((?P<offset>(?:GMT|UTC){__}[+−-]{__}\d{{1,2}}(?::?\d\d)?)\))?"""
        ),
        decade=_compile(
            rf"""(?<![\p{{L}}\p{{N}}'’])(?:
              (?:(?P<the>(?i:the)){_})?
              (?:(?P<digits>1\d\d|20\d)0['’]?s|['’](?P<short>\d)0['’]?s)
            | (?P<the>(?i:the)){_}['’]?(?P<tens>(?i:{decade_words}))
            ){END}"""
        ),
        century=_compile(
            rf"""{START}(?i:
              the{_}(?:(?P<number>[12]?\d)(?:st|nd|rd|th)|(?P<ordinal>{ordinals}))
            | (?:the{_})?(?P<dir>this|last|next|previous|past|current)
            ){_}(?i:century){END}"""
        ),
        quarter=_compile(
            rf"""{START}(?:
              Q(?P<quarter>[1-4])(?:{_}(?P<year>{YEAR})|{__}['’](?P<yy>\d\d))?
            | (?P<year>{YEAR}){_}Q(?P<quarter>[1-4])
            | H(?P<half>[12]){_}(?P<year>{YEAR})
            | (?:(?P<the>(?i:the)){_})?(?P<year>{YEAR}){_}(?:(?i:fiscal|financial){_})?
              (?P<ordinal>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))
              (?:{_}|-)(?P<which>(?i:quarter|half))
            | (?:(?P<year>{YEAR})|(?P<rel>(?i:last|this|next)){_}(?i:year))['’]s{_}
              (?:(?i:fiscal|financial){_})?
              (?P<ordinal>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))
              (?:{_}|-)(?:(?i:fiscal|financial){_})?(?P<which>(?i:quarter|half))
            | (?:(?P<the>(?i:the)){_})?(?:(?i:fiscal|financial){_})?
              (?P<ordinal>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))
              (?:{_}|-)(?:(?i:fiscal|financial){_})?(?P<which>(?i:quarter|half))
              (?:{_}(?i:of|in){_}(?:(?P<year>{YEAR})|(?P<rel>(?i:the|this|last|next)){_}(?i:year)))?
            ){END}"""
        ),
        season=_compile(
            rf"""{START}(?:(?P<the>(?i:the)){_})?(?P<season>(?i:{seasons}))
            (?:(?:{_}(?i:of))?{_}(?P<year>{YEAR}))?{END}"""
        ),
        year=_compile(
            rf"""(?:(?<=\p{{N}}{{4}}[-–])|(?<=(?i:mid|early|late)-)
                |(?<![\p{{L}}\p{{N}}\-–/.,:$£€¥#@'’]))
            (?P<year>(?:1\d|20)\d\d)(?![\p{{N}}\p{{L}}%°]|[.,]\p{{N}}|['’]s{END})"""
        ),
        year_words=_compile(rf"{START}(?P<year>{YEAR_WORDS})"),
        holiday=_compile(
            rf"""{START}(?:(?P<dir>(?i:last|this|next)){_})?(?P<name>{holidays})
            (?:,?{_}(?P<year>{YEAR}))?(?![\p{{L}}\p{{N}}]|['’]s|{_}\p{{Lu}})"""
        ),
        week_of=_compile(
            rf"""{START}(?i:the){_}(?:(?P<ordinal>(?i:first|second|third|fourth|fifth|last|final))
              {_})?(?i:week){_}(?i:of){_}(?:
              (?P<month>{month_full})(?:{_}(?P<day>{DAY}))?(?:,?{_}(?P<year>{YEAR}))?
            | (?P<day>{DAY}){_}(?P<month>{month_full})(?:,?{_}(?P<year>{YEAR}))?
            | (?P<year>{YEAR})
            ){END}"""
        ),
        ordinal_day=_compile(
            rf"""{START}(?i:on|by|until|till|since|from|before|after){_}
            (?P<the>(?i:the){_}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){END}"""
        ),
        vague=_compile(rf"{START}(?i:{vague}){END}(?!-)"),
        not_vague=_compile(rf"{START}(?i:{not_vague}){END}"),
        reference=_compile(
            rf"""{START}(?i:
              (?P<det>the|that){_}
              (?:(?P<same>same|comparable|corresponding){_})?
              (?:(?P<cmp>{comparisons})(?:{_}|-))?
              (?:(?P<adj>latest|current|most{_}recent|full|fiscal|calendar|financial)
                (?:{_}(?:fiscal|financial|calendar))?{_})?
              (?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)(?:{_}|-))?
              (?P<unit>{references})
              (?:{_}(?P<year>{YEAR}|{YEAR_WORDS}))?
              (?P<tail>{_}(?:an?{_}year{_}(?:ago|earlier|before)
                |(?:of{_}|from{_})?(?:the{_})?(?:last|previous|prior){_}year))?
            | the{_}(?P<year>{YEAR}){_}(?P<unit>{references})
            | (?P<cmp>{comparisons})
            ){END}(?!-)"""
        ),
        anchored=_compile(
            rf"""{START}(?i:
              (?:the|that){_}(?P<which>previous|following|next|same){_}
                (?P<unit>day|week|month|year|weekend|{parts})
            | the{_}(?P<unit>day|week|month|year){_}(?P<rel>before|after)
              (?!{_}(?:yesterday|tomorrow))
            ){END}"""
        ),
        modifier_before=_compile_backwards(
            rf"""{START}(?i:
              (?:the{_}(?:very{_})?)?(?P<edge>{edges}){_}of{_}
            | (?:the{_})?(?P<mod>{modifiers})(?:-|{_})(?:(?:on|in){_})?
            )\Z"""
        ),
        year_after=_compile(rf"(?:{_}(?i:of))?{_}(?i:({directions})){_}(?i:year){END}"),
        direction_before=_compile_backwards(rf"{START}(?i:({directions})){_}\Z"),
        part_before=_compile_backwards(
            rf"{START}(?i:(?:the{_})?(?:(?:early|late){_})?(?P<part>{parts}){_}of{_}(?:the{_})?)\Z"
        ),
        word_before=_compile_backwards(r"(?P<word>[\p{L}\p{N}'’.]+)(?:-|[^\S\n]*[,;]?[^\S\n]*)\Z"),
        word_after=_compile(r"[^\S\n]*(?P<word>[\p{L}\p{N}'’]+)"),
    )


def _lower_words(*lists: Iterable[str]) -> frozenset[str]:
    """The single words of every entry of ``lists``, lower case ("early hours": early, hours)."""
    return frozenset(part for entries in lists for entry in entries for part in entry.split())


def _first_word(name: str) -> str:
    """The first word of a holiday's name that tells it ("new year's day": year)."""
    parts = [part for part in _WORD.findall(name) if part not in ("new", "st")]
    return str((parts or [name])[0])


def _anchors(words: DateWords) -> dict[str, Anchor]:
    """The anchor of each pattern worth anchoring (cheap patterns run over the whole text)."""
    months = [n for n, _v in (*words.months, *words.month_abbreviations)]
    weekdays = [form for n, _v in words.weekdays for form in (n, n + "s")]
    units = [n for n, _v in words.units]
    calendar = [n for n, _v in words.calendar_units]
    seasons = [n for n, _v in words.seasons]
    parts = [n for n, _v in words.parts_of_day]
    frequencies = [n for n, _v in words.frequencies]
    vague = [bare_phrase(n) for n, _v in words.vague]
    clock_words = {"noon", "midday", "midnight", "clock", "hrs", *(n for n, _v in words.time_zones)}
    return {
        "day_month": Anchor(60, 40, words=_lower_words(months)),
        "numeric": Anchor(12, 30, pattern=re.compile(r"\d[/.-]\d")),
        "weekday": Anchor(30, 30, words=_lower_words(weekdays)),
        "relative_day": Anchor(
            40, 30, words=_lower_words(["today", "yesterday", "tomorrow", "tonight"], parts)
        ),
        "relative_unit": Anchor(40, 4, words=_lower_words(calendar, seasons)),
        # A number before its unit is rarely longer than "two hundred and fifty-five".
        "offset": Anchor(50, 50, words=_lower_words(units)),
        "within": Anchor(65, 40, words=_lower_words(units)),
        "duration": Anchor(60, 40, words=_lower_words(units)),
        "vague_duration": Anchor(40, 12, words=_lower_words(units)),
        "every": Anchor(
            45,
            50,
            words=_lower_words(
                ["every", "each", "once", "twice", "thrice", "times", "per"], frequencies
            ),
        ),
        "rate": Anchor(5, 40, words=_lower_words(units)),
        "time": Anchor(
            12,
            50,
            words=frozenset(clock_words),
            pattern=re.compile(r"\d(?:[:.]\d\d| ?[aApP]\.?[mM]\b)"),
        ),
        "decade": Anchor(
            12,
            4,
            words=frozenset(f"{word[:-1]}ies" for word in TENS if word != "ten"),
            pattern=re.compile(r"\d0['’]?s"),
        ),
        "century": Anchor(40, 12, words=frozenset({"century"})),
        "week_of": Anchor(30, 40, words=frozenset({"week"})),
        "holiday": Anchor(
            10, 40, words=frozenset(_first_word(name) for name, _r in words.holidays)
        ),
        "quarter": Anchor(
            40, 50, words=frozenset({"quarter", "half"}), pattern=re.compile(r"[QH]\d")
        ),
        "year_words": Anchor(
            30,
            40,
            words=frozenset(
                {"thousand", "twenty", *(w for w, n in SMALL_NUMBERS.items() if n > 10)}
            ),
        ),
        "season": Anchor(8, 20, words=_lower_words(seasons)),
        "vague": Anchor(30, 4, words=frozenset(phrase.split()[-1] for phrase in vague)),
        "reference": Anchor(
            60,
            40,
            words=_lower_words(
                [n for n, _g in words.reference_units],
                [part for phrase in words.comparisons for part in phrase.split("-")],
            ),
        ),
    }
