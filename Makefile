# Quick start: `make demo` builds the seed page; `make test` runs the test suite.
# Both set up .venv first (idempotent: a second call only checks stamps).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PKUSEG_MODEL := $(VENV)/share/kg/pkuseg/default
OUT    ?= out

.PHONY: setup demo test bench clean
setup: $(VENV)/.installed $(PKUSEG_MODEL)/weights.npz

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip wheel setuptools
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# pkuseg's default model ships only inside the pkuseg 0.0.25 sdist on PyPI.
$(PKUSEG_MODEL)/weights.npz: scripts/fetch_pkuseg_model.sh | $(VENV)/.installed
	sh scripts/fetch_pkuseg_model.sh $(PY) $(PKUSEG_MODEL)

demo: setup
	$(VENV)/bin/kg build seeds/ --out $(OUT)

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/run.py

clean:
	rm -rf $(OUT) kg-data .kg-cache

# Rebuild the shipped statistical NER (kg/models/ner) from the open corpora
# in /work/shared/data: about 80 minutes on 2 CPU cores (70 of them training).
.PHONY: train-ner
train-ner: setup
	OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 MKL_NUM_THREADS=2 $(VENV)/bin/kg train-ner
