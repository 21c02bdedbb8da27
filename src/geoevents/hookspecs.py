"""The hooks a geoevents plugin can implement.

Each docstring below is the hook's reference entry. Implement a hook by defining a function of
the same name (and any subset of its parameters) in a module or class, marked with
:data:`geoevents.hookimpl`, and register it (see :doc:`/howto/plugins`).

A document goes through two phases. In phase 1 every extractor reads the text and returns
mentions; an extractor that declares, through :func:`geoevents_reads_layers`, that it reads other
layers runs after the plugins that write them and sees their mentions. In phase 2 every linker
sees the document with all mentions and returns events. Each implementation runs on its own:
when one raises, its error is recorded on the document and the others' results are kept.

Implementations are called in pluggy's order (``tryfirst``, then the last registered first,
then ``trylast``), within the order the declared reads impose. The two document hooks,
:func:`geoevents_extract_mentions` and :func:`geoevents_build_events`, may also have wrappers
(``@geoevents.hookimpl(wrapper=True)``): see :func:`geoevents_extract_mentions`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pluggy

from geoevents.model import ActorEntry, Document, Event, Mention, PlaceEntry
from geoevents.resources import Context, LexiconEntries

PROJECT_NAME = "geoevents"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
"""Marker for hook implementations: ``@geoevents.hookimpl``."""

# -------------------------------------------------------------------------
# Registration: what a plugin adds to the data model
# -------------------------------------------------------------------------


@hookspec
def geoevents_mention_types() -> Iterable[type[Mention]]:
    """Declare the mention types this plugin creates that geoevents does not define.

    Each type is an attrs subclass of :class:`geoevents.Mention` whose class variable ``layer``
    names the key it is stored and serialised under (``"weapons"``). Layer names must be unique
    across plugins and must not be one of the built-in ones (``quantities``, ``quotes``,
    ``dates``, ``actors``, ``locations``).

    Declare the built-in types your plugin fills too (a second quantities extractor returns
    ``[geoevents.Quantity]``): a plugin that reads a layer runs after every plugin that declares
    it.

    Called once, when a pipeline is built.

    :return: the mention classes.
    """


@hookspec
def geoevents_reads_layers() -> Iterable[str]:
    """Declare the layers whose mentions this plugin's extractor reads.

    A plugin that builds on another layer (a casualty extractor on ``quantities``, a speaker
    linker on ``actors``) declares it here. The pipeline then runs this plugin's
    :func:`geoevents_extract_mentions` after every selected plugin that declares that layer
    through :func:`geoevents_mention_types`, and gives it a document holding their mentions
    (checked, stamped with their plugin's name and sorted), and only those: the layers it does
    not declare are empty, so its results never depend on the order plugins happen to run in.
    A layer no selected plugin writes reads as empty. Plugins whose reads form a cycle cannot
    run together: building the pipeline raises
    :class:`~geoevents.manager.PluginLoadError` naming them.

    Called once, when a pipeline is built.

    :return: layer names, such as ``["quantities"]``.
    """


# -------------------------------------------------------------------------
# Resources: data a plugin adds for other plugins to use
# -------------------------------------------------------------------------


@hookspec
def geoevents_lexicon_entries(name: str) -> LexiconEntries | None:
    """Add entries to, or override entries of, the lexicon called ``name``.

    Bundled plugins keep their word lists as lexicons (``reporting_verbs``, ``units``...; the
    page of each plugin lists the lexicons it reads). Return a list of words, or a mapping from
    word to value (for lexicons whose entries carry one, such as a unit's symbol), for the
    lexicons you extend, and None for the others. Contributions override bundled entries, and
    later-registered plugins override earlier ones.

    Called once per lexicon and pipeline, the first time a plugin asks for it.

    :param name: the lexicon asked for.
    :return: the entries to add, or None.
    """


@hookspec
def geoevents_actor_entries() -> Iterable[ActorEntry]:
    """Add or override actor gazetteer entries (people, organisations, countries, groups).

    An entry whose name or alias matches a bundled entry replaces it for plugins that resolve
    actors. Called once per pipeline.

    :return: the entries to add.
    """


@hookspec
def geoevents_place_entries() -> Iterable[PlaceEntry]:
    """Add or override place gazetteer entries.

    An entry whose name or alias matches a bundled entry replaces it for plugins that resolve
    places. Called once per pipeline.

    :return: the entries to add.
    """


# -------------------------------------------------------------------------
# Phase 1: mentions
# -------------------------------------------------------------------------


@hookspec
def geoevents_extract_mentions(document: Document, context: Context) -> Iterable[Mention] | None:
    """Find mentions in a document's text.

    Every returned mention must have exact offsets (``document.text[m.start:m.end] == m.text``)
    and be of a built-in type or one declared through :func:`geoevents_mention_types`. Leave
    ``plugin`` empty and the pipeline fills in this plugin's name. Mentions with wrong offsets
    are dropped and reported in ``Document.errors``.

    A wrapper (``@geoevents.hookimpl(wrapper=True)``, a generator that yields once) runs around
    the whole phase: it receives the list of every extractor's mentions (one list per plugin, in
    the order they ran, already checked and stamped) from its ``yield``, and returns that list,
    changed as it likes (to drop, revise or add mentions, or to time the phase). What it returns
    is checked like an extractor's result; when it raises, its error is recorded and the
    phase's result is kept unchanged.

    :param document: the document, with its ``text``, ``published`` date and ``id``; it holds
        the mentions of the layers this plugin reads (:func:`geoevents_reads_layers`), and no
        others.
    :param context: settings and lexicons shared by all plugins.
    :return: the mentions found, in any order.
    """


# -------------------------------------------------------------------------
# Phase 2: events
# -------------------------------------------------------------------------


@hookspec
def geoevents_build_events(document: Document, context: Context) -> Iterable[Event] | None:
    """Build events from a document and the mentions every extractor found in it.

    A wrapper receives the list of every linker's events (one list per plugin) and returns it,
    changed as it likes, as for :func:`geoevents_extract_mentions`.

    :param document: the document, with all of phase 1's mentions.
    :param context: settings and lexicons shared by all plugins.
    :return: the events, in any order; an event's ``quantities`` index ``document.quantities``.
    """
