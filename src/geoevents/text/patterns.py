r"""Regular expressions built from word lists.

>>> alternation(["km", "kilometre", "km"])
'kilometre|km'
>>> print(alternation(["per cent", "%"], space=r"\s+"))
per\s+cent|%

Every plugin that turns a lexicon into a pattern builds its alternation here, so that escaping,
duplicates and the order of the alternatives are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["alternation"]


def alternation(words: Iterable[str], *, space: str | None = None) -> str:
    r"""An alternation of ``words``, each escaped, longest first; ``""`` when there are none.

    Longest first, so that a word is never cut short by one that starts it ("kilometre" is
    tried before "km", "a couple of" before "a couple"); words of one length are sorted, so
    that the pattern is the same in every process. Duplicates are dropped. The result is an
    alternation: put it inside a group before adding anything around it.

    :param space: a pattern that each space inside a word matches instead of one space
        (``r"\s+"``, a bounded run of spaces...).
    """
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    escaped = [regex.escape(word) for word in unique]
    if space is not None:
        escaped = [word.replace(r"\ ", space) for word in escaped]
    return "|".join(escaped)
