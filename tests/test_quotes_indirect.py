"""Indirect speech: reported clauses without quotation marks, and what is left alone."""

from __future__ import annotations

import pytest

import geoevents.plugins.quotes as quotes
from geoevents.model import Quote
from geoevents.testing import find_mentions


def indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    found = find_mentions(quotes, text, layer="quotes")
    return [
        (q.text, q.speaker, q.cue) for q in found if isinstance(q, Quote) and q.kind == "indirect"
    ]


COVERED = [
    (
        "said-that",
        "Prime Minister Ana Berg said that the border would stay open.",
        [("the border would stay open", "Ana Berg", "said")],
    ),
    (
        "said-on-a-day-that",
        "Foreign Minister Jonas Vik said on Tuesday that talks would resume in Oslo.",
        [("talks would resume in Oslo", "Jonas Vik", "said")],
    ),
    (
        "said-during-an-event-that",
        "Senator Ruth Adler said during a rally in Dayton that the mill would reopen.",
        [("the mill would reopen", "Ruth Adler", "said")],
    ),
    (
        "said-in-a-statement-that",
        "The defence ministry said in a statement that two drones had been shot down.",
        [("two drones had been shot down", "The defence ministry", "said in a statement")],
    ),
    (
        "told-reporters-that",
        "Mayor Lena Fischer told reporters that the tunnel was safe.",
        [("the tunnel was safe", "Lena Fischer", "told reporters")],
    ),
    (
        "told-a-name-without-that",
        "Coach Ivan Ruzic told Reuters the team would fight on.",
        [("the team would fight on", "Ivan Ruzic", "told")],
    ),
    (
        "without-that-name-and-past-verb",
        "Spokeswoman Ines Moreau said the ministry opposed the new levy.",
        [("the ministry opposed the new levy", "Ines Moreau", "said")],
    ),
    (
        "without-that-pronoun-and-auxiliary",
        "Defence Minister Karl Ruud said he was ready to resign.",
        [("he was ready to resign", "Karl Ruud", "said")],
    ),
    (
        "without-that-after-a-day",
        "Finance Minister Marek Zielinski said Monday taxes would not rise.",
        [("taxes would not rise", "Marek Zielinski", "said")],
    ),
    (
        "adding-that-takes-the-clause-subject",
        "Mayor Olaf Brandt praised the crews, adding that the bridge would reopen on Monday.",
        [("the bridge would reopen on Monday", "Olaf Brandt", "adding")],
    ),
    (
        "and-said-takes-the-first-verb-subject",
        "Governor Ana Lupu described the plan as “a gift to polluters” and said the state "
        "would sue.",
        [("the state would sue", "Ana Lupu", "said")],
    ),
    (
        "two-clauses-joined",
        "Minister Eva Lind said the plan was ready and added that it would cost less.",
        [("the plan was ready", "Eva Lind", "said"), ("it would cost less", "Eva Lind", "added")],
    ),
    (
        "according-to-before",
        "According to the interior ministry, 40 people were rescued overnight.",
        [("40 people were rescued overnight", "the interior ministry", "According to")],
    ),
    (
        "according-to-after",
        "Turnout reached 61 percent on Sunday, according to the electoral commission.",
        [("Turnout reached 61 percent on Sunday", "the electoral commission", "according to")],
    ),
    (
        "attribution-closing-the-sentence",
        "Two ferries collided near Split on Friday, the port authority said.",
        [("Two ferries collided near Split on Friday", "the port authority", "said")],
    ),
    (
        "inverted-attribution-closing-the-sentence",
        "The ceasefire was holding on Sunday, said Amal Haddad, the mediator.",
        [("The ceasefire was holding on Sunday", "Amal Haddad", "said")],
    ),
    (
        "nested-attributions",
        "According to the BBC, the harbour minister said that the port would close.",
        [
            ("the harbour minister said that the port would close", "BBC", "According to"),
            ("the port would close", "the harbour minister", "said"),
        ],
    ),
    (
        "pronoun-resolved",
        "Olena Kravets spoke in Lviv. She said the shelters would stay open.",
        [("the shelters would stay open", "Olena Kravets", "said")],
    ),
    (
        "possessive-aside",
        "Even Chile, Peru's closest trading partner, said it was opposed to the tariff.",
        [("it was opposed to the tariff", "Chile", "said")],
    ),
    (
        "hyphenated-given-name",
        "South Korean President Park Geun-hye said the talks were over.",
        [("the talks were over", "Park Geun-hye", "said")],
    ),
    (
        "initial-is-no-sentence-stop",
        "As a young associate, Maria E. Lund said she was asked to present the case.",
        [("she was asked to present the case", "Maria E. Lund", "said")],
    ),
    (
        "clause-holding-a-partial-quote",
        "Hiro Tanaka said the talks had reached a “delicate stage”.",
        [("the talks had reached a “delicate stage”", "Hiro Tanaka", "said")],
    ),
    (
        "according-to-closing-a-reported-clause",
        "The envoy Mia Sorensen said that a deal was close, according to a diplomat.",
        [
            ("The envoy Mia Sorensen said that a deal was close", "a diplomat", "according to"),
            ("a deal was close", "Mia Sorensen", "said"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in COVERED], ids=[c[0] for c in COVERED]
)
def test_indirect_speech(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert indirect(text) == expected


NOT_COVERED = [
    ("said-an-object", "Mayor Tom Reyes said goodbye to the crowd."),
    ("said-an-object-with-a-relative-clause", "Vera Holm said a prayer for those who were hurt."),
    ("direct-quote-only", "“We will win,” Petrov said."),
    ("that-then-a-quote-is-direct", "Petrov said that “we will win.”"),
    ("pronoun-with-nobody-named", "He said the plan would work."),
    ("negated", "Ministers did not say the border would reopen."),
    ("verb-of-thought", "Premier Jan Holub believes the budget will pass."),
    ("verb-of-denial", "The Kremlin denied that troops were massing."),
    ("verb-inside-a-quote", "“Ivan said the dam would hold,” the engineer Mila Petrova recalled."),
    ("relative-that-after-an-object", "Anna Berg said the words that made headlines."),
    ("question", "Senator Ruth Adler asked whether the mill would reopen."),
    ("attribution-in-the-middle", "The plan, the mayor said, would cost less."),
    ("too-short-to-be-a-clause", "In Kyiv, officials said."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_COVERED], ids=[c[0] for c in NOT_COVERED])
def test_not_indirect_speech(text: str) -> None:
    assert indirect(text) == []


def test_indirect_quote_offsets_and_kind() -> None:
    text = "Olena Kravets spoke in Lviv. She said the shelters would stay open."
    (quote,) = [
        q
        for q in find_mentions(quotes, text, layer="quotes")
        if isinstance(q, Quote) and q.kind == "indirect"
    ]
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.speaker_start : quote.speaker_end] == "She"
    assert quote.group is None


MORE_NOT_COVERED = [
    (
        "noun-that-looks-like-a-verb",
        "The pact was sealed with NATO states in eastern Europe – a clear signal to Russia that "
        "Washington has no interest in the region.",
    ),
    ("lone-comma-before-the-verb", "Initially, state regulators did not consider the plan."),
    (
        "attribution-followed-by-a-clause",
        "Troops would be “fair game”, Admiral Ortiz said, while mocking the talks.",
    ),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in MORE_NOT_COVERED], ids=[c[0] for c in MORE_NOT_COVERED]
)
def test_more_not_indirect_speech(text: str) -> None:
    assert indirect(text) == []
