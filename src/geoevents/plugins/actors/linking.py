"""Later and shorter mentions linked to the fullest name the article gives.

- A person's surname ("Jobs", "Zelenskiy") takes the fullest name written for them
  (:class:`geoevents.text.names.NameIndex`: the person named most recently before, else the
  first named after), with the country and office the gazetteer gives that person; a person
  the article names in full keeps the article's spelling ("Volodymyr Zelenskiy").
- An acronym takes the name it abbreviates: the name written before it in parentheses
  ("Singapore Airlines (SIA)"), or an organisation the article names whose initials it spells.
- An organisation's shorter name takes the longer one it begins ("Lockheed" for "Lockheed
  Martin").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from geoevents.plugins.actors.found import Found
from geoevents.text.names import NameIndex

__all__ = ["link"]

_PARENTHESIS = regex.compile(r"[ \t\u00a0]{0,3}\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)")
_PARENTHESIS_REACH = 15  # the longest text _PARENTHESIS can match
_SMALL = frozenset({"of", "and", "for", "the", "de", "du", "des", "&"})


def link(text: str, found: Sequence[Found]) -> list[Found]:
    """The mentions with their names, countries and kinds made one across the article."""
    found = _people_by_surname(found)
    people = NameIndex()
    known_people: dict[str, Found] = {}
    # A surname the article writes in someone's full name is theirs, not the gazetteer's
    # namesake ("Spike Cohen ... Cohen said" is no minister Cohen).
    written = {
        item.text.split()[-1] for item in found if item.kind == "person" and " " in item.text
    }
    for item in found:
        if item.kind == "person" and " " in item.text:
            people.add(item.text, item.start)
        elif item.kind == "person" and item.via == "short" and item.text not in written:
            people.add(item.name, item.start)
        if item.kind == "person" and item.known:
            known_people[item.name] = item
    acronyms = _acronyms(text, found)
    organisations: dict[str, list[Found]] = {}  # by first word: a lookup, not a scan per item
    for f in found:
        if f.kind == "organization" and " " in f.text:
            organisations.setdefault(f.text.split(" ", 1)[0], []).append(f)
    by_surname: dict[str, Found] = {}
    for name, item in known_people.items():
        by_surname.setdefault(name.split()[-1], item)
    return [
        _linked(item, people, known_people, by_surname, acronyms, organisations) for item in found
    ]


def _linked(
    item: Found,
    people: NameIndex,
    known_people: dict[str, Found],
    by_surname: dict[str, Found],
    acronyms: dict[str, str],
    organisations: dict[str, list[Found]],
) -> Found:
    if item.kind == "person" or (not item.known and " " not in item.text):
        full = people.fullest(item.text, item.start)
        if item.known and item.via == "short" and not _same_given_name(full, item.name):
            # the article's own person of that surname, not the gazetteer's
            known = known_people.get(full)
            return item._replace(
                name=full,
                country=known.country if known else None,
                role=known.role if known else None,
                via="mention",
                known=known is not None,
            )
        if full != item.text or (item.kind == "person" and " " in item.text):
            known = known_people.get(item.name) if item.known else by_surname.get(full.split()[-1])
            if known is not None and not item.known and not _same_given_name(full, known.name):
                known = None  # "Spike Cohen" is not the gazetteer's "Eli Cohen"
            return item._replace(
                name=full,
                kind="person",
                country=item.country or (known.country if known else None),
                role=item.role or (known.role if known else None),
                via=item.via if item.known else "mention" if full != item.text else item.via,
            )
        if item.kind == "person":
            return item
    if item.known:
        return item
    if item.text in acronyms:
        return item._replace(name=acronyms[item.text], kind="organization", via="acronym")
    longer = [
        f.name
        for f in organisations.get(item.text.split(" ", 1)[0], ())
        if f.start != item.start
        and f.text.startswith(item.text + " ")
        and len(f.text) > len(item.text)
    ]
    if longer:
        return item._replace(name=longer[0], kind="organization", via="mention")
    return item


def _same_given_name(name: str, other: str) -> bool:
    """Whether two names of one surname may be one person: the same first word, or none."""
    first, second = name.split(), other.split()
    return len(first) < 2 or len(second) < 2 or first[0].rstrip(".") == second[0].rstrip(".")


def _people_by_surname(found: Sequence[Found]) -> list[Found]:
    """Unknown two- or three-word names ending in a known person's surname made people.

    The gazetteer knows "Cohen" as a person's surname, so "Spike Cohen", which no title or
    given name shows to be a person, is one.
    """
    surnames = {item.text for item in found if item.via == "short" and item.kind == "person"}
    if not surnames:
        return list(found)
    return [
        item._replace(kind="person")
        if not item.known
        and item.kind != "person"
        and 2 <= len(item.text.split()) <= 3
        and item.text.split()[-1] in surnames
        else item
        for item in found
    ]


def _acronyms(text: str, found: Sequence[Found]) -> dict[str, str]:
    """Acronyms and the names they stand for in this article."""
    result: dict[str, str] = {}
    for item in found:
        if item.kind != "organization" or " " not in item.text:
            continue
        # bounded: without an end, regex looks for the pattern's ")" through the whole text
        written = _PARENTHESIS.match(text, item.end, item.end + _PARENTHESIS_REACH)
        if written is not None:
            result.setdefault(written.group(1), item.name)
        initials = "".join(w[0] for w in item.text.split() if w.lower() not in _SMALL)
        if len(initials) >= 2 and initials.isupper():
            result.setdefault(initials, item.name)
    return result
