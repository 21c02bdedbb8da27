"""Sphinx configuration: MyST Markdown pages, API reference from docstrings, doctested examples."""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# The docs describe the checkout they live in, even when an older geoevents is installed.
sys.path.insert(0, str(ROOT / "src"))

import geoevents  # noqa: E402  (after the path is set)

project = "geoevents"
author = "The geoevents developers"
copyright = "the geoevents developers"
release = geoevents.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
root_doc = "index"

# MyST: ::: fences for directives that hold Markdown, definition lists for glossaries,
# and anchors on headings so that pages can link to sections.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc: members in source order, as they are grouped there; types in the descriptions.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented"

# Type hints link by fuzzy search, and without intersphinx the builtin `type` (in
# `type[Mention]`) matches the `type` fields of Event and PluginError: ambiguous, not wrong.
suppress_warnings = ["ref.python"]

# Every example in the docs is run by `make docs` (the doctest builder). The pages that read
# files work in a scratch directory their hidden setup block prepares; EXAMPLES points at ours.
# Blocks whose output comes from a bundled plugin say `:skipif: lacks("quotes")`, so that the
# docs build before that plugin lands; once it has, its output is checked like any other.
doctest_global_setup = f"""
import geoevents
from pathlib import Path
EXAMPLES = Path({str(ROOT / "examples")!r})
LOADED = frozenset(geoevents.Pipeline().plugins)
def lacks(*plugins):
    return not LOADED.issuperset(plugins)
"""
# The ">>>" examples of docstrings shown by autodoc are run by pytest (--doctest-modules), in
# their module's namespace; here only the pages' own blocks run.
doctest_test_doctest_blocks = ""

# Offline: no intersphinx, no remote images.
html_theme = "furo"
html_title = f"geoevents {release}"
html_static_path: list[str] = []
html_extra_path = ["reference/schema"]  # the JSON Schema files, published as they are
