"""What a count counts, and what happened to it.

:class:`NounFinder` finds the head of the noun phrase after a number: past adjectives,
hyphenated compounds and model names ("13 Iskander-M ballistic missiles" -> missiles), through
"of" ("dozens of civilians", "14 of the 20 hostages"). :func:`link_readings` then works on all
the readings of a paragraph: coordinated counts share a noun ("102 and 21 people", "23 people
were killed and 140 wounded"), a noun written before the number counts it ("a family of seven",
"the death toll rose to 45"), and casualty words give counts their role.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geoevents.plugins.quantities.lexicons import Grammar
from geoevents.plugins.quantities.tokens import NUMBER, PUNCT, WORD, Token

if TYPE_CHECKING:
    from geoevents.plugins.quantities.reading import Reading

__all__ = ["NounFinder", "link_readings"]

_PHRASE_LIMIT = 7  # tokens a counted noun phrase may span
_COORDINATORS = frozenset({"and", "or", ",", ";", "while", "with", "but", "plus", "nor", "from"})
_INCLUDING = frozenset({"including", "among"})
_LINK_REACH = 15  # tokens between coordinated counts
_ROLE_REACH = 4  # link words between a count and its casualty word
_OBJECT_WORDS = frozenset({"him", "them", "it", "us", "me", "to", "that", "whether"})
"""Words that follow a verb, never a noun's plural: "backs him", "wants to", "says that"."""
_TOTAL_REACH = 6  # words between a total noun ("toll") and the words linking it to its figure


class NounFinder:
    """Finds counted nouns after numbers in one paragraph's tokens."""

    def __init__(self, tokens: Sequence[Token], grammar: Grammar) -> None:
        self.tokens = tokens
        self.grammar = grammar
        self._names: list[int] = []

    def item_after(self, reading: Reading) -> None:
        """Set ``reading.item`` to the head of the noun phrase after the number, if any."""
        tokens = self.tokens
        position = reading.end
        if position >= len(tokens) or reading.item_span is not None:
            return
        if reading.kind != "count":
            if tokens[position].lower == "of":  # "40% of the grain exports", "6% of GDP"
                start = self._after_determiners(position + 1)
                head = self._head(start, singular=False)
                if head is not None and self._verb_after_noun(start, head):
                    head = head - 1  # "40% of the public opposes the plan": public
                if head is None:
                    head = self._head(start, singular=True)
                reading.item = head
                reading.item_source = "right" if head is not None else ""
            return
        compound = self._hyphen_compound(position)
        if compound is not None:
            reading.item, reading.item_source = compound, "right"
            return
        singular = reading.value == 1 or reading.core.fraction
        if tokens[position].lower == "of" and (
            reading.core.vague or reading.core.fraction or self._partitive(position + 1)
        ):
            position = self._after_determiners(position + 1)
            position = self._past_number(position)
            singular = reading.core.fraction and not reading.core.vague
        head = self._head(position, singular=singular)
        if head is None and reading.core.fraction:
            head = self._head(position, singular=False)
        if head is not None:
            reading.item, reading.item_source = head, "right"
            reading.noun_end = head + 1
            reading.names = tuple(self._names)

    def _verb_after_noun(self, start: int, head: int) -> bool:
        """Whether the "plural" found is a verb agreeing with the singular noun before it.

        "of the public opposes the plan", "of the workforce backs a strike": a word in -s
        after a noun and before a determiner, a pronoun or "to" is the clause's verb.
        """
        tokens = self.tokens
        if head <= start or head + 1 >= len(tokens):
            return False
        if tokens[head].lower in self.grammar.plural_nouns:
            return False
        before, after = tokens[head - 1], tokens[head + 1]
        return (
            before.kind == WORD
            and not self.is_plural(before)
            and after.kind == WORD
            and (after.lower in self.grammar.determiners or after.lower in _OBJECT_WORDS)
        )

    def _hyphen_compound(self, position: int) -> int | None:
        """The word glued after a hyphen: "a 30-page report"."""
        tokens = self.tokens
        if position + 1 >= len(tokens) or tokens[position].text != "-":
            return None
        word = tokens[position + 1]
        if tokens[position].glued and word.glued and word.kind == WORD and word.text.isalpha():
            return position + 1
        return None

    def _partitive(self, position: int) -> bool:
        """Whether a determiner follows "of": "14 of the 20 hostages", "three of its drones"."""
        tokens = self.tokens
        if position >= len(tokens):
            return False
        token = tokens[position]
        return token.lower in self.grammar.partitive_determiners or token.lower.endswith(
            ("'s", "’s")
        )

    def _after_determiners(self, position: int) -> int:
        while (
            position < len(self.tokens)
            and self.tokens[position].lower in self.grammar.partitive_determiners
        ):
            position += 1
        return position

    def _past_number(self, position: int) -> int:
        """Skip a number that starts the noun phrase ("of the 20 hostages")."""
        tokens = self.tokens
        if position < len(tokens) and tokens[position].kind == NUMBER:
            return position + 1
        return position

    def _head(self, position: int, *, singular: bool) -> int | None:
        """The head noun of the phrase at ``position``.

        A count above one counts a plural: the first plural word ("800 explosive-laden heavy
        drones"), or the last of several in a row ("six police officers"). A count of one, or a
        fraction, counts the last word before a word that ends the phrase.
        """
        tokens = self.tokens
        last_word: int | None = None
        self._names = []
        end = min(len(tokens), position + _PHRASE_LIMIT)
        index = position
        while index < end:
            token = tokens[index]
            if token.kind == WORD:
                if self._joins_names(index):
                    index += 1
                    continue
                if self.grammar.is_stop(token):
                    break
                if token.lower.partition("-")[0] in self.grammar.starters:
                    break  # another number: "two or three"
                if self.is_plural(token):
                    if singular and last_word is not None:
                        break
                    # "six police officers", "31 Abrams tanks": a plural used as a modifier
                    while (
                        index + 1 < len(tokens)
                        and (
                            tokens[index].lower in self.grammar.plural_nouns
                            or tokens[index].capitalized
                        )
                        and self._plural_word(tokens[index + 1])
                    ):
                        index += 1
                    return index
                last_word = index
            elif token.kind == NUMBER:
                if token.suffix in {"s", "S"} and not singular:
                    return index  # "five Boeing 737s"
                if not self._model_number(index, last_word):
                    break
                self._names.append(index)
            elif not (token.kind == PUNCT and token.text == "-" and token.glued):
                break
            index += 1
        if singular:
            return last_word
        if last_word is not None and last_word > position:
            run = tokens[position : position + 2]
            if all(t.kind == WORD and t.text.isalpha() and t.text.islower() for t in run):
                # "a four course dinner", "a 12 page document": the number counts the noun
                # it modifies, as in "a 12-page document"
                return position
        return None

    def _joins_names(self, index: int) -> bool:
        """Whether an "and" joins two capitalised names: "Model S and Model X vehicles"."""
        tokens = self.tokens
        return (
            tokens[index].lower in {"and", "&"}
            and 0 < index < len(tokens) - 1
            and tokens[index - 1].capitalized
            and tokens[index + 1].capitalized
        )

    def _plural_word(self, token: Token) -> bool:
        return token.kind == WORD and not self.grammar.is_stop(token) and self.is_plural(token)

    def is_plural(self, token: Token) -> bool:
        """Whether ``token`` looks like a plural noun ("drones", "people", "A380s")."""
        lower = token.lower
        if lower in self.grammar.plural_nouns:
            return True
        if len(lower) > 4 and lower.endswith("men") and not lower.endswith(("imen", "omen")):
            return True  # "gunmen", "fishermen" (not "specimen", "abdomen")
        return (
            len(lower) >= 3
            and lower.endswith("s")
            and not lower.endswith(("ss", "us", "is", "'s", "’s"))
        )

    def _model_number(self, index: int, last_word: int | None) -> bool:
        """A number in a name: "Leopard 2 tanks", "Boeing 787 jets", "new 737 aircraft"."""
        tokens = self.tokens
        token = tokens[index]
        if last_word is not None and last_word == index - 1 and tokens[last_word].capitalized:
            return True
        if token.suffix or not token.digits.isdigit() or len(token.digits) < 3:
            return False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return (
            following is not None
            and following.kind == WORD
            and not self.grammar.is_stop(following)
            and last_word is not None
            and not tokens[last_word].lower.endswith(("ing", "ed"))
        )


def link_readings(readings: Sequence[Reading], tokens: Sequence[Token], grammar: Grammar) -> None:
    """Share nouns between coordinated counts, read nouns written first, and find roles."""
    linker = _Linker(readings, tokens, grammar)
    linker.share_forward()
    linker.share_backward()
    linker.nouns_before()
    linker.roles()


class _Linker:
    def __init__(
        self, readings: Sequence[Reading], tokens: Sequence[Token], grammar: Grammar
    ) -> None:
        self.readings = readings
        self.tokens = tokens
        self.grammar = grammar
        self.nouns = NounFinder(tokens, grammar)

    def _counts(self) -> list[Reading]:
        return [r for r in self.readings if r.kind == "count"]

    def share_forward(self) -> None:
        """The first count takes the noun of the second: "killed 102 and 21 people"."""
        counts = self._counts()
        for reading, following in itertools.pairwise(counts):
            if reading.item is not None or following.item is None:
                continue
            between = self.tokens[reading.end : following.first]
            if len(between) == 1 and between[0].lower in {"and", "or", ",", "to"}:
                reading.item, reading.item_source = following.item, "shared"
        for reading, following in itertools.pairwise(self.readings):
            # "eight or nine euros": the first number takes the currency or unit of the second
            if reading.kind == "count" and following.kind != "count" and reading.item is None:
                between = self.tokens[reading.end : following.first]
                if len(between) == 1 and between[0].lower in {"or", "to"}:
                    reading.kind, reading.unit = following.kind, following.unit

    def share_backward(self) -> None:
        """The second count takes the first's noun: "23 people were killed and 140 wounded"."""
        previous: Reading | None = None
        for reading in self.readings:
            if reading.kind != "count":
                continue
            if (
                reading.item is None
                and previous is not None
                and previous.item is not None
                and previous.item_source in {"right", "shared"}
                and reading.first > 0
                and self.tokens[reading.first - 1].lower in _COORDINATORS
                and reading.first - previous.end <= _LINK_REACH
                and not self._sentence_between(previous.end, reading.first)
                and not self._noun_follows(reading)
                and not self._subject_of_its_own(previous, reading)
            ):
                reading.item, reading.item_source = previous.item, "shared"
            if reading.item is not None:
                previous = reading

    def _subject_of_its_own(self, previous: Reading, reading: Reading) -> bool:
        """Whether a bare count opens a clause that does not continue the earlier count's.

        "23 people were killed and 140 were wounded" is two parallel clauses, and "Of the 20
        hostages, 14 were freed" a part of a whole: the second count shares the noun. But in
        "Between the two blasts, at least 20 were killed" or "Police raided two homes, and 15
        were arrested", the earlier count is no subject, so the later one, subject of its own
        verb, counts something else.
        """
        tokens = self.tokens
        if reading.end >= len(tokens) or tokens[reading.end].lower not in self.grammar.role_links:
            return False  # no verb of its own: "and 140 wounded", "100 thousand in London"
        before = previous.first - 1
        while before >= 0 and tokens[before].lower in self.grammar.partitive_determiners:
            before -= 1
        if before >= 0 and tokens[before].lower in {"of", "among"}:
            return False  # the whole a part is taken from
        after = previous.noun_end if previous.noun_end > 0 else previous.end
        if after >= len(tokens):
            return True
        verb = tokens[after]
        return verb.kind != WORD or not (
            verb.lower in self.grammar.role_links
            or self.grammar.casualties.match([(verb.text, verb.lower)])
        )

    def _sentence_between(self, start: int, end: int) -> bool:
        return any(
            t.kind == PUNCT and t.text in {".", "!", "?", ";"} for t in self.tokens[start:end]
        )

    def _noun_follows(self, reading: Reading) -> bool:
        """Whether a noun of its own follows the count, so that it shares no other's.

        "... and 140 in Spain" may share the noun of an earlier count; "... and one car" may not.
        """
        if reading.end >= len(self.tokens):
            return False
        after = self.tokens[reading.end]
        return (
            after.kind == WORD
            and not self.grammar.is_stop(after)
            and not (self.grammar.casualties.match([(after.text, after.lower)]))
        )

    def nouns_before(self) -> None:
        """Nouns written before the count: "a family of seven", "the crowd at 50,000"."""
        for reading in self._counts():
            if reading.item is not None or reading.first == 0:
                continue
            before = self.tokens[reading.first - 1]
            if before.lower in {"of", "or"} and reading.first >= 2:
                noun = self.tokens[reading.first - 2]
                if noun.lower in self.grammar.amount_nouns:
                    continue  # "a total of 200 million": what is measured, not counted
                if noun.kind == WORD and not self.grammar.is_stop(noun):
                    reading.item, reading.item_source = reading.first - 2, "left"
                    continue
            noun_index = self._total_noun_before(reading.first)
            if noun_index is not None:
                reading.item, reading.item_source = noun_index, "left"

    def _total_noun_before(self, first: int) -> int | None:
        """A total noun, or the noun after "number of", before the words linking it to a count.

        "the death toll from the quake rose to 45" gives "toll"; "the number of displaced people
        reached 12 million" gives "people".
        """
        tokens = self.tokens
        index = first - 1
        links = 0
        while index >= 0 and links <= 3 and tokens[index].lower in self.grammar.total_links:
            index -= 1
            links += 1
        if links == 0:
            return None
        floor = max(-1, index - _TOTAL_REACH)
        plural: int | None = None
        while index > floor:
            token = tokens[index]
            if token.kind != WORD:
                return None
            if token.lower in self.grammar.total_nouns:
                if token.lower in {"number", "total"} and plural is not None:
                    return plural  # "the number of internally displaced people"
                return index
            if plural is None and self.nouns.is_plural(token):
                plural = index
            index -= 1
        return None

    def roles(self) -> None:
        """Give counts of people killed, injured, missing... their role."""
        previous: Reading | None = None
        for reading in self.readings:
            if reading.kind != "count":
                continue
            reading.role = self._role(reading)
            if (
                reading.role is None
                and previous is not None
                and previous.role is not None
                and self._coordinated(previous, reading)
            ):
                reading.role = previous.role
            previous = reading

    def _coordinated(self, previous: Reading, reading: Reading) -> bool:
        if reading.first == 0 or self._sentence_between(previous.end, reading.first):
            return False
        before = self.tokens[reading.first - 1].lower
        if before in _INCLUDING:  # "killed 23, including four children"
            return True
        if before not in {"and", "or", ","}:
            return False
        if reading.item is not None and reading.item == previous.item:
            return True  # "9 soldiers were killed and 4 soldiers too" shares the noun
        # "Police detained 60 protesters and 12 journalists": the verb before the first count
        # governs the second, unless the second has a verb of its own ("... and 3 were hurt")
        after = reading.noun_end if reading.noun_end > 0 else reading.end
        own_verb = after < len(self.tokens) and self.tokens[after].lower in self.grammar.role_links
        return not own_verb and self._casualty_before(previous.first) is not None

    def _role(self, reading: Reading) -> str | None:
        """The casualty role of a count, from a verb, else from its noun or the noun's modifiers.

        A verb wins ("killed 4 hostages") over the noun ("59 hostages", "900 displaced people").
        """
        after = reading.noun_end if reading.noun_end > 0 else reading.end
        verb = self._casualty_after(after) or self._casualty_before(reading.first)
        return verb or self._casualty_noun(reading)

    def _casualty_noun(self, reading: Reading) -> str | None:
        if reading.item is None:
            return None
        casualties = self.grammar.casualties
        tokens = self.tokens
        head = tokens[reading.item]
        found = casualties.match([(head.text, head.lower)])
        if found is not None:  # "70 deaths", "the death toll"
            return found[0]
        if reading.item_source == "right":
            modifiers = range(reading.end, reading.item)
        elif reading.item_source == "left":
            modifiers = range(max(0, reading.item - 3), reading.item)
        else:
            return None
        for index in modifiers:
            modifier = casualties.match([(tokens[index].text, tokens[index].lower)])
            if modifier is not None:  # "700 displaced people"
                return modifier[0]
        return None

    def _casualty_after(self, index: int) -> str | None:
        links = 0
        while index < len(self.tokens) and links <= _ROLE_REACH:
            token = self.tokens[index]
            window = [(t.text, t.lower) for t in self.tokens[index : index + 3]]
            found = self.grammar.casualties.match(window)
            if found is not None:
                return found[0]
            if token.lower not in self.grammar.role_links:
                return None
            index += 1
            links += 1
        return None

    def _casualty_before(self, first: int) -> str | None:
        index = first - 1
        while index >= 0 and self.tokens[index].lower in {"a", "an", "the", "another", "further"}:
            index -= 1
        if index < 0:
            return None
        window = [(t.text, t.lower) for t in self.tokens[max(0, index - 2) : index + 1]][::-1]
        found = self.grammar.casualties.match_reversed(window)
        return found[0] if found is not None else None
