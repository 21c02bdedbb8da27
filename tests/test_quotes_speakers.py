"""Speakers: titles and appositives, organisations, pronouns, surnames, and nobody."""

from __future__ import annotations

import pytest

import geoevents.plugins.quotes as quotes
from geoevents.model import Quote
from geoevents.testing import find_mentions


def speakers(text: str) -> list[str | None]:
    """The speakers of the quoted passages (indirect speech is tested on its own)."""
    found = find_mentions(quotes, text, layer="quotes")
    return [q.speaker for q in found if isinstance(q, Quote) and q.kind != "indirect"]


SPEAKERS = [
    (
        "a-body-named-with-for",
        "“Real wages fell,” said the Institute for Wage Studies.",
        ["Institute for Wage Studies"],
    ),
    (
        "a-body-named-with-on",
        "“Turnout fell,” the Commission on Fair Elections said on Monday.",
        ["the Commission on Fair Elections"],  # the subject as written
    ),
    (
        "title-before-name",
        "“Winter will be hard,” Estonian Prime Minister Kaja Tamm said.",
        ["Kaja Tamm"],
    ),
    (
        "appositive-after-name",
        "“We stand together,” said Jonas Berg, the alliance's deputy secretary general.",
        ["Jonas Berg"],
    ),
    (
        "appositive-before-verb",
        "“We stand together,” Jonas Berg, the alliance's deputy chief, said.",
        ["Jonas Berg"],
    ),
    (
        "title-then-name-appositive",
        "“The wells are dry,” the governor of Tavria, Oksana Hlib, said.",
        ["Oksana Hlib"],
    ),
    ("organisation", "“The drills are routine,” the Kremlin said.", ["the Kremlin"]),
    (
        "anonymous-official",
        "“No deal is close,” a senior French official said.",
        ["a senior French official"],
    ),
    (
        "surname-to-fullest",
        "Anna Kowalczyk chaired the session. Later, “Nothing is agreed,” Kowalczyk said.",
        ["Anna Kowalczyk"],
    ),
    (
        "honorific-surname-to-fullest",
        "Senator Ruth Adler spoke first. “We need a vote,” Ms. Adler said.",
        ["Ruth Adler"],
    ),
    (
        "he-most-recent-person",
        "Viktor Danko landed in Oslo on Tuesday. “I bring a proposal,” he said.",
        ["Viktor Danko"],
    ),
    (
        "she-skips-a-man-named-later",
        "Maria Lund met Pieter Smit in The Hague. “Europe must act,” she said.",
        ["Maria Lund"],
    ),
    (
        "he-skips-a-woman-named-later",
        "Tomas Weber met Julia Brandt in Bonn. “We will see,” he said.",
        ["Tomas Weber"],
    ),
    (
        "she-from-title",
        "The spokeswoman, Ines Moreau, took questions. “We will not comment,” she said.",
        ["Ines Moreau"],
    ),
    (
        "pronoun-chain",
        "Defence Minister Karl Ruud called for calm. “We are prepared,” Ruud said. "
        "“Nobody should doubt it,” he added.",
        ["Karl Ruud", "Karl Ruud"],
    ),
    (
        "they-to-group",
        "Ukrainian army officers met the press in Dnipro. “We need shells,” they said.",
        ["Ukrainian army officers"],
    ),
    ("pronoun-with-nobody-named", "“We will be back,” he said.", [None]),
    (
        "pronoun-not-across-unrelated-paragraphs",
        "Lena Ostrova opened the fair.\n\nThe weather was cold.\n\nStalls closed early.\n\n"
        "“It was worth it,” she said.",
        [None],
    ),
    (
        "participle-after-comma-takes-the-clause-subject",
        "Governor Lena Fischer criticised the plan for the port and the bridge, saying, "
        "“It is far too expensive.”",
        ["Lena Fischer"],
    ),
    (
        "participle-not-the-noun-before-it",
        "Mayor Tom Reyes walked onto the stage, chanting “We will rebuild!”",
        ["Tom Reyes"],
    ),
    (
        "participle-after-an-attribution-takes-its-speaker",
        "“We need change,” the port director said, arguing that the port needed a “fresh start”.",
        ["the port director", "the port director"],
    ),
    (
        "subject-after-an-opening-adverbial",
        "Senator Ruth Adler spoke in Ohio. In March, she announced her plan, saying "
        "“I will run again.”",
        ["Ruth Adler"],
    ),
    (
        "party-and-state-aside",
        "“The bill is dead,” Senate Majority Leader Tom Haskins, R-Ore., said Tuesday.",
        ["Tom Haskins"],
    ),
    (
        "two-asides",
        "“The vote was rigged,” Rep. Dana Miles (R-Ohio), a member of the panel, said in an "
        "interview.",
        ["Dana Miles"],
    ),
    (
        "age-aside",
        "“We will march again,” Quinn Ashby, 25, said as the crowd moved on.",
        ["Quinn Ashby"],
    ),
    (
        "honorific-full-stop-after-verb",
        "“It is astonishing,” said Mr. Holloway, the law professor.",
        ["Holloway"],
    ),
    ("initial-after-dash", "“No plan, no money.” ― Elena R. Castillo", ["Elena R. Castillo"]),
    (
        "initials-without-space",
        "“This is a sad day,” said Rep. G.K. Sandoval of Maine.",
        ["G.K. Sandoval"],
    ),
    (
        "person-of-a-body-before-the-verb",
        "Jennifer Moss of Harbor Watch Canada said, “The nets are empty.”",
        ["Jennifer Moss"],
    ),
    (
        "second-verb-of-the-subject",
        "Governor Ana Lupu toured the dam and said “the repairs will take a year.”",
        ["Ana Lupu"],
    ),
    (
        "said-any-phrase-after-the-quote",
        "“The law stands,” said the ruling.",
        ["the ruling"],
    ),
    (
        "closing-attribution-of-the-previous-sentence",
        "The talks stalled while Deputy Minister Rui Costa waited in Lisbon, Ana Prado said. "
        "“We need more time.”",
        ["Ana Prado"],
    ),
    (
        "colon-after-a-heading-is-nobody",
        "Storm Over Split: “The pier is gone.”",
        [None],
    ),
    (
        "not-the-noun-after-a-preposition",
        "Protesters marching through the streets chanted “No curfew!”",
        [None],
    ),
    (
        "auxiliary-before-an-aside",
        "The Emergencies Ministry has, in a statement, called on drivers to “slow down.”",
        ["The Emergencies Ministry"],
    ),
    (
        "clause-past-a-partial-quote",
        "Senator Ruth Adler spoke at a “town hall” organised by students and said “the mill "
        "will reopen.”",
        ["Ruth Adler", "Ruth Adler"],
    ),
    (
        "definite-title-to-introduced-person",
        "Foreign Minister Ayla Demir arrived in Baku. “Peace is near,” the foreign minister said.",
        ["Ayla Demir"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS]
)
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_pronoun_speaker_keeps_the_pronoun_offsets() -> None:
    text = "Viktor Danko landed in Oslo. “I bring a proposal,” he said."
    (quote,) = find_mentions(quotes, text, layer="quotes")
    assert isinstance(quote, Quote)
    assert (quote.speaker_start, quote.speaker_end) == (text.index("he said"), text.index(" said"))
