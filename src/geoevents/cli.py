"""The ``geoevents`` command: ``geoevents extract FILE...`` and ``geoevents plugins``.

Exit status: 0 when everything was processed, 1 when some records were skipped (a malformed
JSON line, a bad date in a record), 2 for bad arguments or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import attrs

from geoevents.__about__ import __version__
from geoevents.manager import PluginLoadError, get_plugin_manager
from geoevents.model import Document, Mention
from geoevents.pipeline import Pipeline, parse_published

__all__ = ["main"]

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FORMATS = ("json", "jsonl", "table")


class UsageError(Exception):
    """A bad argument or an unreadable file: reported in one line, exit status 2."""


def _published_arg(value: str) -> str:
    try:
        parse_published(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


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
    count: int = 0

    def report(self, where: str, problem: str) -> None:
        self.count += 1
        print(f"geoevents: {where}: {problem}", file=sys.stderr)


def _run_extract(args: argparse.Namespace, out: TextIO) -> int:
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
    failures = _Failures()
    documents = _documents(pipeline, sources, args, failures)
    if args.format == "jsonl":
        for document in documents:
            out.write(document.to_json() + "\n")
    elif args.format == "json":
        collected = [document.to_dict() for document in documents]
        json.dump(
            collected[0] if len(collected) == 1 else collected, out, ensure_ascii=False, indent=2
        )
        out.write("\n")
    else:
        for document in documents:
            out.write(format_table(document))
    return 1 if failures.count else 0


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


def _documents(
    pipeline: Pipeline,
    sources: list[tuple[str, TextIO]],
    args: argparse.Namespace,
    failures: _Failures,
) -> Iterator[Document]:
    for name, stream in sources:
        try:
            if _is_jsonl(name, args.input):
                yield from _jsonl_documents(pipeline, name, stream, args.published, failures)
            else:
                text = _read(name, stream)
                yield pipeline.extract(
                    text, published=args.published, id=None if name == "-" else name
                )
        finally:
            if stream is not sys.stdin:
                stream.close()


def _read(name: str, stream: TextIO) -> str:
    try:
        return stream.read()
    except UnicodeDecodeError as error:
        raise UsageError(f"cannot read {name}: not UTF-8 text ({error.reason})") from None


def _jsonl_documents(
    pipeline: Pipeline, name: str, stream: TextIO, published: str | None, failures: _Failures
) -> Iterator[Document]:
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
        try:
            yield pipeline.extract(
                record["text"],
                published=record.get("published") or published,
                id=None if record.get("id") is None else str(record["id"]),
            )
        except (TypeError, ValueError) as error:
            failures.report(where, f"{error}; skipped")


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
