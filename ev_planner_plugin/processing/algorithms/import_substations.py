"""evplanner:importsubstations — substations from a CSV with Easting/Northing to points."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
)

from ...core.joins import read_substations
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm
from ._shared import attribute_table

BNG = "EPSG:27700"
REJECTED_FIELDS = ("source_line", "message")


class ImportSubstationsAlgorithm(EvPlannerAlgorithm):
    INPUT = "INPUT"
    EASTING_FIELD = "EASTING_FIELD"
    NORTHING_FIELD = "NORTHING_FIELD"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    HEADROOM_FIELD = "HEADROOM_FIELD"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"
    SUBSTATION_COUNT = "SUBSTATION_COUNT"
    REJECTED_COUNT = "REJECTED_COUNT"

    def name(self) -> str:
        return "importsubstations"

    def displayName(self) -> str:
        return self.tr("Import substations (CSV with Easting/Northing)")

    def group(self) -> str:
        return self.tr("Data import")

    def groupId(self) -> str:
        return "dataimport"

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads a substation list published by a distribution network operator (e.g. "
            "National Grid Electricity Distribution) as points in British National Grid "
            "(EPSG:27700), for grid headroom in site scoring.\n\n"
            "INPUT: CSV (UTF-8 or Windows-1252) with Easting and Northing columns in metres. "
            "Column names are found automatically (Easting/X, Northing/Y, 'Substation Number' "
            "or '... id', '... name', '... type', any column with 'headroom' in its name); "
            "EASTING_FIELD, NORTHING_FIELD, ID_FIELD, NAME_FIELD, TYPE_FIELD and HEADROOM_FIELD "
            "name them when the detection is wrong. Headroom given in MVA or MW (by column "
            "name) is converted to kVA (MW taken as MVA, power factor 1).\n\n"
            "OUTPUT fields: substation_id, name, substation_type, headroom_kva (empty when the "
            "file has no headroom column), source_line (line of the CSV) and the file's own "
            "columns. Rows whose Easting/Northing is missing or outside the British National "
            "Grid are not on the map: they are listed in REJECTED (source_line, message) and "
            "in the log. SUBSTATION_COUNT, REJECTED_COUNT."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_file(
            self.INPUT,
            self.tr("Substations CSV"),
            file_filter="CSV (*.csv *.CSV);;All files (*.*)",
        )
        for name, label in (
            (self.EASTING_FIELD, self.tr("Easting column (empty: detect)")),
            (self.NORTHING_FIELD, self.tr("Northing column (empty: detect)")),
            (self.ID_FIELD, self.tr("Substation id column (empty: detect)")),
            (self.NAME_FIELD, self.tr("Name column (empty: detect)")),
            (self.TYPE_FIELD, self.tr("Type column (empty: detect)")),
            (self.HEADROOM_FIELD, self.tr("Headroom column (empty: detect)")),
        ):
            self.add_string(name, label, optional=True)
        self.add_sink(self.OUTPUT, self.tr("Substations"), compat.SOURCE_POINT)
        self.add_sink(
            self.REJECTED,
            self.tr("Substation rows not placed"),
            compat.SOURCE_VECTOR,
            optional=True,
        )
        self.addOutput(QgsProcessingOutputNumber(self.SUBSTATION_COUNT, self.tr("Substations")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED_COUNT, self.tr("Rows not placed")))

    def process(self, parameters, context, feedback) -> dict:
        path = self.parameterAsFile(parameters, self.INPUT, context)

        def column(name):
            value = (self.parameterAsString(parameters, name, context) or "").strip()
            return value or None

        points, rejected = read_substations(
            path,
            easting_field=column(self.EASTING_FIELD),
            northing_field=column(self.NORTHING_FIELD),
            id_field=column(self.ID_FIELD),
            name_field=column(self.NAME_FIELD),
            type_field=column(self.TYPE_FIELD),
            headroom_field=column(self.HEADROOM_FIELD),
            crs=BNG,
            feedback=feedback,
        )
        feedback.check_canceled()
        rows = [(message.values["line"], message) for message in rejected]
        table = pd.DataFrame(rows, columns=list(REJECTED_FIELDS)).astype({"source_line": "Int64"})
        crs = QgsCoordinateReferenceSystem(BNG)
        return {
            self.OUTPUT: self.write_output(
                parameters, self.OUTPUT, context, points, compat.WKB_POINT, crs, feedback
            ),
            self.REJECTED: self.write_output(
                parameters,
                self.REJECTED,
                context,
                attribute_table(table),
                compat.WKB_NOGEOMETRY,
                crs,
                feedback,
            ),
            self.SUBSTATION_COUNT: len(points),
            self.REJECTED_COUNT: len(rejected),
        }
