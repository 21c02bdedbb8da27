"""Reading numbers in digits and words (geoevents.text.numbers)."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from geoevents.text.numbers import (
    DIGITS,
    NUMBER_WORDS,
    SCALES,
    SMALL_NUMBERS,
    TENS,
    as_number,
    read_number,
)

# One reader for every number a plugin reads whole: what the dates plugin read with
# ``words_to_number`` and ``parse_digits``, and what the quantities plugin reads token by
# token with ``read_number_words``, ``read_fraction`` and ``read_digits``
# (tests/test_quantities_numbers.py).
NUMBERS = [
    # words
    pytest.param("thirteen", 13, id="unit"),
    pytest.param("Seventeen", 17, id="capitalised"),
    pytest.param("twenty-six", 26, id="hyphenated-tens"),
    pytest.param("twenty six", 26, id="tens-and-units"),
    pytest.param("two hundred and five", 205, id="hundreds-with-and"),
    pytest.param("one hundred twenty-three", 123, id="hundreds-without-and"),
    pytest.param("three million", 3_000_000, id="scale"),
    pytest.param("three million four hundred thousand", 3_400_000, id="nested-scales"),
    pytest.param("two hundred and five thousand", 205_000, id="hundreds-of-a-scale"),
    pytest.param("a hundred", 100, id="leading-article"),
    pytest.param("an hundred", 100, id="leading-an"),
    pytest.param("a dozen", 12, id="a-dozen"),
    pytest.param("two dozen", 24, id="dozens-of-units"),
    pytest.param("half a million", 500_000, id="half-a-scale"),
    pytest.param("half a dozen", 6, id="half-a-dozen"),
    pytest.param("zero", 0, id="zero"),
    # fractions
    pytest.param("two-thirds", 0.6666666667, id="hyphenated-fraction"),
    pytest.param("three quarters", 0.75, id="fraction-in-two-words"),
    pytest.param("a quarter", 0.25, id="a-fraction"),
    pytest.param("half", 0.5, id="half"),
    # digits
    pytest.param("800", 800, id="plain-digits"),
    pytest.param("1,200", 1200, id="thousands-commas"),
    pytest.param("12,345,678", 12_345_678, id="millions-commas"),
    pytest.param("1 200", 1200, id="thousands-spaces"),
    pytest.param("4\u202f500", 4500, id="thousands-thin-space"),
    pytest.param("4.5", 4.5, id="decimal"),
    pytest.param(".5", 0.5, id="leading-point"),
    pytest.param("1,234.5", 1234.5, id="commas-and-decimal"),
    pytest.param("65 million", 65_000_000, id="digits-and-scale"),
    pytest.param("2.3 Million", 2_300_000, id="decimal-and-capitalised-scale"),
    pytest.param("1.356 billion", 1_356_000_000, id="scale-computed-exactly"),
    # not one number
    pytest.param("several", None, id="vague-word"),
    pytest.param("", None, id="empty"),
    pytest.param("two hundred soldiers", None, id="stray-word"),
    pytest.param("two three", None, id="two-numbers"),
    pytest.param("two and three", None, id="and-between-units"),
    pytest.param("hundred", None, id="bare-scale"),
    pytest.param("thousand thousand", None, id="repeated-scale"),
    pytest.param("third", None, id="ordinal"),
    pytest.param("12a", None, id="digits-and-letters"),
    pytest.param("5 bananas", None, id="digits-and-a-noun"),
    pytest.param("1" * 31, None, id="too-many-digits"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_read_number(text: str, expected: float | None) -> None:
    value = read_number(text)
    assert value == expected
    assert expected is None or type(value) is type(expected)


WHOLE_WORDS = [
    p for p in NUMBERS if isinstance(p.values[1], int) and str(p.values[0])[:1].isalpha()
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_WORDS)
def test_number_words_pattern_finds_what_is_read(text: str, expected: int) -> None:
    """Cardinal words that the reader reads whole are one match of the pattern."""
    assert regex.fullmatch(NUMBER_WORDS, text, regex.IGNORECASE)


def test_whole_values_are_ints() -> None:
    assert isinstance(as_number(800.0), int)
    assert isinstance(read_number("1,200"), int)
    assert isinstance(read_number("4.5"), float)


def test_word_tables_are_read_only() -> None:
    table: Any = SCALES
    with pytest.raises(TypeError):
        table["lakh"] = 100_000


RUNS = [
    ("a hyphenated number", "Twenty-one people", ["Twenty-one"]),
    ("and joins after a scale", "two hundred and five soldiers", ["two hundred and five"]),
    ("and does not join units", "two and three", ["two", "three"]),
    ("commas separate runs", "one, two", ["one", "two"]),
    ("not inside words", "someone often", []),
    ("an article before a scale", "a hundred men", ["a hundred"]),
    ("half a scale", "half a million voters", ["half a million"]),
    ("a bare scale starts no run", "hundred men", []),
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
    assert read_number(f"{number:,}") == number


@given(st.integers(min_value=0, max_value=999_999))
def test_words_read_back_what_we_write(number: int) -> None:
    assert read_number(_spell(number)) == number
    assert regex.fullmatch(NUMBER_WORDS, _spell(number))


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
