"""Documents as flat rows, CSV, GeoJSON and pandas DataFrames: one row per mention.

A row holds the document's ``document_id`` and ``published`` date, then the mention's fields
under their output-contract names. A field that holds a record of its own (an event's
``trigger``, ``sentence`` or ``location``) is spread into ``trigger_start``,
``location_lat``...; a field that holds a list (an event's ``actor``, ``recipient``,
``quantities``) stays a list, written as JSON in a CSV cell.

>>> import datetime as dt
>>> from geoevents.model import Document, Quantity
>>> doc = Document(text="9 drones", id="a", published=dt.date(2025, 5, 3),
...                mentions={"quantities": [Quantity(start=0, end=1, text="9", plugin="q",
...                                                  value=9, item="drones")]})
>>> row = mention_rows(doc, "quantities")[0]
>>> row["document_id"], row["published"], row["value"], row["item"]
('a', '2025-05-03', 9, 'drones')
"""

from __future__ import annotations

import csv
import functools
import json
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from geoevents.model import CORE_MENTION_TYPES, Document, Event, Mention

if TYPE_CHECKING:
    import pandas

__all__ = [
    "EVENTS",
    "GeoJSONWriter",
    "columns",
    "mention_rows",
    "to_dataframe",
    "write_csv",
]

EVENTS = "events"
"""The layer name that selects a document's events (they are not mentions)."""

_DOCUMENT_COLUMNS = ("document_id", "published")
_CORE = {cls.layer: cls for cls in CORE_MENTION_TYPES}
_POINTS = (("locations", "lat", "lon"), (EVENTS, "location_lat", "location_lon"))


def columns(layer: str, mention_type: type[Mention] | None = None) -> list[str]:
    """The columns of ``layer``'s rows, in order, from the class of its mentions.

    The built-in layers and ``"events"`` are known; a plugin's layer takes ``mention_type``,
    and without it has the columns every mention has.

    >>> columns("locations")[:6]
    ['document_id', 'published', 'start', 'end', 'text', 'plugin']
    >>> columns("weapons")
    ['document_id', 'published', 'start', 'end', 'text', 'plugin']
    """
    cls: type[Any] = Event if layer == EVENTS else (mention_type or _CORE.get(layer, Mention))
    return [*_DOCUMENT_COLUMNS, *_field_columns(cls, "")]


def _field_columns(cls: type[Any], prefix: str) -> Iterator[str]:
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError):  # a plugin's class whose annotations do not resolve
        hints = {}
    for field in attrs.fields(cls):
        nested = _record_class(hints.get(field.name))
        if nested is None:
            yield prefix + field.name
        else:
            yield from _field_columns(nested, f"{prefix}{field.name}_")


def _record_class(hint: Any) -> type[Any] | None:
    """The attrs class a field holds, alone or with None; None for anything else."""
    if isinstance(hint, type) and attrs.has(hint):
        return hint
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        records = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(records) == 1:
            return _record_class(records[0])
    return None


def mention_rows(document: Document, layer: str) -> list[dict[str, Any]]:
    """One flat dict per mention of ``layer`` (``"events"`` for the events), in text order.

    Every row has the keys of :func:`columns` for its mention's class, in that order: a
    record that is missing (an event without a location) gives None in each of its columns.
    """
    items: Iterable[Mention | Event] = document.events if layer == EVENTS else document.layer(layer)
    head = {
        "document_id": document.id,
        "published": document.published.isoformat() if document.published else None,
    }
    rows = []
    names_of: dict[type[Any], tuple[str, ...]] = {}
    for item in items:
        flat = dict(head)
        _spread(item.to_dict(), "", flat)
        cls = type(item)
        if cls not in names_of:
            names_of[cls] = tuple(columns(layer, cls if issubclass(cls, Mention) else None))
        names = names_of[cls]
        row = {name: flat.get(name) for name in names}
        for name, value in flat.items():  # fields a plugin's class adds past its annotations
            if name not in row and not (value is None and f"{name}_" in _prefixes(names)):
                row[name] = value
        rows.append(row)
    return rows


@functools.lru_cache(maxsize=64)
def _prefixes(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name[: i + 1] for name in names for i, c in enumerate(name) if c == "_")


def _spread(values: Mapping[str, Any], prefix: str, row: dict[str, Any]) -> None:
    for name, value in values.items():
        if isinstance(value, Mapping):
            _spread(value, f"{prefix}{name}_", row)
        else:
            row[prefix + name] = value


def _mention_type(documents: list[Document], layer: str) -> type[Mention] | None:
    for document in documents:
        mentions = document.layer(layer)
        if mentions:
            return type(mentions[0])
    return None


def to_dataframe(
    documents: Iterable[Document],
    layer: str = "quantities",
    *,
    mention_type: type[Mention] | None = None,
) -> pandas.DataFrame:
    """A pandas DataFrame with one row per mention of ``layer`` across ``documents``.

    Needs pandas (``pip install 'geoevents[pandas]'``). The columns are those of
    :func:`columns`; a plugin's layer takes its class from the first mention found, or from
    ``mention_type`` when no document has one.

    :raises ImportError: pandas is not installed.
    """
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "geoevents.to_dataframe needs pandas: pip install 'geoevents[pandas]'"
        ) from None
    collected = list(documents)
    if layer != EVENTS and mention_type is None:
        mention_type = _mention_type(collected, layer)
    rows = [row for document in collected for row in mention_rows(document, layer)]
    return pandas.DataFrame(rows, columns=columns(layer, mention_type))


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_csv(documents: Iterable[Document], layer: str, names: list[str], out: TextIO) -> int:
    """Write a header, then one CSV row per mention of ``layer``; returns the documents read.

    ``names`` are the columns (from :func:`columns`); a missing value is an empty cell, a
    list is JSON, a flag is ``true`` or ``false``. Rows are written as each document comes.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    count = 0
    for document in documents:
        count += 1
        for row in mention_rows(document, layer):
            writer.writerow([_cell(row.get(name)) for name in names])
    return count


class GeoJSONWriter:
    """Writes one GeoJSON FeatureCollection, a feature at a time: memory stays flat.

    Each located mention is a ``Point`` feature: a location at its coordinates, an event at
    its location's. The properties are the mention's row (see :func:`mention_rows`) with a
    ``layer`` of ``"locations"`` or ``"events"``. Mentions without coordinates are left out.

    >>> import io
    >>> from geoevents.model import Document, Location
    >>> doc = Document(text="Goma", id="a", mentions={"locations": [Location(
    ...     start=0, end=4, text="Goma", plugin="locations", name="Goma", lat=-1.68, lon=29.22)]})
    >>> out = io.StringIO()
    >>> with GeoJSONWriter(out) as geojson:
    ...     geojson.write_document(doc)
    >>> json.loads(out.getvalue())["features"][0]["geometry"]
    {'type': 'Point', 'coordinates': [29.22, -1.68]}
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._features = 0

    def __enter__(self) -> GeoJSONWriter:
        self._out.write('{"type": "FeatureCollection", "features": [')
        return self

    def __exit__(self, *_exc: object) -> None:
        self._out.write("\n]}\n" if self._features else "]}\n")

    def write_document(self, document: Document) -> None:
        """Add the features of ``document``'s locations and events."""
        for layer, lat, lon in _POINTS:
            for row in mention_rows(document, layer):
                if row.get(lat) is None or row.get(lon) is None:
                    continue
                feature = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [row[lon], row[lat]]},
                    "properties": {"layer": layer, **row},
                }
                self._out.write("," if self._features else "")
                self._out.write("\n" + json.dumps(feature, ensure_ascii=False))
                self._features += 1
