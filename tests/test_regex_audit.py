"""Every regular expression of the library is audited for catastrophic backtracking.

The audit finds each compiled pattern, at module level in ``geoevents`` and among what the
bundled plugins compile once per pipeline (``Context.built``), and sorts them by how the code
calls them, read from the source:

- a **scanning** pattern (``finditer``, ``search``, ``findall``, ``sub``, ``split``) is tried at
  every position of the text it is given, so it must be linear on its own: it is run over hostile
  texts (long runs of one character or of a short unit: stops, spaces, digits, capitals,
  apostrophes...) at a size and at four times that size, and the CPU time may grow at most
  eight-fold (quadratic work grows sixteen-fold; exponential work hits the ``timeout``);
- an **anchored** pattern (only ``match`` or ``fullmatch``) is tried at one position that the
  caller chose, so one call over the same texts must be linear, and the callers' loops are
  covered by the whole-pipeline growth tests in ``test_robustness_growth.py``.

A scanning pattern that is only ever searched inside a short window its caller bounds (the
few characters before a candidate, one number token) is quadratic in the window, not in the
text: those are listed in ``BOUNDED_BY_CALLER`` with the call that bounds them, and the test
fails when the call changes, so that whoever changes it says again why it is safe.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import geoevents

SOURCE = Path(geoevents.__file__).resolve().parent
SCANNING_CALLS = ("finditer", "search", "findall", "sub", "subn", "split", "splititer")
HOSTILE_UNITS: tuple[str, ...] = (".", " ", "\n", "7", "7,", "A", "a", "Aa ", "A.", "'", "’s ")
HOSTILE_UNITS += ('"', "-", "(", ", ", "the ", "12 ")
SMALL, LARGE = 1_500, 6_000
LINEAR_LIMIT = 8.0
FAST_ENOUGH = 0.02  # seconds of CPU for the larger text: too little to measure a ratio
TIMEOUT = 2.0  # seconds: a pattern still running then backtracks exponentially

Pattern = re.Pattern[str] | regex.Pattern[str]

BOUNDED_BY_CALLER: dict[str, tuple[str, str]] = {
    # name: (why it is safe, the call in the source that makes it so)
    "word_before": (
        "searched in the few characters before a date candidate (dates/guards.py)",
        "word_before.search(self.text, max(0, start - _WINDOW), start)",
    ),
    "_NAME_BEFORE": (
        "searched in the few characters before a date candidate (dates/guards.py)",
        "_NAME_BEFORE.search(context.text, max(0, start - _WINDOW), start)",
    ),
    "_FRACTION": (
        "searched in the written form of one number token (dates/scanner.py)",
        "_FRACTION.search(written)",
    ),
}


def _module_patterns() -> Iterator[tuple[str, str, Pattern]]:
    for info in pkgutil.walk_packages(geoevents.__path__, "geoevents."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                yield f"{info.name}.{name}", name, value


def _built_patterns(
    value: Any, where: str, name: str, depth: int = 0
) -> Iterator[tuple[str, str, Pattern]]:
    """The patterns held in ``value`` (what a plugin built), with where they were found."""
    if depth > 5 or isinstance(value, (str, bytes, int, float, type(None))):
        return
    if isinstance(value, (re.Pattern, regex.Pattern)):
        yield where, name, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _built_patterns(item, f"{where}[{key!r}]", name, depth + 1)
    elif isinstance(value, (list, tuple, frozenset, set)):
        for item in list(value)[:1_000]:
            yield from _built_patterns(item, f"{where}[]", name, depth + 1)
    elif hasattr(value, "__attrs_attrs__"):
        for field in value.__attrs_attrs__:
            attribute = getattr(value, field.name, None)
            yield from _built_patterns(attribute, f"{where}.{field.name}", field.name, depth + 1)
    elif type(value).__module__.startswith("geoevents") and hasattr(value, "__dict__"):
        for key, attribute in vars(value).items():
            yield from _built_patterns(attribute, f"{where}.{key}", key.lstrip("_"), depth + 1)


def _all_patterns() -> dict[tuple[str, int], tuple[str, str, Pattern]]:
    pipeline = geoevents.Pipeline()
    pipeline.extract("Officials said on May 5 that 12 drones hit Kyiv.", published="2025-05-06")
    found: dict[tuple[str, int], tuple[str, str, Pattern]] = {}
    sources = [*_module_patterns()]
    for key, value in pipeline.context._built.items():
        sources.extend(_built_patterns(value, f"built[{key!r}]", str(key)))
    for where, name, pattern in sources:
        found.setdefault((pattern.pattern, pattern.flags), (where, name, pattern))
    return found


_CODE = "\n".join(path.read_text(encoding="utf-8") for path in SOURCE.rglob("*.py"))


def _scans(name: str) -> bool:
    """Whether the code calls the pattern held under ``name`` in a scanning way."""
    calls = "|".join(SCANNING_CALLS)
    return re.search(rf"\b{re.escape(name)}\.(?:{calls})\(", _CODE) is not None


def _cpu(pattern: Pattern, text: str, scanning: bool) -> float:
    started = time.process_time()
    try:
        if isinstance(pattern, regex.Pattern):
            if scanning:
                for _ in pattern.finditer(text, timeout=TIMEOUT):
                    pass
            else:
                pattern.match(text, timeout=TIMEOUT)
        elif scanning:  # the standard library's re has no timeout; few patterns use it
            for _ in pattern.finditer(text):
                pass
        else:
            pattern.match(text)
    except TimeoutError:
        return float("inf")
    return time.process_time() - started


PATTERNS = _all_patterns()
AUDITED = sorted(PATTERNS.values(), key=lambda found: found[0])


def test_the_audit_finds_the_patterns() -> None:
    """A guard on the audit itself: it sees module patterns and the plugins' compiled lexicons."""
    places = [where for where, _name, _pattern in PATTERNS.values()]
    assert len(places) > 100
    assert any(place.startswith("built[") for place in places)
    assert any(place.startswith("geoevents.text.") for place in places)


@pytest.mark.parametrize(
    ("where", "name", "pattern"), AUDITED, ids=[where for where, _name, _pattern in AUDITED]
)
def test_pattern_is_linear_on_hostile_text(where: str, name: str, pattern: Pattern) -> None:
    if name in BOUNDED_BY_CALLER:
        pytest.skip(BOUNDED_BY_CALLER[name][0])
    scanning = _scans(name)
    for unit in HOSTILE_UNITS:
        small = (unit * (SMALL // len(unit) + 1))[:SMALL]
        large = (unit * (LARGE // len(unit) + 1))[:LARGE]
        larger = _cpu(pattern, large, scanning)
        if larger < FAST_ENOUGH:
            continue
        smaller = min(_cpu(pattern, small, scanning) for _ in range(2))
        larger = min(larger, _cpu(pattern, large, scanning))
        ratio = larger / max(smaller, 1e-4)
        how = "scanning" if scanning else "anchored"
        assert ratio < LINEAR_LIMIT, (
            f"{where} ({how}) takes {ratio:.1f}x as long on 4x the text made of {unit!r}: "
            f"{smaller:.3f}s -> {larger:.3f}s"
        )


@pytest.mark.parametrize("name", sorted(BOUNDED_BY_CALLER))
def test_bounded_patterns_are_still_called_in_a_window(name: str) -> None:
    """The call that keeps a windowed pattern safe is still the call the code makes."""
    reason, call = BOUNDED_BY_CALLER[name]
    assert call in _CODE, f"{name} is no longer called as {call!r}; is it still {reason}?"
