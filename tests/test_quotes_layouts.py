"""Attribution layouts: where the speaker and the cue stand around a quote."""

from __future__ import annotations

import pytest

import geoevents.plugins.quotes as quotes
from geoevents.model import Quote
from geoevents.testing import find_mentions


def quotes_in(text: str) -> list[Quote]:
    return [q for q in find_mentions(quotes, text, layer="quotes") if isinstance(q, Quote)]


def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.text, q.speaker, q.cue, q.kind) for q in quotes_in(text)]


LAYOUTS = [
    (
        "postposed-name-said",
        "“The dam will hold,” Petrov said on Monday.",
        [("The dam will hold,", "Petrov", "said", "direct")],
    ),
    (
        "postposed-said-name",
        "“The dam will hold,” said Irina Petrova, the regional governor.",
        [("The dam will hold,", "Irina Petrova", "said", "direct")],
    ),
    (
        "postposed-title-told-reporters",
        "“We have enough fuel for winter,” the energy minister told reporters in Vilnius.",
        [("We have enough fuel for winter,", "the energy minister", "told reporters", "direct")],
    ),
    (
        "postposed-according-to",
        "“Talks will resume in March,” according to a senior EU diplomat.",
        [("Talks will resume in March,", "a senior EU diplomat", "according to", "direct")],
    ),
    (
        "postposed-quoted-as-saying",
        "“No decision has been taken,” spokesman Tomas Varga was quoted as saying.",
        [("No decision has been taken,", "Tomas Varga", "quoted as saying", "direct")],
    ),
    (
        "postposed-wrote-on-channel",
        "“The bridge is open again,” Governor Ana Lupu wrote on Telegram.",
        [("The bridge is open again,", "Ana Lupu", "wrote on Telegram", "direct")],
    ),
    (
        "postposed-uncommon-verb",
        "“Those figures are invented,” Ruslan Khadzhiev scoffed.",
        [("Those figures are invented,", "Ruslan Khadzhiev", "scoffed", "direct")],
    ),
    (
        "preposed-colon",
        "Prime Minister Elena Novak said on Sunday: “The army will stay. It will not retreat.”",
        [("The army will stay. It will not retreat.", "Elena Novak", "said", "direct")],
    ),
    (
        "preposed-told-outlet-colon",
        "Finance Minister Marek Zielinski told state radio: “Taxes will not rise.”",
        [("Taxes will not rise.", "Marek Zielinski", "told", "direct")],
    ),
    (
        "colon-without-verb",
        "Opposition leader Daniel Farkas was blunt at the rally: “This government has failed.”",
        [("This government has failed.", "Daniel Farkas", None, "direct")],
    ),
    (
        "dash",
        "“Borders are not for sale.” ― Marta Jovanovic",
        [("Borders are not for sale.", "Marta Jovanovic", None, "direct")],
    ),
    (
        "next-sentence-words-of",
        "“We will not bargain over our coast.” Those were the words of Admiral Lars Berg.",
        [("We will not bargain over our coast.", "Lars Berg", "the words of", "direct")],
    ),
    (
        "next-sentence-name-said",
        "“The harvest is lost.” Farmer Pavel Hruby said so on Friday.",
        [("The harvest is lost.", "Pavel Hruby", "said", "direct")],
    ),
    (
        "speaker-in-previous-sentence",
        "Mayor Olena Kravets spoke on Telegram. “Shelters are open all night.”",
        [("Shelters are open all night.", "Olena Kravets", None, "direct")],
    ),
    (
        "split-around-said",
        "“The sanctions,” Vogel said, “are starting to bite.”",
        [
            ("The sanctions,", "Vogel", "said", "direct"),
            ("are starting to bite.", "Vogel", "said", "direct"),
        ],
    ),
    (
        "continued-next-sentence",
        "“We are ready to talk,” Ivo Marin said. “But not under fire.”",
        [
            ("We are ready to talk,", "Ivo Marin", "said", "direct"),
            ("But not under fire.", "Ivo Marin", "said", "direct"),
        ],
    ),
    (
        "two-speakers-one-paragraph",
        "“The truce holds,” said the mediator, Amal Haddad. Rebel commander Yusuf Baraka "
        "disagreed: “They shelled us at dawn.”",
        [
            ("The truce holds,", "Amal Haddad", "said", "direct"),
            ("They shelled us at dawn.", "Yusuf Baraka", "disagreed", "direct"),
        ],
    ),
    (
        "organisation-in-a-statement",
        "“The exercise is defensive,” the defence ministry said in a statement.",
        [("The exercise is defensive,", "the defence ministry", "said in a statement", "direct")],
    ),
    (
        "introduced-by-the-paragraph-before",
        "Coach Ivan Ruzic went on:\n\n“We lost the ball too often. That is on me.”",
        [("We lost the ball too often. That is on me.", "Ivan Ruzic", "went on", "direct")],
    ),
    (
        "unattributed-stands-alone",
        "“Nobody expected this.”",
        [("Nobody expected this.", None, None, "direct")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LAYOUTS], ids=[c[0] for c in LAYOUTS]
)
def test_layouts(text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    assert found(text) == expected


def test_split_quote_pieces_share_a_group() -> None:
    text = "“The sanctions,” Vogel said, “are starting to bite.”"
    first, second = quotes_in(text)
    assert first.group == second.group == first.start
    assert (first.speaker_start, first.speaker_end) == (second.speaker_start, second.speaker_end)
    assert (first.speaker_start, first.speaker_end) == (text.index("Vogel"), text.index(" said"))


def test_quote_over_paragraphs_is_one_group_with_the_closing_attribution() -> None:
    text = (
        "Trade envoy Mei Ling criticised the tariffs. “They hurt farmers. They hurt shops.\n\n"
        "“They will be answered,” Mei said."
    )
    first, second = quotes_in(text)
    assert (first.speaker, second.speaker) == ("Mei Ling", "Mei Ling")
    assert first.group == second.group == first.start


def test_single_quote_has_no_group() -> None:
    (quote,) = quotes_in("“Enough,” Petrov said.")
    assert quote.group is None


def test_speaker_offsets_are_the_words_used() -> None:
    text = "“Help is coming,” Ukrainian President Marko Bondar said."
    (quote,) = quotes_in(text)
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Marko"), text.index(" said"))


TRANSCRIPT = (
    "Senator Rosa Quint spoke to the host, Dan Ebert, on Sunday.\n\n"
    '"EBERT: Will you run again?\n\n'
    '"QUINT: Well, look, that depends on the voters. They read “The Ledger” too.\n\n'
    '"(CROSSTALK.)\n\n'
    '"And they will decide in May.\n\n'
    '"EBERT: Thank you, Senator."'
)


def test_transcript_labels_name_the_speaker_of_each_paragraph() -> None:
    found = quotes_in(TRANSCRIPT)
    assert [(q.text, q.speaker) for q in found] == [
        ("Will you run again?", "Dan Ebert"),
        ("Well, look, that depends on the voters. They read “The Ledger” too.", "Rosa Quint"),
        ("And they will decide in May.", "Rosa Quint"),
        ("Thank you, Senator.", "Dan Ebert"),
    ]
    ebert = found[0]
    assert TRANSCRIPT[ebert.speaker_start : ebert.speaker_end] == "EBERT"


def test_capitals_before_a_colon_are_a_label_only_when_the_article_names_them() -> None:
    (quote,) = quotes_in("“WARNING: the bridge is closed,” the police said.")
    assert (quote.text, quote.speaker) == ("WARNING: the bridge is closed,", "the police")
