"""Determiners by kind, from the ``determiners`` lexicon.

>>> from geoevents.resources import Context
>>> sorted(determiners(Context().lexicon("determiners"), "definite", "indefinite"))
['a', 'an', 'the']

Plugins that need the words opening a noun phrase read them here, picking the kinds they need:
a partitive ("14 of the 20 hostages") takes a definite determiner, a subject ("the army said")
any article, demonstrative or possessive. Another plugin adds determiners through
``geoevents_lexicon_entries("determiners")``.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["KINDS", "LEXICON", "determiners"]

LEXICON = "determiners"
"""The name of the lexicon."""
KINDS = ("definite", "indefinite", "demonstrative", "possessive", "predeterminer", "quantifier")
"""The kinds of determiner the lexicon gives."""


def determiners(entries: Mapping[str, str], *kinds: str) -> frozenset[str]:
    """The determiners of ``entries`` (the lexicon's) of any of ``kinds``, in lower case.

    Without ``kinds``, every determiner.

    :raises ValueError: a kind is not one of :data:`KINDS`.
    """
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"determiner kinds are {', '.join(KINDS)}; got {sorted(unknown)}")
    return frozenset(word.lower() for word, kind in entries.items() if not kinds or kind in kinds)
