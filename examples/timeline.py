"""A timeline chart of the dates an article mentions, resolved against its publication date.

    pip install "geoevents[plot]"
    python examples/timeline.py                          # writes a PNG to a temporary folder
    python examples/timeline.py timeline.png article.txt --published 2025-10-12

Each resolved date is a point on the time axis, labelled with the words of the article that
name it; the publication date is the dashed line. Dates that resolve to a week, month, quarter
or year are drawn at their first day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to files only: no display needed

import matplotlib.pyplot as plt

import geoevents

ARTICLE = Path(__file__).parent / "articles" / "kharkiv-strike.txt"

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")


def first_day(value: str | None) -> dt.date | None:
    """The first day of a TIMEX3 date value ("2025-10-12", "2025-W41", "2025-10", "2025").

    >>> first_day("2025-10-12T04:00"), first_day("2025-Q3"), first_day("PAST_REF")
    (datetime.date(2025, 10, 12), datetime.date(2025, 7, 1), None)
    """
    if value is None:
        return None
    if match := _DAY.match(value):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    if match := _WEEK.fullmatch(value):
        return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    if match := _QUARTER.fullmatch(value):
        return dt.date(int(match[1]), 3 * int(match[2]) - 2, 1)
    if match := _MONTH.fullmatch(value):
        return dt.date(int(match[1]), int(match[2]), 1)
    if match := _YEAR.fullmatch(value):
        return dt.date(int(match[1]), 1, 1)
    return None  # durations, sets, PAST_REF and the like have no place on a timeline


def timeline(doc: geoevents.Document, path: Path) -> int:
    """Draw the resolved dates of ``doc`` to the PNG ``path``; return how many were drawn."""
    points = sorted((day, date.text) for date in doc.dates if (day := first_day(date.value)))
    origin = doc.published or (points[0][0] if points else dt.date.today())
    figure, axes = plt.subplots(figsize=(9, 1.5 + 0.35 * max(len(points), 1)))
    for row, (day, label) in enumerate(points):
        x = (day - origin).days
        axes.plot([x], [row], "o", color="tab:blue")
        axes.annotate(label, (x, row), xytext=(6, -3), textcoords="offset points")
    if doc.published:
        axes.axvline(0, linestyle="--", color="grey")
        axes.annotate("published", (0, -0.8), xytext=(4, 0), textcoords="offset points")
    days = sorted({day for day, _label in points} | {origin})
    axes.set_xticks([(day - origin).days for day in days], labels=[d.isoformat() for d in days])
    axes.tick_params(axis="x", labelrotation=45)
    axes.set_yticks([])
    axes.set_ylim(-1, max(len(points), 1))
    axes.set_title(f"{doc.id or 'article'}: {len(points)} dates")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return len(points)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, help="the PNG to write")
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    parser.add_argument("--published", default="2025-10-12", help="YYYY-MM-DD")
    args = parser.parse_args(argv)

    output = args.output or Path(tempfile.mkdtemp(prefix="geoevents-")) / "timeline.png"
    text = args.article.read_text(encoding="utf-8")
    doc = geoevents.Pipeline().extract(text, published=args.published, id=args.article.name)
    drawn = timeline(doc, output)
    print(f"{len(doc.dates)} dates found, {drawn} placed on the timeline")
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
