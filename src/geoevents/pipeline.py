"""The pipeline: runs every plugin over a document, one phase after the other.

Phase 1 calls each ``geoevents_extract_mentions`` implementation on the bare document; phase 2
calls each ``geoevents_build_events`` implementation on the document with all mentions. Every
implementation runs in its own ``try``: a failure is recorded in :attr:`Document.errors` (and
warned about) while the other plugins' results are kept, unless the pipeline is strict.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import attrs

from geoevents.model import Document, Event, Mention, PluginError
from geoevents.plugins import PluginManager, PluginWarning, call_impl, get_plugin_manager

__all__ = ["Pipeline", "RecordWarning", "extract", "parse_published"]


class RecordWarning(UserWarning):
    """A record of a batch could not be processed and was skipped."""


def parse_published(value: object) -> dt.date | None:
    """Read a publication date given as a ``date``, a ``datetime``, an ISO string or None.

    >>> parse_published("2025-09-08")
    datetime.date(2025, 9, 8)
    >>> parse_published("2025-09-08T06:30:00Z")
    datetime.date(2025, 9, 8)

    :raises ValueError: for anything else, naming the value.
    """
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):  # a date subclass
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(
                f"published: cannot read {value!r} as an ISO date such as '2025-09-08'"
            ) from None
    raise ValueError(
        f"published must be a date, a datetime or an ISO date string, "
        f"not {type(value).__name__} {value!r}"
    )


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return text


class Pipeline:
    """A reusable set of plugins: build it once, then extract from any number of documents.

    :param plugins: the names of the plugins to run, or plugin objects to register and run;
        None runs every loaded plugin (bundled and installed).
    :param exclude: names of plugins not to run.
    :param extra: plugin objects (modules, classes, instances) to register and run in addition.
    :param strict: re-raise a plugin's exception instead of recording it on the document, and
        raise for plugins that cannot be loaded.
    :param settings: options for plugins, by dotted name (``{"dates.day_first": False}``).
    :param manager: the plugin manager to use instead of a new one.
    :raises ValueError: a name in ``plugins`` or ``exclude`` is not a loaded plugin.
    """

    def __init__(
        self,
        plugins: Iterable[str | object] | None = None,
        exclude: Iterable[str] = (),
        *,
        extra: Iterable[object] = (),
        strict: bool = False,
        settings: Mapping[str, Any] | None = None,
        manager: PluginManager | None = None,
    ) -> None:
        self.strict = strict
        self.manager = manager if manager is not None else get_plugin_manager(strict=strict or None)
        selected = self._select(plugins, exclude, extra)
        self.plugins: tuple[str, ...] = tuple(n for n in self.manager.names() if n in selected)
        """The names of the plugins this pipeline runs, in the order they run."""
        self.mention_types = self.manager.mention_types()
        self.context = self.manager.context(settings)
        self._extractors = self._active("geoevents_extract_mentions", selected)
        self._linkers = self._active("geoevents_build_events", selected)

    def _select(
        self,
        plugins: Iterable[str | object] | None,
        exclude: Iterable[str],
        extra: Iterable[object],
    ) -> set[str]:
        loaded = set(self.manager.names())
        selected = set(loaded) if plugins is None else set()
        for plugin in [*(plugins or ()), *extra]:
            if isinstance(plugin, str):
                if plugin not in loaded:
                    raise ValueError(self._unknown(plugin))
                selected.add(plugin)
            else:
                selected.add(self.manager.register(plugin))
        for name in exclude:
            if name not in loaded:
                raise ValueError(self._unknown(name))
            selected.discard(name)
        return selected

    def _unknown(self, name: str) -> str:
        available = ", ".join(self.manager.names()) or "none"
        return f"no plugin named {name!r} is loaded (loaded: {available})"

    def _active(self, hook: str, selected: set[str]) -> list[tuple[str, Any]]:
        return [
            (name, impl) for name, impl in self.manager.implementations(hook) if name in selected
        ]

    def extract(
        self,
        text: str,
        *,
        published: dt.date | dt.datetime | str | None = None,
        id: str | None = None,
    ) -> Document:
        """Run every plugin over ``text`` and return the document with all they found.

        :param text: the article.
        :param published: the publication date (a ``date``, ``datetime`` or ISO string), which
            relative dates are resolved against.
        :param id: an identifier to carry on the document.
        :raises TypeError: ``text`` is not a string.
        :raises ValueError: ``published`` cannot be read as a date.
        """
        document = Document(text=_check_text(text), published=parse_published(published), id=id)
        errors: list[PluginError] = []
        layers: dict[str, list[Mention]] = {}
        for name, impl in self._extractors:
            for mention in self._run(name, impl, document, errors, "extract_mentions"):
                problem = self._mention_problem(mention, text)
                if problem:
                    self._record(errors, name, "extract_mentions", ValueError(problem))
                    continue
                if not mention.plugin:
                    mention = attrs.evolve(mention, plugin=name)
                layers.setdefault(type(mention).layer, []).append(mention)
        document = attrs.evolve(document, mentions=self._ordered_layers(layers))
        events: list[Event] = []
        for name, impl in self._linkers:
            for event in self._run(name, impl, document, errors, "build_events"):
                problem = self._event_problem(event, document)
                if problem:
                    self._record(errors, name, "build_events", ValueError(problem))
                    continue
                events.append(event if event.plugin else attrs.evolve(event, plugin=name))
        events.sort(key=lambda e: (e.sentence.start, e.trigger.start, e.type, e.plugin))
        return attrs.evolve(document, events=tuple(events), errors=tuple(errors))

    def extract_many(
        self,
        records: Iterable[str | Mapping[str, Any]],
        *,
        errors: Literal["warn", "raise", "ignore"] = "warn",
    ) -> Iterator[Document]:
        """Extract from each record in turn.

        A record is a text, or a mapping with ``text`` and optional ``published`` and ``id``.
        A record that cannot be processed (not a text, a bad date) is skipped with a
        :class:`RecordWarning` naming its position and id, so one bad record never loses the
        rest of the batch; ``errors="raise"`` raises instead, ``errors="ignore"`` skips quietly.
        """
        for index, record in enumerate(records):
            try:
                if isinstance(record, Mapping):
                    if "text" not in record:
                        raise ValueError("the record has no 'text' field")
                    document = self.extract(
                        record["text"], published=record.get("published"), id=record.get("id")
                    )
                else:
                    document = self.extract(record)
            except (TypeError, ValueError) as error:
                if errors == "raise":
                    raise
                if errors == "warn":
                    label = f"record {index}"
                    if isinstance(record, Mapping) and record.get("id") is not None:
                        label += f" (id {record['id']!r})"
                    warnings.warn(f"{label} was skipped: {error}", RecordWarning, stacklevel=2)
                continue
            yield document

    def _run(
        self, name: str, impl: Any, document: Document, errors: list[PluginError], phase: str
    ) -> list[Any]:
        try:
            return list(call_impl(impl, document=document, context=self.context) or ())
        except Exception as error:
            if self.strict:
                raise
            self._record(errors, name, phase, error)
            return []

    def _record(self, errors: list[PluginError], plugin: str, phase: str, error: Exception) -> None:
        if self.strict:
            raise error
        errors.append(
            PluginError(plugin=plugin, phase=phase, type=type(error).__name__, message=str(error))
        )
        warnings.warn(
            f"plugin {plugin!r} failed in {phase}: {type(error).__name__}: {error}",
            PluginWarning,
            stacklevel=4,
        )

    def _mention_problem(self, mention: object, text: str) -> str | None:
        if not isinstance(mention, Mention):
            return f"returned {type(mention).__name__} {mention!r}, which is not a Mention"
        if self.mention_types.get(type(mention).layer) is not type(mention):
            return (
                f"returned a {type(mention).__name__}, a mention type that no plugin declares "
                f"through geoevents_mention_types"
            )
        if mention.end > len(text) or text[mention.start : mention.end] != mention.text:
            return (
                f"returned a {type(mention).__name__} whose text {mention.text!r} is not the "
                f"document's text at {mention.start}:{mention.end}"
            )
        return None

    @staticmethod
    def _event_problem(event: object, document: Document) -> str | None:
        if not isinstance(event, Event):
            return f"returned {type(event).__name__} {event!r}, which is not an Event"
        trigger = event.trigger
        if document.text[trigger.start : trigger.end] != trigger.text:
            return f"returned an event whose trigger {trigger.text!r} is not at its offsets"
        if event.sentence.end > len(document.text):
            return "returned an event whose sentence ends past the text"
        count = len(document.quantities)
        if any(not 0 <= index < count for index in event.quantities):
            return f"returned an event with quantity indices {event.quantities} (there are {count})"
        return None

    def _ordered_layers(self, layers: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
        ordered = {}
        for layer in self.mention_types:  # built-in layers first, then plugins' in load order
            mentions = layers.get(layer, [])
            mentions.sort(key=lambda m: (m.start, m.end, m.plugin))
            ordered[layer] = mentions
        return ordered


_default: Pipeline | None = None


def extract(text: str, *, published: dt.date | dt.datetime | str | None = None) -> Document:
    """Extract everything from ``text`` with every loaded plugin.

    The plugins are loaded on the first call and reused; build a :class:`Pipeline` to choose
    plugins or settings.

    :raises TypeError: ``text`` is not a string.
    :raises ValueError: ``published`` cannot be read as a date.
    """
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.extract(text, published=published)
