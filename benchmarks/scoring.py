"""Scoring geoevents output against gold annotation: the matching rules behind ``make eval``.

Gold documents are dicts in the format of ``../shared/corpus/FORMAT.md``; predictions are
``Document.to_dict()`` output. Only the layers a gold document lists in ``layers`` are scored,
and only predictions that start inside its ``scored_region`` (the whole text when null).

How mentions are paired
    **Span match**: a prediction and a gold mention whose character ranges overlap. Matching is
    one-to-one and greedy: the pair with the largest overlap is taken first (ties: the pair
    whose boundaries differ least, then text order), so two predictions over one gold mention
    count once and the other is a false positive. Gold that gives no offsets but its surface
    string (the seed's ``text``, ``quote``) is located in the text: the k-th gold mention with
    a given string is its k-th occurrence; a string that is not found verbatim is looked up
    again with quotation marks and white space folded, then by its first and last 20
    characters. **Exact match** counts pairs with identical boundaries. **Value match** counts
    pairs that overlap *and* agree on the layer's key fields (below), matched one-to-one the
    same way, so a right span with a wrong value is both a false positive and a miss.

    Events are anchored on sentences: the gold event's sentence is the one holding the first
    word of its trigger (the trigger may be non-contiguous words; the whole text when the word
    is not found), and a predicted event's is its ``sentence``.

    Gold with neither offsets nor surface strings (NewsQuant quantities) is matched by value
    alone, one-to-one in gold order; span and exact metrics are then n/a. Actors and locations
    given without offsets (the seed lists each entity once) are scored as sets of distinct
    entities: predictions are folded by name and matched by value, span metrics n/a.

Key fields, per layer
    * quantities: ``value`` equal within 0.1 % (relative); when the gold gives no ``value``,
      its ``low`` and ``high`` bounds instead. A gold amount in cents or pence also matches
      ours in the main unit ("19 cents" = 0.19). Two vague quantities ("tens of thousands")
      agree when their ``low``-``high`` ranges overlap, as corpora bound them differently. A
      second variant also requires the counted noun: ``item`` compared case-insensitively by
      its last word with simple plural folding ("first-team players" = "player"), or one's
      last word among the other's words ("times a minute" = "times"); a null gold item matches
      only a null one for counts, and is not checked for money, percentages and measures (for
      those NewsQuant records a unit, not a counted noun). **Item accuracy** is the share of
      gold quantities with an item whose value-matched prediction has the right item.
    * quotes: the speaker is right when our ``speaker_start:speaker_end`` overlaps the gold
      source span, or a name agrees: ours (``speaker`` or the words at our speaker offsets)
      against the gold's (``speaker``, ``speaker_text``, ``speaker_surface``), by
      case-insensitive equality, one containing the other as whole words, or the same last
      word ("Putin" = "Vladimir Putin"; a leading "the" and a possessive "'s" are ignored).
      A null gold speaker (nobody named) is matched only by a null speaker.
    * dates: the ``value`` string, exactly (null matches null); a day with its part of day
      also as the TIMEX3 spelling of the same thing (``2025-09-07`` + ``NI`` is
      ``2025-09-07TNI``), and a duration also as another spelling of the same length
      (``P2.5Y`` is ``P2Y6M``, ``PT24H`` is ``P1D``: :func:`benchmarks.fields.duration_length`).
    * actors: the canonical ``name`` (case-insensitive) or the alpha-3 ``country``.
    * locations: the alpha-3 ``country``.
    * events: ``type``, and each role the gold fills (``actor``, ``recipient``) shares a
      participant with ours: an alpha-3 code equal to our ``country``, or a gold name or
      ``*_text`` equal to, or containing or contained in, our participant's name or words.
      The PLOVER gold's codes that are not countries (``IGO``, ``NGO``, ``ISM``: international
      organisations, non-governmental ones, international movements) match no ``country`` and
      are scored by the gold's ``actor_text`` and ``recipient_text`` names alone; its ``JAP``
      (CAMEO's code for Japan) is read as ``JPN``.

Event summary (:func:`event_summary`)
    Beside precision and recall, events are reported as an event coder is judged: the share of
    gold events whose type we report in their sentence (**type found**), the share of those for
    which one of our events of that type also has the gold actor and recipient (**roles
    right**), how many events we report per gold sentence, and the share of our events whose
    type is a gold type of their sentence (**type precision**): a coder that reports three
    events per sentence finds every type and is no use.

What is left out
    * Gold durations and ages (a quantity whose unit is a unit of time, "15 years", or ends in
      "age", "year of age"; without a unit, one followed by a unit of time, "75 hours", or
      after "aged", "age of" or a name and a comma, "Jobs, 55,"): the output contract leaves
      durations to the dates layer and ages out, so they are dropped from the gold before
      scoring (:func:`benchmarks.fields.is_duration_or_age`; :attr:`LayerScore.left_out`
      counts them). Predictions are not: a duration or an age we report is a false positive.
    * Gold that does not annotate the key (a quantity with no value, MEANTIME actors and
      locations without names or countries) is scored for spans only; predictions span-matched
      to it are left out of the value counts. A layer whose gold never gives the key prints n/a.
    * Gold mentions marked with a ``syntactic_type`` other than a name (``NAM``, ``PRE.NAM``)
      are not scored (MEANTIME's nominals and pronouns), and a prediction overlapping one of
      them, or, for actors, a gold location (MEANTIME files countries as places), is not
      counted as a false positive unless it matched scored gold.
    * A predicted quote lying wholly inside a gold quote that another prediction matched is not
      counted at all: PolNeAR's gold quote is an attribution's whole content, which may hold
      several quoted pieces ("called the plan “reckless” and “doomed”"), each a quote of ours.
    * When a corpus's gold quotes have kinds and none is ``indirect`` (PolNeAR keeps only
      attributions holding quotation marks, the seed marks none), our indirect quotes are
      counted only when they match a gold quote: they are not false positives there.
    * Likewise, a predicted quote whose opening mark never opens a gold quote of the corpus
      (PolNeAR kept only attributions holding a double quote mark, so its gold has none of
      the quotes some papers write between doubled apostrophes, ``''...''``, or between single
      marks) is counted only when it matches a gold quote.

Precision is ``tp / predicted``, recall ``tp / gold``, F1 ``2 tp / (predicted + gold)``; each
is None (printed ``-``) when its denominator is zero.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.fields import (
    Mention,
    Span,
    describe,
    has_key,
    is_duration_or_age,
    item_matches,
    overlaps,
    roles_agree,
    value_matches,
    within,
)
from geoevents.resources import Context
from geoevents.text.sentences import SentenceLexicons, sentence_lexicons, sentences

__all__ = [
    "LAYERS",
    "TIMEX_TYPES",
    "Counts",
    "ErrorCase",
    "EventSummary",
    "LayerPlan",
    "LayerScore",
    "TypeCounts",
    "event_sentences",
    "event_summary",
    "locate",
    "match_spans",
    "match_values",
    "plan_layer",
    "score_corpus",
    "score_layer",
    "snippet",
]

LAYERS = ("quantities", "quotes", "dates", "actors", "locations", "events")
"""The layers of the output contract, in the order they are reported."""

SURFACE_FIELDS = {
    "quantities": "text",
    "quotes": "quote",
    "dates": "text",
    "actors": "text",
    "locations": "text",
    "events": "trigger",
}
"""The gold field holding a mention's surface string, which is located when offsets are absent."""

NAME_TYPES = frozenset({"NAM", "PRE.NAM"})
"""``syntactic_type`` values that mark a name; other marked mentions are not scored."""

TIMEX_TYPES = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}
"""A date's ``kind``, as the TIMEX3 ``type`` gold dates give."""

SPAN = "span"
VALUE = "value"
ENTITY = "entity"

_QUOTE_MARKS = str.maketrans(dict.fromkeys("\"'“”‘’„«»‹›`", '"'))


# --------------------------------------------------------------------------- counts and results


@dataclass
class Counts:
    """True positives among ``pred`` predictions for ``gold`` gold mentions."""

    tp: int = 0
    """Pairs that match."""
    gold: int = 0
    """Gold mentions scored."""
    pred: int = 0
    """Predictions scored."""

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.gold += other.gold
        self.pred += other.pred
        return self

    @property
    def precision(self) -> float | None:
        """``tp / pred``, None without predictions."""
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        """``tp / gold``, None without gold."""
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall, ``2 tp / (pred + gold)``."""
        total = self.pred + self.gold
        return 2 * self.tp / total if total else None

    def to_dict(self) -> dict[str, Any]:
        """The counts and the three rates, for the JSON report."""
        return {
            "tp": self.tp,
            "gold": self.gold,
            "pred": self.pred,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class TypeCounts:
    """The scores of one TIMEX3 type: recall over gold of the type, precision over ours.

    A gold DATE found by any of our mentions counts for the recall of DATE; one of our
    durations that matches any gold mention counts for the precision of DURATION. So a right
    span with the wrong type still counts as found, and ``typed`` says how often the type
    agrees.
    """

    gold: int = 0
    """Gold mentions of the type."""
    pred: int = 0
    """Our mentions of the kind that stands for it."""
    span_found: int = 0
    """Gold mentions of the type that one of ours overlaps."""
    span_right: int = 0
    """Our mentions of the kind that overlap a gold mention."""
    value_found: int = 0
    """Gold mentions of the type that one of ours overlaps with the same value."""
    value_right: int = 0
    """Our mentions of the kind that overlap a gold mention with the same value."""
    typed: int = 0
    """Gold mentions of the type found by one of ours of the same kind."""

    def __iadd__(self, other: TypeCounts) -> TypeCounts:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def rates(self, which: str) -> tuple[float | None, float | None, float | None]:
        """Precision, recall and F1 of ``which`` (``span`` or ``value``)."""
        right, found = getattr(self, f"{which}_right"), getattr(self, f"{which}_found")
        precision = right / self.pred if self.pred else None
        recall = found / self.gold if self.gold else None
        if precision is None or recall is None or precision + recall == 0:
            f1 = None if precision is None or recall is None else 0.0
        else:
            f1 = 2 * precision * recall / (precision + recall)
        return precision, recall, f1

    def to_dict(self) -> dict[str, Any]:
        """The counts and rates, for the JSON report."""
        result: dict[str, Any] = {name: getattr(self, name) for name in self.__dataclass_fields__}
        for which in ("span", "value"):
            result[which] = dict(zip(("precision", "recall", "f1"), self.rates(which), strict=True))
        return result


@dataclass(frozen=True)
class ErrorCase:
    """A miss, a false positive or a wrong value, with enough context to see what to fix."""

    kind: str
    """``missed`` (gold not found), ``spurious`` (a false positive), ``wrong value`` or
    ``wrong item`` (span right, key fields wrong)."""
    doc_id: str
    """The gold document's id."""
    span: Span | None
    """Where in the text (None for gold without offsets)."""
    context: str
    """The text around the span, the span itself in ``[[...]]``."""
    detail: str
    """The key fields: ``gold ...`` and/or ``ours ...``."""


def _add(a: Counts | None, b: Counts | None) -> Counts | None:
    if a is None:
        return None if b is None else Counts(b.tp, b.gold, b.pred)
    if b is not None:
        a += b
    return a


@dataclass
class LayerScore:
    """The scores of one layer over one document or a whole corpus."""

    mode: str
    """``span`` (overlap matching), ``value`` (value-only matching) or ``entity`` (sets)."""
    span: Counts | None = None
    """Overlap matching; None when the gold has no spans."""
    exact: Counts | None = None
    """Identical boundaries; None when the gold has no spans."""
    value: Counts | None = None
    """Overlap plus key fields; None when the gold does not annotate the key fields."""
    value_item: Counts | None = None
    """Quantities: ``value`` plus the counted noun; None when the gold gives no items."""
    item_gold: int = 0
    """Quantities: gold quantities that name a counted noun."""
    item_matched: int = 0
    """Quantities: of those, how many have a value-matched prediction."""
    item_right: int = 0
    """Quantities: of those, how many have a value-matched prediction with the right item."""
    left_out: int = 0
    """Quantities: gold durations and ages, which are not scored."""
    span_matched_keyed: int = 0
    """Gold mentions with key fields that a prediction matches by span."""
    span_matched_right: int = 0
    """Of those, how many also agree on the key fields (a quote's speaker, a date's value)."""
    errors: list[ErrorCase] = field(default_factory=list)
    """What went wrong, for ``--show-errors``."""
    types: dict[str, TypeCounts] = field(default_factory=dict)
    """Dates whose gold gives TIMEX3 types: the scores per type (DATE, TIME...)."""

    @property
    def value_accuracy(self) -> float | None:
        """Key fields right among span matches: ``span_matched_right / span_matched_keyed``."""
        if not self.span_matched_keyed:
            return None
        return self.span_matched_right / self.span_matched_keyed

    @property
    def item_accuracy(self) -> float | None:
        """``item_right / item_gold``, None when no gold quantity names a counted noun."""
        return self.item_right / self.item_gold if self.item_gold else None

    @property
    def matched_item_accuracy(self) -> float | None:
        """``item_right / item_matched``: the counted noun right where the value was found."""
        return self.item_right / self.item_matched if self.item_matched else None

    def merge(self, other: LayerScore) -> None:
        """Add ``other``'s counts and errors to these."""
        self.span = _add(self.span, other.span)
        self.exact = _add(self.exact, other.exact)
        self.value = _add(self.value, other.value)
        self.value_item = _add(self.value_item, other.value_item)
        self.item_gold += other.item_gold
        self.item_matched += other.item_matched
        self.item_right += other.item_right
        self.left_out += other.left_out
        self.span_matched_keyed += other.span_matched_keyed
        self.span_matched_right += other.span_matched_right
        self.errors.extend(other.errors)
        for name, counts in other.types.items():
            self.types.setdefault(name, TypeCounts()).__iadd__(counts)

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """Everything, for the JSON report."""
        result: dict[str, Any] = {"mode": self.mode}
        for name in ("span", "exact", "value", "value_item"):
            counts = getattr(self, name)
            result[name] = None if counts is None else counts.to_dict()
        if self.span_matched_keyed:
            result["value_accuracy"] = {
                "right": self.span_matched_right,
                "span_matched": self.span_matched_keyed,
                "accuracy": self.value_accuracy,
            }
        if self.left_out:
            result["left_out"] = self.left_out
        if self.value_item is not None:
            result["item_accuracy"] = {
                "right": self.item_right,
                "matched": self.item_matched,
                "gold": self.item_gold,
                "accuracy": self.item_accuracy,
                "matched_accuracy": self.matched_item_accuracy,
            }
        if self.types:
            result["types"] = {name: counts.to_dict() for name, counts in self.types.items()}
        if errors:
            result["errors"] = [
                {
                    "kind": e.kind,
                    "doc": e.doc_id,
                    "span": list(e.span) if e.span else None,
                    "context": e.context,
                    "detail": e.detail,
                }
                for e in self.errors
            ]
        return result


# --------------------------------------------------------------------------- text helpers


def _fold(text: str) -> str:
    """Quotation marks unified and white space made single spaces, keeping every offset."""
    return "".join(" " if ch.isspace() else ch for ch in text.translate(_QUOTE_MARKS))


def _nth(text: str, needle: str, occurrence: int) -> int:
    position = -1
    for _ in range(occurrence + 1):
        position = text.find(needle, position + 1)
        if position < 0:
            return -1
    return position


def locate(text: str, needle: str, occurrence: int = 0) -> Span | None:
    """Where ``needle`` occurs in ``text`` for the ``occurrence``-th time (0 is the first).

    A needle that is not found verbatim is looked for with quotation marks and white space
    folded, then by its first and last 20 characters (a quote that the gold joined across a
    paragraph break); None when none of these finds it.

    >>> locate("He said no. She said no.", "said no", 1)
    (16, 23)
    >>> locate("“We will,” he said.", '"We will,"')
    (0, 10)
    """
    if not needle:
        return None
    start = _nth(text, needle, occurrence)
    if start >= 0:
        return start, start + len(needle)
    folded_text, folded_needle = _fold(text), _fold(needle)
    start = _nth(folded_text, folded_needle, occurrence)
    if start >= 0:
        return start, start + len(needle)
    if len(folded_needle) > 40:
        head, tail = folded_needle[:20], folded_needle[-20:]
        start = _nth(folded_text, head, occurrence)
        if start >= 0:
            end = folded_text.find(tail, start + len(head))
            if end >= 0:
                return start, end + len(tail)
    return None


def _find_word(text: str, word: str) -> int:
    match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    return match.start() if match else text.find(word)


def snippet(text: str, span: Span | None, width: int = 60) -> str:
    """``width`` characters either side of ``span``, the span in ``[[...]]``, on one line.

    >>> snippet("Troops fired 13 missiles at dawn.", (13, 15), width=7)
    '… fired [[13]] missil…'
    """
    if span is None:
        body = text[: 2 * width]
        return " ".join(body.split()) + ("…" if len(text) > 2 * width else "")
    start, end = span
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    inner = text[start:end]
    if len(inner) > 3 * width:
        inner = inner[:width] + " … " + inner[-width:]
    line = (
        ("…" if start > width else "")
        + left
        + "[["
        + inner
        + "]]"
        + right
        + ("…" if end + width < len(text) else "")
    )
    return " ".join(line.replace("\n", " ⏎ ").split(" ")).strip()


# --------------------------------------------------------------------------- planning


@dataclass(frozen=True)
class LayerPlan:
    """How one layer of one corpus is scored, decided from all of its gold."""

    layer: str
    """The layer."""
    mode: str
    """``span``, ``value`` or ``entity`` (see the module docstring)."""
    value: bool
    """Whether the gold annotates the key fields, so that value metrics mean something."""
    item: bool
    """Quantities: whether the gold annotates counted nouns."""
    unscored_kinds: frozenset[str] = frozenset()
    """Kinds of predictions the gold does not annotate: scored only when they match gold."""
    unscored_marks: frozenset[str] = frozenset()
    """Quotes: opening marks no gold quote has; such quotes are scored only when they match."""


QUOTE_MARKS = ("''", '"', "“", "”", "'", "‘", "’", "«", "»", "„")
"""The quotation marks, longest first, that may open a quote."""


def opening_mark(text: str, span: Span | None) -> str | None:
    """The quotation mark just before ``span`` in ``text``, or None.

    >>> opening_mark("He said ''no'' twice.", (10, 12))
    "''"
    """
    if span is None:
        return None
    before = text[max(0, span[0] - 2) : span[0]]
    return next((mark for mark in QUOTE_MARKS if before.endswith(mark)), None)


def plan_layer(layer: str, gold_docs: Sequence[Mention]) -> LayerPlan:
    """Decide, from a corpus's gold, how ``layer`` is matched and which metrics apply."""
    mentions = [
        m for doc in gold_docs if layer in (doc.get("layers") or ()) for m in doc.get(layer) or ()
    ]
    if any(m.get("start") is not None for m in mentions):
        mode = SPAN
    elif any(m.get(SURFACE_FIELDS[layer]) for m in mentions):
        mode = ENTITY if layer in ("actors", "locations") else SPAN
    elif mentions:
        mode = VALUE
    else:
        mode = SPAN
    value = not mentions or any(has_key(layer, m) for m in mentions)
    item = layer == "quantities" and any(m.get("item") for m in mentions)
    kinds = {m.get("kind") for m in mentions} - {None}
    no_indirect = layer == "quotes" and bool(kinds) and "indirect" not in kinds
    unscored = frozenset({"indirect"}) if no_indirect else frozenset()
    marks: frozenset[str] = frozenset()
    if layer == "quotes" and mode == SPAN and any(m.get("start") is not None for m in mentions):
        gold_marks = {
            opening_mark(str(doc.get("text") or ""), (int(m["start"]), int(m["end"])))
            for doc in gold_docs
            if layer in (doc.get("layers") or ())
            for m in doc.get(layer) or ()
            if m.get("start") is not None
        }
        marks = frozenset(QUOTE_MARKS) - gold_marks
    return LayerPlan(
        layer=layer,
        mode=mode,
        value=value,
        item=item,
        unscored_kinds=unscored,
        unscored_marks=marks,
    )


# --------------------------------------------------------------------------- matching


def _greedy(candidates: list[tuple[tuple[Any, ...], int, int]]) -> dict[int, int]:
    """One-to-one pairs from ``(sort key, gold, pred)`` candidates, best key first."""
    candidates.sort()
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _key, gold, pred in candidates:
        if gold not in pairs and pred not in taken:
            pairs[gold] = pred
            taken.add(pred)
    return pairs


def match_spans(
    gold: Sequence[Span | None],
    pred: Sequence[Span | None],
    allowed: Callable[[int, int], bool] | None = None,
) -> dict[int, int]:
    """One-to-one gold index to prediction index over overlapping spans, largest overlap first.

    >>> match_spans([(0, 10)], [(2, 5), (0, 9)])
    {0: 1}
    """
    order = sorted((s[0], i) for i, s in enumerate(pred) if s is not None)
    candidates: list[tuple[tuple[Any, ...], int, int]] = []
    for g, gold_span in enumerate(gold):
        if gold_span is None:
            continue
        for pred_start, p in order:
            if pred_start >= gold_span[1]:
                break
            pred_span = pred[p]
            assert pred_span is not None
            overlap = min(gold_span[1], pred_span[1]) - max(gold_span[0], pred_span[0])
            if overlap <= 0 and gold_span != pred_span:
                continue
            if allowed is not None and not allowed(g, p):
                continue
            distance = abs(gold_span[0] - pred_span[0]) + abs(gold_span[1] - pred_span[1])
            candidates.append(((-overlap, distance, g, p), g, p))
    return _greedy(candidates)


def match_values(
    n_gold: int,
    n_pred: int,
    allowed: Callable[[int, int], bool],
    priority: Callable[[int, int], int] | None = None,
) -> dict[int, int]:
    """One-to-one gold index to prediction index over allowed pairs, in gold then text order."""
    candidates: list[tuple[tuple[Any, ...], int, int]] = []
    for g in range(n_gold):
        for p in range(n_pred):
            if allowed(g, p):
                rank = priority(g, p) if priority else 0
                candidates.append(((rank, g, p), g, p))
    return _greedy(candidates)


# --------------------------------------------------------------------------- gold and predictions


@dataclass
class _Gold:
    mention: Mention
    span: Span | None
    scored: bool


@functools.cache
def _sentence_lexicons() -> SentenceLexicons:
    return sentence_lexicons(Context())


def _event_anchor(text: str, trigger: object) -> Span:
    if isinstance(trigger, str):
        words = trigger.split()
    elif isinstance(trigger, Iterable):
        words = " ".join(str(part) for part in trigger).split()
    else:
        words = []
    first = words[0] if words else ""
    position = _find_word(text, first) if first else -1
    if position < 0:
        return 0, len(text)
    return sentences(text, _sentence_lexicons()).at(position) or (0, len(text))


def _gold_mentions(layer: str, doc: Mention, plan: LayerPlan) -> list[_Gold]:
    text = str(doc.get("text") or "")
    seen: dict[str, int] = {}
    result = []
    for mention in doc.get(layer) or ():
        span: Span | None = None
        if plan.mode == SPAN:
            if layer == "events":
                span = _event_anchor(text, mention.get("trigger"))
            elif mention.get("start") is not None and mention.get("end") is not None:
                span = (int(mention["start"]), int(mention["end"]))
            elif mention.get(SURFACE_FIELDS[layer]):
                surface = str(mention[SURFACE_FIELDS[layer]])
                span = locate(text, surface, seen.get(surface, 0))
                seen[surface] = seen.get(surface, 0) + 1
        marked = mention.get("syntactic_type", "absent")
        scored = marked == "absent" or marked in NAME_TYPES
        result.append(_Gold(mention, span, scored))
    return result


def _pred_span(layer: str, mention: Mention) -> Span | None:
    source = mention.get("sentence") if layer == "events" else mention
    if isinstance(source, Mapping) and isinstance(source.get("start"), int):
        return int(source["start"]), int(source["end"])
    trigger = mention.get("trigger")
    if isinstance(trigger, Mapping) and isinstance(trigger.get("start"), int):
        return int(trigger["start"]), int(trigger["end"])
    return None


def _in_region(span: Span | None, region: object) -> bool:
    if span is None or not isinstance(region, Sequence) or len(region) != 2:
        return True
    return int(region[0]) <= span[0] < int(region[1])


# --------------------------------------------------------------------------- scoring


def score_layer(plan: LayerPlan, gold_doc: Mention, pred_doc: Mention) -> LayerScore:
    """Score one layer of one document (its gold against our predictions), as ``plan`` says."""
    layer = plan.layer
    text = str(gold_doc.get("text") or "")
    doc_id = str(gold_doc.get("id") or "")
    region = gold_doc.get("scored_region")
    golds = [g for g in _gold_mentions(layer, gold_doc, plan) if _in_region(g.span, region)]
    kept = [g for g in golds if not (layer == "quantities" and is_duration_or_age(g.mention, text))]
    left_out, golds = len(golds) - len(kept), kept
    preds = [
        (m, _pred_span(layer, m))
        for m in pred_doc.get(layer) or ()
        if _in_region(_pred_span(layer, m), region)
    ]
    if plan.mode == VALUE:
        score = _score_by_value(plan, golds, preds, text, doc_id)
    elif plan.mode == ENTITY:
        score = _score_entities(plan, golds, preds, text, doc_id)
    else:
        score = _score_by_span(plan, golds, preds, text, doc_id, gold_doc)
    score.left_out = left_out
    return score


def _ignored_spans(layer: str, golds: list[_Gold], gold_doc: Mention) -> list[Span]:
    spans = [g.span for g in golds if not g.scored and g.span is not None]
    if layer == "actors" and "locations" in (gold_doc.get("layers") or ()):
        spans += [
            (int(m["start"]), int(m["end"]))
            for m in gold_doc.get("locations") or ()
            if m.get("start") is not None and m.get("end") is not None
        ]
    return spans


def _score_by_span(
    plan: LayerPlan,
    all_golds: list[_Gold],
    all_preds: list[tuple[Mention, Span | None]],
    text: str,
    doc_id: str,
    gold_doc: Mention,
) -> LayerScore:
    layer = plan.layer
    golds = [g for g in all_golds if g.scored]
    ignored = _ignored_spans(layer, all_golds, gold_doc)
    gold_spans = [g.span for g in golds]
    pairs = match_spans(gold_spans, [s for _m, s in all_preds])
    matched_preds = set(pairs.values())
    # A PolNeAR quote is an attribution's whole content, which may hold several quoted pieces:
    # our further pieces inside a matched gold quote are neither matches nor false positives.
    absorbing = [s for g, s in enumerate(gold_spans) if g in pairs] if layer == "quotes" else []
    preds = [
        (m, s)
        for i, (m, s) in enumerate(all_preds)
        if i in matched_preds
        or not (
            m.get("kind") in plan.unscored_kinds
            or opening_mark(text, s) in plan.unscored_marks
            or any(overlaps(s, span) for span in ignored)
            or any(within(s, span) for span in absorbing)
        )
    ]
    pred_spans = [s for _m, s in preds]
    pairs = match_spans(gold_spans, pred_spans)
    score = LayerScore(mode=SPAN)
    score.span = Counts(len(pairs), len(golds), len(preds))
    if layer != "events":  # an event's span is its sentence: no boundaries of its own
        exact = match_spans(gold_spans, pred_spans, lambda g, p: gold_spans[g] == pred_spans[p])
        score.exact = Counts(len(exact), len(golds), len(preds))

    def key_match(g: int, p: int) -> bool:
        return value_matches(layer, golds[g].mention, preds[p][0], text)

    def item_match(g: int, p: int) -> bool:
        return key_match(g, p) and item_matches(golds[g].mention, preds[p][0])

    keyed = [plan.value and has_key(layer, g.mention) for g in golds]
    value_pairs: dict[int, int] = {}
    item_pairs: dict[int, int] = {}
    if plan.value:
        unkeyed_preds = {p for g, p in pairs.items() if not keyed[g]}
        value_pred_count = len(preds) - len(unkeyed_preds)
        keyed_spans = [s if keyed[i] else None for i, s in enumerate(gold_spans)]
        value_pairs = match_spans(keyed_spans, pred_spans, key_match)
        score.value = Counts(len(value_pairs), sum(keyed), value_pred_count)
        if plan.item:
            item_pairs = match_spans(keyed_spans, pred_spans, item_match)
            score.value_item = Counts(len(item_pairs), sum(keyed), value_pred_count)
            _count_items(score, [g.mention for g in golds], [m for m, _s in preds], value_pairs)
        span_keyed = [g for g in pairs if keyed[g]]
        score.span_matched_keyed = len(span_keyed)
        score.span_matched_right = sum(g in value_pairs for g in span_keyed)

    if layer == "dates" and any(g.mention.get("type") for g in golds):
        score.types = _type_counts(golds, [m for m, _s in preds], pairs, value_pairs)
    for g, gold in enumerate(golds):
        kind = None
        if g not in pairs:
            kind = "missed"
        elif keyed[g] and g not in value_pairs:
            kind = "wrong value"
        elif keyed[g] and plan.item and g not in item_pairs:
            kind = "wrong item"
        if kind is None:
            continue
        detail = f"gold {describe(layer, gold.mention)}"
        if gold.span is None:
            detail += " (not found in the text)"
        if kind != "missed":
            partner = preds[value_pairs.get(g, pairs[g])][0]
            detail += f" | ours {describe(layer, partner)}"
        score.errors.append(ErrorCase(kind, doc_id, gold.span, snippet(text, gold.span), detail))
    _add_spurious(score, layer, preds, set(pairs.values()), doc_id, text)
    return score


def _type_counts(
    golds: Sequence[_Gold],
    preds: Sequence[Mention],
    pairs: Mapping[int, int],
    value_pairs: Mapping[int, int],
) -> dict[str, TypeCounts]:
    """The counts of each TIMEX3 type, from the span and value pairs of one document."""
    types: dict[str, TypeCounts] = {}

    def counts(name: object) -> TypeCounts:
        return types.setdefault(str(name or "?"), TypeCounts())

    for g, gold in enumerate(golds):
        of_type = counts(gold.mention.get("type"))
        of_type.gold += 1
        of_type.span_found += g in pairs
        of_type.value_found += g in value_pairs
        if g in pairs:
            kind = TIMEX_TYPES.get(str(preds[pairs[g]].get("kind")))
            of_type.typed += kind == gold.mention.get("type")
    span_matched, value_matched = set(pairs.values()), set(value_pairs.values())
    for p, pred in enumerate(preds):
        of_kind = counts(TIMEX_TYPES.get(str(pred.get("kind"))))
        of_kind.pred += 1
        of_kind.span_right += p in span_matched
        of_kind.value_right += p in value_matched
    return types


def _add_spurious(
    score: LayerScore,
    layer: str,
    preds: Sequence[tuple[Mention, Span | None]],
    matched: set[int],
    doc_id: str,
    text: str,
) -> None:
    """Record every prediction not in ``matched`` as a false positive."""
    for p, (pred, span) in enumerate(preds):
        if p not in matched:
            detail = f"ours {describe(layer, pred)}"
            score.errors.append(ErrorCase("spurious", doc_id, span, snippet(text, span), detail))


def _count_items(
    score: LayerScore,
    golds: Sequence[Mention],
    preds: Sequence[Mention],
    value_pairs: Mapping[int, int],
) -> None:
    for g, gold in enumerate(golds):
        if not gold.get("item"):
            continue
        score.item_gold += 1
        if g in value_pairs:
            score.item_matched += 1
            score.item_right += item_matches(gold, preds[value_pairs[g]])


def _score_by_value(
    plan: LayerPlan,
    all_golds: list[_Gold],
    preds: list[tuple[Mention, Span | None]],
    text: str,
    doc_id: str,
) -> LayerScore:
    layer = plan.layer
    golds = [g.mention for g in all_golds if g.scored]
    pred_mentions = [m for m, _s in preds]

    def key_match(g: int, p: int) -> bool:
        return value_matches(layer, golds[g], pred_mentions[p], text)

    def item_match(g: int, p: int) -> bool:
        return key_match(g, p) and item_matches(golds[g], pred_mentions[p])

    score = LayerScore(mode=VALUE)
    pairs = match_values(len(golds), len(preds), key_match)
    score.value = Counts(len(pairs), len(golds), len(preds))
    if plan.item:
        item_pairs = match_values(len(golds), len(preds), item_match)
        score.value_item = Counts(len(item_pairs), len(golds), len(preds))
        _count_items(score, golds, pred_mentions, pairs)
    for g, gold in enumerate(golds):
        if g not in pairs:
            detail = f"gold {describe(layer, gold)}"
            score.errors.append(ErrorCase("missed", doc_id, None, snippet(text, None), detail))
        elif plan.item and not item_matches(gold, pred_mentions[pairs[g]]):
            detail = (
                f"gold {describe(layer, gold)} | ours {describe(layer, pred_mentions[pairs[g]])}"
            )
            span = preds[pairs[g]][1]
            score.errors.append(ErrorCase("wrong item", doc_id, span, snippet(text, span), detail))
    _add_spurious(score, layer, preds, set(pairs.values()), doc_id, text)
    return score


def _entity_key(mention: Mention) -> str:
    return str(
        mention.get("name") or mention.get("text") or mention.get("country") or ""
    ).casefold()


def _distinct(mentions: Iterable[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for mention in mentions:
        seen.setdefault(_entity_key(mention), mention)
    return list(seen.values())


def _entity_matches(layer: str, gold: Mention, pred: Mention) -> bool:
    if layer == "actors":
        if _entity_key(gold) and _entity_key(gold) == _entity_key(pred):
            return True
        countries = gold.get("country") is not None and gold.get("country") == pred.get("country")
        return countries and gold.get("kind") in (None, "country") and pred.get("kind") == "country"
    return value_matches(layer, gold, pred)


def _score_entities(
    plan: LayerPlan,
    all_golds: list[_Gold],
    preds: list[tuple[Mention, Span | None]],
    text: str,
    doc_id: str,
) -> LayerScore:
    layer = plan.layer
    golds = _distinct(g.mention for g in all_golds if g.scored)
    spans = {id(m): s for m, s in preds}
    distinct = _distinct(m for m, _s in preds)

    def allowed(g: int, p: int) -> bool:
        return _entity_matches(layer, golds[g], distinct[p])

    def priority(g: int, p: int) -> int:
        surface = str(golds[g].get("text") or golds[g].get("name") or "").casefold()
        return 0 if _entity_key(distinct[p]) in (_entity_key(golds[g]), surface) else 1

    pairs = match_values(len(golds), len(distinct), allowed, priority)
    score = LayerScore(mode=ENTITY, value=Counts(len(pairs), len(golds), len(distinct)))
    for g, gold in enumerate(golds):
        if g not in pairs:
            detail = f"gold {describe(layer, gold)} {gold.get('text')!r}"
            score.errors.append(ErrorCase("missed", doc_id, None, "(entity list)", detail))
    located = [(pred, spans.get(id(pred))) for pred in distinct]
    _add_spurious(score, layer, located, set(pairs.values()), doc_id, text)
    return score


def score_corpus(
    docs: Sequence[tuple[Mention, Mention]], layers: Iterable[str] = LAYERS
) -> dict[str, LayerScore]:
    """Score ``(gold, prediction)`` document pairs, per layer, over the layers they annotate.

    A layer appears in the result when at least one gold document lists it in ``layers``.
    """
    golds = [gold for gold, _pred in docs]
    result: dict[str, LayerScore] = {}
    for layer in layers:
        annotated = [(g, p) for g, p in docs if layer in (g.get("layers") or ())]
        if not annotated:
            continue
        plan = plan_layer(layer, golds)
        total = LayerScore(mode=plan.mode)
        if plan.mode == SPAN:
            total.span = Counts()
            total.exact = None if layer == "events" else Counts()
        if plan.value:
            total.value = Counts()
        if plan.item:
            total.value_item = Counts()
        for gold, pred in annotated:
            total.merge(score_layer(plan, gold, pred))
        if not plan.value:
            total.value = None
        result[layer] = total
    return result


# --------------------------------------------------------------------------- event summary


@dataclass
class EventSummary:
    """How an event coder did on gold events: types found, roles right, type precision."""

    gold: int = 0
    """Gold events."""
    type_found: int = 0
    """Gold events whose type one of our events of their sentence has."""
    roles_right: int = 0
    """Of those, how many have one of our events of that type with the gold roles too."""
    sentences: int = 0
    """Gold sentences (the sentences that hold a gold event)."""
    predicted: int = 0
    """Our events in those sentences."""
    predicted_typed: int = 0
    """Of those, how many have a type the gold gives their sentence."""

    @property
    def found_rate(self) -> float | None:
        """``type_found / gold``."""
        return self.type_found / self.gold if self.gold else None

    @property
    def roles_rate(self) -> float | None:
        """``roles_right / type_found``."""
        return self.roles_right / self.type_found if self.type_found else None

    @property
    def per_sentence(self) -> float | None:
        """``predicted / sentences``."""
        return self.predicted / self.sentences if self.sentences else None

    @property
    def type_precision(self) -> float | None:
        """``predicted_typed / predicted``."""
        return self.predicted_typed / self.predicted if self.predicted else None

    def to_dict(self) -> dict[str, Any]:
        """The counts and rates, for the JSON report."""
        return {
            "gold": self.gold,
            "type_found": self.type_found,
            "roles_right": self.roles_right,
            "sentences": self.sentences,
            "predicted": self.predicted,
            "predicted_typed": self.predicted_typed,
            "found_rate": self.found_rate,
            "roles_rate": self.roles_rate,
            "per_sentence": self.per_sentence,
            "type_precision": self.type_precision,
        }


def event_sentences(gold_doc: Mention, pred_doc: Mention) -> list[tuple[Mention, list[Mention]]]:
    """Each gold event with our events of its sentence."""
    text = str(gold_doc.get("text") or "")
    preds = [(p, _pred_span("events", p)) for p in pred_doc.get("events") or ()]
    result = []
    for gold in gold_doc.get("events") or ():
        sentence = _event_anchor(text, gold.get("trigger"))
        ours = [p for p, span in preds if span is not None and overlaps(span, sentence)]
        result.append((gold, ours))
    return result


def event_summary(docs: Sequence[tuple[Mention, Mention]]) -> EventSummary:
    """Summarise the events of ``(gold, prediction)`` pairs whose gold annotates events.

    Our events are counted in the sentences that hold a gold event only (the PLOVER gold codes
    one event in one sentence per record; the seed, the events of some sentences).
    """
    summary = EventSummary()
    for gold_doc, pred_doc in docs:
        if "events" not in (gold_doc.get("layers") or ()):
            continue
        text = str(gold_doc.get("text") or "")
        by_sentence: dict[Span, list[Mention]] = {}
        for gold in gold_doc.get("events") or ():
            by_sentence.setdefault(_event_anchor(text, gold.get("trigger")), []).append(gold)
        preds = [(p, _pred_span("events", p)) for p in pred_doc.get("events") or ()]
        for sentence, golds in by_sentence.items():
            ours = [p for p, span in preds if span is not None and overlaps(span, sentence)]
            types = {g.get("type") for g in golds}
            summary.sentences += 1
            summary.predicted += len(ours)
            summary.predicted_typed += sum(p.get("type") in types for p in ours)
            for gold in golds:
                summary.gold += 1
                same = [p for p in ours if p.get("type") == gold.get("type")]
                if same:
                    summary.type_found += 1
                    summary.roles_right += any(roles_agree(gold, p, text) for p in same)
    return summary
