"""Loading, using and unloading the plugin in one QGIS leaves no trace."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

import ev_planner_plugin
from ev_planner_plugin.processing.provider import PROVIDER_ID
from tests.qgis.conftest import ensure_provider


@pytest.fixture(autouse=True)
def restore_provider(qgis_processing):
    """These tests remove the provider; give it back to the other test modules."""
    yield
    ensure_provider()


def test_load_unload_load_leaves_no_trace(qgis_iface, qgis_new_project):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:  # registered by another test module's fixture
        registry.removeProvider(existing)
    main_window = qgis_iface.mainWindow()
    for _ in range(2):
        plugin = ev_planner_plugin.classFactory(qgis_iface)
        plugin.initGui()
        provider = registry.providerById(PROVIDER_ID)
        assert provider is not None and provider.name() == "EV Chargepoint Planner"
        assert registry.algorithmById("evplanner:createsamplearea") is not None
        assert plugin.toolbar is not None and plugin.dock_action.isCheckable()
        plugin.dock_action.trigger()  # opens the dock
        assert plugin.dock is not None and plugin.dock_action.isChecked()
        assert not plugin.dock.isHidden()
        assert plugin.dock.windowTitle() == "EV Site Planner"
        plugin.unload()
        assert registry.providerById(PROVIDER_ID) is None
        assert plugin.dock is None and plugin.dock_action is None and plugin.toolbar is None
        QgsApplication.processEvents()
        QgsApplication.sendPostedEvents(None, 0)  # process deleteLater
        assert not [
            t for t in main_window.findChildren(QToolBar) if t.objectName() == "evPlannerToolbar"
        ]


def test_init_processing_alone_registers_provider_once(qgis_iface):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:
        registry.removeProvider(existing)
    plugin = ev_planner_plugin.classFactory(None)  # as qgis_process does, without a GUI
    plugin.initProcessing()
    plugin.initProcessing()
    assert [p.id() for p in registry.providers()].count(PROVIDER_ID) == 1
    plugin.unload()
    assert registry.providerById(PROVIDER_ID) is None
