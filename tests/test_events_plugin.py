"""The bundled events plugin: types, arguments, flags, dates, casualties, quotes and output.

Every sentence here is written for these tests; the stand-in gazetteer of ``conftest.py`` gives
the actors and places a bundled actors or locations plugin would.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoevents
import geoevents.plugins.events as events_plugin
from geoevents.model import Document, Event
from geoevents.testing import plugin_pipeline
from geoevents.text.inflection import noun_forms, verb_forms

PUBLISHED = "2025-09-08"


def events_of(pipeline: geoevents.Pipeline, text: str) -> tuple[Event, ...]:
    return pipeline.extract(text, published=PUBLISHED).events


def codes(participants: Any) -> list[str]:
    return [p.country or p.name for p in participants]


def summary(event: Event) -> tuple[str, list[str], list[str]]:
    return event.type, codes(event.actor), codes(event.recipient)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Norway agreed to host the next round.", ("AGREE", ["NOR"], []), id="agree"),
        pytest.param(
            "Tomas Lind met Ana Ferreira in Oslo.",
            ("CONSULT", ["SWE", "PER"], []),
            id="consult-mutual",
        ),
        pytest.param(
            "Ana Ferreira visited Tokyo.", ("CONSULT", ["PER"], ["JPN"]), id="consult-visit"
        ),
        pytest.param(
            "Peru and Chile held talks in Lima.",
            ("CONSULT", ["PER", "CHL"], []),
            id="light-verb-talks",
        ),
        pytest.param(
            "Sweden praised Kenya for the reform.", ("SUPPORT", ["SWE"], ["KEN"]), id="support"
        ),
        pytest.param(
            "Chile and Peru signed a trade treaty.",
            ("SUPPORT", ["CHL", "PER"], []),
            id="sign-treaty",
        ),
        pytest.param(
            "Norway and Sweden will share intelligence.",
            ("AGREE", ["NOR", "SWE"], []),
            id="future-cooperate",
        ),
        pytest.param("Japan sent aid to Kenya.", ("AID", ["JPN"], ["KEN"]), id="aid"),
        pytest.param(
            "Peru granted asylum to three Chilean activists.",
            ("AID", ["PER"], ["CHL"]),
            id="asylum",
        ),
        pytest.param(
            "Germany lifted the curfew in Kharkiv.", ("CONCEDE", ["DEU"], []), id="concede"
        ),
        pytest.param(
            "Russia withdrew its troops from Kharkiv.", ("RETREAT", ["RUS"], []), id="retreat"
        ),
        pytest.param(
            "France urged Russia to end the blockade.", ("REQUEST", ["FRA"], ["RUS"]), id="request"
        ),
        pytest.param(
            "Japan accused Russia of violating the ceasefire.",
            ("ACCUSE", ["JPN"], ["RUS"]),
            id="accuse",
        ),
        pytest.param(
            "Norway rejected a Russian proposal for talks.",
            ("REJECT", ["NOR"], ["RUS"]),
            id="reject",
        ),
        pytest.param(
            "Russia threatened to attack Ukraine.", ("THREATEN", ["RUS"], ["UKR"]), id="threaten"
        ),
        pytest.param(
            "The farmers rallied in Nairobi.", ("PROTEST", ["farmers"], ["KEN"]), id="protest"
        ),
        pytest.param(
            "Poland imposed new sanctions on Russia.", ("SANCTION", ["POL"], ["RUS"]), id="sanction"
        ),
        pytest.param(
            "Russia deployed troops near Kharkiv.", ("MOBILIZE", ["RUS"], ["UKR"]), id="mobilize"
        ),
        pytest.param(
            "Kenyan police arrested 40 farmers.", ("COERCE", ["police"], ["farmers"]), id="coerce"
        ),
        pytest.param(
            "Russian forces shelled Kharkiv.", ("ASSAULT", ["RUS"], ["UKR"]), id="assault"
        ),
    ],
)
def test_each_type(
    events_pipeline: geoevents.Pipeline, text: str, expected: tuple[Any, ...]
) -> None:
    assert [summary(e) for e in events_of(events_pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kyiv was struck by Russian missiles.",
            ("ASSAULT", ["RUS"], ["UKR"]),
            id="passive-by-agent",
        ),
        pytest.param(
            "Russian drones struck Kharkiv.", ("ASSAULT", ["RUS"], ["UKR"]), id="demonym-subject"
        ),
        pytest.param(
            "Hungarian and Romanian officials met.",
            ("CONSULT", ["HUN", "ROU"], []),
            id="compound-actor",
        ),
        pytest.param(
            "Poland attacked Russia and Ukraine.",
            ("ASSAULT", ["POL"], ["RUS", "UKR"]),
            id="compound-recipient",
        ),
        pytest.param(
            "Russia's attack on Ukraine drew anger.",
            ("ASSAULT", ["RUS"], ["UKR"]),
            id="possessive-noun",
        ),
        pytest.param(
            "The rebels who attacked Kharkiv fled.",
            ("ASSAULT", ["rebels"], ["UKR"]),
            id="relative-pronoun-subject",
        ),
        pytest.param(
            "In a speech in Oslo, Norway condemned Russia.",
            ("ACCUSE", ["NOR"], ["RUS"]),
            id="subject-after-pp",
        ),
        pytest.param(
            "Sweden demanded that Russia withdraw.",
            ("REQUEST", ["SWE"], ["RUS"]),
            id="recipient-from-complement",
        ),
        pytest.param(
            "Lind said Russia must release the prisoners.",
            ("REQUEST", ["SWE"], ["RUS"]),
            id="must-in-reported-speech",
        ),
        pytest.param(
            "Ukraine hosted Ana Ferreira.", ("CONSULT", ["PER"], ["UKR"]), id="host-is-recipient"
        ),
    ],
)
def test_arguments(
    events_pipeline: geoevents.Pipeline, text: str, expected: tuple[Any, ...]
) -> None:
    assert [summary(e) for e in events_of(events_pipeline, text)] == [expected]


def test_coordinated_verbs_share_the_subject_and_keep_their_places(
    events_pipeline: geoevents.Pipeline,
) -> None:
    text = "Moscow fired 40 drones at targets across Ukraine on Sunday, and struck Kharkiv."
    found = events_of(events_pipeline, text)
    assert [(e.type, codes(e.actor), codes(e.recipient)) for e in found] == [
        ("ASSAULT", ["RUS"], ["UKR"]),
        ("ASSAULT", ["RUS"], ["UKR"]),
    ]
    assert [e.location.name if e.location else None for e in found] == ["Ukraine", "Kharkiv"]
    assert [e.date for e in found] == ["2025-09-07", "2025-09-07"]
    assert found[0].mode == "drone"


@pytest.mark.parametrize(
    ("text", "negated", "hypothetical", "future"),
    [
        pytest.param("Russia did not attack Ukraine.", True, False, False, id="did-not"),
        pytest.param("Russia never attacked Ukraine.", True, False, False, id="never"),
        pytest.param("Russia could attack Ukraine.", False, True, False, id="could"),
        pytest.param(
            "If Russia attacked Ukraine, Poland would respond.", False, True, False, id="if"
        ),
        pytest.param("Russia attacked Ukraine.", False, False, False, id="plain"),
    ],
)
def test_flags(
    events_pipeline: geoevents.Pipeline, text: str, negated: bool, hypothetical: bool, future: bool
) -> None:
    (event,) = events_of(events_pipeline, text)
    assert (event.negated, event.hypothetical, event.future) == (negated, hypothetical, future)


@pytest.mark.parametrize(
    ("text", "type_", "action"),
    [
        pytest.param(
            "France will send aid to Ukraine.", "AGREE", "AID", id="promised-aid-is-agree"
        ),
        pytest.param(
            "Peru plans to impose sanctions on Chile.",
            "THREATEN",
            "SANCTION",
            id="planned-sanction-is-threat",
        ),
        pytest.param(
            "Lind said Sweden would not send aid to Kenya.",
            "REJECT",
            "AID",
            id="refused-aid-is-reject",
        ),
        pytest.param(
            "Russia refused to meet Ana Ferreira.", "REJECT", "CONSULT", id="refusal-governs"
        ),
        pytest.param(
            "Russia threatened to shell Kharkiv.", "THREATEN", "ASSAULT", id="threat-governs"
        ),
    ],
)
def test_announced_actions_take_plovers_types(
    events_pipeline: geoevents.Pipeline, text: str, type_: str, action: str
) -> None:
    (event,) = events_of(events_pipeline, text)
    assert (event.type, event.action) == (type_, action)


def test_a_threat_to_attack_is_not_an_assault(events_pipeline: geoevents.Pipeline) -> None:
    found = events_of(events_pipeline, "Russia threatened to attack Ukraine.")
    assert [e.type for e in found] == ["THREATEN"]
    assert found[0].mode == "violence"


def test_casualties_and_participles_join_the_event(events_pipeline: geoevents.Pipeline) -> None:
    (event,) = events_of(
        events_pipeline, "Russian forces shelled Kharkiv, killing 12 people and wounding 30."
    )
    assert (event.type, event.dead, event.injured) == ("ASSAULT", 12, 30)
    assert event.quantities


def test_dates_come_from_the_sentence_then_the_paragraph_then_publication(
    events_pipeline: geoevents.Pipeline,
) -> None:
    text = (
        "Russia shelled Kharkiv on Friday. Russian drones also struck Kyiv.\n"
        "Poland condemned Russia."
    )
    found = events_of(events_pipeline, text)
    assert [(e.date, e.date_source) for e in found] == [
        ("2025-09-05", "sentence"),
        ("2025-09-05", "narrative"),
        (PUBLISHED, "publication"),
    ]


def test_a_quoted_event_keeps_its_quote_and_its_speaker(
    events_pipeline: geoevents.Pipeline,
) -> None:
    doc = events_pipeline.extract("“We will strike back,” Lind said.", published=PUBLISHED)
    (event,) = doc.events
    assert event.quote == 0
    assert codes(event.actor) == ["SWE"]
    assert event.type == "THREATEN"


def test_nouns_without_a_named_actor_are_not_events(events_pipeline: geoevents.Pipeline) -> None:
    assert events_of(events_pipeline, "The attack drew wide condemnation.") == ()


def test_adjectival_participles_are_not_events(events_pipeline: geoevents.Pipeline) -> None:
    assert events_of(events_pipeline, "The banned party met nobody.") != ()  # met is the event
    assert all(e.type != "COERCE" for e in events_of(events_pipeline, "The banned party met."))


def test_triggers_can_be_added_from_a_plugin(gazetteer: object) -> None:

    class Extra:
        @geoevents.hookimpl
        def geoevents_lexicon_entries(self, name: str) -> dict[str, str] | None:
            if name == "events_verbs":
                return {"snub": "REJECT"}
            return None

    pipeline = plugin_pipeline(gazetteer, events_plugin, Extra())
    assert [summary(e) for e in pipeline.extract("Peru snubbed Chile.").events] == [
        ("REJECT", ["PER"], ["CHL"])
    ]


def test_to_plover_writes_plover_records(events_pipeline: geoevents.Pipeline) -> None:
    doc = events_pipeline.extract("Russian drones struck Kyiv on Sunday.", published=PUBLISHED)
    (record,) = doc.to_plover()
    assert record["event_type"] == "ASSAULT"
    assert record["date"] == "2025-09-07"
    assert [a["code"] for a in record["source"]] == ["RUS"]
    assert record["event_loc"]["name"] == "Kyiv"
    start, end = record["text_info"]["start"], record["text_info"]["end"]
    assert doc.text[start:end] == record["text"]


# --------------------------------------------------------------------------- properties

WORDS = st.sampled_from(
    [
        "Russia",
        "Ukraine",
        "attacked",
        "met",
        "did",
        "not",
        "will",
        "Kyiv",
        "in",
        "and",
        ",",
        "Lind",
        "said",
        "“",
        "”",
        "threatened",
        "to",
        "the",
        "police",
        "arrested",
        "12",
        "people",
        "on",
        "Monday",
        ".",
        "\n",
        "if",
        "sanctions",
        "imposed",
        "Russian",
        "drones",
        "struck",
    ]
)


def _check(doc: Document) -> None:
    for event in doc.events:
        assert doc.text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.sentence.start <= event.trigger.start < event.sentence.end
        for participant in (*event.actor, *event.recipient):
            if participant.start is not None:
                assert any(
                    m.start == participant.start and m.end == participant.end
                    for m in (*doc.actors, *doc.locations)
                )
        if event.location is not None:
            assert any(m.start == event.location.start for m in doc.locations)
        assert all(0 <= i < len(doc.quantities) for i in event.quantities)
        assert event.quote is None or 0 <= event.quote < len(doc.quotes)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_events_reference_only_existing_mentions(
    events_pipeline: geoevents.Pipeline, words: list[str]
) -> None:
    pipeline = events_pipeline
    text = " ".join(words)
    first = pipeline.extract(text, published=PUBLISHED)
    _check(first)
    assert pipeline.extract(text, published=PUBLISHED) == first


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        pytest.param("ban", {"ban", "bans", "banned", "banning"}, id="doubling"),
        pytest.param("deny", {"deny", "denies", "denied", "denying"}, id="consonant-y"),
        pytest.param("stage", {"stage", "stages", "staged", "staging"}, id="silent-e"),
        pytest.param("veto", {"veto", "vetoes", "vetoed", "vetoing"}, id="final-o"),
        pytest.param("agree", {"agree", "agrees", "agreed", "agreeing"}, id="double-e"),
    ],
)
def test_verb_inflection(lemma: str, forms: set[str]) -> None:
    assert forms <= verb_forms(lemma)


def test_irregular_verbs_and_plurals() -> None:
    assert {"met", "meets", "meeting"} <= verb_forms("meet", {"meet": "met\tmet"})
    assert noun_forms("embargo") == {"embargo", "embargos"}
    assert noun_forms("talks") == {"talks"}
    assert noun_forms("crash") == {"crash", "crashes"}
