"""The published summary of the delivery plan: a PDF built as a print layout (A4 portrait).

Page 1 has the headline figures (sites, sockets, estimated cost, sites approved or installed)
and the summary tables of :func:`ev_planner_plugin.core.delivery_plan.summarise_delivery_plan`
(by ward / district, charger type, status and funding stream); then a table of every site,
continued over as many pages as it needs. The layout belongs to a QgsProject made for the job.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.delivery_plan import PlanSummary
from ..core.errors import Cancelled, InputDataError
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..gui import labels
from ..toolbelt.i18n import long_date, translate
from .site_layout import FONT_FAMILY, TEXT_ALWAYS_TEXT, _LinkedFeedback, partial_path

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 12.0
CONTENT_W = PAGE_W - 2 * MARGIN
BODY_TOP = 40.0
BODY_BOTTOM = PAGE_H - 16.0
CELL_MARGIN = 1.2
ROW_H = 5.6  # approximate height of a table row at the fonts below (for placing tables)
BRAND = "#0b4f6c"
TEXT = "#212121"
MUTED = "#5f6368"
DEFAULT_TITLE = QT_TRANSLATE_NOOP("PlanReport", "Electric vehicle chargepoint delivery plan")


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _format(size: float, colour: str = TEXT, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    return fmt


def _place(item, x, y, w, h, page: int = 0):
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def _label(layout, text, x, y, w, h, size, colour=TEXT, bold=False, align=None, page=0):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    if hasattr(item, "setTextFormat"):
        item.setTextFormat(_format(size, colour, bold))
    else:  # QGIS < 3.24
        item.setFont(_font(size, bold))
        item.setFontColor(QColor(colour))
    item.setHAlign(align or Qt.AlignmentFlag.AlignLeft)
    item.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    item.setMarginX(0.0)
    item.setMarginY(0.0)
    layout.addLayoutItem(item)
    return _place(item, x, y, w, h, page)


def _box(layout, x, y, w, h, fill, page=0, outline=None):
    item = QgsLayoutItemShape(layout)
    item.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    props = {"color": fill, "outline_style": "no"}
    if outline:
        props = {"color": fill, "outline_color": outline, "outline_width": "0.3"}
    item.setSymbol(QgsFillSymbol.createSimple(props))
    layout.addLayoutItem(item)
    return _place(item, x, y, w, h, page)


def money(value) -> str:
    """12345.6 -> '£12,346'."""
    if value is None or pd.isna(value):
        return "–"
    return f"£{float(value):,.0f}"


def _table(layout, headings, rows, widths, x, y, w, h, page, right=(), repeat=False):
    """A text table (multi-frame) with its first frame at x, y on ``page``; columns whose
    index is in ``right`` are right-aligned (numbers)."""
    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    columns = []
    for index, (heading, width) in enumerate(zip(headings, widths)):
        column = QgsLayoutTableColumn(heading)
        column.setWidth(width)
        if index in right:
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    table.setColumns(columns)
    table.setContents([[str(v) for v in row] for row in rows])
    if hasattr(table, "setHeaderTextFormat"):
        table.setHeaderTextFormat(_format(7.5, "#ffffff", True))
        table.setContentTextFormat(_format(7.5))
    else:
        table.setHeaderFont(_font(7.5, True))
        table.setHeaderFontColor(QColor("#ffffff"))
        table.setContentFont(_font(7.5))
    table.setCellMargin(CELL_MARGIN)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#cfd8dc"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setBackgroundColor(QColor("#ffffff"))
    table.setHeaderHAlignment(QgsLayoutItemTextTable.HeaderHAlignment.FollowColumn)
    table.setWrapBehavior(QgsLayoutItemTextTable.WrapBehavior.WrapText)
    from qgis.core import QgsLayoutTableStyle

    header = QgsLayoutTableStyle()
    header.enabled = True
    header.cellBackgroundColor = QColor(BRAND)
    table.setCellStyle(QgsLayoutItemTextTable.CellStyleGroup.HeaderRow, header)
    odd = QgsLayoutTableStyle()
    odd.enabled = True
    odd.cellBackgroundColor = QColor("#f3f6f8")
    table.setCellStyle(QgsLayoutItemTextTable.CellStyleGroup.EvenRows, odd)
    if repeat:
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    frame = QgsLayoutFrame(layout, table)
    _place(frame, x, y, w, h, page)
    table.addFrame(frame)
    return table


def _summary_rows(frame: pd.DataFrame, key_label) -> list[list]:
    rows = []
    for record in frame.to_dict("records"):
        row = [key_label(record)]
        row += [f"{int(record['sites'])}", f"{int(record['sockets'])}"]
        if "bays" in record:
            row.append(f"{int(record['bays'])}")
        row.append(money(record["cost_gbp"]))
        rows.append(row)
    return rows


def _site_rows(plan: pd.DataFrame) -> list[list]:
    rows = []
    for record in plan.to_dict("records"):
        score = record.get("score")
        rows.append(
            [
                record.get("site_ref") or "",
                record.get("street") or "",
                record.get("district") or "",
                labels.charger_type(record.get("charger_type") or ""),
                f"{int(record['sockets'])}" if pd.notna(record.get("sockets")) else "",
                labels.plan_status(record.get("status") or ""),
                labels.funding(record.get("funding") or ""),
                money(record.get("cost_gbp")),
                "" if score is None or pd.isna(score) else f"{float(score):.0f}",
            ]
        )
    return rows


def build_plan_report(
    plan: pd.DataFrame, summary: PlanSummary, project: QgsProject, title: str | None = None
) -> QgsPrintLayout:
    """The summary as a print layout of ``project`` (pages added as the site table needs)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(translate("PlanReport", "Delivery plan summary"))
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    if not title or title == DEFAULT_TITLE:
        title = translate("PlanReport", DEFAULT_TITLE)
    today = long_date(_dt.date.today())

    _box(layout, MARGIN, MARGIN, CONTENT_W, 20, BRAND)
    _label(layout, title, MARGIN + 4, MARGIN + 2.5, CONTENT_W - 8, 8, 14, "#ffffff", True)
    _label(
        layout,
        translate("PlanReport", "Summary of proposed on-street chargepoint sites · {date}").format(
            date=today
        ),
        MARGIN + 4,
        MARGIN + 11,
        CONTENT_W - 8,
        6,
        9,
        "#e0f2f1",
    )

    totals = summary.totals
    tiles = (
        (f"{totals['sites']}", translate("PlanReport", "sites")),
        (f"{totals['sockets']}", translate("PlanReport", "sockets")),
        (money(totals["cost_gbp"]), translate("PlanReport", "estimated cost")),
        (
            f"{totals['sites_approved_or_installed']}",
            translate("PlanReport", "sites approved or installed"),
        ),
    )
    tile_w = (CONTENT_W - 3 * 4.0) / 4
    for index, (value, caption) in enumerate(tiles):
        x = MARGIN + index * (tile_w + 4.0)
        _box(layout, x, BODY_TOP - 5, tile_w, 20, "#eef4f7", outline="#b0bec5")
        _label(layout, value, x + 3, BODY_TOP - 3.5, tile_w - 6, 10, 16, BRAND, True)
        _label(layout, caption, x + 3, BODY_TOP + 7, tile_w - 6, 5, 7.5, MUTED)

    y = BODY_TOP + 22.0
    page = 0
    sites, sockets, bays = (
        translate("PlanReport", "Sites"),
        translate("PlanReport", "Sockets"),
        translate("PlanReport", "Bays"),
    )
    cost = translate("PlanReport", "Cost (£)")
    sections = (
        (
            translate("PlanReport", "By ward / district"),
            [translate("PlanReport", "Ward / district"), sites, sockets, bays, cost],
            _summary_rows(summary.by_district, lambda r: r["district"]),
        ),
        (
            translate("PlanReport", "By charger type"),
            [translate("PlanReport", "Charger type"), sites, sockets, bays, cost],
            _summary_rows(
                summary.by_charger_type, lambda r: labels.charger_type(r["charger_type"])
            ),
        ),
        (
            translate("PlanReport", "By status"),
            [translate("PlanReport", "Status"), sites, sockets, cost],
            _summary_rows(summary.by_status, lambda r: labels.plan_status(r["status"])),
        ),
        (
            translate("PlanReport", "By funding stream"),
            [translate("PlanReport", "Funding stream"), sites, sockets, cost],
            _summary_rows(summary.by_funding, lambda r: labels.funding(r["funding"])),
        ),
    )
    for heading, headings, rows in sections:
        height = ROW_H * (len(rows) + 1) + 2
        if y + 7 + height > BODY_BOTTOM:
            page += 1
            layout.pageCollection().addPage(_new_page(layout))
            y = MARGIN
        _label(layout, heading, MARGIN, y, CONTENT_W, 5.5, 10, BRAND, True, page=page)
        first = 76.0
        rest = (CONTENT_W - 2 * CELL_MARGIN * len(headings) - first) / (len(headings) - 1)
        _table(
            layout,
            headings,
            rows,
            [first] + [rest] * (len(headings) - 1),
            MARGIN,
            y + 6.5,
            CONTENT_W,
            height,
            page,
            right=range(1, len(headings)),
        )
        y += 6.5 + height + 5.0

    # Table of sites, from a new page, continued as needed.
    page += 1
    layout.pageCollection().addPage(_new_page(layout))
    _label(
        layout,
        translate("PlanReport", "Sites"),
        MARGIN,
        MARGIN,
        CONTENT_W,
        6,
        11,
        BRAND,
        True,
        page=page,
    )
    headings = [
        translate("PlanReport", "Site"),
        translate("PlanReport", "Street"),
        translate("PlanReport", "Ward / district"),
        translate("PlanReport", "Charger"),
        translate("PlanReport", "Sockets"),
        translate("PlanReport", "Status"),
        translate("PlanReport", "Funding"),
        translate("PlanReport", "Cost (£)"),
        translate("PlanReport", "Score"),
    ]
    widths = [14, 28, 22, 33, 10, 16, 18, 14, 9]  # mm, plus 2 x 1.2 mm cell margins each
    _table(
        layout,
        headings,
        _site_rows(plan),
        widths,
        MARGIN,
        MARGIN + 8,
        CONTENT_W,
        BODY_BOTTOM - MARGIN - 8,
        page,
        right={4, 7, 8},
        repeat=True,
    )
    layout.refresh()
    pages = layout.pageCollection().pageCount()
    for index in range(pages):
        _label(
            layout,
            translate(
                "PlanReport", "{title} · page {page} of {pages} · made with EV Planner for QGIS"
            ).format(title=title, page=index + 1, pages=pages),
            MARGIN,
            PAGE_H - 11,
            CONTENT_W,
            4,
            6.5,
            MUTED,
            align=Qt.AlignmentFlag.AlignRight,
            page=index,
        )
    return layout


def _new_page(layout) -> QgsLayoutItemPage:
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    return page


def export_plan_report(
    plan: pd.DataFrame,
    summary: PlanSummary,
    path: Path,
    *,
    title: str | None = None,
    feedback=None,
    progress=(0.0, 100.0),
) -> Path:
    """Write the summary PDF to ``path`` (through a temporary file beside it); returns path."""
    path = Path(path)
    temporary = partial_path(path)
    project = QgsProject()
    layout = build_plan_report(plan, summary, project, title)
    linked = _LinkedFeedback(feedback, *progress)
    try:
        linked.check()
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = TEXT_ALWAYS_TEXT
        settings.rasterizeWholeImage = False
        result = QgsLayoutExporter(layout).exportToPdf(str(temporary), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "the summary PDF could not be written to {path}"),
                    path=path,
                )
            )
        linked.check()
        temporary.replace(path)
    except BaseException:
        if temporary.exists():
            temporary.unlink()
        raise
    finally:
        del layout
    if linked.qgs.isCanceled():
        raise Cancelled()
    return path
