"""Pipeline.extract_many over worker processes: order, failures, dead workers, bounded memory."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from tests import batch_plugins

import geoevents
from geoevents import RecordError, WorkerDied
from geoevents.manager import PluginWarning
from geoevents.pipeline import RecordWarning
from geoevents.testing import plugin_pipeline

# Our own sentences, varied enough to exercise every bundled layer.
STORIES = [
    "Kyiv said on Monday that 12 drones were shot down over the Odesa region.",
    "“We will not accept this,” the French foreign minister said in Paris on Tuesday.",
    "Protesters gathered in Nairobi on 3 March, demanding the release of about 40 students.",
    "Germany pledged €500m in aid to Moldova last week, officials said.",
    "No numbers, no names, no dates at all in this one.",
]


def records(count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"r{i}", "text": STORIES[i % len(STORIES)], "published": "2025-10-13"}
        for i in range(count)
    ]


@pytest.fixture
def test_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(batch_plugins.install(tmp_path)))


def test_two_processes_give_the_documents_of_one() -> None:
    pipeline = geoevents.Pipeline(plugins=["quantities", "quotes", "dates", "actors", "locations"])
    batch = records(23)
    alone = [d.to_dict() for d in pipeline.extract_many(batch, processes=1)]
    shared = [d.to_dict() for d in pipeline.extract_many(batch, processes=2, chunk_size=3)]
    assert shared == alone
    assert [d["id"] for d in shared] == [f"r{i}" for i in range(23)]
    assert any(d["quantities"] for d in shared)


@pytest.mark.usefixtures("test_plugins")
def test_a_worker_killed_on_a_record_costs_that_record_only() -> None:
    pipeline = geoevents.Pipeline(plugins=["killer", "dates"])
    batch = records(12)
    batch[4]["text"] += " KILL"
    batch[9]["text"] += " KILL"
    results = list(pipeline.extract_many(batch, processes=2, chunk_size=2, errors="record"))
    assert len(results) == 12
    failed = [r for r in results if isinstance(r, RecordError)]
    assert [(f.index, f.id, f.type) for f in failed] == [
        (4, "r4", "WorkerDied"),
        (9, "r9", "WorkerDied"),
    ]
    assert "worker process died" in failed[0].message
    kept = [r.id for r in results if isinstance(r, geoevents.Document)]
    assert kept == [f"r{i}" for i in range(12) if i not in (4, 9)]


@pytest.mark.usefixtures("test_plugins")
def test_a_killed_worker_is_warned_about_or_raised() -> None:
    pipeline = geoevents.Pipeline(plugins=["killer"])
    batch = records(6)
    batch[2]["text"] += " KILL"
    with pytest.warns(RecordWarning, match=r"record 2 \(id 'r2'\) was skipped: the worker"):
        documents = list(pipeline.extract_many(batch, processes=2, chunk_size=1))
    assert [d.id for d in documents] == ["r0", "r1", "r3", "r4", "r5"]
    with pytest.raises(WorkerDied):
        list(pipeline.extract_many(batch, processes=2, chunk_size=1, errors="raise"))


def test_a_bad_record_in_a_worker_is_reported_with_its_position_and_id() -> None:
    pipeline = geoevents.Pipeline(plugins=["dates"])
    batch: list[Any] = records(8)
    batch[3]["published"] = "soon"
    batch[5] = 42
    results = list(pipeline.extract_many(batch, processes=2, chunk_size=2, errors="record"))
    failed = [(r.index, r.id, r.type) for r in results if isinstance(r, RecordError)]
    assert failed == [(3, "r3", "ValueError"), (5, None, "TypeError")]
    with pytest.raises(ValueError, match="cannot read 'soon'"):
        list(pipeline.extract_many(batch, processes=2, chunk_size=2, errors="raise"))
    ignored = list(pipeline.extract_many(batch, processes=2, chunk_size=2, errors="ignore"))
    assert len(ignored) == 6


@pytest.mark.usefixtures("test_plugins")
def test_a_plugin_failure_in_a_worker_is_warned_about_here_and_recorded() -> None:
    pipeline = geoevents.Pipeline(plugins=["failer"])
    batch = records(6)
    batch[1]["text"] += " FAIL"
    with pytest.warns(PluginWarning, match="plugin 'failer' failed in extract_mentions"):
        documents = list(pipeline.extract_many(batch, processes=2, chunk_size=2))
    assert [len(d.errors) for d in documents] == [0, 1, 0, 0, 0, 0]


def test_a_stream_is_read_only_a_few_chunks_ahead() -> None:
    pulled = 0

    def stream() -> Iterator[str]:
        nonlocal pulled
        while True:
            pulled += 1
            yield STORIES[pulled % len(STORIES)]

    pipeline = geoevents.Pipeline(plugins=["quantities"])
    documents = cast(
        "Generator[geoevents.Document, None, None]",
        pipeline.extract_many(stream(), processes=2, chunk_size=4),
    )
    for _ in range(3):
        next(documents)
    # at most two chunks per worker in flight, one chunk and one record read to decide
    assert pulled <= 2 * 2 * 4 + 4 + 1 + 1
    documents.close()


def test_one_process_reads_one_record_ahead() -> None:
    pulled = 0

    def stream() -> Iterator[str]:
        nonlocal pulled
        for story in STORIES * 10:
            pulled += 1
            yield story

    documents = geoevents.Pipeline(plugins=["quantities"]).extract_many(
        stream(), processes=1, chunk_size=4
    )
    next(documents)
    assert pulled == 5  # the first chunk and one more, to know that the batch is not small


ARGUMENT_ERRORS: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    ("a single text", {"records": "one article"}, TypeError, "not a single str"),
    ("a single record", {"records": {"text": "x"}}, TypeError, "not a single dict"),
    ("bytes", {"records": b"x"}, TypeError, "not a single bytes"),
    ("an unknown policy", {"errors": "skip"}, ValueError, "errors must be one of"),
    ("no processes", {"processes": 0}, ValueError, "processes must be a positive integer"),
    ("a bad chunk size", {"chunk_size": 0}, ValueError, "chunk_size must be a positive"),
]


@pytest.mark.parametrize(
    ("why", "arguments", "error", "message"), ARGUMENT_ERRORS, ids=[c[0] for c in ARGUMENT_ERRORS]
)
def test_bad_arguments_are_refused_at_the_call(
    why: str, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    pipeline = geoevents.Pipeline(plugins=["quantities"])
    arguments = {"records": ["x"], **arguments}
    with pytest.raises(error, match=message):
        pipeline.extract_many(**arguments)  # raised before the first document is asked for


class Digits:
    @geoevents.hookimpl
    def geoevents_extract_mentions(self, document: geoevents.Document) -> list[geoevents.Quantity]:
        return []


def test_in_process_plugins_run_here_by_default_and_cannot_be_sent_to_workers() -> None:
    pipeline = plugin_pipeline(Digits())
    assert [d.text for d in pipeline.extract_many(["a"] * 40)] == ["a"] * 40
    with pytest.raises(ValueError, match="cannot be rebuilt in a worker process"):
        pipeline.extract_many(["a"], processes=2)
    inline = geoevents.Pipeline(plugins=["quantities"], extra=[Digits()])
    with pytest.raises(ValueError, match="in-process plugin objects"):
        inline.extract_many(["a"], processes=2)
