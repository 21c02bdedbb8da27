"""Accuracy of geoevents against the gold corpora and probe suites in ``../shared`` (``make eval``).

Reads every ``*.jsonl`` under ``../shared/corpus/`` and the seed's ``gold.json`` (format:
``../shared/corpus/FORMAT.md``), runs the bundled plugins (``geoevents.Pipeline``, installed
third-party plugins left out) over each document with its publication date, and prints, per
corpus and per layer, precision, recall and F1 for span matching (overlap), exact boundaries and
value matching (span plus the layer's key fields). Then it runs the probe suites of
``../shared/peers`` and prints how many cases pass. The matching rules are in the docstrings of
:mod:`benchmarks.scoring` and :mod:`benchmarks.probes`, and in
``docs/explanation/accuracy.md``.

Usage::

    python benchmarks/evaluate.py                      # every corpus and suite
    python benchmarks/evaluate.py --corpus seed --show-errors quantities
    python benchmarks/evaluate.py --suite dates --show-errors dates
    python benchmarks/evaluate.py --json report.json --write-docs
    python benchmarks/evaluate.py --corpus meantime-dev --half a   # develop on one half

``--half a`` and ``--half b`` split every corpus in two by a stable hash of each document's id
(:func:`half_of`), so that rules can be developed on one half and checked on the other.

``../shared`` is found next to the repository (override with ``--shared`` or the environment
variable ``GEOEVENTS_SHARED``); when it is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
import warnings
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geoevents
from benchmarks.common import ROOT, read_jsonl, replace_generated, shared_dir
from benchmarks.fields import roles_agree
from benchmarks.probes import (
    ProbeResult,
    check_date_probe,
    check_quantity_probe,
    check_quote_case,
)
from benchmarks.scoring import (
    LAYERS,
    Counts,
    EventSummary,
    LayerScore,
    event_sentences,
    event_summary,
    score_corpus,
)
from geoevents.manager import PluginWarning, get_plugin_manager

"""The repository root."""
DOCS_PAGE = ROOT / "docs" / "explanation" / "accuracy.md"
"""The page whose generated section ``--write-docs`` replaces."""
BEGIN = "<!-- BEGIN GENERATED: benchmarks/evaluate.py --write-docs -->"

SUITES = {
    "quantities": "peers/quantities/probes.json",
    "dates": "peers/dates/probes.json",
    "quotes": "peers/quotes/hardcases.jsonl",
}
"""The probe suites, by name, as paths inside ``../shared``."""

Doc = Mapping[str, Any]


# --------------------------------------------------------------------------- finding the data


def load_corpora(shared: Path) -> dict[str, list[dict[str, Any]]]:
    """Every gold corpus by name: each ``*.jsonl`` under ``corpus/`` by stem, and ``seed``."""
    corpus_dir = shared / "corpus"
    corpora: dict[str, list[dict[str, Any]]] = {}
    seed = corpus_dir / "seed" / "gold.json"
    if seed.is_file():
        corpora["seed"] = [json.loads(seed.read_text(encoding="utf-8"))]
    for path in sorted(corpus_dir.rglob("*.jsonl")):
        name = path.relative_to(corpus_dir).with_suffix("").as_posix()
        corpora[name] = read_jsonl(path)
    return corpora


def load_suite(shared: Path, name: str) -> list[dict[str, Any]]:
    """The cases of probe suite ``name``; empty when its file is absent."""
    path = shared / SUITES[name]
    if not path.is_file():
        return []
    if path.suffix == ".jsonl":
        return read_jsonl(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data["cases"] if isinstance(data, dict) else data)


def half_of(doc: Doc) -> int:
    """The half (1 or 2) a document belongs to, from a stable hash of its id (``--half``)."""
    return zlib.crc32(str(doc.get("id") or doc.get("text") or "").encode("utf-8")) % 2 + 1


# --------------------------------------------------------------------------- running the pipeline


def build_pipeline() -> geoevents.Pipeline:
    """The bundled plugins only, so that installed third-party plugins do not change scores."""
    return geoevents.Pipeline(manager=get_plugin_manager(autoload=False))


def predict(
    pipeline: geoevents.Pipeline, docs: Iterable[Doc], failures: Counter[str]
) -> list[dict[str, Any]]:
    """``Document.to_dict()`` for each document; plugin failures are counted in ``failures``."""
    predictions: list[dict[str, Any]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        for doc in docs:
            try:
                result = pipeline.extract(str(doc["text"]), published=doc.get("published"))
            except Exception as error:  # a crash must not hide the other documents' scores
                failures[f"pipeline: {type(error).__name__}: {error}"[:160]] += 1
                predictions.append({})
                continue
            for problem in result.errors:
                failures[f"{problem.plugin}: {problem.type}: {problem.message}"[:160]] += 1
            predictions.append(result.to_dict())
    return predictions


# --------------------------------------------------------------------------- the suites


def run_suite(name: str, cases: Sequence[Doc], pipeline: geoevents.Pipeline) -> list[ProbeResult]:
    """Check every case of suite ``name`` against the pipeline's output for its text."""
    checks: dict[str, Callable[[Doc, Doc], ProbeResult]] = {
        "quantities": check_quantity_probe,
        "dates": check_date_probe,
        "quotes": check_quote_case,
    }
    docs = [{"text": case["text"], "published": case.get("dct")} for case in cases]
    failures: Counter[str] = Counter()
    predictions = predict(pipeline, docs, failures)
    return [checks[name](case, pred) for case, pred in zip(cases, predictions, strict=True)]


def suite_summary(name: str, cases: Sequence[Doc], results: Sequence[ProbeResult]) -> str:
    """One line: cases passed, then the counts that peers are compared on."""
    passed = sum(r.passed for r in results)
    totals: dict[str, list[int]] = {}
    for result in results:
        for kind, (ok, total) in result.checks.items():
            counts = totals.setdefault(kind, [0, 0])
            counts[0] += ok
            counts[1] += total
    line = f"{passed}/{len(results)} cases pass"

    def part(kind: str, label: str) -> str:
        ok, total = totals.get(kind, [0, 0])
        return f"{label} {ok}/{total}"

    if name == "quantities":
        fp = [
            r for c, r in zip(cases, results, strict=True) if str(c.get("cat", "")).startswith("FP")
        ]
        clean = sum(r.checks.get("not", [0, 0])[0] == r.checks.get("not", [0, 0])[1] for r in fp)
        parts = [
            part("want", "wanted values found"),
            part("not", "unwanted values avoided"),
            f"false-positive probes clean {clean}/{len(fp)}",
        ]
    elif name == "dates":
        kinds = [k for k in ("D", "W", "M", "Q", "Y", "DEC", "DUR", "REL") if k in totals]
        point = [k for k in kinds if k not in ("DUR", "REL")]
        right = sum(totals[k][0] for k in point)
        total = sum(totals[k][1] for k in point)
        by_kind = ", ".join(f"{k} {totals[k][0]}/{totals[k][1]}" for k in kinds)
        parts = [
            f"point dates right {right}/{total} ({by_kind})",
            part("must_not_match", "false-positive probes avoided"),
        ]
    else:
        spurious = totals.get("spurious", [0, 0])[1]
        parts = [
            part("found", "quotes found"),
            part("speaker", "speaker right"),
            f"spurious {spurious}",
        ]
    return f"{line}; " + "; ".join(parts)


# --------------------------------------------------------------------------- printing


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _rates(counts: Counts | None) -> list[str]:
    if counts is None:
        return ["n/a", "n/a", "n/a"]
    return [_pct(counts.precision), _pct(counts.recall), _pct(counts.f1)]


def table_rows(scores: Mapping[str, LayerScore]) -> list[list[str]]:
    """One row per layer (and a ``+ item`` row for quantities): gold, ours, then the rates."""
    rows = []
    for layer, score in scores.items():
        sized = score.span or score.value or Counts()
        exact = "n/a" if score.exact is None else _pct(score.exact.f1)
        rows.append(
            [
                layer,
                str(sized.gold),
                str(sized.pred),
                *_rates(score.span),
                exact,
                *_rates(score.value),
            ]
        )
        if score.value_item is not None:
            item = score.value_item
            rows.append(["  + item", str(item.gold), str(item.pred), "", "", "", "", *_rates(item)])
    return rows


HEADER = ["layer", "gold", "ours", "span P", "R", "F1", "exact F1", "value P", "R", "F1"]


def text_table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as aligned text, under :data:`HEADER`."""
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    lines = []
    for row in [HEADER, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append(
            "  "
            + "  ".join(cells[:3])
            + " | "
            + "  ".join(cells[3:6])
            + " | "
            + cells[6]
            + " | "
            + "  ".join(cells[7:])
        )
    return lines


def markdown_table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as a Markdown table under :data:`HEADER`."""
    header = [
        "layer",
        "gold",
        "ours",
        "span P",
        "span R",
        "span F1",
        "exact F1",
        "value P",
        "value R",
        "value F1",
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(c.strip() or " " for c in row) + " |" for row in rows]
    return lines


TYPE_HEADER = ["type", "gold", "ours", "span P", "R", "F1", "value P", "R", "F1", "typed"]


def type_rows(score: LayerScore) -> list[list[str]]:
    """One row per TIMEX3 type of a dates score (recall over its gold, precision over ours).

    ``typed`` is the share of the type's span-matched gold whose match has the same kind.
    """
    rows = []
    for name in ("DATE", "TIME", "DURATION", "SET", *sorted(set(score.types) - set(TIMEX))):
        counts = score.types.get(name)
        if counts is None:
            continue
        typed = counts.typed / counts.span_found if counts.span_found else None
        rows.append(
            [
                name,
                str(counts.gold),
                str(counts.pred),
                *(_pct(rate) for rate in counts.rates("span")),
                *(_pct(rate) for rate in counts.rates("value")),
                _pct(typed),
            ]
        )
    return rows


TIMEX = ("DATE", "TIME", "DURATION", "SET")


def type_table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Per-type rows as aligned text, under :data:`TYPE_HEADER`."""
    widths = [max(len(r[i]) for r in [TYPE_HEADER, *rows]) for i in range(len(TYPE_HEADER))]
    lines = []
    for row in [TYPE_HEADER, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append(
            "    "
            + "  ".join(cells[:3])
            + " | "
            + "  ".join(cells[3:6])
            + " | "
            + "  ".join(cells[6:9])
            + " | "
            + cells[9]
        )
    return lines


def type_markdown(rows: Sequence[Sequence[str]]) -> list[str]:
    """Per-type rows as a Markdown table."""
    header = ["type", "gold", "ours", "span P", "span R", "span F1"]
    header += ["value P", "value R", "value F1", "typed"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def point_view(prediction: Mapping[str, Any]) -> dict[str, Any]:
    """``prediction`` with each date that points to a resolved date read as that date.

    The resolved-point view of the dates layer: "two days later" is the date it points to,
    over the whole phrase (``point``, ``point_start``, ``point_end``; null when the text gives
    no anchor), instead of the TimeML duration "two days" (P2D). Other dates are unchanged.
    """
    dates = []
    for date in prediction.get("dates") or ():
        if date.get("point_start") is not None:
            date = {
                **date,
                "start": date["point_start"],
                "end": date["point_end"],
                "value": date["point"],
                "kind": "date",
            }
        dates.append(date)
    return {**prediction, "dates": dates}


def value_accuracy_line(score: LayerScore) -> str | None:
    """How often a span match also has the right key fields, or None when there are none."""
    if score.value_accuracy is None:
        return None
    return (
        f"value accuracy on span matches {_pct(score.value_accuracy)}% "
        f"({score.span_matched_right} of {score.span_matched_keyed})"
    )


def item_line(score: LayerScore) -> str | None:
    """Item accuracy of a quantities score, or None when the gold names no counted nouns."""
    if score.value_item is None:
        return None
    return (
        f"item accuracy {_pct(score.item_accuracy)}% ({score.item_right} of {score.item_gold} "
        f"gold counted nouns right; {score.item_matched} had a value-matched prediction, "
        f"{_pct(score.matched_item_accuracy)}% of them right)"
    )


def event_line(summary: EventSummary) -> str:
    """Type found, roles right, events per sentence and type precision, on one line."""
    per = "-" if summary.per_sentence is None else f"{summary.per_sentence:.2f}"
    return (
        f"gold type found for {_pct(summary.found_rate)}% of gold events "
        f"({summary.type_found} of {summary.gold}); actor and recipient right for "
        f"{_pct(summary.roles_rate)}% of those ({summary.roles_right}); {per} events per gold "
        f"sentence, type precision {_pct(summary.type_precision)}% "
        f"({summary.predicted_typed} of {summary.predicted})"
    )


def event_checks(gold_doc: Doc, pred_doc: Doc) -> list[str]:
    """For each gold event: whether our events of its sentence have its type, roles and date."""
    text = str(gold_doc.get("text") or "")
    lines = []
    for gold, ours in event_sentences(gold_doc, pred_doc):
        same = [p for p in ours if p.get("type") == gold.get("type")]
        roles = any(roles_agree(gold, p, text) for p in same)
        date = gold.get("date")
        dated = date is None or any(p.get("date") == date for p in same)
        found = [str(p.get("type")) for p in ours]
        lines.append(
            f"{gold.get('type')} {gold.get('trigger')!r}: type {'yes' if same else 'no'}, "
            f"roles {'yes' if roles else 'no'}, date {'yes' if dated else 'no'} "
            f"(ours in the sentence: {', '.join(found) or 'none'})"
        )
    return lines


def left_out_line(score: LayerScore) -> str | None:
    """How many gold durations and ages a quantities score leaves out, or None for none."""
    if not score.left_out:
        return None
    return f"gold durations and ages left out (not quantities in our contract): {score.left_out}"


def print_errors(
    scores: Mapping[str, LayerScore], layer: str, limit: int, out: Callable[[str], None]
) -> None:
    """List the misses, false positives and wrong values of ``layer``, ``limit`` of each kind."""
    score = scores.get(layer)
    if score is None:
        return
    by_kind: dict[str, list[Any]] = {}
    for error in score.errors:
        by_kind.setdefault(error.kind, []).append(error)
    for kind in ("missed", "spurious", "wrong value", "wrong item"):
        errors = by_kind.get(kind, [])
        if not errors:
            continue
        out(f"  {kind} ({len(errors)}):")
        for error in errors[: limit or None]:
            out(f"    {error.doc_id}: {error.detail}")
            out(f"        {error.context}")
        if limit and len(errors) > limit:
            out(f"    ... {len(errors) - limit} more (--max-errors 0 lists all)")


def print_suite_failures(
    results: Sequence[ProbeResult], limit: int, out: Callable[[str], None]
) -> None:
    """List the failing cases of a suite with what failed."""
    failing = [r for r in results if not r.passed]
    for result in failing[: limit or None]:
        out(f"    {result.case_id}: {result.text}")
        for failure in result.failures:
            out(f"        {failure}")
    if limit and len(failing) > limit:
        out(f"    ... {len(failing) - limit} more (--max-errors 0 lists all)")


# --------------------------------------------------------------------------- the report


def machine() -> str:
    """Cores, Python and platform, for the record."""
    return (
        f"{os.cpu_count()} cores, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.machine()}"
    )


def commit() -> str:
    """The current commit (short hash), with ``+changes`` when the checkout is modified."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "src"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def write_docs(markdown: Sequence[str]) -> None:
    """Replace the generated section of :data:`DOCS_PAGE` with ``markdown``."""
    replace_generated(DOCS_PAGE, BEGIN, markdown)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Score geoevents against the gold corpora and probe suites in ../shared.",
    )
    parser.add_argument(
        "--corpus", action="append", metavar="NAME", help="only this corpus (repeatable)"
    )
    parser.add_argument(
        "--layer", action="append", choices=LAYERS, help="only this layer (repeatable)"
    )
    parser.add_argument(
        "--suite",
        action="append",
        choices=sorted(SUITES),
        help="only this probe suite (repeatable)",
    )
    parser.add_argument(
        "--show-errors",
        choices=LAYERS,
        metavar="LAYER",
        help="list misses, false positives and wrong values of LAYER (and its suite's failures)",
    )
    parser.add_argument(
        "--max-errors",
        type=int,
        default=25,
        metavar="N",
        help="list at most N errors of each kind (0: all; default 25)",
    )
    parser.add_argument(
        "--half",
        type=int,
        choices=(1, 2),
        help="only the documents of one half of each corpus (a stable hash of their ids)",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the full report as JSON")
    parser.add_argument(
        "--shared",
        metavar="PATH",
        help="the shared directory (default: $GEOEVENTS_SHARED or ../shared)",
    )
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help=f"rewrite the numbers in {DOCS_PAGE.relative_to(ROOT)}",
    )
    return parser.parse_args(argv)


class Report:
    """What one run measured: printed as it goes, kept for ``--json`` and ``--write-docs``."""

    def __init__(self, pipeline: geoevents.Pipeline) -> None:
        self.today = dt.date.today().isoformat()
        self.commit = commit()
        plugins = ", ".join(pipeline.plugins) or "none"
        self.data: dict[str, Any] = {
            "date": self.today,
            "machine": machine(),
            "commit": self.commit,
            "plugins": list(pipeline.plugins),
            "corpora": {},
            "suites": {},
        }
        self.markdown = [
            f"Measured on {self.today} at commit `{self.commit}`; plugins: {plugins}.",
            f"Machine: {machine()}.",
            "Command: `make eval` (`python benchmarks/evaluate.py --write-docs`).",
            "",
        ]
        self.out(f"geoevents {geoevents.__version__} (commit {self.commit}); plugins: {plugins}")
        self.out(f"{self.today}, {machine()}")

    @staticmethod
    def out(line: str = "") -> None:
        """Print a line of the report."""
        print(line, flush=True)


def evaluate_corpus(
    name: str,
    docs: Sequence[Doc],
    pipeline: geoevents.Pipeline,
    layers: Sequence[str],
    args: argparse.Namespace,
    report: Report,
) -> None:
    """Score one corpus, print its table (and errors), and add it to the report."""
    out = report.out
    annotated = sorted({layer for d in docs for layer in d.get("layers") or ()}, key=LAYERS.index)
    if not annotated:
        out(f"\n{name}: {len(docs)} documents without annotation (for make bench), skipped")
        return
    started = time.perf_counter()
    failures: Counter[str] = Counter()
    predictions = predict(pipeline, docs, failures)
    seconds = time.perf_counter() - started
    pairs = list(zip(docs, predictions, strict=True))
    scores = score_corpus(pairs, [layer for layer in LAYERS if layer in layers])
    count = f"{len(docs)} document{'' if len(docs) == 1 else 's'}"
    out(f"\n{name}: {count}, layers {', '.join(annotated)} ({seconds:.1f} s)")
    rows = table_rows(scores)
    points = None
    if "dates" in scores and any(
        date.get("point_start") is not None
        for pred in predictions
        for date in pred.get("dates") or ()
    ):
        viewed = [(gold, point_view(pred)) for gold, pred in pairs]
        points = score_corpus(viewed, ["dates"])["dates"]
        at = next(i for i, row in enumerate(rows) if row[0] == "dates") + 1
        rows.insert(at, ["  = points", *table_rows({"dates": points})[0][1:]])
    for line in text_table(rows):
        out(line)
    dates = scores.get("dates")
    typed = type_rows(dates) if dates is not None and dates.types else []
    if typed:
        out("  dates by TIMEX3 type (recall over the gold type, precision over our kind):")
        for line in type_table(typed):
            out(line)
    accuracy_lines = [
        f"{layer}: {line}"
        for layer, line in ((name, value_accuracy_line(s)) for name, s in scores.items())
        if layer in ("quotes", "dates") and line
    ]
    for line in accuracy_lines:
        out(f"  {line}")
    quantities = scores.get("quantities")
    item = item_line(quantities) if quantities else None
    if item:
        out(f"  {item}")
    left_out = left_out_line(quantities) if quantities else None
    if left_out:
        out(f"  {left_out}")
    if "events" in scores:
        summary = event_summary(pairs)
        line = event_line(summary)
        out(f"  events: {line}")
        report.markdown += [f"Events: {line}.", ""]
        report.data.setdefault("events", {})[name] = summary.to_dict()
        if name == "seed":
            for gold_doc, pred_doc in pairs:
                for check in event_checks(gold_doc, pred_doc):
                    out(f"    {check}")
    for problem, times in failures.most_common(5):
        out(f"  plugin error x{times}: {problem}")
    report.markdown += [
        f"### {name}",
        "",
        f"{count}; annotated layers: {', '.join(annotated)}.",
        "",
        *markdown_table(rows),
        "",
    ]
    if typed:
        report.markdown += ["Dates by TIMEX3 type:", "", *type_markdown(typed), ""]
    report.markdown += [f"{line[0].upper()}{line[1:]}." for line in accuracy_lines]
    if accuracy_lines:
        report.markdown.append("")
    if item:
        report.markdown += [f"Quantities: {item}.", ""]
    if left_out:
        report.markdown += [f"Quantities: {left_out}.", ""]
    if args.show_errors:
        print_errors(scores, args.show_errors, args.max_errors, out)
    report.data["corpora"][name] = {
        "documents": len(docs),
        "seconds": seconds,
        "plugin_errors": dict(failures),
        "layers": {layer: score.to_dict() for layer, score in scores.items()},
    }
    if points is not None:
        report.data["corpora"][name]["date_points"] = points.to_dict(errors=False)


def evaluate_suite(
    name: str,
    shared: Path,
    pipeline: geoevents.Pipeline,
    args: argparse.Namespace,
    report: Report,
) -> None:
    """Run one probe suite, print its summary (and failures), and add it to the report."""
    cases = load_suite(shared, name)
    if not cases:
        report.out(f"  {name}: {SUITES[name]} not found, skipped")
        return
    results = run_suite(name, cases, pipeline)
    summary = suite_summary(name, cases, results)
    report.out(f"  {name} ({SUITES[name]}): {summary}")
    report.markdown.append(f"- {name} (`{SUITES[name]}`): {summary}.")
    if args.show_errors == name:
        print_suite_failures(results, args.max_errors, report.out)
    report.data["suites"][name] = {
        "cases": len(results),
        "passed": sum(r.passed for r in results),
        "summary": summary,
        "failures": [
            {"id": r.case_id, "text": r.text, "failures": r.failures}
            for r in results
            if not r.passed
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    shared = shared_dir(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"evaluate: no gold data at {shared} (see --shared); nothing to score.")
        return 0
    corpora = load_corpora(shared)
    unknown = sorted(set(args.corpus or ()) - set(corpora))
    if unknown:
        known = ", ".join(corpora)
        print(f"evaluate: no corpus named {', '.join(unknown)}; there are {known}", file=sys.stderr)
        return 2
    run_corpora = args.corpus or ([] if args.suite else list(corpora))
    run_suites = args.suite or ([] if args.corpus else list(SUITES))
    pipeline = build_pipeline()
    report = Report(pipeline)
    for name in run_corpora:
        docs = corpora[name]
        if args.half and len(docs) > 1:  # a corpus of one document (the seed) is not split
            docs = [doc for doc in docs if half_of(doc) == args.half]
        evaluate_corpus(name, docs, pipeline, args.layer or LAYERS, args, report)
    if run_suites:
        report.out("\nprobe suites")
        report.markdown += ["### Probe suites", ""]
    for name in run_suites:
        evaluate_suite(name, shared, pipeline, args, report)
    if args.json:
        text = json.dumps(report.data, indent=1, ensure_ascii=False)
        args.json.write_text(text + "\n", encoding="utf-8")
        report.out(f"\nreport written to {args.json}")
    if args.write_docs:
        write_docs(report.markdown)
        report.out(f"numbers written to {DOCS_PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
