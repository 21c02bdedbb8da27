"""Invariants of every bundled plugin together, over arbitrary Unicode and news-like text.

Whatever the input: no plugin raises (the pipeline is strict, so a failure is an exception
here), every mention's offsets are valid and its text is the slice, the same input gives the
same document, the document round-trips through JSON, and events point only at mentions and
quotes that exist.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.news_text import article, sentence

import geoevents
from geoevents import Document
from geoevents.testing import assert_valid_mentions

PIPELINE = geoevents.Pipeline(strict=True)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1)))
PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(document: Document) -> None:
    assert document.errors == ()
    assert_valid_mentions(document)
    for event in document.events:
        assert document.text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert all(0 <= i < len(document.quantities) for i in event.quantities)
        for participant in (*event.actor, *event.recipient):
            if participant.start is not None and participant.end is not None:
                assert participant.end <= len(document.text)
    again = PIPELINE.extract(document.text, published=document.published, id=document.id)
    assert again == document, "the same input gave another document"
    assert PIPELINE.from_dict(json.loads(document.to_json())) == document


@PROPERTIES
@given(text=st.text(max_size=300), published=PUBLISHED)
def test_any_unicode(text: str, published: object) -> None:
    check(PIPELINE.extract(text, published=published))  # type: ignore[arg-type]


@PROPERTIES
@given(text=article(), published=PUBLISHED)
def test_news_like_articles(text: str, published: object) -> None:
    check(PIPELINE.extract(text, published=published))  # type: ignore[arg-type]


@PROPERTIES
@given(parts=st.lists(st.one_of(sentence(), st.text(max_size=20)), min_size=1, max_size=5))
def test_news_mixed_with_noise(parts: list[str]) -> None:
    check(PIPELINE.extract(" ".join(parts), published="2025-09-08"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param(" \t\n\r\n\u00a0\u2028\u3000", id="whitespace-only"),
        pytest.param("\x00" * 50, id="nul-characters"),
        pytest.param("\u200b\u200c\u200d\ufeff" * 20, id="zero-width"),
        pytest.param("\u202e\u202d\u2066\u2069 Kyiv \u202c" * 10, id="bidi-controls"),
        pytest.param("&quot;We will&quot; &amp; 40&nbsp;km", id="html-entities"),
        pytest.param("<p>“Hold,” <b>she</b> said.</p><br/>300 <i>drones</i>", id="html-tags"),
        pytest.param("(" * 500 + "12 drones" + ")" * 500, id="nested-brackets"),
        pytest.param("Line one.\r\nLine “two\rthree” he said.\r", id="crlf-and-lone-cr"),
        pytest.param("\ud800 lone surrogate 5 km", id="lone-surrogate"),
    ],
)
def test_hostile_inputs_give_valid_documents(text: str) -> None:
    document = PIPELINE.extract(text, published="2025-09-08")
    check(document)
    if not text.strip():
        assert list(document.iter_mentions()) == []
        assert document.events == ()
