# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
# Both create .venv and install everything (torch first: its CPU build lies on disk here;
# an unpinned torch would pull a multi-GB CUDA build).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Point Stanza at the project's small offline models when nothing else is set.
SHARED_MODELS := $(abspath ../shared/stanza-en-mini)
ifeq ($(origin STANZA_RESOURCES_DIR), undefined)
ifneq ($(wildcard $(SHARED_MODELS)/resources.json),)
export STANZA_RESOURCES_DIR := $(SHARED_MODELS)
endif
endif

.PHONY: install demo test lint format schema bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p reports
	$(BIN)/auditor audit seeds/ --out reports/seeds-audit.xlsx --json reports/seeds-audit.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check auditor tests benchmarks
	$(BIN)/ruff format --check auditor tests benchmarks
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format auditor tests benchmarks
	$(BIN)/ruff check --fix auditor tests benchmarks

schema: $(STAMP)
	$(BIN)/auditor schema

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_audit.py
	$(BIN)/python benchmarks/bench_provenance.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
