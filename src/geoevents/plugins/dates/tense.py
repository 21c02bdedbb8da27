"""Tense: whether the clause around a date talks about the past or the future.

A weekday or a date without its year is resolved by it: "the UN said on Thursday" is the last
Thursday, "the report will be published on Thursday" the next one. The nearest cue wins, looking
first back towards the start of the sentence, then forward to its end:

- future and planning cues (``dates_future_cues``): "will", "'ll", "is due", "plans to",
  "scheduled", "is expected", "going to";
- past cues (``dates_past_cues``): "said", "was", "had", "since", irregular past tenses, and any
  lower-case word ending in "-ed" (``dates_not_past`` lists the exceptions) unless it follows
  "be", "been" or "being" (a passive: "will be held on Tuesday" reads on to "will").

The words of a text are classified once (:class:`Tenses`), so asking for the tense of each of
its dates costs a binary search.

>>> from geoevents.plugins.dates.words import DateWords
>>> words = DateWords.bundled()
>>> text = "The president will travel to Brussels on Tuesday."
>>> clause_tense(text, (0, len(text)), text.index("Tuesday"), text.index("Tuesday") + 7, words)
'future'
"""

from __future__ import annotations

import bisect
import functools
import re

import regex

from geoevents.plugins.dates.timex import Tense
from geoevents.plugins.dates.words import DateWords

__all__ = ["Tenses", "clause_tense"]

_LOOK_BACK = 300
_LOOK_AHEAD = 200
"""How many characters of the sentence the cues are looked for in, each way."""
_PASSIVE = regex.compile(r"(?<!\p{L})(?:be|been|being)[^\S\n]+\Z", regex.REVERSE)


@functools.lru_cache(maxsize=8)
def _cues(words: DateWords) -> re.Pattern[str]:
    # The standard library's engine: several times faster than regex's on this plain pattern.
    future = "|".join(
        re.escape(cue).replace(r"\ ", r"\s+")
        for cue in sorted(words.future_cues, key=len, reverse=True)
        if cue[0].isalpha()
    )
    past = "|".join(
        re.escape(cue).replace(r"\ ", r"\s+")
        for cue in sorted(words.past_cues, key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?:(?P<future>{future})|(?P<past>{past})|(?P<ed>[a-z]{{3,}}ed))\b"
        rf"|(?<=[^\W\d_])(?P<contracted>['’]ll)\b"
    )


class Tenses:
    """The tense cues of one text, found once, looked up per date."""

    def __init__(self, text: str, words: DateWords) -> None:
        self._positions: list[int] = []
        self._tenses: list[Tense] = []
        for match in _cues(words).finditer(text):
            if match.group("future") or match.group("contracted"):
                tense: Tense = "future"
            elif _PASSIVE.search(text, max(0, match.start() - 8), match.start()):
                continue  # "will be held": the participle does not decide
            elif match.group("past") or match.group() not in words.not_past:
                tense = "past"
            else:
                continue
            self._positions.append(match.start())
            self._tenses.append(tense)

    def at(self, sentence: tuple[int, int], start: int, end: int) -> Tense:
        """The tense of the clause around ``[start, end)`` inside ``sentence``, or None."""
        sentence_start, sentence_end = sentence
        before = bisect.bisect_left(self._positions, start) - 1
        if before >= 0 and self._positions[before] >= max(sentence_start, start - _LOOK_BACK):
            return self._tenses[before]
        after = bisect.bisect_left(self._positions, end)
        limit = min(sentence_end, end + _LOOK_AHEAD)
        if after < len(self._positions) and self._positions[after] < limit:
            return self._tenses[after]
        return None


def clause_tense(
    text: str, sentence: tuple[int, int], start: int, end: int, words: DateWords
) -> Tense:
    """The tense of the clause around ``text[start:end]`` inside ``sentence``, or None."""
    return Tenses(text, words).at(sentence, start, end)
