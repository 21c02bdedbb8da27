"""An actor as the plugin reads it, before the article's names are linked."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Found"]


class Found(NamedTuple):
    """An actor mention found, with what is known of it."""

    start: int
    """Offset of the mention."""
    end: int
    """End offset of the mention."""
    text: str
    """The mention as written."""
    name: str
    """The canonical name known so far."""
    kind: str
    """``person``, ``organization``, ``country`` or ``group``."""
    country: str | None
    """ISO 3166-1 alpha-3 code, when known."""
    role: str | None
    """A title or office."""
    via: str | None
    """How the text names it (see :attr:`geoevents.Actor.via`)."""
    known: bool
    """Whether the gazetteer knows it (a known actor wins over a name read by its shape)."""
