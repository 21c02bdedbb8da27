"""Sentence and paragraph boundaries, as character offsets.

>>> from geoevents.resources import Context
>>> text = "Gen. Mark Hale spoke in the U.S. Senate. He left."
>>> [text[start:end] for start, end in sentences(text, sentence_lexicons(Context()))]
['Gen. Mark Hale spoke in the U.S. Senate.', 'He left.']

News copy puts one paragraph per line, so a line break always ends a sentence. Within a line a
sentence ends at ``.``, ``!``, ``?`` or ``…`` (and any closing quotes or brackets after it)
followed by a space and something that can start a sentence, unless the full stop belongs to an
abbreviation ("Gen.", "Sept.", "U.S.") or an initial ("J. Smith").

The abbreviations and the words that start a sentence after a dotted acronym are the lexicons
``abbreviations`` and ``sentence_starters``, which plugins extend through
``geoevents_lexicon_entries``: :func:`sentence_lexicons` compiles them once per pipeline.
Splits are cached per text and lexicons, so every plugin that asks pays for one split.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs
import regex

from geoevents.resources import Context

__all__ = [
    "LEXICONS",
    "SentenceLexicons",
    "Sentences",
    "paragraphs",
    "sentence_lexicons",
    "sentences",
]

LEXICONS = ("abbreviations", "sentence_starters")
"""The lexicons the sentence splitter reads."""


def _words(entries: Iterable[str]) -> frozenset[str]:
    return frozenset(entry.lower().rstrip(".") for entry in entries)


@attrs.frozen(eq=False)
class SentenceLexicons:
    """The word lists of the sentence splitter, lower case, without dots."""

    abbreviations: frozenset[str] = attrs.field(converter=_words)
    """Words whose full stop does not end a sentence ("gen", "sept")."""
    starters: frozenset[str] = attrs.field(converter=_words)
    """Words that, after a dotted acronym ("U.S."), show that a new sentence has started."""

    @classmethod
    def from_lexicons(cls, lexicon: Callable[[str], Mapping[str, str]]) -> SentenceLexicons:
        """Read both lists through ``lexicon`` (``context.lexicon``, say)."""
        return cls(lexicon("abbreviations"), lexicon("sentence_starters"))


def sentence_lexicons(context: Context) -> SentenceLexicons:
    """The sentence splitter's lexicons for ``context``, compiled on first use and then kept.

    Every plugin of a pipeline gets the same object, so that their splits of one text are
    shared.
    """
    return context.built("text.sentences", lambda c: SentenceLexicons.from_lexicons(c.lexicon))


# Regex safety. _CANDIDATE scans whole lines, so it must not restart inside a run of stops: the
# lookbehind makes a run of 100,000 full stops one attempt instead of 100,000 (each of which
# would read the rest of the run), and the possessive quantifiers never give back what they
# read. _WORD_BEFORE runs on one word and _WORD_AFTER is matched at one position per dotted
# acronym, so their single loops read each character at most once per call.
_CANDIDATE = regex.compile(r"(?<![.!?…])[.!?…]++[\"”’'»)\]]*+(?=\s+(\S))")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.$")
_WORD_AFTER = regex.compile(r"\s*+(\p{L}+)")
_CAN_START = regex.compile(r"[\p{Lu}\p{N}\"“‘'«(\[]")


class Sentences:
    """The sentences of a text, as ``(start, end)`` offsets, with lookup by offset."""

    __slots__ = ("_starts", "spans")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans: tuple[tuple[int, int], ...] = tuple(spans)
        """Each sentence's ``(start, end)``, in text order, whitespace trimmed."""
        self._starts = [start for start, _end in spans]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index: int) -> tuple[int, int]:
        return self.spans[index]

    def index_at(self, offset: int) -> int | None:
        """The index of the sentence that holds ``offset``, or None between sentences."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.spans[index][1]:
            return index
        return None

    def at(self, offset: int) -> tuple[int, int] | None:
        """The ``(start, end)`` of the sentence that holds ``offset``, or None."""
        index = self.index_at(offset)
        return None if index is None else self.spans[index]


def paragraphs(text: str) -> list[tuple[int, int]]:
    r"""The non-blank lines of ``text``, as ``(start, end)`` offsets with whitespace trimmed.

    >>> paragraphs("Title\n\n  First line. \nSecond.")
    [(0, 5), (9, 20), (22, 29)]

    The text is read in place: no line is copied, so a long text costs only its offsets.
    """
    spans = []
    position = 0
    length = len(text)
    while position <= length:
        end = text.find("\n", position)
        if end == -1:
            end = length
        start, stop = position, end
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start < stop:
            spans.append((start, stop))
        position = end + 1
    return spans


def _ends_sentence(
    text: str, stop: int, line_start: int, next_char: str, lexicons: SentenceLexicons
) -> bool:
    if not _CAN_START.match(next_char):
        return False
    if text[stop] != ".":
        return True
    # Only the word just before the stop matters; a bounded window keeps long lines linear.
    before = _WORD_BEFORE.search(text, max(line_start, stop - 40), stop + 1)
    if before is None:
        return True
    word = before.group(1)
    bare = word.lower().rstrip(".")
    if "." in bare:  # a dotted acronym such as U.S. or a.m.
        following = _WORD_AFTER.match(text, stop + 1)  # matched in place: no copy of the rest
        return following is not None and following.group(1).lower() in lexicons.starters
    if bare in lexicons.abbreviations:
        return False
    return not (len(word) == 1 and word.isupper())  # an initial: "J. Smith"


def sentences(text: str, lexicons: SentenceLexicons) -> Sentences:
    """Split ``text`` into sentences with ``lexicons`` (see the module docstring for the rules).

    The last few splits are kept: asking again for the same text and lexicons costs a lookup.
    """
    return _split(text, lexicons)


@functools.lru_cache(maxsize=16)
def _split(text: str, lexicons: SentenceLexicons) -> Sentences:
    spans: list[tuple[int, int]] = []
    for line_start, line_end in paragraphs(text):
        start = line_start
        for match in _CANDIDATE.finditer(text, line_start, line_end):
            first_stop = match.start()
            if _ends_sentence(text, first_stop, line_start, match.group(1), lexicons):
                spans.append((start, match.end()))
                start = match.start(1)
        spans.append((start, line_end))
    return Sentences([(s, e) for s, e in spans if e > s])
