"""The quantities plugin: the casualty role of counts of people killed, injured, missing..."""

from __future__ import annotations

import pytest

import geoevents.plugins.quantities as quantities_plugin
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(quantities_plugin)


def roles(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    return [(quantity.text, quantity.role) for quantity in document.quantities]


ROLES = [
    pytest.param("The raid killed 14 civilians.", [("14", "killed")], id="verb-before"),
    pytest.param("A bomb killing at least 6 guards.", [("at least 6", "killed")], id="ing-bound"),
    pytest.param("Nine pilgrims died in the crush.", [("Nine", "killed")], id="died-after"),
    pytest.param("Eleven workers were killed.", [("Eleven", "killed")], id="passive-after"),
    pytest.param(
        "Some 40 miners were reportedly killed.",
        [("Some 40", "killed")],
        id="passive-with-adverb",
    ),
    pytest.param("The clashes left 19 dead.", [("19", "killed")], id="n-dead"),
    pytest.param("Officials reported 33 deaths.", [("33", "killed")], id="deaths-noun"),
    pytest.param("There were 8 fatalities.", [("8", "killed")], id="fatalities-noun"),
    pytest.param("The fire wounded 25 firefighters.", [("25", "injured")], id="wounded-before"),
    pytest.param("Twelve people were injured.", [("Twelve", "injured")], id="injured-after"),
    pytest.param("Around 70 were hurt.", [("Around 70", "injured")], id="hurt-elided"),
    pytest.param("It left 31 injured.", [("31", "injured")], id="n-injured"),
    pytest.param("At least 15 climbers are missing.", [("At least 15", "missing")], id="missing"),
    pytest.param("Troops detained 60 protesters.", [("60", "arrested")], id="detained"),
    pytest.param("Police arrested dozens of fans.", [("dozens", "arrested")], id="vague-arrested"),
    pytest.param(
        "The floods displaced 4,000 families.", [("4,000", "displaced")], id="displaced-verb"
    ),
    pytest.param(
        "The camp shelters 900 displaced people.",
        [("900", "displaced")],
        id="displaced-adjective",
    ),
    pytest.param("Some 2,000 residents fled.", [("Some 2,000", "displaced")], id="fled"),
    pytest.param("Gunmen kidnapped 17 students.", [("17", "abducted")], id="kidnapped"),
    pytest.param("They still hold 59 hostages.", [("59", "abducted")], id="hostages-noun"),
    pytest.param("The death toll climbed to 212.", [("212", "killed")], id="toll-noun-before"),
    pytest.param(
        "At least 9 people were killed and 27 wounded.",
        [("At least 9", "killed"), ("27", "injured")],
        id="two-roles",
    ),
    pytest.param(
        "The blast killed 12, including three children.",
        [("12", "killed"), ("three", "killed")],
        id="including",
    ),
    pytest.param(
        "Troops detained 40 students and 9 teachers.",
        [("40", "arrested"), ("9", "arrested")],
        id="one-verb-two-objects",
    ),
    pytest.param(
        "The raid killed 6 guards and 2 lorries were burned.",
        [("6", "killed"), ("2", None)],
        id="second-count-has-its-own-verb",
    ),
    pytest.param(
        "Dozens of fishermen are missing.", [("Dozens", "missing")], id="irregular-plural-men"
    ),
    pytest.param(
        "Rescuers pulled 18 survivors out.", [("18", None)], id="survivors-are-no-casualties"
    ),
    pytest.param("Police deployed 300 officers.", [("300", None)], id="no-casualty-word"),
    pytest.param("The strike cost $5m in damage.", [("$5m", None)], id="money-has-no-role"),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert roles(text) == expected


def test_casualty_words_can_be_extended() -> None:
    class Executions:
        @staticmethod
        def geoevents_lexicon_entries(name: str) -> dict[str, str] | None:
            return {"beheaded": "killed"} if name == "casualty_words" else None

    pipeline = plugin_pipeline(quantities_plugin, Executions())
    (quantity,) = pipeline.extract("The militants beheaded 4 hostages.").quantities
    assert quantity.role == "killed"
