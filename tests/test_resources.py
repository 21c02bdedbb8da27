"""Lexicons and gazetteer entries: bundled data merged with plugins' contributions."""

from __future__ import annotations

from typing import Any

import pytest

import geoevents
from geoevents import ActorEntry, PlaceEntry
from geoevents.resources import merge_lexicon, read_bundled_lexicon
from geoevents.testing import plugin_pipeline


def test_a_bundled_lexicon_is_read_from_its_data_file() -> None:
    abbreviations = read_bundled_lexicon("abbreviations")
    assert "gen" in abbreviations
    assert abbreviations["gen"] == ""
    assert not any(entry.startswith("#") for entry in abbreviations)


def test_an_unknown_lexicon_is_empty() -> None:
    assert dict(read_bundled_lexicon("no_such_lexicon")) == {}


@pytest.mark.parametrize("name", ["../secrets", "a b", ""], ids=["path", "space", "empty"])
def test_lexicon_names_must_be_identifiers(name: str) -> None:
    with pytest.raises(ValueError, match="lexicon names are identifiers"):
        read_bundled_lexicon(name)


MERGES = [
    ("words add entries with an empty value", {"a": "1"}, [["b"]], {"a": "1", "b": ""}),
    ("a mapping overrides", {"a": "1"}, [{"a": "2"}], {"a": "2"}),
    ("later contributions win", {}, [{"a": "1"}, {"a": "3"}], {"a": "3"}),
]


@pytest.mark.parametrize(
    ("why", "bundled", "contributions", "expected"), MERGES, ids=[case[0] for case in MERGES]
)
def test_merge_lexicon(
    why: str, bundled: dict[str, str], contributions: list[object], expected: dict[str, str]
) -> None:
    assert dict(merge_lexicon(bundled, contributions)) == expected  # type: ignore[arg-type]


def test_a_bare_string_contribution_is_an_error() -> None:
    with pytest.raises(TypeError, match="not the string 'said'"):
        merge_lexicon({}, ["said"])


def test_plugins_extend_lexicons_and_gazetteers_through_the_context() -> None:
    seen: dict[str, Any] = {}

    class Provider:
        @geoevents.hookimpl
        def geoevents_lexicon_entries(self, name: str) -> list[str] | None:
            return ["Brig"] if name == "abbreviations" else None

        @geoevents.hookimpl
        def geoevents_actor_entries(self) -> list[ActorEntry]:
            return [ActorEntry(name="Wagner Group", kind="group", aliases=["Wagner"])]

        @geoevents.hookimpl
        def geoevents_place_entries(self) -> list[PlaceEntry]:
            return [PlaceEntry(name="Pokrovsk", country="UKR", lat=48.28, lon=37.18)]

    class Reader:
        @geoevents.hookimpl
        def geoevents_extract_mentions(self, context: geoevents.Context) -> list[geoevents.Mention]:
            seen["lexicon"] = context.lexicon("abbreviations")
            seen["actors"] = context.actor_entries()
            seen["places"] = context.place_entries()
            return []

    plugin_pipeline(Provider(), Reader()).extract("x")
    assert "Brig" in seen["lexicon"]
    assert "gen" in seen["lexicon"]
    assert seen["actors"] == (ActorEntry(name="Wagner Group", kind="group", aliases=("Wagner",)),)
    assert seen["places"] == (PlaceEntry(name="Pokrovsk", country="UKR", lat=48.28, lon=37.18),)


def test_the_context_builds_each_lexicon_once() -> None:
    calls: list[str] = []

    class Counting:
        @geoevents.hookimpl
        def geoevents_lexicon_entries(self, name: str) -> None:
            calls.append(name)

        @geoevents.hookimpl
        def geoevents_extract_mentions(self, context: geoevents.Context) -> list[geoevents.Mention]:
            context.lexicon("abbreviations")
            return []

    pipeline = plugin_pipeline(Counting())
    for _ in range(3):
        pipeline.extract("x")
    assert calls == ["abbreviations"]


def test_the_context_keeps_what_a_plugin_builds_from_it() -> None:
    builds: list[str] = []

    def compile_patterns(context: geoevents.Context) -> tuple[str, ...]:
        builds.append("built")
        return tuple(sorted(context.lexicon("abbreviations")))[:2]

    class Compiles:
        @geoevents.hookimpl
        def geoevents_extract_mentions(self, context: geoevents.Context) -> list[geoevents.Mention]:
            context.built("compiles.patterns", compile_patterns)
            return []

    pipeline = plugin_pipeline(Compiles())
    for _ in range(3):
        pipeline.extract("x")
    assert builds == ["built"]
    assert pipeline.context.built("compiles.patterns", compile_patterns) == ("adm", "al")
