"""The key fields of each layer: when a prediction agrees with a gold mention.

The rules are written out in the docstring of :mod:`benchmarks.scoring`, which pairs mentions
and counts; this module only compares two mentions (dicts in the corpus format and in
``Document.to_dict()`` form).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from geoevents.resources import read_bundled_lexicon

__all__ = [
    "RELATIVE_TOLERANCE",
    "SUBUNITS",
    "describe",
    "has_key",
    "is_duration_or_age",
    "item_matches",
    "names_agree",
    "numbers_equal",
    "overlaps",
    "quantity_value_matches",
    "roles_agree",
    "speaker_right",
    "value_matches",
    "within",
]

Mention = Mapping[str, Any]
"""A gold or predicted mention, as a dict."""
Span = tuple[int, int]
"""A ``(start, end)`` character range."""

RELATIVE_TOLERANCE = 1e-3
"""Numbers within this relative difference are equal (0.1 %)."""

SUBUNITS = frozenset({"cent", "cents", "penny", "pence", "p"})
"""Gold units that count hundredths of a currency: "19 cents" is 0.19 in ours."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_ALPHA3 = re.compile(r"[A-Z]{3}")
OLD_CODES = {"JAP": "JPN"}
"""Actor codes of the older CAMEO scheme that the PLOVER gold still uses, as ISO alpha-3."""


def numbers_equal(a: object, b: object) -> bool:
    """Whether two numbers are equal within :data:`RELATIVE_TOLERANCE` (None equals nothing).

    >>> numbers_equal(0.6667, 2 / 3), numbers_equal(800, 801), numbers_equal(None, None)
    (True, False, False)
    """
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return False
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    return a == b or abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b))


def _quantity_has_value(gold: Mention) -> bool:
    return any(gold.get(key) is not None for key in ("value", "low", "high"))


def _bound(mention: Mention, key: str, default: float) -> float:
    for candidate in (mention.get(key), mention.get("value")):
        if isinstance(candidate, int | float) and not isinstance(candidate, bool):
            return float(candidate)
    return default


def _interval(mention: Mention) -> tuple[float, float]:
    return _bound(mention, "low", float("-inf")), _bound(mention, "high", float("inf"))


def _number_agrees(gold: Mention, key: str, pred: Mention) -> bool:
    number, ours = gold[key], pred.get(key)
    if numbers_equal(number, ours):
        return True
    hundredths = str(gold.get("unit") or "").casefold() in SUBUNITS
    return hundredths and numbers_equal(number / 100, ours)


def quantity_value_matches(gold: Mention, pred: Mention) -> bool:
    """Whether the numbers agree (rules in :mod:`benchmarks.scoring`).

    >>> quantity_value_matches({"value": 19, "unit": "cent"}, {"value": 0.19})
    True
    >>> vague = {"value": None, "low": 10000, "high": 100000, "qualifier": "vague"}
    >>> quantity_value_matches(vague, {"low": 20000, "high": 90000, "qualifier": "vague"})
    True
    """
    if gold.get("qualifier") == "vague" and pred.get("qualifier") == "vague":
        (gold_low, gold_high), (low, high) = _interval(gold), _interval(pred)
        return max(gold_low, low) <= min(gold_high, high)
    if gold.get("value") is not None:
        return _number_agrees(gold, "value", pred)
    bounds = [key for key in ("low", "high") if gold.get(key) is not None]
    return bool(bounds) and all(_number_agrees(gold, key, pred) for key in bounds)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _item_head(item: str) -> str:
    words = _LETTERS.findall(item.casefold())
    return _singular(words[-1]) if words else item.casefold().strip()


def _item_words(item: str) -> set[str]:
    return {_singular(word) for word in _LETTERS.findall(item.casefold())}


def item_matches(gold: Mention, pred: Mention) -> bool:
    """Whether the counted nouns agree (rules in :mod:`benchmarks.scoring`).

    >>> item_matches({"item": "first-team players"}, {"item": "Player"})
    True
    >>> item_matches({"item": "times a minute"}, {"item": "times"})
    True
    >>> item_matches({"item": None, "kind": "count"}, {"item": "drones"})
    False
    >>> item_matches({"item": None, "kind": "percent"}, {"item": "voters"})
    True
    """
    gold_item, pred_item = gold.get("item"), pred.get("item")
    if not gold_item and gold.get("kind") not in (None, "count"):
        return True
    if not gold_item or not pred_item:
        return not gold_item and not pred_item
    gold_head, pred_head = _item_head(str(gold_item)), _item_head(str(pred_item))
    return (
        gold_head == pred_head
        or pred_head in _item_words(str(gold_item))
        or gold_head in _item_words(str(pred_item))
    )


def _time_units() -> frozenset[str]:
    return frozenset(word.casefold() for word in read_bundled_lexicon("time_units"))


_AGE_BEFORE = re.compile(r"(?:\baged|\bage of|\b[A-Z][\w.'’-]*,)\s*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def is_duration_or_age(gold: Mention, text: str = "") -> bool:
    """Whether a gold quantity is a duration or an age, which the output contract leaves out.

    A duration's unit is a unit of time of the ``time_units`` lexicon ("year", "minutes"); an
    age's ends in "age" ("year of age", "age"). A rate is neither ("mile per hour"). Gold that
    gives offsets but no unit (MEANTIME) is told by the words around it in ``text``: a unit of
    time after it ("75 hours"), or "aged", "age of" or a name and a comma before it, with a
    comma after ("Jobs, aged 55", "Papermaster, 49, left").

    >>> is_duration_or_age({"value": 3, "unit": "month"})
    True
    >>> is_duration_or_age({"value": 44, "unit": "year of age"})
    True
    >>> is_duration_or_age({"value": 60, "unit": "mile per hour"})
    False
    >>> is_duration_or_age({"start": 9, "end": 11, "value": 49}, "Sam Lee, 49, left.")
    True
    """
    words = _LETTERS.findall(str(gold.get("unit") or "").casefold())
    if words:
        if words[-1] == "age":
            return True
        return len(words) == 1 and _singular(words[0]) in _time_units()
    start, end = gold.get("start"), gold.get("end")
    if not text or not isinstance(start, int) or not isinstance(end, int):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and _singular(after.group(1).casefold()) in _time_units():
        return True
    before = _AGE_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return False
    return not before.group(0).rstrip().endswith(",") or text[end : end + 1] == ","


def _name_words(name: str) -> list[str]:
    words = [w.replace("’", "'") for w in _WORD.findall(name.casefold())]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return words


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def names_agree(a: str | None, b: str | None, *, last_name: bool = True) -> bool:
    """Whether two names denote the same speaker or participant.

    They agree when equal ignoring case, when one is contained in the other as whole words,
    or (``last_name``) when they end in the same word. A leading "the" and a possessive
    "'s" are ignored.

    >>> names_agree("Putin", "Vladimir Putin"), names_agree("The Kremlin", "Kremlin")
    (True, True)
    >>> names_agree("Sergei Lavrov", "Sergei Shoigu")
    False
    """
    if not a or not b:
        return False
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return a.casefold().strip() == b.casefold().strip()
    if wa == wb:
        return True
    shorter, longer = sorted((wa, wb), key=len)
    if _contains(longer, shorter):
        return True
    return last_name and wa[-1] == wb[-1]


def overlaps(a: Span | None, b: Span | None) -> bool:
    """Whether two spans share at least one character (None shares none)."""
    return a is not None and b is not None and max(a[0], b[0]) < min(a[1], b[1])


def within(inner: Span | None, outer: Span | None) -> bool:
    """Whether span ``inner`` lies wholly inside span ``outer``."""
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _speaker_span(quote: Mention) -> Span | None:
    start, end = quote.get("speaker_start"), quote.get("speaker_end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


def speaker_right(gold: Mention, pred: Mention, text: str) -> bool:
    """Whether the predicted quote's speaker is the gold one (see :mod:`benchmarks.scoring`)."""
    gold_names = [
        str(gold[k]) for k in ("speaker", "speaker_text", "speaker_surface") if gold.get(k)
    ]
    if not gold_names:
        return pred.get("speaker") is None
    pred_span = _speaker_span(pred)
    if overlaps(pred_span, _speaker_span(gold)):
        return True
    pred_names = [str(pred["speaker"])] if pred.get("speaker") else []
    if pred_span is not None:
        pred_names.append(text[pred_span[0] : pred_span[1]])
    return any(names_agree(g, p) for g in gold_names for p in pred_names)


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value if v]
    return [str(value)]


def _participant_agrees(gold_value: str, pred: Mention, text: str) -> bool:
    code = OLD_CODES.get(gold_value, gold_value)
    if _ALPHA3.fullmatch(code) and pred.get("country") == code:
        return True
    names = [str(pred["name"])] if pred.get("name") else []
    start, end = pred.get("start"), pred.get("end")
    if isinstance(start, int) and isinstance(end, int):
        names.append(text[start:end])
    return any(names_agree(gold_value, name, last_name=False) for name in names)


def roles_agree(gold: Mention, pred: Mention, text: str) -> bool:
    """Whether a predicted event has the gold event's actor and recipient (where it gives them)."""
    return all(_role_agrees(gold, pred, role, text) for role in ("actor", "recipient"))


def _role_agrees(gold: Mention, pred: Mention, role: str, text: str) -> bool:
    wanted = _as_list(gold.get(role)) + _as_list(gold.get(f"{role}_text"))
    if not wanted:
        return True
    participants = [p for p in pred.get(role) or () if isinstance(p, Mapping)]
    return any(_participant_agrees(w, p, text) for w in wanted for p in participants)


def timex_values(date: Mention) -> set[object]:
    """The TIMEX3 values a predicted date stands for.

    Its ``value`` and, when it names a part of a day, the TIMEX3 spelling of the same thing
    (``2025-09-07`` + ``NI`` is ``2025-09-07TNI``): geoevents keeps the day as the value and
    the part in its own field.

    >>> sorted(timex_values({"value": "2025-09-07", "part_of_day": "NI"}))
    ['2025-09-07', '2025-09-07TNI']
    """
    value, part = date.get("value"), date.get("part_of_day")
    values = {value}
    if isinstance(value, str) and part and len(value) == 10:
        values.add(f"{value}T{part}")
    return values


_DURATION = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?"
)
_SECONDS = {"W": 7 * 86400, "D": 86400, "h": 3600, "m": 60, "s": 1}


def duration_length(value: object) -> tuple[float, float] | None:
    """A TIMEX3 duration as (months, seconds), None for anything else.

    Two spellings of one length are the same duration: ``P2.5Y`` and ``P2Y6M``, ``PT90M`` and
    ``PT1H30M``, ``P1W`` and ``P7D`` (a day counted as 24 hours, a year as 12 months).

    >>> duration_length("P2.5Y") == duration_length("P2Y6M")
    True
    >>> duration_length("PXY") is None, duration_length("2025") is None
    (True, True)
    """
    match = _DURATION.fullmatch(value) if isinstance(value, str) else None
    if match is None or not any(match.groups()):
        return None
    amounts = {unit: float(number) for unit, number in match.groupdict().items() if number}
    months = 12 * amounts.get("Y", 0) + amounts.get("M", 0)
    seconds = sum(amounts.get(unit, 0) * size for unit, size in _SECONDS.items())
    return months, round(seconds, 6)


def value_matches(layer: str, gold: Mention, pred: Mention, text: str = "") -> bool:
    """Whether ``pred`` agrees with ``gold`` on the key fields of ``layer``.

    >>> value_matches("dates", {"value": "2025-09-07"}, {"value": "2025-09-07"})
    True
    >>> value_matches("quantities", {"value": 800}, {"value": 800.4})
    True
    """
    if layer == "quantities":
        return quantity_value_matches(gold, pred)
    if layer == "quotes":
        return speaker_right(gold, pred, text)
    if layer == "dates":
        if gold.get("value") in timex_values(pred):
            return True
        length = duration_length(gold.get("value"))
        return length is not None and length == duration_length(pred.get("value"))
    if layer == "actors":
        gold_name, pred_name = gold.get("name"), pred.get("name")
        if gold_name and pred_name and str(gold_name).casefold() == str(pred_name).casefold():
            return True
        return gold.get("country") is not None and gold.get("country") == pred.get("country")
    if layer == "locations":
        return gold.get("country") is not None and gold.get("country") == pred.get("country")
    if layer == "events":
        return gold.get("type") == pred.get("type") and all(
            _role_agrees(gold, pred, role, text) for role in ("actor", "recipient")
        )
    return False


def has_key(layer: str, gold: Mention) -> bool:
    """Whether a gold mention annotates the key fields of its layer."""
    if layer == "quantities":
        return _quantity_has_value(gold)
    if layer == "actors":
        return gold.get("name") is not None or gold.get("country") is not None
    if layer == "locations":
        return gold.get("country") is not None
    if layer == "dates":
        return "value" in gold
    return True


def describe(layer: str, mention: Mention) -> str:
    """The key fields of a mention, briefly, for error listings.

    >>> describe("quantities", {"value": 800, "qualifier": "more_than", "item": "drones"})
    'value=800 more_than item=drones'
    """
    if layer == "quantities":
        if mention.get("value") is None and (mention.get("low"), mention.get("high")) != (
            None,
            None,
        ):
            number = f"[{mention.get('low')}, {mention.get('high')}]"
        else:
            number = f"value={mention.get('value')}"
        parts = [number, str(mention.get("qualifier") or "")]
        if mention.get("unit"):
            parts.append(f"unit={mention['unit']}")
        parts.append(f"item={mention.get('item')}")
        return " ".join(p for p in parts if p)
    if layer == "quotes":
        return f"speaker={mention.get('speaker')!r}"
    if layer == "dates":
        return f"value={mention.get('value')!r}"
    if layer == "actors":
        return f"name={mention.get('name')!r} country={mention.get('country')}"
    if layer == "locations":
        return f"name={mention.get('name')!r} country={mention.get('country')}"
    if layer == "events":

        def names(role: str) -> str:
            values = mention.get(role) or []
            if isinstance(values, str):
                return values
            return ",".join(
                str(v.get("country") or v.get("name")) if isinstance(v, Mapping) else str(v)
                for v in values
            )

        return f"{mention.get('type')} actor={names('actor')} recipient={names('recipient')}"
    return ""
