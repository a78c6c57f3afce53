# Trigger-point FAQ dataset. `make` sets everything up and rebuilds the dataset; `make help` lists targets.
.DEFAULT_GOAL := all
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RAW ?= raw
OUT ?= output
MEDQUAD ?= ../shared/medquad/MedQuAD.tar.gz
export PYTHONHASHSEED := 0

.PHONY: all help install data corpus test check-output validate benchmark lock clean fingerprint docs evaluate

all: install data ## Create .venv, install pinned dependencies, rebuild the dataset into output/

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $@

install: $(VENV)/.installed ## Create .venv and install the package with its pinned dependencies

data: install ## Rebuild every table from raw/ into output/
	$(BIN)/python -m pipeline build --raw $(RAW) --out $(OUT)

corpus: install ## Reselect the MedQuAD documents in scope into raw/medquad/ (MEDQUAD=path/to/MedQuAD.tar.gz)
	$(BIN)/python -m pipeline select --archive $(MEDQUAD) --raw $(RAW)

test: install ## Run the test suite
	$(BIN)/python -m pytest

check-output: data ## Fail when a rebuild changes the committed output/
	@git diff --exit-code --stat -- $(OUT) && test -z "$$(git status --porcelain -- $(OUT))" \
		|| { echo "output/ differs from a rebuild of raw/: run 'make' and commit output/"; exit 1; }

validate: install ## Check new source documents: make validate FILES="new/page.txt ..."
	$(BIN)/python -m pipeline validate $(FILES)

benchmark: install ## Time and measure memory of a build over a synthetic corpus
	$(BIN)/python -m pipeline benchmark

lock: ## Re-pin every dependency (after changing pyproject.toml)
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/pip install --quiet --disable-pip-version-check -e '.[test]'
	$(VENV)-lock/bin/pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock
	rm -rf $(VENV)-lock

clean: ## Remove the virtual environment and caches (not output/)
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

fingerprint: install ## Print the data fingerprint of output/ (record it in CHANGELOG.md with a new version)
	@$(BIN)/python -c "from pathlib import Path; from pipeline.publish.datapackage import fingerprint; print(fingerprint(Path('$(OUT)')))"

docs: install ## Regenerate the column tables of README.md from the pandera schemas
	$(BIN)/python -c "from pathlib import Path; from pipeline.publish.card import refresh_readme; refresh_readme(Path('README.md'))"

evaluate: install ## Score extraction against every gold set in tests/fixtures, and against MedQuAD (MEDQUAD=...)
	$(BIN)/python tests/evaluate.py --medquad $(MEDQUAD)
