"""evplanner:exportdeliveryplan — the delivery plan as GeoPackage, GeoJSON, CSV and a PDF."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsVectorFileWriter,
)

from ...core.delivery_plan import (
    DEFAULT_FUNDING,
    DEFAULT_STATUS,
    DEFAULT_UNITS_PER_SITE,
    DELIVERY_PLAN_FIELDS,
    FUNDING_STREAMS,
    STATUSES,
    build_delivery_plan,
    default_cost_by_charger_type,
    summarise_delivery_plan,
)
from ...core.eligibility import CHARGER_TYPES, DEFAULT_CHARGER_TYPE
from ...core.errors import InputDataError, ParameterError
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...layouts.plan_report import DEFAULT_TITLE, export_plan_report
from ...layouts.site_layout import memory_layer
from ...toolbelt import compat
from ...toolbelt.i18n import print_language
from .. import bridge
from ..base import EvPlannerAlgorithm
from ._shared import charger_labels, field_choice, format_number_map, jsonable, read_layer

CHARGER_NAMES = tuple(CHARGER_TYPES)
GEOJSON_CRS = "EPSG:4326"
# RFC 7946 section 11.2: 7 decimal places of a degree are about 1 cm, more than enough.
GEOJSON_PRECISION = 7
GPKG_LAYER = "delivery_plan"


def staged_path(path: Path) -> Path:
    """Where an output is written before it replaces ``path``."""
    return path.with_name(f".{path.stem}.staged{path.suffix}")


class ExportDeliveryPlanAlgorithm(EvPlannerAlgorithm):
    INPUT = "INPUT"
    CHARGER_TYPE = "CHARGER_TYPE"
    UNITS_PER_SITE = "UNITS_PER_SITE"
    STATUS = "STATUS"
    FUNDING = "FUNDING"
    REF_PREFIX = "REF_PREFIX"
    OFFICER = "OFFICER"
    DISTRICT_AREAS = "DISTRICT_AREAS"
    DISTRICT_AREAS_FIELD = "DISTRICT_AREAS_FIELD"
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_GPKG = "OUTPUT_GPKG"
    OUTPUT_GEOJSON = "OUTPUT_GEOJSON"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_PDF = "OUTPUT_PDF"
    SITE_COUNT = "SITE_COUNT"
    SOCKET_COUNT = "SOCKET_COUNT"
    TOTAL_COST = "TOTAL_COST"
    SUMMARY = "SUMMARY"

    def name(self) -> str:
        return "exportdeliveryplan"

    def displayName(self) -> str:
        return self.tr("Export delivery plan")

    def group(self) -> str:
        return self.tr("Delivery plan")

    def groupId(self) -> str:
        return "deliveryplan"

    RUNS_ON_MAIN_THREAD = True

    def shortHelpString(self) -> str:
        return self.tr(
            "Publishes the delivery plan: the sites of INPUT (the shortlist of Select sites, "
            "kerb runs, or the delivery plan itself) as delivery-plan sites, written to any of "
            "OUTPUT_GPKG (GeoPackage, layer delivery_plan, in TARGET_CRS, default EPSG:27700), "
            "OUTPUT_GEOJSON (GeoJSON for the council's web map: RFC 7946, WGS84 longitude/"
            "latitude, {precision} decimals), OUTPUT_CSV (one row per site, UTF-8, with the "
            "longitude and latitude of the middle of the site) and OUTPUT_PDF (a summary: "
            "sites, sockets and estimated cost by ward/district, charger type, status and "
            "funding stream, and a table of the sites; TITLE on its first page, in LANGUAGE: the "
            "same as QGIS (default), English or Cymraeg (Welsh)). At least one "
            "output is needed. Every file is written under a temporary name and replaces an "
            "existing file only when all the outputs are complete; a cancelled run writes "
            "nothing and leaves existing files as they were.\n\n"
            "Fields (the delivery-plan contract): site_ref (e.g. AP-001: kept when present, "
            "else REF_PREFIX or the initials of the district, numbered by selection_order, "
            "rank, then score), street, usrn (text), district (district or ward field, else the "
            "DISTRICT_AREAS_FIELD of the DISTRICT_AREAS polygon the site lies in), "
            "charger_type ({chargers}; kept when present, else CHARGER_TYPE, default "
            "{charger}), sockets (kept, else UNITS_PER_SITE x sockets per unit: 2 for posts, "
            "1 for lamp columns), bays (kept, else the bays the units serve that fit the kerb "
            "run), status ({statuses}; kept when one of them, else STATUS, default {status}), "
            "funding ({funding}; default {default_funding}), cost_gbp (kept, else site_cost of "
            "Select sites, else units x the indicative cost per unit: {costs}), score, notes, "
            "officer (kept, else OFFICER), updated (ISO date; kept, else today), kerb_id, side, "
            "clear_width_m (from the kerb run).\n\n"
            "SITE_COUNT, SOCKET_COUNT and TOTAL_COST repeat the totals; SUMMARY (JSON) holds "
            "the summary tables."
        ).format(
            precision=GEOJSON_PRECISION,
            chargers=", ".join(CHARGER_NAMES),
            charger=DEFAULT_CHARGER_TYPE,
            statuses=", ".join(STATUSES),
            status=DEFAULT_STATUS,
            funding=", ".join(FUNDING_STREAMS),
            default_funding=DEFAULT_FUNDING,
            costs=format_number_map(default_cost_by_charger_type()),
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.INPUT,
            self.tr("Sites (shortlist or delivery plan)"),
            [compat.SOURCE_ANY_GEOMETRY],
            optional=False,
        )
        self.add_enum(
            self.CHARGER_TYPE,
            self.tr("Charger type (for sites without one)"),
            charger_labels(CHARGER_NAMES),
            default=CHARGER_NAMES.index(DEFAULT_CHARGER_TYPE),
        )
        self.add_enum(
            self.FUNDING,
            self.tr("Funding stream (for sites without one)"),
            list(FUNDING_STREAMS),
            default=FUNDING_STREAMS.index(DEFAULT_FUNDING),
        )
        self.add_number(
            self.UNITS_PER_SITE,
            self.tr("Chargepoints per site (for sites without sockets)"),
            DEFAULT_UNITS_PER_SITE,
            minimum=1,
            integer=True,
            advanced=True,
        )
        self.add_enum(
            self.STATUS,
            self.tr("Status (for sites without a delivery-plan status)"),
            list(STATUSES),
            default=STATUSES.index(DEFAULT_STATUS),
            advanced=True,
        )
        self.add_string(
            self.REF_PREFIX,
            self.tr("Site reference prefix (empty: initials of the district)"),
            optional=True,
            advanced=True,
        )
        self.add_string(
            self.OFFICER,
            self.tr("Officer (for sites without one)"),
            optional=True,
            advanced=True,
        )
        self.add_layer(
            self.DISTRICT_AREAS,
            self.tr("Ward / district areas (for sites without a district)"),
            [compat.SOURCE_POLYGON],
            advanced=True,
        )
        self.add_field(
            self.DISTRICT_AREAS_FIELD,
            self.tr("Ward / district name field"),
            self.DISTRICT_AREAS,
            default="district",
            advanced=True,
        )
        self.add_string(
            self.TITLE, self.tr("Title of the summary PDF"), DEFAULT_TITLE, optional=True
        )
        self.add_language_parameter(self.LANGUAGE)
        self.add_target_crs_parameter(self.TARGET_CRS)
        for name, label, file_filter in (
            (
                self.OUTPUT_GPKG,
                QT_TRANSLATE_NOOP("ExportDeliveryPlanAlgorithm", "Delivery plan (GeoPackage)"),
                "GeoPackage (*.gpkg)",
            ),
            (
                self.OUTPUT_GEOJSON,
                QT_TRANSLATE_NOOP(
                    "ExportDeliveryPlanAlgorithm", "Delivery plan for the web (GeoJSON, WGS84)"
                ),
                "GeoJSON (*.geojson)",
            ),
            (
                self.OUTPUT_CSV,
                QT_TRANSLATE_NOOP("ExportDeliveryPlanAlgorithm", "Delivery plan table (CSV)"),
                QT_TRANSLATE_NOOP("ExportDeliveryPlanAlgorithm", "CSV files (*.csv)"),
            ),
            (
                self.OUTPUT_PDF,
                QT_TRANSLATE_NOOP("ExportDeliveryPlanAlgorithm", "Delivery plan summary (PDF)"),
                QT_TRANSLATE_NOOP("ExportDeliveryPlanAlgorithm", "PDF files (*.pdf)"),
            ),
        ):
            self.addParameter(
                QgsProcessingParameterFileDestination(
                    name, self.tr(label), self.tr(file_filter), optional=True, createByDefault=False
                )
            )
        self.addOutput(QgsProcessingOutputNumber(self.SITE_COUNT, self.tr("Sites")))
        self.addOutput(QgsProcessingOutputNumber(self.SOCKET_COUNT, self.tr("Sockets")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_COST, self.tr("Estimated cost (GBP)")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary (JSON)")))

    def _destination(self, parameters, name, context, suffix) -> Path | None:
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsFileOutput(parameters, name, context)
        if not value:
            return None
        path = Path(value)
        if path.suffix.lower() != suffix:
            path = path.with_suffix(path.suffix + suffix)
        return path

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        language = self.parameter_language(parameters, context, self.LANGUAGE)
        targets = {
            name: self._destination(parameters, name, context, suffix)
            for name, suffix in (
                (self.OUTPUT_GPKG, ".gpkg"),
                (self.OUTPUT_GEOJSON, ".geojson"),
                (self.OUTPUT_CSV, ".csv"),
                (self.OUTPUT_PDF, ".pdf"),
            )
        }
        if not any(targets.values()):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Choose at least one output: OUTPUT_GPKG, OUTPUT_GEOJSON, OUTPUT_CSV or "
                        "OUTPUT_PDF.",
                    )
                )
            )
        sites = read_layer(self, parameters, self.INPUT, context, crs, feedback, required=True)
        areas = read_layer(self, parameters, self.DISTRICT_AREAS, context, crs, feedback)
        areas_field = field_choice(
            self, parameters, self.DISTRICT_AREAS_FIELD, context, areas, feedback
        )
        plan = build_delivery_plan(
            sites.gdf,
            charger_type=CHARGER_NAMES[
                self.parameterAsEnum(parameters, self.CHARGER_TYPE, context)
            ],
            units_per_site=self.parameterAsInt(parameters, self.UNITS_PER_SITE, context),
            status=STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)],
            funding=FUNDING_STREAMS[self.parameterAsEnum(parameters, self.FUNDING, context)],
            ref_prefix=self.parameterAsString(parameters, self.REF_PREFIX, context) or None,
            officer=self.parameterAsString(parameters, self.OFFICER, context) or None,
            areas=areas.gdf if areas is not None else None,
            areas_field=areas_field,
            layer=sites.label,
            feedback=feedback,
        )
        plan = plan[[*DELIVERY_PLAN_FIELDS, "geometry"]]
        summary = summarise_delivery_plan(plan)
        feedback.set_progress(10)
        feedback.check_canceled()

        staged: dict[str, Path] = {}
        try:
            for step, (name, path) in enumerate(targets.items()):
                if path is None:
                    continue
                feedback.check_canceled()
                path.parent.mkdir(parents=True, exist_ok=True)
                stage = staged_path(path)
                staged[name] = stage
                if stage.exists():
                    stage.unlink()
                if name == self.OUTPUT_GPKG:
                    bridge.write_gpkg_layers({GPKG_LAYER: plan}, stage, context)
                elif name == self.OUTPUT_GEOJSON:
                    write_geojson(plan, stage, crs, context)
                elif name == self.OUTPUT_CSV:
                    write_csv(plan, stage, crs, context)
                else:
                    title = self.parameterAsString(parameters, self.TITLE, context) or None
                    with print_language(language):
                        export_plan_report(
                            plan, summary, stage, title=title, feedback=feedback, progress=(60, 90)
                        )
                feedback.set_progress(10 + 20 * (step + 1))
            feedback.check_canceled()
            for name, stage in staged.items():
                os.replace(stage, targets[name])
        except BaseException:
            for stage in staged.values():
                bridge.remove_partial_output(str(stage))
            raise
        feedback.set_progress(100)
        tables = {
            key: jsonable(frame.to_dict("records")) for key, frame in summary.tables().items()
        }
        outputs = {name: (str(path) if path else None) for name, path in targets.items()}
        outputs.update(
            {
                self.SITE_COUNT: summary.totals["sites"],
                self.SOCKET_COUNT: summary.totals["sockets"],
                self.TOTAL_COST: summary.totals["cost_gbp"],
                self.SUMMARY: json.dumps(
                    {"totals": jsonable(summary.totals), **tables}, ensure_ascii=False
                ),
            }
        )
        return outputs


def _wgs84(crs: QgsCoordinateReferenceSystem, context) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(
        crs, QgsCoordinateReferenceSystem(GEOJSON_CRS), context.transformContext()
    )


def write_geojson(plan, path: Path, crs, context) -> None:
    """RFC 7946 GeoJSON (WGS84 longitude/latitude) through QGIS's transform context."""
    layer = memory_layer(plan, GPKG_LAYER, crs, 1)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    options.fileEncoding = "UTF-8"
    options.layerOptions = [
        "RFC7946=YES",
        f"COORDINATE_PRECISION={GEOJSON_PRECISION}",
        "WRITE_NAME=NO",
    ]
    options.ct = _wgs84(crs, context)
    writer = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None)
    result = (
        writer(layer, str(path), context.transformContext(), options)
        if writer is not None
        else QgsVectorFileWriter.writeAsVectorFormatV2(
            layer, str(path), context.transformContext(), options
        )
    )
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "the GeoJSON could not be written to {path}: {error}"
                ),
                path=path,
                error=message,
            )
        )


def site_lonlat(plan, crs, context) -> tuple[np.ndarray, np.ndarray]:
    """Longitude and latitude (WGS84) of the middle of each site (NaN without geometry)."""
    geoms = np.asarray(plan.geometry.values, dtype=object)
    lon = np.full(len(geoms), np.nan)
    lat = np.full(len(geoms), np.nan)
    ok = ~shapely.is_missing(geoms)
    if not ok.any():
        return lon, lat
    lines = ok & np.isin(shapely.get_type_id(np.where(ok, geoms, None)), (1, 5))
    points = np.array(geoms, dtype=object)
    if lines.any():
        merged = shapely.line_merge(geoms[lines])
        points[lines] = shapely.line_interpolate_point(merged, 0.5, normalized=True)
    points[ok & ~lines] = shapely.point_on_surface(geoms[ok & ~lines])
    xy = shapely.get_coordinates(points[ok])
    transform = _wgs84(crs, context)
    out = np.array([[p.x(), p.y()] for p in (transform.transform(QgsPointXY(x, y)) for x, y in xy)])
    lon[ok], lat[ok] = out[:, 0], out[:, 1]
    return lon, lat


def write_csv(plan, path: Path, crs, context) -> None:
    """The delivery-plan fields, one row per site, plus longitude and latitude (UTF-8)."""
    table = plan.drop(columns=plan.geometry.name).copy()
    lon, lat = site_lonlat(plan, crs, context)
    table["longitude"] = np.round(lon, 6)
    table["latitude"] = np.round(lat, 6)
    table.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
