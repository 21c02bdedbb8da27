"""The dates plugin: expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.model import TimeExpression
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PUBLISHED = dt.date(2025, 9, 8)  # a Monday, in ISO week 37
PIPELINE = plugin_pipeline(dates_plugin)


def dates(text: str, published: dt.date | None = PUBLISHED) -> tuple[TimeExpression, ...]:
    document = PIPELINE.extract(text, published=published)
    assert_valid_mentions(document)
    return document.dates


def found(text: str) -> list[tuple[str, str | None]]:
    return [(date.text, date.value) for date in dates(text)]


RELATIVE = [
    pytest.param("Officials confirmed it today.", [("today", "2025-09-08")], id="today"),
    pytest.param("The army withdrew yesterday.", [("yesterday", "2025-09-07")], id="yesterday"),
    pytest.param("Talks resume tomorrow.", [("tomorrow", "2025-09-09")], id="tomorrow"),
    pytest.param(
        "The vote took place the day before yesterday.",
        [("the day before yesterday", "2025-09-06")],
        id="day-before-yesterday",
    ),
    pytest.param(
        "Prices rose last week and will fall next week.",
        [("last week", "2025-W36"), ("next week", "2025-W38")],
        id="last-and-next-week",
    ),
    pytest.param("Markets steadied this week.", [("this week", "2025-W37")], id="this-week"),
    pytest.param(
        "Exports fell last month and will recover next month.",
        [("last month", "2025-08"), ("next month", "2025-10")],
        id="months",
    ),
    pytest.param(
        "Last year was worse; this year is bad; next year looks better.",
        [("Last year", "2024"), ("this year", "2025"), ("next year", "2026")],
        id="years",
    ),
    pytest.param(
        "The bridge collapsed three days ago.", [("three days ago", "2025-09-05")], id="days-ago"
    ),
    pytest.param("He left a week ago.", [("a week ago", "2025-09-01")], id="a-week-ago"),
    pytest.param(
        "The mine opened two months ago.", [("two months ago", "2025-07")], id="months-ago"
    ),
    pytest.param("She won 5 years ago.", [("5 years ago", "2020")], id="years-ago-in-digits"),
    pytest.param(
        "They met a few days ago.", [("a few days ago", "PAST_REF")], id="vague-amount-ago"
    ),
    pytest.param(
        "Crowds gathered over the weekend.", [("the weekend", "2025-W36-WE")], id="weekend-past"
    ),
    pytest.param(
        "The festival starts next weekend.", [("next weekend", "2025-W37-WE")], id="next-weekend"
    ),
    pytest.param(
        "The drought last summer was severe.", [("last summer", "2025-SU")], id="last-summer"
    ),
    pytest.param("Planting begins next spring.", [("next spring", "2026-SP")], id="next-spring"),
    pytest.param(
        "Revenue dropped in the last quarter.", [("the last quarter", "2025-Q2")], id="quarter"
    ),
    pytest.param("The group has grown this decade.", [("this decade", "202")], id="this-decade"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_to_publication(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


PARTS = [
    pytest.param(
        "The ministry confirmed it this morning.", "this morning", "2025-09-08", "MO", id="mo"
    ),
    pytest.param("Sirens sounded last night.", "last night", "2025-09-07", "NI", id="last-night"),
    pytest.param("A curfew starts tonight.", "tonight", "2025-09-08", "NI", id="tonight"),
    pytest.param(
        "Shots rang out yesterday afternoon.",
        "yesterday afternoon",
        "2025-09-07",
        "AF",
        id="yesterday-afternoon",
    ),
    pytest.param(
        "Drones hit the port in the early hours of Saturday.",
        "the early hours of Saturday",
        "2025-09-06",
        "NI",
        id="early-hours-of",
    ),
    pytest.param(
        "Gunfire was heard on Sunday night.", "Sunday night", "2025-09-07", "NI", id="sunday-night"
    ),
    pytest.param(
        "The convoy left on the morning of 2 September.",
        "the morning of 2 September",
        "2025-09-02",
        "MO",
        id="morning-of-a-date",
    ),
]


@pytest.mark.parametrize(("text", "span", "value", "part"), PARTS)
def test_parts_of_the_day_keep_the_day_as_value(
    text: str, span: str, value: str, part: str
) -> None:
    assert [(d.text, d.value, d.part_of_day, d.granularity) for d in dates(text)] == [
        (span, value, part, "day")
    ]


MODS = [
    pytest.param("Earlier this year the party split.", "Earlier this year", "2025", "START"),
    pytest.param("The talks stalled late last week.", "late last week", "2025-W36", "END"),
    pytest.param("Elections come early next month.", "early next month", "2025-10", "START"),
    pytest.param("Results are due later this month.", "later this month", "2025-09", "END"),
    pytest.param("The envoy arrived early on Friday.", "early on Friday", "2025-09-05", "START"),
]


@pytest.mark.parametrize(("text", "span", "value", "mod"), MODS)
def test_part_of_a_period_is_a_mod(text: str, span: str, value: str, mod: str) -> None:
    assert [(d.text, d.value, d.mod) for d in dates(text)] == [(span, value, mod)]


VAGUE = [
    pytest.param("The company is currently bankrupt.", "currently", "PRESENT_REF", id="present"),
    pytest.param("It recently sold assets.", "recently", "PAST_REF", id="past"),
    pytest.param("It may expand in the future.", "the future", "FUTURE_REF", id="future"),
]


@pytest.mark.parametrize(("text", "span", "value"), VAGUE)
def test_vague_references(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value)]


TIMES = [
    pytest.param(
        "Drones struck at 4am on Sunday.",
        [("4am", "2025-09-07T04:00", "time"), ("Sunday", "2025-09-07", "date")],
        id="time-before-its-day",
    ),
    pytest.param(
        "The shops reopened on Friday at 16:30 local time.",
        [("Friday", "2025-09-05", "date"), ("16:30 local time", "2025-09-05T16:30", "time")],
        id="time-after-its-day",
    ),
    pytest.param(
        "Flights resumed at 18:00 GMT on Saturday.",
        [("18:00 GMT", "2025-09-06T18:00Z", "time"), ("Saturday", "2025-09-06", "date")],
        id="utc-time-is-zulu",
    ),
    pytest.param(
        "The speech begins at 9 p.m.",
        [("9 p.m.", "2025-09-08T21:00", "time")],
        id="no-day-named-takes-publication",
    ),
    pytest.param(
        "Rockets hit the city on Tuesday. The first landed at 3:40am.",
        [("Tuesday", "2025-09-02", "date"), ("3:40am", "2025-09-02T03:40", "time")],
        id="day-of-the-sentence-before",
    ),
    pytest.param("The curfew lifts at noon.", [("noon", "2025-09-08T12:00", "time")], id="noon"),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_times_take_the_day_they_attach_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(d.text, d.value, d.kind) for d in dates(text)] == expected
