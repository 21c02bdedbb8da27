"""Attribution: which words around a quoted passage say who said it, and how.

The layouts, tried in this order for each passage:

- postposed: ``“...,” Putin said.`` / ``“...,” said Putin.`` / ``“...,” according to X.`` /
  ``“...” ― Name`` (after the closing mark, before anything else in the sentence);
- preposed: ``Putin said: “...”`` / ``X told state television: “...”`` / ``X said, “...”`` /
  ``X was defiant: “...”`` (a colon after the clause that names the speaker);
- next sentence: ``“...” Those were the words of X.`` / ``“...” X said.``;
- within the sentence, for quoted words inside it: ``X said the plan was “a road to war”``,
  ``what X called “...”`` and a closing ``..., X said.``

A passage none of these attributes is left for :mod:`geoevents.plugins.quotes` to attribute
from its neighbours (the previous quote's speaker, the previous sentence's subject).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import regex

from geoevents.plugins.quotes.lexicons import Hit, QuoteLexicons
from geoevents.plugins.quotes.marks import Passage
from geoevents.plugins.quotes.speakers import (
    Ref,
    abbreviated,
    sentence_subject,
    speaker_after,
    subject_before,
    subject_start,
)

__all__ = ["Attribution", "attribute", "clause_floor", "closing_speaker", "is_title", "preposed"]

_REACH = 160
"""How far from a quote its attribution may be, in characters."""
_LEAD = regex.compile(r"[\s,;:]*(?:[—–―-]+[\s\u00a0]*)?")
_ENDS_CLAUSE = regex.compile(r"[,.?!:;…—–―-]")
_DASH_NAME = regex.compile(r"[\s\u00a0]*[—–―]+[\s\u00a0]*")
_ONLY_PUNCT = regex.compile(r"[\s.,;:!?)\]…]*")
_TAIL = regex.compile(r"\s*(?:[^\s.!?;\"“”«»]+[ \t\u00a0]+){0,8}?[^\s.!?;\"“”«»]*[:,]?\s*")
_THAT = regex.compile(r"[ \t\u00a0]+that[ \t\u00a0,]*$")
_CLAUSE_START = regex.compile(
    r"[;:!?\n]|[”\"»](?=\s)|\b(?:that|and|but|while|as|after|when|because|although|if)\s"
)
_STOP = regex.compile(r"[.;!?\n]\s|[.,;:!?…—–-][”\"»]\s")
"""Where a clause ends: a sentence stop, or a quotation closed by its punctuation."""
_WORDS = regex.compile(r"[\p{L}\p{N}'’-]+")


class Attribution(NamedTuple):
    """Who a passage is attributed to, by which words, and in which layout."""

    ref: Ref | None
    """The attributing words, if any."""
    cue: tuple[int, int] | None
    """Offsets of the reporting words, if any."""
    kind: str
    """``direct``, ``partial`` or ``indirect``."""
    layout: str | None
    """How the words attribute it: ``postposed``, ``preposed``, ``colon``, ``dash``, ``next``,
    ``sentence``, ``subject``, ``previous``, ``continued``, ``label`` (a transcript's "SMITH:"),
    or for indirect speech ``that``, ``zero``, ``participle``, ``according``, ``postposed``;
    None when nothing attributes it."""


def _cue(text: str, match: Hit, lex: QuoteLexicons, end: int) -> tuple[int, int]:
    """The cue's offsets: the verb with a channel phrase right after it ("told reporters")."""
    channel = lex.channel.match(text, match.end(), min(end, match.end() + 40))
    return match.start(), channel.end() if channel else match.end()


def attribute(
    text: str,
    passage: Passage,
    before: int,
    after: int,
    sentence: tuple[int, int],
    next_sentence: tuple[int, int] | None,
    lex: QuoteLexicons,
    *,
    person: Callable[[Ref], bool] | None = None,
) -> Attribution:
    """The attribution of ``passage``.

    :param before: where the text that may attribute it starts (the sentence's start, or the
        end of the previous quote in the sentence).
    :param after: where that text ends after the passage (the sentence's end, or the next
        quote's opening mark).
    :param sentence: the sentence the passage stands in, quotes included.
    :param next_sentence: the sentence after it in the same paragraph, if any.
    :param person: whether a name is a person's, as far as the article tells (by default, when
        the name shows it: a title, a given name, two words or more).
    """
    close_end = passage.close + (1 if passage.closed else 0)
    if passage.closed and text[passage.close : passage.close + 2] == "''":
        close_end += 1
    lead_in = text[before : passage.open].strip()
    found = _postposed(text, close_end, after, lex)
    if found is not None:
        return found
    found = preposed(text, before, passage.open, lex, person)
    if found is not None:
        return found
    rest_empty = _ONLY_PUNCT.fullmatch(text, close_end, after) is not None
    if not lead_in.strip("—–-―(\u00a0 ") and rest_empty:
        if next_sentence is not None:
            found = _next_sentence(text, next_sentence, lex)
            if found is not None:
                return found
        return Attribution(None, None, "direct", None)
    return _within(text, passage, sentence, lex, person or _is_person)


def _postposed(text: str, start: int, end: int, lex: QuoteLexicons) -> Attribution | None:
    """``“...,” X said`` / ``“...,” said X`` / ``“...,” according to X`` / ``“...” ― X``."""
    lead = _LEAD.match(text, start, end)
    position = lead.end() if lead else start
    if not _ENDS_CLAUSE.search(text, max(0, start - 3), position):
        return None  # the sentence goes on after the quoted words: not an attribution
    limit = min(end, position + _REACH)
    verb = lex.verb.search(text, position, limit)
    if verb is not None:
        lemma = lex.verbs.get(verb.group().lower(), "")
        cue = _cue(text, verb, lex, end)
        between = text[position : verb.start()]
        if not between.strip() or lex.speaker_after(lemma):
            if between.strip() and not lex.speaker_after(lemma):
                return None
            ref = speaker_after(text, cue[1], end, lex, strict=False)
            if ref is not None:
                return Attribution(ref, cue, "direct", "postposed")
        elif _CLAUSE_START.search(between) is None and len(_WORDS.findall(between)) <= 14:
            ref = subject_before(text, verb.start(), position, lex, strict=False)
            if ref is not None:
                return Attribution(ref, cue, "direct", "postposed")
    dash = _DASH_NAME.match(text, start, end)
    if dash is not None and dash.end() > start:
        ref = speaker_after(text, dash.end(), end, lex)
        if (
            ref is not None
            and ref.kind == "name"
            and not text[dash.end() : ref.start].strip()
            and _ONLY_PUNCT.fullmatch(text, ref.end, end) is not None
        ):
            return Attribution(ref, None, "direct", "dash")
    return None


def preposed(
    text: str,
    start: int,
    open_mark: int,
    lex: QuoteLexicons,
    person: Callable[[Ref], bool] | None = None,
) -> Attribution | None:
    """``X said: “...”`` / ``X said “...”`` / ``X was defiant: “...”``.

    Without a reporting verb, the colon's clause must open with a person, a body or a pronoun
    (``person`` says whether a name is a person's), not with a heading ("Veto Power: ...").
    """
    floor = max(start, open_mark - _REACH)
    for verb in reversed(lex.verb.finditer(text, floor, open_mark)):  # nearest first
        cue = _cue(text, verb, lex, open_mark)
        tail = text[cue[1] : open_mark]
        if _TAIL.fullmatch(tail) is None:
            break  # a clause stands between the cue and the quote
        lemma = lex.verbs.get(verb.group().lower(), "")
        if lex.speaker_after(lemma):
            ref = speaker_after(text, cue[1], open_mark, lex)
            if ref is not None and tail.rstrip().endswith(","):
                return Attribution(ref, cue, "direct", "preposed")
            continue
        if tail.rstrip().endswith((":", ",")) or not tail.strip():
            clause = clause_floor(text, floor, verb.start(), lex)
            ref = subject_before(text, verb.start(), clause, lex, strict=False)
            if ref is not None:
                return Attribution(ref, cue, "direct", "preposed")
    if text[floor:open_mark].rstrip().endswith(":"):
        clause = clause_floor(text, floor, open_mark, lex)
        ref = sentence_subject(text, clause, open_mark, lex)
        if ref is not None and (
            ref.kind == "pronoun"
            or (person or _is_person)(ref)
            or ref.text.split()[-1].lower() in lex.organisations
        ):
            return Attribution(ref, None, "direct", "colon")
    return None


def closing_speaker(text: str, span: tuple[int, int], lex: QuoteLexicons) -> Ref | None:
    """The speaker of an attribution that closes a sentence ("..., Schiff said."), if any."""
    start, end = span
    hits = lex.verb.finditer(text, max(start, end - _REACH), end)
    if not hits:
        return None
    verb = hits[-1]
    cue = _cue(text, verb, lex, end)
    if lex.speaker_after(verb.group().lower()):
        return None
    if text[start : verb.start()].rstrip().endswith(","):
        ref = speaker_after(text, cue[1], end, lex)
        rest = ref.end if ref is not None else cue[1]
    else:
        ref = subject_before(text, verb.start(), start, lex)
        rest = cue[1]
        if (
            ref is not None
            and ref.start > start
            and not text[start : ref.start].rstrip().endswith(",")
        ):
            return None  # the subject of the whole sentence, not a closing attribution
    if ref is None or _ONLY_PUNCT.fullmatch(text, rest, end) is None:
        return None
    return ref


def clause_floor(text: str, floor: int, end: int, lex: QuoteLexicons) -> int:
    """The start of the clause that ends at ``end``: after the last sentence stop or quote.

    The full stop of an initial or an honorific is no stop ("Loretta E. Lynch said").
    """
    start = floor
    for match in _STOP.finditer(text, floor, end):
        if match.group()[0] != "." or not abbreviated(text, match.start(), lex):
            start = match.end()
    return start


def _next_sentence(text: str, span: tuple[int, int], lex: QuoteLexicons) -> Attribution | None:
    """``“...” X said.`` / ``“...” Those were the words of X.`` (a short sentence after)."""
    start, end = span
    if len(_WORDS.findall(text, start, min(end, start + 200))) > 16 or end - start > 200:
        return None
    if any(mark in text[start:end] for mark in '“”"«»'):
        return None
    verb = lex.verb.search(text, start, end)
    if verb is None:
        return None
    lemma = lex.verbs.get(verb.group().lower(), "")
    cue = _cue(text, verb, lex, end)
    if lex.speaker_after(lemma):
        ref = speaker_after(text, cue[1], end, lex)
    else:
        ref = subject_before(text, verb.start(), start, lex)
        if ref is not None and len(text[start : ref.start].split()) > 4:
            ref = None
        if ref is None and not text[start : verb.start()].strip():
            ref = speaker_after(text, cue[1], end, lex)
    if ref is None:
        return None
    return Attribution(ref, cue, "direct", "next")


def _within(
    text: str,
    passage: Passage,
    sentence: tuple[int, int],
    lex: QuoteLexicons,
    person: Callable[[Ref], bool],
) -> Attribution:
    """Quoted words inside a sentence: attributed by the sentence's cue, if it has one."""
    start, end = sentence
    floor = max(start, passage.open - 400)
    for match in reversed(lex.verb.finditer(text, floor, passage.open)):  # nearest cue first
        clause = clause_floor(text, floor, match.start(), lex)
        ref = subject_before(text, match.start(), clause, lex)
        if ref is None:  # "The clip says ...": any phrase that opens the clause
            loose = subject_before(text, match.start(), clause, lex, strict=False)
            if loose is not None and loose.start == subject_start(text, clause, match.start(), lex):
                ref = loose
        if ref is not None:
            return Attribution(ref, _cue(text, match, lex, passage.open), "partial", "sentence")
    ceiling = min(end, passage.close + 400)
    for match in lex.verb.finditer(text, passage.close, ceiling):
        lemma = lex.verbs.get(match.group().lower(), "")
        cue = _cue(text, match, lex, ceiling)
        if lex.speaker_after(lemma):
            ref = speaker_after(text, cue[1], ceiling, lex)
        else:
            ref = subject_before(text, match.start(), passage.close + 1, lex)
            after_cue = text[cue[1] : end]
            if ref is not None and (
                text[ref.start - 2 : ref.start].strip() not in (",", "")
                or (
                    _ONLY_PUNCT.fullmatch(after_cue) is None
                    and not after_cue.lstrip().startswith(",")
                )
            ):
                ref = None
        if ref is not None:
            return Attribution(ref, cue, "partial", "sentence")
    ref = sentence_subject(text, start, passage.open, lex)
    if (
        ref is not None
        and _opens(text, ref, subject_start(text, start, passage.open, lex), lex)
        and (ref.kind == "pronoun" or person(ref))
    ):
        return Attribution(ref, None, "partial", "subject")
    return Attribution(None, None, "partial", None)


def _opens(text: str, ref: Ref, lead: int, lex: QuoteLexicons) -> bool:
    """Whether ``ref``, with any title before it, opens the clause at ``lead``."""
    if ref.start - lead <= 3:
        return True
    first = lex.names.names(text, lead, ref.end)
    if not first or first[0].start != ref.start or first[0].title_start is None:
        return False
    return first[0].title_start - lead <= 3


def _is_person(ref: Ref) -> bool:
    """Whether a name ref is visibly a person's (a given name, a title, two words or more)."""
    return ref.kind == "name" and (ref.gender is not None or len(ref.text.split()) > 1)


def is_title(text: str, passage: Passage, lex: QuoteLexicons) -> bool:
    """Whether the quoted words name a work or a nickname rather than quote anyone.

    A naming word right before the marks ("titled", "nicknamed") makes it a title; so does a
    kind of work ("the film", "his speech") or a possessive ("CNN's") before words written in
    title case, and a nickname between a first and a last name (``Dwayne “The Rock” Johnson``).
    """
    words = _WORDS.findall(text, max(0, passage.open - 40), passage.open)
    previous = words[-1].lower() if words else ""
    pair = " ".join(w.lower() for w in words[-2:])
    if lex.title_cues.get(previous) == "verb" or lex.title_cues.get(pair) == "verb":
        return True
    quoted = text[passage.start : passage.end]
    if not _title_case(quoted):
        return False
    if lex.title_cues.get(previous) == "noun" or previous.endswith(("'s", "’s")):
        return True
    kind = lex.title_cues.get(words[-2].lower()) if len(words) > 1 else None
    if previous in ("of", "on") and kind == "noun":
        return True  # "an episode of “Morning Edition”", "a broadcast of “Face the Nation”"
    after_mark = _skip_mark(text, passage)
    following = _WORDS.findall(text, after_mark, min(len(text), after_mark + 30))[:2]
    if any(lex.title_cues.get(word.lower()) == "noun" for word in following) and (
        following and text.startswith(following[0], after_mark)
    ):
        return True  # "his “Keepin’ On” radio show": the kind of work after its title
    before = text[passage.open - 1 : passage.open]
    after = text[passage.close + 1 : passage.close + 3]
    return (
        bool(words)
        and words[-1][:1].isupper()
        and before == " "
        and after[:1] == " "
        and after[1:2].isupper()
        and len(quoted.split()) <= 3
    )


def _skip_mark(text: str, passage: Passage) -> int:
    """The offset after the closing mark and the spaces after it."""
    at = passage.close + (1 if passage.closed else 0)
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at


def _title_case(quoted: str) -> bool:
    """Whether every longer word is capitalised and the words are few ("Face the Nation")."""
    words = _WORDS.findall(quoted)
    if not words or len(words) > 10:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) > 3 or w == words[0])
