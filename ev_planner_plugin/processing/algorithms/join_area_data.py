"""evplanner:joinareadata — IMD 2019, RUC 2011 and census 2021 tables joined to areas by code."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
)

from ...core.errors import ParameterError, SourceFormatError
from ...core.joins import (
    DEFAULT_NO_OFFSTREET_SHARE_BY_TYPE,
    join_census,
    join_imd2019,
    join_ruc2011,
    read_csv_any,
)
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm
from ._shared import attribute_table, field_choice, format_number_map, parse_number_map, read_layer

CSV_FILTER = "CSV (*.csv *.CSV);;All files (*.*)"
DEFAULT_LOOKUP_FROM = "LSOA21CD"
DEFAULT_LOOKUP_TO = "LSOA11CD"
UNMATCHED_FIELDS = ("area_code", "looked_up_as", "source_table")


def read_code_lookup(path, from_field: str, to_field: str, feedback) -> dict[str, str]:
    """Area code -> table code from a CSV (e.g. the ONS LSOA 2021 -> 2011 lookup); a code
    listed twice keeps its first row (warned)."""
    frame = read_csv_any(path)
    missing = [f for f in (from_field, to_field) if f not in frame.columns]
    if missing:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "no column {missing} for the code lookup; columns are: {columns}"
                ),
                missing=", ".join(missing),
                columns=", ".join(frame.columns),
            ),
            str(path),
            "header",
        )
    codes = frame[[from_field, to_field]].astype("string").apply(lambda c: c.str.strip())
    codes = codes.dropna()
    repeated = codes[from_field].duplicated(keep="first")
    if repeated.any():
        first = ", ".join(codes.loc[repeated, from_field].head(5))
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path}: {count} code(s) of '{field}' appear more than once (an area merged "
                    "from several); the first row is used (first: {first}).",
                ),
                path=path,
                count=int(repeated.sum()),
                field=from_field,
                first=first,
            )
        )
    kept = codes[~repeated]
    return dict(zip(kept[from_field], kept[to_field]))


class JoinAreaDataAlgorithm(EvPlannerAlgorithm):
    AREAS = "AREAS"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    IMD_FILE = "IMD_FILE"
    RUC_FILE = "RUC_FILE"
    CENSUS_TS044_FILE = "CENSUS_TS044_FILE"
    CENSUS_TS045_FILE = "CENSUS_TS045_FILE"
    NO_OFFSTREET_SHARES = "NO_OFFSTREET_SHARES"
    CODE_LOOKUP_FILE = "CODE_LOOKUP_FILE"
    LOOKUP_FROM_FIELD = "LOOKUP_FROM_FIELD"
    LOOKUP_TO_FIELD = "LOOKUP_TO_FIELD"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"
    UNMATCHED_COUNT = "UNMATCHED_COUNT"
    REPORT = "REPORT"

    def name(self) -> str:
        return "joinareadata"

    def displayName(self) -> str:
        return self.tr("Join area data (IMD, rural-urban, census)")

    def group(self) -> str:
        return self.tr("Data import")

    def groupId(self) -> str:
        return "dataimport"

    def shortHelpString(self) -> str:
        return self.tr(
            "Attaches the tables officers download to an area layer by area code, and reports "
            "every area code that found no row (nothing is dropped silently).\n\n"
            "AREAS: polygons (LSOA boundaries) with AREA_ID_FIELD (default area_code). Give any "
            "combination of:\n"
            "- IMD_FILE: English Indices of Deprivation 2019, File 1 (CSV, LSOA 2011 codes) -> "
            "imd_rank (1 = most deprived of 32,844), imd_decile (1 = most deprived 10 %).\n"
            "- RUC_FILE: ONS Rural-Urban Classification 2011 by LSOA (CSV) -> ruc_code, "
            "ruc_class, is_rural (codes D1-E2).\n"
            "- CENSUS_TS044_FILE: Census 2021 TS044 accommodation type, long format (CSV) -> "
            "households, detached, semi_detached, terraced, flat_purpose_built, "
            "flat_converted_house, flat_converted_other, flat_commercial, caravan, "
            "terraced_flats_share and households_no_offstreet (estimate: terraced houses and "
            "flats have no off-street parking, others do; NO_OFFSTREET_SHARES, advanced, "
            "changes the share per type, default {shares}).\n"
            "- CENSUS_TS045_FILE: Census 2021 TS045 car or van availability, long format (CSV) "
            "-> households_ts045, households_no_car, households_1_car, households_2_cars, "
            "households_3plus_cars, cars ('3 or more' counted as 3) and no_car_share.\n"
            "Existing fields of the same name are replaced (warned).\n\n"
            "LSOA 2011 vs 2021: IMD 2019 and RUC 2011 use 2011 codes, so LSOAs changed in 2021 "
            "find no row. CODE_LOOKUP_FILE (optional CSV, e.g. the ONS LSOA 2011 -> 2021 "
            "lookup) maps each area code in LOOKUP_FROM_FIELD (default {lookup_from}) to the "
            "table code in LOOKUP_TO_FIELD (default {lookup_to}) for the IMD and RUC joins; "
            "census 2021 tables use 2021 codes and are joined directly.\n"
            "TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in "
            "(default EPSG:27700); inputs are reprojected to it.\n"
            "\n"
            "OUTPUT: the areas with the joined fields (every area kept; fields empty where no "
            "row matched). UNMATCHED (table): one row per area code and table without a match: "
            "area_code, looked_up_as (the code searched for after the lookup), source_table. "
            "UNMATCHED_COUNT and REPORT (one line per table: matched of total)."
        ).format(
            shares=format_number_map(DEFAULT_NO_OFFSTREET_SHARE_BY_TYPE),
            lookup_from=DEFAULT_LOOKUP_FROM,
            lookup_to=DEFAULT_LOOKUP_TO,
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.AREAS, self.tr("Areas (LSOA boundaries)"), [compat.SOURCE_POLYGON], optional=False
        )
        # optional, yet required in process(): QGIS 3.22 ignores a required default
        self.add_field(
            self.AREA_ID_FIELD, self.tr("Area code field"), self.AREAS, default="area_code"
        )
        for name, label in (
            (self.IMD_FILE, self.tr("IMD 2019 File 1 (CSV)")),
            (self.RUC_FILE, self.tr("Rural-Urban Classification 2011 by LSOA (CSV)")),
            (self.CENSUS_TS044_FILE, self.tr("Census 2021 TS044 accommodation type (CSV)")),
            (self.CENSUS_TS045_FILE, self.tr("Census 2021 TS045 car or van availability (CSV)")),
        ):
            self.add_file(name, label, file_filter=CSV_FILTER, optional=True)
        self.add_string(
            self.NO_OFFSTREET_SHARES,
            self.tr("Share without off-street parking by accommodation type (type:share,...)"),
            optional=True,
            advanced=True,
        )
        self.add_file(
            self.CODE_LOOKUP_FILE,
            self.tr("Area code lookup for IMD/RUC (CSV, e.g. LSOA 2021 -> 2011)"),
            file_filter=CSV_FILTER,
            optional=True,
        )
        for name, label, default in (
            (self.LOOKUP_FROM_FIELD, self.tr("Lookup column of your area codes"), "LSOA21CD"),
            (self.LOOKUP_TO_FIELD, self.tr("Lookup column of the table codes"), "LSOA11CD"),
        ):
            self.add_string(name, label, default)
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Areas with joined data"), compat.SOURCE_POLYGON)
        self.add_sink(
            self.UNMATCHED, self.tr("Unmatched area codes"), compat.SOURCE_VECTOR, optional=True
        )
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_COUNT, self.tr("Unmatched")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, self.tr("Join report")))

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)

        def path(name):
            value = self.parameterAsFile(parameters, name, context)
            return value or None

        imd, ruc, ts044, ts045 = (
            path(n)
            for n in (self.IMD_FILE, self.RUC_FILE, self.CENSUS_TS044_FILE, self.CENSUS_TS045_FILE)
        )
        if not any((imd, ruc, ts044, ts045)):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Give at least one table to join: IMD_FILE, RUC_FILE, CENSUS_TS044_FILE "
                        "or CENSUS_TS045_FILE.",
                    )
                )
            )
        shares = parse_number_map(
            self.parameterAsString(parameters, self.NO_OFFSTREET_SHARES, context),
            self.NO_OFFSTREET_SHARES,
            "terraced:1,semi_detached:0.2",
        )
        areas = read_layer(self, parameters, self.AREAS, context, crs, feedback, required=True)
        area_id_field = field_choice(
            self, parameters, self.AREA_ID_FIELD, context, areas, feedback, required=True
        )
        lookup = None
        lookup_path = path(self.CODE_LOOKUP_FILE)
        if lookup_path:
            lookup = read_code_lookup(
                lookup_path,
                self.parameterAsString(parameters, self.LOOKUP_FROM_FIELD, context).strip(),
                self.parameterAsString(parameters, self.LOOKUP_TO_FIELD, context).strip(),
                feedback,
            )
        feedback.check_canceled()

        joined = areas.gdf
        reports = []  # (report, lookup used)
        steps = []
        if imd:
            steps.append((join_imd2019, imd))
        if ruc:
            steps.append((join_ruc2011, ruc))
        for step, (join, table_path) in enumerate(steps):
            joined, report = join(
                joined,
                table_path,
                area_id_field=area_id_field,
                code_lookup=lookup,
                feedback=feedback,
            )
            reports.append((report, lookup))
            feedback.set_progress(100.0 * (step + 1) / (len(steps) + 1))
            feedback.check_canceled()
        if ts044 or ts045:
            joined, census_reports = join_census(
                joined,
                ts044_path=ts044,
                ts045_path=ts045,
                area_id_field=area_id_field,
                no_offstreet_share_by_type=shares or None,
                feedback=feedback,
            )
            reports.extend((report, None) for report in census_reports)
        feedback.check_canceled()
        _warn_replaced(areas.gdf, joined, feedback)

        rows = []
        for report, used_lookup in reports:
            for code in report.unmatched:
                looked_up = used_lookup.get(code, code) if used_lookup else code
                rows.append((code, looked_up, report.table))
        unmatched = attribute_table(pd.DataFrame(rows, columns=list(UNMATCHED_FIELDS)))
        outputs = {
            self.OUTPUT: self.write_output(
                parameters,
                self.OUTPUT,
                context,
                joined,
                compat.WKB_MULTIPOLYGON,
                crs,
                feedback,
            ),
            self.UNMATCHED: self.write_output(
                parameters,
                self.UNMATCHED,
                context,
                unmatched,
                compat.WKB_NOGEOMETRY,
                crs,
                feedback,
            ),
            self.UNMATCHED_COUNT: len(rows),
            self.REPORT: "\n".join(report.message() for report, _ in reports),
        }
        return outputs


def _warn_replaced(original, joined, feedback) -> None:
    """Warn when joins overwrote fields the areas layer already had with other values."""
    replaced = [
        c
        for c in original.columns
        if c != original.geometry.name
        and not joined[c].reset_index(drop=True).equals(original[c].reset_index(drop=True))
    ]
    if replaced:
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The areas already had field(s) {fields}; they are replaced by the joined "
                    "tables' values.",
                ),
                fields=", ".join(replaced),
            )
        )
