"""The fuzz target's seeds and every input it found a failure with, run without atheris."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz.inputs import check, document_for

from geoevents import Pipeline

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted(
    [*(ROOT / "fuzz" / "corpus").iterdir(), *(ROOT / "tests" / "fuzz_regressions").iterdir()]
)
INPUTS = [path for path in INPUTS if path.is_file() and not path.name.startswith(".")]
PIPELINE = Pipeline(strict=True)


@pytest.mark.parametrize("path", INPUTS, ids=[f"{p.parent.name}/{p.name}" for p in INPUTS])
def test_kept_fuzz_input(path: Path) -> None:
    text, published = document_for(path.read_bytes())
    check(PIPELINE, PIPELINE.extract(text, published=published))


def test_inputs_are_kept() -> None:
    assert len(INPUTS) >= 10  # the seeds, at least
