"""geoevents.dask on a real two-process local cluster: the same documents as extract_many."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("distributed")  # a guard only: the dev group installs it, CI runs this

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import geoevents
from geoevents.dask import extract_bag, extract_dataframe, pipelines_built
from geoevents.exports import columns, mention_rows

# Our own short sentences: counts, money, dates, quotes, places, a few with nothing to find.
SENTENCES = [
    "Firefighters rescued 14 people from a flooded village near Porto on Tuesday.",
    "“We need more boats,” the mayor, Rui Costa, told reporters.",
    "The council approved a €3.2m repair fund last week.",
    "Nothing happened here.",
    "At least 6 miners were trapped after a tunnel collapsed in Chile on Friday.",
    "Prices rose by 4% in March, the statistics office said.",
    "Two ferries carrying 300 passengers docked in Piraeus overnight.",
    "Police arrested 9 protesters outside parliament in Oslo on Sunday.",
    "The report, published on 2 May 2025, counted 1,200 new homes.",
    "Aid groups delivered 40 tonnes of food to Khartoum.",
    "The minister said talks would resume next Monday.",
    "A storm cut power to about 80,000 homes in Brittany.",
]
RECORDS: list[dict[str, Any]] = [
    {"id": f"r{number}", "text": text, "published": f"2025-06-{number + 1:02d}"}
    for number, text in enumerate(SENTENCES)
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_port=0,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def documents(records: list[Any]) -> list[geoevents.Document]:
    return list(geoevents.Pipeline().extract_many(records, processes=1))


def expected(records: list[Any]) -> list[dict[str, Any]]:
    return [document.to_dict() for document in documents(records)]


def test_bag_gives_extract_many_documents_in_order(client: Client) -> None:
    bag = db.from_sequence(RECORDS, npartitions=4)
    assert extract_bag(bag).compute() == expected(RECORDS)


def test_bag_of_texts_takes_the_default_published_date(client: Client) -> None:
    bag = db.from_sequence(SENTENCES[:4], npartitions=2)
    records = [{"text": text, "published": "2025-06-30"} for text in SENTENCES[:4]]
    assert extract_bag(bag, published="2025-06-30").compute() == expected(records)


def test_a_record_with_its_own_date_keeps_it(client: Client) -> None:
    bag = db.from_sequence(RECORDS[:2], npartitions=1)
    documents = extract_bag(bag, published="1999-01-01").compute()
    assert [d["published"] for d in documents] == ["2025-06-01", "2025-06-02"]


def test_each_worker_builds_the_pipeline_once(client: Client) -> None:
    # a setting no other test uses, so that this pipeline is new on every worker
    plugins, settings = ["quantities", "dates"], {"dates.day_first": False}
    before = client.run(pipelines_built)
    bag = db.from_sequence(RECORDS, npartitions=12)
    extract_bag(bag, plugins=plugins, settings=settings).compute()
    # and keeps it for the next computation
    extract_bag(bag, plugins=plugins, settings=settings).compute()
    after = client.run(pipelines_built)
    built = {worker: after[worker] - before[worker] for worker in after}
    assert all(count <= 1 for count in built.values()), built
    assert sum(built.values()) >= 1, built


BAD: list[tuple[int, dict[str, Any], str]] = [
    (1, {"id": "date", "text": "Fine words.", "published": "soon"}, "ValueError"),
    (3, {"id": "no-text", "body": "Where is the text?"}, "ValueError"),
    (4, {"id": "number", "text": 42}, "TypeError"),
]


def with_bad_records() -> list[Any]:
    records: list[Any] = list(RECORDS[:4])
    for position, record, _ in BAD:
        records.insert(position, record)
    return records


def test_a_bad_record_becomes_an_error_record_and_the_rest_survive(client: Client) -> None:
    records = with_bad_records()
    results = extract_bag(db.from_sequence(records, npartitions=2)).compute()
    assert len(results) == len(records)
    for position, record, kind in BAD:
        result = results[position]
        assert isinstance(result, dict)
        assert result["id"] == record["id"]
        assert result["error"]["type"] == kind
    good = [r for r in results if "error" not in r]
    assert good == expected(RECORDS[:4])


def test_errors_ignore_skips_bad_records(client: Client) -> None:
    records = with_bad_records()
    results = extract_bag(db.from_sequence(records, npartitions=2), errors="ignore").compute()
    assert results == expected(RECORDS[:4])


def test_errors_raise_fails_the_computation(client: Client) -> None:
    bag = db.from_sequence([RECORDS[0], BAD[0][1]], npartitions=1)
    with pytest.raises(ValueError, match="cannot read 'soon'"):
        extract_bag(bag, errors="raise").compute()


def articles(records: list[dict[str, Any]], npartitions: int = 3) -> dd.DataFrame:
    frame: dd.DataFrame = dd.from_pandas(pd.DataFrame(records), npartitions=npartitions)
    return frame


def test_dataframe_documents_are_extract_many_documents(client: Client) -> None:
    frame = extract_dataframe(articles(RECORDS)).compute()
    assert list(frame.columns) == ["document_id", "document", "error"]
    assert [json.loads(d) for d in frame["document"]] == expected(RECORDS)
    assert list(frame["document_id"]) == [r["id"] for r in RECORDS]
    assert list(frame.index) == list(range(len(RECORDS)))
    assert frame["error"].isna().all()


@pytest.mark.parametrize("layer", ["quantities", "dates", "locations", "events"])
def test_dataframe_mentions_are_the_documents_mentions(client: Client, layer: str) -> None:
    frame = extract_dataframe(articles(RECORDS), layer=layer).compute()
    names = columns(layer)
    # as to_dataframe reads them: an event without a location has None in location_name...
    rows = [
        {name: row.get(name) for name in names}
        for document in documents(RECORDS)
        for row in mention_rows(document, layer)
    ]
    assert rows, f"the sentences should have {layer}"
    assert list(frame.columns) == [*names, "error"]
    assert frame.drop(columns="error").to_dict("records") == rows
    # each row keeps its article's index label, so it joins back onto the input
    assert list(frame.index) == [int(str(row["document_id"])[1:]) for row in rows]


def test_dataframe_meta_is_given_not_inferred(client: Client) -> None:
    lazy = extract_dataframe(articles(RECORDS), layer="quantities")
    computed = lazy.compute()
    assert list(lazy.columns) == list(computed.columns)
    assert lazy.dtypes.to_dict() == computed.dtypes.to_dict()


def test_dataframe_bad_article_gets_an_error_row(client: Client) -> None:
    records = [*RECORDS[:2], {"id": "bad", "text": "Some words.", "published": "soon"}]
    frame = extract_dataframe(articles(records, 1), layer="quantities").compute()
    errors = frame[frame["error"].notna()]
    assert list(errors["document_id"]) == ["bad"]
    assert errors["error"].iloc[0].startswith("ValueError: published: cannot read 'soon'")
    assert len(frame) - 1 == sum(len(d["quantities"]) for d in expected(records[:2]))


def test_dataframe_columns_are_optional_and_dates_may_be_empty(client: Client) -> None:
    frame = pd.DataFrame(
        {
            "body": ["Rebels freed 5 hostages on Monday.", "Rebels freed 5 hostages on Monday."],
            "day": [pd.Timestamp("2025-03-05"), pd.NaT],
        }
    )
    result = extract_dataframe(
        dd.from_pandas(frame, npartitions=1), text="body", published="day", layer="dates"
    ).compute()
    # an empty cell is no date (not an error): the undated copy's Monday stays unresolved
    assert list(result["value"]) == ["2025-03-03", None]
    assert list(result.index) == [0, 1]
    assert list(result["document_id"]) == [None, None]
    assert list(result["published"]) == ["2025-03-05", None]
    assert result["error"].isna().all()


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda df: extract_dataframe(df, layer="nothing"), ValueError, "layer must be one of"),
        (lambda df: extract_dataframe(df, text="body"), KeyError, "no column 'body'"),
        (lambda df: extract_dataframe(df, plugins=["nope"]), ValueError, "no plugin named"),
        (
            lambda df: extract_bag(db.from_sequence([]), errors="loud"),  # type: ignore[arg-type]
            ValueError,
            "errors must",
        ),
    ],
)
def test_bad_arguments_fail_before_any_work(
    call: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(articles(RECORDS[:1], 1))


def test_import_geoevents_does_not_import_dask() -> None:
    code = "import sys, geoevents; geoevents.Pipeline(); print('dask' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_without_dask_the_import_error_names_the_extra() -> None:
    code = "import sys; sys.modules['dask'] = None; import geoevents.dask"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    assert "ImportError" in result.stderr
    assert "pip install 'geoevents[dask]'" in result.stderr


# --- the examples: examples/dask_corpus.py and examples/spark_extract.py -------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_the_dask_corpus_example_writes_one_line_per_record(tmp_path: Path) -> None:
    records = [*RECORDS[:3], {"id": "bad", "text": "Words.", "published": "soon"}, RECORDS[3]]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "dask_corpus.py"), str(corpus), str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("5 records: 4 documents, 1 error records")
    written = [
        json.loads(line)
        for path in sorted(out.glob("documents-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [r["id"] for r in written] == [r["id"] for r in records]
    assert written[3]["error"]["type"] == "ValueError"
    assert [r for r in written if "error" not in r] == expected([*RECORDS[:4]])


def import_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_spark_example_maps_frames_to_documents() -> None:
    spark = import_example("spark_extract")
    bad = {"id": "bad", "text": "Words.", "published": "soon"}
    frames = [
        pd.DataFrame(RECORDS[:3]),
        pd.DataFrame([bad, {"id": "undated", "text": SENTENCES[4], "published": None}]),
    ]
    out = pd.concat(list(spark.extract(iter(frames))), ignore_index=True)
    assert list(out.columns) == ["id", "document", "error"]
    assert list(out["id"]) == ["r0", "r1", "r2", "bad", "undated"]
    undated = {"id": "undated", "text": SENTENCES[4]}
    documents = [json.loads(d) for d in out["document"] if isinstance(d, str)]
    assert documents == expected([*RECORDS[:3], undated])
    assert out["error"].iloc[3].startswith("record 0 (id 'bad'): ValueError: published")
    built = spark.pipeline()
    assert spark.pipeline() is built  # one pipeline for every frame of this worker
