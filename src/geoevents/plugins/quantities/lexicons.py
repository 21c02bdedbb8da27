"""The word lists the quantities plugin reads, compiled once per pipeline.

Every list is a lexicon (``geoevents/data/<name>.tsv``) that other plugins can extend through
``geoevents_lexicon_entries``; :func:`compiled` merges them through the pipeline's
:class:`~geoevents.resources.Context` and keeps the compiled result for as long as the context
lives (and for other contexts with the same lexicons).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from geoevents.plugins.quantities.tokens import PUNCT, WORD, Token, tokenize
from geoevents.resources import Context
from geoevents.text.currencies import CurrencySigns
from geoevents.text.determiners import determiners
from geoevents.text.numbers import (
    FRACTIONS,
    SCALES,
    SMALL_NUMBERS,
    TENS,
    VULGAR_FRACTIONS,
    is_plural_scale,
)
from geoevents.text.patterns import alternation

__all__ = ["LEXICONS", "Grammar", "PhraseTable", "compiled"]

LEXICONS = (
    "units",
    "units_before",
    "time_units",
    "currencies",
    "currency_symbols",
    "casualty_words",
    "quantity_bounds",
    "quantity_bounds_after",
    "vague_amounts",
    "quantity_identifiers",
    "quantity_date_words",
    "quantity_time_markers",
    "quantity_age_words",
    "quantity_stop_words",
    "quantity_plural_nouns",
    "quantity_tally_words",
    "quantity_total_nouns",
    "quantity_total_links",
    "quantity_amount_nouns",
    "quantity_role_links",
    "quantity_year_words",
    "quantity_one_idioms",
    "quantity_address_words",
    "quantity_model_numbers",
    "quantity_change_words",
    "determiners",
)
"""The names of the lexicons the plugin reads (see the plugin's documentation page)."""

Window = Sequence[tuple[str, str]]
"""Words to match a phrase against, each as ``(text, lower-case text)``."""


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(token.text for token in tokenize(phrase, 0, len(phrase)))


def _is_exact(words: tuple[str, ...]) -> bool:
    """Symbols, codes and short abbreviations match case-sensitively; words do not."""
    joined = "".join(words)
    return not joined.islower() or len(joined) <= 2 or (not joined.isalpha() and len(words) == 1)


class PhraseTable:
    """Phrases (one or more tokens) with a value, matched against tokens forward or backward.

    Lower-case words match in any case and in the plural ("kilometre" matches "Kilometres");
    anything with a capital, a symbol or at most two letters matches exactly as written ("MW",
    "km", "$").
    """

    def __init__(self, entries: Mapping[str, str], *, plurals: bool = True) -> None:
        forward: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        backward: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.longest = 0
        """The number of tokens in the longest phrase."""
        for phrase, value in entries.items():
            words = _words(phrase)
            if not words:
                continue
            exact = _is_exact(words)
            if not exact:
                words = tuple(word.lower() for word in words)
            variants = [words]
            if plurals and not exact and words[-1].isalpha() and len(words[-1]) >= 3:
                last = words[-1]
                variants += [(*words[:-1], last + "s"), (*words[:-1], last + "es")]
            for variant in variants:
                key = variant if exact else tuple(w.lower() for w in variant)
                tagged = tuple(("=" if exact else "~") + w for w in key)
                forward.setdefault(tagged[0], []).append((tagged, value))
                backward.setdefault(tagged[-1], []).append((tagged[::-1], value))
                self.longest = max(self.longest, len(tagged))
        for table in (forward, backward):
            for options in table.values():
                options.sort(key=lambda option: -len(option[0]))
        self._forward = forward
        self._backward = backward

    def __bool__(self) -> bool:
        return bool(self._forward)

    def match(self, window: Window) -> tuple[str, int] | None:
        """The value and length of the longest phrase at the start of ``window``."""
        return _longest(self._forward, window)

    def match_reversed(self, window: Window) -> tuple[str, int] | None:
        """The longest phrase ending where ``window`` (given last word first) starts."""
        return _longest(self._backward, window)


def _longest(
    table: Mapping[str, list[tuple[tuple[str, ...], str]]], window: Window
) -> tuple[str, int] | None:
    if not window:
        return None
    text, lower = window[0]
    best: tuple[str, int] | None = None
    for key in ("=" + text, "~" + lower):
        for words, value in table.get(key, ()):
            if best is not None and len(words) <= best[1]:
                break  # options are sorted longest first
            if len(words) <= len(window) and all(
                _same(word, window[index]) for index, word in enumerate(words)
            ):
                best = value, len(words)
                break
    return best


def _same(tagged: str, item: tuple[str, str]) -> bool:
    return tagged[1:] == (item[0] if tagged[0] == "=" else item[1])


@attrs.frozen(kw_only=True)
class Grammar:
    """Everything the plugin knows, compiled from its lexicons."""

    units: PhraseTable
    """Units written after a number: ``km``, ``per cent``, ``square kilometres``..."""
    units_before: PhraseTable
    """Units written before a number: ``magnitude`` (7.1)."""
    time_units: PhraseTable
    """Units of time: a number with one is a duration (the dates plugin's), or an age."""
    currencies: PhraseTable
    """Currencies written after a number: ``dollars``, ``Australian dollars``, ``EUR``."""
    currency_symbols: PhraseTable
    """Currencies written before a number: ``$``, ``US$``, ``€``, ``Rs``, ``EUR``."""
    letter_currencies: frozenset[str]
    """Currency signs made of letters, which may be glued to the digits ("Rs500")."""
    currency_signs: CurrencySigns
    """Reads a sign written with a country's letters: "HK $", "$A", "NZ$"."""
    casualties: PhraseTable
    """Words that give a count a casualty role: ``killed``, ``wounded``, ``displaced``..."""
    bounds: PhraseTable
    """Bound words before a number: ``more than`` -> ``more_than``."""
    bounds_after: PhraseTable
    """Bound words after a number: ``or more`` -> ``at_least``."""
    vague: PhraseTable
    """Words of vague counts and their unit: ``dozens`` -> 12, ``several`` -> 3."""
    identifiers: frozenset[str]
    """Nouns that make the number after them a name: ``section``, ``article``, ``flight``."""
    age_nouns: frozenset[str]
    """Identifiers of ages (``age``), whose figure is an age wherever it is written."""
    date_words: frozenset[str]
    """Month names and their abbreviations, as written."""
    time_markers: PhraseTable
    """Words after a number that make it a clock time: ``am``, ``GMT``, ``local time``."""
    age_words: PhraseTable
    """Words after a number that make it an age: ``year-old``, ``years old``."""
    stop_words: frozenset[str]
    """Words that end a counted noun phrase: prepositions, verbs, pronouns..."""
    plural_nouns: frozenset[str]
    """Plural nouns without a final s: ``people``, ``children``, ``aircraft``."""
    tally_words: frozenset[str]
    """Words that make "312 to 14" or "13-0" a vote tally (two counts), not a range or score."""
    total_nouns: frozenset[str]
    """Nouns whose figure is given after them: ``toll``, ``crowd``, ``total``."""
    total_links: frozenset[str]
    """Words between such a noun and its figure: ``rose``, ``to``, ``at``."""
    amount_nouns: frozenset[str]
    """Nouns naming what an amount measures (``total``, ``worth``): never the counted noun."""
    role_links: frozenset[str]
    """Words between a count and the casualty word after it: ``were``, ``reportedly``."""
    year_words: frozenset[str]
    """Words before a four-digit number that make it a year: ``in``, ``since``, ``the``."""
    one_after: frozenset[str]
    """Words after "one" that make it an idiom: ``another``, ``day``."""
    one_before: frozenset[str]
    """Words before "one" that make it a pronoun: ``the``, ``each``, ``no``."""
    address_words: frozenset[str]
    """Words that end a street name: ``road``, ``street``."""
    starters: frozenset[str]
    """Lower-case words a number can start with ("two", "a", "half", "dozens", "several")."""
    candidates: regex.Pattern[str]
    """Finds where numbers may be: digits, "-fold", and the starters but "a", "an" and the
    quantifiers ("several", "some"), which count only before a scale word that is found
    itself."""
    fraction_candidates: regex.Pattern[str]
    """The candidates and the vulgar fractions ("½"), for texts that have one."""
    vulgar: regex.Pattern[str]
    """Finds a vulgar fraction character: a text with none is searched without them."""
    model_numbers: frozenset[str]
    """Numbers that name a model unless a plural noun follows: ``737``, ``787``."""
    change_words: frozenset[str]
    """Words of change before "from X to Y", which then gives two figures: ``rose``."""
    determiners: frozenset[str]
    """Articles, demonstratives and possessives: "their 787" names a model, counts nothing."""
    partitive_determiners: frozenset[str]
    """Definite determiners, which after "of" make a partitive: "14 of the 20 hostages"."""

    def is_stop(self, token: Token) -> bool:
        """Whether ``token`` cannot be part of a counted noun phrase."""
        if token.kind != WORD:
            return token.kind != PUNCT or token.text not in {"-", "'", "’"}
        if len(token.text) > 1 and token.text.isupper():
            return False  # "US", "UN": names, not the pronoun "us"
        return token.lower in self.stop_words


def _words_of(entries: Iterable[str], *, lower: bool = True) -> frozenset[str]:
    return frozenset(entry.lower() if lower else entry for entry in entries)


def _starters(vague: Mapping[str, str]) -> frozenset[str]:
    words = {*SMALL_NUMBERS, *TENS, *SCALES, *FRACTIONS, "dozen", "a", "an", "half"}
    words.update(phrase.split()[0].lower() for phrase in vague if phrase.split())
    return frozenset(words)


_WINDOW_FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "tenth"})


def _candidates(
    starters: frozenset[str], vague: Mapping[str, str], *, fractions: bool = False
) -> regex.Pattern[str]:
    quantifiers = {phrase.lower() for phrase in vague if not is_plural_scale(phrase)}
    # Every word here is tried on every text: of the fractions, only those news writes with
    # "a" ("a third", "a tenth") open a window; "three eighths" is found by its "three".
    rare = {word for word in FRACTIONS if word.removesuffix("s") not in _WINDOW_FRACTIONS}
    alternatives = alternation(starters - quantifiers - rare - {"a", "an"})
    vulgar = f"|[{''.join(VULGAR_FRACTIONS)}]" if fractions else ""
    # "-fold" is found as itself, not by trying every word ("sixfold", "three-fold")
    return regex.compile(rf"\d+{vulgar}|fold\b|(?<!\p{{L}})(?:{alternatives})", regex.IGNORECASE)


def _idioms(entries: Mapping[str, str], where: str) -> frozenset[str]:
    return frozenset(word.lower() for word, value in entries.items() if value in {where, "both"})


@functools.lru_cache(maxsize=8)
def _compile(key: tuple[tuple[tuple[str, str], ...], ...]) -> Grammar:
    lexicons = {name: dict(items) for name, items in zip(LEXICONS, key, strict=True)}
    symbols = lexicons["currency_symbols"]
    return Grammar(
        units=PhraseTable(lexicons["units"]),
        units_before=PhraseTable(lexicons["units_before"]),
        time_units=PhraseTable(lexicons["time_units"]),
        currencies=PhraseTable(lexicons["currencies"]),
        currency_symbols=PhraseTable(symbols, plurals=False),
        letter_currencies=frozenset(s for s in symbols if s.isalpha() or s.rstrip(".").isalpha()),
        currency_signs=CurrencySigns(symbols, lexicons["currencies"]),
        casualties=PhraseTable(lexicons["casualty_words"], plurals=False),
        bounds=PhraseTable(lexicons["quantity_bounds"], plurals=False),
        bounds_after=PhraseTable(lexicons["quantity_bounds_after"], plurals=False),
        vague=PhraseTable(lexicons["vague_amounts"], plurals=False),
        identifiers=_words_of(lexicons["quantity_identifiers"]),
        age_nouns=_idioms(lexicons["quantity_identifiers"], "age"),
        date_words=_words_of(lexicons["quantity_date_words"], lower=False),
        time_markers=PhraseTable(lexicons["quantity_time_markers"], plurals=False),
        age_words=PhraseTable(lexicons["quantity_age_words"], plurals=False),
        stop_words=_words_of(lexicons["quantity_stop_words"]),
        plural_nouns=_words_of(lexicons["quantity_plural_nouns"]),
        tally_words=_words_of(lexicons["quantity_tally_words"]),
        total_nouns=_words_of(lexicons["quantity_total_nouns"]),
        total_links=_words_of(lexicons["quantity_total_links"]),
        amount_nouns=_words_of(lexicons["quantity_amount_nouns"]),
        role_links=_words_of(lexicons["quantity_role_links"]),
        year_words=_words_of(lexicons["quantity_year_words"]),
        one_after=_idioms(lexicons["quantity_one_idioms"], "after"),
        one_before=_idioms(lexicons["quantity_one_idioms"], "before"),
        address_words=_words_of(lexicons["quantity_address_words"]),
        model_numbers=_words_of(lexicons["quantity_model_numbers"]),
        change_words=_words_of(lexicons["quantity_change_words"]),
        determiners=determiners(
            lexicons["determiners"], "definite", "indefinite", "demonstrative", "possessive"
        ),
        partitive_determiners=determiners(
            lexicons["determiners"], "definite", "demonstrative", "possessive", "predeterminer"
        ),
        starters=(starters := _starters(lexicons["vague_amounts"])),
        candidates=_candidates(starters, lexicons["vague_amounts"]),
        fraction_candidates=_candidates(starters, lexicons["vague_amounts"], fractions=True),
        vulgar=regex.compile(f"[{''.join(VULGAR_FRACTIONS)}]"),
    )


def compiled(context: Context) -> Grammar:
    """The plugin's lexicons in ``context``, compiled on first use and then kept with it."""
    return context.built("quantities.lexicons", _build)


def _build(context: Context) -> Grammar:
    return _compile(tuple(tuple(sorted(context.lexicon(name).items())) for name in LEXICONS))
