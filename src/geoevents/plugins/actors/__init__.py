"""The bundled actors plugin: countries, people, organisations and armed groups, with offsets.

>>> import datetime as dt
>>> from geoevents.model import Document
>>> from geoevents.resources import Context
>>> text = "Moscow said Ukrainian President Volodymyr Zelenskiy met Putin and Nato officials."
>>> document = Document(text=text, published=dt.date(2025, 9, 8))
>>> [(a.text, a.name, a.kind, a.country) for a in find_actors(document, Context())]
... # doctest: +NORMALIZE_WHITESPACE
[('Moscow', 'Russia', 'country', 'RUS'), ('Ukrainian', 'Ukraine', 'country', 'UKR'),
 ('Volodymyr Zelenskiy', 'Volodymyr Zelenskiy', 'person', 'UKR'),
 ('Putin', 'Vladimir Putin', 'person', 'RUS'), ('Nato', 'NATO', 'organization', None)]

The work is done in steps, one module each: :mod:`.known` reads the actors of the document's
gazetteer names (shared with the locations plugin through
:func:`geoevents.gazetteer.reading.read_names`), :mod:`.named` the people and organisations
the gazetteer does not know, from the shape of their names, and :mod:`.linking` gives later
and shorter mentions the fullest name the article gives. Where two readings overlap, the
longer wins, and of two of one length the gazetteer's. The word lists are lexicons
(:data:`LEXICONS`), compiled once per pipeline by :func:`compiled`.
"""

from __future__ import annotations

from geoevents.gazetteer.reading import read_names
from geoevents.hookspecs import hookimpl
from geoevents.model import Actor, Document, Mention
from geoevents.plugins.actors.found import Found
from geoevents.plugins.actors.known import known_actors
from geoevents.plugins.actors.lexicons import LEXICONS, compiled
from geoevents.plugins.actors.linking import link
from geoevents.plugins.actors.named import named_actors
from geoevents.resources import Context
from geoevents.text.sentences import sentences
from geoevents.text.spans import non_overlapping

__all__ = [
    "LEXICONS",
    "compiled",
    "find_actors",
    "geoevents_extract_mentions",
    "geoevents_mention_types",
]


@hookimpl
def geoevents_mention_types() -> list[type[Mention]]:
    """The kind of mention this plugin finds: the built-in ``actors`` layer."""
    return [Actor]


@hookimpl
def geoevents_extract_mentions(document: Document, context: Context) -> list[Actor]:
    """Find the actors of the document."""
    return find_actors(document, context)


def find_actors(document: Document, context: Context) -> list[Actor]:
    """Every actor mention of ``document``, in text order, never overlapping.

    Officeholders named by surname only ("Putin") are resolved for the publication date; without
    one, to whoever held the office last.
    """
    text = document.text
    lex = compiled(context)
    names = read_names(text, document.published, context)
    places = [(n.start, n.end) for n in names if n.places]
    split = sentences(text, lex.reader.sentences)
    found = [
        *known_actors(text, names, lex),
        *named_actors(text, lex, split, places),
    ]
    chosen = link(text, _without_overlaps(found))
    return [
        Actor(
            start=item.start,
            end=item.end,
            text=item.text,
            name=item.name,
            kind=item.kind,
            country=item.country,
            role=item.role,
            via=item.via,
        )
        for item in chosen
    ]


def _without_overlaps(found: list[Found]) -> list[Found]:
    """The longest mentions first (the gazetteer's first among equals), none overlapping."""
    preferred = sorted(found, key=lambda f: (f.start - f.end, not f.known, f.start))
    return non_overlapping(preferred, start=lambda f: f.start, end=lambda f: f.end)
