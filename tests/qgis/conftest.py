"""pytest-qgis suite: QGIS in-process (offscreen), with the plugin's provider registered."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication

from ev_planner_plugin.processing.provider import PROVIDER_ID, EvPlannerProvider


@pytest.fixture(scope="session")
def evplanner_provider(qgis_processing):
    """The provider registered once for the session (as initProcessing does)."""
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    if provider is None:
        provider = EvPlannerProvider()
        assert registry.addProvider(provider)
    yield provider
