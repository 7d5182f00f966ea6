"""Small bars per criterion in the table: how many points each criterion gives a site."""

from __future__ import annotations

import numpy as np
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPen
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate

from .selection_data import CRITERIA_ORDER
from .selection_model import ROLE_CONTRIBUTIONS

#: One colour per criterion (Okabe-Ito and Tableau hues: distinguishable with colour-blindness).
CRITERION_COLOURS = {
    "demand": "#0072B2",
    "population": "#56B4E9",
    "gap": "#D55E00",
    "survey": "#CC79A7",
    "forecast": "#E69F00",
    "headroom": "#009E73",
    "connection": "#8FBC8F",
    "deprivation": "#7F3C8D",
    "rurality": "#B8860B",
    "flood": "#4682B4",
    "land": "#666666",
}
BAR_WIDTH = 5
BAR_GAP = 1


class CriterionBarsDelegate(QStyledItemDelegate):
    """Paints one vertical bar per criterion, its height the criterion's contribution on a
    scale shared by the whole table (``model.bar_scale``: the largest contribution shown)."""

    def __init__(self, scale_source, parent=None) -> None:
        super().__init__(parent)
        self._scale_source = scale_source  # the SelectionTableModel (for bar_scale)
        self._colours = [QColor(CRITERION_COLOURS[c]) for c in CRITERIA_ORDER]

    def paint(self, painter, option, index) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        values = index.data(ROLE_CONTRIBUTIONS)
        if values is None:
            return
        values = np.asarray(values, dtype=float)
        if not np.isfinite(values).any():
            return
        scale = max(getattr(self._scale_source, "bar_scale", 1.0), 1e-9)
        rect = option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        baseline = rect.bottom()
        painter.setPen(QPen(option.palette.mid().color(), 1))
        painter.drawLine(rect.left(), baseline, rect.left() + self._width() - 1, baseline)
        painter.setPen(Qt.PenStyle.NoPen)
        for k, value in enumerate(values):
            if not np.isfinite(value) or value <= 0:
                continue
            height = max(1.0, rect.height() * min(value / scale, 1.0))
            x = rect.left() + k * (BAR_WIDTH + BAR_GAP)
            painter.setBrush(self._colours[k])
            painter.drawRect(QRectF(x, baseline - height, BAR_WIDTH, height))
        painter.restore()

    @staticmethod
    def _width() -> int:
        return len(CRITERIA_ORDER) * (BAR_WIDTH + BAR_GAP)

    def sizeHint(self, option, index) -> QSize:
        return QSize(self._width() + 6, 20)
