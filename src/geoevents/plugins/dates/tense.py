"""Tense: whether the clause around a date talks about the past or the future.

A weekday or a date without its year is resolved by it: "the UN said on Thursday" is the last
Thursday, "the report will be published on Thursday" the next one. The nearest cue wins, looking
first back towards the start of the sentence, then forward to its end:

- future and planning cues (``dates_future_cues``): "will", "'ll", "is due", "plans to",
  "scheduled", "is expected", "going to";
- past cues (``dates_past_cues``): "said", "was", "had", "since", irregular past tenses, and any
  lower-case word ending in "-ed" (``dates_not_past`` lists the exceptions) unless it follows
  "be", "been" or "being" (a passive: "will be held on Tuesday" reads on to "will").

Cues are searched from each date outwards (:class:`Tenses`), so only the words up to the
nearest cue are read.

>>> from geoevents.plugins.dates.lexicons import compiled
>>> from geoevents.resources import Context
>>> words = compiled(Context()).words
>>> text = "The president will travel to Brussels on Tuesday."
>>> clause_tense(text, (0, len(text)), text.index("Tuesday"), text.index("Tuesday") + 7, words)
'future'
"""

from __future__ import annotations

import functools
import re

import regex

from geoevents.plugins.dates.timex import Tense
from geoevents.plugins.dates.words import DateWords
from geoevents.text.patterns import alternation

__all__ = ["Tenses", "clause_tense"]

_LOOK_BACK = 300
_LOOK_AHEAD = 200
"""How many characters of the sentence the cues are looked for in, each way."""
_PASSIVE = regex.compile(r"(?<!\p{L})(?:be|been|being)[^\S\n]+\Z", regex.REVERSE)
_ASIDE = regex.compile(r",[^\S\n]*(?:which|who|whom|whose)\b[^,;.:!?\n]{0,120}+,")
"""A relative clause between commas: its verb is not the tense of the clause around it."""
_PLUPERFECT = regex.compile(r"(?<!\p{L})had(?:[^\S\n]+been)?[^\S\n]+\Z", regex.REVERSE)


@functools.lru_cache(maxsize=8)
def _cue_pattern(words: DateWords) -> str:
    future = alternation((cue for cue in words.future_cues if cue[0].isalpha()), space=r"\s+")
    past = alternation(words.past_cues, space=r"\s+")
    return (
        rf"\b(?:(?P<future>{future})|(?P<past>{past})|(?P<ed>[a-z]{{3,}}ed))\b"
        rf"|(?<=[^\W\d_])(?P<contracted>['’]ll)\b"
    )


@functools.lru_cache(maxsize=8)
def _cues_ahead(words: DateWords) -> re.Pattern[str]:
    # The standard library's engine: several times faster than regex's on this plain pattern.
    return re.compile(_cue_pattern(words))


@functools.lru_cache(maxsize=8)
def _cues_back(words: DateWords) -> regex.Pattern[str]:
    # Searched from the date backwards, so only the words up to the nearest cue are read.
    return regex.compile(_cue_pattern(words), regex.REVERSE)


class Tenses:
    """The tense cues of one text, looked up around each date."""

    def __init__(self, text: str, words: DateWords) -> None:
        self.text = text
        self._words = words
        self._back = _cues_back(words)
        self._ahead = _cues_ahead(words)

    def _tense(self, match: re.Match[str] | regex.Match[str]) -> Tense:
        if match.group("future") and _PLUPERFECT.search(
            self.text, max(0, match.start() - 16), match.start()
        ):
            return "past"  # "had been scheduled to expire Friday": a plan of the past, gone by
        if match.group("future") or match.group("contracted"):
            return "future"
        if _PASSIVE.search(self.text, max(0, match.start() - 8), match.start()):
            return None  # "will be held": the participle does not decide
        if match.group("past") or match.group() not in self._words.not_past:
            return "past"
        return None

    def at(self, sentence: tuple[int, int], start: int, end: int) -> Tense:
        """The tense of the clause around ``[start, end)`` inside ``sentence``, or None."""
        sentence_start, sentence_end = sentence
        low, position = max(sentence_start, start - _LOOK_BACK), start
        asides = [m.span() for m in _ASIDE.finditer(self.text, low, start)]
        while found := self._back.search(self.text, low, position):
            position = found.start()
            if any(a <= found.start() and found.end() <= b for a, b in asides):
                continue  # "The sale, which had been expected, is part of a plan": not its verb
            tense = self._tense(found)
            if tense is not None:
                return tense
        high, position = min(sentence_end, end + _LOOK_AHEAD), end
        while ahead := self._ahead.search(self.text, position, high):
            tense = self._tense(ahead)
            if tense is not None:
                return tense
            position = ahead.end()
        return None


def clause_tense(
    text: str, sentence: tuple[int, int], start: int, end: int, words: DateWords
) -> Tense:
    """The tense of the clause around ``text[start:end]`` inside ``sentence``, or None."""
    return Tenses(text, words).at(sentence, start, end)
