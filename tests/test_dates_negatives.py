"""The dates plugin: words and numbers that only look like dates."""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents.plugins.dates as dates_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(dates_plugin)


def found(text: str) -> list[str]:
    document = PIPELINE.extract(text, published=dt.date(2025, 9, 8))
    assert_valid_mentions(document)
    return [date.text for date in document.dates]


NOT_DATES = [
    pytest.param("Ministers may approve the plan.", id="may-verb"),
    pytest.param("May Ministers approve the plan?", id="may-verb-capitalised"),
    pytest.param("Supporters will march on the capital.", id="march-verb"),
    pytest.param("The march drew thousands.", id="march-noun"),
    pytest.param("March organisers expect thousands.", id="march-capitalised"),
    pytest.param("A second vote was held.", id="second"),
    pytest.param("The Sun ran a front-page photo.", id="sun-newspaper"),
    pytest.param("Satellite images show Sunni militants near Wednesbury.", id="inside-words"),
    pytest.param("The delegates sat in silence.", id="sat"),
    pytest.param("The pair plan to wed by the lake.", id="wed"),
    pytest.param("Scholars praised the august institution.", id="august-adjective"),
    pytest.param("Theresa May, the former prime minister, spoke in the debate.", id="theresa-may"),
    pytest.param("April Smith, a spokeswoman, said the talks failed.", id="april-smith"),
    pytest.param("Mrs May had left the building.", id="title-may"),
    pytest.param("The shelling was criticised by June Carter.", id="june-carter"),
    pytest.param("The Mayor spoke.", id="mayor"),
    pytest.param("Aid chief Jan Kowalski visited the camp.", id="jan-given-name"),
    pytest.param("Guests gathered at Mar-a-Lago.", id="mar-a-lago"),
    pytest.param("A ticket cost $78 on the black market.", id="dollars"),
    pytest.param("Diplomats cited Resolution 2231 in the letter.", id="resolution-number"),
    pytest.param("Prosecutors cited Section 2000 of the code.", id="section-number"),
    pytest.param("Flight 1549 landed safely.", id="flight-number"),
    pytest.param("M23 rebels advanced.", id="m23"),
    pytest.param("F-16 jets and AK-47 rifles were seen.", id="model-names"),
    pytest.param("Covid-19 spread fast.", id="covid-19"),
    pytest.param("Nearly 800 volunteers signed up.", id="count"),
    pytest.param("Some 2,000 people fled.", id="count-with-comma"),
    pytest.param("Officials said 1999 people were evacuated.", id="count-in-year-range"),
    pytest.param("A 45-year-old man, aged 67 by another account, died.", id="ages"),
    pytest.param("City won 3-1 and the motion passed 11 to 4.", id="scores"),
    pytest.param("The score was 2:1 at half time.", id="score-with-colon"),
    pytest.param("The pastor quoted John 3:16.", id="verse"),
    pytest.param("Lawyers cited Article 5 in court.", id="article"),
    pytest.param("The Sunday Times and the Daily Telegraph ran it.", id="newspapers"),
    pytest.param("Bloody Sunday is remembered.", id="bloody-sunday"),
    pytest.param("USA Today reported it.", id="usa-today"),
    pytest.param("Staff on the 21st floor fled.", id="ordinal-floor"),
    pytest.param("He scored in the third quarter of the match.", id="quarter-of-a-match"),
    pytest.param("The fall of Kabul shocked allies.", id="fall-of"),
    pytest.param("The Arab Spring changed the region.", id="arab-spring"),
    pytest.param("Its summer and winter habitats differ.", id="season-adjective"),
    pytest.param("The car was doing 120 kilometres per hour.", id="speed"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert found(text) == []


MIXED = [
    pytest.param("In May, Theresa May said the deal was dead.", ["May"], id="month-then-name"),
    pytest.param("Talks restart in March, when protesters march again.", ["March"], id="march"),
    pytest.param("Police said 13 people died on Sunday.", ["Sunday"], id="count-and-weekday"),
    pytest.param("Talks were held in April and May.", ["April", "May"], id="month-and-month"),
    pytest.param(
        "The vote, set for 2 October, needs 2000 signatures.", ["2 October"], id="date-and-count"
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_dates_next_to_lookalikes(text: str, expected: list[str]) -> None:
    assert found(text) == expected
