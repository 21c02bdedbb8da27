"""Documents read back from the dicts and JSON of :meth:`Document.to_dict` / ``to_json``.

Writing needs nothing but the document (:meth:`~geoevents.Document.to_dict`); reading needs to
know the mention class of every layer it meets. The built-in layers are always known; the
classes of plugins' layers are passed in (:meth:`geoevents.Pipeline.from_dict` passes its
own). This module loads no plugins.

>>> from geoevents.model import Document, Quantity
>>> doc = Document(text="9 boats", mentions={"quantities": [
...     Quantity(start=0, end=1, text="9", value=9, item="boats", plugin="demo")]})
>>> document_from_json(doc.to_json()) == doc
True
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from geoevents.model import (
    CORE_MENTION_TYPES,
    SCHEMA_VERSION,
    Anchor,
    Document,
    Event,
    Mention,
    Participant,
    Place,
    PluginError,
    Span,
)

__all__ = ["SCHEMA_VERSION", "document_from_dict", "document_from_json"]

T = TypeVar("T")

_DOCUMENT_KEYS = frozenset({"schema_version", "id", "published", "text", "events", "errors"})


def document_from_dict(
    data: Mapping[str, Any], *, mention_types: Iterable[type[Mention]] = ()
) -> Document:
    """Rebuild a document from :meth:`Document.to_dict`'s output.

    :param data: the dict (parsed JSON).
    :param mention_types: the mention classes of the plugin-defined layers ``data`` may hold
        (the built-in ones are always known; an empty layer needs no class).
    :raises TypeError: ``data`` is not a mapping.
    :raises ValueError: the dict is not a document of a schema version this library reads, or
        holds a layer whose mention type is unknown.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a dict, not {type(data).__name__}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ValueError(
            f"cannot read schema_version {version!r}; this geoevents reads {SCHEMA_VERSION}"
        )
    if "text" not in data:
        raise ValueError("the dict has no 'text'")
    types = {cls.layer: cls for cls in (*CORE_MENTION_TYPES, *mention_types)}
    layers: dict[str, list[Mention]] = {}
    for key, items in data.items():
        if key in _DOCUMENT_KEYS or (key not in types and items == []):
            continue  # an empty layer of an unknown kind holds nothing to rebuild
        if key not in types:
            raise ValueError(
                f"unknown layer {key!r}: read it with the pipeline whose plugin defines it "
                f"(pipeline.from_dict), or pass its mention class in mention_types"
            )
        layers[key] = [_build(types[key], item) for item in items]
    published = data.get("published")
    return Document(
        text=data["text"],
        published=dt.date.fromisoformat(published) if published else None,
        id=data.get("id"),
        mentions=layers,
        events=tuple(_event(item) for item in data.get("events", ())),
        errors=tuple(_build(PluginError, item) for item in data.get("errors", ())),
    )


def document_from_json(text: str, *, mention_types: Iterable[type[Mention]] = ()) -> Document:
    """Rebuild a document from :meth:`Document.to_json`'s output (see :func:`document_from_dict`).

    :raises ValueError: the text is not JSON, or not a document this library reads.
    """
    return document_from_dict(json.loads(text), mention_types=mention_types)


def _build(cls: type[T], item: Mapping[str, Any]) -> T:
    if not isinstance(item, Mapping):
        raise ValueError(f"a {cls.__name__} must be a dict, not {type(item).__name__}")
    known = {field.name for field in attrs.fields(_attrs_class(cls))}
    unknown = set(item) - known
    if unknown:
        raise ValueError(f"unknown {cls.__name__} fields: {', '.join(sorted(unknown))}")
    values = {
        key: tuple(value) if isinstance(value, list) else value for key, value in item.items()
    }
    return cls(**values)


def _attrs_class(cls: type[Any]) -> type[attrs.AttrsInstance]:
    if not attrs.has(cls):
        raise TypeError(f"{cls.__name__} is not an attrs class")
    return cls


def _event(item: Mapping[str, Any]) -> Event:
    if not isinstance(item, Mapping):
        raise ValueError(f"an Event must be a dict, not {type(item).__name__}")
    values = dict(item)
    values["trigger"] = _build(Anchor, values["trigger"])
    values["sentence"] = _build(Span, values["sentence"])
    values["actor"] = [_build(Participant, p) for p in values.get("actor", ())]
    values["recipient"] = [_build(Participant, p) for p in values.get("recipient", ())]
    if values.get("location") is not None:
        values["location"] = _build(Place, values["location"])
    values["quantities"] = tuple(values.get("quantities", ()))
    values["context"] = tuple(values.get("context", ()))
    return Event(**values)
