"""evplanner:importdtro — DfT Digital Traffic Regulation Orders (JSON) to layers."""

from __future__ import annotations

import geopandas as gpd
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterMultipleLayers,
)

from ...sources.dtro import DTRO_FIELDS, read_dtro, split_geometry_families
from ...toolbelt import compat
from ...toolbelt.resources import resource_path
from ..base import EvPlannerAlgorithm

FORMAT_CHOICES = (None, "3.4", "4.0")
REVOKED_CHOICES = ("drop", "flag")
CONSULTATION_CHOICES = ("drop", "keep")
PROBLEM_FIELDS = ("source_file", "json_path", "message")


class ImportDtroAlgorithm(EvPlannerAlgorithm):
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    VALIDATE = "VALIDATE"
    REVOKED = "REVOKED"
    CONSULTATIONS = "CONSULTATIONS"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"
    PROBLEMS = "PROBLEMS"
    RECORD_COUNT = "RECORD_COUNT"
    PLACE_COUNT = "PLACE_COUNT"
    PROBLEM_COUNT = "PROBLEM_COUNT"

    def name(self) -> str:
        return "importdtro"

    def displayName(self) -> str:
        return self.tr("Import D-TRO traffic regulation orders")

    def group(self) -> str:
        return self.tr("Data import")

    def groupId(self) -> str:
        return "dataimport"

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads DfT Digital Traffic Regulation Orders (D-TRO) JSON — a single record, a list "
            "of records or a consumer-API response page; schema versions 3.4.x and 4.0.0 — into "
            "one feature per regulated place.\n\n"
            "OUTPUT: linear places (kerbside lines, directed lines); OUTPUT_POINTS: point "
            "places; OUTPUT_POLYGONS: polygon places (multi forms kept). Geometries come from "
            "the SRID=27700;WKT strings of the records; other SRIDs are transformed to "
            "TARGET_CRS.\n\n"
            "Fields: tro_ref, provision_ref, regulation_type (D-TRO regulationType, what Kerbside "
            "eligibility maps by default), kerbside_category (no_waiting, no_stopping, loading, "
            "disabled, limited_waiting, permit, pay_and_display, parking, ev_charging, taxi, "
            "bus_stop, crossing, zig_zag, clearway, cycle_parking, other…), description, "
            "lateral_position, usrn, time_validity (readable, e.g. 'Mon-Sat 08:00-18:00') and "
            "time_validity_json, conditions (vehicle characteristics, permits, EV charging), "
            "action_type, made_date, in_force_date, revoked, source_file.\n\n"
            "FORMAT: the schema version VALIDATE checks records against: each record's "
            "schemaVersion (or, without one, the version its structure shows), or 3.4.x or "
            "4.0.x for every record (a record declaring another version is reported). Records "
            "of either version are read alike, so without VALIDATE FORMAT changes nothing.\n\n"
            "VALIDATE checks each record against the official DfT JSON schema of its version "
            "(shipped with the plugin): every violation is reported with its JSON path and the "
            "valid provisions are still read. REVOKED: fully revoked provisions are dropped "
            "(and reported) or kept with revoked = true. CONSULTATIONS: proposals are dropped "
            "(and reported) or kept with action_type 'consultation:…'.\n\n"
            "Nothing is dropped silently: every record or part the reader does not understand "
            "is listed in PROBLEMS (source_file, json_path, message) and in the log."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT, self.tr("D-TRO JSON file(s)"), layerType=compat.SOURCE_FILE
            )
        )
        self.add_enum(
            self.FORMAT,
            self.tr("Format"),
            [
                self.tr("Recognise from the content (each record's schemaVersion)"),
                self.tr("D-TRO 3.4.x"),
                self.tr("D-TRO 4.0.x"),
            ],
        )
        self.add_boolean(self.VALIDATE, self.tr("Validate against the D-TRO JSON schema"), False)
        self.add_enum(
            self.REVOKED,
            self.tr("Revoked provisions"),
            [self.tr("Drop (and report)"), self.tr("Keep, flagged revoked = true")],
        )
        self.add_enum(
            self.CONSULTATIONS,
            self.tr("Proposals under consultation"),
            [self.tr("Drop (and report)"), self.tr("Keep")],
            advanced=True,
        )
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("D-TRO linear places"), compat.SOURCE_LINE)
        for name, label, kind in (
            (self.OUTPUT_POINTS, self.tr("D-TRO point places"), compat.SOURCE_POINT),
            (self.OUTPUT_POLYGONS, self.tr("D-TRO polygon places"), compat.SOURCE_POLYGON),
            (self.PROBLEMS, self.tr("D-TRO problems"), compat.SOURCE_VECTOR),
        ):
            self.add_sink(name, label, kind, optional=True)
        for name, label in (
            (self.RECORD_COUNT, self.tr("Records read")),
            (self.PLACE_COUNT, self.tr("Regulated places written")),
            (self.PROBLEM_COUNT, self.tr("Problems reported")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def process(self, parameters, context, feedback) -> dict:
        paths = self.parameterAsFileList(parameters, self.INPUT, context)
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        result = read_dtro(
            paths,
            validate=self.parameterAsBoolean(parameters, self.VALIDATE, context),
            schema_dir=resource_path("schemas", "dtro"),
            revoked=REVOKED_CHOICES[self.parameterAsEnum(parameters, self.REVOKED, context)],
            consultations=CONSULTATION_CHOICES[
                self.parameterAsEnum(parameters, self.CONSULTATIONS, context)
            ],
            target_crs=crs.authid(),
            schema_version=FORMAT_CHOICES[self.parameterAsEnum(parameters, self.FORMAT, context)],
            feedback=feedback,
        )
        families = split_geometry_families(result.places)
        outputs = {}
        for name, family, wkb_type in (
            (self.OUTPUT, "line", compat.WKB_MULTILINESTRING),
            (self.OUTPUT_POINTS, "point", compat.WKB_MULTIPOINT),
            (self.OUTPUT_POLYGONS, "polygon", compat.WKB_MULTIPOLYGON),
        ):
            gdf = families[family][[*DTRO_FIELDS, "geometry"]]
            outputs[name] = self.write_output(
                parameters, name, context, gdf, wkb_type, crs, feedback
            )
        problems = gpd.GeoDataFrame(
            [dict(zip(PROBLEM_FIELDS, p)) for p in result.problems],
            columns=list(PROBLEM_FIELDS),
            geometry=[None] * len(result.problems),
        )
        outputs[self.PROBLEMS] = self.write_output(
            parameters, self.PROBLEMS, context, problems, compat.WKB_NOGEOMETRY, crs, feedback
        )
        outputs.update(
            {
                self.RECORD_COUNT: result.records_read,
                self.PLACE_COUNT: len(result.places),
                self.PROBLEM_COUNT: len(result.problems),
            }
        )
        return outputs
