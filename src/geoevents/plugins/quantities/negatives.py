"""What is not a quantity: years, dates, ages, names, pronouns, addresses, model numbers.

:class:`NonQuantities` looks at a reading and at the tokens around it; the reader asks it once
the counted noun is known (a year is told from a count by the noun after it).
"""

from __future__ import annotations

from collections.abc import Sequence

from geoevents.plugins.quantities.core import Core
from geoevents.plugins.quantities.items import NounFinder
from geoevents.plugins.quantities.lexicons import Grammar
from geoevents.plugins.quantities.reading import Reading
from geoevents.plugins.quantities.tokens import CURRENCY, DASHES, NUMBER, WORD, Token
from geoevents.text.numbers import NEGATIVE_WORDS

__all__ = ["NonQuantities", "year_like"]

_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "“", "‘", "(", "[", "—", "–", "-", "•", "*"})
_MAX_AGE = 120
_COPULAS = frozenset({"is", "was", "turned", "turns", "became"})
_PERSONAL_SUBJECTS = frozenset({"who", "he", "she"})  # "they were 20" may count them
_RECENT_YEARS = (1900, 2100)  # four digits in this span are a year unless bounded


class NonQuantities:
    """Tells the numbers of one paragraph that are not quantities."""

    def __init__(self, tokens: Sequence[Token], grammar: Grammar, nouns: NounFinder) -> None:
        self.tokens = tokens
        self.grammar = grammar
        self.nouns = nouns
        self.title_case = _is_title_case(tokens)

    def is_quantity(self, reading: Reading) -> bool:
        """Whether a reading, its counted noun known, is a quantity.

        It is not when it is a year, a date, an age, a name, a pronoun "one", an address or a
        model number.
        """
        if reading.kind != "count":
            return True
        checks = (
            self._is_year,
            self._is_date,
            self._is_age,
            self._is_name,
            self._is_pronoun,
            self._is_address,
            self._is_model_name,
        )
        return not any(check(reading) for check in checks)

    def _previous(self, reading: Reading, back: int = 1) -> Token | None:
        index = reading.first - back
        return self.tokens[index] if index >= 0 else None

    def _is_year(self, reading: Reading) -> bool:
        if not year_like(self.tokens, reading.core):
            return False
        if reading.qualifier == "range":
            return reading.high is not None and 1000 <= reading.high <= 2100
        if reading.bounded or self._after_an_amount_noun(reading):
            return False
        value = reading.value
        if isinstance(value, int) and _RECENT_YEARS[0] <= value <= _RECENT_YEARS[1]:
            return True  # "the 2020 primaries"; news writes such counts "2,000"
        before = self._previous(reading)
        if before is not None and (
            before.kind == NUMBER  # "Mar 9 2018"
            or before.lower in self.grammar.year_words
            or before.text in self.grammar.date_words
            or before.lower.endswith(("'s", "’s"))
        ):
            return True
        return reading.item is None

    def _after_an_amount_noun(self, reading: Reading) -> bool:
        """Whether "a"/"an", a noun of amount and "of" come before: "an average of 1500"."""
        first = reading.first
        return (
            first >= 3
            and self.tokens[first - 1].lower == "of"
            and self.tokens[first - 2].lower in self.grammar.amount_nouns
            and self.tokens[first - 3].lower in {"a", "an"}
        )

    def _is_date(self, reading: Reading) -> bool:
        values = [reading.value] if reading.qualifier != "range" else [reading.low, reading.high]
        if not all(isinstance(v, int) and 1 <= v <= 31 for v in values):
            return False
        if reading.core.words and reading.core.end - reading.core.first > 1:
            return False
        dates = self.grammar.date_words
        before = self._previous(reading)
        if before is not None and before.text in dates:
            return True
        if (
            before is not None
            and before.text == "."
            and reading.first >= 2
            and self.tokens[reading.first - 2].text in dates
        ):
            return True
        position = reading.end
        if position < len(self.tokens) and self.tokens[position].text in dates:
            return True
        return (
            position + 1 < len(self.tokens)
            and self.tokens[position].lower == "of"
            and self.tokens[position + 1].text in dates
        )

    def _is_age(self, reading: Reading) -> bool:
        value = reading.value
        if not isinstance(value, int) or not 0 < value <= _MAX_AGE or reading.bounded:
            return False
        before = self._previous(reading)
        if before is None:
            return False
        if (
            before.lower == "of"
            and reading.first >= 2
            and self.tokens[reading.first - 2].lower in {"age", "ages", "aged"}
        ):
            return True
        after = self.tokens[reading.end] if reading.end < len(self.tokens) else None
        if self._predicated_of_a_person(reading, after):
            return True
        # an apposition: "the defendant, 45, had", "Jobs, 55, said"
        if before.text != "," or after is None or after.text not in {",", ")"}:
            return False
        if reading.first < 2 or reading.item is not None:
            return False
        name = self.tokens[reading.first - 2]
        return (
            name.kind == WORD
            and name.lower not in self.grammar.stop_words
            and self.grammar.casualties.match([(name.text, name.lower)]) is None
        )

    def _predicated_of_a_person(self, reading: Reading, after: Token | None) -> bool:
        """A bare number said of a person, ending the clause: "his daughter, who was 10.".

        "who", "he" or "she" and a copula ("was", "is", "turned") before it, no noun after.
        """
        first = reading.first
        if reading.item is not None or reading.kind != "count" or first < 2:
            return False
        if self.tokens[first - 1].lower not in _COPULAS:
            return False
        if self.tokens[first - 2].lower not in _PERSONAL_SUBJECTS:
            return False
        return after is None or after.kind != WORD or after.lower in {"when", "and", "but"}

    def _is_name(self, reading: Reading) -> bool:
        """A name or a reference, not a count: "Section 333", "Leopard 2", "BBC One"."""
        before = self._previous(reading)
        if before is None or reading.first != reading.core.first:
            return False  # a bound word or a currency sign comes first: "the S8 around 25k"
        identifiers = self.grammar.identifiers
        if before.lower in identifiers or before.text in identifiers:
            return True
        if (
            before.text == "."
            and reading.first >= 2
            and self.tokens[reading.first - 2].lower + "." in identifiers
        ):
            return True
        if before.kind != WORD or not before.capitalized:
            return self._capitalized_number_word(reading)
        if self.title_case and (before.text.istitle() or before.text.isupper()):
            return False  # a headline: "Airbus Wins 12 Orders"
        return not self._is_common_word(before) and not before.lower.endswith(("'s", "’s", "s'"))

    def _is_common_word(self, token: Token) -> bool:
        lower = token.lower
        grammar = self.grammar
        return (
            lower in grammar.stop_words
            or token.text in grammar.date_words
            or grammar.bounds.match([(token.text, lower)]) is not None
            or grammar.vague.match([(token.text, lower)]) is not None
            or grammar.casualties.match([(token.text, lower)]) is not None
            or lower in grammar.year_words
            or lower in grammar.tally_words
        )

    def _capitalized_number_word(self, reading: Reading) -> bool:
        token = self.tokens[reading.core.first]
        if not reading.core.words or not token.text[:1].isupper() or self.title_case:
            return False
        before = self._previous(reading)
        return before is not None and before.text not in _OPENERS and before.capitalized

    def _is_pronoun(self, reading: Reading) -> bool:
        """A "one" that counts nothing: "one of the drones", "each one", "one another"."""
        token = self.tokens[reading.core.first]
        if token.lower != "one" or reading.core.end != reading.core.first + 1:
            return False
        grammar = self.grammar
        after = self.tokens[reading.end] if reading.end < len(self.tokens) else None
        if after is None or after.lower == "of" or after.lower in grammar.one_after:
            return True
        before = self._previous(reading)
        if before is not None and before.lower in grammar.one_before:
            return True
        return reading.item is None

    def _is_address(self, reading: Reading) -> bool:
        """A number before a street name: "575 Wilbraham Road"."""
        if reading.item is not None:
            return False
        for token in self.tokens[reading.end : reading.end + 4]:
            if not token.capitalized:
                return False
            if token.lower.rstrip(".") in self.grammar.address_words:
                return True
        return False

    def _is_model_name(self, reading: Reading) -> bool:
        """Digits before a name that count nothing: "the 787 Dreamliner", "iPhone 11 Pro"."""
        if reading.core.words or reading.bounded:
            return False
        token = self.tokens[reading.core.first]
        if token.text in self.grammar.model_numbers and reading.core.end == reading.core.first + 1:
            before = self._previous(reading)
            if before is not None and (
                before.lower in self.grammar.determiners or before.lower.endswith(("'s", "’s"))
            ):
                return True  # "their 787", "Boeing's 747"
            if reading.item is None or not self.nouns.is_plural(self.tokens[reading.item]):
                return True
        if reading.item is not None:
            return False
        if reading.end >= len(self.tokens):
            return False
        after = self.tokens[reading.end]
        return after.capitalized and not after.glued and not self._is_common_word(after)

    def glued_to_a_name(self, index: int) -> bool:
        """Digits glued to a word or a number before them: "M23", "F-16", "2024-25"."""
        token = self.tokens[index]
        if index == 0 or not token.glued:
            return False
        before = self.tokens[index - 1]
        if before.kind in {WORD, NUMBER, "other"} or before.text in {"'", "’"}:
            return True  # "M23", "'11"
        if before.text in {"+", "−"} and index >= 2:  # "GMT +8"
            previous = self.tokens[index - 2]
            return self.grammar.time_markers.match([(previous.text, previous.lower)]) is not None
        if (before.text in DASHES or before.text in {".", "/", ":", "#"}) and index >= 2:
            name = self.tokens[index - 2]
            if name.lower in NEGATIVE_WORDS:
                return False  # "minus-1.4": a sign, not a name
            return before.glued and name.kind in {WORD, NUMBER}
        return False

    def names_a_model(self, core: Core) -> bool:
        """One bare digit glued after a sign of letters: "PS5" (a console), not money."""
        index = core.first
        token = self.tokens[index]
        if index == 0 or not token.glued or core.end != index + 1:
            return False
        before = self.tokens[index - 1]
        return (
            before.kind == CURRENCY
            and before.text.isalpha()
            and len(token.digits) == 1
            and token.digits.isdigit()
            and not token.suffix
        )

    def glued_to_digits_word(self, end: int) -> bool:
        """A hyphen and a word with digits glued after the number: "0-to-60-mph"."""
        tokens = self.tokens
        if end + 1 >= len(tokens) or tokens[end].text not in DASHES or not tokens[end].glued:
            return False
        word = tokens[end + 1]
        return word.glued and word.kind == WORD and any(c.isdigit() for c in word.text)

    def skip_hyphen_chain(self, end: int) -> int:
        """The index after the numbers hyphenated to one that ends at ``end`` ("A330-200")."""
        while (
            end + 1 < len(self.tokens)
            and self.tokens[end].text in DASHES
            and self.tokens[end].glued
            and self.tokens[end + 1].glued
            and self.tokens[end + 1].kind == NUMBER
        ):
            end += 2
        return end


def _is_title_case(tokens: Sequence[Token]) -> bool:
    """Whether the paragraph is a headline in title case, where capitals name nothing."""
    words = [t for t in tokens if t.kind == WORD and len(t.text) > 3]
    if len(words) < 4:
        return False
    capitalized = sum(1 for t in words if t.text[0].isupper())
    return capitalized / len(words) >= 0.6


def year_like(tokens: Sequence[Token], core: Core) -> bool:
    """Whether the number read as ``core`` is four digits that could be a year (1000-2100)."""
    token = tokens[core.first]
    return (
        token.kind == NUMBER
        and core.end == core.first + 1
        and not token.suffix
        and len(token.digits) == 4
        and token.digits.isdigit()
        and 1000 <= int(token.digits) <= 2100
    )
