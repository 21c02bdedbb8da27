"""The plugin manager: bundled and third-party plugins, loaded safely, called in pluggy's order.

The bundled plugins are the modules named in :data:`BUNDLED_PLUGINS`. They are registered
exactly like third-party plugins (through :meth:`PluginManager.register` and its checks), which
are found through the entry-point group ``geoevents``. :func:`get_plugin_manager` builds a fresh
manager each time it is called; importing this module loads nothing.

Loading is controlled by these environment variables:

``GEOEVENTS_DISABLE_PLUGIN_AUTOLOAD=1``
    load no third-party plugins (bundled plugins still load);
``GEOEVENTS_LOAD_PLUGINS=a,b``
    load only the third-party plugins named ``a`` and ``b`` (empty: none);
``GEOEVENTS_STRICT_PLUGINS=1``
    raise :class:`PluginLoadError` for a plugin that cannot be loaded, instead of warning and
    skipping it.

Hooks are called in pluggy's order: ``tryfirst`` implementations first, ``trylast`` ones last,
and otherwise the last registered first. New-style wrappers (``@hookimpl(wrapper=True)``) are
accepted on the two document hooks, ``geoevents_extract_mentions`` and
``geoevents_build_events``; old-style ``hookwrapper=True`` implementations, and wrappers of other
hooks, are refused when the plugin is registered.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import inspect
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any

import attrs
import pluggy

from geoevents import hookspecs
from geoevents.__about__ import __version__
from geoevents.model import CORE_MENTION_TYPES, ActorEntry, Mention, PlaceEntry
from geoevents.resources import Context, LexiconEntries

__all__ = [
    "BUNDLED_PLUGINS",
    "DOCUMENT_HOOKS",
    "ENTRY_POINT_GROUP",
    "Implementation",
    "PluginInfo",
    "PluginLoadError",
    "PluginManager",
    "PluginNameConflict",
    "PluginWarning",
    "get_plugin_manager",
]

ENTRY_POINT_GROUP = "geoevents"
"""The entry-point group third-party plugins register under."""

BUNDLED_PLUGINS: tuple[str, ...] = (
    # one bundled plugin module per line, in the order of the output contract's layers
    "geoevents.plugins.quantities",
    "geoevents.plugins.quotes",
    "geoevents.plugins.dates",
    "geoevents.plugins.actors",
    "geoevents.plugins.locations",
    # linkers, which read the layers above
    "geoevents.plugins.events",
)
"""The modules of the bundled plugins, in the order they are registered."""

DOCUMENT_HOOKS = frozenset({"geoevents_extract_mentions", "geoevents_build_events"})
"""The hooks called once per document; the only ones that may have wrappers."""

_HOOK_PREFIX = "geoevents_"
_TRUE = frozenset({"1", "true", "yes", "on"})


class PluginLoadError(Exception):
    """A plugin could not be imported or registered, or plugins that cannot work together."""


class PluginNameConflict(PluginLoadError):
    """Two plugins claim the same name."""


class PluginWarning(UserWarning):
    """A plugin was skipped at load time, or failed on a document."""


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``geoevents plugins`` reports about one registered plugin."""

    name: str
    """The plugin's name: its module name for bundled ones, its entry-point name otherwise."""
    version: str | None
    """The version of the distribution that provides it (None for in-process plugins)."""
    source: str
    """``bundled``, ``entry point`` or ``in-process``."""
    distribution: str | None
    """The distribution that provides it (None for in-process plugins)."""
    hooks: tuple[str, ...]
    """The hooks it implements."""
    kinds: tuple[str, ...]
    """The mention kinds it declares through ``geoevents_mention_types``, by layer name
    (``"quantities"``, or a plugin's own ``"weapons"``)."""
    reads: tuple[str, ...] = ()
    """The layers its extractor reads, as declared through ``geoevents_reads_layers``."""


@attrs.frozen(kw_only=True)
class Implementation:
    """One plugin's implementation of one hook, as the manager calls it."""

    plugin: str
    """The name of the plugin it belongs to."""
    function: Callable[..., Any] = attrs.field(eq=False)
    """The function itself."""
    argnames: tuple[str, ...]
    """The parameters it takes, a subset of the hook's."""
    wrapper: bool = False
    """Whether it is a wrapper (``@hookimpl(wrapper=True)``): a generator that yields once."""

    def __call__(self, **kwargs: Any) -> Any:
        """Call the function with the arguments it asks for, taken from ``kwargs``."""
        return self.function(*(kwargs[name] for name in self.argnames))


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in _TRUE


def _plugin_label(plugin: object) -> str:
    if isinstance(plugin, ModuleType):
        return plugin.__name__.rsplit(".", 1)[-1]
    declared = getattr(plugin, "name", None)
    if isinstance(declared, str) and declared:
        return declared
    cls = plugin if inspect.isclass(plugin) else type(plugin)
    return cls.__name__.lower()


class _PluggyManager(pluggy.PluginManager):
    """Accepts unmarked ``geoevents_`` functions as hook implementations, as pytest does."""

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> pluggy.HookimplOpts | None:
        opts = super().parse_hookimpl_opts(plugin, name)
        if (
            opts is None
            and name.startswith(_HOOK_PREFIX)
            and inspect.isroutine(getattr(plugin, name, None))
        ):
            return pluggy.HookimplOpts(
                wrapper=False,
                hookwrapper=False,
                optionalhook=False,
                tryfirst=False,
                trylast=False,
                specname=None,
            )
        return opts


class PluginManager:
    """A typed facade over a pluggy manager holding geoevents' hook specifications.

    Core code talks to plugins only through these methods, so that every call is typed, made in
    pluggy's order, and each plugin's implementation can be called (and can fail) on its own.
    """

    def __init__(self, *, strict: bool = False) -> None:
        self.strict = strict
        """Whether a plugin that cannot be loaded raises instead of being skipped."""
        self._pm = _PluggyManager(hookspecs.PROJECT_NAME)
        self._pm.add_hookspecs(hookspecs)
        self._info: dict[str, tuple[str, str | None, str | None]] = {}

    @property
    def pluggy_manager(self) -> pluggy.PluginManager:
        """The underlying pluggy manager, for tracing and other pluggy features."""
        return self._pm

    def register(
        self,
        plugin: object,
        name: str | None = None,
        *,
        source: str = "in-process",
        distribution: str | None = None,
        version: str | None = None,
    ) -> str:
        """Register ``plugin`` (a module, class or instance) and return its name.

        :raises PluginNameConflict: another plugin is registered under the same name.
        :raises PluginLoadError: the plugin implements a ``geoevents_`` hook that does not exist
            (a misspelling), implements a hook with the wrong parameters, or has a wrapper that
            geoevents cannot call (an old-style ``hookwrapper``, or a wrapper of a hook other
            than the two document hooks).
        """
        name = name or _plugin_label(plugin)
        existing = self._pm.get_plugin(name)
        if existing is not None:
            raise PluginNameConflict(
                f"two plugins are named {name!r}: {self._describe(name)} and "
                f"{_describe_source(source, distribution, plugin)}; uninstall one, or choose "
                f"with GEOEVENTS_LOAD_PLUGINS"
            )
        try:
            self._pm.register(plugin, name=name)
        except ValueError as error:  # pluggy refuses an object registered twice
            raise PluginNameConflict(f"plugin {name!r}: {error}") from error
        except pluggy.PluginValidationError as error:
            raise PluginLoadError(f"plugin {name!r} is invalid: {error}") from error
        try:
            self._pm.check_pending()
        except pluggy.PluginValidationError as error:
            self._pm.unregister(name=name)
            raise PluginLoadError(
                f"plugin {name!r} implements a hook that does not exist: {error}. "
                f"The hooks are: {', '.join(self.hook_names())}"
            ) from error
        problem = self._wrapper_problem(name)
        if problem:
            self._pm.unregister(name=name)
            raise PluginLoadError(f"plugin {name!r} {problem}")
        self._info[name] = (source, distribution, version)
        return name

    def _wrapper_problem(self, name: str) -> str | None:
        for caller in self._pm.get_hookcallers(self._pm.get_plugin(name)) or ():
            for impl in caller.get_hookimpls():
                if impl.plugin_name != name:
                    continue
                if impl.hookwrapper:
                    return (
                        f"implements {caller.name} as an old-style hookwrapper, which geoevents "
                        f"does not call; use @geoevents.hookimpl(wrapper=True)"
                    )
                if impl.wrapper and caller.name not in DOCUMENT_HOOKS:
                    return (
                        f"implements {caller.name} as a wrapper; only "
                        f"{' and '.join(sorted(DOCUMENT_HOOKS))} may have wrappers"
                    )
        return None

    def unregister(self, name: str) -> None:
        """Remove the plugin registered as ``name``."""
        self._pm.unregister(name=name)
        self._info.pop(name, None)

    def names(self) -> list[str]:
        """The names of the registered plugins, in registration order."""
        return list(self._info)

    @staticmethod
    def hook_names() -> list[str]:
        """The names of every hook geoevents defines."""
        return sorted(name for name in vars(hookspecs) if name.startswith(_HOOK_PREFIX))

    def implementations(self, hook: str) -> list[Implementation]:
        """The implementations of ``hook`` that are not wrappers, in pluggy's call order.

        ``tryfirst`` ones come first and ``trylast`` ones last; among the others, the plugin
        registered last comes first. Call each one on its own to isolate its failures.
        """
        return [impl for impl in self._hookimpls(hook) if not impl.wrapper]

    def wrappers(self, hook: str) -> list[Implementation]:
        """The wrappers of ``hook``, outermost first (pluggy's order)."""
        return [impl for impl in self._hookimpls(hook) if impl.wrapper]

    def _hookimpls(self, hook: str) -> list[Implementation]:
        caller: pluggy.HookCaller = getattr(self._pm.hook, hook)
        return [
            Implementation(
                plugin=impl.plugin_name,
                function=impl.function,
                argnames=tuple(impl.argnames),
                wrapper=impl.wrapper,
            )
            for impl in reversed(caller.get_hookimpls())  # pluggy calls them last to first
        ]

    def mention_types(self) -> dict[str, type[Mention]]:
        """Every mention type by layer name: the built-in ones, then those plugins declare.

        :raises PluginLoadError: a declared type is not a Mention subclass with a ``layer``,
            or two types claim the same layer.
        """
        types: dict[str, type[Mention]] = {cls.layer: cls for cls in CORE_MENTION_TYPES}
        owners = dict.fromkeys(types, "geoevents")
        for plugin_name, declared in self.declared_types().items():
            for cls in declared:
                if cls.layer in types and types[cls.layer] is not cls:
                    raise PluginLoadError(
                        f"layer {cls.layer!r} is claimed by {owners[cls.layer]!r} and "
                        f"{plugin_name!r}"
                    )
                types[cls.layer] = cls
                owners[cls.layer] = plugin_name
        return types

    def declared_types(self) -> dict[str, tuple[type[Mention], ...]]:
        """The mention types each plugin declares (``geoevents_mention_types``), by plugin.

        :raises PluginLoadError: a declared type is not a Mention subclass with a ``layer``.
        """
        declared: dict[str, tuple[type[Mention], ...]] = {}
        for impl in reversed(self.implementations("geoevents_mention_types")):
            classes = []
            for cls in _iterable(impl(), impl.plugin, "geoevents_mention_types"):
                if not (inspect.isclass(cls) and issubclass(cls, Mention) and cls.layer):
                    raise PluginLoadError(
                        f"plugin {impl.plugin!r} declared {cls!r}, which is not a Mention "
                        f"subclass with a 'layer' class variable"
                    )
                classes.append(cls)
            declared[impl.plugin] = tuple(classes)
        return declared

    def layers_read(self) -> dict[str, frozenset[str]]:
        """The layers each plugin's extractor reads (``geoevents_reads_layers``), by plugin.

        :raises PluginLoadError: a plugin declares something that is not a layer name.
        """
        read: dict[str, frozenset[str]] = {}
        for impl in self.implementations("geoevents_reads_layers"):
            layers = list(_iterable(impl(), impl.plugin, "geoevents_reads_layers"))
            if not all(isinstance(layer, str) and layer for layer in layers):
                raise PluginLoadError(
                    f"plugin {impl.plugin!r} declared it reads {layers!r}; "
                    f"geoevents_reads_layers returns layer names such as 'quantities'"
                )
            read[impl.plugin] = frozenset(layers)
        return read

    def lexicon_contributions(self, name: str) -> list[LexiconEntries]:
        """Every plugin's additions to lexicon ``name``, the strongest last.

        A later contribution overrides an earlier one, so the order is the reverse of pluggy's
        call order: a ``tryfirst`` plugin, or else the plugin registered last, has the last word.
        """
        contributions = []
        for impl in reversed(self.implementations("geoevents_lexicon_entries")):
            entries = impl(name=name)
            if entries is not None:
                contributions.append(entries)
        return contributions

    def actor_entries(self) -> Iterator[ActorEntry]:
        """Every plugin's actor gazetteer entries, the strongest plugin's last."""
        for impl in reversed(self.implementations("geoevents_actor_entries")):
            yield from _entries(impl, ActorEntry, "geoevents_actor_entries")

    def place_entries(self) -> Iterator[PlaceEntry]:
        """Every plugin's place gazetteer entries, the strongest plugin's last."""
        for impl in reversed(self.implementations("geoevents_place_entries")):
            yield from _entries(impl, PlaceEntry, "geoevents_place_entries")

    def context(self, settings: Mapping[str, Any] | None = None) -> Context:
        """A :class:`~geoevents.resources.Context` backed by this manager's plugins."""
        return Context(
            settings=settings,
            lexicon_contributions=self.lexicon_contributions,
            actor_entries=self.actor_entries,
            place_entries=self.place_entries,
        )

    def info(self) -> list[PluginInfo]:
        """A description of every registered plugin, in registration order."""
        kinds = {
            name: [cls.layer for cls in types] for name, types in self.declared_types().items()
        }
        reads = self.layers_read()
        result = []
        for name, (source, distribution, version) in self._info.items():
            plugin = self._pm.get_plugin(name)
            hooks = sorted(caller.name for caller in self._pm.get_hookcallers(plugin) or ())
            result.append(
                PluginInfo(
                    name=name,
                    version=version,
                    source=source,
                    distribution=distribution,
                    hooks=tuple(hooks),
                    kinds=tuple(kinds.get(name, ())),
                    reads=tuple(sorted(reads.get(name, ()))),
                )
            )
        return result

    def _describe(self, name: str) -> str:
        source, distribution, _version = self._info.get(name, ("in-process", None, None))
        return _describe_source(source, distribution, self._pm.get_plugin(name))

    def load_bundled(self, modules: Sequence[str] = BUNDLED_PLUGINS) -> None:
        """Import and register the bundled plugin modules."""
        for module_name in modules:
            name = module_name.rsplit(".", 1)[-1]
            self._guarded(
                f"bundled plugin {name!r}",
                functools.partial(self._register_module, module_name, name),
            )

    def _register_module(self, module_name: str, name: str) -> None:
        self.register(
            importlib.import_module(module_name),
            name,
            source="bundled",
            distribution="geoevents",
            version=__version__,
        )

    def load_entry_points(self, only: Iterable[str] | None = None) -> None:
        """Load and register the third-party plugins of the ``geoevents`` entry-point group.

        :param only: load only the entry points with these names (None: all of them).
        :raises PluginNameConflict: two entry points share a name.
        """
        wanted = None if only is None else set(only)
        by_name: dict[str, list[importlib.metadata.EntryPoint]] = {}
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            if wanted is None or entry_point.name in wanted:
                known = by_name.setdefault(entry_point.name, [])
                if all(not _same_entry_point(entry_point, seen) for seen in known):
                    known.append(entry_point)
        for name, entry_points in sorted(by_name.items()):
            if len(entry_points) > 1:
                providers = " and ".join(_describe_entry_point(ep) for ep in entry_points)
                raise PluginNameConflict(f"two plugins are named {name!r}: {providers}")
        for name in sorted((wanted or set()) - set(by_name)):
            warnings.warn(
                f"GEOEVENTS_LOAD_PLUGINS names {name!r}, but no installed plugin has that name",
                PluginWarning,
                stacklevel=2,
            )
        for name, (entry_point,) in sorted(by_name.items()):
            self._guarded(
                f"plugin {name!r} ({_describe_entry_point(entry_point)})",
                functools.partial(self._register_entry_point, entry_point),
            )

    def _register_entry_point(self, entry_point: importlib.metadata.EntryPoint) -> None:
        dist = entry_point.dist
        self.register(
            entry_point.load(),
            entry_point.name,
            source="entry point",
            distribution=dist.name if dist else None,
            version=dist.version if dist else None,
        )

    def _guarded(self, label: str, load: Callable[[], object]) -> None:
        try:
            load()
        except PluginNameConflict:
            raise
        except Exception as error:
            if self.strict:
                raise PluginLoadError(f"{label} could not be loaded: {error}") from error
            warnings.warn(
                f"{label} could not be loaded and was skipped: {type(error).__name__}: {error}",
                PluginWarning,
                stacklevel=4,
            )


def _iterable(result: object, plugin: str, hook: str) -> Iterable[Any]:
    if result is None:
        return ()
    if isinstance(result, str | bytes) or not isinstance(result, Iterable):
        raise PluginLoadError(
            f"plugin {plugin!r} returned {type(result).__name__} {result!r} from {hook}, "
            f"which must return a list"
        )
    return result


def _entries(impl: Implementation, cls: type[Any], hook: str) -> Iterator[Any]:
    for entry in _iterable(impl(), impl.plugin, hook):
        if not isinstance(entry, cls):
            raise PluginLoadError(
                f"plugin {impl.plugin!r} returned {type(entry).__name__} {entry!r} from {hook}, "
                f"which must return {cls.__name__} objects"
            )
        yield entry


def _same_entry_point(a: importlib.metadata.EntryPoint, b: importlib.metadata.EntryPoint) -> bool:
    return a.value == b.value and (a.dist and a.dist.name) == (b.dist and b.dist.name)


def _describe_entry_point(entry_point: importlib.metadata.EntryPoint) -> str:
    dist = entry_point.dist
    origin = f"{dist.name} {dist.version}" if dist else "an unknown distribution"
    return f"{entry_point.value} from {origin}"


def _describe_source(source: str, distribution: str | None, plugin: object) -> str:
    where = f" from {distribution}" if distribution else ""
    return f"{source} plugin {plugin!r}{where}"


def get_plugin_manager(
    *,
    strict: bool | None = None,
    autoload: bool | None = None,
    load: Iterable[str] | None = None,
    bundled: Sequence[str] = BUNDLED_PLUGINS,
) -> PluginManager:
    """A new plugin manager with the bundled plugins and the installed third-party ones.

    :param strict: raise when a plugin cannot be loaded (default: ``GEOEVENTS_STRICT_PLUGINS``).
    :param autoload: load third-party plugins from entry points (default: unless
        ``GEOEVENTS_DISABLE_PLUGIN_AUTOLOAD`` is set).
    :param load: names of the only third-party plugins to load (default: those of
        ``GEOEVENTS_LOAD_PLUGINS`` when it is set, otherwise all).
    :param bundled: the bundled plugin modules to register.
    :raises PluginLoadError: in strict mode, for the first plugin that cannot be loaded.
    :raises PluginNameConflict: two plugins claim one name.
    """
    if strict is None:
        strict = _env_flag("GEOEVENTS_STRICT_PLUGINS")
    if autoload is None:
        autoload = not _env_flag("GEOEVENTS_DISABLE_PLUGIN_AUTOLOAD")
    if load is None and "GEOEVENTS_LOAD_PLUGINS" in os.environ:
        load = [n.strip() for n in os.environ["GEOEVENTS_LOAD_PLUGINS"].split(",") if n.strip()]
    manager = PluginManager(strict=strict)
    manager.load_bundled(bundled)
    if autoload:
        manager.load_entry_points(only=load)
    return manager
