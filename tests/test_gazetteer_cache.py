"""The gazetteer's cache: where it lives, what keys it, atomic writes, falling back to memory."""

from __future__ import annotations

import marshal
import sys
from pathlib import Path
from typing import Any

import pytest

from geoevents.gazetteer import index, sources

SMALL = {"format": index.FORMAT, "marker": "a small index"}


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    """A cache directory of its own, an empty process memory, and a counted cheap build."""
    builds: list[int] = []

    def build() -> dict[str, Any]:
        builds.append(1)
        return dict(SMALL)

    monkeypatch.setenv("GEOEVENTS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(index, "build_index", build)
    monkeypatch.setattr(index, "_loaded", {})
    return builds


def forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process would know: nothing in memory."""
    monkeypatch.setattr(index, "_loaded", {})


def test_the_first_load_builds_and_writes_the_cache(fresh: list[int], tmp_path: Path) -> None:
    assert index.load_index() == SMALL
    assert fresh == [1]
    files = [path.name for path in (tmp_path / "cache").iterdir()]
    assert files == [index.cache_path().name]  # no temporary file left behind


def test_a_new_process_reads_the_cache_without_building(
    fresh: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    index.load_index()
    forget(monkeypatch)
    assert index.load_index() == SMALL
    assert fresh == [1]


def test_one_process_builds_once(fresh: list[int]) -> None:
    assert index.load_index() is index.load_index()
    assert fresh == [1]


def test_an_unreadable_cache_is_rebuilt(fresh: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    path = index.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00 not marshal")
    assert index.load_index() == SMALL
    assert fresh == [1]
    forget(monkeypatch)
    assert index.load_index() == SMALL
    assert fresh == [1]  # the rebuilt index replaced the broken file


def test_a_cache_of_another_layout_is_rebuilt(
    fresh: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = index.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(marshal.dumps({"format": index.FORMAT - 1}))
    assert index.load_index() == SMALL
    assert fresh == [1]


def test_an_unwritable_directory_keeps_the_index_in_memory(
    fresh: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("GEOEVENTS_CACHE_DIR", str(blocker / "cache"))
    assert index.load_index() == SMALL
    assert index.load_index() == SMALL
    assert fresh == [1]


def test_the_key_changes_with_the_packages_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    before = index.cache_path()
    versions = dict.fromkeys(sources.PACKAGES, "0.0.1")
    monkeypatch.setattr(sources, "package_versions", lambda: versions)
    assert index.cache_path() != before
    assert index.cache_path().parent == before.parent


def test_the_default_directory_is_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GEOEVENTS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    if sys.platform.startswith("linux"):
        assert index.cache_dir() == Path("/somewhere/cache/geoevents")
    else:
        assert index.cache_dir().name in ("geoevents", "Cache")


def test_refs_pack_table_row_and_via() -> None:
    for table, row, via in [(0, 0, 0), (2, 73_000, 7), (1, 5, 3)]:
        assert index.unpack_ref(index.pack_ref(table, row, via)) == (table, row, via)
