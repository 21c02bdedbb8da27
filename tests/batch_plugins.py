"""Installs, for one test, plugins that kill their worker or fail on a marked text.

The plugins are written to a folder with a ``.dist-info`` that declares them as entry points of
the ``geoevents`` group, so that worker processes, which rebuild their pipeline from plugin
names, load them as they load any installed plugin.
"""

from __future__ import annotations

from pathlib import Path

PLUGINS = '''
import os

import geoevents


class Killer:
    """Ends its process, as a crash in native code or the OOM killer would, on "KILL"."""

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document):
        if "KILL" in document.text:
            os._exit(3)
        return []


class Failer:
    """Raises on "FAIL": a plugin failure, which the document records."""

    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document):
        if "FAIL" in document.text:
            raise RuntimeError("failed on purpose")
        return []


killer = Killer()
failer = Failer()
'''


def install(folder: Path) -> Path:
    """Write the plugins and their distribution's metadata into ``folder``; return it."""
    (folder / "geoevents_test_batch_plugins.py").write_text(PLUGINS, encoding="utf-8")
    info = folder / "geoevents_test_batch_plugins-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: geoevents-test-batch-plugins\nVersion: 0.1\n",
        encoding="utf-8",
    )
    (info / "entry_points.txt").write_text(
        "[geoevents]\n"
        "killer = geoevents_test_batch_plugins:killer\n"
        "failer = geoevents_test_batch_plugins:failer\n",
        encoding="utf-8",
    )
    return folder
