"""The quantities plugin: bound words, approximations, ranges and vague counts."""

from __future__ import annotations

import pytest

import geoevents.plugins.quantities as quantities_plugin
from geoevents import Quantity
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(quantities_plugin)


def found(text: str) -> list[Quantity]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    return list(document.quantities)


def only(text: str) -> Quantity:
    quantities = found(text)
    assert len(quantities) == 1, [q.text for q in quantities]
    return quantities[0]


def bounds(quantity: Quantity) -> tuple[object, ...]:
    return (quantity.text, quantity.qualifier, quantity.value, quantity.low, quantity.high)


BOUNDS = [
    pytest.param("Crews rescued 57 sailors.", ("57", "exact", 57, 57, 57), id="exact"),
    pytest.param(
        "The militia fired more than 300 shells.",
        ("more than 300", "more_than", 300, 300, None),
        id="more-than",
    ),
    pytest.param(
        "Over 90 flights were grounded.", ("Over 90", "more_than", 90, 90, None), id="over"
    ),
    pytest.param(
        "Prices rose above 45 pounds.", ("above 45 pounds", "more_than", 45, 45, None), id="above"
    ),
    pytest.param(
        "At least 16 fishermen drowned.", ("At least 16", "at_least", 16, 16, None), id="at-least"
    ),
    pytest.param(
        "No fewer than 40 judges signed.",
        ("No fewer than 40", "at_least", 40, 40, None),
        id="no-fewer-than",
    ),
    pytest.param(
        "Nearly 700 pilgrims fell ill.", ("Nearly 700", "nearly", 700, None, 700), id="nearly"
    ),
    pytest.param("Almost 80 schools shut.", ("Almost 80", "nearly", 80, None, 80), id="almost"),
    pytest.param(
        "About 250 tractors blocked roads.", ("About 250", "about", 250, None, None), id="about"
    ),
    pytest.param(
        "Around 30 drones were seen.", ("Around 30", "about", 30, None, None), id="around"
    ),
    pytest.param(
        "Roughly 1,900 doctors quit.", ("Roughly 1,900", "about", 1900, None, None), id="roughly"
    ),
    pytest.param(
        "Some 4,000 sheep died in the storm.",
        ("Some 4,000", "about", 4000, None, None),
        id="some",
    ),
    pytest.param(
        "An estimated 60,000 fans attended.",
        ("An estimated 60,000", "about", 60000, None, None),
        id="an-estimated",
    ),
    pytest.param(
        "The plan creates up to 900 posts.", ("up to 900", "up_to", 900, None, 900), id="up-to"
    ),
    pytest.param(
        "As many as 45 villages flooded.",
        ("As many as 45", "up_to", 45, None, 45),
        id="as-many-as",
    ),
    pytest.param(
        "Fewer than 20 reporters came.", ("Fewer than 20", "less_than", 20, None, 20), id="fewer"
    ),
    pytest.param(
        "Less than 5% of voters backed it.", ("Less than 5%", "less_than", 5, None, 5), id="less"
    ),
    pytest.param(
        "Under 300 homes remain standing.", ("Under 300", "less_than", 300, None, 300), id="under"
    ),
    pytest.param(
        "No more than 12 lorries may pass.",
        ("No more than 12", "at_most", 12, None, 12),
        id="no-more-than",
    ),
    pytest.param(
        "They want 200 or more buses.", ("200 or more", "at_least", 200, 200, None), id="or-more"
    ),
    pytest.param(
        "It took 40-odd firefighters.", ("40-odd", "about", 40, None, None), id="odd-after"
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_bounds(text: str, expected: tuple[object, ...]) -> None:
    assert bounds(only(text)) == expected


RANGES = [
    pytest.param("Shelling killed 8 to 12 farmers.", ("8 to 12", 8, 12), id="to"),
    pytest.param("Shelling killed 8-12 farmers.", ("8-12", 8, 12), id="hyphen"),
    pytest.param("Shelling killed 8–12 farmers.", ("8–12", 8, 12), id="en-dash"),
    pytest.param("Between 30 and 45 boats sank.", ("Between 30 and 45", 30, 45), id="between-and"),
    pytest.param("Growth of 2-3% is forecast.", ("2-3%", 2, 3), id="unit-shared-from-the-second"),
    pytest.param(
        "A $20-25bn package is planned.",
        ("$20-25bn", 20_000_000_000, 25_000_000_000),
        id="scale-shared-from-the-second",
    ),
    pytest.param(
        "Between $3 million and $4 million was raised.",
        ("Between $3 million and $4 million", 3_000_000, 4_000_000),
        id="money-on-both-ends",
    ),
    pytest.param(
        "The blast cut 1.5 to 2 million barrels of output.",
        ("1.5 to 2 million barrels", 1_500_000, 2_000_000),
        id="decimal-and-scale",
    ),
    pytest.param(
        "Crowds of 1000-5000 people gathered.", ("1000-5000", 1000, 5000), id="year-like-low"
    ),
    pytest.param(
        "Estimates run from two to three.", ("from two to three", 2, 3), id="from-to-without-change"
    ),
    pytest.param(
        "Temperatures dropped by 1 to 1.5 degrees.",
        ("1 to 1.5 degrees", 1, 1.5),
        id="by-to-with-the-unit-once",
    ),
    pytest.param(
        "Waves of four to six metres hit the coast.",
        ("four to six metres", 4, 6),
        id="words-with-unit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: tuple[object, ...]) -> None:
    quantity = found(text)[0]
    assert (quantity.text, quantity.low, quantity.high) == expected
    if expected[1] is not None:
        assert (quantity.qualifier, quantity.value) == ("range", None)


def test_a_number_noun_before_a_range() -> None:
    (quantity,) = found("The number of victims is between 20 and 30.")
    assert (quantity.text, quantity.low, quantity.high) == ("between 20 and 30", 20, 30)


NOT_RANGES = [
    pytest.param("Exports rose from two to three.", [2, 3], id="from-to-in-words-after-a-change"),
    pytest.param("Exports rose from 40 to 55 tonnes.", [40, 55], id="from-to-is-a-change"),
    pytest.param("Debt grew by $2bn to $9bn.", [2e9, 9e9], id="by-to-is-a-change"),
    pytest.param("Wheat rose 3% to $250 a tonne.", [3, 250], id="different-units"),
    pytest.param("The bill passed 220 to 195 in the house.", [220, 195], id="tally-with-to"),
    pytest.param("Senators voted 61-38 for the bill.", [61, 38], id="tally-with-hyphen"),
    pytest.param("Sales rose to 3.9 million in 2019 from 2.4 million.", [3.9e6, 2.4e6], id="year"),
]


@pytest.mark.parametrize(("text", "values"), NOT_RANGES)
def test_not_ranges(text: str, values: list[float]) -> None:
    quantities = found(text)
    assert [q.value for q in quantities] == values
    assert all(q.qualifier != "range" for q in quantities)


VAGUE = [
    pytest.param("Dozens of cars were torched.", ("Dozens", 24, 120, "cars"), id="dozens-of"),
    pytest.param(
        "Hundreds of students marched.", ("Hundreds", 200, 1000, "students"), id="hundreds-of"
    ),
    pytest.param(
        "Thousands of families fled.", ("Thousands", 2000, 10000, "families"), id="thousands-of"
    ),
    pytest.param(
        "Tens of thousands of workers struck.",
        ("Tens of thousands", 20000, 100000, "workers"),
        id="tens-of-thousands",
    ),
    pytest.param(
        "Hundreds of thousands of voters abstained.",
        ("Hundreds of thousands", 200000, 1000000, "voters"),
        id="hundreds-of-thousands",
    ),
    pytest.param(
        "Millions of children missed school.",
        ("Millions", 2000000, 10000000, "children"),
        id="millions-of",
    ),
    pytest.param(
        "Several hundred miners gathered.",
        ("Several hundred", 300, 1000, "miners"),
        id="several-hundred",
    ),
    pytest.param(
        "A few thousand fans waited.", ("A few thousand", 2000, 10000, "fans"), id="a-few-thousand"
    ),
    pytest.param(
        "Several dozen tents were pitched.",
        ("Several dozen", 36, None, "tents"),
        id="several-dozen",
    ),
    pytest.param("Scores of shops were looted.", ("Scores", 40, 200, "shops"), id="scores-of"),
    pytest.param(
        "The floods left hundreds homeless.",
        ("hundreds", 200, 1000, None),
        id="bare-hundreds",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague_counts(text: str, expected: tuple[object, ...]) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.low, quantity.high, quantity.item) == expected
    assert (quantity.qualifier, quantity.value, quantity.kind) == ("vague", None, "count")


def test_vague_money() -> None:
    quantity = only("The repairs will cost tens of millions of dollars.")
    assert (quantity.kind, quantity.unit, quantity.qualifier) == ("money", "USD", "vague")
    assert (quantity.low, quantity.high) == (20_000_000, 100_000_000)


NOT_VAGUE = [
    pytest.param("The scores were level at half-time.", id="scores-without-of"),
    pytest.param("Tens of volunteers helped.", id="tens-without-a-scale"),
    pytest.param("Several ministers objected.", id="several-without-a-scale"),
]


@pytest.mark.parametrize("text", NOT_VAGUE)
def test_not_vague(text: str) -> None:
    assert found(text) == []


def test_bound_before_a_dozen() -> None:
    quantity = only("More than a dozen cranes collapsed.")
    assert bounds(quantity) == ("More than a dozen", "more_than", 12, 12, None)
    assert quantity.item == "cranes"
