"""The dates plugin: absolute dates in every written form, and the year of yearless ones."""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PUBLISHED = dt.date(2025, 9, 8)  # a Monday
PIPELINE = plugin_pipeline(dates_plugin)


def found(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    document = PIPELINE.extract(text, published=published)
    assert_valid_mentions(document)
    return [(date.text, date.value) for date in document.dates]


ABSOLUTE = [
    pytest.param(
        "The ceasefire was agreed on 14 March 2024 in Doha.",
        [("14 March 2024", "2024-03-14")],
        id="day-month-year",
    ),
    pytest.param(
        "The accord was signed on March 14, 2024, in Doha.",
        [("March 14, 2024", "2024-03-14")],
        id="month-day-comma-year",
    ),
    pytest.param(
        "Nominations close on Sept. 12.", [("Sept. 12", "2025-09-12")], id="abbreviation-with-stop"
    ),
    pytest.param("Polls open on Sep 21st.", [("Sep 21st", "2025-09-21")], id="ordinal-suffix"),
    pytest.param(
        "The deal was struck on the 7th of September.",
        [("the 7th of September", "2025-09-07")],
        id="the-nth-of-month",
    ),
    pytest.param(
        "Troops withdrew on Saturday, 6 September 2025.",
        [("Saturday, 6 September 2025", "2025-09-06")],
        id="weekday-and-full-date",
    ),
    pytest.param(
        "Talks are planned for 4-5 October.",
        [("4-5 October", "2025-10-04")],
        id="day-range-takes-first-day",
    ),
    pytest.param(
        "The station reopened on 2025-09-03.", [("2025-09-03", "2025-09-03")], id="iso-date"
    ),
    pytest.param(
        "Curfew was set for 2025-09-07T22:30.",
        [("2025-09-07T22:30", "2025-09-07T22:30")],
        id="iso-date-and-time",
    ),
    pytest.param(
        "A memo dated 13/9/2025 was leaked.", [("13/9/2025", "2025-09-13")], id="numeric-date"
    ),
    pytest.param("The company was founded in 2021.", [("2021", "2021")], id="year"),
    pytest.param("The 2018 election was disputed.", [("2018", "2018")], id="year-as-modifier"),
    pytest.param(
        "Fighting has continued since February 2022.",
        [("February 2022", "2022-02")],
        id="month-year",
    ),
    pytest.param(
        "The plant closed in March of 2016.", [("March of 2016", "2016-03")], id="month-of-year"
    ),
    pytest.param(
        "Inflation last reached this level in the 1980s.",
        [("the 1980s", "198")],
        id="decade",
    ),
    pytest.param("Music from the '90s played.", [("the '90s", "199")], id="decade-short"),
    pytest.param("Profits rose in Q2 2024.", [("Q2 2024", "2024-Q2")], id="quarter-code"),
    pytest.param(
        "Sales fell in the third quarter of 2023 and in the first half of 2024.",
        [("the third quarter of 2023", "2023-Q3"), ("the first half of 2024", "2024-H1")],
        id="quarter-and-half-in-words",
    ),
    pytest.param(
        "The drought of summer 2023 and the winter of 2022 hit farmers.",
        [("summer 2023", "2023-SU"), ("the winter of 2022", "2022-WI")],
        id="seasons",
    ),
    pytest.param(
        "The ballots were printed on 31 February 2025.",
        [("31 February 2025", None)],
        id="impossible-date-has-no-value",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


MODIFIED = [
    pytest.param("Shelling intensified in mid-July.", "mid-July", "2025-07", "MID", id="mid"),
    pytest.param("Growth slowed in early 2023.", "early 2023", "2023", "START", id="early"),
    pytest.param("Output stalled in late 2019.", "late 2019", "2019", "END", id="late"),
    pytest.param(
        "The mission ends at the end of 2024.", "the end of 2024", "2024", "END", id="the-end-of"
    ),
    pytest.param(
        "Funds will run out by the end of the month.",
        "the end of the month",
        "2025-09",
        "END",
        id="the-end-of-the-month",
    ),
    pytest.param(
        "Reforms start at the beginning of next year.",
        "the beginning of next year",
        "2026",
        "START",
        id="beginning-of-next-year",
    ),
    pytest.param("The mill was built around 1925.", "around 1925", "1925", "APPROX", id="approx"),
]


@pytest.mark.parametrize(("text", "span", "value", "mod"), MODIFIED)
def test_modifiers_keep_the_value_and_set_mod(text: str, span: str, value: str, mod: str) -> None:
    document = PIPELINE.extract(text, published=PUBLISHED)
    assert [(d.text, d.value, d.mod) for d in document.dates] == [(span, value, mod)]


YEARLESS = [
    pytest.param(
        "The protests began on 28 December.",
        dt.date(2025, 1, 10),
        "2024-12-28",
        id="past-december-read-in-january",
    ),
    pytest.param(
        "The court will rule on 3 January.",
        dt.date(2025, 12, 20),
        "2026-01-03",
        id="future-january-read-in-december",
    ),
    pytest.param(
        "Talks collapsed in June.",
        dt.date(2025, 2, 10),
        "2024-06",
        id="past-month-far-after-publication-is-last-year",
    ),
    pytest.param(
        "The ministry announced a cut in rations in October.",
        PUBLISHED,
        "2025-10",
        id="past-clause-and-a-month-just-ahead-is-a-plan",
    ),
    pytest.param(
        "The board declared a dividend payable on 1 November.",
        PUBLISHED,
        "2025-11-01",
        id="past-clause-and-a-day-weeks-ahead-is-a-plan",
    ),
    pytest.param("The summit is due in November.", PUBLISHED, "2025-11", id="future-month"),
    pytest.param(
        "The plan was agreed in February.", PUBLISHED, "2025-02", id="past-month-this-year"
    ),
    pytest.param(
        "The hearing was adjourned until 19 September.",
        PUBLISHED,
        "2025-09-19",
        id="a-few-days-ahead-stays-this-year",
    ),
    pytest.param("Aid convoys were halted on the 25th.", PUBLISHED, "2025-08-25", id="day-only"),
    pytest.param(
        "The journalist was killed last October.", PUBLISHED, "2024-10", id="last-month-name"
    ),
    pytest.param("Elections are due next March.", PUBLISHED, "2026-03", id="next-month-name"),
    pytest.param(
        "Revenue rose in the second quarter.", PUBLISHED, "2025-Q2", id="quarter-without-year"
    ),
    pytest.param("The reforms passed in the spring.", PUBLISHED, "2025-SP", id="season-in-the"),
]


@pytest.mark.parametrize(("text", "published", "value"), YEARLESS)
def test_a_date_without_its_year_takes_the_sensible_one(
    text: str, published: dt.date, value: str
) -> None:
    assert [v for _t, v in found(text, published)] == [value]


@pytest.mark.parametrize(
    ("day_first", "value"),
    [pytest.param(True, "2025-09-07", id="day-first"), pytest.param(False, "2025-07-09", id="mdy")],
)
def test_day_first_setting_orders_all_digit_dates(day_first: bool, value: str) -> None:
    pipeline = plugin_pipeline(dates_plugin, settings={"dates.day_first": day_first})
    document = pipeline.extract("The decree, dated 7/9/2025, was published.", published=PUBLISHED)
    assert [d.value for d in document.dates] == [value]


def test_an_unambiguous_all_digit_date_ignores_the_setting() -> None:
    pipeline = plugin_pipeline(dates_plugin, settings={"dates.day_first": False})
    document = pipeline.extract("The decree, dated 25/8/2025, was published.")
    assert [d.value for d in document.dates] == ["2025-08-25"]


def test_values_carry_their_granularity() -> None:
    text = "It began on 3 May 2024, in May 2023, in 2022, in Q3 2021 and in the 1990s."
    document = PIPELINE.extract(text, published=PUBLISHED)
    assert [d.granularity for d in document.dates] == ["day", "month", "year", "quarter", "decade"]


AUTO_ORDER = [
    ("no evidence: day first", "The decree, dated 7/9/2025, was published.", "2025-09-07"),
    (
        "American prose dates: month first",
        "The decree, dated 7/9/2025, took effect on September 20, 2025.",
        "2025-07-09",
    ),
    (
        "British prose dates: day first",
        "The decree, dated 7/9/2025, took effect on 20 September 2025.",
        "2025-09-07",
    ),
    (
        "an unambiguous all-digit date settles it",
        "Filed on 9/13/2025 after the decree of 7/9/2025.",
        "2025-07-09",
    ),
]


@pytest.mark.parametrize(("why", "text", "value"), AUTO_ORDER, ids=[case[0] for case in AUTO_ORDER])
def test_auto_order_follows_the_documents_convention(why: str, text: str, value: str) -> None:
    pipeline = plugin_pipeline(dates_plugin, settings={"dates.day_first": "auto"})
    values = [d.value for d in pipeline.extract(text, published=PUBLISHED).dates]
    assert value in values


def test_the_default_order_is_auto() -> None:
    text = "The decree, dated 7/9/2025, took effect on September 20, 2025."
    document = plugin_pipeline(dates_plugin).extract(text, published=PUBLISHED)
    assert document.dates[0].value == "2025-07-09"


def test_an_unknown_order_setting_is_an_error() -> None:
    pipeline = plugin_pipeline(dates_plugin, settings={"dates.day_first": "dmy"})
    with pytest.raises(ValueError, match=r"dates\.day_first must be true, false or 'auto'"):
        pipeline.extract("The decree, dated 7/9/2025, was published.")
