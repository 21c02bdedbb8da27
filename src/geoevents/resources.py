"""What a plugin may consult while it works: settings, lexicons and gazetteer entries.

Lexicons are the word lists that bundled plugins keep as data, not code (reporting verbs, unit
words, casualty words...). Each one is a file ``geoevents/data/<name>.tsv``; any plugin can add
or override entries through the ``geoevents_lexicon_entries`` hook, and gazetteer entries
through ``geoevents_actor_entries`` and ``geoevents_place_entries``. A :class:`Context` merges
the two, once per pipeline.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable, Hashable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from geoevents.model import ActorEntry, PlaceEntry

__all__ = ["Context", "LexiconEntries", "merge_lexicon", "read_bundled_lexicon"]

T = TypeVar("T")

LexiconEntries = Mapping[str, str] | Iterable[str]
"""What a plugin contributes to a lexicon: words, or words mapped to a value."""


@functools.cache
def read_bundled_lexicon(name: str) -> Mapping[str, str]:
    """The entries of the bundled lexicon ``name`` (``data/<name>.tsv``), empty if none.

    Each line holds an entry, optionally followed by a tab and its value (a unit symbol, a
    currency code...); an entry without a value maps to ``""``. Lines starting with ``#`` and
    blank lines are ignored. Entries are kept as written: matching rules (case, plurals) belong
    to the plugin that reads them.
    """
    if not name.isidentifier():
        raise ValueError(f"lexicon names are identifiers like 'reporting_verbs'; got {name!r}")
    resource = importlib.resources.files("geoevents") / "data" / f"{name}.tsv"
    if not resource.is_file():
        return MappingProxyType({})
    entries: dict[str, str] = {}
    for line in resource.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        entry, _, value = line.partition("\t")
        entries[entry.strip()] = value.strip()
    return MappingProxyType(entries)


def merge_lexicon(
    bundled: Mapping[str, str], contributions: Iterable[LexiconEntries]
) -> Mapping[str, str]:
    """``bundled`` updated with each contribution in turn (later ones override earlier ones)."""
    merged = dict(bundled)
    for contribution in contributions:
        if isinstance(contribution, Mapping):
            merged.update({str(key): str(value) for key, value in contribution.items()})
        elif isinstance(contribution, str):
            raise TypeError(
                f"a lexicon contribution must be a mapping or a list of words, not the string "
                f"{contribution!r}"
            )
        else:
            merged.update(dict.fromkeys(map(str, contribution), ""))
    return MappingProxyType(merged)


class Context:
    """Settings and resources shared by every plugin of one pipeline.

    Plugins receive it in every extraction hook. Lexicons and gazetteers are built on first use
    and then kept, so asking for them per document costs a dictionary lookup.
    """

    def __init__(
        self,
        *,
        settings: Mapping[str, Any] | None = None,
        lexicon_contributions: Callable[[str], Iterable[LexiconEntries]] = lambda _name: (),
        actor_entries: Callable[[], Iterable[ActorEntry]] = tuple,
        place_entries: Callable[[], Iterable[PlaceEntry]] = tuple,
    ) -> None:
        self.settings: Mapping[str, Any] = MappingProxyType(dict(settings or {}))
        """Options passed to the pipeline, by dotted name (``"dates.day_first"``)."""
        self._lexicon_contributions = lexicon_contributions
        self._actor_entries = actor_entries
        self._place_entries = place_entries
        self._lexicons: dict[str, Mapping[str, str]] = {}
        self._actors: tuple[ActorEntry, ...] | None = None
        self._places: tuple[PlaceEntry, ...] | None = None
        self._built: dict[Hashable, Any] = {}

    def setting(self, name: str, default: Any = None) -> Any:
        """The value of setting ``name``, or ``default`` when it was not given."""
        return self.settings.get(name, default)

    def lexicon(self, name: str) -> Mapping[str, str]:
        """The bundled lexicon ``name`` with every plugin's additions and overrides."""
        if name not in self._lexicons:
            self._lexicons[name] = merge_lexicon(
                read_bundled_lexicon(name), self._lexicon_contributions(name)
            )
        return self._lexicons[name]

    def built(self, key: Hashable, build: Callable[[Context], T]) -> T:
        """``build(self)``, computed on the first call for ``key`` and kept with this context.

        Plugins compile their lexicons into patterns once per pipeline this way::

            patterns = context.built("my_plugin.patterns", compile_patterns)

        Use a key of your own (your plugin's name first) so that plugins do not collide.
        """
        if key not in self._built:
            self._built[key] = build(self)
        built: T = self._built[key]  # what build returned for this key
        return built

    def actor_entries(self) -> tuple[ActorEntry, ...]:
        """Actor gazetteer entries contributed by plugins, in registration order."""
        if self._actors is None:
            self._actors = tuple(self._actor_entries())
        return self._actors

    def place_entries(self) -> tuple[PlaceEntry, ...]:
        """Place gazetteer entries contributed by plugins, in registration order."""
        if self._places is None:
            self._places = tuple(self._place_entries())
        return self._places
