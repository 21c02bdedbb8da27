"""A plugin that builds on another: an article's casualty tolls, read from its quantities.

    python examples/casualty_tolls.py [ARTICLE.txt] [--published DATE]

The bundled quantities plugin marks each casualty count with its ``role`` ("killed",
"injured"...). This plugin reads that layer instead of reading numbers itself: it declares
``geoevents_reads_layers`` -> ``["quantities"]``, so the pipeline runs it after the quantities
plugin and hands it their mentions. It keeps, for each role, the highest figure the article
gives (headlines and later paragraphs often repeat or update a toll) as a mention of its own
layer, "tolls", anchored on the words that give it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import attrs

import geoevents

ARTICLE = Path(__file__).parent / "articles" / "kharkiv-strike.txt"


@attrs.frozen(kw_only=True)
class Toll(geoevents.Mention):
    """The highest figure an article gives for one kind of casualty."""

    layer: ClassVar[str] = "tolls"

    role: str
    """What happened to the people counted: ``killed``, ``injured``, ``missing``..."""
    value: int | float
    """The figure."""
    qualifier: str
    """How the figure bounds the truth (``at_least``, ``exact``...), as the quantity says."""
    reports: int
    """How many casualty counts of this role the article gives."""


class CasualtyTolls:
    """Reads the quantities layer; writes the tolls layer."""

    name = "tolls"

    @geoevents.hookimpl
    def geoevents_reads_layers(self) -> list[str]:
        return ["quantities"]

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
        return [Toll]

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: geoevents.Document) -> Iterator[Toll]:
        by_role: dict[str, list[geoevents.Quantity]] = {}
        for quantity in document.quantities:  # checked, sorted and stamped by the pipeline
            if quantity.role and quantity.value is not None:
                by_role.setdefault(quantity.role, []).append(quantity)
        for role, counts in by_role.items():
            highest = max(counts, key=lambda q: q.value or 0)  # the first of equal figures
            yield Toll(
                start=highest.start,
                end=highest.end,
                text=highest.text,
                role=role,
                value=highest.value or 0,
                qualifier=highest.qualifier,
                reports=len(counts),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    parser.add_argument("--published", default="2025-10-12")
    args = parser.parse_args()
    pipeline = geoevents.Pipeline(extra=[CasualtyTolls()])
    print("runs:", " -> ".join(pipeline.order))
    doc = pipeline.extract(args.article.read_text(encoding="utf-8"), published=args.published)
    for toll in doc.layer("tolls", Toll):
        print(
            f"{toll.role}: {toll.value} ({toll.qualifier}), from {toll.text!r} at "
            f"{toll.start}-{toll.end}; {toll.reports} count(s) in the article"
        )


if __name__ == "__main__":
    main()
