"""JSON Lines written piece by piece and resumed (geoevents.jsonl); the progress line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import geoevents
from geoevents import jsonl
from geoevents.progress import Silent, TextProgress, progress

ARTICLES = [
    (
        "every layer",
        "Kyiv said on Monday that about 40 drones hit Odesa, “a crime”, Zelenskiy said.",
    ),
    ("nothing found", "Nothing here."),
    ("non-ASCII text", "Über 3 000 Menschen — «très» — in São Paulo on 2 May."),
    ("a plugin's own layer", "Ukraine asked for more Patriot systems and IRIS-T launchers."),
]


@pytest.mark.parametrize(("why", "text"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_a_line_written_in_pieces_is_to_json(why: str, text: str) -> None:
    document = geoevents.Pipeline().extract(text, published="2025-10-13", id="x")
    out = io.StringIO()
    jsonl.write_json_line(document, out.write)
    assert out.getvalue() == document.to_json() + "\n"


def test_a_long_layer_is_written_in_several_pieces() -> None:
    text = "About 40 people came. " * 1200  # more quantities than one piece holds
    document = geoevents.Pipeline(plugins=["quantities"]).extract(text)
    pieces: list[str] = []
    jsonl.write_json_line(document, pieces.append)
    assert len(document.quantities) > 1000
    assert max(len(piece) for piece in pieces) < len(document.to_json()) // 2
    assert "".join(pieces) == document.to_json() + "\n"


RESUMES = [
    ("complete lines", '{"id": "a"}\n{"id": "b"}\n', {"a", "b"}, '{"id": "a"}\n{"id": "b"}\n'),
    ("a partial last line", '{"id": "a"}\n{"id": "b", "te', {"a"}, '{"id": "a"}\n'),
    ("only a partial line", '{"id', set(), ""),
    ("no ids", '{"text": "x"}\n[1]\n', set(), '{"text": "x"}\n[1]\n'),
    ("numeric ids", '{"id": 7}\n', {"7"}, '{"id": 7}\n'),
]


@pytest.mark.parametrize(("why", "content", "found", "left"), RESUMES, ids=[r[0] for r in RESUMES])
def test_resume_reads_ids_and_cuts_a_partial_line(
    why: str, content: str, found: set[str], left: str, tmp_path: Path
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(content, encoding="utf-8")
    assert jsonl.resume(path) == found
    assert path.read_text(encoding="utf-8") == left


def test_an_interrupted_line_is_cut_back_to_the_last_complete_one(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    document = geoevents.Pipeline(plugins=["quantities"]).extract("About 40 came.", id="a")

    class Interrupted(Exception):
        pass

    def interrupted_run() -> None:
        with jsonl.LineWriter(path) as lines:
            lines.write_document(document)
            lines._stream.write('{"id": "b", "text": "half')  # a line under way
            raise Interrupted

    with pytest.raises(Interrupted):
        interrupted_run()
    assert path.read_text(encoding="utf-8") == document.to_json() + "\n"


def test_replaced_leaves_the_old_file_when_the_block_fails(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")

    def failed_run() -> None:
        with jsonl.replaced(path) as out:
            out.write("new, but incomplete")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        failed_run()
    assert path.read_text(encoding="utf-8") == "old"
    with jsonl.replaced(path) as out:
        out.write("new")
    assert path.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_progress_line_shows_count_rate_and_time_left() -> None:
    clock, stream = Clock(), io.StringIO()
    line = TextProgress(stream, total=100, clock=clock)
    clock.now += 10
    line.update(20)
    assert line.line() == "geoevents: 20/100 documents, 2.0/s, 0:40 left"
    unknown = TextProgress(io.StringIO(), clock=clock)
    unknown.update(3)
    assert unknown.line().startswith("geoevents: 3 documents, ")


def test_the_progress_line_is_redrawn_at_most_each_interval_and_messages_go_above() -> None:
    clock, stream = Clock(), io.StringIO()
    line = TextProgress(stream, total=10, interval=1.0, clock=clock)
    line.update()
    line.update()  # too soon to redraw
    assert stream.getvalue().count("documents") == 1
    line.write("geoevents: x.jsonl:3: skipped")
    assert "\x1b[Kgeoevents: x.jsonl:3: skipped\n" in stream.getvalue()
    line.close()
    last = stream.getvalue().rsplit("\r", 1)[-1]
    assert last.startswith("\x1b[Kgeoevents: 2/10 documents, ")
    assert last.endswith("\n")


def test_no_display_when_disabled_prints_messages_plainly() -> None:
    stream = io.StringIO()
    display = progress(stream, enabled=False, total=3)
    assert isinstance(display, Silent)
    display.update()
    display.write("a message")
    display.close()
    assert stream.getvalue() == "a message\n"
