"""The bundled quotes plugin: quoted passages and who said them, without a parser model.

>>> from geoevents.testing import plugin_pipeline
>>> import geoevents.plugins.quotes as quotes
>>> doc = plugin_pipeline(quotes).extract(
...     "Sergei Lavrov arrived in Ankara. “We are open to dialogue,” he said."
... )
>>> [(q.text, q.speaker, q.cue, q.kind) for q in doc.quotes]
[('We are open to dialogue,', 'Sergei Lavrov', 'said', 'direct')]

The work is done in steps, one module each: :mod:`.marks` pairs the quotation marks,
:mod:`.attribution` finds the layout that attributes each passage, :mod:`.indirect` reads the
clauses that reporting verbs report without marks (``kind`` ``indirect``), :mod:`.speakers`
reads and resolves the speakers, and this module ties passages together (a quote split by its
attribution, a quote that runs over paragraphs, a quote whose speaker was named just before, a
transcript's speaker labels). :mod:`.lexicons` compiles the word lists once per pipeline and
finds the reporting words and names of each document once.

>>> doc = plugin_pipeline(quotes).extract("Ana Berg said that the port would reopen.")
>>> [(q.text, q.speaker, q.cue, q.kind) for q in doc.quotes]
[('the port would reopen', 'Ana Berg', 'said', 'indirect')]
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from geoevents.hookspecs import hookimpl
from geoevents.model import Actor, Document, Mention, Quote
from geoevents.plugins.quotes.attribution import (
    Attribution,
    attribute,
    closing_speaker,
    is_title,
    preposed,
)
from geoevents.plugins.quotes.indirect import indirect_speech
from geoevents.plugins.quotes.lexicons import LEXICONS, QuoteLexicons, compiled
from geoevents.plugins.quotes.marks import Passage, passages
from geoevents.plugins.quotes.speakers import Ref, SpeakerResolver, sentence_subject
from geoevents.resources import Context
from geoevents.text.sentences import Sentences, paragraphs, sentences

__all__ = [
    "LEXICONS",
    "compiled",
    "find_quotes",
    "geoevents_extract_mentions",
    "geoevents_mention_types",
    "geoevents_reads_layers",
]


@hookimpl
def geoevents_mention_types() -> list[type[Mention]]:
    """The kind of mention this plugin finds: the built-in ``quotes`` layer."""
    return [Quote]


@hookimpl
def geoevents_reads_layers() -> list[str]:
    """The speakers are resolved through the actors the article names."""
    return ["actors"]


@hookimpl
def geoevents_extract_mentions(document: Document, context: Context) -> list[Quote]:
    """Find the quotes of the document, with their speakers."""
    return find_quotes(document, context)


def find_quotes(document: Document, context: Context) -> list[Quote]:
    """Every quote of ``document``, in text order, read with ``context``'s lexicons.

    The quoted passages (``direct`` and ``partial``) and the indirect speech.
    """
    text = document.text
    lex = compiled(context)
    spans = paragraphs(text)
    marked = passages(text, lex.elisions, spans)
    hits = lex.verb.finditer(text)
    if not marked and not hits:
        return []
    lex = lex.for_document(text, hits)
    found = [p for p in marked if not is_title(text, p, lex) and not _stage_direction(text, p)]
    found, labels = _labelled(text, found)
    split = sentences(text, lex.sentences)
    paragraph_of = [start for start, _end in spans]
    resolver = SpeakerResolver(text, lex, [(p.open, p.close) for p in found], spans)
    attributions = [
        labels[index]
        if index in labels
        else _attribute(text, found, index, split, paragraph_of, lex, resolver)
        for index in range(len(found))
    ]
    attributions = _carry_over(text, found, attributions, split, paragraph_of, lex)
    reported = indirect_speech(text, hits, [(p.open, p.close) for p in marked], split, lex)
    refs = [a.ref for a in attributions if a.ref is not None]
    refs += [item.attribution.ref for item in reported if item.attribution.ref is not None]
    resolver.add_speakers(refs)
    groups = _groups(found, attributions, paragraph_of)
    quotes = [
        _quote(text, passage.start, passage.end, attribution, group, resolver)
        for passage, attribution, group in zip(found, attributions, groups, strict=True)
    ]
    for item in reported:
        ref = item.attribution.ref
        if ref is not None and (ref.kind != "pronoun" or resolver.resolve(ref) is not None):
            quotes.append(_quote(text, item.start, item.end, item.attribution, None, resolver))
    quotes.sort(key=lambda quote: (quote.start, quote.end))
    return _with_actors(quotes, document.actors)


def _with_actors(quotes: list[Quote], actors: Sequence[Actor]) -> list[Quote]:
    """The quotes with their speaker's actor: its kind and country, and its fuller name.

    The speaker's actor is the actor mention at the speaker's words, else the actor the article
    names with the speaker's name. A speaker named by a shorter form of the actor's name
    ("SIA", "Putin") takes the actor's name.
    """
    if not actors:
        return quotes
    starts = [actor.start for actor in actors]
    by_name = {actor.name: actor for actor in actors}
    result = []
    for quote in quotes:
        actor = None
        if quote.speaker_start is not None and quote.speaker_end is not None:
            index = bisect.bisect_right(starts, quote.speaker_end) - 1
            while index >= 0 and actor is None and actors[index].end > quote.speaker_start:
                if actors[index].start >= quote.speaker_start:
                    actor = actors[index]
                index -= 1
        if actor is None and quote.speaker is not None:
            actor = by_name.get(quote.speaker)
        if actor is None:
            result.append(quote)
            continue
        speaker = quote.speaker
        written = speaker.removeprefix("the ").removeprefix("The ") if speaker else None
        if (
            written == actor.text
            or (speaker is not None and len(actor.name) > len(speaker) and speaker in actor.name)
            or (speaker is not None and actor.via == "acronym" and speaker == actor.text)
        ):
            speaker = actor.name
        result.append(
            attrs.evolve(
                quote, speaker=speaker, speaker_kind=actor.kind, speaker_country=actor.country
            )
        )
    return result


def _quote(
    text: str,
    start: int,
    end: int,
    attribution: Attribution,
    group: int | None,
    resolver: SpeakerResolver,
) -> Quote:
    ref = attribution.ref
    cue = attribution.cue
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        speaker=None if ref is None else resolver.resolve(ref),
        speaker_start=None if ref is None else ref.start,
        speaker_end=None if ref is None else ref.end,
        cue=None if cue is None else text[cue[0] : cue[1]],
        kind=attribution.kind,
        group=group,
    )


_LABEL = regex.compile(r"(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}'’.-]+){0,2}):[ \t]+(?=\S)")
"""A transcript's speaker label opening a quoted paragraph: ``"SMITH: ...``."""
_BRACKETED = regex.compile(r"[(\[][^()\[\]\n]{1,40}[)\]][.,]?")


def _labelled(text: str, found: list[Passage]) -> tuple[list[Passage], dict[int, Attribution]]:
    """The passages with transcript labels cut off, and the attribution each label gives.

    A label is a name in capitals and a colon at the start of a passage (``"SMITH: Well, ...``),
    taken as one when it labels two passages or more, or when the article writes the name
    elsewhere ("Governor Smith").
    """
    labels = {}
    for index, passage in enumerate(found):
        label = _LABEL.match(text, passage.start, passage.end)
        if label is not None and label.end() < passage.end:
            labels[index] = label
    counts = Counter(label.group(1) for label in labels.values())
    result = list(found)
    attributions = {}
    for index, label in labels.items():
        name = label.group(1)
        if counts[name] < 2 and name.title() not in text:
            continue
        result[index] = found[index]._replace(start=label.end())
        ref = Ref(label.start(1), label.end(1), "label", name)
        attributions[index] = Attribution(ref, None, "direct", "label")
    return result, attributions


def _stage_direction(text: str, passage: Passage) -> bool:
    """Whether the quoted words are all in brackets ("(CROSSTALK)", "[Applause]")."""
    return _BRACKETED.fullmatch(text, passage.start, passage.end) is not None


def _paragraph(starts: Sequence[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _close_end(text: str, passage: Passage) -> int:
    if not passage.closed:
        return passage.close
    return passage.close + (2 if text.startswith("''", passage.close) else 1)


def _attribute(
    text: str,
    found: Sequence[Passage],
    index: int,
    split: Sentences,
    paragraph_of: Sequence[int],
    lex: QuoteLexicons,
    resolver: SpeakerResolver,
) -> Attribution:
    passage = found[index]
    first = split.index_at(passage.open)
    last = split.index_at(max(passage.open, passage.close - (0 if passage.closed else 1)))
    if first is None or last is None:
        return Attribution(None, None, "direct", None)
    sentence = (split[first][0], split[last][1])
    before = sentence[0]
    if index > 0 and found[index - 1].close >= before:
        before = _close_end(text, found[index - 1])
    after = sentence[1]
    if index + 1 < len(found) and found[index + 1].open < after:
        after = found[index + 1].open
    next_sentence = None
    paragraph = _paragraph(paragraph_of, passage.open)
    if last + 1 < len(split) and _paragraph(paragraph_of, split[last + 1][0]) == paragraph:
        next_sentence = split[last + 1]
    return attribute(
        text, passage, before, after, sentence, next_sentence, lex, person=resolver.is_person
    )


def _carry_over(
    text: str,
    found: Sequence[Passage],
    attributions: list[Attribution],
    split: Sentences,
    paragraph_of: Sequence[int],
    lex: QuoteLexicons,
) -> list[Attribution]:
    """Attribute the passages no layout attributes from their neighbours.

    A piece of a quote running over paragraphs shares the attribution of its other pieces; a
    quote standing alone takes the subject of the sentence before it in its paragraph, or the
    speaker of the quote before it (in its paragraph, or ending the paragraph before, or
    introduced there by a colon).
    """
    result = list(attributions)
    for index in range(len(found) - 1, 0, -1):  # a later piece tells earlier ones
        if (
            found[index].continued
            and result[index].ref
            and not result[index - 1].ref
            and result[index].layout != "label"  # a transcript's next speaker
        ):
            result[index - 1] = result[index]._replace(kind=result[index - 1].kind)
    for index, passage in enumerate(found):
        current = result[index]
        if current.ref is not None or current.kind != "direct":
            continue
        previous = result[index - 1] if index else None
        if passage.continued and previous is not None and previous.ref is not None:
            result[index] = previous._replace(layout="continued")
            continue
        sentence = split.index_at(passage.open)
        paragraph = _paragraph(paragraph_of, passage.open)
        if paragraph > 0 and paragraph_of[paragraph] == passage.open:
            introduced = _introduced(text, paragraph_of[paragraph - 1], passage, lex)
            if introduced is not None:
                result[index] = introduced
                continue
        same_paragraph = index > 0 and _paragraph(paragraph_of, found[index - 1].open) == paragraph
        if sentence is not None and sentence > 0:
            prior = split[sentence - 1]
            if _paragraph(paragraph_of, prior[0]) == paragraph and not (
                same_paragraph and found[index - 1].open >= prior[0]
            ):
                ref = closing_speaker(text, prior, lex) or sentence_subject(
                    text, prior[0], prior[1], lex
                )
                if ref is not None and not _quoted(text, prior):
                    result[index] = Attribution(ref, None, "direct", "previous")
                    continue
        if previous is not None and previous.ref is not None and same_paragraph:
            result[index] = previous._replace(layout="continued")
            continue
        if (
            previous is not None
            and previous.ref is not None
            and _ends_paragraph(text, found[index - 1], paragraph_of, paragraph)
        ):
            result[index] = previous._replace(layout="continued")
    return result


def _introduced(
    text: str, previous_paragraph: int, passage: Passage, lex: QuoteLexicons
) -> Attribution | None:
    """The attribution a paragraph ending with a colon gives the quote after it ("He went on:")."""
    if not text[previous_paragraph : passage.open].rstrip().endswith(":"):
        return None
    return preposed(text, previous_paragraph, passage.open, lex)


def _quoted(text: str, span: tuple[int, int]) -> bool:
    return any(mark in text[span[0] : span[1]] for mark in '“”"«»')


def _ends_paragraph(
    text: str, passage: Passage, paragraph_of: Sequence[int], paragraph: int
) -> bool:
    """Whether ``passage`` is in the paragraph just before ``paragraph``, near its end."""
    if _paragraph(paragraph_of, passage.open) != paragraph - 1:
        return False
    end = paragraph_of[paragraph]
    return len(text[_close_end(text, passage) : end].split()) <= 12


def _groups(
    found: Sequence[Passage], attributions: Sequence[Attribution], paragraph_of: Sequence[int]
) -> list[int | None]:
    """The ``group`` of each passage: pieces of one quote share the start of the first."""
    groups: list[int | None] = [None] * len(found)
    head = 0
    for index in range(1, len(found)):
        ref = attributions[index].ref
        if attributions[index].layout == "label":  # a new speaker in a transcript
            head = index
            continue
        linked = found[index].continued or (
            ref is not None
            and ref == attributions[index - 1].ref
            and attributions[index].kind == attributions[index - 1].kind == "direct"
            and _paragraph(paragraph_of, found[index].open)
            - _paragraph(paragraph_of, found[index - 1].open)
            <= 1
        )
        if linked:
            groups[head] = groups[index] = found[head].start
        else:
            head = index
    return groups
