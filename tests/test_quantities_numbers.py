"""The quantities plugin reads numbers in digits, in words, with scales, and as fractions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geoevents.plugins.quantities as quantities_plugin
from geoevents import Quantity
from geoevents.testing import assert_valid_mentions, plugin_pipeline
from geoevents.text.numbers import (
    SMALL_NUMBERS,
    TENS,
    read_digits,
    read_fraction,
    read_number_words,
)

PIPELINE = plugin_pipeline(quantities_plugin)


def found(text: str) -> list[Quantity]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    return list(document.quantities)


def only(text: str) -> Quantity:
    quantities = found(text)
    assert len(quantities) == 1, [q.text for q in quantities]
    return quantities[0]


DIGITS = [
    pytest.param("Police detained 412 protesters.", "412", 412, id="plain"),
    pytest.param("The ministry freed 1,350 prisoners.", "1,350", 1350, id="thousands-comma"),
    pytest.param("Officials counted 2,418,007 voters.", "2,418,007", 2418007, id="millions-commas"),
    pytest.param("The agency moved 4 500 tents.", "4 500", 4500, id="thousands-space"),
    pytest.param("The agency moved 4\u202f500 tents.", "4\u202f500", 4500, id="thin-space"),
    pytest.param("The index gained 3.25 points.", "3.25", 3.25, id="decimal"),
    pytest.param("Turnout fell by .5 points.", ".5", 0.5, id="leading-point"),
    pytest.param("Customs seized 12,400.5 litres.", "12,400.5 litres", 12400.5, id="comma-decimal"),
    pytest.param("62 villages lost power overnight.", "62", 62, id="sentence-start"),
]


@pytest.mark.parametrize(("text", "span", "value"), DIGITS)
def test_digits(text: str, span: str, value: float) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value) == (span, value)


WORDS = [
    pytest.param("Rebels freed thirteen hostages.", 13, id="unit-word"),
    pytest.param("The boat carried twenty-six migrants.", 26, id="hyphenated"),
    pytest.param("The boat carried twenty six migrants.", 26, id="tens-and-units"),
    pytest.param("Nineteen miners were rescued.", 19, id="capitalised-start"),
    pytest.param("They built three hundred and forty homes.", 340, id="hundreds-and"),
    pytest.param("They planted two thousand five hundred trees.", 2500, id="thousands"),
    pytest.param("A dozen ambulances were sent.", 12, id="a-dozen"),
    pytest.param("Troops found two dozen rifles.", 24, id="two-dozen"),
    pytest.param("A hundred volunteers turned up.", 100, id="a-hundred"),
    pytest.param("Half a million tourists visited.", 500000, id="half-a-million"),
    pytest.param("A million households lost heating.", 1000000, id="a-million"),
    pytest.param("The trek took two and a half days, with four guides.", 4, id="and-a-half-days"),
    pytest.param("He bought four and a half tonnes of seed.", 4.5, id="and-a-half"),
    pytest.param(
        "Some five and a half million voters stayed home.", 5500000, id="and-a-half-scale"
    ),
    pytest.param("The city has 2 million and a half residents.", 2500000, id="scale-and-a-half"),
    pytest.param("They expect half million visitors.", 500000, id="half-million"),
    pytest.param("A quarter million pilgrims arrived.", 250000, id="a-quarter-million"),
    pytest.param("A half-million refugees crossed.", 500000, id="a-half-million-hyphen"),
    pytest.param("The state will spend four crore rupees.", 40000000, id="crore-after-words"),
    pytest.param(
        "Reserves stand at one billion and a half million barrels.",
        1000500000,
        id="and-a-half-of-a-smaller-scale",
    ),
]


@pytest.mark.parametrize(("text", "value"), WORDS)
def test_words(text: str, value: float) -> None:
    assert only(text).value == value


SCALES = [
    pytest.param("The region has 2.3 million residents.", "2.3 million", 2300000, id="million"),
    pytest.param("Donors pledged $1.5bn.", "$1.5bn", 1500000000, id="bn-suffix"),
    pytest.param("Donors pledged $1.5 bn.", "$1.5 bn", 1500000000, id="bn-word"),
    pytest.param("The fund holds $500m.", "$500m", 500000000, id="m-suffix-money"),
    pytest.param("The deal is worth €2 billion.", "€2 billion", 2000000000, id="euro-billion"),
    pytest.param("The bonus was £40k.", "£40k", 40000, id="k-suffix"),
    pytest.param("The app has 40k users.", "40k", 40000, id="k-without-money"),
    pytest.param("The debt reached $1.2tn.", "$1.2tn", 1200000000000, id="tn-suffix"),
    pytest.param("The state spent Rs 500 crore.", "Rs 500 crore", 5000000000, id="crore"),
    pytest.param(
        "Farmers sold 1.356 billion eggs.", "1.356 billion", 1356000000, id="exact-decimal"
    ),
    pytest.param("He lost 3 thousand votes.", "3 thousand", 3000, id="thousand-word"),
    pytest.param("The app has 10M users.", "10M", 10000000, id="capital-m-is-million"),
    pytest.param("The firm made 12 lakhs.", "12 lakhs", 1200000, id="lakhs"),
    pytest.param("Loans reached $4 bln.", "$4 bln", 4000000000, id="bln"),
]


@pytest.mark.parametrize(("text", "span", "value"), SCALES)
def test_scales(text: str, span: str, value: float) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value) == (span, value)


def test_m_without_money_is_metres() -> None:
    quantity = only("The wall is 500m long.")
    assert (quantity.kind, quantity.unit, quantity.value) == ("measure", "m", 500)


FRACTIONS = [
    pytest.param("Two-thirds of the wells are dry.", 0.6666666667, "wells", id="two-thirds"),
    pytest.param("A quarter of the budget went to roads.", 0.25, "budget", id="a-quarter"),
    pytest.param("Three quarters of the staff voted.", 0.75, "staff", id="three-quarters"),
    pytest.param("Half of the bridges were damaged.", 0.5, "bridges", id="half-of"),
    pytest.param("One in four voters stayed home.", 0.25, "voters", id="one-in-four"),
    pytest.param("One in every ten homes flooded.", 0.1, "homes", id="one-in-every-ten"),
    pytest.param("1 in 3 clinics has closed.", 1 / 3, "clinics", id="digits-ratio"),
]


@pytest.mark.parametrize(("text", "value", "item"), FRACTIONS)
def test_fractions_and_ratios(text: str, value: float, item: str) -> None:
    quantity = only(text)
    assert quantity.value == pytest.approx(value)
    assert (quantity.kind, quantity.item) == ("count", item)


def test_a_year_after_in_is_no_ratio() -> None:
    assert [q.value for q in found("Exports went from 200 to 300 in 2008.")] == [200, 300]


def test_a_spaced_fraction_at_the_end() -> None:
    assert [q.value for q in found("The budget was cut by one third.")] == [pytest.approx(1 / 3)]


NOT_FRACTIONS = [
    pytest.param("Half the cabinet resigned.", id="half-without-of"),
    pytest.param("It was a third attempt.", id="ordinal-third"),
    pytest.param("He came third in the race.", id="third-alone"),
]


@pytest.mark.parametrize("text", NOT_FRACTIONS)
def test_not_fractions(text: str) -> None:
    assert found(text) == []


READ_WORDS = [
    pytest.param(["seventeen", "soldiers"], (17, 1), id="unit"),
    pytest.param(["forty-two"], (42, 1), id="hyphen"),
    pytest.param(["one", "hundred", "and", "one", "days"], (101, 4), id="and-after-hundred"),
    pytest.param(["two", "and", "three"], (2, 1), id="and-between-units"),
    pytest.param(["two", "three"], (2, 1), id="two-numbers"),
    pytest.param(["a", "dozen"], (12, 2), id="a-dozen"),
    pytest.param(["an", "hundred"], (100, 2), id="an-hundred"),
    pytest.param(["a", "man"], None, id="article-alone"),
    pytest.param(["half", "a", "billion"], (500000000, 3), id="half-a-billion"),
    pytest.param(["thousand", "thousand"], None, id="bare-scale"),
    pytest.param(["two", "thousand", "thousand"], (2000, 2), id="no-repeated-scale"),
    pytest.param(["zero", "one"], (0, 1), id="zero"),
    pytest.param(["twenty-banana"], None, id="broken-hyphen"),
    pytest.param([], None, id="empty"),
]


@pytest.mark.parametrize(("words", "expected"), READ_WORDS)
def test_read_number_words(words: list[str], expected: tuple[int, int] | None) -> None:
    assert read_number_words(words) == expected


READ_FRACTIONS = [
    pytest.param(["one-third"], (0.3333333333, 1), id="one-third"),
    pytest.param(["two", "fifths"], (0.4, 2), id="two-fifths"),
    pytest.param(["an", "eighth"], (0.125, 2), id="any-ordinal-denominator"),
    pytest.param(["three", "sixteenths"], (0.1875, 2), id="plural-ordinal-denominator"),
    pytest.param(["a", "second"], None, id="second-is-no-denominator"),
    pytest.param(["two", "third"], None, id="number-agreement"),
    pytest.param(["third"], None, id="ordinal"),
]


@pytest.mark.parametrize(("words", "expected"), READ_FRACTIONS)
def test_read_fraction(words: list[str], expected: tuple[float, int] | None) -> None:
    assert read_fraction(words) == expected


SCALED = [
    pytest.param("2.3", 1_000_000, 2300000, id="exact-decimal-scale"),
    pytest.param("1,200", 1, 1200, id="commas"),
    pytest.param("0.5", 1, 0.5, id="fraction-stays-float"),
    pytest.param("1" * 31, 1, None, id="too-many-digits"),
    pytest.param("1.2.3", 1, None, id="not-a-number"),
]


@pytest.mark.parametrize(("digits", "factor", "expected"), SCALED)
def test_read_digits(digits: str, factor: int, expected: float | None) -> None:
    result = read_digits(digits, factor)
    assert result == expected
    assert expected is None or type(result) is type(expected)


def _spell(number: int) -> str:
    small, tens = list(SMALL_NUMBERS), ["", "", *TENS]

    def below_thousand(n: int) -> list[str]:
        words: list[str] = []
        if n >= 100:
            words += [small[n // 100], "hundred"] + (["and"] if n % 100 else [])
            n %= 100
        if n >= 20:
            words.append(tens[n // 10] + (f"-{small[n % 10]}" if n % 10 else ""))
        elif n or not words:
            words.append(small[n])
        return words

    if number >= 1000:
        rest = number % 1000
        return " ".join(
            [*below_thousand(number // 1000), "thousand", *(below_thousand(rest) if rest else [])]
        )
    return " ".join(below_thousand(number))


@given(st.integers(min_value=0, max_value=999_999))
def test_spelled_numbers_read_back(number: int) -> None:
    words = _spell(number).split()
    assert read_number_words([*words, "villages"]) == (number, len(words))


@given(st.integers(min_value=1, max_value=10**12))
def test_numbers_with_commas_read_back(number: int) -> None:
    quantity = only(f"Officials said {number:,} tents arrived.")
    assert quantity.value == number
