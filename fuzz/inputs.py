"""What the fuzz target and its regression tests share: bytes to a document, and the checks.

No atheris here, so that ``tests/test_fuzz_regressions.py`` runs the kept inputs without it.
"""

from __future__ import annotations

import datetime as dt
import json

from geoevents import Document, Pipeline
from geoevents.testing import assert_valid_mentions

_EPOCH = dt.date(1990, 1, 1)


def document_for(data: bytes) -> tuple[str, dt.date | None]:
    """The text and publication date an input stands for.

    The first two bytes choose the date (none when both are zero: relative dates then have
    nothing to resolve against); the rest is the text, decoded as UTF-8 with invalid bytes
    replaced, as a scraper that decodes carelessly would hand it over.
    """
    days = int.from_bytes(data[:2], "big")
    published = None if days == 0 else _EPOCH + dt.timedelta(days=days % 20_000)
    return data[2:].decode("utf-8", errors="replace"), published


def check(pipeline: Pipeline, document: Document) -> None:
    """Assert what every document holds.

    Valid mentions, events pointing at what exists, the same document again for the same
    input, and an exact JSON round trip.

    :raises AssertionError: naming what is wrong.
    """
    assert document.errors == (), document.errors
    assert_valid_mentions(document)
    for event in document.events:
        trigger = event.trigger
        assert document.text[trigger.start : trigger.end] == trigger.text, event
        assert all(0 <= i < len(document.quantities) for i in event.quantities), event
        assert event.quote is None or 0 <= event.quote < len(document.quotes), event
    again = pipeline.extract(document.text, published=document.published)
    assert again == document, "the same input gave another document"
    assert pipeline.from_dict(json.loads(document.to_json())) == document
