"""Reading numbers in digits and words (geoevents.text.numbers)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from geoevents.text.numbers import (
    DIGITS,
    NUMBER_WORDS,
    SMALL_NUMBERS,
    TENS,
    as_number,
    parse_digits,
    words_to_number,
)

WORDS = [
    ("a unit", "thirteen", 13),
    ("capitalised", "Seventeen", 17),
    ("hyphenated tens", "twenty-six", 26),
    ("hundreds with and", "two hundred and five", 205),
    ("hundreds without and", "one hundred twenty-three", 123),
    ("a scale", "three million", 3_000_000),
    ("nested scales", "three million four hundred thousand", 3_400_000),
    ("a leading article", "a hundred", 100),
    ("a dozen", "a dozen", 12),
    ("dozens of units", "two dozen", 24),
    ("half a scale", "half a million", 500_000),
    ("a fraction", "two-thirds", 0.6666666667),
    ("a quarter", "three quarters", 0.75),
    ("zero", "zero", 0),
    ("not a number", "several", None),
    ("empty", "", None),
    ("a stray word", "two hundred soldiers", None),
]


@pytest.mark.parametrize(("why", "text", "expected"), WORDS, ids=[case[0] for case in WORDS])
def test_words_to_number(why: str, text: str, expected: float | None) -> None:
    assert words_to_number(text) == expected


DIGIT_STRINGS = [
    ("plain", "800", 800),
    ("thousands commas", "1,200", 1200),
    ("millions commas", "12,345,678", 12_345_678),
    ("thousands spaces", "1 200", 1200),
    ("decimal", "4.5", 4.5),
    ("leading point", ".5", 0.5),
    ("commas and decimal", "1,234.5", 1234.5),
    ("not a number", "12a", None),
    ("empty", "", None),
]


@pytest.mark.parametrize(
    ("why", "text", "expected"), DIGIT_STRINGS, ids=[case[0] for case in DIGIT_STRINGS]
)
def test_parse_digits(why: str, text: str, expected: float | None) -> None:
    assert parse_digits(text) == expected


def test_whole_values_are_ints() -> None:
    assert isinstance(as_number(800.0), int)
    assert isinstance(parse_digits("1,200"), int)
    assert isinstance(parse_digits("4.5"), float)


RUNS = [
    ("a hyphenated number", "Twenty-one people", ["Twenty-one"]),
    ("and joins after a scale", "two hundred and five soldiers", ["two hundred and five"]),
    ("and does not join units", "two and three", ["two", "three"]),
    ("commas separate runs", "one, two", ["one", "two"]),
    ("not inside words", "someone often", []),
]


@pytest.mark.parametrize(("why", "text", "expected"), RUNS, ids=[case[0] for case in RUNS])
def test_number_words_pattern(why: str, text: str, expected: list[str]) -> None:
    pattern = regex.compile(NUMBER_WORDS, regex.IGNORECASE)
    assert [m.group() for m in pattern.finditer(text)] == expected


DIGIT_RUNS = [
    ("separators", "1,200 and 1 200 and 4.5", ["1,200", "1 200", "4.5"]),
    ("a year stays whole", "in 2025 there", ["2025"]),
    ("long space groups", "12 345 678 people", ["12 345 678"]),
]


@pytest.mark.parametrize(("why", "text", "expected"), DIGIT_RUNS, ids=[c[0] for c in DIGIT_RUNS])
def test_digits_pattern(why: str, text: str, expected: list[str]) -> None:
    assert [m.group() for m in regex.finditer(DIGITS, text)] == expected


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_commas_round_trip(number: int) -> None:
    assert parse_digits(f"{number:,}") == number


@given(st.integers(min_value=0, max_value=999_999))
def test_words_read_back_what_we_write(number: int) -> None:
    assert words_to_number(_spell(number)) == number


def _spell(number: int) -> str:
    small = list(SMALL_NUMBERS)  # zero ... nineteen, in order
    tens = ["", "", *TENS]  # twenty ... ninety, in order

    def below_thousand(n: int) -> list[str]:
        words: list[str] = []
        if n >= 100:
            words += [small[n // 100], "hundred"]
            n %= 100
            if n:
                words.append("and")
        if n >= 20:
            words.append(tens[n // 10] + (f"-{small[n % 10]}" if n % 10 else ""))
        elif n or not words:
            words.append(small[n])
        return words

    if number >= 1000:
        rest = number % 1000
        words = [*below_thousand(number // 1000), "thousand"]
        if rest:
            words += below_thousand(rest)
        return " ".join(words)
    return " ".join(below_thousand(number))
