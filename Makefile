# Trigger-point FAQ dataset. `make` sets everything up and rebuilds the dataset; `make help` lists targets.
.DEFAULT_GOAL := all
SHELL := /bin/bash
# A Python 3.11 (pyproject.toml: requires-python); PYTHON=/path/to/python3.11 overrides the search.
PYTHON ?= $(shell for p in python3.11 python3 python; do command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null && echo $$p && break; done)
IS_311 := import sys; sys.exit(sys.version_info[:2] != (3, 11))
VENV := .venv
BIN := $(VENV)/bin
RAW ?= raw
OUT ?= output
MEDQUAD ?= ../shared/medquad/MedQuAD.tar.gz
JOBS ?= 1
export PYTHONHASHSEED := 0
# The dataset is a file target: rebuilt when anything it is made from is newer (a folder's time
# changes when a file is added to it or removed from it, so those count too).
DATA := $(OUT)/datapackage.json
DATA_INPUTS := $(shell find $(RAW) pipeline schemas -not -path '*/__pycache__*' -not -name '*.pyc' 2>/dev/null) pyproject.toml requirements.lock

.PHONY: all help python install data corpus test check-output validate benchmark lock clean fingerprint release docs evaluate claim-types

all: install data ## Create .venv, install pinned dependencies, rebuild the dataset into output/

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

python: # Find Python 3.11, and rebuild a .venv that another interpreter made
	@test -n "$(PYTHON)" || { echo "make needs Python 3.11 (none of python3.11, python3, python is 3.11): install it, or run make PYTHON=/path/to/python3.11"; exit 1; }
	@if [ -e $(BIN)/python ] && ! $(BIN)/python -c '$(IS_311)' 2>/dev/null; then \
		echo "$(VENV) was made by another Python; rebuilding it with $(PYTHON)"; rm -rf $(VENV); fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test,dask]'
	touch $@

# An editable install is not byte-compiled (and PYTHONDONTWRITEBYTECODE keeps it so): compiling what
# changed saves every command a third of a second.
install: python $(VENV)/.installed ## Create .venv and install the package with its pinned dependencies
	@$(BIN)/python -m compileall -q pipeline

data: install ## Rebuild output/ from raw/ when raw/, the code or the rules changed (JOBS=2: two processes)
	@$(MAKE) --no-print-directory -q $(DATA) && echo "$(OUT)/ is up to date: nothing in $(RAW)/, the code or the rules changed since it was built" \
		|| $(MAKE) --no-print-directory $(DATA)

$(DATA): $(DATA_INPUTS) | $(VENV)/.installed
	$(BIN)/python -m pipeline build --raw $(RAW) --out $(OUT) --jobs $(JOBS)
	@$(BIN)/python -m pipeline.release check --out $(OUT)

corpus: install ## Reselect the MedQuAD documents in scope into raw/medquad/ (MEDQUAD=path/to/MedQuAD.tar.gz)
	$(BIN)/python -m pipeline select --archive $(MEDQUAD) --raw $(RAW)

test: install ## Run the test suite
	$(BIN)/python -m pytest

check-output: install ## Fail when a rebuild changes the committed output/
	$(BIN)/python -m pipeline build --raw $(RAW) --out $(OUT) --quiet
	@git diff --exit-code --stat -- $(OUT) && test -z "$$(git status --porcelain -- $(OUT))" \
		|| { echo "output/ differs from a rebuild of raw/: run 'make' and commit output/"; exit 1; }

validate: install ## Check new source documents: make validate FILES="new/page.txt ..."
	$(BIN)/python -m pipeline validate $(FILES)

benchmark: install ## Measure speed, memory, rebuilds, engines and start-up over MedQuAD (MEDQUAD=...): a table and benchmark.json
	$(BIN)/python -m pipeline benchmark --archive $(MEDQUAD) --json benchmark.json

lock: ## Re-pin every dependency (after changing pyproject.toml)
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/pip install --quiet --disable-pip-version-check -e '.[test,dask]'
	$(VENV)-lock/bin/pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock
	rm -rf $(VENV)-lock

clean: ## Remove the virtual environment and caches (not output/)
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
	test ! -d .cache || { test -f .cache/CACHEDIR.TAG && rm -rf .cache; }
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

fingerprint: install ## Print the data fingerprint of output/
	@$(BIN)/python -c "from pathlib import Path; from pipeline.publish.datapackage import fingerprint; print(fingerprint(Path('$(OUT)')))"

release: ## Record a new dataset version: make release VERSION=0.3.0 NOTES="Added two clinic pages"
	@test -n "$(VERSION)" -a -n "$(NOTES)" || { echo 'usage: make release VERSION=x.y.z NOTES="what changed"'; exit 1; }
	$(BIN)/python -m pipeline.release bump $(VERSION)
	$(MAKE) --no-print-directory install
	$(BIN)/python -m pipeline build --raw $(RAW) --out $(OUT)
	$(BIN)/python -m pipeline.release record --out $(OUT) --notes "$(NOTES)"
	$(BIN)/python -m pipeline build --raw $(RAW) --out $(OUT) --quiet  # the card cites the release year

docs: install ## Regenerate the column tables of README.md from the pandera schemas
	$(BIN)/python -c "from pathlib import Path; from pipeline.publish.card import refresh_readme; refresh_readme(Path('README.md'))"

evaluate: install ## Score extraction against every gold set in tests/fixtures, and against MedQuAD (MEDQUAD=...)
	$(BIN)/python tests/evaluate.py --medquad $(MEDQUAD)

claim-types: install ## Retrain the claim-type model from the blind gold sets (after changing a claim-type rule or adding a set)
	$(BIN)/python tests/train_claim_types.py
