"""Robustness: any text, any marks, big inputs; lexicons other plugins extend."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import geoevents
import geoevents.plugins.quotes as quotes
from geoevents.model import Quote
from geoevents.serialize import document_from_dict
from geoevents.testing import assert_valid_mentions, find_mentions, plugin_pipeline

PIPELINE = plugin_pipeline(quotes)
PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "’",
        "‘",
        "«",
        "»",
        "''",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        " — ",
        " said ",
        " he ",
        " she ",
        " they ",
        "Anna Berg",
        " Putin",
        " the ministry",
        " according to ",
        "word",
        "Mr.",
        " titled ",
        "’90s",
        "rock ’n’ roll",
        "=",
        "(",
        ")",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_valid_quotes(text: str) -> None:
    document = PIPELINE.extract(text)
    assert not document.errors
    assert_valid_mentions(document)
    for quote in document.quotes:
        assert isinstance(quote, Quote)
        if quote.speaker_start is not None:
            assert quote.speaker_end is not None
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)
        if quote.group is not None:
            assert any(q.start == quote.group for q in document.quotes)


@given(TEXTS)
@settings(max_examples=100, deadline=None)
def test_deterministic_and_round_trips(text: str) -> None:
    first = PIPELINE.extract(text)
    assert PIPELINE.extract(text) == first
    assert document_from_dict(json.loads(first.to_json())) == first


def test_a_hundred_thousand_quote_marks_do_not_break_anything() -> None:
    for mark in ('"', "“", "”", "’", "'"):
        document = PIPELINE.extract(mark * 100_000)
        assert not document.errors


def test_many_quotes_in_one_line() -> None:
    text = " ".join(f"“Point {i},” Anna Berg said." for i in range(2_000))
    found = PIPELINE.extract(text).quotes
    assert len(found) == 2_000
    assert {q.speaker for q in found} == {"Anna Berg"}


class Reporting:
    """A plugin that adds a reporting verb and a title through the lexicon hook."""

    @geoevents.hookimpl
    def geoevents_lexicon_entries(self, name: str) -> dict[str, str] | None:
        if name == "reporting_verbs":
            return {"harrumphed": "harrumph"}
        if name == "person_titles":
            return {"harbourmaster": ""}
        return None


def test_other_plugins_extend_the_lexicons() -> None:
    text = "“The quay is closed,” harbourmaster Ole Dahl harrumphed."
    (plain,) = find_mentions(quotes, text, layer="quotes")
    assert isinstance(plain, Quote)
    assert plain.speaker is None
    pipeline = plugin_pipeline(quotes, Reporting())
    (quote,) = pipeline.extract(text).quotes
    assert isinstance(quote, Quote)
    assert (quote.speaker, quote.cue) == ("Ole Dahl", "harrumphed")


def test_registered_as_a_bundled_plugin() -> None:
    assert "quotes" in geoevents.Pipeline().plugins


def test_reporting_phrases_are_whole_words() -> None:
    from geoevents.plugins.quotes.lexicons import Phrases

    phrases = Phrases(["said", "according to", "quoted as saying"], ignore_case=False)
    text = "unsaid said-so said, according to him, quoted as sayings, according to"
    assert [(h.start(), h.group()) for h in phrases.finditer(text)] == [
        (15, "said"),
        (21, "according to"),
        (58, "according to"),
    ]
    assert [h.group() for h in phrases.finditer(text, 16, 40)] == ["according to"]


def test_many_reported_clauses_in_one_line() -> None:
    text = " ".join(f"Anna Berg said the pier at berth {i} would reopen." for i in range(2_000))
    found = [q for q in PIPELINE.extract(text).quotes if q.kind == "indirect"]
    assert len(found) == 2_000
    assert {q.speaker for q in found} == {"Anna Berg"}


def test_a_run_on_line_is_not_read_for_indirect_speech() -> None:
    line = "the minister said talks would resume after Voss and Darrow met in Halden " * 100
    assert [q for q in PIPELINE.extract(line).quotes if q.kind == "indirect"] == []
