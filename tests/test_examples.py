"""The scripts in examples/ run, and print what they promise.

Each runs in a subprocess, as a reader would run it. What a script prints depends on the
bundled plugins loaded; the tests check what the script itself guarantees, and check a bundled
plugin's results only when that plugin is loaded (said where it happens).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import geoevents
from geoevents.testing import check_plugin

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BRIEFS = EXAMPLES / "articles" / "briefs.jsonl"
KHARKIV = EXAMPLES / "articles" / "kharkiv-strike.txt"


def run(script: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOEVENTS_")}
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def loaded(plugin: str) -> bool:
    return plugin in geoevents.Pipeline().plugins


def briefs() -> list[dict[str, str]]:
    lines = BRIEFS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def import_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the articles --------------------------------------------------------------------------------


def test_the_example_corpus_is_valid_json_lines() -> None:
    records = briefs()
    assert len(records) >= 3
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == {"id", "published", "text"}
        geoevents.pipeline.parse_published(record["published"])


# --- quickstart.py -------------------------------------------------------------------------------


def test_quickstart() -> None:
    out = run("quickstart.py").stdout
    lines = out.splitlines()
    assert (
        lines[0] == f"{len(KHARKIV.read_text(encoding='utf-8'))} characters, published 2025-10-12"
    )
    counts = dict(re.findall(r"^(\w+): (\d+)$", out, re.M))
    assert {"quantities", "quotes", "dates", "actors", "locations", "events"} <= set(counts)
    # every quantity, quote and date it counts is listed under the counts
    assert out.count("\n  quantity ") == int(counts["quantities"])
    assert out.count("\n  quote by ") == int(counts["quotes"])
    assert out.count("\n  date ") == int(counts["dates"])
    assert lines[-1] == "JSON round trip: ok (schema_version 1)"


def test_quickstart_reads_the_article_it_is_given(tmp_path: Path) -> None:
    article = tmp_path / "short.txt"
    article.write_text("Talks resumed in Geneva.", encoding="utf-8")
    out = run("quickstart.py", article, "--published", "2025-11-02").stdout
    assert out.startswith("24 characters, published 2025-11-02\n")


# --- batch.py ------------------------------------------------------------------------------------


def test_batch_over_json_lines(tmp_path: Path) -> None:
    output = tmp_path / "documents.jsonl"
    result = run("batch.py", BRIEFS, "--output", output)
    documents = [geoevents.from_dict(json.loads(line)) for line in output.read_text().splitlines()]
    records = briefs()
    assert [d.id for d in documents] == [r["id"] for r in records]
    assert [str(d.published) for d in documents] == [r["published"] for r in records]
    assert [d.text for d in documents] == [r["text"] for r in records]
    assert result.stderr.splitlines()[-1] == f"{len(records)} documents"
    assert result.stderr.startswith(f"{records[0]['id']}: ")


def test_batch_over_a_folder(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    out = run("batch.py", tmp_path, "--published", "2025-10-12").stdout
    documents = [json.loads(line) for line in out.splitlines()]
    assert [(d["id"], d["published"], d["text"]) for d in documents] == [
        ("a.txt", "2025-10-12", "First article."),
        ("b.txt", "2025-10-12", "Second article."),
    ]


def test_batch_skips_a_bad_record_and_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "bad", "text": "x", "published": "someday"}\n{"id": "good", "text": "y"}\n',
        encoding="utf-8",
    )
    result = run("batch.py", corpus)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good"]
    assert "record 0 (id 'bad') was skipped" in result.stderr


# --- inline_plugin.py ----------------------------------------------------------------------------


def test_inline_plugin() -> None:
    lines = run("inline_plugin.py").stdout.splitlines()
    assert lines[0].startswith("plugins: ")
    assert lines[0].endswith(", units") or lines[0] == "plugins: units"
    assert [re.sub(r"\s+", " ", line.strip()) for line in lines[1:4]] == [
        "16-36 '92nd Assault Brigade': number 92, brigade",
        "129-154 '3rd Separate Tank Brigade': number 3, brigade",
        "212-221 '1st Corps': number 1, corps",
    ]
    assert json.loads(lines[4]) == {
        "start": 16,
        "end": 36,
        "text": "92nd Assault Brigade",
        "plugin": "units",
        "number": 92,
        "echelon": "brigade",
    }


def test_inline_plugins_mentions_are_valid() -> None:
    module = import_example("inline_plugin")
    documents = check_plugin(module.MilitaryUnits(), [module.TEXT, "", "1st"])
    assert len(documents[0].layer("units")) == 3


# --- casualty_tolls.py ----------------------------------------------------------------------------


def test_casualty_tolls_runs_after_the_quantities() -> None:
    lines = run("casualty_tolls.py").stdout.splitlines()
    order = lines[0].removeprefix("runs: ").split(" -> ")
    extractors = [name for name in order if name != "events"]  # the linker runs in phase 2
    assert extractors[-1] == "tolls"
    if not loaded("quantities"):
        assert lines[1:] == []
        return
    assert order.index("quantities") < order.index("tolls")
    assert lines[1:] == [
        "killed: 9 (exact), from 'nine' at 34-38; 2 count(s) in the article",
        "injured: 54 (exact), from '54' at 386-388; 2 count(s) in the article",
    ]


TOLLS = [
    pytest.param(
        "Shelling killed four people. Later the toll rose to 11 dead.",
        [("killed", 11, 2)],
        id="the-highest-figure-wins",
    ),
    pytest.param(
        "Nine people were injured and two were killed in the blast.",
        [("injured", 9, 1), ("killed", 2, 1)],
        id="one-toll-per-role",
    ),
    pytest.param("The convoy carried 40 tonnes of flour.", [], id="no-casualty-count"),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_casualty_tolls_read_the_quantities_layer(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    module = import_example("casualty_tolls")
    (document,) = check_plugin(module.CasualtyTolls(), [text], bundled=["quantities"])
    tolls = sorted(document.layer("tolls", module.Toll), key=lambda t: t.role)
    assert [(t.role, t.value, t.reports) for t in tolls] == expected


def test_casualty_tolls_without_the_quantities_plugin_find_nothing() -> None:
    module = import_example("casualty_tolls")
    (document,) = check_plugin(module.CasualtyTolls(), ["Shelling killed four people."])
    assert document.layer("tolls") == ()


# --- extend_lexicon.py ---------------------------------------------------------------------------


def test_extend_lexicon() -> None:
    lines = run("extend_lexicon.py").stdout.splitlines()
    assert re.fullmatch(r"reporting_verbs: \d+ entries, 'fumed' -> 'fume'", lines[0])
    if not loaded("quotes"):
        assert lines[1:] == ["the quotes plugin is not loaded: nothing reads the lexicon"]
        return
    # Only with the bundled quotes plugin: the new verb attributes the quote.
    extended = next(line for line in lines if line.startswith("extended: "))
    assert re.search(r"“Nobody warned us that the bridge would close,?” \(cue 'fumed'\)", extended)


# --- pandas_table.py -----------------------------------------------------------------------------


def test_pandas_table(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    out = run("pandas_table.py", BRIEFS, "--csv", tmp_path).stdout
    documents = list(geoevents.Pipeline().extract_many(briefs()))
    quantities = sum(len(d.quantities) for d in documents)
    quotes = sum(len(d.quotes) for d in documents)
    assert out.startswith(f"{len(documents)} articles, {quantities} quantities, {quotes} quotes\n")
    table = (tmp_path / "quantities.csv").read_text(encoding="utf-8").splitlines()
    assert table[0] == "id,text,value,unit,item,kind,qualifier,start,end"
    assert len(table) == 1 + quantities
    table = (tmp_path / "quotes.csv").read_text(encoding="utf-8").splitlines()
    assert table[0] == "id,speaker,cue,kind,text,start,end"
    assert out.rstrip().endswith("quotes.csv")


# --- timeline.py ---------------------------------------------------------------------------------


def test_timeline_writes_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    chart = tmp_path / "timeline.png"
    out = run("timeline.py", chart, KHARKIV, "--published", "2025-10-12").stdout
    found, drawn = map(int, re.findall(r"^(\d+) dates found, (\d+) placed", out, re.M)[0])
    doc = geoevents.extract(KHARKIV.read_text(encoding="utf-8"), published="2025-10-12")
    assert found == len(doc.dates)
    assert drawn <= found
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert out.splitlines()[-1] == f"wrote {chart}"


def test_timeline_defaults_to_a_temporary_folder() -> None:
    pytest.importorskip("matplotlib")
    out = run("timeline.py").stdout
    written = Path(out.splitlines()[-1].removeprefix("wrote "))
    try:
        assert written.name == "timeline.png"
        assert written.read_bytes().startswith(b"\x89PNG")
    finally:
        written.unlink()
        written.parent.rmdir()


PERIODS = [
    ("a day", "2025-10-12", ("2025-10-12", "2025-10-12")),
    ("a time is its day", "2025-10-12T04:00", ("2025-10-12", "2025-10-12")),
    ("a week runs Monday to Sunday", "2025-W41", ("2025-10-06", "2025-10-12")),
    ("a month", "2025-02", ("2025-02-01", "2025-02-28")),
    ("a leap February", "2024-02", ("2024-02-01", "2024-02-29")),
    ("December ends the year", "2025-12", ("2025-12-01", "2025-12-31")),
    ("a quarter", "2025-Q4", ("2025-10-01", "2025-12-31")),
    ("a year", "2025", ("2025-01-01", "2025-12-31")),
    ("a season is not drawn", "2025-SU", None),
    ("a duration is not drawn", "P3Y", None),
    ("a reference is not drawn", "PAST_REF", None),
    ("unresolved", None, None),
]


@pytest.mark.parametrize(("why", "value", "days"), PERIODS, ids=[c[0] for c in PERIODS])
def test_timeline_periods(why: str, value: str | None, days: tuple[str, str] | None) -> None:
    pytest.importorskip("matplotlib")
    span = import_example("timeline").period(value)
    assert (tuple(day.isoformat() for day in span) if span else None) == days


ANCHORS = [("START", "2025-01-01"), ("END", "2025-12-31"), (None, "2025-07-02")]


@pytest.mark.parametrize(("mod", "day"), ANCHORS)
def test_timeline_marks_the_day_mod_points_to(mod: str | None, day: str) -> None:
    pytest.importorskip("matplotlib")
    timeline = import_example("timeline")
    assert timeline.anchor(*timeline.period("2025"), mod).isoformat() == day
