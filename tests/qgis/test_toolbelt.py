"""Settings, resource paths, translation lookup and compat constants."""

from __future__ import annotations

from qgis.core import QgsSettings

from ev_planner_plugin.toolbelt import compat, i18n, resources, settings


def test_settings_are_namespaced_and_typed(qgis_app):
    settings.set_setting("target_crs", "EPSG:3857")
    settings.set_setting("debug_mode", True)
    assert QgsSettings().value("ev_planner/target_crs") == "EPSG:3857"
    loaded = settings.load_settings()
    assert loaded.target_crs == "EPSG:3857" and loaded.debug_mode is True
    QgsSettings().remove("ev_planner")
    assert settings.load_settings().target_crs == "EPSG:27700"


def test_resources_found_from_repository():
    assert resources.resource_path("icons", "ev_planner.svg").is_file()
    meta = resources.plugin_metadata()
    assert meta["qgisminimumversion"] == "3.22"
    assert meta["hasprocessingprovider"] == "yes"
    assert resources.plugin_version() == meta["version"]


def test_translation_candidates_full_locale_then_language():
    assert i18n.translation_candidates("cy_GB") == ["ev_planner_cy_GB.qm", "ev_planner_cy.qm"]
    assert i18n.translation_candidates("cy") == ["ev_planner_cy.qm"]


def test_compat_constants_resolve(qgis_app):
    assert compat.geometry_type_name(compat.WKB_LINESTRING) == "line"
    assert compat.geometry_type_name(compat.WKB_MULTIPOLYGON) == "polygon"
    assert compat.geometry_type_name(compat.WKB_POINT) == "point"
    assert compat.SOURCE_LINE != compat.SOURCE_POLYGON
