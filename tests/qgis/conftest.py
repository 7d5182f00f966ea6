"""pytest-qgis suite: QGIS in-process (offscreen), with the plugin's provider registered."""

from __future__ import annotations

import pytest

from tests.planning_chain import PlanningChain, ensure_provider, run_planning_chain


@pytest.fixture(scope="session")
def evplanner_provider(qgis_processing):
    return ensure_provider()


@pytest.fixture(scope="session")
def sample_area_gpkg(tmp_path_factory):
    """The built-in sample area written once per session (through QGIS's OGR writer)."""
    from qgis.core import QgsProcessingContext

    from ev_planner_plugin.core.sample_area import build_sample_area
    from ev_planner_plugin.processing.bridge import write_gpkg_layers

    path = tmp_path_factory.mktemp("sample") / "sample_area.gpkg"
    write_gpkg_layers(build_sample_area(seed=42), path, QgsProcessingContext())
    return path


@pytest.fixture(scope="session")
def planning_chain(evplanner_provider, sample_area_gpkg, tmp_path_factory) -> PlanningChain:
    """The planning chain run once per session; tests treat its files as read-only."""
    return run_planning_chain(sample_area_gpkg, tmp_path_factory.mktemp("planning_chain"))
