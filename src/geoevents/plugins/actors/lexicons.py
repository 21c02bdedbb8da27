"""The actors plugin's word lists, compiled once per pipeline.

Every list is a lexicon (``geoevents/data/<name>.tsv``) read through
:meth:`geoevents.Context.lexicon`, so another plugin can add organisation suffixes, national
bodies or words that are never actors with the ``geoevents_lexicon_entries`` hook.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from geoevents.gazetteer.reading import GeoReader, geo_reader
from geoevents.resources import Context
from geoevents.text.determiners import determiners
from geoevents.text.names import NameFinder, NameLexicons

__all__ = ["LEXICONS", "ActorLexicons", "compiled"]

LEXICONS = (
    "organisation_suffixes",
    "organisation_heads",
    "product_nouns",
    "dates_months",
    "dates_time_zones",
    "units",
    "not_actors",
    "person_titles",
    "honorifics",
    "given_names",
    "name_particles",
    "name_stopwords",
    "reporting_verbs",
    "determiners",
    "place_prepositions",
    "place_modifiers",
    "agent_nouns",
    "polity_nouns",
)
"""The lexicons the actors plugin reads (with the gazetteer's data files)."""


@attrs.frozen(kw_only=True, eq=False)
class ActorLexicons:
    """Everything the actors plugin reads, compiled."""

    names: NameFinder
    """Finds names and the titles before them."""
    reader: GeoReader
    """Reads the gazetteer names of a document (shared with the locations plugin)."""
    suffixes: frozenset[str]
    """Last words of organisations' names ("Airways", "Inc")."""
    heads: frozenset[str]
    """Words ending the name of a country's body ("ministry", "air force")."""
    longest_head: int
    """The most words a head has."""
    not_actors: frozenset[str]
    """Words that are never actors ("God", "Christmas")."""
    products: frozenset[str]
    """Nouns that class a name as a product, a work or an event ("browser", "conference")."""
    verbs: frozenset[str]
    """Reporting verbs, in lower case: a name before one is somebody's."""
    determiners: frozenset[str]
    """Determiners, lower case."""
    demonyms: Mapping[str, str]
    """Each country's first demonym, by alpha-3 code ("UKR": "Ukrainian")."""


def compiled(context: Context) -> ActorLexicons:
    """The plugin's lexicons in ``context``, compiled on first use and then kept with it."""
    return context.built("actors.lexicons", _build)


def _build(context: Context) -> ActorLexicons:
    reader = geo_reader(context)
    heads = frozenset(h.lower() for h in context.lexicon("organisation_heads"))
    return ActorLexicons(
        names=NameFinder(NameLexicons.from_lexicons(context.lexicon)),
        reader=reader,
        suffixes=frozenset(s.lower().rstrip(".") for s in context.lexicon("organisation_suffixes")),
        heads=heads,
        longest_head=max((len(h.split()) for h in heads), default=1),
        not_actors=frozenset(
            w.lower()
            for name in ("not_actors", "dates_months", "dates_time_zones", "units")
            for w in context.lexicon(name)
        ),
        products=frozenset(p.lower() for p in context.lexicon("product_nouns")),
        verbs=frozenset(v.lower() for v in context.lexicon("reporting_verbs") if " " not in v),
        determiners=determiners(context.lexicon("determiners")),
        demonyms={
            country.code: country.demonyms[0]
            for country in reader.gazetteer.countries
            if country.demonyms
        },
    )
