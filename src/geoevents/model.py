"""The data model: frozen, keyword-only attrs classes for documents, mentions and events.

Everything geoevents extracts is a :class:`Mention` (a span of the document's text, with the name
of the plugin that found it) or an :class:`Event` that ties mentions together. A :class:`Document`
holds the text and everything found in it. All of them are immutable values: compare them, hash
them, and change them with :func:`attrs.evolve`.

This module imports nothing else of geoevents. Each value knows its JSON-safe dict
(:meth:`Document.to_dict`), which needs nothing but its own fields; reading documents back, which
needs to know every plugin's mention types, lives in :mod:`geoevents.serialize`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar, TypeVar, cast, overload

import attrs

__all__ = [
    "CORE_MENTION_TYPES",
    "DATE_SOURCES",
    "EVENT_TYPES",
    "QUALIFIERS",
    "SCHEMA_VERSION",
    "Actor",
    "ActorEntry",
    "Anchor",
    "Document",
    "Event",
    "Location",
    "Mention",
    "MentionMap",
    "Number",
    "Participant",
    "Place",
    "PlaceEntry",
    "PluginError",
    "Quantity",
    "Quote",
    "Span",
    "TimeExpression",
]

SCHEMA_VERSION = 1
"""The version of the output contract (:meth:`Document.to_dict`); it changes when a field is
renamed or removed."""

Number = int | float
"""A numeric value: an ``int`` when the number is whole, otherwise a ``float``."""

QUALIFIERS = frozenset(
    {
        "exact",
        "about",
        "more_than",
        "at_least",
        "less_than",
        "at_most",
        "up_to",
        "nearly",
        "range",
        "vague",
    }
)
"""The values of :attr:`Quantity.qualifier`."""

QUANTITY_KINDS = frozenset({"count", "money", "percent", "measure", "ratio"})
QUOTE_KINDS = frozenset({"direct", "partial", "indirect"})
TIME_KINDS = frozenset({"date", "time", "duration", "set"})
TIME_MODS = frozenset({"START", "MID", "END", "APPROX", "BEFORE", "AFTER"})
ACTOR_KINDS = frozenset({"person", "organization", "country", "group"})

DATE_SOURCES = frozenset({"sentence", "narrative", "publication"})
"""The values of :attr:`Event.date_source`."""

EVENT_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
"""The 16 PLOVER event types an :class:`Event` may have."""


def _offset(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


def _optional_offset(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _offset(instance, attribute, value)


def _one_of(allowed: frozenset[str], *, optional: bool = False) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if value not in allowed:
            choices = ", ".join(sorted(allowed))
            raise ValueError(f"{attribute.name} must be one of {choices}; got {value!r}")

    return check


def _ordered(start: int, end: int, what: str) -> None:
    if end < start:
        raise ValueError(f"{what}: end ({end}) is before start ({start})")


def _ordered_pair(start: int | None, end: int | None, what: str) -> None:
    if (start is None) != (end is None):
        raise ValueError(f"{what}: give both start and end, or neither")
    if start is not None and end is not None:
        _ordered(start, end, what)


def _jsonable(value: Any) -> Any:
    if attrs.has(type(value)):
        return _as_dict(value)
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _as_dict(value: Any) -> dict[str, Any]:
    """The fields of an attrs instance, in definition order, as JSON-safe values."""
    return {
        field.name: _jsonable(getattr(value, field.name)) for field in attrs.fields(type(value))
    }


@attrs.frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a document's text."""

    start: int = attrs.field(validator=_offset)
    """Offset of the first character."""
    end: int = attrs.field(validator=_offset)
    """Offset one past the last character."""

    def __attrs_post_init__(self) -> None:
        _ordered(self.start, self.end, type(self).__name__)

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character (an empty span shares none)."""
        return max(self.start, other.start) < min(self.end, other.end)

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True)
class Anchor(Span):
    """A span together with the text it covers (an event's trigger words, say)."""

    text: str
    """The covered text, ``document.text[start:end]``."""


@attrs.frozen(kw_only=True)
class Mention(Span):
    """Something a plugin found in the text: the base class of every mention type.

    Subclasses add the fields of their kind and set the class variable :attr:`layer`, the key
    under which the document stores and serialises them (``"quantities"``, or ``"weapons"`` for
    a plugin's own kind). Fields of a subclass must be JSON scalars (``str``, ``int``, ``float``,
    ``bool``, ``None``) or tuples of them, so that every mention round-trips through JSON.
    """

    layer: ClassVar[str] = ""
    """The document key of this mention type; each subclass sets its own."""

    text: str
    """The mentioned text, exactly ``document.text[start:end]``."""
    plugin: str = ""
    """The name of the plugin that found it; the pipeline fills it in when left empty."""

    def to_dict(self) -> dict[str, Any]:
        """The mention as a JSON-safe dict of its fields, ``start, end, text, plugin`` first."""
        return _as_dict(self)


@attrs.frozen(kw_only=True)
class Quantity(Mention):
    """A number with what it counts or measures: "more than 800" (drones), "$1.5bn", "40%".

    ``text`` covers the number with its bound words, currency and unit ("more than 800",
    "$1.5bn", "40 km"); the counted noun has offsets of its own.
    """

    layer: ClassVar[str] = "quantities"

    value: Number | None = None
    """The number as read, in plain units: "$1.5bn" gives 1500000000."""
    low: Number | None = None
    """The lower bound, when one is known ("more than 800" gives 800)."""
    high: Number | None = None
    """The upper bound, when one is known ("up to 40" gives 40)."""
    qualifier: str = attrs.field(default="exact", validator=_one_of(QUALIFIERS))
    """How the value bounds the true figure: one of :data:`QUALIFIERS`."""
    unit: str | None = None
    """ISO 4217 code for money, ``%`` for percentages, a symbol (``km``, ``t``) for measures."""
    item: str | None = None
    """The head of the counted noun as written ("drones"), or None when nothing is counted."""
    item_start: int | None = attrs.field(default=None, validator=_optional_offset)
    """Offset of the counted noun's head."""
    item_end: int | None = attrs.field(default=None, validator=_optional_offset)
    """End offset of the counted noun's head."""
    kind: str = attrs.field(default="count", validator=_one_of(QUANTITY_KINDS))
    """``count``, ``money``, ``percent``, ``measure`` or ``ratio`` (how many times: "sixfold",
    "a 10-fold rise")."""
    role: str | None = None
    """What happened to what is counted, for casualty counts: ``killed``, ``injured``,
    ``missing``, ``arrested``, ``displaced``..."""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        _ordered_pair(self.item_start, self.item_end, "Quantity item")


@attrs.frozen(kw_only=True)
class Quote(Mention):
    """A quoted passage and who said it.

    ``text`` is the words inside the quotation marks (for indirect speech, the reported clause).
    """

    layer: ClassVar[str] = "quotes"

    speaker: str | None = None
    """The fullest name the article gives for the speaker; None when nobody is named."""
    speaker_start: int | None = attrs.field(default=None, validator=_optional_offset)
    """Offset of the words that attribute the quote (a name, a title, or a pronoun)."""
    speaker_end: int | None = attrs.field(default=None, validator=_optional_offset)
    """End offset of those words."""
    cue: str | None = None
    """The reporting words that attribute it: "said", "told reporters", "according to"."""
    kind: str = attrs.field(default="direct", validator=_one_of(QUOTE_KINDS))
    """``direct``, ``partial`` (a few quoted words inside a sentence) or ``indirect``."""
    group: int | None = attrs.field(default=None, validator=_optional_offset)
    """For one quotation given in several pieces (split by its attribution, ``“...,” he said,
    “...”``, run over paragraphs, or continued in the next sentences), the ``start`` of its
    first piece, shared by every piece; None for a quotation in one piece."""
    speaker_kind: str | None = attrs.field(
        default=None, validator=_one_of(ACTOR_KINDS, optional=True)
    )
    """The kind of actor the speaker is (``person``, ``organization``, ``country`` or
    ``group``), when the speaker is one of the document's actors; None otherwise."""
    speaker_country: str | None = None
    """ISO 3166-1 alpha-3 code of the speaker's country, when the speaker's actor has one."""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        _ordered_pair(self.speaker_start, self.speaker_end, "Quote speaker")


@attrs.frozen(kw_only=True)
class TimeExpression(Mention):
    """A date, time, duration or set of times, resolved to a TIMEX3-style value.

    Relative expressions ("last month") are resolved against the document's publication date.
    """

    layer: ClassVar[str] = "dates"

    value: str | None = None
    """``2025-09-07``, ``2025-09-07T04:00``, ``2025-W36``, ``2025-09``, ``2025-Q3``, ``2025``,
    ``P3Y``, ``PAST_REF``...; None when it cannot be resolved."""
    granularity: str | None = None
    """The unit of ``value``: ``day``, ``week``, ``month``, ``year``, ``decade``, ``century``..."""
    mod: str | None = attrs.field(default=None, validator=_one_of(TIME_MODS, optional=True))
    """``START``, ``MID``, ``END``, ``APPROX``, ``BEFORE`` or ``AFTER``."""
    kind: str = attrs.field(default="date", validator=_one_of(TIME_KINDS))
    """The TIMEX3 type: ``date``, ``time`` (a clock time, or a day with its part of the day),
    ``duration`` or ``set``."""
    part_of_day: str | None = None
    """The part of the day the expression names, as a TIMEX3 code: ``MO`` (morning), ``MI``
    (midday), ``AF`` (afternoon), ``EV`` (evening), ``NI`` (night, and "the early hours"),
    ``DT`` (daytime); None when it names none. ``value`` stays the day ("Sunday night" is the
    Sunday)."""
    point: str | None = None
    """For a duration that places something in time ("two days" in "two days later", "five
    years" in "in five years"): the value of the date it points to, counted from the date the
    text gives before it (or after "after" and "before"), or from the publication date for "in
    five years"; None when the text gives no such date ("a day after the election"), and for
    every other expression, whose ``value`` is itself a point in time."""
    point_start: int | None = attrs.field(default=None, validator=_optional_offset)
    """Offset of the whole phrase that places the duration in time ("two days later", "in
    five years"); None for expressions that are not such a duration."""
    point_end: int | None = attrs.field(default=None, validator=_optional_offset)
    """End offset of that phrase."""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        _ordered_pair(self.point_start, self.point_end, "TimeExpression point")


@attrs.frozen(kw_only=True)
class Actor(Mention):
    """A person, organisation, country or group that can act in an event."""

    layer: ClassVar[str] = "actors"

    name: str
    """The canonical name: "Russia" for "Moscow", "Vladimir Putin" for "Putin"."""
    kind: str = attrs.field(validator=_one_of(ACTOR_KINDS))
    """``person``, ``organization``, ``country`` or ``group``."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code of the country the actor belongs to."""
    role: str | None = None
    """A title or function given in the text ("president")."""
    via: str | None = None
    """How the text names the actor: ``name``, ``variant`` or ``alias`` (a name of it),
    ``demonym`` ("Russian"), ``plural`` ("Israelis"), ``capital`` ("Moscow said"), ``seat``
    ("the Kremlin"), ``short`` (a surname the gazetteer knows: "Putin"), ``acronym``, or
    ``mention`` (a later or shorter mention of an actor the article named before); None when
    not told."""


@attrs.frozen(kw_only=True)
class Location(Mention):
    """A place, resolved to a gazetteer entry."""

    layer: ClassVar[str] = "locations"

    name: str
    """The canonical place name."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code."""
    lat: float | None = None
    """Latitude in degrees."""
    lon: float | None = None
    """Longitude in degrees."""
    feature: str | None = None
    """``country``, ``region``, ``city``, ``sea``, ``strait``, ``gulf``, ``continent``,
    ``building``, ``facility`` (an airport, a port: named in the text, not in the gazetteer)
    or ``place``."""
    geonameid: int | None = None
    """The GeoNames identifier, when known."""
    region: str | None = None
    """For a city, its admin-1 region ("Texas" for Paris, Texas), when known."""


@attrs.frozen(kw_only=True)
class Participant:
    """An actor or recipient of an :class:`Event`, with the offsets of the mention used."""

    name: str
    """Canonical name."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code."""
    kind: str | None = attrs.field(default=None, validator=_one_of(ACTOR_KINDS, optional=True))
    """``person``, ``organization``, ``country`` or ``group``."""
    start: int | None = attrs.field(default=None, validator=_optional_offset)
    """Offset of the mention this participant was read from."""
    end: int | None = attrs.field(default=None, validator=_optional_offset)
    """End offset of that mention."""

    def __attrs_post_init__(self) -> None:
        _ordered_pair(self.start, self.end, "Participant")


@attrs.frozen(kw_only=True)
class Place:
    """Where an :class:`Event` happened."""

    name: str
    """Canonical place name."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code."""
    lat: float | None = None
    """Latitude in degrees."""
    lon: float | None = None
    """Longitude in degrees."""
    start: int | None = attrs.field(default=None, validator=_optional_offset)
    """Offset of the location mention this place was read from."""
    end: int | None = attrs.field(default=None, validator=_optional_offset)
    """End offset of that mention."""

    def __attrs_post_init__(self) -> None:
        _ordered_pair(self.start, self.end, "Place")


def _participants(values: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(values)


def _indices(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(values)


def _events(values: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(values)


def _errors(values: Iterable[PluginError]) -> tuple[PluginError, ...]:
    return tuple(values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise TypeError(f"expected a list of strings, not the string {values!r}")
    return tuple(values)


def _all(cls: type[Any]) -> Any:
    return attrs.validators.deep_iterable(attrs.validators.instance_of(cls))


@attrs.frozen(kw_only=True)
class Event:
    """A PLOVER-typed event: who did what to whom, where, when, with how much."""

    type: str = attrs.field(validator=_one_of(EVENT_TYPES))
    """One of the 16 PLOVER types (:data:`EVENT_TYPES`)."""
    trigger: Anchor
    """The words that express the event ("fired")."""
    sentence: Span
    """The sentence the event was read from."""
    mode: str | None = None
    """How it was done, in PLOVER's terms ("drone", "missile", "artillery"...)."""
    actor: tuple[Participant, ...] = attrs.field(
        default=(), converter=_participants, validator=_all(Participant)
    )
    """Who acted; several for a compound actor."""
    recipient: tuple[Participant, ...] = attrs.field(
        default=(), converter=_participants, validator=_all(Participant)
    )
    """Who was acted upon."""
    location: Place | None = None
    """Where it happened."""
    date: str | None = None
    """When, as a TIMEX3-style value."""
    quantities: tuple[int, ...] = attrs.field(default=(), converter=_indices, validator=_all(int))
    """Indices into the document's ``quantities`` of the amounts involved."""
    dead: int | None = None
    """People killed, when reported."""
    injured: int | None = None
    """People injured, when reported."""
    plugin: str = ""
    """The plugin that built the event; the pipeline fills it in when left empty."""
    context: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """PLOVER contexts: what the event is about ("military", "economic", "election"...)."""
    negated: bool = False
    """Whether the text says the event did not happen ("did not attack")."""
    hypothetical: bool = False
    """Whether the event is only supposed or conditional ("if troops crossed the border",
    "could strike")."""
    future: bool = False
    """Whether the action lies ahead of the text: announced, planned or promised ("will
    meet", "plans to impose"). PLOVER codes a promised cooperative action as AGREE and an
    announced hostile one as THREATEN; :attr:`action` keeps the type of the action itself."""
    action: str | None = attrs.field(default=None, validator=_one_of(EVENT_TYPES, optional=True))
    """For an event about another action (a threat, a promise, a refusal, a demand or an
    accusation), the PLOVER type of that action: ASSAULT for "threatened to attack", CONSULT
    for "refused to meet"; None otherwise."""
    quote: int | None = attrs.field(default=None, validator=_optional_offset)
    """The index, in the document's ``quotes``, of the quote that reports the event: the
    trigger lies in it, or the quote gives the words of the event's actor."""
    date_source: str | None = attrs.field(
        default=None, validator=_one_of(DATE_SOURCES, optional=True)
    )
    """Where :attr:`date` comes from: ``sentence`` (a date in the event's sentence),
    ``narrative`` (the date of the story's last dated event in the same paragraph) or
    ``publication`` (the publication date, as a fallback); None without a date."""
    arrested: int | None = None
    """People arrested, when reported."""
    size: int | None = None
    """The size of the event, as PLOVER records it: the people taking part in a protest, or
    the casualties when only a total of dead and wounded is reported."""

    def to_dict(self) -> dict[str, Any]:
        """The event as a JSON-safe dict, in the output contract's shape."""
        return _as_dict(self)


@attrs.frozen(kw_only=True)
class PluginError:
    """A plugin that failed while processing a document, recorded instead of raised."""

    plugin: str
    """The failing plugin's name."""
    phase: str
    """The hook that failed: ``extract_mentions`` or ``build_events``."""
    type: str
    """The exception's class name."""
    message: str
    """The exception's message."""


@attrs.frozen(kw_only=True)
class ActorEntry:
    """A gazetteer entry for actors, as contributed through ``geoevents_actor_entries``."""

    name: str
    """Canonical name."""
    kind: str = attrs.field(validator=_one_of(ACTOR_KINDS))
    """``person``, ``organization``, ``country`` or ``group``."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Other ways the text may write it ("Moscow" for Russia's government)."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code."""
    role: str | None = None
    """A title or function ("president"); for a dated officeholder, the office."""
    start: dt.date | None = None
    """For a person in an office for a term, its first day: the entry then resolves a
    name-only mention ("Putin") only in articles published from that day."""
    end: dt.date | None = None
    """The day the term ended; None while it goes on."""
    organization: str | None = None
    """The international body or group whose office it is ("NATO"), when not a country's."""
    short: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """For a person, the name-only forms that refer to them ("Putin", "Lula"); an officeholder
    with none is named by the last word of :attr:`name`."""


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A gazetteer entry for places, as contributed through ``geoevents_place_entries``."""

    name: str
    """Canonical name."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Other spellings ("Kiev" for Kyiv)."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code."""
    lat: float | None = None
    """Latitude in degrees."""
    lon: float | None = None
    """Longitude in degrees."""
    feature: str | None = None
    """``country``, ``region``, ``city``..."""
    geonameid: int | None = None
    """The GeoNames identifier, when known."""
    population: int | None = None
    """Inhabitants, which rank a place among those of one name."""
    region: str | None = None
    """For a city, its admin-1 region ("Texas"), when known."""


M = TypeVar("M", bound=Mention)


class MentionMap(Mapping[str, tuple[Mention, ...]]):
    """An immutable, hashable mapping from a layer name to that layer's mentions.

    A layer with no mentions compares equal to an absent one, so a document read back from
    JSON (where every built-in layer is present) equals the document that was written.
    """

    __slots__ = ("_checked", "_layers")

    def __init__(self, layers: Mapping[str, Iterable[Mention]] | None = None) -> None:
        self._layers: dict[str, tuple[Mention, ...]] = {
            name: tuple(mentions) for name, mentions in (layers or {}).items()
        }
        # (layer, class) pairs already found to hold only that class: the map never changes,
        # so a layer asked for once per event costs one scan, not one per call
        self._checked: set[tuple[str, type[Mention]]] = set()

    def of_type(self, layer: str, cls: type[M]) -> tuple[M, ...]:
        """The mentions of ``layer`` (empty when absent), checked to be ``cls`` instances.

        :raises TypeError: the layer holds a mention that is not a ``cls``.
        """
        mentions = self._layers.get(layer, ())
        if (layer, cls) not in self._checked:
            for mention in mentions:
                if not isinstance(mention, cls):
                    raise TypeError(f"layer {layer!r} holds a {type(mention).__name__}")
            self._checked.add((layer, cls))
        return cast("tuple[M, ...]", mentions)  # checked above, once

    def __getitem__(self, layer: str) -> tuple[Mention, ...]:
        return self._layers[layer]

    def __iter__(self) -> Iterator[str]:
        return iter(self._layers)

    def __len__(self) -> int:
        return len(self._layers)

    def _non_empty(self) -> dict[str, tuple[Mention, ...]]:
        return {name: mentions for name, mentions in self._layers.items() if mentions}

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MentionMap):
            return self._non_empty() == other._non_empty()
        if isinstance(other, Mapping):
            return self._non_empty() == {k: tuple(v) for k, v in other.items() if v}
        return NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self._non_empty().items()))

    def __repr__(self) -> str:
        return f"MentionMap({self._layers!r})"


def _to_mention_map(value: Mapping[str, Iterable[Mention]] | None) -> MentionMap:
    return value if isinstance(value, MentionMap) else MentionMap(value)


def _published(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise TypeError(f"{attribute.name} must be a datetime.date or None, not {value!r}")


@attrs.frozen(kw_only=True)
class Document:
    """An article and everything the plugins found in it."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The article's text; every offset points into it."""
    published: dt.date | None = attrs.field(default=None, validator=_published)
    """The publication date, which relative dates are resolved against."""
    id: str | None = None
    """The caller's identifier for the document."""
    mentions: MentionMap = attrs.field(factory=MentionMap, converter=_to_mention_map)
    """Every mention, by layer (``"quantities"``, ``"quotes"``, a plugin's own layer...)."""
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events, validator=_all(Event))
    """The events built from the mentions."""
    errors: tuple[PluginError, ...] = attrs.field(
        default=(), converter=_errors, validator=_all(PluginError)
    )
    """Plugins that failed on this document; their results are missing, the others' are kept."""

    @overload
    def layer(self, name: str) -> tuple[Mention, ...]: ...

    @overload
    def layer(self, name: str, of_type: type[M]) -> tuple[M, ...]: ...

    def layer(self, name: str, of_type: type[Mention] = Mention) -> tuple[Mention, ...]:
        """The mentions of layer ``name`` in text order, empty when there are none.

        Give ``of_type`` (the layer's mention class) to have them type-checked, for you and
        for mypy: ``doc.layer("weapons", Weapon)``.

        :raises TypeError: the layer holds a mention that is not an ``of_type``.
        """
        return self.mentions.of_type(name, of_type)

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """The quantities found, in text order."""
        return self.layer("quantities", Quantity)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """The quotes found, in text order."""
        return self.layer("quotes", Quote)

    @property
    def dates(self) -> tuple[TimeExpression, ...]:
        """The temporal expressions found, in text order."""
        return self.layer("dates", TimeExpression)

    @property
    def actors(self) -> tuple[Actor, ...]:
        """The actors found, in text order."""
        return self.layer("actors", Actor)

    @property
    def locations(self) -> tuple[Location, ...]:
        """The locations found, in text order."""
        return self.layer("locations", Location)

    def iter_mentions(self) -> Iterator[Mention]:
        """Every mention of every layer, layer by layer."""
        for mentions in self.mentions.values():
            yield from mentions

    def to_dict(self) -> dict[str, Any]:
        """The document as a JSON-safe dict in the output contract's shape.

        ``schema_version``, ``id``, ``published`` and ``text`` come first, then every built-in
        layer (empty or not), then each plugin's layer under its own key, then ``events`` and
        ``errors``. :func:`geoevents.from_dict` reads it back.
        """
        result: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
        }
        for cls in CORE_MENTION_TYPES:
            result[cls.layer] = []
        for layer, mentions in self.mentions.items():
            result[layer] = [mention.to_dict() for mention in mentions]
        result["events"] = [event.to_dict() for event in self.events]
        result["errors"] = [_as_dict(error) for error in self.errors]
        return result

    def to_plover(self) -> list[dict[str, Any]]:
        """The events as PLOVER JSON records, one dict per event, as POLECAT users load them.

        Each record has PLOVER's fields: ``id`` (the document's id, or ``"event"``, and the
        event's number), ``date``, ``event_type``, ``mode``, ``context`` (the event's contexts,
        then ``negation``, ``hypothetical`` and ``future`` for its flags), ``source`` and
        ``recipient`` (lists of ``{"code", "actor_text", "identifier_text", "start", "end"}``,
        ``code`` being the alpha-3 country), ``event_loc`` (``name``, ``latitude``,
        ``longitude``, ``cc3``), ``event_text`` (the trigger), ``text`` (the sentence) with
        ``text_info`` (``start``, ``end``), ``dead``, ``injured``, ``arrested`` and ``size``.
        """
        prefix = self.id or "event"
        return [
            _plover_record(self, event, f"{prefix}-{number}")
            for number, event in enumerate(self.events, 1)
        ]

    def to_json(self, *, indent: int | None = None) -> str:
        r"""The document as JSON text (see :meth:`to_dict`); non-ASCII characters are kept.

        A lone surrogate (scraped text can hold one: JSON allows ``"\\ud800"``) is written as
        its JSON escape, so the text always encodes as UTF-8 and reads back the same.
        """
        return escape_surrogates(json.dumps(self.to_dict(), ensure_ascii=False, indent=indent))


def escape_surrogates(json_text: str) -> str:
    r"""``json_text`` with each lone surrogate written as its JSON escape (``\ud800``).

    Such a character (from a JSON ``"\ud800"`` read back) cannot be encoded as UTF-8; inside
    a JSON string its escape means the same character, and surrogates can stand nowhere else.
    """
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _plover_actor(participant: Participant, text: str) -> dict[str, Any]:
    start, end = participant.start, participant.end
    written = text[start:end] if start is not None and end is not None else participant.name
    return {
        "code": participant.country,
        "actor_text": written,
        "identifier_text": participant.name,
        "start": start,
        "end": end,
    }


def _plover_record(document: Document, event: Event, record_id: str) -> dict[str, Any]:
    flags = [
        name
        for name, on in (
            ("negation", event.negated),
            ("hypothetical", event.hypothetical),
            ("future", event.future),
        )
        if on
    ]
    place = event.location
    sentence = document.text[event.sentence.start : event.sentence.end]
    return {
        "id": record_id,
        "date": event.date,
        "event_type": event.type,
        "mode": event.mode,
        "context": [*event.context, *flags],
        "source": [_plover_actor(p, document.text) for p in event.actor],
        "recipient": [_plover_actor(p, document.text) for p in event.recipient],
        "event_loc": None
        if place is None
        else {
            "name": place.name,
            "latitude": place.lat,
            "longitude": place.lon,
            "cc3": place.country,
        },
        "event_text": event.trigger.text,
        "text": sentence,
        "text_info": {"start": event.sentence.start, "end": event.sentence.end},
        "dead": event.dead,
        "injured": event.injured,
        "arrested": event.arrested,
        "size": event.size,
    }


CORE_MENTION_TYPES: tuple[type[Mention], ...] = (Quantity, Quote, TimeExpression, Actor, Location)
"""The mention types of the output contract, whose layers every document has."""
