"""The bundled dates plugin: dates, times, durations and sets, resolved against publication.

It finds temporal expressions with its own patterns and guards (:mod:`.patterns`,
:mod:`.guards`), reads all-digit dates with dateparser (:mod:`.absolute`), decides past or
future from the clause (:mod:`.tense`) and resolves relative expressions itself
(:mod:`.resolve`). Its word lists are the ``dates_*`` lexicons; its one setting is
``dates.day_first``. See the documentation page of the plugin for the value formats and rules.

>>> import datetime as dt
>>> [(d.text, d.value) for d in find_dates("Talks resumed on Friday.", dt.date(2025, 9, 8))]
[('Friday', '2025-09-05')]
"""

from __future__ import annotations

import datetime as dt

import regex

from geoevents.hookspecs import hookimpl
from geoevents.model import Document, Mention, TimeExpression
from geoevents.plugins.dates.candidates import select
from geoevents.plugins.dates.order import day_first_in
from geoevents.plugins.dates.patterns import compile_patterns
from geoevents.plugins.dates.resolve import Resolver
from geoevents.plugins.dates.scanner import Scanner
from geoevents.plugins.dates.words import DateWords
from geoevents.resources import Context

__all__ = [
    "AUTO",
    "DAY_FIRST",
    "find_dates",
    "geoevents_extract_mentions",
    "geoevents_mention_types",
]

DAY_FIRST = "dates.day_first"
"""The setting that orders all-digit dates: ``7/9/2025`` is 7 September when true, 9 July when
false; ``"auto"`` (the default) follows the document's own convention (:mod:`.order`)."""
AUTO = "auto"

_BUNDLED_WORDS = DateWords.bundled()


def find_dates(
    text: str,
    published: dt.date | None = None,
    *,
    day_first: bool | str = AUTO,
    words: DateWords | None = None,
) -> list[TimeExpression]:
    """Every temporal expression in ``text``, in text order, resolved against ``published``.

    :param text: the article.
    :param published: the publication date; without it, relative expressions get no value.
    :param day_first: read ``7/9/2025`` as 7 September (True) or as 9 July (False); ``"auto"``
        decides from the document (an unambiguous all-digit date, or the prose's date style).
    :param words: the word lists (default: the bundled lexicons).
    :raises ValueError: ``day_first`` is none of True, False and ``"auto"``.
    """
    words = words or _BUNDLED_WORDS
    day_first = _day_first(day_first, text, words)
    scanner = Scanner(text, words, compile_patterns(words), day_first=day_first)
    return Resolver(text, published).resolve(select(scanner.candidates()))


def _day_first(setting: bool | str, text: str, words: DateWords) -> bool:
    if isinstance(setting, bool):
        return setting
    if setting != AUTO:
        raise ValueError(f"{DAY_FIRST} must be true, false or 'auto', not {setting!r}")
    if not _HAS_NUMERIC_DATE.search(text):  # nothing to order: skip reading the prose
        return True
    months = [name for name, _n in (*words.months, *words.month_abbreviations)]
    return day_first_in(text, months)


_HAS_NUMERIC_DATE = regex.compile(r"\d[/.]\d{1,2}[/.]\d")


def _words_of(context: Context) -> DateWords:
    return context.built("dates.words", lambda c: DateWords.from_lexicons(c.lexicon))


@hookimpl
def geoevents_mention_types() -> list[type[Mention]]:
    """The kind of mention this plugin finds: the built-in ``dates`` layer."""
    return [TimeExpression]


@hookimpl
def geoevents_extract_mentions(document: Document, context: Context) -> list[TimeExpression]:
    """Find and resolve the temporal expressions of ``document``."""
    return find_dates(
        document.text,
        document.published,
        day_first=context.setting(DAY_FIRST, AUTO),
        words=_words_of(context),
    )
