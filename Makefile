# Quick start: `make demo` builds the seed page; `make test` runs the test suite.
# Both set up .venv first (idempotent: a second call only checks stamps).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PKUSEG_MODEL := $(VENV)/share/kg/pkuseg/default
OUT    ?= out

.PHONY: setup demo test lint bench clean browser-deps
setup: $(VENV)/.installed $(PKUSEG_MODEL)/weights.npz

$(VENV)/.installed: pyproject.toml setup.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip wheel setuptools
	$(PY) -m pip install -q -e '.[test,dev]'
	touch $@

# pkuseg's default model ships only inside the pkuseg 0.0.25 sdist on PyPI.
# The extracted weights keep the sdist's 2019 mtime, older than the script:
# touch them, or every `make setup` would fetch the model again.
$(PKUSEG_MODEL)/weights.npz: scripts/fetch_pkuseg_model.sh | $(VENV)/.installed
	sh scripts/fetch_pkuseg_model.sh $(PY) $(PKUSEG_MODEL)
	touch $@

demo: setup
	$(VENV)/bin/kg build seeds/ --out $(OUT)

test: setup browser-deps
	$(PY) -m pytest -q

# Debian's chromium and fonts-noto-cjk for the browser tests (apt-get when missing, as root);
# a dpkg-query when both are installed.
browser-deps:
	sh scripts/install_browser_deps.sh

LINTED := kg tests bench scripts setup.py
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)

bench: setup
	$(PY) bench/run.py

clean:
	rm -rf $(OUT) kg-data .kg-cache

# Rebuild the shipped statistical NER (kg/models/ner) from the open corpora
# in $KG_SHARED_DATA (default: ../shared/data beside the checkout): about 80
# minutes on 2 CPU cores (70 of them training).
.PHONY: train-ner
train-ner: setup
	OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 MKL_NUM_THREADS=2 $(VENV)/bin/kg train-ner
