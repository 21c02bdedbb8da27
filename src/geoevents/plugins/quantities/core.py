"""Reading the number itself at a token: digits, words, scales, fractions, ratios, vague counts.

:func:`read_core` looks only at the number ("2.3 million", "twenty-six", "dozens",
"two-thirds", "one in five", "1/2", "½", "1e6", "sixfold"); what surrounds it (bounds, signs,
currencies, units) is read by
:mod:`geoevents.plugins.quantities.paragraph`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from geoevents.model import Number
from geoevents.plugins.quantities.lexicons import Grammar
from geoevents.plugins.quantities.tokens import DASHES, NUMBER, OTHER, WORD, Token, suffix_words
from geoevents.text.numbers import (
    FRACTION_SLASH,
    FRACTIONS,
    ORDINALS,
    SCALE_SUFFIXES,
    SCALES,
    VULGAR_FRACTIONS,
    as_number,
    is_plural_scale,
    read_digits,
    read_fraction,
    read_multiplicative,
    read_number_words,
    read_scale_words,
)

__all__ = ["NOT_A_QUANTITY", "Core", "NotAQuantity", "read_core"]

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_CLOCK_SUFFIXES = frozenset({"am", "pm", "hrs", "h"})
_AMBIGUOUS_SUFFIXES = frozenset({"m", "b"})  # million or metre, billion or byte: money decides
_INDIAN_SCALES = {"crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000}
_WORD_SCALES = {
    **SCALES,
    **{word: SCALE_SUFFIXES[word] for word in ("bn", "mn", "mln", "tn", "trn")},
    "bln": 1_000_000_000,
    **_INDIAN_SCALES,
}
_HALVES = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_ORDINAL_WORDS = frozenset(ORDINALS) | frozenset(f"{word}s" for word in FRACTIONS)
_RATIO_LIMIT = 20  # "one in five", "nine in ten": small numbers over bigger ones
_ROUND_ORDINAL = 20  # from "twentieth" on, a fraction word alone is an ordinal
_NUMBER_WORD_WINDOW = 12  # "one million two hundred and thirty-four thousand five hundred"


@attrs.define(kw_only=True)
class Core:
    """A number read at some tokens, before what surrounds it is known."""

    first: int
    """Index of its first token."""
    end: int
    """Index one past its last token."""
    value: Number | None
    """Its value; None for vague counts."""
    unscaled: Number | None = None
    """The value before a scale word or suffix ("2.3" of "2.3 million")."""
    low: Number | None = None
    """The lower bound of a vague count."""
    high: Number | None = None
    """The upper bound of a vague count, when it has one."""
    vague: bool = False
    """Whether it is a vague count ("dozens", "several hundred")."""
    words: bool = False
    """Whether it is written in words."""
    fraction: bool = False
    """Whether it is a fraction or a ratio ("two-thirds", "one in five")."""
    scale_suffix: str = ""
    """A suffix that is a scale only for money ("m" of "$500m")."""
    word_suffix: str = ""
    """What follows the number inside a hyphenated word: "mile" of "four-mile"."""
    ratio: bool = False
    """Whether it is a multiplicative: how many times ("sixfold", "6-fold")."""


class NotAQuantity:
    """A number that is certainly not a quantity: an ordinal, a clock time, a name.

    ``end`` says where the words that show it end, so that none of them is read again.
    """

    __slots__ = ("end",)

    def __init__(self, end: int = 0) -> None:
        self.end = end
        """Index one past the tokens to skip (0: only the number's first token)."""

    def __repr__(self) -> str:
        return f"NotAQuantity(end={self.end})"


NOT_A_QUANTITY = NotAQuantity()
"""Returned by :func:`read_core` for numbers that are never quantities ("19th", "4pm")."""


def read_core(tokens: Sequence[Token], index: int, grammar: Grammar) -> Core | NotAQuantity | None:
    """The number starting at ``tokens[index]``, NOT_A_QUANTITY, or None if none starts there."""
    token = tokens[index]
    if token.kind == NUMBER:
        return _digits(tokens, index, grammar)
    if token.kind == OTHER:
        return _slashed(tokens, index, grammar)
    if token.kind != WORD:
        return None
    lower = token.lower
    if lower[-4:] == "fold":
        # "sixfold", "three-fold"; the verbs ("tripled") are left out: the corpora count none
        times = read_multiplicative(token.text, verbs=False)
        if times is not None:
            return Core(first=index, end=index + 1, value=times, words=True, ratio=True)
    if lower.partition("-")[0] not in grammar.starters:
        return None
    return _vague(tokens, index, grammar) or _words(tokens, index)


def _digits(tokens: Sequence[Token], index: int, grammar: Grammar) -> Core | NotAQuantity:
    token = tokens[index]
    suffix = token.suffix
    lower_suffix = suffix.lower()
    unscaled = read_digits(token.digits)
    if unscaled is None:
        return NOT_A_QUANTITY
    if lower_suffix in _ORDINAL_SUFFIXES or lower_suffix in _CLOCK_SUFFIXES:
        return NOT_A_QUANTITY
    if suffix in {"s", "S", "'s"} or lower_suffix in {"x"}:
        return NOT_A_QUANTITY  # the 1990s, 737s, 3x
    end = index + 1
    fold = _fold_after(tokens, index)
    if fold:  # "6-fold", "10fold"
        return Core(first=index, end=index + fold, value=unscaled, ratio=True)
    if suffix == "M" or (
        suffix and lower_suffix in SCALE_SUFFIXES and lower_suffix not in _AMBIGUOUS_SUFFIXES
    ):  # "1.5bn", "£40k", and "10M", where a capital M is never metres
        scaled = read_digits(token.digits, SCALE_SUFFIXES[lower_suffix])
        return Core(first=index, end=end, value=scaled, unscaled=unscaled)
    if suffix and lower_suffix in _AMBIGUOUS_SUFFIXES:
        return Core(first=index, end=end, value=unscaled, unscaled=unscaled, scale_suffix=suffix)
    if suffix and not _is_unit_suffix(suffix, tokens, index, grammar):
        return NOT_A_QUANTITY  # 5G, 3GS, 4K: names
    value: Number = unscaled
    fraction = _is_fraction(token.digits, unscaled)
    if not suffix:
        mixed = _mixed_fraction(tokens, index, grammar)
        if mixed is not None:  # "2 1/2 inches"
            unscaled = value = as_number(unscaled + mixed)
            end += 1
        value, end = _and_a_half(tokens, end, value, None)
        scale, words = _word_scales(tokens, end)
        by_scale = read_digits(token.digits, scale) if scale is not None else None
        if scale is not None and by_scale is not None and end == index + 1:
            # "3 million and a half", "4 hundred million"
            value, end = _and_a_half(tokens, end + words, by_scale, scale)
    if fraction:
        part = _of_a_scale(tokens, end, value)  # "¾ of a million"
        if part is not None:
            return Core(first=index, end=part[1], value=part[0], unscaled=part[0])
    return Core(first=index, end=end, value=value, unscaled=unscaled, fraction=fraction)


def _of_a_scale(tokens: Sequence[Token], index: int, part: Number) -> tuple[Number, int] | None:
    """A fraction in digits of the scale after it, and the index after: "3/4 of a million"."""
    words = _lower_words(tokens, index, 5)
    if words[:1] != ["of"] or words[1:2] not in (["a"], ["an"]):
        return None
    scale = read_scale_words(words[2:])
    if scale is None:
        return None
    return as_number(part * scale[0]), index + 2 + scale[1]


def _fold_after(tokens: Sequence[Token], index: int) -> int:
    """How many tokens "6-fold" or "10fold" takes from ``index``; 0 when it is no "-fold"."""
    token = tokens[index]
    if token.suffix.lower() == "fold":
        return 1
    if (
        index + 2 < len(tokens)
        and not token.suffix
        and tokens[index + 1].text == "-"
        and tokens[index + 1].glued
        and tokens[index + 2].lower == "fold"
        and tokens[index + 2].glued
    ):
        return 3
    return 0


def _is_fraction(digits: str, value: Number) -> bool:
    """Whether digits write a fraction below one: "½", "1⁄128" (not "2½", "0.5")."""
    return value < 1 and (FRACTION_SLASH in digits or digits[-1:] in VULGAR_FRACTIONS)


def _word_scales(tokens: Sequence[Token], index: int) -> tuple[int | None, int]:
    """The factor of the scale words at ``index`` and how many there are: "hundred million"."""
    scale = _word_scale(tokens, index)
    if scale is None:
        return None, 0
    if index + 1 < len(tokens) and tokens[index + 1].lower in SCALES:
        chain = read_scale_words(_lower_words(tokens, index, 4))
        if chain is not None and chain[1] > 1:
            return chain
    return scale, 1


def _word_scale(tokens: Sequence[Token], index: int) -> int | None:
    if index >= len(tokens) or tokens[index].kind != WORD:
        return None
    return _WORD_SCALES.get(tokens[index].lower)


def _slashed_fraction(token: Token) -> Number | None:
    """The value of "1/16", "3/4": a proper fraction written with a slash, else None."""
    parts = token.text.split("/")
    if len(parts) != 2 or not all(part.isdigit() and len(part) <= 3 for part in parts):
        return None
    numerator, denominator = int(parts[0]), int(parts[1])
    if not 0 < numerator < denominator:
        return None
    return as_number(numerator / denominator)


def _fraction_context(tokens: Sequence[Token], index: int, grammar: Grammar) -> bool:
    """Whether the words after a slashed number make it a fraction, not a date or a score.

    "1/16 of a pint", "3/4 inch", "a 1/2-inch pipe": "of" or a unit follows it; "on 3/4" and
    "won 3/4" stay what they are.
    """
    following = [(t.text, t.lower) for t in tokens[index + 1 : index + 4]]
    if following[:1] == [("-", "-")]:
        following = following[1:]
    if not following:
        return False
    return following[0][1] == "of" or any(
        table.match(following) is not None
        for table in (grammar.units, grammar.currencies, grammar.time_units, grammar.age_words)
    )


def _slashed(tokens: Sequence[Token], index: int, grammar: Grammar) -> Core | None:
    """A fraction written with a slash where the words after it say it is one: "1/2 pound"."""
    value = _slashed_fraction(tokens[index])
    if value is None or not _fraction_context(tokens, index, grammar):
        return None
    if index > 0 and tokens[index - 1].kind == NUMBER and not tokens[index].glued:
        return None  # the fraction of "2 1/2", read with its whole number
    part = _of_a_scale(tokens, index + 1, value)
    if part is not None:
        return Core(first=index, end=part[1], value=part[0], unscaled=part[0])
    return Core(first=index, end=index + 1, value=value, unscaled=value, fraction=True)


def _mixed_fraction(tokens: Sequence[Token], index: int, grammar: Grammar) -> Number | None:
    """The fraction after a whole number in digits: the 1/2 of "2 1/2 inches"."""
    following = index + 1
    if following >= len(tokens) or tokens[following].kind != OTHER or tokens[following].glued:
        return None
    if not tokens[index].digits.isdigit():
        return None
    value = _slashed_fraction(tokens[following])
    if value is None or not _fraction_context(tokens, following, grammar):
        return None
    return value


def _is_unit_suffix(suffix: str, tokens: Sequence[Token], index: int, grammar: Grammar) -> bool:
    window = list(suffix_words(suffix))
    window += [(t.text, t.lower) for t in tokens[index + 1 : index + 4] if t.glued]
    tables = (grammar.units, grammar.currencies, grammar.time_units, grammar.age_words)
    return any(table.match(window) for table in tables) or bool(grammar.time_markers.match(window))


def _words(tokens: Sequence[Token], index: int) -> Core | NotAQuantity | None:
    words = _lower_words(tokens, index, _NUMBER_WORD_WINDOW)
    fraction = read_fraction(words)
    number = read_number_words(words)
    if number is None and fraction is None:
        return _hyphenated(tokens[index], index)
    if fraction and (not number or fraction[1] >= number[1]):
        value, used = fraction
        follower = words[used] if used < len(words) else ""
        if (words[0] == "half" or words[0] in {"a", "an"}) and follower != "of":
            return None  # "half the time", "a third round": not counts
        if used == 2 and follower and follower != "of":
            return None  # "one third party": an ordinal, not a fraction
        if follower != "of" and _round_ordinal(words[used - 1].rpartition("-")[2]):
            return None  # "the one hundredth day"; "a hundredth of a second" is a fraction
        return Core(first=index, end=index + used, value=value, words=True, fraction=True)
    if number is None:
        return None
    value, used = number
    end = index + used
    if _ordinal_follows(tokens, end):
        return NotAQuantity(end + 1)  # "one hundred twenty fifth", "thirty-first"
    scale = _INDIAN_SCALES.get(words[used]) if used < len(words) else None
    if scale is not None:  # "four crore"
        value, end = as_number(value * scale), end + 1
    last_scale = max((SCALES[w] for w in words[:used] if w in SCALES), default=None)
    value, end = _and_a_half(tokens, end, value, last_scale)
    if end > index + used:
        return Core(first=index, end=end, value=value, unscaled=value, words=True)
    ratio = _ratio(tokens, index + used, value)
    if ratio is not None:
        ratio_value, ratio_end = ratio
        return Core(first=index, end=ratio_end, value=ratio_value, words=True, fraction=True)
    return Core(first=index, end=index + used, value=value, unscaled=value, words=True)


def _round_ordinal(word: str) -> bool:
    """Whether a fraction word is a round ordinal ("twentieth", "hundredths").

    Such a word is a fraction only before "of"; alone it is a position.
    """
    return ORDINALS.get(word.removesuffix("s"), 0) >= _ROUND_ORDINAL


_MAX_HYPHENATED_PARTS = 6
"""The most parts a number in words has when hyphenated whole: "two-hundred-and-fifty-six"."""


def _hyphenated(token: Token, index: int) -> Core | None:
    """A number that starts a hyphenated word, with the rest as its suffix: "four-mile"."""
    parts = token.text.split("-", _MAX_HYPHENATED_PARTS)
    # Only the first few parts can be number words, so a hyphenated token of any length is
    # read in constant time ("a-7-a-7-..." scraped from a page is one token).
    for cut in range(min(len(parts) - 1, _MAX_HYPHENATED_PARTS), 0, -1):
        number = read_number_words(["-".join(parts[:cut]).lower()])
        if number is not None:
            return Core(
                first=index,
                end=index + 1,
                value=number[0],
                unscaled=number[0],
                words=True,
                word_suffix="-".join(parts[cut:]),
            )
    return None


def _ordinal_follows(tokens: Sequence[Token], index: int) -> bool:
    """Whether an ordinal continues the number words before ``index``: "twenty fifth"."""
    if index < len(tokens) and tokens[index].text in DASHES and tokens[index].glued:
        index += 1
    return index < len(tokens) and tokens[index].lower.rpartition("-")[2] in _ORDINAL_WORDS


def _and_a_half(
    tokens: Sequence[Token], index: int, value: Number, last_scale: int | None
) -> tuple[Number, int]:
    """The value with "and a half" (a quarter, a third) added, and the index after it.

    "two and a half" is 2.5, "two and a half million" 2,500,000 and "three million and a half"
    3,500,000 (the half is of ``last_scale``, the scale the number ended with).
    """
    if not (
        index + 2 < len(tokens)
        and tokens[index].lower == "and"
        and tokens[index + 1].lower == "a"
        and tokens[index + 2].lower in _HALVES
    ):
        return value, index
    part = _HALVES[tokens[index + 2].lower]
    end = index + 3
    scale = _word_scale(tokens, end)
    if scale is not None and last_scale is None:  # "two and a half million"
        return as_number((value + part) * scale), end + 1
    if scale is not None and last_scale is not None and scale < last_scale:
        return as_number(value + part * scale), end + 1  # "one billion and a half million"
    if last_scale is not None:
        return as_number(value + part * last_scale), end  # "three million and a half"
    return as_number(value + part), end


def _lower_words(tokens: Sequence[Token], index: int, size: int) -> list[str]:
    words = []
    for token in tokens[index : index + size]:
        if token.kind != WORD:
            break
        words.append(token.lower)
    return words


def _ratio(tokens: Sequence[Token], index: int, numerator: Number) -> tuple[Number, int] | None:
    """The ratio and the index after it, when ``tokens[index]`` is "in": "one in five"."""
    if index >= len(tokens) or tokens[index].lower != "in" or not numerator:
        return None
    position = index + 1
    if position < len(tokens) and tokens[position].lower == "every":
        position += 1
    if position >= len(tokens):
        return None
    token = tokens[position]
    if token.kind == NUMBER and not token.suffix:
        denominator = read_digits(token.digits)
        used = 1
    else:
        words = _lower_words(tokens, position, 4)
        number = read_number_words(words)
        if number is None:
            return None
        denominator, used = number
    if denominator is None or denominator <= numerator or numerator > _RATIO_LIMIT:
        return None
    if (
        isinstance(denominator, int)
        and 1000 <= denominator <= 2100
        and token.kind == NUMBER
        and "," not in token.digits
    ):
        return None  # "300 in 2008": a year, not a ratio
    return as_number(numerator / denominator), position + used


def read_ratio_digits(tokens: Sequence[Token], index: int) -> tuple[Number, int] | None:
    """The ratio and the index after it: "1 in 5"."""
    token = tokens[index]
    numerator = read_digits(token.digits) if not token.suffix else None
    if numerator is None:
        return None
    return _ratio(tokens, index + 1, numerator)


def _vague(tokens: Sequence[Token], index: int, grammar: Grammar) -> Core | None:
    """A vague count: "dozens", "hundreds of thousands", "several hundred", "a few thousand"."""
    window = [(t.text, t.lower) for t in tokens[index : index + 4]]
    match = grammar.vague.match(window)
    if match is None:
        return None
    unit_text, used = match
    unit = int(unit_text)
    first = tokens[index].lower
    end = index + used
    if _is_plural_scale(first, used):
        if end + 1 < len(tokens) and tokens[end].lower == "of":
            bigger = _plural_scale(tokens[end + 1], grammar)
            if bigger is not None and bigger > unit:
                unit *= bigger
                end += 2
        if first == "tens" and unit < 100:
            return None  # "tens" counts only as "tens of thousands", "tens of millions"
        if first == "scores" and end == index + 1 and _word_at(tokens, end) != "of":
            return None  # "scores" is a vague count only as "scores of"
        return Core(first=index, end=end, value=None, low=2 * unit, high=10 * unit, vague=True)
    if end >= len(tokens):
        return None
    follower = tokens[end]
    scale = _SINGULAR_SCALES.get(follower.lower)
    if scale is None and first == "many":  # "many thousands of"
        scale = _plural_scale(follower, grammar)
    if scale is None:
        return None
    high = scale * 10 if follower.lower != "dozen" else None
    return Core(first=index, end=end + 1, value=None, low=unit * scale, high=high, vague=True)


def _word_at(tokens: Sequence[Token], index: int) -> str:
    return tokens[index].lower if index < len(tokens) else ""


def _is_plural_scale(word: str, used: int) -> bool:
    return used == 1 and is_plural_scale(word)


def _plural_scale(token: Token, grammar: Grammar) -> int | None:
    match = grammar.vague.match([(token.text, token.lower)])
    if match is None or not _is_plural_scale(token.lower, match[1]):
        return None
    return int(match[0])


_SINGULAR_SCALES = {"dozen": 12, "hundred": 100, **SCALES}
