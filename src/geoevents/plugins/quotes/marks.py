"""Quotation marks: which marks open and close a quotation, and the passages between them.

Curly “ ” and straight " double quotes, guillemets « » and single quotes ‘ ’ ' are paired
paragraph by paragraph with a stack, so that nested quotes ("He told me, ‘we will not’") stay
inside their quotation. A mark's neighbours decide what it can do: a straight " after a space
opens, before a space closes; a ’ between letters (``Russia’s``) or before an elision (``’90s``,
``’n’``) is an apostrophe; a single closing mark with no single quote open is an apostrophe too
(``leaders’``). A mark that pairs with nothing (an inch mark, a missing closing quote) is dropped
on its own, so it costs at most its own quotation.

A paragraph whose quotation is still open at its end continues into the next paragraph when
that one opens with a quotation mark, the convention of news copy for quotes that run over
several paragraphs; each paragraph's piece is a :class:`Passage` of its own, and the next piece
says it is ``continued``.

Everything here is linear in the length of the text: each mark is pushed and popped at most once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence, Set
from typing import NamedTuple

import regex

from geoevents.text.sentences import paragraphs

__all__ = ["DOUBLE", "GUILLEMET", "SINGLE", "Passage", "passages"]

DOUBLE = "double"
"""The family of “ ” „ and " marks."""
SINGLE = "single"
"""The family of ‘ ’ and ' marks."""
GUILLEMET = "guillemet"
"""The family of « and » marks."""

# Two apostrophes stand for a straight double quote in some wire copy (''like this'').
_MARKS = regex.compile(r"''|[“”„\"«»‘’']")
_FAMILY = {
    "“": DOUBLE,
    "”": DOUBLE,
    "„": DOUBLE,
    '"': DOUBLE,
    "«": GUILLEMET,
    "»": GUILLEMET,
    "‘": SINGLE,
    "’": SINGLE,
    "'": SINGLE,
    "''": DOUBLE,
}
_OPENERS = frozenset("“„\"«'")
_BEFORE_OPENING = frozenset("([{—–-/:;,")
_AFTER_CLOSING = frozenset(".,;:!?)]}—–-…/")
_ELISION = regex.compile(r"\p{L}+")
_MAX_SINGLE = 300
"""Single quotes are short (headlines, nested quotes): a longer span is an apostrophe pair."""


class Passage(NamedTuple):
    """A quoted passage: the offsets of its marks and of the words between them."""

    open: int
    """Offset of the opening mark."""
    close: int
    """Offset of the closing mark; the paragraph's end for a piece that runs on."""
    start: int
    """Offset of the first quoted character (after any space)."""
    end: int
    """Offset one past the last quoted character (before any space)."""
    family: str
    """:data:`DOUBLE`, :data:`SINGLE` or :data:`GUILLEMET`."""
    closed: bool = True
    """False for the piece of a quotation that runs on into the next paragraph."""
    continued: bool = False
    """True for a piece that continues the previous paragraph's quotation."""


class _Open(NamedTuple):
    position: int
    family: str
    width: int


def passages(
    text: str,
    elisions: Set[str] = frozenset(),
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[Passage]:
    """The outermost quoted passages of ``text``, in order.

    :param elisions: lower-case words that a single mark before them makes elided ("em",
        "n"), so that the mark is an apostrophe.
    :param spans: the paragraphs of ``text`` (:func:`~geoevents.text.sentences.paragraphs`),
        when the caller has them.
    """
    found: list[Passage] = []
    spans = paragraphs(text) if spans is None else spans
    runs_on = False
    for index, (start, end) in enumerate(spans):
        next_opens = index + 1 < len(spans) and text[spans[index + 1][0]] in _OPENERS
        pairs, open_piece = _pairs(text, start, end, elisions, allow_open=next_opens)
        if open_piece is not None:
            pairs.append((open_piece[0], end, DOUBLE, False, open_piece[1]))
        for passage in _outermost(text, pairs):
            if runs_on and passage.open == start:
                passage = passage._replace(continued=True)
            found.append(passage)
        runs_on = open_piece is not None
    return found


def _outermost(text: str, pairs: list[tuple[int, int, str, bool, int]]) -> Iterator[Passage]:
    """The pairs that no other pair contains, as passages with trimmed inner offsets."""
    reach = -1
    for open_at, close_at, family, closed, width in sorted(pairs):
        if open_at < reach:
            continue
        reach = close_at
        start, end = open_at + width, close_at
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield Passage(open_at, close_at, start, end, family, closed)


def _pairs(
    text: str, start: int, end: int, elisions: Set[str], *, allow_open: bool
) -> tuple[list[tuple[int, int, str, bool, int]], tuple[int, int] | None]:
    """The mark pairs of one paragraph, and the opening mark of a quotation left running on."""
    stack: list[_Open] = []
    open_count = {DOUBLE: 0, SINGLE: 0, GUILLEMET: 0}
    pairs: list[tuple[int, int, str, bool, int]] = []
    last_double_pair: dict[str, int] = {}
    for match in _MARKS.finditer(text, start, end):
        at = match.start()
        mark = match.group()
        family = _FAMILY[mark]
        before = text[at - 1] if at > start else " "
        after = text[match.end()] if match.end() < end else " "
        role = _role(text, at, mark, before, after, elisions, open_count[family] > 0)
        if role == "open":
            stack.append(_Open(at, family, len(mark)))
            open_count[family] += 1
        elif role == "close" and open_count[family]:
            opener = _pop_to(stack, open_count, family, at)
            if opener is not None:
                pairs.append((opener.position, at, family, True, opener.width))
                if family != SINGLE:
                    last_double_pair[_style(text[opener.position])] = opener.position
    running = None
    if allow_open:
        first = next((o for o in stack if o.family != SINGLE), None)
        # An opening mark that a later pair of the same style could have closed is a stray; a
        # pair of the other style after it is a quotation nested in it ("SMITH: ... “Jaws” ...).
        if first is not None and first.position > last_double_pair.get(
            _style(text[first.position]), -1
        ):
            running = first.position, first.width
    return pairs, running


def _style(mark: str) -> str:
    """Straight (``"``, ``''``), curly (“ ” „) or guillemets: quotes nest in another style."""
    return "straight" if mark in "\"'" else "guillemet" if mark in "«»" else "curly"


def _pop_to(stack: list[_Open], open_count: dict[str, int], family: str, at: int) -> _Open | None:
    """Pop the stack down to the nearest opener of ``family`` and return it.

    A single closing mark only closes a single quote opened at the current level (on top of
    the stack) and not too far back; otherwise it is an apostrophe and nothing is popped.
    """
    if family == SINGLE:
        top = stack[-1] if stack else None
        if top is None or top.family != SINGLE:
            return None
        stack.pop()
        open_count[SINGLE] -= 1
        return top if at - top.position <= _MAX_SINGLE else None
    while stack:
        entry = stack.pop()
        open_count[entry.family] -= 1
        if entry.family == family:
            return entry
    return None


def _role(
    text: str,
    at: int,
    mark: str,
    before: str,
    after: str,
    elisions: Set[str],
    family_open: bool,
) -> str | None:
    """``open``, ``close`` or None (not a quotation mark here) for the mark at ``at``."""
    space_before = before.isspace()
    space_after = after.isspace()
    looks_opening = not space_after and (space_before or before in _BEFORE_OPENING)
    looks_closing = not space_before and (space_after or after in _AFTER_CLOSING)
    if mark in "“„«":
        return "close" if mark == "“" and looks_closing and family_open else "open"
    if mark in "”»":
        return "open" if looks_opening and not looks_closing and not family_open else "close"
    if mark == "‘":
        return None if _elided(text, at, elisions) else "open"
    if mark in ('"', "''"):
        if before == "=":  # an attribute in markup: <a href="...">
            return None
        can_open = not space_after and not before.isalnum()
        can_close = not space_before and not after.isalnum()
        if can_open and can_close:
            return "close" if family_open else "open"
        return "open" if can_open else "close" if can_close else None
    # ’ and ': apostrophes between letters and before elisions, else single quotes.
    if before.isalnum() and after.isalnum():
        return None
    if not before.isalnum() and not space_after and after not in _AFTER_CLOSING:
        return None if _elided(text, at, elisions) else "open"
    return "close" if not space_before else None


def _elided(text: str, at: int, elisions: Set[str]) -> bool:
    """Whether the mark at ``at`` stands for letters left out ("’90s", "’n’", "’em")."""
    following = text[at + 1 : at + 2]
    if following.isdigit():
        return True
    # Elisions are short words: a bounded look keeps a mark before a long word cheap.
    word = _ELISION.match(text, at + 1, min(len(text), at + 9))
    return (
        word is not None
        and word.group().lower() in elisions
        and (word.end() >= len(text) or not text[word.end()].isalnum())
    )
