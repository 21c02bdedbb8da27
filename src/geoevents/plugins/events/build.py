"""From trigger matches to events: arguments, absorption, flags, dates and casualties.

Each sentence with a trigger is read on its own (:class:`SentenceEvents`); what a story carries
from one sentence to the next (the last subject, for pronouns; the last event date of the
paragraph, for sentences without a date) is kept by :class:`Story`.

Several triggers of one clause make one event: a verb that takes a complement governs the
triggers in it ("threatened to attack" is a THREATEN about an ASSAULT, "refused to meet" a
REJECT about a CONSULT); a verb takes in the event nouns of its clause ("killed ... in an
attack"); and a participle or a coordinated verb of the same type adds to the event before it
("shelled the town, killing 20"). An event noun that no verb takes in is an event of its own
only when the text names who acted.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from geoevents.model import Actor, Anchor, Event, Location, Participant, Place, Quote, Span
from geoevents.plugins.events import arguments as args
from geoevents.plugins.events.flags import Flags, convert, read_flags
from geoevents.plugins.events.lexicons import Alternative, EventLexicons, Trigger
from geoevents.plugins.events.sentence import Layers, SentenceView
from geoevents.plugins.events.triggers import Match, find_matches, light_verb_before

__all__ = ["GOVERNING", "Story", "sentence_events"]

GOVERNING = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
"""Verbal types whose triggers govern the triggers of their complement."""
_ABOUT = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONCEDE"})
_PLACE_RECIPIENT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
_OBJECTIVE_OF = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_CASUALTY_FIELDS = {"killed": "dead", "injured": "injured", "arrested": "arrested"}


class Story:
    """What carries over from one sentence to the next in a document."""

    def __init__(self, text: str, layers: Layers, published: dt.date | None) -> None:
        self.text = text
        self.layers = layers
        self.published = published
        self.last_subject: list[int] = []
        """The actors of the last event's subject (for pronouns)."""
        self.paragraph_end = -1
        self.paragraph_date: str | None = None
        """The date of the last dated event of the current paragraph."""
        self._quote_starts = [quote.start for quote in layers.quotes]

    def quote_at(self, offset: int) -> int | None:
        """The index of the quote whose words hold ``offset``, or None."""
        index = bisect.bisect_right(self._quote_starts, offset) - 1
        quotes = self.layers.quotes
        while index >= 0:
            if quotes[index].start <= offset < quotes[index].end:
                return index
            if quotes[index].end < offset - 2000:
                return None
            index -= 1
        return None


class _Candidate:
    """One trigger on its way to an event."""

    __slots__ = (
        "absorbed",
        "action",
        "actors",
        "end",
        "flags",
        "head",
        "kind",
        "location",
        "match",
        "object_place",
        "recipients",
        "shared",
        "start",
        "type",
    )

    def __init__(self, match: Match, head: int, kind: str) -> None:
        self.match = match
        self.head = head
        self.kind = kind
        self.type = match.trigger.type
        self.actors: list[int] = []
        self.recipients: list[int] = []
        self.location: int | None = None
        self.object_place: int | None = None
        self.start = min(head, match.first)
        self.end = match.last + 1
        self.shared: _Candidate | None = None
        self.absorbed: list[_Candidate] = []
        self.flags = Flags()
        self.action: str | None = None

    @property
    def verbal(self) -> bool:
        return self.kind != "noun"


def _speaker_actor(layers: Layers, quote: Quote) -> int | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    for index in layers.within("actors", quote.speaker_start, quote.speaker_end):
        return index
    if quote.speaker:
        for index, actor in enumerate(layers.actors):
            if actor.name == quote.speaker:
                return index
    return None


class SentenceEvents:
    """The events of one sentence."""

    def __init__(self, story: Story, lex: EventLexicons, start: int, end: int) -> None:
        self.story = story
        self.lex = lex
        self.view = SentenceView(story.text, start, end, story.layers)
        self.reported = any(word in lex.reporting for word in self.view.words)
        self._speakers: dict[int, tuple[int | None, int | None]] = {}

    def _obligations(self, matches: list[Match]) -> list[_Candidate]:
        """A "must" said of someone by a speaker: a demand (REQUEST) by the speaker."""
        view, lex = self.view, self.lex
        found = []
        for position, word in enumerate(view.words):
            cues = lex.cues.get(word, ())
            if not any(kind == "obligation" and len(words) == 1 for words, kind in cues):
                continue
            reporter = next(
                (t for t in range(position - 1, -1, -1) if view.words[t] in lex.reporting), None
            )
            quote = self.story.quote_at(view.starts[position])
            if reporter is None and quote is None:
                continue
            trigger = Trigger(
                phrase=word,
                type="REQUEST",
                mode=None,
                context=(),
                roles=None,
                nominal=False,
                parts=((Alternative(words=(frozenset({word}),), head=0),),),
            )
            candidate = _Candidate(
                Match(trigger=trigger, first=position, last=position, head=position, nominal=False),
                position,
                "obligation",
            )
            candidate.shared = None
            found.append(candidate)
            self._speakers[id(candidate)] = (reporter, quote)
        return found

    def candidates(self) -> list[_Candidate]:
        view, lex = self.view, self.lex
        found: list[_Candidate] = []
        matches = find_matches(view, lex)
        found.extend(self._obligations(matches))
        for match in matches:
            if not match.nominal:
                found.append(_Candidate(match, match.head, "verb"))
                continue
            light = light_verb_before(view, lex, match.first, 0)
            found.append(
                _Candidate(
                    match,
                    light if light is not None else match.head,
                    "noun" if light is None else "light",
                )
            )
        found.sort(key=lambda c: c.match.first)
        return found

    def read(self, found: list[_Candidate]) -> None:
        view, lex = self.view, self.lex
        verbs = [c.head for c in found if c.verbal]
        by_head = {c.head: c for c in found if c.verbal}
        for candidate in found:
            if candidate.kind == "obligation":
                self._obligation(candidate, verbs)
            elif candidate.verbal:
                self._verbal(candidate, verbs, by_head)
            else:
                self._nominal(candidate)
        del view, lex

    def _obligation(self, candidate: _Candidate, verbs: list[int]) -> None:
        view, lex = self.view, self.lex
        reporter, quote = self._speakers[id(candidate)]
        if reporter is not None:
            speaker, _shared, pronoun = args.subject(view, lex, reporter, [])
            if not speaker and pronoun is not None:
                speaker = self._resolve_pronoun(pronoun)
            floor = reporter + 1
        else:
            found = _speaker_actor(self.story.layers, self.story.layers.quotes[quote or 0])
            speaker = [] if found is None else [found]
            floor = 0
        addressee, _shared, pronoun = args.subject(view, lex, candidate.head, [], floor)
        if not addressee and pronoun is not None:
            addressee = self._resolve_pronoun(pronoun)
        candidate.actors = list(dict.fromkeys(speaker))
        candidate.recipients = [a for a in addressee if a not in candidate.actors]
        candidate.end = len(view)

    def _resolve_pronoun(self, pronoun: int) -> list[int]:
        view = self.view
        word = view.words[pronoun]
        quote = self.story.quote_at(view.starts[pronoun])
        if word in ("i", "we"):
            if quote is None:
                return []
            speaker = _speaker_actor(self.story.layers, self.story.layers.quotes[quote])
            return [] if speaker is None else [speaker]
        before = args.actor_before(view, self.lex, pronoun)
        if before is not None:
            return args.coordinated(view, self.lex, before)
        return list(self.story.last_subject)

    def _verbal(
        self, candidate: _Candidate, verbs: list[int], by_head: dict[int, _Candidate]
    ) -> None:
        view, lex = self.view, self.lex
        match = candidate.match
        subject, shared, pronoun = args.subject(view, lex, candidate.head, verbs)
        if shared is not None and shared in by_head:
            candidate.shared = by_head[shared]
            subject = list(by_head[shared].actors)
        elif pronoun is not None:
            subject = self._resolve_pronoun(pronoun)
        recipients, agents, location, object_place, end = args.objects(view, lex, match.last, verbs)
        alternative = next((a for a in match.trigger.parts[0] if a.forms is not None), None)
        participles = (
            alternative.forms.participle if alternative and alternative.forms else frozenset()
        )
        if candidate.kind == "verb" and args.is_passive(view, lex, match.head, participles):
            subject, recipients = agents, subject
            if not recipients and object_place is None:
                object_place = args.place_before(view, lex, candidate.head)
        if match.trigger.roles == "mutual" and recipients:
            subject, recipients = [*subject, *recipients], []
        elif match.trigger.roles == "reverse":
            subject, recipients = recipients, subject
        candidate.actors = list(dict.fromkeys(subject))
        candidate.recipients = [r for r in dict.fromkeys(recipients) if r not in candidate.actors]
        if location is None and object_place is None:
            location = args.location_before(view, lex, candidate.head, 0)
        candidate.location = location
        candidate.object_place = object_place
        own = [t for t in range(candidate.head) if view.actor[t] >= 0 and view.actor[t] in subject]
        if own and candidate.shared is None:
            candidate.start = min(candidate.start, own[0])
        candidate.end = max(candidate.end, end)
        quoted = self.story.quote_at(view.starts[candidate.head]) is not None
        candidate.flags = read_flags(view, lex, candidate.head, reported=self.reported or quoted)

    def _nominal(self, candidate: _Candidate) -> None:
        view, lex = self.view, self.lex
        match = candidate.match
        position = match.first - 1
        steps = 0
        while position >= 0 and steps < 3 and view.actor[position] < 0:
            word = view.words[position]
            if word in ("'s", "’s") or lex.word_class(word) in (None, "determiner"):
                position -= 1
                steps += 1
                continue
            break
        if position >= 0 and view.actor[position] >= 0 and position >= match.first - 4:
            first, _last = view.span(position, view.actor)
            if lex.word_class(view.words[first - 1] if first else "") != "preposition":
                candidate.actors = args.coordinated(view, lex, position)
        after = match.last + 1
        for offset in range(after, min(len(view), after + 5)):
            word = view.words[offset]
            if word in args.CLAUSE_BREAKS or word == ",":
                break
            if view.actor[offset] >= 0:
                preposition = view.words[offset - 1] if offset > after else None
                found = args.coordinated(view, lex, offset)
                if preposition == "by" and not candidate.actors:
                    candidate.actors = found
                elif preposition in ("between", "with") and match.trigger.roles == "mutual":
                    candidate.actors = [*candidate.actors, *found]
                elif preposition == "of" and candidate.type not in _OBJECTIVE_OF:
                    if not candidate.actors:
                        candidate.actors = found
                elif preposition is not None:
                    candidate.recipients = found
                break
            if view.location[offset] >= 0 and candidate.location is None:
                candidate.location = offset
        candidate.recipients = [r for r in candidate.recipients if r not in candidate.actors]

    def absorb(self, found: list[_Candidate]) -> list[_Candidate]:
        """Merge the candidates that make one event; drop nouns that name no actor."""
        view = self.view
        alive = list(found)
        for candidate in found:
            if candidate.verbal:
                continue
            owner = next(
                (
                    verb
                    for verb in alive
                    if verb.verbal
                    and verb is not candidate
                    and (
                        verb.head < candidate.match.first < verb.end
                        or (
                            verb.type == candidate.type
                            and candidate.match.last < verb.head
                            and not self._break_between(candidate.match.last, verb.head)
                        )
                    )
                ),
                None,
            )
            if owner is not None:
                owner.absorbed.append(candidate)
                alive.remove(candidate)
        for governor in [c for c in alive if c.verbal and c.type in GOVERNING]:
            if governor not in alive:
                continue
            limit = self._complement_end(governor)
            for other in [c for c in alive if c is not governor]:
                if governor.head < other.match.first < limit:
                    governor.absorbed.append(other)
                    alive.remove(other)
        owner_of = {id(a): c for c in found for a in c.absorbed}
        for candidate in list(alive):
            previous = candidate.shared
            while previous is not None and previous not in alive and id(previous) in owner_of:
                previous = owner_of[id(previous)]
            if previous is None or previous not in alive:
                continue
            purpose = candidate.match.first > 0 and view.words[candidate.match.first - 1] == "to"
            if purpose:
                previous.absorbed.append(candidate)
                previous.end = max(previous.end, candidate.end)
                alive.remove(candidate)
                owner_of[id(candidate)] = previous
                continue
            if previous.type != candidate.type:
                continue
            between = view.words[previous.match.last + 1 : candidate.match.first]
            participle = view.words[candidate.match.first - 1] == "," and view.words[
                candidate.match.head
            ].endswith("ing")
            plain = all(w in (",", "and", "then") or w.endswith("ly") for w in between)
            if (
                participle
                or plain
                or (
                    view.words[candidate.match.head].endswith("ing")
                    and previous.end >= candidate.match.first
                )
            ):
                previous.absorbed.append(candidate)
                previous.end = max(previous.end, candidate.end)
                alive.remove(candidate)
                owner_of[id(candidate)] = previous
        return [c for c in alive if c.verbal or c.actors]

    def _break_between(self, first: int, last: int) -> bool:
        words = self.view.words[first:last]
        return any(
            w in args.CLAUSE_BREAKS or self.lex.word_class(w) == "subordinator" for w in words
        )

    def _complement_end(self, governor: _Candidate) -> int:
        view, lex = self.view, self.lex
        position = governor.match.last + 1
        while position < len(view):
            word = view.words[position]
            if word in args.CLAUSE_BREAKS or word in lex.reporting:
                return position
            kind = lex.word_class(word)
            if kind == "subordinator" and word != "whether":
                return position
            if (
                word == ","
                and position + 1 < len(view)
                and view.words[position + 1]
                in (
                    "and",
                    "but",
                    "while",
                    "as",
                )
            ):
                return position
            position += 1
        return position

    def build(self, plugin_name: str = "") -> list[Event]:
        found = self.candidates()
        if not found:
            return []
        self.read(found)
        events = []
        for candidate in self.absorb(found):
            event = self._event(candidate)
            if event is not None:
                events.append(event)
        return events

    # ------------------------------------------------------------------ assembling an event

    def _participant(self, index: int) -> Participant:
        actor: Actor = self.story.layers.actors[index]
        return Participant(
            name=actor.name,
            country=actor.country,
            kind=actor.kind,
            start=actor.start,
            end=actor.end,
        )

    def _country_of(self, location: Location) -> Participant | None:
        if not location.country:
            return None
        for actor in self.story.layers.actors:
            if actor.kind == "country" and actor.country == location.country:
                return Participant(
                    name=actor.name,
                    country=actor.country,
                    kind="country",
                    start=location.start,
                    end=location.end,
                )
        for place in self.story.layers.locations:
            if place.feature == "country" and place.country == location.country:
                return Participant(
                    name=place.name,
                    country=place.country,
                    kind="country",
                    start=location.start,
                    end=location.end,
                )
        return Participant(
            name=location.name,
            country=location.country,
            kind="country",
            start=location.start,
            end=location.end,
        )

    def _complement(self, candidate: _Candidate) -> _Candidate | None:
        return next((c for c in candidate.absorbed if c.type != candidate.type or c.verbal), None)

    def _event(self, candidate: _Candidate) -> Event | None:
        view, lex, story = self.view, self.lex, self.story
        layers = story.layers
        match = candidate.match
        type_ = candidate.type
        mode = match.trigger.mode
        action: str | None = None
        complement = self._complement(candidate) if type_ in _ABOUT else None
        if complement is not None:
            action = complement.type
            if not candidate.recipients:
                outside = [a for a in complement.actors if a not in candidate.actors]
                candidate.recipients = outside or [
                    r for r in complement.recipients if r not in candidate.actors
                ]
        flags = candidate.flags
        converted, about, consumed = convert(type_, flags)
        if converted != type_:
            action = about
            if consumed:
                flags.negated = False
            type_ = converted
            mode = None
        if type_ == "THREATEN" and action is not None and mode is None:
            inner_mode = (
                complement.match.trigger.mode if complement is not None else match.trigger.mode
            )
            mode = lex.threat_modes.get(f"{action} {inner_mode}") or lex.threat_modes.get(action)
        if type_ == "ASSAULT" and mode is None:
            mode = self._mode_word(candidate.start, candidate.end)
        location = None
        takes_place = type_ in _PLACE_RECIPIENT or (type_ == "CONSULT" and mode == "visit")
        place_token = (
            candidate.location
            if candidate.location is not None
            else (candidate.object_place if takes_place else None)
        )
        if place_token is not None and view.location[place_token] >= 0:
            found = layers.locations[view.location[place_token]]
            location = Place(
                name=found.name,
                country=found.country,
                lat=found.lat,
                lon=found.lon,
                start=found.start,
                end=found.end,
            )
        actors = [self._participant(i) for i in candidate.actors]
        recipients = [self._participant(i) for i in candidate.recipients]
        if not recipients and takes_place and place_token is not None:
            place = layers.locations[view.location[place_token]]
            country = self._country_of(place)
            if country is not None and all(a.country != country.country for a in actors):
                recipients = [country]
        if candidate.actors:
            story.last_subject = list(candidate.actors)
        quantities = list(
            layers.within(
                "quantities",
                view.starts[candidate.start],
                view.ends[min(candidate.end, len(view)) - 1],
            )
        )
        casualties = self._casualties(quantities)
        date, source = self._date(candidate)
        published = story.published.isoformat() if story.published else None
        if source == "sentence" and date and published and len(date) >= 10 > 0:
            flags.future = flags.future or date[:10] > published
        quote = story.quote_at(view.starts[match.first])
        if quote is None:
            quote = self._speaker_quote(candidate)
        first, last = match.first, match.last
        if candidate.kind == "light":
            first = min(first, candidate.head)
        start, end = view.starts[first], view.ends[last]
        return Event(
            type=type_,
            mode=mode,
            trigger=Anchor(start=start, end=end, text=story.text[start:end]),
            sentence=Span(start=view.start, end=view.end),
            actor=_unique(actors),
            recipient=_unique(recipients),
            location=location,
            date=date,
            date_source=source if date is not None else None,
            quantities=quantities,
            dead=casualties.get("dead"),
            injured=casualties.get("injured"),
            arrested=casualties.get("arrested"),
            size=casualties.get("size"),
            context=self._contexts(candidate),
            negated=flags.negated,
            hypothetical=flags.hypothetical,
            future=flags.future,
            action=action,
            quote=quote,
        )

    def _mode_word(self, start: int, end: int) -> str | None:
        view = self.view
        best: tuple[int, str] | None = None
        for position in range(start, min(end, len(view))):
            for words, mode, rank in self.lex.modes.get(view.words[position], ()):
                if tuple(view.words[position : position + len(words)]) == words and (
                    best is None or rank < best[0]
                ):
                    best = (rank, mode)
        return best[1] if best else None

    def _contexts(self, candidate: _Candidate) -> tuple[str, ...]:
        found = list(candidate.match.trigger.context)
        view = self.view
        for position, word in enumerate(view.words):
            for words, context in self.lex.contexts.get(word, ()):
                if tuple(view.words[position : position + len(words)]) == words:
                    found.append(context)
        for absorbed in candidate.absorbed:
            found.extend(absorbed.match.trigger.context)
        return tuple(dict.fromkeys(found))

    def _casualties(self, quantities: Sequence[int]) -> dict[str, int]:
        found: dict[str, int] = {}
        for index in quantities:
            quantity = self.story.layers.quantities[index]
            number = quantity.value if quantity.value is not None else quantity.low
            if number is None or quantity.role is None:
                continue
            field = _CASUALTY_FIELDS.get(quantity.role) or (
                "size" if quantity.role == "casualties" else None
            )
            if field is not None and field not in found:
                found[field] = int(number)
        return found

    def _date(self, candidate: _Candidate) -> tuple[str | None, str | None]:
        view, story = self.view, self.story
        head_offset = view.starts[candidate.head]
        best: tuple[int, int, str] | None = None
        for index in story.layers.within("dates", view.start, view.end):
            date = story.layers.dates[index]
            if date.kind not in ("date", "time") or not date.value or not date.value[0].isdigit():
                continue
            inside = (
                view.starts[candidate.start]
                <= date.start
                < view.ends[min(candidate.end, len(view)) - 1]
            )
            rank = (0 if inside else 1, abs(date.start - head_offset))
            if best is None or rank < best[:2]:
                best = (*rank, date.value)
        paragraph = story.text.rfind("\n", 0, view.start)
        if paragraph != story.paragraph_end:
            story.paragraph_end = paragraph
            story.paragraph_date = None
        if best is not None:
            story.paragraph_date = best[2]
            return best[2], "sentence"
        if story.paragraph_date is not None:
            return story.paragraph_date, "narrative"
        if story.published is not None:
            return story.published.isoformat(), "publication"
        return None, None

    def _speaker_quote(self, candidate: _Candidate) -> int | None:
        if candidate.type in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST") or not candidate.actors:
            return None
        layers = self.story.layers
        names = {
            layers.actors[i].name for i in candidate.actors if layers.actors[i].kind == "person"
        }
        if not names:
            return None
        window_end = self.story.text.find("\n", self.view.end + 1)
        window_end = len(self.story.text) if window_end < 0 else window_end
        following = self.story.text.find("\n", window_end + 1)
        following = len(self.story.text) if following < 0 else following
        for index in layers.within("quotes", self.view.start, following):
            if layers.quotes[index].speaker in names:
                return index
        return None


def _unique(participants: list[Participant]) -> list[Participant]:
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for participant in participants:
        key = (participant.name, participant.country)
        if key not in seen:
            seen.add(key)
            kept.append(participant)
    return kept


def sentence_events(story: Story, lex: EventLexicons, start: int, end: int) -> list[Event]:
    """The events of the sentence ``[start, end)`` of ``story``'s text."""
    return SentenceEvents(story, lex, start, end).build()
