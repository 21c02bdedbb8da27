"""The quantities plugin: the number forms of news (signs, fractions, currency letters, scales,
ranges, multiplicatives, powers of ten, units in compounds), and the near misses of each."""

from __future__ import annotations

from typing import Any

import pytest

import geoevents.plugins.quantities as quantities_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(quantities_plugin)


def read(text: str) -> list[tuple[Any, ...]]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    return [(q.text, q.value, q.low, q.high, q.kind, q.unit) for q in document.quantities]


SIGNS = [
    pytest.param("Shares closed lower (-1.3%).", ("-1.3%", -1.3, "percent", "%"), id="hyphen"),
    pytest.param(
        "Lows of \u22125°C are forecast.", ("\u22125°C", -5, "measure", "°C"), id="minus-sign"
    ),
    pytest.param(
        "It fell to minus-1.4 degrees.",
        ("minus-1.4 degrees", -1.4, "measure", "°"),
        id="minus-hyphen",
    ),
    pytest.param(
        "Liquid air boils at minus 312 degrees Fahrenheit.",
        ("minus 312 degrees Fahrenheit", -312, "measure", "°F"),
        id="minus-word",
    ),
    pytest.param(
        "Growth was negative 0.2 per cent.",
        ("negative 0.2 per cent", -0.2, "percent", "%"),
        id="negative-word",
    ),
    pytest.param("The fund lost -$4m in March.", ("-$4m", -4_000_000, "money", "USD"), id="money"),
    pytest.param(
        "Net migration was -2,400 people.",
        ("-2,400", -2400, "count", None),
        id="count-inside-a-sentence",
    ),
    pytest.param(
        "The index fell 0.6% on Monday.", ("0.6%", 0.6, "percent", "%"), id="a-verb-gives-no-sign"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS)
def test_signs(text: str, expected: tuple[Any, ...]) -> None:
    [(span, value, _low, _high, kind, unit)] = read(text)
    assert (span, value, kind, unit) == expected


def test_a_signed_range() -> None:
    assert read("Nights ranged from -8 to -3 degrees.") == [
        ("from -8 to -3 degrees", None, -8, -3, "measure", "°")
    ]
    assert read("It was between minus 12 and minus 4 degrees.")[0][2:4] == (-12, -4)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The iPhone 5C sold well.", id="a-model"),
        pytest.param("The 13F filing came late.", id="a-form"),
    ],
)
def test_a_capital_glued_to_digits_is_no_temperature(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("- 3 people were hurt.", id="dash-and-space"),
        pytest.param("-3 people were hurt.", id="bullet-opening-a-paragraph"),
        pytest.param("Talks ended. -2 ministers walked out.", id="bullet-after-a-sentence"),
        pytest.param("Pilots flew F-16 jets.", id="hyphen-in-a-name"),
        pytest.param("The 2024-25 budget passed.", id="hyphen-in-a-season"),
    ],
)
def test_hyphens_that_are_no_sign(text: str) -> None:
    assert all(value is None or value >= 0 for _t, value, *_rest in read(text))


def test_minus_as_a_word() -> None:
    assert read("The price, minus the fees, was $40.") == [("$40", 40, 40, 40, "money", "USD")]


FRACTIONS = [
    pytest.param(
        "It cost 3/4 of a million dollars.",
        ("3/4 of a million dollars", 750_000, "money", "USD"),
        id="slash-of-a-scale",
    ),
    pytest.param(
        "About ¾ of a billion was spent.",
        ("About ¾ of a billion", 750_000_000, "count", None),
        id="vulgar-of-a-scale",
    ),
    pytest.param(
        "Add 1/2 pound of flour.", ("1/2 pound", 0.5, "measure", "lb"), id="slash-and-unit"
    ),
    pytest.param(
        "Add 1/16 of a pint of milk.",
        ("1/16 of a pint", 0.0625, "measure", "pt"),
        id="slash-of-a-unit",
    ),
    pytest.param(
        "It is 1\u2044128 of an inch thick.",
        ("1\u2044128 of an inch", 0.0078125, "measure", "in"),
        id="fraction-slash",
    ),
    pytest.param(
        "Rain of 2 1/2 inches fell.", ("2 1/2 inches", 2.5, "measure", "in"), id="mixed-number"
    ),
    pytest.param("Only ½ of the voters came.", ("½", 0.5, "count", None), id="vulgar"),
    pytest.param("Snow lay 2½ feet deep.", ("2½ feet", 2.5, "measure", "ft"), id="mixed-vulgar"),
    pytest.param(
        "Three-quarters of the staff left.", ("Three-quarters", 0.75, "count", None), id="words"
    ),
    pytest.param(
        "Three eighths of the land is forest.",
        ("Three eighths", 0.375, "count", None),
        id="eighths",
    ),
    pytest.param(
        "A quarter of a million people fled.",
        ("A quarter of a million", 250_000, "count", None),
        id="fraction-of-a-scale",
    ),
    pytest.param(
        "Half a million people marched.",
        ("Half a million", 500_000, "count", None),
        id="half-a-scale",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS)
def test_fractions(text: str, expected: tuple[Any, ...]) -> None:
    [(span, value, _low, _high, kind, unit)] = read(text)
    assert (span, value, kind, unit) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The vote is on 3/4 at noon.", id="a-date"),
        pytest.param("It was their 1/2 final.", id="no-unit-or-of"),
        pytest.param("The 9/11 attacks shook the world.", id="a-name"),
        pytest.param("It runs a 24/7 service.", id="not-proper"),
        pytest.param("Odds are 50/50.", id="equal-parts"),
    ],
)
def test_slashes_that_are_no_fraction(text: str) -> None:
    assert read(text) == []


CURRENCIES = [
    pytest.param(
        "It sold for $A82,615,680.", ("$A82,615,680", 82_615_680, "AUD"), id="sign-then-letter"
    ),
    pytest.param(
        "It paid $US55,931,000.", ("$US55,931,000", 55_931_000, "USD"), id="sign-then-code"
    ),
    pytest.param(
        "Bonds worth HK $3.7 billion sold.",
        ("HK $3.7 billion", 3_700_000_000, "HKD"),
        id="letters-space-sign",
    ),
    pytest.param("It raised HK$3.7bn.", ("HK$3.7bn", 3_700_000_000, "HKD"), id="letters-glued"),
    pytest.param("It raised $HK2bn.", ("$HK2bn", 2_000_000_000, "HKD"), id="sign-then-letters"),
    pytest.param("It earned A$5 million.", ("A$5 million", 5_000_000, "AUD"), id="a-dollar"),
    pytest.param("It earned C$40 million.", ("C$40 million", 40_000_000, "CAD"), id="c-dollar"),
    pytest.param("It earned NZ$12m.", ("NZ$12m", 12_000_000, "NZD"), id="nz-dollar"),
    pytest.param("It earned US$3 billion.", ("US$3 billion", 3_000_000_000, "USD"), id="us-dollar"),
    pytest.param(
        "It earned U.S. $4 million.", ("U.S. $4 million", 4_000_000, "USD"), id="dotted-letters"
    ),
    pytest.param("It cost R$3 billion.", ("R$3 billion", 3_000_000_000, "BRL"), id="real"),
    pytest.param("It cost S$1,200.", ("S$1,200", 1200, "SGD"), id="singapore"),
    pytest.param("It cost J$100.", ("J$100", 100, "JMD"), id="jamaican-from-iso"),
    pytest.param("It cost E£40m.", ("E£40m", 40_000_000, "EGP"), id="egyptian-pound"),
    pytest.param("It cost CN¥9bn.", ("CN¥9bn", 9_000_000_000, "CNY"), id="yuan"),
    pytest.param("It cost Rs 500 crore.", ("Rs 500 crore", 5_000_000_000, "INR"), id="rupees"),
    pytest.param("The fund holds USD 5m.", ("USD 5m", 5_000_000, "USD"), id="code-before"),
    pytest.param("A $5 fee was charged.", ("$5", 5, "USD"), id="an-article-is-no-country"),
    pytest.param("It paid a PS6m fee.", ("PS6m", 6_000_000, "GBP"), id="pound-transliterated"),
    pytest.param("It cost Rs5 lakh.", ("Rs5 lakh", 500_000, "INR"), id="letter-sign-and-scale"),
]


def test_a_letter_sign_glued_to_one_digit_names_a_model() -> None:
    assert read("He bought a PS5 and a PS4 Pro.") == []


@pytest.mark.parametrize(("text", "expected"), CURRENCIES)
def test_currencies(text: str, expected: tuple[Any, ...]) -> None:
    [(span, value, _low, _high, kind, unit)] = read(text)
    assert (span, value, kind, unit) == (*expected[:2], "money", expected[2])


def test_an_amount_in_parentheses_after_another_currency() -> None:
    found = read("The fine is 10 billion yen ($90 million).")
    assert [(t, v, u) for t, v, _l, _h, _k, u in found] == [
        ("10 billion yen", 10_000_000_000, "JPY"),
        ("$90 million", 90_000_000, "USD"),
    ]


SCALES = [
    pytest.param(
        "It hit 4.5 on the Richter scale.",
        ("4.5 on the Richter scale", 4.5, "measure", "magnitude"),
        id="richter",
    ),
    pytest.param(
        "It has 4 hundred million users.",
        ("4 hundred million", 400_000_000, "count", None),
        id="scale-chain",
    ),
    pytest.param(
        "They shipped 1.2m tons of grain.",
        ("1.2m tons", 1_200_000, "measure", "t"),
        id="m-before-a-unit",
    ),
    pytest.param(
        "About 2m people fled.", ("About 2m", 2_000_000, "count", None), id="m-before-a-plural"
    ),
    pytest.param("They built a 2m wall.", ("2m", 2, "measure", "m"), id="m-is-metres-otherwise"),
    pytest.param(
        "It flew 2.8bn km.", ("2.8bn km", 2_800_000_000, "measure", "km"), id="bn-and-unit"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCALES)
def test_scales(text: str, expected: tuple[Any, ...]) -> None:
    [(span, value, _low, _high, kind, unit)] = read(text)
    assert (span, value, kind, unit) == expected


RANGES = [
    pytest.param(
        "Between 1.5m and 2m people fled.", (1.5e6, 2e6, "count", None), id="m-scale-said-once"
    ),
    pytest.param(
        "The pit is between 1.5m and 2m deep.", (1.5, 2, "measure", "m"), id="m-metres-said-once"
    ),
    pytest.param(
        "From $10bn to $12bn is the estimate.",
        (1e10, 1.2e10, "money", "USD"),
        id="from-to-without-a-change",
    ),
    pytest.param(
        "It will cost $3 billion to $5 billion.", (3e9, 5e9, "money", "USD"), id="scale-on-both"
    ),
    pytest.param(
        "It costs 33-35 billion euros.", (33e9, 35e9, "money", "EUR"), id="scale-and-currency-once"
    ),
    pytest.param(
        "Rates of between 10 and 15 per cent.", (10, 15, "percent", "%"), id="between-and-unit-once"
    ),
    pytest.param("Some 3 to 5 million people.", (3e6, 5e6, "count", None), id="scale-once"),
    pytest.param("The 0-to-100-kmh time is short.", (0, 100, "measure", "km/h"), id="compound"),
    pytest.param(
        "A 10-to-20-foot wall fell.", (10, 20, "measure", "ft"), id="compound-with-a-unit"
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Spending rose from 3 to 5 million euros.", [3e6, 5e6], id="scale-once"),
        pytest.param("Output rose from 24.2 to 33-35 billion.", [24.2e9, None], id="later-range"),
    ],
)
def test_the_two_figures_of_a_change_share_a_scale(text: str, expected: list[Any]) -> None:
    found = read(text)
    assert [value for _t, value, *_rest in found] == expected
    assert all(low == value for _t, value, low, *_rest in found if value is not None)


def test_from_to_after_a_word_of_change_gives_two_figures() -> None:
    assert [value for _t, value, *_rest in read("Debt rose from $10bn to $12bn.")] == [1e10, 1.2e10]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Shares fell 5p to 164p.", [0.05, 1.64], id="pence"),
        pytest.param("Inflation rose 0.2% to 1.5%.", [0.2, 1.5], id="percent"),
    ],
)
def test_a_change_and_the_level_it_reached(text: str, expected: list[float]) -> None:
    assert [value for _t, value, *_rest in read(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("At 2 1/2 years old she left.", id="an-age"),
        pytest.param("Talks lasted 2 1/2 hours.", id="a-duration"),
    ],
)
def test_a_mixed_number_of_time_is_no_count(text: str) -> None:
    assert read(text) == []


def test_a_range_from_minus_to_plus() -> None:
    assert read("Nights ran from minus 5 to plus 3 degrees.")[0][2:4] == (-5, 3)


def test_a_duration_compound_is_no_range() -> None:
    assert read("It is a 10-to-15-minute walk.") == []


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges_sharing_a_scale_or_unit(text: str, expected: tuple[Any, ...]) -> None:
    [(_span, value, low, high, kind, unit)] = read(text)
    assert value is None
    assert (low, high, kind, unit) == expected


COMPOUNDS = [
    pytest.param(
        "He shoots from three-point range.", ("three-point", 3, "point"), id="word-and-noun"
    ),
    pytest.param("It was a two-party race.", ("two-party", 2, "party"), id="two-party"),
    pytest.param("They filed a 12 page complaint.", ("12", 12, "page"), id="unhyphenated"),
    pytest.param(
        "It has a 3 cylinder engine.", ("3", 3, "cylinder"), id="unhyphenated-before-a-noun"
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_a_number_counts_the_noun_it_is_compounded_with(
    text: str, expected: tuple[Any, ...]
) -> None:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    [quantity] = document.quantities
    assert (quantity.text, quantity.value, quantity.item) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It was a one-sided game.", id="one-makes-idioms"),
        pytest.param("It was the twenty-fifth meeting.", id="a-hyphenated-ordinal"),
        pytest.param("It is a two-day visit.", id="a-duration"),
        pytest.param("It joins 50 previous years of films.", id="a-count-of-time-is-a-duration"),
    ],
)
def test_compounds_that_count_nothing(text: str) -> None:
    assert read(text) == []


AMOUNTS_AND_AGES = [
    pytest.param("Prices rose by an average of 1500.", [1500], id="an-average-of-is-no-year"),
    pytest.param("A total of 1900 troops left.", [1900], id="a-total-of-is-no-year"),
    pytest.param("The budget of 2020 was cut.", [], id="the-budget-of-a-year"),
    pytest.param("It helped his daughter, who was 10.", [], id="who-was-an-age"),
    pytest.param("He was 6 when the war began.", [], id="he-was-an-age"),
    pytest.param("The score was 3.", [3], id="a-thing-is-no-person"),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS_AND_AGES)
def test_amounts_years_and_ages(text: str, expected: list[int]) -> None:
    assert [value for _t, value, *_rest in read(text)] == expected


MULTIPLICATIVES = [
    pytest.param("Sales rose sixfold.", ("sixfold", 6, 6), id="fold-word"),
    pytest.param("It saw a three-fold rise.", ("three-fold", 3, 3), id="hyphenated"),
    pytest.param("It saw a 10-fold rise.", ("10-fold", 10, 10), id="digits"),
    pytest.param(
        "Output grew more than twentyfold.", ("more than twentyfold", 20, 20), id="bounded"
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLICATIVES)
def test_multiplicatives_are_ratios(text: str, expected: tuple[Any, ...]) -> None:
    [(span, value, low, _high, kind, unit)] = read(text)
    assert (span, value, low, kind, unit) == (*expected, "ratio", None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Prices tripled last year.", id="verbs-are-left-out"),
        pytest.param("It was a double murder.", id="double-adjective"),
        pytest.param("The manifold cracked.", id="manifold"),
    ],
)
def test_no_multiplicative(text: str) -> None:
    assert read(text) == []


POWERS = [
    pytest.param("It holds 1e6 records.", ("1e6", 1_000_000, "count", None), id="e-notation"),
    pytest.param(
        "A charge of 2.998×10⁻⁸ coulombs.",
        ("2.998×10⁻⁸", 2.998e-8, "count", None),
        id="superscript",
    ),
    pytest.param(
        "A resistivity of 1.7×10−8 ohm.",
        ("1.7×10\u22128", 1.7e-8, "count", None),
        id="lost-superscript",
    ),
    pytest.param(
        "Light covers 3 x 10^8 metres.",
        ("3 x 10^8 metres", 300_000_000, "measure", "m"),
        id="caret",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POWERS)
def test_powers_of_ten(text: str, expected: tuple[Any, ...]) -> None:
    [(span, value, _low, _high, kind, unit)] = read(text)
    assert (span, value, kind, unit) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Boeing's design, the 7e7, flew.", id="model-name"),
        pytest.param("The room is 3 x 10 metres.", id="dimensions"),
    ],
)
def test_no_power_of_ten(text: str) -> None:
    assert all(value is None or value >= 1 for _t, value, *_rest in read(text))


UNITS = [
    pytest.param("It ships with a 5 W charger.", ("5 W", 5, "W"), id="symbol-in-a-compound"),
    pytest.param("It needs a 230 V supply.", ("230 V", 230, "V"), id="volts-in-a-compound"),
    pytest.param("The steel takes 61.4 MPa.", ("61.4 MPa", 61.4, "MPa"), id="megapascal"),
    pytest.param("The alloy yields at 8.90 ksi.", ("8.90 ksi", 8.9, "ksi"), id="ksi"),
    pytest.param("Pressure fell to 980 hPa.", ("980 hPa", 980, "hPa"), id="hectopascal"),
]


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_units_in_compounds(text: str, expected: tuple[Any, ...]) -> None:
    [(span, value, _low, _high, kind, unit)] = read(text)
    assert (span, value, kind, unit) == (expected[0], expected[1], "measure", expected[2])


def test_a_capital_after_a_name_is_no_unit() -> None:
    assert [kind for *_rest, kind, _unit in read("Take Route 5 W to the coast.")] != ["measure"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Call +44 20 7946 0958 now.", id="phone-number"),
        pytest.param("United won 3-1 at home.", id="score"),
    ],
)
def test_near_misses_read_nothing(text: str) -> None:
    assert read(text) == []
