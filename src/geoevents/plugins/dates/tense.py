"""Tense: whether the clause around a date talks about the past or the future.

A weekday or a date without its year is resolved by it: "the UN said on Thursday" is the last
Thursday, "the report will be published on Thursday" the next one. The nearest cue wins, looking
first back towards the start of the sentence, then forward to its end:

- future and planning cues (``dates_future_cues``): "will", "'ll", "is due", "plans to",
  "scheduled", "is expected", "going to";
- past cues (``dates_past_cues``): "said", "was", "had", "since", irregular past tenses, and any
  lower-case word ending in "-ed" (``dates_not_past`` lists the exceptions) unless it follows
  "be", "been" or "being" (a passive: "will be held on Tuesday" reads on to "will").

>>> from geoevents.plugins.dates.words import DateWords
>>> words = DateWords.bundled()
>>> text = "The president will travel to Brussels on Tuesday."
>>> clause_tense(text, (0, len(text)), text.index("Tuesday"), text.index("Tuesday") + 7, words)
'future'
"""

from __future__ import annotations

import regex

from geoevents.plugins.dates.timex import Tense
from geoevents.plugins.dates.words import DateWords

__all__ = ["clause_tense"]

_TOKEN = regex.compile(r"\p{L}+(?:['’]\p{L}+)*|['’]ll\b")
_PASSIVE = frozenset({"be", "been", "being"})
_LOOK_BACK = 300
_LOOK_AHEAD = 200
"""How many characters of the sentence the cues are looked for in, each way (bounded, so that
a document's cost stays linear even when it has no sentence breaks)."""


def _cue(tokens: list[str], index: int, words: DateWords) -> Tense:
    token = tokens[index]
    lower = token.lower()
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    if lower in words.future_cues or f"{lower} {following}" in words.future_cues:
        return "future"
    if lower.endswith(("'ll", "’ll")):
        return "future"
    previous = tokens[index - 1].lower() if index > 0 else ""
    if previous in _PASSIVE:
        return None
    if lower in words.past_cues:
        return "past"
    regular = token.islower() and len(lower) > 4 and lower.endswith("ed")
    if regular and lower not in words.not_past:
        return "past"
    return None


def clause_tense(
    text: str, sentence: tuple[int, int], start: int, end: int, words: DateWords
) -> Tense:
    """The tense of the clause around ``text[start:end]`` inside ``sentence``, or None."""
    sentence_start, sentence_end = sentence
    before = _TOKEN.findall(text, max(sentence_start, start - _LOOK_BACK), start)
    for index in range(len(before) - 1, -1, -1):
        tense = _cue(before, index, words)
        if tense is not None:
            return tense
    after = _TOKEN.findall(text, end, min(sentence_end, end + _LOOK_AHEAD))
    for index in range(len(after)):
        tense = _cue(after, index, words)
        if tense is not None:
            return tense
    return None
