"""The "EV Site Planner" dock: follows the active layer's selection.

For now it lists the selected features of the active vector layer; scoring, annotation and
the delivery plan come with the dock panel issue.
"""

from __future__ import annotations

import contextlib

from qgis.core import QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..toolbelt.i18n import tr

CONTEXT = "SitePlannerDock"
MAX_ROWS = 5000


class SitePlannerDock(QgsDockWidget):
    DEFAULT_AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("EV Site Planner", CONTEXT), parent)
        self.setObjectName("evPlannerSitePlannerDock")
        self.iface = iface
        self._layer: QgsVectorLayer | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("evPlannerStatusLabel")
        self.status_label.setWordWrap(True)
        self.table = QTableWidget(body)
        self.table.setObjectName("evPlannerSelectionTable")
        self.table.setSortingEnabled(True)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table)
        self.setWidget(body)

        self.iface.currentLayerChanged.connect(self._set_layer)
        self._set_layer(self.iface.activeLayer())

    def _set_layer(self, layer) -> None:
        if self._layer is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._layer.selectionChanged.disconnect(self.refresh)
        self._layer = layer if isinstance(layer, QgsVectorLayer) else None
        if self._layer is not None:
            self._layer.selectionChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *args) -> None:
        """Show the selected features of the active layer."""
        layer = self._layer
        self.table.setSortingEnabled(False)
        self.table.clear()
        if layer is None:
            self.status_label.setText(
                tr("Select streets or kerb runs on a vector layer to see them here.", CONTEXT)
            )
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        count = layer.selectedFeatureCount()
        self.status_label.setText(
            tr("{layer}: {count} selected feature(s)", CONTEXT).format(
                layer=layer.name(), count=count
            )
        )
        names = layer.fields().names()
        self.table.setColumnCount(len(names))
        self.table.setHorizontalHeaderLabels(names)
        features = list(layer.getSelectedFeatures())[:MAX_ROWS]
        self.table.setRowCount(len(features))
        for row, feature in enumerate(features):
            for column, value in enumerate(feature.attributes()):
                text = "" if value is None or str(value) == "NULL" else str(value)
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setSortingEnabled(True)

    def teardown(self) -> None:
        """Disconnect from QGIS signals before the dock is removed."""
        with contextlib.suppress(TypeError, RuntimeError):
            self.iface.currentLayerChanged.disconnect(self._set_layer)
        self._set_layer(None)
