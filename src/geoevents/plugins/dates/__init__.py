"""The bundled dates plugin: dates, times, durations and sets, resolved against publication.

It finds temporal expressions with its own patterns and guards (:mod:`.patterns`,
:mod:`.guards`), reads all-digit dates with dateparser (:mod:`.absolute`), decides past or
future from the clause (:mod:`.tense`) and resolves relative expressions itself
(:mod:`.resolve`). Its word lists are the ``dates_*`` lexicons; its one setting is
``dates.day_first``. See the documentation page of the plugin for the value formats and rules.

>>> import datetime as dt
>>> from geoevents.model import Document
>>> from geoevents.resources import Context
>>> document = Document(text="Talks resumed on Friday.", published=dt.date(2025, 9, 8))
>>> [(d.text, d.value) for d in find_dates(document, Context())]
[('Friday', '2025-09-05')]
"""

from __future__ import annotations

import regex

from geoevents.hookspecs import hookimpl
from geoevents.model import Document, Mention, TimeExpression
from geoevents.plugins.dates.candidates import select
from geoevents.plugins.dates.dateline import find_dateline
from geoevents.plugins.dates.lexicons import LEXICONS, compiled
from geoevents.plugins.dates.order import day_first_in
from geoevents.plugins.dates.resolve import DateResolver
from geoevents.plugins.dates.scanner import Scanner
from geoevents.plugins.dates.words import DateWords
from geoevents.resources import Context

__all__ = [
    "AUTO",
    "DAY_FIRST",
    "LEXICONS",
    "compiled",
    "find_dates",
    "geoevents_extract_mentions",
    "geoevents_mention_types",
]

DAY_FIRST = "dates.day_first"
"""The setting that orders all-digit dates: ``7/9/2025`` is 7 September when true, 9 July when
false; ``"auto"`` (the default) follows the document's own convention (:mod:`.order`)."""
AUTO = "auto"


def find_dates(document: Document, context: Context) -> list[TimeExpression]:
    """Every temporal expression of ``document``, in text order, resolved against publication.

    Without a publication date, relative expressions get no value. A story that opens with
    a dateline ("BRUSSELS, March 12 (Xinhua) --") is resolved against the dateline's date
    (:mod:`.dateline`).

    All-digit dates such as ``7/9/2025`` are ordered by the setting ``dates.day_first``: day
    first (7 September) when true, month first (9 July) when false, and, with ``"auto"`` (the
    default), as the document itself writes them (an unambiguous all-digit date, or the
    prose's date style).

    :raises ValueError: the setting ``dates.day_first`` is none of True, False and ``"auto"``.
    """
    text = document.text
    lexicons = compiled(context)
    day_first = _day_first(context.setting(DAY_FIRST, AUTO), text, lexicons.words)
    scanner = Scanner(text, lexicons, day_first=day_first)
    frame = document.published
    candidates = select(scanner.candidates())
    dateline = find_dateline(text, lexicons.words.months, document.published)
    if dateline is not None:  # the story's own date, from which its "Thursday" is counted
        frame = dateline.day
    resolver = DateResolver(text, frame, lexicons.sentences)
    return resolver.resolve(candidates)


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


@hookimpl
def geoevents_mention_types() -> list[type[Mention]]:
    """The kind of mention this plugin finds: the built-in ``dates`` layer."""
    return [TimeExpression]


@hookimpl
def geoevents_extract_mentions(document: Document, context: Context) -> list[TimeExpression]:
    """Find and resolve the temporal expressions of ``document``."""
    return find_dates(document, context)
