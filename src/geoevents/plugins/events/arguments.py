"""Who did what to whom, where: the clause rules that pick an event's arguments.

There is no parser: the rules walk the tokens of a sentence (:class:`.sentence.SentenceView`)
and read the mentions other plugins found on them, as a reader of English would:

- the **subject** is the nearest actor before the verb that is not inside a prepositional
  phrase ("by US indecision"); a verb coordinated with an earlier one ("fired ... and struck")
  or in a participial clause (", killing 20") shares its subject, as does a verb controlled by
  an earlier one ("threatened to attack"); a relative pronoun stands for the noun before it,
  a personal pronoun for the nearest actor before it, and "I" or "we" in a quote for its
  speaker;
- the **object** is the first actor after the verb, directly or after a preposition that
  introduces a recipient ("against", "on", "at", "to", "for", "from", "with"); a passive verb
  takes its actor from a "by" phrase and its recipient from the subject;
- **coordinated** actors ("Hungarian and Romanian officials", "Israel and Lebanon") are all
  kept;
- the **location** is a place after a locative preposition ("in", "at", "across", "near") in
  the clause, or a place that is the verb's object ("shelled Juba").
"""

from __future__ import annotations

from collections.abc import Sequence

from geoevents.plugins.events.lexicons import EventLexicons
from geoevents.plugins.events.sentence import SentenceView

__all__ = [
    "CLAUSE_BREAKS",
    "Arguments",
    "coordinated",
    "is_passive",
    "objects",
    "subject",
]

CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "!", "?"})
"""Punctuation that always ends a clause."""
_COORDINATORS = frozenset({"and", "but", "or", "then", "&"})
_RECIPIENT_PREPOSITIONS = frozenset(
    {
        "against",
        "on",
        "at",
        "to",
        "toward",
        "towards",
        "upon",
        "into",
        "for",
        "from",
        "with",
        "over",
    }
)
_LOCATIVE = frozenset(
    {"in", "at", "across", "near", "outside", "inside", "around", "throughout", "into", "on"}
)
_SKIPPABLE = frozenset({"the", "a", "an", "its", "their", "his", "her", "both"})


class Arguments:
    """The argument tokens the clause rules found for one trigger."""

    __slots__ = ("actors", "end", "inherited", "location", "recipients", "start")

    def __init__(self) -> None:
        self.actors: list[int] = []
        """Indices (in the document's actors) of the actors."""
        self.recipients: list[int] = []
        """Indices of the recipients that are actors."""
        self.location: int | None = None
        """Index (in the document's locations) of the place."""
        self.start = 0
        """The first token of the event's clause region."""
        self.end = 0
        """One past the last token of the event's clause region."""
        self.inherited: int | None = None
        """The trigger token the subject was shared with, if any."""


def _preposition_before(view: SentenceView, lex: EventLexicons, first: int) -> str | None:
    """The preposition that governs the noun phrase starting near token ``first``, if any."""
    position = first - 1
    steps = 0
    while position >= 0 and steps < 4:
        word = view.words[position]
        kind = lex.word_class(word)
        if kind == "preposition":
            return word
        if kind == "determiner" or word[:1].isdigit() or view.actor[position] >= 0:
            position -= 1
            steps += 1
            continue
        if view.raw[position][:1].isupper() or word in ("-", "'s", "’s"):
            position -= 1
            steps += 1
            continue
        return None
    return None


def coordinated(view: SentenceView, lex: EventLexicons, token: int) -> list[int]:
    """The actor over ``token`` and the actors coordinated with it, in text order."""
    actor = view.actor[token]
    first, last = view.span(token, view.actor)
    found = [actor]
    position = last
    while position < len(view):
        step = position
        while step < len(view) and view.words[step] in (",", *_COORDINATORS):
            step += 1
        while step < len(view) and view.words[step] in _SKIPPABLE:
            step += 1
        if step == position or step >= len(view) or view.actor[step] < 0:
            break
        found.append(view.actor[step])
        position = view.span(step, view.actor)[1]
    position = first - 1
    while position > 0 and view.words[position] in (",", *_COORDINATORS):
        before = position - 1
        while before >= 0 and view.words[before] in _SKIPPABLE:
            before -= 1
        if before < 0 or view.actor[before] < 0:
            break
        found.insert(0, view.actor[before])
        position = view.span(before, view.actor)[0] - 1
    return list(dict.fromkeys(found))


def _skip_parenthesis(view: SentenceView, position: int) -> int:
    """From a closing bracket at ``position``, the token before its opening bracket."""
    depth = 0
    while position >= 0:
        if view.words[position] == ")":
            depth += 1
        elif view.words[position] == "(":
            depth -= 1
            if depth == 0:
                return position - 1
        position -= 1
    return -1


def subject(
    view: SentenceView,
    lex: EventLexicons,
    head: int,
    verbs: Sequence[int],
    floor: int = 0,
) -> tuple[list[int], int | None, int | None]:
    """The subject actors of the verb at ``head``: (actors, shared-with verb token, pronoun).

    ``verbs`` are the tokens of the sentence's verbal triggers. The walk stops at ``floor``.
    The third value is the token of a personal pronoun standing as the subject, to be
    resolved by the caller when no actor is found before it.
    """
    position = head - 1
    pp_fallback: int | None = None
    while position >= floor:
        word = view.words[position]
        if word == ")":
            position = _skip_parenthesis(view, position)
            continue
        if word in CLAUSE_BREAKS:
            break
        if view.actor[position] >= 0:
            first, _last = view.span(position, view.actor)
            preposition = _preposition_before(view, lex, first)
            if preposition is None:
                return coordinated(view, lex, position), None, None
            if preposition == "of" and pp_fallback is None:
                pp_fallback = position
            position = first - 1
            continue
        if position in verbs:
            return [], position, None
        kind = lex.word_class(word)
        if kind == "relative" or (kind == "subordinator" and word != "as"):
            before = _actor_before(view, lex, position)
            if kind == "relative" and before is not None:
                return coordinated(view, lex, before), None, None
            break
        if kind == "pronoun" or word in ("i", "we"):
            return [], None, position
        if word in _COORDINATORS or (word == "," and view.words[position + 1].endswith("ing")):
            shared = _verb_before(verbs, position)
            if shared is not None:
                return [], shared, None
        position -= 1
    if pp_fallback is not None:
        return coordinated(view, lex, pp_fallback), None, None
    shared = _verb_before(verbs, position)
    return [], shared, None


def _verb_before(verbs: Sequence[int], position: int) -> int | None:
    earlier = [verb for verb in verbs if verb < position]
    return earlier[-1] if earlier else None


def _actor_before(view: SentenceView, lex: EventLexicons, position: int) -> int | None:
    for before in range(position - 1, -1, -1):
        if view.words[before] in CLAUSE_BREAKS:
            return None
        if view.actor[before] >= 0:
            return before
    return None


def actor_before(view: SentenceView, lex: EventLexicons, position: int) -> int | None:
    """The nearest actor token before ``position`` outside prepositional phrases, or None."""
    for before in range(position - 1, -1, -1):
        if view.actor[before] >= 0:
            first, _last = view.span(before, view.actor)
            if _preposition_before(view, lex, first) in (None, "of"):
                return before
    return None


def is_passive(
    view: SentenceView, lex: EventLexicons, head: int, participles: frozenset[str]
) -> bool:
    """Whether the verb at ``head`` is a passive participle ("was struck", "killed by")."""
    if view.words[head] not in participles:
        return False
    position = head - 1
    steps = 0
    while position >= 0 and steps < 4:
        word = view.words[position]
        if lex.word_class(word) == "be":
            return True
        if not (word.endswith("ly") or word in ("not", "n't", "also", "never", "reportedly")):
            break
        position -= 1
        steps += 1
    return head + 1 < len(view) and view.words[head + 1] == "by"


def objects(
    view: SentenceView,
    lex: EventLexicons,
    last: int,
    verbs: Sequence[int],
) -> tuple[list[int], list[int], int | None, int | None, int]:
    """What follows the trigger ending at token ``last`` in its clause.

    Returns the recipient actors, the agent actors of a "by" phrase, the location token (a
    place after a locative preposition), the token of a place that is the verb's object, and
    the token that ends the clause region.
    """
    recipients: list[int] = []
    agents: list[int] = []
    location: int | None = None
    object_place: int | None = None
    position = last + 1
    size = len(view)
    while position < size:
        word = view.words[position]
        if word in CLAUSE_BREAKS or word == "(" or position in verbs:
            break
        kind = lex.word_class(word)
        if (
            kind == "subordinator"
            or word in lex.reporting
            or (kind == "relative" and word != "that")
        ):
            break
        if word == "," and position + 1 < size:
            following = view.words[position + 1]
            ends = following in _COORDINATORS or view.actor[position + 1] < 0
            if ends and not (recipients and view.actor[position + 1] >= 0):
                break
        if view.actor[position] >= 0 and not recipients:
            first, end = view.span(position, view.actor)
            preposition = _preposition_before(view, lex, first)
            if preposition == "by" and not agents:
                agents = coordinated(view, lex, position)
                position = end
                continue
            if preposition is None or preposition in _RECIPIENT_PREPOSITIONS:
                recipients = coordinated(view, lex, position)
                position = end
                continue
        if view.location[position] >= 0:
            first, end = view.span(position, view.location)
            preposition = _preposition_before(view, lex, first)
            if location is None and preposition in _LOCATIVE:
                location = position
            elif object_place is None and (preposition is None or preposition in ("at", "on")):
                object_place = position
            position = end
            continue
        position += 1
    return recipients, agents, location, object_place, position


def place_before(view: SentenceView, lex: EventLexicons, head: int) -> int | None:
    """A place standing as the subject of the verb at ``head`` ("Kyiv was struck")."""
    for position in range(head - 1, max(-1, head - 5), -1):
        if view.location[position] >= 0:
            first, _end = view.span(position, view.location)
            return position if _preposition_before(view, lex, first) is None else None
        if view.actor[position] >= 0 or view.words[position] in CLAUSE_BREAKS:
            return None
    return None


def location_before(view: SentenceView, lex: EventLexicons, head: int, floor: int) -> int | None:
    """A place after a locative preposition before the trigger, in its clause."""
    for position in range(head - 1, floor - 1, -1):
        if view.words[position] in CLAUSE_BREAKS:
            return None
        if view.location[position] >= 0:
            first, _end = view.span(position, view.location)
            if _preposition_before(view, lex, first) in _LOCATIVE:
                return position
    return None
