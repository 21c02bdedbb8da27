"""The quantities plugin: invariants on any text, the default pipeline, lexicons and settings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoevents
import geoevents.plugins.quantities as quantities_plugin
from geoevents import Quantity
from geoevents.model import QUALIFIERS, Document
from geoevents.plugins.quantities import LEXICONS, find_quantities
from geoevents.resources import Context, read_bundled_lexicon
from geoevents.testing import assert_valid_mentions, plugin_pipeline

CONTEXT = Context()

PIPELINE = plugin_pipeline(quantities_plugin)

PIECES = [
    "more than",
    "about",
    "between",
    "and",
    "to",
    "-",
    ",",
    ".",
    "$",
    "€",
    "US$",
    "%",
    "per cent",
    "km",
    "bn",
    "m",
    "million",
    "dozens",
    "of",
    "hundreds",
    "thousands",
    "one",
    "two",
    "twenty-six",
    "half",
    "a",
    "the",
    "killed",
    "people",
    "drones",
    "Section",
    "Leopard",
    "year-old",
    "in",
    "2025",
    "7",
    "September",
    "4pm",
    "13-0",
    "1,200",
    "4.5",
    "1 200",
    "'s",
    "(",
    ")",
    "\n",
]
NEWSISH = st.lists(
    st.one_of(st.sampled_from(PIECES), st.integers(0, 10**7).map(str)), max_size=40
).map(" ".join)


def _check(text: str) -> list[Quantity]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    for quantity in document.quantities:
        assert quantity.qualifier in QUALIFIERS
        if quantity.item is not None:
            assert quantity.item_start is not None
            assert text[quantity.item_start : quantity.item_end] == quantity.item
        if quantity.kind == "money":
            assert quantity.unit is not None
            assert len(quantity.unit) == 3
            assert quantity.unit.isupper()
        if quantity.kind == "percent":
            assert quantity.unit == "%"
        if quantity.kind == "count":
            assert quantity.unit is None
    return list(document.quantities)


@settings(max_examples=300, deadline=None)
@given(NEWSISH)
def test_offsets_items_and_units_are_valid(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(NEWSISH)
def test_reading_is_deterministic(text: str) -> None:
    document = Document(text=text)
    assert find_quantities(document, CONTEXT) == find_quantities(document, CONTEXT)


@settings(max_examples=100, deadline=None)
@given(NEWSISH, NEWSISH)
def test_paragraphs_are_read_independently(first: str, second: str) -> None:
    first, second = first.replace("\n", " "), second.replace("\n", " ")
    joined = find_quantities(Document(text=first + "\n" + second), CONTEXT)
    offset = len(first) + 1
    in_first = find_quantities(Document(text=first), CONTEXT)
    alone = [q.text for q in in_first]
    alone += [q.text for q in find_quantities(Document(text=second), CONTEXT)]
    assert [q.text for q in joined] == alone
    assert all(q.start >= offset for q in joined[len(in_first) :])


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["$", "€", "£"]))
def test_money_round_trip(amount: int, sign: str) -> None:
    (quantity,) = _check(f"The ministry paid {sign}{amount:,} to contractors.")
    assert quantity.value == amount
    assert quantity.text == f"{sign}{amount:,}"


def test_the_default_pipeline_runs_the_plugin() -> None:
    document = geoevents.extract(
        "Russia fired 412 drones and 9 missiles overnight.", published="2025-10-12"
    )
    found = [(q.text, q.item, q.plugin) for q in document.quantities]
    assert found == [("412", "drones", "quantities"), ("9", "missiles", "quantities")]
    assert document.errors == ()


def test_quantities_serialise_with_every_field() -> None:
    document = PIPELINE.extract("Nearly 40 trucks crossed.")
    (entry,) = document.to_dict()["quantities"]
    assert entry == {
        "start": 0,
        "end": 9,
        "text": "Nearly 40",
        "plugin": "quantities",
        "value": 40,
        "low": None,
        "high": 40,
        "qualifier": "nearly",
        "unit": None,
        "item": "trucks",
        "item_start": 10,
        "item_end": 16,
        "kind": "count",
        "role": None,
    }


@pytest.mark.parametrize("name", LEXICONS)
def test_every_lexicon_is_bundled(name: str) -> None:
    assert read_bundled_lexicon(name), f"data/{name}.tsv is missing or empty"


class _Extras:
    """A plugin that teaches the quantities plugin a unit, a currency and a bound."""

    @staticmethod
    def geoevents_lexicon_entries(name: str) -> dict[str, str] | None:
        extra = {
            "units": {"furlong": "fur"},
            "currencies": {"bitcoin": "XBT"},
            "quantity_bounds": {"upward of": "more_than"},
            "quantity_identifiers": {"brigade": ""},
        }
        return extra.get(name)


EXTENDED = [
    pytest.param("The horse ran 8 furlongs.", ("8 furlongs", "measure", "fur"), id="unit"),
    pytest.param("He paid 3 bitcoins.", ("3 bitcoins", "money", "XBT"), id="currency"),
    pytest.param("Upward of 90 ships came.", ("Upward of 90", "count", None), id="bound"),
]


@pytest.mark.parametrize(("text", "expected"), EXTENDED)
def test_lexicons_extend_from_another_plugin(text: str, expected: tuple[object, ...]) -> None:
    pipeline = plugin_pipeline(quantities_plugin, _Extras())
    (quantity,) = pipeline.extract(text).quantities
    assert (quantity.text, quantity.kind, quantity.unit) == expected


def test_identifiers_extend_from_another_plugin() -> None:
    pipeline = plugin_pipeline(quantities_plugin, _Extras())
    assert pipeline.extract("The brigade 43 was sent.").quantities == ()


PATHOLOGICAL = [
    pytest.param("7" * 100_000, [], id="a-hundred-thousand-digits"),
    pytest.param("," * 100_000, [], id="a-hundred-thousand-commas"),
    pytest.param("1" + ",000" * 20_000, [], id="twenty-thousand-comma-groups"),
    pytest.param("1." * 20_000, [], id="dotted-digits"),
    pytest.param("1/" * 20_000, [], id="slashed-digits"),
    pytest.param("$" * 50_000, [], id="dollar-signs"),
    pytest.param("killed " * 20_000, [], id="long-line-without-numbers"),
]


@pytest.mark.parametrize(("text", "expected"), PATHOLOGICAL)
def test_pathological_inputs(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quantities(Document(text=text), CONTEXT)] == expected


def test_a_long_line_of_counts_is_read_whole() -> None:
    text = "Crews found 12 boats and " * 2_000
    quantities = find_quantities(Document(text=text), CONTEXT)
    assert len(quantities) == 2_000
    assert {q.item for q in quantities} == {"boats"}
