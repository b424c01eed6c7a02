# Strengths in Practice. A fresh Debian machine needs only two commands:
#   make book   build the book and serve it on http://127.0.0.1:8000 (Ctrl+C stops it)
#   make test   install what the tests need and run every test
# Other targets: make build (build only), make bench (timings and page weight), make clean.

PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
PORT        ?= 8000
JB_FLAGS    := -W -n --keep-going
STAMP       := $(VENV)/.installed
NODE_STAMP  := node_modules/.installed
CHROMIUM    := /usr/bin/chromium

.PHONY: book build serve test test-fast bench clean notebooks help

help:
	@sed -n '1,5p' Makefile

# --- set-up ---------------------------------------------------------------------------
$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# axe-core (accessibility engine for the browser tests) comes from the npm registry, pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# Debian's Chromium drives the browser tests; Playwright never downloads a browser here.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-dejavu-core

# --- the book ---------------------------------------------------------------------------
build: $(STAMP)
	$(BIN)/python -m strengths validate
	$(BIN)/jupyter-book build . $(JB_FLAGS)

serve:
	@echo "Serving the book at http://127.0.0.1:$(PORT)/ (press Ctrl+C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

book: build serve

# Re-run every notebook and store its outputs (nbval compares against these).
notebooks: $(STAMP)
	$(BIN)/python -m strengths.notebooks

# --- tests ------------------------------------------------------------------------------
test: $(STAMP) $(NODE_STAMP) $(CHROMIUM)
	$(BIN)/python -m strengths validate
	$(BIN)/jupyter-book build . $(JB_FLAGS)
	$(BIN)/python -m pytest -n 2 --dist loadfile tests
	$(BIN)/python -m pytest -p no:randomly --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg \
		$$(git ls-files '*.ipynb' 2>/dev/null || find book exercises case_studies supervision -name '*.ipynb')

bench: $(STAMP) $(NODE_STAMP) $(CHROMIUM)
	$(BIN)/python bench/bench.py

clean:
	rm -rf _build bench/results.json
