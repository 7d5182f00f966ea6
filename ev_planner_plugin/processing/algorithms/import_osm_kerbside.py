"""evplanner:importosmkerbside — OpenStreetMap (.osm / .osm.pbf) to kerbs, restrictions, points."""

from __future__ import annotations

import json
import os

from qgis.core import (
    QgsProcessingOutputString,
    QgsVectorLayer,
)

from ...core.errors import SourceFormatError
from ...core.feedback import ProgressRange
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...sources.osm import (
    KERB_FIELDS,
    KIND_BUS_STOP,
    KIND_CROSSING,
    KIND_KERB_RESTRICTION,
    POINT_FIELDS,
    POINT_KINDS,
    RESTRICTION_FIELDS,
    detect_osm_format,
    read_osm_kerbside,
)
from ...toolbelt import compat
from .. import bridge
from ..base import EvPlannerAlgorithm

#: Layers of GDAL's OSM driver read, and the read_osm_kerbside argument each one feeds.
OSM_LAYERS = (("lines", "lines"), ("points", "points"), ("multipolygons", "polygons"))
KERB_STYLE = "kerbs_from_roads"


def read_osm_layers(path: str, context, crs, feedback) -> dict:
    """The lines, points and multipolygons layers of an OSM file as GeoDataFrames in ``crs``.

    Read through QGIS (GDAL's OSM driver) so the transform context is honoured; one
    QgsVectorLayer per layer. Raises SourceFormatError naming the file when it is not OSM.
    """
    if not os.path.isfile(path):
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "file not found; check the path.")), path
        )
    frames = {}
    for layer_name, argument in OSM_LAYERS:
        feedback.check_canceled()
        layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
        if not layer.isValid() or layer.dataProvider().storageType() != "OSM":
            raise SourceFormatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "not an OpenStreetMap file that GDAL's OSM driver can read (.osm XML or "
                        ".osm.pbf). Check that it is the OSM extract itself, not an error page or "
                        "another format saved under that name.",
                    )
                ),
                path,
            )
        frames[argument] = bridge.source_to_gdf(
            layer,
            context,
            crs,
            layer_name=f"{os.path.basename(path)} {layer_name}",
            feedback=feedback,
        )
        del layer
    return frames


class ImportOsmKerbsideAlgorithm(EvPlannerAlgorithm):
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    TARGET_CRS = "TARGET_CRS"
    INCLUDE_SERVICE = "INCLUDE_SERVICE"
    OUTPUT = "OUTPUT"
    RESTRICTIONS = "RESTRICTIONS"
    BUS_STOPS = "BUS_STOPS"
    CROSSINGS = "CROSSINGS"
    POINTS = "POINTS"
    SUMMARY = "SUMMARY"

    def name(self) -> str:
        return "importosmkerbside"

    def displayName(self) -> str:
        return self.tr("Import OpenStreetMap kerbside")

    def group(self) -> str:
        return self.tr("Data import")

    def groupId(self) -> str:
        return "dataimport"

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads an OpenStreetMap extract (.osm or .osm.pbf, e.g. from Geofabrik) into kerb "
            "lines with street-parking and pavement values, kerbside restrictions, bus stops, "
            "crossings and kerbside points. GB OpenStreetMap data rarely carries parking or "
            "pavement tags: every derived value says where it came from (tagged / inferred / "
            "default), and the log and SUMMARY count them, so you know what to check on "
            "site.\n\n"
            "INPUT: the OSM file (read through GDAL's OSM driver: its lines, points and "
            "multipolygons layers). TARGET_CRS: projected CRS in metres (default EPSG:27700). "
            "INCLUDE_SERVICE (default on): make kerbs for highway=service ways too (car park "
            "aisles, driveways and drive-throughs are always left out).\n\n"
            "OUTPUT (kerb lines, one per side of each carriageway way): kerb_id, road_id, "
            "osm_id, usrn (null: OSM has none), street, highway, oneway, side (left/right of "
            "the way's direction), carriageway_width_m, width_source, "
            "carriageway_width_provenance (tagged: width tags; inferred: lanes x lane width; "
            "default: highway class default), parking_position (lane, street_side, on_kerb, "
            "half_on_kerb, shoulder, separate, yes, no), parking_orientation (parallel, "
            "diagonal, perpendicular), parking_restriction (no_parking, no_stopping, "
            "no_standing, loading_only, charging_only…), parking_condition (free, ticket, "
            "disc, residents, disabled…), parking_source_key, sidewalk (yes, no, separate, "
            "unknown), footway_width_m (0 where there is no sidewalk), each with a "
            "<field>_provenance of tagged / inferred / default. Read from parking:{left,right,"
            "both}:* (current scheme), parking:lane:* and parking:condition:* (deprecated), "
            "sidewalk* and footway=sidewalk ways along the kerb.\n\n"
            "RESTRICTIONS (lines: the kerbs a parking restriction applies to), BUS_STOPS and "
            "CROSSINGS (points): restriction_id, kind (kerb_restriction, bus_stop, crossing), "
            "kerb_id, side, osm_type, osm_id, regulation_type (the D-TRO regulationType where "
            "OSM has a clear equivalent, e.g. kerbsideNoWaiting), kerbside_category, osm_key, "
            "osm_value, conditions, crossing_kind (zebra, pelican… else the crossing value), "
            "name, provenance.\n\n"
            "POINTS: point_id, kind (charging_station, disabled_parking, bicycle_parking, "
            "street_lamp), osm_type, osm_id, name, ref, operator, access, fee, osm_value, "
            "capacity, sockets, connectors, max_power_kw, speed_class (as Import existing "
            "chargepoints). Ways and areas become a point on them.\n\n"
            "SUMMARY: JSON with the counts (roads, kerbs, lengths, provenance of each field, "
            "restrictions and points by kind). Malformed tags and values not understood are "
            "reported in the log with counts and the first ids."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_file(
            self.INPUT,
            self.tr("OpenStreetMap file (.osm or .osm.pbf)"),
            file_filter=self.tr("OpenStreetMap files (*.osm *.pbf);;All files (*.*)"),
        )
        self.add_enum(
            self.FORMAT,
            self.tr("Format"),
            [
                self.tr("Recognise from the content"),
                self.tr("OSM XML (.osm)"),
                self.tr("OSM PBF (.osm.pbf)"),
            ],
        )
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_boolean(
            self.INCLUDE_SERVICE, self.tr("Include service roads (highway=service)"), True
        )
        self.add_sink(self.OUTPUT, self.tr("OSM kerbs"), compat.SOURCE_LINE)
        for name, label, source_type in (
            (self.RESTRICTIONS, self.tr("OSM kerb restrictions"), compat.SOURCE_LINE),
            (self.BUS_STOPS, self.tr("OSM bus stops"), compat.SOURCE_POINT),
            (self.CROSSINGS, self.tr("OSM crossings"), compat.SOURCE_POINT),
            (self.POINTS, self.tr("OSM kerbside points"), compat.SOURCE_POINT),
        ):
            self.add_sink(name, label, source_type, optional=True)
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary (JSON)")))

    def process(self, parameters, context, feedback) -> dict:
        path = self.parameterAsFile(parameters, self.INPUT, context)
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        wanted = (None, "xml", "pbf")[self.parameterAsEnum(parameters, self.FORMAT, context)]
        if os.path.isfile(path):  # a missing file: read_osm_layers says so
            _check_osm_format(path, wanted)
        layers = read_osm_layers(path, context, crs, feedback)
        result = read_osm_kerbside(
            layers["lines"],
            layers["points"],
            polygons=layers["polygons"],
            include_service=self.parameterAsBoolean(parameters, self.INCLUDE_SERVICE, context),
            feedback=ProgressRange(feedback, 10.0, 85.0),
        )
        summary = result.summary
        restrictions = summary["restrictions"]
        points = summary["points"]
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Restrictions: {kerb_restrictions} kerb restriction(s), {bus_stops} bus "
                    "stop(s), {crossings} crossing(s). Points: {points}.",
                ),
                kerb_restrictions=restrictions[KIND_KERB_RESTRICTION],
                bus_stops=restrictions[KIND_BUS_STOP],
                crossings=restrictions[KIND_CROSSING],
                points=", ".join(f"{points[k]} {k}" for k in POINT_KINDS),
            )
        )
        restriction_layers = result.restriction_layers()
        outputs = {}
        for name, gdf, fields, wkb_type, style in (
            (self.OUTPUT, result.kerbs, KERB_FIELDS, compat.WKB_LINESTRING, KERB_STYLE),
            (
                self.RESTRICTIONS,
                restriction_layers[KIND_KERB_RESTRICTION],
                RESTRICTION_FIELDS,
                compat.WKB_LINESTRING,
                None,
            ),
            (
                self.BUS_STOPS,
                restriction_layers[KIND_BUS_STOP],
                RESTRICTION_FIELDS,
                compat.WKB_POINT,
                None,
            ),
            (
                self.CROSSINGS,
                restriction_layers[KIND_CROSSING],
                RESTRICTION_FIELDS,
                compat.WKB_POINT,
                None,
            ),
            (self.POINTS, result.points, POINT_FIELDS, compat.WKB_POINT, None),
        ):
            outputs[name] = self.write_output(
                parameters,
                name,
                context,
                gdf[[*fields, "geometry"]],
                wkb_type,
                crs,
                feedback,
                style=style,
            )
        outputs[self.SUMMARY] = json.dumps(summary, default=_json_default)
        return outputs


def _check_osm_format(path: str, wanted: str | None) -> None:
    """SourceFormatError naming the file unless it holds OSM XML or PBF (``wanted`` if given)."""
    found = detect_osm_format(path)
    if found is None:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "not an OpenStreetMap file (neither OSM XML nor PBF); export it from an "
                    "OSM extract service or convert it with osmium.",
                )
            ),
            path,
        )
    if wanted is not None and found != wanted:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "FORMAT asks for OSM {wanted} but the file holds OSM {found}; choose "
                    "'Recognise from the content'.",
                ),
                wanted=wanted.upper(),
                found=found.upper(),
            ),
            path,
        )


def _json_default(value):
    """numpy scalars in the summary as plain numbers."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
