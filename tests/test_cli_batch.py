"""``geoevents extract`` on corpora: processes, -o, resuming, dead workers, progress."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests import batch_plugins

STORIES = [
    "Kyiv said on Monday that 12 drones were shot down over the Odesa region.",
    "“We will not accept this,” the French foreign minister said in Paris on Tuesday.",
    "Protesters gathered in Nairobi on 3 March, demanding the release of about 40 students.",
    "Germany pledged €500m in aid to Moldova last week, officials said.",
]
COUNT = 40  # more than a chunk, so that worker processes start


def write_corpus(path: Path, count: int = COUNT, marks: dict[int, str] | None = None) -> Path:
    lines = []
    for i in range(count):
        text = STORIES[i % len(STORIES)] + (f" {marks[i]}" if marks and i in marks else "")
        lines.append(json.dumps({"id": f"r{i}", "text": text, "published": "2025-10-13"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(
    *args: str, plugins_dir: Path | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if plugins_dir is not None:
        env["PYTHONPATH"] = str(plugins_dir)
    return subprocess.run(
        [sys.executable, "-m", "geoevents", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
        **kwargs,
    )


def ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def plugins_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "plugins"
    folder.mkdir()
    return batch_plugins.install(folder)


def test_two_processes_write_what_one_writes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = run("extract", str(corpus), "--format", "jsonl", "-o", str(one), "--processes", "1")
    second = run("extract", str(corpus), "--format", "jsonl", "-o", str(two), "--processes", "2")
    assert (first.returncode, second.returncode) == (0, 0), second.stderr
    assert first.stdout == second.stdout == ""
    assert one.read_bytes() == two.read_bytes()
    assert ids(two) == [f"r{i}" for i in range(COUNT)]


def test_a_worker_that_dies_costs_its_record_and_the_rest_is_written(
    tmp_path: Path, plugins_dir: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", marks={7: "KILL"})
    out = tmp_path / "out.jsonl"
    result = run(
        "extract", str(corpus), "--format", "jsonl", "-o", str(out), "--processes", "2",
        "--plugins", "killer,dates", plugins_dir=plugins_dir,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"geoevents: {corpus}:8: the worker process died while processing" in result.stderr
    assert ids(out) == [f"r{i}" for i in range(COUNT) if i != 7]


def test_bad_lines_are_reported_by_line_and_column_with_workers(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    lines = corpus.read_text(encoding="utf-8").splitlines()
    lines[3] = '{"id": "r3" "text": "x"}'
    lines[20] = json.dumps({"id": "r20", "text": "A story.", "published": "next week"})
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("extract", str(corpus), "--format", "jsonl", "--processes", "2")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"geoevents: {corpus}:4: not valid JSON (Expecting ',' delimiter at column 13); skipped",
        f"geoevents: {corpus}:21: published: cannot read 'next week' as an ISO date such as "
        f"'2025-09-08'; skipped",
    ]
    written = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert written == [f"r{i}" for i in range(COUNT) if i not in (3, 20)]


def test_a_run_killed_midway_leaves_complete_lines_and_resumes(
    tmp_path: Path, plugins_dir: Path
) -> None:
    # In one process, the plugin that kills its process kills the command itself.
    corpus = write_corpus(tmp_path / "corpus.jsonl", marks={25: "KILL"})
    out = tmp_path / "out.jsonl"
    args = ["extract", str(corpus), "--format", "jsonl", "-o", str(out), "--plugins", "killer"]
    killed = run(*args, "--processes", "1", plugins_dir=plugins_dir)
    assert killed.returncode == 3
    assert ids(out) == [f"r{i}" for i in range(25)]  # every line complete
    write_corpus(corpus)  # the record that killed it is mended
    resumed = run(*args, "--processes", "2", "--skip-existing", plugins_dir=plugins_dir)
    assert resumed.returncode == 0, resumed.stderr
    assert ids(out) == [f"r{i}" for i in range(COUNT)]


def test_resuming_cuts_a_partial_last_line_and_skips_the_ids_written(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", count=6)
    out = tmp_path / "out.jsonl"
    kept = json.dumps({"id": "r1", "written": "before"})
    out.write_text(f"{kept}\n" + '{"id": "r2", "text": "cut of', encoding="utf-8")
    result = run("extract", str(corpus), "--format", "jsonl", "-o", str(out), "--skip-existing")
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == kept  # not extracted again
    assert ids(out) == ["r1", "r0", "r2", "r3", "r4", "r5"]


def test_output_without_resume_replaces_the_file(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", count=3)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    assert run("extract", str(corpus), "--format", "jsonl", "-o", str(out)).returncode == 0
    assert ids(out) == ["r0", "r1", "r2"]


def test_a_json_output_file_is_replaced_only_when_complete(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", count=3)
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    missing = run("extract", str(corpus), "no-such-file.txt", "-o", str(out))
    assert missing.returncode == 2
    assert out.read_text(encoding="utf-8") == "old"
    assert run("extract", str(corpus), "-o", str(out)).returncode == 0
    assert [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))] == ["r0", "r1", "r2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl", "out.json"]


OPTION_ERRORS = [
    ("resume without a file", ["--skip-existing"], "--skip-existing needs -o/--output"),
    ("resume a json file", ["--skip-existing", "-o", "x.json"], "needs --format jsonl"),
    ("no processes", ["--processes", "0"], "expected a positive whole number, got '0'"),
]


@pytest.mark.parametrize(
    ("why", "args", "message"), OPTION_ERRORS, ids=[c[0] for c in OPTION_ERRORS]
)
def test_bad_batch_options_exit_2(why: str, args: list[str], message: str, tmp_path: Path) -> None:
    result = run("extract", "-", *args, input="", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr


def test_no_progress_when_standard_error_is_not_a_terminal(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", count=3)
    result = run("extract", str(corpus), "--format", "jsonl")
    assert result.returncode == 0
    assert result.stderr == ""


def run_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run with standard error on a pseudo-terminal; the exit status and what it shows there."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "geoevents", *args],
        stdout=subprocess.DEVNULL,
        stderr=terminal,
        stdin=subprocess.DEVNULL,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            data = os.read(controller, 4096)
        except OSError:  # the terminal closed
            break
        if not data:
            break
        shown += data
    os.close(controller)
    return process.wait(timeout=300), shown.decode("utf-8", "replace")


def test_progress_is_shown_on_a_terminal_unless_quiet(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", count=3)
    status, shown = run_on_a_terminal("extract", str(corpus), "--format", "jsonl")
    assert status == 0
    assert "3/3" in shown
    status, shown = run_on_a_terminal("extract", str(corpus), "--format", "jsonl", "--quiet")
    assert (status, shown) == (0, "")
