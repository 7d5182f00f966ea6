"""Run inside the real QGIS desktop (qgis --code): open the plugin's dock on the sample area,
take a screenshot, unload and reload the plugin, write a JSON report and quit.

Paths come from the environment: EVP_SAMPLE_GPKG, EVP_SCREENSHOT, EVP_REPORT; with EVP_PLAN
(and EVP_CONFLICT_SCREENSHOT) it also saves a delivery plan there and shows a save refused
because another officer changed the same field.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QTableView, QToolBar

PLUGIN = "ev_planner_plugin"
report = {"errors": []}
main_window = qgis.utils.iface.mainWindow()


def provider_registered():
    return QgsApplication.processingRegistry().providerById("evplanner") is not None


def find(kind, name):
    return main_window.findChild(kind, name)


def check_dock_scores(site_scores_gpkg):
    """The dock on site_scores.gpkg: every site selected, one row each, all scored, best first."""
    from ev_planner_plugin.gui.selection_model import COL_SCORE

    layer = QgsVectorLayer(f"{site_scores_gpkg}|layername=site_scores", "site_scores", "ogr")
    assert layer.isValid(), site_scores_gpkg
    QgsProject.instance().addMapLayer(layer)
    qgis.utils.iface.setActiveLayer(layer)
    layer.selectAll()
    dock = find(QDockWidget, "evPlannerSitePlannerDock")
    dock.refresh()
    model = dock.findChild(QTableView, "evPlannerSelectionTable").model()
    scores = [model.index(row, COL_SCORE).data() for row in range(model.rowCount())]
    assert len(scores) == layer.featureCount() > 0, (len(scores), layer.featureCount())
    values = [float(s.replace(",", "")) for s in scores]  # every row shows a score
    assert values == sorted(values, reverse=True), values[:5]
    report["dock_scored_rows"] = len(values)


def check_plan_conflict(plan_path, screenshot):
    """Two officers on one plan: the dock adds two sites and saves; another officer saves a note
    on the first; the dock's own note on it is then refused with a warning in the message bar
    (screenshot), and kept unsaved."""
    from ev_planner_plugin.plan import PlanStore

    dock = find(QDockWidget, "evPlannerSitePlannerDock")
    layer = qgis.utils.iface.activeLayer()
    layer.selectByIds(sorted(layer.selectedFeatureIds())[:2])
    dock.annotation.location_edit.setText(plan_path)
    dock.annotation.set_values({"status": "engagement", "officer": "A. Patel"})
    assert dock.add_to_plan() is not None and dock.save_plan() is not None
    plan_layer = dock.store.plan_layer
    ref = sorted(dock.store.site_fids())[0]
    plan_layer.selectByExpression(f"\"site_ref\" = '{ref}'")
    qgis.utils.iface.setActiveLayer(plan_layer)
    dock.set_layer(plan_layer)
    dock.annotation.set_values({"notes": "Ward councillor agrees"})
    assert dock.add_to_plan() == [ref]
    other = PlanStore.open(plan_path, create=False)
    other.annotate([ref], {"notes": "Awaiting the ward councillor"})
    other.save(who="C. Evans")
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, *_: logged.append(text))
    report["conflict_saved"] = dock.save_plan() is not None
    report["conflict_log"] = "\n".join(logged)
    report["conflict_pending"] = dock.store.has_pending_changes()
    item = qgis.utils.iface.messageBar().currentItem()
    report["conflict_message"] = item.text() if item else ""
    report["conflict_level"] = int(item.level()) if item else -1
    report["conflict_ref"] = ref
    QgsApplication.processEvents()
    report["conflict_screenshot_saved"] = main_window.grab().save(screenshot)


def step_open_dock():
    try:
        report["active_at_start"] = PLUGIN in qgis.utils.active_plugins
        report["provider_at_start"] = provider_registered()
        gpkg = os.environ["EVP_SAMPLE_GPKG"]
        QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
        styles = os.path.join(os.environ["QGIS_PLUGINPATH"], PLUGIN, "resources", "styles")
        for name in ("areas", "footways", "roads", "kerbs", "restrictions"):
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
            layer.loadNamedStyle(os.path.join(styles, f"sample_{name}.qml"))
            QgsProject.instance().addMapLayer(layer)
        kerbs = QgsProject.instance().mapLayersByName("kerbs")[0]
        qgis.utils.iface.setActiveLayer(kerbs)
        extent = kerbs.extent()
        extent.scale(0.35)  # the town centre
        qgis.utils.iface.mapCanvas().setExtent(extent)
        kerbs.selectByIds([f.id() for f in kerbs.getFeatures()][:25])
        toolbar = find(QToolBar, "evPlannerToolbar")
        action = find(QAction, "evPlannerDockAction")
        report["toolbar_visible"] = bool(toolbar and toolbar.isVisible())
        report["toolbar_actions"] = [a.objectName() for a in toolbar.actions()] if toolbar else []
        action.trigger()
    except Exception:  # noqa: BLE001 - the report carries the failure to the test
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(2500, step_screenshot)


def step_screenshot():
    try:
        dock = find(QDockWidget, "evPlannerSitePlannerDock")
        table = dock.findChild(QTableView, "evPlannerSelectionTable") if dock else None
        report["dock_visible"] = bool(dock and dock.isVisible())
        report["dock_rows"] = table.model().rowCount() if table else -1
        report["dock_title"] = dock.windowTitle() if dock else ""
        model = table.model() if table else None
        report["dock_headers"] = (
            [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
            if model
            else []
        )
        if os.environ.get("EVP_SITE_SCORES"):
            check_dock_scores(os.environ["EVP_SITE_SCORES"])
            QgsApplication.processEvents()
        report["screenshot_saved"] = main_window.grab().save(os.environ["EVP_SCREENSHOT"])
        if os.environ.get("EVP_PLAN"):
            check_plan_conflict(os.environ["EVP_PLAN"], os.environ["EVP_CONFLICT_SCREENSHOT"])
        qgis.utils.unloadPlugin(PLUGIN)
        QgsApplication.processEvents()
        report["after_unload"] = {
            "provider": provider_registered(),
            "toolbar": find(QToolBar, "evPlannerToolbar") is not None,
            "dock": find(QDockWidget, "evPlannerSitePlannerDock") is not None,
            "active": PLUGIN in qgis.utils.active_plugins,
        }
        qgis.utils.loadPlugin(PLUGIN)
        qgis.utils.startPlugin(PLUGIN)
        report["after_reload"] = {
            "provider": provider_registered(),
            "toolbars": len(main_window.findChildren(QToolBar, "evPlannerToolbar")),
        }
    except Exception:  # noqa: BLE001
        report["errors"].append(traceback.format_exc())
    with open(os.environ["EVP_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)
    QgsApplication.exit(0)


QTimer.singleShot(2000, step_open_dock)
