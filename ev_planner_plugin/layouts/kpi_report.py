"""The usage KPI report: a QGIS print layout (A4 landscape) exported to PDF.

Pages
    1. Headline KPIs of the latest period (sessions, energy, utilisation, sessions per
       chargepoint per day, chargepoints and sockets, idle chargepoints) with the change on the
       previous period, totals over all periods and the definitions used.
    2. Sessions, energy and utilisation by period (chart) and the table behind it.
    3. Utilisation by area in the latest period (bar chart) and its table — with areas only.
    4. Distribution of chargepoint utilisation in the latest period (chart), its table and the
       idle chargepoints.
    5. Map of utilisation by area (the ``usage_areas`` style), legend, scale bar and the
       table — with areas only.
    Tables longer than a page continue on extra pages.

Charts are drawn with matplotlib (Agg, no GUI) into PNG files placed in picture items; the PDF
is written to a temporary file next to the target and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import EvPlannerError
from ..core.feedback import Feedback, ensure_feedback
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..toolbelt.i18n import translate, translated_text

PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 12.0
CHART_DPI = 200
TABLE_ROWS_FIRST_PAGE = 28  # rows beside a chart
TABLE_ROWS_NEXT_PAGES = 32  # rows on a continuation page
FONT_FAMILY = "DejaVu Sans"
INK = "#263238"
MUTED = "#607d8b"
ACCENT = "#1565c0"
TILE_FILL = "#eef3f8"
TABLE_FONT_PT = 7.0
TABLE_FONT_MIN_PT = 5.5  # smallest size a table is shrunk to so that it fits its frame
#: Utilisation classes (%) of the map, the area bars and resources/styles/usage_areas.qml:
#: (low, high, colour, label); the last class is open-ended.
UTILISATION_CLASSES = (
    (0.0, 5.0, "#ffffcc", QT_TRANSLATE_NOOP("KpiReport", "under 5 %")),
    (5.0, 10.0, "#a1dab4", QT_TRANSLATE_NOOP("KpiReport", "5 - 10 %")),
    (10.0, 20.0, "#41b6c4", QT_TRANSLATE_NOOP("KpiReport", "10 - 20 %")),
    (20.0, 35.0, "#2c7fb8", QT_TRANSLATE_NOOP("KpiReport", "20 - 35 %")),
    (35.0, 100.0, "#253494", QT_TRANSLATE_NOOP("KpiReport", "35 % and over")),
)
NO_CHARGEPOINTS_COLOUR = "#d9d9d9"
NO_CHARGEPOINTS_LABEL = QT_TRANSLATE_NOOP("KpiReport", "No public chargepoints")
#: Labels of resources/styles/chargepoints.qml, translated on the report's map legend.
CHARGEPOINT_STYLE_LABELS = (
    QT_TRANSLATE_NOOP("KpiReport", "Slow (under 8 kW)"),
    QT_TRANSLATE_NOOP("KpiReport", "Fast (8-49 kW)"),
    QT_TRANSLATE_NOOP("KpiReport", "Rapid (50-149 kW)"),
    QT_TRANSLATE_NOOP("KpiReport", "Ultra-rapid (150 kW and above)"),
    QT_TRANSLATE_NOOP("KpiReport", "Power unknown"),
)
#: The sentences that name the kind of period, one full sentence per kind (never spliced).
PERIOD_TEXTS = {
    "month": {
        "subtitle": QT_TRANSLATE_NOOP(
            "KpiReport",
            "Public chargepoint usage, {first} to {last} ({n} months) · report of {date}",
        ),
        "previous": QT_TRANSLATE_NOOP("KpiReport", "{change} on the previous month"),
        "totals": QT_TRANSLATE_NOOP("KpiReport", "All {n} months: {sessions} sessions, {kwh} kWh."),
        "compare": QT_TRANSLATE_NOOP("KpiReport", "Changes compare with the previous month."),
        "chart": QT_TRANSLATE_NOOP("KpiReport", "Sessions and energy by month"),
        "page": QT_TRANSLATE_NOOP("KpiReport", "Usage by month"),
    },
    "quarter": {
        "subtitle": QT_TRANSLATE_NOOP(
            "KpiReport",
            "Public chargepoint usage, {first} to {last} ({n} quarters) · report of {date}",
        ),
        "previous": QT_TRANSLATE_NOOP("KpiReport", "{change} on the previous quarter"),
        "totals": QT_TRANSLATE_NOOP(
            "KpiReport", "All {n} quarters: {sessions} sessions, {kwh} kWh."
        ),
        "compare": QT_TRANSLATE_NOOP("KpiReport", "Changes compare with the previous quarter."),
        "chart": QT_TRANSLATE_NOOP("KpiReport", "Sessions and energy by quarter"),
        "page": QT_TRANSLATE_NOOP("KpiReport", "Usage by quarter"),
    },
}


def period_text(data: KpiReportData, key: str) -> str:
    """The translated sentence ``key`` for the report's kind of period."""
    texts = PERIOD_TEXTS.get(data.period_kind, PERIOD_TEXTS["month"])
    return translate("KpiReport", texts[key])


def translate_legend_labels(layer) -> None:
    """Put the labels of the layer's rule-based or categorized style into the print language."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None:
        return
    if hasattr(renderer, "rootRule"):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(translate("KpiReport", rule.label()))
    elif hasattr(renderer, "categories"):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, translate("KpiReport", category.label()))


def _pick(owner, enum: str, member: str, old_owner, old_member: str):
    scoped = getattr(owner, enum, None)
    if scoped is not None and hasattr(scoped, member):
        return getattr(scoped, member)
    return getattr(old_owner, old_member)


_TEXT_ALWAYS_TEXT = _pick(
    Qgis, "TextRenderFormat", "AlwaysText", QgsRenderContext, "TextFormatAlwaysText"
)
_EXPORT_SUCCESS = _pick(Qgis, "LayoutExportResult", "Success", QgsLayoutExporter, "Success")
_LANDSCAPE = _pick(Qgis, "PageOrientation", "Landscape", QgsLayoutItemPage, "Landscape")
_MM = _pick(Qgis, "LayoutUnit", "Millimeters", QgsUnitTypes, "LayoutMillimeters")
_POINTS = _pick(Qgis, "RenderUnit", "Points", QgsUnitTypes, "RenderPoints")


@dataclass
class KpiReportData:
    """Everything the report shows (tables from :mod:`ev_planner_plugin.core.usage`)."""

    title: str
    period_kind: str  # "month" or "quarter"
    kpis: dict  # core.usage.headline_kpis
    network: pd.DataFrame  # network_usage: one row per period
    usage: pd.DataFrame  # chargepoint_usage
    distribution: pd.DataFrame  # utilisation_distribution of the latest period
    areas_latest: pd.DataFrame | None = None  # area_usage rows of the latest period
    speed_classes: pd.DataFrame | None = None  # area_usage-like rows per speed class, latest
    notes: list = field(default_factory=list)
    generated: str = field(default_factory=lambda: dt.date.today().isoformat())


# ------------------------------------------------------------------------------ formatting
def fmt_int(value) -> str:
    return "–" if value is None or pd.isna(value) else f"{int(round(float(value))):,}"


def fmt_num(value, digits: int = 1) -> str:
    return "–" if value is None or pd.isna(value) else f"{float(value):,.{digits}f}"


def fmt_change(value, unit: str = "%") -> str:
    if value is None or pd.isna(value):
        return "–"
    value = round(float(value), 1) + 0.0  # no "-0.0"
    sign = "+" if value > 0 else ""
    return f"{sign}{value:,.1f} {unit}"


def utilisation_colour(value) -> str:
    if value is None or pd.isna(value):
        return NO_CHARGEPOINTS_COLOUR
    for low, high, colour, _ in UTILISATION_CLASSES:
        if low <= value < high:
            return colour
    return UTILISATION_CLASSES[-1][2]


# ------------------------------------------------------------------------------ charts
def _figure(width_mm: float, height_mm: float):
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise EvPlannerError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The KPI report draws its charts with matplotlib, which is not installed in "
                    "QGIS's Python: install python3-matplotlib (Debian/Ubuntu) or matplotlib "
                    "with pip in the OSGeo4W shell, then run the report again.",
                )
            )
        ) from error
    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=CHART_DPI)
    FigureCanvasAgg(figure)
    figure.patch.set_facecolor("white")
    return figure


def _style_axes(axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=7, colors=INK)
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def chart_time_series(data: KpiReportData, path: Path, size=(170.0, 150.0)) -> Path:
    """Sessions (bars) and kWh (line) by period, and utilisation (line) below."""
    network = data.network.sort_values("period")
    figure = _figure(*size)
    top, bottom = figure.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    x = range(len(network))
    top.bar(x, network.sessions, color=ACCENT, width=0.6)
    _style_axes(top)
    top.set_ylabel(translate("KpiReport", "Sessions"), fontsize=8, color=ACCENT)
    energy = top.twinx()
    energy.plot(x, network.kwh / 1000.0, color="#ef6c00", marker="o", linewidth=1.6)
    energy.set_ylabel(translate("KpiReport", "Energy (MWh)"), fontsize=8, color="#ef6c00")
    energy.tick_params(labelsize=7, colors="#ef6c00")
    energy.set_ylim(bottom=0)
    energy.spines["top"].set_visible(False)
    top.set_title(period_text(data, "chart"), fontsize=9, color=INK)
    bottom.plot(x, network.utilisation_pct, color="#2e7d32", marker="o", linewidth=1.6)
    bottom.fill_between(x, network.utilisation_pct, color="#2e7d32", alpha=0.12)
    _style_axes(bottom)
    bottom.set_ylim(bottom=0)
    bottom.set_ylabel(translate("KpiReport", "Utilisation (%)"), fontsize=8, color="#2e7d32")
    step = max(1, math.ceil(len(network) / 12))  # at most about 12 period labels
    bottom.set_xticks(list(x)[::step])
    bottom.set_xticklabels(
        list(network.period)[::step], rotation=45 if len(network) > 8 else 0, fontsize=7
    )
    figure.tight_layout()
    figure.savefig(path, dpi=CHART_DPI)
    return path


def chart_areas(data: KpiReportData, path: Path, size=(170.0, 150.0)) -> Path:
    """Horizontal bars: utilisation by area in the latest period, coloured like the map."""
    areas = data.areas_latest.sort_values(["utilisation_pct", "area_id"], na_position="first")
    labels = [
        f"{name} ({code})" if isinstance(name, str) and name else str(code)
        for name, code in zip(areas.area_name, areas.area_id)
    ]
    figure = _figure(*size)
    axes = figure.subplots()
    values = areas.utilisation_pct.fillna(0.0)
    bars = axes.barh(
        range(len(areas)),
        values,
        color=[utilisation_colour(v) for v in areas.utilisation_pct],
        edgecolor="#607d8b",
        linewidth=0.4,
    )
    for bar, value, cps in zip(bars, areas.utilisation_pct, areas.chargepoints):
        text = (
            translate("KpiReport", "no chargepoints")
            if pd.isna(value)
            else translate("KpiReport", "{pct} % ({n} cp)").format(pct=f"{value:.1f}", n=int(cps))
        )
        axes.text(
            bar.get_width() + 0.3,
            bar.get_y() + bar.get_height() / 2,
            text,
            va="center",
            fontsize=6,
            color=INK,
        )
    axes.set_yticks(range(len(areas)))
    axes.set_yticklabels(labels, fontsize=6 if len(areas) > 20 else 7)
    _style_axes(axes)
    axes.grid(axis="x", color="#e0e0e0", linewidth=0.6)
    axes.grid(axis="y", visible=False)
    axes.set_xlabel(translate("KpiReport", "Utilisation (% of socket time occupied)"), fontsize=8)
    axes.set_xlim(0, max(float(values.max()) * 1.3, 5.0))
    title = translate("KpiReport", "Utilisation by area, {period}").format(
        period=data.kpis["period"]
    )
    axes.set_title(title, fontsize=9, color=INK)
    figure.tight_layout()
    figure.savefig(path, dpi=CHART_DPI)
    return path


def chart_distribution(data: KpiReportData, path: Path, size=(170.0, 150.0)) -> Path:
    """Chargepoints per utilisation band in the latest period."""
    bands = data.distribution
    figure = _figure(*size)
    axes = figure.subplots()
    colours = [utilisation_colour(v) for v in bands.low_pct]
    bars = axes.bar(
        range(len(bands)), bands.chargepoints, color=colours, edgecolor="#607d8b", linewidth=0.4
    )
    for bar, count in zip(bars, bands.chargepoints):
        axes.text(
            bar.get_x() + bar.get_width() / 2,
            bar.get_height(),
            str(int(count)),
            ha="center",
            va="bottom",
            fontsize=7,
        )
    axes.set_xticks(range(len(bands)))
    labels = [translated_text(band) for band in bands.band]
    axes.set_xticklabels(labels, rotation=30, ha="right", fontsize=7)
    _style_axes(axes)
    axes.set_ylabel(translate("KpiReport", "Chargepoints"), fontsize=8)
    title = translate("KpiReport", "Chargepoints by utilisation, {period}").format(
        period=data.kpis["period"]
    )
    axes.set_title(title, fontsize=9, color=INK)
    figure.tight_layout()
    figure.savefig(path, dpi=CHART_DPI)
    return path


# ------------------------------------------------------------------------------ layout items
class _Builder:
    """Adds pages and items to a print layout, positions in mm from each page's corner."""

    def __init__(self, project: QgsProject, name: str) -> None:
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.setName(name)
        self.layout.renderContext().setTextRenderFormat(_TEXT_ALWAYS_TEXT)
        first = self.layout.pageCollection().page(0)
        first.setPageSize("A4", _LANDSCAPE)
        self.pages = 1

    def new_page(self) -> int:
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", _LANDSCAPE)
        self.layout.pageCollection().addPage(page)
        self.pages += 1
        return self.pages - 1

    @staticmethod
    def place(item, page: int, x: float, y: float, w: float, h: float) -> None:
        item.attemptResize(QgsLayoutSize(w, h, _MM))
        item.attemptMove(QgsLayoutPoint(x, y, _MM), page=page)

    def label(
        self,
        page: int,
        text: str,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        size: float = 9.0,
        bold: bool = False,
        colour: str = INK,
        align=Qt.AlignLeft,
        valign=Qt.AlignTop,
    ) -> QgsLayoutItemLabel:
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        if hasattr(item, "setTextFormat"):  # QGIS >= 3.24
            text_format = QgsTextFormat()
            text_format.setFont(font)
            text_format.setSize(size)
            text_format.setSizeUnit(_POINTS)
            text_format.setColor(QColor(colour))
            item.setTextFormat(text_format)
        else:
            item.setFont(font)
            item.setFontColor(QColor(colour))
        item.setHAlign(align)
        item.setVAlign(valign)
        self.layout.addLayoutItem(item)
        self.place(item, page, x, y, w, h)
        return item

    def box(self, page: int, x: float, y: float, w: float, h: float, fill: str) -> None:
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        shape.setSymbol(
            QgsFillSymbol.createSimple(
                {"color": fill, "outline_color": "#cfd8dc", "outline_width": "0.2"}
            )
        )
        shape.setCornerRadius(QgsLayoutMeasurement(2.0, _MM))
        self.layout.addLayoutItem(shape)
        self.place(shape, page, x, y, w, h)

    def picture(self, page: int, path: Path, x: float, y: float, w: float, h: float) -> None:
        item = QgsLayoutItemPicture(self.layout)
        item.setResizeMode(QgsLayoutItemPicture.Zoom)
        item.setPicturePath(str(path))
        self.layout.addLayoutItem(item)
        self.place(item, page, x, y, w, h)

    def page_header(self, page: int, title: str, subtitle: str = "") -> None:
        self.label(page, title, MARGIN, MARGIN - 2, PAGE_W - 2 * MARGIN, 9, size=15, bold=True)
        if subtitle:
            self.label(
                page, subtitle, MARGIN, MARGIN + 7, PAGE_W - 2 * MARGIN, 6, size=8, colour=MUTED
            )

    def table(
        self,
        page: int,
        header: list[str],
        rows: list[list],
        x: float,
        y: float,
        w: float,
        h: float,
        numeric: set | None = None,
    ) -> None:
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        numeric = numeric or set()
        columns = []
        for index, heading in enumerate(header):
            column = QgsLayoutTableColumn(heading)
            column.setHAlignment(Qt.AlignRight if index in numeric else Qt.AlignLeft)
            columns.append(column)
        table.setHeaders(columns)
        table.setIncludeTableHeader(True)
        cells = []
        for row in rows:
            line = []
            for index, value in enumerate(row):
                cell = QgsTableCell(value)
                cell.setHorizontalAlignment(Qt.AlignRight if index in numeric else Qt.AlignLeft)
                line.append(cell)
            cells.append(line)
        table.setTableContents(cells)
        table.setCellMargin(0.9)
        self._set_table_font(table, TABLE_FONT_PT)
        if hasattr(table, "totalWidth"):
            # Translated headings are often longer than the English: shrink the text until the
            # table fits its frame (the columns size themselves to their contents).
            table.recalculateTableSize()
            natural = table.totalWidth()
            if natural > w:
                size = max(TABLE_FONT_PT * w / natural * 0.98, TABLE_FONT_MIN_PT)
                self._set_table_font(table, size)
        table.setGridStrokeWidth(0.1)
        table.setGridColor(QColor("#b0bec5"))
        table.setBackgroundColor(QColor("#ffffff"))
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        self.place(frame, page, x, y, w, h)

    @staticmethod
    def _set_table_font(table, size: float) -> None:
        content, heading = QgsTextFormat(), QgsTextFormat()
        for text_format, bold in ((content, False), (heading, True)):
            font = QFont(FONT_FAMILY)
            font.setBold(bold)
            text_format.setFont(font)
            text_format.setSize(size)
            text_format.setSizeUnit(_POINTS)
            text_format.setColor(QColor(INK))
        table.setContentTextFormat(content)
        table.setHeaderTextFormat(heading)

    def paged_table(
        self,
        page: int,
        title: str,
        header: list[str],
        rows: list[list],
        rect: tuple,
        numeric: set | None = None,
    ) -> None:
        """A table beside a chart; rows that do not fit continue on new full-width pages."""
        x, y, w, h = rect
        self.table(page, header, rows[:TABLE_ROWS_FIRST_PAGE], x, y, w, h, numeric)
        rest = rows[TABLE_ROWS_FIRST_PAGE:]
        pages = math.ceil(len(rest) / TABLE_ROWS_NEXT_PAGES)
        for n in range(pages):
            chunk = rest[n * TABLE_ROWS_NEXT_PAGES : (n + 1) * TABLE_ROWS_NEXT_PAGES]
            extra = self.new_page()
            self.page_header(
                extra, translate("KpiReport", "{title} (continued)").format(title=title)
            )
            self.table(
                extra, header, chunk, MARGIN, 26.0, PAGE_W - 2 * MARGIN, PAGE_H - 38.0, numeric
            )


def _set_legend_font(style, size: float) -> None:
    """Font size of a legend style (text format from QGIS 3.30, a QFont before)."""
    if hasattr(style, "setTextFormat"):
        text_format = style.textFormat()
        text_format.setSize(size)
        text_format.setSizeUnit(_POINTS)
        style.setTextFormat(text_format)
    else:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        style.setFont(font)


# ------------------------------------------------------------------------------ pages
CHART_RECT = (MARGIN, 28.0, 170.0, 160.0)
LEGEND_HEIGHT = 66.0
MAP_TABLE_ROWS = 20
TABLE_RECT = (MARGIN + 176.0, 28.0, PAGE_W - 2 * MARGIN - 176.0, 160.0)


def _headline_page(builder: _Builder, data: KpiReportData) -> None:
    k = data.kpis
    period, first = k["period"], k["first_period"]
    builder.label(0, data.title, MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 12, size=20, bold=True)
    builder.label(
        0,
        period_text(data, "subtitle").format(
            first=first, last=period, n=k["periods"], date=data.generated
        ),
        MARGIN,
        MARGIN + 13,
        PAGE_W - 2 * MARGIN,
        7,
        size=10,
        colour=MUTED,
    )
    previous = period_text(data, "previous")
    points = translate("KpiReport", "points")
    tiles = [
        (translate("KpiReport", "Sessions in {period}").format(period=period),
         fmt_int(k["sessions"]),
         previous.format(change=fmt_change(k["sessions_change_pct"]))),
        (translate("KpiReport", "Energy delivered"), f"{fmt_int(k['kwh'])} kWh",
         previous.format(change=fmt_change(k["kwh_change_pct"]))),
        (translate("KpiReport", "Utilisation (socket time occupied)"),
         f"{fmt_num(k['utilisation_pct'])} %",
         previous.format(change=fmt_change(k["utilisation_change_pp"], points))),
        (translate("KpiReport", "Sessions per chargepoint per day"),
         fmt_num(k["sessions_per_day"], 2),
         translate("KpiReport", "mean over {n} chargepoints").format(n=k["chargepoints"])),
        (translate("KpiReport", "Chargepoints / sockets"),
         f"{fmt_int(k['chargepoints'])} / {fmt_int(k['sockets'])}",
         translate("KpiReport", "in the chargepoint layer")),
        (translate("KpiReport", "Idle chargepoints"), fmt_int(k["idle_chargepoints"]),
         translate("KpiReport", "no session in {period}: faulty or unused?").format(
             period=period)),
    ]  # fmt: skip
    tile_w, tile_h, gap = 86.0, 42.0, 7.5
    top = 40.0
    for index, (caption, value, note) in enumerate(tiles):
        x = MARGIN + (index % 3) * (tile_w + gap)
        y = top + (index // 3) * (tile_h + gap)
        builder.box(0, x, y, tile_w, tile_h, TILE_FILL)
        builder.label(0, caption, x + 4, y + 3, tile_w - 8, 6, size=9, colour=MUTED)
        builder.label(0, value, x + 4, y + 11, tile_w - 8, 16, size=24, bold=True, colour=ACCENT)
        builder.label(0, note, x + 4, y + 30, tile_w - 8, 8, size=8, colour=INK)
    totals = period_text(data, "totals").format(
        n=k["periods"], sessions=fmt_int(k["sessions_total"]), kwh=fmt_int(k["kwh_total"])
    )
    builder.label(0, totals, MARGIN, top + 2 * (tile_h + gap), PAGE_W - 2 * MARGIN, 7, size=10)
    definitions = translate(
        "KpiReport",
        "How the figures are made: a session counts once, in the period it starts in; its "
        "plugged-in hours are split at period boundaries (local time, GMT/BST) and its energy "
        "shared in proportion. Utilisation = time sockets were occupied / (sockets x hours in "
        "the period); overlapping sessions on one socket count once. Every chargepoint in the "
        "layer is taken as available for the whole period.",
    )
    definitions = f"{definitions} {period_text(data, 'compare')}"
    notes = " ".join(translate("KpiReport", str(n)) for n in data.notes)
    text_y = top + 2 * (tile_h + gap) + 9
    width = PAGE_W - 2 * MARGIN
    if data.speed_classes is not None and len(data.speed_classes):
        width = 150.0
        rows = [
            [
                translate("KpiReport", str(r.area_name)),
                fmt_int(r.chargepoints),
                fmt_int(r.sockets),
                fmt_int(r.sessions),
                fmt_int(r.kwh),
                fmt_num(r.utilisation_pct),
                fmt_num(r.sessions_per_day, 2),
            ]
            for r in data.speed_classes.itertuples()
        ]
        x = MARGIN + width + 8
        heading = translate("KpiReport", "By speed class, {period}").format(period=period)
        builder.label(0, heading, x, text_y - 1, 110, 6, size=9, bold=True)
        builder.table(
            0,
            [
                translate("KpiReport", "Class"),
                translate("KpiReport", "Cps"),
                translate("KpiReport", "Sockets"),
                translate("KpiReport", "Sessions"),
                "kWh",
                translate("KpiReport", "Util. %"),
                translate("KpiReport", "Sess./cp/day"),
            ],
            rows,
            x,
            text_y + 6,
            PAGE_W - MARGIN - x,
            5.2 * (len(rows) + 1),
            {1, 2, 3, 4, 5, 6},
        )
    builder.label(
        0,
        definitions + ("\n\n" + notes if notes else ""),
        MARGIN,
        text_y,
        width,
        40,
        size=7.5,
        colour=MUTED,
    )


def _time_series_page(builder: _Builder, data: KpiReportData, chart: Path) -> None:
    page = builder.new_page()
    title = period_text(data, "page")
    builder.page_header(
        page,
        title,
        translate("KpiReport", "All chargepoints in the layer; the table behind the chart."),
    )
    builder.picture(page, chart, *CHART_RECT)
    header = [
        translate("KpiReport", "Period"),
        translate("KpiReport", "Chargepoints"),
        translate("KpiReport", "Sessions"),
        "kWh",
        translate("KpiReport", "Util. %"),
        translate("KpiReport", "Sess./cp/day"),
        translate("KpiReport", "Change %"),
    ]
    rows = [
        [
            r.period,
            fmt_int(r.chargepoints),
            fmt_int(r.sessions),
            fmt_int(r.kwh),
            fmt_num(r.utilisation_pct),
            fmt_num(r.sessions_per_day, 2),
            fmt_change(r.sessions_change_pct, "").strip(),
        ]
        for r in data.network.sort_values("period").itertuples()
    ]
    builder.paged_table(page, title, header, rows, TABLE_RECT, numeric={1, 2, 3, 4, 5, 6})


def _area_rows(data: KpiReportData) -> list:
    areas = data.areas_latest.sort_values("area_id")
    return [
        [
            str(r.area_id),
            "" if not isinstance(r.area_name, str) else r.area_name,
            fmt_int(r.chargepoints),
            fmt_int(r.sessions),
            fmt_num(r.utilisation_pct),
            fmt_num(r.chargepoints_per_10k),
            fmt_num(r.evs_per_chargepoint),
        ]
        for r in areas.itertuples()
    ]


AREA_HEADER = (
    QT_TRANSLATE_NOOP("KpiReport", "Area"),
    QT_TRANSLATE_NOOP("KpiReport", "Name"),
    QT_TRANSLATE_NOOP("KpiReport", "Cps"),
    QT_TRANSLATE_NOOP("KpiReport", "Sessions"),
    QT_TRANSLATE_NOOP("KpiReport", "Util. %"),
    QT_TRANSLATE_NOOP("KpiReport", "Cps/10k"),
    QT_TRANSLATE_NOOP("KpiReport", "EVs/cp"),
)


def _areas_page(builder: _Builder, data: KpiReportData, chart: Path) -> None:
    page = builder.new_page()
    title = translate("KpiReport", "Usage by area, {period}").format(period=data.kpis["period"])
    builder.page_header(
        page,
        title,
        translate(
            "KpiReport",
            "Cps: public chargepoints in the area; Cps/10k: per 10,000 people; EVs/cp: plug-in "
            "EVs per chargepoint.",
        ),
    )
    builder.picture(page, chart, *CHART_RECT)
    header = [translate("KpiReport", text) for text in AREA_HEADER]
    builder.paged_table(page, title, header, _area_rows(data), TABLE_RECT, numeric={2, 3, 4, 5, 6})


def _distribution_page(builder: _Builder, data: KpiReportData, chart: Path) -> None:
    page = builder.new_page()
    period = data.kpis["period"]
    title = translate("KpiReport", "Utilisation of chargepoints, {period}").format(period=period)
    builder.page_header(
        page, title, translate("KpiReport", "How many chargepoints are little or much used.")
    )
    builder.picture(page, chart, *CHART_RECT)
    rows = [
        [translated_text(r.band), fmt_int(r.chargepoints)] for r in data.distribution.itertuples()
    ]
    x, y, w, _ = TABLE_RECT
    header = [translate("KpiReport", "Utilisation"), translate("KpiReport", "Chargepoints")]
    builder.table(page, header, rows, x, y, w, 5.2 * (len(rows) + 1), {1})
    latest = data.usage[data.usage.period == period]
    idle = sorted(latest.cp_id[latest.sessions == 0].astype(str))
    busiest = latest.sort_values("utilisation_pct", ascending=False).head(5)
    idle_text = translate("KpiReport", "Idle in {period} (no session): {ids}.").format(
        period=period, ids=", ".join(idle) if idle else translate("KpiReport", "none")
    )
    busiest_text = translate("KpiReport", "Busiest: {list}.").format(
        list="; ".join(f"{r.cp_id} {r.utilisation_pct:.1f} %" for r in busiest.itertuples())
    )
    text = f"{idle_text}\n\n{busiest_text}"
    builder.label(page, text, x, y + 5.2 * (len(rows) + 1) + 6, w, 60, size=8)


def _map_page(builder: _Builder, data: KpiReportData, area_layer, chargepoint_layer) -> None:
    page = builder.new_page()
    title = translate("KpiReport", "Utilisation by area, {period} (map)").format(
        period=data.kpis["period"]
    )
    builder.page_header(
        page, title, translate("KpiReport", "Areas coloured by utilisation; points: chargepoints.")
    )
    layout = builder.layout
    item = QgsLayoutItemMap(layout)
    layers = [layer for layer in (chargepoint_layer, area_layer) if layer is not None]
    for layer in layers:
        translate_legend_labels(layer)
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setCrs(area_layer.crs())
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    builder.place(item, page, *CHART_RECT)
    extent = QgsRectangle(area_layer.extent())
    extent.scale(1.05)
    item.zoomToExtent(extent)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(translate("KpiReport", "Legend"))
    legend.setLinkedMap(item)
    legend.setSymbolWidth(6.0)
    legend.setSymbolHeight(3.5)
    legend.setLegendFilterByMapEnabled(True)  # only classes present on the map
    for style in (QgsLegendStyle.Symbol, QgsLegendStyle.SymbolLabel):
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, 1.0)
    for style, size in (
        (QgsLegendStyle.Title, 10.0),
        (QgsLegendStyle.Group, 8.0),
        (QgsLegendStyle.Subgroup, 8.0),
        (QgsLegendStyle.SymbolLabel, 7.5),
    ):
        _set_legend_font(legend.rstyle(style), size)
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)
    x, y, w, _ = TABLE_RECT
    builder.place(legend, page, x, y, w, LEGEND_HEIGHT)
    scale = QgsLayoutItemScaleBar(layout)
    scale.setLinkedMap(item)
    scale.applyDefaultSettings()
    scale.setStyle("Single Box")
    scale.applyDefaultSize()
    layout.addLayoutItem(scale)
    scale.attemptMove(
        QgsLayoutPoint(MARGIN + 4, CHART_RECT[1] + CHART_RECT[3] - 14, _MM), page=page
    )
    areas = data.areas_latest.sort_values("utilisation_pct", ascending=False, na_position="last")
    rows = [
        [
            str(r.area_id),
            fmt_num(r.utilisation_pct),
            fmt_change(r.utilisation_change_pp, "").strip(),
            fmt_int(r.sessions),
        ]
        for r in areas.itertuples()
    ]
    table_y = y + LEGEND_HEIGHT + 4
    builder.table(
        page,
        [
            translate("KpiReport", "Area"),
            translate("KpiReport", "Util. %"),
            translate("KpiReport", "Change pts"),
            translate("KpiReport", "Sessions"),
        ],
        rows[:MAP_TABLE_ROWS],
        x,
        table_y,
        w,
        CHART_RECT[1] + CHART_RECT[3] - table_y,
        {1, 2, 3},
    )
    if len(rows) > MAP_TABLE_ROWS:
        builder.label(
            page,
            translate("KpiReport", "… and {n} more areas: see the table of page 3.").format(
                n=len(rows) - MAP_TABLE_ROWS
            ),
            x,
            CHART_RECT[1] + CHART_RECT[3] + 1,
            w,
            5,
            size=7,
            colour=MUTED,
        )


# ------------------------------------------------------------------------------ public API
def build_kpi_layout(
    project: QgsProject,
    data: KpiReportData,
    chart_dir: Path,
    area_layer=None,
    chargepoint_layer=None,
    feedback: Feedback | None = None,
) -> QgsPrintLayout:
    """The report as a print layout (charts rendered into ``chart_dir``)."""
    fb = ensure_feedback(feedback)
    chart_dir = Path(chart_dir)
    builder = _Builder(project, data.title)
    _headline_page(builder, data)
    fb.check_canceled()
    _time_series_page(builder, data, chart_time_series(data, chart_dir / "time_series.png"))
    fb.check_canceled()
    with_areas = data.areas_latest is not None and area_layer is not None
    if with_areas:
        _areas_page(builder, data, chart_areas(data, chart_dir / "areas.png"))
    fb.check_canceled()
    _distribution_page(builder, data, chart_distribution(data, chart_dir / "distribution.png"))
    if with_areas:
        _map_page(builder, data, area_layer, chargepoint_layer)
    fb.set_progress(92.0)
    return builder.layout


def export_kpi_report(
    path,
    data: KpiReportData,
    area_layer=None,
    chargepoint_layer=None,
    feedback: Feedback | None = None,
) -> int:
    """Write the report PDF to ``path`` (atomically); returns the number of pages."""
    fb = ensure_feedback(feedback)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    for layer in (area_layer, chargepoint_layer):
        if layer is not None:
            project.addMapLayer(layer)
    layout = None
    # created by the PDF writer itself (usual file permissions), renamed when complete
    partial = str(path.with_name(f".{path.stem}.partial.pdf"))
    if os.path.exists(partial):
        os.remove(partial)
    try:
        with tempfile.TemporaryDirectory(prefix="evplanner-kpi-") as charts:
            layout = build_kpi_layout(
                project, data, Path(charts), area_layer, chargepoint_layer, fb
            )
            pages = layout.pageCollection().pageCount()
            fb.check_canceled()
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.dpi = 150
            settings.rasterizeWholeImage = False
            settings.textRenderFormat = _TEXT_ALWAYS_TEXT
            result = QgsLayoutExporter(layout).exportToPdf(partial, settings)
            if result != _EXPORT_SUCCESS:
                raise EvPlannerError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "the KPI report could not be written to {path} (export error "
                            "{result}); check the folder exists and is writable",
                        ),
                        path=path,
                        result=result,
                    )
                )
        fb.check_canceled()
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
        del layout  # before the project it belongs to
        project.removeAllMapLayers()
    fb.set_progress(100.0)
    return pages
