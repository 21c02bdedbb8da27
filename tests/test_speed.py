"""The helpers of ``make bench``: texts, inputs, tables, the peer runner. Nothing is timed here."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import benchmarks.common
import benchmarks.peers_runner
import benchmarks.speed
import pytest
from benchmarks.speed import Table, growth_base, pathological_inputs, synthetic_corpus


def test_synthetic_corpus_is_reproducible_and_dated() -> None:
    first, second = synthetic_corpus(5), synthetic_corpus(5)
    assert first == second
    assert all(doc.text and doc.published for doc in first)
    dt.date.fromisoformat(str(first[0].published))


def test_texts_fall_back_to_the_synthetic_corpus(tmp_path: Path) -> None:
    texts, source = benchmarks.speed.load_texts(tmp_path)
    assert texts == synthetic_corpus()
    assert "synthetic" in source


def test_texts_come_from_wikinews_when_present(tmp_path: Path) -> None:
    corpus = tmp_path / "shared" / "corpus"
    corpus.mkdir(parents=True)
    record = {"text": "Officials met on Friday.", "published": "2025-03-14"}
    (corpus / "wikinews.jsonl").write_text(json.dumps(record) + "\n")
    texts, source = benchmarks.speed.load_texts(tmp_path / "shared")
    assert [(t.text, t.published) for t in texts] == [(record["text"], record["published"])]
    assert "1 Wikinews" in source


@pytest.mark.parametrize(
    ("label", "size"),
    [
        ("1M digits", 1_000_000),
        ("100k commas", 100_000),
        ("100k quote marks", 100_000),
        ("100k full stops", 100_000),
        ("100k dotted acronyms", 500_000),
        ("100k curly quotes", 400_000),
        ("1 MB without punctuation", 1_000_000),
    ],
)
def test_pathological_inputs_have_their_sizes(label: str, size: int) -> None:
    build = pathological_inputs(1.0)[label]
    assert len(build(1.0)) == size
    assert len(build(0.1)) == size // 10
    assert "\n" not in build(0.1)


def test_the_line_without_punctuation_has_none() -> None:
    text = pathological_inputs(0.01)["1 MB without punctuation"](1.0)
    assert text.replace(" ", "").isalpha()


def test_growth_base_joins_whole_documents() -> None:
    docs = synthetic_corpus(10)
    base = growth_base(docs, 1000)
    assert len(base) >= 1000
    assert base.startswith(docs[0].text)


def test_table_renders_text_and_markdown() -> None:
    table = Table("Speed", ["plugin", "chars/s"])
    table.add("dates", "1.2 M")
    assert table.text() == ["Speed", "  plugin  chars/s", "  dates     1.2 M"]
    assert table.markdown()[2:4] == ["| plugin | chars/s |", "|---|---|"]


def test_write_docs_replaces_only_the_generated_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "performance.md"
    begin, end = benchmarks.speed.BEGIN, benchmarks.common.END
    page.write_text(f"# Performance\n\n{begin}\nold\n{end}\n")
    monkeypatch.setattr(benchmarks.speed, "DOCS_PAGE", page)
    benchmarks.speed.write_docs(["new", ""])
    assert page.read_text() == f"# Performance\n\n{begin}\nnew\n{end}\n"


def fake_loader() -> benchmarks.peers_runner.Extractor:
    def run(text: str, _published: dt.datetime | None) -> object:
        if "boom" in text:
            raise ValueError("unbalanced")
        return text.split()

    return run


def test_peer_runner_counts_failed_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(benchmarks.peers_runner.PEERS, "fake", ("pytest", fake_loader))
    docs = [("one two", None), ("boom", None)]
    result = benchmarks.peers_runner.measure("fake", docs, repeat=2, budget=60)
    assert result["ok"]
    assert len(result["times"]) == 2
    assert result["failed_documents"] == 1
    assert result["characters"] == 11


def test_peer_runner_reports_a_missing_peer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(benchmarks.peers_runner.PEERS, "absent", ("no-such-dist-x", fake_loader))
    result = benchmarks.peers_runner.measure("absent", [], repeat=1, budget=1)
    assert not result["ok"]
    assert "not installed" in result["error"]
