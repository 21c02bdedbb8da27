"""The bundled quantities plugin: counts, money, percentages and measures, with what they count.

>>> from geoevents.model import Document
>>> from geoevents.resources import Context
>>> document = Document(text="Russia fired more than 800 drones and 13 missiles.")
>>> [(q.text, q.value, q.qualifier, q.item) for q in find_quantities(document, Context())]
[('more than 800', 800, 'more_than', 'drones'), ('13', 13, 'exact', 'missiles')]

Every word list it reads is a lexicon (see :data:`~geoevents.plugins.quantities.lexicons.LEXICONS`
and the plugin's documentation page) that any plugin can extend. The setting
``quantities.durations`` (default False) also reports durations ("three hours") as measures.
"""

from __future__ import annotations

import regex

from geoevents.hookspecs import hookimpl
from geoevents.model import Document, Mention, Quantity
from geoevents.plugins.quantities.lexicons import LEXICONS, Grammar, compiled
from geoevents.plugins.quantities.paragraph import ParagraphReader
from geoevents.plugins.quantities.tokens import tokenize
from geoevents.resources import Context
from geoevents.text.sentences import paragraphs

__all__ = [
    "LEXICONS",
    "compiled",
    "find_quantities",
    "geoevents_extract_mentions",
    "geoevents_mention_types",
]

DURATIONS_SETTING = "quantities.durations"
"""The setting that makes the plugin report durations as measures."""

_SPACE = regex.compile(r"\s")
_REACH_BEFORE = 120  # characters of context read before a number ("the death toll ... rose to")
_REACH_AFTER = 200  # and after it ("... heavy drones were shot down and 13 missiles")


def find_quantities(document: Document, context: Context) -> list[Quantity]:
    """The quantities of ``document``, in text order, read with ``context``'s lexicons.

    Durations ("three hours") are reported as measures when the setting
    ``quantities.durations`` is true.
    """
    text = document.text
    durations = bool(context.setting(DURATIONS_SETTING, False))
    grammar = compiled(context)
    found: list[Quantity] = []
    # "½" is rare: a text without one is searched without the vulgar fractions
    fractions = grammar.vulgar.search(text) is not None
    candidates = grammar.fraction_candidates if fractions else grammar.candidates
    for start, end in paragraphs(text):
        for window_start, window_end in _windows(text, start, end, candidates):
            found.extend(_window_quantities(text, window_start, window_end, grammar, durations))
    return found


def _windows(
    text: str, start: int, end: int, candidates: regex.Pattern[str]
) -> list[tuple[int, int]]:
    """The stretches of a paragraph around its numbers, cut at spaces; only these are read.

    Reading a few words around each number instead of whole paragraphs keeps the plugin fast
    on long articles where most words are far from any number.
    """
    windows: list[tuple[int, int]] = []
    for match in candidates.finditer(text, start, end):
        low = max(start, match.start() - _REACH_BEFORE)
        high = min(end, match.end() + _REACH_AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
            continue
        if low > start:  # start after a space, so that no word or number is cut
            space = _SPACE.search(text, low, match.start())
            low = space.end() if space else match.start()
        windows.append((low, high))
    return [(low, _cut_at_space(text, low, high, end)) for low, high in windows]


def _cut_at_space(text: str, start: int, end: int, paragraph_end: int) -> int:
    """``end``, moved back to the last space before it unless it ends the paragraph."""
    if end >= paragraph_end:
        return end
    position = text.rfind(" ", start, end)
    return position if position > start else end


def _window_quantities(
    text: str, start: int, end: int, grammar: Grammar, durations: bool
) -> list[Quantity]:
    tokens = tokenize(text, start, end, grammar.letter_currencies)
    return ParagraphReader(text, tokens, grammar, durations=durations).quantities()


@hookimpl
def geoevents_mention_types() -> list[type[Mention]]:
    """The kind of mention this plugin finds: the built-in ``quantities`` layer."""
    return [Quantity]


@hookimpl
def geoevents_extract_mentions(document: Document, context: Context) -> list[Quantity]:
    """Find the quantities of the document."""
    return find_quantities(document, context)
