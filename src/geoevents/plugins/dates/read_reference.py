"""Readers of the periods a report is about, named without a number.

"the quarter", "the latest period", "the current fiscal year", "that month", and the period a
figure is compared with, a year back: "the year-earlier quarter", "year-ago profit", "the
same month a year ago". They are resolved from the periods the text names before them
(:mod:`.resolve`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from geoevents.plugins.dates.candidates import Candidate, key
from geoevents.plugins.dates.read_calendar import year_of
from geoevents.text.numbers import ORDINALS, read_number

if TYPE_CHECKING:
    from geoevents.plugins.dates.scanner import Scanner

__all__ = ["COMPARISON", "compares_a_figure", "reference"]

COMPARISON = "comparison"
"""The relation of a period a figure is compared with, a year before the one reported."""
_NAMED_ALONE = frozenset({"quarter", "year"})
_ENDED = frozenset({"ended", "ending", "through"})
"""Words after "the year" that make it the stretch ending on a date ("the year ended ...")."""
_LENGTHS = {
    "year": "P1Y",
    "quarter": "P1Q",
    "half": "P6M",
    "nine months": "P9M",
    "six months": "P6M",
    "three months": "P3M",
}
"""The length of a reported period ending on a date."""
"""The units read after a bare "the": "the quarter", "the year" (not "the month", "the day")."""


def reference(scan: Scanner, match: regex.Match[str]) -> Iterator[Candidate]:
    """The period a report is about, or the one a figure is compared with."""
    start, end = match.span()
    written = key(match.group("unit") or "")
    granularity = dict(scan.words.reference_units).get(written)
    compared = bool(match.group("cmp") or match.group("tail"))
    if match.group("year") and not match.group("det"):  # "the 1989 period"
        yield Candidate(
            start=start, end=end, form="reference", unit=granularity, year=year_of(match["year"])
        )
        return
    if match.group("year"):  # "the year 2000"
        if written == "year":
            yield Candidate(start=start, end=end, form="year", year=year_of(match["year"]))
        return
    if granularity is None:  # "year-earlier" alone: the period compared with
        yield Candidate(start=start, end=end, form="reference", relation=COMPARISON)
        return
    det = match.group("det").lower()
    adjective = key(match.group("adj") or "")
    same = bool(match.group("same"))
    ordinal = (match.group("ordinal") or "").lower()
    if ordinal and not compared:
        return  # "the third quarter": a quarter of its own (read_calendar.quarter)
    bare = det == "the" and not (same or compared or adjective)
    if bare and written not in _NAMED_ALONE:
        return  # "the month", "the period", "the day": too often no date
    after = scan.context.word_after(end).lower()
    if after == "of" and not compared:
        return  # "the year of the dragon", "the quarter of an hour"
    stretch = written in _LENGTHS and granularity == "period"  # "the latest nine months"
    if (after in _ENDED and written in _LENGTHS and not compared) or stretch:
        # "the year ended Sept. 30": TimeML marks the stretch that ends there, a duration
        yield Candidate(
            start=start,
            end=end,
            form="fixed",
            kind="duration",
            value=_LENGTHS[written],
            granularity=granularity if granularity != "period" else None,
        )
        return
    if compared:
        relation: str | None = COMPARISON
    elif det == "that" or same:
        relation = "that"
    elif adjective.startswith("current"):
        relation = "current"
    elif adjective in ("latest", "most recent"):
        relation = "latest"
    else:
        relation = None
    index = None
    if ordinal:
        index = ORDINALS.get(ordinal) or int(ordinal[0])
        granularity = "quarter"
    yield Candidate(
        start=start,
        end=end,
        form="reference",
        unit=granularity,
        relation=relation,
        index=index,
        tense=scan.tense(start, end),
    )


def compares_a_figure(scan: Scanner, start: int) -> bool:
    """Whether the expression at ``start`` ("a year ago") follows a figure it compares.

    "up from $4.1 million a year earlier", "81 cents a share, a year ago", "compared with a
    year ago": right after a number or a word of ``dates_comparison_cues``.
    """
    if _FIGURE_BEFORE.search(scan.text, max(0, start - 12), start):
        return True
    before = scan.context.word_before(start).lower()
    if before in scan.words.comparison_cues:
        return True
    return before.isalpha() and read_number(before) is not None


_FIGURE_BEFORE = regex.compile(r"[\d%][^\S\n]*,?[^\S\n]*\Z")
"""A number or a percentage right before ("up from 4.5% a year ago")."""
