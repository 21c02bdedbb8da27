"""Helpers for testing geoevents plugins.

>>> import geoevents
>>> from geoevents.testing import assert_valid_mentions, plugin_pipeline
>>> class Shouting:
...     @geoevents.hookimpl
...     def geoevents_extract_mentions(self, document):
...         start = document.text.find("HELP")
...         if start >= 0:
...             yield geoevents.Quote(start=start, end=start + 4, text="HELP", kind="partial")
>>> doc = plugin_pipeline(Shouting()).extract("They cried HELP twice.")
>>> [(quote.text, quote.plugin) for quote in doc.quotes]
[('HELP', 'shouting')]
>>> assert_valid_mentions(doc)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from geoevents.model import Document, Mention
from geoevents.pipeline import Pipeline
from geoevents.plugins import PluginManager
from geoevents.serialize import document_from_dict

__all__ = ["assert_valid_mentions", "check_plugin", "plugin_pipeline"]


def plugin_pipeline(
    *plugins: object, settings: Mapping[str, Any] | None = None, strict: bool = True
) -> Pipeline:
    """A pipeline that runs only ``plugins``, registered for this pipeline alone.

    No bundled or installed plugin is loaded, so a test sees only what its plugins do. The
    pipeline is strict by default: a plugin's exception is raised, not recorded.
    """
    manager = PluginManager(strict=strict)
    for plugin in plugins:
        manager.register(plugin)
    return Pipeline(strict=strict, settings=settings, manager=manager)


def assert_valid_mentions(document: Document) -> None:
    """Check every mention of ``document``: offsets, immutability and a JSON round trip.

    :raises AssertionError: naming the first mention that breaks a rule.
    """
    text = document.text
    for mention in document.iter_mentions():
        assert isinstance(mention, Mention), f"{mention!r} is not a Mention"
        assert 0 <= mention.start <= mention.end <= len(text), f"{mention!r}: offsets out of range"
        assert text[mention.start : mention.end] == mention.text, (
            f"{mention!r}: text is not document.text[{mention.start}:{mention.end}] "
            f"({text[mention.start : mention.end]!r})"
        )
        assert mention.plugin, f"{mention!r}: no plugin name"
        try:
            setattr(mention, "start", mention.start)  # noqa: B010  # must fail: frozen
        except attrs.exceptions.FrozenInstanceError:
            pass
        else:
            raise AssertionError(f"{type(mention).__name__} is not frozen")
    layers = {type(m).layer: type(m) for m in document.iter_mentions()}
    rebuilt = document_from_dict(
        json.loads(document.to_json()), mention_types=list(layers.values())
    )
    assert rebuilt == document, "the document does not round-trip through JSON"


def check_plugin(
    plugin: object, texts: Iterable[str], *, published: str | None = None
) -> list[Document]:
    """Run ``plugin`` alone on each text, check every result, and return the documents."""
    pipeline = plugin_pipeline(plugin)
    documents = [pipeline.extract(text, published=published) for text in texts]
    for document in documents:
        assert_valid_mentions(document)
    return documents
