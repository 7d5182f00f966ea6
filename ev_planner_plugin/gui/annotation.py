"""Annotation widgets: where the delivery plan lives, the values to record, and the plan buttons.

Every field can be left at "(keep)": new sites then get the delivery plan's defaults (see
:func:`core.delivery_plan.build_delivery_plan`) and sites already in the plan keep their value.
"""

from __future__ import annotations

from qgis.gui import QgsDoubleSpinBox, QgsSpinBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.eligibility import CHARGER_TYPES
from ..plan import schema
from ..plan.store import default_officer
from ..toolbelt.i18n import translate
from . import labels

KEEP = None


class AnnotationPanel(QWidget):
    """Delivery-plan location, annotation fields and the add / undo / save buttons."""

    location_chosen = pyqtSignal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("evPlannerAnnotation")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        where = QHBoxLayout()
        self.location_edit = QLineEdit(self)
        self.location_edit.setObjectName("evPlannerPlanLocation")
        self.location_edit.setPlaceholderText(
            translate(
                "SitePlannerDock",
                "delivery_plan.gpkg, or postgresql://user@host/database?schema=ev",
            )
        )
        self.location_edit.setToolTip(
            translate(
                "SitePlannerDock",
                "The delivery plan: a GeoPackage file (created on first use) or a PostGIS "
                "database shared by several officers. Put passwords in a QGIS authentication "
                "configuration (authcfg=...), not here.",
            )
        )
        self.location_edit.editingFinished.connect(self._location_edited)
        browse = QToolButton(self)
        browse.setObjectName("evPlannerPlanBrowse")
        browse.setText("…")
        browse.setToolTip(
            translate("SitePlannerDock", "Choose or create a GeoPackage for the delivery plan")
        )
        browse.clicked.connect(self._browse)
        where.addWidget(QLabel(translate("SitePlannerDock", "Plan"), self))
        where.addWidget(self.location_edit, 1)
        where.addWidget(browse)
        outer.addLayout(where)

        form = QFormLayout()
        keep = translate("SitePlannerDock", "(keep)")
        self.status_combo = _combo(
            self, "evPlannerStatus", keep, [(s, labels.plan_status(s)) for s in schema.STATUSES]
        )
        self.charger_combo = _combo(
            self,
            "evPlannerChargerType",
            keep,
            [(t, labels.charger_type(t)) for t in CHARGER_TYPES],
        )
        self.funding_combo = _combo(
            self, "evPlannerFunding", keep, [(f, labels.funding(f)) for f in schema.FUNDING]
        )
        self.sockets_spin = QgsSpinBox(self)
        self.sockets_spin.setObjectName("evPlannerSockets")
        self.sockets_spin.setRange(-1, 100)
        self.sockets_spin.setSpecialValueText(keep)
        self.sockets_spin.setClearValue(-1)
        self.sockets_spin.setValue(-1)
        self.cost_spin = QgsDoubleSpinBox(self)
        self.cost_spin.setObjectName("evPlannerCost")
        self.cost_spin.setRange(-1.0, 10_000_000.0)
        self.cost_spin.setDecimals(0)
        self.cost_spin.setSingleStep(500.0)
        self.cost_spin.setPrefix("£")
        self.cost_spin.setSpecialValueText(keep)
        self.cost_spin.setClearValue(-1.0)
        self.cost_spin.setValue(-1.0)
        self.officer_edit = QLineEdit(self)
        self.officer_edit.setObjectName("evPlannerOfficer")
        self.officer_edit.setPlaceholderText(default_officer())
        self.officer_edit.setToolTip(
            translate(
                "SitePlannerDock",
                "The officer responsible; also recorded in the history as who saved",
            )
        )
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("evPlannerNotes")
        self.notes_edit.setPlaceholderText(
            translate("SitePlannerDock", "Engagement notes (empty: keep)")
        )
        self.notes_edit.setMaximumHeight(70)
        form.addRow(translate("SitePlannerDock", "Status"), self.status_combo)
        form.addRow(translate("SitePlannerDock", "Charger type"), self.charger_combo)
        form.addRow(translate("SitePlannerDock", "Sockets"), self.sockets_spin)
        form.addRow(translate("SitePlannerDock", "Funding"), self.funding_combo)
        form.addRow(translate("SitePlannerDock", "Estimated cost"), self.cost_spin)
        form.addRow(translate("SitePlannerDock", "Officer"), self.officer_edit)
        form.addRow(translate("SitePlannerDock", "Notes"), self.notes_edit)
        outer.addLayout(form)

        grid = QGridLayout()
        self.add_button = QPushButton(translate("SitePlannerDock", "Add to delivery plan"), self)
        self.add_button.setObjectName("evPlannerAddToPlan")
        self.add_button.setToolTip(
            translate(
                "SitePlannerDock",
                "Add the selected sites to the delivery plan (sites already in it get these "
                "values). Nothing is written until you save the plan.",
            )
        )
        self.undo_button = QPushButton(translate("SitePlannerDock", "Undo"), self)
        self.undo_button.setObjectName("evPlannerUndo")
        self.save_button = QPushButton(translate("SitePlannerDock", "Save plan"), self)
        self.save_button.setObjectName("evPlannerSavePlan")
        self.discard_button = QPushButton(translate("SitePlannerDock", "Discard changes"), self)
        self.discard_button.setObjectName("evPlannerDiscard")
        grid.addWidget(self.add_button, 0, 0, 1, 2)
        grid.addWidget(self.undo_button, 1, 0)
        grid.addWidget(self.save_button, 1, 1)
        self.print_button = QPushButton(translate("SitePlannerDock", "Print site layout…"), self)
        self.print_button.setObjectName("evPlannerPrintSiteLayout")
        self.print_button.setToolTip(
            translate(
                "SitePlannerDock",
                "Open Site layout maps for the selected delivery-plan sites (or the selected "
                "features of the active layer): one page per site, ready for consultation.",
            )
        )
        grid.addWidget(self.discard_button, 2, 0)
        grid.addWidget(self.print_button, 2, 1)
        outer.addLayout(grid)
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("evPlannerPending")
        self.pending_label.setWordWrap(True)
        outer.addWidget(self.pending_label)
        outer.addStretch(1)

    def values(self) -> dict:
        """The annotation values that are set (everything at "(keep)" left out)."""
        out = {
            "status": self.status_combo.currentData(),
            "charger_type": self.charger_combo.currentData(),
            "funding": self.funding_combo.currentData(),
            "sockets": self.sockets_spin.value() if self.sockets_spin.value() >= 0 else KEEP,
            "cost_gbp": self.cost_spin.value() if self.cost_spin.value() >= 0 else KEEP,
            "officer": self.officer_edit.text().strip() or KEEP,
            "notes": self.notes_edit.toPlainText().strip() or KEEP,
        }
        return {k: v for k, v in out.items() if v is not KEEP}

    def set_values(self, values: dict) -> None:
        for name, combo in (
            ("status", self.status_combo),
            ("charger_type", self.charger_combo),
            ("funding", self.funding_combo),
        ):
            if name in values:
                combo.setCurrentIndex(max(0, combo.findData(values[name])))
        if "sockets" in values:
            self.sockets_spin.setValue(int(values["sockets"]))
        if "cost_gbp" in values:
            self.cost_spin.setValue(float(values["cost_gbp"]))
        if "officer" in values:
            self.officer_edit.setText(str(values["officer"]))
        if "notes" in values:
            self.notes_edit.setPlainText(str(values["notes"]))

    def officer(self) -> str | None:
        return self.officer_edit.text().strip() or None

    def set_location_text(self, text: str) -> None:
        self.location_edit.setText(text)

    def _location_edited(self) -> None:
        text = self.location_edit.text().strip()
        if text:
            self.location_chosen.emit(text)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SitePlannerDock", "Delivery plan GeoPackage"),
            self.location_edit.text() or "delivery_plan.gpkg",
            translate("SitePlannerDock", "GeoPackage (*.gpkg)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            self.location_edit.setText(path)
            self.location_chosen.emit(path)


def _combo(parent, name: str, keep: str, items) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(keep, KEEP)
    for value, label in items:
        combo.addItem(label, value)
    return combo
