"""The events plugin's word lists, compiled once per pipeline.

Every list is a lexicon (``geoevents/data/<name>.tsv``) read through
:meth:`geoevents.Context.lexicon`, so that a plugin can add triggers, light verbs, cues or modes
with the ``geoevents_lexicon_entries`` hook. :func:`compiled` compiles them the first time a
pipeline's context asks and keeps the result with that context.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from geoevents.model import EVENT_TYPES
from geoevents.resources import Context
from geoevents.text.determiners import LEXICON as DETERMINERS
from geoevents.text.determiners import determiners
from geoevents.text.inflection import VerbForms, noun_forms

__all__ = ["LEXICONS", "Alternative", "EventLexicons", "Trigger", "compiled"]

LEXICONS = (
    "events_verbs",
    "events_nouns",
    "events_light_verbs",
    "events_modes",
    "events_contexts",
    "events_threat_modes",
    "events_cues",
    "events_grammar",
    "irregular_verbs",
    "reporting_verbs",
)
"""The lexicons the events plugin reads."""

GAP = 4
"""How many words may stand between two parts of a trigger phrase ("imposed new sanctions")."""

Word = frozenset[str]
"""The forms one word of a phrase may take."""


@attrs.frozen(kw_only=True)
class Trigger:
    """One entry of ``events_verbs`` or ``events_nouns``: a phrase and the event it names."""

    phrase: str
    """The entry as written in the lexicon."""
    type: str
    """The PLOVER type."""
    mode: str | None
    """The PLOVER mode the phrase gives, if any."""
    context: tuple[str, ...]
    """The PLOVER contexts the phrase gives."""
    roles: str | None
    """``mutual`` (everyone involved acts), ``reverse`` (the subject is the recipient) or None."""
    nominal: bool
    """Whether the phrase is a noun (``events_nouns``) rather than a verb."""
    parts: tuple[tuple[Alternative, ...], ...]
    """The phrase's parts, each a choice of alternatives; a gap may stand between parts."""


@attrs.frozen(kw_only=True)
class Alternative:
    """One way of writing a part of a phrase: a sequence of words."""

    words: tuple[Word, ...]
    """The forms each word may take."""
    head: int
    """The position of the inflected word (the verb, or the head noun)."""
    forms: VerbForms | None = None
    """For a verb, its forms by kind (to tell a participle or a gerund)."""


@attrs.frozen(kw_only=True)
class EventLexicons:
    """Everything the events plugin reads, compiled."""

    starts: Mapping[str, tuple[tuple[Trigger, Alternative], ...]]
    """Trigger phrases by the form of their first word."""
    light_verbs: Mapping[str, tuple[Alternative, ...]]
    """Light verbs ("launched", "held") by the form of their first word."""
    modes: Mapping[str, tuple[tuple[tuple[str, ...], str, int], ...]]
    """Mode words by their first word: the words, the mode, and the rank (file order)."""
    contexts: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    """Context words by their first word: the words and the context."""
    threat_modes: Mapping[str, str]
    """THREATEN modes by ``"TYPE"`` or ``"TYPE mode"`` of the threatened action."""
    cues: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    """Cue words (negation, future...) by their first word: the words and the cue's kind."""
    grammar: Mapping[str, str]
    """Function words and their class (preposition, determiner, subordinator...)."""
    reporting: frozenset[str]
    """The forms of reporting verbs ("said", "told")."""

    def word_class(self, word: str) -> str | None:
        """The grammatical class of ``word`` (lower case), or None for a content word."""
        return self.grammar.get(word)


def _split_value(value: str, size: int) -> list[str]:
    fields = [field.strip() for field in value.split("\t")]
    return (fields + [""] * size)[:size]


def _alternative(
    phrase: str, *, verb: bool, inflect_last: bool, irregular: Mapping[str, str]
) -> Alternative:
    raw = phrase.split()
    marked = [i for i, word in enumerate(raw) if word.endswith("*")]
    words = [word.rstrip("*").lower() for word in raw]
    head = marked[0] if marked else (0 if verb else len(words) - 1)
    forms: list[Word] = [frozenset({word}) for word in words]
    verb_forms = None
    if verb:
        verb_forms = VerbForms(words[head], irregular)
        forms[head] = verb_forms.all()
    else:
        forms[head] = noun_forms(words[head])
    if inflect_last and len(words) > 1 and head != len(words) - 1:
        forms[-1] = noun_forms(words[-1])
    return Alternative(words=tuple(forms), head=head, forms=verb_forms)


def _trigger(
    phrase: str, value: str, *, nominal: bool, irregular: Mapping[str, str]
) -> Trigger | None:
    type_, mode, context, roles = _split_value(value, 4)
    type_ = type_.upper()
    if type_ not in EVENT_TYPES:
        return None
    chunks = [chunk.strip() for chunk in phrase.split("...") if chunk.strip()]
    parts = []
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        parts.append(
            tuple(
                _alternative(
                    alternative,
                    verb=not nominal and index == 0,
                    inflect_last=last and not nominal,
                    irregular=irregular,
                )
                for alternative in chunk.split("|")
                if alternative.strip()
            )
        )
    if not parts or not all(parts):
        return None
    return Trigger(
        phrase=phrase,
        type=type_,
        mode=mode or None,
        context=tuple(c for c in context.replace(",", " ").split() if c),
        roles=roles or None,
        nominal=nominal,
        parts=tuple(parts),
    )


def _by_first_word(
    entries: Mapping[str, str],
) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, value in entries.items():
        words = tuple(phrase.lower().split())
        if words:
            for form in noun_forms(words[0]) if len(words) == 1 else {words[0]}:
                index.setdefault(form, []).append(((form, *words[1:]), value))
    return {word: tuple(items) for word, items in index.items()}


def build(context: Context) -> EventLexicons:
    """Compile the events plugin's lexicons as ``context`` merges them."""
    irregular = context.lexicon("irregular_verbs")
    starts: dict[str, list[tuple[Trigger, Alternative]]] = {}
    for name, nominal in (("events_verbs", False), ("events_nouns", True)):
        for phrase, value in context.lexicon(name).items():
            trigger = _trigger(phrase, value, nominal=nominal, irregular=irregular)
            if trigger is None:
                continue
            for alternative in trigger.parts[0]:
                for form in alternative.words[0]:
                    starts.setdefault(form, []).append((trigger, alternative))
    light: dict[str, list[Alternative]] = {}
    for phrase in context.lexicon("events_light_verbs"):
        alternative = _alternative(phrase, verb=True, inflect_last=False, irregular=irregular)
        for form in alternative.words[0]:
            light.setdefault(form, []).append(alternative)
    modes: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for rank, (phrase, mode) in enumerate(context.lexicon("events_modes").items()):
        words = tuple(phrase.lower().split())
        for form in noun_forms(words[-1]):
            spelled = (*words[:-1], form)
            modes.setdefault(spelled[0], []).append((spelled, mode, rank))
    return EventLexicons(
        starts={form: tuple(items) for form, items in starts.items()},
        light_verbs={form: tuple(items) for form, items in light.items()},
        modes={word: tuple(items) for word, items in modes.items()},
        contexts=_by_first_word(context.lexicon("events_contexts")),
        threat_modes=dict(context.lexicon("events_threat_modes")),
        cues=_by_first_word(context.lexicon("events_cues")),
        grammar=_grammar(context),
        reporting=frozenset(form.lower() for form in context.lexicon("reporting_verbs")),
    )


def _grammar(context: Context) -> dict[str, str]:
    """The function words by class: the shared determiners, then ``events_grammar``."""
    grammar = dict.fromkeys(determiners(context.lexicon(DETERMINERS)), "determiner")
    grammar.update((word.lower(), kind) for word, kind in context.lexicon("events_grammar").items())
    return grammar


def compiled(context: Context) -> EventLexicons:
    """The compiled lexicons of ``context``'s pipeline (compiled on first use, then kept)."""
    return context.built("events.lexicons", build)
