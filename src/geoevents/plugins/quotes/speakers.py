"""Speakers: the words that name who said a quote, and the person they refer to.

:func:`subject_before` reads the phrase that ends right before a reporting verb ("Ukrainian
President Volodymyr Zelenskiy said", "Mark Rutte, the alliance's secretary general, said", "he
said"); :func:`speaker_after` the phrase right after one ("said Mark Rutte", "according to the
ministry"). Both return a :class:`Ref`: a name, a pronoun, a title or an organisation, with its
offsets. A :class:`SpeakerResolver` then turns a ref into the fullest name the article gives:
a surname into the full name ("Putin" -> "Vladimir Putin"), a pronoun into the most recent
compatible person, a definite title ("the foreign minister") into the person introduced with
it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import regex

from geoevents.plugins.quotes.lexicons import Hit, QuoteLexicons
from geoevents.text.names import Name, NameIndex
from geoevents.text.sentences import paragraphs, sentences

__all__ = [
    "Ref",
    "SpeakerResolver",
    "abbreviated",
    "main_subject",
    "sentence_subject",
    "speaker_after",
    "subject_before",
    "subject_start",
]

_WINDOW = 160
"""How far a speaker phrase may reach from its verb, in characters."""
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}'’-]+)[ \t\u00a0]*$")  # searched from the end
_COORDINATORS = frozenset({"and", "but", "then"})
_NP_WORD = regex.compile(r"[\p{L}\p{N}'’.-]+")
_WORD_LIMIT = 40
"""The longest word worth reading: matches end there, so a scraped run of letters costs no more."""
_CLAUSE_END = regex.compile(r"[.;:!?\"“”«»()\n]|,(?=\s+(?:and|but|who|which|where|while)\b)")
_PREPOSITION = regex.compile(
    r"(?<![\p{L}])(?:of|in|at|on|to|for|with|from|by|about|after|before|over|through|into"
    r"|onto|across|under|near|around|behind|past|along|among|between|during|inside|outside"
    r"|without|toward|towards)(?![\p{L}])"
)
_POSSESSIVE_START = regex.compile(r"[\p{L}.-]+['’]s?[ \t\u00a0]+\p{Ll}")
"""An aside that opens with a possessive ("Pyongyang's only ally"): an appositive."""
_SHORT_ASIDE = regex.compile(r"\p{N}{1,3}|\p{Lu}{1,2}-[\p{L}. ]{1,14}")
"""An age (", 25,") or a party and state (", R-Ore.,") between a name and its verb."""
_MAX_CANDIDATES = 40
"""How many earlier mentions a pronoun considers: a bound that keeps resolution linear."""


class Ref(NamedTuple):
    """The words that attribute a quote."""

    start: int
    """Offset of the words."""
    end: int
    """End offset of the words."""
    kind: str
    """``name``, ``pronoun``, ``title`` (a role without a name), ``org`` or ``label`` (a
    transcript's "SMITH:")."""
    text: str
    """The words as written."""
    gender: str | None = None
    """``m``, ``f``, ``p`` (several people) or ``o`` (an organisation), when known."""


def _name_ref(name: Name) -> Ref:
    return Ref(name.start, name.end, "name", name.text, name.gender)


def _strip_back(text: str, end: int, floor: int, lex: QuoteLexicons) -> int:
    """``end`` moved back over spaces, auxiliaries and -ly adverbs ("has also", "quickly")."""
    for _ in range(4):
        match = _WORD_BEFORE.search(text, max(floor, end - 30), end)
        if match is None:
            break
        word = match.group(1).lower()
        if word not in lex.auxiliaries and not (word.endswith("ly") and len(word) > 4):
            break
        end = match.start()
    while end > floor and text[end - 1] in " \t\u00a0":
        end -= 1
    return end


def _skip_aside(text: str, end: int, floor: int, lex: QuoteLexicons) -> int:
    """``end`` moved before the asides between a speaker and the verb.

    ", the alliance's chief," "(R-Utah)" "– in Kyiv –" ", R-Ore.," ", 25," and several of them
    ("(R-Ohio), a member of the panel,").
    """
    for _ in range(3):
        moved = _skip_one_aside(text, end, floor, lex)
        if moved == end:
            break
        end = moved
    return end


def _skip_one_aside(text: str, end: int, floor: int, lex: QuoteLexicons) -> int:
    if end <= floor:
        return end
    last = text[end - 1]
    if last == ")":
        opening = text.rfind("(", max(floor, end - 60), end - 1)
        return _trim(text, opening, floor) if opening >= 0 else end
    if last in "–—":
        dash = max(
            text.rfind("–", max(floor, end - 80), end - 1),
            text.rfind("—", max(floor, end - 80), end - 1),
        )
        return _trim(text, dash, floor) if dash >= 0 else end
    if last == ",":
        comma = text.rfind(",", max(floor, end - 100), end - 1)
        inner = text[comma + 1 : end - 1].strip() if comma >= 0 else ""
        if comma >= 0 and (
            inner[:1].islower()
            or _SHORT_ASIDE.fullmatch(inner)
            or _POSSESSIVE_START.match(inner)
            or _names_role(inner, lex)
        ):
            # ", the ...," ", who ...," ", R-Ore.," ", 25," ", Tesco's chief for Europe,"
            return _trim(text, comma, floor)
        if comma < 0:
            return floor  # "Initially, state ...": a lone comma ends no speaker
        return _trim(text, end - 1, floor)
    return end


def _names_role(words: str, lex: QuoteLexicons) -> bool:
    """Whether a capitalised aside names a role ("Tesco's CEO for Europe", "NATO's chief")."""
    found = _NP_WORD.findall(words)
    return any(
        lex.names.is_title(word.rstrip(".")) or lex.names.is_title(" ".join(found[i : i + 2]))
        for i, word in enumerate(found[:6])
    )


def _trim(text: str, end: int, floor: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def subject_before(
    text: str, verb: int, floor: int, lex: QuoteLexicons, *, strict: bool = True
) -> Ref | None:
    """The speaker phrase that ends right before the verb at ``verb``, if any.

    :param floor: the phrase may not start before this offset (the clause's start).
    :param strict: accept only names, pronouns, titles and organisations; otherwise also a
        short phrase led by a determiner ("the ad's narrator"), for layouts that leave no doubt.
    """
    word = _NP_WORD.match(text, verb, min(len(text), verb + 30))
    if word is not None and word.group().endswith("ing") and _comma_before(text, verb, floor):
        # "..., arguing that": the participle's subject is the clause's, not the last noun's
        return main_subject(text, floor, verb, lex)
    clause = floor
    floor = max(floor, verb - _WINDOW)
    end = _strip_back(text, verb, floor, lex)
    end = _strip_back(text, _skip_aside(text, end, floor, lex), floor, lex)
    if end <= floor:
        return None
    word = _WORD_BEFORE.search(text, max(floor, end - 30), end)
    if word is None:
        return None
    lower = word.group(1).lower()
    if lower in _COORDINATORS and word.end(1) == end:
        # "X toured the dam and said": the subject of the first verb
        return main_subject(text, clause, word.start(1), lex)
    if lower in lex.pronouns and word.start(1) >= floor:
        return Ref(word.start(1), word.end(1), "pronoun", word.group(1), lex.pronouns[lower])
    found = lex.names.names(text, floor, end)
    name = found[-1] if found else None
    if name is not None and name.end == end and not name.possessive:
        before = found[-2] if len(found) > 1 else None
        if before is not None and before.person and text[before.end : name.start].strip() == "of":
            return _name_ref(before)  # "Jo Lund of Maine said"
        if not name.person and text[max(floor, name.start - 4) : name.start].lower() == "the ":
            # "the Kremlin", "the Pentagon": a body, named with its article
            return Ref(name.start - 4, name.end, "org", text[name.start - 4 : name.end], "o")
        return _name_ref(name)
    return _role_phrase(text, floor, end, lex, strict=strict)


def _comma_before(text: str, verb: int, floor: int) -> bool:
    """Whether a comma stands right before the word at ``verb``."""
    before = text[max(floor, verb - 3) : verb].rstrip()
    return before.endswith(",")


def _role_phrase(
    text: str, floor: int, end: int, lex: QuoteLexicons, *, strict: bool = True
) -> Ref | None:
    """A title or organisation phrase ending at ``end`` ("a senior US official"), if any."""
    words = list(_NP_WORD.finditer(text, max(floor, end - 80), end))
    if not words or words[-1].end() != end:
        return None
    head = words[-1].group().lower().rstrip(".")
    pair = " ".join(w.group().lower() for w in words[-2:]).rstrip(".")
    kind = None
    gender = None
    if head in lex.organisations or pair in lex.organisations:
        kind, gender = "org", "o"
    elif lex.names.is_title(head) or lex.names.is_title(pair):
        kind = "title"
        gender = lex.names.title_gender(head) or lex.names.title_gender(pair)
    if kind is None and not strict:
        kind = "title"
    if kind is None:
        return None
    first = len(words) - 1
    stop = lex.names.lexicons.stopwords
    # Extend back over modifiers: capitalised words, possessives, titles, short adjectives.
    while first > 0 and len(words) - first < 7:
        previous = words[first - 1]
        gap = text[previous.end() : words[first].start()]
        if gap.strip():
            break
        lower = previous.group().lower()
        if lower in lex.determiners:
            first -= 1
            break
        if lower in stop or lex.verbs.get(lower) or previous.group()[:1].isdigit():
            break
        first -= 1
    start = words[first].start()
    led = words[first].group().lower() in lex.determiners
    known = lex.names.is_title(head) or head in lex.organisations
    if not strict and not known and gender is None:
        if not led or head in stop:
            return None  # a bare noun phrase must be led by "the", "a"...; "the following"
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and _PREPOSITION.fullmatch(before.group(1).lower()):
            return None  # "through the streets": not a subject
    return Ref(start, end, kind, text[start:end], gender)


def speaker_after(
    text: str, start: int, ceiling: int, lex: QuoteLexicons, *, strict: bool = True
) -> Ref | None:
    """The speaker phrase that starts at ``start`` ("said Mark Rutte, the ..."), if any.

    :param strict: as for :func:`subject_before`.
    """
    while start < ceiling and text[start] in " \t\u00a0,":
        start += 1
    limit = min(ceiling, start + _WINDOW)
    end = _clause_end(text, start, limit, lex)
    word = _NP_WORD.match(text, start, min(end, start + _WORD_LIMIT))
    if word is None:
        return None
    lower = word.group().lower()
    if lower in lex.pronouns:
        return Ref(word.start(), word.end(), "pronoun", word.group(), lex.pronouns[lower])
    first_comma = text.find(",", start, end)
    segment_end = first_comma if first_comma >= 0 else end
    names = [n for n in lex.names.names(text, start, end) if not n.possessive]
    in_first = [n for n in names if n.end <= segment_end]
    for name in in_first:
        if _PREPOSITION.search(text, start, name.start) is not None:
            break  # "said the mayor of Kharkiv": a place, not the speaker
        if name.person or not _followed_by_title(text, name, lex):
            return _name_ref(name)
    role = _role_phrase(text, start, _trim(text, segment_end, start), lex, strict=strict)
    later = [n for n in names if n.start > segment_end]
    if role is not None and later:
        introduced = later[0].title_start if later[0].title_start is not None else later[0].start
        if introduced - segment_end <= 3:  # "Qatar's prime minister, Sheikh Mohammed ..."
            return _name_ref(later[0])
    if role is not None:
        return role
    return None


def _clause_end(text: str, start: int, limit: int, lex: QuoteLexicons) -> int:
    """Where the phrase from ``start`` ends: at the first clause break.

    The full stop of an honorific or an initial is not one ("said Mr. Holloway", "Elena R.
    Castillo").
    """
    position = start
    while True:
        found = _CLAUSE_END.search(text, position, limit)
        if found is None:
            return limit
        if found.group() != "." or not abbreviated(text, found.start(), lex):
            return found.start()
        position = found.end()


def abbreviated(text: str, stop: int, lex: QuoteLexicons) -> bool:
    """Whether the full stop at ``stop`` ends an honorific or an initial."""
    word = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if word is None or word.end() != stop:
        return False
    written = word.group(1)
    return (len(written) == 1 and written.isupper()) or (
        written[:1].isupper() and written.lower() in lex.names.lexicons.honorifics
    )


def _followed_by_title(text: str, name: Name, lex: QuoteLexicons) -> bool:
    """Whether a role word follows the name ("White House press secretary ...")."""
    following = _NP_WORD.match(text, name.end + 1, min(len(text), name.end + 40))
    if following is None or text[name.end : following.start()].strip():
        return False
    word = following.group().lower().rstrip(".,")
    return lex.names.is_title(word) or word in ("press", "chief", "deputy")


def main_subject(text: str, start: int, end: int, lex: QuoteLexicons) -> Ref | None:
    """The subject of the clause that a participle at ``end`` hangs on ("X said, adding").

    The subject of the nearest reporting verb before it in the clause, else the subject at
    the clause's start.
    """
    for verb in reversed(lex.verb.finditer(text, start, end)):
        ref = subject_before(text, verb.start(), start, lex)
        if ref is not None:
            return ref
    return sentence_subject(text, start, end, lex)


def subject_start(text: str, start: int, end: int, lex: QuoteLexicons) -> int:
    """Where the subject of the clause at ``start`` starts: past an opening adverbial."""
    return _skip_space(text, _after_adverbial(text, _skip_space(text, start, end), end, lex), end)


def _after_adverbial(text: str, start: int, end: int, lex: QuoteLexicons) -> int:
    """``start`` moved past an opening adverbial ("In a speech on Monday, X ...")."""
    word = _NP_WORD.match(text, start, min(end, start + _WORD_LIMIT))
    if word is None or word.group().lower() not in lex.openers:
        return start
    comma = text.find(",", word.end(), min(end, start + 80))
    if comma < 0 or _CLAUSE_END.search(text, word.end(), comma) is not None:
        return start
    return _skip_space(text, comma + 1, end)


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\u00a0":
        start += 1
    return start


def sentence_subject(text: str, start: int, end: int, lex: QuoteLexicons) -> Ref | None:
    """The subject at the start of a clause ("Kim Jong Un was defiant ...:"), if one is named.

    An opening adverbial is passed over ("After the vote, Kim ...").
    """
    start = _after_adverbial(text, start, end, lex)
    word = _NP_WORD.match(text, start, min(end, start + _WORD_LIMIT))
    if word is not None and word.group().lower() in lex.pronouns:
        return Ref(
            word.start(), word.end(), "pronoun", word.group(), lex.pronouns[word.group().lower()]
        )
    names = [n for n in lex.names.names(text, start, min(end, start + 80)) if not n.possessive]
    for name in names:
        if name.person:
            return _name_ref(name)
    for name in names:
        if name.start - start < 20:
            return _name_ref(name)
    return None


class _Mention(NamedTuple):
    offset: int
    name: str
    gender: str | None
    sentence: int


class SpeakerResolver:
    """Resolves refs to the fullest names an article gives.

    Built once per document: it indexes the people the article names (outside quotes) and the
    genders their titles, honorifics and given names tell. :meth:`add_speakers` then adds the
    names that the attributions found (a speaker is somebody, even without a title).
    """

    def __init__(
        self,
        text: str,
        lex: QuoteLexicons,
        quoted: Sequence[tuple[int, int]],
        spans: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        """Index the names of ``text`` outside the ``quoted`` spans.

        :param spans: the paragraphs of ``text``, when the caller has them.
        """
        self.text = text
        self.lex = lex
        self._sentences = sentences(text, lex.sentences)
        self._quoted = quoted
        self._quoted_starts = [start for start, _end in quoted]
        self.index = NameIndex()
        self._gender: dict[str, str] = {}
        self._titles: dict[str, list[tuple[int, str]]] = {}
        found, self._words = lex.names.names_and_words(text)
        self._names = [n for n in found if not self._inside(n.start)]
        self._people = {n.text for n in self._names if n.person}
        for name in self._names:
            if name.person and (len(name.text.split()) > 1 or name.title):
                self.index.add(name.text, name.start)
        # Genders and titles are read from these on first need, with the index complete.
        self._unlearned = [n for n in self._names if n.person and (n.gender or n.title)]
        self._name_starts = [n.start for n in self._names]
        self._word_starts = [start for start, _end in self._words]
        self._paragraph_spans = paragraphs(text) if spans is None else spans
        self._paragraph_starts = [start for start, _end in self._paragraph_spans]
        self._speakers: list[Ref] = []
        self._plural_speaker = False  # whether a group ("the ministry said") speaks anywhere
        self._spoke: set[tuple[int, int]] = set()
        self._mentions: dict[int, list[_Mention]] = {}

    def _inside(self, offset: int) -> bool:
        return _inside(offset, self._quoted, self._quoted_starts)

    def _learn(self) -> None:
        """Read the genders and titles of the names not read yet."""
        for name in self._unlearned:
            full = self.index.fullest(name.text, name.start)
            if name.gender and full not in self._gender:
                self._gender[full] = name.gender
            if name.title:
                self._titles.setdefault(name.title.lower(), []).append((name.start, full))
        self._unlearned = []

    def is_person(self, ref: Ref) -> bool:
        """Whether a name ref is visibly a person's.

        It is when the name has a title or a given name, here or elsewhere in the article, or
        when it is part of a longer name of a person ("Putin").
        """
        if ref.kind != "name":
            return ref.kind == "pronoun" and ref.gender != "o"
        if ref.gender is not None or ref.text in self._people:
            return True
        return self.index.fullest(ref.text, ref.start) != ref.text or self.index.has(ref.text)

    def add_speakers(self, speakers: Sequence[Ref]) -> None:
        """Record the refs that attribute quotes (call before :meth:`resolve`)."""
        self._speakers.extend(speakers)
        self._plural_speaker = self._plural_speaker or any(r.gender == "p" for r in speakers)
        spans = {(r.start, r.end) for r in speakers if r.kind in ("name", "label")}
        self._spoke |= {(r.start, r.end) for r in speakers if r.kind == "name"}
        for name in self._names:
            if (name.start, name.end) in spans and not name.person:
                if len(name.text.split()) > 1 or name.title:
                    self.index.add(name.text, name.start)
                if name.gender or name.title:
                    self._unlearned.append(name)
        self._mentions = {}

    def _mention_list(self, paragraph: int) -> list[_Mention]:
        """The people named outside quotes in a paragraph, in order (built on first use)."""
        found = self._mentions.get(paragraph)
        if found is not None:
            return found
        text = self.text
        start, end = self._paragraph_spans[paragraph]
        spoke = self._spoke
        mentions: list[_Mention] = []
        first = bisect.bisect_left(self._name_starts, start)
        for name in self._names[first : bisect.bisect_left(self._name_starts, end)]:
            full = self.index.fullest(name.text, name.start)
            if full != name.text or name.person or (name.start, name.end) in spoke:
                mentions.append(self._mention(name.start, full, None))
        first = bisect.bisect_left(self._word_starts, start)
        for word_start, word_end in self._words[first : bisect.bisect_left(self._word_starts, end)]:
            word = text[word_start:word_end]
            said = (word_start, word_end) in spoke
            if (said or self.index.known(word)) and not self._inside(word_start):
                full = self.index.fullest(word, word_start)
                if full != word or said:
                    mentions.append(self._mention(word_start, full, None))
        if self._plural_speaker:  # asked per paragraph: not a scan of every speaker
            for match in self.lex.group.finditer(text, start, end):
                if not self._inside(match.start()):
                    phrase = _group_phrase(text, match, self.lex)
                    mentions.append(self._mention(match.start(), phrase, "p"))
        mentions.sort()
        self._mentions[paragraph] = mentions
        return mentions

    def _mention(self, offset: int, name: str, gender: str | None) -> _Mention:
        sentence = self._sentences.index_at(offset)
        return _Mention(offset, name, gender, -1 if sentence is None else sentence)

    def gender(self, name: str) -> str | None:
        """``m`` or ``f`` for a person the article names, when it tells."""
        self._learn()
        return self._gender.get(name)

    def learn_gender(self, name: str, gender: str) -> None:
        """Record a gender the article shows (a pronoun that refers to ``name``)."""
        if gender in ("m", "f"):
            self._learn()
            self._gender.setdefault(name, gender)

    def resolve(self, ref: Ref) -> str | None:
        """The fullest name for ``ref``; None for a pronoun that refers to nobody named."""
        if ref.kind == "label":  # a transcript's "SMITH:"
            return self.index.fullest(ref.text.title(), ref.start)
        if ref.kind == "name":
            return self.index.fullest(ref.text, ref.start)
        if ref.kind == "pronoun":
            return self._antecedent(ref)
        if ref.kind == "title" and ref.text.lower().startswith("the "):
            person = self._titled(ref.text[4:].lower(), ref.start)
            if person is not None:
                return person
        return ref.text

    def _titled(self, title: str, offset: int) -> str | None:
        """The person introduced earlier with ``title`` ("Foreign Minister X"), if exactly one."""
        self._learn()
        entries = [
            full
            for key, found in self._titles.items()
            if key.endswith(title)
            for at, full in found
            if at < offset
        ]
        return entries[-1] if entries and len(set(entries)) == 1 else None

    def _antecedent(self, ref: Ref) -> str | None:
        """The most recent compatible person (or group, for "they") before a pronoun."""
        if ref.gender == "o":
            return None
        # Pronouns look back over their paragraph and the one before, no further.
        paragraph = bisect.bisect_right(self._paragraph_starts, ref.start) - 1
        mentions = [
            mention
            for index in (paragraph - 1, paragraph)
            if index >= 0
            for mention in self._mention_list(index)
        ]
        position = bisect.bisect_left([m.offset for m in mentions], ref.start)
        best: _Mention | None = None
        for index in range(position - 1, max(-1, position - 1 - _MAX_CANDIDATES), -1):
            mention = mentions[index]
            if best is not None and mention.sentence != best.sentence:
                break
            if self._compatible(mention, ref.gender):
                best = mention  # keep going: the sentence's first compatible mention wins
        return None if best is None else best.name

    def _compatible(self, mention: _Mention, gender: str | None) -> bool:
        if gender == "p":
            return mention.gender == "p"
        if mention.gender == "p":
            return False
        known = self.gender(mention.name)
        return known is None or gender is None or known == gender


def _group_phrase(text: str, match: Hit, lex: QuoteLexicons) -> str:
    """A plural role with the words before it that qualify it ("Ukrainian military officials")."""
    words = list(_NP_WORD.finditer(text, max(0, match.start() - 40), match.start()))
    start = match.start()
    for word in reversed(words[-3:]):
        if text[word.end() : start].strip() or word.group().lower() in lex.determiners:
            break
        lower = word.group().lower()
        adjective = lower.endswith(("al", "ary", "ian", "ese"))
        if not (word.group()[:1].isupper() or adjective or lower in lex.organisations):
            break
        start = word.start()
    return text[start : match.end()]


def _inside(offset: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < spans[index][1]
