# Every target sets up what it needs: a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
EXAMPLE_PLUGIN := examples/geoevents-example-plugin
FUZZ_RUNS ?= 10000

.DEFAULT_GOAL := help
.PHONY: help demo test lint typecheck unit docs fuzz package eval bench clean

help:  ## List the targets.
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"

$(VENV)/.stamp-runtime: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.stamp-dev: pyproject.toml $(EXAMPLE_PLUGIN)/pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e . --group dev -e $(EXAMPLE_PLUGIN)
	@touch $@

demo: $(VENV)/.stamp-runtime  ## Install, then extract everything from an example article.
	$(BIN)/geoevents extract examples/articles/kharkiv-strike.txt --published 2025-10-12

lint: $(VENV)/.stamp-dev  ## ruff lint and format check; the layers of the design (import-linter).
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: $(VENV)/.stamp-dev  ## mypy --strict over src, tests, benchmarks and examples.
	$(BIN)/mypy

unit: $(VENV)/.stamp-dev  ## The test suite.
	$(BIN)/pytest -q

docs: $(VENV)/.stamp-dev  ## Build the docs, warnings as errors, and run their doctests.
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html
	$(BIN)/sphinx-build -W --keep-going -q -b doctest docs docs/_build/doctest

fuzz: $(VENV)/.stamp-dev  ## A bounded run of the pipeline's fuzz target (atheris); FUZZ_RUNS=N.
	rm -rf .fuzz-new && mkdir .fuzz-new
	$(PY) -m fuzz.pipeline_fuzz .fuzz-new fuzz/corpus -runs=$(FUZZ_RUNS) -seed=1

package: $(VENV)/.stamp-dev  ## Build the sdist and wheel, twine-check them, run the wheel in a fresh venv.
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*
	$(PY) tools/check_package.py dist

test: lint typecheck unit docs fuzz package  ## Install, then lint, type-check, test, build the docs, fuzz, package.

eval: $(VENV)/.stamp-dev  ## Accuracy per layer against the gold corpora in ../shared.
	$(PY) benchmarks/evaluate.py $(EVAL_ARGS)
	@status=0; for suite in benchmarks/suites/*.py; do \
		[ -e "$$suite" ] || continue; \
		echo; echo "== $$suite"; $(PY) "$$suite" || status=1; \
	done; exit $$status

bench: $(VENV)/.stamp-dev  ## Throughput against peer tools (installs them in .venv-bench); scale.
	$(PY) benchmarks/speed.py $(BENCH_ARGS)
	$(PY) benchmarks/scale.py $(SCALE_ARGS)

clean:  ## Remove the virtual environments and build output.
	rm -rf $(VENV) .venv-bench docs/_build build dist .mypy_cache .ruff_cache .pytest_cache .fuzz-new
