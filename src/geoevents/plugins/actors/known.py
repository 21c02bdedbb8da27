"""Actors the gazetteer knows, and the bodies of a country.

They are countries, capitals and seats of power standing for their government, organisations
and armed groups, and officeholders.

Every name comes from the document's shared gazetteer reading
(:func:`geoevents.gazetteer.reading.read_names`), which says how its sentence uses it. A
country's name, alias, demonym or plural is always the country; a capital is the country only
where the sentence makes it an agent ("Moscow said", "Moscow's military"), elsewhere it is a
place; a name that names a place of another kind in this article ("Georgia" the US state) is
no actor. A country followed by the name of one of its bodies ("the Russian Defence Ministry",
"Ukraine's air force", "US Air Force") is that body, an organisation of the country.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from geoevents.gazetteer.reading import GeoName
from geoevents.gazetteer.records import ActorCandidate, Officeholder
from geoevents.plugins.actors.found import Found
from geoevents.plugins.actors.lexicons import ActorLexicons
from geoevents.text.placeuse import AGENT

__all__ = ["body_after", "known_actors"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_GAP = regex.compile(r"(?:['’]s?)?[ \t\u00a0]+")
_SPACE = regex.compile(r"[ \t\u00a0]+")
_PLACE_FEATURES = frozenset({"country", "building"})


def known_actors(text: str, names: Sequence[GeoName], lex: ActorLexicons) -> Iterator[Found]:
    """The actors among the document's gazetteer names, in text order."""
    for name in names:
        if not name.actors:
            continue
        best = name.actors[0]
        if not _acts(name, best):
            continue
        record = best.record
        if record.kind == "country" and record.country:
            body = body_after(text, name.end, lex)
            if body is not None:
                end, title = body
                possessive = text[name.end : name.end + 1] in ("'", "’")
                demonym = lex.demonyms.get(record.country)
                owner = demonym if possessive and demonym else name.text
                yield Found(
                    start=name.start,
                    end=end,
                    text=text[name.start : end],
                    name=f"{owner} {title}",
                    kind="organization",
                    country=record.country,
                    role=None,
                    via="name",
                    known=True,
                )
                continue
        if isinstance(record, Officeholder):
            yield Found(
                start=name.start,
                end=name.end,
                text=name.text,
                name=record.name,
                kind="person",
                country=record.country,
                role=record.office or None,
                via=best.via,
                known=True,
            )
            continue
        yield Found(
            start=name.start,
            end=name.end,
            text=name.text,
            name=record.name,
            kind=record.kind,
            country=record.country,
            role=record.role if record.kind == "person" else None,
            via=best.via,
            known=True,
        )


def _acts(name: GeoName, best: ActorCandidate) -> bool:
    """Whether the name stands for the actor here (see the module)."""
    if best.via == "capital":
        return name.use == AGENT
    first = name.places[0].record if name.places else None
    return not (
        first is not None
        and best.record.kind == "country"
        and first.feature not in _PLACE_FEATURES
        and best.via in ("name", "alias", "variant")
        and first.country != best.record.country
    )


def body_after(text: str, end: int, lex: ActorLexicons) -> tuple[int, str] | None:
    """The body of a country named right after a mention of it ending at ``end``, if any.

    Up to three qualifying words, then a head of the ``organisation_heads`` lexicon: "Defence
    Ministry", "air force", "commerce ministry". A one-word head alone, in lower case
    ("Russia's army") names no body of its own: the country acts.

    :return: where the body's name ends and that name in title case ("Commerce Ministry").
    """
    gap = _GAP.match(text, end)
    if gap is None:
        return None
    words = []
    position = gap.end()
    for _ in range(3 + lex.longest_head):
        word = _WORD.match(text, position)
        if word is None:
            break
        words.append(word)
        following = _SPACE.match(text, word.end())
        if following is None:
            break
        position = following.end()
    lowered = [w.group().lower() for w in words]
    for last in range(len(words), 0, -1):
        for size in range(min(lex.longest_head, last), 0, -1):
            head = " ".join(lowered[last - size : last])
            if head not in lex.heads:
                continue
            qualifiers = lowered[: last - size]
            if any(q in lex.determiners or q in lex.verbs for q in qualifiers):
                continue
            if size == 1 and not qualifiers and not words[last - 1].group()[:1].isupper():
                return None
            title = " ".join(
                w.group() if w.group().isupper() else w.group()[:1].upper() + w.group()[1:]
                for w in words[:last]
            )
            return words[last - 1].end(), title
    return None
