"""The pipeline: phases, failure isolation, validation of plugin output, inputs and batches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

import geoevents
from geoevents import Anchor, Document, Event, PluginWarning, Quantity, Quote, Span
from geoevents.manager import PluginManager
from geoevents.pipeline import Pipeline, RecordWarning, parse_published
from geoevents.testing import plugin_pipeline


class Digits:
    """Finds single digits."""

    name = "digits"

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> Iterator[Quantity]:
        for index, char in enumerate(document.text):
            if char.isdigit():
                yield Quantity(start=index, end=index + 1, text=char, value=int(char))


class Exploding:
    """Raises on every document."""

    name = "exploding"

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> list[Quantity]:
        raise RuntimeError("out of coffee")


class Misplaced:
    """Returns one good mention and one whose text is not at its offsets."""

    name = "misplaced"

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> list[Quote]:
        return [
            Quote(start=0, end=1, text=document.text[0:1], kind="partial"),
            Quote(start=0, end=3, text="zzz", kind="partial"),
        ]


class Counter:
    """Builds one event per document from the quantities phase 1 found."""

    name = "counter"

    @geoevents.hookimpl
    def geoevents_build_events(self, document: Document) -> list[Event]:
        if not document.quantities:
            return []
        first = document.quantities[0]
        return [
            Event(
                type="ASSAULT",
                trigger=Anchor(start=first.start, end=first.end, text=first.text),
                sentence=Span(start=0, end=len(document.text)),
                quantities=range(len(document.quantities)),
            )
        ]


def manager_with(*plugins: object) -> PluginManager:
    manager = PluginManager()
    for plugin in plugins:
        manager.register(plugin)
    return manager


def test_mentions_are_collected_sorted_and_stamped_with_the_plugin() -> None:
    doc = plugin_pipeline(Digits()).extract("a 3 b 1")
    assert [(q.text, q.start, q.plugin) for q in doc.quantities] == [
        ("3", 2, "digits"),
        ("1", 6, "digits"),
    ]


def test_phase_two_sees_phase_one_mentions() -> None:
    doc = plugin_pipeline(Digits(), Counter()).extract("fired 4 and 5")
    (event,) = doc.events
    assert event.quantities == (0, 1)
    assert event.plugin == "counter"


def test_a_failing_plugin_is_recorded_and_the_others_results_kept() -> None:
    pipeline = Pipeline(manager=manager_with(Exploding(), Digits()))
    with pytest.warns(PluginWarning, match="plugin 'exploding' failed in extract_mentions.*coffee"):
        doc = pipeline.extract("7 drones")
    assert [q.text for q in doc.quantities] == ["7"]
    (error,) = doc.errors
    assert (error.plugin, error.phase, error.type, error.message) == (
        "exploding",
        "extract_mentions",
        "RuntimeError",
        "out of coffee",
    )


def test_strict_mode_reraises_the_plugins_exception() -> None:
    pipeline = Pipeline(manager=manager_with(Exploding(), Digits()), strict=True)
    with pytest.raises(RuntimeError, match="out of coffee"):
        pipeline.extract("7 drones")


def test_a_mention_with_wrong_offsets_is_dropped_and_reported() -> None:
    pipeline = Pipeline(manager=manager_with(Misplaced()))
    with pytest.warns(PluginWarning, match=r"text 'zzz' is not the document's text at 0:3"):
        doc = pipeline.extract("abc")
    assert [q.text for q in doc.quotes] == ["a"]
    assert doc.errors[0].plugin == "misplaced"


def test_a_mention_past_the_end_of_the_text_is_reported() -> None:
    class PastTheEnd:
        @geoevents.hookimpl
        def geoevents_extract_mentions(self) -> list[Quantity]:
            return [Quantity(start=2, end=9, text="c")]

    with pytest.warns(PluginWarning, match="is not the document's text at 2:9"):
        doc = Pipeline(manager=manager_with(PastTheEnd())).extract("abc")
    assert doc.quantities == ()


def test_an_undeclared_mention_type_is_reported() -> None:
    import attrs

    @attrs.frozen(kw_only=True)
    class Undeclared(geoevents.Mention):
        layer = "undeclared"

    class Emits:
        @geoevents.hookimpl
        def geoevents_extract_mentions(self) -> list[geoevents.Mention]:
            return [Undeclared(start=0, end=1, text="a")]

    with pytest.warns(PluginWarning, match="no plugin declares"):
        doc = Pipeline(manager=manager_with(Emits())).extract("a")
    assert doc.layer("undeclared") == ()


def test_an_event_with_a_bad_quantity_index_is_reported() -> None:
    class BadIndex:
        @geoevents.hookimpl
        def geoevents_build_events(self) -> list[Event]:
            return [
                Event(
                    type="AID",
                    trigger=Anchor(start=0, end=1, text="a"),
                    sentence=Span(start=0, end=1),
                    quantities=[3],
                )
            ]

    with pytest.warns(PluginWarning, match=r"quantity indices \(3,\) \(there are 0\)"):
        doc = Pipeline(manager=manager_with(BadIndex())).extract("a")
    assert doc.events == ()


def test_plugins_and_exclude_choose_what_runs() -> None:
    manager = manager_with(Digits(), Misplaced())
    assert Pipeline(plugins=["digits"], manager=manager).plugins == ("digits",)
    assert Pipeline(exclude=["digits"], manager=manager).plugins == ("misplaced",)
    doc = Pipeline(plugins=["digits"], manager=manager).extract("9")
    assert doc.quotes == ()


def test_plugin_objects_and_extra_are_registered() -> None:
    manager = manager_with(Digits())
    pipeline = Pipeline(extra=[Counter()], manager=manager)
    assert pipeline.plugins == ("digits", "counter")
    assert Pipeline(plugins=[Misplaced()], manager=manager_with()).plugins == ("misplaced",)


@pytest.mark.parametrize("argument", ["plugins", "exclude"])
def test_unknown_plugin_names_are_errors(argument: str) -> None:
    kwargs: dict[str, Any] = {argument: ["nope"], "manager": manager_with(Digits())}
    with pytest.raises(ValueError, match=r"no plugin named 'nope' is loaded \(loaded: digits"):
        Pipeline(**kwargs)


PUBLISHED = [
    ("ISO date string", "2025-09-08", dt.date(2025, 9, 8)),
    ("ISO string with spaces", " 2025-09-08 ", dt.date(2025, 9, 8)),
    ("ISO datetime with Z", "2025-09-08T23:10:00Z", dt.date(2025, 9, 8)),
    ("ISO datetime with offset", "2025-09-08T23:10:00+03:00", dt.date(2025, 9, 8)),
    ("date", dt.date(2025, 9, 8), dt.date(2025, 9, 8)),
    ("datetime", dt.datetime(2025, 9, 8, 7, 30), dt.date(2025, 9, 8)),
    ("None", None, None),
]


@pytest.mark.parametrize(
    ("why", "value", "expected"), PUBLISHED, ids=[case[0] for case in PUBLISHED]
)
def test_published_accepts_dates_datetimes_and_iso_strings(
    why: str, value: object, expected: dt.date | None
) -> None:
    assert parse_published(value) == expected


BAD_PUBLISHED = [
    ("not a date", "yesterday", "cannot read 'yesterday' as an ISO date"),
    ("day out of range", "2025-02-30", "cannot read '2025-02-30'"),
    ("US order", "09/08/2025", "cannot read '09/08/2025'"),
    ("a number", 20250908, "not int 20250908"),
    ("a list", ["2025-09-08"], "not list"),
]


@pytest.mark.parametrize(
    ("why", "value", "message"), BAD_PUBLISHED, ids=[case[0] for case in BAD_PUBLISHED]
)
def test_bad_published_values_raise_value_error_naming_them(
    why: str, value: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        plugin_pipeline().extract("text", published=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [b"bytes", None, 42, ["a"]], ids=["bytes", "None", "int", "list"])
def test_text_that_is_not_a_string_raises_type_error_naming_the_type(text: object) -> None:
    with pytest.raises(TypeError, match=f"text must be a str, not {type(text).__name__}"):
        plugin_pipeline().extract(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [b"caf\xc3\xa9", bytearray(b"x")], ids=["bytes", "bytearray"])
def test_bytes_are_refused_with_a_hint_to_decode_them(text: bytes) -> None:
    with pytest.raises(TypeError, match=r"decode it first, for example text\.decode\('utf-8'\)"):
        plugin_pipeline().extract(text)  # type: ignore[arg-type]


def test_the_document_carries_published_and_id() -> None:
    doc = plugin_pipeline().extract("x", published="2025-09-08", id="a1")
    assert (doc.published, doc.id) == (dt.date(2025, 9, 8), "a1")


def test_extract_many_accepts_texts_and_records() -> None:
    pipeline = plugin_pipeline(Digits())
    docs = list(pipeline.extract_many(["1", {"text": "2", "published": "2025-09-08", "id": "b"}]))
    assert [(d.text, d.id, d.published) for d in docs] == [
        ("1", None, None),
        ("2", "b", dt.date(2025, 9, 8)),
    ]


def test_extract_many_skips_a_bad_record_and_keeps_the_rest() -> None:
    pipeline = plugin_pipeline(Digits())
    records: list[Any] = [
        {"text": "1"},
        {"id": "x"},
        {"text": "2", "published": "soon", "id": 7},
        3,
        "4",
    ]
    with pytest.warns(RecordWarning) as caught:
        docs = list(pipeline.extract_many(records))
    assert [d.text for d in docs] == ["1", "4"]
    messages = [str(w.message) for w in caught]
    assert messages[0] == "record 1 (id 'x') was skipped: the record has no 'text' field"
    assert messages[1].startswith("record 2 (id 7) was skipped: published: cannot read 'soon'")
    assert messages[2] == "record 3 was skipped: text must be a str, not int"


def test_extract_many_can_raise_or_ignore() -> None:
    pipeline = plugin_pipeline(Digits())
    records: list[Any] = [3, "5"]
    with pytest.raises(TypeError):
        list(pipeline.extract_many(records, errors="raise"))
    assert [d.text for d in pipeline.extract_many(records, errors="ignore")] == ["5"]


def test_settings_reach_the_plugins() -> None:
    seen = []

    class Reads:
        @geoevents.hookimpl
        def geoevents_extract_mentions(self, context: geoevents.Context) -> list[Quantity]:
            seen.append(context.setting("dates.day_first", True))
            return []

    plugin_pipeline(Reads(), settings={"dates.day_first": False}).extract("x")
    assert seen == [False]


def test_the_default_pipeline_runs_with_every_loaded_plugin() -> None:
    doc = geoevents.extract("Nothing to see.", published="2025-09-08")
    assert doc.text == "Nothing to see."
    assert doc.errors == ()
