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


REPORTED_PERIODS = [
    pytest.param(
        "Acme said third-quarter profit rose 4%. Sales in the quarter were flat.",
        NOVEMBER,
        [("third-quarter", "2025-Q3"), ("the quarter", "2025-Q3")],
        id="the-quarter-is-the-one-named-before",
    ),
    pytest.param(
        "Profit fell in the quarter, the miner said.",
        NOVEMBER,
        [("the quarter", "2025-Q3")],
        id="the-quarter-alone-is-the-one-last-ended",
    ),
    pytest.param(
        "Output in the latest quarter rose, and the current quarter began well.",
        NOVEMBER,
        [("the latest quarter", "2025-Q3"), ("the current quarter", "2025-Q4")],
        id="latest-and-current",
    ),
    pytest.param(
        "Sales for the full year will rise, and the current fiscal year ends in June.",
        NOVEMBER,
        [("the full year", "2025"), ("the current fiscal year", "2025"), ("June", "2026-06")],
        id="the-year-reported",
    ),
    pytest.param(
        "The mine opened in 2019; that year, it flooded twice.",
        NOVEMBER,
        [("2019", "2019"), ("that year", "2019")],
        id="that-year-is-the-year-named",
    ),
    pytest.param(
        "The strike began on 3 May, and later that month it spread.",
        NOVEMBER,
        [("3 May", "2025-05-03"), ("that month", "2025-05")],
        id="that-month-is-the-month-of-the-day-named",
    ),
    pytest.param(
        "The approach of the year 2000 worried the banks.",
        NOVEMBER,
        [("the year 2000", "2000")],
        id="the-year-and-its-number",
    ),
    pytest.param(
        "The rate fell in the month, she said.", NOVEMBER, [], id="the-month-alone-is-no-date"
    ),
    pytest.param(
        "It was the year of the flood, the elders said.",
        NOVEMBER,
        [],
        id="the-year-before-of-is-no-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), REPORTED_PERIODS)
def test_the_period_a_report_is_about(
    text: str, published: dt.date | None, expected: Expected
) -> None:
    assert found(text, published) == expected


COMPARED_PERIODS = [
    pytest.param(
        "Third-quarter profit rose to $5 million from $4 million a year earlier.",
        NOVEMBER,
        [("Third-quarter", "2025-Q3"), ("a year earlier", "2024-Q3")],
        id="a-year-earlier-than-the-quarter",
    ),
    pytest.param(
        "Unemployment rose to 5% in March from 4.5% a year ago.",
        NOVEMBER,
        [("March", "2025-03"), ("a year ago", "2024-03")],
        id="a-year-ago-after-a-figure-is-the-month-reported",
    ),
    pytest.param(
        "The mill closed in March; the owner had bought it a year ago.",
        NOVEMBER,
        [("March", "2025-03"), ("a year ago", "2024")],
        id="a-year-ago-without-a-figure-is-from-publication",
    ),
    pytest.param(
        "Second-quarter sales fell, compared with year-earlier sales of $3 million.",
        NOVEMBER,
        [("Second-quarter", "2025-Q2"), ("year-earlier", "2024-Q2")],
        id="year-earlier-before-a-noun",
    ),
    pytest.param(
        "Third-quarter profit rose. In the year-ago quarter, the firm lost money.",
        NOVEMBER,
        [("Third-quarter", "2025-Q3"), ("the year-ago quarter", "2024-Q3")],
        id="the-year-ago-quarter",
    ),
    pytest.param(
        "The bank earned $3 million in the comparable year-earlier third quarter.",
        NOVEMBER,
        [("the comparable year-earlier third quarter", "2024-Q3")],
        id="the-year-earlier-third-quarter",
    ),
    pytest.param(
        "Exports rose in May 2025, and in the same month a year ago they fell.",
        NOVEMBER,
        [("May 2025", "2025-05"), ("the same month a year ago", "2024-05")],
        id="the-same-month-a-year-ago",
    ),
    pytest.param(
        "Rents rose in the second quarter of 2025. In the 2024 period, they had fallen.",
        NOVEMBER,
        [("the second quarter of 2025", "2025-Q2"), ("the 2024 period", "2024-Q2")],
        id="the-period-of-another-year",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPARED_PERIODS)
def test_the_period_a_figure_is_compared_with(
    text: str, published: dt.date | None, expected: Expected
) -> None:
    assert found(text, published) == expected


MONTHS_OF_A_NAMED_YEAR = [
    pytest.param(
        "In June last year the leaders met.",
        NOVEMBER,
        [("June last year", "2024-06")],
        id="month-last-year",
    ),
    pytest.param(
        "The dam was finished in early October this year.",
        NOVEMBER,
        [("early October this year", "2025-10")],
        id="month-this-year-with-a-mod",
    ),
    pytest.param(
        "Elections are due in April next year.",
        NOVEMBER,
        [("April next year", "2026-04")],
        id="month-next-year",
    ),
    pytest.param(
        "He was freed on 4 March last year.",
        NOVEMBER,
        [("4 March last year", "2024-03-04")],
        id="day-last-year",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), MONTHS_OF_A_NAMED_YEAR)
def test_a_month_with_its_year_named_after_it(
    text: str, published: dt.date | None, expected: Expected
) -> None:
    assert found(text, published) == expected


def kinds(text: str, published: dt.date) -> list[tuple[str, str | None, str]]:
    document = PIPELINE.extract(text, published=published)
    return [(date.text, date.value, date.kind) for date in document.dates]


TIMES_OF_DAY = [
    pytest.param(
        "Gunmen struck at 10 p.m. Wednesday.",
        [("10 p.m. Wednesday", "2025-10-29T22:00", "time")],
        id="clock-time-then-weekday",
    ),
    pytest.param(
        "Talks broke off at noon Thursday.",
        [("noon Thursday", "2025-10-30T12:00", "time")],
        id="noon-then-weekday",
    ),
    pytest.param(
        "The offer expires at 5 p.m. EST, Nov. 14.",
        [("5 p.m. EST, Nov. 14", "2025-11-14T17:00", "time")],
        id="clock-time-zone-and-date",
    ),
    pytest.param(
        "The ferry left at 6:15 on Friday.",
        [("6:15", "2025-10-31T06:15", "time"), ("Friday", "2025-10-31", "date")],
        id="a-time-and-its-day-after-on-stay-two",
    ),
    pytest.param(
        "Shelling began on Sunday night.",
        [("Sunday night", "2025-11-02", "time")],
        id="a-day-and-its-part-is-a-time",
    ),
    pytest.param(
        "The minister spoke this morning.",
        [("this morning", "2025-11-03", "time")],
        id="this-morning-is-a-time",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIMES_OF_DAY)
def test_times_of_day(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert kinds(text, NOVEMBER) == expected


YEARS_IN_WORDS = [
    pytest.param(
        "The city was besieged in nineteen seventy-nine.",
        NOVEMBER,
        [("nineteen seventy-nine", "1979")],
        id="nineteen-seventy-nine",
    ),
    pytest.param(
        "The law dates from January nineteen ninety-seven.",
        NOVEMBER,
        [("January nineteen ninety-seven", "1997-01")],
        id="a-month-and-a-year-in-words",
    ),
    pytest.param(
        "The fear of the year two thousand was overblown.",
        NOVEMBER,
        [("the year two thousand", "2000")],
        id="the-year-two-thousand",
    ),
    pytest.param(
        "The mine reopened in two thousand and five and in twenty twenty-one.",
        NOVEMBER,
        [("two thousand and five", "2005"), ("twenty twenty-one", "2021")],
        id="two-thousand-and-five",
    ),
    pytest.param("About two thousand people fled.", NOVEMBER, [], id="two-thousand-counts"),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEARS_IN_WORDS)
def test_years_in_words(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


def test_the_year_reported_is_not_a_year_named_long_before() -> None:
    text = "The plant will run until 2040. Sales for the full year will rise."
    assert found(text, NOVEMBER) == [("2040", "2040"), ("the full year", "2025")]


def test_a_date_before_a_colon_is_whole() -> None:
    text = "The paper wrote on Saturday, November 8: the talks had failed."
    assert found(text, NOVEMBER) == [("Saturday, November 8", "2025-11-08")]


PAST_AND_NEXT_PERIODS = [
    pytest.param(
        "Prices rose over the past year.",
        NOVEMBER,
        [("the past year", "2024")],
        id="the-past-year-is-last-year",
    ),
    pytest.param(
        "It was the third strike in the last decade.",
        NOVEMBER,
        [("the last decade", "201")],
        id="the-last-decade",
    ),
    pytest.param(
        "Aid was cut for the past decade.",
        NOVEMBER,
        [("the past decade", "P10Y")],
        id="for-the-past-decade-lasts",
    ),
    pytest.param(
        "Arrivals fell to 300 in 2024, down from 450 the year before.",
        NOVEMBER,
        [("2024", "2024"), ("the year before", "2023")],
        id="the-year-before",
    ),
    pytest.param(
        "He was seen on 3 May 2024, the day before police raided the house.",
        NOVEMBER,
        [("3 May 2024", "2024-05-03"), ("the day before", None)],
        id="the-day-before-an-event",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAST_AND_NEXT_PERIODS)
def test_past_and_next_periods(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


DECADES_AND_CENTURIES = [
    pytest.param(
        "Crime fell through the nineties.", NOVEMBER, [("the nineties", "199")], id="the-nineties"
    ),
    pytest.param(
        "Crime fell through the '70s.", NOVEMBER, [("the '70s", "197")], id="the-seventies"
    ),
    pytest.param("He was in his forties.", NOVEMBER, [], id="an-age-in-decades"),
    pytest.param(
        "It was the worst flood of the 20th century.",
        NOVEMBER,
        [("the 20th century", "19")],
        id="the-20th-century",
    ),
    pytest.param(
        "The temple dates from the eleventh century.",
        NOVEMBER,
        [("the eleventh century", "10")],
        id="a-century-in-words",
    ),
    pytest.param(
        "It is the worst drought this century.",
        NOVEMBER,
        [("this century", "20")],
        id="this-century",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DECADES_AND_CENTURIES)
def test_decades_and_centuries(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


VAGUE_DURATIONS = [
    pytest.param("The town fell within days.", NOVEMBER, [("days", "PXD")], id="within-days"),
    pytest.param(
        "In the years that followed, the war spread.",
        NOVEMBER,
        [("the years", "PXY")],
        id="the-years-that-followed",
    ),
    pytest.param(
        "More selling is likely in the weeks ahead.",
        NOVEMBER,
        [("the weeks ahead", "PXW")],
        id="the-weeks-ahead",
    ),
    pytest.param(
        "Talks may resume in the coming months.",
        NOVEMBER,
        [("the coming months", "PXM")],
        id="the-coming-months",
    ),
    pytest.param(
        "He died within weeks or months of his capture.",
        NOVEMBER,
        [("weeks", "PXW")],
        id="weeks-or-months",
    ),
    pytest.param(
        "Most were freed in the first hours of the truce.",
        NOVEMBER,
        [("the first hours", "PTXH")],
        id="the-first-hours",
    ),
    pytest.param(
        "The answer comes in a few minutes.",
        NOVEMBER,
        [("a few minutes", "PTXM")],
        id="a-few-minutes",
    ),
    pytest.param(
        "Just months ago the firm was bankrupt.",
        NOVEMBER,
        [("Just months ago", "PAST_REF")],
        id="months-ago",
    ),
    pytest.param("The days grew shorter.", NOVEMBER, [], id="days-alone-are-no-duration"),
]


@pytest.mark.parametrize(("text", "published", "expected"), VAGUE_DURATIONS)
def test_vague_durations(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


NAMES_AND_VERBS = [
    pytest.param(
        'He spoke on the talk show "This Week" on Sunday.',
        NOVEMBER,
        [("Sunday", "2025-11-02")],
        id="a-show-called-this-week",
    ),
    pytest.param(
        'She was interviewed on "60 Minutes" last year.',
        NOVEMBER,
        [("last year", "2024")],
        id="a-show-called-60-minutes",
    ),
    pytest.param('The poster showed the film "High Noon".', NOVEMBER, [], id="a-film"),
    # a reference to "the year" or "the month" is a title when it is capitalised in a sentence
    pytest.param(
        "The magazine named her its Person of the Year on Wednesday.",
        NOVEMBER,
        [("Wednesday", "2025-10-29")],
        id="an-award-of-the-year",
    ),
    pytest.param("He was voted Employee of the Month.", NOVEMBER, [], id="an-award-of-the-month"),
    pytest.param(
        "Exports for the year rose 4%.",
        NOVEMBER,
        [("the year", "2025")],
        id="the-year-in-lower-case",
    ),
    pytest.param(
        "This week the talks resumed.", NOVEMBER, [("This week", "2025-W45")], id="a-sentence-start"
    ),
    pytest.param("The coalition began to fall apart.", NOVEMBER, [], id="fall-the-verb"),
    pytest.param(
        "The river floods from spring to fall.",
        NOVEMBER,
        [("spring", "2025-SP"), ("fall", "2025-FA")],
        id="fall-the-season-in-a-range",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NAMES_AND_VERBS)
def test_names_and_verbs_are_no_dates(
    text: str, published: dt.date | None, expected: Expected
) -> None:
    assert found(text, published) == expected


WEEKDAYS_BY_TENSE = [
    pytest.param(
        "The officials could not be reached Wednesday.",
        [("Wednesday", "2025-10-29")],
        id="a-modal-passive-is-no-future",
    ),
    pytest.param(
        "The summit, to be held on Thursday, was moved.",
        [("Thursday", "2025-11-06")],
        id="to-be-held-is-a-plan",
    ),
    pytest.param(
        "On Friday, when she set aside her vacation plans, the minister flew home.",
        [("Friday", "2025-10-31")],
        id="plans-the-noun-is-no-future",
    ),
    pytest.param(
        "The rally is planned for Saturday.",
        [("Saturday", "2025-11-08")],
        id="planned-for-is-a-plan",
    ),
    pytest.param(
        "The new tariff takes hold, effective Tuesday.",
        [("Tuesday", "2025-11-04")],
        id="effective-is-ahead",
    ),
    pytest.param(
        "Shares closed lower on Friday, down 2% from the previous Friday.",
        [("Friday", "2025-10-31"), ("the previous Friday", "2025-10-24")],
        id="the-previous-friday-is-before-the-friday-named",
    ),
    pytest.param(
        "The court sat on 16 October and again the following Monday.",
        [("16 October", "2025-10-16"), ("the following Monday", "2025-10-20")],
        id="the-following-monday",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS_BY_TENSE)
def test_weekdays_by_tense_and_the_day_named(text: str, expected: Expected) -> None:
    assert found(text, NOVEMBER) == expected


STRETCHES_OF_A_REPORT = [
    pytest.param(
        "For the year ended 30 September, the firm earned $5 million.",
        [("the year", "P1Y"), ("30 September", "2025-09-30")],
        id="the-year-ended-a-date-is-a-stretch",
    ),
    pytest.param(
        "Sales in the quarter ending 28 September rose.",
        [("the quarter", "P1Q"), ("28 September", "2025-09-28")],
        id="the-quarter-ending-a-date",
    ),
    pytest.param(
        "The bank pays interest every quarter.",
        [("every quarter", "P1Q")],
        id="every-quarter-is-counted-in-quarters",
    ),
    pytest.param(
        "He cut his estimate for next year.",
        [("next year", "2026")],
        id="for-next-year-is-the-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRETCHES_OF_A_REPORT)
def test_stretches_of_a_report(text: str, expected: Expected) -> None:
    assert found(text, NOVEMBER) == expected


WEEKS_AND_FISCAL_YEARS = [
    pytest.param(
        "The talks collapsed in the last week of March.",
        [("the last week of March", "2025-W13")],
        id="the-last-week-of-a-month",
    ),
    pytest.param(
        "Voting ends in the first week of December.",
        [("the first week of December", "2025-W49")],
        id="the-first-week-of-a-month",
    ),
    pytest.param(
        "The plant shut in the first week of 2021.",
        [("the first week of 2021", "2021-W01")],
        id="the-first-week-of-a-year",
    ),
    pytest.param(
        "Hearings resume the week of 10 November.",
        [("the week of 10 November", "2025-W46")],
        id="the-week-of-a-day",
    ),
    pytest.param(
        "In fiscal 2024, the agency spent less.",
        [("fiscal 2024", "2024")],
        id="a-fiscal-year-by-its-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEKS_AND_FISCAL_YEARS)
def test_weeks_and_fiscal_years(text: str, expected: Expected) -> None:
    assert found(text, NOVEMBER) == expected


DATELINES = [
    pytest.param(
        "GENEVA, November 2 (Wire) --\n\nThe envoys met on Saturday and will meet again tomorrow.",
        [
            ("November 2", "2025-11-02"),
            ("Saturday", "2025-11-01"),
            ("tomorrow", "2025-11-03"),
        ],
        id="the-dateline-is-the-frame",
    ),
    pytest.param(
        "On the campaign trail, October 2025\n\nThe envoys met on Saturday.",
        [("October 2025", "2025-10"), ("Saturday", "2025-11-01")],
        id="a-title-is-no-dateline",
    ),
    pytest.param(
        "GENEVA, July 2 (Wire) --\n\nThe envoys met on Saturday.",
        [("July 2", "2025-07-02"), ("Saturday", "2025-11-01")],
        id="a-dateline-far-from-publication-is-no-frame",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_a_dateline_is_the_documents_own_frame(text: str, expected: Expected) -> None:
    assert found(text, NOVEMBER) == expected


def test_a_quarter_after_its_year() -> None:
    text = "The results included a charge in the 2024 second quarter."
    assert found(text, NOVEMBER) == [("the 2024 second quarter", "2024-Q2")]


HOLIDAYS = [
    pytest.param(
        "The parade will march on Thanksgiving Day.",
        [("Thanksgiving Day", "2025-11-27")],
        id="thanksgiving-the-fourth-thursday-of-november",
    ),
    pytest.param(
        "The ceasefire may hold until Christmas.",
        [("Christmas", "2025-12-25")],
        id="christmas-ahead",
    ),
    pytest.param("They were freed last Easter.", [("last Easter", "2025-04-20")], id="last-easter"),
    pytest.param(
        "Shops close on Good Friday 2026.",
        [("Good Friday 2026", "2026-04-03")],
        id="a-movable-feast-in-a-year",
    ),
    pytest.param(
        "Voters go to the polls on Election Day.",
        [("Election Day", "2025-11-04")],
        id="election-day-the-tuesday-after-the-first-monday",
    ),
    pytest.param("Christmas Island lies south of Java.", [], id="a-holiday-in-a-name-is-no-date"),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_holidays(text: str, expected: Expected) -> None:
    assert found(text, NOVEMBER) == expected


FRACTIONS_OF_DURATIONS = [
    pytest.param(
        "They lived in the camps for 2 1/2 years.",
        [("2 1/2 years", "P2Y6M")],
        id="a-written-half-goes-to-months",
    ),
    pytest.param(
        "She spent 5 1/2 hours at the embassy.",
        [("5 1/2 hours", "PT5H30M")],
        id="half-an-hour-is-thirty-minutes",
    ),
    pytest.param(
        "The vote was 3 1/2 weeks ago.",
        [("3 1/2 weeks ago", "2025-10-10")],
        id="a-fraction-before-ago",
    ),
    pytest.param(
        "It ended after a day-long meeting.",
        [("day-long", "P1D")],
        id="a-unit-long-is-one-unit",
    ),
    pytest.param(
        "Sales rose in the latest nine months.",
        [("the latest nine months", "P9M")],
        id="the-latest-nine-months-is-a-stretch",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS_OF_DURATIONS)
def test_fractions_of_durations(text: str, expected: Expected) -> None:
    assert found(text, NOVEMBER) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Shareholders met at the annual meeting.", id="annual-meeting"),
        pytest.param("The firm raised its quarterly dividend.", id="quarterly-dividend"),
    ],
)
def test_a_frequency_adjective_before_a_noun_is_no_set(text: str) -> None:
    assert found(text, NOVEMBER) == []
