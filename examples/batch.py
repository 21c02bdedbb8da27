"""Batch: extract from a JSON Lines corpus, or a folder of .txt articles, into JSON Lines.

    python examples/batch.py                                   # examples/articles/briefs.jsonl
    python examples/batch.py corpus.jsonl --output documents.jsonl
    python examples/batch.py articles/ --published 2025-10-12 --output documents.jsonl

Each input line is an object with a "text" and optional "published" and "id". The pipeline is
built once and reused for every article; a record that cannot be processed is skipped with a
warning, and the rest of the batch goes on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geoevents

BRIEFS = Path(__file__).parent / "articles" / "briefs.jsonl"


def records(source: Path, published: str | None) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file, or one record per .txt file of a folder."""
    if source.is_dir():
        for path in sorted(source.glob("*.txt")):
            yield {
                "id": path.name,
                "text": path.read_text(encoding="utf-8"),
                "published": published,
            }
        return
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record: dict[str, Any] = json.loads(line)
                record.setdefault("published", published)
                yield record


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=BRIEFS)
    parser.add_argument("--output", type=Path, help="write the documents here (default: stdout)")
    parser.add_argument("--published", help="YYYY-MM-DD, for records that give none")
    args = parser.parse_args(argv)

    pipeline = geoevents.Pipeline()
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    count = 0
    try:
        for doc in pipeline.extract_many(records(args.source, args.published)):
            out.write(doc.to_json() + "\n")
            count += 1
            counts = ", ".join(f"{len(m)} {layer}" for layer, m in doc.mentions.items())
            print(f"{doc.id}: {counts}, {len(doc.events)} events", file=sys.stderr)
    finally:
        if args.output:
            out.close()
    print(f"{count} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
