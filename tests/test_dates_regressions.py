"""The dates plugin: one case per bug found while measuring it, each of which failed once."""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(dates_plugin)

Found = list[tuple[str, str | None, str | None]]


def found(text: str, published: dt.date) -> Found:
    document = PIPELINE.extract(text, published=published)
    assert_valid_mentions(document)
    return [(date.text, date.value, date.mod) for date in document.dates]


SEPTEMBER = dt.date(2025, 9, 8)

OCTOBER_30 = dt.date(1989, 10, 30)  # a Monday

REGRESSIONS = [
    pytest.param(
        "Flights resumed yesterday - 12/9/2025 was the last cancellation.",
        SEPTEMBER,
        [("yesterday", "2025-09-07", None), ("12/9/2025", "2025-09-12", None)],
        id="a-relative-day-makes-no-range",  # found by the property test on spans
    ),
    pytest.param(
        "The offer had been scheduled to expire on Friday.",
        OCTOBER_30,
        [("Friday", "1989-10-27", None)],
        id="a-plan-in-the-pluperfect-is-past",
    ),
    pytest.param(
        "The vote had been set for Friday, but it was put off.",
        OCTOBER_30,
        [("Friday", "1989-10-27", None)],
        id="had-been-set-for-is-past",
    ),
    pytest.param(
        "The talks are scheduled for Friday.",
        OCTOBER_30,
        [("Friday", "1989-11-03", None)],
        id="a-plan-in-the-present-is-future",
    ),
    pytest.param(
        "The sale, which had been expected, is part of a plan to repay the loan by February.",
        OCTOBER_30,
        [("February", "1990-02", None)],
        id="the-verb-of-a-relative-clause-is-not-the-dates",
    ),
    pytest.param(
        "He organised their safe return in 1980.",
        SEPTEMBER,
        [("1980", "1980", None)],
        id="modifier-inside-a-word-return",
    ),
    pytest.param(
        "She spent nearly four months there.",
        SEPTEMBER,
        [("four months", "P4M", None)],
        id="modifier-inside-a-word-nearly",
    ),
    pytest.param(
        "Beginning in 2010, the killings went on.",
        SEPTEMBER,
        [("2010", "2010", None)],
        id="beginning-is-a-verb-here",
    ),
    pytest.param(
        "Women could serve in some of today's combat units.",
        SEPTEMBER,
        [("today", "2025-09-08", None)],
        id="some-of-today-is-not-approximate",
    ),
    pytest.param(
        "The region was home to people for a few hundred years.",
        SEPTEMBER,
        [("a few hundred years", "PXY", None)],
        id="a-few-hundred-is-vague",
    ),
    pytest.param(
        "The fair took place on the last weekend of July.",
        SEPTEMBER,
        [("July", "2025-07", None)],
        id="last-weekend-of-a-month-is-not-last-weekend",
    ),
    pytest.param(
        "The governor said he is to step down on 2 August.",
        dt.date(2025, 7, 28),
        [("2 August", "2025-08-02", None)],
        id="past-reporting-verb-and-a-date-days-ahead",
    ),
    pytest.param(
        "His aide also resigned, effective Wednesday, July 31.",
        dt.date(2024, 7, 28),
        [("Wednesday, July 31", "2024-07-31", None)],
        id="yearless-date-days-ahead-without-cue",
    ),
    pytest.param(
        "The envoy was expelled in August, weeks after the vote.",
        dt.date(2019, 3, 29),
        [("August", "2018-08", None)],
        id="past-month-months-ahead-is-last-year",
    ),
    pytest.param(
        "The rocks formed 65 million years ago.",
        SEPTEMBER,
        [("65 million years ago", None, None)],
        id="beyond-the-calendar-has-no-value",
    ),
    pytest.param(
        "The network runs around 1300 route kilometres.",
        SEPTEMBER,
        [],
        id="approximate-count-is-not-an-old-year",
    ),
    pytest.param(
        "He died at 103 years of age.",
        SEPTEMBER,
        [],
        id="years-of-age-is-an-age",
    ),
    pytest.param(
        "The toll was the highest in a day due to the virus.",
        SEPTEMBER,
        [("a day", "P1D", None)],
        id="due-to-is-not-a-plan",
    ),
    pytest.param(
        "The state rescheduled its primary to 2 June.",
        dt.date(2025, 3, 20),
        [("2 June", "2025-06-02", None)],
        id="rescheduled-to-is-a-plan",
    ),
    pytest.param(
        "We began this campaign on June 16th of last year.",
        SEPTEMBER,
        [("June 16th of last year", "2024-06-16", None)],
        id="day-of-last-year",
    ),
    pytest.param(
        "The parents were arrested in January of last year.",
        SEPTEMBER,
        [("January of last year", "2024-01", None)],
        id="month-of-last-year",
    ),
    pytest.param(
        "The army moved on November 15, 2017, and he resigned on November 21.",
        SEPTEMBER,
        [("November 15, 2017", "2017-11-15", None), ("November 21", "2017-11-21", None)],
        id="yearless-day-after-a-full-date-takes-its-year",
    ),
    pytest.param(
        "The strike lasted from 20 December 2023 until 5 January.",
        SEPTEMBER,
        [
            ("from 20 December 2023 until 5 January", "P16D", None),
            ("20 December 2023", "2023-12-20", None),
            ("5 January", "2024-01-05", None),
        ],
        id="yearless-day-before-the-anchor-is-the-next-year",
    ),
    pytest.param(
        "Since 2014 the group has held talks, and it will meet again on 12 October.",
        SEPTEMBER,
        [("2014", "2014", None), ("12 October", "2025-10-12", None)],
        id="a-year-alone-is-no-anchor",
    ),
    pytest.param(
        "Eli Lilly sold the unit on Dec. 31 , 1994.",
        SEPTEMBER,
        [("Dec. 31 , 1994", "1994-12-31", None)],
        id="space-before-the-comma",
    ),
    pytest.param(
        "It was closed from April until the end of June.",
        SEPTEMBER,
        [("April", "2025-04", None), ("the end of June", "2025-06", "END")],
        id="no-range-duration-when-an-end-has-a-mod",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), REGRESSIONS)
def test_regression(text: str, published: dt.date, expected: Found) -> None:
    assert found(text, published) == expected


def test_a_time_takes_the_lead_day_not_a_later_one() -> None:
    text = (
        "Gunmen attacked two mosques on Friday. The court set a hearing for 5 April. "
        "Police described the scene. The first attack began at 13:40 local time."
    )
    values = [d.value for d in PIPELINE.extract(text, published=dt.date(2025, 3, 17)).dates]
    assert values == ["2025-03-14", "2025-04-05", "2025-03-14T13:40"]


def test_a_time_does_not_take_a_day_named_after_it() -> None:
    text = "The plane took off at 08:30 UTC. A second test is planned for 18 January."
    values = [d.value for d in PIPELINE.extract(text, published=dt.date(2025, 4, 27)).dates]
    assert values == ["2025-04-27T08:30Z", "2026-01-18"]
