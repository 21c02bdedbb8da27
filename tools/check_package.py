"""Check the built sdist and wheel as a user receives them (``make package``).

Usage: ``python tools/check_package.py dist``. It checks that:

* the wheel holds every file of the ``geoevents`` package in ``src/`` (modules, the data files
  of ``geoevents/data``, the JSON Schema, ``py.typed``), and the sdist what a packager needs to
  rebuild and test it (sources, tests, docs, examples, benchmarks, licences, changelog);
* the wheel installs in a fresh virtual environment, imports from there and not from the
  source tree, and its ``geoevents extract`` finds something in every bundled layer of one of
  our example articles.

It exits with status 1 and a line per problem when any check fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "geoevents"
ARTICLE = ROOT / "examples" / "articles" / "kharkiv-strike.txt"
LAYERS = ("quantities", "quotes", "dates", "actors", "locations", "events")
SDIST_NEEDS = (
    "pyproject.toml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "NOTICE",
    "Makefile",
    "src/geoevents/__init__.py",
    "tests/conftest.py",
    "docs/index.md",
    "examples/articles/kharkiv-strike.txt",
    "benchmarks/scoring.py",
)


def package_files() -> set[str]:
    """The files of the package as a wheel holds them (``geoevents/...``)."""
    return {
        "geoevents/" + path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def check_wheel(wheel: Path) -> list[str]:
    """Problems with the wheel's contents."""
    with zipfile.ZipFile(wheel) as archive:
        held = set(archive.namelist())
    return [f"{wheel.name} lacks {name}" for name in sorted(package_files() - held)]


def check_sdist(sdist: Path) -> list[str]:
    """Problems with the sdist's contents."""
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    top = names[0].split("/", 1)[0]
    held = {name.split("/", 1)[1] for name in names if "/" in name}
    problems = [f"{sdist.name} lacks {name}" for name in SDIST_NEEDS if name not in held]
    data = {"src/" + name for name in package_files() if "/data/" in name}
    problems += [f"{sdist.name} lacks {name}" for name in sorted(data - held)]
    if not top.startswith("geoevents-"):
        problems.append(f"{sdist.name} unpacks into {top!r}, not geoevents-<version>")
    return problems


def check_install(wheel: Path) -> list[str]:
    """Problems installing the wheel in a fresh environment and running its command."""
    with tempfile.TemporaryDirectory(prefix="geoevents-package-") as scratch:
        home = Path(scratch)
        environment = home / "venv"
        venv.create(environment, with_pip=True)
        binaries = environment / ("Scripts" if os.name == "nt" else "bin")
        python = binaries / "python"
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env["GEOEVENTS_CACHE_DIR"] = str(home / "cache")
        env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
            check=True,
            cwd=home,
            env=env,
        )
        where = subprocess.run(
            [str(python), "-c", "import geoevents; print(geoevents.__file__)"],
            check=True,
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
        ).stdout.strip()
        problems = []
        if not Path(where).is_relative_to(environment):
            problems.append(f"the installed geoevents is imported from {where}, not the venv")
        result = subprocess.run(
            [str(binaries / "geoevents"), "extract", str(ARTICLE), "--published", "2025-10-12"],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            return [*problems, f"geoevents extract failed: {result.stderr.strip()}"]
        document = json.loads(result.stdout)
        problems += [
            f"geoevents extract from the wheel found no {layer}"
            for layer in LAYERS
            if not document.get(layer)
        ]
        problems += [f"a plugin failed: {error}" for error in document.get("errors", [])]
        return problems


def main(argv: list[str]) -> int:
    """Check the one wheel and one sdist in the folder ``argv[0]``."""
    dist = Path(argv[0] if argv else "dist").resolve()
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {dist}, found {wheels + sdists}")
        return 1
    problems = check_wheel(wheels[0]) + check_sdist(sdists[0]) + check_install(wheels[0])
    for problem in problems:
        print(f"package: {problem}")
    if not problems:
        print(f"package: {wheels[0].name} and {sdists[0].name} hold what they must; the wheel runs")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
