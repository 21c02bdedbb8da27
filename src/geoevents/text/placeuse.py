"""How a sentence uses a place name: as a place, or as an agent (a government, a people).

A country or a capital names two things: a territory ("fighting in eastern Ukraine", "a court in
London") and the state or government that acts ("Moscow said", "Russia's air attack", "US
indecision"). Which one a mention is, the words around it say:

- **place**: after a locative preposition ("in", "across", "off the coast of"), over "the" and
  a place modifier ("in central Kyiv"), after a place modifier alone ("eastern Ukraine"), or
  before "-based" ("a Lyon-based firm");
- **agent**: the subject of a verb ("the US would not", "Russia said"; a name right after a
  complementiser, "that the US ...", "as the US severs ties"), the possessor or premodifier of
  an action or a force ("Russia's biggest air attack", "US efforts", "Moscow's military",
  "Russian drones"), before "-led" or "-backed", the "of" complement of a word of leading ("the
  leadership of France"), or one of a list of polities ("26 countries – including Ireland",
  "China, Iran and other autocratic states");
- **plain** otherwise ("US markets", "a London court", "Ukrainian president").

>>> from geoevents.resources import Context
>>> lexicons = place_use_lexicons(Context())
>>> text = "Drones hit central Kyiv as Moscow's military said Russia would not stop."
>>> [place_use(text, text.index(w), text.index(w) + len(w), lexicons) for w in
...  ("Kyiv", "Moscow", "Russia")]
['place', 'agent', 'agent']

The word lists are lexicons (``place_prepositions``, ``place_modifiers``, ``agent_nouns``,
``polity_nouns``, ``agent_verbs``, with ``clause_auxiliaries`` and ``reporting_verbs`` for verbs and
``determiners``), so that plugins can extend them; the actors and locations plugins share this
reading, so that a mention is an actor where it is not a place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs
import regex

from geoevents.resources import Context

__all__ = ["AGENT", "PLACE", "PLAIN", "PlaceUseLexicons", "place_use", "place_use_lexicons"]

PLACE = "place"
"""The mention names a territory."""
AGENT = "agent"
"""The mention names a state, a government or a people that acts."""
PLAIN = "plain"
"""The words around the mention do not tell."""

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
_AFTER = regex.compile(r"(?:['’]s?)?[ \t\u00a0]*([-–—,)]?)[ \t\u00a0]*")
_SUBORDINATORS = frozenset(
    {"that", "as", "while", "whereas", "because", "although", "though", "if", "unless", "where"}
)
_COMPOUND_AGENT = regex.compile(r"[-‑](?:led|backed|brokered|sponsored|supported|funded|made)\b")
_COMPOUND_PLACE = regex.compile(r"(?:[-‑]|[ \t])based\b")


@attrs.frozen(kw_only=True, eq=False)
class PlaceUseLexicons:
    """The word lists :func:`place_use` reads (lower case)."""

    prepositions: frozenset[str]
    """Locative prepositions, some of several words ("off the coast of")."""
    modifiers: frozenset[str]
    """Words that locate a part of a place ("central", "eastern")."""
    agent_nouns: Mapping[str, str]
    """Actions and forces whose possessor is their agent, ``of`` when an "of" complement is."""
    polity_nouns: frozenset[str]
    """Nouns for countries as polities ("countries", "states")."""
    verbs: frozenset[str]
    """Auxiliaries and reporting verbs: a name before one is its subject."""
    determiners: frozenset[str]
    """Determiners ("the", "a", "its")."""
    agent_verbs: frozenset[str] = frozenset()
    """Verbs whose object is somebody ("urged", "bring"): a name after one is an agent."""
    reporting_verbs: frozenset[str] = frozenset()
    """Verbs of saying ("said", "told"): a name right after one that ends the clause is the
    speaker ("..., said Angers.")."""

    @classmethod
    def from_lexicons(cls, lexicon: Callable[[str], Mapping[str, str]]) -> PlaceUseLexicons:
        """Read every list through ``lexicon`` (``context.lexicon``)."""
        return cls(
            prepositions=frozenset(p.lower() for p in lexicon("place_prepositions")),
            modifiers=frozenset(m.lower() for m in lexicon("place_modifiers")),
            agent_nouns={k.lower(): v for k, v in lexicon("agent_nouns").items()},
            polity_nouns=frozenset(p.lower() for p in lexicon("polity_nouns")),
            verbs=frozenset(
                v.lower()
                for name in ("clause_auxiliaries", "reporting_verbs")
                for v in lexicon(name)
                if " " not in v
            ),
            determiners=frozenset(d.lower() for d in lexicon("determiners")),
            agent_verbs=frozenset(v.lower() for v in lexicon("agent_verbs")),
            reporting_verbs=frozenset(
                v.lower() for v in lexicon("reporting_verbs") if " " not in v
            ),
        )


def place_use_lexicons(context: Context) -> PlaceUseLexicons:
    """The lexicons of :func:`place_use` in ``context``, read once and kept with it."""
    return context.built("text.placeuse", lambda c: PlaceUseLexicons.from_lexicons(c.lexicon))


def _words_before(text: str, start: int, floor: int) -> list[str]:
    """The lower-case words just before ``start`` (up to six), nearest last, within a clause."""
    window = text[max(floor, start - 70) : start]
    cut = max(window.rfind(mark) for mark in '.;:!?\n()“”"')
    if cut >= 0:
        window = window[cut + 1 :]
    return [w.lower() for w in _WORD.findall(window)][-6:]


def _words_after(text: str, end: int, ceiling: int) -> tuple[str, list[str]]:
    """The mark right after the name (``'s``, a dash, a comma...) and the words after it."""
    mark = _AFTER.match(text, end, ceiling)
    position = mark.end() if mark else end
    punctuation = mark.group(1) if mark else ""
    possessive = text[end : end + 1] in ("'", "’")
    window = text[position : min(ceiling, position + 60)]
    cut = min((i for i in (window.find(c) for c in '.;:!?\n()“”"') if i >= 0), default=-1)
    if cut >= 0:
        window = window[:cut]
    return ("'s" if possessive else punctuation), _WORD.findall(window)[:5]


def place_use(
    text: str,
    start: int,
    end: int,
    lexicons: PlaceUseLexicons,
    *,
    floor: int = 0,
    ceiling: int | None = None,
) -> str:
    """:data:`PLACE`, :data:`AGENT` or :data:`PLAIN`: how the sentence uses ``text[start:end]``.

    :param floor: where the sentence starts (the words before it are not read).
    :param ceiling: where it ends.
    """
    ceiling = len(text) if ceiling is None else ceiling
    before = _words_before(text, start, floor)
    if _COMPOUND_AGENT.match(text, end, ceiling):
        return AGENT
    if _after_preposition(before, lexicons):
        return PLACE
    if before and before[-1] in lexicons.modifiers:
        return PLACE
    if _COMPOUND_PLACE.match(text, end, ceiling):
        return PLACE
    if _object_of_agent_verb(before, lexicons):
        return AGENT
    mark, after = _words_after(text, end, ceiling)
    if _of_agent(before, lexicons) or _polity_before(before, lexicons):
        return AGENT
    if before and before[-1] in lexicons.reporting_verbs and _ends_clause(text, end, ceiling):
        return AGENT  # '"We need engines," said Angers.': the speaker
    if _subject(before, mark, after, text, end, lexicons):
        return AGENT
    if mark in ("'s", "") and _agent_noun_after(after, text, end, lexicons):
        return AGENT
    if (
        mark == ""
        and after[:1] in (["and"], ["or"])
        and lexicons.polity_nouns & {w.lower() for w in after[1:4]}
    ):
        return AGENT  # "Iran and other autocratic states"
    return PLAIN


_CLAUSE_END = regex.compile(r"[ \t\u00a0]*(?:[.,;:!?)\n]|$)")


def _ends_clause(text: str, end: int, ceiling: int) -> bool:
    """Whether the name ends its clause: punctuation or the end of the text follows."""
    return _CLAUSE_END.match(text, end, ceiling) is not None


def _after_preposition(before: list[str], lexicons: PlaceUseLexicons) -> bool:
    i = len(before)
    while i and before[i - 1] in lexicons.modifiers:
        i -= 1
    if i and before[i - 1] == "the":
        i -= 1
    return any(
        " ".join(before[i - size : i]) in lexicons.prepositions
        for size in (1, 2, 3, 4)
        if i >= size
    )


def _object_of_agent_verb(before: list[str], lexicons: PlaceUseLexicons) -> bool:
    """Whether the name is the object of a verb whose object is somebody ("urged Kyiv")."""
    i = len(before)
    if i and before[i - 1] == "the":
        i -= 1
    return i >= 1 and before[i - 1] in lexicons.agent_verbs


def _of_agent(before: list[str], lexicons: PlaceUseLexicons) -> bool:
    """Whether the name is the "of" complement of a word of leading ("the leaders of X")."""
    i = len(before)
    if i and before[i - 1] == "the":
        i -= 1
    return i >= 2 and before[i - 1] == "of" and lexicons.agent_nouns.get(before[i - 2]) == "of"


def _polity_before(before: list[str], lexicons: PlaceUseLexicons) -> bool:
    """Whether the name follows "countries, including" or "states such as"."""
    if len(before) >= 2 and before[-1] == "including" and before[-2] in lexicons.polity_nouns:
        return True
    return (
        len(before) >= 3 and before[-2:] == ["such", "as"] and before[-3] in lexicons.polity_nouns
    )


def _subject(
    before: list[str],
    mark: str,
    after: list[str],
    text: str,
    end: int,
    lexicons: PlaceUseLexicons,
) -> bool:
    i = len(before)
    if i and before[i - 1] == "the":
        i -= 1
    if i and before[i - 1] in _SUBORDINATORS and not (i >= 2 and before[i - 2] == "such"):
        # "that the US ...", "as the US severs ties"; not "while US markets were"
        modifier = len(after) > 1 and after[0].islower() and after[1].lower() in lexicons.verbs
        return not modifier and (not after or after[0].lower() not in lexicons.agent_nouns)
    if mark in ("'s", ",") or not after:
        return False
    word = after[0]
    if word != word.lower():
        return False
    if word in lexicons.verbs:
        return True
    return mark == "" and len(word) > 4 and word.endswith("ed") and text[end : end + 1] == " "


def _agent_noun_after(after: list[str], text: str, end: int, lexicons: PlaceUseLexicons) -> bool:
    """Whether an action or a force follows, over a few modifiers ("'s biggest air attack")."""
    for word in after[:4]:
        lower = word.lower()
        if lower in lexicons.agent_nouns:
            return True
        if word != lower or lower in lexicons.determiners or lower in lexicons.prepositions:
            return False
    return False
