"""The ``geoevents`` command: ``geoevents extract FILE...`` and ``geoevents plugins``.

Exit status: 0 when everything was processed, 1 when some records were skipped (a malformed
JSON line, a bad date in a record), 2 for bad arguments or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, NoReturn, TextIO

import attrs

from geoevents import exports, jsonl
from geoevents.__about__ import __version__
from geoevents.manager import PluginLoadError, get_plugin_manager
from geoevents.model import Document, Mention, escape_surrogates
from geoevents.pipeline import Pipeline, RecordError, parse_published
from geoevents.progress import Progress, progress

__all__ = ["main"]

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FORMATS = ("json", "jsonl", "table", "csv", "geojson", "plover")


class UsageError(Exception):
    """A bad argument or an unreadable file: reported in one line, exit status 2."""


def _published_arg(value: str) -> str:
    try:
        parse_published(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return number


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip()]


def _setting(value: str) -> tuple[str, Any]:
    name, sep, raw = value.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"settings are NAME=VALUE, got {value!r}")
    try:
        parsed: Any = json.loads(raw)
    except json.JSONDecodeError:
        parsed = raw
    return name.strip(), parsed


class _Parser(argparse.ArgumentParser):
    """Reports a bad argument in one line, with a pointer to ``--help``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geoevents`` command."""
    parser = _Parser(
        prog="geoevents",
        description="Extract quantities, quotes, dates, actors, locations and events from news.",
    )
    parser.add_argument("--version", action="version", version=f"geoevents {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    extract = commands.add_parser(
        "extract",
        help="extract from articles and print the documents",
        description=(
            "Extract from each FILE: a text file (one article), or JSON Lines (.jsonl, "
            ".ndjson) with a 'text' and optional 'published' and 'id' per line. '-' reads "
            "standard input."
        ),
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="an article, a .jsonl file, or -")
    extract.add_argument(
        "--published",
        type=_published_arg,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for texts, and for records that give none",
    )
    extract.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    extract.add_argument(
        "--layer",
        metavar="LAYER",
        help="with --format csv: the layer written, one row per mention (quantities, events...)",
    )
    extract.add_argument(
        "--input",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read FILE (default: JSON Lines for .jsonl/.ndjson, text otherwise)",
    )
    extract.add_argument(
        "--plugins", type=_names, metavar="A,B", help="run only these plugins (comma-separated)"
    )
    extract.add_argument(
        "--exclude", type=_names, default=[], metavar="A,B", help="do not run these plugins"
    )
    extract.add_argument(
        "--set",
        type=_setting,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        dest="settings",
        help="a plugin setting, such as dates.day_first=false (repeatable)",
    )
    extract.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first plugin failure instead of recording it",
    )
    extract.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT instead of standard output, a complete document at a time",
    )
    extract.add_argument(
        "--skip-existing",
        action="store_true",
        help="resume: skip the records whose id is already in OUT, and append to it",
    )
    extract.add_argument(
        "--processes",
        type=_positive,
        metavar="N",
        help="worker processes (default: one per core; 1 runs in this process)",
    )
    extract.add_argument(
        "-q", "--quiet", action="store_true", help="no progress display on standard error"
    )
    extract.set_defaults(run=_run_extract)

    plugins = commands.add_parser(
        "plugins", help="list the loaded plugins as JSON", description="List the loaded plugins."
    )
    plugins.set_defaults(run=_run_plugins)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A lone surrogate of the input reaches the output as its escape ("\ud800", which is
        # also what JSON writes for it) instead of stopping the run in the middle of a batch.
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        status: int = args.run(args, sys.stdout)
    except (UsageError, PluginLoadError) as error:
        print(f"geoevents: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into head and the like
        sys.stderr.close()
        return 0
    return status


def _run_plugins(_args: argparse.Namespace, out: TextIO) -> int:
    infos = [attrs.asdict(info) for info in get_plugin_manager().info()]
    json.dump(infos, out, indent=2)
    out.write("\n")
    return 0


@attrs.define
class _Failures:
    display: Progress
    count: int = 0

    def report(self, where: str, problem: str) -> None:
        self.count += 1
        self.display.write(f"geoevents: {where}: {problem}")


def _run_extract(args: argparse.Namespace, out: TextIO) -> int:
    if args.skip_existing and not args.output:
        raise UsageError("--skip-existing needs -o/--output: the file to resume")
    if args.skip_existing and args.format != "jsonl":
        raise UsageError("--skip-existing needs --format jsonl, whose lines can be appended")
    sources = [_open(name) for name in args.files]
    try:
        pipeline = Pipeline(
            plugins=args.plugins,
            exclude=args.exclude,
            strict=args.strict,
            settings=dict(args.settings),
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    csv_columns = _csv_columns(args, pipeline)
    done = frozenset[str]()
    if args.skip_existing and Path(args.output).exists():
        done = jsonl.resume(Path(args.output))
    enabled = not args.quiet and sys.stderr.isatty()
    total = _count_records(sources, args.input) if enabled else None
    display = progress(sys.stderr, enabled=enabled, total=total)
    failures = _Failures(display)
    try:
        documents = _documents(pipeline, sources, args, failures, done)
        if args.format == "jsonl":
            _write_lines(documents, args, out, display)
        elif args.format in ("csv", "geojson", "plover"):
            with _whole_output(args, out) as target:
                _write_exports(_shown(documents, display), args, csv_columns, target)
        else:
            with _whole_output(args, out) as target:
                _write_whole(documents, args.format, target, display)
    finally:
        display.close()
        for name, stream in sources:
            if name != "-":
                stream.close()
    return 1 if failures.count else 0


def _csv_columns(args: argparse.Namespace, pipeline: Pipeline) -> list[str]:
    if args.format != "csv":
        if args.layer:
            raise UsageError("--layer goes with --format csv")
        return []
    layers = [*pipeline.mention_types, exports.EVENTS]
    if not args.layer:
        raise UsageError(f"--format csv needs --layer, one of: {', '.join(layers)}")
    if args.layer not in layers:
        raise UsageError(f"no layer {args.layer!r} in these plugins; one of: {', '.join(layers)}")
    return exports.columns(args.layer, pipeline.mention_types.get(args.layer))


def _shown(documents: Iterator[Document], display: Progress) -> Iterator[Document]:
    for document in documents:
        yield document
        display.update()


def _write_exports(
    documents: Iterator[Document], args: argparse.Namespace, names: list[str], out: TextIO
) -> None:
    if args.format == "csv":
        exports.write_csv(documents, args.layer, names, out)
        return
    if args.format == "plover":
        for document in documents:
            for record in document.to_plover():
                out.write(escape_surrogates(json.dumps(record, ensure_ascii=False)) + "\n")
        return
    with exports.GeoJSONWriter(out) as geojson:
        for document in documents:
            geojson.write_document(document)


def _write_lines(
    documents: Iterator[Document], args: argparse.Namespace, out: TextIO, display: Progress
) -> None:
    if not args.output:
        for document in documents:
            jsonl.write_json_line(document, out.write)
            display.update()
        return
    with jsonl.LineWriter(Path(args.output), append=args.skip_existing) as lines:
        for document in documents:
            lines.write_document(document)
            display.update()


@contextlib.contextmanager
def _whole_output(args: argparse.Namespace, out: TextIO) -> Iterator[TextIO]:
    if not args.output:
        yield out
        return
    with jsonl.replaced(Path(args.output)) as target:
        yield target


def _write_whole(documents: Iterator[Document], form: str, out: TextIO, display: Progress) -> None:
    if form == "json":
        collected = []
        for document in documents:
            collected.append(document.to_dict())
            display.update()
        whole = collected[0] if len(collected) == 1 else collected
        out.write(escape_surrogates(json.dumps(whole, ensure_ascii=False, indent=2)))
        out.write("\n")
    else:
        for document in documents:
            out.write(format_table(document))
            display.update()


def _open(name: str) -> tuple[str, TextIO]:
    if name == "-":
        return name, sys.stdin
    path = Path(name)
    if not path.exists():
        raise UsageError(f"cannot read {name}: no such file")
    if path.is_dir():
        raise UsageError(f"cannot read {name}: it is a directory")
    try:
        return name, path.open(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot read {name}: {error.strerror or error}") from None


def _is_jsonl(name: str, mode: str) -> bool:
    if mode != "auto":
        return mode == "jsonl"
    return Path(name).suffix.lower() in JSONL_SUFFIXES


def _count_records(sources: list[tuple[str, TextIO]], mode: str) -> int | None:
    """The number of records to expect, for the time left; None when reading a pipe."""
    total = 0
    for name, _stream in sources:
        if name == "-":
            return None
        if not _is_jsonl(name, mode):
            total += 1
            continue
        with Path(name).open("rb") as raw:
            total += sum(1 for line in raw if line.strip())
    return total


def _documents(
    pipeline: Pipeline,
    sources: list[tuple[str, TextIO]],
    args: argparse.Namespace,
    failures: _Failures,
    done: frozenset[str],
) -> Iterator[Document]:
    """The documents of every record of every source, in order; failures reported."""
    places: collections.deque[str] = collections.deque()
    records = _records(sources, args, failures, done, places)
    policy: Literal["raise", "record"] = "raise" if args.strict else "record"
    for result in pipeline.extract_many(records, processes=args.processes, errors=policy):
        where = places.popleft()
        if isinstance(result, RecordError):
            failures.report(where, f"{result.message}; skipped")
            failures.display.update()
        else:
            yield result


def _records(
    sources: list[tuple[str, TextIO]],
    args: argparse.Namespace,
    failures: _Failures,
    done: frozenset[str],
    places: collections.deque[str],
) -> Iterator[dict[str, Any]]:
    """Each record to extract from, its place (``file:line``) put on ``places``."""
    for name, stream in sources:
        if _is_jsonl(name, args.input):
            found = _jsonl_records(name, stream, args.published, failures)
        else:
            found = iter([(name, _text_record(name, stream, args.published))])
        for where, record in found:
            if record.get("id") in done:
                failures.display.update()
                continue
            places.append(where)
            yield record


def _text_record(name: str, stream: TextIO, published: str | None) -> dict[str, Any]:
    return {
        "text": _read(name, stream),
        "published": published,
        "id": None if name == "-" else name,
    }


def _read(name: str, stream: TextIO) -> str:
    try:
        return stream.read()
    except UnicodeDecodeError as error:
        raise UsageError(f"cannot read {name}: not UTF-8 text ({error.reason})") from None


def _jsonl_records(
    name: str, stream: TextIO, published: str | None, failures: _Failures
) -> Iterator[tuple[str, dict[str, Any]]]:
    line_number = 0
    while True:
        try:
            line = stream.readline()
        except UnicodeDecodeError as error:
            raise UsageError(
                f"cannot read {name}: line {line_number + 1} is not UTF-8 ({error.reason})"
            ) from None
        if not line:
            return
        line_number += 1
        if not line.strip():
            continue
        where = f"{name}:{line_number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            failures.report(where, f"not valid JSON ({error.msg} at column {error.colno}); skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            failures.report(where, "expected an object with a string 'text'; skipped")
            continue
        date = record.get("published") or published
        try:
            parse_published(date)
        except ValueError as error:
            failures.report(where, f"{error}; skipped")
            continue
        record_id = record.get("id")
        yield (
            where,
            {
                "text": record["text"],
                "published": date,
                "id": None if record_id is None else str(record_id),
            },
        )


def _summary(mention: Mention) -> str:
    skip = {"start", "end", "text", "plugin"}
    fields = attrs.fields(type(mention))
    parts = [
        f"{field.name}={getattr(mention, field.name)}"
        for field in fields
        if field.name not in skip and getattr(mention, field.name) is not None
    ]
    return " ".join(parts)


def format_table(document: Document) -> str:
    """A plain-text table of a document's mentions and events, for reading in a terminal."""
    title = document.id or "document"
    published = document.published.isoformat() if document.published else "no date"
    rows = [(m.layer, f"{m.start}-{m.end}", m.text, _summary(m)) for m in document.iter_mentions()]
    for event in document.events:
        who = ",".join(p.name for p in event.actor) or "-"
        whom = ",".join(p.name for p in event.recipient) or "-"
        rows.append(
            (
                "events",
                f"{event.trigger.start}-{event.trigger.end}",
                event.trigger.text,
                f"type={event.type} actor={who} recipient={whom} date={event.date}",
            )
        )
    lines = [f"# {title} ({published})"]
    if rows:
        width_layer = max(len(r[0]) for r in rows)
        width_span = max(len(r[1]) for r in rows)
        width_text = min(40, max(len(r[2]) for r in rows))
        for layer, span, text, summary in rows:
            shown = text if len(text) <= width_text else text[: width_text - 1] + "…"
            shown = shown.replace("\n", " ")
            row = f"{layer:<{width_layer}}  {span:>{width_span}}  {shown:<{width_text}}  {summary}"
            lines.append(row.rstrip())
    else:
        lines.append("(nothing found)")
    lines.extend(
        f"! {e.plugin} failed in {e.phase}: {e.type}: {e.message}" for e in document.errors
    )
    return "\n".join(lines) + "\n\n"
