"""The dates plugin without a publication date: relative expressions get no value."""

from __future__ import annotations

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(dates_plugin)


def found(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    return [(date.text, date.value) for date in document.dates]


UNPUBLISHED = [
    pytest.param("The army withdrew yesterday.", [("yesterday", None)], id="yesterday"),
    pytest.param("Prices rose last week.", [("last week", None)], id="last-week"),
    pytest.param("Rebels attacked on Friday.", [("Friday", None)], id="weekday"),
    pytest.param("The bridge collapsed two days ago.", [("two days ago", None)], id="ago"),
    pytest.param("Drones struck at 4am.", [("4am", None)], id="time"),
    pytest.param(
        "The accord was signed on 7 September 2025.",
        [("7 September 2025", "2025-09-07")],
        id="absolute-still-resolves",
    ),
    pytest.param("Martial law began in 2022.", [("2022", "2022")], id="year"),
    pytest.param("Talks end on 7 September.", [("7 September", "XXXX-09-07")], id="yearless"),
    pytest.param("Talks began in March.", [("March", "XXXX-03")], id="month"),
    pytest.param("She taught there for three years.", [("three years", "P3Y")], id="duration"),
    pytest.param("Trains run every Monday.", [("every Monday", "XXXX-WXX-1")], id="set"),
    pytest.param("It is currently closed.", [("currently", "PRESENT_REF")], id="vague"),
    pytest.param(
        "He was detained on 3 May 2025 and freed two days later.",
        [("3 May 2025", "2025-05-03"), ("two days", "P2D")],
        id="anchored-to-an-absolute-date",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNPUBLISHED)
def test_without_publication_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def test_a_duration_still_points_from_an_absolute_date() -> None:
    document = PIPELINE.extract("He was detained on 3 May 2025 and freed two days later.")
    assert [(d.text, d.point) for d in document.dates] == [
        ("3 May 2025", None),
        ("two days", "2025-05-05"),
    ]


def test_in_some_time_points_nowhere() -> None:
    document = PIPELINE.extract("The inspectors will return in two weeks.")
    assert [(d.text, d.value, d.point) for d in document.dates] == [("two weeks", "P2W", None)]
