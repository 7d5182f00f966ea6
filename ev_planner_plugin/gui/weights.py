"""Scoring weights (with the scoring presets) and the layers scoring reads, saved in the project."""

from __future__ import annotations

import contextlib

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsDoubleSpinBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.scoring import CRITERIA, DEFAULT_PRESET, DEFAULT_THRESHOLDS, FLOOD_POLICIES
from ..processing.algorithms.score_sites import all_presets
from ..toolbelt.i18n import translate
from . import labels, project

CUSTOM = "__custom__"


def _filter(name: str):
    """Layer filter flag across QGIS versions (Qgis.LayerFilter from 3.34)."""
    from qgis.core import Qgis

    scoped = getattr(Qgis, "LayerFilter", None)
    if scoped is not None and hasattr(scoped, name):
        return getattr(scoped, name)
    return getattr(QgsMapLayerProxyModel, name)


def context_roles():
    """(role, label, layer filter, name hints) of the layers scoring and the table read."""
    return (
        (
            "chargepoints",
            translate("SitePlannerDock", "Public chargepoints"),
            "PointLayer",
            ("chargepoint",),
        ),
        (
            "homes",
            translate("SitePlannerDock", "Homes (address points)"),
            "PointLayer",
            ("address", "home"),
        ),
        (
            "areas",
            translate("SitePlannerDock", "Areas (census, IMD, rurality)"),
            "PolygonLayer",
            ("areas",),
        ),
        (
            "survey",
            translate("SitePlannerDock", "Residents' suggestions"),
            "PointLayer",
            ("survey", "suggest"),
        ),
        ("substations", translate("SitePlannerDock", "Substations"), "PointLayer", ("substation",)),
        (
            "roads",
            translate("SitePlannerDock", "Roads (walking distances)"),
            "LineLayer",
            ("road",),
        ),
        ("flood_zones", translate("SitePlannerDock", "Flood zones"), "PolygonLayer", ("flood",)),
        (
            "council_land",
            translate("SitePlannerDock", "Council land"),
            "PolygonLayer",
            ("council_land",),
        ),
    )


CONTEXT_ROLES = tuple(role for role, *_ in context_roles())
OFFSTREET_HINTS = ("has_offstreet_parking", "offstreet", "off_street")


class WeightsEditor(QWidget):
    """Preset, one weight per criterion, flood policy, input layers; "Score selection"."""

    changed = pyqtSignal()  # weights, preset or flood policy changed
    context_changed = pyqtSignal()  # an input layer changed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("evPlannerWeights")
        self._loading = False
        self.presets = all_presets()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("evPlannerPreset")
        for name, preset in self.presets.items():
            self.preset_combo.addItem(preset.label or name, name)
            self.preset_combo.setItemData(
                self.preset_combo.count() - 1, preset.description, _tooltip_role()
            )
        self.preset_combo.addItem(translate("SitePlannerDock", "Custom weights"), CUSTOM)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        form.addRow(translate("SitePlannerDock", "Preset"), self.preset_combo)

        self.spins: dict[str, QgsDoubleSpinBox] = {}
        for criterion in CRITERIA:
            spin = QgsDoubleSpinBox(self)
            spin.setObjectName(f"evPlannerWeight_{criterion}")
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSingleStep(1.0)
            spin.setShowClearButton(False)
            spin.setToolTip(labels.criterion_description(criterion))
            spin.valueChanged.connect(self._weight_edited)
            self.spins[criterion] = spin
            form.addRow(labels.criterion(criterion), spin)

        self.flood_combo = QComboBox(self)
        self.flood_combo.setObjectName("evPlannerFloodPolicy")
        flood_labels = {
            "penalise": translate("SitePlannerDock", "Penalise sites in flood zones"),
            "exclude": translate("SitePlannerDock", "Exclude sites in flood zones"),
        }
        for policy in FLOOD_POLICIES:
            self.flood_combo.addItem(flood_labels.get(policy, policy), policy)
        self.flood_combo.currentIndexChanged.connect(self._weight_edited)
        form.addRow(translate("SitePlannerDock", "Flood zones"), self.flood_combo)
        outer.addLayout(form)

        group = QgsCollapsibleGroupBox(translate("SitePlannerDock", "Input layers"), self)
        group.setObjectName("evPlannerInputLayers")
        layers_form = QFormLayout(group)
        self.layer_combos: dict[str, QgsMapLayerComboBox] = {}
        for role, label, kind, _hints in context_roles():
            combo = QgsMapLayerComboBox(group)
            combo.setObjectName(f"evPlannerLayer_{role}")
            combo.setFilters(_filter(kind))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            combo.layerChanged.connect(self._context_edited)
            self.layer_combos[role] = combo
            layers_form.addRow(label, combo)
        self.offstreet_combo = QgsFieldComboBox(group)
        self.offstreet_combo.setObjectName("evPlannerOffstreetField")
        self.offstreet_combo.setAllowEmptyFieldName(True)
        self.offstreet_combo.fieldChanged.connect(self._context_edited)
        self.layer_combos["homes"].layerChanged.connect(self.offstreet_combo.setLayer)
        layers_form.addRow(
            translate("SitePlannerDock", "Homes with off-street parking"), self.offstreet_combo
        )
        outer.addWidget(group)

        buttons = QHBoxLayout()
        self.score_button = QPushButton(translate("SitePlannerDock", "Score selection"), self)
        self.score_button.setObjectName("evPlannerScoreButton")
        self.score_button.setToolTip(
            translate(
                "SitePlannerDock",
                "Score the selected features with these weights and input layers (in the "
                "background; the layer itself is not changed)",
            )
        )
        self.cancel_button = QPushButton(translate("SitePlannerDock", "Cancel"), self)
        self.cancel_button.setObjectName("evPlannerScoreCancel")
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.score_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("evPlannerScoreProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setObjectName("evPlannerScoreMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addStretch(1)

        self.load_from_project()

    # values

    def preset_name(self) -> str:
        return self.preset_combo.currentData() or DEFAULT_PRESET

    def weights(self) -> dict[str, float]:
        return {criterion: spin.value() for criterion, spin in self.spins.items()}

    def flood_policy(self) -> str:
        return self.flood_combo.currentData()

    def thresholds(self) -> dict:
        """The preset's thresholds (custom weights keep the last preset's thresholds)."""
        preset = self.presets.get(self._base_preset())
        merged = dict(DEFAULT_THRESHOLDS)
        if preset is not None:
            merged.update(preset.thresholds)
        return merged

    def catchment_radius_m(self) -> float:
        return float(self.thresholds()["catchment_radius_m"])

    def context_layer(self, role: str) -> QgsVectorLayer | None:
        layer = self.layer_combos[role].currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None

    def offstreet_field(self) -> str | None:
        return self.offstreet_combo.currentField() or None

    def _base_preset(self) -> str:
        name = project.read_text("scoring/base_preset", "")
        current = self.preset_combo.currentData()
        if current and current != CUSTOM:
            return current
        return name if name in self.presets else DEFAULT_PRESET

    # editing

    def _preset_chosen(self) -> None:
        name = self.preset_combo.currentData()
        if self._loading or name == CUSTOM:
            return
        preset = self.presets.get(name)
        if preset is None:
            return
        self._loading = True
        try:
            for criterion, spin in self.spins.items():
                spin.setValue(float(preset.weights.get(criterion, 0.0)))
            self.flood_combo.setCurrentIndex(max(0, self.flood_combo.findData(preset.flood_policy)))
        finally:
            self._loading = False
        project.write_text("scoring/base_preset", name)
        self.save_to_project()
        self.changed.emit()

    def _weight_edited(self, *_args) -> None:
        if self._loading:
            return
        preset = self.presets.get(self.preset_combo.currentData())
        if preset is not None and not self._matches(preset):
            self._loading = True
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(CUSTOM))
            self._loading = False
        self.save_to_project()
        self.changed.emit()

    def _matches(self, preset) -> bool:
        weights = self.weights()
        same = all(abs(weights[c] - float(preset.weights.get(c, 0.0))) < 1e-9 for c in CRITERIA)
        return same and self.flood_policy() == preset.flood_policy

    def _context_edited(self, *_args) -> None:
        if self._loading:
            return
        self.save_to_project()
        self.context_changed.emit()

    def set_weights(self, weights: dict, flood_policy: str | None = None) -> None:
        """Set weights (unknown criteria ignored) and mark them custom unless a preset matches."""
        self._loading = True
        try:
            for criterion, value in weights.items():
                if criterion in self.spins:
                    self.spins[criterion].setValue(float(value))
            if flood_policy:
                self.flood_combo.setCurrentIndex(max(0, self.flood_combo.findData(flood_policy)))
        finally:
            self._loading = False
        self._weight_edited()

    def select_preset(self, name: str) -> None:
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(name)))

    # project

    def load_from_project(self) -> None:
        """Weights, preset and input layers from the project (guessed by name when unset)."""
        self._loading = True
        try:
            name = project.read_text("scoring/preset", DEFAULT_PRESET)
            index = self.preset_combo.findData(name)
            if index < 0:
                index = self.preset_combo.findData(DEFAULT_PRESET)
            self.preset_combo.setCurrentIndex(max(0, index))
            preset = self.presets.get(self.preset_combo.currentData())
            weights = project.read_json("scoring/weights", None)
            if not isinstance(weights, dict):
                weights = dict(preset.weights) if preset else {}
            for criterion, spin in self.spins.items():
                with contextlib.suppress(TypeError, ValueError):
                    spin.setValue(float(weights.get(criterion, 0.0)))
            policy = project.read_text(
                "scoring/flood_policy", preset.flood_policy if preset else "penalise"
            )
            self.flood_combo.setCurrentIndex(max(0, self.flood_combo.findData(policy)))
            self._load_layers()
        finally:
            self._loading = False

    def _load_layers(self) -> None:
        layers = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if isinstance(layer, QgsVectorLayer)
        ]
        for role, _label, _kind, hints in context_roles():
            combo = self.layer_combos[role]
            layer_id = project.read_text(f"context/{role}", "")
            layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
            if layer is None and not layer_id:
                layer = next(
                    (
                        candidate
                        for candidate in layers
                        if combo.filters()
                        and _accepts(combo, candidate)
                        and any(h in candidate.name().lower() for h in hints)
                    ),
                    None,
                )
            combo.setLayer(layer)
        self.offstreet_combo.setLayer(self.layer_combos["homes"].currentLayer())
        field = project.read_text("context/homes_offstreet_field", "")
        homes = self.context_layer("homes")
        if not field and homes is not None:
            names = homes.fields().names()
            field = next((n for n in names if any(h in n.lower() for h in OFFSTREET_HINTS)), "")
        self.offstreet_combo.setField(field)

    def save_to_project(self) -> None:
        project.write_text("scoring/preset", self.preset_combo.currentData() or CUSTOM)
        project.write_json("scoring/weights", self.weights())
        project.write_text("scoring/flood_policy", self.flood_policy())
        for role, combo in self.layer_combos.items():
            layer = combo.currentLayer()
            project.write_text(f"context/{role}", layer.id() if layer else "")
        project.write_text("context/homes_offstreet_field", self.offstreet_field() or "")

    # scoring state

    def set_running(self, running: bool) -> None:
        self.score_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)


def _accepts(combo: QgsMapLayerComboBox, layer) -> bool:
    model = combo.model()
    return model.acceptsLayer(layer) if hasattr(model, "acceptsLayer") else True


def _tooltip_role():
    from qgis.PyQt.QtCore import Qt

    return Qt.ItemDataRole.ToolTipRole
