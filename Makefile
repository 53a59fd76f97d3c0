# Two commands from a fresh clone: `make run` and `make test`. Both create .venv and install the
# exact versions in requirements.lock first (re-done only when the lock or pyproject changes).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed
UV_VERSION := 0.13.8
# The previous DuckDB release, to prove BI readers on it can open the warehouse (tests only).
COMPAT_VENV := .venv-duckdb-previous
COMPAT_STAMP := $(COMPAT_VENV)/.installed
PREVIOUS_DUCKDB := 1.4.5
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: setup run test bench bench-scale docs report lock clean browser

$(STAMP): requirements.lock pyproject.toml expectations/data_docs_assets.csv src/lvzhi/report_templates/assets.csv
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	# bytecode compiled once here: uv installs none, and without it every run compiles the sources of
	# Prefect, GX and dbt again (seconds per run; always so where PYTHONDONTWRITEBYTECODE is set)
	$(UV) pip install --quiet --compile-bytecode --python $(PY) -r requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	# GX Data Docs' scripts and styles, so the docs render offline (npm registry, once)
	$(PY) -m lvzhi.data_docs fetch $(VENV)/data-docs-assets
	# the report's charting library (Apache ECharts), shipped beside its pages (npm registry, once)
	$(PY) -m lvzhi.report fetch $(VENV)/data-docs-assets
	touch $(STAMP)

$(COMPAT_STAMP): $(STAMP)
	$(UV) venv --quiet --clear --python $(PY) $(COMPAT_VENV)
	$(UV) pip install --quiet --python $(COMPAT_VENV)/bin/python duckdb==$(PREVIOUS_DUCKDB)
	touch $(COMPAT_STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/lvzhi run --source seeds/raw --warehouse warehouse/lvzhi.duckdb

# A real browser for the rendering tests: Chromium and CJK fonts from the Debian packages.
browser:
	{ command -v chromium && fc-list | grep -q "Noto Sans CJK SC"; } >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

test: setup $(COMPAT_STAMP) browser
	$(PY) -m pytest

bench: setup
	$(VENV)/bin/lvzhi bench

# A whole run on a synthetic corpus (default 100 MB; CORPUS_MB=1000 for a decade of reports), then
# re-runs with nothing and with 1% changed: seconds, MB/s, peak memory and cores per stage.
CORPUS_MB ?= 100
bench-scale: setup
	$(VENV)/bin/lvzhi bench-scale --corpus-mb $(CORPUS_MB)

docs: setup
	$(VENV)/bin/lvzhi docs

# The offline HTML report beside the warehouse, <warehouse folder>/report/index.html (every published
# run writes it too); runs the flow first when there is no warehouse yet. Another corpus, in its own
# folder: make report SOURCE=../shared/dev/texts WAREHOUSE=warehouse/dev/lvzhi.duckdb
SOURCE ?= seeds/raw
WAREHOUSE ?= warehouse/lvzhi.duckdb
report: setup
	test -f $(WAREHOUSE) || $(VENV)/bin/lvzhi run --source $(SOURCE) --warehouse $(WAREHOUSE)
	$(VENV)/bin/lvzhi report --warehouse $(WAREHOUSE)

# Re-resolve the pins after changing dependencies in pyproject.toml.
lock:
	$(UV) pip compile pyproject.toml --extra test -o requirements.lock --python-version 3.11

clean:
	rm -rf $(VENV) $(COMPAT_VENV) dbt_project/target dbt_project/logs warehouse/*.duckdb
