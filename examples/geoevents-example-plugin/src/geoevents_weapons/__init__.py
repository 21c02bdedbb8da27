"""geoevents-weapons: a geoevents plugin that finds named weapon systems.

It shows the three things a plugin that adds a mention kind does:

1. defines its mention class, an attrs subclass of :class:`geoevents.Mention` with a ``layer``;
2. declares it through the ``geoevents_mention_types`` hook;
3. finds mentions in ``geoevents_extract_mentions``.

Its word list is a lexicon named ``weapons`` (this package's ``weapons.tsv``), so any other
plugin can add names through ``geoevents_lexicon_entries``.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterator, Mapping
from typing import ClassVar

import attrs
import regex

import geoevents

__all__ = ["Weapon"]

LEXICON = "weapons"


@attrs.frozen(kw_only=True)
class Weapon(geoevents.Mention):
    """A named weapon system, such as "Iskander-M" or "HIMARS"."""

    layer: ClassVar[str] = "weapons"

    name: str
    """The system's name as listed (the plural "s" removed)."""
    category: str
    """``drone``, ``missile``, ``artillery``, ``air defence``, ``aircraft``, ``tank``..."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code of the country that makes it."""


def _bundled_weapons() -> dict[str, str]:
    """This package's weapon list: name -> "category<TAB>country"."""
    listing = importlib.resources.files(__name__).joinpath("weapons.tsv").read_text("utf-8")
    entries = {}
    for line in listing.splitlines():
        if line and not line.startswith("#"):
            name, category, country = line.split("\t")
            entries[name] = f"{category}\t{country}"
    return entries


@functools.lru_cache(maxsize=8)
def _pattern(names: frozenset[str]) -> regex.Pattern[str]:
    # Longest names first, so that "Iskander-M" wins over "Iskander".
    alternatives = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?<![\w-])(?:{alternatives})(?=s?(?![\w-]))")


def find_weapons(text: str, weapons: Mapping[str, str]) -> Iterator[Weapon]:
    """Every weapon of ``weapons`` (name -> "category<TAB>country") named in ``text``."""
    if not weapons:
        return
    for match in _pattern(frozenset(weapons)).finditer(text):
        category, _, country = weapons[match.group()].partition("\t")
        yield Weapon(
            start=match.start(),
            end=match.end(),
            text=match.group(),
            name=match.group(),
            category=category,
            country=country or None,
        )


@geoevents.hookimpl
def geoevents_mention_types() -> list[type[geoevents.Mention]]:
    """This plugin adds the ``weapons`` layer."""
    return [Weapon]


@geoevents.hookimpl
def geoevents_lexicon_entries(name: str) -> dict[str, str] | None:
    """Provide the bundled weapon list as the ``weapons`` lexicon."""
    return _bundled_weapons() if name == LEXICON else None


@geoevents.hookimpl
def geoevents_extract_mentions(
    document: geoevents.Document, context: geoevents.Context
) -> list[Weapon]:
    """Find the weapon systems named in the document."""
    return list(find_weapons(document.text, context.lexicon(LEXICON)))
