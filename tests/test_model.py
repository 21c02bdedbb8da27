"""The data model: validation, immutability, and the Document's accessors."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoevents import (
    Anchor,
    Document,
    Event,
    Participant,
    PluginError,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)
from geoevents.model import MentionMap

INVALID = [
    ("negative start", lambda: Span(start=-1, end=3), ValueError, "must not be negative"),
    ("end before start", lambda: Span(start=5, end=3), ValueError, "end (3) is before start (5)"),
    (
        "float offset",
        lambda: Span(start=1.0, end=3),  # type: ignore[arg-type]
        TypeError,
        "start must be an int",
    ),
    ("bool offset", lambda: Span(start=True, end=3), TypeError, "start must be an int"),
    (
        "mention with inverted offsets",
        lambda: Quantity(start=9, end=2, text="x"),
        ValueError,
        "before start",
    ),
    (
        "unknown qualifier",
        lambda: Quantity(start=0, end=1, text="5", qualifier="lots"),
        ValueError,
        "qualifier must be one of",
    ),
    (
        "unknown quantity kind",
        lambda: Quantity(start=0, end=1, text="5", kind="weight"),
        ValueError,
        "kind must be one of",
    ),
    (
        "item start without end",
        lambda: Quantity(start=0, end=1, text="5", item_start=2),
        ValueError,
        "give both start and end",
    ),
    (
        "inverted speaker offsets",
        lambda: Quote(start=0, end=1, text="x", speaker_start=9, speaker_end=3),
        ValueError,
        "before start",
    ),
    (
        "unknown date modifier",
        lambda: TimeExpression(start=0, end=1, text="x", mod="LATE"),
        ValueError,
        "mod must be one of",
    ),
    (
        "unknown event type",
        lambda: Event(
            type="ATTACK", trigger=Anchor(start=0, end=1, text="x"), sentence=Span(start=0, end=1)
        ),
        ValueError,
        "type must be one of",
    ),
    (
        "event actor that is not a Participant",
        lambda: Event(
            type="ASSAULT",
            trigger=Anchor(start=0, end=1, text="x"),
            sentence=Span(start=0, end=1),
            actor=["Russia"],  # type: ignore[list-item]
        ),
        TypeError,
        "'actor' must be",
    ),
    (
        "published as a datetime",
        lambda: Document(text="x", published=dt.datetime(2025, 9, 8)),
        TypeError,
        "published must be a datetime.date",
    ),
    (
        "text that is not a str",
        lambda: Document(text=b"x"),  # type: ignore[arg-type]
        TypeError,
        "'text' must be",
    ),
]


@pytest.mark.parametrize(
    ("why", "build", "error", "message"), INVALID, ids=[case[0] for case in INVALID]
)
def test_invalid_values_are_rejected(why: str, build: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        build()  # type: ignore[operator]


def test_mentions_are_frozen_and_keyword_only() -> None:
    quantity = Quantity(start=0, end=2, text="13", value=13)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quantity.value = 14  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quantity(0, 2, "13")  # type: ignore[call-arg]
    assert attrs.evolve(quantity, value=14).value == 14


def test_mentions_declare_their_layer() -> None:
    assert [cls.layer for cls in (Quantity, Quote, TimeExpression)] == [
        "quantities",
        "quotes",
        "dates",
    ]


def test_document_accessors_return_each_layer() -> None:
    quantity = Quantity(start=0, end=2, text="13", value=13, plugin="p")
    quote = Quote(start=4, end=6, text="go", plugin="p")
    doc = Document(text="13 “go”", mentions={"quantities": [quantity], "quotes": [quote]})
    assert doc.quantities == (quantity,)
    assert doc.quotes == (quote,)
    assert doc.dates == ()
    assert doc.layer("weapons") == ()
    assert list(doc.iter_mentions()) == [quantity, quote]


def test_a_layer_holding_the_wrong_type_is_reported() -> None:
    doc = Document(text="13", mentions={"quantities": [Quote(start=0, end=2, text="13")]})
    with pytest.raises(TypeError, match="layer 'quantities' holds a Quote"):
        _ = doc.quantities


def test_documents_are_values() -> None:
    def build() -> Document:
        return Document(
            text="13",
            published=dt.date(2025, 9, 8),
            mentions={"quantities": [Quantity(start=0, end=2, text="13", value=13)]},
            errors=[PluginError(plugin="p", phase="extract_mentions", type="E", message="m")],
        )

    assert build() == build()
    assert hash(build()) == hash(build())
    assert len({build(), build()}) == 1


def test_mention_map_is_an_immutable_mapping() -> None:
    mentions = MentionMap({"quantities": [Quantity(start=0, end=1, text="5")]})
    assert list(mentions) == ["quantities"]
    assert isinstance(mentions["quantities"], tuple)
    with pytest.raises(TypeError):
        mentions["quotes"] = ()  # type: ignore[index]


def test_participant_offsets_are_checked() -> None:
    with pytest.raises(ValueError, match="give both start and end"):
        Participant(name="Russia", start=3)


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10_000))
def test_span_accepts_exactly_the_ordered_pairs(start: int, end: int) -> None:
    if end >= start:
        span = Span(start=start, end=end)
        assert span.contains(span)
        assert span.overlaps(span) == (end > start)
    else:
        with pytest.raises(ValueError, match="before start"):
            Span(start=start, end=end)


OVERLAPS = [
    ("disjoint", (0, 3), (3, 6), False),
    ("shared character", (0, 4), (3, 6), True),
    ("nested", (0, 10), (3, 6), True),
    ("empty span overlaps nothing", (3, 3), (0, 6), False),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), OVERLAPS, ids=[c[0] for c in OVERLAPS])
def test_span_overlap(why: str, a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    first, second = Span(start=a[0], end=a[1]), Span(start=b[0], end=b[1])
    assert first.overlaps(second) is expected
    assert second.overlaps(first) is expected


def test_to_json_escapes_a_lone_surrogate_so_that_it_encodes_and_reads_back() -> None:
    document = Document(text="torn \ud800 text")
    written = document.to_json()
    written.encode("utf-8")  # raised UnicodeEncodeError before
    assert json.loads(written)["text"] == "torn \ud800 text"
