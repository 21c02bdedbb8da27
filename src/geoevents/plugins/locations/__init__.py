"""The bundled locations plugin: countries, regions, cities, seas and facilities, with offsets.

>>> from geoevents.model import Document
>>> from geoevents.resources import Context
>>> text = "Moscow said drones hit central Kyiv and ships in the Black Sea."
>>> [(p.text, p.name, p.country, p.feature) for p in find_locations(Document(text=text),
...  Context())]
[('Kyiv', 'Kyiv', 'UKR', 'city'), ('Black Sea', 'Black Sea', None, 'sea')]

Every place comes from the document's gazetteer reading, shared with the actors plugin
(:func:`geoevents.gazetteer.reading.read_names`), which drops the words that are no place
here and ranks ambiguous places by the article. A name is a location unless its sentence makes
it an agent (:mod:`geoevents.text.placeuse`: "Moscow said", "US indecision"): then it is an
actor. A capital or a seat of power is a location where the sentence puts something there
("in Moscow", "at the White House"); a demonym names its country as a place where it is not an
agent ("a German magazine"). Named facilities the gazetteer lacks (airports, crossings) are
read by :mod:`.facilities`.
"""

from __future__ import annotations

import attrs
import regex

from geoevents.gazetteer.reading import GeoName, geo_reader, read_names
from geoevents.hookspecs import hookimpl
from geoevents.model import Document, Location, Mention
from geoevents.plugins.locations.facilities import facilities, facility_pattern
from geoevents.resources import Context
from geoevents.text.placeuse import AGENT, PLACE
from geoevents.text.spans import non_overlapping

__all__ = [
    "LEXICONS",
    "LocationLexicons",
    "compiled",
    "find_locations",
    "geoevents_extract_mentions",
    "geoevents_mention_types",
]

LEXICONS = (
    "facility_heads",
    "place_prepositions",
    "place_modifiers",
    "agent_nouns",
    "polity_nouns",
)
"""The lexicons the locations plugin reads (with the gazetteer's data files)."""


@attrs.frozen(kw_only=True, eq=False)
class LocationLexicons:
    """Everything the locations plugin reads, compiled."""

    facility: regex.Pattern[str]
    """The pattern of a named facility ("Heathrow airport")."""


def compiled(context: Context) -> LocationLexicons:
    """The plugin's lexicons in ``context``, compiled on first use and then kept with it."""
    return context.built(
        "locations.lexicons",
        lambda c: LocationLexicons(facility=facility_pattern(list(c.lexicon("facility_heads")))),
    )


@hookimpl
def geoevents_mention_types() -> list[type[Mention]]:
    """The kind of mention this plugin finds: the built-in ``locations`` layer."""
    return [Location]


@hookimpl
def geoevents_extract_mentions(document: Document, context: Context) -> list[Location]:
    """Find the locations of the document."""
    return find_locations(document, context)


def find_locations(document: Document, context: Context) -> list[Location]:
    """Every location mention of ``document``, in text order, never overlapping."""
    text = document.text
    names = read_names(text, document.published, context)
    found = [location for name in names if (location := _location(name, context))]
    found += facilities(text, compiled(context).facility, names)
    found.sort(key=lambda m: (m.start - m.end, m.start))  # the longest first
    return non_overlapping(found, start=lambda m: m.start, end=lambda m: m.end)


def _location(name: GeoName, context: Context) -> Location | None:
    if name.use == AGENT:
        return None
    if not name.places:
        return _demonym_place(name, context)
    best = name.places[0]
    record = best.record
    seat = record.feature == "building" or (name.actors and name.actors[0].via == "seat")
    if seat and name.use != PLACE:
        return None
    return Location(
        start=name.start,
        end=name.end,
        text=name.text,
        name=record.name,
        country=record.country,
        lat=record.lat,
        lon=record.lon,
        feature=record.feature,
        geonameid=record.geonameid,
        region=record.region,
    )


def _demonym_place(name: GeoName, context: Context) -> Location | None:
    """The country a demonym names, as a place ("German magazine")."""
    if not name.actors or name.actors[0].via != "demonym" or name.in_name:
        return None
    code = name.actors[0].record.country
    country = geo_reader(context).gazetteer.country(code) if code else None
    if country is None:
        return None
    return Location(
        start=name.start,
        end=name.end,
        text=name.text,
        name=country.name,
        country=country.code,
        lat=country.lat,
        lon=country.lon,
        feature="country",
        geonameid=country.geonameid,
    )
