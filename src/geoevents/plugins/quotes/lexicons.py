"""The quotes plugin's word lists, compiled once per pipeline.

Every list is a lexicon (``geoevents/data/<name>.tsv``) read through
:meth:`geoevents.Context.lexicon`, so another plugin can add reporting verbs, titles or
organisation nouns with the ``geoevents_lexicon_entries`` hook. :func:`compiled` compiles
them the first time a pipeline's context asks, and keeps the result for that context.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import regex

from geoevents.resources import Context
from geoevents.text.determiners import determiners
from geoevents.text.names import Name, NameFinder, NameLexicons
from geoevents.text.patterns import alternation
from geoevents.text.sentences import SentenceLexicons, sentence_lexicons

__all__ = [
    "LEXICONS",
    "DocumentNames",
    "DocumentPhrases",
    "Hit",
    "Phrases",
    "QuoteLexicons",
    "compiled",
]

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
    "determiners",
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

    The phrases make one regular expression, factored by common prefixes (a trie), which the
    ``re`` engine runs at C speed over the text: where phrases start alike ("said", "said in"),
    the longest that ends on a word boundary wins.
    """

    def __init__(self, phrases: Iterable[str], *, ignore_case: bool) -> None:
        self.ignore_case = ignore_case
        keys = {phrase.lower() if ignore_case else phrase for phrase in phrases}
        body = _trie(k for k in keys if _WORD.match(k)) or "(?!)"
        # A word boundary first lets the engine skip to letters; a phrase after "un-" or "o'"
        # is inside a word, which finditer checks by hand (cheaper than a look-behind).
        self._pattern = re.compile(
            rf"\b(?:{body})(?![^\W_]|-|['’][^\W_])", re.IGNORECASE if ignore_case else 0
        )

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The phrases in ``text[start:end]``, longest first where they overlap, in order."""
        end = len(text) if end is None else end
        hits = []
        position = start
        search = self._pattern.search
        while (match := search(text, position, end)) is not None:
            at = match.start()
            if at > 1 and text[at - 1] in "'’-" and text[at - 2].isalnum():
                position = at + 1  # "un-said": inside a word
                continue
            hits.append(Hit(at, match.end(), match.group()))
            position = match.end()
        if hits and hits[-1].end() == end < len(text) and _continues(text, end):
            hits.pop()  # the window cut a longer word ("sai|d", "said|-so")
        return hits

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        """The first phrase in ``text[start:end]``, if any."""
        for hit in self.finditer(text, start, end):
            return hit
        return None


def _continues(text: str, end: int) -> bool:
    """Whether the word at ``end`` goes on past it."""
    return (
        text[end].isalnum()
        or text[end] == "-"
        or (text[end] in "'’" and end + 1 < len(text) and text[end + 1].isalnum())
    )


class DocumentPhrases(Phrases):
    """The phrases of one document, found once; windows of it are slices of that list."""

    def __init__(self, phrases: Phrases, text: str, hits: list[Hit] | None = None) -> None:
        self.__dict__.update(phrases.__dict__)
        self._text = text
        self._hits = phrases.finditer(text) if hits is None else hits
        self._starts = [hit.start() for hit in self._hits]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The phrases in ``text[start:end]`` (those of the whole document in that window)."""
        if text is not self._text:
            return super().finditer(text, start, end)
        end = len(text) if end is None else end
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [hit for hit in self._hits[first:last] if hit.end() <= end]


class DocumentNames(NameFinder):
    """The names of one document, found once; windows of it are slices of that list.

    The one-word names without a title, most of a text's names, are kept as spans and become
    :class:`~geoevents.text.names.Name` objects only when a window asks for them.
    """

    def __init__(self, finder: NameFinder, text: str) -> None:
        self.__dict__.update(finder.__dict__)
        self._text = text
        found, words = finder.names_and_words(text)
        self._found = found
        self._words = words
        entries: list[tuple[int, int, Name | None]] = [(n.start, n.end, n) for n in found]
        entries += [(start, end, None) for start, end in words]
        entries.sort(key=lambda entry: (entry[0], entry[1]))
        self._entries = entries
        self._starts = [entry[0] for entry in entries]

    def names_and_words(self, text: str) -> tuple[list[Name], list[tuple[int, int]]]:
        """As :meth:`NameFinder.names_and_words`, from the document's one scan."""
        if text is not self._text:
            return super().names_and_words(text)
        return list(self._found), list(self._words)

    def names(self, text: str, start: int = 0, end: int | None = None) -> list[Name]:
        """The names of the document that lie within ``text[start:end]``."""
        if text is not self._text:
            return super().names(text, start, end)
        end = len(text) if end is None else end
        result = []
        for index in range(bisect.bisect_left(self._starts, start), len(self._entries)):
            name_start, name_end, name = self._entries[index]
            if name_start >= end:
                break
            if name_end > end:
                continue
            if name is None:
                built = list(self._name(text, [(name_start, name_end)]))
                name = built[0] if built else None
                self._entries[index] = (name_start, name_end, name)
                if name is None:
                    continue
            result.append(name)
        return result


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
    determiners: frozenset[str]
    """Articles, demonstratives and possessives, which lead a speaker's noun phrase."""
    sentences: SentenceLexicons
    """The sentence splitter's lexicons."""
    clause_determiners: frozenset[str]
    """Every determiner but "that" (which opens a reported clause): a clause's subject may
    start with one ("said several ministers would resign")."""

    def speaker_after(self, lemma: str) -> bool:
        """Whether the cue ``lemma`` is always followed by its speaker."""
        return lemma in _SPEAKER_AFTER

    def for_document(self, text: str, hits: list[Hit] | None = None) -> QuoteLexicons:
        """These lexicons with their reporting words and names found once in ``text``.

        :param hits: ``self.verb.finditer(text)``, when the caller has them already.
        """
        return attrs.evolve(
            self,
            verb=DocumentPhrases(self.verb, text, hits),
            names=DocumentNames(self.names, text),
        )


def compiled(context: Context) -> QuoteLexicons:
    """The plugin's lexicons in ``context``, compiled on first use and then kept with it."""
    return context.built("quotes.lexicons", _build)


def _build(context: Context) -> QuoteLexicons:
    lexicon = {name: context.lexicon(name) for name in LEXICONS}
    verbs = {k.lower(): v for k, v in lexicon["reporting_verbs"].items()}
    # Only cues that open a sentence are written capitalised ("According to"); a capitalised
    # "States" or "Post" is a name, not a verb.
    forms = set(verbs) | {
        f[:1].upper() + f[1:] for f, lemma in verbs.items() if lemma in _SPEAKER_AFTER
    }
    organisations = frozenset(k.lower() for k in lexicon["organisation_nouns"])
    titles = lexicon["person_titles"]
    plural_titles = [k for k, v in titles.items() if v == "p"]
    names = NameFinder(NameLexicons.from_lexicons(context.lexicon))
    return QuoteLexicons(
        verbs=verbs,
        verb=Phrases(forms, ignore_case=False),
        channel=regex.compile(
            rf"[ \t]+(?i:{alternation(lexicon['reporting_channels'])})(?![\p{{L}}])"
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
        determiners=determiners(
            lexicon["determiners"], "definite", "indefinite", "demonstrative", "possessive"
        ),
        clause_determiners=determiners(lexicon["determiners"]) - {"that"},
        sentences=sentence_lexicons(context),
    )


_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "tonight", "earlier", "later"}
)


def _time_phrase(adjuncts: Mapping[str, str]) -> regex.Pattern[str]:
    """A time phrase: "Monday", "on Monday", "on Monday night", "last week", "earlier"."""
    days = alternation(w for w in adjuncts if w.lower() in _TIME_WORDS) or "(?!)"
    return regex.compile(
        rf"(?i:(?:on[ \t]+)?(?:{days})(?:[ \t]+(?:morning|afternoon|evening|night))?"
        r"|(?:last|this|earlier|later)[ \t]+(?:week|month|year|weekend|morning|night))"
        r"(?![\p{L}])"
    )
