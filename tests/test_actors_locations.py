"""Golden sentences of our own for the actors and locations plugins and their shared reading."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from geoevents.model import Document
from geoevents.plugins.actors import find_actors
from geoevents.plugins.locations import find_locations
from geoevents.resources import Context
from geoevents.text.placeuse import place_use, place_use_lexicons

CONTEXT = Context()
DAY = dt.date(2025, 9, 8)


def actors(text: str) -> list[tuple[str, str, str, str | None]]:
    document = Document(text=text, published=DAY)
    return [(a.text, a.name, a.kind, a.country) for a in find_actors(document, CONTEXT)]


def places(text: str) -> list[tuple[str, str, str | None]]:
    document = Document(text=text, published=DAY)
    return [(p.text, p.name, p.country) for p in find_locations(document, CONTEXT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russian drones hit the port.", [("Russian", "Russia", "country", "RUS")], id="demonym"
        ),
        pytest.param(
            "The Kremlin rejected the offer.",
            [("The Kremlin", "Russia", "country", "RUS")],
            id="seat",
        ),
        pytest.param(
            "Beijing said the talks would go on.",
            [("Beijing", "China", "country", "CHN")],
            id="capital-as-government",
        ),
        pytest.param(
            "The deal was signed in Ankara last week.", [], id="capital-as-place-is-no-actor"
        ),
        pytest.param(
            "Officials at China's commerce ministry declined to comment.",
            [("China's commerce ministry", "Chinese Commerce Ministry", "organization", "CHN")],
            id="ministry-with-its-country",
        ),
        pytest.param(
            "Pistorius and Lavrov spoke by phone.",
            [
                ("Pistorius", "Boris Pistorius", "person", "DEU"),
                ("Lavrov", "Sergei Lavrov", "person", "RUS"),
            ],
            id="surnames-by-date",
        ),
        pytest.param(
            "Nato and the UN met. The EU abstained.",
            [
                ("Nato", "NATO", "organization", None),
                ("UN", "United Nations", "organization", None),
                ("EU", "European Union", "organization", None),
            ],
            id="organisations-by-acronym",
        ),
        pytest.param(
            "Anna Kowalczyk of Baltic Freight Lines said costs rose. Kowalczyk left early.",
            [
                ("Anna Kowalczyk", "Anna Kowalczyk", "person", None),
                ("Baltic Freight Lines", "Baltic Freight Lines", "organization", None),
                ("Kowalczyk", "Anna Kowalczyk", "person", None),
            ],
            id="later-surname-mention",
        ),
        pytest.param(
            "The Nordic Timber Association (NTA) objected. The NTA will appeal.",
            [
                ("Nordic Timber Association", "Nordic Timber Association", "organization", None),
                ("NTA", "Nordic Timber Association", "organization", None),
                ("NTA", "Nordic Timber Association", "organization", None),
            ],
            id="acronym-in-parentheses",
        ),
        pytest.param("God knows. Smoke rose on Monday in March.", [], id="not-actors"),
        pytest.param("Section 333 funds training.", [], id="designation-with-a-number"),
        pytest.param("Harbour View\nThe ferries ran late.", [], id="page-furniture"),
        pytest.param("She admired the web browser Vantor.", [], id="product-after-its-class"),
        # a surname the gazetteer knows is the article's own person when it names one in full
        pytest.param(
            "The chef Tom Starmer opened a bistro. Starmer said the menu would change.",
            [
                ("Tom Starmer", "Tom Starmer", "person", None),
                ("Starmer", "Tom Starmer", "person", None),
            ],
            id="a-namesake-named-in-full",
        ),
        pytest.param(
            "Starmer said the talks would go on.",
            [("Starmer", "Keir Starmer", "person", "GBR")],
            id="the-known-person-otherwise",
        ),
    ],
)
def test_actors(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Drones hit central Kyiv.", [("Kyiv", "Kyiv", "UKR")], id="directional"),
        pytest.param(
            "Fighting raged in eastern Ukraine.", [("Ukraine", "Ukraine", "UKR")], id="region-of"
        ),
        pytest.param("Ships crossed the Black Sea.", [("Black Sea", "Black Sea", None)], id="sea"),
        pytest.param(
            "Rain fell in Paris, Texas.",
            [("Paris", "Paris", "USA"), ("Texas", "Texas", "USA")],
            id="city-in-its-region",
        ),
        pytest.param("Moscow said it would respond.", [], id="capital-as-government"),
        pytest.param("US indecision emboldened them.", [], id="agent-of-an-action"),
        pytest.param("The Kremlin said no.", [], id="seat-as-government"),
        pytest.param(
            "We left. Nice to see you. Of the ten, three stayed.", [], id="false-place-words"
        ),
        pytest.param("The West must act.", [], id="the-west-is-no-region"),
        pytest.param("They flew China Eastern Airlines.", [], id="place-inside-a-name"),
        pytest.param("It costs US$40.", [], id="currency"),
        pytest.param(
            "A German magazine broke the story.",
            [("German", "Germany", "DEU")],
            id="demonym-as-place",
        ),
        pytest.param(
            "The jet landed at Lakemoor International Airport.",
            [("Lakemoor International Airport", "Lakemoor International Airport", None)],
            id="facility",
        ),
        pytest.param("The international airport was closed.", [], id="a-facility-without-a-name"),
        pytest.param(
            "“We need new engines,” said Angers.", [], id="a-town-named-speaker-is-no-place"
        ),
        pytest.param(
            "The American firm sold its plant.",
            [("American", "United States", "USA")],
            id="a-shared-demonym-is-the-most-populous-country",
        ),
        pytest.param(
            "The Lakemoor International Airport was closed.",
            [("Lakemoor International Airport", "Lakemoor International Airport", None)],
            id="a-facility-after-the",
        ),
        pytest.param(
            "The 2016 ticket of Ohio governor Gary Johnson for president won votes.",
            [("Ohio", "Ohio", "USA")],
            id="a-given-name-before-for-president-is-no-town",
        ),
    ],
)
def test_locations(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "use"),
    [
        pytest.param("Troops entered northern Syria.", "Syria", "place", id="modifier"),
        pytest.param("Aid reached Gaza via Egypt.", "Egypt", "place", id="preposition"),
        pytest.param("Russia's biggest air attack", "Russia", "agent", id="possessive-agent"),
        pytest.param("a US-led effort", "US", "agent", id="led"),
        pytest.param("the leadership of France", "France", "agent", id="of-agent"),
        pytest.param("countries, including Spain, agreed", "Spain", "agent", id="polity"),
        pytest.param("reports that the US is planning", "US", "agent", id="subordinate-subject"),
        pytest.param("while US markets were closed", "US", "plain", id="modifier-not-subject"),
        pytest.param("a Lyon-based firm", "Lyon", "place", id="based"),
        pytest.param("to bring Moscow to the table", "Moscow", "agent", id="object-of-agent-verb"),
    ],
)
def test_place_use(text: str, name: str, use: str) -> None:
    start = text.index(name)
    assert place_use(text, start, start + len(name), place_use_lexicons(CONTEXT)) == use


ARTICLES = [
    "Russia’s army fired 40 missiles at Kharkiv, Ukraine’s air force said. Putin and Xi met "
    "in Beijing while the US and the EU weighed sanctions on Moscow.",
    "Apple Computer (AC) said its Lakemoor plant near Cupertino, California, would close. "
    "Apple shares fell in London and New York.",
    "",
    "   \n\n",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_offsets_are_exact_and_layers_do_not_overlap(text: str) -> None:
    document = Document(text=text, published=DAY)
    for found in (find_actors(document, CONTEXT), find_locations(document, CONTEXT)):
        for mention in found:
            assert text[mention.start : mention.end] == mention.text
        spans = sorted((m.start, m.end) for m in found)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize("text", ARTICLES)
def test_results_are_deterministic(text: str) -> None:
    document = Document(text=text, published=DAY)
    assert find_actors(document, Context()) == find_actors(document, CONTEXT)
    assert find_locations(document, Context()) == find_locations(document, CONTEXT)
