# `make demo` builds the sample corpus's graph into outputs/; `make test` runs the tests.
# Both create .venv when it is missing and are safe to run again.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install dev train bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/kg build data/sample -o outputs/

test: dev
	$(BIN)/python -m pytest -q

# Retrains the shipped NER model from ../shared/data/scirex (pipelines/ner/README.md).
train: dev
	cd pipelines/ner && $(abspath $(BIN)/python) -m spacy project run all

# Benchmarks print ratios against baselines measured in the same run (shared, noisy machines).
bench: dev
	$(BIN)/python pipelines/bench_extract.py --abstracts 20000
	$(BIN)/python -m pipelines.bench_graph --sizes 10000 100000
	$(BIN)/python pipelines/bench_sparql.py

clean:
	rm -rf $(VENV) build *.egg-info
