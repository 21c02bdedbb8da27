"""A misbehaving plugin is contained: its failure is recorded by name, the others' results kept.

One table of misbehaviours, each run beside a well-behaved plugin: the document keeps the good
plugin's mentions and names the bad one in ``Document.errors``; in strict mode the same
misbehaviour raises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import geoevents
from geoevents import Context, Document, PluginWarning, Quantity
from geoevents.manager import PluginManager
from geoevents.timeouts import can_interrupt


class Good:
    """Finds the first digit of the text."""

    name = "good"

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> list[Quantity]:
        index = next((i for i, c in enumerate(document.text) if c.isdigit()), None)
        if index is None:
            return []
        char = document.text[index]
        return [Quantity(start=index, end=index + 1, text=char, value=int(char))]


def raises(document: Document, context: Context) -> Any:
    raise RuntimeError("the model file is missing")


def wrong_type(document: Document, context: Context) -> Any:
    return [{"start": 0, "end": 1, "text": "7"}]  # a dict, not a Mention


def not_a_list(document: Document, context: Context) -> Any:
    return 42


def outside_the_text(document: Document, context: Context) -> Any:
    return [Quantity(start=0, end=50, text="7 boats" + " " * 43, value=7)]


def hangs(document: Document, context: Context) -> Any:
    while True:
        pass


def out_of_memory(document: Document, context: Context) -> Any:
    raise MemoryError("cannot allocate 40 GB")


def mutates_the_document(document: Document, context: Context) -> Any:
    document.text = "overwritten"  # type: ignore[misc]  # frozen: raises
    return []


def mutates_the_settings(document: Document, context: Context) -> Any:
    context.settings["dates.day_first"] = False  # type: ignore[index]  # read-only: raises
    return []


def mutates_a_lexicon(document: Document, context: Context) -> Any:
    context.lexicon("units")["boats"] = "boat"  # type: ignore[index]  # read-only: raises
    return []


def mutates_a_mention_it_was_given(document: Document, context: Context) -> Any:
    for quantity in document.quantities:
        quantity.value = 0  # type: ignore[misc]  # frozen: raises
    return []


MISBEHAVIOURS: list[Any] = [
    pytest.param(raises, "RuntimeError", id="raises"),
    pytest.param(wrong_type, "ValueError", id="returns-dicts"),
    pytest.param(not_a_list, "TypeError", id="returns-a-number"),
    pytest.param(outside_the_text, "ValueError", id="mention-outside-the-text"),
    pytest.param(out_of_memory, "MemoryError", id="out-of-memory"),
    pytest.param(mutates_the_document, "FrozenInstanceError", id="mutates-the-document"),
    pytest.param(mutates_the_settings, "TypeError", id="mutates-the-settings"),
    pytest.param(mutates_a_lexicon, "TypeError", id="mutates-a-lexicon"),
    pytest.param(
        mutates_a_mention_it_was_given, "FrozenInstanceError", id="mutates-a-read-mention"
    ),
    pytest.param(
        hangs,
        "PluginTimeout",
        id="hangs",
        marks=pytest.mark.skipif(not can_interrupt(), reason="needs SIGALRM in the main thread"),
    ),
]


def bad_plugin(extract: Callable[[Document, Context], Any]) -> object:
    class Bad:
        name = "bad"

        @geoevents.hookimpl
        def geoevents_reads_layers(self) -> list[str]:
            return ["quantities"]

        @geoevents.hookimpl
        def geoevents_extract_mentions(self, document: Document, context: Context) -> Any:
            return extract(document, context)

    return Bad()


class GoodWriter(Good):
    """Good, declaring the layer it writes, so that the bad plugin reads its quantities."""

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
        return [Quantity]


def pipeline(extract: Callable[[Document, Context], Any], *, strict: bool) -> geoevents.Pipeline:
    return geoevents.Pipeline(
        plugins=[],
        extra=[GoodWriter(), bad_plugin(extract)],
        strict=strict,
        settings={"dates.day_first": True},
        plugin_timeout=0.5,
        manager=PluginManager(),
    )


@pytest.mark.parametrize(("extract", "error_type"), MISBEHAVIOURS)
def test_a_misbehaving_plugin_is_recorded_and_the_others_results_kept(
    extract: Callable[[Document, Context], Any], error_type: str
) -> None:
    chosen = pipeline(extract, strict=False)
    with pytest.warns(PluginWarning, match="plugin 'bad' failed in extract_mentions"):
        document = chosen.extract("7 boats left at dawn.", published=dt.date(2025, 3, 1))
    assert [(q.text, q.plugin) for q in document.quantities] == [("7", "good")]
    assert [(e.plugin, e.phase) for e in document.errors] == [("bad", "extract_mentions")]
    assert document.errors[0].type == error_type
    assert document.text == "7 boats left at dawn."
    assert chosen.context.setting("dates.day_first") is True
    assert "boats" not in chosen.context.lexicon("units")


@pytest.mark.parametrize(("extract", "error_type"), MISBEHAVIOURS)
def test_in_strict_mode_a_misbehaving_plugin_raises(
    extract: Callable[[Document, Context], Any], error_type: str
) -> None:
    with pytest.raises(Exception) as raised:  # noqa: PT011  # each case has its own type
        pipeline(extract, strict=True).extract("7 boats left at dawn.")
    assert type(raised.value).__name__ == error_type
    assert "bad" in str(raised.value) or any("'bad'" in note for note in raised.value.__notes__)


def test_a_failing_plugin_does_not_change_later_documents() -> None:
    chosen = pipeline(raises, strict=False)
    with pytest.warns(PluginWarning):
        first = chosen.extract("3 ships")
    with pytest.warns(PluginWarning):
        second = chosen.extract("3 ships")
    assert first == second
