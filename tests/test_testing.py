"""geoevents.testing: the helpers plugin authors test their plugins with."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import geoevents
from geoevents.manager import BUNDLED_PLUGINS
from geoevents.testing import (
    assert_finds,
    assert_valid_mentions,
    check_plugin,
    find_mentions,
    plugin_pipeline,
)

BUNDLED_NAMES = [module.rsplit(".", 1)[-1] for module in BUNDLED_PLUGINS]


@attrs.frozen(kw_only=True)
class Tag(geoevents.Mention):
    layer: ClassVar[str] = "tags"

    tag: str


class Hashtags:
    """Finds #hashtags: a plugin with a layer of its own."""

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
        return [Tag]

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: geoevents.Document) -> Iterator[Tag]:
        for match in re.finditer(r"#(\w+)", document.text):
            yield Tag(start=match.start(), end=match.end(), text=match[0], tag=match[1])


class Percentages:
    """Finds "30%": a plugin that adds to a built-in layer."""

    @geoevents.hookimpl
    def geoevents_extract_mentions(
        self, document: geoevents.Document
    ) -> Iterator[geoevents.Quantity]:
        for match in re.finditer(r"(\d+)%", document.text):
            yield geoevents.Quantity(
                start=match.start(),
                end=match.end(),
                text=match[0],
                value=int(match[1]),
                unit="%",
                kind="percent",
            )


class Broken:
    @geoevents.hookimpl
    def geoevents_extract_mentions(self) -> list[geoevents.Mention]:
        raise RuntimeError("boom")


# --- plugin_pipeline -------------------------------------------------------------------------


def test_plugin_pipeline_runs_only_the_given_plugins() -> None:
    pipeline = plugin_pipeline(Hashtags(), Percentages())
    assert pipeline.plugins == ("hashtags", "percentages")
    doc = pipeline.extract("Up 30% #Kharkiv")
    assert [m.text for m in doc.iter_mentions()] == ["30%", "#Kharkiv"]


def test_plugin_pipeline_loads_no_installed_plugin() -> None:
    # The example weapons plugin is installed in the development environment; it must not run.
    doc = plugin_pipeline(Percentages()).extract("Kyiv asked for Patriot systems.")
    assert doc.layer("weapons") == ()


def test_each_plugin_pipeline_registers_afresh() -> None:
    plugin = Hashtags()
    first, second = plugin_pipeline(plugin), plugin_pipeline(plugin)
    assert first.manager is not second.manager
    assert second.plugins == ("hashtags",)


def test_plugin_pipeline_is_strict_by_default() -> None:
    with pytest.raises(RuntimeError, match="boom"):
        plugin_pipeline(Broken()).extract("text")


def test_plugin_pipeline_can_record_failures_instead() -> None:
    with pytest.warns(geoevents.PluginWarning, match="boom"):
        doc = plugin_pipeline(Broken(), Percentages(), strict=False).extract("Up 30%")
    assert [error.plugin for error in doc.errors] == ["broken"]
    assert [q.text for q in doc.quantities] == ["30%"]


def test_plugin_pipeline_passes_settings() -> None:
    class Reader:
        @geoevents.hookimpl
        def geoevents_extract_mentions(self, context: geoevents.Context) -> list[object]:
            assert context.setting("reader.flag") is True
            return []

    plugin_pipeline(Reader(), settings={"reader.flag": True}).extract("text")


def test_plugin_pipeline_with_every_bundled_plugin() -> None:
    pipeline = plugin_pipeline(Percentages(), bundled=True)
    assert pipeline.plugins == (*BUNDLED_NAMES, "percentages")


@pytest.mark.skipif(not BUNDLED_NAMES, reason="no bundled plugin has landed yet")
def test_plugin_pipeline_with_named_bundled_plugins() -> None:
    name = BUNDLED_NAMES[0]
    assert plugin_pipeline(Percentages(), bundled=[name]).plugins == (name, "percentages")


def test_plugin_pipeline_rejects_an_unknown_bundled_name() -> None:
    with pytest.raises(ValueError, match="no bundled plugin is named 'nope'"):
        plugin_pipeline(bundled=["nope"])


def test_the_plugin_extends_a_bundled_lexicon_on_a_bundled_pipeline() -> None:
    class MoreWords:
        @geoevents.hookimpl
        def geoevents_lexicon_entries(self, name: str) -> list[str] | None:
            return ["zzword"] if name == "abbreviations" else None

    lexicon = plugin_pipeline(MoreWords(), bundled=True).context.lexicon("abbreviations")
    assert "zzword" in lexicon
    assert "gen" in lexicon  # the bundled entries are kept


# --- assert_valid_mentions -------------------------------------------------------------------


def _document(
    *mentions: geoevents.Mention, text: str = "Prices rose 30% in a year."
) -> geoevents.Document:
    by_layer: dict[str, list[geoevents.Mention]] = {}
    for mention in mentions:
        by_layer.setdefault(type(mention).layer, []).append(mention)
    return geoevents.Document(text=text, mentions=by_layer)


def test_a_valid_document_passes() -> None:
    assert_valid_mentions(
        _document(geoevents.Quantity(start=12, end=15, text="30%", plugin="p", kind="percent"))
    )


@attrs.frozen(kw_only=True)
class Loose(geoevents.Mention):
    layer: ClassVar[str] = "loose"

    labels: object = None


class Unfrozen(geoevents.Quantity):
    __setattr__ = object.__setattr__


BAD_MENTIONS = [
    (
        "text not at the offsets",
        geoevents.Quantity(start=11, end=14, text="30%", plugin="p"),
        "the text at those offsets is ' 30'",
    ),
    (
        "offsets past the end",
        geoevents.Quantity(start=12, end=99, text="30%", plugin="p"),
        "offsets out of range for a text of 26 characters",
    ),
    ("no plugin name", geoevents.Quantity(start=12, end=15, text="30%"), "no plugin name"),
    (
        "not frozen",
        Unfrozen(start=12, end=15, text="30%", plugin="p"),
        "Unfrozen is not frozen",
    ),
    (
        "a field that is not JSON",
        Loose(start=12, end=15, text="30%", plugin="p", labels={1, 2}),
        "a field is not JSON-safe",
    ),
    (
        "a list instead of a tuple",
        Loose(start=12, end=15, text="30%", plugin="p", labels=["a"]),
        "does not round-trip through JSON",
    ),
]


@pytest.mark.parametrize(
    ("why", "mention", "message"), BAD_MENTIONS, ids=[case[0] for case in BAD_MENTIONS]
)
def test_assert_valid_mentions_names_what_is_wrong(
    why: str, mention: geoevents.Mention, message: str
) -> None:
    with pytest.raises(AssertionError, match=re.escape(message)):
        assert_valid_mentions(_document(mention))


# --- check_plugin, find_mentions, assert_finds ---------------------------------------------


def test_check_plugin_returns_the_checked_documents() -> None:
    documents = check_plugin(Hashtags(), ["#one and #two", "none"], published="2025-10-12")
    assert [len(doc.layer("tags")) for doc in documents] == [2, 0]
    assert {str(doc.published) for doc in documents} == {"2025-10-12"}


@given(st.text(alphabet=st.sampled_from("#ab 1%\n"), max_size=40))
def test_check_plugin_on_any_text(text: str) -> None:
    check_plugin(Hashtags(), [text])
    check_plugin(Percentages(), [text])


def test_find_mentions_returns_the_plugins_mentions_in_text_order() -> None:
    found = find_mentions(Hashtags(), "#b then #a")
    assert [(type(m).__name__, m.text) for m in found] == [("Tag", "#b"), ("Tag", "#a")]


def test_find_mentions_of_one_layer() -> None:
    assert find_mentions(Hashtags(), "#a", layer="quantities") == ()


def test_find_mentions_leaves_out_the_bundled_plugins_mentions() -> None:
    found = find_mentions(Percentages(), "Officials said 40% of 1,200 homes.", bundled=True)
    assert [m.text for m in found] == ["40%"]


ASSERT_FINDS = [
    ("one percentage", "Prices rose 30% in a year.", ["30%"], "text"),
    ("none", "Prices rose.", [], "text"),
    ("by value", "From 30% to 45%.", [30, 45], "value"),
    ("several fields", "Up 5%.", [("5%", 5, "percent")], ("text", "value", "kind")),
]


@pytest.mark.parametrize(
    ("why", "text", "expected", "fields"), ASSERT_FINDS, ids=[case[0] for case in ASSERT_FINDS]
)
def test_assert_finds_passes(
    why: str, text: str, expected: list[object], fields: str | tuple[str, ...]
) -> None:
    assert_finds(Percentages(), text, expected, fields=fields)


def test_assert_finds_says_what_it_found() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_finds(Percentages(), "From 30% to 45%.", ["30%"])
    message = str(caught.value)
    assert message.startswith("in 'From 30% to 45%.': expected ['30%'], found ['30%', '45%']")
    assert "Quantity '45%' at 12:15" in message


def test_assert_finds_when_nothing_is_found() -> None:
    with pytest.raises(AssertionError, match=r"expected \['1%'\], found \[\]$"):
        assert_finds(Percentages(), "Nothing here.", ["1%"])
