"""The quotes plugin's word lists, compiled once per pipeline.

Every list is a lexicon (``geoevents/data/<name>.tsv``) read through
:meth:`geoevents.Context.lexicon`, so another plugin can add reporting verbs, titles or
organisation nouns with the ``geoevents_lexicon_entries`` hook. :func:`lexicons_for` compiles
them the first time a pipeline's context asks, and keeps the result for that context.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import regex

from geoevents.resources import Context, read_bundled_lexicon
from geoevents.text.names import NameFinder, NameLexicons

__all__ = ["LEXICONS", "Hit", "Phrases", "QuoteLexicons", "bundled_lexicons", "lexicons_for"]

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
    "clause_openers",
    "indirect_verbs",
    "clause_auxiliaries",
    "reporting_adjuncts",
)
"""The lexicons the quotes plugin reads."""

_SPEAKER_AFTER = frozenset({"according to", "words"})
"""Cue lemmas whose speaker always follows them ("according to X", "the words of X")."""


_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")


class Hit:
    """Where a phrase of a :class:`Phrases` was found (read like a regex match)."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        """Offset of the phrase."""
        return self._start

    def end(self) -> int:
        """End offset of the phrase."""
        return self._end

    def group(self) -> str:
        """The phrase as written."""
        return self._text


class Phrases:
    """A set of words and multi-word phrases, found in linear time.

    The first words of the phrases make one regular expression, factored by common prefixes
    (a trie), which the ``re`` engine runs at C speed over the text; each word it finds is
    then checked against the few phrases it can start.
    """

    def __init__(self, phrases: Iterable[str], *, ignore_case: bool) -> None:
        self.ignore_case = ignore_case
        self._by_first: dict[str, list[str]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            key = phrase.lower() if ignore_case else phrase
            first = _WORD.match(key)
            if first is not None:
                self._by_first.setdefault(first.group(), []).append(key)
        body = _trie(self._by_first) or "(?!)"
        self._first = re.compile(
            rf"(?<![^\W_])(?<![^\W_]['’-])(?:{body})(?![^\W_]|['’-][^\W_])",
            re.IGNORECASE if ignore_case else 0,
        )

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The phrases in ``text[start:end]``, longest first where they overlap, in order."""
        end = len(text) if end is None else end
        hits = []
        position = start
        for word in self._first.finditer(text, start, end):
            at = word.start()
            if at < position:
                continue
            key = word.group().lower() if self.ignore_case else word.group()
            for phrase in self._by_first.get(key, ()):
                stop = at + len(phrase)
                written = text[at:stop]
                if stop <= end and (written.lower() if self.ignore_case else written) == phrase:
                    if stop < len(text) and (text[stop].isalnum() or text[stop] == "-"):
                        continue
                    hits.append(Hit(at, stop, written))
                    position = stop
                    break
        return hits

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        """The first phrase in ``text[start:end]``, if any."""
        for hit in self.finditer(text, start, end):
            return hit
        return None


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes ("sa(?:id|ys)")."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


def _alternation(words: object) -> str:
    return "|".join(regex.escape(str(w)) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


@attrs.frozen(kw_only=True, eq=False)
class QuoteLexicons:
    """Compiled patterns and word sets for one set of lexicons."""

    verbs: Mapping[str, str]
    """Reporting verb forms (lower case) to their lemma."""
    verb: Phrases
    """Reporting verbs, lower case (or capitalised, for "According to")."""
    channel: regex.Pattern[str]
    """A phrase completing a cue ("in a statement"), matched right after the verb."""
    auxiliaries: frozenset[str]
    """Words allowed between a speaker and the verb ("has", "also")."""
    pronouns: Mapping[str, str]
    """Pronouns to ``m``, ``f``, ``p`` or ``o``."""
    organisations: frozenset[str]
    """Organisation nouns, lower case."""
    group: Phrases
    """Plural titles and roles ("officials"), any case."""
    title_cues: Mapping[str, str]
    """Words that make quoted words a title (``verb``) or may (``noun``)."""
    elisions: frozenset[str]
    """Words a leading apostrophe elides."""
    names: NameFinder
    """The name finder built from the name lexicons."""
    openers: frozenset[str]
    """Words that open an adverbial before a subject ("in", "after", "however")."""
    indirect: Mapping[str, str]
    """Reporting lemmas whose clause is indirect speech, to ``zero`` or ``that``."""
    finite: frozenset[str]
    """Finite auxiliaries and modals ("would", "was"), lower case."""
    adjuncts: frozenset[str]
    """Words that may open a phrase between a reporting verb and "that" ("on", "during")."""
    time: regex.Pattern[str]
    """A time phrase right after a reporting verb ("Monday", "on Tuesday night")."""

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
        verb=Phrases(forms, ignore_case=False),
        channel=regex.compile(
            rf"[ \t]+(?i:{_alternation(lexicon['reporting_channels'])})(?![\p{{L}}])"
        ),
        auxiliaries=frozenset(k.lower() for k in lexicon["reporting_auxiliaries"]),
        pronouns={k.lower(): v for k, v in lexicon["pronouns"].items()},
        organisations=organisations,
        group=Phrases(plural_titles, ignore_case=True),
        title_cues={k.lower(): v for k, v in lexicon["quote_title_cues"].items()},
        elisions=frozenset(k.lower() for k in lexicon["elisions"]),
        names=names,
        openers=frozenset(k.lower() for k in lexicon["clause_openers"]),
        indirect={k.lower(): v for k, v in lexicon["indirect_verbs"].items()},
        finite=frozenset(k.lower() for k in lexicon["clause_auxiliaries"]),
        adjuncts=frozenset(k.lower() for k in lexicon["reporting_adjuncts"]),
        time=_time_phrase(lexicon["reporting_adjuncts"]),
    )


_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "tonight", "earlier", "later"}
)


def _time_phrase(adjuncts: Mapping[str, str]) -> regex.Pattern[str]:
    """A time phrase: "Monday", "on Monday", "on Monday night", "last week", "earlier"."""
    days = _alternation(w for w in adjuncts if w.lower() in _TIME_WORDS) or "(?!)"
    return regex.compile(
        rf"(?i:(?:on[ \t]+)?(?:{days})(?:[ \t]+(?:morning|afternoon|evening|night))?"
        r"|(?:last|this|earlier|later)[ \t]+(?:week|month|year|weekend|morning|night))"
        r"(?![\p{L}])"
    )


def bundled_lexicons() -> QuoteLexicons:
    """The lexicons geoevents ships, compiled (plugins use :func:`lexicons_for`)."""
    return build({name: read_bundled_lexicon(name) for name in LEXICONS})


_CACHE: weakref.WeakKeyDictionary[Context, QuoteLexicons] = weakref.WeakKeyDictionary()


def lexicons_for(context: Context) -> QuoteLexicons:
    """The compiled lexicons of ``context`` (built on first use, then kept with it)."""
    compiled = _CACHE.get(context)
    if compiled is None:
        compiled = build({name: context.lexicon(name) for name in LEXICONS})
        _CACHE[context] = compiled
    return compiled
