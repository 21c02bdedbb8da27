"""Tests of the example plugin, written the way we advise plugin authors to write theirs."""

from __future__ import annotations

import geoevents_weapons
import pytest
from geoevents_weapons import Weapon, find_weapons

import geoevents
from geoevents.testing import assert_finds, assert_valid_mentions, plugin_pipeline

WEAPONS = {
    "Iskander-M": "missile\tRUS",
    "Iskander": "missile\tRUS",
    "HIMARS": "artillery\tUSA",
    "Leopard 2": "tank\tDEU",
}

CASES = [
    ("a name with a hyphen beats its prefix", "It fired two Iskander-M missiles.", ["Iskander-M"]),
    ("a plural 's' is allowed", "Ukraine used HIMARS and Iskanders.", ["HIMARS", "Iskander"]),
    ("a name with a space and digit", "Germany sent Leopard 2 tanks.", ["Leopard 2"]),
    ("not inside a longer word", "The HIMARSX prototype was shown.", []),
    ("not a different model number", "It was an Iskander-MX.", []),
    ("case matters", "himars", []),
]


@pytest.mark.parametrize(("why", "text", "names"), CASES, ids=[case[0] for case in CASES])
def test_find_weapons(why: str, text: str, names: list[str]) -> None:
    assert [weapon.name for weapon in find_weapons(text, WEAPONS)] == names


def test_weapon_fields_and_offsets() -> None:
    text = "Russia fired Iskander-M missiles."
    (weapon,) = find_weapons(text, WEAPONS)
    assert weapon == Weapon(
        start=13, end=23, text="Iskander-M", name="Iskander-M", category="missile", country="RUS"
    )


PLUGIN_CASES = [
    ("names in a sentence", "Kyiv asked for more Patriot systems and F-16s.", ["Patriot", "F-16"]),
    ("nothing to find", "Talks resumed in Geneva on Tuesday.", []),
]


@pytest.mark.parametrize(("why", "text", "names"), PLUGIN_CASES, ids=[c[0] for c in PLUGIN_CASES])
def test_the_plugin_finds(why: str, text: str, names: list[str]) -> None:
    # The whole plugin, run alone: its bundled lexicon, its hooks, checked mentions.
    assert_finds(geoevents_weapons, text, names, fields="name")


def test_the_plugin_runs_in_a_pipeline_and_round_trips() -> None:
    pipeline = plugin_pipeline(geoevents_weapons)
    doc = pipeline.extract("Kyiv asked for more Patriot systems and F-16s.")
    assert [w.name for w in doc.layer("weapons", Weapon)] == ["Patriot", "F-16"]
    assert {w.plugin for w in doc.layer("weapons", Weapon)} == {"geoevents_weapons"}
    assert_valid_mentions(doc)


def test_another_plugin_can_add_weapons_through_the_lexicon() -> None:
    class MoreWeapons:
        @geoevents.hookimpl
        def geoevents_lexicon_entries(self, name: str) -> dict[str, str] | None:
            return {"Flamingo": "missile\tUKR"} if name == "weapons" else None

    pipeline = plugin_pipeline(geoevents_weapons, MoreWeapons())
    doc = pipeline.extract("Ukraine launched Flamingo missiles.")
    assert [(w.name, w.country) for w in doc.layer("weapons", Weapon)] == [("Flamingo", "UKR")]
