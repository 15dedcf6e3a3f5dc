# make demo:  set up .venv, ingest the bundled articles, summarise, export Turtle
# make test:  set up .venv and run the whole test suite (two processes)
# make check: the inner loop: lint, then the tests not marked slow, server or browser (under a minute)
# make lint:  ruff and mypy, as CI runs them
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  := out/store

.PHONY: install demo test check lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/kg ingest --store $(STORE) data/articles
	@echo
	$(BIN)/kg stats --store $(STORE)
	@echo
	@echo "What was signed, when, where and between whom?"
	$(BIN)/kg query --store $(STORE) overview --format table
	@echo
	$(BIN)/kg export --store $(STORE) --format turtle --output out/agreements.ttl

# Two processes (this machine and CI's have two cores), a test file per process at a
# time so a module's costly fixture (a wheel, a server, an ingested store) is built once.
test: install
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

check: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/python -m pytest -q -x -n auto -m "not slow and not server and not browser"

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/extract.py

clean:
	rm -rf out .pytest_cache
