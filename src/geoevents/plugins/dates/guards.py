"""Guards: the checks that keep words and numbers that only look like dates out.

"may" the verb, "Theresa May", "April Smith", "Resolution 2231", "2000 people", "Sunday Times",
"Bloody Sunday": each guard looks at the word before or after a candidate, never further, so the
cost per candidate is constant.
"""

from __future__ import annotations

import functools

import regex

from geoevents.plugins.dates.patterns import Patterns
from geoevents.plugins.dates.words import DateWords, Pairs

__all__ = [
    "Context",
    "amount_needs_cue",
    "in_a_title",
    "is_count",
    "month_is_date",
    "name_before",
    "season_is_date",
    "weekday_is_date",
    "year_is_date",
]

_WINDOW = 40
"""How far back a guard looks for the word before a candidate."""


class Context:
    """The words around a candidate, as the guards read them."""

    __slots__ = ("_patterns", "text")

    def __init__(self, text: str, patterns: Patterns) -> None:
        self.text = text
        self._patterns = patterns

    def word_before(self, start: int) -> str:
        """The word right before ``start`` (a comma between them is skipped), or ``""``."""
        return self.previous_word(start)[0]

    def previous_word(self, start: int) -> tuple[str, int]:
        """The word right before ``start`` and its offset (``("", start)`` when there is none)."""
        match = self._patterns.word_before.search(self.text, max(0, start - _WINDOW), start)
        if match is None:
            return "", start
        return match.group("word").rstrip("."), match.start("word")

    def word_after(self, end: int) -> str:
        """The word right after ``end`` (only spaces between them), or ``""``."""
        match = self._patterns.word_after.match(self.text, end, min(len(self.text), end + _WINDOW))
        return match.group("word") if match else ""

    def char_after(self, end: int) -> str:
        """The character at ``end``, or ``""`` at the end of the text."""
        return self.text[end : end + 1]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_date_word(word: str, words: DateWords) -> bool:
    lower = word.lower().rstrip(".")
    return any(lower == name for name, _v in (*words.months, *words.weekdays))


def _is_preposition(
    context: Context, start: int, words: DateWords, kind: Pairs, *, chained: bool = True
) -> bool:
    """Whether the word before ``start`` shows that a month name or season there is a date.

    A temporal cue does ("in", "since", "early"), but not a determiner ("the May government");
    a conjunction does only after another name of ``kind`` that is a date itself ("in April and
    May", but not "its summer and winter habitats").
    """
    before, position = context.previous_word(start)
    lower = before.lower()
    if lower in words.conjunctions:
        joined, joined_start = context.previous_word(position)
        is_name = any(joined.lower() == name for name, _v in kind)
        return (
            chained
            and is_name
            and _is_preposition(context, joined_start, words, kind, chained=False)
        )
    return lower in words.temporal_cues and lower not in words.determiners


def month_is_date(context: Context, start: int, end: int, words: DateWords, name: str) -> bool:
    """Whether a month name standing alone at ``[start, end)`` is a month.

    No month name is one next to a name guard ("Mrs May"); an ambiguous name ("May", "March",
    "April") is one only after a temporal word ("in May") and not before a capitalised word
    ("April Smith"). The caller rejects an ambiguous name before "'s".
    """
    before = context.word_before(start)
    after = context.word_after(end)
    if before.lower() in words.name_guards_before or after.lower() in words.name_guards_after:
        return False
    if name.lower() not in words.ambiguous_months:
        return True
    if _capitalised(after) and not _is_date_word(after, words):
        return False
    return _is_preposition(context, start, words, words.months)


def weekday_is_date(context: Context, start: int, end: int, words: DateWords) -> bool:
    """Whether a weekday name is a day, not part of a name ("Bloody Sunday", "Sunday Times")."""
    before = context.word_before(start).lower()
    after = context.word_after(end).lower()
    return before not in words.name_guards_before and after not in words.name_guards_after


def is_count(word: str, words: DateWords) -> bool:
    """Whether ``word``, right after a number, shows that the number counts something."""
    lower = word.lower()
    if lower in words.count_nouns:
        return True
    plural = len(word) > 3 and word.islower() and word.endswith("s") and not word.endswith("ss")
    return plural and not lower.endswith(("us", "is", "ous"))


def year_is_date(context: Context, start: int, end: int, year: int, words: DateWords) -> bool:
    """Whether a four-digit number standing alone is a year.

    Not after a word that labels numbers ("Resolution 2231"), not before a counted noun unless a
    temporal word or a determiner comes before it ("2000 people", but "the 2016 elections");
    years before 1900 only after a temporal word ("in 1648").
    """
    before = context.word_before(start).lower()
    if before in words.number_guards:
        return False
    cued = before in words.temporal_cues
    if year < 1900 and not cued:
        return False
    if context.char_after(end) == "-" or context.text[start - 1 : start] == "-":
        return True  # a range of years, "2014-2016"
    return cued or not is_count(context.word_after(end), words)


def season_is_date(
    context: Context, start: int, end: int, words: DateWords, *, has_year: bool, has_the: bool
) -> bool:
    """Whether a season word is a season of the calendar.

    With a year always ("summer 2024"); otherwise only after a temporal word ("in the spring",
    "during winter") and not before "of" ("the fall of Kabul"), nor capitalised inside a name
    ("the Arab Spring"), nor as a verb after "to" ("began to fall apart"; but "from spring
    to fall").
    """
    if has_year:
        return True
    if context.word_after(end).lower() == "of":
        return False
    if not _is_preposition(context, start, words, words.seasons):
        return False
    before, position = context.previous_word(start)
    if before.lower() == "to" and not has_the:
        joined = context.word_before(position).lower()
        if not any(joined == name for name, _v in words.seasons):
            return False
    season = context.text[start:end].split()[-1]
    return has_the or not _capitalised(season) or not _capitalised(before)


_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}.]*)[^\S\n]+\Z")


def name_before(context: Context, start: int) -> bool:
    """Whether a capitalised word runs into ``start`` without punctuation ("USA Today")."""
    match = _NAME_BEFORE.search(context.text, max(0, start - _WINDOW), start)
    return match is not None and not match.group(1).endswith(".")


_OPENING = regex.compile(r"[\s\"'“‘`(\[]*\Z")
_WORDS = regex.compile(r"\p{L}+")


def in_a_title(context: Context, start: int, end: int, words: DateWords) -> bool:
    """Whether ``text[start:end]`` is part of a title ("This Week", "60 Minutes", "High Noon").

    A word that dates write in lower case ("week", "minutes", "noon", "this") is capitalised
    where no sentence or line starts; words in capitals ("GMT") are not counted.
    """
    lower_case = _lower_case_words(words)
    opening = _OPENING.search(context.text, max(0, start - 20), start)
    stretch = context.text[max(0, start - 20) : opening.start() if opening else start]
    before = stretch.rstrip()
    starts_sentence = not before or before[-1] in ".!?:;" or "\n" in stretch[len(before) :]
    for index, match in enumerate(_WORDS.finditer(context.text, start, end)):
        word = match.group()
        if index == 0 and starts_sentence:
            continue
        if word[0].isupper() and not word.isupper() and word.lower() in lower_case:
            return True
    return False


@functools.lru_cache(maxsize=8)
def _lower_case_words(words: DateWords) -> frozenset[str]:
    """The words of dates that are written in lower case in running text."""
    return frozenset(
        part
        for entries in (words.units, words.calendar_units, words.directions, words.parts_of_day)
        for name, _v in entries
        for part in name.split()
    ) | {"noon", "midnight", "midday", "ago", "later", "earlier"}


def amount_needs_cue(amount: str) -> bool:
    """Whether "a week", "an hour", "one year" needs a cue to be a duration ("for a week")."""
    return amount.lower() in {"a", "an", "one"}
