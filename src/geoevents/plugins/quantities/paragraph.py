"""Reading the quantities of one paragraph: the number, what bounds it, its unit, what it counts.

A :class:`ParagraphReader` walks the tokens of a paragraph once. At each number it reads the number
(:func:`~geoevents.plugins.quantities.core.read_core`), the currency sign and bound words before
it, the scale, unit, currency and bound words after it, a second number that makes a range, and
the noun it counts; then it drops what is not a quantity (years, dates, ages, names: see
:mod:`~geoevents.plugins.quantities.negatives`). A second pass over the readings shares nouns
between coordinated counts and finds casualty roles (:mod:`~geoevents.plugins.quantities.items`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geoevents.model import Number, Quantity
from geoevents.plugins.quantities.core import Core, NotAQuantity, read_core, read_ratio_digits
from geoevents.plugins.quantities.items import NounFinder, link_readings
from geoevents.plugins.quantities.lexicons import Grammar, Window
from geoevents.plugins.quantities.negatives import NonQuantities, year_like
from geoevents.plugins.quantities.reading import Reading, set_bounds
from geoevents.plugins.quantities.tokens import (
    CURRENCY,
    DASHES,
    NUMBER,
    OTHER,
    PUNCT,
    WORD,
    Token,
    suffix_words,
)
from geoevents.text.numbers import (
    FRACTIONS,
    MINUS_SIGNS,
    NEGATIVE_WORDS,
    ORDINALS,
    SCALE_SUFFIXES,
    as_number,
    read_digits,
)

__all__ = ["ParagraphReader"]

_SENTENCE_END = frozenset({".", "!", "?", ";"})
_WINDOW = 6
_TALLY_REACH = 10


class ParagraphReader:
    """Reads the quantities of the tokens of one paragraph."""

    def __init__(
        self, text: str, tokens: Sequence[Token], grammar: Grammar, *, durations: bool = False
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.grammar = grammar
        self.durations = durations
        self.consumed: set[int] = set()
        self.nouns = NounFinder(tokens, grammar)
        self.negatives = NonQuantities(tokens, grammar, self.nouns)

    # ------------------------------------------------------------------ driver

    def quantities(self) -> list[Quantity]:
        """Every quantity in the paragraph, in text order."""
        readings: list[Reading] = []
        index = 0
        tokens = self.tokens
        count = len(tokens)
        starters = self.grammar.starters
        while index < count:
            token = tokens[index]
            if token.kind == WORD:  # most tokens: words that start no number, looked at once
                lower = token.lower
                if lower.partition("-")[0] not in starters and lower[-4:] != "fold":
                    index += 1
                    continue
            elif token.kind != NUMBER and token.kind != OTHER:
                index += 1
                continue
            if index in self.consumed:
                index += 1
                continue
            found, after = self.read_at(index)
            if found:
                readings.extend(found)
            index = after if after > index else index + 1
        link_readings(readings, self.tokens, self.grammar)
        return [self.quantity(r) for r in readings if not self._names_a_reference(r)]

    def _names_a_reference(self, reading: Reading) -> bool:
        """Whether a noun of age written before the number makes it an age.

        "The minimum age was lowered to 16" gives no quantity.
        """
        if reading.item_source != "left" or reading.item is None:
            return False
        return self.tokens[reading.item].lower in self.grammar.age_nouns

    def read_at(self, index: int) -> tuple[list[Reading], int]:
        """The readings of the number at ``index`` and the index to read on from.

        There is no reading when it is not a quantity, and two for a vote tally ("13-0").
        """
        core = read_core(self.tokens, index, self.grammar)
        if core is None:
            return [], index + 1
        if isinstance(core, NotAQuantity):
            return [], max(index + 1, core.end)
        if self.tokens[index].kind == NUMBER and not core.scale_suffix:
            ratio = read_ratio_digits(self.tokens, index)
            if ratio is not None:
                core = Core(first=index, end=ratio[1], value=ratio[0], fraction=True)
        if self.negatives.glued_to_a_name(index) or self.negatives.names_a_model(core):
            return [], self.negatives.skip_hyphen_chain(core.end)
        if self.negatives.glued_to_digits_word(core.end):
            compound = self._range_compound(core)  # "a 0-to-60-mph time"
            if compound is not None:
                self._mark(compound)
                return [compound], compound.end
            return [], self.negatives.skip_hyphen_chain(core.end)
        reading, rejected = self._read_number(core)
        if reading is None:
            return [], self._skip_second_number(rejected)
        partner = self._read_range(reading)
        if reading.kind == "skip":
            return [], reading.end
        readings = [reading] if partner is None else [reading, partner]
        kept = [r for r in readings if self._is_quantity(r)]
        if partner is not None and reading not in kept:
            kept = []  # "ISO 3888-2": the second number of a name is no tally
        for kept_reading in kept:
            self._mark(kept_reading)
        return kept, max(r.end for r in readings)

    def _range_compound(self, core: Core) -> Reading | None:
        """A range written as one hyphenated modifier with its unit: "0-to-60-mph".

        Durations ("a 10-to-15-minute walk") are the dates layer's and give nothing.
        """
        if core.value is None or core.vague or core.fraction:
            return None
        parts = self.tokens[core.end + 1].text.split("-")
        if len(parts) < 3 or parts[0].lower() not in {"to", "and"}:
            return None
        high = read_digits(parts[1])
        unit = self.grammar.units.match(list(suffix_words("-".join(parts[2:]))))
        if high is None or unit is None or not core.value < high:
            return None
        reading = Reading(core=core, first=core.first, end=core.end + 2, value=None)
        reading.low, reading.high, reading.qualifier = core.value, high, "range"
        reading.kind = "percent" if unit[0] == "%" else "measure"
        reading.unit = unit[0]
        return reading

    def _skip_second_number(self, end: int) -> int:
        """The index after a number joined to a duration, age or clock time that ends at ``end``.

        In "from 8 hours to 3" the 3 is hours too.
        """
        tokens = self.tokens
        if end + 1 < len(tokens) and (
            tokens[end].lower in {"to", "and", "or"} or (tokens[end].text in DASHES)
        ):
            core = read_core(tokens, end + 1, self.grammar)
            if isinstance(core, Core) and end + 1 == core.first:
                following = core.end
                if following >= len(tokens) or self.grammar.is_stop(tokens[following]):
                    return core.end
        return end

    def _is_quantity(self, reading: Reading) -> bool:
        """Find the counted noun, then drop years, dates, ages, names, pronouns and durations."""
        if reading.kind in {"count", "percent", "measure"}:
            self.nouns.item_after(reading)
        if self._counts_time(reading):
            return False  # "the 50 previous years": a duration, the dates layer's
        return self.negatives.is_quantity(reading)

    def _counts_time(self, reading: Reading) -> bool:
        """Whether a count counts a unit of time after adjectives: "two long years"."""
        if self.durations or reading.kind != "count" or reading.item is None:
            return False
        noun = self.tokens[reading.item]
        return self.grammar.time_units.match([(noun.text, noun.lower)]) is not None

    def _mark(self, reading: Reading) -> None:
        self.consumed.update(range(reading.first, reading.end))
        self.consumed.update(reading.names)

    # ------------------------------------------------------------------ one number

    def _read_number(self, core: Core) -> tuple[Reading | None, int]:
        """The number with its currency, scale, unit and bound words.

        Returns None and the index after what was read when it is not a quantity.
        """
        reading = Reading(core=core, first=core.first, end=core.end, value=core.value)
        if core.ratio:  # how many times: no unit, no counted noun
            reading.kind = "ratio"
            self._bound_before(reading)
            set_bounds(reading)
            return reading, reading.end
        if core.vague:
            reading.value = None
            reading.low, reading.high = core.low, core.high
            reading.qualifier = "vague"
        self._currency_before(reading)
        if not self._read_right(reading):
            return None, reading.end
        self._unit_before(reading)
        self._bound_before(reading)
        set_bounds(reading)
        return reading, reading.end

    def _unit_before(self, reading: Reading) -> None:
        """A unit written before the number: "a magnitude 7.1 earthquake"."""
        if reading.kind != "count" or reading.core.words:
            return
        match = self.grammar.units_before.match_reversed(self._window_before(reading.first))
        if match is not None:
            reading.kind, reading.unit = "measure", match[0]
            reading.first -= match[1]

    def _currency_before(self, reading: Reading) -> None:
        match = self.grammar.currency_symbols.match_reversed(self._window_before(reading.first))
        lettered = self._sign_with_letters(reading.first)
        if lettered is not None and (match is None or lettered[1] >= match[1]):
            match = lettered
        if match is None:
            return
        code, used = match
        first = reading.first - used
        if any(self.tokens[i].kind == NUMBER for i in range(first, reading.first)):
            return
        reading.first = first
        _to_currency(reading, code)  # "¢50" is 0.50 USD
        reading.currency_before = True

    def _scaled_by_suffix(self, position: int) -> bool:
        """Whether the "m" or "b" glued to a number is a scale, by what follows it.

        A currency, a unit or a plural noun after it makes it millions or billions ("5m euros",
        "1.2m tons", "2m people"); otherwise "m" is metres ("a 2m wall", "the 100m final").
        """
        tokens = self.tokens
        if (
            position + 1 < len(tokens)
            and (tokens[position].lower in {"to", "and", "or"} or tokens[position].text in DASHES)
            and tokens[position + 1].kind == NUMBER
            and tokens[position + 1].suffix.lower() == tokens[position - 1].suffix.lower()
        ):
            position += 2  # "between 1.5m and 2m people": the second says it for both
        window = self._window(position)
        if self.grammar.currencies.match(window) or self.grammar.units.match(window):
            return True
        if position >= len(self.tokens):
            return False
        after = self.tokens[position]
        return (
            after.kind == WORD
            and after.text.islower()
            and not self.grammar.is_stop(after)
            and self.nouns.is_plural(after)
        )

    def _sign_with_letters(self, first: int) -> tuple[str, int] | None:
        """A currency sign before ``first`` written with a country's letters, and its tokens.

        The letters are glued to the sign ("HK$", "$A", "$US") or are a word of two or more
        capitals before it ("HK $", "U.S. $"; "A $5 fee" is an article).
        """
        if first < 1 or self.tokens[first - 1].kind != CURRENCY:
            return None
        token = self.tokens[first - 1]
        sign, letters = _split_sign(token.text)
        used = 1
        if not letters and first >= 2:
            before = self.tokens[first - 2]
            written = before.text.replace(".", "")
            if before.kind == WORD and 2 <= len(written) <= 3 and written.isupper():
                letters, used = written, 2
        if not letters or not sign:
            return None
        code = self.grammar.currency_signs.code(letters, sign)
        return None if code is None else (code, used)

    def _read_right(self, reading: Reading) -> bool:
        """Read the scale suffix, unit, currency and bound words after the number.

        Returns False when they show it is not a quantity (an age, a clock time, a duration).
        """
        core = reading.core
        token = self.tokens[core.end - 1]
        suffix = ""
        if token.kind == NUMBER and core.end == core.first + 1 and not core.fraction:
            suffix = token.suffix
            if suffix.lower() in SCALE_SUFFIXES and not core.scale_suffix:
                suffix = ""  # "1.5bn": the scale is already read
        elif core.word_suffix:
            suffix = core.word_suffix  # "four-mile"
        position = core.end
        window = self._window(position, suffix)
        glued = len(window) - len(self._window(position))  # words of the suffix
        if core.scale_suffix:
            scale = SCALE_SUFFIXES[core.scale_suffix.lower()]
            if reading.kind == "money" or self._scaled_by_suffix(position):
                reading.value = read_digits(token.digits, scale)
                suffix = ""
                window = window[glued:]
                glued = 0
        rejected = self.grammar.age_words.match(window)
        if rejected is None and self._is_clock_time(reading, window):
            rejected = self.grammar.time_markers.match(window)
        if rejected is not None:
            reading.end = core.end + max(0, rejected[1] - glued)
            return False
        found = self._unit(window, glued_first=bool(suffix) or self._attributive(reading, window))
        if found is None and core.fraction:
            found = self._unit_of_a(window)  # "1/16 of a pint"
        used = 0
        if found is not None:
            symbol, used = found
            if reading.kind == "money":
                used = 0  # "$5 a barrel": the sign already made it money
            else:
                reading.kind = "percent" if symbol == "%" else "measure"
                reading.unit = symbol
        else:
            money = self.grammar.currencies.match(window)
            if money is not None and money[1] == 1 and len(window[0][0]) == 1 and not suffix:
                money = None  # one-letter signs ("p" of "164p") only glued to the digits
            weight = self._weight_of(window, money)
            if weight is not None:  # "5 pounds of flour" weighs
                reading.kind, reading.unit = "measure", weight[0]
                used = weight[1]
            elif money is not None:
                code, used = money
                if reading.kind != "money":
                    _to_currency(reading, code)
            elif self._time_unit(window) is not None:
                symbol, used = self._time_unit(window) or ("", 0)
                if not self.durations:
                    reading.end = core.end + max(0, used - glued)
                    return False
                reading.kind, reading.unit = "measure", symbol
            elif core.vague and window and window[0][1] == "of":
                money = self.grammar.currencies.match(window[1:])
                if money is not None:  # "tens of millions of dollars"
                    reading.kind, reading.unit = "money", money[0].split("/")[0]
                    used = 1 + money[1]
            elif reading.kind != "money" and self._currency_sign_after(position, glued):
                code = self._currency_sign_after(position, glued) or ""
                _to_currency(reading, code)
                used = glued + 1
        if suffix and used < glued and self._counts_its_suffix(reading):
            return True  # "a three-point lead", as "a 3-point lead"
        if suffix and used < glued:
            return False  # an unknown suffix: "5G", "500m" that is neither money nor metres
        position += max(0, used - glued)
        after = self.grammar.bounds_after.match(self._window(position))
        if after is not None and reading.qualifier == "exact":
            reading.qualifier = after[0]
            reading.bounded = True
            position += after[1]
        reading.end = max(position, core.end)
        return True

    def _counts_its_suffix(self, reading: Reading) -> bool:
        """Whether a number word counts the noun hyphenated to it: "three-point", "two-party".

        The noun is its counted noun, as the word after "3-point" is. "one-" makes idioms
        ("one-sided", "one-off") and counts only units ("one-mile").
        """
        core = reading.core
        noun = core.word_suffix
        if not (noun.isalpha() and noun.islower()) or core.value in {None, 1}:
            return False
        if noun in self.grammar.stop_words or reading.kind != "count":
            return False
        if noun in ORDINALS or noun in FRACTIONS:
            return False  # "twenty-fifth", "seventy-third": one ordinal
        token = self.tokens[core.first]
        start = token.end - len(noun)
        reading.item, reading.item_span = core.first, (start, token.end)
        reading.item_source = "right"
        return True

    def _currency_sign_after(self, position: int, glued: int) -> str | None:
        """The code of a currency sign right after the number ("20€", "10 $"), if any."""
        if glued or position >= len(self.tokens):
            return None
        token = self.tokens[position]
        if token.kind != CURRENCY:
            return None
        following = self.tokens[position + 1] if position + 1 < len(self.tokens) else None
        if following is not None and following.kind == NUMBER:
            return None  # "10 $20": the sign belongs to the next number
        match = self.grammar.currency_symbols.match([(token.text, token.lower)])
        return match[0] if match is not None and match[1] == 1 else None

    def _unit(self, window: Window, *, glued_first: bool) -> tuple[str, int] | None:
        found = self.grammar.units.match(window)
        if found is None and len(window) > 1 and window[0][0] == "-":
            inner = self.grammar.units.match(window[1:])  # "5.8-magnitude", "3.5-inch"
            if inner is not None:
                found = inner[0], inner[1] + 1
        if found is None:
            return None
        symbol, used = found
        if used == 1 and len(window[0][0]) == 1 and window[0][0].isalpha() and not glued_first:
            return None  # one-letter symbols ("m", "t", "g") count only glued to the digits
        return symbol, used

    def _attributive(self, reading: Reading, window: Window) -> bool:
        """Whether a one-letter capital symbol after a space is a unit: "a 5 W charger".

        A measure that modifies a noun, after a determiner, takes its symbol: the capital
        is no initial there (the determiner, the number, the symbol and a lower-case noun).
        """
        if len(window) < 2 or len(window[0][0]) != 1 or not window[0][0].isupper():
            return False
        if reading.first == 0:
            return False
        if self.tokens[reading.first - 1].lower not in self.grammar.determiners:
            return False
        noun = window[1][0]
        return noun.isalpha() and noun.islower() and noun not in self.grammar.stop_words

    def _unit_of_a(self, window: Window) -> tuple[str, int] | None:
        """The unit a fraction is a part of: "of a pint", "of an inch"."""
        if len(window) < 3 or window[0][1] != "of" or window[1][1] not in {"a", "an"}:
            return None
        found = self.grammar.units.match(window[2:])
        return None if found is None else (found[0], found[1] + 2)

    def _weight_of(self, window: Window, money: tuple[str, int] | None) -> tuple[str, int] | None:
        """A currency word that weighs before "of": "5 pounds of flour", "1/2 pound of beef".

        It weighs when ``units`` has it as a compound ("-pound", as in "a 2,000-pound bomb").
        """
        if money is None or len(window) <= money[1] or window[money[1]][1] != "of":
            return None
        words = window[: money[1]]
        if not all(text.isalpha() and text.islower() for text, _lower in words):
            return None
        found = self.grammar.units.match([("-", "-"), *words])
        return None if found is None or found[1] != len(words) + 1 else (found[0], len(words))

    def _time_unit(self, window: Window) -> tuple[str, int] | None:
        found = self.grammar.time_units.match(window)
        if found is None and len(window) > 1 and window[0][0] == "-":
            inner = self.grammar.time_units.match(window[1:])  # "a 12-hour flight"
            if inner is not None:
                found = inner[0], inner[1] + 1
        return found

    def _is_clock_time(self, reading: Reading, window: Window) -> bool:
        if reading.kind != "count" or reading.value is None or reading.core.vague:
            return False
        return reading.value <= 2400 and self.grammar.time_markers.match(window) is not None

    def _bound_before(self, reading: Reading) -> None:
        self._sign(reading)
        if reading.first == 0:
            return
        before = self.tokens[reading.first - 1]
        if before.lower in {"between", "from", "by"} and not reading.core.vague:
            reading.range_word = before.lower
            if before.lower == "between":
                reading.first -= 1
            return
        match = self.grammar.bounds.match_reversed(self._window_before(reading.first))
        if match is None:
            return
        qualifier, used = match
        if reading.qualifier == "exact":
            reading.qualifier = qualifier
        reading.first -= used
        reading.bounded = True

    def _sign(self, reading: Reading) -> None:
        """Make the number negative when a minus sign or word comes right before it.

        "-1.3%", "(−5°C)", "-$3m", "minus 40", "minus-1.4 degrees". A change given by a word
        ("fell 0.6%") keeps the number the text writes.
        """
        if reading.value is None or reading.first == 0 or reading.core.vague:
            return
        used = self._sign_tokens(reading.first, reading.kind)
        if used:
            reading.value = -reading.value
            reading.first -= used

    def _sign_tokens(self, first: int, kind: str) -> int:
        """How many tokens before ``first`` make a minus sign or word; 0 for none."""
        tokens = self.tokens
        before = tokens[first - 1]
        if before.lower in NEGATIVE_WORDS:
            return 1  # "minus 40"
        if before.text not in MINUS_SIGNS or not tokens[first].glued:
            return 0
        previous = tokens[first - 2] if first >= 2 else None
        if previous is not None and before.glued:
            if previous.lower in NEGATIVE_WORDS:
                return 2  # "minus-1.4"
            if previous.kind != PUNCT:
                return 0  # "F-16", "2024-25", "Covid-19": a name or a range
        if kind == "count" and before.text != "\u2212":
            # a hyphen before a bare count is a sign only inside a sentence ("from -5 to -2"),
            # not where it opens a paragraph or a sentence, as a bullet does
            return int(previous is not None and (previous.kind == WORD or previous.text in "(["))
        return 1

    # ------------------------------------------------------------------ ranges

    def _read_range(self, reading: Reading) -> Reading | None:
        """Extend ``reading`` to a range ("10-15", "between 10 and 15").

        Returns a second reading to keep when the two numbers are a vote tally ("13-0"); marks
        ``reading`` as ``skip`` when they are a score ("2-1").
        """
        position = reading.end
        if position + 1 >= len(self.tokens) or reading.core.vague or reading.core.fraction:
            return None
        separator = self.tokens[position]
        dash = separator.text in DASHES
        word = separator.lower
        if not dash and word != "to" and not (word == "and" and reading.range_word == "between"):
            return None
        second = self._second_number(position + 1)
        if second is None or reading.value is None or second.value is None:
            return None
        if (
            word == "to"
            and year_like(self.tokens, reading.core)
            and not year_like(self.tokens, second.core)
        ):
            return None  # "in 2018 to 3.9 million": a year is no end of a range
        if not _compatible(reading, second, separator_is_to=word == "to"):
            if second.kind == "skip":
                reading.kind = "skip"  # "three to four hours": a duration
                reading.end = second.end
            return None
        change = word == "to" and self._is_change(reading)
        if change:
            self._scale_of_a_later_range(second)  # "rose from 24.2 to 33-35 billion"
        _share_unit(reading, second)
        if change:
            set_bounds(reading)  # the figure before the change, with the scale it shares
        low, high = reading.value, second.value
        if low < high and not change:
            reading.value = None
            reading.low, reading.high = low, high
            reading.qualifier = "range"
            reading.end = second.end
            if reading.range_word == "from":
                reading.first -= 1  # "from 40 to 55 tonnes"
            return None
        if not dash or low < high:
            return None
        if self._near_tally_words(reading.first, second.end):
            reading.low = reading.high = reading.value
            second.low = second.high = second.value
            return second
        reading.kind = "skip"  # a score: "won 2-1"
        reading.end = second.end
        return None

    def _scale_of_a_later_range(self, second: Reading) -> None:
        """Give ``second`` the scale of the range it starts: the 33 of "33-35 billion"."""
        if second.value is None or second.value != second.core.unscaled:
            return
        probe = Reading(core=second.core, first=second.first, end=second.end, value=second.value)
        probe.kind, probe.unit = second.kind, second.unit
        self._read_range(probe)
        if probe.qualifier == "range" and probe.low is not None and probe.low != second.value:
            second.value = probe.low

    def _is_change(self, reading: Reading) -> bool:
        """Whether "X to Y" gives a figure before and after a change, not a range.

        "rose by $2bn to $9bn", "fell 5p to 164p" and "rose from 40 to 55 tonnes" are changes;
        "fell by 1 to 1.5 degrees" (the first number has no unit of its own) and "from 40 to 55
        tonnes" (no word of change before it) are ranges.
        """
        if not reading.range_word:  # the amount of the change right after its word
            return (
                reading.kind != "count"
                and reading.first > 0
                and self.tokens[reading.first - 1].lower in self.grammar.change_words
            )
        if reading.range_word not in {"from", "by"}:
            return False
        if reading.range_word == "by":
            return reading.kind != "count"  # a unit or currency of its own: "by $2bn to $9bn"
        start = max(0, reading.first - 5)
        return any(
            token.lower in self.grammar.change_words
            for token in self.tokens[start : reading.first - 1]
        )

    def _second_number(self, index: int) -> Reading | None:
        negative = index < len(self.tokens) and (
            self.tokens[index].lower in NEGATIVE_WORDS
            or (self.tokens[index].text in MINUS_SIGNS and not self.tokens[index].glued)
        )
        positive = index < len(self.tokens) and self.tokens[index].lower in {"plus", "+"}
        index += negative or positive  # "from -5 to -2", "from minus 5 to plus 3"
        if index < len(self.tokens) and self.tokens[index].kind == CURRENCY:
            index += 1  # "between $62 and $68"
        if index >= len(self.tokens):
            return None
        core = read_core(self.tokens, index, self.grammar)
        if core is None or not isinstance(core, Core) or core.vague or core.fraction:
            return None
        if negative and self.tokens[core.first - 1].text in MINUS_SIGNS | NEGATIVE_WORDS:
            core.value = None if core.value is None else -core.value
        reading = Reading(core=core, first=core.first, end=core.end, value=core.value)
        self._currency_before(reading)
        if not self._read_right(reading):
            reading.kind = "skip"  # a duration, an age or a clock time
        return reading

    def _near_tally_words(self, first: int, end: int) -> bool:
        start = max(0, first - _TALLY_REACH)
        stop = min(len(self.tokens), end + _TALLY_REACH)
        return any(self.tokens[i].lower in self.grammar.tally_words for i in range(start, stop))

    # ------------------------------------------------------------------ windows and output

    def _window(self, index: int, suffix: str = "") -> list[tuple[str, str]]:
        window = list(suffix_words(suffix)) if suffix else []
        for token in self.tokens[index : index + _WINDOW]:
            if token.text in _SENTENCE_END and token.kind == PUNCT:
                break
            window.append((token.text, token.lower))
        return window

    def _window_before(self, index: int) -> list[tuple[str, str]]:
        window = []
        for position in range(index - 1, max(-1, index - 1 - _WINDOW), -1):
            token = self.tokens[position]
            if token.kind == PUNCT and token.text in _SENTENCE_END:
                abbreviation = token.text == "." and token.glued and position > 0
                if not (abbreviation and self.tokens[position - 1].kind == WORD):
                    break  # a full stop ends the window, but not the one of "Rs." or "approx."
            if token.kind not in {WORD, CURRENCY, PUNCT}:
                break
            window.append((token.text, token.lower))
        return window

    def quantity(self, reading: Reading) -> Quantity:
        """The :class:`Quantity` of a finished reading."""
        start = self.tokens[reading.first].start
        end = self.tokens[reading.end - 1].end
        item_start = item_end = None
        item = None
        if reading.item_span is not None:  # a noun inside the number's token: "three-point"
            item_start, item_end = reading.item_span
            item = self.text[item_start:item_end]
        elif reading.item is not None:
            head = self.tokens[reading.item]
            item, item_start, item_end = head.text, head.start, head.end
        return Quantity(
            start=start,
            end=end,
            text=self.text[start:end],
            value=reading.value,
            low=reading.low,
            high=reading.high,
            qualifier=reading.qualifier,
            unit=reading.unit,
            item=item,
            item_start=item_start,
            item_end=item_end,
            kind=reading.kind,
            role=reading.role,
        )


def _split_sign(text: str) -> tuple[str, str]:
    """A currency token as its sign and its letters: "HK$" and "$HK" are ("$", "HK")."""
    if text[:1].isalpha():
        return text[-1:], text[:-1]
    return text[:1], text[1:]


def _to_currency(reading: Reading, code: str) -> None:
    """Make ``reading`` money in ``code`` ("USD", or "USD/100" for cents)."""
    reading.value = _in_currency(reading.value, code)
    reading.low, reading.high = _in_currency(reading.low, code), _in_currency(reading.high, code)
    reading.kind = "money"
    reading.unit = code.split("/")[0]


def _in_currency(value: Number | None, code: str) -> Number | None:
    if value is None or not code.endswith("/100"):
        return value
    return as_number(value / 100)


def _compatible(first: Reading, second: Reading, *, separator_is_to: bool) -> bool:
    """Whether two numbers can make a range: "10-15%", "$10-15bn", but not "2.1% to 42,000"."""
    if second.kind == "skip":
        return False
    if first.kind == "count":
        return True
    if second.kind == "count":
        return not separator_is_to
    return (first.kind, first.unit) == (second.kind, second.unit)


def _share_unit(first: Reading, second: Reading) -> None:
    """Give the first number of a range the unit and scale written only after the second."""
    if first.kind == "count" and second.kind != "count":
        first.kind, first.unit = second.kind, second.unit
    elif second.kind == "count" and first.kind != "count":
        second.kind, second.unit = first.kind, first.unit
    scaled = second.value != second.core.unscaled and second.core.unscaled
    first_unscaled = first.core.unscaled
    if (
        scaled
        and first.value == first_unscaled
        and first_unscaled is not None
        and second.core.unscaled is not None
        and second.value is not None
        and first_unscaled < second.core.unscaled
    ):
        factor = second.value / second.core.unscaled
        first.value = as_number(first_unscaled * factor)
