"""Documents to JSON-safe dicts and back, in the shape of the output contract.

``document_from_dict(document_to_dict(doc)) == doc`` for every document whose mention types are
known: the built-in ones, and those that the installed plugins declare (or that are passed in).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from geoevents.model import (
    CORE_MENTION_TYPES,
    Anchor,
    Document,
    Event,
    Mention,
    Participant,
    Place,
    PluginError,
    Span,
)
from geoevents.plugins import get_plugin_manager

__all__ = [
    "SCHEMA_VERSION",
    "document_from_dict",
    "document_to_dict",
    "document_to_json",
    "mention_to_dict",
]

SCHEMA_VERSION = 1
"""The version of the output contract; it changes when a field is renamed or removed."""

T = TypeVar("T")


def _jsonable(value: Any) -> Any:
    if attrs.has(type(value)):
        return {
            field.name: _jsonable(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """One mention as a dict of its fields, ``start, end, text, plugin`` first."""
    result: dict[str, Any] = _jsonable(mention)
    return result


def document_to_dict(document: Document) -> dict[str, Any]:
    """The document in the output contract's shape (``schema_version`` 1).

    Every built-in layer is present, empty or not; a plugin's layer appears under its own key
    after them.
    """
    result: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": document.id,
        "published": document.published.isoformat() if document.published else None,
        "text": document.text,
    }
    for cls in CORE_MENTION_TYPES:
        result[cls.layer] = []
    for layer, mentions in document.mentions.items():
        result[layer] = [mention_to_dict(mention) for mention in mentions]
    result["events"] = [_jsonable(event) for event in document.events]
    result["errors"] = [_jsonable(error) for error in document.errors]
    return result


def document_to_json(document: Document, *, indent: int | None = None) -> str:
    """The document as JSON text; non-ASCII characters are kept as they are."""
    return json.dumps(document_to_dict(document), ensure_ascii=False, indent=indent)


_DOCUMENT_KEYS = frozenset({"schema_version", "id", "published", "text", "events", "errors"})


def document_from_dict(
    data: Mapping[str, Any], *, mention_types: Iterable[type[Mention]] | None = None
) -> Document:
    """Rebuild a document from :func:`document_to_dict`'s output.

    :param data: the dict (parsed JSON).
    :param mention_types: the mention classes of plugin-defined layers; by default those that
        the installed plugins declare.
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
    types = {cls.layer: cls for cls in CORE_MENTION_TYPES}
    types.update(
        (cls.layer, cls) for cls in (_installed_types() if mention_types is None else mention_types)
    )
    layers: dict[str, list[Mention]] = {}
    for key, items in data.items():
        if key in _DOCUMENT_KEYS:
            continue
        if key not in types:
            raise ValueError(
                f"unknown layer {key!r}: install the plugin that defines it, or pass its mention "
                f"class in mention_types"
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


def _build(cls: type[T], item: Mapping[str, Any]) -> T:
    if not isinstance(item, Mapping):
        raise ValueError(f"a {cls.__name__} must be a dict, not {type(item).__name__}")
    known = {field.name for field in attrs.fields(cls)}  # type: ignore[arg-type]
    unknown = set(item) - known
    if unknown:
        raise ValueError(f"unknown {cls.__name__} fields: {', '.join(sorted(unknown))}")
    values = {
        key: tuple(value) if isinstance(value, list) else value for key, value in item.items()
    }
    return cls(**values)


def _event(item: Mapping[str, Any]) -> Event:
    values = dict(item)
    values["trigger"] = _build(Anchor, values["trigger"])
    values["sentence"] = _build(Span, values["sentence"])
    values["actor"] = [_build(Participant, p) for p in values.get("actor", ())]
    values["recipient"] = [_build(Participant, p) for p in values.get("recipient", ())]
    if values.get("location") is not None:
        values["location"] = _build(Place, values["location"])
    values["quantities"] = tuple(values.get("quantities", ()))
    return Event(**values)


@functools.cache
def _installed_types() -> list[type[Mention]]:
    # Loading plugins costs an entry-point scan: once per process is enough for reading.
    return list(get_plugin_manager().mention_types().values())
