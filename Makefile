# The README's two commands: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test build lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-install only when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed-run

build: $(VENV)/.installed-run
	$(BIN)/python -m loaders build

# Run locally: the dashboard may save added documents into data/documents (off when hosted).
run: build
	TIERWATCH_ALLOW_SAVE=1 $(BIN)/streamlit run dashboard.py

# Two pytest workers, one per core: each loads the spaCy pipeline once. --dist loadfile keeps a
# module on one worker, so a module's fixtures (the devset's extraction, the browser test's
# server) are made once, and a test module's files are written by one process only.
PYTEST_XDIST ?= -n 2 --dist loadfile

test: $(VENV)/.installed-test
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_XDIST) $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.installed-test
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/build_speed.py
	$(BIN)/python bench/dashboard_load.py
	$(BIN)/python bench/dashboard_start.py

clean:
	rm -rf data/build .pytest_cache
