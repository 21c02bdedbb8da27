"""A timeline chart of the dates an article mentions, resolved against its publication date.

    pip install "geoevents[plot]"
    python examples/timeline.py                          # writes a PNG to a temporary folder
    python examples/timeline.py timeline.png article.txt --published 2025-10-12

Each resolved date is a point on the time axis, labelled with the words of the article that
name it; a week, month, quarter or year is a bar over its days. The publication date is the
dashed line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import tempfile
from pathlib import Path

import matplotlib
import numpy as np

matplotlib.use("Agg")  # draw to files only: no display needed

import matplotlib.pyplot as plt

import geoevents

ARTICLE = Path(__file__).parent / "articles" / "kharkiv-strike.txt"

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_ONE_DAY = dt.timedelta(days=1)


def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day that a TIMEX3 date value covers; None if it is not a date.

    >>> period("2025-10-12T04:00")
    (datetime.date(2025, 10, 12), datetime.date(2025, 10, 12))
    >>> period("2025-Q3")
    (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30))
    >>> period("P3W") is None, period("PAST_REF") is None
    (True, True)
    """
    if value is None:
        return None
    if match := _DAY.match(value):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    if match := _WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return monday, monday + 6 * _ONE_DAY
    if match := _QUARTER.fullmatch(value):
        year, quarter = int(match[1]), int(match[2])
        return dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    if match := _MONTH.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        return dt.date(year, month, 1), _month_end(year, month)
    if match := _YEAR.fullmatch(value):
        return dt.date(int(match[1]), 1, 1), dt.date(int(match[1]), 12, 31)
    return None  # durations, sets, seasons, PAST_REF...: no span of the calendar to draw


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - _ONE_DAY


def anchor(first: dt.date, last: dt.date, mod: str | None) -> dt.date:
    """The day to mark for a period: its start, its end, or its middle (by ``mod``)."""
    if mod in ("START", "AFTER"):
        return first
    if mod in ("END", "BEFORE"):
        return last
    return first + (last - first) // 2


def _days(*days: dt.date) -> np.ndarray[tuple[int], np.dtype[np.datetime64]]:
    return np.array(days, dtype="datetime64[D]")


def timeline(doc: geoevents.Document, path: Path) -> int:
    """Draw the resolved dates of ``doc`` to the PNG ``path``; return how many were drawn.

    A day is a dot; a longer period (a week, a month, a year) is a bar with a dot at the day
    its ``mod`` points to ("the end of the year" at 31 December).
    """
    rows = sorted(
        (anchor(*span, date.mod), span, date.text)
        for date in doc.dates
        if (span := period(date.value))
    )
    figure, axes = plt.subplots(figsize=(9, 1.5 + 0.4 * max(len(rows), 1)))
    for row, (day, (first, last), label) in enumerate(rows):
        if first != last:
            axes.plot(_days(first, last + _ONE_DAY), [row, row], color="tab:blue", alpha=0.3, lw=6)
        axes.plot(_days(day), [row], "o", color="tab:blue")
        axes.text(_days(day)[0], row + 0.25, label, fontsize=9)
    if doc.published:
        axes.axvline(_days(doc.published)[0], linestyle="--", color="grey")
        axes.text(_days(doc.published)[0], -0.9, " published", color="grey")
    axes.set_yticks([])
    axes.set_ylim(-1, max(len(rows), 1))
    axes.set_title(f"{doc.id or 'article'}: {len(rows)} dates")
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return len(rows)


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
