"""Shared fixtures: a stand-in gazetteer plugin, for the tests of the events plugin.

The events plugin reads actors and locations from other plugins. So that its tests check its
own rules and do not move with the bundled actors and locations plugins, these tests give it a
small in-process plugin that finds a fixed list of names (countries, demonyms, people, places)
written for the tests.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest
import regex

import geoevents
import geoevents.plugins.events as events_plugin
from geoevents.testing import plugin_pipeline

ACTORS = {
    # surface form: (canonical name, kind, country)
    "Russia": ("Russia", "country", "RUS"),
    "Moscow": ("Russia", "country", "RUS"),
    "Russian": ("Russia", "country", "RUS"),
    "Ukraine": ("Ukraine", "country", "UKR"),
    "Ukrainian": ("Ukraine", "country", "UKR"),
    "France": ("France", "country", "FRA"),
    "French": ("France", "country", "FRA"),
    "Germany": ("Germany", "country", "DEU"),
    "German": ("Germany", "country", "DEU"),
    "Poland": ("Poland", "country", "POL"),
    "Polish": ("Poland", "country", "POL"),
    "Hungarian": ("Hungary", "country", "HUN"),
    "Romanian": ("Romania", "country", "ROU"),
    "Chile": ("Chile", "country", "CHL"),
    "Peru": ("Peru", "country", "PER"),
    "Peruvian": ("Peru", "country", "PER"),
    "Chilean": ("Chile", "country", "CHL"),
    "Norway": ("Norway", "country", "NOR"),
    "Sweden": ("Sweden", "country", "SWE"),
    "Kenya": ("Kenya", "country", "KEN"),
    "Kenyan": ("Kenya", "country", "KEN"),
    "Japan": ("Japan", "country", "JPN"),
    "Japanese": ("Japan", "country", "JPN"),
    "Canada": ("Canada", "country", "CAN"),
    "police": ("police", "organization", None),
    "the United Nations": ("United Nations", "organization", None),
    "Ana Ferreira": ("Ana Ferreira", "person", "PER"),
    "Ferreira": ("Ana Ferreira", "person", "PER"),
    "Tomas Lind": ("Tomas Lind", "person", "SWE"),
    "Lind": ("Tomas Lind", "person", "SWE"),
    "teachers": ("teachers", "group", None),
    "farmers": ("farmers", "group", None),
    "rebels": ("rebels", "group", None),
}
PLACES = {
    "Ukraine": ("Ukraine", "UKR", 49.0, 32.0, "country"),
    "Kyiv": ("Kyiv", "UKR", 50.45, 30.52, "city"),
    "Kharkiv": ("Kharkiv", "UKR", 49.99, 36.23, "city"),
    "Lima": ("Lima", "PER", -12.05, -77.04, "city"),
    "Santiago": ("Santiago", "CHL", -33.45, -70.67, "city"),
    "Nairobi": ("Nairobi", "KEN", -1.29, 36.82, "city"),
    "Oslo": ("Oslo", "NOR", 59.91, 10.75, "city"),
    "Tokyo": ("Tokyo", "JPN", 35.68, 139.69, "city"),
}


def _pattern(names: Mapping[str, object]) -> regex.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(n) for n in ordered) + r")\b")


class Gazetteer:
    """Finds the names of ACTORS and PLACES, as a bundled actors or locations plugin would."""

    name = "test-gazetteer"
    _actors = _pattern(ACTORS)
    _places = _pattern(PLACES)

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
        return [geoevents.Actor, geoevents.Location]

    @geoevents.hookimpl
    def geoevents_extract_mentions(
        self, document: geoevents.Document
    ) -> Iterator[geoevents.Mention]:
        text = document.text
        for match in self._actors.finditer(text):
            name, kind, country = ACTORS[match.group()]
            yield geoevents.Actor(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                name=name,
                kind=kind,
                country=country,
            )
        for match in self._places.finditer(text):
            name, country, lat, lon, feature = PLACES[match.group()]
            yield geoevents.Location(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                name=name,
                country=country,
                lat=lat,
                lon=lon,
                feature=feature,
            )


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The stand-in gazetteer plugin."""
    return Gazetteer()


@pytest.fixture(scope="session")
def events_pipeline() -> geoevents.Pipeline:
    """The bundled plugins but actors and locations, with the stand-in gazetteer instead."""
    return plugin_pipeline(Gazetteer(), bundled=["quantities", "quotes", "dates", "events"])


@pytest.fixture(scope="session")
def events_only() -> geoevents.Pipeline:
    """The events plugin with the stand-in gazetteer and nothing else."""
    return plugin_pipeline(Gazetteer(), events_plugin)
