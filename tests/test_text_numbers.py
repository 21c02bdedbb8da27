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
    NUMERALS,
    SCALES,
    SMALL_NUMBERS,
    TENS,
    VULGAR_FRACTIONS,
    as_number,
    read_digits,
    read_multiplicative,
    read_number,
    read_scale_words,
    read_sign,
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


# Number forms read by the one reader, for every plugin that reads numbers (issue 16).
FORMS = [
    # signs
    pytest.param("-4", -4, id="hyphen-minus"),
    pytest.param("\u22124.5", -4.5, id="minus-sign"),
    pytest.param("\u20133", -3, id="en-dash-as-minus"),
    pytest.param("minus 40", -40, id="minus-word"),
    pytest.param("Minus-1.4", -1.4, id="minus-hyphenated"),
    pytest.param("negative 0.1", -0.1, id="negative-word"),
    pytest.param("minus five", -5, id="minus-number-word"),
    # fractions in digits
    pytest.param("½", 0.5, id="vulgar-half"),
    pytest.param("2½", 2.5, id="mixed-vulgar"),
    pytest.param("2 ¾", 2.75, id="mixed-vulgar-spaced"),
    pytest.param("⅛", 0.125, id="vulgar-eighth"),
    pytest.param("1\u2044128", 0.0078125, id="fraction-slash"),
    pytest.param("2 1\u20442", 2.5, id="mixed-fraction-slash"),
    # fractions in words, of every ordinal
    pytest.param("three eighths", 0.375, id="eighths"),
    pytest.param("a sixteenth", 0.0625, id="a-sixteenth"),
    pytest.param("three fourths", 0.75, id="fourths"),
    # powers of ten
    pytest.param("1e6", 1_000_000, id="e-notation-power-of-ten"),
    pytest.param("6.02E23", 602_000_000_000_000_000_000_000, id="e-notation-capital"),
    pytest.param("3e-9", 3e-9, id="e-notation-signed-exponent"),
    pytest.param("2.998×10⁻⁸", 2.998e-8, id="times-ten-superscript"),
    pytest.param("2.998×10\u22128", 2.998e-8, id="times-ten-lost-superscript"),
    pytest.param("3 x 10^8", 300_000_000, id="x-ten-caret"),
    # scale words
    pytest.param("4 hundred million", 400_000_000, id="digits-and-scale-chain"),
    pytest.param("2 hundred thousand", 200_000, id="hundred-thousand"),
    pytest.param("5 thousand million", 5_000_000_000, id="thousand-million"),
    pytest.param("a quarter of a million", 250_000, id="fraction-of-a-scale"),
    pytest.param("three-quarters of a billion", 750_000_000, id="fractions-of-a-scale"),
    pytest.param("a quarter million", 250_000, id="fraction-before-a-scale"),
    pytest.param("half million", 500_000, id="half-before-a-scale"),
    pytest.param("a half-million", 500_000, id="hyphenated-half-million"),
    # near misses
    pytest.param("minus", None, id="minus-alone"),
    pytest.param("minus the fees", None, id="minus-as-a-preposition"),
    pytest.param("7e7", None, id="model-name-with-an-e"),
    pytest.param("3 x 10", None, id="dimensions-are-no-power"),
    pytest.param("a second", None, id="second-is-no-fraction"),
    pytest.param("a quarter hundred", None, id="no-fraction-of-a-hundred-without-of"),
    pytest.param("million hundred", None, id="scales-must-grow"),
    pytest.param("4 million people", None, id="scale-then-a-noun"),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_read_number_forms(text: str, expected: float | None) -> None:
    value = read_number(text)
    if expected is None or isinstance(expected, int):
        assert value == expected
    else:
        assert value == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("-4", 1, id="hyphen"),
        pytest.param("\u22124", 1, id="minus-sign"),
        pytest.param("minus 40", 6, id="word-and-space"),
        pytest.param("minus-1.4", 6, id="word-and-hyphen"),
        pytest.param("negative 3", 9, id="negative"),
        pytest.param("minus the fees", 0, id="word-before-a-word"),
        pytest.param("- 4", 0, id="a-dash-with-a-space"),
        pytest.param("40", 0, id="no-sign"),
    ],
)
def test_read_sign(text: str, expected: int) -> None:
    assert read_sign(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("sixfold", 6, id="fold-word"),
        pytest.param("Three-fold", 3, id="hyphenated-fold"),
        pytest.param("twenty-fold", 20, id="tens-fold"),
        pytest.param("hundredfold", 100, id="scale-fold"),
        pytest.param("doubled", 2, id="verb-past"),
        pytest.param("tripling", 3, id="verb-ing"),
        pytest.param("trebled", 3, id="british-treble"),
        pytest.param("double", None, id="adjective-double"),
        pytest.param("doubles", None, id="noun-doubles"),
        pytest.param("manifold", None, id="manifold-is-no-number"),
        pytest.param("scaffold", None, id="scaffold"),
        pytest.param("unfold", None, id="unfold"),
    ],
)
def test_read_multiplicative(word: str, expected: int | None) -> None:
    assert read_multiplicative(word) == expected


def test_multiplicative_verbs_can_be_left_out() -> None:
    assert read_multiplicative("tripled", verbs=False) is None
    assert read_multiplicative("sixfold", verbs=False) == 6


def test_numerals_pattern_matches_what_read_digits_reads() -> None:
    pattern = regex.compile(rf"(?:{NUMERALS})")
    for text in ("1,200", "4.5", "½", "2½", "1\u2044128", "1e6", "2.998×10⁻⁸", "3 x 10^8"):
        assert pattern.fullmatch(text), text
        assert read_digits(text) is not None, text


def test_vulgar_fractions_come_from_unicode() -> None:
    assert VULGAR_FRACTIONS["¼"] == 0.25
    assert VULGAR_FRACTIONS["⅞"] == 0.875
    assert all(0 <= value < 1 for value in VULGAR_FRACTIONS.values())


def test_scale_words() -> None:
    assert read_scale_words(["hundred", "million", "people"]) == (100_000_000, 2)
    assert read_scale_words(["people"]) is None
