# `make demo` builds the sample corpus's graph into outputs/; `make test` runs lint and the tests.
# Both create .venv when it is missing and are safe to run again. Dependencies are installed at
# the versions pinned in constraints.txt, so a new release upstream changes nothing until a
# commit moves the pin (`make lock` rewrites it from a fresh resolution).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip install --quiet --constraint constraints.txt

.PHONY: demo test test-thorough lint install dev train train-indomain bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/kg build data/sample -o outputs/

lint: dev
	$(BIN)/ruff check kg tests pipelines
	$(BIN)/ruff format --check kg tests pipelines
	$(BIN)/mypy

# The quick hypothesis profile (a few hundred examples per fuzz target), without the tests
# marked slow; `make test-thorough` runs those and the fuzz tests with many more examples.
test: lint
	$(BIN)/python -m pytest -q -m "not slow"

test-thorough: dev
	HYPOTHESIS_PROFILE=thorough $(BIN)/python -m pytest -q -m "fuzz or slow" tests

# Retrains the shipped NER model from ../shared/data/scirex (pipelines/ner/README.md).
train: dev
	cd pipelines/ner && $(abspath $(BIN)/python) -m spacy project run all

# Retrains the NER model of `--model in-domain` (kg/data/ner_indomain): SciREX and the in-domain annotation.
train-indomain: dev
	cd pipelines/ner && $(abspath $(BIN)/python) -m spacy project run indomain

# Benchmarks print ratios against baselines measured in the same run (shared, noisy machines).
bench: dev
	$(BIN)/python pipelines/bench_extract.py --abstracts 20000
	$(BIN)/python -m pipelines.bench_graph --sizes 10000 100000
	$(BIN)/python pipelines/bench_sparql.py

# Re-resolve every dependency at its newest allowed version and pin the result.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip && .lock-venv/bin/pip install --quiet -e '.[dev]'
	( echo "# Pinned by 'make lock' on $$(date -u +%F); the versions CI and 'make demo' install."; \
	  .lock-venv/bin/pip freeze --exclude-editable | grep -v '^-e ' ) > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist *.egg-info
