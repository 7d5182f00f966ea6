"""The data joins officers need: deprivation, rurality, census households and substations.

Readers take the tables as downloaded and return tidy pandas tables with canonical fields;
``join_*`` functions attach them to an area layer by area code and REPORT every area code that
found no row (returned :class:`JoinReport` + ``feedback.warn``); nothing is dropped silently.

IMD 2019 (MHCLG, File 1, LSOA *2011* codes)          :func:`read_imd2019`
    ``lsoa11_code``, ``lsoa11_name``, ``lad19_code``, ``lad19_name``, ``imd_rank`` (1 = most
    deprived of 32,844), ``imd_decile`` (1 = most deprived 10 %).
Rural-Urban Classification 2011 (ONS, LSOA 2011)     :func:`read_ruc2011`
    ``lsoa11_code``, ``ruc_code`` (A1..E2), ``ruc_class`` (e.g. "Urban major conurbation"),
    ``is_rural`` (codes D* and E*, see :func:`is_rural`).
Census 2021 TS044 accommodation type (long format)   :func:`read_census_ts044`
    ``area_code``, ``area_name``, ``households``, one count per type (``detached``,
    ``semi_detached``, ``terraced``, ``flat_purpose_built``, ``flat_converted_house``,
    ``flat_converted_other``, ``flat_commercial``, ``caravan``), ``terraced_flats_share`` and
    ``households_no_offstreet``: the estimate of households without off-street parking.
Census 2021 TS045 car or van availability (long)     :func:`read_census_ts045`
    ``area_code``, ``area_name``, ``households_ts045``, ``households_no_car``,
    ``households_1_car``, ``households_2_cars``, ``households_3plus_cars``, ``cars`` (a lower
    bound: "3 or more" counts as 3) and ``no_car_share``.
Substations with Easting/Northing (e.g. NGED)        :func:`read_substations`
    points in EPSG:27700 with ``substation_id``, ``name``, ``substation_type``, ``headroom_kva``
    (empty when the file has no headroom column) and the file's own columns.

No off-street parking, estimated from accommodation type
    Census 2021 has no parking question. The usual proxy: terraced houses and flats rarely have
    a driveway, detached and semi-detached houses usually do. ``households_no_offstreet`` =
    sum over types of ``households * DEFAULT_NO_OFFSTREET_SHARE_BY_TYPE[type]`` (terraced and
    all flats 1, others 0; pass your own shares, e.g. from a parking survey).

LSOA 2011 vs 2021
    IMD 2019 and RUC 2011 use 2011 codes; LSOAs changed in 2021 have new codes that find no row.
    Pass ``code_lookup`` (area code -> table code, e.g. the ONS LSOA 2021 -> 2011 best-fit
    lookup) to match them; without it they are reported and their fields left empty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from .errors import ParameterError, SourceFormatError
from .feedback import Feedback, ensure_feedback
from .text import QT_TRANSLATE_NOOP, Message, joined

#: Households without off-street parking per household of each accommodation type (proxy:
#: terraced houses and flats seldom have a driveway or garage; detached and semi-detached
#: houses usually do; caravans are left out). Replace with local survey shares when known.
DEFAULT_NO_OFFSTREET_SHARE_BY_TYPE = {
    "detached": 0.0,
    "semi_detached": 0.0,
    "terraced": 1.0,
    "flat_purpose_built": 1.0,
    "flat_converted_house": 1.0,
    "flat_converted_other": 1.0,
    "flat_commercial": 1.0,
    "caravan": 0.0,
}

#: Census 2021 TS044 categories (text as published, matched case-insensitively by prefix).
TS044_CATEGORIES = {
    "detached": "detached",
    "semi-detached": "semi_detached",
    "terraced": "terraced",
    "in a purpose-built block of flats": "flat_purpose_built",
    "part of a converted or shared house": "flat_converted_house",
    "part of another converted building": "flat_converted_other",
    "in a commercial building": "flat_commercial",
    "a caravan or other mobile": "caravan",
}

#: Census 2021 TS045 categories and the cars each counts for ("3 or more" as 3: a lower bound).
TS045_CATEGORIES = {
    "no cars or vans": ("households_no_car", 0),
    "1 car or van": ("households_1_car", 1),
    "2 cars or vans": ("households_2_cars", 2),
    "3 or more cars or vans": ("households_3plus_cars", 3),
}

_SKIP_CATEGORIES = ("total", "all households", "does not apply")

#: British National Grid extent (metres) used to reject impossible Easting/Northing values.
BNG_MAX_EASTING = 700_000.0
BNG_MAX_NORTHING = 1_300_000.0

_MAX_LISTED = 10


@dataclass
class JoinReport:
    """What a join matched: counts, the area codes with no row, unused and duplicate rows."""

    table: str
    areas: int
    matched: int
    unmatched: list = field(default_factory=list)
    unused_rows: int = 0
    duplicates: list = field(default_factory=list)

    def message(self) -> str:
        listed = ", ".join(map(str, self.unmatched[:_MAX_LISTED]))
        if len(self.unmatched) > _MAX_LISTED:
            listed += ", ..."
        values = dict(
            table=self.table,
            matched=self.matched,
            areas=self.areas,
            unmatched=len(self.unmatched),
            codes=listed,
            duplicates=len(self.duplicates),
        )
        if self.unmatched and self.duplicates:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "{table}: {matched} of {areas} areas matched; {unmatched} area code(s) have no "
                "row and their fields are left empty: {codes}; {duplicates} code(s) appear "
                "twice in the table (first row kept).",
            )
        elif self.unmatched:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "{table}: {matched} of {areas} areas matched; {unmatched} area code(s) have no "
                "row and their fields are left empty: {codes}.",
            )
        elif self.duplicates:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "{table}: {matched} of {areas} areas matched; {duplicates} code(s) appear "
                "twice in the table (first row kept).",
            )
        else:
            template = QT_TRANSLATE_NOOP("Messages", "{table}: {matched} of {areas} areas matched.")
        return Message(template, **values)


def read_csv_any(path, **kwargs) -> pd.DataFrame:
    """Read a CSV as text columns, UTF-8 (with or without BOM) or Windows-1252."""
    path = Path(path)
    if not path.is_file():
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "file not found; check the path")), str(path)
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            frame = pd.read_csv(path, dtype=str, encoding=encoding, **kwargs)
            break
        except UnicodeDecodeError:
            continue
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
            raise SourceFormatError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "not a readable CSV table ({reason})"),
                    reason=error,
                ),
                str(path),
            ) from error
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame


def _find_column(frame, path, patterns, what, required=True):
    """First column whose lower-cased name matches one of the regex ``patterns``."""
    lowered = {c: c.lower() for c in frame.columns}
    for pattern in patterns:
        for column, low in lowered.items():
            if re.fullmatch(pattern, low):
                return column
    if required:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "no column for {what} (looked for {patterns}); columns are: {columns}",
                ),
                what=what,
                patterns=", ".join(patterns),
                columns=", ".join(frame.columns),
            ),
            str(path),
            "header",
        )
    return None


def _to_number(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values.astype("string").str.replace(",", "").str.strip(), errors="coerce")


def read_imd2019(path) -> pd.DataFrame:
    """IMD 2019 File 1 (one row per LSOA 2011): code, name, LAD, rank and decile."""
    frame = read_csv_any(path)
    code = _find_column(
        frame,
        path,
        [r"lsoa code.*", r"lsoa11cd", r"lsoa"],
        Message(QT_TRANSLATE_NOOP("Messages", "the LSOA code")),
    )
    name = _find_column(
        frame,
        path,
        [r"lsoa name.*", r"lsoa11nm"],
        Message(QT_TRANSLATE_NOOP("Messages", "the LSOA name")),
        False,
    )
    lad_code = _find_column(
        frame,
        path,
        [r"local authority district code.*", r"lad\d*cd"],
        Message(QT_TRANSLATE_NOOP("Messages", "the district code")),
        False,
    )
    lad_name = _find_column(
        frame,
        path,
        [r"local authority district name.*", r"lad\d*nm"],
        Message(QT_TRANSLATE_NOOP("Messages", "the district name")),
        False,
    )
    rank = _find_column(
        frame,
        path,
        [r".*\(imd\) rank.*", r"imd.*rank.*"],
        Message(QT_TRANSLATE_NOOP("Messages", "the IMD rank")),
    )
    decile = _find_column(
        frame,
        path,
        [r".*\(imd\) decile.*", r"imd.*decile.*"],
        Message(QT_TRANSLATE_NOOP("Messages", "the IMD decile")),
    )
    out = pd.DataFrame(
        {
            "lsoa11_code": frame[code].str.strip(),
            "lsoa11_name": frame[name] if name else None,
            "lad19_code": frame[lad_code] if lad_code else None,
            "lad19_name": frame[lad_name] if lad_name else None,
            "imd_rank": _to_number(frame[rank]).astype("Int64"),
            "imd_decile": _to_number(frame[decile]).astype("Int64"),
        }
    )
    bad = out["imd_decile"].isna() | ~out["imd_decile"].between(1, 10).fillna(False)
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "IMD decile '{value}' is not a number from 1 to 10"),
                value=frame[decile].iloc[row],
            ),
            str(path),
            Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=row + 2),
        )
    return out


def is_rural(ruc_code=None, ruc_class=None) -> np.ndarray:
    """True for rural areas: RUC 2011 codes D1-E2 ("Rural town and fringe", "Rural village",
    "Rural hamlet and isolated dwellings"), RUC 2021 codes starting with R ("Larger rural",
    "Smaller rural"), or a class text starting with "rural"/"larger rural"/"smaller rural".
    Unknown stays False."""
    n = len(ruc_code) if ruc_code is not None else len(ruc_class)
    out = np.zeros(n, dtype=bool)
    if ruc_code is not None:
        code = pd.Series(ruc_code).astype("string").str.strip().str.upper()
        out |= code.str.match(r"^([DE]\d|R)").fillna(False).to_numpy(bool)
    if ruc_class is not None:
        text = pd.Series(ruc_class).astype("string").str.strip().str.lower()
        out |= text.str.match(r"^(rural|larger rural|smaller rural)").fillna(False).to_numpy(bool)
    return out


def read_ruc2011(path) -> pd.DataFrame:
    """ONS Rural-Urban Classification 2011 by LSOA: code, RUC code and class, is_rural."""
    frame = read_csv_any(path)
    code = _find_column(
        frame,
        path,
        [r"lsoa11cd", r"lsoa", r"lsoa code.*", r"lsoa11_code"],
        Message(QT_TRANSLATE_NOOP("Messages", "the LSOA code")),
    )
    ruc_code = _find_column(
        frame,
        path,
        [r"ruc11cd", r"ruc\d*cd", r"ruc_code"],
        Message(QT_TRANSLATE_NOOP("Messages", "the RUC code")),
    )
    ruc_class = _find_column(
        frame,
        path,
        [r"ruc11", r"ruc11nm", r"ruc_class", r"ruc\d*nm"],
        Message(QT_TRANSLATE_NOOP("Messages", "the RUC class")),
        False,
    )
    out = pd.DataFrame(
        {
            "lsoa11_code": frame[code].str.strip(),
            "ruc_code": frame[ruc_code].str.strip(),
            "ruc_class": frame[ruc_class].str.strip() if ruc_class else None,
        }
    )
    rural = is_rural(out["ruc_code"], out["ruc_class"] if ruc_class else None)
    out["is_rural"] = pd.array(rural, dtype="boolean")
    return out


def _read_census_long(path, category_patterns, what) -> tuple[pd.DataFrame, str, str | None]:
    frame = read_csv_any(path)
    code = _find_column(
        frame,
        path,
        [r"area_code", r"geography[ _]code", r".*\bcode"],
        Message(QT_TRANSLATE_NOOP("Messages", "the area code")),
    )
    name = _find_column(
        frame,
        path,
        [r"area_name", r"geography_name", r"geography"],
        Message(QT_TRANSLATE_NOOP("Messages", "the area name")),
        False,
    )
    category = _find_column(frame, path, category_patterns, what)
    value = _find_column(
        frame,
        path,
        [r"value", r"observation", r"obs_value", r"count"],
        Message(QT_TRANSLATE_NOOP("Messages", "the count")),
    )
    measure = _find_column(
        frame, path, [r"measure"], Message(QT_TRANSLATE_NOOP("Messages", "the measure")), False
    )
    if measure is not None:
        is_count = frame[measure].str.strip().str.lower().eq("count")
        if is_count.any():
            frame = frame[is_count.to_numpy()]
    tidy = pd.DataFrame(
        {
            "area_code": frame[code].str.strip(),
            "area_name": frame[name].str.strip() if name else None,
            "category": frame[category].str.strip(),
            "value": _to_number(frame[value]),
            "line": frame.index.to_numpy() + 2,
        }
    )
    bad = tidy["value"].isna()
    if bad.any():
        row = tidy[bad].iloc[0]
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "count '{value}' is not a number"),
                value=frame[value].loc[row.name],
            ),
            str(path),
            Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=row["line"]),
        )
    return tidy, str(path), name


def _map_categories(tidy, mapping, path):
    low = tidy["category"].str.lower()
    skip = low.str.startswith(_SKIP_CATEGORIES)
    target = pd.Series(None, index=tidy.index, dtype=object)
    # longest prefixes first so "semi-detached" is not taken for "detached"
    for prefix in sorted(mapping, key=len, reverse=True):
        hit = target.isna() & low.str.startswith(prefix)
        target[hit] = prefix
    unknown = target.isna() & ~skip
    if unknown.any():
        row = tidy[unknown].iloc[0]
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "unknown category '{category}'; expected one of: {known}"
                ),
                category=row["category"],
                known=", ".join(mapping),
            ),
            path,
            Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=row["line"]),
        )
    return tidy[~skip].assign(key=target[~skip])


def read_census_ts044(
    path, *, no_offstreet_share_by_type: Mapping[str, float] | None = None
) -> pd.DataFrame:
    """Census 2021 TS044 (accommodation type, long format) -> one row per area."""
    shares = dict(DEFAULT_NO_OFFSTREET_SHARE_BY_TYPE)
    if no_offstreet_share_by_type:
        unknown = set(no_offstreet_share_by_type) - set(shares)
        if unknown:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Unknown accommodation type(s) {types}; use {known}."
                    ),
                    types=sorted(unknown),
                    known=sorted(shares),
                )
            )
        shares.update(no_offstreet_share_by_type)
    tidy, path_s, _ = _read_census_long(
        path,
        [r"accommodation.*", r"category"],
        Message(QT_TRANSLATE_NOOP("Messages", "the accommodation type")),
    )
    tidy = _map_categories(tidy, TS044_CATEGORIES, path_s)
    tidy["key"] = tidy["key"].map(TS044_CATEGORIES)
    wide = (
        tidy.pivot_table(
            index="area_code", columns="key", values="value", aggfunc="sum", sort=False
        )
        .reindex(columns=list(shares), fill_value=0)
        .fillna(0)
    )
    names = tidy.drop_duplicates("area_code").set_index("area_code")["area_name"]
    out = wide.astype(np.int64)
    out.insert(0, "households", out.sum(axis=1))
    out.insert(0, "area_name", names.reindex(out.index))
    flats = [c for c in shares if c.startswith("flat_")]
    out["terraced_flats_share"] = (out["terraced"] + out[flats].sum(axis=1)) / out[
        "households"
    ].where(out["households"] > 0)
    out["households_no_offstreet"] = sum(out[k] * v for k, v in shares.items())
    out.columns.name = None
    return out.reset_index()


def read_census_ts045(path) -> pd.DataFrame:
    """Census 2021 TS045 (car or van availability, long format) -> one row per area."""
    tidy, path_s, _ = _read_census_long(
        path,
        [r"availability_category", r".*car.*van.*", r"category"],
        Message(QT_TRANSLATE_NOOP("Messages", "the car availability")),
    )
    tidy = _map_categories(tidy, TS045_CATEGORIES, path_s)
    tidy["field"] = tidy["key"].map(lambda k: TS045_CATEGORIES[k][0])
    columns = [v[0] for v in TS045_CATEGORIES.values()]
    wide = (
        tidy.pivot_table(
            index="area_code", columns="field", values="value", aggfunc="sum", sort=False
        )
        .reindex(columns=columns, fill_value=0)
        .fillna(0)
    )
    out = wide.astype(np.int64)
    names = tidy.drop_duplicates("area_code").set_index("area_code")["area_name"]
    out.insert(0, "households_ts045", out.sum(axis=1))
    out.insert(0, "area_name", names.reindex(out.index))
    out["cars"] = sum(out[f] * cars for f, cars in TS045_CATEGORIES.values())
    out["no_car_share"] = out["households_no_car"] / out["households_ts045"].where(
        out["households_ts045"] > 0
    )
    out.columns.name = None
    return out.reset_index()


def _lookup_codes(codes: pd.Series, code_lookup) -> pd.Series:
    if code_lookup is None:
        return codes
    if isinstance(code_lookup, pd.DataFrame):
        if code_lookup.shape[1] < 2:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The code lookup table needs two columns: area code, table code.",
                    )
                )
            )
        code_lookup = dict(
            zip(
                code_lookup.iloc[:, 0].astype(str).str.strip(),
                code_lookup.iloc[:, 1].astype(str).str.strip(),
            )
        )
    return codes.map(lambda c: code_lookup.get(c, c))


def join_area_table(
    areas,
    table: pd.DataFrame,
    *,
    table_code_field: str,
    fields: list[str] | None = None,
    area_id_field: str = "area_code",
    table_name: str = "table",
    code_lookup=None,
    feedback: Feedback | None = None,
) -> tuple[pd.DataFrame, JoinReport]:
    """Attach ``fields`` of ``table`` to ``areas`` by code (left join: every area kept).

    Returns the joined layer (same rows and order as ``areas``) and a :class:`JoinReport`;
    unmatched area codes and duplicate table codes are also sent to ``feedback.warn``.
    """
    feedback = ensure_feedback(feedback)
    if area_id_field not in areas.columns:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Layer 'areas' has no field '{field}' (area code)."),
                field=area_id_field,
            )
        )
    if table_code_field not in table.columns:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The {table} table has no field '{field}'."),
                table=table_name,
                field=table_code_field,
            )
        )
    if fields is None:
        fields = [c for c in table.columns if c != table_code_field]
    codes = areas[area_id_field].astype("string").str.strip()
    keys = _lookup_codes(codes, code_lookup)
    table_codes = table[table_code_field].astype("string").str.strip()
    dup_mask = table_codes.duplicated(keep="first")
    duplicates = sorted(set(table_codes[dup_mask].dropna()))
    indexed = table.loc[~dup_mask.to_numpy(), fields].set_axis(table_codes[~dup_mask], axis=0)
    found = keys.isin(indexed.index).to_numpy()
    joined = areas.copy()
    for name in fields:
        joined[name] = indexed[name].reindex(keys.to_numpy()).array
    unmatched = codes[~found].tolist()
    used = set(keys[found])
    report = JoinReport(
        table=table_name,
        areas=len(areas),
        matched=int(found.sum()),
        unmatched=unmatched,
        unused_rows=int(len(indexed) - len(used)),
        duplicates=duplicates,
    )
    if unmatched or duplicates:
        message = report.message()
        if unmatched and code_lookup is None:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{report} Codes of areas changed since the table was published do not match; "
                    "give a lookup from your area codes to the table's codes.",
                ),
                report=message,
            )
        feedback.warn(message)
    else:
        feedback.info(report.message())
    if isinstance(areas, gpd.GeoDataFrame):
        joined = gpd.GeoDataFrame(joined, geometry=areas.geometry.name, crs=areas.crs)
    return joined, report


def join_imd2019(areas, path, *, area_id_field="area_code", code_lookup=None, feedback=None):
    """Attach ``imd_rank`` and ``imd_decile`` from IMD 2019 File 1 (LSOA 2011 codes)."""
    return join_area_table(
        areas,
        read_imd2019(path),
        table_code_field="lsoa11_code",
        fields=["imd_rank", "imd_decile"],
        area_id_field=area_id_field,
        table_name="IMD 2019",
        code_lookup=code_lookup,
        feedback=feedback,
    )


def join_ruc2011(areas, path, *, area_id_field="area_code", code_lookup=None, feedback=None):
    """Attach ``ruc_code``, ``ruc_class`` and ``is_rural`` from the ONS RUC 2011 LSOA table."""
    return join_area_table(
        areas,
        read_ruc2011(path),
        table_code_field="lsoa11_code",
        fields=["ruc_code", "ruc_class", "is_rural"],
        area_id_field=area_id_field,
        table_name="Rural-Urban Classification 2011",
        code_lookup=code_lookup,
        feedback=feedback,
    )


def join_census(
    areas,
    *,
    ts044_path=None,
    ts045_path=None,
    area_id_field="area_code",
    no_offstreet_share_by_type=None,
    feedback=None,
):
    """Attach census 2021 households (TS044), accommodation mix and the no-off-street estimate,
    and car availability (TS045). Returns the layer and one report per table."""
    if ts044_path is None and ts045_path is None:
        raise ParameterError(
            Message(QT_TRANSLATE_NOOP("Messages", "Give the census TS044 and/or TS045 file."))
        )
    reports = []
    joined = areas
    if ts044_path is not None:
        table = read_census_ts044(ts044_path, no_offstreet_share_by_type=no_offstreet_share_by_type)
        joined, report = join_area_table(
            joined,
            table,
            table_code_field="area_code",
            fields=[c for c in table.columns if c not in ("area_code", "area_name")],
            area_id_field=area_id_field,
            table_name="Census 2021 TS044",
            feedback=feedback,
        )
        reports.append(report)
    if ts045_path is not None:
        table = read_census_ts045(ts045_path)
        joined, report = join_area_table(
            joined,
            table,
            table_code_field="area_code",
            fields=[c for c in table.columns if c not in ("area_code", "area_name")],
            area_id_field=area_id_field,
            table_name="Census 2021 TS045",
            feedback=feedback,
        )
        reports.append(report)
    return joined, reports


def read_substations(
    path,
    *,
    easting_field: str | None = None,
    northing_field: str | None = None,
    id_field: str | None = None,
    name_field: str | None = None,
    type_field: str | None = None,
    headroom_field: str | None = None,
    crs: str = "EPSG:27700",
    feedback: Feedback | None = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Substations from a CSV with Easting/Northing columns -> points.

    Columns are found by name when not given (Easting/X, Northing/Y, "... number"/"... id",
    "... name", "... type", "... headroom ..."). Headroom in MVA or MW (by column name) is
    converted to kVA (MW taken as MVA, power factor 1). Rows whose coordinates are missing or
    outside the British National Grid are returned as messages (and warned), not dropped
    silently. Returns ``(points, rejected_row_messages)``.
    """
    feedback = ensure_feedback(feedback)
    frame = read_csv_any(path)

    def pick(given, patterns, what, required):
        if given is not None:
            if given not in frame.columns:
                raise SourceFormatError(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "no column '{column}' for {what}"),
                        column=given,
                        what=what,
                    ),
                    str(path),
                    "header",
                )
            return given
        return _find_column(frame, path, patterns, what, required)

    e_col = pick(
        easting_field,
        [r"easting", r"x", r"eastings"],
        Message(QT_TRANSLATE_NOOP("Messages", "the Easting")),
        True,
    )
    n_col = pick(
        northing_field,
        [r"northing", r"y", r"northings"],
        Message(QT_TRANSLATE_NOOP("Messages", "the Northing")),
        True,
    )
    id_col = pick(
        id_field,
        [r"substation number", r"substation id", r".*\bnumber", r".*\bid", r"id"],
        Message(QT_TRANSLATE_NOOP("Messages", "the substation id")),
        False,
    )
    name_col = pick(
        name_field,
        [r"substation name", r"name", r".*\bname"],
        Message(QT_TRANSLATE_NOOP("Messages", "the name")),
        False,
    )
    type_col = pick(
        type_field,
        [r"substation type", r"type", r".*\btype"],
        Message(QT_TRANSLATE_NOOP("Messages", "the type")),
        False,
    )
    head_col = pick(
        headroom_field,
        [r".*headroom.*"],
        Message(QT_TRANSLATE_NOOP("Messages", "the headroom")),
        False,
    )

    east = _to_number(frame[e_col])
    north = _to_number(frame[n_col])
    line = np.arange(len(frame)) + 2
    bad = (
        east.isna()
        | north.isna()
        | ~east.between(0, BNG_MAX_EASTING)
        | ~north.between(0, BNG_MAX_NORTHING)
    ).to_numpy()
    rejected = []
    for pos in np.flatnonzero(bad):
        # rows of the rejected-rows output table (written in the user's language)
        values = {
            "line": int(line[pos]),
            "easting": frame[e_col].iloc[pos],
            "northing": frame[n_col].iloc[pos],
        }
        if id_col:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "line {line} (substation {substation}): Easting '{easting}', Northing "
                "'{northing}' is not a British National Grid position",
            )
            values["substation"] = frame[id_col].iloc[pos]
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "line {line}: Easting '{easting}', Northing '{northing}' is not a British "
                "National Grid position",
            )
        rejected.append(Message(template, **values))
    if rejected:
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path}: {count} substation row(s) have no usable Easting/Northing and are "
                    "not on the map: {rows}",
                ),
                path=path,
                count=len(rejected),
                rows=joined(rejected[:_MAX_LISTED]),
            )
        )
    keep = ~bad
    headroom = pd.Series(np.nan, index=frame.index)
    if head_col is not None:
        headroom = _to_number(frame[head_col])
        if re.search(r"mva|mw", head_col.lower()):
            headroom = headroom * 1000.0
    out = pd.DataFrame(
        {
            "substation_id": frame[id_col].str.strip() if id_col else None,
            "name": frame[name_col].str.strip() if name_col else None,
            "substation_type": frame[type_col].str.strip() if type_col else None,
            "headroom_kva": headroom.astype(float),
            "source_line": line,
        },
        index=frame.index,
    )
    others = frame.drop(columns=[c for c in frame.columns if c in out.columns])
    out = pd.concat([out, others], axis=1)[keep].reset_index(drop=True)
    geometry = gpd.points_from_xy(east[keep].to_numpy(float), north[keep].to_numpy(float))
    return gpd.GeoDataFrame(out, geometry=geometry, crs=crs), rejected
