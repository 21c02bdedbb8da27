"""Extract from JSON Lines corpora on a Dask cluster, writing the documents as JSON Lines.

    pip install "geoevents[dask]"
    python examples/dask_corpus.py examples/articles/briefs.jsonl out/
    python examples/dask_corpus.py 'corpus/*.jsonl' out/ --scheduler tcp://scheduler:8786

Without ``--scheduler`` it starts a local cluster of ``--workers`` processes, one thread each;
with it, the same code runs on that cluster's workers, each of which must have geoevents (and
the plugins) installed. Every record becomes one line of ``out/documents-N.jsonl``: a document,
or an error record (``{"id": ..., "error": {...}}``) for a record that cannot be processed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

from geoevents.dask import extract_bag, pipelines_built


def failed(result: dict[str, Any]) -> bool:
    """Whether a result is an error record rather than a document."""
    return "error" in result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", help="a JSON Lines file, or a glob of them")
    parser.add_argument("out", type=Path, help="the folder to write documents-N.jsonl to")
    parser.add_argument("--scheduler", help="a cluster's scheduler, as tcp://host:8786")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--published", help="the date of the records that give none")
    args = parser.parse_args(argv)

    with contextlib.ExitStack() as stack:
        if args.scheduler:
            client = stack.enter_context(Client(args.scheduler))
        else:
            cluster = stack.enter_context(
                LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
            )
            client = stack.enter_context(Client(cluster))
        lines = db.read_text(args.corpus, encoding="utf-8")
        records = lines.filter(str.strip).map(json.loads)
        results = extract_bag(records, published=args.published).persist()
        args.out.mkdir(parents=True, exist_ok=True)
        results.map(json.dumps, ensure_ascii=False).to_textfiles(
            str(args.out / "documents-*.jsonl"), encoding="utf-8", last_endline=True
        )
        total, errors = db.compute(results.count(), results.filter(failed).count())
        built = client.run(pipelines_built)
    print(f"{total} records: {total - errors} documents, {errors} error records, in {args.out}")
    print(f"pipelines built per worker: {sorted(built.values())}")


if __name__ == "__main__":  # Dask starts its workers as new processes
    main()
