"""Run one function over a stream of items in worker processes: in order, in bounded memory.

This is the machinery under :meth:`geoevents.Pipeline.extract_many`; it knows nothing of
documents. :func:`run_in_workers` sends the items to ``processes`` worker processes in chunks,
keeps at most two chunks per worker in flight (so an unbounded stream runs in flat memory), and
yields one :class:`Outcome` per item, in the order of the input.

Each worker builds its function once, by calling the picklable ``build`` it is given (the
pipeline sends a description of itself, from which each worker rebuilds the plugin manager and
the pipeline). An exception raised for one item is caught in the worker and returned as that
item's outcome; the warnings it issued are returned too, and issued again in the calling
process. A worker that dies (killed, ``os._exit``, a crash in native code) takes its chunk with
it: the pool is restarted, the unfinished chunks are run again one item at a time, and the item
that kills its worker again gets a :class:`WorkerDied` error as its outcome, so the batch goes
on without it.

Workers are started with the platform's default method (``fork`` on Linux before Python 3.14,
``spawn`` on macOS and Windows, ``forkserver`` on Linux from 3.14), and always rebuild their
function from ``build`` rather than use the caller's objects, so they behave alike everywhere.
With ``spawn`` and ``forkserver`` each worker imports the main module again: a script that
starts workers must keep its work under ``if __name__ == "__main__":``, as for any
:mod:`multiprocessing` program; workers that die as they start raise a :class:`RuntimeError`
saying so, instead of failing every record. Workers ignore ``SIGINT``: Ctrl-C stops the calling
process, which stops the workers.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import traceback
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Generic, TypeVar

import attrs

__all__ = [
    "Outcome",
    "RecordError",
    "WorkerDied",
    "available_cores",
    "run_in_process",
    "run_in_workers",
]

T = TypeVar("T")

Build = Callable[[], Callable[[Any], Any]]
"""A picklable callable that returns the function to apply to each item."""


class WorkerDied(RuntimeError):
    """The worker process that was processing a record died before returning it."""


@attrs.frozen(kw_only=True)
class RecordError:
    """A record of a batch that could not be processed, in place of its document.

    :meth:`geoevents.Pipeline.extract_many` yields these with ``errors="record"``.
    """

    index: int
    """The record's position in the input, counting from 0."""
    id: Any = None
    """The record's ``id`` as given, when it has one."""
    type: str
    """The name of the exception's class (``WorkerDied`` for a worker that died)."""
    message: str
    """What went wrong."""

    @property
    def label(self) -> str:
        """The record, as messages name it: ``record 3 (id 'x')``."""
        if self.id is None:
            return f"record {self.index}"
        return f"record {self.index} (id {self.id!r})"

    def describe(self) -> str:
        """The record and its problem in one line: ``record 3 (id 'x'): ValueError: ...``."""
        return f"{self.label}: {self.type}: {self.message}"


@attrs.frozen(kw_only=True)
class Outcome(Generic[T]):
    """What became of one item: the function's value, or the exception it raised."""

    index: int
    """The item's position in the input, counting from 0."""
    item: Any
    """The item itself."""
    value: T | None = None
    """The function's return value (None when it raised)."""
    error: BaseException | None = None
    """The exception it raised, or :class:`WorkerDied`."""
    warnings: tuple[tuple[type[Warning], str], ...] = ()
    """The warnings it issued in a worker, as (category, message), to issue again here."""


def available_cores() -> int:
    """The number of cores this process may run on."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def run_in_process(items: Iterable[Any], function: Callable[[Any], T]) -> Iterator[Outcome[T]]:
    """Apply ``function`` to each item here, catching each item's exception."""
    for index, item in enumerate(items):
        try:
            value = function(item)
        except Exception as error:
            yield Outcome(index=index, item=item, error=error)
        else:
            yield Outcome(index=index, item=item, value=value)


# --- in the worker -------------------------------------------------------------------------------

_build: Build | None = None
_function: Callable[[Any], Any] | None = None


def _initialize(build: Build) -> None:
    global _build, _function
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _build, _function = build, None


_Result = tuple[Any, BaseException | None, tuple[tuple[type[Warning], str], ...]]


def _run_chunk(chunk: list[tuple[int, Any]]) -> list[_Result]:
    global _function
    if _function is None:
        assert _build is not None, "the worker was not initialised"
        _function = _build()  # an exception here stops the batch: it is no record's fault
    results = []
    for _index, item in chunk:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                value, error = _function(item), None
            except Exception as exception:
                value, error = None, _picklable(exception)
        issued = tuple((w.category, str(w.message)) for w in caught)
        results.append((value, error, issued))
    return results


def _picklable(error: Exception) -> BaseException:
    error.add_note("".join(traceback.format_exception(error)).rstrip())
    try:
        pickle.dumps(error)
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


# --- in the calling process ----------------------------------------------------------------------


class _Pool:
    """A process pool that can be started again after one of its workers died."""

    def __init__(self, build: Build, processes: int) -> None:
        self._build = build
        self._processes = processes
        self._context = multiprocessing.get_context()
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._processes,
            mp_context=self._context,
            initializer=_initialize,
            initargs=(self._build,),
        )

    def submit(self, chunk: list[tuple[int, Any]]) -> Future[list[_Result]]:
        try:
            return self._executor.submit(_run_chunk, chunk)
        except BrokenProcessPool as error:
            broken: Future[list[_Result]] = Future()
            broken.set_exception(error)
            return broken

    def restart(self) -> None:
        """Replace a broken pool, and check that the new workers start and build."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._start()
        try:
            self._executor.submit(_run_chunk, []).result()
        except BrokenProcessPool:
            raise RuntimeError(
                "the worker processes die as they start, before processing any record; with "
                "the 'spawn' or 'forkserver' start method, a script that starts them must keep "
                "its work under 'if __name__ == \"__main__\":'"
            ) from None

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[tuple[int, Any]]]:
    numbered = enumerate(items)
    while chunk := list(islice(numbered, size)):
        yield chunk


def _outcomes(chunk: list[tuple[int, Any]], results: list[_Result]) -> Iterator[Outcome[Any]]:
    for (index, item), (value, error, issued) in zip(chunk, results, strict=True):
        yield Outcome(index=index, item=item, value=value, error=error, warnings=issued)


def _succeeded(future: Future[list[_Result]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def run_in_workers(
    items: Iterable[Any], build: Build, *, processes: int, chunk_size: int
) -> Iterator[Outcome[Any]]:
    """Apply the function ``build()`` returns to each item in ``processes`` worker processes.

    The outcomes come in the order of the input; at most ``2 * processes`` chunks of
    ``chunk_size`` items are in flight at a time.

    :raises Exception: whatever building the function in a worker raised (a configuration
        error, not a record's), or a result that cannot be sent back from a worker.
    """
    window = 2 * processes
    pool = _Pool(build, processes)
    source = _chunks(items, chunk_size)
    queue: deque[tuple[list[tuple[int, Any]], Future[list[_Result]]]] = deque()
    try:
        while True:
            while len(queue) < window and (chunk := next(source, None)) is not None:
                queue.append((chunk, pool.submit(chunk)))
            if not queue:
                return
            chunk, future = queue.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                unfinished = [(chunk, future), *queue]
                queue.clear()
                pool.restart()
                for each, done in unfinished:
                    if _succeeded(done):
                        yield from _outcomes(each, done.result())
                    else:
                        yield from _one_at_a_time(pool, each)
                continue
            yield from _outcomes(chunk, results)
    finally:
        pool.close()


def _one_at_a_time(pool: _Pool, chunk: list[tuple[int, Any]]) -> Iterator[Outcome[Any]]:
    """Run a chunk whose worker died item by item, to find the item that kills its worker."""
    for index, item in chunk:
        try:
            (result,) = pool.submit([(index, item)]).result()
        except BrokenProcessPool:
            pool.restart()
            died = WorkerDied(
                "the worker process died while processing this record (killed, out of "
                "memory, or a crash in native code)"
            )
            yield Outcome(index=index, item=item, error=died)
        else:
            yield from _outcomes([(index, item)], [result])
