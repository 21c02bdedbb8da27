"""An inline plugin: a new mention kind, defined and registered in the same script.

    python examples/inline_plugin.py

No package and no entry point: a class with hook implementations, passed to a pipeline with
``extra=[...]``, runs alongside the bundled and installed plugins. This one finds military
units ("the 92nd Assault Brigade") and stores them in a layer of their own, "units".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import ClassVar

import attrs
import regex

import geoevents

TEXT = (
    "Soldiers of the 92nd Assault Brigade said they had pushed Russian troops back from two "
    "villages east of Kupiansk on Tuesday. The 3rd Separate Tank Brigade was moved north to "
    "hold the line, a spokesperson for the 1st Corps told reporters."
)


@attrs.frozen(kw_only=True)
class Unit(geoevents.Mention):
    """A military unit named with its number, such as "92nd Assault Brigade"."""

    layer: ClassVar[str] = "units"

    number: int
    """The unit's number (92)."""
    echelon: str
    """``brigade``, ``battalion``, ``regiment``, ``division`` or ``corps``."""


# Compiled once; the unit's words are capitalised words between the number and the echelon.
UNIT = regex.compile(
    r"\b(?P<number>\d{1,3})(?:st|nd|rd|th)"
    r"(?:\s+\p{Lu}\p{Ll}+){0,4}\s+"
    r"(?P<echelon>Brigade|Battalion|Regiment|Division|Corps)\b"
)


class MilitaryUnits:
    """The plugin: declare the mention type, then find mentions of it."""

    name = "units"  # the plugin's name, as Document.errors and `geoevents plugins` show it

    @geoevents.hookimpl
    def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
        return [Unit]

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: geoevents.Document) -> Iterator[Unit]:
        for match in UNIT.finditer(document.text):
            yield Unit(
                start=match.start(),
                end=match.end(),
                text=match[0],
                number=int(match["number"]),
                echelon=match["echelon"].lower(),
            )


def main() -> None:
    pipeline = geoevents.Pipeline(extra=[MilitaryUnits()])
    print("plugins:", ", ".join(pipeline.plugins))
    doc = pipeline.extract(TEXT, published="2025-10-14")
    units = [unit for unit in doc.layer("units") if isinstance(unit, Unit)]
    for unit in units:
        print(f"{unit.start:>4}-{unit.end:<4} {unit.text!r}: number {unit.number}, {unit.echelon}")
    # The new layer is part of the JSON output, under its own key.
    print(json.dumps(doc.to_dict()["units"][0], ensure_ascii=False))


if __name__ == "__main__":
    main()
