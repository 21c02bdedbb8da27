"""The word lists the dates plugin reads, gathered from the lexicons into one hashable value.

Every list is a lexicon (``geoevents/data/dates_*.tsv``), so another plugin can add words through
``geoevents_lexicon_entries``: a month spelling, a future cue, a name guard. :class:`DateWords`
holds them all as tuples and frozensets, so compiled patterns can be cached on it; read them
with :func:`geoevents.plugins.dates.lexicons.compiled`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

__all__ = ["LEXICONS", "DateWords"]

LEXICONS = (
    "dates_months",
    "dates_month_abbreviations",
    "dates_ambiguous_months",
    "dates_weekdays",
    "dates_weekday_abbreviations",
    "dates_parts_of_day",
    "dates_seasons",
    "dates_units",
    "dates_calendar_units",
    "dates_modifiers",
    "dates_period_edges",
    "dates_directions",
    "dates_future_cues",
    "dates_past_cues",
    "dates_not_past",
    "dates_vague",
    "dates_not_vague",
    "dates_reference_units",
    "dates_comparisons",
    "dates_comparison_cues",
    "dates_period_adjectives",
    "dates_holidays",
    "dates_frequencies",
    "dates_name_guards",
    "dates_number_guards",
    "dates_count_nouns",
    "dates_temporal_cues",
    "dates_duration_cues",
    "dates_time_zones",
    "vague_amounts",
)
"""The lexicons the dates plugin reads (see the plugin's documentation page)."""

Pairs = tuple[tuple[str, str], ...]
_GLUE = frozenset({"a", "an", "of"})


def _pairs(entries: Mapping[str, str]) -> Pairs:
    return tuple(sorted((key.lower(), value) for key, value in entries.items()))


def _words(entries: Mapping[str, str]) -> frozenset[str]:
    return frozenset(key.lower() for key in entries)


@attrs.frozen(kw_only=True, cache_hash=True)
class DateWords:
    """Every word list of the dates plugin, lower case."""

    months: Pairs
    """Month names and their numbers ("september", "9")."""
    month_abbreviations: Pairs
    """Abbreviated month names, read only next to a day or a year."""
    ambiguous_months: frozenset[str]
    """Month names that are also words or given names ("may", "april")."""
    weekdays: Pairs
    """Weekday names and their ISO numbers ("monday", "1")."""
    weekday_abbreviations: Pairs
    """Abbreviated weekday names, read only in front of a full date."""
    parts_of_day: Pairs
    """Parts of the day and their TIMEX3 codes ("morning", "MO")."""
    seasons: Pairs
    """Seasons and their TIMEX3 codes ("summer", "SU")."""
    units: Pairs
    """Units of time and their duration codes ("years", "Y"; "hours", "TH")."""
    calendar_units: Pairs
    """Calendar units that last/this/next point into, and their granularity."""
    modifiers: Pairs
    """Words that pick part of a period, and their TIMEX3 mod ("early", "START")."""
    period_edges: Pairs
    """Nouns that pick part of a period with "of", and their mod ("end", "END")."""
    directions: Pairs
    """last/this/next and their offsets."""
    future_cues: frozenset[str]
    """Words that put a clause in the future or in planning."""
    past_cues: frozenset[str]
    """Words that put a clause in the past."""
    not_past: frozenset[str]
    """Words ending in "-ed" that are not past tenses."""
    vague: Pairs
    """Vague references and their values ("recently", "PAST_REF"); a word in parentheses
    must come before the phrase but is not part of it ("(in) the past")."""
    not_vague: frozenset[str]
    """Phrases holding a vague reference that are not dates ("now that")."""
    reference_units: Pairs
    """The periods a report is about, named without a number ("quarter", "period"), and their
    granularity."""
    comparisons: frozenset[str]
    """Adjectives naming the period a figure is compared with ("year-earlier")."""
    comparison_cues: frozenset[str]
    """Words before "a year ago" that make it the period a figure is compared with."""
    holidays: Pairs
    """Holidays and the rule that gives their day ("thanksgiving", "11-4-4")."""
    period_adjectives: frozenset[str]
    """Adjectives that keep "the ... weeks" a stretch of unknown length ("the coming weeks")."""
    frequencies: Pairs
    """Words for a set of times and the period's value ("weekly", "P1W")."""
    name_guards_before: frozenset[str]
    """Words that, before a month or weekday name, make it part of a name ("Mrs", "Bloody")."""
    name_guards_after: frozenset[str]
    """Words that, after a month or weekday name, make it part of a name ("Times")."""
    number_guards: frozenset[str]
    """Words that label the number after them, so it is not a year ("Resolution")."""
    count_nouns: frozenset[str]
    """Nouns that show the number before them counts something ("people")."""
    temporal_cues: frozenset[str]
    """Words that, before a month name, season or number, show it is a date ("in", "since")."""
    determiners: frozenset[str]
    """The temporal cues that are determiners: enough for a year, not for a month name."""
    conjunctions: frozenset[str]
    """The temporal cues that join two dates ("and"): enough for a month after another one."""
    duration_cues: frozenset[str]
    """Words that make "a week" or "one year" after them a duration ("for", "within")."""
    time_zones: Pairs
    """Time zones (lower case) and "Z" for those that are UTC."""
    span_cues: frozenset[str]
    """Duration cues that also make "three years before..." a duration ("for", "lasting")."""
    vague_amounts: Pairs
    """Amounts without a number ("several", "a few", "dozens") and what they count."""
    vague_words: frozenset[str]
    """The words that make a number after them vague ("few", "several": "a few 100 years")."""

    @classmethod
    def from_lexicons(cls, lexicon: Callable[[str], Mapping[str, str]]) -> DateWords:
        """Read every list through ``lexicon`` (``context.lexicon``, say)."""
        guards = lexicon("dates_name_guards")
        durations = lexicon("dates_duration_cues")
        cues = lexicon("dates_temporal_cues")
        vague = lexicon("vague_amounts")
        return cls(
            months=_pairs(lexicon("dates_months")),
            month_abbreviations=_pairs(lexicon("dates_month_abbreviations")),
            ambiguous_months=_words(lexicon("dates_ambiguous_months")),
            weekdays=_pairs(lexicon("dates_weekdays")),
            weekday_abbreviations=_pairs(lexicon("dates_weekday_abbreviations")),
            parts_of_day=_pairs(lexicon("dates_parts_of_day")),
            seasons=_pairs(lexicon("dates_seasons")),
            units=_pairs(lexicon("dates_units")),
            calendar_units=_pairs(lexicon("dates_calendar_units")),
            modifiers=_pairs(lexicon("dates_modifiers")),
            period_edges=_pairs(lexicon("dates_period_edges")),
            directions=_pairs(lexicon("dates_directions")),
            future_cues=_words(lexicon("dates_future_cues")),
            past_cues=_words(lexicon("dates_past_cues")),
            not_past=_words(lexicon("dates_not_past")),
            vague=_pairs(lexicon("dates_vague")),
            not_vague=_words(lexicon("dates_not_vague")),
            reference_units=_pairs(lexicon("dates_reference_units")),
            comparisons=_words(lexicon("dates_comparisons")),
            comparison_cues=_words(lexicon("dates_comparison_cues")),
            period_adjectives=_words(lexicon("dates_period_adjectives")),
            holidays=_pairs(lexicon("dates_holidays")),
            frequencies=_pairs(lexicon("dates_frequencies")),
            name_guards_before=frozenset(k.lower() for k, v in guards.items() if v != "after"),
            name_guards_after=frozenset(k.lower() for k, v in guards.items() if v == "after"),
            number_guards=_words(lexicon("dates_number_guards")),
            count_nouns=_words(lexicon("dates_count_nouns")),
            temporal_cues=_words(cues),
            determiners=frozenset(k.lower() for k, v in cues.items() if v == "determiner"),
            conjunctions=frozenset(k.lower() for k, v in cues.items() if v == "conjunction"),
            duration_cues=_words(durations),
            time_zones=_pairs(lexicon("dates_time_zones")),
            span_cues=frozenset(k.lower() for k, v in durations.items() if v == "span"),
            vague_amounts=_pairs(vague),
            vague_words=frozenset(
                word for phrase in vague for word in phrase.lower().split() if word not in _GLUE
            ),
        )
