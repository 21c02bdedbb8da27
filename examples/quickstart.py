"""Quickstart: extract everything from one article and print what was found.

python examples/quickstart.py                      # the example article
python examples/quickstart.py article.txt --published 2025-10-12
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import geoevents

ARTICLE = Path(__file__).parent / "articles" / "kharkiv-strike.txt"


def summary(doc: geoevents.Document) -> list[str]:
    """A few readable lines about what the plugins found in ``doc``."""
    lines = [f"{len(doc.text)} characters, published {doc.published or 'on an unknown date'}"]
    lines += [f"{layer}: {len(mentions)}" for layer, mentions in doc.mentions.items()]
    lines += [f"events: {len(doc.events)}"]
    for quantity in doc.quantities:
        lines.append(f"  quantity {quantity.text!r}: {quantity.value} {quantity.item or ''}")
    for quote in doc.quotes:
        lines.append(f"  quote by {quote.speaker or 'someone unnamed'}: “{quote.text}”")
    for date in doc.dates:
        lines.append(f"  date {date.text!r} is {date.value}")
    for error in doc.errors:
        lines.append(f"  ! plugin {error.plugin} failed: {error.message}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    parser.add_argument("--published", default="2025-10-12", help="YYYY-MM-DD")
    args = parser.parse_args(argv)

    text = args.article.read_text(encoding="utf-8")
    doc = geoevents.extract(text, published=args.published)
    print("\n".join(summary(doc)))

    # Everything is plain data: the JSON reads back into an equal document.
    data = json.loads(doc.to_json())
    assert geoevents.from_dict(data) == doc
    print(f"JSON round trip: ok (schema_version {data['schema_version']})")


if __name__ == "__main__":
    main()
