"""Helpers for testing geoevents plugins, for plugin authors and for geoevents itself.

Run a plugin alone, on a pipeline of its own, and check what it finds:

>>> import geoevents
>>> from geoevents.testing import assert_finds, assert_valid_mentions, plugin_pipeline
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
>>> assert_finds(Shouting(), "They cried HELP twice.", ["HELP"])

Nothing here depends on pytest: the checks raise :class:`AssertionError` with a message that
says what is wrong, so they read well in any test runner.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from geoevents.manager import BUNDLED_PLUGINS, PluginManager
from geoevents.model import CORE_MENTION_TYPES, Document, Mention
from geoevents.pipeline import Pipeline
from geoevents.serialize import document_from_dict

__all__ = [
    "assert_finds",
    "assert_valid_mentions",
    "check_plugin",
    "find_mentions",
    "plugin_pipeline",
]

_CORE_LAYERS = frozenset(cls.layer for cls in CORE_MENTION_TYPES)

Bundled = bool | Iterable[str]
"""Which bundled plugins a test pipeline loads: none (False), all (True), or these names."""


def _bundled_modules(bundled: Bundled) -> list[str]:
    if bundled is True:
        return list(BUNDLED_PLUGINS)
    if bundled is False:
        return []
    by_name = {module.rsplit(".", 1)[-1]: module for module in BUNDLED_PLUGINS}
    modules = []
    for name in bundled:
        if name not in by_name:
            known = ", ".join(by_name) or "none"
            raise ValueError(f"no bundled plugin is named {name!r} (bundled: {known})")
        modules.append(by_name[name])
    return modules


def plugin_pipeline(
    *plugins: object,
    settings: Mapping[str, Any] | None = None,
    strict: bool = True,
    bundled: Bundled = False,
) -> Pipeline:
    """A pipeline that runs only ``plugins``, registered for this pipeline alone.

    No installed third-party plugin is loaded, and no bundled one unless ``bundled`` asks for it,
    so a test sees only what its plugins do and the registration ends with the pipeline. The
    pipeline is strict by default: a plugin's exception is raised, not recorded.

    :param plugins: modules, classes or instances with hook implementations.
    :param settings: the settings the plugins read through ``context.setting(name)``.
    :param strict: raise a plugin's exception instead of recording it on the document.
    :param bundled: also load the bundled plugins (True), or those named (``["quotes"]``),
        before ``plugins``: to test a plugin that extends a bundled plugin's lexicons.
    :raises ValueError: ``bundled`` names a plugin that is not bundled.

    >>> plugin_pipeline().plugins
    ()
    """
    manager = PluginManager(strict=strict)
    manager.load_bundled(_bundled_modules(bundled))
    for plugin in plugins:
        manager.register(plugin)
    return Pipeline(strict=strict, settings=settings, manager=manager)


def _is_frozen(mention: Mention) -> bool:
    try:
        setattr(mention, "start", mention.start)  # noqa: B010  # must fail: frozen
    except attrs.exceptions.FrozenInstanceError:
        return True
    return False


def _check_mention(mention: object, text: str) -> None:
    assert isinstance(mention, Mention), f"{mention!r} is not a geoevents.Mention"
    where = f"{type(mention).__name__} {mention.text!r} at {mention.start}:{mention.end}"
    assert 0 <= mention.start <= mention.end <= len(text), (
        f"{where}: offsets out of range for a text of {len(text)} characters"
    )
    found = text[mention.start : mention.end]
    assert found == mention.text, f"{where}: the text at those offsets is {found!r}"
    assert mention.plugin, f"{where}: no plugin name"
    assert type(mention).layer, f"{where}: {type(mention).__name__} sets no 'layer'"
    assert _is_frozen(mention), f"{type(mention).__name__} is not frozen (use @attrs.frozen)"
    try:
        json.dumps(mention.to_dict())
    except (TypeError, ValueError) as error:
        raise AssertionError(f"{where}: a field is not JSON-safe: {error}") from None


def assert_valid_mentions(document: Document) -> None:
    """Check every mention of ``document``: offsets, immutability and a JSON round trip.

    Each mention must be a :class:`~geoevents.Mention` whose ``text`` is exactly
    ``document.text[start:end]``, with a plugin name, a ``layer``, frozen, with JSON-safe
    fields; and the document must come back equal from its JSON.

    :raises AssertionError: naming the first mention that breaks a rule.
    """
    for mention in document.iter_mentions():
        _check_mention(mention, document.text)
    types = [type(mentions[0]) for mentions in document.mentions.values() if mentions]
    data = json.loads(document.to_json())
    for layer, mentions in document.mentions.items():
        if not mentions and layer not in _CORE_LAYERS:
            del data[layer]  # an empty layer of a plugin's type: nothing to rebuild it with
    rebuilt = document_from_dict(data, mention_types=types)
    assert rebuilt == document, "the document does not round-trip through JSON"


def check_plugin(
    plugin: object,
    texts: Iterable[str],
    *,
    published: str | None = None,
    settings: Mapping[str, Any] | None = None,
    bundled: Bundled = False,
) -> list[Document]:
    """Run ``plugin`` alone on each text, check every result, and return the documents.

    Pass many texts (or generated ones, with hypothesis) to check that the plugin's mentions
    are valid whatever the input. The arguments are those of :func:`plugin_pipeline`.

    :raises AssertionError: as :func:`assert_valid_mentions` does.
    """
    pipeline = plugin_pipeline(plugin, settings=settings, bundled=bundled)
    return _checked_documents(pipeline, texts, published)


def _checked_documents(
    pipeline: Pipeline, texts: Iterable[str], published: str | None
) -> list[Document]:
    documents = [pipeline.extract(text, published=published) for text in texts]
    for document in documents:
        assert_valid_mentions(document)
    return documents


def find_mentions(
    plugin: object,
    text: str,
    *,
    layer: str | None = None,
    published: str | None = None,
    settings: Mapping[str, Any] | None = None,
    bundled: Bundled = False,
) -> tuple[Mention, ...]:
    """The mentions ``plugin`` finds in ``text``, checked, in text order.

    :param layer: return only this layer's mentions (default: every mention ``plugin`` found,
        whatever its layer; with ``bundled``, the bundled plugins' mentions are left out).
    :raises AssertionError: as :func:`assert_valid_mentions` does.
    """
    pipeline = plugin_pipeline(plugin, settings=settings, bundled=bundled)
    (document,) = _checked_documents(pipeline, [text], published)
    if layer is not None:
        return document.layer(layer)
    name = pipeline.plugins[-1]
    found = [mention for mention in document.iter_mentions() if mention.plugin == name]
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def _described(mention: Mention, fields: Sequence[str]) -> Any:
    values = tuple(getattr(mention, field) for field in fields)
    return values[0] if len(values) == 1 else values


def assert_finds(
    plugin: object,
    text: str,
    expected: Sequence[Any],
    *,
    fields: str | Sequence[str] = "text",
    layer: str | None = None,
    published: str | None = None,
    settings: Mapping[str, Any] | None = None,
    bundled: Bundled = False,
) -> None:
    """Check that ``plugin`` finds exactly ``expected`` in ``text``, in text order.

    Made for tables of ``(text, expected)`` cases run through ``pytest.mark.parametrize``.
    ``expected`` lists one value per mention: the mention's ``text`` by default, another field
    (``fields="value"``), or a tuple of several (``fields=("text", "value")``).

    >>> import geoevents
    >>> class Percent:
    ...     @geoevents.hookimpl
    ...     def geoevents_extract_mentions(self, document):
    ...         end = document.text.find("%") + 1
    ...         if end:
    ...             start = document.text.rfind(" ", 0, end) + 1
    ...             yield geoevents.Quantity(start=start, end=end, text=document.text[start:end],
    ...                                      value=int(document.text[start:end - 1]), unit="%",
    ...                                      kind="percent")
    >>> assert_finds(Percent(), "Prices rose 30% in a year.", [("30%", 30)],
    ...              fields=("text", "value"))
    >>> assert_finds(Percent(), "Prices rose 30% in a year.", ["31%"])
    Traceback (most recent call last):
    AssertionError: in 'Prices rose 30% in a year.': expected ['31%'], found ['30%']
      Quantity '30%' at 12:15: {'start': 12, 'end': 15, 'text': '30%', ...}

    The arguments after ``expected`` are those of :func:`find_mentions`.

    :raises AssertionError: listing what was expected, what was found, and each mention found.
    """
    names = (fields,) if isinstance(fields, str) else tuple(fields)
    found = find_mentions(
        plugin, text, layer=layer, published=published, settings=settings, bundled=bundled
    )
    got = [_described(mention, names) for mention in found]
    if got != list(expected):
        details = "\n".join(
            f"  {type(m).__name__} {m.text!r} at {m.start}:{m.end}: {m.to_dict()}" for m in found
        )
        raise AssertionError(
            f"in {text!r}: expected {list(expected)!r}, found {got!r}"
            + (f"\n{details}" if details else "")
        )
