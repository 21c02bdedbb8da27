r"""English inflection by rule: every form of a verb and both numbers of a noun.

Word lists name each verb once, by its lemma; matching needs every form a text may use. The
regular forms follow the spelling rules of English (``ban`` -> ``banned``, ``deny`` ->
``denies``, ``stage`` -> ``staging``); irregular past forms are looked up in a table the caller
gives (lemma -> ``"past<TAB>participle"``, ``|`` between variants, as in the bundled
``irregular_verbs`` lexicon).

Where spelling alone cannot decide (``target`` -> ``targeted``, ``commit`` -> ``committed``:
the stress decides), both spellings are generated: a form no text uses costs nothing.

>>> sorted(verb_forms("shell"))
['shell', 'shelled', 'shelling', 'shells']
>>> sorted(verb_forms("strike", {"strike": "struck\tstruck|stricken"}))
['stricken', 'strike', 'strikes', 'striking', 'struck']
>>> sorted(noun_forms("casualty"))
['casualties', 'casualty']
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["VerbForms", "noun_forms", "verb_forms", "verb_forms_by_kind"]

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")


class VerbForms:
    """The forms of one verb, by kind: base, third person, past, participle, gerund."""

    __slots__ = ("base", "gerund", "participle", "past", "third")

    def __init__(self, lemma: str, irregular: Mapping[str, str] | None = None) -> None:
        self.base = lemma
        """The lemma ("strike")."""
        self.third = _third_person(lemma)
        """The present third person singular ("strikes")."""
        self.gerund = frozenset(_gerunds(lemma))
        """The -ing forms ("striking")."""
        past, participle = _past_forms(lemma, (irregular or {}).get(lemma))
        self.past = past
        """The past tense forms ("struck")."""
        self.participle = participle
        """The past participle forms ("struck", "stricken")."""

    def all(self) -> frozenset[str]:
        """Every form."""
        return frozenset({self.base, self.third, *self.gerund, *self.past, *self.participle})


def verb_forms(lemma: str, irregular: Mapping[str, str] | None = None) -> frozenset[str]:
    """Every form of the verb ``lemma`` (lower case): base, -s, past, participle, -ing."""
    return VerbForms(lemma, irregular).all()


def verb_forms_by_kind(lemma: str, irregular: Mapping[str, str] | None = None) -> VerbForms:
    """The forms of the verb ``lemma``, by kind."""
    return VerbForms(lemma, irregular)


def noun_forms(noun: str) -> frozenset[str]:
    """The singular and plural of ``noun`` (a noun already in the plural is kept as it is)."""
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return frozenset({noun})
    return frozenset({noun, _plural(noun)})


def _consonant_y(word: str) -> bool:
    return len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS


def _third_person(verb: str) -> str:
    if _consonant_y(verb):
        return verb[:-1] + "ies"
    if verb.endswith((*_SIBILANT_ENDINGS, "o")):
        return verb + "es"
    return verb + "s"


def _plural(noun: str) -> str:
    if _consonant_y(noun):
        return noun[:-1] + "ies"
    if noun.endswith(_SIBILANT_ENDINGS):
        return noun + "es"
    return noun + "s"


def _doubles(verb: str) -> bool:
    """Whether the last consonant may be doubled: a consonant-vowel-consonant ending."""
    if len(verb) < 3 or verb[-1] in _VOWELS or verb[-1] in "wxy":
        return False
    return verb[-2] in _VOWELS and verb[-3] not in _VOWELS


def _gerunds(verb: str) -> list[str]:
    if verb.endswith("ie"):
        return [verb[:-2] + "ying"]
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return [verb[:-1] + "ing"]
    forms = [verb + "ing"]
    if _doubles(verb):
        forms.append(verb + verb[-1] + "ing")
    if verb.endswith("c"):
        forms.append(verb + "king")
    return forms


def _regular_past(verb: str) -> list[str]:
    if verb.endswith("e"):
        return [verb + "d"]
    if _consonant_y(verb):
        return [verb[:-1] + "ied"]
    forms = [verb + "ed"]
    if _doubles(verb):
        forms.append(verb + verb[-1] + "ed")
    if verb.endswith("c"):
        forms.append(verb + "ked")
    return forms


def _past_forms(verb: str, irregular: str | None) -> tuple[frozenset[str], frozenset[str]]:
    if not irregular:
        regular = frozenset(_regular_past(verb))
        return regular, regular
    past, _, participle = irregular.partition("\t")
    past_forms = frozenset(form.strip() for form in past.split("|") if form.strip())
    participles = frozenset(form.strip() for form in participle.split("|") if form.strip())
    return past_forms, participles or past_forms
