"""One reading of a document's gazetteer names, shared by the actors and locations plugins.

:func:`read_names` finds every name the gazetteer knows in a document and keeps those that are
names there, each with what it may name (places, best first for this article; actors) and how
its sentence uses it (:mod:`geoevents.text.placeuse`). Both plugins read the same
:class:`GeoName` objects, so that a mention is a place where it is not an actor and the two
never disagree on what a word is; the reading of a document is computed once, however many
plugins ask.

A gazetteer name is dropped where it is not a name:

- a word that is a month, a weekday, a title, a pronoun, a compass point or another common
  capitalised word ("March", "We", "Of", "the West");
- a word that only starts a sentence ("Nice to see", "Reading the report") and names no
  country, capital, continent or city of a million people, unless the article also writes it
  in mid-sentence;
- a country's name in a currency ("US$40", "$9.99 US dollars"), a place's before a number
  ("Trent 900") or alone in quotation marks ("“Darwin”");
- a place inside a longer capitalised name ("China Eastern Airlines", "New York Times"), except
  before the words of a national body ("US Air Force", "Russian Defence Ministry");
- a minor place (a town or a region of fewer than 100,000 people) whose country the article
  does not otherwise mention ("the West" is no region of Cameroon here, "EU" no town in
  France).

Ambiguous places are resolved by the article: a place written "City, Region" lies in that
region; a country's name names a region or town of another country the article is about when
the country itself is not mentioned otherwise ("Georgia" in an American article); otherwise the
candidate whose country the article mentions most, then the gazetteer's order.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence

import attrs
import regex

from geoevents.gazetteer.lookup import Gazetteer, gazetteer_for
from geoevents.gazetteer.records import ActorCandidate, GazetteerMatch, PlaceCandidate
from geoevents.resources import Context
from geoevents.text.placeuse import AGENT, PLACE, PLAIN, PlaceUseLexicons, place_use
from geoevents.text.placeuse import place_use_lexicons as _use_lexicons
from geoevents.text.sentences import SentenceLexicons, sentence_lexicons, sentences

__all__ = ["GeoName", "GeoReader", "geo_reader", "read_names"]

_MINOR = 100_000
"""Fewer inhabitants than this make a town or region minor (it needs the article's support)."""
_MAJOR = 1_000_000
"""A city this large is a name even at the start of a sentence."""
_STRONG_FEATURES = frozenset({"country", "continent", "ocean"})
_STOP_LEXICONS = (
    "dates_months",
    "dates_weekdays",
    "name_stopwords",
    "honorifics",
    "person_titles",
    "pronouns",
    "sentence_starters",
    "not_actors",
)
_OPENERS = frozenset("\"“‘'([«—–-")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")
_POSSESSIVE = regex.compile(r"['’]s?$")
_NOT_PLACE_AFTER = regex.compile(r"[ \t\u00a0]+\p{N}")
_CURRENCY_AFTER = regex.compile(r"\p{Sc}|[ \t\u00a0]+(?:dollars?|cents?)\b")
_QUOTES = ('"', "“", "”", "‘", "’")


def _not_a_place(text: str, start: int, end: int) -> bool:
    """Whether the name is a model's ("Trent 900") or a quoted title's."""
    if _NOT_PLACE_AFTER.match(text, end):
        return True
    return text[start - 1 : start] in _QUOTES and text[end : end + 1] in _QUOTES


@attrs.frozen(kw_only=True)
class GeoName:
    """A gazetteer name that is a name in its document."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character (a possessive ``'s`` left out)."""
    text: str
    """The name as written."""
    places: tuple[PlaceCandidate, ...]
    """The places it may name, best first for this article (empty: it names no place here)."""
    in_name: bool = False
    """Whether it is part of a longer capitalised name ("American Airlines")."""
    actors: tuple[ActorCandidate, ...]
    """The actors it may name, best first."""
    use: str
    """How its sentence uses it: ``place``, ``agent`` or ``plain``
    (:mod:`geoevents.text.placeuse`)."""
    sentence: tuple[int, int]
    """The span of its sentence."""


@attrs.frozen(kw_only=True, eq=False)
class GeoReader:
    """What :func:`read_names` needs, built once per pipeline."""

    gazetteer: Gazetteer
    """The pipeline's gazetteer, with its plugins' entries."""
    use: PlaceUseLexicons
    """The lexicons of :func:`~geoevents.text.placeuse.place_use`."""
    sentences: SentenceLexicons
    """The sentence splitter's lexicons."""
    stopwords: frozenset[str]
    """Lower-case words that are never a gazetteer name alone (months, titles, pronouns)."""
    cache: OrderedDict[tuple[str, dt.date | None], tuple[GeoName, ...]] = attrs.field(
        factory=OrderedDict
    )
    """The last documents read, so that the plugins of one document pay for one reading."""
    lock: threading.Lock = attrs.field(factory=threading.Lock)
    """Guards :attr:`cache`."""


def geo_reader(context: Context) -> GeoReader:
    """The reader of a pipeline's context, built on first use."""
    return context.built("gazetteer.reader", _build)


def _build(context: Context) -> GeoReader:
    stop = frozenset(
        word.lower() for name in _STOP_LEXICONS for word in context.lexicon(name) if " " not in word
    )
    return GeoReader(
        gazetteer=gazetteer_for(context),
        use=_use_lexicons(context),
        sentences=sentence_lexicons(context),
        stopwords=stop,
    )


def read_names(text: str, published: dt.date | None, context: Context) -> tuple[GeoName, ...]:
    """The gazetteer names of ``text`` that are names there, in text order (see the module)."""
    reader = geo_reader(context)
    key = (text, published)
    with reader.lock:
        cached = reader.cache.get(key)
        if cached is not None:
            reader.cache.move_to_end(key)
            return cached
    names = _read(text, published, reader)
    with reader.lock:
        reader.cache[key] = names
        while len(reader.cache) > 4:
            reader.cache.popitem(last=False)
    return names


def _read(text: str, published: dt.date | None, reader: GeoReader) -> tuple[GeoName, ...]:
    matches = [
        m
        for m in reader.gazetteer.find(text, on=published)
        if _is_name(text, m, reader) and not _CURRENCY_AFTER.match(text, m.end)
    ]
    if not matches:
        return ()
    split = sentences(text, reader.sentences)
    spans = [split.at(m.start) or (0, len(text)) for m in matches]
    midsentence = {m.text for m, span in zip(matches, spans, strict=True) if m.start > span[0]}
    kept = []
    for match, span in zip(matches, spans, strict=True):
        places = match.places
        in_name = _inside_name(text, match, span, reader)
        if places and (in_name or _not_a_place(text, match.start, match.end)):
            places = ()
        if places and _initial(text, match, span) and match.text not in midsentence:
            places = tuple(p for p in places if _strong(p))
        if places or match.actors:
            kept.append((match, places, span, in_name))
    context = _context_countries([(m, places) for m, places, _span, _in in kept])
    regions = {p.record.name for _m, places, _s, _in in kept for p in places[:1]}
    names: list[GeoName] = []
    for match, places, span, in_name in kept:
        ranked = _rank(places, context, regions)
        if ranked and not (match.actors or _strong(ranked[0]) or _supported(ranked[0], context)):
            ranked = ()
        elif ranked and _weak(ranked[0]) and not _supported(ranked[0], context):
            ranked = tuple(p for p in ranked if not _weak(p))
        actors = tuple(a for a in match.actors if a.via != "capital" or ranked)
        if not ranked and not actors:
            continue
        use = place_use(text, match.start, match.end, reader.use, floor=span[0], ceiling=span[1])
        names.append(
            GeoName(
                start=match.start,
                end=match.end,
                text=match.text,
                places=ranked,
                in_name=in_name,
                actors=actors,
                use=use,
                sentence=span,
            )
        )
    return tuple(_appositions(text, _coordinated(text, names)))


def _is_name(text: str, match: GazetteerMatch, reader: GeoReader) -> bool:
    if " " in match.text or "-" in match.text:
        return True
    if match.text.isupper() and len(match.text) > 1:
        return bool(match.actors) or len(match.text) > 3  # "US", "UN": acronyms of actors
    return match.text.lower().rstrip(".") not in reader.stopwords


def _initial(text: str, match: GazetteerMatch, span: tuple[int, int]) -> bool:
    """Whether the name is the first word of its sentence (or of a quote or bracket in it)."""
    before = text[span[0] : match.start].rstrip(" \t")
    return not before or before[-1] in _OPENERS or before[-1] == "\n"


def _inside_name(
    text: str, match: GazetteerMatch, span: tuple[int, int], reader: GeoReader
) -> bool:
    """Whether the place is part of a longer capitalised name ("China Eastern Airlines")."""
    before = text[max(span[0], match.start - 30) : match.start]
    if before.endswith(" ") and before.strip():
        word = before.split()[-1]
        if (
            word[:1].isupper()
            and _NAME_WORD.fullmatch(word)
            and word.lower() not in reader.stopwords
            and word.lower() not in reader.use.modifiers
        ):
            return True
    after = text[match.end : min(span[1], match.end + 40)]
    if after.startswith(" ") and len(after) > 1 and after[1].isupper():
        following = _POSSESSIVE.sub("", after.split(None, 1)[0].rstrip(",.;:"))
        return (
            following.isalpha()
            and not following.isupper()
            and following.lower() not in reader.stopwords
            and not _national_body(after)
        )
    return False


_BODY_HEADS = frozenset(
    {
        "force",
        "forces",
        "ministry",
        "department",
        "government",
        "army",
        "navy",
        "office",
        "embassy",
        "parliament",
        "senate",
        "congress",
        "guard",
        "president",
        "minister",
    }
)


def _national_body(after: str) -> bool:
    """Whether a country's body follows ("US Air Force", "Russian Defence Ministry")."""
    for word in after.split()[:3]:
        if word.lower().strip(",.;:") in _BODY_HEADS:
            return True
        if word[:1].islower() or word[-1:] in ",.;:":
            return False  # the name ended: "Gary Johnson for president" holds no body
    return False


def _strong(candidate: PlaceCandidate) -> bool:
    record = candidate.record
    return (
        record.feature in _STRONG_FEATURES
        or record.source in ("bundled", "plugin")
        or max(record.population or 0, record.weight) >= _MAJOR
        or candidate.via == "capital"
    )


def _weak(candidate: PlaceCandidate) -> bool:
    """Whether a place needs the article's support.

    That is a minor town or region, or a city named by another spelling or name of it ("Lion"
    for Lyon) that is not a major city.
    """
    record = candidate.record
    if record.source in ("bundled", "plugin") or record.feature in _STRONG_FEATURES:
        return False
    people = max(record.population or 0, record.weight)
    return people < _MINOR or (candidate.via != "name" and people < _MAJOR)


def _supported(candidate: PlaceCandidate, context: Counter[str]) -> bool:
    return candidate.record.country is not None and context[candidate.record.country] > 0


def _context_countries(
    found: Sequence[tuple[GazetteerMatch, Sequence[PlaceCandidate]]],
) -> Counter[str]:
    """How often the article mentions each country unambiguously.

    That is by a country's name, a demonym, a capital, a seat, or a place of one country only.
    """
    counts: Counter[str] = Counter()
    for match, places in found:
        countries = {
            a.record.country
            for a in match.actors
            if a.record.kind == "country" and a.record.country
        }
        if not countries and places:
            countries = {p.record.country for p in places if p.record.country and not _weak(p)}
        if len(countries) == 1:
            counts[countries.pop()] += 1
    return counts


def _rank(
    places: Sequence[PlaceCandidate], context: Counter[str], regions: set[str]
) -> tuple[PlaceCandidate, ...]:
    """The places best first for this article (see the module)."""
    if len(places) < 2:
        return tuple(places)
    first = places[0].record
    if first.feature == "country":
        mentioned = context[first.country or ""] > 1
        for candidate in places[1:]:
            if not mentioned and _supported(candidate, context):
                return (candidate, *(p for p in places if p is not candidate))
        return tuple(places)
    if candidate_in := [p for p in places if p.record.region and p.record.region in regions]:
        best = candidate_in[0]
        if best is not places[0] and places[0].via != "capital":
            return (best, *(p for p in places if p is not best))
    best = max(places, key=lambda p: context[p.record.country or ""])
    if context[best.record.country or ""] > context[first.country or ""] and not _capital(
        places[0]
    ):
        return (best, *(p for p in places if p is not best))
    return tuple(places)


def _capital(candidate: PlaceCandidate) -> bool:
    return (
        candidate.record.feature == "city"
        and candidate.via in ("name", "variant")
        and (candidate.record.population or 0) >= _MAJOR
    )


def _coordinated(text: str, names: list[GeoName]) -> list[GeoName]:
    """Names in one list ("France and Britain", "China, North Korea, Iran") share a use."""
    groups: list[list[int]] = []
    for index, name in enumerate(names):
        if index and text[names[index - 1].end : name.start] in (", ", " and ", " or ", ", and "):
            groups[-1].append(index)
        else:
            groups.append([index])
    result = list(names)
    for group in groups:
        if len(group) < 2:
            continue
        uses = {names[i].use for i in group}
        shared = PLACE if PLACE in uses else AGENT if AGENT in uses else PLAIN
        for i in group:
            result[i] = attrs.evolve(names[i], use=shared)
    return result


def _appositions(text: str, names: list[GeoName]) -> list[GeoName]:
    """A place written "City, Region" is in that region: both are places."""
    result = list(names)
    for index in range(1, len(names)):
        first, second = result[index - 1], result[index]
        if text[first.end : second.start] != ", " or not first.places or not second.places:
            continue
        where = second.places[0].record
        if where.feature not in ("country", "region"):
            continue
        inside = [
            p
            for p in first.places
            if p.record.feature != "country"
            and (p.record.region == where.name or p.record.country == where.country)
        ]
        if not inside:
            continue
        best = inside[0]
        ranked = (best, *(p for p in first.places if p is not best))
        result[index - 1] = attrs.evolve(first, places=ranked, use=PLACE)
        result[index] = attrs.evolve(second, use=PLACE)
    return result
