"""What Dask costs over ``Pipeline.extract_many``: the same short texts, two worker processes.

The texts are the paragraphs of our example articles (``examples/articles/*.txt``), repeated
with fresh ids up to ``--count`` (2,000 by default). Timed, in one run:

* ``extract_many(processes=2)``: from the call to the last document, worker start included;
* a ``distributed.LocalCluster(n_workers=2, threads_per_worker=1)``: its start, then
  :func:`geoevents.dask.extract_bag` computed twice (the first run includes each worker
  loading geoevents and building its pipeline, the second finds it built), then
  :func:`geoevents.dask.extract_dataframe` (one row per document) once, warm.

Each Dask result is checked against ``extract_many``'s documents. Needs the ``dask`` extra.
Usage: ``python benchmarks/dask_overhead.py [--count N] [--partitions P]``. The machine may be
shared with other work: run it twice and keep the better numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT

ARTICLES = ROOT / "examples" / "articles"


def short_texts(count: int) -> list[dict[str, Any]]:
    """``count`` records: the paragraphs of the example articles, over and over."""
    paragraphs = [
        line.strip()
        for path in sorted(ARTICLES.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [
        {
            "id": f"p{number}",
            "text": paragraphs[number % len(paragraphs)],
            "published": "2025-10-12",
        }
        for number in range(count)
    ]


def timed(label: str, count: int, seconds: float) -> None:
    print(f"{label:<52} {seconds:7.2f} s  {count / seconds:7.0f} docs/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--partitions", type=int, default=20)
    options = parser.parse_args()

    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    import geoevents
    from geoevents.dask import extract_bag, extract_dataframe

    records = short_texts(options.count)
    count = len(records)
    print(f"{count} texts of {sum(len(r['text']) for r in records) / count:.0f} characters")

    pipeline = geoevents.Pipeline()
    start = time.perf_counter()
    expected = [d.to_dict() for d in pipeline.extract_many(records, processes=2)]
    timed("Pipeline.extract_many(processes=2)", count, time.perf_counter() - start)

    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        print(f"{'LocalCluster(n_workers=2) start':<52} {time.perf_counter() - start:7.2f} s")
        bag = db.from_sequence(records, npartitions=options.partitions)
        for run in ("first, builds the pipelines", "second, warm"):
            start = time.perf_counter()
            documents = extract_bag(bag).compute()
            timed(f"extract_bag, {run}", count, time.perf_counter() - start)
            assert documents == expected, "extract_bag differs from extract_many"
        frame = dd.from_pandas(pd.DataFrame(records), npartitions=options.partitions)
        start = time.perf_counter()
        rows = extract_dataframe(frame).compute()
        timed("extract_dataframe (one row per document), warm", count, time.perf_counter() - start)
        assert [json.loads(d) for d in rows["document"]] == expected


if __name__ == "__main__":
    main()
