"""Finding the trigger phrases of a sentence and telling verbs from nouns.

A phrase matches token by token; its parts may be separated by a few words of the same clause
(:data:`~.lexicons.GAP`). Where a word reads both as a verb and as a noun ("attack",
"protest"), the words around it decide: after a determiner, a possessive, a preposition, a
number or a weapon word it is a noun; a past participle after a determiner is an adjective
("a planned visit"), not an event. The longest match wins; words inside a date or a quantity
("March 3", "40 pounds") are never triggers.
"""

from __future__ import annotations

import attrs

from geoevents.plugins.events.lexicons import GAP, Alternative, EventLexicons, Trigger
from geoevents.plugins.events.sentence import SentenceView

__all__ = ["Match", "find_matches", "light_verb_before"]

_BREAKS = frozenset({".", ";", ":", "!", "?", "—", "–", "(", ")", "“", "”", '"'})


@attrs.frozen(kw_only=True)
class Match:
    """A trigger phrase found in a sentence."""

    trigger: Trigger
    """The lexicon entry."""
    first: int
    """The first token of the phrase."""
    last: int
    """The last token of the phrase."""
    head: int
    """The token of the phrase's verb or head noun."""
    nominal: bool
    """Whether it reads as a noun."""


def _match_alternative(view: SentenceView, alternative: Alternative, at: int) -> int | None:
    """The last token of ``alternative`` matched at token ``at``, or None."""
    words = view.words
    end = at + len(alternative.words)
    if end > len(words):
        return None
    for offset, forms in enumerate(alternative.words):
        if words[at + offset] not in forms:
            return None
    return end - 1


def _match(view: SentenceView, trigger: Trigger, first: Alternative, at: int) -> Match | None:
    last = _match_alternative(view, first, at)
    if last is None:
        return None
    for part in trigger.parts[1:]:
        found = None
        for position in range(last + 1, min(len(view), last + 2 + GAP)):
            if view.words[position] in _BREAKS:
                break
            for alternative in part:
                end = _match_alternative(view, alternative, position)
                if end is not None:
                    found = end
                    break
            if found is not None:
                break
        if found is None:
            return None
        last = found
    head = at + first.head
    return Match(trigger=trigger, first=at, last=last, head=head, nominal=trigger.nominal)


def _noun_context(view: SentenceView, lex: EventLexicons, at: int, *, strong: bool) -> bool:
    """Whether the word at ``at`` reads as a noun from the words around it.

    The strong signs are a determiner, a preposition or a number before it, or "of" after it;
    the weak ones (``strong=False`` accepts them too) a weapon word or a demonym before it
    ("artillery shells", "Israeli raids").
    """
    if at + 1 < len(view) and view.words[at + 1] == "of":
        return True
    if at == 0:
        return False
    before = view.words[at - 1]
    if before == "to":
        return False
    if lex.word_class(before) in ("determiner", "preposition"):
        return True
    if before[:1].isdigit() or view.quantity[at - 1] >= 0:
        return True
    if strong:
        return False
    if before in lex.modes or (before in lex.starts and _is_noun_modifier(view, lex, at - 1)):
        return True
    actor = view.actor[at - 1]
    return actor >= 0 and view.layers.actors[actor].text != view.layers.actors[actor].name


def _is_noun_modifier(view: SentenceView, lex: EventLexicons, at: int) -> bool:
    return any(t.nominal for t, _a in lex.starts.get(view.words[at], ()))


def _adjectival(view: SentenceView, lex: EventLexicons, match: Match) -> bool:
    """Whether a verb form is used as an adjective ("the banned party", "a planned visit")."""
    position = match.first - 1
    while position >= 0 and view.words[position].endswith("ly"):
        position -= 1
    return position >= 0 and lex.word_class(view.words[position]) == "determiner"


def _keep(view: SentenceView, lex: EventLexicons, matches: list[Match]) -> list[Match]:
    """The readings to keep among the matches starting at one token."""
    verbs = [m for m in matches if not m.nominal and not _adjectival(view, lex, m)]
    nouns = [m for m in matches if m.nominal]
    single_verb = [m for m in verbs if m.first == m.last]
    if single_verb and nouns and _noun_context(view, lex, single_verb[0].head, strong=False):
        verbs = [m for m in verbs if m.first != m.last]
    elif single_verb and any(m.first == m.last for m in nouns):
        nouns = [m for m in nouns if m.first != m.last]
    if not nouns and single_verb and _noun_context(view, lex, single_verb[0].head, strong=True):
        verbs = [m for m in verbs if m.first != m.last]
    return verbs + nouns


def find_matches(view: SentenceView, lex: EventLexicons) -> list[Match]:
    """The trigger phrases of the sentence, longest first where they overlap, in text order."""
    found: list[Match] = []
    for at, word in enumerate(view.words):
        entries = lex.starts.get(word)
        if not entries or view.date[at] >= 0 or view.quantity[at] >= 0:
            continue
        here = [
            match
            for trigger, alternative in entries
            if (match := _match(view, trigger, alternative, at)) is not None
        ]
        found.extend(_keep(view, lex, here))
    found.sort(key=lambda m: (-(m.last - m.first), -len(m.trigger.parts), m.first))
    taken: list[Match] = []
    used: set[int] = set()
    for match in found:
        if {match.first, match.last, match.head} & used:
            continue
        taken.append(match)
        used.update(range(match.first, match.last + 1))
    taken.sort(key=lambda m: m.first)
    return taken


def light_verb_before(view: SentenceView, lex: EventLexicons, noun: int, floor: int) -> int | None:
    """The token of a light verb ("launched", "held") whose object is the noun at ``noun``.

    The verb stands at most six words before the noun, with no clause break between.
    """
    for position in range(noun - 1, max(floor, noun - 7) - 1, -1):
        word = view.words[position]
        if word in _BREAKS or word == "," or lex.word_class(word) in ("subordinator", "relative"):
            return None
        for alternative in lex.light_verbs.get(word, ()):
            end = _match_alternative(view, alternative, position)
            if end is not None and end < noun:
                return position
    return None
