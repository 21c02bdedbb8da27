"""A coverage-guided fuzz target for the whole pipeline (every bundled plugin), with atheris.

    python -m fuzz.pipeline_fuzz NEW fuzz/corpus -runs=10000   # a bounded run (make fuzz)
    python -m fuzz.pipeline_fuzz NEW fuzz/corpus -max_total_time=3600

libFuzzer reads every folder given and writes the inputs it finds interesting into the first,
``NEW`` (``make fuzz`` uses a scratch folder, so that the committed seeds stay as written).

Each input becomes a text and a publication date (:func:`fuzz.inputs.document_for`). The
pipeline is strict, so a plugin's exception crashes the target, and :func:`fuzz.inputs.check`
asserts what every document must hold. libFuzzer writes a crashing input as ``crash-<hash>``:
keep it in ``tests/fuzz_regressions/`` under a name that says what it found, and
``tests/test_fuzz_regressions.py`` runs it, with every seed of ``fuzz/corpus/``, on every
``make test``, without atheris.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["geoevents"]):
    from geoevents import Pipeline

    PIPELINE = Pipeline(strict=True)  # imports the bundled plugins: inside, to instrument them

from fuzz.inputs import check, document_for


def one_input(data: bytes) -> None:
    """Run the pipeline on one fuzzed input and check the document."""
    text, published = document_for(data)
    check(PIPELINE, PIPELINE.extract(text, published=published))


def main() -> None:
    """Fuzz with libFuzzer's command line (``-runs``, ``-max_total_time``, a corpus folder)."""
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
