"""Partial and scare quotes, titles of works and nicknames."""

from __future__ import annotations

import pytest

import geoevents.plugins.quotes as quotes
from geoevents.model import Quote
from geoevents.testing import find_mentions


def found(text: str) -> list[tuple[str, str | None, str]]:
    """The quoted passages (indirect speech is tested on its own)."""
    mentions = find_mentions(quotes, text, layer="quotes")
    return [
        (q.text, q.speaker, q.kind)
        for q in mentions
        if isinstance(q, Quote) and q.kind != "indirect"
    ]


PARTIAL = [
    (
        "scare-quote-unattributed",
        "Ministers are drafting rules for a “digital border” along the coast.",
        [("digital border", None, "partial")],
    ),
    (
        "partial-attributed-by-said",
        "Tanaka said the talks had reached a “delicate stage” after midnight.",
        [("delicate stage", "Tanaka", "partial")],
    ),
    (
        "partial-subject-far-from-quote",
        "Lucia Moretti told donors on Friday that Rome would not fund the port but was willing "
        "to play a “supporting role” in the rebuilding.",
        [("supporting role", "Lucia Moretti", "partial")],
    ),
    (
        "two-partials-organisation",
        "The ministry said the vote had been “orderly” but that “minor incidents” occurred.",
        [("orderly", "The ministry", "partial"), ("minor incidents", "The ministry", "partial")],
    ),
    (
        "described-as",
        "Premier Jan Holub described the budget as “a trap for families” on Monday.",
        [("a trap for families", "Jan Holub", "partial")],
    ),
    (
        "headline-says",
        "Okafor says refinery will reopen “within weeks”",
        [("within weeks", "Okafor", "partial")],
    ),
    (
        "postposed-after-partial-is-direct",
        "The ships would be “fair game”, Admiral Ortiz said on Monday.",
        [("fair game", "Ortiz", "direct")],
    ),
    (
        "subordinate-clause-group-not-a-speaker",
        "A week after 12 coastal states – among them Chile – said they backed a “blue corridor”, "
        "Lima balked.",
        [("blue corridor", None, "partial")],
    ),
    (
        "subject-known-as-a-person-from-the-article",
        "Defence Minister Karl Ruud arrived. Ruud openly admires the “steady hand” of his "
        "predecessor.",
        [("steady hand", "Karl Ruud", "partial")],
    ),
    (
        "subject-after-an-opening-adverbial",
        "Defence Minister Karl Ruud arrived. In July, Ruud dismissed the report as “fiction”.",
        [("fiction", "Karl Ruud", "partial")],
    ),
    (
        "any-phrase-opening-the-clause-of-a-reporting-verb",
        "The clip says the senator has “a soft spot” for lobbyists.",
        [("a soft spot", "The clip", "partial")],
    ),
    (
        "title-of-speech",
        "Her address, titled “A Sea of Neighbours”, drew applause in Suva.",
        [],
    ),
    ("title-of-show", "He spoke on CNN's “Morning Edition” about the strike.", []),
    ("title-of-film", "The documentary “Salt Roads” opens in Tbilisi on Friday.", []),
    ("nickname", "The striker, Diego “El Toro” Suarez, scored twice.", []),
    (
        "title-after-kind-of-work-and-of",
        "On Sunday's broadcast of “Harbor Talk,” the governor took calls.",
        [],
    ),
    ("title-before-kind-of-work", "Callers to his “Keeping It Local” radio show complained.", []),
    ("nicknamed", "The mayor, nicknamed “The Bulldozer”, cut the ribbon.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PARTIAL], ids=[c[0] for c in PARTIAL]
)
def test_partial_quotes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text) == expected
