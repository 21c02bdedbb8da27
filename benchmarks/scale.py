"""geoevents on corpora at scale (``make bench``): processes, memory on a stream, a huge document.

Measured in one run, on texts made from our own example articles (``examples/articles``),
repeated with fresh ids so that no cache can help:

* **processes**: the same stream through ``Pipeline.extract_many`` with ``processes=1`` and
  ``processes=2``: documents per second of each, the speed-up, and whether the JSON Lines
  written are byte for byte the same;
* **a stream**: the resident memory (RSS) of this process and of its worker processes after
  1,000, 10,000 and 100,000 documents of one ``extract_many(processes=2)`` stream, each
  document written out as JSON Lines and dropped, as ``geoevents extract`` does; flat memory
  means the same numbers at every checkpoint;
* **one huge document**: the peak RSS of ``geoevents extract`` (a fresh process) on one text of
  about 5 MB made of the example article repeated.

Usage: ``python benchmarks/scale.py [--quick] [--write-docs]``; ``--quick`` stops the stream
at 10,000 documents and times 500 documents per process count. The machine may be shared with
other work: the speed-up is only as good as the second core is free.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geoevents
from benchmarks.common import ROOT, replace_generated
from geoevents.jsonl import write_json_line

DOCS_PAGE = ROOT / "docs" / "explanation" / "performance.md"
BEGIN = "<!-- BEGIN GENERATED: benchmarks/scale.py --write-docs -->"
ARTICLES = ROOT / "examples" / "articles"
PAGE = os.sysconf("SC_PAGE_SIZE")


def base_records() -> list[dict[str, Any]]:
    """Our example articles, as records."""
    records = [
        json.loads(line)
        for line in (ARTICLES / "briefs.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    article = (ARTICLES / "kharkiv-strike.txt").read_text(encoding="utf-8")
    records.append({"id": "kharkiv-strike", "text": article, "published": "2025-10-12"})
    return records


def stream(count: int) -> Iterator[dict[str, Any]]:
    """``count`` records: the examples over and over, each with an id of its own."""
    records = base_records()
    for number in range(count):
        record = records[number % len(records)]
        yield {**record, "id": f"{record['id']}-{number}"}


def rss_mb(pid: int | str = "self") -> float:
    """The resident memory of a process now, in MB."""
    with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE / 1e6


def workers() -> list[int]:
    """The ids of this process's children (the pool's workers)."""
    children: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        text = (task / "children").read_text(encoding="ascii")
        children.extend(int(pid) for pid in text.split())
    return children


def processes_run(count: int, processes: int) -> tuple[float, str]:
    """Documents per second and the digest of the JSON Lines written."""
    pipeline = geoevents.Pipeline()
    digest = hashlib.sha256()
    out = io.StringIO()
    started = time.perf_counter()
    done = 0
    for document in pipeline.extract_many(stream(count), processes=processes):
        write_json_line(document, out.write)
        digest.update(out.getvalue().encode("utf-8"))
        out.seek(0)
        out.truncate()
        done += 1
    elapsed = time.perf_counter() - started
    return done / elapsed, digest.hexdigest()


def stream_run(count: int) -> list[tuple[int, float, float]]:
    """(documents, this process's RSS, the largest worker's RSS) at each checkpoint."""
    checkpoints = {n for n in (1_000, 10_000, 100_000) if n <= count}
    rows = []
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    with sink:
        pipeline = geoevents.Pipeline()
        for done, document in enumerate(pipeline.extract_many(stream(count), processes=2), 1):
            write_json_line(document, sink.write)
            if done in checkpoints:
                largest = max((rss_mb(pid) for pid in workers()), default=0.0)
                rows.append((done, rss_mb(), largest))
    return rows


def huge_document_run() -> tuple[int, float, float]:
    """(characters, peak RSS in MB, seconds) of ``geoevents extract`` on a 5 MB text."""
    article = (ARTICLES / "kharkiv-strike.txt").read_text(encoding="utf-8") + "\n\n"
    text = article * (5_000_000 // len(article) + 1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huge.txt"
        path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "geoevents", "extract", str(path), "--format", "jsonl"]
        started = time.perf_counter()
        subprocess.run(
            [*command, "-o", str(Path(folder) / "out.jsonl"), "--published", "2025-10-12"],
            check=True,
        )
        elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1e3
    return len(text), peak, elapsed


def report(args: argparse.Namespace) -> list[str]:
    timed = 500 if args.quick else 2_000
    streamed = 10_000 if args.quick else 100_000
    load = os.getloadavg()[0]
    lines = [
        f"Measured on {dt.date.today()} on {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}, load average "
        f"{load:.2f} at the start (the machine is shared with other work: the speed-up is only "
        f"as good as the second core is free). Command: `make bench` "
        f"(`python benchmarks/scale.py --write-docs`).",
        "",
    ]
    one, digest_one = processes_run(timed, 1)
    two, digest_two = processes_run(timed, 2)
    same = "yes" if digest_one == digest_two else "NO"
    lines += [
        f"**Processes**, {timed:,} documents of the example articles, whole pipeline",
        "",
        "| processes | docs/s | speed-up | same output as 1 |",
        "|---|---|---|---|",
        f"| 1 | {one:.1f} | 1.00x | yes |",
        f"| 2 | {two:.1f} | {two / one:.2f}x | {same} |",
        "",
    ]
    print("\n".join(lines), flush=True)
    rows = stream_run(streamed)
    lines += [
        f"**A stream of {streamed:,} documents** (`extract_many(processes=2)`, each document "
        f"written as a JSON line and dropped)",
        "",
        "| documents | RSS of the calling process | RSS of the largest worker |",
        "|---|---|---|",
        *(f"| {n:,} | {mine:.0f} MB | {worker:.0f} MB |" for n, mine, worker in rows),
        "",
    ]
    print("\n".join(lines[-len(rows) - 5 :]), flush=True)
    size, peak, seconds = huge_document_run()
    lines += [
        "**One huge document**",
        "",
        "| characters | peak RSS of `geoevents extract` | seconds |",
        "|---|---|---|",
        f"| {size:,} | {peak:.0f} MB | {seconds:.1f} |",
    ]
    print("\n".join(lines[-5:]), flush=True)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer documents")
    parser.add_argument("--write-docs", action="store_true", help=f"update {DOCS_PAGE.name}")
    args = parser.parse_args(argv)
    lines = report(args)
    if args.write_docs:
        replace_generated(DOCS_PAGE, BEGIN, lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
