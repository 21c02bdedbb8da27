"""A pandas table of the quantities and quotes of a set of articles.

    pip install "geoevents[pandas]"
    python examples/pandas_table.py                     # examples/articles/briefs.jsonl
    python examples/pandas_table.py corpus.jsonl --csv out/

Each row is one mention, with the id of its article: the output contract's fields become the
columns, so the table can be filtered, grouped and joined like any other.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

import geoevents

BRIEFS = Path(__file__).parent / "articles" / "briefs.jsonl"
QUANTITY_COLUMNS = ["id", "text", "value", "unit", "item", "kind", "qualifier", "start", "end"]
QUOTE_COLUMNS = ["id", "speaker", "cue", "kind", "text", "start", "end"]


def mentions_table(
    documents: Iterable[geoevents.Document], layer: str, columns: list[str]
) -> pd.DataFrame:
    """One row per mention of ``layer``, with the document's id, in the given columns."""
    rows = [
        {"id": document.id, **mention}
        for document in documents
        for mention in document.to_dict()[layer]
    ]
    table: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=BRIEFS)
    parser.add_argument("--csv", type=Path, help="also write quantities.csv and quotes.csv here")
    args = parser.parse_args(argv)

    lines = args.source.read_text(encoding="utf-8").splitlines()
    documents = list(geoevents.Pipeline().extract_many(json.loads(line) for line in lines if line))
    quantities = mentions_table(documents, "quantities", QUANTITY_COLUMNS)
    quotes = mentions_table(documents, "quotes", QUOTE_COLUMNS)

    pd.set_option("display.width", 120)
    pd.set_option("display.max_colwidth", 40)
    print(f"{len(documents)} articles, {len(quantities)} quantities, {len(quotes)} quotes\n")
    print(quantities.drop(columns=["start", "end"]).to_string(index=False), end="\n\n")
    print(quotes.drop(columns=["start", "end"]).to_string(index=False), end="\n\n")
    if not quantities.empty:
        per_kind = quantities.groupby("kind").size().rename("quantities")
        print(per_kind.to_string(), end="\n\n")
    if args.csv:
        args.csv.mkdir(parents=True, exist_ok=True)
        quantities.to_csv(args.csv / "quantities.csv", index=False)
        quotes.to_csv(args.csv / "quotes.csv", index=False)
        print(f"wrote {args.csv / 'quantities.csv'} and {args.csv / 'quotes.csv'}")


if __name__ == "__main__":
    main()
