"""The "EV Site Planner" dock: follows the active layer's selection.

Layout (object names in brackets; tests and the desktop probe use them)::

    EV Site Planner [evPlannerSitePlannerDock]
      status line [evPlannerStatusLabel]          "site_scores: 25 selected"
      filter [evPlannerFilter]                    street, status, reason or plan status
      splitter [evPlannerSplitter]
        table [evPlannerSelectionTable]           Street | Length | Status | Reasons | Score |
                                                  Criteria (bars) | Nearest chargepoint |
                                                  Homes served | Delivery plan
        tabs [evPlannerTabs]
          Details [evPlannerDetail]               breakdown, reasons, Zoom to, Flash
          Scoring [evPlannerWeights]              preset, weights, flood policy, input layers,
                                                  Score selection / Cancel, progress
          Delivery plan [evPlannerAnnotation]     plan location, status, charger type, sockets,
                                                  funding, cost, officer, notes;
                                                  Add to delivery plan, Undo, Save plan, Discard

The table reads only the fields it shows (selection_data.load_selection); scoring runs in a
QgsTask (scoring_task); the delivery plan is a :class:`..plan.PlanStore` whose layers are added to
the project. Input layers are never modified.
"""

from __future__ import annotations

import contextlib

import numpy as np
import shapely
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFilterLineEdit
from qgis.PyQt.QtCore import QItemSelectionModel, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import EvPlannerError
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..plan.store import PlanEditConflict, PlanLocation, PlanStore, geometry_keys
from ..processing.bridge import source_to_gdf
from ..toolbelt import compat
from ..toolbelt.i18n import translate, translated_text
from ..toolbelt.log import log
from ..toolbelt.settings import get_setting
from . import project
from .annotation import AnnotationPanel
from .delegates import CriterionBarsDelegate
from .detail import DetailPanel
from .scoring_task import ScoreSelectionTask
from .selection_data import (
    MAX_ROWS,
    ContextCache,
    LayerFields,
    RowCache,
    SelectionContext,
    SelectionRows,
    load_selection,
)
from .selection_model import (
    COL_CRITERIA,
    COL_REASONS,
    COL_SCORE,
    COL_STREET,
    SelectionProxyModel,
    SelectionTableModel,
)
from .weights import CONTEXT_ROLES, WeightsEditor

#: Selection changes closer together than this (ms) refresh the table once.
REFRESH_DELAY_MS = 40
PLAN_GROUP = "EV Planner"


class SitePlannerDock(QgsDockWidget):
    DEFAULT_AREA = Qt.DockWidgetArea.RightDockWidgetArea

    refreshed = pyqtSignal()  # the table shows the current selection
    scoring_finished = pyqtSignal(bool)  # True when scores arrived

    def __init__(self, iface, parent=None) -> None:
        super().__init__(translate("SitePlannerDock", "EV Site Planner"), parent)
        self.setObjectName("evPlannerSitePlannerDock")
        self.iface = iface
        self._layer: QgsVectorLayer | None = None
        self._fields: dict[str, LayerFields] = {}
        self.cache = ContextCache()
        self.rows_cache = RowCache()
        self.overlay: dict = {}  # layer id -> scores from "Score selection" (DataFrame)
        self.store: PlanStore | None = None
        self._plan_maps = None
        self._plan_ref_by_key: dict = {}
        self._plan_geometries = None
        self._task: ScoreSelectionTask | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("evPlannerStatusLabel")
        self.status_label.setWordWrap(True)
        self.filter_edit = QgsFilterLineEdit(body)
        self.filter_edit.setObjectName("evPlannerFilter")
        self.filter_edit.setPlaceholderText(
            translate("SitePlannerDock", "Filter by street, status or reason")
        )
        self.filter_edit.setShowSearchIcon(True)
        layout.addWidget(self.status_label)
        layout.addWidget(self.filter_edit)

        self.model = SelectionTableModel(self)
        self.proxy = SelectionProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(body)
        self.table.setObjectName("evPlannerSelectionTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.bars = CriterionBarsDelegate(self.model, self.table)
        self.table.setItemDelegateForColumn(COL_CRITERIA, self.bars)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((COL_STREET, 150), (COL_REASONS, 220), (COL_CRITERIA, 74)):
            header.resizeSection(column, width)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_SCORE, Qt.SortOrder.DescendingOrder)

        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("evPlannerTabs")
        self.detail = DetailPanel(iface, self.tabs)
        self.weights = WeightsEditor(self.tabs)
        self.annotation = AnnotationPanel(self.tabs)
        self.tabs.addTab(self.detail, translate("SitePlannerDock", "Details"))
        self.tabs.addTab(_scrolled(self.weights), translate("SitePlannerDock", "Scoring"))
        self.tabs.addTab(_scrolled(self.annotation), translate("SitePlannerDock", "Delivery plan"))

        self.splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.splitter.setObjectName("evPlannerSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 320])
        layout.addWidget(self.splitter, 1)
        self.setWidget(body)
        self.setMinimumWidth(360)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self.detail.zoom_to())
        self.weights.changed.connect(self._schedule_refresh)
        self.weights.context_changed.connect(self._schedule_refresh)
        self.weights.score_button.clicked.connect(self.score_selection)
        self.weights.cancel_button.clicked.connect(self.cancel_scoring)
        self.annotation.location_chosen.connect(self.set_plan_location)
        self.annotation.officer_edit.editingFinished.connect(
            lambda: project.write_text("annotation/officer", self.annotation.officer() or "")
        )
        self.annotation.add_button.clicked.connect(self.add_to_plan)
        self.annotation.undo_button.clicked.connect(self.undo_plan)
        self.annotation.save_button.clicked.connect(self.save_plan)
        self.annotation.discard_button.clicked.connect(self.discard_plan)
        self.annotation.print_button.clicked.connect(self.print_site_layout)
        QgsProject.instance().readProject.connect(self._project_read)
        QgsProject.instance().cleared.connect(self._project_cleared)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)
        self.iface.currentLayerChanged.connect(self._set_layer)

        self._project_read()
        self._set_layer(self.iface.activeLayer())

    # --- the active layer and its selection ----------------------------------------------

    def set_layer(self, layer) -> None:
        """Follow ``layer``'s selection (what the active-layer signal does)."""
        self._set_layer(layer)

    def _set_layer(self, layer) -> None:
        if self._layer is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._layer.selectionChanged.disconnect(self._schedule_refresh)
        self._layer = layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None
        if self._layer is not None:
            self._layer.selectionChanged.connect(self._schedule_refresh)
        self.refresh()

    def _schedule_refresh(self, *args) -> None:
        self._timer.start()

    def _layer_fields(self, layer: QgsVectorLayer) -> LayerFields:
        key = (layer.id(), tuple(layer.fields().names()))
        if key not in self._fields:
            self._fields[key] = LayerFields.of(layer)
        return self._fields[key]

    def target_crs(self) -> QgsCoordinateReferenceSystem:
        crs = QgsCoordinateReferenceSystem(get_setting("target_crs") or "EPSG:27700")
        return crs if crs.isValid() else QgsCoordinateReferenceSystem("EPSG:27700")

    def selection_context(self, layer: QgsVectorLayer) -> SelectionContext:
        crs = self.target_crs()
        transform_context = QgsProject.instance().transformContext()
        context = SelectionContext(crs=crs, transform_context=transform_context)
        context.radius_m = self.weights.catchment_radius_m()
        chargepoints = self.weights.context_layer("chargepoints")
        if chargepoints is not None and chargepoints.id() != layer.id():
            context.chargepoints, _ = self.cache.points(chargepoints, crs, transform_context)
        homes = self.weights.context_layer("homes")
        if homes is not None and homes.id() != layer.id():
            context.homes = self.cache.points(
                homes, crs, transform_context, self.weights.offstreet_field()
            )
        maps = self.plan_maps()
        if maps is not None and (self.store is None or layer.id() != self.store.plan_layer.id()):
            context.plan_by_key, context.plan_by_ref = maps
            context.plan_geometries = self._plan_geometries
        context.overlay = self.overlay.get(layer.id())
        context.derived_key = (
            chargepoints.id() if chargepoints is not None else None,
            self.cache.version(chargepoints.id()) if chargepoints is not None else 0,
            homes.id() if homes is not None else None,
            self.cache.version(homes.id()) if homes is not None else 0,
            self.weights.offstreet_field(),
            crs.authid(),
        )
        return context

    def refresh(self, *args) -> None:
        """Show the selected features of the active layer."""
        self._timer.stop()
        layer = self._layer
        current = self.detail.fid
        if layer is None:
            self.model.set_rows(SelectionRows())
            self.status_label.setText(
                translate(
                    "SitePlannerDock",
                    "Select streets or kerb runs on a vector layer to see them here.",
                )
            )
            self.detail.show_feature(None, None, None)
            self.refreshed.emit()
            return
        try:
            rows = load_selection(
                layer,
                self.selection_context(layer),
                fields=self._layer_fields(layer),
                cache=self.rows_cache,
            )
        except Exception as error:  # noqa: BLE001 - the panel must not break QGIS's selection
            log(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Site planner: could not read the selection of {layer}: {error}"
                    ),
                    layer=layer.name(),
                    error=getattr(error, "message", str(error)),
                ),
                "warning",
            )
            rows = SelectionRows(layer_id=layer.id())
        self.model.set_rows(rows)
        text = translate("SitePlannerDock", "{layer}: {count} selected feature(s)").format(
            layer=layer.name(), count=rows.total
        )
        if rows.total > len(rows):
            text += " " + translate("SitePlannerDock", "(the first {shown} are listed)").format(
                shown=len(rows)
            )
        if rows.total == 0:
            text += " — " + translate("SitePlannerDock", "select streets or kerb runs on the map")
        self.status_label.setText(text)
        row = self.model.row_of_fid(current) if current is not None else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._show_detail(current if row is not None else None)
        self._update_plan_state()
        self.refreshed.emit()

    def _current_row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        source = self.proxy.mapToSource(current)
        self._show_detail(self.model.fid(source.row()))

    def _show_detail(self, fid) -> None:
        if self._layer is None or fid is None:
            self.detail.show_feature(None, None, None)
            return
        self.detail.show_feature(self._layer, fid, self.model.rows, self._plan_site_of(fid))

    def _plan_site_of(self, fid) -> dict | None:
        rows = self.model.rows
        position = rows.position(fid)
        if self.store is None or position is None or rows.plan[position] is None:
            return None
        if self._layer is not None and self._layer.id() == self.store.plan_layer.id():
            site_ref = rows.site_ref[position]
        else:
            self.plan_maps()
            frame = source_to_gdf(
                _OneFeature(self._layer, fid), QgsProcessingContext(), self.store.crs, attributes=[]
            )
            site_ref = self._plan_ref_by_key.get(geometry_keys(frame.geometry.values)[0])
        if site_ref is None:
            return None
        sites = self.store.sites(geometry=False)
        match = sites.loc[sites["site_ref"] == site_ref]
        return None if match.empty else match.iloc[0].drop("geometry").to_dict()

    # --- scoring ----------------------------------------------------------------------------

    def score_selection(self) -> ScoreSelectionTask | None:
        """Score the selected features in a background task with the panel's weights."""
        layer = self._layer
        if layer is None or layer.selectedFeatureCount() == 0:
            self._message(
                translate("SitePlannerDock", "Select the sites to score first."), "warning"
            )
            return None
        if self._task is not None:
            return self._task
        weights = self.weights
        task = ScoreSelectionTask(
            layer,
            layer.selectedFeatureIds(),
            weights=weights.weights(),
            preset=weights.presets.get(weights._base_preset()),
            flood_policy=weights.flood_policy(),
            inputs={role: weights.context_layer(role) for role in CONTEXT_ROLES},
            offstreet_field=weights.offstreet_field(),
            crs=self.target_crs(),
            on_finished=self._scoring_done,
        )
        task.progressChanged.connect(lambda value: weights.progress.setValue(int(value)))
        self._task = task
        weights.set_running(True)
        weights.message.setText(
            translate("SitePlannerDock", "Scoring {n} site(s)…").format(n=len(task.fids))
        )
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_scoring(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _forget_task(self) -> None:
        """The dock goes away: a running task finishes without calling back."""
        task, self._task = self._task, None
        if task is not None:
            task.on_finished = None
            with contextlib.suppress(TypeError, RuntimeError):
                task.progressChanged.disconnect()
            task.cancel()

    def _scoring_done(self, task: ScoreSelectionTask) -> None:
        self._task = None
        self.weights.set_running(False)
        if task.result is not None:
            previous = self.overlay.get(task.layer_id)
            result = task.result
            if previous is not None:
                result = result.combine_first(previous)
            self.overlay[task.layer_id] = result
            text = translate("SitePlannerDock", "Scored {n} site(s).").format(n=len(task.result))
            if task.warnings:
                text += " " + " ".join(task.warnings[:3])
            self.weights.message.setText(text)
            self.refresh()
            self.scoring_finished.emit(True)
            return
        if task.cancelled:
            text = translate("SitePlannerDock", "Scoring cancelled; nothing changed.")
            self.weights.message.setText(text)
            self._message(text, "info")
        else:
            text = translate("SitePlannerDock", "Scoring failed: {error}").format(error=task.error)
            self.weights.message.setText(text)
            self._message(text, "critical")
        self.scoring_finished.emit(False)

    # --- delivery plan ------------------------------------------------------------------------

    def set_plan_location(self, text: str) -> PlanStore | None:
        """Open (or create on first save) the delivery plan at ``text``; saved in the project."""
        text = str(text).strip()
        try:
            location = PlanLocation.parse(text)
        except EvPlannerError as error:
            self._message(error.message, "warning")
            return None
        if self.store is not None:
            if self.store.location == location:
                return self.store
            if self.store.has_pending_changes():
                self._message(
                    translate(
                        "SitePlannerDock", "Save or discard the changes to the current plan first."
                    ),
                    "warning",
                )
                self.annotation.set_location_text(_location_text(self.store.location))
                return None
        try:
            store = PlanStore.open(location, existing=self._project_vector_layers())
        except EvPlannerError as error:
            self._message(error.message, "critical")
            return None
        self._attach_store(store)
        if location.has_password:
            self._message(
                translate(
                    "SitePlannerDock",
                    "The database password is not saved in the project; use a QGIS "
                    "authentication configuration (authcfg) to avoid typing it again.",
                ),
                "warning",
            )
        project.write_path("plan/location", _location_text(location))
        self.annotation.set_location_text(_location_text(location))
        self._schedule_refresh()
        return store

    def _attach_store(self, store: PlanStore) -> None:
        self._detach_store()
        self.store = store
        root = QgsProject.instance().layerTreeRoot()
        for layer in (store.plan_layer, store.history_layer):
            if QgsProject.instance().mapLayer(layer.id()) is None:
                group = root.findGroup(PLAN_GROUP)
                if not isinstance(group, QgsLayerTreeGroup):
                    group = root.insertGroup(0, PLAN_GROUP)
                QgsProject.instance().addMapLayer(layer, False)
                group.addLayer(layer)
        plan = store.plan_layer
        for signal in (plan.layerModified, plan.editingStopped, plan.dataChanged):
            signal.connect(self._plan_changed)
        self._plan_changed()

    def _detach_store(self) -> None:
        if self.store is None:
            return
        plan = self.store.plan_layer
        for signal in (plan.layerModified, plan.editingStopped, plan.dataChanged):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(self._plan_changed)
        self.store.close()
        self.store = None
        self._plan_maps = None
        self._plan_ref_by_key = {}

    def _plan_changed(self, *args) -> None:
        self._plan_maps = None
        self._update_plan_state()
        self._schedule_refresh()

    def plan_maps(self):
        """(geometry key -> plan status, site_ref -> plan status) of the plan, cached."""
        if self.store is None:
            return None
        if self._plan_maps is None:
            try:
                sites = self.store.sites()
            except EvPlannerError as error:
                log(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "Delivery plan not readable: {error}"),
                        error=error.message,
                    ),
                    "warning",
                )
                return None
            status = sites["status"].to_numpy(dtype=object)
            keys = geometry_keys(sites.geometry.values)
            refs = sites["site_ref"].to_numpy(dtype=object)
            geoms = np.asarray(sites.geometry.values, dtype=object)
            self._plan_geometries = geoms[~shapely.is_missing(geoms)]
            self._plan_ref_by_key = dict(zip(keys, refs))
            self._plan_maps = (dict(zip(keys, status)), dict(zip(refs, status)))
        return self._plan_maps

    def _ensure_store(self) -> PlanStore | None:
        if self.store is not None:
            return self.store
        text = self.annotation.location_edit.text().strip() or project.read_path("plan/location")
        if not text:
            self._message(
                translate(
                    "SitePlannerDock",
                    "Choose where the delivery plan is kept first (Delivery plan tab: a "
                    "GeoPackage file or a PostGIS connection).",
                ),
                "warning",
            )
            self.tabs.setCurrentIndex(2)
            self.annotation.location_edit.setFocus()
            return None
        return self.set_plan_location(text)

    def add_to_plan(self):
        """Add the selected sites to the plan (or annotate the selected plan sites)."""
        layer = self._layer
        if layer is None or layer.selectedFeatureCount() == 0:
            self._message(translate("SitePlannerDock", "Select the sites to add first."), "warning")
            return None
        store = self._ensure_store()
        if store is None:
            return None
        store.officer = self.annotation.officer()
        values = self.annotation.values()
        try:
            if layer.id() == store.plan_layer.id():
                refs = [
                    str(f["site_ref"])
                    for f in layer.getSelectedFeatures()
                    if f["site_ref"] is not None
                ]
                changed = store.annotate(refs, values)
                text = translate("SitePlannerDock", "{n} plan site(s) changed.").format(
                    n=len(changed)
                )
                result = changed
            else:
                result = store.add_sites(
                    self._selected_sites(layer, store),
                    values,
                    areas=self._areas_frame(store),
                    areas_field=self._areas_field(),
                    layer_name=layer.name(),
                )
                text = translate(
                    "SitePlannerDock", "{added} site(s) added, {updated} updated."
                ).format(added=len(result.added), updated=len(result.updated))
        except EvPlannerError as error:
            self._message(error.message, "critical")
            return None
        self._message(
            text + " " + translate("SitePlannerDock", "Save the plan to keep them."), "info"
        )
        self._plan_changed()
        return result

    def _selected_sites(self, layer: QgsVectorLayer, store: PlanStore):
        ids = layer.selectedFeatureIds()
        frame = source_to_gdf(
            _OneFeature(layer, ids), QgsProcessingContext(), store.crs, layer_name=layer.name()
        )
        scores = self.overlay.get(layer.id())
        if scores is not None and len(scores):
            hit = scores["score"].reindex(frame.index)
            if "score" in frame.columns:
                frame["score"] = hit.where(hit.notna(), frame["score"])
            else:
                frame["score"] = hit
        return frame

    def _areas_field(self) -> str | None:
        areas = self.weights.context_layer("areas")
        if areas is None:
            return None
        names = areas.fields().names()
        return next((n for n in ("district", "ward", "area_name") if n in names), None)

    def _areas_frame(self, store: PlanStore):
        areas = self.weights.context_layer("areas")
        field = self._areas_field()
        if areas is None or field is None:
            return None
        return source_to_gdf(
            areas, QgsProcessingContext(), store.crs, layer_name=areas.name(), attributes=[field]
        )

    def undo_plan(self) -> bool:
        return self.store.undo() if self.store is not None else False

    def save_plan(self):
        if self.store is None:
            return None
        try:
            result = self.store.save(self.annotation.officer())
        except PlanEditConflict as error:  # nothing lost: the officer decides, then saves again
            self._message(
                translate(
                    "SitePlannerDock",
                    "Not saved: another officer has saved other values into fields you "
                    "changed. Your changes are kept; save again to replace their values.",
                ),
                "warning",
                details=error.message,
            )
            return None
        except EvPlannerError as error:
            self._message(error.message, "critical")
            return None
        self._message(
            translate(
                "SitePlannerDock",
                "Delivery plan saved: {added} added, {updated} changed, {rows} history row(s).",
            ).format(
                added=len(result.inserted), updated=len(result.updated), rows=result.history_rows
            ),
            "success",
        )
        self._plan_changed()
        return result

    def site_layout_parameters(self) -> dict | None:
        """Parameters for evplanner:sitelayoutmaps: the selected sites, and the project's
        kerb runs and sample-style context layers where the scoring tab names them."""
        layer = self._layer
        if self.store is not None and (layer is None or not layer.selectedFeatureCount()):
            layer = self.store.plan_layer
        if layer is None or not layer.selectedFeatureCount():
            self._message(
                translate(
                    "SitePlannerDock",
                    "Select the sites to print first (on the plan layer or a candidate layer).",
                ),
                "warning",
            )
            return None
        parameters = {"SITES": QgsProcessingFeatureSourceDefinition(layer.id(), True)}
        for parameter, role in (("CHARGEPOINTS", "chargepoints"), ("ROADS", "roads")):
            context_layer = self.weights.context_layer(role)
            if context_layer is not None:
                parameters[parameter] = context_layer.id()
        return parameters

    def print_site_layout(self) -> None:
        """Hand the chosen sites to the Site layout maps algorithm's dialog."""
        parameters = self.site_layout_parameters()
        if parameters is not None:
            import processing

            processing.execAlgorithmDialog("evplanner:sitelayoutmaps", parameters)

    def discard_plan(self) -> None:
        if self.store is not None:
            self.store.discard()
            self._plan_changed()

    def _update_plan_state(self) -> None:
        store = self.store
        pending = store is not None and store.has_pending_changes()
        stack = store.plan_layer.undoStack() if store is not None else None
        self.annotation.undo_button.setEnabled(bool(stack is not None and stack.canUndo()))
        self.annotation.save_button.setEnabled(pending)
        self.annotation.discard_button.setEnabled(pending)
        if store is None:
            self.annotation.pending_label.setText("")
        elif pending:
            self.annotation.pending_label.setText(
                translate(
                    "SitePlannerDock", "Unsaved changes to the delivery plan ({n} step(s) to undo)."
                ).format(n=stack.index() if stack is not None else 0)
            )
        else:
            self.annotation.pending_label.setText(
                translate("SitePlannerDock", "Delivery plan: {n} site(s), all saved.").format(
                    n=store.plan_layer.featureCount()
                )
            )

    # --- project ---------------------------------------------------------------------------

    def _project_vector_layers(self):
        return [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if isinstance(layer, QgsVectorLayer)
        ]

    def _project_read(self, *args) -> None:
        self.weights.load_from_project()
        text = project.read_path("plan/location")
        self.annotation.set_location_text(text)
        self.annotation.officer_edit.setText(project.read_text("annotation/officer", ""))
        if text and self.store is None:
            with contextlib.suppress(EvPlannerError):
                location = PlanLocation.parse(text)
                if all(PlanStore._tables_exist(location)):
                    self.set_plan_location(text)

    def _project_cleared(self) -> None:
        self._detach_store()
        self.overlay.clear()
        self.cache.invalidate()
        self.rows_cache.clear()
        self.annotation.set_location_text("")
        self._set_layer(None)

    def _layers_removed(self, layer_ids) -> None:
        ids = set(layer_ids)
        for layer_id in ids:
            self.overlay.pop(layer_id, None)
            self.cache.invalidate(layer_id)
            self.rows_cache.clear(layer_id)
        if self.store is not None and self.store.plan_layer.id() in ids:
            self._detach_store()
        if self._layer is not None and self._layer.id() in ids:
            self._set_layer(None)

    def _message(self, text: str, level: str = "info", details: str | None = None) -> None:
        """Show ``text`` in the message bar (``details`` behind its Show More button) and log
        it (with the details). Core messages (:class:`Message`) are shown translated."""
        text = translated_text(text)
        details = translated_text(details) if details else details
        levels = {
            "info": compat.LEVEL_INFO,
            "warning": compat.LEVEL_WARNING,
            "critical": compat.LEVEL_CRITICAL,
            "success": compat.LEVEL_SUCCESS,
        }
        title = translate("SitePlannerDock", "EV Site Planner")
        with contextlib.suppress(Exception):
            bar = self.iface.messageBar()
            if details:
                bar.pushMessage(title, text, details, levels.get(level, compat.LEVEL_INFO), 0)
            else:
                bar.pushMessage(title, text, levels.get(level, compat.LEVEL_INFO), 6)
        log(
            f"{text} {details}" if details else text,
            "warning" if level == "critical" else level,
        )

    def teardown(self) -> None:
        """Disconnect from QGIS signals before the dock is removed."""
        self._timer.stop()
        self._forget_task()
        with contextlib.suppress(TypeError, RuntimeError):
            self.iface.currentLayerChanged.disconnect(self._set_layer)
        for signal, slot in (
            (QgsProject.instance().readProject, self._project_read),
            (QgsProject.instance().cleared, self._project_cleared),
            (QgsProject.instance().layersWillBeRemoved, self._layers_removed),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._detach_store()
        self._set_layer(None)


class _OneFeature:
    """A layer limited to some feature ids, for :func:`bridge.source_to_gdf`."""

    def __init__(self, layer: QgsVectorLayer, fids) -> None:
        self._layer = layer
        self._fids = [int(fids)] if isinstance(fids, int) else sorted(int(f) for f in fids)

    def fields(self):
        return self._layer.fields()

    def sourceCrs(self):
        return self._layer.crs()

    def featureCount(self):
        return len(self._fids)

    def getFeatures(self, request):
        request.setFilterFids(self._fids)
        return self._layer.getFeatures(request)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _location_text(location: PlanLocation) -> str:
    return location.path if location.kind == "gpkg" else location.display()


__all__ = ["MAX_ROWS", "SitePlannerDock"]
