"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import geoevents

ARTICLE = "Ukraine asked for HIMARS launchers on Friday.\n“We need them now,” a minister said.\n"


def run(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "-m", "geoevents", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First story.", "published": "2025-09-08"}),
        "{not json",
        json.dumps({"id": "c", "text": "Third story."}),
        json.dumps({"id": "d", "text": "Fourth story.", "published": "tomorrow"}),
        json.dumps(["no", "text"]),
        "",
        json.dumps({"id": "f", "text": "Sixth story."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_extract_a_text_file_prints_one_json_document(article: Path) -> None:
    result = run("extract", str(article), "--published", "2025-09-08")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    assert document["id"] == str(article)
    assert document["published"] == "2025-09-08"
    assert document["text"] == ARTICLE
    assert geoevents.from_dict(document).text == ARTICLE


def test_extract_several_files_prints_a_json_array(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another story.", encoding="utf-8")
    result = run("extract", str(article), str(other))
    assert result.returncode == 0, result.stderr
    assert [d["text"] for d in json.loads(result.stdout)] == [ARTICLE, "Another story."]


def test_stdin_is_read_as_text() -> None:
    result = run("extract", "-", "--format", "jsonl", stdin="From standard input.")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["text"] == "From standard input."
    assert json.loads(line)["id"] is None


def test_stdin_can_be_json_lines() -> None:
    records = "\n".join(json.dumps({"id": str(i), "text": f"Story {i}."}) for i in range(3))
    result = run("extract", "-", "--input", "jsonl", "--format", "jsonl", stdin=records)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["0", "1", "2"]


def test_bad_json_lines_are_reported_by_line_and_the_rest_processed(corpus: Path) -> None:
    result = run("extract", str(corpus), "--format", "jsonl", "--published", "2025-01-01")
    assert result.returncode == 1
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["id"], d["published"]) for d in documents] == [
        ("a", "2025-09-08"),
        ("c", "2025-01-01"),
        ("f", "2025-01-01"),
    ]
    errors = result.stderr.splitlines()
    assert errors == [
        f"geoevents: {corpus}:2: not valid JSON (Expecting property name enclosed in double "
        f"quotes at column 2); skipped",
        f"geoevents: {corpus}:4: published: cannot read 'tomorrow' as an ISO date such as "
        f"'2025-09-08'; skipped",
        f"geoevents: {corpus}:5: expected an object with a string 'text'; skipped",
    ]


ERRORS = [
    ("missing file", ["extract", "no-such-file.txt"], "cannot read no-such-file.txt: no such file"),
    ("a directory", ["extract", "."], "cannot read .: it is a directory"),
    (
        "bad published date",
        ["extract", "-", "--published", "8 Sept"],
        "cannot read '8 Sept' as an ISO date",
    ),
    ("unknown format", ["extract", "-", "--format", "xml"], "invalid choice: 'xml'"),
    ("unknown plugin", ["extract", "-", "--plugins", "nope"], "no plugin named 'nope' is loaded"),
    ("bad setting", ["extract", "-", "--set", "novalue"], "settings are NAME=VALUE"),
    ("no command", [], "the following arguments are required: COMMAND"),
]


@pytest.mark.parametrize(("why", "args", "message"), ERRORS, ids=[case[0] for case in ERRORS])
def test_bad_arguments_exit_2_with_one_line_naming_the_problem(
    why: str, args: list[str], message: str
) -> None:
    result = run(*args, stdin="")
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("geoevents")
    assert message in line


def test_a_file_that_is_not_utf8_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 society".encode("latin-1"))
    result = run("extract", str(path))
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"geoevents: error: cannot read {path}: not UTF-8")


def test_table_format_lists_mentions(article: Path) -> None:
    result = run("extract", str(article), "--format", "table", "--published", "2025-09-08")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# {article} (2025-09-08)\n")


def test_plugins_lists_the_loaded_plugins_as_json() -> None:
    result = run("plugins")
    assert result.returncode == 0, result.stderr
    plugins: list[dict[str, Any]] = json.loads(result.stdout)
    for plugin in plugins:
        assert set(plugin) == {
            "name",
            "version",
            "source",
            "distribution",
            "hooks",
            "kinds",
            "reads",
        }
        assert plugin["hooks"], plugin


def test_the_installed_example_plugin_is_listed_and_extracts(article: Path) -> None:
    pytest.importorskip("geoevents_weapons", reason="make test installs the example plugin")
    plugins = {p["name"]: p for p in json.loads(run("plugins").stdout)}
    assert plugins["weapons"]["source"] == "entry point"
    assert plugins["weapons"]["distribution"] == "geoevents-weapons"
    assert plugins["weapons"]["kinds"] == ["weapons"]
    document = json.loads(run("extract", str(article)).stdout)
    assert [(w["text"], w["category"], w["plugin"]) for w in document["weapons"]] == [
        ("HIMARS", "artillery", "weapons")
    ]


def test_bundled_plugins_declare_the_kinds_they_fill() -> None:
    plugins = {p["name"]: p for p in json.loads(run("plugins").stdout)}
    bundled = {name: p["kinds"] for name, p in plugins.items() if p["source"] == "bundled"}
    assert bundled == {
        "quantities": ["quantities"],
        "quotes": ["quotes"],
        "dates": ["dates"],
        "actors": ["actors"],
        "locations": ["locations"],
        "events": [],  # a linker: it builds events, no mentions
    }


def test_autoload_disabled_hides_the_example_plugin(article: Path) -> None:
    result = run("plugins", GEOEVENTS_DISABLE_PLUGIN_AUTOLOAD="1")
    assert "weapons" not in [p["name"] for p in json.loads(result.stdout)]
    document = json.loads(
        run("extract", str(article), GEOEVENTS_DISABLE_PLUGIN_AUTOLOAD="1").stdout
    )
    assert "weapons" not in document


def test_exclude_removes_a_plugin(article: Path) -> None:
    pytest.importorskip("geoevents_weapons", reason="make test installs the example plugin")
    document = json.loads(run("extract", str(article), "--exclude", "weapons").stdout)
    assert document["weapons"] == []


def test_version() -> None:
    result = run("--version")
    assert result.stdout.strip() == f"geoevents {geoevents.__version__}"


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("geoevents")
    assert script.exists()
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.startswith("geoevents ")


@pytest.mark.parametrize("output_format", ["jsonl", "json", "table"])
def test_a_lone_surrogate_in_a_record_does_not_stop_the_batch(
    tmp_path: Path, output_format: str
) -> None:
    """JSON may escape half a surrogate pair ("\\ud800"): the record and the next are written."""
    path = tmp_path / "scraped.jsonl"
    path.write_text(
        '{"id": "torn", "text": "Torn \\ud800 text: 12 drones hit the port."}\n'
        '{"id": "whole", "text": "Three drones were shot down."}\n',
        encoding="utf-8",
    )
    result = run("extract", str(path), "--format", output_format)
    assert result.returncode == 0, result.stderr
    assert "whole" in result.stdout or "Three drones" in result.stdout
    if output_format == "jsonl":
        torn, whole = (json.loads(line) for line in result.stdout.splitlines())
        assert torn["text"] == "Torn \ud800 text: 12 drones hit the port."
        assert torn["quantities"][0]["text"].startswith("12")
        assert whole["id"] == "whole"


@pytest.mark.parametrize("output_format", ["jsonl", "json", "table"])
def test_a_lone_surrogate_reaches_an_output_file(tmp_path: Path, output_format: str) -> None:
    """With ``-o`` the file is written in UTF-8 too: the torn character is written escaped."""
    path = tmp_path / "scraped.jsonl"
    path.write_text(
        '{"id": "torn", "text": "Torn \\ud800 text: 12 drones hit the port."}\n'
        '{"id": "whole", "text": "Three drones were shot down."}\n',
        encoding="utf-8",
    )
    target = tmp_path / f"out.{output_format}"
    result = run("extract", str(path), "--format", output_format, "-o", str(target))
    assert result.returncode == 0, result.stderr
    written = target.read_text(encoding="utf-8")
    assert "whole" in written or "Three drones" in written
    if output_format == "jsonl":
        torn, whole = (json.loads(line) for line in written.splitlines())
        assert torn["text"] == "Torn \ud800 text: 12 drones hit the port."
        assert whole["id"] == "whole"
