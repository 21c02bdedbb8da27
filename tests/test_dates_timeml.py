"""The dates plugin and TimeML's conventions, one class of expression per table.

Each case is ``(text, published, expected)``: the ``(text, value)`` of every date found, in
text order. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(dates_plugin)
MONDAY = dt.date(2025, 9, 8)
"""Monday 8 September 2025."""

Expected = list[tuple[str, str | None]]


def found(text: str, published: dt.date | None) -> Expected:
    document = PIPELINE.extract(text, published=published)
    assert_valid_mentions(document)
    return [(date.text, date.value) for date in document.dates]


VAGUE_REFERENCES = [
    pytest.param("The port is now closed to shipping.", MONDAY, [("now", "PRESENT_REF")], id="now"),
    pytest.param(
        "Now the rebels hold the airport.", MONDAY, [("Now", "PRESENT_REF")], id="now-first"
    ),
    pytest.param(
        "Talks failed, and right now no envoy is in the city.",
        MONDAY,
        [("right now", "PRESENT_REF")],
        id="right-now",
    ),
    pytest.param("The border stays shut for now.", MONDAY, [("now", "PRESENT_REF")], id="for-now"),
    pytest.param(
        "Aid can reach the valley now that the road is open.", MONDAY, [], id="now-that-joins"
    ),
    pytest.param("Shelling resumes every now and then.", MONDAY, [], id="now-and-then"),
    pytest.param("The now-banned party held a rally.", MONDAY, [], id="now-in-a-compound"),
    pytest.param(
        "Schools will stay closed for the time being.",
        MONDAY,
        [("the time being", "PRESENT_REF")],
        id="the-time-being",
    ),
    pytest.param(
        "In the past, floods were rare here.",
        MONDAY,
        [("the past", "PAST_REF")],
        id="the-past-without-in",
    ),
    pytest.param(
        "Rents have doubled in recent years.",
        MONDAY,
        [("recent years", "PAST_REF")],
        id="recent-years-without-in",
    ),
    pytest.param(
        "A deal may be reached in the near future.",
        MONDAY,
        [("the near future", "FUTURE_REF")],
        id="the-near-future",
    ),
    pytest.param(
        "The strikes could continue well into the future.",
        MONDAY,
        [("the future", "FUTURE_REF")],
        id="into-the-future",
    ),
    pytest.param(
        "There are no flights at the moment.",
        MONDAY,
        [("the moment", "PRESENT_REF")],
        id="at-the-moment",
    ),
    pytest.param(
        "The court is currently closed.", None, [("currently", "PRESENT_REF")], id="unpublished"
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), VAGUE_REFERENCES)
def test_vague_references(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


NOVEMBER = dt.date(2025, 11, 3)
"""Monday 3 November 2025, in the fourth quarter."""

YEAR_OF_A_MONTH_OR_QUARTER = [
    pytest.param(
        "The firm expects to report third-quarter results soon.",
        NOVEMBER,
        [("third-quarter", "2025-Q3")],
        id="a-quarter-just-ended-whatever-the-tense",
    ),
    pytest.param(
        "The second quarter will be weak, the firm said.",
        NOVEMBER,
        [("The second quarter", "2026-Q2")],
        id="equally-far-quarters-follow-the-tense",
    ),
    pytest.param(
        "Orders fell in the first quarter.",
        NOVEMBER,
        [("the first quarter", "2026-Q1")],
        id="the-next-first-quarter-is-nearer",
    ),
    pytest.param(
        "The council approved a rise in fares for January.",
        NOVEMBER,
        [("January", "2026-01")],
        id="a-month-just-ahead-in-a-past-clause",
    ),
    pytest.param(
        "The council approved a rise in fares in May.",
        NOVEMBER,
        [("May", "2025-05")],
        id="a-month-months-back-in-a-past-clause",
    ),
    pytest.param(
        "The pact was drafted in July 2024 and the parties will sign it on 12 March.",
        NOVEMBER,
        [("July 2024", "2024-07"), ("12 March", "2026-03-12")],
        id="a-written-year-far-back-is-not-the-frame",
    ),
    pytest.param(
        "The siege began on 20 December 2023 and ended on 5 January.",
        NOVEMBER,
        [("20 December 2023", "2023-12-20"), ("5 January", "2024-01-05")],
        id="a-written-year-just-before-is-the-frame",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_OF_A_MONTH_OR_QUARTER)
def test_the_year_of_a_month_or_quarter(
    text: str, published: dt.date | None, expected: Expected
) -> None:
    assert found(text, published) == expected
