"""People and organisations the gazetteer does not know, read from the shape of their names.

A capitalised name (:class:`geoevents.text.names.NameFinder`) is an actor's when it is not a
gazetteer place and the article uses it as a name:

- a **person's** when a title, an honorific or a known given name comes with it ("President
  Volodymyr Zelenskiy", "Mr. Ruiz", "Steve Jobs"), or a title follows it as an appositive ("Ana
  Ruiz, the mayor, ..."); the words of a title that name an employer are that employer ("Apple
  CEO Steve Jobs" names Apple);
- an **organisation's** when its last word is one of an organisation's names ("AirTran Airways",
  "Lockheed Martin Corp.", "JSA Research"), when it is an acronym, or otherwise (a company's
  single name: "Boeing", "Apple");

and not when it is one of the words that are never actors ("God", "Christmas"), a word that
only starts sentences ("Smoke rose"), a designation before a number ("Section 333") that the
article writes nowhere else, a title of a work in quotation marks, or a line of page furniture
(a byline, a credit: a short name alone on its line).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import attrs
import regex

from geoevents.plugins.actors.found import Found
from geoevents.plugins.actors.lexicons import ActorLexicons
from geoevents.text.names import Name
from geoevents.text.sentences import Sentences

__all__ = ["named_actors"]

_NUMBER_AFTER = regex.compile(r"[ \t\u00a0]+\p{N}")
_MODEL_AFTER = regex.compile(
    r"(?:[ \t\u00a0]+|-)\p{Lu}{0,2}\p{N}+(?![\p{L}\p{N}]*\s+(?:percent|per)\b)"
)
_NUMBER_BEFORE = regex.compile(r"\p{N}[ \t\u00a0]*$")
_CAMEL_BEFORE = regex.compile(r"(?:^|\s)\p{Ll}+\p{Lu}[\p{L}]*[ \t\u00a0]+$")
_APPOSED_PRODUCT = regex.compile(
    r",[ \t\u00a0]+(?:the|a|an|its|their)((?:[ \t\u00a0]+[\p{Ll}-]+){1,3})"
)
_LIST_JOIN = frozenset({", ", " and ", ", and ", " or "})
_APPOSITIVE = regex.compile(
    r",[ \t\u00a0]+(?:(?:the|a|an|its|his|her)[ \t\u00a0]+)?([\p{L}' -]{2,60})"
)
_OPEN_QUOTES = "\"“‘'«"
_CLOSE_QUOTES = "\"”’'»"
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")
_LOWER_TAIL = regex.compile(r"-\p{Ll}+$")
_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}+(?:ean|ian|ese|ish)")


def named_actors(
    text: str,
    lex: ActorLexicons,
    split: Sentences,
    places: Sequence[tuple[int, int]],
) -> Iterator[Found]:
    """The people and organisations named in ``text`` that the gazetteer does not know.

    :param places: the spans of the gazetteer's places in the text, which are not actors.
    """
    names = lex.names.names(text)
    starts = [start for start, _end in places]
    initial = {id(n): _initial(text, n.start, split) for n in names}
    midsentence = {n.text for n in names if not initial[id(n)]}
    dropped: list[Name] = []
    words_midsentence = {
        w for n in names if not initial[id(n)] or " " in n.text for w in n.text.split()
    }
    for name in names:
        first_word = initial[id(name)]
        tail = _LOWER_TAIL.search(name.text)
        if tail is not None:  # "US-led", "Kyiv-based": the name before the hyphen
            name = attrs.evolve(name, end=name.start + tail.start(), text=name.text[: tail.start()])
        if _ADJECTIVE.fullmatch(name.text) and text[name.end : name.end + 2].strip()[:1].islower():
            continue  # "European leaders": an adjective of a people or a place
        if name.title is not None and name.title_start is not None:
            employer = _employer(text, name, lex)
            if employer is not None:
                yield employer
        if _is_place(name, places, starts) or not _is_actor(text, name, lex):
            continue
        if first_word and " " not in name.text and not name.person:
            seen = name.text in midsentence or name.text in words_midsentence
            if not (seen or name.text.isupper() or _said(text, name.end, lex)):
                continue
        if _furniture(text, name) or _work_title(text, name):
            continue
        if (
            _MODEL_AFTER.match(text, name.end)
            or _product(text, name, lex)
            or _listed_with(text, name, dropped)
            or _abbreviates(text, name, dropped)
        ):
            dropped.append(name)
            continue
        yield Found(
            start=name.start,
            end=name.end,
            text=name.text,
            name=name.text,
            kind=_kind(text, name, lex),
            country=None,
            role=_role(name, lex),
            via="name",
            known=False,
        )


def _initial(text: str, start: int, split: Sentences) -> bool:
    span = split.at(start)
    before = text[span[0] : start].rstrip(" \t") if span else text[:start].rstrip(" \t")
    return not before or before[-1] in "\"“‘'([«—–-\n:"


def _is_place(name: Name, places: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether the name is a gazetteer place, or ends with one ("the city of Kyiv")."""
    index = bisect.bisect_right(starts, name.end) - 1
    while index >= 0 and places[index][1] > name.start:
        start, end = places[index]
        if start <= name.start and name.end <= end:
            return True
        if end == name.end and start > name.start and " " not in name.text[: start - name.start]:
            return True
        index -= 1
    return False


def _is_actor(text: str, name: Name, lex: ActorLexicons) -> bool:
    words = [w.lower().rstrip(".") for w in name.text.split()]
    if all(w in lex.not_actors or w in lex.names.lexicons.stopwords for w in words):
        return False
    return not (len(words) == 1 and len(words[0]) < 2)


def _said(text: str, end: int, lex: ActorLexicons) -> bool:
    word = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return word is not None and word.group().lower() in lex.verbs


def _furniture(text: str, name: Name) -> bool:
    """Whether the name is alone on its line: a byline, a credit, a caption's source."""
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" \t.,;:|-–—")
    return line == name.text and len(name.text.split()) <= 3


def _work_title(text: str, name: Name) -> bool:
    """Whether the name is all of a quoted title ("“American Skin”")."""
    before = text[name.start - 1 : name.start]
    after = text[name.end : name.end + 1]
    return bool(before) and before in _OPEN_QUOTES and bool(after) and after in _CLOSE_QUOTES


def _product(text: str, name: Name, lex: ActorLexicons) -> bool:
    """Whether the name is a product's, a work's or an event's.

    As in "web browser Safari", "Lion, the new version", "the Joint Strike Fighter program",
    "iPod Classic", "2 GHz".
    """
    words = name.text.lower().rstrip(".").split()
    if words[-1] in lex.suffixes:
        return False
    if words[-1] in lex.products or " ".join(words[-2:]) in lex.products:
        return True
    before = text[max(0, name.start - 30) : name.start]
    if _NUMBER_BEFORE.search(before) or _CAMEL_BEFORE.search(before):
        return True
    previous = before.split()[-1:] if before.endswith((" ", "\t")) else []
    if previous and previous[0].lower() in lex.products:
        return True
    for word in _WORD.findall(text[name.end : name.end + 40])[:3]:
        lower = word.lower()
        if lower in lex.products or lower.removesuffix("s") in lex.products:
            return True
        if word != lower:
            break
    apposed = _APPOSED_PRODUCT.match(text, name.end)
    return apposed is not None and any(w in lex.products for w in apposed.group(1).split())


def _listed_with(text: str, name: Name, dropped: Sequence[Name]) -> bool:
    """Whether the name is listed right after a product ("the iPod Classic, Nano and ...")."""
    return bool(dropped) and text[dropped[-1].end : name.start] in _LIST_JOIN


def _abbreviates(text: str, name: Name, dropped: Sequence[Name]) -> bool:
    """Whether the name is the acronym, in parentheses, of a product or an event."""
    return (
        bool(dropped) and name.text.isupper() and text[dropped[-1].end : name.start].strip() == "("
    )


def _elsewhere(text: str, name: Name) -> set[str]:
    """The name if the text writes it elsewhere without a number after it."""
    for match in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(name.text)}(?![\p{{L}}])", text):
        if match.start() != name.start and not _NUMBER_AFTER.match(text, match.end()):
            return {name.text}
    return set()


def _kind(text: str, name: Name, lex: ActorLexicons) -> str:
    words = [w.lower().rstrip(".,") for w in name.text.split()]
    if words[-1] in lex.suffixes or name.text.isupper() or "&" in name.text:
        return "organization"
    if name.person:
        return "person"
    appositive = _APPOSITIVE.match(text, name.end)
    if appositive is not None:
        head = appositive.group(1).split()
        for size in (2, 1):
            if len(head) >= size and lex.names.is_title(" ".join(head[:size]).lower()):
                return "person"
    return "organization"


def _role(name: Name, lex: ActorLexicons) -> str | None:
    if name.title is None:
        return None
    words = name.title.split()
    for start in range(len(words)):
        phrase = " ".join(words[start:]).lower().rstrip(".")
        if lex.names.is_title(phrase):
            return phrase
    return None


def _employer(text: str, name: Name, lex: ActorLexicons) -> Found | None:
    """The employer a title names before the title word ("Apple" in "Apple CEO Steve Jobs")."""
    assert name.title is not None
    assert name.title_start is not None
    words = list(_WORD.finditer(text, name.title_start, name.title_start + len(name.title)))
    kept = []
    for word in words:
        lower = word.group().lower()
        if not word.group()[:1].isupper() or lex.names.is_title(lower):
            break
        if lower in lex.names.lexicons.honorifics or lower in lex.names.lexicons.stopwords:
            break
        kept.append(word)
    if not kept or len(kept) == len(words):
        return None
    start, end = kept[0].start(), kept[-1].end()
    return Found(
        start=start,
        end=end,
        text=text[start:end],
        name=text[start:end],
        kind="organization",
        country=None,
        role=None,
        via="name",
        known=False,
    )
