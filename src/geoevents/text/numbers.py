"""Reading numbers written in digits or in words: one reader, used by every plugin.

>>> read_number("twenty-six")
26
>>> read_number("two hundred and five thousand")
205000
>>> read_number("half a million")
500000
>>> read_number("1,200")
1200
>>> read_number("2.3 million")
2300000
>>> read_number("two hundred soldiers") is None
True

:func:`read_number` reads a number written out whole (a phrase a pattern has found);
:func:`read_number_words` and :func:`read_fraction` read the longest number at the start of a
list of words, for callers that walk tokens; :func:`read_digits` reads digits exactly. The
regular-expression fragments :data:`NUMBER_WORDS`, :data:`DIGITS` and :data:`DIGIT_GROUPS`
match what these functions read, so plugins can embed them in their own patterns. The word
tables are read-only mappings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

import regex

from geoevents.model import Number
from geoevents.text.patterns import alternation

__all__ = [
    "DIGITS",
    "DIGIT_GROUPS",
    "FRACTIONS",
    "NUMBER_WORDS",
    "ORDINALS",
    "SCALES",
    "SCALE_SUFFIXES",
    "SMALL_NUMBERS",
    "TENS",
    "as_number",
    "is_plural_scale",
    "read_digits",
    "read_fraction",
    "read_number",
    "read_number_words",
]

SMALL_NUMBERS: Mapping[str, int] = MappingProxyType(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
    }
)
"""Number words below twenty."""

TENS: Mapping[str, int] = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
"""Multiples of ten written as words."""

SCALES: Mapping[str, int] = MappingProxyType(
    {
        "hundred": 100,
        "thousand": 1_000,
        "million": 1_000_000,
        "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    }
)
"""Scale words; their plurals ("millions") are vague counts, handled by the callers."""

SCALE_SUFFIXES: Mapping[str, int] = MappingProxyType(
    {
        "k": 1_000,
        "m": 1_000_000,
        "mn": 1_000_000,
        "mln": 1_000_000,
        "bn": 1_000_000_000,
        "b": 1_000_000_000,
        "tn": 1_000_000_000_000,
        "trn": 1_000_000_000_000,
    }
)
"""Abbreviated scales written after digits: "$500m", "£40k", "1.5bn"."""

FRACTIONS: Mapping[str, float] = MappingProxyType(
    {
        "half": 0.5,
        "third": 1 / 3,
        "thirds": 1 / 3,
        "quarter": 0.25,
        "quarters": 0.25,
        "fifth": 0.2,
        "fifths": 0.2,
        "tenth": 0.1,
        "tenths": 0.1,
    }
)
"""Fraction words, as the value of one part ("two-thirds" is 2 x 1/3)."""

ORDINALS: Mapping[str, int] = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "thirtieth": 30,
        "fortieth": 40,
        "fiftieth": 50,
        "hundredth": 100,
        "thousandth": 1000,
    }
)
"""Ordinal words; ordinals are positions, not quantities."""


_MULTIPLIERS = frozenset({"hundred", "dozen", *SCALES})
_CARDINAL = alternation([*SMALL_NUMBERS, *TENS, *_MULTIPLIERS])
# A run starts with a number that is not a multiplier, or with "a", "an", "half a" before one:
# "hundred" alone is no number, "a hundred" is.
_LEAD = (
    rf"(?:{alternation([*SMALL_NUMBERS, *TENS])}"
    rf"|(?:half[ \t]+)?an?[ \t]+(?:{alternation(_MULTIPLIERS)}))"
)
NUMBER_WORDS = (
    rf"(?:\b{_LEAD}\b"
    rf"(?:(?:[ \t-]+|(?<=\b(?:{alternation(SCALES)}))[ \t]+and[ \t]+)\b(?:{_CARDINAL})\b)*)"
)
"""A regex fragment matching a run of cardinal number words ("two hundred and five", "a
dozen", "half a million"); compile it case-insensitively. "and" joins words only after a
scale, so "two and three" is two runs; a run never starts with a bare "hundred" or "dozen"."""

_COMMA_GROUPS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,200 and 1,200.5
_SPACE_GROUPS = r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?!\d)"  # 1 200, with plain or thin spaces
_PLAIN = r"\d+(?:\.\d+)?|\.\d+"

DIGIT_GROUPS = rf"{_COMMA_GROUPS}|{_PLAIN}"
"""A regex fragment (an alternation: put it in a group) matching a number in digits written
without spaces: ``1,200``, ``4.5``, ``.5``. Tokenisers that join ``1 200`` themselves use it."""

DIGITS = rf"(?<![\d.,])(?:{_COMMA_GROUPS}|{_SPACE_GROUPS}|{_PLAIN})(?!\d)"
"""A regex fragment matching a number in digits: ``1,200``, ``1 200``, ``4.5``, ``.5``."""

_WRITTEN_DIGITS = regex.compile(rf"(?P<digits>{DIGITS})(?:[ \t]+(?P<scale>\p{{L}}+))?")
_WORD_SEPARATORS = regex.compile(r"[\s,]+")


def as_number(value: float) -> Number:
    """``value`` as an ``int`` when it is whole, otherwise as a float rounded to 10 places."""
    rounded = round(value, 10)
    if rounded == int(rounded):
        return int(rounded)
    return rounded


def is_plural_scale(phrase: str) -> bool:
    """Whether a vague amount (lexicon ``vague_amounts``) is a plural scale.

    A plural scale ("dozens", "thousands") counts some of its own unit and takes "of" before
    what it counts; any other vague amount is a quantifier ("several", "a few"), which counts
    on its own or some of the scale after it ("several hundred").

    >>> is_plural_scale("hundreds"), is_plural_scale("a few")
    (True, False)
    """
    return " " not in phrase.strip() and phrase.endswith("s")


def read_number(text: str) -> Number | None:
    """The value of one number written out whole, or None when ``text`` is not one.

    Digits, with an optional scale word after them ("1 200", "4.5", "65 million"), or words as
    :func:`read_number_words` and :func:`read_fraction` read them ("three hundred and
    twelve", "a dozen", "half a million", "two-thirds"), in any case. Every word must belong
    to the number: "two hundred soldiers" and "two three" are None.
    """
    written = text.strip()
    digits = _WRITTEN_DIGITS.fullmatch(written)
    if digits is not None:
        scale = digits.group("scale")
        factor = 1 if scale is None else SCALES.get(scale.lower())
        return None if factor is None else read_digits(digits.group("digits"), factor)
    words = [word for word in _WORD_SEPARATORS.split(written.lower()) if word]
    for reader in (read_number_words, read_fraction):
        found = reader(words)
        if found is not None and found[1] == len(words):
            return found[0]
    return None


# -------------------------------------------------------------------------
# Reading tokens: the longest number at the start of a list of words
# -------------------------------------------------------------------------

_ARTICLES = frozenset({"a", "an"})
_SEPARATORS = regex.compile(r"[,\s\u202f\u00a0]")
_DECIMAL = regex.compile(r"\d*\.?\d+")


def read_digits(digits: str, factor: int = 1) -> Number | None:
    """The number written in ``digits`` ("2.3", "1,200", "1 200") times ``factor``, exactly.

    >>> read_digits("2.3", 1_000_000)
    2300000
    >>> read_digits("1.356", 1_000_000_000)
    1356000000

    Returns None when ``digits`` is not a number in digits or has more than 30 of them (no
    quantity in the news is written with more; longer runs are identifiers or noise).
    """
    cleaned = _SEPARATORS.sub("", digits)
    if not cleaned or len(cleaned) > 30 or not _DECIMAL.fullmatch(cleaned):
        return None
    try:
        exact = Decimal(cleaned) * factor
    except InvalidOperation:  # pragma: no cover - the pattern above admits only decimals
        return None
    return as_number(float(exact)) if exact != exact.to_integral_value() else int(exact)


class _WordNumber:
    """The state of :func:`read_number_words` while it reads one word after another."""

    __slots__ = ("current", "last", "last_scale", "total")

    def __init__(self) -> None:
        self.total = 0
        self.current = 0
        self.last = ""  # the kind of the last word read: unit, teen, tens, hundred, scale...
        self.last_scale = 10**30

    def copy(self) -> _WordNumber:
        other = _WordNumber()
        other.total, other.current = self.total, self.current
        other.last, other.last_scale = self.last, self.last_scale
        return other

    def add(self, word: str) -> bool:
        """Read one more word; False when it cannot continue the number."""
        after_scale = self.last in {"", "hundred", "scale", "and"}
        if word == "and":
            if self.last not in {"hundred", "scale"}:
                return False
            self.last = "and"
            return True
        if word in SMALL_NUMBERS:
            value = SMALL_NUMBERS[word]
            if value == 0:
                if self.last:
                    return False
                self.last = "zero"
            elif value < 10:
                if not (after_scale or self.last == "tens"):
                    return False
                self.last = "unit"
            else:
                if not after_scale:
                    return False
                self.last = "teen"
            self.current += value
            return True
        if word in TENS:
            if not after_scale:
                return False
            self.current += TENS[word]
            self.last = "tens"
            return True
        if word == "hundred":
            if self.last not in {"unit", "teen", "tens"} or self.current >= 100:
                return False
            self.current *= 100
            self.last = "hundred"
            return True
        if word == "dozen":
            if self.last not in {"unit", "teen"} or self.current >= 20:
                return False
            self.current *= 12
            self.last = "dozen"
            return True
        if word in SCALES:
            scale = SCALES[word]
            if self.last not in {"unit", "teen", "tens", "hundred", "dozen"}:
                return False
            if scale >= self.last_scale:
                return False
            self.total += self.current * scale
            self.current = 0
            self.last_scale = scale
            self.last = "scale"
            return True
        return False

    @property
    def complete(self) -> bool:
        return self.last not in {"", "and"}

    @property
    def value(self) -> int:
        return self.total + self.current


def read_number_words(words: Sequence[str]) -> tuple[Number, int] | None:
    """The longest cardinal number written in words at the start of ``words``.

    ``words`` are tokens in lower case; a hyphenated token ("twenty-six") is read part by part
    and used whole or not at all. Returns the value and the number of tokens it uses, or None.
    It stops where the words stop making one number, so
    "two three" is 2 (one token) and "one hundred and fifty people" is 150 (four tokens).
    "a"/"an" count as one before ``hundred``, ``dozen`` and the scales ("a dozen" is 12);
    "half a"/"half an" halve what follows ("half a million" is 500000).

    >>> read_number_words(["two", "hundred", "and", "five", "soldiers"])
    (205, 4)
    >>> read_number_words(["twenty-six", "countries"])
    (26, 1)
    >>> read_number_words(["half", "a", "million"])
    (500000, 3)
    >>> read_number_words(["several"]) is None
    True
    """
    if not words:
        return None
    first = words[0]
    if first == "half" and len(words) >= 3 and words[1] in _ARTICLES and words[2] in _MULTIPLIERS:
        rest = read_number_words(["one", *words[2:]])
        if rest is None:
            return None
        value, used = rest
        return as_number(value / 2), used + 1
    if first in _ARTICLES:
        if len(words) < 2 or words[1] not in _MULTIPLIERS:
            return None
        rest = read_number_words(["one", *words[1:]])
        return rest
    state = _WordNumber()
    best: tuple[Number, int] | None = None
    for index, token in enumerate(words):
        trial = state.copy()
        if not all(part and trial.add(part) for part in token.split("-")):
            break
        state = trial
        if state.last == "zero":
            return 0, index + 1
        if state.complete:
            best = (state.value, index + 1)
    return best


def read_fraction(words: Sequence[str]) -> tuple[Number, int] | None:
    """A fraction written in words at the start of ``words``, and how many tokens it uses.

    Understands "two-thirds", "two thirds", "one-third", "a third", "three quarters",
    "a quarter" and "half"; ``words`` are lower-case tokens. Ordinals are not fractions on
    their own: "third" alone is None.

    >>> read_fraction(["two-thirds", "of"])
    (0.6666666667, 1)
    >>> read_fraction(["a", "quarter"])
    (0.25, 2)
    >>> read_fraction(["half"])
    (0.5, 1)
    """
    if not words:
        return None
    first = words[0]
    if first == "half":
        return 0.5, 1
    parts = first.split("-")
    if len(parts) == 2 and parts[0] in SMALL_NUMBERS and parts[1] in FRACTIONS:
        return as_number(SMALL_NUMBERS[parts[0]] * FRACTIONS[parts[1]]), 1
    if len(words) >= 2 and words[1] in FRACTIONS and words[1] != "half":
        count = 1 if first in _ARTICLES else SMALL_NUMBERS.get(first)
        if count and (count == 1) != words[1].endswith("s"):
            return as_number(count * FRACTIONS[words[1]]), 2
    return None
