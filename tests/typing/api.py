"""Type-checked uses of the public API: mypy --strict checks this file, pytest does not run it.

If a change to the API breaks the types users rely on, mypy fails here.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

import geoevents
from geoevents.testing import plugin_pipeline


def reading_a_document() -> None:
    doc: geoevents.Document = geoevents.extract("text", published=dt.date(2025, 9, 8))
    values: list[float | int | None] = [q.value for q in doc.quantities]
    speakers: list[str | None] = [q.speaker for q in doc.quotes]
    dates: list[str | None] = [d.value for d in doc.dates]
    names: list[str] = [a.name for a in doc.actors] + [place.name for place in doc.locations]
    event_types: list[str] = [e.type for e in doc.events]
    as_dict: dict[str, object] = doc.to_dict()
    same: geoevents.Document = geoevents.from_dict(as_dict)
    del values, speakers, dates, names, event_types, same


def batch() -> None:
    pipe = geoevents.Pipeline(exclude=["quotes"], settings={"dates.day_first": True})
    for doc in pipe.extract_many(["a", {"text": "b", "published": "2025-09-08", "id": "x"}]):
        print(doc.id, doc.to_json(indent=2))


@attrs.frozen(kw_only=True)
class Ship(geoevents.Mention):
    """A plugin's own mention type."""

    layer: ClassVar[str] = "ships"
    name: str


class ShipPlugin:
    """An in-process plugin."""

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
        return [Ship]

    @geoevents.hookimpl
    def geoevents_extract_mentions(
        self, document: geoevents.Document, context: geoevents.Context
    ) -> list[Ship]:
        start = document.text.find("Moskva")
        if start < 0:
            return []
        return [Ship(start=start, end=start + 6, text="Moskva", name="Moskva")]


def typed_plugin_layer() -> None:
    doc = plugin_pipeline(ShipPlugin()).extract("The Moskva sank.")
    ships: tuple[Ship, ...] = doc.layer("ships", Ship)
    print([ship.name for ship in ships])
