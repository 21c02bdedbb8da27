"""JSON Lines output that survives interruption, and resumes.

:func:`write_json_line` writes one document as one line, exactly as
:meth:`~geoevents.Document.to_json` would, but piece by piece: a document of several megabytes
never exists as one JSON string nor as one big dict. :class:`LineWriter` appends such lines to
a file and flushes each one when it is complete; if the run stops with an exception (Ctrl-C
included) in the middle of a line, the file is cut back to its last complete line. A process
killed outright (``SIGKILL``, a power cut) can leave a partial last line: :func:`resume` cuts it
off before a run appends again, and returns the ids already written. Formats that are one whole
file (a JSON array, a table) are written to a temporary file that :func:`replaced` renames over
the target at the end, so the target is either the old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TextIO

import attrs

from geoevents.model import Document, escape_surrogates

__all__ = ["LineWriter", "replaced", "resume", "write_json_line"]

_BATCH = 512  # mentions encoded per write


def _dumps(value: Any) -> str:
    return escape_surrogates(json.dumps(value, ensure_ascii=False))


def write_json_line(document: Document, write: Callable[[str], object]) -> None:
    r"""Write ``document`` as ``document.to_json() + "\n"``, in pieces, through ``write``.

    >>> import io, geoevents
    >>> doc = geoevents.Pipeline(plugins=["quantities"]).extract("About 40 people came.")
    >>> out = io.StringIO()
    >>> write_json_line(doc, out.write)
    >>> out.getvalue() == doc.to_json() + "\n"
    True
    """
    # The skeleton has every key in to_dict's order, with the long lists left empty.
    skeleton = attrs.evolve(
        document, mentions=dict.fromkeys(document.mentions, ()), events=()
    ).to_dict()
    lists: dict[str, Any] = dict(document.mentions)
    lists["events"] = document.events
    write("{")
    for number, (key, value) in enumerate(skeleton.items()):
        write(f"{', ' if number else ''}{_dumps(key)}: ")
        items = lists.get(key)
        if not items:
            write(_dumps(value))
            continue
        write("[")
        for start in range(0, len(items), _BATCH):
            part = ", ".join(_dumps(item.to_dict()) for item in items[start : start + _BATCH])
            write(f"{', ' if start else ''}{part}")
        write("]")
    write("}\n")


def resume(path: Path) -> frozenset[str]:
    """Cut a partial last line off the JSON Lines file at ``path``; the ids of its documents.

    Complete lines that are not JSON objects are left alone, and give no id.
    """
    ids: set[str] = set()
    complete = 0  # bytes up to the end of the last complete line
    with path.open("rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            complete += len(line)
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("id") is not None:
                ids.add(str(record["id"]))
        size = stream.seek(0, os.SEEK_END)
    if complete < size:
        os.truncate(path, complete)
    return frozenset(ids)


class LineWriter:
    """Appends documents to a JSON Lines file, one complete, flushed line at a time.

    :param path: the file, created if needed.
    :param append: keep what the file holds (to resume); otherwise start it empty.
    """

    def __init__(self, path: Path, *, append: bool = False) -> None:
        self._stream: IO[str] = path.open("a" if append else "w", encoding="utf-8")
        self._complete = self._stream.tell()
        self.path = path
        """The file written to."""

    def write_document(self, document: Document) -> None:
        """Write ``document`` as one line, and flush it."""
        write_json_line(document, self._stream.write)
        self._stream.flush()
        self._complete = self._stream.tell()

    def __enter__(self) -> LineWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(interrupted=kind is not None)

    def close(self, *, interrupted: bool = False) -> None:
        """Close the file; when ``interrupted``, cut it back to its last complete line."""
        if interrupted:
            with contextlib.suppress(OSError):
                self._stream.flush()
            self._stream.truncate(self._complete)
        self._stream.close()


@contextlib.contextmanager
def replaced(path: Path) -> Iterator[TextIO]:
    """A temporary file beside ``path``, renamed over it if the block ends without error."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # A lone surrogate in the text would otherwise stop a table half-written.
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            yield stream
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
