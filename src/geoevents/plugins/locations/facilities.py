"""Named facilities the gazetteer does not hold: airports, ports, crossings, power plants.

A run of capitalised words before a facility head ("Changi International Airport", "Heathrow
airport", "Rafah crossing") is a place, of feature ``facility``; it lies where a gazetteer
place named inside it lies ("Chiang Mai International Airport" is in Chiang Mai).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from geoevents.gazetteer.reading import GeoName
from geoevents.model import Location
from geoevents.text.patterns import alternation

__all__ = ["facilities", "facility_pattern"]

_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
    | {"every", "each", "another", "one", "no"}
)
"""Words that start a sentence before a facility noun without naming it."""
_WORD = regex.compile(r"[^ \t]+")


def facility_pattern(heads: Sequence[str]) -> regex.Pattern[str]:
    """The pattern of a facility's name, from the ``facility_heads`` lexicon."""
    body = alternation(heads, space=r"[ \t]+")
    # Regex safety: a name starts only where no word character, dot or hyphen comes before it,
    # so a token such as "A.B.C..." of any length is tried once, not from each of its capitals,
    # and the possessive loops never give back what they read (a space must follow a name).
    name = r"\p{Lu}[\p{L}\p{M}.-]*+(?:['’]\p{L}[\p{L}\p{M}.-]*+)?(?!['’])"
    words = rf"((?:{name}[ \t]+){{0,4}}?(?:{name}))"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’.-]){words}[ \t]+(?i:{body})(?![\p{{L}}])")


def facilities(
    text: str, pattern: regex.Pattern[str], names: Sequence[GeoName]
) -> Iterator[Location]:
    """The named facilities of ``text``, each placed where a place named inside it lies."""
    for match in pattern.finditer(text):
        start, end = match.span()
        words = list(_WORD.finditer(text, match.start(1), match.end(1)))
        while words and words[0].group().lower() in _DETERMINERS:
            words.pop(0)  # "The Changi Airport" starts at Changi
        if not words:
            continue  # "The international airport": a facility, but no name
        start = words[0].start()
        inside = [n for n in names if start <= n.start and n.end <= end and n.places]
        where = inside[0].places[0].record if inside else None
        yield Location(
            start=start,
            end=end,
            text=text[start:end],
            name=text[start:end],
            country=where.country if where else None,
            lat=where.lat if where else None,
            lon=where.lon if where else None,
            feature="facility",
        )
