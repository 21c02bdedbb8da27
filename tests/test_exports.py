"""Flat rows, CSV, GeoJSON and DataFrames, from real output of the bundled plugins."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.test_cli import run

import geoevents
from geoevents import exports
from geoevents.model import EVENT_TYPES, Anchor, Document, Event, Location, Mention, Quantity, Span

STORIES = [
    {
        "id": "a",
        "published": "2025-10-13",
        "text": "Russian drones struck Odesa on Monday, killing three people, the governor said.",
    },
    {
        "id": "b",
        "published": "2025-10-14",
        "text": "“We will rebuild,” the mayor of Kharkiv said on Tuesday after 40 homes burned.",
    },
    {"id": "c", "published": "2025-10-14", "text": "Nothing here."},
]
LAYERS = ["quantities", "quotes", "dates", "actors", "locations", "events"]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return list(geoevents.Pipeline().extract_many(STORIES))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "stories.jsonl"
    path.write_text("".join(json.dumps(story) + "\n" for story in STORIES), encoding="utf-8")
    return path


def items(document: Document, layer: str) -> Sequence[Mention | Event]:
    return document.events if layer == "events" else document.layer(layer)


@pytest.mark.parametrize(
    ("layer", "expected"),
    [
        ("quantities", ["value", "item", "item_start"]),
        ("quotes", ["speaker", "speaker_start", "cue"]),
        ("dates", ["value", "granularity"]),
        ("actors", ["name", "kind", "country"]),
        ("locations", ["lat", "lon", "geonameid"]),
        # records inside an event are spread into prefixed columns; lists stay one column
        ("events", ["trigger_start", "trigger_text", "location_lat", "actor", "quantities"]),
    ],
)
def test_the_columns_come_from_the_layers_class(layer: str, expected: list[str]) -> None:
    names = exports.columns(layer)
    assert names[:2] == ["document_id", "published"]
    assert set(expected) <= set(names)
    assert len(names) == len(set(names))


def test_a_plugins_layer_takes_its_columns_from_its_class() -> None:
    weapon = pytest.importorskip("geoevents_weapons").Weapon
    assert "category" in exports.columns("weapons", weapon)
    assert exports.columns("weapons") == [
        "document_id",
        "published",
        "start",
        "end",
        "text",
        "plugin",
    ]


@pytest.mark.parametrize("layer", LAYERS)
def test_mention_rows_give_every_mention_with_its_document(
    documents: list[Document], layer: str
) -> None:
    found = 0
    for document in documents:
        rows = exports.mention_rows(document, layer)
        assert len(rows) == len(items(document, layer))
        for row in rows:
            assert row["document_id"] == document.id
            assert set(row) <= set(exports.columns(layer))
            if layer != "events":
                assert document.text[row["start"] : row["end"]] == row["text"]
        found += len(rows)
    assert found, f"the stories have no {layer}: the test would check nothing"


@pytest.mark.parametrize("layer", LAYERS)
def test_csv_from_the_command_line_has_one_row_per_mention(
    corpus: Path, documents: list[Document], layer: str
) -> None:
    result = run("extract", str(corpus), "--format", "csv", "--layer", layer)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == exports.columns(layer)
    expected = [
        (document.id, mention.to_dict())
        for document in documents
        for mention in items(document, layer)
    ]
    assert len(rows) == len(expected)
    for row, (document_id, mention) in zip(rows, expected, strict=True):
        assert row["document_id"] == document_id
        assert row["plugin"] == mention["plugin"]
        if layer != "events":
            assert (int(row["start"]), int(row["end"]), row["text"]) == (
                mention["start"],
                mention["end"],
                mention["text"],
            )


def test_csv_cells_hold_json_lists_empty_nones_and_lowercase_flags(corpus: Path) -> None:
    result = run("extract", str(corpus), "--format", "csv", "--layer", "events")
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert isinstance(json.loads(row["recipient"]), list)
    assert row["negated"] in ("true", "false")
    assert "None" not in result.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "csv"], "--format csv needs --layer, one of: quantities"),
        (["--format", "csv", "--layer", "casualties"], "no layer 'casualties'"),
        (["--layer", "quantities"], "--layer goes with --format csv"),
    ],
)
def test_csv_layer_mistakes_are_usage_errors(
    corpus: Path, arguments: list[str], message: str
) -> None:
    result = run("extract", str(corpus), *arguments)
    assert result.returncode == 2
    assert message in result.stderr


def test_csv_of_a_plugins_layer(tmp_path: Path) -> None:
    pytest.importorskip("geoevents_weapons")
    article = tmp_path / "a.txt"
    article.write_text("Ukraine asked for HIMARS launchers on Friday.\n", encoding="utf-8")
    result = run("extract", str(article), "--format", "csv", "--layer", "weapons")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(row["text"], row["category"]) for row in rows] == [("HIMARS", "artillery")]


def test_geojson_has_a_point_per_located_location_and_event(
    corpus: Path, documents: list[Document]
) -> None:
    result = run("extract", str(corpus), "--format", "geojson")
    assert result.returncode == 0, result.stderr
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    located = [
        ("locations", loc.lat, loc.lon)
        for doc in documents
        for loc in doc.locations
        if loc.lat is not None
    ] + [
        ("events", event.location.lat, event.location.lon)
        for doc in documents
        for event in doc.events
        if event.location is not None and event.location.lat is not None
    ]
    assert located, "the stories have no located mention: the test would check nothing"
    features = collection["features"]
    assert [
        (f["properties"]["layer"], *reversed(f["geometry"]["coordinates"])) for f in features
    ] == located
    assert {f["properties"]["document_id"] for f in features} <= {"a", "b"}


def test_geojson_without_places_is_an_empty_collection(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Nothing here.\n", encoding="utf-8")
    result = run("extract", str(article), "--format", "geojson")
    assert json.loads(result.stdout) == {"type": "FeatureCollection", "features": []}


def test_geojson_leaves_out_places_without_coordinates() -> None:
    unplaced = Location(start=0, end=4, text="Zork", plugin="t", name="Zork")
    out = io.StringIO()
    with exports.GeoJSONWriter(out) as geojson:
        geojson.write_document(Document(text="Zork", mentions={"locations": [unplaced]}))
    assert json.loads(out.getvalue())["features"] == []


def test_csv_and_geojson_can_go_to_a_file(corpus: Path, tmp_path: Path) -> None:
    for form, extra in (("csv", ["--layer", "dates"]), ("geojson", [])):
        target = tmp_path / f"out.{form}"
        result = run("extract", str(corpus), "--format", form, *extra, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert result.stdout == ""
        assert target.read_text(encoding="utf-8").startswith(
            "document_id" if form == "csv" else '{"type": "FeatureCollection"'
        )


@pytest.mark.parametrize("layer", LAYERS)
def test_to_dataframe_has_the_rows_and_columns_of_the_layer(
    documents: list[Document], layer: str
) -> None:
    pytest.importorskip("pandas")
    frame = geoevents.to_dataframe(documents, layer=layer)
    assert list(frame.columns) == exports.columns(layer)
    assert len(frame) == sum(len(items(document, layer)) for document in documents)
    assert set(frame["document_id"]) <= {"a", "b", "c"}


def test_to_dataframe_reads_a_plugins_layer_from_its_mentions() -> None:
    pytest.importorskip("pandas")
    weapon = pytest.importorskip("geoevents_weapons").Weapon
    pipeline = geoevents.Pipeline(plugins=["weapons"])
    frame = geoevents.to_dataframe([pipeline.extract("They sent HIMARS.")], layer="weapons")
    assert list(frame.columns) == exports.columns("weapons", weapon)
    assert frame["text"].tolist() == ["HIMARS"]


def test_to_dataframe_of_an_empty_stream_has_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = geoevents.to_dataframe([], layer="quantities")
    assert frame.empty
    assert list(frame.columns) == exports.columns("quantities")


def test_to_dataframe_names_the_extra_when_pandas_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    document = Document(text="9", mentions={"quantities": [Quantity(start=0, end=1, text="9")]})
    with pytest.raises(ImportError, match=r"pip install 'geoevents\[pandas\]'"):
        geoevents.to_dataframe([document])


def test_plover_lines_are_the_documents_plover_records(
    corpus: Path, documents: list[Document]
) -> None:
    result = run("extract", str(corpus), "--format", "plover")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [record for document in documents for record in document.to_plover()]
    assert expected, "the stories have no events: the test would check nothing"
    assert records == expected
    assert {record["event_type"] for record in records} <= EVENT_TYPES


def test_an_event_without_a_location_has_empty_location_columns() -> None:
    trigger = Anchor(start=0, end=7, text="Protest")
    event = Event(type="PROTEST", trigger=trigger, sentence=Span(start=0, end=7))
    (row,) = exports.mention_rows(Document(text="Protest", events=[event]), "events")
    assert list(row) == exports.columns("events")
    assert row["location_name"] is None
    assert row["location_lat"] is None
