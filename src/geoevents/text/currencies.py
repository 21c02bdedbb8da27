"""Currencies: the ISO 4217 codes, and a sign written with the letters of a country.

News writes a currency shared by several countries as its sign with country letters before or
after it: "A$", "HK $", "US$", "$US", "$A", "NZ$", "E£". :class:`CurrencySigns` reads them
with one rule, from the ISO 4217 table (the ``iso4217`` package) and two lexicons: the signs
(``currency_symbols``: "$" is USD) and the currency words (``currencies``: "dollar" is USD).
A sign stands for a family of currencies, those whose ISO 4217 name has a word that names its
own currency ("$" is USD, a "dollar": every ISO dollar); the letters pick one of the family.

>>> signs = CurrencySigns({"$": "USD", "£": "GBP", "R$": "BRL"}, {"dollar": "USD", "pound": "GBP"})
>>> signs.code("HK", "$"), signs.code("US", "$"), signs.code("A", "$"), signs.code("E", "£")
('HKD', 'USD', 'AUD', 'EGP')
>>> signs.code("R", "$"), signs.code("USD", "$"), signs.code("N", "$") is None
('BRL', 'USD', True)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import iso4217
import regex

__all__ = ["ISO_4217", "CurrencySigns"]


def _iso_4217() -> dict[str, str]:
    # Fund codes ("US Dollar (Next day)") are no currency that news prices anything in.
    return {
        currency.code: currency.currency_name
        for currency in iso4217.Currency
        if "(" not in currency.currency_name
    }


ISO_4217: Mapping[str, str] = MappingProxyType(_iso_4217())
"""The ISO 4217 currency codes in use, each with its English name ("AUD": "Australian
Dollar"), from the ``iso4217`` package."""

_WORDS = regex.compile(r"\p{L}+")


class CurrencySigns:
    """Reads a currency sign written with country letters: "HK $", "$A", "US$".

    :param symbols: currency signs to ISO 4217 codes, as the ``currency_symbols`` lexicon
        gives them ("$": "USD", "R$": "BRL"); a sign written there with its letters wins.
    :param names: currency words to codes, as the ``currencies`` lexicon gives them
        ("dollar": "USD"); they tell which ISO currencies a sign stands for.
    """

    def __init__(self, symbols: Mapping[str, str], names: Mapping[str, str]) -> None:
        self._symbols = symbols
        self._families: dict[str, frozenset[str]] = {}
        for sign, code in symbols.items():
            words = {name.lower() for name, named in names.items() if named == code}
            family = {
                iso
                for iso, name in ISO_4217.items()
                if words & {word.lower() for word in _WORDS.findall(name)}
            }
            self._families[sign] = frozenset(family | {code} if code in ISO_4217 else family)

    def code(self, letters: str, sign: str) -> str | None:
        """The ISO 4217 code of ``sign`` written with ``letters`` before or after it, or None.

        The ``symbols`` lexicon decides first ("R$" is BRL, whichever side the letters are
        on); then letters that are an ISO 4217 code of the sign's family ("USD$"), or that
        start exactly one of them: a country's letters ("HK$" is HKD, "A$" AUD); "N$" could
        be NAD or NZD and is None. Dots are ignored ("U.S. $").
        """
        letters = letters.replace(".", "")
        written = self._symbols.get(letters + sign)
        if written is not None:
            return written
        family = self._families.get(sign, frozenset())
        if letters in family:
            return letters
        matches = [code for code in family if code.startswith(letters)]
        return matches[0] if len(matches) == 1 else None
