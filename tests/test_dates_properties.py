"""The dates plugin: invariants on any text (offsets, determinism, JSON, values)."""

from __future__ import annotations

import datetime as dt

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import geoevents.plugins.dates as dates_plugin
from geoevents.model import TIME_KINDS, TIME_MODS, Document
from geoevents.plugins.dates import find_dates
from geoevents.resources import Context
from geoevents.testing import assert_valid_mentions, plugin_pipeline

CONTEXT = Context()

PIPELINE = plugin_pipeline(dates_plugin)

WORDS = [
    "May",
    "March",
    "may",
    "on",
    "in",
    "the",
    "Friday",
    "Sunday's",
    "night",
    "early",
    "late",
    "mid-",
    "last",
    "next",
    "this",
    "week",
    "weekend",
    "month",
    "year",
    "2025",
    "1990s",
    "'90s",
    "7",
    "21st",
    "September",
    "Sept.",
    "ago",
    "later",
    "after",
    "before",
    "two",
    "a",
    "days",
    "hours",
    "-year-old",
    "every",
    "twice",
    "at",
    "4am",
    "16:30",
    "GMT",
    "noon",
    "Q3",
    "summer",
    "of",
    "from",
    "to",
    "and",
    "will",
    "said",
    "was",
    "12/9/2025",
    "2025-09-07",
    "$78",
    "per",
    "currently",
    "yesterday",
    "tonight",
    "-",
    "–",
    "/",
    ",",
    ".",
    ";",
    "'s",
    " ",
    "  ",
    "\n",
]
"""Fragments that the patterns react to, so generated texts exercise them."""

texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=40).map(" ".join)
published = st.none() | st.dates()
TIMEX = regex.compile(
    r"""(?x)
    \d{3}                                           # a decade
    | (?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-\d\d)?)?     # a year, month or day
      (?:T\d\d:\d\dZ?)?                            # at a time
    | \d{4}-(?:W\d\d(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)
    | XXXX-WXX-(?:[1-7]|WE)
    | P(?:\d+(?:\.\d+)?|X)(?:[DWMY])
    | PT(?:\d+(?:\.\d+)?|X)[HMS]
    | (?:PRESENT|PAST|FUTURE)_REF
    """
)


@given(text=texts, when=published)
@settings(max_examples=300, deadline=None)
def test_offsets_are_exact_and_documents_round_trip(text: str, when: dt.date | None) -> None:
    assert_valid_mentions(PIPELINE.extract(text, published=when))


@given(text=texts, when=published)
@settings(max_examples=200, deadline=None)
def test_deterministic(text: str, when: dt.date | None) -> None:
    document = Document(text=text, published=when)
    assert find_dates(document, CONTEXT) == find_dates(document, CONTEXT)


@given(text=texts, when=published)
@settings(max_examples=300, deadline=None)
def test_values_are_timex_and_fields_are_valid(text: str, when: dt.date | None) -> None:
    for date in find_dates(Document(text=text, published=when), CONTEXT):
        assert date.value is None or TIMEX.fullmatch(date.value), date
        assert date.kind in TIME_KINDS
        assert date.mod is None or date.mod in TIME_MODS


@given(text=st.text(max_size=200), when=published)
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text: str, when: dt.date | None) -> None:
    find_dates(Document(text=text, published=when), CONTEXT)


@given(text=texts, when=published)
@settings(max_examples=200, deadline=None)
def test_the_publication_date_changes_values_never_spans(text: str, when: dt.date | None) -> None:
    without = [(d.start, d.end, d.kind) for d in find_dates(Document(text=text), CONTEXT)]
    assert [
        (d.start, d.end, d.kind) for d in find_dates(Document(text=text, published=when), CONTEXT)
    ] == without


def test_pathological_inputs_finish() -> None:
    """Long runs of digits, commas, spaces and date words (linear time is benchmarked)."""
    for text in ("1" * 100_000, "," * 100_000, " " * 100_000, "May " * 20_000, "2025-" * 20_000):
        find_dates(Document(text=text, published=dt.date(2025, 9, 8)), CONTEXT)
