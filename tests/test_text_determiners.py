"""Determiners, one lexicon read by every plugin (geoevents.text.determiners)."""

from __future__ import annotations

import pytest

import geoevents
import geoevents.plugins.quantities as quantities_plugin
import geoevents.plugins.quotes as quotes_plugin
from geoevents.resources import Context
from geoevents.testing import plugin_pipeline
from geoevents.text.determiners import KINDS, determiners

LEXICON = Context().lexicon("determiners")

KINDS_OF = [
    pytest.param(("definite",), {"the"}, id="definite"),
    pytest.param(("indefinite",), {"a", "an"}, id="indefinite"),
    pytest.param(("demonstrative",), {"this", "that", "these", "those"}, id="demonstrative"),
    pytest.param(("predeterminer",), {"all", "both"}, id="predeterminer"),
    pytest.param(
        ("possessive",), {"my", "your", "his", "her", "its", "our", "their"}, id="possessive"
    ),
]


@pytest.mark.parametrize(("kinds", "expected"), KINDS_OF)
def test_determiners_by_kind(kinds: tuple[str, ...], expected: set[str]) -> None:
    assert determiners(LEXICON, *kinds) == expected


def test_every_entry_has_a_known_kind() -> None:
    assert set(LEXICON.values()) <= set(KINDS)
    assert determiners(LEXICON) == set(LEXICON)


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="possesive"):
        determiners(LEXICON, "possesive")


QUOTES = plugin_pipeline(quotes_plugin)
QUANTITIES = plugin_pipeline(quantities_plugin)

SPEAKERS = [
    pytest.param("“We will rebuild the school,” my uncle said.", "my uncle", id="possessive-my"),
    pytest.param("“The road is closed,” these drivers said.", "these drivers", id="these"),
    pytest.param("“The road is closed,” the drivers said.", "the drivers", id="the"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_a_determiner_leads_a_speaker(text: str, speaker: str) -> None:
    assert [quote.speaker for quote in QUOTES.extract(text).quotes] == [speaker]


PARTITIVES = [
    pytest.param("Engineers repaired 3 of my 5 generators.", "generators", id="of-my"),
    pytest.param("Rescuers pulled 14 of both crews from the sea.", "crews", id="of-both"),
    pytest.param("Divers found 2 of the 9 sailors.", "sailors", id="of-the"),
]


@pytest.mark.parametrize(("text", "item"), PARTITIVES)
def test_a_definite_determiner_after_of_makes_a_partitive(text: str, item: str) -> None:
    assert QUANTITIES.extract(text).quantities[0].item == item


def test_a_model_number_after_a_determiner_counts_nothing() -> None:
    assert QUANTITIES.extract("The airline grounded those 787 jets.").quantities == ()


def test_plugins_read_added_determiners() -> None:
    class MoreDeterminers:
        @geoevents.hookimpl
        def geoevents_lexicon_entries(self, name: str) -> dict[str, str] | None:
            return {"yon": "demonstrative"} if name == "determiners" else None

    pipeline = geoevents.Pipeline(plugins=["quantities"], extra=[MoreDeterminers()])
    text = "Rescuers pulled 14 of yon crews from the sea."
    assert QUANTITIES.extract(text).quantities[0].item is None
    assert pipeline.extract(text).quantities[0].item == "crews"
