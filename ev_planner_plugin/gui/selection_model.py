"""The dock's table model: one row per selected feature, sorted and filtered with numpy.

:class:`SelectionTableModel` holds :class:`.selection_data.SelectionRows` and formats cells
lazily (only the rows the view paints). :class:`SelectionProxyModel` is what the view shows:
its ``sort`` asks the source model to reorder itself (a numpy stable sort: 5,000 rows in about a
millisecond, where a C++ proxy sort calling back into Python per comparison takes hundreds) and
its filter reads a mask the source computed once per filter text.
"""

from __future__ import annotations

import numpy as np
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ..toolbelt.i18n import translate
from . import labels
from .selection_data import CRITERIA_ORDER, SelectionRows

(
    COL_STREET,
    COL_LENGTH,
    COL_STATUS,
    COL_REASONS,
    COL_SCORE,
    COL_CRITERIA,
    COL_NEAREST,
    COL_HOMES,
    COL_PLAN,
) = range(9)
COLUMN_COUNT = 9

ROLE_FID = int(Qt.ItemDataRole.UserRole) + 1
ROLE_CONTRIBUTIONS = int(Qt.ItemDataRole.UserRole) + 2
ROLE_MATCH = int(Qt.ItemDataRole.UserRole) + 3  # "1" when the row matches the filter text


def column_headers() -> list[str]:
    return [
        translate("SitePlannerDock", "Street"),
        translate("SitePlannerDock", "Length (m)"),
        translate("SitePlannerDock", "Status"),
        translate("SitePlannerDock", "Reasons"),
        translate("SitePlannerDock", "Score"),
        translate("SitePlannerDock", "Criteria"),
        translate("SitePlannerDock", "Nearest chargepoint (m)"),
        translate("SitePlannerDock", "Homes served"),
        translate("SitePlannerDock", "Delivery plan"),
    ]


def column_tooltips() -> list[str]:
    return [
        translate("SitePlannerDock", "Street name (and side of the road)"),
        translate("SitePlannerDock", "Length of the kerb run or feature"),
        translate("SitePlannerDock", "Kerbside eligibility"),
        translate("SitePlannerDock", "Why a run is not (or only with a TRO change) eligible"),
        translate(
            "SitePlannerDock", "Site score 0-100 (Score candidate sites, or Score selection here)"
        ),
        translate("SitePlannerDock", "Points each criterion contributes to the score"),
        translate("SitePlannerDock", "Distance to the nearest public chargepoint"),
        translate("SitePlannerDock", "Homes without off-street parking within the catchment"),
        translate("SitePlannerDock", "Status of the site in the delivery plan"),
    ]


class SelectionTableModel(QAbstractTableModel):
    """Rows of the selection, in a display order kept as a permutation of the data."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = SelectionRows()
        self._order = np.zeros(0, dtype=np.int64)
        self._sort_column = -1
        self._sort_descending = False
        self._filter_text = ""
        self._accepted = np.zeros(0, dtype=bool)
        self._headers = column_headers()
        self._tooltips = column_tooltips()
        self.bar_scale = 1.0

    # data in and out

    @property
    def rows(self) -> SelectionRows:
        return self._rows

    def set_rows(self, rows: SelectionRows) -> None:
        """Show ``rows`` (model reset), in the current sort order and filter."""
        self.beginResetModel()
        self._rows = rows
        self._order = self._sorted(self._sort_column, self._sort_descending)
        self._accepted = self._mask(self._filter_text)
        finite = rows.contributions[np.isfinite(rows.contributions)]
        self.bar_scale = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
        self.endResetModel()

    def position(self, row: int) -> int:
        """Data position of display row ``row``."""
        return int(self._order[row])

    def fid(self, row: int) -> int:
        return int(self._rows.fids[self._order[row]])

    def row_of_fid(self, fid: int) -> int | None:
        position = self._rows.position(fid)
        if position is None:
            return None
        return int(np.flatnonzero(self._order == position)[0])

    def fids_in_order(self) -> list[int]:
        return [int(f) for f in self._rows.fids[self._order]]

    # Qt model interface

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = int(self._order[index.row()])
        column = index.column()
        r = self._rows
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, i, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_REASONS:
                return "\n".join(labels.reason_list(r.reasons[i])) or None
            if column in (COL_CRITERIA, COL_SCORE):
                return self._criteria_tooltip(r, i)
            return self._display(r, i, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_LENGTH, COL_SCORE, COL_NEAREST, COL_HOMES):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == ROLE_FID:
            return int(r.fids[i])
        if role == ROLE_CONTRIBUTIONS:
            return r.contributions[i]
        if role == ROLE_MATCH:
            return "1" if self.accepts(index.row()) else "0"
        return None

    @staticmethod
    def _display(r: SelectionRows, i: int, column: int):
        if column == COL_STREET:
            return r.street[i] or ""
        if column == COL_LENGTH:
            return _number(r.length[i], 1)
        if column == COL_STATUS:
            return labels.eligibility_status(r.status[i])
        if column == COL_REASONS:
            return labels.reasons(r.reasons[i])
        if column == COL_SCORE:
            return _number(r.score[i], 1)
        if column == COL_NEAREST:
            return _number(r.nearest[i], 0)
        if column == COL_HOMES:
            return _number(r.homes[i], 0)
        if column == COL_PLAN:
            return labels.plan_status(r.plan[i])
        return None

    @staticmethod
    def _criteria_tooltip(r: SelectionRows, i: int):
        values = r.contributions[i]
        if not np.isfinite(values).any():
            return translate("SitePlannerDock", "Not scored yet: use Score selection.")
        lines = [
            f"{labels.criterion(c)}: {values[k]:.1f}"
            for k, c in enumerate(CRITERIA_ORDER)
            if np.isfinite(values[k]) and values[k] > 0
        ]
        total = _number(r.score[i], 1)
        return (
            translate("SitePlannerDock", "Score {score}").format(score=total)
            + "\n"
            + "\n".join(lines)
        )

    # sorting and filtering (numpy)

    def sort_rows(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column``; selections and the current row follow their rows."""
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort_column, self._sort_descending = column, descending
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        persistent = self.persistentIndexList()
        self._order = self._sorted(column, descending)
        self._accepted = self._mask(self._filter_text)
        if persistent:
            new_row_of = np.empty(len(self._order), dtype=np.int64)
            new_row_of[self._order] = np.arange(len(self._order))
            self.changePersistentIndexList(
                persistent,
                [self.index(int(new_row_of[old_order[p.row()]]), p.column()) for p in persistent],
            )
        self.layoutChanged.emit()

    def _sorted(self, column: int, descending: bool) -> np.ndarray:
        n = len(self._rows)
        if column < 0 or n == 0:
            return np.arange(n, dtype=np.int64)
        missing, value = self._sort_key(column)
        if descending:
            value = -value
        # missing values last in either direction; ties keep feature id order
        return np.lexsort((np.arange(n), value, missing)).astype(np.int64)

    def _sort_key(self, column: int) -> tuple[np.ndarray, np.ndarray]:
        r = self._rows
        numeric = {
            COL_LENGTH: r.length,
            COL_SCORE: r.score,
            COL_CRITERIA: r.score,
            COL_NEAREST: r.nearest,
            COL_HOMES: r.homes,
        }
        if column in numeric:
            values = np.asarray(numeric[column], dtype=float)
            missing = ~np.isfinite(values)
            return missing, np.where(missing, 0.0, values)
        texts = {
            COL_STREET: r.street,
            COL_STATUS: r.status,
            COL_REASONS: r.reasons,
            COL_PLAN: r.plan,
        }[column]
        missing = np.array([t is None or t == "" for t in texts], dtype=bool)
        keys = np.array(["" if t is None else str(t).lower() for t in texts], dtype=object)
        if column == COL_PLAN:  # workflow order, not alphabetical
            from ..plan.schema import STATUSES

            rank = {s: k for k, s in enumerate(STATUSES)}
            return missing, np.array([rank.get(k, len(rank)) for k in keys], dtype=float)
        _, codes = np.unique(keys.astype(str), return_inverse=True)
        return missing, codes.astype(float)

    def set_filter_text(self, text: str) -> None:
        self._filter_text = text.strip().lower()
        self._accepted = self._mask(self._filter_text)

    def accepts(self, row: int) -> bool:
        return bool(self._accepted[row]) if self._filter_text else True

    def _mask(self, text: str) -> np.ndarray:
        """Display rows whose street, status, reasons or plan status contain ``text``."""
        n = len(self._rows)
        if not text:
            return np.ones(n, dtype=bool)
        r = self._rows
        hay = [
            " ".join(
                (
                    r.street[i] or "",
                    labels.eligibility_status(r.status[i]),
                    r.reasons[i] or "",
                    labels.reasons(r.reasons[i]),
                    labels.plan_status(r.plan[i]),
                    r.site_ref[i] or "" if len(r.site_ref) else "",
                )
            ).lower()
            for i in range(n)
        ]
        found = np.array([text in h for h in hay], dtype=bool)
        return found[self._order] if n else found


class SelectionProxyModel(QSortFilterProxyModel):
    """The view's model: sorting delegated to :class:`SelectionTableModel`; filtering in C++ on
    the source's match role (no call into Python per row while no filter is set)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterRole(ROLE_MATCH)
        self.setFilterKeyColumn(0)

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, SelectionTableModel):
            source.sort_rows(column, order)

    def set_filter_text(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, SelectionTableModel):
            source.set_filter_text(text)
        self.setFilterFixedString("1" if text.strip() else "")
        self.invalidateFilter()


def _number(value, decimals: int) -> str:
    if value is None or not np.isfinite(value):
        return ""
    return f"{value:,.{decimals}f}"
