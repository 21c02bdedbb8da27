"""The dates plugin: weekdays and the tense of their clause (past reports, plans, deadlines)."""

from __future__ import annotations

import datetime as dt

import pytest

import geoevents
import geoevents.plugins.dates as dates_plugin
from geoevents.plugins.dates.lexicons import compiled
from geoevents.plugins.dates.tense import clause_tense
from geoevents.resources import Context
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PUBLISHED = dt.date(2025, 9, 8)  # a Monday: last Sunday is the 7th, next Sunday the 14th
PIPELINE = plugin_pipeline(dates_plugin)


def values(text: str, published: dt.date = PUBLISHED) -> list[str | None]:
    document = PIPELINE.extract(text, published=published)
    assert_valid_mentions(document)
    return [date.value for date in document.dates]


WEEKDAYS = [
    pytest.param("Rebels shelled the town on Saturday.", "2025-09-06", id="past-report"),
    pytest.param("The envoy said on Monday that talks stalled.", "2025-09-08", id="same-day"),
    pytest.param("Tuesday's vote was close.", "2025-09-02", id="possessive"),
    pytest.param("The border has been closed since Friday.", "2025-09-05", id="since"),
    pytest.param("Officials met Friday morning.", "2025-09-05", id="with-part-of-day"),
    pytest.param("The cabinet will meet on Thursday.", "2025-09-11", id="will"),
    pytest.param("The ministers'll meet on Thursday.", "2025-09-11", id="contracted-will"),
    pytest.param("The parliament is due to vote on Wednesday.", "2025-09-10", id="is-due"),
    pytest.param("The payment is due on Friday.", "2025-09-12", id="due-on"),
    pytest.param("Unions plan to strike on Friday.", "2025-09-12", id="plan-to"),
    pytest.param("The talks are scheduled for Sunday.", "2025-09-14", id="scheduled"),
    pytest.param("The minister is expected to speak on Tuesday.", "2025-09-09", id="expected"),
    pytest.param("The summit, to be held on Thursday, was moved.", "2025-09-11", id="to-be-held"),
    pytest.param("He said he would travel on Wednesday.", "2025-09-10", id="would"),
    pytest.param("On Friday, the court will give its ruling.", "2025-09-12", id="cue-after"),
    pytest.param("On Friday, gunmen attacked a checkpoint.", "2025-09-05", id="ed-after"),
    pytest.param("He arrives next Tuesday.", "2025-09-09", id="next"),
    pytest.param("He left last Tuesday.", "2025-09-02", id="last"),
    pytest.param("She spoke to reporters last Monday.", "2025-09-01", id="last-same-weekday"),
    pytest.param("The deadline is this Friday.", "2025-09-12", id="this"),
    pytest.param("They came back this past Saturday.", "2025-09-06", id="this-past"),
    pytest.param("They return this coming Saturday.", "2025-09-13", id="this-coming"),
]


@pytest.mark.parametrize(("text", "value"), WEEKDAYS)
def test_weekday_by_tense(text: str, value: str) -> None:
    assert values(text) == [value]


def test_two_weekdays_in_one_report_keep_their_own_day() -> None:
    text = "Two soldiers died on Sunday and a third on Monday, the army said."
    assert values(text) == ["2025-09-07", "2025-09-08"]


def test_weekday_without_a_cue_is_the_last_one() -> None:
    assert values("Wednesday saw heavy rain.", dt.date(2025, 9, 11)) == ["2025-09-10"]


def test_passive_participle_reads_on_to_its_auxiliary() -> None:
    assert values("The results will be announced on Tuesday.") == ["2025-09-09"]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        pytest.param("Troops attacked on Monday.", "past", id="regular-past"),
        pytest.param("The deal was signed on Monday.", "past", id="was"),
        pytest.param("Envoys will gather on Monday.", "future", id="will"),
        pytest.param("Envoys gather on Monday.", None, id="present-has-no-cue"),
    ],
)
def test_clause_tense(text: str, tense: str | None) -> None:
    start = text.index("Monday")
    assert clause_tense(text, (0, len(text)), start, start + 6, compiled(Context()).words) == tense


class VowsToAct:
    """A plugin that teaches the dates plugin a future cue."""

    @geoevents.hookimpl
    def geoevents_lexicon_entries(self, name: str) -> list[str] | None:
        return ["vows"] if name == "dates_future_cues" else None


def test_future_cues_are_a_lexicon_plugins_extend() -> None:
    text = "The rebel commander vows to retake the town on Friday."
    assert values(text) == ["2025-09-05"]
    pipeline = plugin_pipeline(dates_plugin, VowsToAct())
    assert [d.value for d in pipeline.extract(text, published=PUBLISHED).dates] == ["2025-09-12"]
