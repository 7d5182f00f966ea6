"""evplanner:usagesummary — chargepoint usage per chargepoint, per area and per period."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
)

from ...core.errors import EvPlannerError, InputDataError, ParameterError
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...core.usage import (
    AREA_USAGE_FIELDS,
    CHARGEPOINT_USAGE_FIELDS,
    DEFAULT_TIME_ZONE,
    PERIOD_MONTH,
    PERIOD_QUARTER,
    area_usage,
    assign_areas,
    chargepoint_usage,
    check_time_zone,
    latest_period,
    network_usage,
)
from ...sources.chargepoints import speed_class
from ...sources.sessions import read_sessions_table
from ...toolbelt import compat
from .. import bridge
from ..base import EvPlannerAlgorithm

PERIOD_CHOICES = (PERIOD_MONTH, PERIOD_QUARTER)
STYLE = "usage_areas"
#: Session table fields read (others are ignored).
SESSION_COLUMNS = (
    "session_id",
    "cp_id",
    "evse_uid",
    "connector_id",
    "start_time",
    "end_time",
    "kwh",
)


@dataclass
class UsageData:
    """What usagesummary and kpireport compute from their inputs."""

    usage: pd.DataFrame  # per chargepoint and period
    network: pd.DataFrame  # whole network per period
    area_table: pd.DataFrame | None  # per area and period (None without AREAS)
    areas: gpd.GeoDataFrame | None  # area polygons with area_id, area_name, population...
    chargepoints: gpd.GeoDataFrame  # cp_id, sockets, speed_class, area_id, geometry
    period: str  # month or quarter
    sessions_read: int


class UsageInputs:
    """Parameters and input reading shared by evplanner:usagesummary and evplanner:kpireport."""

    SESSIONS = "SESSIONS"
    CHARGEPOINTS = "CHARGEPOINTS"
    CP_ID_FIELD = "CP_ID_FIELD"
    SOCKETS_FIELD = "SOCKETS_FIELD"
    SPEED_CLASS_FIELD = "SPEED_CLASS_FIELD"
    POWER_FIELD = "POWER_FIELD"
    AREAS = "AREAS"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    EVS_FIELD = "EVS_FIELD"
    PERIOD = "PERIOD"
    TIME_ZONE = "TIME_ZONE"

    def inputs_help(self) -> str:
        """Help for the shared parameters (translated in the algorithm's context)."""
        return self.tr(
            "SESSIONS: the sessions table written by Import charging sessions (e.g. "
            "sessions.gpkg|layername=sessions, or the sample area's sessions table); fields "
            "cp_id, start_time, end_time (ISO 8601; without an offset they are local times in "
            "TIME_ZONE), kwh, evse_uid, connector_id, session_id.\nCHARGEPOINTS: the chargepoint "
            "points; CP_ID_FIELD (default cp_id) as in the sessions' cp_id, SOCKETS_FIELD "
            "(default sockets: vehicles that can charge at once), SPEED_CLASS_FIELD (default "
            "speed_class), else POWER_FIELD (default max_power_kw) gives the class: slow < 8 kW, "
            "fast 8-49, rapid 50-149, ultra >= 150 (DfT/OZEV classes).\nAREAS (optional): "
            "polygons (wards, LSOAs, districts); chargepoints are counted in the area they lie "
            "in. AREA_ID_FIELD (default area_code), AREA_NAME_FIELD (default area_name), "
            "POPULATION_FIELD (default population) for figures per 10,000 people, EVS_FIELD "
            "(default plugin_evs) for figures per plug-in EV.\nPERIOD: month or calendar quarter "
            "(default), in the local time zone TIME_ZONE (advanced, default Europe/London: "
            "periods start at local midnight, GMT or BST).\n\nDefinitions: a session counts once,"
            " in the period it starts in; its hours plugged in are split at period boundaries and"
            " its kWh shared in proportion. hours_occupied is the time sockets were occupied — "
            "per EVSE (else connector) the union of its sessions, so overlapping sessions on one "
            "socket count once; sessions without EVSE/connector occupy at most the chargepoint's "
            "sockets at once. sockets = the sockets attribute, raised to the sockets seen in the "
            "sessions, at least 1. hours_available = sockets x hours in the period. "
            "utilisation_pct = 100 x hours_occupied / hours_available. sessions_per_day = "
            "sessions / days (per chargepoint; in area tables the mean per chargepoint). Periods "
            "run from the one in which the first session starts to the one in which the last "
            "starts; every chargepoint is taken as available all period. Changes on the previous "
            "period: sessions_change_pct, kwh_change_pct (null when the previous value is 0) and "
            "utilisation_change_pp (percentage points)."
        )

    def add_usage_inputs(self) -> None:
        self.add_layer(
            self.SESSIONS,
            self.tr("Charging sessions table"),
            [compat.SOURCE_VECTOR],
            optional=False,
        )
        self.add_layer(
            self.CHARGEPOINTS, self.tr("Chargepoints"), [compat.SOURCE_POINT], optional=False
        )
        for name, label, default, kind in (
            (self.CP_ID_FIELD, self.tr("Chargepoint id field"), "cp_id", compat.FIELD_ANY),
            (self.SOCKETS_FIELD, self.tr("Sockets field"), "sockets", compat.FIELD_NUMERIC),
            (
                self.SPEED_CLASS_FIELD,
                self.tr("Speed class field (slow/fast/rapid/ultra)"),
                "speed_class",
                compat.FIELD_STRING,
            ),
            (self.POWER_FIELD, self.tr("Power (kW) field"), "max_power_kw", compat.FIELD_NUMERIC),
        ):
            self.add_field(name, label, self.CHARGEPOINTS, default=default, kind=kind)
        self.add_layer(self.AREAS, self.tr("Areas"), [compat.SOURCE_POLYGON])
        for name, label, default, kind in (
            (self.AREA_ID_FIELD, self.tr("Area id field"), "area_code", compat.FIELD_ANY),
            (self.AREA_NAME_FIELD, self.tr("Area name field"), "area_name", compat.FIELD_ANY),
            (
                self.POPULATION_FIELD,
                self.tr("Population field"),
                "population",
                compat.FIELD_NUMERIC,
            ),
            (self.EVS_FIELD, self.tr("Plug-in EVs field"), "plugin_evs", compat.FIELD_NUMERIC),
        ):
            self.add_field(name, label, self.AREAS, default=default, kind=kind)
        self.add_enum(
            self.PERIOD, self.tr("Period"), [self.tr("Month"), self.tr("Quarter")], default=1
        )
        self.add_string(
            self.TIME_ZONE,
            self.tr("Local time zone"),
            DEFAULT_TIME_ZONE,
            optional=True,
            advanced=True,
        )

    # ------------------------------------------------------------------ reading
    def read_sessions(self, parameters, context, feedback) -> pd.DataFrame:
        """The sessions table: straight from the GeoPackage with sqlite3 when the layer is a
        whole GeoPackage table (fast for a million rows), else through QGIS."""
        layer = self.parameterAsVectorLayer(parameters, self.SESSIONS, context)
        parts = bridge.saved_file_layer(parameters.get(self.SESSIONS), layer)
        if parts is not None:
            path, table = parts["path"], parts.get("layerName") or ""
            if path.lower().endswith(".gpkg") and table:
                try:
                    frame = read_sessions_table(path, table, SESSION_COLUMNS)
                except EvPlannerError:
                    frame = None
                if frame is not None:
                    feedback.info(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages", "{count} session(s) read from {path} ({table})."
                            ),
                            count=len(frame),
                            path=path,
                            table=table,
                        )
                    )
                    return frame
        source = self.parameterAsSource(parameters, self.SESSIONS, context)
        if source is None:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the sessions table could not be opened; check the path"
                    )
                )
            )
        label = self.layer_label(parameters, self.SESSIONS, context, source)
        present = [n for n in SESSION_COLUMNS if n in source.fields().names()]
        missing = [n for n in ("cp_id", "start_time", "end_time") if n not in present]
        if missing:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "field(s) {fields} missing; choose the sessions table written by "
                        "Import charging sessions",
                    ),
                    fields=", ".join(missing),
                ),
                layer=label,
            )
        gdf = self.source_gdf(
            parameters,
            self.SESSIONS,
            context,
            self.target_crs(None),
            feedback,
            attributes=present,
            required=True,
        )
        return pd.DataFrame(gdf.drop(columns=gdf.geometry.name))

    def read_usage_inputs(self, parameters, context, feedback) -> UsageData:
        """Read every input and compute the usage tables (no output written)."""
        crs = self.target_crs(None)
        kind = PERIOD_CHOICES[self.parameterAsEnum(parameters, self.PERIOD, context)]
        tz = check_time_zone(
            (self.parameterAsString(parameters, self.TIME_ZONE, context) or "").strip()
            or DEFAULT_TIME_ZONE
        )
        sessions = self.read_sessions(parameters, context, feedback)
        feedback.check_canceled()

        cp_source = self.parameterAsSource(parameters, self.CHARGEPOINTS, context)
        if cp_source is None:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the chargepoint layer could not be opened; check the path"
                    )
                )
            )
        cp_fields = cp_source.fields().names()
        cp_label = self.layer_label(parameters, self.CHARGEPOINTS, context, cp_source)
        chosen = {
            key: self.field_name(parameters, name, context, cp_fields)
            for key, name in (
                ("cp_id", self.CP_ID_FIELD),
                ("sockets", self.SOCKETS_FIELD),
                ("speed_class", self.SPEED_CLASS_FIELD),
                ("max_power_kw", self.POWER_FIELD),
            )
        }
        if chosen["cp_id"] is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Choose the chargepoint id field (CP_ID_FIELD) of '{layer}': the field "
                        "holding the ids the sessions' cp_id refer to.",
                    ),
                    layer=cp_label,
                )
            )
        cps = self.source_gdf(
            parameters,
            self.CHARGEPOINTS,
            context,
            crs,
            feedback,
            attributes=[f for f in chosen.values() if f],
            required=True,
        )
        cps = cps.rename(columns={field: key for key, field in chosen.items() if field})
        for key in chosen:
            if key not in cps.columns:
                cps[key] = None
        classes = cps.speed_class.where(cps.speed_class.isin(("slow", "fast", "rapid", "ultra")))
        from_power = pd.Series(speed_class(cps.max_power_kw.to_numpy()), index=cps.index)
        cps["speed_class"] = classes.where(classes.notna(), from_power)

        areas = None
        areas_frame = None
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        if area_source is not None:
            area_fields = area_source.fields().names()
            area_label = self.layer_label(parameters, self.AREAS, context, area_source)
            chosen_areas = {
                key: self.field_name(parameters, name, context, area_fields)
                for key, name in (
                    ("area_id", self.AREA_ID_FIELD),
                    ("area_name", self.AREA_NAME_FIELD),
                    ("population", self.POPULATION_FIELD),
                    ("plugin_evs", self.EVS_FIELD),
                )
            }
            if chosen_areas["area_id"] is None:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Choose the area id field (AREA_ID_FIELD) of '{layer}'."
                        ),
                        layer=area_label,
                    )
                )
            areas = self.source_gdf(
                parameters,
                self.AREAS,
                context,
                crs,
                feedback,
                attributes=list(dict.fromkeys(f for f in chosen_areas.values() if f)),
                required=True,
            )
            for key, field in chosen_areas.items():
                areas[key] = areas[field] if field else None
            areas = areas[[*chosen_areas, areas.geometry.name]]
            cps["area_id"] = assign_areas(cps, areas, "area_id", feedback=feedback)
            areas_frame = pd.DataFrame(areas.drop(columns=areas.geometry.name))
        else:
            cps["area_id"] = None
        feedback.check_canceled()
        usage = chargepoint_usage(
            sessions,
            pd.DataFrame(cps.drop(columns=cps.geometry.name)),
            period=kind,
            tz=tz,
            feedback=feedback,
        )
        feedback.check_canceled()
        network = network_usage(usage)
        area_table = (
            area_usage(usage, areas_frame, feedback=feedback) if areas is not None else None
        )
        feedback.set_progress(85.0)
        return UsageData(
            usage=usage,
            network=network,
            area_table=area_table,
            areas=areas,
            chargepoints=cps,
            period=kind,
            sessions_read=int(usage.attrs.get("sessions_used", len(sessions))),
        )


def area_layer_for(data: UsageData, period: str) -> gpd.GeoDataFrame:
    """Area polygons with the AREA_USAGE_FIELDS of ``period`` (for a choropleth)."""
    table = data.area_table[data.area_table.period == period]
    polygons = data.areas[["area_id", data.areas.geometry.name]].drop_duplicates("area_id")
    joined = polygons.merge(table, on="area_id", how="inner")
    return gpd.GeoDataFrame(
        joined[list(AREA_USAGE_FIELDS)], geometry=joined.geometry.values, crs=data.areas.crs
    )


def table_gdf(frame: pd.DataFrame, fields) -> gpd.GeoDataFrame:
    """A table without geometry, ready for write_output."""
    return gpd.GeoDataFrame(
        frame[list(fields)].reset_index(drop=True), geometry=[None] * len(frame)
    )


class UsageSummaryAlgorithm(UsageInputs, EvPlannerAlgorithm):
    MAP_PERIOD = "MAP_PERIOD"
    OUTPUT = "OUTPUT"
    AREAS_OUTPUT = "AREAS_OUTPUT"
    AREA_TABLE = "AREA_TABLE"
    SESSION_COUNT = "SESSION_COUNT"
    PERIOD_COUNT = "PERIOD_COUNT"
    LATEST_PERIOD = "LATEST_PERIOD"
    UTILISATION_PCT = "UTILISATION_PCT"

    def name(self) -> str:
        return "usagesummary"

    def displayName(self) -> str:
        return self.tr("Summarise chargepoint usage")

    def group(self) -> str:
        return self.tr("Monitoring")

    def groupId(self) -> str:
        return "monitoring"

    def shortHelpString(self) -> str:
        return (
            self.tr(
                "How public chargepoints are used, per chargepoint, per area and per month or "
                "quarter, from the charging sessions operators supply (see Import charging "
                "sessions); all periods are kept so areas can be compared over time.\n\n"
            )
            + self.inputs_help()
            + self.tr(
                "\n\nMAP_PERIOD (optional, e.g. 2025-Q1 or 2025-03): the period shown in "
                "AREAS_OUTPUT; default the latest.\n\n"
                "OUTPUT (table, one row per chargepoint and period): cp_id, speed_class, area_id, "
                "period (2025-03 or 2025-Q1), period_start, period_end (first and last local day), "
                "days, sockets, sessions, kwh, hours_plugged, hours_occupied, hours_available, "
                "utilisation_pct, sessions_per_day, sessions_change_pct, kwh_change_pct, "
                "utilisation_change_pp. Chargepoints without sessions have rows of zeros (faulty "
                "or unused).\n\n"
                "AREA_TABLE (one row per area and period; without AREAS one row per period for the "
                "whole network, area_id ALL) and AREAS_OUTPUT (area polygons of MAP_PERIOD, styled "
                "by utilisation_pct): area_id, area_name, period, period_start, period_end, days, "
                "population, plugin_evs, chargepoints, chargepoints_slow, chargepoints_fast, "
                "chargepoints_rapid, chargepoints_ultra, sockets, idle_chargepoints (no session in "
                "the period), sessions, kwh, hours_plugged, hours_occupied, hours_available, "
                "utilisation_pct (null without chargepoints), sessions_per_day (per chargepoint), "
                "chargepoints_per_10k, sessions_per_10k, kwh_per_10k (per 10,000 people), "
                "evs_per_chargepoint, sessions_per_ev, kwh_per_ev, sessions_change_pct, "
                "kwh_change_pct, utilisation_change_pp.\n\n"
                "Sessions that cannot be used (unknown chargepoint, unreadable times, end before "
                "start) and chargepoints outside every area are left out with a warning giving the "
                "count and the first ids."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_usage_inputs()
        self.add_string(self.MAP_PERIOD, self.tr("Period shown on the area layer"), optional=True)
        self.add_sink(
            self.OUTPUT, self.tr("Usage per chargepoint and period"), compat.SOURCE_VECTOR
        )
        self.add_sink(
            self.AREAS_OUTPUT, self.tr("Usage by area (map)"), compat.SOURCE_POLYGON, optional=True
        )
        self.add_sink(
            self.AREA_TABLE,
            self.tr("Usage per area and period"),
            compat.SOURCE_VECTOR,
            optional=True,
        )
        self.addOutput(QgsProcessingOutputNumber(self.SESSION_COUNT, self.tr("Sessions used")))
        self.addOutput(QgsProcessingOutputNumber(self.PERIOD_COUNT, self.tr("Periods")))
        self.addOutput(QgsProcessingOutputString(self.LATEST_PERIOD, self.tr("Latest period")))
        self.addOutput(
            QgsProcessingOutputNumber(
                self.UTILISATION_PCT, self.tr("Network utilisation in the latest period (%)")
            )
        )

    def process(self, parameters, context, feedback) -> dict:
        data = self.read_usage_inputs(parameters, context, feedback)
        latest = latest_period(data.usage)
        map_period = (self.parameterAsString(parameters, self.MAP_PERIOD, context) or "").strip()
        periods = sorted(data.usage.period.unique())
        if map_period and map_period not in periods:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "MAP_PERIOD '{period}' is not one of the periods of the sessions: "
                        "{periods}.",
                    ),
                    period=map_period,
                    periods=", ".join(periods),
                )
            )
        map_period = map_period or latest
        area_table = data.area_table if data.area_table is not None else data.network
        area_map = area_layer_for(data, map_period) if data.areas is not None else None
        feedback.check_canceled()
        crs = self.target_crs(None)
        outputs = {
            self.OUTPUT: self.write_output(
                parameters,
                self.OUTPUT,
                context,
                table_gdf(data.usage, CHARGEPOINT_USAGE_FIELDS),
                compat.WKB_NOGEOMETRY,
                crs,
                feedback,
            ),
            self.AREA_TABLE: self.write_output(
                parameters,
                self.AREA_TABLE,
                context,
                table_gdf(area_table, AREA_USAGE_FIELDS),
                compat.WKB_NOGEOMETRY,
                crs,
                feedback,
            ),
        }
        if area_map is not None:
            outputs[self.AREAS_OUTPUT] = self.write_output(
                parameters,
                self.AREAS_OUTPUT,
                context,
                area_map,
                compat.WKB_MULTIPOLYGON,
                crs,
                feedback,
                style=STYLE,
            )
        else:
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "No AREAS given: AREAS_OUTPUT is not written; AREA_TABLE has the "
                        "whole network (area_id ALL).",
                    )
                )
            )
        latest_row = data.network[data.network.period == latest].iloc[0]
        outputs.update(
            {
                self.SESSION_COUNT: data.sessions_read,
                self.PERIOD_COUNT: len(periods),
                self.LATEST_PERIOD: latest,
                self.UTILISATION_PCT: float(np.nan_to_num(latest_row.utilisation_pct)),
            }
        )
        return outputs
