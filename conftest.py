"""Fixtures for every test, doctests in ``src`` included."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _gazetteer_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Build the gazetteer's index once per run, in a scratch directory, not the user's cache.

    Set ``GEOEVENTS_CACHE_DIR`` yourself to keep the index between runs.
    """
    if os.environ.get("GEOEVENTS_CACHE_DIR"):
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GEOEVENTS_CACHE_DIR", str(tmp_path_factory.mktemp("gazetteer-cache")))
        yield
