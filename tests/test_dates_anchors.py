"""The dates plugin: expressions relative to another event, never to the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PUBLISHED = dt.date(2025, 9, 8)
PIPELINE = plugin_pipeline(dates_plugin)


def found(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE.extract(text, published=PUBLISHED)
    assert_valid_mentions(document)
    return [(date.text, date.value) for date in document.dates]


ANCHORED = [
    pytest.param(
        "The general was detained on 3 May 2025 and released two days later.",
        [("3 May 2025", "2025-05-03"), ("two days later", "2025-05-05")],
        id="days-later-from-the-date-before-it",
    ),
    pytest.param(
        "The activist was jailed in 2016 and released four years later.",
        [("2016", "2016"), ("four years later", "2020")],
        id="years-later-from-a-year",
    ),
    pytest.param(
        "Riots broke out a day after 3 September.",
        [("a day after", "2025-09-04"), ("3 September", "2025-09-03")],
        id="a-day-after-a-date",
    ),
    pytest.param(
        "On 4 June the talks stalled; the previous day, delegates had walked out.",
        [("4 June", "2025-06-04"), ("the previous day", "2025-06-03")],
        id="the-previous-day",
    ),
    pytest.param(
        "The talks opened on 2 June 2025 and resumed the following week.",
        [("2 June 2025", "2025-06-02"), ("the following week", "2025-W24")],
        id="the-following-week",
    ),
    pytest.param(
        "He was freed on 12 March 2024 and left the country the next morning.",
        [("12 March 2024", "2024-03-12"), ("the next morning", "2024-03-13")],
        id="the-next-morning",
    ),
    pytest.param(
        "The vessel docked on 14 August, three days later than planned.",
        [("14 August", "2025-08-14"), ("three days later", "2025-08-14")],
        id="later-than-planned-is-the-date-itself",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED)
def test_resolved_from_the_anchor_the_sentence_gives(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text) == expected


UNANCHORED = [
    pytest.param("Two days later, the convoy turned back.", "Two days later", id="nothing-before"),
    pytest.param(
        "Riots broke out a day after the election.", "a day after", id="anchor-is-an-event"
    ),
    pytest.param("The minister resigned the next day.", "the next day", id="the-next-day"),
    pytest.param(
        "A week before the referendum, the leader fell ill.", "A week before", id="a-week-before"
    ),
    pytest.param(
        "Police arrived 40 minutes after the blast.", "40 minutes after", id="minutes-after"
    ),
    pytest.param(
        "The previous day, the talks had broken down.", "The previous day", id="the-previous-day"
    ),
]


@pytest.mark.parametrize(("text", "span"), UNANCHORED)
def test_without_an_anchor_the_value_is_null_not_the_publication_date(text: str, span: str) -> None:
    assert found(text) == [(span, None)]


def test_an_anchor_in_an_earlier_sentence_is_not_used() -> None:
    text = "Fighting began on 1 March 2025. Two days later, the convoy turned back."
    assert found(text) == [("1 March 2025", "2025-03-01"), ("Two days later", None)]


def test_a_resolved_relative_date_can_be_the_anchor() -> None:
    # "yesterday" is a date in its own right, so "two days later" is counted from it.
    assert found("He fell ill yesterday and died two days later.") == [
        ("yesterday", "2025-09-07"),
        ("two days later", "2025-09-09"),
    ]
