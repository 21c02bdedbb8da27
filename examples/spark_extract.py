"""Extract with Spark's ``mapInPandas``: one pipeline per Python worker, one row per document.

    pip install geoevents pyspark    # geoevents on every executor too
    spark-submit --py-files examples/spark_extract.py examples/spark_extract.py corpus/ out/

``extract`` is the function ``mapInPandas`` calls on each partition: it receives pandas frames
of articles (``id``, ``text``, ``published``) and yields frames of documents (``id``,
``document`` as JSON, ``error``). The pipeline lives in this module's global, so each Python
worker builds it on its first task and keeps it for the next ones (Spark reuses its Python
workers, ``spark.python.worker.reuse``); for that the function must come from a module the
executors import (``--py-files``, or installed), not from the driver's ``__main__``.
``extract`` needs only pandas and geoevents; ``main`` needs pyspark.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator

import pandas as pd

import geoevents

PLUGINS: list[str] | None = None  # None: every installed plugin
SCHEMA = "id string, document string, error string"

_pipeline: geoevents.Pipeline | None = None


def pipeline() -> geoevents.Pipeline:
    """This Python worker's pipeline, built on its first task."""
    global _pipeline
    if _pipeline is None:
        _pipeline = geoevents.Pipeline(plugins=PLUGINS)
    return _pipeline


def extract(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Articles in, one row per document out, in order; a bad record gets an ``error``."""
    for frame in frames:
        records = [
            {
                "id": row.get("id"),
                "text": row.get("text"),
                "published": None if pd.isna(row.get("published")) else row.get("published"),
            }
            for row in frame.to_dict("records")
        ]
        rows = []
        # processes=1: Spark already runs one task per core
        for result in pipeline().extract_many(records, errors="record", processes=1):
            if isinstance(result, geoevents.RecordError):
                rows.append({"id": result.id, "document": None, "error": result.describe()})
            else:
                rows.append({"id": result.id, "document": result.to_json(), "error": None})
        yield pd.DataFrame(rows, columns=["id", "document", "error"])


def main(corpus: str, out: str) -> None:
    from pyspark.sql import SparkSession

    # this file as the module --py-files ships, not as __main__: executors import it
    module = importlib.import_module("spark_extract")

    spark = SparkSession.builder.appName("geoevents").getOrCreate()
    articles = spark.read.json(corpus)  # JSON Lines: id, text, published
    articles.mapInPandas(module.extract, schema=SCHEMA).write.json(out)
    spark.stop()


if __name__ == "__main__":
    main(*sys.argv[1:3])
