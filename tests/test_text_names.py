"""geoevents.text.names: names, titles, honorifics, genders, fullest forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoevents.resources import Context
from geoevents.text.names import NameFinder, NameIndex, NameLexicons, name_tokens

FINDER = NameFinder(NameLexicons.from_lexicons(Context().lexicon))

NAMES = [
    ("plain", "Anna Berg spoke.", [("Anna Berg", None, "f")]),
    (
        "title-in-run",
        "Estonian Prime Minister Kaja Tamm spoke.",
        [("Kaja Tamm", "Estonian Prime Minister", "f")],
    ),
    ("lowercase-title-before", "the spokesman Jonas Berg", [("Jonas Berg", "spokesman", "m")]),
    ("honorific", "Mrs. Alder and Mr. Smit", [("Alder", "Mrs.", "f"), ("Smit", "Mr.", "m")]),
    ("particles", "Ursula von der Leyen arrived.", [("Ursula von der Leyen", None, "f")]),
    (
        "arabic-particles",
        "Sheikh Hamad bin Khalifa Al Thani",
        [("Hamad bin Khalifa Al Thani", "Sheikh", "m")],
    ),
    ("hyphenated-article", "Bashar al-Assad", [("Bashar al-Assad", None, "m")]),
    ("hyphenated-given-name", "Ban Ki-moon spoke.", [("Ban Ki-moon", None, None)]),
    ("hyphenated-adjective-is-cut", "Kremlin-backed forces", [("Kremlin", None, None)]),
    ("sentence-starter-cut", "But Tamm said no.", [("Tamm", None, None)]),
    (
        "full-stop-splits",
        "He was in Kyiv. Zelensky spoke.",
        [("Kyiv", None, None), ("Zelensky", None, None)],
    ),
    ("initials", "J. K. Rowling wrote.", [("J. K. Rowling", None, None)]),
    ("bare-title-is-not-a-name", "The President spoke.", []),
    (
        "title-of-place",
        "Prime Minister of Moldova Ion Ciobanu spoke.",
        [("Ion Ciobanu", "Prime Minister of Moldova", None)],
    ),
    (
        "title-of-place-given-name",
        "Director of National Archives Maria Lund spoke.",
        [("Maria Lund", "Director of National Archives", "f")],
    ),
    ("title-of-place-without-name", "The Governor of Texas spoke.", []),
    (
        "person-of-a-place",
        "Rep. Jo Lund of Maine spoke.",
        [("Jo Lund", "Rep", None), ("Maine", None, None)],
    ),
    ("body-with-of", "The University of Tartu spoke.", [("University of Tartu", None, None)]),
    (
        "appositive-title",
        "The spokeswoman, Ines Moreau, spoke.",
        [("Ines Moreau", "spokeswoman", "f")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_names(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(n.text, n.title, n.gender) for n in FINDER.names(text)] == expected


def test_possessive_is_marked_and_left_out() -> None:
    (name,) = FINDER.names("Anna Berg’s plan")
    assert (name.text, name.possessive) == ("Anna Berg", True)


def test_person_evidence() -> None:
    people = {
        n.text: n.person for n in FINDER.names("Minister Ole Dahl met Anna Berg in Riga Port.")
    }
    assert people == {"Ole Dahl": True, "Anna Berg": True, "Riga Port": False}


BODY_NAMES = [
    pytest.param(
        "Inflation rose, the Office for National Statistics said.",
        ["Inflation", "Office for National Statistics"],  # the caller judges the first word
        id="for-after-a-body",
    ),
    pytest.param(
        "The Commission on the Status of Women met.",
        ["Commission on the Status of Women"],
        id="on-the-after-a-body",
    ),
    pytest.param(
        "The Coalition against Hunger sent food.", ["Coalition against Hunger"], id="against"
    ),
    pytest.param(
        "The Accountability Office on June 18 called for a rerun.",
        ["Accountability Office", "June"],
        id="no-date-after-on",
    ),
    pytest.param(
        "Ana Ruiz on Tuesday met Paulo Reis for Lunch.",
        ["Ana Ruiz", "Paulo Reis", "Lunch"],
        id="no-join-after-a-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NAMES)
def test_a_bodys_name_runs_through_for_on_and_against(text: str, expected: list[str]) -> None:
    assert [n.text for n in FINDER.names(text)] == expected


@pytest.mark.parametrize(
    ("mention", "offset", "expected"),
    [
        ("Putin", 100, "Vladimir Putin"),
        ("Clinton", 15, "Bill Clinton"),
        ("Clinton", 60, "Hillary Clinton"),
        ("Clinton", 5, "Bill Clinton"),
        ("Xi", 100, "Xi Jinping"),
        ("Scholz", 100, "Scholz"),
    ],
    ids=["surname", "most-recent-before", "later-one", "first-after", "first-word", "unknown"],
)
def test_fullest(mention: str, offset: int, expected: str) -> None:
    index = NameIndex()
    index.add("Vladimir Putin", 0)
    index.add("Bill Clinton", 10)
    index.add("Hillary Clinton", 50)
    index.add("Xi Jinping", 70)
    assert index.fullest(mention, offset) == expected


def test_name_tokens() -> None:
    assert name_tokens("Martin Luther King Jr.") == ["Martin", "Luther", "King"]
    assert name_tokens("Anna Berg’s") == ["Anna", "Berg"]


@given(st.text(max_size=200))
def test_names_are_at_their_offsets(text: str) -> None:
    for name in FINDER.names(text):
        assert text[name.start : name.end] == name.text
        if name.title_start is not None:
            assert name.title_start <= name.start


PIECES = st.sampled_from([*"AaBbKk .,'’-\n", "Mr. ", "Anna ", "von ", "spokesman ", "The "])


@given(st.lists(PIECES, max_size=40).map("".join))
def test_names_and_words_split_what_names_finds(text: str) -> None:
    names, words = FINDER.names_and_words(text)
    every = FINDER.names(text)
    assert sorted([(n.start, n.end) for n in names] + words) == [(n.start, n.end) for n in every]


def test_names_and_words_keeps_titled_single_words_as_names() -> None:
    text = "The spokesman Peskov met Lavrov in Vilnius."
    names, words = FINDER.names_and_words(text)
    assert [(n.text, n.title) for n in names] == [("Peskov", "spokesman")]
    assert [text[start:end] for start, end in words] == ["Lavrov", "Vilnius"]


def test_fullest_between_two_longer_names_is_the_same_in_every_process() -> None:
    index = NameIndex()
    index.add("Hana Dvorak", 0)
    index.add("Petr Dvorak", 10)
    index.add("Dvorak", 20)  # written alone with a title: "Minister Dvorak"
    # Both full names contain the one chosen: the nearer before the mention wins, not set order.
    assert index.fullest("Dvorak", 30) == "Petr Dvorak"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said al-Hakim on Monday", ["al-Hakim"]),
        ("Bashir bin Nasser spoke", ["Bashir bin Nasser"]),
        ("(al-Sadr) spoke", ["al-Sadr"]),
        ("xal-Hakim spoke", ["Hakim"]),
    ],
    ids=[
        "prefix-after-a-lower-case-word",
        "particle-inside",
        "prefix-after-a-bracket",
        "no-prefix-inside-a-word",
    ],
)
def test_article_prefixes(text: str, expected: list[str]) -> None:
    assert [n.text for n in FINDER.names(text)] == expected
