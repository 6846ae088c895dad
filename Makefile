# Quick start: `make demo`, then `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: demo test lint typecheck pytest docs bench fuzz prebuilt clean

$(BIN)/activate:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "ipprogram needs Python 3.11 or newer; set PYTHON=" or 0)'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(PY) -m pip install --quiet -e .
	@touch $@

# .installed-test, -docs, -bench, -fuzz: the package with that extra of pyproject.toml.
.PRECIOUS: $(VENV)/.installed-%
$(VENV)/.installed-%: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[$*]'
	@touch $@

## demo: print the built-in example (the 02/12/2020 Lạng Sơn conference) as text and JSON
demo: $(VENV)/.installed
	$(PY) -m ipprogram.examples

## test: lint, format check, mypy --strict, pytest with every doctest, and the docs build
test: lint typecheck docs pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests fuzz benchmarks scripts docs/examples
	$(BIN)/ruff format --check src tests fuzz benchmarks scripts docs/examples

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy src tests benchmarks scripts docs/examples

pytest: $(VENV)/.installed-test
	scripts/install-chromium
	$(BIN)/pytest -n auto

## docs: build the documentation site into docs/_build/html, warnings as errors
docs: $(VENV)/.installed-docs
	$(BIN)/sphinx-build -E -W --keep-going -q -b html docs docs/_build/html

## bench: time ipprogram against pydantic v2 and msgspec on the same records
bench: $(VENV)/.installed-icu $(VENV)/.installed-bench
	$(PY) benchmarks/run.py

# PyICU (in the bench extra) builds against ICU's headers, installed first when missing.
$(VENV)/.installed-icu: $(VENV)/.installed
	scripts/install-icu
	@touch $@

## fuzz: coverage-guided fuzzing of from_json with atheris, for FUZZ_SECONDS (default 60)
FUZZ_SECONDS ?= 60
fuzz: $(VENV)/.installed-fuzz
	$(PY) fuzz/fuzz_from_json.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 .fuzz-corpus

## prebuilt: write src/ipprogram/io/_prebuilt.py again, after a change to the record classes
prebuilt: $(VENV)/.installed
	$(PY) scripts/prebuild.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .fuzz-corpus build src/*.egg-info
