"""A progress line on standard error for long batches: documents done, rate, time left.

``geoevents extract`` shows it when standard error is a terminal (never in a pipe or a log
file), unless ``--quiet``. It uses `tqdm <https://tqdm.github.io/>`_ when it is installed (the
``geoevents[progress]`` extra) and a plain line of its own otherwise, so that tqdm stays an
optional dependency: the library never needs it, and the built-in line says the same in fewer
words. tqdm rather than rich: it is one small package with no dependencies of its own, draws
on any terminal, and is what data pipelines around geoevents (pandas, Dask) already use.
"""

from __future__ import annotations

import importlib
import time
from typing import Any, Protocol, TextIO

__all__ = ["Progress", "TextProgress", "progress"]


class Progress(Protocol):
    """What the command needs of a progress display."""

    def update(self, count: int = 1) -> None:
        """Count ``count`` more records as done."""

    def write(self, message: str) -> None:
        """Print a message line without breaking the display."""

    def close(self) -> None:
        """End the display, leaving its last state on screen."""


class Silent:
    """No display: messages go to the stream as they are."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def update(self, count: int = 1) -> None:
        """Nothing to show."""

    def write(self, message: str) -> None:
        """Print ``message`` on its own line."""
        print(message, file=self._stream)

    def close(self) -> None:
        """Nothing to end."""


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class TextProgress:
    """The built-in display: ``1,200/5,000 documents, 41.3/s, 1:32 left``, redrawn in place.

    :param stream: where to draw it (a terminal).
    :param total: the number of records expected, when known (for the time left).
    :param interval: the least time between two redraws, in seconds.
    :param clock: the clock to read (for tests).
    """

    def __init__(
        self,
        stream: TextIO,
        total: int | None = None,
        *,
        interval: float = 0.5,
        clock: Any = time.monotonic,
    ) -> None:
        self._stream = stream
        self._total = total
        self._interval = interval
        self._clock = clock
        self._started = clock()
        self._drawn_at: float | None = None
        self.count = 0
        """The records done so far."""

    def line(self) -> str:
        """The progress line as it stands."""
        elapsed = max(self._clock() - self._started, 1e-9)
        rate = self.count / elapsed
        done = f"{self.count:,}" if self._total is None else f"{self.count:,}/{self._total:,}"
        parts = [f"{done} documents", f"{rate:.1f}/s"]
        if self._total is not None and rate > 0 and self.count <= self._total:
            parts.append(f"{_duration((self._total - self.count) / rate)} left")
        return "geoevents: " + ", ".join(parts)

    def update(self, count: int = 1) -> None:
        """Count ``count`` more records; redraw when the last drawing is old enough."""
        self.count += count
        now = self._clock()
        if self._drawn_at is None or now - self._drawn_at >= self._interval:
            self._draw()
            self._drawn_at = now

    def _draw(self) -> None:
        self._stream.write("\r\x1b[K" + self.line())
        self._stream.flush()

    def write(self, message: str) -> None:
        """Print ``message`` above the progress line."""
        self._stream.write("\r\x1b[K" + message + "\n")
        if self._drawn_at is not None:
            self._draw()
        else:
            self._stream.flush()

    def close(self) -> None:
        """Draw the final count and end the line."""
        self._draw()
        self._stream.write("\n")
        self._stream.flush()


class _Tqdm:
    """tqdm's bar, behind the :class:`Progress` protocol."""

    def __init__(self, tqdm: Any, stream: TextIO, total: int | None) -> None:
        self._tqdm = tqdm
        self._bar = tqdm.tqdm(
            total=total, unit="doc", file=stream, desc="geoevents", dynamic_ncols=True
        )

    def update(self, count: int = 1) -> None:
        """Count ``count`` more records."""
        self._bar.update(count)

    def write(self, message: str) -> None:
        """Print ``message`` above the bar."""
        self._bar.write(message, file=self._bar.fp)

    def close(self) -> None:
        """End the bar."""
        self._bar.close()


def progress(stream: TextIO, *, enabled: bool, total: int | None = None) -> Progress:
    """The display to use: tqdm's bar or the built-in line when ``enabled``, else none.

    :param stream: where to draw (standard error).
    :param enabled: whether to draw at all (the caller checks that ``stream`` is a terminal).
    :param total: the number of records expected, when known.
    """
    if not enabled:
        return Silent(stream)
    try:
        tqdm = importlib.import_module("tqdm")
    except ImportError:
        return TextProgress(stream, total)
    return _Tqdm(tqdm, stream, total)
