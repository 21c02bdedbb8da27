"""The quantities plugin: numbers that are not quantities."""

from __future__ import annotations

import pytest

import geoevents.plugins.quantities as quantities_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(quantities_plugin)


def texts(text: str) -> list[str]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    return [quantity.text for quantity in document.quantities]


NOTHING = [
    pytest.param("The talks began in 2019.", id="year"),
    pytest.param("In 1994, the accord was signed.", id="year-at-start"),
    pytest.param("The 2022 invasion changed everything.", id="year-as-adjective"),
    pytest.param("Moscow's 2014 annexation was condemned.", id="year-after-possessive"),
    pytest.param("He led the party from 2009 to 2016.", id="year-range-to"),
    pytest.param("The 2017-2021 mandate ended.", id="year-range-hyphen"),
    pytest.param("The harvest in the 2023/24 season was poor.", id="season-slash"),
    pytest.param("The plan ran through the 1990s.", id="decade"),
    pytest.param("Prices peaked in the '80s.", id="short-decade"),
    pytest.param("The vote is on 12 March.", id="day-month"),
    pytest.param("The vote is on March 12.", id="month-day"),
    pytest.param("The vote is on Oct. 3.", id="abbreviated-month"),
    pytest.param("The summit runs on 14-15 July.", id="day-range"),
    pytest.param("It was signed on the 3rd of May.", id="ordinal-day"),
    pytest.param("Sirens sounded at 5am.", id="clock-am"),
    pytest.param("Sirens sounded at 5 a.m.", id="clock-a-m"),
    pytest.param("Sirens sounded at 17:45.", id="clock-colon"),
    pytest.param("Markets open at 0900 GMT.", id="clock-gmt"),
    pytest.param("The curfew starts at 10.30pm.", id="clock-decimal-pm"),
    pytest.param("A 64-year-old woman died.", id="age-hyphenated"),
    pytest.param("The suspect, 31, was charged.", id="age-apposition"),
    pytest.param("Mr Okafor, 58, denied the claims.", id="age-after-a-name"),
    pytest.param("The singer died aged 82.", id="aged"),
    pytest.param("She retired at the age of 67.", id="age-of"),
    pytest.param("He is 40 years old.", id="years-old"),
    pytest.param("The voting age was lowered to 16.", id="age-before-its-figure"),
    pytest.param("It was their 12th win.", id="ordinal-digits"),
    pytest.param("It was the fourth round of talks.", id="ordinal-word"),
    pytest.param("Section 230 shields platforms.", id="section"),
    pytest.param("They invoked article 7 of the treaty.", id="article-lower-case"),
    pytest.param("Resolution 1701 ended the war.", id="resolution"),
    pytest.param("G20 leaders met in Rio.", id="g20"),
    pytest.param("Pilots flew F-35 jets over the city.", id="model-hyphen-number"),
    pytest.param("Covid-19 cases fell.", id="covid"),
    pytest.param("The M23 rebels advanced.", id="letter-number"),
    pytest.param("Berlin sent Leopard 1 tanks.", id="model-after-a-name"),
    pytest.param("A Boeing 777 landed safely.", id="aircraft-model"),
    pytest.param("Their 787 needed repairs.", id="bare-model-number"),
    pytest.param("Flight 302 crashed after take-off.", id="flight-number"),
    pytest.param("See page 14 for details.", id="page-number"),
    pytest.param("The quote is on p. 112 of the report.", id="page-abbreviation"),
    pytest.param("He wore the No. 10 shirt.", id="number-abbreviation"),
    pytest.param("Call +44 20 7946 0321 for help.", id="phone-international"),
    pytest.param("Call 555-201-3344 for help.", id="phone-dashes"),
    pytest.param("Call (212) 555 0199 today.", id="phone-brackets"),
    pytest.param("United won 3-1 at home.", id="score"),
    pytest.param("The match ended 2-2.", id="draw"),
    pytest.param("Download version 2.4.1 now.", id="version"),
    pytest.param("One of the drones hit a block of flats.", id="pronoun-one-of"),
    pytest.param("Each one was inspected.", id="pronoun-each-one"),
    pytest.param("They blamed one another.", id="one-another"),
    pytest.param("One day the war will end.", id="one-day"),
    pytest.param("They spoke on BBC One.", id="capitalised-number-word"),
    pytest.param("The Big Ten conference met.", id="name-with-a-number-word"),
    pytest.param("The office is at 221 Baker Street.", id="street-address"),
    pytest.param("Talks lasted three hours.", id="duration-hours"),
    pytest.param("The pause will last 90 days.", id="duration-days"),
    pytest.param("He was jailed for 12 years.", id="duration-years"),
    pytest.param("They signed a 10-year deal.", id="duration-compound"),
    pytest.param("The hearing took two to three weeks.", id="duration-range"),
    pytest.param("Travel time falls from 6 hours to 4.", id="duration-from-to"),
    pytest.param("Markets fell at GMT +3.", id="time-zone-offset"),
    pytest.param("It ran iOS 17 at launch.", id="software-version-name"),
    pytest.param("Smart phones with 5G spread.", id="5g"),
    pytest.param("Most people agreed.", id="no-number"),
    pytest.param("Rivals face 2024 Senate primaries.", id="year-before-a-plural"),
    pytest.param("The 2019-nCoV virus spread.", id="year-in-a-name"),
    pytest.param("A one third party candidate ran.", id="ordinal-third-party"),
    pytest.param("It was their twenty fifth meeting.", id="ordinal-after-number-words"),
    pytest.param("The one thousand two hundred thirty-fourth day.", id="long-ordinal"),
    pytest.param("It came one hundred and three quarters.", id="number-then-fraction-word"),
    pytest.param("It was the thirty—first attempt.", id="ordinal-after-a-dash"),
    pytest.param("He paid a one-off fee.", id="number-word-compound"),
    pytest.param("A five-year-old girl was hurt.", id="age-in-words"),
    pytest.param("It was a three-day visit.", id="duration-in-words"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_not_quantities(text: str) -> None:
    assert texts(text) == []


NEIGHBOURS = [
    pytest.param("In 2023 the army bought 2,000 drones.", ["2,000"], id="year-then-count"),
    pytest.param("Over 2000 drones were bought.", ["Over 2000"], id="bounded-four-digits"),
    pytest.param("On 9 May, 40 tanks paraded.", ["40"], id="date-then-count"),
    pytest.param("A 45-year-old and 3 children died.", ["3"], id="age-then-count"),
    pytest.param("Since 2014, 14,000 people have died.", ["14,000"], id="year-comma-count"),
    pytest.param("Boeing delivered 747 jets in 2009.", ["747"], id="model-number-counting"),
    pytest.param("Article 5 binds 32 allies.", ["32"], id="identifier-then-count"),
]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_quantities_next_to_non_quantities(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_durations_on_request() -> None:
    pipeline = plugin_pipeline(quantities_plugin, settings={"quantities.durations": True})
    (quantity,) = pipeline.extract("Talks lasted three hours.").quantities
    assert (quantity.text, quantity.value, quantity.kind, quantity.unit) == (
        "three hours",
        3,
        "measure",
        "h",
    )
