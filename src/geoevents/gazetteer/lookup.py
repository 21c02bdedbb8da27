"""The :class:`Gazetteer`: find names in a text and say what each may name, best first."""

from __future__ import annotations

import array
import datetime as dt
import math
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from geoevents.gazetteer.index import FEATURES, SOURCES, load_index, pack_ref, unpack_ref
from geoevents.gazetteer.records import (
    VIAS,
    ActorCandidate,
    ActorRecord,
    CountryRecord,
    GazetteerMatch,
    Officeholder,
    PlaceCandidate,
    PlaceRecord,
)
from geoevents.model import ActorEntry, PlaceEntry
from geoevents.text.phrases import PhraseMatcher

if TYPE_CHECKING:
    from geoevents.resources import Context

__all__ = ["Gazetteer", "gazetteer_for"]

_PLACE, _ACTOR, _PERSON = 0, 1, 2
_ALIAS = VIAS.index("alias")
_SHORT = VIAS.index("short")
_DEMONYM = VIAS.index("demonym")
_PLURAL = VIAS.index("plural")
_ALIAS_WEIGHT = 0.1  # another name (Bombay) counts for a tenth of the population it names
_TIER = {"plugin": 0, "bundled": 1}  # then the packages' records


def gazetteer_for(context: Context) -> Gazetteer:
    """The gazetteer of a pipeline: the bundled one with its plugins' entries, built once."""
    return context.built("gazetteer", Gazetteer.from_context)


def _column(data: bytes, code: str) -> array.array[Any]:
    column = array.array(code)
    column.frombytes(data)
    return column


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class Gazetteer:
    """Countries, places, organisations, groups and officeholders, looked up by name.

    Build it with :meth:`bundled` (what geoevents ships) or :meth:`from_context` (with the
    entries a pipeline's plugins contribute), or through :func:`gazetteer_for`. It cannot be
    changed once built, and is safe to share between threads.

    Lookups return candidates best first. For places: entries a plugin contributed (which
    replace every other entry for the names they have), then the bundled data files' (seas,
    regions, seats of power), then the packages': a country, then a national capital, then
    regions and cities by population, where another name (an exonym, a former name) counts
    for a tenth of the city's population, a region's population is that of its towns, and a
    region named like a city of its country comes after that city ("Kharkiv" is the city
    before the oblast). For actors: contributed entries,
    then organisations, groups and officeholders, then countries (by name, then as a seat of
    power, a capital or a demonym).
    """

    __slots__ = (
        "_capitals",
        "_countries",
        "_country_rows",
        "_extra_actors",
        "_extra_places",
        "_index",
        "_matcher",
        "_people",
        "_places",
    )

    def __init__(
        self,
        index: Mapping[str, Any],
        *,
        actor_entries: Iterable[ActorEntry] = (),
        place_entries: Iterable[PlaceEntry] = (),
    ) -> None:
        self._index = index
        places = index["places"]
        self._places = {
            "name": places["name"],
            "regions": index["regions"],
            **{
                key: _column(places[key], code)
                for key, code in (
                    ("feature", "B"),
                    ("country", "H"),
                    ("lat", "d"),
                    ("lon", "d"),
                    ("geonameid", "q"),
                    ("population", "q"),
                    ("weight", "q"),
                    ("region", "I"),
                    ("source", "B"),
                )
            },
        }
        self._countries = tuple(
            self._country(row, facts) for row, facts in enumerate(index["countries"])
        )
        self._country_rows = {
            key: row
            for row, country in enumerate(self._countries)
            for key in (country.code, country.alpha2)
        }
        self._capitals = frozenset(
            country.capital.geonameid
            for country in self._countries
            if country.capital and country.capital.geonameid
        )
        self._people = tuple(
            Officeholder(
                name=name,
                office=office,
                start=dt.date.fromisoformat(start),
                end=_date(end),
                country=country,
                organization=organization,
            )
            for name, office, start, end, country, organization in index["people"]
        )
        place_entries, actor_entries = tuple(place_entries), tuple(actor_entries)
        self._extra_places = tuple(_place_record(entry) for entry in place_entries)
        self._extra_actors = tuple(_actor_record(entry) for entry in actor_entries)
        self._people = self._people + tuple(
            _officeholder(entry) for entry in actor_entries if _dated(entry)
        )
        self._matcher: PhraseMatcher[int] = PhraseMatcher.from_snapshot(
            index["matcher"], self._contributed_phrases(place_entries, actor_entries)
        )

    @classmethod
    def bundled(cls) -> Gazetteer:
        """The gazetteer of the packages and data files geoevents ships, without plugins."""
        return cls(load_index())

    @classmethod
    def from_context(cls, context: Context) -> Gazetteer:
        """The bundled gazetteer with the entries a pipeline's plugins contribute."""
        return cls(
            load_index(),
            actor_entries=context.actor_entries(),
            place_entries=context.place_entries(),
        )

    def _contributed_phrases(
        self, places: Iterable[PlaceEntry], actors: Iterable[ActorEntry]
    ) -> list[tuple[str, int]]:
        phrases = []
        first_place = len(self._places["name"])
        for offset, entry in enumerate(places):
            for via, name in [(0, entry.name), *((_ALIAS, alias) for alias in entry.aliases)]:
                phrases.append((name, pack_ref(_PLACE, first_place + offset, via)))
        first_actor = len(self._index["actors"])
        first_person = len(self._index["people"])
        people = 0
        for offset, actor in enumerate(actors):
            if _dated(actor):  # an officeholder: found by name, alias and name-only forms
                row = first_person + people
                people += 1
                names = [(0, actor.name), *((_ALIAS, alias) for alias in actor.aliases)]
                shorts = actor.short or (actor.name.split()[-1],)
                for via, name in [*names, *((_SHORT, short) for short in shorts)]:
                    phrases.append((name, pack_ref(_PERSON, row, via)))
                continue
            for via, name in [(0, actor.name), *((_ALIAS, alias) for alias in actor.aliases)]:
                phrases.append((name, pack_ref(_ACTOR, first_actor + offset, via)))
        return phrases

    # -- records ---------------------------------------------------------------------------

    def _country(self, row: int, facts: tuple[Any, ...]) -> CountryRecord:
        """A country from its facts and its place, which has the same row."""
        code, alpha2, name, aliases, demonyms, plurals, capital = facts
        columns = self._places
        lat, lon = columns["lat"][row], columns["lon"][row]
        return CountryRecord(
            code=code,
            alpha2=alpha2,
            name=name,
            aliases=aliases,
            demonyms=demonyms,
            plurals=plurals,
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            geonameid=columns["geonameid"][row] or None,
            population=columns["population"][row] if columns["population"][row] >= 0 else None,
            capital=PlaceRecord(
                name=capital[0],
                feature="city",
                country=code,
                lat=capital[1],
                lon=capital[2],
                geonameid=capital[3],
                source="geonames" if capital[3] else "countries",
            )
            if capital[0]
            else None,
        )

    def place_record(self, row: int) -> PlaceRecord:
        """The place in row ``row`` of the index (rows are what phrase payloads point to)."""
        base = len(self._places["name"])
        if row >= base:
            return self._extra_places[row - base]
        columns = self._places
        country = columns["country"][row]
        lat, lon = columns["lat"][row], columns["lon"][row]
        population = columns["population"][row]
        region = columns["region"][row]
        return PlaceRecord(
            name=columns["name"][row],
            feature=FEATURES[columns["feature"][row]],
            country=self._countries[country].code if country != 0xFFFF else None,
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            geonameid=columns["geonameid"][row] or None,
            population=population if population >= 0 else None,
            region=columns["regions"][region - 1] if region else None,
            weight=columns["weight"][row],
            source=SOURCES[columns["source"][row]],
        )

    def _actor_record(self, row: int) -> ActorRecord:
        actors = self._index["actors"]
        if row >= len(actors):
            return self._extra_actors[row - len(actors)]
        name, kind, country, source = actors[row]
        return ActorRecord(name=name, kind=kind, country=country, source=source)

    # -- lookups ---------------------------------------------------------------------------

    def country(self, code: str) -> CountryRecord | None:
        """The country with ISO 3166-1 alpha-3 or alpha-2 code ``code``, or None."""
        row = self._country_rows.get(code.upper())
        return self._countries[row] if row is not None else None

    @property
    def countries(self) -> tuple[CountryRecord, ...]:
        """Every country, by alpha-2 code."""
        return self._countries

    def officeholders(
        self, *, country: str | None = None, office: str | None = None, on: dt.date | None = None
    ) -> tuple[Officeholder, ...]:
        """The officeholders of a country (alpha-3), an office, or in office on a day."""
        return tuple(
            person
            for person in self._people
            if (country is None or person.country == country)
            and (office is None or person.office == office)
            and (on is None or person.in_office(on))
        )

    def places(self, name: str) -> tuple[PlaceCandidate, ...]:
        """The places ``name`` (written so: case matters, as in a text) may name, best first."""
        return self._places_of(self._matcher.lookup(name))

    def actors(self, name: str, *, on: dt.date | None = None) -> tuple[ActorCandidate, ...]:
        """The actors ``name`` may name, best first.

        :param on: when given, only the officeholders in office that day are candidates.
        """
        return self._actors_of(self._matcher.lookup(name), on)

    def find(
        self, text: str, start: int = 0, end: int | None = None, *, on: dt.date | None = None
    ) -> list[GazetteerMatch]:
        """Every name of the gazetteer in ``text`` (or ``text[start:end]``), longest first.

        :param on: the day officeholders must be in office (an article's publication date).
        """
        found = []
        for match in self._matcher.find(text, start, end):
            places = self._places_of(match.payloads)
            actors = self._actors_of(match.payloads, on)
            if places or actors:
                found.append(
                    GazetteerMatch(
                        start=match.start,
                        end=match.end,
                        text=match.text,
                        places=places,
                        actors=actors,
                    )
                )
        return found

    # -- ranking ---------------------------------------------------------------------------

    def _places_of(self, refs: Iterable[int]) -> tuple[PlaceCandidate, ...]:
        best: dict[int, int] = {}
        for ref in refs:
            table, row, via = unpack_ref(ref)
            if table == _PLACE and via < best.get(row, len(VIAS)):
                best[row] = via
        records = [(self.place_record(row), via, row) for row, via in best.items()]
        if any(record.source == "plugin" for record, _, _ in records):
            records = [entry for entry in records if entry[0].source == "plugin"]
        weights = {row: self._weight(row, via) for _, via, row in records}
        # A city in a region of its own name ("Kharkiv" in Kharkiv Oblast, "Quebec") is what
        # the name means; a small town elsewhere that shares a region's name (California,
        # Maryland; Mexico, Missouri for "New Mexico") does not outrank the region.
        for record, _, row in records:
            if record.feature != "region":
                continue
            namesakes = [
                weights[city_row]
                for city, _, city_row in records
                if city.feature == "city"
                and city.country == record.country
                and _same_region(city.region, record.name)
            ]
            if namesakes:
                weights[row] = max(namesakes) - 0.5
        records.sort(
            key=lambda entry: (
                _TIER.get(entry[0].source, 2),
                0
                if entry[0].feature == "country"
                else 1
                if entry[0].geonameid in self._capitals
                else 2,
                -weights[entry[2]],
                entry[1],
                entry[2],
            )
        )
        return tuple(PlaceCandidate(record=record, via=VIAS[via]) for record, via, _ in records)

    def _weight(self, row: int, via: int) -> float:
        """What ranks a place among those of one name.

        That is its weight (see :mod:`geoevents.gazetteer.index`), a tenth of it for another
        name.
        """
        base = len(self._places["name"])
        if row < base:
            weight = float(self._places["weight"][row])
        else:
            weight = float(self._extra_places[row - base].population or 0)
        return weight * _ALIAS_WEIGHT if via == _ALIAS else weight

    def _actors_of(self, refs: Iterable[int], on: dt.date | None) -> tuple[ActorCandidate, ...]:
        best: dict[tuple[int, int], int] = {}
        for ref in refs:
            table, row, via = unpack_ref(ref)
            if table != _PLACE and via < best.get((table, row), len(VIAS)):
                best[table, row] = via
        found: list[tuple[tuple[int, int, int, int], ActorRecord | Officeholder, int]] = []
        for (table, row), via in best.items():
            record: ActorRecord | Officeholder
            if table == _PERSON:
                record = self._people[row]
                if on is not None and not record.in_office(on):
                    continue
                key = (1, via, -record.start.toordinal(), row)
            else:
                record = self._actor_record(row)
                # A demonym or alias several countries share ("American", "Dominican") is
                # first the most populous one's.
                people = self._population(record) if via in (_DEMONYM, _PLURAL) else 0
                key = (_TIER.get(record.source, 2), via, -people, row)
            found.append((key, record, via))
        if any(record.source == "plugin" for _, record, _ in found):
            found = [entry for entry in found if entry[1].source == "plugin"]
        found.sort(key=lambda entry: entry[0])
        return tuple(ActorCandidate(record=record, via=VIAS[via]) for _, record, via in found)

    def _population(self, record: ActorRecord) -> int:
        if record.kind != "country" or record.country is None:
            return 0
        country = self.country(record.country)
        return (country.population or 0) if country is not None else 0


def _same_region(region_of_city: str | None, region: str) -> bool:
    """Whether a city's region is ``region``, however two sources spell it.

    Their first words agree on their first six letters ("Rostovskaya oblast'" and "Rostov
    Oblast"). A city with no region recorded counts as in it.
    """
    if region_of_city is None:
        return True
    first = _folded(region_of_city).split()[:1]
    other = _folded(region).split()[:1]
    if not first or not other:
        return False
    shorter = min(len(first[0]), len(other[0]), 6)
    return first[0][:shorter] == other[0][:shorter]


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _place_record(entry: PlaceEntry) -> PlaceRecord:
    return PlaceRecord(
        name=entry.name,
        feature=entry.feature or "place",
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        population=entry.population,
        region=entry.region,
        weight=entry.population or 0,
        source="plugin",
    )


def _dated(entry: ActorEntry) -> bool:
    """Whether a contributed actor is an officeholder: a person with the start of a term."""
    return entry.kind == "person" and entry.start is not None


def _officeholder(entry: ActorEntry) -> Officeholder:
    assert entry.start is not None
    return Officeholder(
        name=entry.name,
        office=entry.role or "",
        start=entry.start,
        end=entry.end,
        country=entry.country,
        organization=entry.organization,
        source="plugin",
    )


def _actor_record(entry: ActorEntry) -> ActorRecord:
    return ActorRecord(
        name=entry.name, kind=entry.kind, country=entry.country, role=entry.role, source="plugin"
    )
