"""People's names in news copy: capitalised name sequences, the titles and honorifics before them.

>>> from geoevents.resources import Context
>>> finder = NameFinder(NameLexicons.from_lexicons(Context().lexicon))
>>> [(n.text, n.title, n.gender) for n in finder.names("Ukrainian President Volodymyr Zelenskiy")]
[('Volodymyr Zelenskiy', 'Ukrainian President', 'm')]
>>> [(n.text, n.title) for n in finder.names("Kremlin spokesman Dmitry Peskov said so.")]
[('Kremlin', None), ('Dmitry Peskov', 'spokesman')]
>>> [n.text for n in finder.names("Ursula von der Leyen met Mr. Scholz.")]
['Ursula von der Leyen', 'Scholz']
>>> index = NameIndex()
>>> index.add("Vladimir Putin", 10)
>>> index.fullest("Putin", 200)
'Vladimir Putin'

A *name* is a run of capitalised words, with the lower-case particles names carry ("von der",
"bin") and initials inside it. Titles and honorifics are split off ("President", "Mr.", "Kremlin
spokesman" written just before it), and so are words that merely start a sentence ("But",
"When"). Whether a name is a person's is a judgement the caller makes; :attr:`Name.person` says
whether the name itself shows it (a title, an honorific or a known given name).

The word lists are lexicons (``person_titles``, ``honorifics``, ``given_names``,
``name_particles``, ``name_stopwords``); build a :class:`NameFinder` from
:class:`NameLexicons` read from a pipeline's context (:meth:`NameLexicons.from_lexicons`), so
that plugins can extend them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs
import regex

from geoevents.text.patterns import alternation

__all__ = ["Name", "NameFinder", "NameIndex", "NameLexicons", "name_tokens"]

# A capitalised word: "Zelenskiy", "McCaskill", "O'Neill", "Jean-Marc", "al-Assad", "G.K.".
_PREFIX = r"(?:(?:al|el|bin|ibn|abu)-)"
_CAPITALISED = (
    r"\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{Lu}[\p{L}\p{M}]*)*"
    r"(?:-\p{Ll}{2,4}(?![\p{L}-]))?"  # "Geun-hye", "Ki-moon"
)
_WORD = rf"(?:\p{{Lu}}\.(?:\s?\p{{Lu}}\.)*|{_PREFIX}?{_CAPITALISED})"
_PREFIXES = ("al-", "el-", "bin-", "ibn-", "abu-")
_TOKEN = regex.compile(rf"{_WORD}|\p{{Ll}}+")
_POSSESSIVE = regex.compile(r"['’]s?(?!\p{L})")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_SPACE = r"[ \t\u00a0]+"
_CALENDAR = (  # "the Office on June 18", "the Council on Monday": a date follows, not a name
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}\p{N}])"
)


def _sequence_pattern(lexicons: NameLexicons) -> regex.Pattern[str]:
    """Runs of capitalised words joined by spaces and name particles ("von der").

    A short capitalised word may carry a full stop inside the run ("Sen. Claire McCaskill");
    :meth:`NameFinder.names` cuts the run after one that is not an honorific or an initial, so
    that "in Kyiv. Zelensky said" gives two names. Possessive quantifiers keep the match linear
    however long the run; every word starts with a capital (or "al-", "bin-"...), which lets
    the engine skip quickly to capitals.
    """
    particles = alternation(lexicons.particles)
    joint = rf"{_SPACE}(?:(?:{particles}|of){_SPACE})*+" if particles else _SPACE
    if lexicons.bodies:
        # "for", "on", "against" join a name only after a body's head: "the Institute for
        # Fiscal Studies", not "Putin on Tuesday"
        heads = alternation(word.capitalize() for word in lexicons.bodies)
        after_head = rf"(?<=(?<![\p{{L}}\p{{N}}])(?:{heads}))"
        body = rf"{after_head}{_SPACE}(?:for|on|against)(?:{_SPACE}the)?{_SPACE}(?!{_CALENDAR})"
        joint = rf"(?:{body}|{joint})"
    word = rf"(?:\p{{Lu}}\.(?:\p{{Lu}}\.)+|\p{{Lu}}\p{{Ll}}{{0,4}}\.|{_WORD})"
    # The first word starts with a capital: a run that starts with "al-" is found from the
    # capital after it, and :meth:`NameFinder._scan` moves its start back over the prefix.
    # (A pattern whose first letter may be "a", "e", "b" or "i" is tried almost everywhere.)
    initials = r"\p{Lu}\.(?:\s?\p{Lu}\.)*"
    first = rf"(?:\p{{Lu}}\.(?:\p{{Lu}}\.)+|\p{{Lu}}\p{{Ll}}{{0,4}}\.|{initials}|{_CAPITALISED})"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){first}(?:{joint}{word})*+")


def _prefixed_start(text: str, start: int, floor: int) -> int:
    """``start`` moved back over an article prefix written before it ("al-Assad")."""
    for prefix in _PREFIXES:
        at = start - len(prefix)
        if at >= floor and text.startswith(prefix, at) and (at == 0 or not text[at - 1].isalnum()):
            return at
    return start


def name_tokens(name: str) -> list[str]:
    """The words of a name, without dots, honorific suffixes or possessive endings.

    >>> name_tokens("Sen. Claire McCaskill Jr.")
    ['Sen', 'Claire', 'McCaskill']
    """
    words = [w.strip(".") for w in name.split() if w.strip(".")]
    words = [_POSSESSIVE.sub("", w) if w[-2:] in ("'s", "’s") else w for w in words]
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    return words


@attrs.frozen(kw_only=True, eq=False)
class NameLexicons:
    """The word lists a :class:`NameFinder` reads (lower-case keys, except given names)."""

    titles: Mapping[str, str]
    """Titles and roles ("foreign minister"), with ``m``/``f`` for gender or ``p`` for plural."""
    honorifics: Mapping[str, str]
    """Words before a name ("Mr", "Sen", "Sheikh"), with ``m`` or ``f`` when they tell gender."""
    given_names: Mapping[str, str]
    """Given names ("Olaf") with ``m`` or ``f``."""
    particles: frozenset[str]
    """Lower-case words that may stand inside a name ("von", "bin")."""
    stopwords: frozenset[str]
    """Capitalised words that are never part of a name ("But", "Says")."""
    bodies: frozenset[str] = frozenset()
    """Lower-case nouns that head a body's name and may take "for", "on" or "against" inside
    it ("Institute for Fiscal Studies", "Commission on Human Rights")."""

    @classmethod
    def from_mappings(
        cls,
        *,
        titles: Mapping[str, str],
        honorifics: Mapping[str, str],
        given_names: Mapping[str, str],
        particles: Iterable[str],
        stopwords: Iterable[str],
        bodies: Iterable[str] = (),
    ) -> NameLexicons:
        """Lexicons from mappings as :meth:`geoevents.Context.lexicon` returns them.

        ``bodies`` may hold phrases ("white house"); only single words head a name.
        """
        return cls(
            titles={k.lower(): v for k, v in titles.items()},
            honorifics={k.lower().rstrip("."): v for k, v in honorifics.items()},
            given_names=dict(given_names),
            particles=frozenset(p.lower() for p in particles),
            stopwords=frozenset(s.lower() for s in stopwords),
            bodies=frozenset(b.lower() for b in bodies if b.isalpha()),
        )

    @classmethod
    def from_lexicons(cls, lexicon: Callable[[str], Mapping[str, str]]) -> NameLexicons:
        """Read every list through ``lexicon`` (``context.lexicon``, say)."""
        return cls.from_mappings(
            titles=lexicon("person_titles"),
            honorifics=lexicon("honorifics"),
            given_names=lexicon("given_names"),
            particles=lexicon("name_particles"),
            stopwords=lexicon("name_stopwords"),
            bodies=lexicon("organisation_nouns"),
        )


@attrs.frozen(kw_only=True)
class Name:
    """A name found in a text, with the title written before it."""

    start: int
    """Offset of the name's first character (after any title or honorific)."""
    end: int
    """Offset one past its last character (before any possessive ending)."""
    text: str
    """The name as written: ``text[start:end]``."""
    title: str | None = None
    """The title or honorific written before it ("Ukrainian President", "Mr."), if any."""
    title_start: int | None = None
    """Offset of the title, if any."""
    gender: str | None = None
    """``m`` or ``f`` when the title, honorific or given name tells it."""
    person: bool = False
    """Whether the name shows itself to be a person's (a title, honorific or given name)."""
    possessive: bool = False
    """Whether it is written in the possessive ("Putin’s")."""


class NameFinder:
    """Finds names and the titles before them; build it once per set of lexicons."""

    def __init__(self, lexicons: NameLexicons) -> None:
        self.lexicons = lexicons
        """The word lists in use."""
        self._max_title_words = max((len(t.split()) for t in self.lexicons.titles), default=1)
        self._sequence = _sequence_pattern(self.lexicons)
        self._title_words = frozenset(
            [word for title in self.lexicons.titles for word in title.split()]
            + list(self.lexicons.honorifics)
        )
        self._stop_forms = frozenset(
            form
            for word in self.lexicons.stopwords
            for form in (word.capitalize(), word.upper())
            if form[:1].isupper()
        )
        # The last words of titles and honorifics: a word before a name that is none of them
        # cannot end a title, which spares most names the look-back.
        self._title_tails = frozenset(
            [t.split()[-1] for t in self.lexicons.titles if t.split()]
            + list(self.lexicons.honorifics)
        )

    def is_title(self, words: str) -> bool:
        """Whether ``words`` (any case) is a title or role in the lexicon."""
        return words.lower() in self.lexicons.titles

    def title_gender(self, words: str) -> str | None:
        """``m``, ``f`` or ``p`` (plural) for a title, honorific or role, or None."""
        key = words.lower().rstrip(".")
        value = self.lexicons.titles.get(key) or self.lexicons.honorifics.get(key)
        return value or None

    def given_name_gender(self, word: str) -> str | None:
        """``m`` or ``f`` for a known given name, or None."""
        return self.lexicons.given_names.get(word) or None

    def title_before(self, text: str, offset: int) -> tuple[int, int] | None:
        """The span of a title phrase ending just before ``offset`` (over spaces), or None.

        >>> from geoevents.resources import Context
        >>> finder = NameFinder(NameLexicons.from_lexicons(Context().lexicon))
        >>> finder.title_before("the foreign minister Abbas Araghchi", 21)
        (4, 20)
        """
        if offset == 0 or not text[offset - 1].isspace():
            return None
        window_start = max(0, offset - 60)
        window = text[window_start:offset]
        last = window.rsplit(None, 1)  # the last word alone first: it is rarely a title's
        if not last or (window_start and len(last) == 1):
            return None
        if last[-1].removesuffix(",").lower().rstrip(".") not in self._title_tails:
            return None
        words = window.split()
        if window_start and words:
            words = words[1:]  # the first may be cut
        if words and words[-1].endswith(","):  # "The spokeswoman, Ines Moreau"
            words[-1] = words[-1][:-1]
        if not words or words[-1].lower().rstrip(".") not in self._title_tails:
            return None
        for count in range(min(len(words), self._max_title_words), 0, -1):
            phrase = " ".join(words[-count:]).lower().rstrip(".")
            if self.lexicons.titles.get(phrase, "") != "p" and (
                phrase in self.lexicons.titles
                or (count == 1 and phrase in self.lexicons.honorifics)
            ):
                end = text.rindex(words[-1], window_start, offset) + len(words[-1])
                start = end
                for word in reversed(words[-count:]):
                    start = text.rindex(word, window_start, start)
                return start, end
        return None

    def names(self, text: str, start: int = 0, end: int | None = None) -> list[Name]:
        """Every name in ``text[start:end]``, in order."""
        return self._scan(text, start, len(text) if end is None else end, None)

    def names_and_words(self, text: str) -> tuple[list[Name], list[tuple[int, int]]]:
        """The names of ``text`` split in two, for callers that need few of the one-word names.

        The first list holds the names of several words and the one-word names with a title
        before them; the second, the spans of the other one-word names ("Putin", "Monday"),
        which :meth:`names` would give as untitled :class:`Name` objects. Building those is
        most of the cost of :meth:`names` on long texts.

        >>> from geoevents.resources import Context
        >>> finder = NameFinder(NameLexicons.from_lexicons(Context().lexicon))
        >>> names, words = finder.names_and_words("Mr. Tusk met Putin in Vilnius.")
        >>> [(n.text, n.title) for n in names], words
        ([('Tusk', 'Mr.')], [(13, 18), (22, 29)])
        """
        words: list[tuple[int, int]] = []
        return self._scan(text, 0, len(text), words), words

    def _scan(
        self, text: str, start: int, end: int, words: list[tuple[int, int]] | None
    ) -> list[Name]:
        found: list[Name] = []
        stopwords = self.lexicons.stopwords
        stop_forms = self._stop_forms
        for match in self._sequence.finditer(text, start, end):
            run = match.group()
            if run in stop_forms:  # "The", "But": the commonest runs of all
                continue
            run_start, run_end = match.span()
            if text[run_start - 1 : run_start] == "-" and run_start > start:
                prefixed = _prefixed_start(text, run_start, start)
                if prefixed != run_start:
                    run_start, run = prefixed, text[prefixed:run_end]
            if " " in run or "\t" in run or "\u00a0" in run:
                first, _space, rest = run.partition(" ")
                if first not in stop_forms or " " in rest or "\t" in rest or "\u00a0" in rest:
                    found.extend(self._split(text, run_start, run_end))
                    continue
                # "In January", "The Kremlin": the stop word, then one word
                run_start = run_end - len(rest)
                run = rest
            # One word, the common case: "Monday", "Putin". Without a full stop in it, the
            # run is the word itself; "Sen." and "U.S." are read as tokens.
            if "." in run:
                token = _TOKEN.match(text, run_start, run_end)
                if token is None:
                    continue
                word, span = token.group(), token.span()
            else:
                word, span = run, (run_start, run_end)
            if word[:1].isupper() and word.lower().rstrip(".") in stopwords:
                continue
            if words is not None and self.title_before(text, run_start) is None:
                lower = word.lower()
                if lower not in self.lexicons.titles and self.title_gender(lower) is None:
                    words.append(span)  # not a bare title ("President")
                continue
            found.extend(self._name(text, [span]))
        return found

    def _split(self, text: str, start: int, end: int) -> Iterator[Name]:
        """The names in one capitalised run, cut at stop words and possessives."""
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
        run: list[tuple[int, int]] = []
        for index, (s, e) in enumerate(tokens):
            word = text[s:e]
            if word[:1].isupper() and word.lower().rstrip(".") in self.lexicons.stopwords:
                yield from self._name(text, run)
                run = []
                continue
            run.append((s, e))
            following = text[e : e + 1]
            possessive = following in ("'", "’") and _POSSESSIVE.match(text, e) is not None
            stop = following == "." and e - s > 1 and word.lower() not in self.lexicons.honorifics
            if (possessive or stop) and index + 1 < len(tokens):
                yield from self._name(text, run)
                run = []
        yield from self._name(text, run)

    def _name(self, text: str, run: list[tuple[int, int]]) -> Iterator[Name]:
        while run and text[run[-1][0] : run[-1][1]].islower():  # particles at the edges
            run = run[:-1]
        while run and text[run[0][0] : run[0][1]].islower():
            run = run[1:]
        if not run:
            return
        last = text[run[-1][0] : run[-1][1]].lower()
        if self.title_gender(last) is not None or last in self.lexicons.titles:
            return  # a bare title ("President"), not a name
        cut = self._title_end(text, run)
        title_span: tuple[int, int] | None = None
        if cut:
            title_span = (run[0][0], run[cut - 1][1])
            run = run[cut:]
            if run and text[run[0][0] : run[0][1]] == "of":  # "President of Ukraine Ivan Sirko"
                run = self._after_place(text, run[1:])
                if run:
                    title_span = (title_span[0], _trim_end(text, run[0][0]))
            while run and text[run[0][0] : run[0][1]].islower():
                run = run[1:]
            if not run:
                return
        else:
            title_span = self.title_before(text, run[0][0])
        of = (
            next((i for i, (s, e) in enumerate(run) if text[s:e] == "of"), None)
            if " of " in text[run[0][0] : run[-1][1]]
            else None
        )
        place: list[tuple[int, int]] = []
        if of is not None and (
            title_span is not None
            or (of > 1 and self.given_name_gender(text[run[0][0] : run[0][1]]))
        ):
            # a person "of" a place or a body: "Rep. Jo Lund of Maine", "Ana Ruiz of Lima"
            run, place = run[:of], run[of + 1 :]
        name_start, name_end = run[0][0], run[-1][1]
        title = None if title_span is None else text[title_span[0] : title_span[1]]
        gender = None
        if title is not None:
            gender = self._gender_of_title(title)
        given = text[run[0][0] : run[0][1]]
        given_gender = self.given_name_gender(given) if len(run) > 1 else None
        gender = gender or given_gender
        possessive = _POSSESSIVE.match(text, name_end) is not None
        yield Name(
            start=name_start,
            end=name_end,
            text=text[name_start:name_end],
            title=title,
            title_start=None if title_span is None else title_span[0],
            gender=gender if gender in ("m", "f") else None,
            person=title is not None or given_gender is not None,
            possessive=possessive,
        )
        if place:
            yield from self._name(text, place)

    def _after_place(self, text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The name in the words after a title's "of": past the place ("Ukraine", "Hong Kong").

        The name starts at the first known given name after the first word; without one, the
        place is taken to be one word. A lone word is the place, with no name after it
        ("the President of Ukraine").
        """
        for index in range(1, len(run)):
            if self.given_name_gender(text[run[index][0] : run[index][1]]):
                return run[index:]
        return run[1:]

    def _gender_of_title(self, title: str) -> str | None:
        for word in reversed(title.split()):
            gender = self.title_gender(word)
            if gender in ("m", "f"):
                return gender
        gender = self.title_gender(title)
        return gender if gender in ("m", "f") else None

    def _title_end(self, text: str, run: list[tuple[int, int]]) -> int:
        """How many leading tokens of ``run`` are a title (with what qualifies it)."""
        cut = 0
        words = [text[s:e].lower().rstrip(".") for s, e in run]
        if not any(word in self._title_words for word in words[:-1]):
            return 0  # no word of a title: the common case
        for index in range(len(words) - 1):
            for count in range(min(self._max_title_words, index + 1), 0, -1):
                phrase = " ".join(words[index - count + 1 : index + 1])
                if self.lexicons.titles.get(phrase, "") != "p" and (
                    phrase in self.lexicons.titles
                    or (count == 1 and phrase in self.lexicons.honorifics)
                ):
                    cut = index + 1
                    break
        return cut


class NameIndex:
    """The names an article gives, to resolve a short form to the fullest one.

    Add every full name with its offset; :meth:`fullest` then finds, for "Putin", the longest
    name of the article that contains it (of the people sharing it, the one named most recently
    before the mention, else the first named after it).
    """

    def __init__(self) -> None:
        # Dicts, not sets: a tie between two names then goes the same way in every process.
        self._names_by_word: dict[str, dict[tuple[str, ...], None]] = {}
        self._offsets: dict[tuple[str, ...], list[int]] = {}

    def add(self, name: str, offset: int) -> None:
        """Record that ``name`` is written at ``offset`` (in any order; text order is cheapest)."""
        words = tuple(name_tokens(name))
        if not words:
            return
        offsets = self._offsets.setdefault(words, [])
        if not offsets:
            for word in words:
                self._names_by_word.setdefault(word, {})[words] = None
        if offsets and offset < offsets[-1]:
            bisect.insort(offsets, offset)
        else:
            offsets.append(offset)

    def fullest(self, name: str, offset: int) -> str:
        """The fullest form of ``name`` the article gives, or ``name`` itself."""
        words = tuple(name_tokens(name))
        candidates = (
            [full for full in self._names_by_word.get(words[-1], ()) if _contains(full, words)]
            if words
            else []
        )
        if not candidates:
            return name
        chosen = max(candidates, key=lambda full: self._closeness(full, offset))
        best = max(
            (full for full in candidates if _contains(full, chosen)),
            key=lambda full: (len(full), self._closeness(full, offset)),
        )
        return " ".join(best) if len(best) > len(words) else name

    def _closeness(self, full: tuple[str, ...], offset: int) -> tuple[int, int]:
        """A sort key: names written before ``offset`` by recency, then those after by order."""
        offsets = self._offsets[full]
        position = bisect.bisect_right(offsets, offset)
        if position:
            return 1, offsets[position - 1]
        return 0, -offsets[0]

    def has(self, name: str) -> bool:
        """Whether ``name`` itself was added (with the same words)."""
        return tuple(name_tokens(name)) in self._offsets

    def known(self, word: str) -> bool:
        """Whether ``word`` is a word of some indexed name."""
        return word in self._names_by_word


def _trim_end(text: str, end: int) -> int:
    """``end`` moved back over white space."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``full``."""
    if len(part) > len(full):
        return False
    return any(full[i : i + len(part)] == part for i in range(len(full) - len(part) + 1))
