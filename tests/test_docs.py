"""The docs are part of the product: these tests keep them true to the code.

The examples in the pages themselves are run by the Sphinx doctest builder (``make docs``); here
we check what it cannot: that every hook, option, setting and environment variable is documented,
that the shell sessions shown print what the real command prints, and that real output matches
the committed JSON Schema.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import geoevents
from geoevents import model
from geoevents.cli import build_parser
from geoevents.manager import BUNDLED_PLUGINS, PluginManager
from geoevents.testing import assert_valid_mentions, plugin_pipeline

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SRC = ROOT / "src" / "geoevents"
EXAMPLES = ROOT / "examples"
SCHEMA_PATH = DOCS / "reference" / "schema" / "document-v1.schema.json"
PAGES = sorted(path for path in DOCS.rglob("*.md") if "_build" not in path.parts)
BUNDLED_NAMES = {module.rsplit(".", 1)[-1] for module in BUNDLED_PLUGINS}


def page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def relative(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


@attrs.frozen
class Fence:
    """A fenced code block of a Markdown page."""

    page: str
    line: int
    info: str
    body: str


_FENCE = re.compile(
    r"^(?P<indent> *)(?P<ticks>```+)(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=ticks)[ \t]*$",
    re.M | re.S,
)


def fences(path: Path) -> Iterator[Fence]:
    text = path.read_text(encoding="utf-8")
    for match in _FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        body = (
            textwrap.dedent(match["indent"] + match["body"]) if match["indent"] else match["body"]
        )
        yield Fence(relative(path), line, match["info"].strip(), body)


# --- hooks -------------------------------------------------------------------------------------


def test_plugin_hooks_are_documented() -> None:
    """Each hook has a section of docs/reference/hooks.md generated from its docstring."""
    hooks_page = page("reference/hooks.md")
    headings = set(re.findall(r"^### (geoevents_\w+)$", hooks_page, re.M))
    generated = set(re.findall(r"autofunction:: geoevents\.hookspecs\.(geoevents_\w+)", hooks_page))
    hooks = set(PluginManager.hook_names())
    assert hooks - headings == set(), "add a section to docs/reference/hooks.md for these hooks"
    assert hooks - generated == set(), "add an autofunction directive for these hooks"
    assert headings - hooks == set(), "docs/reference/hooks.md documents hooks that do not exist"


def test_hookspecs_link_to_an_existing_page() -> None:
    docstring = geoevents.hookspecs.__doc__ or ""
    for target in re.findall(r":doc:`(/[\w/-]+)`", docstring):
        assert (DOCS / f"{target.lstrip('/')}.md").is_file(), target


# --- code blocks -------------------------------------------------------------------------------

UNTESTED_PYTHON = {"python", "py", "python3", "pycon", "pytb"}


@pytest.mark.parametrize("path", PAGES, ids=relative)
def test_python_blocks_are_run_by_the_doctest_builder(path: Path) -> None:
    """Python on a page is a {doctest} or {testcode} block, or included from a tested file."""
    untested = [f"line {f.line}" for f in fences(path) if f.info in UNTESTED_PYTHON]
    assert untested == [], "use {doctest} or {testcode} (or {literalinclude} a tested file)"


# --- shell sessions ----------------------------------------------------------------------------


@attrs.frozen
class Command:
    """A ``$ command`` of a ``console`` block, with the output shown under it."""

    fence: Fence
    command: str
    output: str

    @property
    def id(self) -> str:
        return f"{self.fence.page}:{self.fence.line}: {self.command}"


def commands(fence: Fence) -> Iterator[Command]:
    command: str | None = None
    output: list[str] = []
    for line in [*fence.body.splitlines(), "$ "]:
        if line.startswith("$ "):
            if command and output:
                yield Command(fence, command, "\n".join(output) + "\n")
            command, output = line[2:], []
        else:
            output.append(line)


def _article_directory(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLES / "articles" / "kharkiv-strike.txt", tmp_path / "article.txt")
    return tmp_path


# Where each page's commands run: from the repository root, unless the page works elsewhere.
WORKING_DIRECTORY: dict[str, Callable[[Path], Path]] = {
    "tutorials/extract.md": _article_directory,
    "tutorials/first-plugin.md": lambda _tmp: EXAMPLES / "geoevents-example-plugin",
}

SESSIONS = [
    command
    for path in PAGES
    for fence in fences(path)
    if fence.info == "console"
    for command in commands(fence)
]


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOEVENTS_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "100"  # argparse wraps --help to the terminal's width
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.mark.parametrize("session", SESSIONS, ids=lambda s: s.id)
def test_shell_sessions_print_what_the_docs_show(session: Command, tmp_path: Path) -> None:
    """Each ``$ command`` shown with its output prints that output ("..." matches anything)."""
    prepare = WORKING_DIRECTORY.get(session.fence.page)
    directory = prepare(tmp_path) if prepare else ROOT
    result = subprocess.run(
        ["bash", "-c", session.command],
        cwd=directory,
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    shown = _normalized(result.stdout)
    if not output_pattern(session.output).fullmatch(shown):
        pytest.fail(
            f"$ {session.command}\nexpected:\n{session.output}\ngot:\n{shown}", pytrace=False
        )


def _normalized(output: str) -> str:
    return "".join(line.rstrip() + "\n" for line in output.rstrip().splitlines())


def output_pattern(expected: str) -> re.Pattern[str]:
    """A pattern for shown output: "..." matches anything, and a line of "..." any lines."""
    parts = []
    for line in expected.rstrip().splitlines():
        if line.strip() == "...":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            pieces = line.rstrip().split("...")
            parts.append(".*?".join(re.escape(piece) for piece in pieces) + "\n")
    return re.compile("".join(parts), re.S)


OUTPUT_PATTERNS = [
    ("exact", "a\nb\n", "a\nb\n", True),
    ("trailing spaces", "a  \n", "a\n", True),
    ("inline", "geoevents ...\n", "geoevents 0.1\n", True),
    ("inline across lines", '"quantities": [...],\n', '"quantities": [\n  1\n],\n', True),
    ("a line of ... matches no line", "[\n  ...\n  {\n", "[\n  {\n", True),
    ("a line of ... matches lines", "[\n...\n]\n", "[\n1,\n2\n]\n", True),
    ("different", "a\n", "b\n", False),
    ("missing line", "a\nb\n", "a\n", False),
    ("blank lines at the end", "a\n", "a\n\n", True),
]


@pytest.mark.parametrize(
    ("why", "expected", "output", "matches"), OUTPUT_PATTERNS, ids=[c[0] for c in OUTPUT_PATTERNS]
)
def test_output_pattern(why: str, expected: str, output: str, matches: bool) -> None:
    assert bool(output_pattern(expected).fullmatch(_normalized(output))) is matches


def test_some_shell_sessions_are_checked() -> None:
    assert any(s.fence.page == "reference/cli.md" for s in SESSIONS)


# --- the command line reference ---------------------------------------------------------------


def _cli_options() -> Iterator[str]:
    parser = build_parser()
    parsers = [parser]
    for action in parser._actions:
        if action.choices and isinstance(action.choices, dict):
            parsers.extend(action.choices.values())
    for each in parsers:
        for action in each._actions:
            long_names = [o for o in action.option_strings if o.startswith("--")]
            if long_names and long_names[0] != "--help":
                yield long_names[0]


@pytest.mark.parametrize("option", sorted(set(_cli_options())))
def test_cli_options_are_documented(option: str) -> None:
    assert f"\n`{option}" in page("reference/cli.md")


def test_cli_commands_are_documented() -> None:
    parser = build_parser()
    (choices,) = [a.choices for a in parser._actions if isinstance(a.choices, dict)]
    for command in choices:
        assert f"## `geoevents {command}`" in page("reference/cli.md")


# --- settings and environment variables --------------------------------------------------------


def _source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SRC.rglob("*.py")))


def _documented_settings() -> set[str]:
    settings_page = page("reference/settings.md")
    section = settings_page.split("### Settings of the bundled plugins", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^`([\w.]+)`$", section, re.M))


def _settings_read() -> set[str]:
    """The names passed to ``context.setting(...)``, as strings or as module constants."""
    source = _source()
    constants = dict(re.findall(r"^([A-Z_]+) = [\"']([\w.]+)[\"']$", source, re.M))
    names = set()
    for argument in re.findall(r"\.setting\(\s*([A-Z_]+|[\"'][\w.]+[\"'])", source):
        names.add(constants.get(argument, argument.strip("\"'")))
    return names


def test_settings_read_by_the_bundled_plugins_are_documented() -> None:
    read = _settings_read()
    assert "dates.day_first" in read or "dates" not in BUNDLED_NAMES
    assert read - _documented_settings() == set(), "add them to docs/reference/settings.md"


def test_documented_settings_are_read() -> None:
    read = _settings_read()
    landed = {s for s in _documented_settings() if s.split(".")[0] in BUNDLED_NAMES}
    assert landed - read == set(), "docs/reference/settings.md lists settings no plugin reads"


def test_environment_variables_are_documented() -> None:
    variables = set(re.findall(r"\bGEOEVENTS_[A-Z_]+\b", _source()))
    assert variables, "the plugin manager reads GEOEVENTS_* variables"
    documented = set(re.findall(r"^`(GEOEVENTS_[A-Z_]+)=", page("reference/settings.md"), re.M))
    assert variables - documented == set()


# --- the output contract: JSON Schema ---------------------------------------------------------


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def validate(schema: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    def check(document: dict[str, Any]) -> None:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
        assert errors == []

    return check


def every_field_document() -> geoevents.Document:
    """A document with a value in every field of the contract, as a plugin would build it."""
    text = (
        "“We will rebuild,” said Mayor Petro Savchuk. "
        "Russia fired 40 missiles at Kharkiv on Sunday."
    )
    start = text.index
    return geoevents.Document(
        text=text,
        published=geoevents.pipeline.parse_published("2025-10-13"),
        id="every-field",
        mentions={
            "quantities": [
                geoevents.Quantity(
                    start=start("40"), end=start("40") + 2, text="40", plugin="quantities",
                    value=40, low=40, high=40, qualifier="exact", unit=None, item="missiles",
                    item_start=start("missiles"), item_end=start("missiles") + 8, kind="count",
                    role=None,
                )
            ],
            "quotes": [
                geoevents.Quote(
                    start=1, end=16, text="We will rebuild", plugin="quotes",
                    speaker="Petro Savchuk", speaker_start=start("Mayor"),
                    speaker_end=start("Mayor") + 19, cue="said", kind="direct",
                )
            ],
            "dates": [
                geoevents.TimeExpression(
                    start=start("Sunday"), end=start("Sunday") + 6, text="Sunday",
                    plugin="dates", value="2025-10-12", granularity="day", mod="END", kind="date",
                    part_of_day=None,
                )
            ],
            "actors": [
                geoevents.Actor(
                    start=start("Russia"), end=start("Russia") + 6, text="Russia",
                    plugin="actors", name="Russia", kind="country", country="RUS", role=None,
                )
            ],
            "locations": [
                geoevents.Location(
                    start=start("Kharkiv"), end=start("Kharkiv") + 7, text="Kharkiv",
                    plugin="locations", name="Kharkiv", country="UKR", lat=49.99, lon=36.23,
                    feature="city", geonameid=706483,
                )
            ],
        },
        events=[
            geoevents.Event(
                type="ASSAULT", mode="missile",
                trigger=geoevents.Anchor(
                    start=start("fired"), end=start("fired") + 5, text="fired"
                ),
                sentence=geoevents.Span(start=start("Russia"), end=len(text)),
                actor=[geoevents.Participant(name="Russia", country="RUS", kind="country",
                                             start=start("Russia"), end=start("Russia") + 6)],
                recipient=[geoevents.Participant(name="Ukraine", country="UKR", kind="country")],
                location=geoevents.Place(name="Kharkiv", country="UKR", lat=49.99, lon=36.23),
                date="2025-10-12", quantities=[0], dead=0, injured=3, plugin="events",
            )
        ],
        errors=[
            geoevents.PluginError(
                plugin="broken", phase="extract_mentions", type="RuntimeError", message="boom"
            )
        ],
    )  # fmt: skip


def test_a_document_with_every_field_matches_the_schema(
    validate: Callable[[dict[str, Any]], None],
) -> None:
    document = every_field_document()
    assert_valid_mentions(document)
    validate(document.to_dict())


def test_real_output_matches_the_schema(validate: Callable[[dict[str, Any]], None]) -> None:
    text = (EXAMPLES / "articles" / "kharkiv-strike.txt").read_text(encoding="utf-8")
    validate(geoevents.Pipeline().extract(text, published="2025-10-12", id="kharkiv").to_dict())
    lines = (EXAMPLES / "articles" / "briefs.jsonl").read_text(encoding="utf-8").splitlines()
    for document in geoevents.Pipeline().extract_many(json.loads(line) for line in lines):
        validate(document.to_dict())


def test_a_plugin_layer_matches_the_schema(validate: Callable[[dict[str, Any]], None]) -> None:
    weapons = pytest.importorskip("geoevents_weapons")
    pipeline = plugin_pipeline(weapons)
    document = pipeline.extract("Kyiv asked for more Patriot systems and F-16s.")
    assert document.to_dict()["weapons"]
    validate(document.to_dict())


def test_the_schema_rejects_a_broken_document(schema: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = every_field_document().to_dict()
    document["quantities"][0]["qualifier"] = "roughly"
    del document["quotes"][0]["plugin"]
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    assert len(errors) == 2


def _properties(definition: dict[str, Any]) -> set[str]:
    return set(definition["properties"])


def _fields(cls: type[Any]) -> set[str]:
    return {field.name for field in attrs.fields(cls)}


MENTION_DEFINITIONS = [
    ("quantity", model.Quantity),
    ("quote", model.Quote),
    ("date", model.TimeExpression),
    ("actor", model.Actor),
    ("location", model.Location),
]


@pytest.mark.parametrize(
    ("name", "cls"), MENTION_DEFINITIONS, ids=[d[0] for d in MENTION_DEFINITIONS]
)
def test_the_schema_lists_every_field_of_each_mention_type(
    schema: dict[str, Any], name: str, cls: type[Any]
) -> None:
    defs = schema["$defs"]
    listed = _properties(defs[name]) | _properties(defs["mention"])
    assert listed == _fields(cls), f"update $defs/{name} in {SCHEMA_PATH.relative_to(ROOT)}"
    assert schema["properties"][cls.layer]["items"] == {"$ref": f"#/$defs/{name}"}


def test_the_schema_lists_every_field_of_events_and_errors(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    event = defs["event"]["properties"]
    assert _properties(defs["event"]) == _fields(model.Event)
    assert _properties(event["trigger"]) == _fields(model.Anchor)
    assert _properties(event["sentence"]) == _fields(model.Span)
    assert _properties(event["location"]["oneOf"][1]) == _fields(model.Place)
    assert _properties(defs["participant"]) == _fields(model.Participant)
    assert _properties(defs["error"]) == _fields(model.PluginError)
    assert _properties(defs["mention"]) == _fields(model.Mention)


def test_the_schema_version_is_the_libraries(schema: dict[str, Any]) -> None:
    assert schema["properties"]["schema_version"] == {
        "const": geoevents.SCHEMA_VERSION,
        "description": "The version of this contract.",
    }
    assert f"v{geoevents.SCHEMA_VERSION}" in SCHEMA_PATH.name


# --- links from the README ---------------------------------------------------------------------

# Pages that other work adds; the README links to them ahead of time.
PENDING_PAGES = {"docs/explanation/accuracy.md", "docs/explanation/performance.md"}


def test_the_readme_links_to_existing_pages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = set(re.findall(r"\]\((docs/[^)#]+)", readme))
    assert links
    missing = {link for link in links if not (ROOT / link).is_file()}
    assert missing - PENDING_PAGES == set()
