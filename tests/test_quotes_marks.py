"""Quotation marks: pairing, apostrophes, stray marks, nesting, quotes over paragraphs."""

from __future__ import annotations

import pytest

from geoevents.plugins.quotes.marks import passages
from geoevents.resources import read_bundled_lexicon

ELISIONS = frozenset(read_bundled_lexicon("elisions"))


def quoted(text: str) -> list[str]:
    return [text[p.start : p.end] for p in passages(text, ELISIONS)]


MARKS = [
    ("curly", "“We will rebuild the bridge,” the mayor said.", ["We will rebuild the bridge,"]),
    ("straight", '"The port is closed," the harbour master said.', ["The port is closed,"]),
    ("guillemets", "«Nothing has changed», the envoy told TASS.", ["Nothing has changed"]),
    ("low-opening", "„Wir schaffen das“, she said.", ["Wir schaffen das"]),
    ("headline-single-straight", "Minister vows 'firm answer' to border raid", ["firm answer"]),
    (
        "headline-single-curly",
        "Mayor calls flood plan ‘too little, too late’",
        ["too little, too late"],
    ),
    ("apostrophe-possessive", "Poland’s army and the farmers’ union met.", []),
    ("apostrophe-decade", "Back in the ’80s and the '90s, trade was freer.", []),
    ("apostrophe-elision", "A night of rock ’n’ roll in Lviv.", []),
    (
        "apostrophe-inside-quote",
        "“It’s the farmers’ money,” she said.",
        ["It’s the farmers’ money,"],
    ),
    (
        "nested-single-inside-double",
        "“He told me, ‘the shelling will stop,’ and it did not,” the priest said.",
        ["He told me, ‘the shelling will stop,’ and it did not,"],
    ),
    (
        "nested-mixed-doubles",
        '"The sign read “Closed for repairs” all week," a resident said.',
        ["The sign read “Closed for repairs” all week,"],
    ),
    (
        "inch-mark-alone",
        'The pipes, 12" wide, were laid on Monday. “Work is on time,” an engineer said.',
        ["Work is on time,"],
    ),
    (
        "missing-closing-costs-one",
        "“We warned them, the governor said. “Nobody listened,” she added.",
        ["Nobody listened,"],
    ),
    ("stray-closing", "Prices rose” sharply. “We cope,” a baker said.", ["We cope,"]),
    ("markup-attribute", '<a href="https://example.org">link</a> "Yes," he said.', ["Yes,"]),
    ("double-apostrophes", "''We are ready,'' the coach said.", ["We are ready,"]),
    ("empty-quote", "The box marked “” was empty.", []),
    (
        "two-quotes-one-sentence",
        "“Stay home,” the police said, “and keep the roads clear.”",
        ["Stay home,", "and keep the roads clear."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MARKS], ids=[c[0] for c in MARKS])
def test_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quote_running_over_paragraphs_is_pieces_with_continued_flag() -> None:
    text = (
        "The chairwoman said: “The budget is tight. We will cut travel.\n\n"
        "“But schools stay open,” she said."
    )
    found = passages(text, ELISIONS)
    assert [text[p.start : p.end] for p in found] == [
        "The budget is tight. We will cut travel.",
        "But schools stay open,",
    ]
    assert [(p.closed, p.continued) for p in found] == [(False, False), (True, True)]


def test_quote_running_on_holds_a_quote_of_the_other_style() -> None:
    text = '"We watched “Jaws” again.\n\n"Then we slept," she said.'
    found = passages(text, ELISIONS)
    assert [text[p.start : p.end] for p in found] == ["We watched “Jaws” again.", "Then we slept,"]
    assert found[1].continued


def test_unclosed_quote_without_a_next_quote_paragraph_is_dropped() -> None:
    text = "“We will win, the coach said.\n\nThe match starts at noon."
    assert quoted(text) == []


def test_offsets_point_inside_the_marks() -> None:
    text = "He said: “ Enough. ” Then he left."
    (passage,) = passages(text, ELISIONS)
    assert text[passage.open] == "“"
    assert text[passage.close] == "”"
    assert text[passage.start : passage.end] == "Enough."
