"""A time budget for one plugin call, so that a plugin that hangs costs its results, not the batch.

The budget is enforced with a real-time interval timer (``SIGALRM``), which interrupts the
plugin between two Python bytecodes (or when a C call such as a regular-expression search
returns) by raising :class:`PluginTimeout` inside it. Signals can only be handled in the main
thread of a process on a platform that has ``SIGALRM`` (Linux, macOS): elsewhere (a pipeline run
from another thread, Windows), the call runs to its end and is then reported as over budget, so
its results are still dropped but a true hang is not stopped. Worker processes run plugins in
their main thread, where the budget always applies.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

__all__ = ["PluginTimeout", "call_within", "can_interrupt"]

T = TypeVar("T")


class PluginTimeout(Exception):
    """A plugin ran past its time budget."""


def can_interrupt() -> bool:
    """Whether a running call can be interrupted here (the main thread, with ``SIGALRM``)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def call_within(seconds: float | None, call: Callable[[], T]) -> T:
    """``call()``, stopped with :class:`PluginTimeout` when it runs longer than ``seconds``.

    None or 0 means no budget. Where the call cannot be interrupted (see the module's
    docstring), it runs to its end and raises :class:`PluginTimeout` afterwards if it was late.

    :raises PluginTimeout: the call took longer than ``seconds``.
    """
    if not seconds:
        return call()
    if not can_interrupt():
        started = time.perf_counter()
        result = call()
        elapsed = time.perf_counter() - started
        if elapsed > seconds:
            raise PluginTimeout(_message(seconds, f"it took {elapsed:.3g} s"))
        return result
    with _alarm(seconds):
        return call()


def _message(seconds: float, detail: str) -> str:
    return f"ran past its time budget of {seconds:g} s ({detail})"


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise PluginTimeout(_message(seconds, "stopped"))

    previous_handler = signal.signal(signal.SIGALRM, expire)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:  # an outer timer was running: give it back what is left of it
            left = max(previous_delay - (time.monotonic() - started), 1e-6)
            signal.setitimer(signal.ITIMER_REAL, left, previous_interval)
