"""The quantities plugin: the counted noun and its offsets."""

from __future__ import annotations

import pytest

import geoevents.plugins.quantities as quantities_plugin
from geoevents import Quantity
from geoevents.testing import assert_valid_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(quantities_plugin)


def found(text: str) -> list[Quantity]:
    document = PIPELINE.extract(text)
    assert_valid_mentions(document)
    return list(document.quantities)


def items(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.item) for q in found(text)]


ITEMS = [
    pytest.param(
        "The group invested a total of 200 million in the plant.",
        [("200 million", None)],
        id="an-amount-noun-before-of-is-not-counted",
    ),
    pytest.param(
        "Their net worth of $1.4bn tops the list.",
        [("$1.4bn", None)],
        id="worth-of-money-counts-nothing",
    ),
    pytest.param("Rebels seized 14 trucks.", [("14", "trucks")], id="plain-noun"),
    pytest.param(
        "The navy launched 12 long-range cruise missiles.",
        [("12", "missiles")],
        id="past-adjectives-and-compounds",
    ),
    pytest.param(
        "The army deployed 9 Patriot-3 mobile launchers.",
        [("9", "launchers")],
        id="past-a-hyphenated-model-name",
    ),
    pytest.param(
        "Kyiv received 20 Gepard anti-aircraft guns.",
        [("20", "guns")],
        id="past-a-capitalised-name",
    ),
    pytest.param(
        "Poland ordered 48 Abrams tanks.", [("48", "tanks")], id="capitalised-plural-modifier"
    ),
    pytest.param(
        "Norway will send 6 Leopard 2 tanks.", [("6", "tanks")], id="model-name-with-a-number"
    ),
    pytest.param("The airline bought 30 new 737 jets.", [("30", "jets")], id="bare-model-number"),
    pytest.param("The carrier bought 12 A321s.", [("12", "A321s")], id="plural-model-name"),
    pytest.param(
        "The regiment lost 5 Model T and Model S trucks.",
        [("5", "trucks")],
        id="and-between-names",
    ),
    pytest.param("The convoy included 40 police officers.", [("40", "officers")], id="noun-noun"),
    pytest.param("Only 300 people voted.", [("300", "people")], id="invariant-plural"),
    pytest.param(
        "The two Baltic states borders are closed.",
        [("two", "states")],
        id="plural-then-plural-verb-like",
    ),
    pytest.param("Crews saved 17 children.", [("17", "children")], id="irregular-plural"),
    pytest.param("Five aircraft were damaged.", [("Five", "aircraft")], id="aircraft"),
    pytest.param("One journalist was hurt.", [("One", "journalist")], id="count-of-one"),
    pytest.param("Only one bridge still stands.", [("one", "bridge")], id="one-with-a-noun"),
    pytest.param("Dozens of farmers protested.", [("Dozens", "farmers")], id="through-of"),
    pytest.param(
        "Seven of the 11 ministers resigned.",
        [("Seven", "ministers"), ("11", "ministers")],
        id="partitive-of-the",
    ),
    pytest.param("Two of its frigates were hit.", [("Two", "frigates")], id="partitive-possessive"),
    pytest.param(
        "Guards stopped 80 lorries and 12 buses.",
        [("80", "lorries"), ("12", "buses")],
        id="coordinated-counts",
    ),
    pytest.param(
        "The strikes killed 31 and 14 civilians respectively.",
        [("31", "civilians"), ("14", "civilians")],
        id="noun-written-once-after",
    ),
    pytest.param(
        "Medics treated 90 patients in Lviv, 40 in Rivne and 15 in Lutsk.",
        [("90", "patients"), ("40", "patients"), ("15", "patients")],
        id="noun-written-once-before",
    ),
    pytest.param("Rescuers found a family of five.", [("five", "family")], id="noun-before-of"),
    pytest.param("The death toll in the valley rose to 64.", [("64", "toll")], id="toll-rose-to"),
    pytest.param("Organisers put the crowd at 80,000.", [("80,000", "crowd")], id="crowd-at"),
    pytest.param(
        "The number of stranded lorries reached 2,300.",
        [("2,300", "lorries")],
        id="number-of",
    ),
    pytest.param("The ministry issued a 40-page report.", [("40", "page")], id="hyphenated-count"),
    pytest.param(
        "They ate a four course dinner together.", [("four", "course")], id="singular-compound"
    ),
    pytest.param(
        "They filed a 12 page complaint in court.", [("12", "page")], id="compound-like-hyphenated"
    ),
    pytest.param("Exports fell to 3,000 tonnes.", [("3,000 tonnes", None)], id="measure-no-of"),
    pytest.param(
        "The ship unloaded 3,000 tonnes of rice.",
        [("3,000 tonnes", "rice")],
        id="measure-of",
    ),
    pytest.param(
        "Nearly 60% of the hospitals lack fuel.",
        [("Nearly 60%", "hospitals")],
        id="percent-of",
    ),
    pytest.param("The fund lent $3bn to Kenya.", [("$3bn", None)], id="money-counts-nothing"),
    pytest.param("Police said 23 were arrested.", [("23", None)], id="elided-noun"),
]


SHARE_OF_A_WHOLE = [
    # a word in -s after a singular noun and before what follows a verb is the verb
    pytest.param(
        "About 57 percent of the Dutch public opposes the plan.",
        [("About 57 percent", "public")],
        id="verb-before-a-determiner",
    ),
    pytest.param(
        "Some 40% of the workforce backs him.", [("Some 40%", "workforce")], id="before-a-pronoun"
    ),
    pytest.param(
        "Only 30% of the population wants to leave.",
        [("30%", "population")],
        id="before-to",
    ),
    pytest.param(
        "About 40% of the grain exports go to Africa.",
        [("About 40%", "exports")],
        id="a-plural-noun-stays",
    ),
    pytest.param(
        "Nearly 60 percent of voters back him.", [("Nearly 60 percent", "voters")], id="plural"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_OF_A_WHOLE)
def test_a_share_counts_the_whole_not_the_verb(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert items(text) == expected


SHARED_WITH_A_SUBJECT = [
    # A bare count that is the subject of its own verb shares an earlier count's noun only when
    # that count is a subject too (parallel clauses) or names the whole it is part of.
    pytest.param(
        "Between the two blasts, at least 20 were killed.",
        [("two", "blasts"), ("at least 20", None)],
        id="no-noun-from-a-fronted-phrase",
    ),
    pytest.param(
        "Police raided the two homes, and 15 were arrested.",
        [("two", "homes"), ("15", None)],
        id="no-noun-from-an-object",
    ),
    pytest.param(
        "Five soldiers were killed and three were captured.",
        [("Five", "soldiers"), ("three", "soldiers")],
        id="parallel-clauses-share",
    ),
    pytest.param(
        "Seven miners died, 12 were rescued.",
        [("Seven", "miners"), ("12", "miners")],
        id="parallel-clauses-without-and-share",
    ),
    pytest.param(
        "Of the 20 hostages, 14 were freed.",
        [("20", "hostages"), ("14", "hostages")],
        id="a-part-of-a-whole-shares",
    ),
    pytest.param(
        "Among the 300 passengers, 12 were injured.",
        [("300", "passengers"), ("12", "passengers")],
        id="among-a-whole-shares",
    ),
    pytest.param(
        "Rebels took 40 villages, and 12 towns later.",
        [("40", "villages"), ("12", "towns")],
        id="a-noun-of-its-own-wins",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_WITH_A_SUBJECT)
def test_a_bare_subject_shares_a_noun_only_with_a_parallel_count(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert items(text) == expected


@pytest.mark.parametrize(("text", "expected"), ITEMS)
def test_items(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert items(text) == expected


def test_item_offsets_point_at_the_noun() -> None:
    text = "The storm destroyed 350 wooden fishing boats."
    (quantity,) = found(text)
    assert quantity.item_start is not None
    assert quantity.item_end is not None
    assert text[quantity.item_start : quantity.item_end] == "boats"


def test_shared_noun_keeps_its_own_offsets() -> None:
    text = "The raids killed 19 and 7 soldiers."
    first, second = found(text)
    assert first.item == second.item == "soldiers"
    assert (first.item_start, first.item_end) == (second.item_start, second.item_end)


def test_names_inside_a_noun_phrase_are_not_counts() -> None:
    assert [q.value for q in found("Berlin will send 14 Leopard 2 tanks.")] == [14]
