"""Order and composition: pluggy's call order, wrappers, and plugins that read other layers."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator, Iterator
from typing import Any, ClassVar

import attrs
import pytest

import geoevents
from geoevents import Document, Mention, PluginWarning, Quantity
from geoevents import pipeline as pipeline_module
from geoevents.manager import PluginLoadError, PluginManager
from geoevents.testing import plugin_pipeline

Calls = list[str]


def recorder(label: str, calls: Calls, *, tryfirst: bool = False, trylast: bool = False) -> object:
    """A plugin called ``label`` that notes when its extractor runs."""

    class Recorder:
        name = label

        @geoevents.hookimpl(tryfirst=tryfirst, trylast=trylast)
        def geoevents_extract_mentions(self) -> list[Mention]:
            calls.append(self.name)
            return []

    return Recorder()


ORDERS = [
    pytest.param({}, {}, ["second", "first"], id="last-registered-first"),
    pytest.param({"tryfirst": True}, {}, ["first", "second"], id="tryfirst-before-later"),
    pytest.param({}, {"trylast": True}, ["first", "second"], id="trylast-after-earlier"),
    pytest.param({"trylast": True}, {"tryfirst": True}, ["second", "first"], id="both-marked"),
]


@pytest.mark.parametrize(("first_options", "second_options", "expected"), ORDERS)
def test_extractors_run_in_pluggys_order(
    first_options: dict[str, bool], second_options: dict[str, bool], expected: list[str]
) -> None:
    calls: Calls = []
    pipeline = plugin_pipeline(
        recorder("first", calls, **first_options), recorder("second", calls, **second_options)
    )
    pipeline.extract("text")
    assert calls == expected
    assert pipeline.order == tuple(expected)


def test_a_tryfirst_plugin_runs_before_a_trylast_one_registered_earlier() -> None:
    calls: Calls = []
    pipeline = plugin_pipeline(
        recorder("late", calls, trylast=True), recorder("early", calls, tryfirst=True)
    )
    pipeline.extract("text")
    assert calls == ["early", "late"]


class Digits:
    """Writes the quantities layer: one per digit."""

    name = "digits"

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[Mention]]:
        return [Quantity]

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> Iterator[Quantity]:
        for index, char in enumerate(document.text):
            if char.isdigit():
                yield Quantity(start=index, end=index + 1, text=char, value=int(char))


@attrs.frozen(kw_only=True)
class Total(Mention):
    """The sum of a sentence's digits: a layer built on the quantities."""

    layer: ClassVar[str] = "totals"
    value: int


class Totals:
    """Reads the quantities and writes one total over the whole text."""

    name = "totals"
    seen: ClassVar[list[dict[str, int]]] = []

    @geoevents.hookimpl(tryfirst=True)  # asks to run first: its reads still put it after digits
    def geoevents_reads_layers(self) -> list[str]:
        return ["quantities"]

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[Mention]]:
        return [Total]

    @geoevents.hookimpl(tryfirst=True)
    def geoevents_extract_mentions(self, document: Document) -> list[Total]:
        Totals.seen.append({layer: len(m) for layer, m in document.mentions.items() if m})
        if not document.quantities:
            return []
        value = sum(int(q.value or 0) for q in document.quantities)
        return [Total(start=0, end=len(document.text), text=document.text, value=value)]


class Words:
    """Writes quotes for capitalised words: a layer ``totals`` does not read."""

    name = "words"

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[Mention]]:
        return [geoevents.Quote]

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: Document) -> list[geoevents.Quote]:
        end = document.text.find(" ")
        return [geoevents.Quote(start=0, end=end, text=document.text[:end], kind="partial")]


@pytest.mark.parametrize(
    "plugins",
    [
        pytest.param((Digits(), Totals(), Words()), id="writer-registered-first"),
        pytest.param((Totals(), Words(), Digits()), id="reader-registered-first"),
    ],
)
def test_a_plugin_reads_the_layers_it_declares_whatever_the_registration_order(
    plugins: tuple[object, ...],
) -> None:
    Totals.seen.clear()
    pipeline = plugin_pipeline(*plugins)
    document = pipeline.extract("Ward 3 lost 4 roofs")
    assert [(t.text, t.value) for t in document.layer("totals", Total)] == [
        ("Ward 3 lost 4 roofs", 7)
    ]
    assert Totals.seen == [{"quantities": 2}]  # the quotes layer is not shown to it
    assert pipeline.order.index("digits") < pipeline.order.index("totals")


def test_a_reader_whose_writer_is_not_selected_sees_an_empty_layer() -> None:
    Totals.seen.clear()
    document = plugin_pipeline(Totals(), Words()).extract("Ward 3 lost 4 roofs")
    assert document.layer("totals") == ()
    assert Totals.seen == [{}]


def test_a_reader_gets_checked_and_stamped_mentions() -> None:
    class Check:
        @geoevents.hookimpl
        def geoevents_reads_layers(self) -> list[str]:
            return ["quantities"]

        @geoevents.hookimpl
        def geoevents_extract_mentions(self, document: Document) -> list[Mention]:
            assert {q.plugin for q in document.quantities} == {"digits"}
            assert [q.start for q in document.quantities] == [5, 12]
            return []

    plugin_pipeline(Check(), Digits()).extract("Ward 3 lost 4 roofs")


def reader_of(layer: str, writes: type[Mention], label: str) -> object:
    class Plugin:
        name = label

        @geoevents.hookimpl
        def geoevents_reads_layers(self) -> list[str]:
            return [layer]

        @geoevents.hookimpl
        def geoevents_mention_types(self) -> list[type[Mention]]:
            return [writes]

        @geoevents.hookimpl
        def geoevents_extract_mentions(self) -> list[Mention]:
            return []

    return Plugin()


def test_plugins_whose_reads_form_a_cycle_are_a_load_error_naming_them() -> None:
    with pytest.raises(PluginLoadError) as raised:
        plugin_pipeline(
            reader_of("quotes", Quantity, "counter"),
            reader_of("quantities", geoevents.Quote, "talk"),
        )
    message = str(raised.value)
    assert "'counter' reads quotes from 'talk'" in message
    assert "'talk' reads quantities from 'counter'" in message


def test_a_plugin_reading_its_own_layer_is_no_cycle() -> None:
    plugin_pipeline(reader_of("quantities", Quantity, "self-reader")).extract("1 2")


def test_declared_reads_are_listed_by_info() -> None:
    manager = PluginManager()
    manager.register(Totals())
    (info,) = manager.info()
    assert info.reads == ("quantities",)
    assert info.kinds == ("totals",)


def test_reads_must_be_layer_names() -> None:
    class Bad:
        @geoevents.hookimpl
        def geoevents_reads_layers(self) -> str:
            return "quantities"

    with pytest.raises(PluginLoadError, match="'bad' returned str 'quantities'"):
        plugin_pipeline(Bad())


# -- wrappers ---------------------------------------------------------------------------------


class EvenOnly:
    """Keeps only the even digits that the extractors found."""

    name = "even-only"
    received: ClassVar[list[list[list[str]]]] = []

    @geoevents.hookimpl(wrapper=True)
    def geoevents_extract_mentions(
        self,
    ) -> Generator[None, list[list[Mention]], list[list[Mention]]]:
        found = yield
        EvenOnly.received.append([[m.plugin for m in mentions] for mentions in found])
        return [[m for m in mentions if int(m.text) % 2 == 0] for mentions in found]


def test_a_wrapper_sees_every_extractors_result_and_can_filter_it() -> None:
    EvenOnly.received.clear()
    document = plugin_pipeline(Digits(), EvenOnly()).extract("1 2 3 4")
    assert [q.text for q in document.quantities] == ["2", "4"]
    assert EvenOnly.received == [[["digits"] * 4]]
    assert document.errors == ()


def test_a_wrapper_is_not_run_as_an_extractor() -> None:
    pipeline = plugin_pipeline(Digits(), EvenOnly())
    assert pipeline.order == ("digits",)
    assert pipeline.extract("7").errors == ()


class Adding:
    """A wrapper that adds a mention of its own."""

    name = "adding"

    @geoevents.hookimpl(wrapper=True)
    def geoevents_extract_mentions(
        self, document: Document
    ) -> Generator[None, list[list[Mention]], list[list[Mention]]]:
        found = yield
        extra = Quantity(start=0, end=1, text=document.text[:1], value=0)
        return [*found, [extra]]


def test_mentions_a_wrapper_adds_are_checked_and_stamped_with_its_name() -> None:
    document = plugin_pipeline(Digits(), Adding()).extract("5 boats")
    assert [(q.text, q.plugin) for q in document.quantities] == [("5", "adding"), ("5", "digits")]


def failing_wrapper(kind: str) -> object:
    class Failing:
        name = f"failing-{kind}"

        @geoevents.hookimpl(wrapper=True)
        def geoevents_extract_mentions(self) -> Generator[None, Any, Any]:
            if kind == "before":
                raise RuntimeError("before the phase")
            found = yield
            if kind == "after":
                raise RuntimeError("after the phase")
            if kind == "twice":
                yield
            if kind == "wrong-type":
                return 42
            return found

    return Failing()


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        pytest.param("before", "before the phase", id="raises-before-yield"),
        pytest.param("after", "after the phase", id="raises-after-yield"),
        pytest.param("twice", "wrapper yielded more than once", id="yields-twice"),
        pytest.param("wrong-type", "wrapper returned int 42", id="returns-a-number"),
    ],
)
def test_a_failing_wrapper_is_recorded_and_the_phase_result_kept(kind: str, message: str) -> None:
    pipeline = plugin_pipeline(Digits(), failing_wrapper(kind), strict=False)
    with pytest.warns(PluginWarning, match=f"failing-{kind}"):
        document = pipeline.extract("1 2")
    assert [q.text for q in document.quantities] == ["1", "2"]
    ((error),) = document.errors
    assert error.plugin == f"failing-{kind}"
    assert error.phase == "extract_mentions"
    assert message in error.message


def test_a_wrapper_that_is_not_a_generator_is_refused_at_registration() -> None:
    class Plain:
        @geoevents.hookimpl(wrapper=True)
        def geoevents_extract_mentions(self) -> list[Mention]:
            return []

    with pytest.raises(PluginLoadError, match=r"(?s)plugin 'plain' is invalid.*not a generator"):
        plugin_pipeline(Digits(), Plain())


def test_an_old_style_hookwrapper_is_refused_at_registration_naming_the_plugin() -> None:
    class OldStyle:
        @geoevents.hookimpl(hookwrapper=True)
        def geoevents_extract_mentions(self) -> Generator[None, Any, None]:
            yield

    with pytest.raises(PluginLoadError, match=r"plugin 'oldstyle' .*old-style hookwrapper"):
        plugin_pipeline(OldStyle())


def test_a_wrapper_of_a_registration_hook_is_refused() -> None:
    class WrapsTypes:
        @geoevents.hookimpl(wrapper=True)
        def geoevents_mention_types(self) -> Generator[None, Any, Any]:
            return (yield)

    with pytest.raises(PluginLoadError, match=r"plugin 'wrapstypes' .*only geoevents_build"):
        plugin_pipeline(WrapsTypes())
    manager = PluginManager()
    with pytest.raises(PluginLoadError):
        manager.register(WrapsTypes())
    assert manager.names() == []  # refused plugins are not left half-registered


def test_a_linker_wrapper_sees_the_events() -> None:
    class Linker:
        @geoevents.hookimpl
        def geoevents_build_events(self, document: Document) -> list[geoevents.Event]:
            return [
                geoevents.Event(
                    type="AID",
                    trigger=geoevents.Anchor(start=0, end=4, text=document.text[:4]),
                    sentence=geoevents.Span(start=0, end=len(document.text)),
                )
            ]

    class DropAid:
        @geoevents.hookimpl(wrapper=True)
        def geoevents_build_events(self) -> Generator[None, Any, Any]:
            found = yield
            return [[e for e in events if e.type != "AID"] for events in found]

    assert len(plugin_pipeline(Linker()).extract("Aid came.").events) == 1
    assert plugin_pipeline(Linker(), DropAid()).extract("Aid came.").events == ()


# -- lexicon overrides follow the same order ---------------------------------------------------


def lexicon_plugin(label: str, value: str, *, tryfirst: bool = False) -> object:
    class Plugin:
        name = label

        @geoevents.hookimpl(tryfirst=tryfirst)
        def geoevents_lexicon_entries(self, name: str) -> dict[str, str] | None:
            return {"km": value} if name == "units" else None

    return Plugin()


def test_the_last_registered_plugin_overrides_lexicon_entries() -> None:
    pipeline = plugin_pipeline(lexicon_plugin("a", "first"), lexicon_plugin("b", "second"))
    assert pipeline.context.lexicon("units")["km"] == "second"


def test_a_tryfirst_plugin_has_the_last_word_on_lexicon_entries() -> None:
    pipeline = plugin_pipeline(
        lexicon_plugin("a", "first", tryfirst=True), lexicon_plugin("b", "second")
    )
    assert pipeline.context.lexicon("units")["km"] == "first"


# -- strict mode and the default pipeline ------------------------------------------------------


def test_in_strict_mode_an_offset_error_names_the_plugin() -> None:
    class Misplaced:
        @geoevents.hookimpl
        def geoevents_extract_mentions(self) -> list[Quantity]:
            return [Quantity(start=0, end=2, text="no", value=1)]

    with pytest.raises(ValueError, match=r"^plugin 'misplaced' returned a Quantity whose text"):
        plugin_pipeline(Misplaced(), strict=True).extract("12 boats")


def test_the_default_pipeline_is_built_once_across_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline_module, "_default", None)
    built: list[pipeline_module.Pipeline] = []
    real = pipeline_module.Pipeline

    def slow_to_build() -> pipeline_module.Pipeline:
        time.sleep(0.02)  # wide enough for every thread to arrive while the first builds
        built.append(real(plugins=[], manager=PluginManager()))
        return built[-1]

    monkeypatch.setattr(pipeline_module, "Pipeline", slow_to_build)
    threads = [threading.Thread(target=pipeline_module.default_pipeline) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1
