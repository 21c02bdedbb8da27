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
>>> read_number("minus 1.4"), read_number("2½"), read_number("1⁄128"), read_number("1e6")
(-1.4, 2.5, 0.0078125, 1000000)
>>> read_number("4 hundred million"), read_number("a quarter of a million")
(400000000, 250000)

:func:`read_number` reads a number written out whole (a phrase a pattern has found);
:func:`read_number_words` and :func:`read_fraction` read the longest number at the start of a
list of words, for callers that walk tokens; :func:`read_scale_words` reads the scale words
after a number ("hundred million"); :func:`read_digits` reads digits exactly, with their
fractions ("2½", "1⁄128") and powers of ten ("1e6", "2.998×10⁻⁸"); :func:`read_sign` tells
a minus sign or word before a number. The regular-expression fragments :data:`NUMBER_WORDS`,
:data:`DIGITS`, :data:`DIGIT_GROUPS` and :data:`NUMERALS` match what these functions read, so
plugins can embed them in their own patterns. The word tables are read-only mappings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType

import regex

from geoevents.model import Number
from geoevents.text.patterns import alternation

__all__ = [
    "DIGITS",
    "DIGIT_GROUPS",
    "FRACTIONS",
    "FRACTION_SLASH",
    "MINUS_SIGNS",
    "MULTIPLES",
    "MULTIPLICATIVE",
    "NEGATIVE_WORDS",
    "NUMBER_WORDS",
    "NUMERALS",
    "ORDINALS",
    "SCALES",
    "SCALE_SUFFIXES",
    "SMALL_NUMBERS",
    "TENS",
    "VULGAR_FRACTIONS",
    "as_number",
    "is_plural_scale",
    "read_digits",
    "read_fraction",
    "read_multiplicative",
    "read_number",
    "read_number_words",
    "read_scale_words",
    "read_sign",
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

_NOT_DENOMINATORS = frozenset({"first", "second"})  # "two seconds" is time, "a first" no part


def _fractions() -> dict[str, float]:
    parts: dict[str, float] = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}
    for word, number in ORDINALS.items():
        if word not in _NOT_DENOMINATORS:
            parts[word] = parts[f"{word}s"] = 1 / number
    return parts


FRACTIONS: Mapping[str, float] = MappingProxyType(_fractions())
"""Fraction words, as the value of one part ("two-thirds" is 2 x 1/3, "three eighths" 3 x 1/8):
"half", "quarter" and every ordinal from "third" on, in the singular and the plural."""


def _vulgar_fractions() -> dict[str, float]:
    blocks = (range(0x00A0, 0x0100), range(0x2150, 0x2190))  # Latin-1, Number Forms
    return {
        chr(point): unicodedata.numeric(chr(point))
        for block in blocks
        for point in block
        if unicodedata.name(chr(point), "").startswith("VULGAR FRACTION")
    }


VULGAR_FRACTIONS: Mapping[str, float] = MappingProxyType(_vulgar_fractions())
"""The vulgar fraction characters and their values, from the Unicode character database:
"½" 0.5, "¾" 0.75, "⅛" 0.125..."""

FRACTION_SLASH = "\u2044"
"""The fraction slash, which always writes a fraction: "1⁄128"."""

MINUS_SIGNS = frozenset({"-", "\u2212", "\u2013"})
"""Characters written as a minus sign before digits: hyphen-minus, minus sign, en dash."""

NEGATIVE_WORDS = frozenset({"minus", "negative"})
"""Words that make the number after them negative: "minus 40", "negative 0.1 per cent"."""

MULTIPLES: Mapping[str, int] = MappingProxyType(
    {
        "double": 2,
        "triple": 3,
        "treble": 3,
        "quadruple": 4,
        "quintuple": 5,
        "sextuple": 6,
        "septuple": 7,
        "octuple": 8,
    }
)
"""Verbs of multiplying, by their stem: "doubled" and "doubling" are 2, "tripled" 3."""


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

_VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"
# Possessive repeats throughout: a run of a million digits must not be tried every way.
_FRACTION = rf"(?:\d++[ \u00a0]?)?(?:{_VULGAR}|\d++{FRACTION_SLASH}\d++)"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻\u2212", "0123456789+--")
_POWER = r"(?:\^|\*\*)[+\-\u2212]?\d{1,3}|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"
_SCIENTIFIC = (
    # "1e6", "6.02E23", "3e-9"; not "the 7e7" (a name): another mantissa needs a point or a sign
    r"(?:(?P<mantissa>1|\d++\.\d++|\.\d++)[eE](?P<e>[+\-\u2212]?\d{1,3})(?![\p{L}\d])"
    r"|(?P<signed>\d++)[eE](?P<se>[+\-\u2212]\d{1,3})(?![\p{L}\d])"
    r"|(?P<times_mantissa>\d++(?:\.\d++)?|\.\d++)"
    rf"(?:[ ]?[×·][ ]?10(?P<times>{_POWER}|[\-\u2212]\d{{1,3}})"  # 2.998×10⁻⁸, 2.998×10−8
    rf"|[ ]?[xX*][ ]?10(?P<x>{_POWER})))"  # 3 x 10^8
)

# The digits first, then what may follow them: most numbers have no tail, and are read at once.
_TAIL = (
    r"[eE][+\-\u2212]?\d{1,3}(?![\p{L}\d])"
    rf"|[ ]?[×·][ ]?10(?:{_POWER}|[\-\u2212]\d{{1,3}})"
    rf"|[ ]?[xX*][ ]?10(?:{_POWER})"
    rf"|[ \u00a0]?{_VULGAR}|[ \u00a0]?\d++{FRACTION_SLASH}\d++|{FRACTION_SLASH}\d++"
)
NUMERALS = rf"(?:{DIGIT_GROUPS})(?:{_TAIL})?|{_VULGAR}"
"""A regex fragment (an alternation: put it in a group) matching every number in digits that
:func:`read_digits` reads, as :data:`DIGIT_GROUPS` does and also with a fraction ("2½", "½",
"1⁄128", "2 1⁄2") or a power of ten ("1e6", "2.998×10⁻⁸", "3 x 10^8")."""

_SCIENTIFIC_PARTS = regex.compile(_SCIENTIFIC)
_FRACTION_PARTS = regex.compile(
    rf"(?:(?P<whole>\d++)[ \u00a0]?)?(?:(?P<vulgar>{_VULGAR})"
    rf"|(?P<numerator>\d++){FRACTION_SLASH}(?P<denominator>\d++))"
)
_WRITTEN_DIGITS = regex.compile(
    rf"(?P<digits>{DIGITS}|{NUMERALS})(?P<scale>(?:[ \t]+\p{{L}}+)*)", regex.VERSION1
)
_SIGN = regex.compile(
    rf"(?:(?:{alternation(MINUS_SIGNS)})|(?i:{alternation(NEGATIVE_WORDS)})[ \t-]+)"
    rf"(?=[\d.{_VULGAR[1:-1]}]|(?i:{NUMBER_WORDS}))"
)
_WORD_SEPARATORS = regex.compile(r"[\s,]+")

_STEMS = alternation(stem[:-1] for stem in MULTIPLES)  # "doubl" of "doubled", "doubling"
MULTIPLICATIVE = rf"\b(?:\p{{L}}+-?fold|(?:{_STEMS})(?:ed|ing))\b"
"""A regex fragment (compile it case-insensitively) matching the words that
:func:`read_multiplicative` may read: "sixfold", "three-fold", "doubled", "tripling"."""
_FOLD = regex.compile(r"(?P<number>.+?)-?fold")
_MULTIPLE_VERB = regex.compile(rf"(?P<stem>{_STEMS})(?:ed|ing)")


def read_multiplicative(word: str, *, verbs: bool = True) -> Number | None:
    """How many times a multiplicative word multiplies, or None when ``word`` is none.

    A number written with "-fold" ("sixfold", "three-fold", "twenty-fold", "hundredfold") or a
    verb of multiplying ("doubled", "doubling", "tripled"; :data:`MULTIPLES`). ``word`` is one
    token, in any case; the adjective or noun "double" ("a double murder") is not read, nor,
    with ``verbs`` false, the verbs.

    >>> read_multiplicative("Sixfold"), read_multiplicative("three-fold")
    (6, 3)
    >>> read_multiplicative("tripled"), read_multiplicative("doubling")
    (3, 2)
    >>> read_multiplicative("double") is None
    True
    """
    lower = word.lower()
    verb = _MULTIPLE_VERB.fullmatch(lower) if verbs else None
    if verb is not None:
        return MULTIPLES[verb.group("stem") + "e"]
    fold = _FOLD.fullmatch(lower)
    if fold is None:
        return None
    number = fold.group("number")
    if number in SCALES:  # "hundredfold", "thousandfold"
        return SCALES[number]
    found = read_number_words([number])
    return found[0] if found is not None else None


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

    Digits (with a fraction or a power of ten, :func:`read_digits`) and the scale words after
    them ("1 200", "4.5", "65 million", "4 hundred million"), or words as
    :func:`read_number_words` and :func:`read_fraction` read them ("three hundred and
    twelve", "a dozen", "half a million", "a quarter of a million", "two-thirds"), in any case;
    a minus sign or word before it makes it negative (:func:`read_sign`: "-4", "minus five").
    Every word must belong to the number: "two hundred soldiers" and "two three" are None.
    """
    written = text.strip()
    sign = read_sign(written)
    if sign:
        value = read_number(written[sign:])
        return None if value is None else -value
    digits = _WRITTEN_DIGITS.fullmatch(written)
    if digits is not None:
        scale_words = digits.group("scale").lower().split()
        scale = read_scale_words(scale_words) if scale_words else (1, 0)
        if scale is None or scale[1] != len(scale_words):
            return None
        return read_digits(digits.group("digits"), scale[0])
    words = [word for word in _WORD_SEPARATORS.split(written.lower()) if word]
    for reader in (read_number_words, read_fraction):
        found = reader(words)
        if found is not None and found[1] == len(words):
            return found[0]
    return None


def read_sign(text: str) -> int:
    """How many characters of ``text`` make the number after them negative; 0 for none.

    A minus sign glued to the digits ("-4", "−4", "–4") or a negative word before the number
    ("minus 40", "minus-1.4", "negative 0.1"). Only what comes before a number counts:
    "minus" alone, or followed by a word, is no sign.

    >>> read_sign("−4"), read_sign("minus 40"), read_sign("minus the fees"), read_sign("40")
    (1, 6, 0, 0)
    """
    sign = _SIGN.match(text)
    return sign.end() if sign is not None else 0


def read_scale_words(words: Sequence[str]) -> tuple[int, int] | None:
    """The factor of the scale words at the start of ``words`` and how many it uses.

    Each scale must be bigger than the one before it, and they multiply: "hundred million" is
    10⁸ ("4 hundred million" = 400,000,000), "thousand million" 10⁹. ``words`` are lower-case.

    >>> read_scale_words(["hundred", "million", "people"])
    (100000000, 2)
    >>> read_scale_words(["million", "hundred"])
    (1000000, 1)
    >>> read_scale_words(["people"]) is None
    True
    """
    factor, used, last = 1, 0, 0
    for word in words:
        scale = SCALES.get(word)
        if scale is None or scale <= last:
            break
        factor, used, last = factor * scale, used + 1, scale
    return (factor, used) if used else None


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

    Fractions ("½", "2½", "1⁄128", "2 1⁄2") and powers of ten ("1e6", "6.02E23",
    "2.998×10⁻⁸", "2.998×10−8", "3 x 10^8") are read too (:data:`NUMERALS`):

    >>> read_digits("2 1⁄2"), read_digits("¾"), read_digits("2.998×10−8"), read_digits("1e6")
    (2.5, 0.75, 2.998e-08, 1000000)

    Returns None when ``digits`` is not a number in digits or has more than 30 of them (no
    quantity in the news is written with more; longer runs are identifiers or noise).
    """
    cleaned = _SEPARATORS.sub("", digits)
    if 0 < len(cleaned) <= 30 and _DECIMAL.fullmatch(cleaned):  # the common case first
        exact = Decimal(cleaned) * factor
        return as_number(float(exact)) if exact != exact.to_integral_value() else int(exact)
    scientific = _SCIENTIFIC_PARTS.fullmatch(digits)
    if scientific is not None:
        parts = scientific.groupdict()
        mantissa = parts["mantissa"] or parts["signed"] or parts["times_mantissa"]
        power = parts["e"] or parts["se"] or parts["times"] or parts["x"]
        exponent = int(power.lstrip("^*").translate(_SUPERSCRIPTS))
        return _exactly(Decimal(mantissa).scaleb(exponent) * factor)
    fraction = _FRACTION_PARTS.fullmatch(digits)
    if fraction is not None:
        return _fraction_value(fraction, factor)
    return None


def _exactly(exact: Decimal) -> Number:
    """``exact`` as an int when whole, else as the nearest float (not rounded to 10 places)."""
    return int(exact) if exact == exact.to_integral_value() else float(exact)


def _fraction_value(fraction: regex.Match[str], factor: int) -> Number | None:
    whole = int(fraction.group("whole") or 0)
    vulgar = fraction.group("vulgar")
    if vulgar is not None:
        part = VULGAR_FRACTIONS[vulgar]
    else:
        denominator = int(fraction.group("denominator"))
        if not denominator:
            return None
        part = int(fraction.group("numerator")) / denominator
    return as_number((whole + part) * factor)


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
    "half a"/"half an" halve what follows ("half a million" is 500000), and a fraction of a
    scale is read whole ("a quarter of a million" is 250000, "three-quarters of a billion"
    750000000, "half million" 500000).

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
    part = _part_of_scale(words)
    if part is not None:
        return part
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


def _part_of_scale(words: Sequence[str]) -> tuple[Number, int] | None:
    """A fraction of a scale and the tokens it uses, or None.

    "a quarter of a million", "half million", "three-quarters of a billion", "a half-million".
    """
    for word in words[:2]:  # most numbers have no fraction in their first two words
        if word in FRACTIONS or (
            "-" in word
            and (word.partition("-")[0] in FRACTIONS or word.rpartition("-")[2] in FRACTIONS)
        ):
            break
    else:
        return None
    parts = [part for word in words[:8] for part in word.split("-")]
    if parts[:2] in (["a", "half"], ["an", "half"]):
        fraction: tuple[Number, int] | None = (0.5, 2)
    else:
        fraction = read_fraction(parts)
    if fraction is None:
        return None
    value, used = fraction
    of_a = parts[used : used + 1] == ["of"] and parts[used + 1 : used + 2] in (["a"], ["an"])
    scale = read_scale_words(parts[used + 2 * of_a :])
    if scale is None or (not of_a and scale[0] < 1000):
        return None  # "a quarter hundred" is no number
    consumed = used + 2 * of_a + scale[1]
    tokens = 0
    for word in words:  # the tokens that hold the parts read, each used whole
        tokens += 1
        consumed -= len(word.split("-"))
        if consumed <= 0:
            break
    if consumed != 0:
        return None
    return as_number(value * scale[0]), tokens


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
