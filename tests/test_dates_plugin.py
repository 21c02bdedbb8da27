"""The dates plugin as a plugin: registration, output shape, lexicons, settings, dateparser."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import geoevents
import geoevents.plugins.dates as dates_plugin
from geoevents.manager import BUNDLED_PLUGINS, get_plugin_manager
from geoevents.model import Document
from geoevents.plugins.dates.absolute import read_date
from geoevents.plugins.dates.candidates import (
    GRANULARITY,
    PERIOD_SIZE,
    SHIFT_GRANULARITY,
    UNIT_OF_PERIOD,
)
from geoevents.plugins.dates.words import LEXICONS, DateWords
from geoevents.resources import Context, read_bundled_lexicon
from geoevents.testing import check_plugin, plugin_pipeline

ARTICLE = (
    "Rebel drones hit a fuel depot near the port in the early hours of Saturday, the navy "
    "said. It was the third such strike since 14 August, after talks collapsed late last "
    "week. A day after the strike, the mayor said the depot would reopen on Thursday. "
    "Inflation reached 9% last month, and the central bank meets every Monday."
)


def test_registered_as_a_bundled_plugin() -> None:
    assert "geoevents.plugins.dates" in BUNDLED_PLUGINS
    assert "dates" in get_plugin_manager(autoload=False).names()


def test_the_default_pipeline_finds_dates() -> None:
    document = geoevents.extract("The vote was held on Sunday.", published="2025-09-08")
    assert [(d.text, d.value, d.plugin) for d in document.dates] == [
        ("Sunday", "2025-09-07", "dates")
    ]


def test_a_whole_article_in_the_output_contract() -> None:
    (document,) = check_plugin(dates_plugin, [ARTICLE], published="2025-09-08")
    data = json.loads(document.to_json())
    assert [(d["text"], d["value"], d["kind"]) for d in data["dates"]] == [
        ("the early hours of Saturday", "2025-09-06", "time"),
        ("14 August", "2025-08-14", "date"),
        ("late last week", "2025-W36", "date"),
        ("A day", "P1D", "duration"),
        ("Thursday", "2025-09-11", "date"),
        ("last month", "2025-08", "date"),
        ("every Monday", "XXXX-WXX-1", "set"),
    ]
    first = data["dates"][0]
    assert (first["granularity"], first["mod"], first["part_of_day"]) == ("day", None, "NI")
    assert data["dates"][2]["mod"] == "END"


def test_every_lexicon_is_bundled_and_not_empty() -> None:
    for name in LEXICONS:
        assert read_bundled_lexicon(name), name


class Abbreviations:
    """A plugin that adds a month spelling the bundled lists lack."""

    @geoevents.hookimpl
    def geoevents_lexicon_entries(self, name: str) -> dict[str, str] | None:
        return {"sptmbr": "9"} if name == "dates_month_abbreviations" else None


def test_month_spellings_are_a_lexicon_plugins_extend() -> None:
    text = "The trial opened on 3 Sptmbr 2024."
    assert [d.value for d in plugin_pipeline(dates_plugin).extract(text).dates] == ["2024"]
    pipeline = plugin_pipeline(dates_plugin, Abbreviations())
    assert [d.value for d in pipeline.extract(text).dates] == ["2024-09-03"]


def test_words_are_read_through_the_context() -> None:
    manager = get_plugin_manager(autoload=False)
    manager.register(Abbreviations())
    words = DateWords.from_lexicons(manager.context().lexicon)
    assert ("sptmbr", "9") in words.month_abbreviations
    assert ("sptmbr", "9") not in DateWords.from_lexicons(Context().lexicon).month_abbreviations


def test_dateparser_reads_each_string_once() -> None:
    read_date.cache_clear()
    for _ in range(3):
        assert read_date("9/10/2031", day_first=True) == dt.date(2031, 10, 9)
    info = read_date.cache_info()
    assert (info.misses, info.hits) == (1, 2)


def test_find_dates_works_without_a_pipeline() -> None:
    document = Document(text="Talks resume next week.", published=dt.date(2025, 9, 8))
    dates = dates_plugin.find_dates(document, Context())
    assert [(d.text, d.value, d.plugin) for d in dates] == [("next week", "2025-W38", "")]


def test_the_unit_tables_are_read_only() -> None:
    for table in (GRANULARITY, UNIT_OF_PERIOD, PERIOD_SIZE, SHIFT_GRANULARITY):
        writable: Any = table
        with pytest.raises(TypeError):
            writable["fortnight"] = "W"
