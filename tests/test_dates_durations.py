"""The dates plugin: durations and sets are not dates."""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PUBLISHED = dt.date(2025, 9, 8)
PIPELINE = plugin_pipeline(dates_plugin)


def found(text: str) -> list[tuple[str, str | None, str]]:
    document = PIPELINE.extract(text, published=PUBLISHED)
    assert_valid_mentions(document)
    return [(date.text, date.value, date.kind) for date in document.dates]


DURATIONS = [
    pytest.param("She taught there for three years.", "three years", "P3Y", id="for-n-years"),
    pytest.param("A 72-hour ceasefire began.", "72-hour", "PT72H", id="hyphenated-hours"),
    pytest.param("Talks lasted six months.", "six months", "P6M", id="months"),
    pytest.param("It took two and a half years.", "two and a half years", "P2Y6M", id="half"),
    pytest.param("They stayed for a week.", "a week", "P1W", id="a-week-after-for"),
    pytest.param("He spent a fortnight there.", "a fortnight", "P2W", id="fortnight"),
    pytest.param("Repairs finished within an hour.", "an hour", "PT1H", id="within-an-hour"),
    pytest.param(
        "Output fell over the past five years.", "the past five years", "P5Y", id="the-past-n"
    ),
    pytest.param("Work continues for the next 18 months.", "the next 18 months", "P18M", id="next"),
    pytest.param(
        "Aid was cut for the past decade.", "the past decade", "P10Y", id="for-the-past-decade"
    ),
    pytest.param("Rebuilding took several years.", "several years", "PXY", id="vague-amount"),
    pytest.param("Rivals fought for decades.", "for decades", "PXY", id="for-decades"),
    pytest.param("It was a decades-long feud.", "decades-long", "PXY", id="n-long"),
    pytest.param("Sirens wailed for 90 minutes.", "90 minutes", "PT90M", id="minutes"),
    pytest.param(
        "She chaired the board for two years before retiring.",
        "two years",
        "P2Y",
        id="for-n-years-before-is-a-duration",
    ),
    pytest.param(
        "It was the first such vote in 30 years.", "30 years", "P30Y", id="in-n-years-past"
    ),
]


@pytest.mark.parametrize(("text", "span", "value"), DURATIONS)
def test_durations(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value, "duration")]


# The amount of a duration is read by the one number reader (geoevents.text.numbers) and the
# one list of vague amounts (the ``vague_amounts`` lexicon) that the quantities plugin reads.
AMOUNTS = [
    pytest.param("The dam held for a hundred years.", "a hundred years", "P100Y", id="a-hundred"),
    pytest.param("Its fame lasted a dozen years.", "a dozen years", "P12Y", id="a-dozen"),
    pytest.param(
        "The ice took half a million years to form.",
        "half a million years",
        "P500000Y",
        id="half-a-scale",
    ),
    pytest.param(
        "The rocks rested for 65 Million years.", "65 Million years", "P65000000Y", id="digit-scale"
    ),
    pytest.param(
        "The village stood for twenty-six years.", "twenty-six years", "P26Y", id="number-words"
    ),
    pytest.param(
        "The order ruled for several hundred years.",
        "several hundred years",
        "PXY",
        id="quantifier-and-scale",
    ),
    pytest.param(
        "The tribe roamed for hundreds of years.", "hundreds of years", "PXY", id="plural-scale"
    ),
    pytest.param("Repairs took a couple years.", "a couple years", "PXY", id="a-couple"),
    pytest.param("Prices rose in the past few days.", "the past few days", "PXD", id="few"),
]


@pytest.mark.parametrize(("text", "span", "value"), AMOUNTS)
def test_amounts_of_durations(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value, "duration")]


def test_a_bare_scale_is_no_amount() -> None:
    assert found("The Hundred Years War shaped both kingdoms.") == []


def test_approximate_duration_is_marked() -> None:
    document = PIPELINE.extract("The blaze burned for about five hours.", published=PUBLISHED)
    assert [(d.text, d.value, d.mod) for d in document.dates] == [
        ("about five hours", "PT5H", "APPROX")
    ]


SETS = [
    pytest.param("Trains run every Monday.", "every Monday", "XXXX-WXX-1", id="every-weekday"),
    pytest.param("Markets close early on Mondays.", "Mondays", "XXXX-WXX-1", id="plural-weekday"),
    pytest.param("Buses leave every two weeks.", "every two weeks", "P2W", id="every-n-units"),
    pytest.param("Doses are given every other day.", "every other day", "P2D", id="every-other"),
    pytest.param("Inspectors visit twice a week.", "twice a week", "P1W", id="twice-a"),
    pytest.param("Each year, floods return.", "Each year", "P1Y", id="each-year"),
    pytest.param("The paper appears daily.", "daily", "P1D", id="daily"),
    pytest.param("The index is revised annually.", "annually", "P1Y", id="annually"),
    pytest.param("The field pumps 2,000 barrels a day.", "a day", "P1D", id="rate"),
    pytest.param("The fair returns every weekend.", "every weekend", "XXXX-WXX-WE", id="weekend"),
]


@pytest.mark.parametrize(("text", "span", "value"), SETS)
def test_sets(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value, "set")]


def test_a_range_of_years_is_a_duration_with_its_two_ends() -> None:
    assert found("He led the party from 2015 to 2019.") == [
        ("from 2015 to 2019", "P4Y", "duration"),
        ("2015", "2015", "date"),
        ("2019", "2019", "date"),
    ]


def test_a_dash_range_of_years_is_a_duration() -> None:
    assert sorted(found("Data for 2010–2014 was lost.")) == [
        ("2010", "2010", "date"),
        ("2010–2014", "P4Y", "duration"),
        ("2014", "2014", "date"),
    ]


NOT_DURATIONS = [
    pytest.param("A 10-year-old girl was hurt.", id="age-hyphenated"),
    pytest.param("The victims were 19 year olds.", id="age-year-olds"),
    pytest.param("The suspect is 34 years old.", id="age-years-old"),
    pytest.param("A second vote was held.", id="a-second"),
    pytest.param("The car was doing 120 kilometres per hour.", id="speed-per-hour"),
    pytest.param("It was a week of protests.", id="a-week-without-cue"),
]


@pytest.mark.parametrize("text", NOT_DURATIONS)
def test_not_durations(text: str) -> None:
    assert found(text) == []
