"""Extend a bundled plugin's data: teach the quotes plugin new reporting verbs.

    python examples/extend_lexicon.py

The bundled plugins keep their word lists as lexicons (see each plugin's page for their
names). A plugin adds entries to one with the ``geoevents_lexicon_entries`` hook; here the
``reporting_verbs`` lexicon of the quotes plugin, whose entries map a verb form to its lemma,
learns "fumed" and "texted".
"""

from __future__ import annotations

import geoevents

TEXT = "“Nobody warned us that the bridge would close,” the governor fumed on Saturday."


class MoreReportingVerbs:
    """A plugin that only contributes data: it finds nothing itself."""

    name = "more-reporting-verbs"

    @geoevents.hookimpl
    def geoevents_lexicon_entries(self, name: str) -> dict[str, str] | None:
        if name == "reporting_verbs":
            return {"fumed": "fume", "fumes": "fume", "texted": "text", "texts": "text"}
        return None  # leave every other lexicon alone


def main() -> None:
    plain = geoevents.Pipeline()
    extended = geoevents.Pipeline(extra=[MoreReportingVerbs()])

    verbs = extended.context.lexicon("reporting_verbs")
    print(f"reporting_verbs: {len(verbs)} entries, 'fumed' -> {verbs['fumed']!r}")
    if "quotes" not in extended.plugins:
        print("the quotes plugin is not loaded: nothing reads the lexicon")
        return
    for label, pipeline in [("bundled", plain), ("extended", extended)]:
        quotes = pipeline.extract(TEXT).quotes
        found = [f"“{q.text}” (cue {q.cue!r})" for q in quotes] or ["no quote"]
        print(f"{label}: {'; '.join(found)}")


if __name__ == "__main__":
    main()
