"""Serialisation: the contract's shape, exact round trips, plugin-defined layers."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import geoevents
from geoevents import (
    Anchor,
    Document,
    Event,
    Mention,
    Participant,
    Place,
    PluginError,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)
from geoevents.serialize import SCHEMA_VERSION, document_from_dict

TEXT = "Moscow fired more than 800 drones on Sunday. “We will respond,” Zelenskiy said."


@attrs.frozen(kw_only=True)
class Vehicle(Mention):
    """A plugin-defined mention type, as a third-party plugin would write one."""

    layer: ClassVar[str] = "vehicles"

    model: str
    wheels: tuple[int, ...] = ()


def full_document() -> Document:
    quantity = Quantity(
        start=13,
        end=26,
        text="more than 800",
        plugin="quantities",
        value=800,
        low=800,
        qualifier="more_than",
        item="drones",
        item_start=27,
        item_end=33,
    )
    quote = Quote(
        start=46,
        end=61,
        text="We will respond",
        plugin="quotes",
        speaker="Volodymyr Zelenskiy",
        speaker_start=64,
        speaker_end=73,
        cue="said",
    )
    date = TimeExpression(
        start=34, end=43, text="on Sunday", plugin="dates", value="2025-09-07", granularity="day"
    )
    event = Event(
        type="ASSAULT",
        mode="drone",
        trigger=Anchor(start=7, end=12, text="fired"),
        sentence=Span(start=0, end=44),
        actor=[Participant(name="Russia", country="RUS", kind="country", start=0, end=6)],
        location=Place(name="Ukraine", country="UKR", lat=49.0, lon=32.0),
        date="2025-09-07",
        quantities=[0],
        plugin="events",
    )
    return Document(
        text=TEXT,
        published=dt.date(2025, 9, 8),
        id="doc-1",
        mentions={
            "quantities": [quantity],
            "quotes": [quote],
            "dates": [date],
            "vehicles": [
                Vehicle(start=0, end=6, text="Moscow", plugin="v", model="x", wheels=(4,))
            ],
        },
        events=[event],
        errors=[PluginError(plugin="broken", phase="extract_mentions", type="E", message="boom")],
    )


def test_to_dict_has_the_contract_shape() -> None:
    data = full_document().to_dict()
    assert list(data) == [
        "schema_version",
        "id",
        "published",
        "text",
        "quantities",
        "quotes",
        "dates",
        "actors",
        "locations",
        "vehicles",
        "events",
        "errors",
    ]
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["published"] == "2025-09-08"
    assert data["quantities"][0] == {
        "start": 13,
        "end": 26,
        "text": "more than 800",
        "plugin": "quantities",
        "value": 800,
        "low": 800,
        "high": None,
        "qualifier": "more_than",
        "unit": None,
        "item": "drones",
        "item_start": 27,
        "item_end": 33,
        "kind": "count",
        "role": None,
    }
    event = data["events"][0]
    assert event["trigger"] == {"start": 7, "end": 12, "text": "fired"}
    assert event["actor"] == [
        {"name": "Russia", "country": "RUS", "kind": "country", "start": 0, "end": 6}
    ]
    assert event["recipient"] == []
    assert event["quantities"] == [0]
    assert data["vehicles"][0]["wheels"] == [4]
    assert data["errors"] == [
        {"plugin": "broken", "phase": "extract_mentions", "type": "E", "message": "boom"}
    ]


def test_every_mention_text_is_the_documents_text_at_its_offsets() -> None:
    data = full_document().to_dict()
    for layer in ("quantities", "quotes", "dates", "vehicles"):
        for mention in data[layer]:
            assert data["text"][mention["start"] : mention["end"]] == mention["text"]


def test_round_trip_through_json_is_exact() -> None:
    doc = full_document()
    rebuilt = document_from_dict(json.loads(doc.to_json()), mention_types=[Vehicle])
    assert rebuilt == doc
    assert rebuilt.to_dict() == doc.to_dict()


def test_empty_document_has_every_core_layer() -> None:
    data = Document(text="").to_dict()
    assert data["quantities"] == data["events"] == data["errors"] == []
    assert geoevents.from_dict(data) == Document(text="")


def test_json_keeps_non_ascii_text() -> None:
    assert "“We will respond,”" in full_document().to_json()


def test_to_json_indent() -> None:
    assert full_document().to_json(indent=2).startswith('{\n  "schema_version": 1')


BAD_DICTS: list[tuple[str, Any, type[Exception], str]] = [
    ("not a dict", [], TypeError, "expected a dict"),
    (
        "future schema",
        {"schema_version": 2, "text": ""},
        ValueError,
        "cannot read schema_version 2",
    ),
    ("no schema", {"text": ""}, ValueError, "cannot read schema_version None"),
    ("no text", {"schema_version": 1}, ValueError, "has no 'text'"),
    (
        "unknown layer",
        {"schema_version": 1, "text": "ab", "gadgets": [{"start": 0, "end": 1, "text": "a"}]},
        ValueError,
        "unknown layer 'gadgets'",
    ),
    (
        "unknown mention field",
        {
            "schema_version": 1,
            "text": "5",
            "quantities": [{"start": 0, "end": 1, "text": "5", "x": 1}],
        },
        ValueError,
        "unknown Quantity fields: x",
    ),
    (
        "mention that is not a dict",
        {"schema_version": 1, "text": "5", "quantities": [5]},
        ValueError,
        "must be a dict",
    ),
]


@pytest.mark.parametrize(
    ("why", "data", "error", "message"), BAD_DICTS, ids=[case[0] for case in BAD_DICTS]
)
def test_from_dict_rejects_what_it_cannot_read(
    why: str, data: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        document_from_dict(data, mention_types=[])


def test_an_empty_layer_of_an_unknown_kind_is_skipped() -> None:
    data = {"schema_version": 1, "text": "ab", "gadgets": []}
    assert document_from_dict(data) == Document(text="ab")


def test_a_plugin_layer_without_its_type_is_reported() -> None:
    data = full_document().to_dict()
    with pytest.raises(ValueError, match="unknown layer 'vehicles'"):
        document_from_dict(data, mention_types=[])


numbers = st.one_of(
    st.none(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(max_size=60))
    spans = st.tuples(
        st.integers(min_value=0, max_value=len(text)), st.integers(min_value=0, max_value=len(text))
    ).map(sorted)
    quantities = []
    for start, end in draw(st.lists(spans, max_size=4)):
        quantities.append(
            Quantity(
                start=start,
                end=end,
                text=text[start:end],
                plugin=draw(st.sampled_from(["quantities", "x"])),
                value=draw(numbers),
                low=draw(numbers),
                qualifier=draw(st.sampled_from(["exact", "about", "range", "vague"])),
                unit=draw(st.none() | st.sampled_from(["USD", "%", "km"])),
                item=draw(st.none() | st.text(max_size=8)),
            )
        )
    published = draw(st.none() | st.dates())
    return Document(
        text=text,
        published=published,
        id=draw(st.none() | st.text(max_size=5)),
        mentions={"quantities": quantities},
    )


@given(documents())
def test_any_document_round_trips(document: Document) -> None:
    assert document_from_dict(json.loads(document.to_json()), mention_types=[]) == document


def test_from_dict_defaults_to_the_installed_plugins_types() -> None:
    """The example plugin (installed by `make test`) declares the 'weapons' layer."""
    weapons = pytest.importorskip("geoevents_weapons")
    doc = Document(
        text="HIMARS",
        mentions={
            "weapons": [
                weapons.Weapon(
                    start=0, end=6, text="HIMARS", name="HIMARS", category="artillery", plugin="w"
                )
            ]
        },
    )
    assert geoevents.from_dict(doc.to_dict()) == doc


class VehicleSpotter:
    """An in-process plugin with a layer of its own (``vehicles``)."""

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
        return [Vehicle]

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> list[Vehicle]:
        start = document.text.find("tank")
        if start < 0:
            return []
        return [Vehicle(start=start, end=start + 4, text="tank", model="tank")]


def test_a_pipeline_reads_back_the_layers_of_its_in_process_plugins() -> None:
    pipeline = geoevents.Pipeline(plugins=[], extra=[VehicleSpotter()])
    doc = pipeline.extract("A tank crossed the river.")
    assert [v.text for v in doc.layer("vehicles")] == ["tank"]
    assert pipeline.from_dict(doc.to_dict()) == doc
    assert pipeline.from_dict(json.loads(doc.to_json())) == doc


def test_the_top_level_from_dict_points_to_the_pipeline_for_in_process_layers() -> None:
    doc = geoevents.Pipeline(plugins=[], extra=[VehicleSpotter()]).extract("A tank crossed.")
    with pytest.raises(ValueError, match=r"unknown layer 'vehicles'.*pipeline\.from_dict"):
        geoevents.from_dict(doc.to_dict())
