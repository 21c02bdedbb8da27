"""Find every name of a long list in a text: at word boundaries, leftmost and longest first.

>>> matcher = PhraseMatcher(
...     [("NATO", "nato"), ("US", "usa"), ("al-Shabaab", "shabaab"), ("Ukraine", "ukr"),
...      ("Cote d'Ivoire", "civ"), ("Georgia", "geo"), ("Georgia", "us-ga")]
... )
>>> text = "Nato and U.S. troops met al Shabaab in Côte d’Ivoire; Ukraine's allies told us so."
>>> for match in matcher.find(text):
...     print(match.start, match.end, match.text, match.payloads)
0 4 Nato ('nato',)
9 13 U.S. ('usa',)
25 35 al Shabaab ('shabaab',)
39 52 Côte d’Ivoire ('civ',)
54 61 Ukraine ('ukr',)
>>> matcher.lookup("Georgia")
('geo', 'us-ga')

How a name matches the text:

- **Words.** A name and the text are cut into the same words: runs of letters, marks and
  digits, with apostrophes inside them ("d'Ivoire"), dotted acronyms as one word ("U.S.", "D.C.")
  and a possessive ``'s`` as a word of its own. Words compare without case, accents or dots
  ("Côte" is "Cote", "U.S." is "US", ’ is '), so no text is ever rewritten and every offset is
  the text's own.
- **Joins.** Two words of a name may be joined in the text by spaces or one hyphen ("al-Shabaab"
  is "al Shabaab"); a full stop or comma only where the name has one ("St. Petersburg",
  "Washington, D.C."), and a name written with "St." also matches "St". Nothing joins across a
  line break or other punctuation.
- **Case**, per word, from how the name is written (:attr:`Case.AUTO`): a capitalised word must
  be capitalised in the text ("Reading" is not "reading"); a lower-case word may be written in
  any case ("al-Shabaab", "Al-Shabaab"); an acronym of up to three letters, or one with digits or
  dots, only in capitals ("US" is not "us", "M23"); a longer one also in title case ("Nato" for
  "NATO"). :attr:`Case.EXACT` and :attr:`Case.IGNORE` override that per name.
- **Possessives.** "Ukraine's" and "Houthis'" match "Ukraine" and "Houthis"; the span stops
  before the apostrophe.
- **Overlaps.** Matches never overlap: at each word the longest name that starts there wins, then
  the search goes on after it ("Guinea-Bissau" is one match, not "Guinea"); a name that starts
  with "the" gives way to one starting at the next word that reaches further ("the Atlantic
  Ocean" is "Atlantic Ocean", not "the Atlantic").

One name may stand for several things (Georgia the country and the US state): each payload
given for it is returned, in the order given. Build a matcher once (a pipeline keeps it with
:meth:`geoevents.Context.built`); it cannot be changed afterwards.
"""

from __future__ import annotations

import enum
import functools
import itertools
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar

import attrs
import regex

__all__ = ["Case", "Phrase", "PhraseMatch", "PhraseMatcher", "phrase_key"]

T = TypeVar("T")

_W = r"\p{L}\p{M}\p{N}"
# Why this pattern is linear: the three alternatives start differently (a letter followed by a
# dot, an apostrophe, a word character), every quantifier is possessive, and each repeated
# group starts with a character its predecessor cannot match (a dot, an apostrophe), so no
# character is ever tried by two paths: there is nothing to backtrack into.
_TOKEN = regex.compile(
    rf"\p{{L}}(?:\.\p{{L}})++\.?+(?![{_W}])"  # a dotted acronym: "U.S.", "D.C", "U.S.A."
    rf"|['’]s(?![{_W}])"  # a possessive "'s"
    rf"|[{_W}]++(?:['’](?!s(?![{_W}]))[{_W}]++)*+"  # a word, apostrophes inside ("d'Ivoire")
)
_HORIZONTAL_SPACE = regex.compile(r"[^\S\n\r\f\v\u2028\u2029]+")
_HYPHENS = frozenset("-\u2010\u2011")


class Case(enum.Enum):
    """How the case of a name's words must be matched."""

    AUTO = "auto"
    """Per word, from how the name is written (the default; see the module's rules)."""
    EXACT = "exact"
    """Every word exactly as written (accents, apostrophes and dots aside)."""
    IGNORE = "ignore"
    """In any case."""


# Per-word case rules, compact because a large list holds millions of them.
_ANY, _CAPITAL, _UPPER, _UPPER_OR_TITLE = 0, 1, 2, 3


@attrs.frozen
class Phrase(Generic[T]):
    """A name to find, with what it stands for and how its case is matched."""

    text: str
    """The name as written ("al-Shabaab", "U.S.")."""
    payload: T
    """What a match returns for it: an identifier of what the name stands for."""
    case: Case = Case.AUTO
    """The case rule; :attr:`Case.AUTO` reads it from how :attr:`text` is written."""


@attrs.frozen
class PhraseMatch(Generic[T]):
    """One occurrence of a name in a text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    text: str
    """The matched text, ``text[start:end]`` of the searched text."""
    payloads: tuple[T, ...]
    """The payloads of every name written this way, in the order the names were given."""


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """A word without case, accents or dots, with one kind of apostrophe."""
    if word.isascii():
        return word.replace(".", "").lower()
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'").replace(".", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=4096)
def _join(gap: str) -> str | None:
    """The join a gap between two words makes, or None when it breaks a name.

    ``""`` for no gap (before a possessive), ``" "`` for spaces or one hyphen, ``"."`` and
    ``","`` for a full stop or comma and spaces.
    """
    if not gap:
        return ""
    if gap in _HYPHENS or _HORIZONTAL_SPACE.fullmatch(gap):
        return " "
    if gap[0] in ".," and _HORIZONTAL_SPACE.fullmatch(gap, 1):
        return gap[0]
    return None


def _rule(word: str) -> int:
    """The case rule :attr:`Case.AUTO` reads from one word of a name."""
    if len(word) > 1 and word.isupper():
        plain = len(word) >= 4 and word.isalpha()  # no digits, no dots: "NATO", not "M23"
        return _UPPER_OR_TITLE if plain else _UPPER
    return _CAPITAL if word[:1].isupper() else _ANY


def _accepts(rule: int | str, word: str) -> bool:
    """Whether ``word`` of the text is written as a name's word with ``rule`` requires."""
    if rule == _ANY:
        return True
    if rule == _CAPITAL:
        return word[:1].isupper()
    if rule == _UPPER:
        return word.isupper()
    if rule == _UPPER_OR_TITLE:
        return word.isupper() or word.istitle()
    return word.replace("’", "'").replace(".", "") == rule  # Case.EXACT: the word itself


_Rules = tuple[int | str, ...]
_Node = tuple[Any, ...]  # (goes_on: bool, rules: _Rules, payloads: tuple, rules, payloads, ...)
_LEAF: _Node = (False,)


_ARTICLES = frozenset({"the"})
"""Words that may open a name ("the Atlantic") without being what a longer name needs."""


class _Words(NamedTuple):
    """The words of a text (or of part of it) with their offsets."""

    starts: Sequence[int]
    ends: Sequence[int]
    raws: list[str]


def _words(text: str, start: int = 0, end: int | None = None) -> _Words:
    # Offsets in arrays, and no list of match objects: a long text has hundreds of thousands of
    # words, and a match object costs ten times what its two offsets do in an array.
    starts, ends, raws = array("q"), array("q"), []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        first, last = match.span()
        starts.append(first)
        ends.append(last)
        raws.append(match[0])
    return _Words(starts, ends, raws)


def _keys(words: _Words, text: str) -> list[str]:
    """The keys of the runs of words that start at the first: one per word, until a break."""
    key = _fold(words.raws[0])
    keys = [key]
    for j in range(1, len(words.raws)):
        join = _join(text[words.ends[j - 1] : words.starts[j]])
        if join is None:
            break
        key = f"{key}{join}{_fold(words.raws[j])}"
        keys.append(key)
    return keys


def _name_keys(name: str) -> tuple[_Words, list[str]] | None:
    """A name's words and the keys of its prefixes (the last is the name's), or None.

    None when the name has no words, or something before, after or between them that no text
    could match.
    """
    parts = name.split(" ")
    if all(part.isalnum() for part in parts):  # most names: plain words, one space apart
        folded = [_fold(part) for part in parts]
        keys = [folded[0]]
        for part in folded[1:]:
            keys.append(f"{keys[-1]} {part}")
        ends = list(itertools.accumulate(len(part) + 1 for part in parts))
        return _Words(
            [end - len(part) - 1 for end, part in zip(ends, parts, strict=True)],
            [end - 1 for end in ends],
            parts,
        ), keys
    words = _words(name)
    if not words.raws or _join(name[: words.starts[0]].strip()) != "":
        return None
    if _join(name[words.ends[-1] :].strip()) != "":
        return None
    keys = _keys(words, name)
    return (words, keys) if len(keys) == len(words.raws) else None


def phrase_key(name: str) -> str | None:
    """The key a name is matched by: its words folded, with their joins.

    None when the name has no words or a gap that no text could match: such a name cannot be
    given to a :class:`PhraseMatcher`.

    >>> phrase_key("Côte d’Ivoire"), phrase_key("al-Shabaab"), phrase_key("U.S."), phrase_key("(")
    ("cote d'ivoire", 'al shabaab', 'us', None)
    """
    compiled = _name_keys(name)
    return compiled[1][-1] if compiled else None


class PhraseMatcher(Generic[T]):
    """Finds the names it was built with in texts; immutable once built.

    :param phrases: the names, as :class:`Phrase` objects or ``(name, payload)`` pairs.
    :raises ValueError: a name has no words, or punctuation that no text could match.
    """

    __slots__ = ("_nodes", "_size")

    def __init__(self, phrases: Iterable[Phrase[T] | tuple[str, T]]) -> None:
        # One table for every key and every key's prefix. A node is one flat tuple (a large list
        # has hundreds of thousands): whether a longer key goes on from it, then the case rules
        # and payloads of each way of writing the names that end there (none for a prefix).
        nodes: dict[str, _Node] = {}
        shared: dict[_Rules, _Rules] = {}
        for phrase in phrases:
            if not isinstance(phrase, Phrase):
                phrase = Phrase(phrase[0], phrase[1])
            for keys, rules in _phrase_keys(phrase):
                _add(nodes, keys, shared.setdefault(rules, rules), phrase.payload)
        self._nodes = nodes
        self._size = sum(1 for node in nodes.values() if len(node) > 1)

    @classmethod
    def from_snapshot(
        cls,
        snapshot: Mapping[str, tuple[Any, ...]],
        phrases: Iterable[Phrase[T] | tuple[str, T]] = (),
    ) -> PhraseMatcher[T]:
        """A matcher rebuilt from a :meth:`snapshot`, with ``phrases`` added to it.

        This is what a cache of a large list loads, without reading its names again; the
        snapshot must come from this version of geoevents.
        """
        matcher: PhraseMatcher[T] = cls.__new__(cls)
        nodes = dict(snapshot)
        for phrase in phrases:
            if not isinstance(phrase, Phrase):
                phrase = Phrase(phrase[0], phrase[1])
            for keys, rules in _phrase_keys(phrase):
                _add(nodes, keys, rules, phrase.payload)
        matcher._nodes = nodes
        matcher._size = sum(1 for node in matcher._nodes.values() if len(node) > 1)
        return matcher

    def snapshot(self) -> Mapping[str, tuple[Any, ...]]:
        """The matcher's table as plain data (str, int, bool, tuples and the payloads).

        ``marshal`` or ``pickle`` can store it when the payloads are plain data too; its shape
        belongs to this version of geoevents, so key a cache of it by the version.
        """
        return MappingProxyType(self._nodes)

    def __len__(self) -> int:
        """The number of distinct keys (names that differ only as the rules allow count once)."""
        return self._size

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PhraseMatch[T]]:
        """The names in ``text`` (or in ``text[start:end]``), in text order, never overlapping.

        Offsets are offsets into ``text``. The time taken grows linearly with the text: each
        word starts at most as many table lookups as the longest name has words.
        """
        words = _words(text, start, end)
        starts, ends, raws = words.starts, words.ends, words.raws
        found: list[PhraseMatch[T]] = []
        count = len(raws)
        i = 0
        while i < count:
            best = self._longest_at(text, words, i)
            if best is None:
                i += 1
                continue
            if i + 1 < count and _fold(raws[i]) in _ARTICLES:
                # "the Atlantic Ocean": a name without its article that reaches further
                # ("Atlantic Ocean") wins over one with it ("the Atlantic")
                later = self._longest_at(text, words, i + 1)
                if later is not None and later[0] > best[0]:
                    i += 1
                    continue
            last, payloads = best
            found.append(
                PhraseMatch(
                    start=starts[i],
                    end=ends[last],
                    text=text[starts[i] : ends[last]],
                    payloads=payloads,
                )
            )
            i = last + 1
        return found

    def _longest_at(self, text: str, words: _Words, i: int) -> tuple[int, tuple[T, ...]] | None:
        """The last word and payloads of the longest name starting at word ``i``, if any."""
        starts, ends, raws = words.starts, words.ends, words.raws
        count = len(raws)
        key = _fold(raws[i])
        node = self._nodes.get(key)
        best: tuple[int, tuple[T, ...]] | None = None
        j = i
        while node is not None:
            if len(node) > 1:
                payloads = _accepted(node, raws, i)
                if payloads:
                    best = (j, payloads)
            if not node[0] or j + 1 == count:
                break
            join = _join(text[ends[j] : starts[j + 1]])
            if join is None:
                break
            j += 1
            key = f"{key}{join}{_fold(raws[j])}"
            node = self._nodes.get(key)
        return best

    def lookup(self, name: str) -> tuple[T, ...]:
        """The payloads of ``name`` written exactly so, as if it were the whole text.

        >>> PhraseMatcher([("US", 1)]).lookup("U.S."), PhraseMatcher([("US", 1)]).lookup("us")
        ((1,), ())
        """
        key = phrase_key(name)
        node = self._nodes.get(key) if key is not None else None
        if node is None:
            return ()
        return _accepted(node, _words(name).raws, 0)


def _phrase_keys(phrase: Phrase[T]) -> Iterator[tuple[tuple[str, ...], _Rules]]:
    """The keys of a name, each with the keys of its shorter prefixes, and its words' case rules.

    A name written with "St." is also written "St": it gives a second key without that stop.
    """
    compiled = _name_keys(phrase.text)
    if compiled is None:
        raise ValueError(f"cannot match the name {phrase.text!r}: it has no words or odd gaps")
    words, keys = compiled
    if phrase.case is Case.EXACT:
        rules: _Rules = tuple(w.replace("’", "'").replace(".", "") for w in words.raws)
    elif phrase.case is Case.IGNORE:
        rules = (_ANY,) * len(words.raws)
    else:
        rules = tuple(map(_rule, words.raws))
    yield tuple(keys), rules
    if len(keys) > 1 and "." in phrase.text:
        joins = [
            _join(phrase.text[words.ends[j - 1] : words.starts[j]]) for j in range(1, len(keys))
        ]
        if "." in joins:
            folded = [_fold(w) for w in words.raws]
            plain = [folded[0]]
            for join, word in zip(joins, folded[1:], strict=True):
                plain.append(f"{plain[-1]}{' ' if join == '.' else join}{word}")
            yield tuple(plain), rules


def _add(nodes: dict[str, _Node], keys: tuple[str, ...], rules: _Rules, payload: T) -> None:
    """Add a name's key (the last of ``keys``) and mark its prefixes as going on."""
    for prefix in keys[:-1]:
        node = nodes.get(prefix, _LEAF)
        if not node[0]:
            nodes[prefix] = (True, *node[1:])
    key = keys[-1]
    node = nodes.get(key, _LEAF)
    for index in range(1, len(node), 2):
        if node[index] == rules:
            payloads = node[index + 1]
            if payload not in payloads:
                nodes[key] = (*node[: index + 1], (*payloads, payload), *node[index + 2 :])
            return
    nodes[key] = (*node, rules, (payload,))


def _accepted(node: _Node, raws: Sequence[str], first: int) -> tuple[Any, ...]:
    """The payloads of the ways of writing whose case rules the words from ``first`` satisfy."""
    accepted: tuple[Any, ...] = ()
    for index in range(1, len(node), 2):
        if all(_accepts(rule, raws[first + k]) for k, rule in enumerate(node[index])):
            payloads = node[index + 1]
            accepted = payloads if not accepted else accepted + payloads
    return accepted
