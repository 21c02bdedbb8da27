"""Negation, futurity and hypothesis, read from the words of a trigger's clause.

The cues (``events_cues``) are looked for among the few words before the trigger, where English
puts its auxiliaries and negation ("did not attack", "will meet", "could strike"), and a
condition ("if", "unless") anywhere before it in the clause. "would" is future in reported
speech ("said it would withdraw") and hypothetical elsewhere.

PLOVER codes an announced or promised action by what the announcement is: a cooperative action
that is promised is an AGREE, one that is refused ("would not send troops") a REJECT, and a
hostile action that is announced a THREATEN. :func:`convert` applies that rule.
"""

from __future__ import annotations

import attrs

from geoevents.plugins.events.arguments import CLAUSE_BREAKS
from geoevents.plugins.events.lexicons import EventLexicons
from geoevents.plugins.events.sentence import SentenceView

__all__ = ["COOPERATIVE", "HOSTILE", "Flags", "convert", "read_flags"]

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
"""Types whose promise is an AGREE and whose refusal is a REJECT."""
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
"""Types whose announcement is a THREATEN."""

_WINDOW = 6


@attrs.define
class Flags:
    """What the cues say about one trigger."""

    negated: bool = False
    future: bool = False
    hypothetical: bool = False


def _cue_at(view: SentenceView, lex: EventLexicons, position: int) -> tuple[str, int] | None:
    for words, kind in lex.cues.get(view.words[position], ()):
        end = position + len(words)
        if tuple(view.words[position:end]) == words:
            return kind, end
    return None


def read_flags(view: SentenceView, lex: EventLexicons, head: int, *, reported: bool) -> Flags:
    """The flags of the trigger whose verb (or light verb) is at token ``head``.

    :param reported: whether the clause is reported speech (a reporting verb before it, or a
        quote around it).
    """
    flags = Flags()
    start = head
    while start > 0 and head - start < _WINDOW:
        word = view.words[start - 1]
        if word in CLAUSE_BREAKS or word == "," or view.actor[start - 1] >= 0:
            break
        if lex.word_class(word) in ("subordinator", "relative"):
            break
        start -= 1
    position = start
    while position < head:
        cue = _cue_at(view, lex, position)
        if cue is None:
            position += 1
            continue
        kind, end = cue
        if kind == "negation":
            flags.negated = True
        elif kind == "future":
            flags.future = True
        elif kind == "reported_future":
            if reported:
                flags.future = True
            else:
                flags.hypothetical = True
        elif kind == "hypothetical":
            flags.hypothetical = True
        position = end
    for position in range(head - 1, -1, -1):
        if view.words[position] in CLAUSE_BREAKS:
            break
        cue = _cue_at(view, lex, position)
        if cue is not None and cue[0] == "condition":
            flags.hypothetical = True
            break
    return flags


def convert(type_: str, flags: Flags) -> tuple[str, str | None, bool]:
    """The PLOVER type of an event whose action has ``type_`` and ``flags``.

    Returns the type, the type of the action it is about when it changed (else None), and
    whether the negation was taken up by the new type (a refusal is not a negated event).
    """
    if not flags.future or flags.hypothetical:
        return type_, None, False
    if type_ in COOPERATIVE:
        return ("REJECT", type_, True) if flags.negated else ("AGREE", type_, False)
    if type_ in HOSTILE and not flags.negated:
        return "THREATEN", type_, False
    return type_, None, False
