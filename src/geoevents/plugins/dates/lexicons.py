"""The dates plugin's word lists and the patterns built from them, compiled once per pipeline.

:func:`compiled` reads the lexicons through the pipeline's :class:`~geoevents.resources.Context`
(so that plugins can extend them through ``geoevents_lexicon_entries``), compiles the patterns
and keeps the result for as long as the context lives. Patterns are shared by contexts with the
same word lists.
"""

from __future__ import annotations

import attrs

from geoevents.plugins.dates.patterns import Patterns, compile_patterns
from geoevents.plugins.dates.words import LEXICONS, DateWords
from geoevents.resources import Context
from geoevents.text.sentences import SentenceLexicons, sentence_lexicons

__all__ = ["LEXICONS", "DateLexicons", "compiled"]


@attrs.frozen(kw_only=True, eq=False)
class DateLexicons:
    """Everything the dates plugin reads, compiled."""

    words: DateWords
    """The word lists."""
    patterns: Patterns
    """The patterns built from them."""
    sentences: SentenceLexicons
    """The sentence splitter's lexicons (a clause's tense and a date's anchor stay in their
    sentence)."""


def compiled(context: Context) -> DateLexicons:
    """The plugin's lexicons in ``context``, compiled on first use and then kept with it."""
    return context.built("dates.lexicons", _build)


def _build(context: Context) -> DateLexicons:
    words = DateWords.from_lexicons(context.lexicon)
    return DateLexicons(
        words=words, patterns=compile_patterns(words), sentences=sentence_lexicons(context)
    )
