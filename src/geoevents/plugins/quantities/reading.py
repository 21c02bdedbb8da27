"""A quantity being read: the fields of the future :class:`~geoevents.Quantity` and positions."""

from __future__ import annotations

import attrs

from geoevents.model import Number
from geoevents.plugins.quantities.core import Core

__all__ = ["Reading", "set_bounds"]


@attrs.define(kw_only=True)
class Reading:
    """A quantity being read: token positions and the fields of the future :class:`Quantity`."""

    core: Core
    """The number itself."""
    first: int
    """Index of the first token of the quantity's text (a bound word, a currency sign...)."""
    end: int
    """Index one past the last token of its text."""
    value: Number | None
    """The value (None for ranges and vague counts)."""
    low: Number | None = None
    """The lower bound."""
    high: Number | None = None
    """The upper bound."""
    qualifier: str = "exact"
    """How the value bounds the figure."""
    kind: str = "count"
    """``count``, ``money``, ``percent`` or ``measure``."""
    unit: str | None = None
    """ISO 4217 code, ``%`` or a unit symbol."""
    item: int | None = None
    """Index of the token of the counted noun."""
    item_span: tuple[int, int] | None = None
    """The offsets of the counted noun when it is part of the number's token ("three-point")."""
    item_source: str = ""
    """Where the noun was found: ``right`` (after the number), ``left``, ``shared``."""
    role: str | None = None
    """The casualty role."""
    range_word: str = ""
    """``between`` or ``from`` when one comes before the number."""
    bounded: bool = False
    """Whether a bound word came with it ("more than", "about")."""
    currency_before: bool = False
    """Whether a currency sign came before the number."""
    noun_end: int = -1
    """Index one past the counted noun phrase, when it follows the number."""
    names: tuple[int, ...] = ()
    """Indices of numbers inside the counted noun phrase that belong to names ("Leopard 2")."""


def set_bounds(reading: Reading) -> None:
    """Set ``low`` and ``high`` from the value and the qualifier."""
    value, qualifier = reading.value, reading.qualifier
    if value is None:
        return
    if qualifier == "exact":
        reading.low = reading.high = value
    elif qualifier in {"more_than", "at_least"}:
        reading.low, reading.high = value, None
    elif qualifier in {"less_than", "at_most", "up_to", "nearly"}:
        reading.low, reading.high = None, value
    else:
        reading.low = reading.high = None
