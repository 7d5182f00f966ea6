"""evplanner:kpireport — a PDF report of chargepoint usage KPIs through a QGIS print layout."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
)

from ...core.text import QT_TRANSLATE_NOOP, Message
from ...core.usage import (
    SPEED_CLASSES,
    area_usage,
    headline_kpis,
    latest_period,
    utilisation_distribution,
)
from ...layouts.kpi_report import KpiReportData, export_kpi_report
from ...layouts.site_layout import memory_layer, style_from_qml
from ...toolbelt.i18n import print_language, translate
from ..base import EvPlannerAlgorithm
from .usage_summary import STYLE, UsageInputs, area_layer_for

DEFAULT_TITLE = QT_TRANSLATE_NOOP("KpiReport", "Public chargepoint usage")
CHARGEPOINT_STYLE = "chargepoints"
UNKNOWN_CLASS = "unknown"
#: Names of core.usage.SPEED_CLASSES in the report (translated when printed).
SPEED_CLASS_NAMES = (
    QT_TRANSLATE_NOOP("KpiReport", "Slow"),
    QT_TRANSLATE_NOOP("KpiReport", "Fast"),
    QT_TRANSLATE_NOOP("KpiReport", "Rapid"),
    QT_TRANSLATE_NOOP("KpiReport", "Ultra"),
)
NO_AREAS_NOTE = QT_TRANSLATE_NOOP(
    "KpiReport", "No areas were given: the area chart and map are left out."
)


def speed_class_table(usage: pd.DataFrame, period: str) -> pd.DataFrame:
    """Usage per speed class in ``period`` (the area summary with classes as areas)."""
    names = dict(zip(SPEED_CLASSES, SPEED_CLASS_NAMES)) | {UNKNOWN_CLASS: "Power unknown"}
    classes = usage.assign(area_id=usage.speed_class.fillna(UNKNOWN_CLASS))
    present = [c for c in names if c in set(classes.area_id)]
    table = area_usage(
        classes, pd.DataFrame({"area_id": present, "area_name": [names[c] for c in present]})
    )
    return table[table.period == period].reset_index(drop=True)


def _crs_of(gdf) -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(gdf.crs.to_wkt())


class KpiReportAlgorithm(UsageInputs, EvPlannerAlgorithm):
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    PAGE_COUNT = "PAGE_COUNT"
    LATEST_PERIOD = "LATEST_PERIOD"
    SESSIONS_LATEST = "SESSIONS_LATEST"
    KWH_LATEST = "KWH_LATEST"
    UTILISATION_PCT = "UTILISATION_PCT"

    def name(self) -> str:
        return "kpireport"

    def displayName(self) -> str:
        return self.tr("Chargepoint usage KPI report (PDF)")

    def group(self) -> str:
        return self.tr("Monitoring")

    def groupId(self) -> str:
        return "monitoring"

    RUNS_ON_MAIN_THREAD = True

    def shortHelpString(self) -> str:
        return (
            self.tr(
                "Prints a PDF report of how the public chargepoints are used, for monitoring "
                "and for the consortium: built as a QGIS print layout (A4 landscape) and "
                "exported to PDF, with no window needed (qgis_process).\n\n"
            )
            + self.inputs_help()
            + self.tr(
                "\n\nTITLE: the report title (default 'Public chargepoint usage', in the "
                "report's language). LANGUAGE: the language of the report — the same as QGIS "
                "(default), English or Cymraeg (Welsh), whatever language QGIS runs in. OUTPUT: "
                "the PDF file (written complete or not at all).\n\n"
                "Pages: 1 headline KPIs of the latest period — sessions, energy (kWh), "
                "utilisation, sessions per chargepoint per day, chargepoints and sockets, idle "
                "chargepoints — with the change on the previous period and totals; 2 time "
                "series by period (sessions, energy, utilisation) with its table; 3 utilisation "
                "by area (bars) with its table; 4 distribution of chargepoint utilisation with "
                "its table, the idle and the busiest chargepoints; 5 a map of utilisation by "
                "area with legend, scale bar and table. Without AREAS pages 3 and 5 are left "
                "out. Long tables continue on extra pages. Charts are drawn with matplotlib.\n\n"
                "Outputs: OUTPUT, PAGE_COUNT, LATEST_PERIOD, SESSIONS_LATEST, KWH_LATEST, "
                "UTILISATION_PCT (network, latest period)."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_usage_inputs()
        self.add_string(self.TITLE, self.tr("Report title"), DEFAULT_TITLE, optional=True)
        self.add_language_parameter(self.LANGUAGE)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("KPI report (PDF)"), self.tr("PDF files (*.pdf)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Pages")))
        self.addOutput(QgsProcessingOutputString(self.LATEST_PERIOD, self.tr("Latest period")))
        self.addOutput(
            QgsProcessingOutputNumber(self.SESSIONS_LATEST, self.tr("Sessions, latest period"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.KWH_LATEST, self.tr("kWh, latest period")))
        self.addOutput(
            QgsProcessingOutputNumber(
                self.UTILISATION_PCT, self.tr("Utilisation, latest period (%)")
            )
        )

    def process(self, parameters, context, feedback) -> dict:
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        title = (self.parameterAsString(parameters, self.TITLE, context) or "").strip()
        language = self.parameter_language(parameters, context, self.LANGUAGE)
        data = self.read_usage_inputs(parameters, context, feedback)
        period = latest_period(data.usage)
        kpis = headline_kpis(data.network, period)
        notes = []
        if data.areas is None:
            notes.append(NO_AREAS_NOTE)
        with print_language(language):
            pages = self._print(path, title, data, period, kpis, notes, feedback)
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP("Messages", "KPI report of {pages} page(s) written to {path}."),
                pages=pages,
                path=path,
            )
        )
        return {
            self.OUTPUT: path,
            self.PAGE_COUNT: pages,
            self.LATEST_PERIOD: period,
            self.SESSIONS_LATEST: kpis["sessions"],
            self.KWH_LATEST: kpis["kwh"],
            self.UTILISATION_PCT: kpis["utilisation_pct"] or 0.0,
        }

    @staticmethod
    def _print(path, title, data, period, kpis, notes, feedback) -> int:
        """Build and export the report in the current print language; returns the page count."""
        if not title or title == DEFAULT_TITLE:
            title = translate("KpiReport", DEFAULT_TITLE)
        report = KpiReportData(
            title=title,
            period_kind=data.period,
            kpis=kpis,
            network=data.network,
            usage=data.usage,
            distribution=utilisation_distribution(data.usage, period),
            areas_latest=(
                data.area_table[data.area_table.period == period]
                if data.area_table is not None
                else None
            ),
            speed_classes=speed_class_table(data.usage, period),
            notes=notes,
        )
        area_layer = point_layer = None
        if data.areas is not None:
            areas = area_layer_for(data, period)
            area_layer = memory_layer(
                areas, translate("KpiReport", "Utilisation by area"), _crs_of(areas), 2
            )
            style_from_qml(area_layer, STYLE)
        cps = data.chargepoints[["cp_id", "speed_class", data.chargepoints.geometry.name]]
        if len(cps):
            point_layer = memory_layer(cps, translate("KpiReport", "Chargepoints"), _crs_of(cps), 0)
            style_from_qml(point_layer, CHARGEPOINT_STYLE)
        feedback.check_canceled()
        return export_kpi_report(path, report, area_layer, point_layer, feedback)
