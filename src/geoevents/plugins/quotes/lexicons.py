"""The quotes plugin's word lists, compiled once per pipeline.

Every list is a lexicon (``geoevents/data/<name>.tsv``) read through
:meth:`geoevents.Context.lexicon`, so another plugin can add reporting verbs, titles or
organisation nouns with the ``geoevents_lexicon_entries`` hook. :func:`lexicons_for` compiles
them the first time a pipeline's context asks, and keeps the result for that context.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping

import attrs
import regex

from geoevents.resources import Context
from geoevents.text.names import NameFinder, NameLexicons

__all__ = ["LEXICONS", "QuoteLexicons", "lexicons_for"]

LEXICONS = (
    "reporting_verbs",
    "reporting_channels",
    "reporting_auxiliaries",
    "pronouns",
    "organisation_nouns",
    "quote_title_cues",
    "elisions",
    "person_titles",
    "honorifics",
    "given_names",
    "name_particles",
    "name_stopwords",
)
"""The lexicons the quotes plugin reads."""

_SPEAKER_AFTER = frozenset({"according to", "words"})
"""Cue lemmas whose speaker always follows them ("according to X", "the words of X")."""


def _alternation(words: object) -> str:
    return "|".join(regex.escape(str(w)) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


def _bounded(alternation: str) -> str:
    return rf"(?<![\p{{L}}\p{{N}}'’-])(?:{alternation})(?![\p{{L}}\p{{N}}-])"


@attrs.frozen(kw_only=True, eq=False)
class QuoteLexicons:
    """Compiled patterns and word sets for one set of lexicons."""

    verbs: Mapping[str, str]
    """Reporting verb forms (lower case) to their lemma."""
    verb: regex.Pattern[str]
    """A reporting verb, lower case or capitalised, as a whole word."""
    channel: regex.Pattern[str]
    """A phrase completing a cue ("in a statement"), matched right after the verb."""
    auxiliaries: frozenset[str]
    """Words allowed between a speaker and the verb ("has", "also")."""
    pronouns: Mapping[str, str]
    """Pronouns to ``m``, ``f``, ``p`` or ``o``."""
    organisations: frozenset[str]
    """Organisation nouns, lower case."""
    organisation: regex.Pattern[str]
    """An organisation noun as a whole word, any case."""
    group: regex.Pattern[str]
    """A plural title or role as a whole word ("officials"), any case."""
    title_cues: Mapping[str, str]
    """Words that make quoted words a title (``verb``) or may (``noun``)."""
    elisions: frozenset[str]
    """Words a leading apostrophe elides."""
    names: NameFinder
    """The name finder built from the name lexicons."""

    def speaker_after(self, lemma: str) -> bool:
        """Whether the cue ``lemma`` is always followed by its speaker."""
        return lemma in _SPEAKER_AFTER


def build(lexicon: Mapping[str, Mapping[str, str]]) -> QuoteLexicons:
    """Compile the lexicons (by name) into patterns."""
    verbs = {k.lower(): v for k, v in lexicon["reporting_verbs"].items()}
    # Only cues that open a sentence are written capitalised ("According to"); a capitalised
    # "States" or "Post" is a name, not a verb.
    forms = set(verbs) | {
        f[:1].upper() + f[1:] for f, lemma in verbs.items() if lemma in _SPEAKER_AFTER
    }
    organisations = frozenset(k.lower() for k in lexicon["organisation_nouns"])
    titles = lexicon["person_titles"]
    plural_titles = [k for k, v in titles.items() if v == "p"]
    names = NameFinder(
        NameLexicons.from_mappings(
            titles=titles,
            honorifics=lexicon["honorifics"],
            given_names=lexicon["given_names"],
            particles=lexicon["name_particles"],
            stopwords=lexicon["name_stopwords"],
        )
    )
    return QuoteLexicons(
        verbs=verbs,
        verb=regex.compile(_bounded(_alternation(forms))),
        channel=regex.compile(
            rf"[ \t]+(?i:{_alternation(lexicon['reporting_channels'])})(?![\p{{L}}])"
        ),
        auxiliaries=frozenset(k.lower() for k in lexicon["reporting_auxiliaries"]),
        pronouns={k.lower(): v for k, v in lexicon["pronouns"].items()},
        organisations=organisations,
        organisation=regex.compile(rf"(?i:{_bounded(_alternation(organisations))})"),
        group=regex.compile(rf"(?i:{_bounded(_alternation(plural_titles))})"),
        title_cues={k.lower(): v for k, v in lexicon["quote_title_cues"].items()},
        elisions=frozenset(k.lower() for k in lexicon["elisions"]),
        names=names,
    )


_CACHE: weakref.WeakKeyDictionary[Context, QuoteLexicons] = weakref.WeakKeyDictionary()


def lexicons_for(context: Context) -> QuoteLexicons:
    """The compiled lexicons of ``context`` (built on first use, then kept with it)."""
    compiled = _CACHE.get(context)
    if compiled is None:
        compiled = build({name: context.lexicon(name) for name in LEXICONS})
        _CACHE[context] = compiled
    return compiled
