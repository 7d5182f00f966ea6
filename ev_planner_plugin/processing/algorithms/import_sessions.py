"""evplanner:importsessions — charging sessions (OCPI CDRs/Sessions, CSV) into a GeoPackage."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsVectorLayer,
)

from ...core.errors import Cancelled, ParameterError
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...core.usage import DEFAULT_TIME_ZONE, check_time_zone
from ...sources.sessions import (
    FORMAT_AUTO,
    FORMAT_CSV,
    FORMAT_OCPI,
    PROBLEM_FIELDS,
    SESSIONS_LAYER,
    match_chargepoints,
    read_session_files,
    upsert_sessions,
)
from ...toolbelt import compat
from .. import bridge
from ..base import EvPlannerAlgorithm
from ._shared import column_mapping

#: FORMAT enum index -> sources format id.
FORMAT_CHOICES = (FORMAT_AUTO, FORMAT_OCPI, FORMAT_CSV)


class ImportSessionsAlgorithm(EvPlannerAlgorithm):
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    CP_FIELD = "CP_FIELD"
    START_FIELD = "START_FIELD"
    END_FIELD = "END_FIELD"
    KWH_FIELD = "KWH_FIELD"
    SESSION_ID_FIELD = "SESSION_ID_FIELD"
    EVSE_FIELD = "EVSE_FIELD"
    CONNECTOR_FIELD = "CONNECTOR_FIELD"
    COST_FIELD = "COST_FIELD"
    TIME_ZONE = "TIME_ZONE"
    CHARGEPOINTS = "CHARGEPOINTS"
    CP_ID_FIELD = "CP_ID_FIELD"
    SOURCE_ID_FIELD = "SOURCE_ID_FIELD"
    SESSIONS_GPKG = "SESSIONS_GPKG"
    UNMATCHED_TABLE = "UNMATCHED_TABLE"
    SESSIONS = "SESSIONS"
    IMPORTED = "IMPORTED"
    DUPLICATES = "DUPLICATES"
    UPDATED = "UPDATED"
    UNMATCHED = "UNMATCHED"
    UNPARSED = "UNPARSED"
    TOTAL = "TOTAL"

    #: CSV column parameters -> key of the sources' column mapping.
    CSV_MAPPING = (
        (CP_FIELD, "cp_ref"),
        (START_FIELD, "start_time"),
        (END_FIELD, "end_time"),
        (KWH_FIELD, "kwh"),
        (SESSION_ID_FIELD, "session_ref"),
        (EVSE_FIELD, "evse_uid"),
        (CONNECTOR_FIELD, "connector_id"),
        (COST_FIELD, "cost"),
    )

    def name(self) -> str:
        return "importsessions"

    def displayName(self) -> str:
        return self.tr("Import charging sessions")

    def group(self) -> str:
        return self.tr("Monitoring")

    def groupId(self) -> str:
        return "monitoring"

    def shortHelpString(self) -> str:
        return self.tr(
            "Adds charging sessions from operators' data to a sessions table in a GeoPackage, "
            "for Summarise chargepoint usage and the KPI report. Run it every quarter with the "
            "new files: a session already in the table is never added twice and none is lost "
            "(each has a stable id made from the source's own ids, and all of a run is written "
            "in one transaction).\n\n"
            "INPUT: one or more files. FORMAT: auto-detect (default), OCPI 2.2.1 CDRs and/or "
            "Sessions JSON (one object, a list, or an OCPI response with data), or CSV.\n\n"
            "CSV column mapping (advanced): CP_FIELD (chargepoint id), START_FIELD, END_FIELD, "
            "KWH_FIELD, SESSION_ID_FIELD, EVSE_FIELD, CONNECTOR_FIELD, COST_FIELD name the "
            "columns (any case); left empty, columns with the usual names are used (cp_id, "
            "chargepoint_id, location_id…; start_time, start, start_date_time…; end_time, "
            "end…; kwh, energy_kwh, total_energy…; session_id, transaction_id, id…; evse_uid; "
            "connector_id, connector, socket…; cost, price…). Times with an offset or Z are "
            "kept; times without are local times in TIME_ZONE (advanced, default "
            "Europe/London), ISO (2025-03-30 00:30) or UK day-first (30/03/2025 00:30).\n\n"
            "CHARGEPOINTS: the chargepoint layer the sessions belong to. A session's "
            "chargepoint reference (OCPI: country_code*party_id*location id; CSV: the "
            "chargepoint id column) is looked up in CP_ID_FIELD (default cp_id), then in "
            "SOURCE_ID_FIELD (default source_id), then in cp_id without its 'source:' prefix "
            "(layers from Import existing chargepoints match OCPI sessions directly).\n\n"
            "SESSIONS_GPKG: the GeoPackage to add to (created when it does not exist); table "
            "sessions with session_id, source (ocpi_cdr, ocpi_session, csv), source_id, cp_id, "
            "cp_ref, evse_uid, connector_id, start_time, end_time (ISO 8601 UTC), duration_h, "
            "kwh, cost, currency, last_updated, source_file, imported_at. A session already "
            "there is updated only when the new record is its CDR (final) or is at least as "
            "recent (last_updated).\n\n"
            "Outputs: IMPORTED (new sessions), DUPLICATES (already in the table or given "
            "twice), UPDATED, UNMATCHED (chargepoint not in CHARGEPOINTS: not imported), "
            "UNPARSED (not read), TOTAL (sessions in the table now), SESSIONS (the table, to "
            "chain into Summarise chargepoint usage) and UNMATCHED_TABLE: every record not "
            "imported with source_file, record (line or JSON path), source_id, cp_ref, "
            "start_time, end_time, kwh, reason and message. Reasons: NO_CHARGEPOINT "
            "(unmatched); NO_CHARGEPOINT_REF, MISSING_ID, BAD_START_TIME, BAD_END_TIME, "
            "END_BEFORE_START, BAD_KWH, SESSION_NOT_FINISHED (OCPI ACTIVE/PENDING: import it "
            "again once completed), NOT_CHARGING (OCPI INVALID/RESERVATION), CREDIT_CDR (billing "
            "correction; the session counts once), NOT_A_SESSION, MALFORMED_LINE (unparsed). "
            "Cancelling leaves the GeoPackage as it was."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT, self.tr("Session file(s)"), layerType=compat.SOURCE_FILE
            )
        )
        self.add_enum(
            self.FORMAT,
            self.tr("Format"),
            [
                self.tr("Auto-detect from the content"),
                self.tr("OCPI 2.2.1 CDRs / Sessions JSON"),
                self.tr("CSV"),
            ],
        )
        for name, label in (
            (self.CP_FIELD, self.tr("CSV: chargepoint id column")),
            (self.START_FIELD, self.tr("CSV: start time column")),
            (self.END_FIELD, self.tr("CSV: end time column")),
            (self.KWH_FIELD, self.tr("CSV: energy (kWh) column")),
            (self.SESSION_ID_FIELD, self.tr("CSV: session id column")),
            (self.EVSE_FIELD, self.tr("CSV: EVSE column")),
            (self.CONNECTOR_FIELD, self.tr("CSV: connector / socket column")),
            (self.COST_FIELD, self.tr("CSV: cost column")),
        ):
            self.add_string(name, label, optional=True, advanced=True)
        self.add_string(
            self.TIME_ZONE,
            self.tr("Local time zone of times without offset"),
            DEFAULT_TIME_ZONE,
            optional=True,
            advanced=True,
        )
        self.add_layer(
            self.CHARGEPOINTS, self.tr("Chargepoints"), [compat.SOURCE_POINT], optional=False
        )
        self.add_field(
            self.CP_ID_FIELD, self.tr("Chargepoint id field"), self.CHARGEPOINTS, default="cp_id"
        )
        self.add_field(
            self.SOURCE_ID_FIELD,
            self.tr("Chargepoint source id field"),
            self.CHARGEPOINTS,
            default="source_id",
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.SESSIONS_GPKG,
                self.tr("Sessions GeoPackage (new, or existing to add to)"),
                self.tr("GeoPackage (*.gpkg)"),
            )
        )
        self.add_sink(
            self.UNMATCHED_TABLE,
            self.tr("Sessions not imported"),
            compat.SOURCE_VECTOR,
            optional=True,
        )
        self.addOutput(QgsProcessingOutputVectorLayer(self.SESSIONS, self.tr("Sessions table")))
        for name, label in (
            (self.IMPORTED, self.tr("New sessions imported")),
            (self.DUPLICATES, self.tr("Sessions already in the table")),
            (self.UPDATED, self.tr("Sessions updated")),
            (self.UNMATCHED, self.tr("Sessions at unknown chargepoints (not imported)")),
            (self.UNPARSED, self.tr("Records not read")),
            (self.TOTAL, self.tr("Sessions in the table")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def process(self, parameters, context, feedback) -> dict:
        paths = [p for p in self.parameterAsFileList(parameters, self.INPUT, context) if p]
        if not paths:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Nothing to import: give one or more session files in INPUT."
                    )
                )
            )
        fmt = FORMAT_CHOICES[self.parameterAsEnum(parameters, self.FORMAT, context)]
        tz = check_time_zone(
            (self.parameterAsString(parameters, self.TIME_ZONE, context) or "").strip()
            or DEFAULT_TIME_ZONE
        )
        store = self.parameterAsFileOutput(parameters, self.SESSIONS_GPKG, context)
        if not store:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Give the GeoPackage to import into (SESSIONS_GPKG)."
                    )
                )
            )

        source = self.parameterAsSource(parameters, self.CHARGEPOINTS, context)
        if source is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The chargepoint layer (CHARGEPOINTS) could not be opened."
                    )
                )
            )
        fields = source.fields().names()
        label = self.layer_label(parameters, self.CHARGEPOINTS, context, source)
        cp_field = self.field_name(parameters, self.CP_ID_FIELD, context, fields)
        if cp_field is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Choose the chargepoint id field (CP_ID_FIELD) of '{layer}': the ids the "
                        "sessions refer to.",
                    ),
                    layer=label,
                )
            )
        source_id_field = self.field_name(parameters, self.SOURCE_ID_FIELD, context, fields)
        attributes = [cp_field] + ([source_id_field] if source_id_field else [])
        chargepoints = self.source_gdf(
            parameters,
            self.CHARGEPOINTS,
            context,
            self.target_crs(None),
            feedback,
            attributes=list(dict.fromkeys(attributes)),
            required=True,
        )
        lookup = pd.DataFrame({"cp_id": chargepoints[cp_field].astype(object).to_numpy()})
        if source_id_field:
            lookup["source_id"] = chargepoints[source_id_field].astype(object).to_numpy()

        batch = read_session_files(
            paths,
            fmt,
            mapping=column_mapping(self, parameters, context, self.CSV_MAPPING),
            tz=tz,
            feedback=feedback,
        )
        batch = match_chargepoints(batch, lookup, feedback=feedback)
        feedback.check_canceled()
        feedback.set_progress(60.0)

        problems = gpd.GeoDataFrame(
            batch.problems.reindex(columns=list(PROBLEM_FIELDS)).astype(object),
            geometry=[None] * len(batch.problems),
        )
        unmatched_id = self.write_output(
            parameters,
            self.UNMATCHED_TABLE,
            context,
            problems,
            compat.WKB_NOGEOMETRY,
            self.target_crs(None),
            feedback,
        )
        try:
            result = upsert_sessions(store, batch.sessions, feedback=feedback)
        except Cancelled:
            if unmatched_id:
                bridge.remove_partial_output(
                    self.parameterAsOutputLayer(parameters, self.UNMATCHED_TABLE, context) or ""
                )
            raise
        uri = f"{store}|layername={SESSIONS_LAYER}"
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{inserted} new session(s) imported, {duplicates} already in the table "
                    "({updated} updated), {unmatched} at unknown chargepoints, {unparsed} "
                    "record(s) not read; {total} session(s) in {path}.",
                ),
                inserted=result.inserted,
                duplicates=result.duplicates,
                updated=result.updated,
                unmatched=batch.unmatched,
                unparsed=batch.unparsed,
                total=result.total,
                path=store,
            )
        )
        self.load_on_completion(context, uri)
        return {
            self.SESSIONS_GPKG: store,
            self.SESSIONS: uri,
            self.UNMATCHED_TABLE: unmatched_id,
            self.IMPORTED: result.inserted,
            self.DUPLICATES: result.duplicates + batch.duplicates,
            self.UPDATED: result.updated,
            self.UNMATCHED: batch.unmatched,
            self.UNPARSED: batch.unparsed,
            self.TOTAL: result.total,
        }

    @staticmethod
    def load_on_completion(context, uri: str) -> None:
        """Offer the sessions table to the project when run from the desktop."""
        layer = QgsVectorLayer(uri, SESSIONS_LAYER, "ogr")
        if layer.isValid():
            context.temporaryLayerStore().addMapLayer(layer)
            context.addLayerToLoadOnCompletion(
                layer.id(),
                QgsProcessingContext.LayerDetails(SESSIONS_LAYER, context.project(), "SESSIONS"),
            )
