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
SYSTEM_STAMP := $(VENV)/.system-packages
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CHROMIUM    := /usr/bin/chromium

.PHONY: book build serve test bench clean notebooks help

help:
	@sed -n '1,5p' Makefile

# --- set-up ---------------------------------------------------------------------------
$(STAMP): requirements.txt pyproject.toml
	@# Debian splits venv support into python3-venv; install it if the first try fails.
	$(PYTHON) -m venv $(VENV) || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# axe-core (accessibility engine for the browser tests) comes from the npm registry, pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json | $(SYSTEM_STAMP)
	npm ci --no-audit --no-fund --silent
	touch $@

# Debian packages the tests need: Chromium (Playwright drives it; it never downloads a browser)
# and Node.js/npm (axe-core from npm; the JS/Python export parity tests). Installed only when missing.
$(SYSTEM_STAMP): | $(STAMP)
	@missing=""; \
	[ -x $(CHROMIUM) ] || missing="$$missing chromium fonts-dejavu-core"; \
	command -v node >/dev/null || missing="$$missing nodejs"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi
	touch $@

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
test: $(STAMP) $(SYSTEM_STAMP) $(NODE_STAMP)
	$(BIN)/python -m strengths validate
	$(BIN)/jupyter-book build . $(JB_FLAGS)
	$(BIN)/python -m pytest -n 2 --dist load tests
	$(BIN)/python -m pytest -p no:randomly --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg \
		$$(git ls-files '*.ipynb' 2>/dev/null || find book exercises case_studies supervision -name '*.ipynb')

bench: $(STAMP) $(SYSTEM_STAMP) $(NODE_STAMP)
	$(BIN)/python bench/bench.py

clean:
	rm -rf _build bench/results.json
