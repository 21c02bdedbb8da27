"""The bundled events plugin: PLOVER events that tie actors, places, dates and quantities together.

It is a linker: it runs after every extractor and reads their mentions from the document
(``document.actors``, ``.locations``, ``.dates``, ``.quantities``, ``.quotes``), never another
plugin. Triggers are data (the ``events_*`` lexicons); the steps are one module each:
:mod:`.triggers` finds the trigger phrases of a sentence, :mod:`.arguments` reads who did what
to whom and where from the clause, :mod:`.flags` reads negation, futurity and hypothesis, and
:mod:`.build` merges the triggers of one clause into one event and fills in the date, the
casualties and the quote.

>>> import geoevents
>>> from geoevents.testing import plugin_pipeline
>>> import geoevents.plugins.events as events
>>> class Countries:
...     @geoevents.hookimpl
...     def geoevents_extract_mentions(self, document):
...         for name, code in (("Norland", "NRL"), ("Sudland", "SDL")):
...             start = document.text.find(name)
...             yield geoevents.Actor(start=start, end=start + len(name), text=name,
...                                   name=name, kind="country", country=code)
>>> doc = plugin_pipeline(Countries(), events).extract("Norland shelled Sudland on Monday.")
>>> [(e.type, e.mode, [a.country for a in e.actor], [r.country for r in e.recipient])
...  for e in doc.events]
[('ASSAULT', 'heavy-weapons', ['NRL'], ['SDL'])]
"""

from __future__ import annotations

import regex

from geoevents.hookspecs import hookimpl
from geoevents.model import Document, Event
from geoevents.plugins.events.build import Story, sentence_events
from geoevents.plugins.events.lexicons import EventLexicons, compiled
from geoevents.plugins.events.sentence import Layers
from geoevents.resources import Context
from geoevents.text.sentences import sentence_lexicons, sentences

__all__ = ["find_events", "geoevents_build_events"]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-.&/][\p{L}\p{N}]+)*")


def _candidate_offsets(text: str, lex: EventLexicons) -> list[int]:
    """Where a word that can start a trigger phrase stands."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length in lower case
        return [m.start() for m in _WORD.finditer(text) if m.group().lower() in lex.starts]
    starts = lex.starts
    return [m.start() for m in _WORD.finditer(lower) if m.group() in starts]


def find_events(document: Document, context: Context) -> list[Event]:
    """The PLOVER events of ``document``, built from its mentions, in text order."""
    lex = compiled(context)
    text = document.text
    offsets = _candidate_offsets(text, lex)
    if not offsets:
        return []
    split = sentences(text, sentence_lexicons(context))
    wanted = sorted({index for o in offsets if (index := split.index_at(o)) is not None})
    story = Story(text, Layers(document), document.published)
    events: list[Event] = []
    for index in wanted:
        start, end = split[index]
        events.extend(sentence_events(story, lex, start, end))
    return events


@hookimpl
def geoevents_build_events(document: Document, context: Context) -> list[Event]:
    """Build the PLOVER events of ``document`` from the mentions of every layer."""
    return find_events(document, context)
