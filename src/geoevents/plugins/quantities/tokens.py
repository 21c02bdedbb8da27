"""Tokens for reading quantities: words, numbers in digits, currency symbols and the rest.

A number in digits keeps what is glued to it ("1.5bn", "500km", "19th") as its ``suffix``.
Clock times, dates and versions written with ``:``, ``/`` or several dots, and phone numbers,
become single tokens of their own kind, so that no part of them is ever read as a quantity.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from geoevents.text.numbers import NEGATIVE_WORDS, NUMERALS
from geoevents.text.patterns import alternation

__all__ = [
    "CURRENCY",
    "DASHES",
    "NUMBER",
    "OTHER",
    "PUNCT",
    "WORD",
    "Token",
    "suffix_words",
    "tokenize",
]

NUMBER = "number"
"""Digits, with an optional glued suffix: "1,200", "4.5", "1.5bn", "500km"."""
WORD = "word"
"""Letters, with hyphens, apostrophes and digits inside: "explosive-laden", "F-16", "U.S."."""
CURRENCY = "currency"
"""A currency sign: "$", "€", "US$", "$US", or letters glued to digits ("Rs500")."""
OTHER = "other"
"""Digits that are never a quantity: "16:30", "9/11", "1.2.3", "+44 20 7946 0958"."""
PUNCT = "punct"
"""Any other single character."""
DASHES = frozenset({"-", "–", "—"})
"""The punctuation tokens that join ranges and compounds: hyphen, en dash, em dash."""


class Token:
    """One token of a paragraph, with its offsets in the document."""

    __slots__ = ("digits", "end", "glued", "kind", "lower", "start", "suffix", "text")

    def __init__(
        self, kind: str, text: str, start: int, glued: bool, digits: str = "", suffix: str = ""
    ) -> None:
        self.kind = kind
        """One of :data:`NUMBER`, :data:`WORD`, :data:`CURRENCY`, :data:`OTHER`, :data:`PUNCT`."""
        self.text = text
        """The token as written."""
        self.lower = text.lower()
        """The token in lower case."""
        self.start = start
        """Offset of its first character in the document."""
        self.end = start + len(text)
        """Offset one past its last character."""
        self.glued = glued
        """Whether it follows the previous token with no space between."""
        self.digits = digits
        """For a number, its digits ("1.5" of "1.5bn")."""
        self.suffix = suffix
        """For a number, the letters glued after its digits ("bn" of "1.5bn")."""

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.text!r}, {self.start})"

    @property
    def capitalized(self) -> bool:
        """Whether the token is a word with a capital letter in it ("Boeing", "iPhone")."""
        return self.kind == WORD and not self.text.islower()


_PHONE = (
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)"
    r"|\(\d{2,5}\)[ ]?\d{3,4}[ .-]?\d{3,4}(?!\d)"
    r"|(?<!\d)\d{3}[.-]\d{3}[.-]\d{4}(?!\d)"
    r"|(?<![\d,.])0\d{2,4}[ ]\d{3,4}[ ]\d{3,4}(?![\d,])"
)
_OTHER = (
    r"(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?![\d:])"  # clock times, lap times
    r"|(?<![\d.,/])\d++(?:/\d++)++(?!/?\d)"  # 9/11, 2024/25, 7/8/07
    r"|(?<![\d.,])\d++(?:\.\d++){2,}+(?!\.?\d)"  # versions and addresses: 1.2.3
)
_NUMBER = (
    rf"(?<![\d.,])(?P<digits>{NUMERALS})(?![\d⁄])"  # thousands after spaces are joined later
    r"(?P<suffix>[\p{L}°µ][\p{L}]*[23²³]?)?"
)
_LETTER_CURRENCY = r"[A-Z]{1,3}\p{Sc}"  # US$, A$, HK$, E£
# A sign with capitals glued after it names the country ("$A82m", "$US 5"), before digits
_CURRENCY = r"\p{Sc}[A-Z]{1,3}(?=[ ]?\d)|\p{Sc}"
# "minus-1.4": a negative word keeps its hyphen and digits apart; "F-16", "Covid-19" do not.
# Its first letter is matched first, so that other words pay one character test.
_NEGATIVE = "|".join(
    f"[{word[0]}{word[0].upper()}](?i:{regex.escape(word[1:])})" for word in sorted(NEGATIVE_WORDS)
)
_WORD = (
    r"(?:\p{L}\.){2,}"
    rf"|(?:{_NEGATIVE})(?=-[\d.])"
    r"|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*"
)


@functools.lru_cache(maxsize=8)
def _pattern(letter_currencies: frozenset[str]) -> regex.Pattern[str]:
    prefixes = alternation(letter_currencies)
    glued_currency = rf"(?:{prefixes})(?=\d)" if prefixes else r"(?!)"
    # Spaces are eaten before each token, and words are tried first (most tokens are words),
    # so that the scan does not try every alternative at every space.
    return regex.compile(
        r"\s*+(?:"
        rf"(?P<currency>{_LETTER_CURRENCY}|{glued_currency})"
        rf"|(?P<word>{_WORD})"
        rf"|(?P<other>{_PHONE}|{_OTHER})"
        rf"|{_NUMBER}"
        rf"|(?P<currency2>{_CURRENCY})"
        r"|(?P<punct>\S))"
    )


_GROUP = regex.compile(r"[ \u00a0\u202f]\d{3}(?![\d.,]\d)")


def tokenize(text: str, start: int, end: int, letter_currencies: Iterable[str] = ()) -> list[Token]:
    """The tokens of ``text[start:end]``.

    :param letter_currencies: currency signs made of letters ("Rs", "RM") that become
        currency tokens when digits follow them with no space ("Rs500").
    """
    pattern = _pattern(frozenset(letter_currencies))
    tokens: list[Token] = []
    previous_end = -1
    for match in pattern.finditer(text, start, end):
        kind = match.lastgroup
        if kind is None:
            continue  # trailing spaces
        if kind in {"digits", "suffix"}:
            kind = NUMBER
            first = match.start("digits")
        else:
            first = match.start(kind)
            if kind == "currency2":
                kind = CURRENCY
        glued = first == previous_end
        if kind == NUMBER:
            token = Token(
                NUMBER,
                text[first : match.end()],
                first,
                glued,
                digits=match.group("digits"),
                suffix=match.group("suffix") or "",
            )
        else:
            token = Token(kind, text[first : match.end()], first, glued)
        tokens.append(token)
        previous_end = match.end()
    return _join_space_groups(text, tokens)


def _join_space_groups(text: str, tokens: list[Token]) -> list[Token]:
    """Join numbers whose thousands are separated by spaces ("1 200") into one token."""
    joined: list[Token] = []
    for token in tokens:
        if joined and _continues_group(text, joined[-1], token):
            first = joined[-1]
            merged = text[first.start : token.end]
            joined[-1] = Token(
                NUMBER, merged, first.start, first.glued, digits=merged, suffix=token.suffix
            )
            continue
        joined.append(token)
    return joined


def _continues_group(text: str, first: Token, token: Token) -> bool:
    if first.kind != NUMBER or token.kind != NUMBER or first.suffix or token.glued:
        return False
    if token.suffix in {"s", "S"}:
        return False  # "18 777s": a count of models
    if token.start != first.end + 1 or len(token.digits) != 3 or not token.digits.isdigit():
        return False
    head = first.digits.split(" ")[0].split("\u00a0")[0].split("\u202f")[0]
    if not head.isdigit() or len(head) > 3:
        return False
    return _GROUP.match(text, first.end) is not None


@functools.lru_cache(maxsize=256)
def suffix_words(suffix: str) -> tuple[tuple[str, str], ...]:
    """The suffix glued to a number as ``(text, lower)`` words: "°C" is "°" and "C".

    It is split the way lexicon entries are, so that it matches them.
    """
    return tuple((token.text, token.lower) for token in tokenize(suffix, 0, len(suffix)))
