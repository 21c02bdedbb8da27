"""Indirect speech: the clause a reporting verb reports, without quotation marks.

>>> from geoevents.plugins.quotes.lexicons import compiled
>>> from geoevents.resources import Context
>>> from geoevents.text.sentences import sentences
>>> text = "Prime Minister Ana Berg said on Monday that the border would stay open."
>>> lex = compiled(Context())
>>> split = sentences(text, lex.sentences)
>>> [(text[i.start : i.end], i.attribution.ref.text, i.attribution.layout)
...  for i in indirect_speech(text, lex.verb.finditer(text), [], split, lex)]
[('the border would stay open', 'Ana Berg', 'that')]

Only layouts that leave no doubt are read, each with a reporting verb of the
``indirect_verbs`` lexicon (or "according to") and a speaker that is a name, a title, a body or
a pronoun (the caller drops a pronoun that refers to nobody):

- ``that``: ``X said (on Monday | in a statement | during a rally in Ohio) that <clause>``,
  ``X told reporters / told the committee that <clause>``;
- ``zero``: ``X said <clause>`` without "that", for the verbs marked ``zero``, when the clause
  visibly opens with a subject and a finite verb ("said the army would withdraw", "said he was
  ready", "said Beijing opposed the tariffs");
- ``participle`` and coordinated verbs: ``..., adding that <clause>``, ``X ... and said
  <clause>``, whose speaker is the subject of the clause they hang on;
- ``according``: ``According to X, <clause>.`` and ``<clause>, according to X.``;
- ``postposed``: ``<clause>, X said.`` and ``<clause>, said X.`` closing the sentence.

The clause runs to the end of its sentence, or to the next cue joined to it ("..., and added
that ..."). A verb inside quotation marks is the quoted speaker's, and a clause that opens with
a quotation mark is a direct quote's layout: neither gives indirect speech.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import regex

from geoevents.plugins.quotes.attribution import Attribution, clause_floor
from geoevents.plugins.quotes.lexicons import Hit, QuoteLexicons
from geoevents.plugins.quotes.speakers import (
    Ref,
    speaker_after,
    subject_before,
)
from geoevents.text.sentences import Sentences

__all__ = ["Indirect", "indirect_speech"]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")
_THAT = regex.compile(r"(?<![\p{L}])that(?![\p{L}])")
_ACCORDING = regex.compile(r",[ \t\u00a0]+according to(?![\p{L}])")
_QUOTE_MARKS = '"“”«»„'
_STOPS = '.;:!?\n"“”«»'
_TRAILING = " \t\u00a0.,;:!?…"
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})
_CLAUSE_BREAKS = frozenset(
    {"who", "which", "whose", "whom", "where", "when", "while", "because", "although", "if"}
)
_APPOSITIVE_LEADS = frozenset({"the", "a", "an", "his", "her", "its", "their", "one"})
_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
_CONTRACTIONS = regex.compile(r"(?i)[\p{L}]+(?:['’](?:s|re|ll|ve|d|m)|n['’]t)")
_MAX_BETWEEN = 8
"""How many words may stand between a verb and its "that"."""
_MAX_SCAN = 8
"""How many words of a clause without "that" may come before its finite verb."""
_MAX_TAIL = 300
_MAX_SENTENCE = 1500
"""The longest sentence read for indirect speech, in characters (news sentences are shorter)."""
"""How long the speaker and adjuncts after a closing "said" may be, in characters."""


class Indirect(NamedTuple):
    """A reported clause and its attribution (``kind`` ``indirect``)."""

    start: int
    """Offset of the clause's first character."""
    end: int
    """Offset one past its last character."""
    attribution: Attribution
    """The speaker, the cue and the layout."""
    joined: bool = False
    """Whether the cue is joined to an earlier one's subject ("and said", ", adding")."""


def indirect_speech(
    text: str,
    hits: Sequence[Hit],
    quoted: Sequence[tuple[int, int]],
    split: Sentences,
    lex: QuoteLexicons,
) -> list[Indirect]:
    """The indirect speech of ``text``, in text order.

    :param hits: the reporting words of the text (``lex.verb.finditer(text)``).
    :param quoted: the ``(open, close)`` marks of its quoted passages, in order.
    """
    starts = [start for start, _end in quoted]
    found = []
    for hit in hits:
        index = bisect.bisect_right(starts, hit.start()) - 1
        if index >= 0 and hit.start() <= quoted[index][1]:
            continue  # the quoted speaker's own words
        sentence = split.at(hit.start())
        if sentence is None or sentence[1] - sentence[0] > _MAX_SENTENCE:
            continue  # a run-on line is no sentence to read a clause from (and stays linear)
        lemma = lex.verbs.get(hit.group().lower(), "")
        if lex.speaker_after(lemma):
            item = _according(text, hit, sentence, lex) if lemma == "according to" else None
        elif lemma in lex.indirect:
            item = _postposed(text, hit, sentence, lex) or _reported(
                text, hit, lex.indirect[lemma] == "zero", lemma == "tell", sentence, lex
            )
        else:
            item = None
        if item is not None and item.end > item.start:
            found.append(item)
    return _bounded(text, found)


def _cue_end(text: str, hit: Hit, end: int, lex: QuoteLexicons) -> int:
    channel = lex.channel.match(text, hit.end(), min(end, hit.end() + 40))
    return channel.end() if channel else hit.end()


def _clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause from ``start`` to ``end`` with spaces and closing punctuation trimmed."""
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    if start >= end or text[start] in _QUOTE_MARKS:
        return None  # "said that “...”": the direct quote's layout
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return (start, end) if end > start else None


def _reported(
    text: str,
    hit: Hit,
    zero: bool,
    tell: bool,
    sentence: tuple[int, int],
    lex: QuoteLexicons,
) -> Indirect | None:
    """``X said (...) that <clause>`` and, for ``zero`` verbs, ``X said <clause>``."""
    participle = hit.group().endswith("ing")
    before = text[max(sentence[0], hit.start() - 12) : hit.start()].rstrip()
    if participle and not before.endswith(","):
        return None  # "an ad saying that": not a speaker's verb
    # The clause first: most reporting words have none after them, and it is cheaper to read.
    cue = (hit.start(), _cue_end(text, hit, sentence[1], lex))
    position: int | None = cue[1]
    if tell and cue[1] == hit.end():
        position = _after_object(text, cue[1], sentence[1], lex)
    if position is None:
        return None
    clause = _that_clause(text, position, sentence[1], lex)
    layout = "participle" if participle else "that"
    if clause is None and zero:
        clause = _bare_clause(text, position, sentence[1], lex)
        layout = "participle" if participle else "zero"
    if clause is None:
        return None
    floor = clause_floor(text, sentence[0], hit.start(), lex)
    ref = subject_before(text, hit.start(), floor, lex)
    if ref is None and floor > sentence[0]:  # "X called it “...” and said": past the quote
        ref = subject_before(text, hit.start(), sentence[0], lex)
    if ref is None:
        return None
    joined = participle or before.endswith((" and", " but", " then"))
    return Indirect(clause[0], clause[1], Attribution(ref, cue, "indirect", layout), joined)


def _after_object(text: str, start: int, end: int, lex: QuoteLexicons) -> int | None:
    """Past the person told: "told him", "told Reuters", "told the committee"."""
    words = list(_WORD.finditer(text, start, min(end, start + 80)))
    if not words or text[start : words[0].start()].strip():
        return None
    first = words[0].group()
    if first.lower() in _OBJECTS or first.lower() in ("reporters", "journalists"):
        return words[0].end()
    if first[:1].isupper():
        last = words[0]
        for word in words[1:4]:
            if not word.group()[:1].isupper() or text[last.end() : word.start()].strip():
                break
            last = word
        return last.end()
    if first.lower() in ("the", "a", "an"):
        for word in words[1:5]:
            if _THAT.fullmatch(word.group()):
                return word.start()
    return None


def _that_clause(text: str, start: int, end: int, lex: QuoteLexicons) -> tuple[int, int] | None:
    """The clause after "that" when only a short adjunct stands before it ("on Monday")."""
    limit = min(end, start + 120)
    that = _THAT.search(text, start, limit)
    if that is None:
        return None
    between = text[start : that.start()]
    if any(mark in between for mark in _STOPS + "–—()"):
        return None
    words = _WORD.findall(between)
    if len(words) > _MAX_BETWEEN:
        return None
    if words:
        first = words[0].lower()
        if first not in lex.adjuncts and not (first.endswith("ly") and len(first) > 4):
            return None  # "said the report that ...": "that" opens a relative clause
    return _clause(text, that.end(), _before_according(text, that.end(), end))


def _before_according(text: str, start: int, end: int) -> int:
    """``end``, or the comma of a closing ", according to X" in between."""
    found = _ACCORDING.search(text, start, end)
    return found.start() if found else end


def _bare_clause(text: str, start: int, end: int, lex: QuoteLexicons) -> tuple[int, int] | None:
    """The clause right after the verb (or after a time phrase), if it visibly is one."""
    while start < end and text[start] in " \t\u00a0":
        start += 1
    if start < end and text[start] in ",:":
        return None
    time = lex.time.match(text, start, end)
    for at in (time.end(), start) if time else (start,):
        at = _skip_space(text, at, end)
        if at < end and text[at] not in _QUOTE_MARKS and _opens_clause(text, at, end, lex):
            return _clause(text, at, _before_according(text, at, end))
    return None


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\u00a0":
        start += 1
    return start


def _opens_clause(text: str, start: int, end: int, lex: QuoteLexicons) -> bool:
    """Whether a subject and a finite verb open the words at ``start`` ("the army would")."""
    words = [w.group() for w in _WORD.finditer(text, start, min(end, start + 160))]
    if not words or _WORD.match(text, start) is None:
        return False
    first = words[0]
    low = first.lower()
    if low in lex.adjuncts or (
        low in lex.names.lexicons.stopwords
        and low not in _SUBJECT_PRONOUNS
        and low not in lex.clause_determiners
    ):
        return False
    if _CONTRACTIONS.fullmatch(first) and low.split("'")[0].split("’")[0] in _SUBJECT_PRONOUNS:
        return True  # "he's", "they're", "it'll"
    named = first[:1].isupper() or low in _SUBJECT_PRONOUNS
    if not (named or low in lex.clause_determiners or first[:1].isdigit()):
        # a bare noun: only with its auxiliary right after it ("said taxes would rise")
        return len(words) > 1 and words[1].lower() in lex.finite
    for index, word in enumerate(words[1 : _MAX_SCAN + 1], start=1):
        lower = word.lower()
        if lower in _CLAUSE_BREAKS:
            return False
        if lower in lex.finite or lower.endswith(("n't", "n’t")):
            return True
        if not word[:1].islower():
            continue
        if index == 1 and named and _verb_form(lower):
            return True  # "Beijing opposed", "Kyiv wants"
        if index == 2 and low in lex.clause_determiners and lower.endswith("ed"):
            previous = words[1].lower()
            if not previous.endswith(("ed", "ing")):
                return True  # "the army killed"
    return False


def _verb_form(word: str) -> bool:
    """Whether a word after a subject looks like a finite verb ("opposed", "wants")."""
    if word.endswith("ed") and len(word) > 4:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _according(
    text: str, hit: Hit, sentence: tuple[int, int], lex: QuoteLexicons
) -> Indirect | None:
    """``According to X, <clause>.`` and ``<clause>, according to X.``."""
    start, end = sentence
    cue = (hit.start(), hit.end())
    if hit.start() == start:
        comma = text.find(",", hit.end(), min(end, hit.end() + 120))
        if comma < 0:
            return None
        ref = speaker_after(text, hit.end(), comma, lex)
        clause = _clause(text, comma + 1, end)
        if ref is None or clause is None:
            return None
        return Indirect(*clause, Attribution(ref, cue, "indirect", "according"))
    if not text[start : hit.start()].rstrip().endswith(","):
        return None
    ref = speaker_after(text, hit.end(), end, lex)
    if ref is None or not _ends_sentence(text, ref.end, end):
        return None  # the sentence goes on after the speaker
    clause = _opening_clause(text, start, text.rindex(",", start, hit.start()))
    if clause is None:
        return None
    return Indirect(*clause, Attribution(ref, cue, "indirect", "according"))


def _opening_clause(text: str, start: int, comma: int) -> tuple[int, int] | None:
    """The clause from the sentence's start to the comma before a closing attribution."""
    if text[start] in _QUOTE_MARKS:
        return None  # a direct quote's attribution
    clause = _clause(text, start, comma)
    if clause is None or len(_WORD.findall(text, clause[0], clause[1])) < 4:
        return None
    if sum(text.count(mark, clause[0], clause[1]) for mark in _QUOTE_MARKS) % 2:
        return None  # a quotation left open: not the writer's clause
    return clause


def _postposed(
    text: str, hit: Hit, sentence: tuple[int, int], lex: QuoteLexicons
) -> Indirect | None:
    """``<clause>, X said.`` / ``<clause>, said X.`` at the end of the sentence."""
    start, end = sentence
    if hit.group().endswith("ing") or end - hit.end() > _MAX_TAIL:
        return None
    cue = (hit.start(), _cue_end(text, hit, end, lex))
    rest = cue[1]
    time = lex.time.match(text, _skip_space(text, rest, end), end)
    if time is not None:
        rest = time.end()
    ref: Ref | None
    if text[start : hit.start()].rstrip().endswith(","):
        ref = speaker_after(text, rest, end, lex)
        if ref is not None and ref.start != _skip_space(text, rest, end):
            return None  # "said he’d battled ... for office": not "said the ministry"
        comma = text.rindex(",", start, hit.start())
        rest = ref.end if ref is not None else rest
    else:
        if not _ends_sentence(text, rest, end) or "," not in text[start : hit.start()]:
            return None  # cheap checks first: most verbs are not at the end of a sentence
        ref = subject_before(text, hit.start(), start, lex)
        if ref is None or not text[start : ref.start].rstrip().endswith(","):
            return None
        comma = text.rindex(",", start, ref.start)
    if ref is None or not _ends_sentence(text, rest, end):
        return None
    clause = _opening_clause(text, start, comma)
    if clause is None:
        return None
    return Indirect(*clause, Attribution(ref, cue, "indirect", "postposed"))


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether only punctuation, or an appositive (", the mediator."), is left to ``end``."""
    rest = text[start:end].strip(_TRAILING)
    if not rest:
        return True
    first = _WORD.match(rest)
    return (
        text[start:end].lstrip().startswith(",")
        and first is not None
        and first.group() in _APPOSITIVE_LEADS
    )


def _bounded(text: str, found: list[Indirect]) -> list[Indirect]:
    """The clauses in order, each cut before the next cue joined to it ("..., and added")."""
    found.sort(key=lambda item: (item.start, item.end))
    result = []
    for index, item in enumerate(found):
        for later in found[index + 1 :]:
            cue = later.attribution.cue
            if later.start >= item.end:
                break
            if later.joined and cue is not None and item.start < cue[0] < item.end:
                end = cue[0]
                while end > item.start and text[end - 1] in _TRAILING:
                    end -= 1
                for word in (" and", " but", " then"):
                    if text.endswith(word, item.start, end):
                        end -= len(word)
                item = item._replace(end=_trim(text, item.start, end))
                break
        if item.end > item.start:
            result.append(item)
    return result


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end
