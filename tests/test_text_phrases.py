"""The phrase matcher: a golden table of its rules, and properties against a brute-force search."""

from __future__ import annotations

import marshal
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents.text.phrases import Case, Phrase, PhraseMatcher, phrase_key

NAMES = [
    ("US", "USA"),
    ("U.K.", "GBR"),
    ("NATO", "NATO"),
    ("WHO", "WHO"),
    ("M23", "M23"),
    ("al-Shabaab", "SHABAAB"),
    ("Côte d'Ivoire", "CIV"),
    ("Ukraine", "UKR"),
    ("Houthis", "HOUTHIS"),
    ("Guinea", "GIN"),
    ("Guinea-Bissau", "GNB"),
    ("Georgia", "GEO"),
    ("Georgia", "US-GA"),
    ("Reading", "READING"),
    ("New York", "NY"),
    ("New York City", "NYC"),
    ("St. Petersburg", "LED"),
    ("Washington, D.C.", "DC"),
    ("People's Republic of China", "CHN"),
    ("the Gulf", "GULF"),
    ("Türkiye", "TUR"),
    ("Black Sea", "BLACK_SEA"),
    ("Strait of Hormuz", "HORMUZ"),
    ("the Atlantic", "ATLANTIC"),
    ("Atlantic Ocean", "ATLANTIC"),
]
MATCHER = PhraseMatcher(NAMES)


def found(text: str, matcher: PhraseMatcher[Any] = MATCHER) -> list[tuple[str, tuple[Any, ...]]]:
    return [(m.text, m.payloads) for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "told us that the US", [("US", ("USA",))], id="short-acronym-only-in-capitals"
        ),
        pytest.param("Us and US", [("US", ("USA",))], id="short-acronym-not-title-case"),
        pytest.param("U.S. forces", [("U.S.", ("USA",))], id="dotted-acronym-matches-plain-name"),
        pytest.param("U.S.-led talks", [("U.S.", ("USA",))], id="dotted-acronym-before-hyphen"),
        pytest.param(
            "the UK and the U.K.",
            [("UK", ("GBR",)), ("U.K.", ("GBR",))],
            id="plain-acronym-matches-dotted-name",
        ),
        pytest.param(
            "Nato and NATO",
            [("Nato", ("NATO",)), ("NATO", ("NATO",))],
            id="long-acronym-in-title-case",
        ),
        pytest.param("nato summit", [], id="long-acronym-not-lower-case"),
        pytest.param(
            "Who is the WHO", [("WHO", ("WHO",))], id="three-letter-acronym-not-title-case"
        ),
        pytest.param("M23 and m23", [("M23", ("M23",))], id="acronym-with-digits-in-capitals"),
        pytest.param("al-Shabaab", [("al-Shabaab", ("SHABAAB",))], id="hyphenated-as-written"),
        pytest.param("al Shabaab", [("al Shabaab", ("SHABAAB",))], id="hyphen-written-as-space"),
        pytest.param(
            "Al-Shabaab", [("Al-Shabaab", ("SHABAAB",))], id="lower-case-particle-capitalised"
        ),
        pytest.param("al-shabaab", [], id="capitalised-word-not-lower-case"),
        pytest.param(
            "Cote d’Ivoire", [("Cote d’Ivoire", ("CIV",))], id="accents-and-curly-apostrophe"
        ),
        pytest.param(
            "Côte D'Ivoire", [("Côte D'Ivoire", ("CIV",))], id="lower-case-word-in-any-case"
        ),
        pytest.param("Ukraine's army", [("Ukraine", ("UKR",))], id="possessive-left-out-of-span"),
        pytest.param("Ukraine’s army", [("Ukraine", ("UKR",))], id="curly-possessive-left-out"),
        pytest.param(
            "the Houthis' drones", [("Houthis", ("HOUTHIS",))], id="plural-possessive-left-out"
        ),
        pytest.param(
            "People’s Republic of China",
            [("People’s Republic of China", ("CHN",))],
            id="possessive-inside-a-name",
        ),
        pytest.param("the Georgian capital", [], id="word-boundary-at-end"),
        pytest.param("Ukrainian and preUkraine", [], id="word-boundary-both-sides"),
        pytest.param(
            "Kremlin-backed Ukraine-based",
            [("Ukraine", ("UKR",))],
            id="name-before-hyphenated-word",
        ),
        pytest.param(
            "Guinea-Bissau and Guinea",
            [("Guinea-Bissau", ("GNB",)), ("Guinea", ("GIN",))],
            id="longest-match-first",
        ),
        pytest.param(
            "New York City Hall", [("New York City", ("NYC",))], id="longest-of-nested-names"
        ),
        pytest.param(
            "New York. City officials", [("New York", ("NY",))], id="no-join-across-a-full-stop"
        ),
        pytest.param("New York, City", [("New York", ("NY",))], id="no-join-across-a-comma"),
        pytest.param("New\nYork", [], id="no-join-across-a-line-break"),
        pytest.param("Black  Sea", [("Black  Sea", ("BLACK_SEA",))], id="several-spaces-join"),
        pytest.param(
            "Black\u00a0Sea", [("Black\u00a0Sea", ("BLACK_SEA",))], id="no-break-space-joins"
        ),
        pytest.param("Black/Sea", [], id="slash-breaks"),
        pytest.param(
            "St. Petersburg and St Petersburg",
            [("St. Petersburg", ("LED",)), ("St Petersburg", ("LED",))],
            id="abbreviation-stop-optional",
        ),
        pytest.param(
            "Washington, D.C.", [("Washington, D.C.", ("DC",))], id="comma-where-the-name-has-one"
        ),
        pytest.param("Georgia", [("Georgia", ("GEO", "US-GA"))], id="one-name-several-payloads"),
        pytest.param(
            "reading Reading READING",
            [("Reading", ("READING",)), ("READING", ("READING",))],
            id="capitalised-name-not-lower-case",
        ),
        pytest.param("The Gulf and the gulf", [("The Gulf", ("GULF",))], id="article-in-any-case"),
        pytest.param(
            "Turkiye, TÜRKIYE",
            [("Turkiye", ("TUR",)), ("TÜRKIYE", ("TUR",))],
            id="accent-folded-and-all-capitals",
        ),
        pytest.param(
            "STRAIT OF HORMUZ", [("STRAIT OF HORMUZ", ("HORMUZ",))], id="headline-capitals"
        ),
        pytest.param(
            "Strait Of Hormuz", [("Strait Of Hormuz", ("HORMUZ",))], id="title-case-particle"
        ),
        pytest.param(
            "crossed the Atlantic Ocean",
            [("Atlantic Ocean", ("ATLANTIC",))],
            id="a-name-without-its-article-reaching-further-wins",
        ),
        pytest.param(
            "crossed the Atlantic", [("the Atlantic", ("ATLANTIC",))], id="the-article-kept-else"
        ),
        pytest.param("", [], id="empty-text"),
    ],
)
def test_rules(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        pytest.param(
            Phrase("CARE", "care", Case.EXACT),
            "Care and CARE",
            ["CARE"],
            id="exact-refuses-title-case",
        ),
        pytest.param(
            Phrase("Kyiv", "kyiv", Case.EXACT), "KYIV Kyiv", ["Kyiv"], id="exact-refuses-capitals"
        ),
        pytest.param(
            Phrase("Kremlin", "k", Case.IGNORE),
            "the kremlin",
            ["kremlin"],
            id="ignore-takes-lower-case",
        ),
    ],
)
def test_case_overrides(phrase: Phrase[str], text: str, expected: list[str]) -> None:
    assert [m.text for m in PhraseMatcher([phrase]).find(text)] == expected


def test_a_longer_name_written_wrongly_falls_back_to_a_shorter_one() -> None:
    matcher = PhraseMatcher([("Black", 1), ("Black Sea", 2)])
    assert found("Black sea", matcher) == [("Black", (1,))]


def test_offsets_are_into_the_whole_text_when_searching_part_of_it() -> None:
    text = "Kyiv. Then Ukraine and Ukraine"
    matches = PhraseMatcher([("Ukraine", 1)]).find(text, 6, 20)
    assert [(m.start, m.end) for m in matches] == [(11, 18)]


def test_payloads_of_one_name_are_deduplicated_in_order() -> None:
    matcher = PhraseMatcher([("Georgia", "b"), ("Georgia", "a"), ("Georgia", "b")])
    assert matcher.lookup("Georgia") == ("b", "a")


def test_lookup_applies_the_case_rules() -> None:
    assert MATCHER.lookup("U.S.") == ("USA",)
    assert MATCHER.lookup("us") == ()
    assert MATCHER.lookup("Ukraine's") == ()
    assert MATCHER.lookup("Nowhere") == ()


@pytest.mark.parametrize("name", ["", "  ", "(", "Pekin'", "Kyiv/Kiev", "New\nYork"])
def test_names_no_text_could_match_are_refused(name: str) -> None:
    assert phrase_key(name) is None
    with pytest.raises(ValueError, match="cannot match"):
        PhraseMatcher([(name, 1)])


def test_a_snapshot_rebuilds_the_same_matcher_through_marshal() -> None:
    restored: PhraseMatcher[str] = PhraseMatcher.from_snapshot(
        marshal.loads(marshal.dumps(dict(MATCHER.snapshot())))
    )
    text = "Nato, the U.S. and al Shabaab met in St Petersburg, not in Georgia."
    assert restored.find(text) == MATCHER.find(text)
    assert len(restored) == len(MATCHER)


def test_a_snapshot_cannot_change_the_matcher() -> None:
    with pytest.raises(TypeError):
        MATCHER.snapshot()["kyiv"] = (False, (1,), ("KYIV",))  # type: ignore[index]


# -- properties, against a brute-force search ---------------------------------------------------

WORDS = ["ab", "Ab", "AB", "cd", "Cd", "CD", "ef", "Ef", "éf", "xy"]
JOINS = [" ", "  ", "-", ", ", ". ", "'s ", "’s ", "\n", "; ", ""]


def letter(char: str, *, capital: bool) -> str:
    """A character class for one letter of a name: its case forms (capitals only if asked)."""
    base = "e" if char in "éÉ" else char.lower()
    lowers, capitals = ("eé", "EÉ") if base == "e" else (base, base.upper())
    return f"[{capitals}]" if capital else f"[{lowers}{capitals}]"


def word_pattern(word: str) -> str:
    if len(word) > 1 and word.isupper():  # an acronym: capitals only
        return "".join(letter(c, capital=True) for c in word)
    if word[0].isupper():  # capitalised: a capital first, then any case
        return letter(word[0], capital=True) + "".join(letter(c, capital=False) for c in word[1:])
    return "".join(letter(c, capital=False) for c in word)


def brute_force(names: list[str], text: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """Every occurrence of every name by one regular expression per name, then greedy selection.

    An independent statement of the rules for names made of the words above, one space apart.
    """
    candidates: dict[tuple[int, int], list[int]] = {}
    for index, name in enumerate(names):
        body = r"(?:[ \t]+|-)".join(word_pattern(word) for word in name.split(" "))
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])")
        for match in pattern.finditer(text, overlapped=True):
            candidates.setdefault(match.span(), []).append(index)
    chosen, position = [], 0
    for start, end in sorted(candidates, key=lambda span: (span[0], -span[1])):
        if start >= position:
            chosen.append((start, end, tuple(sorted(candidates[start, end]))))
            position = end
    return chosen


names_strategy = st.lists(
    st.builds(" ".join, st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)),
    min_size=1,
    max_size=6,
)
text_strategy = st.builds(
    "".join,
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(JOINS)), max_size=25),
)


@settings(max_examples=300, deadline=None)
@given(names=names_strategy, text=text_strategy)
def test_matches_are_valid_spans_that_never_overlap(names: list[str], text: str) -> None:
    matches = PhraseMatcher((name, i) for i, name in enumerate(names)).find(text)
    position = 0
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert match.start >= position
        position = match.end


@settings(max_examples=500, deadline=None)
@given(names=names_strategy, text=text_strategy)
def test_found_set_equals_a_brute_force_search(names: list[str], text: str) -> None:
    matcher = PhraseMatcher((name, i) for i, name in enumerate(names))
    ours = [(m.start, m.end, tuple(sorted(m.payloads))) for m in matcher.find(text)]
    assert ours == brute_force(names, text)
