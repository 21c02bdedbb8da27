"""One sentence as the events plugin reads it: tokens, and the mentions laid over them.

A :class:`SentenceView` splits a sentence into word and punctuation tokens (``didn't`` is
``did`` + ``n't``, ``Russia's`` is ``Russia`` + ``'s``) and records, for every token, the actor,
location, date and quantity mention it belongs to, so that the clause rules of
:mod:`.arguments` can walk the sentence token by token.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from geoevents.model import Actor, Document, Location, Mention, Quantity, Quote, TimeExpression

__all__ = ["Layers", "SentenceView"]

_TOKEN = regex.compile(
    r"n['’]t\b"
    r"|['’]s\b"
    r"|[\p{L}\p{N}]+(?:[-.&/][\p{L}\p{N}]+)*(?=n['’]t\b)"
    r"|[\p{L}\p{N}]+(?:[-.&/][\p{L}\p{N}]+)*"
    r"|\S"
)


class Layers:
    """The document's mentions the events plugin reads, each layer sorted by offset."""

    __slots__ = ("_starts", "actors", "dates", "locations", "quantities", "quotes")

    def __init__(self, document: Document) -> None:
        self.actors: tuple[Actor, ...] = document.actors
        self.locations: tuple[Location, ...] = document.locations
        self.dates: tuple[TimeExpression, ...] = document.dates
        self.quantities: tuple[Quantity, ...] = document.quantities
        self.quotes: tuple[Quote, ...] = document.quotes
        self._starts = {
            name: [m.start for m in getattr(self, name)]
            for name in ("actors", "locations", "dates", "quantities", "quotes")
        }

    def within(self, name: str, start: int, end: int) -> range:
        """The indices of layer ``name``'s mentions that start in ``[start, end)``."""
        starts = self._starts[name]
        return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


class SentenceView:
    """A sentence's tokens and, per token, the mentions over it (-1 where there is none)."""

    def __init__(self, text: str, start: int, end: int, layers: Layers) -> None:
        self.text = text
        """The whole document's text."""
        self.start = start
        """The sentence's first offset."""
        self.end = end
        """The sentence's end offset."""
        matches = list(_TOKEN.finditer(text, start, end))
        self.starts = [m.start() for m in matches]
        """Each token's start offset."""
        self.ends = [m.end() for m in matches]
        """Each token's end offset."""
        self.words = [m.group().lower() for m in matches]
        """Each token in lower case."""
        self.raw = [m.group() for m in matches]
        """Each token as written."""
        self.layers = layers
        size = len(matches)
        self.actor = self._cover(layers.actors, layers.within("actors", start, end), size)
        """The index (in the document's actors) of the actor over each token, or -1."""
        self.location = self._cover(layers.locations, layers.within("locations", start, end), size)
        """The index of the location over each token, or -1."""
        self.date = self._cover(layers.dates, layers.within("dates", start, end), size)
        """The index of the date over each token, or -1."""
        self.quantity = self._cover(
            layers.quantities, layers.within("quantities", start, end), size
        )
        """The index of the quantity over each token, or -1."""
        self.quote = self._cover(layers.quotes, layers.within("quotes", start, end), size)
        """The index of the quote whose words hold each token, or -1."""

    def __len__(self) -> int:
        return len(self.words)

    def token_at(self, offset: int) -> int:
        """The index of the token that holds (or follows) character ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def _cover(self, mentions: Sequence[Mention], indices: range, size: int) -> list[int]:
        cover = [-1] * size
        for index in indices:
            mention = mentions[index]
            first = bisect.bisect_left(self.ends, mention.start + 1)
            last = bisect.bisect_left(self.starts, mention.end)
            for token in range(first, min(last, size)):
                if cover[token] < 0:
                    cover[token] = index
        return cover

    def span(self, index: int, array: list[int]) -> tuple[int, int]:
        """The first and one-past-last token of the mention over token ``index`` in ``array``."""
        mention = array[index]
        first = index
        while first > 0 and array[first - 1] == mention:
            first -= 1
        last = index + 1
        while last < len(array) and array[last] == mention:
            last += 1
        return first, last
