"""What the measuring scripts share: where the data is, reading it, and the docs pages."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["END", "ROOT", "read_jsonl", "replace_generated", "shared_dir"]

ROOT = Path(__file__).resolve().parent.parent
"""The repository's root."""

END = "<!-- END GENERATED -->"
"""The line that closes a generated section of a docs page."""


def shared_dir(option: str | Path | None = None) -> Path:
    """``option``, else ``$GEOEVENTS_SHARED``, else ``../shared`` next to the repository."""
    chosen = option or os.environ.get("GEOEVENTS_SHARED")
    return Path(chosen).expanduser() if chosen else ROOT.parent / "shared"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file, one per non-blank line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def replace_generated(page: Path, begin: str, markdown: Sequence[str]) -> None:
    """Replace the section of ``page`` between ``begin`` and :data:`END` with ``markdown``.

    :raises SystemExit: the page has no such section.
    """
    text = page.read_text(encoding="utf-8") if page.is_file() else f"{begin}\n{END}\n"
    if begin not in text or END not in text:
        raise SystemExit(f"{page} has no generated section ({begin} ... {END})")
    before, rest = text.split(begin, 1)
    _old, after = rest.split(END, 1)
    body = "\n".join(markdown).rstrip()
    page.write_text(f"{before}{begin}\n{body}\n{END}{after}", encoding="utf-8")
