"""The quantities plugin: money with ISO 4217 codes, percentages and measures."""

from __future__ import annotations

import pytest

import geoevents.plugins.quantities as quantities_plugin
from geoevents import Quantity
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(quantities_plugin)


def only(text: str) -> Quantity:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    assert len(document.quantities) == 1, [q.text for q in document.quantities]
    return document.quantities[0]


def money(quantity: Quantity) -> tuple[object, ...]:
    return (quantity.text, quantity.value, quantity.unit, quantity.kind)


MONEY = [
    pytest.param("The loan is $750m.", ("$750m", 750_000_000, "USD", "money"), id="dollar-sign"),
    pytest.param(
        "Aid worth US$3.2 billion arrived.",
        ("US$3.2 billion", 3_200_000_000, "USD", "money"),
        id="us-dollar-sign",
    ),
    pytest.param(
        "Aid worth US $3.2 billion arrived.",
        ("US $3.2 billion", 3_200_000_000, "USD", "money"),
        id="us-space-dollar",
    ),
    pytest.param(
        "Reserves fell to $US40 billion.",
        ("$US40 billion", 40_000_000_000, "USD", "money"),
        id="dollar-us",
    ),
    pytest.param(
        "The budget rose to A$12bn.", ("A$12bn", 12_000_000_000, "AUD", "money"), id="aud-sign"
    ),
    pytest.param(
        "Brussels froze €7.5bn.", ("€7.5bn", 7_500_000_000, "EUR", "money"), id="euro-sign"
    ),
    pytest.param("The fine was £95,000.", ("£95,000", 95_000, "GBP", "money"), id="pound-sign"),
    pytest.param("Tokyo set aside ¥2tn.", ("¥2tn", 2_000_000_000_000, "JPY", "money"), id="yen"),
    pytest.param(
        "Kyiv raised ₴30bn in bonds.", ("₴30bn", 30_000_000_000, "UAH", "money"), id="hryvnia"
    ),
    pytest.param("The bank spent ₽4bn.", ("₽4bn", 4_000_000_000, "RUB", "money"), id="rouble"),
    pytest.param(
        "They paid 600 million hryvnias.",
        ("600 million hryvnias", 600_000_000, "UAH", "money"),
        id="hryvnias-word",
    ),
    pytest.param(
        "Fines of 90,000 roubles were imposed.",
        ("90,000 roubles", 90_000, "RUB", "money"),
        id="roubles-word",
    ),
    pytest.param(
        "The club paid 40 million euros.",
        ("40 million euros", 40_000_000, "EUR", "money"),
        id="euros-word",
    ),
    pytest.param(
        "A ticket costs 12 dollars.", ("12 dollars", 12, "USD", "money"), id="dollars-word"
    ),
    pytest.param(
        "Bail was set at 2 million Canadian dollars.",
        ("2 million Canadian dollars", 2_000_000, "CAD", "money"),
        id="nationality-and-currency",
    ),
    pytest.param(
        "The fund raised 450 million Swiss francs.",
        ("450 million Swiss francs", 450_000_000, "CHF", "money"),
        id="swiss-francs",
    ),
    pytest.param(
        "The deal is valued at EUR 300m.",
        ("EUR 300m", 300_000_000, "EUR", "money"),
        id="code-before",
    ),
    pytest.param(
        "The deal is valued at 300m EUR.",
        ("300m EUR", 300_000_000, "EUR", "money"),
        id="code-after",
    ),
    pytest.param("Sugar costs Rs45 a kilo.", ("Rs45", 45, "INR", "money"), id="glued-letters"),
    pytest.param("Sugar costs Rs. 45 a kilo.", ("Rs. 45", 45, "INR", "money"), id="dotted-sign"),
    pytest.param("A coffee costs 3€ here.", ("3€", 3, "EUR", "money"), id="sign-after"),
    pytest.param("Stamps cost 85¢ each.", ("85¢", 0.85, "USD", "money"), id="cent-sign-after"),
    pytest.param("Stamps cost ¢85 each.", ("¢85", 0.85, "USD", "money"), id="cent-sign-before"),
    pytest.param("He found ten pennies.", ("ten pennies", 0.1, "GBP", "money"), id="pennies"),
    pytest.param(
        "Bread rose by 8 cents.", ("8 cents", 0.08, "USD", "money"), id="cents-are-hundredths"
    ),
    pytest.param("Shares closed at 215p.", ("215p", 2.15, "GBP", "money"), id="pence-glued"),
    pytest.param(
        "The cost is $9.99 US dollars.",
        ("$9.99 US dollars", 9.99, "USD", "money"),
        id="sign-and-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONEY)
def test_money(text: str, expected: tuple[object, ...]) -> None:
    assert money(only(text)) == expected


PERCENT = [
    pytest.param("Inflation hit 6.4%.", ("6.4%", 6.4), id="sign"),
    pytest.param("Turnout reached 58 per cent.", ("58 per cent", 58), id="per-cent"),
    pytest.param("Turnout reached 58 percent.", ("58 percent", 58), id="percent"),
    pytest.param("The yield was 4.1pc.", ("4.1pc", 4.1), id="pc-glued"),
    pytest.param("Support fell to forty percent.", ("forty percent", 40), id="in-words"),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT)
def test_percentages(text: str, expected: tuple[object, ...]) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value) == expected
    assert (quantity.kind, quantity.unit) == ("percent", "%")


MEASURES = [
    pytest.param("The column stretched 25 km.", ("25 km", 25, "km"), id="km"),
    pytest.param("The front moved 6 kilometres.", ("6 kilometres", 6, "km"), id="kilometres"),
    pytest.param("The ferry sailed 40 miles.", ("40 miles", 40, "mi"), id="miles"),
    pytest.param("The wall is 9 metres high.", ("9 metres", 9, "m"), id="metres"),
    pytest.param("The tunnel was 800m long.", ("800m", 800, "m"), id="m-glued"),
    pytest.param("Police found 30kg of heroin.", ("30kg", 30, "kg"), id="kg"),
    pytest.param("The ship held 5,000 tonnes of fuel.", ("5,000 tonnes", 5000, "t"), id="tonnes"),
    pytest.param(
        "Output fell by 300,000 barrels a day.",
        ("300,000 barrels a day", 300000, "bbl/d"),
        id="barrels-a-day",
    ),
    pytest.param(
        "The tanker carried 1 million barrels.", ("1 million barrels", 1e6, "bbl"), id="barrels"
    ),
    pytest.param("The plant makes 950 MW.", ("950 MW", 950, "MW"), id="megawatts"),
    pytest.param("The dam yields 2.4 gigawatts.", ("2.4 gigawatts", 2.4, "GW"), id="gigawatts"),
    pytest.param("Fires burned 12,000 hectares.", ("12,000 hectares", 12000, "ha"), id="hectares"),
    pytest.param(
        "The zone covers 60 square kilometres.",
        ("60 square kilometres", 60, "km2"),
        id="square-kilometres",
    ),
    pytest.param("The park covers 40km2.", ("40km2", 40, "km2"), id="km2-glued"),
    pytest.param("It was 41 degrees Celsius.", ("41 degrees Celsius", 41, "°C"), id="celsius"),
    pytest.param("It was 41°C in the shade.", ("41°C", 41, "°C"), id="degree-sign"),
    pytest.param("Gusts reached 130 km/h.", ("130 km/h", 130, "km/h"), id="speed"),
    pytest.param("Gusts reached 80 mph.", ("80 mph", 80, "mph"), id="mph"),
    pytest.param(
        "A 6.1-magnitude quake struck.", ("6.1-magnitude", 6.1, "magnitude"), id="magnitude-after"
    ),
    pytest.param(
        "A magnitude 6.1 quake struck.", ("magnitude 6.1", 6.1, "magnitude"), id="magnitude-before"
    ),
    pytest.param("They dropped a 2,000-pound bomb.", ("2,000-pound", 2000, "lb"), id="pound-bomb"),
    pytest.param(
        "Rates rose by 25 basis points.", ("25 basis points", 25, "bp"), id="basis-points"
    ),
    pytest.param(
        "Its lead grew by 3 percentage points.",
        ("3 percentage points", 3, "pp"),
        id="percentage-points",
    ),
    pytest.param("The storage is 512GB.", ("512GB", 512, "GB"), id="gigabytes"),
    pytest.param("Floods covered a four-mile stretch.", ("four-mile", 4, "mi"), id="word-compound"),
    pytest.param(
        "They exported 2 trillion cubic feet.",
        ("2 trillion cubic feet", 2e12, "ft3"),
        id="cubic-feet",
    ),
    pytest.param("Each pill holds 5mg.", ("5mg", 5, "mg"), id="milligrams"),
]


@pytest.mark.parametrize(("text", "expected"), MEASURES)
def test_measures(text: str, expected: tuple[object, ...]) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.unit) == expected
    assert quantity.kind == "measure"


def test_negative_measure() -> None:
    quantity = only("Temperatures fell to -12°C overnight.")
    assert (quantity.text, quantity.value, quantity.unit) == ("-12°C", -12, "°C")


def test_a_one_letter_symbol_needs_no_space() -> None:
    assert PIPELINE.extract("They bought 5 m of cable.").quantities[0].unit is None
