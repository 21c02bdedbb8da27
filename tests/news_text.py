"""Hypothesis strategies for news-like text, built from a small grammar of our own.

Arbitrary Unicode finds crashes in the plumbing; text that looks like news reaches the deep
paths of every plugin (numbers with units and bounds, dates, quotes with speakers, names,
places) and the mixtures real articles hold. Every word here is invented for the tests or is a
common English word; no corpus text is used.
"""

from __future__ import annotations

from hypothesis import strategies as st

PEOPLE = ["Ana Berg", "President Olek Marchenko", "Gen. Tomas Reyes", "Ms Idris", "Lavrenko"]
GROUPS = ["the ministry", "Nato", "the UN", "rebels", "the Kremlin", "police", "the army"]
PLACES = ["Kyiv", "central Kharkiv", "Gaza City", "the Black Sea", "Paris", "eastern Ukraine"]
DEMONYMS = ["Russian", "Ukrainian", "Israeli", "French", "Sudanese"]
VERBS = ["fired", "said", "struck", "met", "warned", "pledged", "shot down", "did not attack"]
NOUNS = ["drones", "missiles", "people", "tonnes of grain", "homes", "troops", "barrels"]
UNITS = ["km", "kilometres", "%", "per cent", "mph", "MW", "degrees Celsius"]
CURRENCIES = ["$", "US$", "€", "£", "A$", "Rs", "¥", "HK $"]
SCALES = ["", "m", "bn", " million", " billion", " thousand", " trillion", "k"]
BOUNDS = ["", "more than ", "at least ", "about ", "nearly ", "up to ", "between ", "some "]
NUMBER_WORDS = ["one", "two", "thirteen", "forty-two", "a hundred", "half a million", "dozens"]
MONTHS = ["January", "Sept.", "March", "May", "June", "Dec"]
WEEKDAYS = ["Monday", "Friday", "Sunday", "Tues."]
RELATIVE = ["last week", "next month", "two days earlier", "a year ago", "now", "recently"]
OPENING = ["“", '"', "‘", "'", "«", "``", "„"]
CLOSING = ["”", '"', "’", "'", "»", "''", "“"]
SPACES = [" ", "  ", "\u00a0", "\u202f", "\t", " \u200b"]
BREAKS = ["\n", "\n\n", "\r\n", "\r", " "]
NOISE = ["(", ")", "[", "]", "—", "–", "-", "…", "/", "&amp;", "<b>", "</b>"]
NOISE += ["\x00", "\u202e", "\ufeff"]  # NUL, a bidi override, a byte-order mark


def number() -> st.SearchStrategy[str]:
    """A number as news writes it: digits with separators or decimals, words, fractions."""
    digits = st.integers(min_value=0, max_value=10**12).map(str)
    grouped = st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:,}")
    decimal = st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: f"{x:.2f}")
    fraction = st.sampled_from(["1/2", "3/4", "½", "1⁄128", "2.5e6", "-1.3", "minus 4"])
    return st.one_of(digits, grouped, decimal, fraction, st.sampled_from(NUMBER_WORDS))


def quantity() -> st.SearchStrategy[str]:
    """A bounded amount of something: "more than 800 drones", "$1.5bn", "40 km"."""
    counted = st.tuples(st.sampled_from(BOUNDS), number(), st.sampled_from(NOUNS)).map(
        lambda t: f"{t[0]}{t[1]} {t[2]}"
    )
    money = st.tuples(st.sampled_from(CURRENCIES), number(), st.sampled_from(SCALES)).map(
        lambda t: "".join(t)
    )
    measure = st.tuples(number(), st.sampled_from(UNITS)).map(lambda t: f"{t[0]} {t[1]}")
    ranged = st.tuples(number(), st.sampled_from(["-", " to ", "–"]), number()).map("".join)
    return st.one_of(counted, money, measure, ranged)


def date() -> st.SearchStrategy[str]:
    """A date or time as news writes it."""
    day = st.integers(min_value=0, max_value=40)
    year = st.integers(min_value=1, max_value=2200)
    written = st.tuples(st.sampled_from(MONTHS), day, year).map(lambda t: f"{t[0]} {t[1]}, {t[2]}")
    numeric = st.tuples(day, day, year).map(lambda t: f"{t[0]}/{t[1]}/{t[2]}")
    clock = st.tuples(st.integers(0, 30), st.integers(0, 70)).map(lambda t: f"{t[0]}:{t[1]:02d}")
    named = st.sampled_from([*WEEKDAYS, *RELATIVE, "the 1990s", "the '70s", "Q3", "mid-2024"])
    return st.one_of(written, numeric, clock, named)


def clause() -> st.SearchStrategy[str]:
    """A clause: who did what, with what, where and when."""
    who = st.sampled_from([*PEOPLE, *GROUPS, *(f"{d} forces" for d in DEMONYMS)])
    what = st.one_of(quantity(), st.sampled_from(NOUNS))
    where = st.sampled_from(PLACES).map(lambda p: f"in {p}")
    return st.tuples(who, st.sampled_from(VERBS), what, where, date()).map(
        lambda t: f"{t[0]} {t[1]} {t[2]} {t[3]} on {t[4]}"
    )


def quoted() -> st.SearchStrategy[str]:
    """A quotation with or without its attribution, with any pair of marks."""
    return st.tuples(
        st.sampled_from(OPENING),
        clause(),
        st.sampled_from(CLOSING),
        st.sampled_from(["", ", said ", " — ", ": "]),
        st.sampled_from(["", *PEOPLE, "he", "the ministry said"]),
    ).map(lambda t: f"{t[0]}{t[1]}{t[2]}{t[3]}{t[4]}")


def sentence() -> st.SearchStrategy[str]:
    """A sentence: clauses and quotes joined as prose joins them, with some noise."""
    part = st.one_of(clause(), quoted(), quantity(), date(), st.sampled_from(NOISE))
    joiner = st.sampled_from([", ", " and ", "; ", " ", *SPACES])
    return st.tuples(st.lists(st.tuples(part, joiner), min_size=1, max_size=4)).map(
        lambda t: "".join(a + b for a, b in t[0]).strip() + "."
    )


def article() -> st.SearchStrategy[str]:
    """A short article: a headline and paragraphs of sentences, with any line endings."""
    paragraph = st.lists(sentence(), min_size=1, max_size=3).map(" ".join)
    return st.tuples(
        st.lists(st.tuples(paragraph, st.sampled_from(BREAKS)), min_size=1, max_size=4)
    ).map(lambda t: "".join(p + b for p, b in t[0]))
