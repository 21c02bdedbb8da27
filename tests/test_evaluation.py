"""The scoring code behind ``make eval``: matching rules, metrics, probe checks, the script.

Every text here is invented for these tests; nothing is read from ``../shared``.
"""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import benchmarks.common
import benchmarks.evaluate
import benchmarks.fields
import benchmarks.probes
import benchmarks.scoring
import pytest
from benchmarks.fields import item_matches, names_agree, speaker_right, value_matches
from benchmarks.probes import (
    check_date_probe,
    check_quantity_probe,
    check_quote_case,
    date_value_matches,
)
from benchmarks.scoring import (
    Counts,
    LayerScore,
    locate,
    match_spans,
    opening_mark,
    score_corpus,
    snippet,
)
from hypothesis import given
from hypothesis import strategies as st

TEXT = (
    "Rebels fired 40 rockets at Halden on Tuesday, the army said.\n"
    "“We will not retreat,” said General Mara Voss. Talks resumed on Friday."
)
ROCKETS = (TEXT.index("40"), TEXT.index("40") + 2)
TUESDAY = (TEXT.index("Tuesday"), TEXT.index("Tuesday") + 7)
FRIDAY = (TEXT.index("Friday"), TEXT.index("Friday") + 6)
QUOTE = (TEXT.index("We will"), TEXT.index("retreat,") + 8)
VOSS = (TEXT.index("General Mara Voss"), TEXT.index("General Mara Voss") + 17)


def mention(span: tuple[int, int], **fields: Any) -> dict[str, Any]:
    return {"start": span[0], "end": span[1], "text": TEXT[span[0] : span[1]], **fields}


def gold_doc(**layers: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": "doc1", "text": TEXT, "published": "2025-03-14"}
    doc["layers"] = layers.pop("annotated", [k for k in layers if k != "scored_region"])
    doc["scored_region"] = layers.pop("scored_region", None)
    doc.update(layers)
    return doc


def scores_for(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, LayerScore]:
    return score_corpus([(gold, pred)])


def as_tuple(counts: Counts | None) -> tuple[int, int, int] | None:
    return None if counts is None else (counts.tp, counts.gold, counts.pred)


GOLD_DATES = [mention(TUESDAY, value="2025-03-11"), mention(FRIDAY, value="2025-03-14")]


# --------------------------------------------------------------------------- metrics


def test_counts_rates() -> None:
    counts = Counts(tp=3, gold=4, pred=6)
    assert counts.precision == 0.5
    assert counts.recall == 0.75
    assert counts.f1 == pytest.approx(0.6)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        pytest.param(Counts(0, 0, 0), (None, None, None), id="nothing-at-all"),
        pytest.param(Counts(0, 3, 0), (None, 0.0, 0.0), id="no-predictions"),
        pytest.param(Counts(0, 0, 2), (0.0, None, 0.0), id="no-gold"),
    ],
)
def test_counts_with_empty_denominators(
    counts: Counts, expected: tuple[float | None, float | None, float | None]
) -> None:
    assert (counts.precision, counts.recall, counts.f1) == expected


def test_perfect_prediction_scores_one() -> None:
    scores = scores_for(gold_doc(dates=GOLD_DATES), {"dates": GOLD_DATES})
    dates = scores["dates"]
    for counts in (dates.span, dates.exact, dates.value):
        assert counts is not None
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)


def test_empty_prediction_has_zero_recall() -> None:
    dates = scores_for(gold_doc(dates=GOLD_DATES), {"dates": []})["dates"]
    assert dates.span is not None
    assert dates.value is not None
    assert dates.span.recall == 0.0
    assert dates.value.recall == 0.0
    assert dates.span.precision is None
    assert [e.kind for e in dates.errors] == ["missed", "missed"]


def test_shifted_span_matches_by_span_but_not_exactly() -> None:
    shifted = mention((TUESDAY[0] - 3, TUESDAY[1]), value="2025-03-11")
    dates = scores_for(gold_doc(dates=GOLD_DATES[:1]), {"dates": [shifted]})["dates"]
    assert as_tuple(dates.span) == (1, 1, 1)
    assert as_tuple(dates.exact) == (0, 1, 1)
    assert as_tuple(dates.value) == (1, 1, 1)


def test_two_predictions_for_one_gold_count_once() -> None:
    whole = mention(TUESDAY, value="2025-03-11")
    part = mention((TUESDAY[0], TUESDAY[0] + 3), value="2025-03-11")
    dates = scores_for(gold_doc(dates=GOLD_DATES[:1]), {"dates": [part, whole]})["dates"]
    assert as_tuple(dates.span) == (1, 1, 2)
    assert as_tuple(dates.exact) == (1, 1, 2)  # the larger overlap was paired
    assert [e.kind for e in dates.errors] == ["spurious"]


def test_right_span_with_wrong_value_is_a_span_match_only() -> None:
    wrong = mention(TUESDAY, value="2025-03-18")
    dates = scores_for(gold_doc(dates=GOLD_DATES[:1]), {"dates": [wrong]})["dates"]
    assert as_tuple(dates.span) == (1, 1, 1)
    assert as_tuple(dates.value) == (0, 1, 1)
    (error,) = dates.errors
    assert error.kind == "wrong value"
    assert "2025-03-11" in error.detail
    assert "2025-03-18" in error.detail
    assert "[[Tuesday]]" in error.context


def test_value_matching_prefers_the_agreeing_prediction() -> None:
    wrong = mention((TUESDAY[0], TUESDAY[1]), value="XXXX")
    right = mention((TUESDAY[0] - 3, TUESDAY[1]), value="2025-03-11")
    dates = scores_for(gold_doc(dates=GOLD_DATES[:1]), {"dates": [wrong, right]})["dates"]
    assert as_tuple(dates.value) == (1, 1, 2)


def test_predictions_outside_the_scored_region_are_not_scored() -> None:
    first_line = [0, TEXT.index("\n")]
    gold = gold_doc(dates=GOLD_DATES[:1], scored_region=first_line)
    dates = scores_for(gold, {"dates": GOLD_DATES})["dates"]
    assert as_tuple(dates.span) == (1, 1, 1)


def test_only_annotated_layers_are_scored() -> None:
    gold = gold_doc(dates=GOLD_DATES, annotated=["dates"])
    pred = {"dates": GOLD_DATES, "quantities": [mention(ROCKETS, value=40)]}
    assert list(scores_for(gold, pred)) == ["dates"]


def test_a_layer_without_predictions_scores_zero() -> None:
    gold = gold_doc(quantities=[mention(ROCKETS, value=40, item="rockets")])
    quantities = scores_for(gold, {})["quantities"]
    assert as_tuple(quantities.span) == (0, 1, 0)
    assert as_tuple(quantities.value_item) == (0, 1, 0)


# --------------------------------------------------------------------------- gold without offsets


def test_gold_surface_is_located_kth_occurrence_for_kth_duplicate() -> None:
    text = "Two ships sank. Two more were damaged."
    gold = {
        "id": "d",
        "text": text,
        "layers": ["quantities"],
        "quantities": [{"text": "Two", "value": 2}, {"text": "Two", "value": 2}],
    }
    second_only = {"quantities": [{"start": 16, "end": 19, "text": "Two", "value": 2}]}
    quantities = scores_for(gold, second_only)["quantities"]
    assert as_tuple(quantities.exact) == (1, 2, 1)


def test_gold_without_offsets_or_text_is_matched_by_value() -> None:
    gold = {
        "id": "d",
        "text": "Shares rose 12% after the firm hired 300 engineers.",
        "layers": ["quantities"],
        "quantities": [
            {"start": None, "end": None, "text": None, "value": 300, "item": "engineers"},
            {"start": None, "end": None, "text": None, "value": 12, "item": None},
        ],
    }
    pred = {
        "quantities": [
            {"start": 12, "end": 15, "text": "12%", "value": 12.0, "item": None},
            {"start": 37, "end": 40, "text": "300", "value": 300, "item": "engineer"},
            {"start": 37, "end": 40, "text": "300", "value": 300, "item": None},
        ]
    }
    quantities = scores_for(gold, pred)["quantities"]
    assert quantities.mode == "value"
    assert quantities.span is None
    assert quantities.exact is None
    assert as_tuple(quantities.value) == (2, 2, 3)
    assert (quantities.item_right, quantities.item_gold) == (1, 1)


def test_entity_lists_are_matched_as_distinct_entities() -> None:
    gold = gold_doc(
        actors=[
            {"text": "Rebels", "name": "Halden Liberation Front", "kind": "group"},
            {"text": "General Mara Voss", "name": "Mara Voss", "kind": "person"},
        ]
    )
    pred = {
        "actors": [
            mention(VOSS, name="Mara Voss", kind="person"),
            mention((VOSS[1] - 4, VOSS[1]), name="Mara Voss", kind="person"),
            mention(ROCKETS, name="Someone Else", kind="person"),
        ]
    }
    actors = scores_for(gold, pred)["actors"]
    assert actors.mode == "entity"
    assert as_tuple(actors.value) == (1, 2, 2)


# --------------------------------------------------------------------------- what is left out


def test_non_name_gold_is_not_scored_and_predictions_on_it_are_not_false_positives() -> None:
    gold = gold_doc(
        actors=[
            mention(VOSS, kind="person", syntactic_type="NAM"),
            mention((0, 6), kind="group", syntactic_type="NOM"),
        ]
    )
    pred = {
        "actors": [
            mention(VOSS, name="Mara Voss", kind="person"),
            mention((0, 6), name="Rebels", kind="group"),
        ]
    }
    actors = scores_for(gold, pred)["actors"]
    assert as_tuple(actors.span) == (1, 1, 1)
    assert actors.value is None  # the gold gives neither names nor countries


def test_actor_predicted_on_a_gold_location_is_not_a_false_positive() -> None:
    halden = (TEXT.index("Halden"), TEXT.index("Halden") + 6)
    gold = gold_doc(actors=[mention(VOSS, kind="person")], locations=[mention(halden)])
    pred = {
        "actors": [
            mention(VOSS, name="Mara Voss", kind="person"),
            mention(halden, name="Halden", kind="country"),
        ]
    }
    assert as_tuple(scores_for(gold, pred)["actors"].span) == (1, 1, 1)


def test_gold_without_a_value_is_left_out_of_value_counts() -> None:
    several = mention(ROCKETS, value=None, low=None, high=None)
    gold = gold_doc(quantities=[several, mention(TUESDAY, value=2)])
    pred = {"quantities": [mention(ROCKETS, value=40), mention(TUESDAY, value=2)]}
    quantities = scores_for(gold, pred)["quantities"]
    assert as_tuple(quantities.span) == (2, 2, 2)
    assert as_tuple(quantities.value) == (1, 1, 1)


@pytest.mark.parametrize(
    ("unit", "left_out"),
    [
        pytest.param("year", True, id="years-are-a-duration"),
        pytest.param("minutes", True, id="plural-time-unit"),
        pytest.param("year of age", True, id="an-age"),
        pytest.param("age", True, id="over-the-age-of"),
        pytest.param("mile per hour", False, id="a-rate-is-a-measure"),
        pytest.param("dollar", False, id="money"),
        pytest.param(None, False, id="a-count"),
    ],
)
def test_durations_and_ages_are_recognised(unit: str | None, left_out: bool) -> None:
    assert benchmarks.fields.is_duration_or_age({"value": 3, "unit": unit}) is left_out


@pytest.mark.parametrize(
    ("text", "span", "left_out"),
    [
        pytest.param("It stores 75 hours of video.", (10, 12), True, id="a-unit-of-time-after"),
        pytest.param("Ana Ruiz, 52, said so.", (10, 12), True, id="an-apposition"),
        pytest.param("The singer died aged 82.", (21, 23), True, id="aged"),
        pytest.param("She retired at the age of 67.", (26, 28), True, id="age-of"),
        pytest.param("They sold 75 phones.", (10, 12), False, id="a-count"),
        pytest.param("In Lyon, 40 homes burned.", (9, 11), False, id="a-comma-is-no-apposition"),
    ],
)
def test_durations_and_ages_without_a_unit_are_told_by_their_words(
    text: str, span: tuple[int, int], left_out: bool
) -> None:
    gold = {"start": span[0], "end": span[1], "value": int(text[span[0] : span[1]])}
    assert benchmarks.fields.is_duration_or_age(gold, text) is left_out


def test_gold_durations_and_ages_are_left_out_but_predictions_of_them_still_count() -> None:
    gold = {
        "id": "d",
        "text": "After 3 years the firm, led by Ana Ruiz, 52, hired 300 engineers.",
        "layers": ["quantities"],
        "quantities": [
            {"value": 3, "unit": "year", "kind": "measure"},
            {"value": 52, "unit": "year of age", "kind": "measure"},
            {"value": 300, "unit": None, "kind": "count", "item": "engineers"},
        ],
    }
    pred = {
        "quantities": [
            {"start": 40, "end": 42, "text": "52", "value": 52, "item": None},
            {"start": 51, "end": 54, "text": "300", "value": 300, "item": "engineers"},
        ]
    }
    quantities = scores_for(gold, pred)["quantities"]
    assert quantities.left_out == 2
    assert as_tuple(quantities.value) == (1, 1, 2)  # the age we report is a false positive


def test_further_quoted_pieces_inside_a_matched_gold_quote_are_not_false_positives() -> None:
    text = "Voss called the levy “unfair” and “a trap” on Monday."
    gold = {
        "id": "d",
        "text": text,
        "layers": ["quotes"],
        "quotes": [{"start": 21, "end": 42, "quote": text[21:42], "speaker": "Mara Voss"}],
    }
    unfair = {"start": 21, "end": 27, "text": "unfair", "speaker": "Mara Voss"}
    trap = {"start": 34, "end": 40, "text": "a trap", "speaker": "Mara Voss"}
    monday = {"start": 44, "end": 50, "text": "Monday", "speaker": None}
    quotes = scores_for(gold, {"quotes": [unfair, trap, monday]})["quotes"]
    assert as_tuple(quotes.span) == (1, 1, 2)
    assert [e.kind for e in quotes.errors] == ["spurious"]


@pytest.mark.parametrize(
    ("gold_kinds", "scored_preds"),
    [
        pytest.param(["direct"], 1, id="corpus-without-indirect-quotes"),
        pytest.param(["direct", "indirect"], 2, id="corpus-with-indirect-quotes"),
    ],
)
def test_indirect_quotes_count_only_where_the_gold_has_them(
    gold_kinds: list[str], scored_preds: int
) -> None:
    gold = gold_doc(quotes=[{"quote": TEXT[QUOTE[0] : QUOTE[1]], "kind": gold_kinds[0]}])
    other = {"id": "o", "text": "x", "layers": ["quotes"], "quotes": [{"kind": gold_kinds[-1]}]}
    indirect = mention((0, 44), speaker=None, kind="indirect")
    pred = {"quotes": [mention(QUOTE, speaker=None, kind="direct"), indirect]}
    quotes = score_corpus([(gold, pred), (other, {})])["quotes"]
    assert quotes.span is not None
    assert quotes.span.pred == scored_preds


def test_quotes_in_marks_the_gold_never_uses_count_only_when_they_match() -> None:
    text = "“We will stay,” Voss said. ''We will leave,'' Lind said. “Maybe,” Ros said."
    first, second, third = (
        (text.index(q), text.index(q) + len(q))
        for q in ("We will stay,", "We will leave,", "Maybe,")
    )
    gold = {
        "id": "g",
        "text": text,
        "layers": ["quotes"],
        "quotes": [{"start": first[0], "end": first[1], "quote": text[slice(*first)]}],
    }
    pred = {"quotes": [mention(span) for span in (first, second, third)]}
    quotes = score_corpus([(gold, pred)])["quotes"]
    assert quotes.span is not None
    # The doubled-apostrophe quote is out of the gold's reach; the curly one is a false positive.
    assert (quotes.span.tp, quotes.span.pred) == (1, 2)


def test_opening_mark() -> None:
    text = "He said ''no'' and “yes” and 'maybe'."
    assert [
        opening_mark(text, (text.index(w), text.index(w) + len(w))) for w in ("no", "yes", "maybe")
    ] == ["''", "“", "'"]
    assert opening_mark(text, (0, 2)) is None


# --------------------------------------------------------------------------- key fields


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        pytest.param({"value": 800}, {"value": 800}, True, id="equal"),
        pytest.param({"value": 1.5e9}, {"value": 1500000000}, True, id="float-int"),
        pytest.param({"value": 0.6667}, {"value": 2 / 3}, True, id="within-tolerance"),
        pytest.param({"value": 800}, {"value": 810}, False, id="different"),
        pytest.param({"value": 800}, {"value": None}, False, id="missing"),
        pytest.param(
            {"value": None, "low": 10, "high": 15}, {"low": 10, "high": 15}, True, id="range"
        ),
        pytest.param({"value": None, "low": 10, "high": 15}, {"low": 10}, False, id="half-range"),
        pytest.param({"value": 19, "unit": "cent"}, {"value": 0.19}, True, id="cents"),
        pytest.param({"value": 19, "unit": "cent"}, {"value": 19}, True, id="cents-as-written"),
        pytest.param({"value": 19, "unit": "USD"}, {"value": 0.19}, False, id="dollars"),
        pytest.param(
            {"value": None, "low": 1000, "high": 10000, "qualifier": "vague"},
            {"low": 2000, "high": 10000, "qualifier": "vague"},
            True,
            id="vague-overlapping",
        ),
        pytest.param(
            {"value": None, "low": 1000, "high": 10000, "qualifier": "vague"},
            {"low": 20000, "high": 100000, "qualifier": "vague"},
            False,
            id="vague-apart",
        ),
        pytest.param(
            {"value": None, "low": 1000, "high": 10000, "qualifier": "vague"},
            {"low": 2000, "high": 10000, "qualifier": "range"},
            False,
            id="vague-against-range",
        ),
    ],
)
def test_quantity_values(gold: dict[str, Any], pred: dict[str, Any], expected: bool) -> None:
    assert value_matches("quantities", gold, pred) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        pytest.param("drones", "drones", True, id="same"),
        pytest.param("Drones", "drone", True, id="case-and-plural"),
        pytest.param("first-team players", "players", True, id="head-of-compound"),
        pytest.param("casualties", "casualty", True, id="ies-plural"),
        pytest.param("churches", "church", True, id="es-plural"),
        pytest.param("drones", "missiles", False, id="different"),
        pytest.param("times a minute", "times", True, id="head-among-gold-words"),
        pytest.param(None, None, True, id="both-null"),
        pytest.param(None, "people", False, id="null-against-item"),
    ],
)
def test_item_folding(gold: str | None, pred: str | None, expected: bool) -> None:
    assert item_matches({"item": gold}, {"item": pred}) is expected


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("count", False), ("money", True), ("percent", True), ("measure", True)],
)
def test_null_gold_item_is_checked_only_for_counts(kind: str, expected: bool) -> None:
    assert item_matches({"item": None, "kind": kind}, {"item": "voters"}) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("Mara Voss", "mara voss", True, id="case"),
        pytest.param("Voss", "General Mara Voss", True, id="contained"),
        pytest.param("Mara Voss", "Anton Voss", True, id="same-last-name"),
        pytest.param("The Interior Ministry", "interior ministry", True, id="leading-the"),
        pytest.param("Halden's army", "army", True, id="possessive"),
        pytest.param("Mara Voss", "Mara Lind", False, id="different-last-name"),
        pytest.param("Oss", "Voss", False, id="not-whole-words"),
        pytest.param(None, "Voss", False, id="null"),
    ],
)
def test_names_agree(a: str | None, b: str | None, expected: bool) -> None:
    assert names_agree(a, b) is expected


SPEAKER_CASES = [
    pytest.param({"speaker": "Mara Voss"}, {"speaker": "Mara Voss"}, True, id="same-name"),
    pytest.param({"speaker": "Mara Voss"}, {"speaker": "Voss"}, True, id="last-name"),
    pytest.param(
        {"speaker": "he", "speaker_start": VOSS[0], "speaker_end": VOSS[1]},
        {"speaker": "Mara Voss", "speaker_start": VOSS[0] + 8, "speaker_end": VOSS[1]},
        True,
        id="offsets-overlap",
    ),
    pytest.param(
        {"speaker": "General Mara Voss", "speaker_surface": "General Mara Voss"},
        {"speaker": None, "speaker_start": VOSS[0], "speaker_end": VOSS[1]},
        True,
        id="our-words-agree",
    ),
    pytest.param({"speaker": None}, {"speaker": None}, True, id="null-null"),
    pytest.param({"speaker": None}, {"speaker": "Mara Voss"}, False, id="null-named"),
    pytest.param({"speaker": "Mara Voss"}, {"speaker": None}, False, id="named-null"),
    pytest.param({"speaker": "Mara Voss"}, {"speaker": "Ivo Lind"}, False, id="other-person"),
]


@pytest.mark.parametrize(("gold", "pred", "expected"), SPEAKER_CASES)
def test_speaker_right(gold: dict[str, Any], pred: dict[str, Any], expected: bool) -> None:
    assert speaker_right(gold, pred, TEXT) is expected


def test_quotes_are_scored_by_span_and_speaker() -> None:
    gold = gold_doc(quotes=[{"quote": TEXT[QUOTE[0] : QUOTE[1]], "speaker": "Mara Voss"}])
    pred = {
        "quotes": [mention(QUOTE, speaker="Voss", speaker_start=VOSS[0] + 13, speaker_end=VOSS[1])]
    }
    quotes = scores_for(gold, pred)["quotes"]
    assert as_tuple(quotes.exact) == (1, 1, 1)
    assert as_tuple(quotes.value) == (1, 1, 1)


@pytest.mark.parametrize(
    ("layer", "gold", "pred", "expected"),
    [
        pytest.param("actors", {"name": "Mara Voss"}, {"name": "mara voss"}, True, id="actor-name"),
        pytest.param(
            "actors",
            {"name": "Halden", "country": "HLD"},
            {"name": "X", "country": "HLD"},
            True,
            id="actor-country",
        ),
        pytest.param(
            "actors", {"name": "Mara Voss"}, {"name": "Ivo Lind"}, False, id="actor-other"
        ),
        pytest.param("locations", {"country": "FRA"}, {"country": "FRA"}, True, id="location"),
        pytest.param(
            "locations", {"country": "FRA"}, {"country": "BEL"}, False, id="location-other"
        ),
        pytest.param("dates", {"value": None}, {"value": None}, True, id="date-null"),
        pytest.param("dates", {"value": "2025-W11"}, {"value": "2025-03"}, False, id="date-other"),
    ],
)
def test_key_fields(layer: str, gold: dict[str, Any], pred: dict[str, Any], expected: bool) -> None:
    assert value_matches(layer, gold, pred) is expected


def event(
    type_: str, actor: list[dict[str, Any]], recipient: list[dict[str, Any]]
) -> dict[str, Any]:
    first_line = TEXT.index("\n")
    return {
        "type": type_,
        "trigger": {"start": 7, "end": 12, "text": "fired"},
        "sentence": {"start": 0, "end": first_line},
        "actor": actor,
        "recipient": recipient,
    }


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        pytest.param(
            {"type": "ASSAULT", "trigger": "fired", "actor": ["Rebels"], "recipient": ["HLD"]},
            True,
            id="name-and-code",
        ),
        pytest.param(
            {"type": "ASSAULT", "trigger": "fired rockets", "actor": [], "recipient": []},
            True,
            id="no-roles-given",
        ),
        pytest.param(
            {"type": "ASSAULT", "trigger": "fired", "actor": "Rebels", "recipient": None},
            True,
            id="seed-strings",
        ),
        pytest.param(
            {"type": "COERCE", "trigger": "fired", "actor": ["Rebels"], "recipient": []},
            False,
            id="wrong-type",
        ),
        pytest.param(
            {"type": "ASSAULT", "trigger": "fired", "actor": ["ABC"], "recipient": []},
            False,
            id="wrong-actor",
        ),
        pytest.param(
            {"type": "ASSAULT", "trigger": "resumed", "actor": [], "recipient": []},
            False,
            id="other-sentence",
        ),
    ],
)
def test_events_match_on_sentence_type_and_participants(
    gold: dict[str, Any], expected: bool
) -> None:
    pred = event(
        "ASSAULT",
        [{"name": "Halden Rebels", "kind": "group", "start": 0, "end": 6}],
        [{"name": "Halden", "country": "HLD", "kind": "country"}],
    )
    events = scores_for(gold_doc(events=[gold]), {"events": [pred]})["events"]
    assert events.exact is None
    assert events.value is not None
    assert events.value.tp == int(expected)


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("needle", "occurrence", "expected"),
    [
        pytest.param("Friday", 0, FRIDAY, id="verbatim"),
        pytest.param(
            "said", 1, (TEXT.index("said General"), TEXT.index("said General") + 4), id="second"
        ),
        pytest.param("said", 2, None, id="no-third"),
        pytest.param(
            '"We will not retreat,"', 0, (QUOTE[0] - 1, QUOTE[1] + 1), id="folded-quote-marks"
        ),
        pytest.param(
            "Halden on Tuesday, the army said. We will not retreat,",
            0,
            (TEXT.index("Halden"), QUOTE[1]),
            id="head-and-tail",
        ),
        pytest.param("Saturday", 0, None, id="absent"),
    ],
)
def test_locate(needle: str, occurrence: int, expected: tuple[int, int] | None) -> None:
    assert locate(TEXT, needle, occurrence) == expected


def test_snippet_marks_the_span_on_one_line() -> None:
    context = snippet(TEXT, QUOTE, width=10)
    assert "[[We will not retreat,]]" in context
    assert "\n" not in context


def test_match_spans_is_one_to_one_by_largest_overlap() -> None:
    gold = [(0, 10), (12, 20)]
    pred = [(8, 14), (0, 9), (13, 20)]
    assert match_spans(gold, pred) == {0: 1, 1: 2}


@given(
    st.lists(st.tuples(st.integers(0, 500), st.integers(1, 30)), max_size=12),
    st.randoms(use_true_random=False),
)
def test_gold_as_prediction_always_scores_one(raw: list[tuple[int, int]], rng: Any) -> None:
    text = "x" * 600
    spans = sorted({(start, start + length) for start, length in raw})
    gold = [{"start": s, "end": e, "text": text[s:e], "value": str(s)} for s, e in spans]
    pred = list(gold)
    rng.shuffle(pred)
    doc = {"id": "d", "text": text, "layers": ["dates"], "dates": gold}
    dates = score_corpus([(doc, {"dates": pred})])["dates"]
    assert dates.value is not None
    assert dates.value.tp == len(gold) == dates.value.pred


# --------------------------------------------------------------------------- probes


@pytest.mark.parametrize(
    ("case", "quantities", "passed"),
    [
        pytest.param({"want": [40], "not": []}, [{"value": 40}], True, id="wanted-found"),
        pytest.param({"want": [40], "not": []}, [{"value": 4}], False, id="wanted-missing"),
        pytest.param({"want": [], "not": [2024]}, [{"value": 2024}], False, id="unwanted"),
        pytest.param(
            {"want": [], "not": [24]},
            [{"value": None, "low": 24, "high": 25}],
            False,
            id="unwanted-bound",
        ),
        pytest.param({"want": [[10, 15]], "not": []}, [{"low": 10, "high": 15}], True, id="range"),
        pytest.param({"want": ["vague"], "not": []}, [{"qualifier": "vague"}], True, id="vague"),
    ],
)
def test_quantity_probe(
    case: dict[str, Any], quantities: list[dict[str, Any]], passed: bool
) -> None:
    result = check_quantity_probe({"id": "p", "text": "...", **case}, {"quantities": quantities})
    assert result.passed is passed


@pytest.mark.parametrize(
    ("expected", "kind", "value", "ok"),
    [
        pytest.param("2025-03-11", "D", "2025-03-11", True, id="day"),
        pytest.param("2025-03-10", "D", "2025-03-10TMO", True, id="day-with-part"),
        pytest.param("2025-03", "M", "2025-03-11", False, id="month-not-day"),
        pytest.param(["2025-03-15", "2025-03-16"], "D", "2025-W11-WE", True, id="weekend"),
        pytest.param(["2025-03-15", "2025-03-16"], "D", "2025-03-16", True, id="any-listed-day"),
        pytest.param(1980, "DEC", "198", True, id="decade"),
        pytest.param([7, 9, 2025], "Q", "2025-Q3", True, id="quarter"),
        pytest.param("2025", "Y", None, False, id="null"),
    ],
)
def test_date_probe_values(expected: Any, kind: str, value: str | None, ok: bool) -> None:
    assert date_value_matches(expected, kind, value) is ok


def test_date_probe_checks_spans_rel_and_false_positives() -> None:
    text = "The envoy left on Tuesday and came back two days later with 300 trucks."
    case = {
        "id": 1,
        "text": text,
        "dct": "2025-03-14",
        "gold": [
            {"span": "Tuesday", "kind": "D", "expected": "2025-03-11"},
            {"span": "two days later", "kind": "REL", "expected": None},
        ],
        "must_not_match": ["300"],
    }
    tuesday = {"start": 18, "end": 25, "value": "2025-03-11"}
    good = check_date_probe(case, {"dates": [tuesday]})
    assert good.passed
    assert good.checks == {"D": [1, 1], "REL": [1, 1], "must_not_match": [1, 1]}
    later = text.index("two days later")
    resolved = {"start": later, "end": later + 14, "value": "2025-03-13"}
    trucks = {"start": text.index("300"), "end": text.index("300") + 3, "value": "0300"}
    bad = check_date_probe(case, {"dates": [resolved, trucks]})
    assert not bad.passed
    assert bad.checks == {"D": [0, 1], "REL": [0, 1], "must_not_match": [0, 1]}
    # Counted from the Tuesday the text gives, not from the publication date: right.
    anchored = check_date_probe(case, {"dates": [tuesday, resolved]})
    assert anchored.checks["REL"] == [1, 1]


def test_quote_case_needs_the_quote_and_its_speaker() -> None:
    case = {
        "id": "q",
        "text": TEXT,
        "gold": [{"quote": TEXT[QUOTE[0] : QUOTE[1]], "speaker": "Mara Voss"}],
    }
    right = mention(QUOTE, speaker="Mara Voss")
    assert check_quote_case(case, {"quotes": [right]}).passed
    wrong = mention(QUOTE, speaker="Ivo Lind")
    result = check_quote_case(case, {"quotes": [wrong]})
    assert not result.passed
    assert result.checks == {"found": [1, 1], "speaker": [0, 1]}
    first = mention((QUOTE[0], QUOTE[0] + 7), speaker="Mara Voss")
    rest = mention((QUOTE[0] + 8, QUOTE[1]), speaker="Mara Voss")
    assert check_quote_case(case, {"quotes": [first, rest]}).passed
    extra = check_quote_case({"id": "t", "text": TEXT, "gold": []}, {"quotes": [right]})
    assert not extra.passed


@pytest.mark.parametrize(
    "module", [benchmarks.scoring, benchmarks.fields, benchmarks.probes], ids=lambda m: m.__name__
)
def test_docstring_examples(module: Any) -> None:
    failures, _tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0


# --------------------------------------------------------------------------- the script


def test_missing_shared_directory_exits_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert benchmarks.evaluate.main(["--shared", str(tmp_path / "nowhere")]) == 0
    assert "no gold data" in capsys.readouterr().out


def test_shared_directory_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOEVENTS_SHARED", str(tmp_path))
    assert benchmarks.common.shared_dir(None) == tmp_path
    assert benchmarks.common.shared_dir("/elsewhere") == Path("/elsewhere")


def write_shared(root: Path) -> None:
    corpus = root / "corpus"
    corpus.mkdir()
    doc = gold_doc(dates=GOLD_DATES, quantities=[mention(ROCKETS, value=40, item="rockets")])
    raw = {**doc, "id": "raw", "layers": []}
    (corpus / "invented.jsonl").write_text(json.dumps(doc) + "\n\n" + json.dumps(raw) + "\n")
    quotes = root / "peers" / "quotes"
    quotes.mkdir(parents=True)
    case = {
        "id": "q",
        "text": TEXT,
        "gold": [{"quote": "We will not retreat,", "speaker": "Mara Voss"}],
    }
    (quotes / "hardcases.jsonl").write_text(json.dumps(case) + "\n")


def test_the_script_reports_corpora_and_suites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_shared(tmp_path)
    report_path = tmp_path / "report.json"
    assert (
        benchmarks.evaluate.main(
            ["--shared", str(tmp_path), "--json", str(report_path), "--show-errors", "dates"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "invented: 2 documents" in out
    assert "quantities (peers/quantities/probes.json) not found" not in out
    report = json.loads(report_path.read_text())
    layers = report["corpora"]["invented"]["layers"]
    assert set(layers) == {"quantities", "dates"}
    assert layers["dates"]["span"]["gold"] == 2
    assert report["suites"]["quotes"]["cases"] == 1


def test_unknown_corpus_is_an_error(tmp_path: Path) -> None:
    write_shared(tmp_path)
    assert benchmarks.evaluate.main(["--shared", str(tmp_path), "--corpus", "nope"]) == 2


def test_write_docs_replaces_only_the_generated_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "accuracy.md"
    begin, end = benchmarks.evaluate.BEGIN, benchmarks.common.END
    page.write_text(f"# Accuracy\n\nRules.\n\n{begin}\nold numbers\n{end}\n\nMore.\n")
    monkeypatch.setattr(benchmarks.evaluate, "DOCS_PAGE", page)
    benchmarks.evaluate.write_docs(["new numbers"])
    assert page.read_text() == f"# Accuracy\n\nRules.\n\n{begin}\nnew numbers\n{end}\n\nMore.\n"


def test_a_day_with_its_part_of_day_matches_the_timex3_spelling() -> None:
    night = {"value": "2025-09-07", "part_of_day": "NI"}
    assert value_matches("dates", {"value": "2025-09-07TNI"}, night)
    assert value_matches("dates", {"value": "2025-09-07"}, night)
    assert not value_matches("dates", {"value": "2025-09-07TMO"}, night)


def test_value_accuracy_counts_span_matches_with_the_right_value() -> None:
    text = "It began on Friday and ended on Sunday."
    friday = (text.index("Friday"), text.index("Friday") + 6)
    sunday = (text.index("Sunday"), text.index("Sunday") + 6)
    gold = {
        "id": "d",
        "text": text,
        "layers": ["dates"],
        "dates": [
            {"start": friday[0], "end": friday[1], "value": "2025-09-05"},
            {"start": sunday[0], "end": sunday[1], "value": "2025-09-07"},
        ],
    }
    ours = {
        "dates": [
            {"start": friday[0], "end": friday[1], "value": "2025-09-05"},
            {"start": sunday[0], "end": sunday[1], "value": "2025-09-14"},
        ]
    }
    score = score_corpus([(gold, ours)], ["dates"])["dates"]
    assert (score.span_matched_right, score.span_matched_keyed) == (1, 2)
    assert score.value_accuracy == 0.5


def test_event_summary_counts_types_found_roles_and_type_precision() -> None:
    from benchmarks.scoring import event_summary

    gold = gold_doc(
        events=[{"type": "ASSAULT", "trigger": "fired", "actor": ["HLD"], "recipient": []}]
    )
    right = event("ASSAULT", [{"name": "Halden", "country": "HLD"}], [])
    wrong_type = event("COERCE", [], [])
    summary = event_summary([(gold, {"events": [right, wrong_type]})])
    assert (summary.gold, summary.type_found, summary.roles_right) == (1, 1, 1)
    assert (summary.predicted, summary.predicted_typed) == (2, 1)
    assert summary.type_precision == 0.5
    assert summary.per_sentence == 2.0


def test_old_cameo_codes_are_read_as_iso() -> None:
    from benchmarks.fields import roles_agree

    gold = {"type": "AID", "actor": ["JAP"], "recipient": []}
    assert roles_agree(gold, {"actor": [{"name": "Japan", "country": "JPN"}]}, "")
    assert not roles_agree({"actor": ["IGO"]}, {"actor": [{"name": "UN", "country": None}]}, "")


def test_dates_are_scored_per_timex3_type() -> None:
    text = "Talks began on Friday and lasted three days, every evening."
    friday = (text.index("Friday"), text.index("Friday") + 6)
    days = (text.index("three days"), text.index("three days") + 10)
    evening = (text.index("every evening"), text.index("every evening") + 13)
    gold = {
        "id": "t",
        "text": text,
        "layers": ["dates"],
        "dates": [
            {"start": friday[0], "end": friday[1], "value": "2025-09-05", "type": "DATE"},
            {"start": days[0], "end": days[1], "value": "P3D", "type": "DURATION"},
            {"start": evening[0], "end": evening[1], "value": "XXXX-XX-XXTEV", "type": "SET"},
        ],
    }
    ours = {
        "dates": [
            {"start": friday[0], "end": friday[1], "value": "2025-09-05", "kind": "date"},
            {"start": days[0], "end": days[1], "value": "P3D", "kind": "date"},
        ]
    }
    types = score_corpus([(gold, ours)], ["dates"])["dates"].types
    assert (types["DATE"].gold, types["DATE"].pred, types["DATE"].span_right) == (1, 2, 2)
    assert (types["DURATION"].gold, types["DURATION"].span_found, types["DURATION"].typed) == (
        1,
        1,
        0,
    )
    assert types["SET"].rates("span") == (None, 0.0, None)
    assert types["DATE"].rates("value") == (1.0, 1.0, 1.0)


def test_the_point_view_reads_a_pointing_duration_as_its_date() -> None:
    duration = {"start": 5, "end": 13, "value": "P2D", "kind": "duration"}
    pointing = {**duration, "point": "2025-09-10", "point_start": 5, "point_end": 19}
    unanchored = {**duration, "point": None, "point_start": 5, "point_end": 17}
    viewed = benchmarks.evaluate.point_view({"dates": [duration, pointing, unanchored]})
    assert viewed["dates"] == [
        duration,
        {**pointing, "start": 5, "end": 19, "value": "2025-09-10", "kind": "date"},
        {**unanchored, "start": 5, "end": 17, "value": None, "kind": "date"},
    ]


def test_halves_split_by_a_stable_hash_of_the_id() -> None:
    halves = [benchmarks.evaluate.half_of({"id": f"doc-{n}"}) for n in range(200)]
    assert set(halves) == {1, 2}
    assert 60 < halves.count(1) < 140
    assert halves == [benchmarks.evaluate.half_of({"id": f"doc-{n}"}) for n in range(200)]


def test_a_duration_matches_another_spelling_of_its_length() -> None:
    assert value_matches("dates", {"value": "P2.5Y"}, {"value": "P2Y6M"})
    assert value_matches("dates", {"value": "PT1H30M"}, {"value": "PT90M"})
    assert not value_matches("dates", {"value": "P2Y"}, {"value": "P2M"})
    assert not value_matches("dates", {"value": "PXY"}, {"value": "PXM"})
