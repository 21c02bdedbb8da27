"""The dates plugin: expressions relative to another date, and the durations that point to one.

"two days later" is marked as TimeML marks it, the duration "two days" (P2D), and the date the
whole phrase points to is its ``point``, counted from the last date the text gives before it.
"a year earlier" and "the previous day" are dates, counted the same way. None of them is ever
counted from the publication date.
"""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PUBLISHED = dt.date(2025, 9, 8)
PIPELINE = plugin_pipeline(dates_plugin)

Found = tuple[str, str | None, str | None, str | None]
"""A date's text and value, then the phrase that points in time and its point."""


def found(text: str) -> list[Found]:
    document = PIPELINE.extract(text, published=PUBLISHED)
    assert_valid_mentions(document)
    result = []
    for date in document.dates:
        phrase = None
        if date.point_start is not None and date.point_end is not None:
            phrase = text[date.point_start : date.point_end]
        result.append((date.text, date.value, phrase, date.point))
    return result


POINTING_DURATIONS = [
    pytest.param(
        "The general was detained on 3 May 2025 and released two days later.",
        [
            ("3 May 2025", "2025-05-03", None, None),
            ("two days", "P2D", "two days later", "2025-05-05"),
        ],
        id="days-later-from-the-date-before-it",
    ),
    pytest.param(
        "The activist was jailed in 2016 and released four years later.",
        [("2016", "2016", None, None), ("four years", "P4Y", "four years later", "2020")],
        id="years-later-from-a-year",
    ),
    pytest.param(
        "Riots broke out a day after 3 September.",
        [("a day", "P1D", "a day after", "2025-09-04"), ("3 September", "2025-09-03", None, None)],
        id="a-day-after-a-date",
    ),
    pytest.param(
        "The truce was signed on 9 June 2024. Three weeks on, the border reopened.",
        [
            ("9 June 2024", "2024-06-09", None, None),
            ("Three weeks", "P3W", "Three weeks on", "2024-06-30"),
        ],
        id="weeks-on-from-the-sentence-before",
    ),
    pytest.param(
        "The plant closed in March 2023; it reopened eighteen months afterwards.",
        [
            ("March 2023", "2023-03", None, None),
            ("eighteen months", "P18M", "eighteen months afterwards", "2024-09"),
        ],
        id="months-afterwards-from-a-month",
    ),
    pytest.param(
        "Voting ended on 2 June 2025. The count took a week, and the result came two days later.",
        [
            ("2 June 2025", "2025-06-02", None, None),
            ("a week", "P1W", None, None),
            ("two days", "P2D", "two days later", "2025-06-04"),
        ],
        id="a-plain-duration-is-no-anchor",
    ),
    pytest.param(
        "The strike began on 1 July 2025; a week later the union split, and ten days after "
        "that, the leader quit.",
        [
            ("1 July 2025", "2025-07-01", None, None),
            ("a week", "P1W", "a week later", "2025-07-08"),
            ("ten days", "P10D", "ten days after", "2025-07-18"),
        ],
        id="a-point-is-the-next-anchor",
    ),
    pytest.param(
        "The plan was filed in March 2025 and approved 3 weeks later.",
        [("March 2025", "2025-03", None, None), ("3 weeks", "P3W", "3 weeks later", "2025-03")],
        id="weeks-after-a-month-are-the-month",
    ),
    pytest.param(
        "It happened 2 weeks before 13 May 1999.",
        [
            ("2 weeks", "P2W", "2 weeks before", "1999-04-29"),
            ("13 May 1999", "1999-05-13", None, None),
        ],
        id="weeks-before-a-day-are-a-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTING_DURATIONS)
def test_a_duration_points_to_a_date_counted_from_the_last_one_given(
    text: str, expected: list[Found]
) -> None:
    assert found(text) == expected


RELATIVE_DATES = [
    pytest.param(
        "On 4 June the talks stalled; the previous day, delegates had walked out.",
        [("4 June", "2025-06-04", None, None), ("the previous day", "2025-06-03", None, None)],
        id="the-previous-day",
    ),
    pytest.param(
        "The talks opened on 2 June 2025 and resumed the following week.",
        [
            ("2 June 2025", "2025-06-02", None, None),
            ("the following week", "2025-W24", None, None),
        ],
        id="the-following-week",
    ),
    pytest.param(
        "He was freed on 12 March 2024 and left the country the next morning.",
        [
            ("12 March 2024", "2024-03-12", None, None),
            ("the next morning", "2024-03-13", None, None),
        ],
        id="the-next-morning",
    ),
    pytest.param(
        "The vessel docked on 14 August, three days later than planned.",
        [("14 August", "2025-08-14", None, None), ("three days later", "2025-08-14", None, None)],
        id="later-than-planned-is-the-date-itself",
    ),
    pytest.param(
        "Exports fell 4% in the second quarter of 2024 from a year earlier.",
        [
            ("the second quarter of 2024", "2024-Q2", None, None),
            ("a year earlier", "2023-Q2", None, None),
        ],
        id="a-year-earlier-than-a-quarter-is-a-quarter",
    ),
    pytest.param(
        "Wages rose in May 2025, and two months earlier prices had peaked.",
        [("May 2025", "2025-05", None, None), ("two months earlier", "2025-03", None, None)],
        id="months-earlier-than-a-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_DATES)
def test_a_date_relative_to_another_is_counted_from_it(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


COARSER_ANCHORS = [
    # The anchor is known only as a year, month or week: a move shorter than it stays inside it
    # (it used to start from the first day, so that any move back left the anchor).
    pytest.param(
        "The mine closed in 2016. The previous month, 300 workers had been laid off.",
        [("2016", "2016", None, None), ("The previous month", "2016", None, None)],
        id="previous-month-of-a-year",
    ),
    pytest.param(
        "The dam burst in March 2019. The day before, engineers had warned of cracks.",
        [("March 2019", "2019-03", None, None), ("The day before", "2019-03", None, None)],
        id="day-before-a-month",
    ),
    pytest.param(
        "The port reopened in 2021. The week before, the last mines had been cleared.",
        [("2021", "2021", None, None), ("The week before", "2021", None, None)],
        id="week-before-a-year",
    ),
    pytest.param(
        "The mine closed in 2016. Two years earlier, it had employed 900.",
        [("2016", "2016", None, None), ("Two years earlier", "2014", None, None)],
        id="a-longer-move-still-leaves-it",
    ),
    pytest.param(
        "The dam burst in March 2019. Three weeks later, the valley was dry.",
        [
            ("March 2019", "2019-03", None, None),
            ("Three weeks", "P3W", "Three weeks later", "2019-03"),
        ],
        id="a-move-forward-from-the-first-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COARSER_ANCHORS)
def test_a_move_shorter_than_a_coarse_anchor_stays_in_it(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


UNANCHORED = [
    pytest.param(
        "Two days later, the convoy turned back.",
        ("Two days", "P2D", "Two days later", None),
        id="nothing-before",
    ),
    pytest.param(
        "Riots broke out a day after the election.",
        ("a day", "P1D", "a day after", None),
        id="anchor-is-an-event",
    ),
    pytest.param(
        "The minister resigned the next day.",
        ("the next day", None, None, None),
        id="the-next-day",
    ),
    pytest.param(
        "A week before the referendum, the leader fell ill.",
        ("A week", "P1W", "A week before", None),
        id="a-week-before",
    ),
    pytest.param(
        "Police arrived 40 minutes after the blast.",
        ("40 minutes", "PT40M", "40 minutes after", None),
        id="minutes-after",
    ),
    pytest.param(
        "Three years earlier, the mine had flooded.",
        ("Three years earlier", None, None, None),
        id="years-earlier",
    ),
    pytest.param(
        "The previous day, the talks had broken down.",
        ("The previous day", None, None, None),
        id="the-previous-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNANCHORED)
def test_without_an_anchor_nothing_is_counted_from_the_publication_date(
    text: str, expected: Found
) -> None:
    assert found(text) == [expected]


def test_a_resolved_relative_date_can_be_the_anchor() -> None:
    # "yesterday" is a date in its own right, so "two days later" is counted from it.
    assert found("He fell ill yesterday and died two days later.") == [
        ("yesterday", "2025-09-07", None, None),
        ("two days", "P2D", "two days later", "2025-09-09"),
    ]


FROM_PUBLICATION = [
    pytest.param(
        "The inspectors will return in two weeks.",
        ("two weeks", "P2W", "in two weeks", "2025-09-22"),
        id="in-two-weeks",
    ),
    pytest.param(
        "The new line will open in three years.",
        ("three years", "P3Y", "in three years", "2028"),
        id="in-three-years-is-a-year",
    ),
    pytest.param(
        "Talks resumed three weeks ago.",
        ("three weeks ago", "2025-08-18", None, None),
        id="ago-is-a-date",
    ),
    pytest.param(
        "The talks took place in two weeks of hard bargaining.",
        ("two weeks", "P2W", None, None),
        id="in-two-weeks-in-the-past-is-a-duration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_PUBLICATION)
def test_in_some_time_points_from_the_publication_date(text: str, expected: Found) -> None:
    assert found(text) == [expected]
