"""A plugin's time budget: a plugin that hangs costs its own results, not the document."""

from __future__ import annotations

import signal
import threading
import time

import pytest

import geoevents
from geoevents import Document, PluginWarning, Quantity
from geoevents.manager import PluginManager
from geoevents.testing import plugin_pipeline
from geoevents.timeouts import PluginTimeout, call_within, can_interrupt

needs_alarm = pytest.mark.skipif(not can_interrupt(), reason="needs SIGALRM in the main thread")


class Hangs:
    """Loops for ever on every document."""

    name = "hangs"

    @geoevents.hookimpl
    def geoevents_extract_mentions(self) -> list[Quantity]:
        while True:
            pass


class Slow:
    """Takes a third of a second, then finds nothing."""

    name = "slow"

    @geoevents.hookimpl
    def geoevents_extract_mentions(self) -> list[Quantity]:
        time.sleep(0.3)
        return []


class First:
    """Finds the first character."""

    name = "first"

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> list[Quantity]:
        return [Quantity(start=0, end=1, text=document.text[:1], value=1)]


@needs_alarm
def test_a_hanging_plugin_is_stopped_recorded_and_the_others_kept() -> None:
    pipeline = geoevents.Pipeline(
        plugins=[], extra=[Hangs(), First()], plugin_timeout=0.2, manager=_manager()
    )
    with pytest.warns(PluginWarning, match="'hangs' failed in extract_mentions: PluginTimeout"):
        document = pipeline.extract("7 ships")
    assert [q.text for q in document.quantities] == ["7"]
    ((error),) = document.errors
    assert (error.plugin, error.type) == ("hangs", "PluginTimeout")
    assert "time budget of 0.2 s" in error.message


@needs_alarm
def test_in_strict_mode_a_hanging_plugin_raises_plugin_timeout() -> None:
    pipeline = plugin_pipeline(Hangs(), strict=True)
    pipeline.plugin_timeout = 0.1
    with pytest.raises(PluginTimeout):
        pipeline.extract("text")


def test_without_a_budget_a_slow_plugin_just_takes_its_time() -> None:
    assert plugin_pipeline(Slow()).extract("text").errors == ()


def test_off_the_main_thread_a_late_plugin_is_reported_after_it_returns() -> None:
    pipeline = plugin_pipeline(Slow(), First(), strict=False)
    pipeline.plugin_timeout = 0.1
    documents: list[Document] = []

    def run() -> None:
        with pytest.warns(PluginWarning, match="'slow'"):
            documents.append(pipeline.extract("9 boats"))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    (document,) = documents
    assert [e.plugin for e in document.errors] == ["slow"]
    assert "it took" in document.errors[0].message
    assert [q.text for q in document.quantities] == ["9"]


@pytest.mark.parametrize("value", [0, -1, float("nan")])
def test_a_budget_must_be_a_positive_number(value: float) -> None:
    with pytest.raises(ValueError, match="plugin_timeout must be a positive number"):
        geoevents.Pipeline(plugins=[], manager=_manager(), plugin_timeout=value)


@needs_alarm
def test_an_outer_alarm_is_given_back_what_is_left_of_it() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, _frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        assert call_within(0.1, lambda: 42) == 42
        remaining, _interval = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < remaining <= 0.5
        assert signal.getsignal(signal.SIGALRM) is not None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _manager() -> PluginManager:
    return PluginManager(strict=False)
