"""Plugin loading: bundled and entry-point plugins, failures, conflicts and the controls."""

from __future__ import annotations

import importlib
import inspect
import itertools
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import ClassVar

import attrs
import pytest

import geoevents
from geoevents import hookspecs
from geoevents.manager import (
    PluginLoadError,
    PluginManager,
    PluginNameConflict,
    PluginWarning,
    get_plugin_manager,
)

_unique = itertools.count()


class FakeSite:
    """A directory on sys.path where tests install fake distributions with entry points."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def module(self, source: str) -> str:
        """Write a module and return its (unique) name."""
        name = f"fake_geoevents_plugin_{next(_unique)}"
        (self.root / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        importlib.invalidate_caches()
        return name

    def distribution(self, dist: str, entry_points: dict[str, str], version: str = "1.0") -> None:
        """Install the metadata of a distribution whose entry points are ``name -> module``."""
        info = self.root / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
        )
        lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
        (info / "entry_points.txt").write_text(f"[geoevents]\n{lines}", encoding="utf-8")
        importlib.invalidate_caches()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeSite:
    monkeypatch.syspath_prepend(str(tmp_path))
    for variable in (
        "GEOEVENTS_DISABLE_PLUGIN_AUTOLOAD",
        "GEOEVENTS_LOAD_PLUGINS",
        "GEOEVENTS_STRICT_PLUGINS",
    ):
        monkeypatch.delenv(variable, raising=False)
    return FakeSite(tmp_path)


WORKING = """
import geoevents

@geoevents.hookimpl
def geoevents_extract_mentions(document):
    return [geoevents.Quantity(start=0, end=1, text=document.text[:1], value=1)]
"""
BROKEN_IMPORT = "raise ImportError('needs the missing package frobnicate')\n"
MISSPELLED = """
import geoevents

@geoevents.hookimpl
def geoevents_extract_mention(document):
    return []
"""


def test_entry_point_plugins_are_loaded_with_their_distribution(site: FakeSite) -> None:
    site.distribution("geoevents-good", {"good": site.module(WORKING)}, version="2.5")
    manager = get_plugin_manager(bundled=(), load=["good"])
    (info,) = manager.info()
    assert (info.name, info.version, info.source, info.distribution) == (
        "good",
        "2.5",
        "entry point",
        "geoevents-good",
    )
    assert info.hooks == ("geoevents_extract_mentions",)


def test_a_plugin_that_fails_to_import_is_skipped_with_a_warning(site: FakeSite) -> None:
    site.distribution("geoevents-broken", {"broken": site.module(BROKEN_IMPORT)})
    site.distribution("geoevents-good", {"good": site.module(WORKING)})
    with pytest.warns(PluginWarning, match=r"plugin 'broken' .*geoevents-broken.*frobnicate"):
        manager = get_plugin_manager(bundled=(), load=["broken", "good"])
    assert manager.names() == ["good"]


def test_strict_mode_raises_for_a_plugin_that_fails_to_import(site: FakeSite) -> None:
    site.distribution("geoevents-broken", {"broken": site.module(BROKEN_IMPORT)})
    with pytest.raises(PluginLoadError, match=r"plugin 'broken'.*frobnicate"):
        get_plugin_manager(bundled=(), load=["broken"], strict=True)


def test_strict_mode_from_the_environment(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site.distribution("geoevents-broken", {"broken": site.module(BROKEN_IMPORT)})
    monkeypatch.setenv("GEOEVENTS_STRICT_PLUGINS", "1")
    with pytest.raises(PluginLoadError, match="plugin 'broken'"):
        get_plugin_manager(bundled=(), load=["broken"])


def test_an_entry_point_naming_a_missing_attribute_is_skipped(site: FakeSite) -> None:
    site.distribution("geoevents-typo", {"typo": f"{site.module(WORKING)}:no_such_thing"})
    with pytest.warns(PluginWarning, match="plugin 'typo'.*AttributeError"):
        manager = get_plugin_manager(bundled=(), load=["typo"])
    assert manager.names() == []


def test_two_plugins_with_one_name_is_an_error_listing_both(site: FakeSite) -> None:
    site.distribution("geoevents-one", {"same": site.module(WORKING)})
    site.distribution("geoevents-two", {"same": site.module(WORKING)})
    with pytest.raises(PluginNameConflict) as caught:
        get_plugin_manager(bundled=(), load=["same"])
    assert "'same'" in str(caught.value)
    assert "geoevents-one" in str(caught.value)
    assert "geoevents-two" in str(caught.value)


def test_a_third_party_plugin_cannot_take_a_bundled_name(site: FakeSite) -> None:
    bundled = site.module(WORKING)
    site.distribution("geoevents-impostor", {bundled: site.module(WORKING)})
    with pytest.raises(PluginNameConflict, match=f"two plugins are named '{bundled}'.*impostor"):
        get_plugin_manager(bundled=(bundled,), load=[bundled])


def test_a_misspelled_hook_is_reported_with_the_real_hook_names(site: FakeSite) -> None:
    site.distribution("geoevents-misspelled", {"misspelled": site.module(MISSPELLED)})
    with pytest.warns(PluginWarning, match="geoevents_extract_mention.*geoevents_extract_mentions"):
        manager = get_plugin_manager(bundled=(), load=["misspelled"])
    assert manager.names() == []
    with pytest.raises(PluginLoadError, match="implements a hook that does not exist"):
        get_plugin_manager(bundled=(), load=["misspelled"], strict=True)


def test_registering_a_misspelled_plugin_directly_raises() -> None:
    class Misspelled:
        @geoevents.hookimpl
        def geoevents_extract_mention(self) -> None:
            """Not a hook."""

    manager = PluginManager()
    with pytest.raises(PluginLoadError, match="'misspelled' implements a hook that does not"):
        manager.register(Misspelled())
    assert manager.names() == []


def test_autoload_can_be_disabled(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site.distribution("geoevents-good", {"good": site.module(WORKING)})
    monkeypatch.setenv("GEOEVENTS_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert get_plugin_manager(bundled=()).names() == []


def test_load_plugins_selects_by_name(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site.distribution("geoevents-a", {"alpha": site.module(WORKING)})
    site.distribution("geoevents-b", {"beta": site.module(WORKING)})
    monkeypatch.setenv("GEOEVENTS_LOAD_PLUGINS", "beta")
    assert get_plugin_manager(bundled=()).names() == ["beta"]
    monkeypatch.setenv("GEOEVENTS_LOAD_PLUGINS", "")
    assert get_plugin_manager(bundled=()).names() == []


def test_load_plugins_warns_about_a_name_nobody_provides(site: FakeSite) -> None:
    with pytest.warns(PluginWarning, match="'nonesuch', but no installed plugin"):
        get_plugin_manager(bundled=(), load=["nonesuch"])


def test_bundled_plugins_register_like_any_other(site: FakeSite) -> None:
    module = site.module(WORKING)
    manager = get_plugin_manager(bundled=(module,), autoload=False)
    (info,) = manager.info()
    assert (info.name, info.source, info.distribution) == (module, "bundled", "geoevents")
    assert info.version == geoevents.__version__


def test_unmarked_hook_functions_are_accepted() -> None:
    class Plain:
        def geoevents_extract_mentions(self) -> list[geoevents.Mention]:
            return []

    manager = PluginManager()
    manager.register(Plain())
    assert manager.info()[0].hooks == ("geoevents_extract_mentions",)


@attrs.frozen(kw_only=True)
class Ship(geoevents.Mention):
    """A test mention type."""

    layer: ClassVar[str] = "ships"


def test_mention_types_include_plugin_layers_after_the_builtin_ones() -> None:
    class Ships:
        @geoevents.hookimpl
        def geoevents_mention_types(self) -> list[type[geoevents.Mention]]:
            return [Ship]

    manager = PluginManager()
    manager.register(Ships())
    assert list(manager.mention_types()) == [
        "quantities",
        "quotes",
        "dates",
        "actors",
        "locations",
        "ships",
    ]
    assert manager.info()[0].kinds == ("ships",)


@pytest.mark.parametrize(
    ("why", "first", "second"),
    [
        (
            "a plugin layer claimed twice",
            Ship,
            attrs.frozen(kw_only=True)(type("Ship2", (Ship,), {})),
        ),
        ("not a Mention subclass", str, None),
    ],
    ids=["layer claimed twice", "not a Mention"],
)
def test_bad_mention_type_declarations_are_errors(
    why: str, first: type, second: type | None
) -> None:
    manager = PluginManager()
    for index, cls in enumerate(c for c in (first, second) if c is not None):
        declared = cls

        class Declares:
            name = f"declares{index}"

            @geoevents.hookimpl
            def geoevents_mention_types(self, declared: type = declared) -> list[type]:
                return [declared]

        manager.register(Declares())
    with pytest.raises(PluginLoadError):
        manager.mention_types()


def test_every_hook_is_prefixed_typed_and_documented() -> None:
    hooks = PluginManager.hook_names()
    assert hooks == sorted(
        [
            "geoevents_actor_entries",
            "geoevents_build_events",
            "geoevents_extract_mentions",
            "geoevents_lexicon_entries",
            "geoevents_mention_types",
            "geoevents_place_entries",
            "geoevents_reads_layers",
        ]
    )
    for name in hooks:
        function = getattr(hookspecs, name)
        assert inspect.getdoc(function), f"{name} has no docstring"
        assert function.__annotations__.get("return"), f"{name} has no return annotation"


def test_importing_geoevents_loads_no_plugin() -> None:
    code = "import sys, geoevents; print(sorted(m for m in sys.modules if 'weapons' in m))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
