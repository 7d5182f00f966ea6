# EV Planner for QGIS — developer commands. `make demo` and `make test` do all set-up first.
SHELL := /bin/bash
PYTHON := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
PYTEST := $(PYTHON) -m pytest

.PHONY: setup sample-data package stage demo test lint test-unit test-qgis test-e2e bench clean

setup:
	@scripts/setup

data/sample_area.gpkg: setup ev_planner_plugin/core/sample_area.py
	@$(PYTHON) scripts/make_sample_data --output $@

sample-data: data/sample_area.gpkg

stage: setup
	@$(PYTHON) scripts/package --stage >/dev/null

package: setup
	@$(PYTHON) scripts/package

demo: setup stage sample-data
	@$(PYTHON) scripts/demo

lint: setup
	@$(PYTHON) -m ruff check ev_planner_plugin scripts tests
	@$(PYTHON) -m ruff format --check ev_planner_plugin scripts tests

test-unit: setup
	@$(PYTEST) tests/unit -q

test-qgis: setup stage sample-data
	@$(PYTEST) -p pytest_qgis tests/qgis -q

test-e2e: setup stage sample-data package
	@$(PYTEST) tests/e2e -q

test: lint test-unit test-qgis test-e2e

clean:
	rm -rf build dist out data .pytest_cache .ruff_cache .hypothesis .qgis-settings
