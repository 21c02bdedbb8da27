"""The pipeline: runs every plugin over a document, one phase after the other.

Phase 1 calls each ``geoevents_extract_mentions`` implementation; one that declares the layers
it reads (``geoevents_reads_layers``) runs after the plugins that write them and sees their
mentions, the others see the bare document. Phase 2 calls each ``geoevents_build_events``
implementation on the document with all mentions. Within those constraints implementations run
in pluggy's order, and each phase's wrappers run around it. Every implementation runs in its
own ``try``: a failure is recorded in :attr:`Document.errors` (and warned about) while the other
plugins' results are kept, unless the pipeline is strict.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import itertools
import pickle
import threading
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypeAlias, TypeVar, cast, overload

import attrs

from geoevents.batch import RecordError, WorkerDied, available_cores, run_in_process, run_in_workers
from geoevents.manager import (
    Implementation,
    PluginLoadError,
    PluginManager,
    PluginWarning,
    get_plugin_manager,
)
from geoevents.model import Document, Event, Mention, PluginError
from geoevents.serialize import document_from_dict
from geoevents.timeouts import call_within

__all__ = [
    "ERROR_POLICIES",
    "Pipeline",
    "RecordError",
    "RecordWarning",
    "WorkerDied",
    "extract",
    "from_dict",
    "parse_published",
]

EXTRACT = "geoevents_extract_mentions"
LINK = "geoevents_build_events"
_PHASES = {EXTRACT: "extract_mentions", LINK: "build_events"}  # as PluginError.phase names them

T = TypeVar("T")

ErrorPolicy: TypeAlias = Literal["warn", "raise", "ignore", "record"]
ERROR_POLICIES: tuple[str, ...] = ("warn", "raise", "ignore", "record")
"""What :meth:`Pipeline.extract_many` may do with a record that cannot be processed."""
CHUNK_SIZE = 16
"""How many records :meth:`Pipeline.extract_many` sends to a worker at a time, by default."""


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
    if isinstance(text, bytes | bytearray | memoryview):
        raise TypeError(
            f"text must be a str, not {type(text).__name__}: decode it first, "
            f"for example text.decode('utf-8')"
        )
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return text


@attrs.frozen(kw_only=True)
class Step:
    """One plugin's extractor or linker, as a pipeline runs it."""

    implementation: Implementation
    """The hook implementation."""
    reads: frozenset[str] = frozenset()
    """The layers whose mentions it is given."""

    @property
    def plugin(self) -> str:
        """The plugin's name."""
        return self.implementation.plugin


def ordered_steps(
    implementations: Sequence[Implementation],
    writes: Mapping[str, Iterable[str]],
    reads: Mapping[str, frozenset[str]],
) -> tuple[Step, ...]:
    """The extractors in the order to run them: each after the writers of the layers it reads.

    Among the plugins free to run, the one first in ``implementations`` (pluggy's order) runs
    first, so the order is pluggy's wherever the declarations allow it.

    :param implementations: the extractors, in pluggy's order.
    :param writes: the layers each plugin declares, by plugin name.
    :param reads: the layers each plugin reads, by plugin name.
    :raises PluginLoadError: the declarations form a cycle; the message names its plugins.
    """
    steps = [
        Step(implementation=impl, reads=reads.get(impl.plugin, frozenset()))
        for impl in implementations
    ]
    waits_for = {
        step.plugin: {
            other.plugin
            for other in steps
            if other.plugin != step.plugin and step.reads & set(writes.get(other.plugin, ()))
        }
        for step in steps
    }
    done: list[Step] = []
    finished: set[str] = set()
    pending = list(steps)
    while pending:
        ready = next((s for s in pending if waits_for[s.plugin] <= finished), None)
        if ready is None:
            raise PluginLoadError(_cycle_message(pending, writes))
        pending.remove(ready)
        done.append(ready)
        finished.add(ready.plugin)
    return tuple(done)


def _cycle_message(pending: Sequence[Step], writes: Mapping[str, Iterable[str]]) -> str:
    links = []
    for step in pending:
        for other in pending:
            shared = sorted(step.reads & set(writes.get(other.plugin, ())))
            if other is not step and shared:
                links.append(f"{step.plugin!r} reads {', '.join(shared)} from {other.plugin!r}")
    return (
        "plugins whose declared reads form a cycle cannot run in one pipeline: "
        + "; ".join(links)
        + " (see geoevents_reads_layers); exclude one of them"
    )


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
    :param plugin_timeout: the time budget of each plugin call, in seconds (None: no budget).
        A plugin that runs past it is stopped and its failure recorded like any other
        (:mod:`geoevents.timeouts` says where a call can be stopped).
    :raises ValueError: a name in ``plugins`` or ``exclude`` is not a loaded plugin, or
        ``plugin_timeout`` is not a positive number.
    :raises PluginLoadError: the selected plugins' declared reads form a cycle.
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
        plugin_timeout: float | None = None,
    ) -> None:
        if plugin_timeout is not None and not plugin_timeout > 0:
            raise ValueError(
                f"plugin_timeout must be a positive number of seconds, not {plugin_timeout!r}"
            )
        self.plugin_timeout = plugin_timeout
        """The time budget of each plugin call, in seconds (None: none)."""
        self.strict = strict
        self.manager = manager if manager is not None else get_plugin_manager(strict=strict or None)
        selected = self._select(plugins, exclude, extra)
        self.mention_types = self.manager.mention_types()
        """Every mention class the loaded plugins declare, by layer name."""
        self.context = self.manager.context(settings)
        """The settings and lexicons every plugin of this pipeline receives."""
        writes = {
            name: [cls.layer for cls in types]
            for name, types in self.manager.declared_types().items()
        }
        self._extractors = ordered_steps(
            [i for i in self.manager.implementations(EXTRACT) if i.plugin in selected],
            writes,
            self.manager.layers_read(),
        )
        self._linkers = tuple(
            Step(implementation=i)
            for i in self.manager.implementations(LINK)
            if i.plugin in selected
        )
        self._extract_wrappers = [w for w in self.manager.wrappers(EXTRACT) if w.plugin in selected]
        self._link_wrappers = [w for w in self.manager.wrappers(LINK) if w.plugin in selected]
        self.plugins: tuple[str, ...] = tuple(n for n in self.manager.names() if n in selected)
        """The names of the plugins this pipeline runs, in registration order."""
        self._recipe: _Recipe | None = None
        self._not_rebuildable = ""
        if manager is not None:
            self._not_rebuildable = "it was given its own plugin manager"
        elif any(not isinstance(p, str) for p in [*(plugins or ()), *extra]):
            self._not_rebuildable = "it runs in-process plugin objects"
        else:
            recipe = _Recipe(
                plugins=self.plugins,
                strict=strict,
                settings=dict(settings or {}),
                plugin_timeout=plugin_timeout,
            )
            try:
                pickle.dumps(recipe)
            except Exception as error:
                self._not_rebuildable = f"its settings cannot be sent to a worker: {error}"
            else:
                self._recipe = recipe

    @property
    def order(self) -> tuple[str, ...]:
        """The plugins' extractors in the order they run, then its linkers'."""
        return tuple(step.plugin for step in (*self._extractors, *self._linkers))

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
        results = self._wrapped(
            EXTRACT,
            self._extract_wrappers,
            document,
            errors,
            lambda: self._extract_all(document, errors),
            lambda plugin, mention: self._mention_problem(mention, document.text),
        )
        document = attrs.evolve(document, mentions=self._layers(results))
        per_linker = self._wrapped(
            LINK,
            self._link_wrappers,
            document,
            errors,
            lambda: self._link_all(document, errors),
            lambda plugin, event: self._event_problem(event, document),
        )
        events = [event for events in per_linker for event in events]
        events.sort(key=lambda e: (e.sentence.start, e.trigger.start, e.type, e.plugin))
        return attrs.evolve(document, events=tuple(events), errors=tuple(errors))

    def from_dict(self, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`Document.to_dict`'s output.

        The layers of this pipeline's plugins, in-process ones included, are known.

        :raises ValueError: as :func:`geoevents.serialize.document_from_dict` does.
        """
        return document_from_dict(data, mention_types=self.mention_types.values())

    def _extract_all(self, document: Document, errors: list[PluginError]) -> list[list[Mention]]:
        results: list[list[Mention]] = []
        by_layer: dict[str, list[Mention]] = {}
        for step in self._extractors:
            view = document
            if step.reads:
                view = attrs.evolve(
                    document,
                    mentions=self._sorted({layer: by_layer.get(layer, []) for layer in step.reads}),
                )
            found = self._run_step(
                step,
                view,
                errors,
                _PHASES[EXTRACT],
                lambda m: self._mention_problem(m, document.text),
            )
            results.append(found)
            for mention in found:
                by_layer.setdefault(type(mention).layer, []).append(mention)
        return results

    def _run_step(
        self,
        step: Step,
        document: Document,
        errors: list[PluginError],
        phase: str,
        problem_of: Callable[[Any], str | None],
    ) -> list[Any]:
        try:
            items = call_within(
                self.plugin_timeout,
                lambda: list(_items(step.implementation(document=document, context=self.context))),
            )
        except Exception as error:
            self._failed(errors, step.plugin, phase, error)
            return []
        return self._checked(items, step.plugin, phase, errors, problem_of)

    def _checked(
        self,
        items: Iterable[Any],
        plugin: str,
        phase: str,
        errors: list[PluginError],
        problem_of: Callable[[Any], str | None],
    ) -> list[Any]:
        kept = []
        for item in items:
            problem = problem_of(item)
            if problem:
                self._refused(errors, plugin, phase, problem)
                continue
            kept.append(item if item.plugin else attrs.evolve(item, plugin=plugin))
        return kept

    def _link_all(self, document: Document, errors: list[PluginError]) -> list[list[Event]]:
        return [
            self._run_step(
                step, document, errors, _PHASES[LINK], lambda e: self._event_problem(e, document)
            )
            for step in self._linkers
        ]

    def _wrapped(
        self,
        hook: str,
        wrappers: Sequence[Implementation],
        document: Document,
        errors: list[PluginError],
        inner: Callable[[], list[list[T]]],
        problem_of: Callable[[str, Any], str | None],
    ) -> list[list[T]]:
        phase = _PHASES[hook]
        started: list[tuple[str, Generator[None, list[list[T]], object]]] = []
        for wrapper in wrappers:
            generator = self._start(wrapper, phase, document, errors)
            if generator is not None:
                started.append((wrapper.plugin, generator))
        result = inner()
        for plugin, generator in reversed(started):  # the innermost first
            result = self._resume(plugin, phase, generator, result, errors, problem_of)
        return result

    def _start(
        self, wrapper: Implementation, phase: str, document: Document, errors: list[PluginError]
    ) -> Generator[None, Any, object] | None:
        try:
            generator = wrapper(document=document, context=self.context)
            if not inspect.isgenerator(generator):
                raise TypeError("a wrapper must be a generator function that yields once")
            call_within(self.plugin_timeout, lambda: next(generator))
        except StopIteration:
            self._refused(errors, wrapper.plugin, phase, "wrapper returned without yielding")
            return None
        except Exception as error:
            self._failed(errors, wrapper.plugin, phase, error)
            return None
        return cast("Generator[None, Any, object]", generator)

    def _resume(
        self,
        plugin: str,
        phase: str,
        generator: Generator[None, list[list[T]], object],
        result: list[list[T]],
        errors: list[PluginError],
        problem_of: Callable[[str, Any], str | None],
    ) -> list[list[T]]:
        try:
            call_within(self.plugin_timeout, lambda: generator.send(result))
        except StopIteration as stop:
            return self._wrapper_result(plugin, phase, stop.value, result, errors, problem_of)
        except Exception as error:
            self._failed(errors, plugin, phase, error)
            return result
        generator.close()
        self._refused(errors, plugin, phase, "wrapper yielded more than once")
        return result

    def _wrapper_result(
        self,
        plugin: str,
        phase: str,
        returned: object,
        previous: list[list[T]],
        errors: list[PluginError],
        problem_of: Callable[[str, Any], str | None],
    ) -> list[list[T]]:
        try:
            groups = [list(_items(group)) for group in _items(returned)]
        except TypeError as error:
            self._refused(errors, plugin, phase, f"wrapper returned {error}; the result was kept")
            return previous
        return [
            self._checked(group, plugin, phase, errors, lambda item: problem_of(plugin, item))
            for group in groups
        ]

    def _failed(self, errors: list[PluginError], plugin: str, phase: str, error: Exception) -> None:
        if self.strict:
            error.add_note(f"raised by plugin {plugin!r} in {phase}")
            raise error
        self._record(errors, plugin, phase, type(error).__name__, str(error))

    def _refused(self, errors: list[PluginError], plugin: str, phase: str, problem: str) -> None:
        if self.strict:
            raise ValueError(f"plugin {plugin!r} {problem}")
        self._record(errors, plugin, phase, "ValueError", problem)

    @staticmethod
    def _record(
        errors: list[PluginError], plugin: str, phase: str, kind: str, message: str
    ) -> None:
        errors.append(PluginError(plugin=plugin, phase=phase, type=kind, message=message))
        warnings.warn(
            f"plugin {plugin!r} failed in {phase}: {kind}: {message}", PluginWarning, stacklevel=5
        )

    @overload
    def extract_many(
        self,
        records: Iterable[str | Mapping[str, Any]],
        *,
        errors: Literal["warn", "raise", "ignore"] = "warn",
        processes: int | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> Iterator[Document]: ...

    @overload
    def extract_many(
        self,
        records: Iterable[str | Mapping[str, Any]],
        *,
        errors: Literal["record"],
        processes: int | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> Iterator[Document | RecordError]: ...

    def extract_many(
        self,
        records: Iterable[str | Mapping[str, Any]],
        *,
        errors: ErrorPolicy = "warn",
        processes: int | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> Iterator[Document] | Iterator[Document | RecordError]:
        """Extract from each record, in worker processes, yielding the documents in input order.

        A record is a text, or a mapping with ``text`` and optional ``published`` and ``id``.
        Records are read lazily and at most two chunks per worker are in flight, so a stream of
        any length runs in flat memory.

        A record that cannot be processed (not a text, a bad date, any exception while
        extracting it, or a worker process that died on it) never stops the batch:

        - ``errors="warn"`` (the default) skips it with a :class:`RecordWarning` naming its
          position and id;
        - ``errors="record"`` yields a :class:`RecordError` in its place;
        - ``errors="ignore"`` skips it quietly;
        - ``errors="raise"`` raises its exception (:class:`WorkerDied` for a dead worker).

        :param processes: the number of worker processes; None (the default) uses every core
            this process may run on, 1 runs in this process. Each worker builds the pipeline
            once. A batch of no more than ``chunk_size`` records runs in this process (starting
            workers would cost more than it saves), and so does the default for a pipeline
            that cannot be rebuilt in a worker (see below). The documents are the same
            whatever the number of processes.
        :param chunk_size: the number of records sent to a worker at a time.
        :raises TypeError: ``records`` is a single text or mapping, not an iterable of them.
        :raises ValueError: ``errors`` is not one of the policies above; ``processes`` or
            ``chunk_size`` is not a positive integer; or ``processes`` above 1 is asked of a
            pipeline that cannot be rebuilt in a worker: one with in-process plugin objects
            (``extra=``, plugin objects in ``plugins``) or its own ``manager``. Install such a
            plugin (an entry point) to run it in parallel.
        """
        if isinstance(records, str | bytes | bytearray | Mapping):
            raise TypeError(
                f"records must be an iterable of texts or records, not a single "
                f"{type(records).__name__}: pass [text] for one text"
            )
        if errors not in ERROR_POLICIES:
            raise ValueError(
                f"errors must be one of {', '.join(map(repr, ERROR_POLICIES))}, not {errors!r}"
            )
        for name, value in (("processes", processes), ("chunk_size", chunk_size)):
            if value is not None and (not isinstance(value, int) or value < 1):
                raise ValueError(f"{name} must be a positive integer, not {value!r}")
        if processes is not None and processes > 1 and self._recipe is None:
            raise ValueError(
                f"processes={processes}: this pipeline cannot be rebuilt in a worker process "
                f"({self._not_rebuildable}); use processes=1, or install the plugin so that it "
                f"loads through an entry point"
            )
        if processes is None:
            processes = available_cores() if self._recipe is not None else 1
        return self._batch(iter(records), errors, processes, chunk_size)

    def _batch(
        self, records: Iterator[Any], errors: ErrorPolicy, processes: int, chunk_size: int
    ) -> Iterator[Any]:
        head = list(itertools.islice(records, chunk_size + 1))
        items = itertools.chain(head, records)
        if processes == 1 or len(head) <= chunk_size or self._recipe is None:
            outcomes = run_in_process(items, self.extract_record)
        else:
            build = functools.partial(_rebuild, self._recipe)
            outcomes = run_in_workers(items, build, processes=processes, chunk_size=chunk_size)
        for outcome in outcomes:
            for category, message in outcome.warnings:
                warnings.warn(message, category, stacklevel=2)
            if outcome.error is None:
                yield outcome.value
                continue
            if errors == "raise":
                raise outcome.error
            failure = _record_error(outcome.index, outcome.item, outcome.error)
            if errors == "record":
                yield failure
            elif errors == "warn":
                warnings.warn(
                    f"{failure.label} was skipped: {outcome.error}", RecordWarning, stacklevel=2
                )

    def extract_record(self, record: str | Mapping[str, Any]) -> Document:
        """Extract from one record of a batch: a text, or a mapping with ``text``.

        :raises ValueError: the mapping has no ``text``, or a ``published`` that is no date.
        :raises TypeError: the record or its text is not a string.
        """
        if isinstance(record, Mapping):
            if "text" not in record:
                raise ValueError("the record has no 'text' field")
            return self.extract(
                record["text"], published=record.get("published"), id=record.get("id")
            )
        return self.extract(record)

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

    def _layers(self, results: Iterable[Iterable[Mention]]) -> dict[str, list[Mention]]:
        layers: dict[str, list[Mention]] = {layer: [] for layer in self.mention_types}
        for mentions in results:
            for mention in mentions:
                layers.setdefault(type(mention).layer, []).append(mention)
        return self._sorted(layers)

    def _sorted(self, layers: Mapping[str, list[Mention]]) -> dict[str, list[Mention]]:
        ordered = {}
        for layer in self.mention_types:  # built-in layers first, then plugins' in load order
            if layer in layers:
                ordered[layer] = sorted(layers[layer], key=lambda m: (m.start, m.end, m.plugin))
        return ordered


@attrs.frozen(kw_only=True)
class _Recipe:
    """What a worker process needs to build the same pipeline: picklable, unlike plugins."""

    plugins: tuple[str, ...]
    strict: bool
    settings: dict[str, Any]
    plugin_timeout: float | None


def _rebuild(recipe: _Recipe) -> Callable[[Any], Document]:
    """In a worker process: the pipeline of ``recipe``, as its function of one record."""
    pipeline = Pipeline(
        plugins=recipe.plugins,
        strict=recipe.strict,
        settings=recipe.settings,
        plugin_timeout=recipe.plugin_timeout,
    )
    return pipeline.extract_record


def _record_error(index: int, record: object, error: BaseException) -> RecordError:
    record_id = record.get("id") if isinstance(record, Mapping) else None
    return RecordError(index=index, id=record_id, type=type(error).__name__, message=str(error))


def _items(returned: object) -> Iterable[Any]:
    if returned is None:
        return ()
    if isinstance(returned, str | bytes | Mapping) or not isinstance(returned, Iterable):
        raise TypeError(f"{type(returned).__name__} {returned!r}, which is not a list")
    return returned


_default: Pipeline | None = None
_default_lock = threading.Lock()


def default_pipeline() -> Pipeline:
    """The pipeline of every loaded plugin that :func:`extract` uses, built on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Pipeline()
        return _default


def extract(text: str, *, published: dt.date | dt.datetime | str | None = None) -> Document:
    """Extract everything from ``text`` with every loaded plugin.

    The plugins are loaded on the first call and reused (safely across threads); build a
    :class:`Pipeline` to choose plugins or settings.

    :raises TypeError: ``text`` is not a string.
    :raises ValueError: ``published`` cannot be read as a date.
    """
    return default_pipeline().extract(text, published=published)


def from_dict(data: Mapping[str, Any]) -> Document:
    """Rebuild a :class:`Document` from :meth:`Document.to_dict`'s output.

    The layers of every installed plugin are known; for a document made with in-process plugins
    (``Pipeline(extra=[...])``) use that pipeline's :meth:`Pipeline.from_dict`.

    :raises ValueError: the dict is not a document this library reads, or holds a layer no
        loaded plugin defines.
    """
    return default_pipeline().from_dict(data)
