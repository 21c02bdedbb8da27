"""Sentence and paragraph boundaries (geoevents.text.sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geoevents
from geoevents.resources import Context
from geoevents.text.sentences import SentenceLexicons, paragraphs, sentence_lexicons, sentences

LEXICONS = sentence_lexicons(Context())

SPLITS = [
    (
        "two plain sentences",
        "The talks ended. Both sides left.",
        ["The talks ended.", "Both sides left."],
    ),
    (
        "a title before a name",
        "Gen. Mark Hale spoke. He left.",
        ["Gen. Mark Hale spoke.", "He left."],
    ),
    ("an initial", "John F. Kerry arrived.", ["John F. Kerry arrived."]),
    ("a month abbreviation", "It began on Sept. 7 in Kyiv.", ["It began on Sept. 7 in Kyiv."]),
    (
        "a decimal number",
        "Prices rose 4.5 percent. Then fell.",
        ["Prices rose 4.5 percent.", "Then fell."],
    ),
    (
        "a dotted acronym inside a sentence",
        "The U.S. Senate voted.",
        ["The U.S. Senate voted."],
    ),
    (
        "a dotted acronym ending a sentence",
        "Troops left the U.S. The war ended.",
        ["Troops left the U.S.", "The war ended."],
    ),
    (
        "a quote that ends the sentence",
        "“We will respond.” Officials agreed.",
        ["“We will respond.”", "Officials agreed."],
    ),
    (
        "a comma inside a quote does not split",
        "“We will respond,” he said. Then he left.",
        ["“We will respond,” he said.", "Then he left."],
    ),
    ("a question and an exclamation", "Why now? Because! Yes.", ["Why now?", "Because!", "Yes."]),
    ("a lower-case continuation", "He said so... and left.", ["He said so... and left."]),
    (
        "a line break always ends a sentence",
        "Headline\nBody text here",
        ["Headline", "Body text here"],
    ),
    ("blank lines are not sentences", "One.\n\n\nTwo.", ["One.", "Two."]),
    ("leading spaces are trimmed", "   Indented text.  ", ["Indented text."]),
    (
        "a closing bracket after the stop",
        "It ended (finally.) Next.",
        ["It ended (finally.)", "Next."],
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), SPLITS, ids=[case[0] for case in SPLITS])
def test_sentence_splits(why: str, text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(text, LEXICONS)] == expected


def test_lookup_by_offset() -> None:
    text = "One two. Three four."
    split = sentences(text, LEXICONS)
    assert split.index_at(0) == 0
    assert split.index_at(10) == 1
    assert split.index_at(8) is None  # the space between them
    assert split.at(12) == (9, 20)
    assert len(split) == 2
    assert split[1] == (9, 20)


def test_paragraphs_are_non_blank_lines() -> None:
    text = "  First line. \n\n Second\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First line.", "Second"]


def _lines_split_and_stripped(text: str) -> list[tuple[int, int]]:
    """What paragraphs() returned when it copied each line: the reference it must agree with."""
    spans = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            spans.append((start, start + len(stripped)))
        position += len(line) + 1
    return spans


@given(st.text(alphabet=st.sampled_from("ab \t\r\n\u00a0\u2028\u3000\x0c."), max_size=200))
def test_paragraphs_read_in_place_agree_with_split_and_strip(text: str) -> None:
    assert paragraphs(text) == _lines_split_and_stripped(text)


@given(st.text(alphabet=st.sampled_from("ab .?!\n“”\"'U.S"), max_size=200))
def test_sentences_are_ordered_trimmed_and_disjoint(text: str) -> None:
    previous_end = 0
    for start, end in sentences(text, LEXICONS):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        assert "\n" not in text[start:end]
        previous_end = end


def test_many_full_stops_in_one_line() -> None:
    text = "a. " * 20_000
    assert len(sentences(text, LEXICONS)) == 1  # lower-case words never start a sentence


def test_many_dotted_acronyms_in_one_line() -> None:
    # Each acronym used to copy the rest of the line to look at the next word (quadratic).
    text = "U.S. " * 20_000
    assert len(sentences(text, LEXICONS)) == 1


class Abbreviations:
    """A plugin that teaches the splitter an abbreviation ("Cdre." for commodore)."""

    @geoevents.hookimpl
    def geoevents_lexicon_entries(self, name: str) -> list[str] | None:
        return ["Cdre."] if name == "abbreviations" else None


def test_plugins_extend_the_abbreviations() -> None:
    text = "The fleet was led by Cdre. Anna Holt on Friday."
    bundled = [text[start:end] for start, end in sentences(text, LEXICONS)]
    assert bundled == ["The fleet was led by Cdre.", "Anna Holt on Friday."]
    pipeline = geoevents.Pipeline(extra=[Abbreviations()])
    extended = sentence_lexicons(pipeline.context)
    assert [text[start:end] for start, end in sentences(text, extended)] == [text]


def test_plugins_see_the_extended_splitter() -> None:
    """A quote's speaker named in the sentence before it: one sentence, or two."""
    text = "“We hold the strait,” Cdre. Anna Holt said. “We will not leave,” she added."
    bundled = geoevents.Pipeline(plugins=["quotes"]).extract(text).quotes
    extended = geoevents.Pipeline(plugins=["quotes"], extra=[Abbreviations()])
    assert [q.speaker for q in extended.extract(text).quotes] == ["Anna Holt", "Anna Holt"]
    assert [q.speaker for q in bundled] != ["Anna Holt", "Anna Holt"]


def test_one_split_per_text_and_lexicons() -> None:
    text = "Shelling resumed. Residents fled."
    assert sentences(text, LEXICONS) is sentences(text, LEXICONS)
    other = SentenceLexicons(abbreviations=["resumed"], starters=[])
    assert sentences(text, other) is not sentences(text, LEXICONS)
    assert len(sentences(text, other)) == 1


def test_the_splitter_is_compiled_once_per_context() -> None:
    context = Context()
    assert sentence_lexicons(context) is sentence_lexicons(context)
