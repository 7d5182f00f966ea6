"""Existing chargepoints from OCPI 2.2.1, Open Charge Map, the NCR and any CSV, as one layer.

Every reader returns ONE canonical point GeoDataFrame (coordinates read as WGS84 / EPSG:4326,
transformed to ``target_crs``, EPSG:27700 by default) with these fields (a public contract):

- ``cp_id`` (text): ``<source>:<source_id>`` (``<source>:row<N>`` when the source has no id).
- ``source``: ``ocpi``, ``ocm``, ``ncr`` or ``csv``; ``source_id``: the id in that source
  (OCPI: ``<country_code>*<party_id>*<location id>``; OCM: ``ID``; NCR: ``chargeDeviceID``).
- ``operator``: OCPI ``operator.name``; OCM ``OperatorInfo.Title``; NCR
  ``deviceControllerName`` (the network), else ``deviceOwnerName``.
- ``name``, ``address`` (street, town... comma separated), ``postcode``.
- ``max_power_kw`` (float): highest power of any connector. OCPI: connector
  ``max_electric_power`` (W) / 1000, else ``max_voltage x max_amperage x phases / 1000`` with
  phases 1 (``AC_1_PHASE``, ``DC``), 2 (``AC_2_PHASE``, ``AC_2_PHASE_SPLIT``) or 3
  (``AC_3_PHASE``); a three-phase voltage of :data:`LINE_TO_LINE_MIN_VOLTAGE` or more is taken
  as line-to-line (P = sqrt(3) x V x I). OCM: ``Connections[].PowerKW``, else ``Voltage x Amps``
  likewise. NCR: ``connector{N}RatedOutputKW``, else voltage x current. Null when unknown.
- ``speed_class``: ``slow`` (< 8 kW), ``fast`` (8-49 kW), ``rapid`` (50-149 kW), ``ultra``
  (>= 150 kW), see :data:`FAST_MIN_KW`...; null when the power is unknown.
- ``connectors``: connector standards, ", " separated, normalised (``Type 2``, ``CCS2``,
  ``CHAdeMO``, ``Type 1``, ``CCS1``, ``3-pin (BS 1363)``, ``Commando (IEC 60309)``, ``Tesla``...).
- ``sockets`` (nullable int): how many vehicles can charge at once. OCPI: number of EVSEs
  (one vehicle per EVSE; an EVSE's connectors are alternatives) not ``REMOVED``; OCM:
  ``NumberOfPoints``, else the sum of ``Connections[].Quantity``; NCR: connectors listed.
- ``parking_type``: OCPI vocabulary (``ON_STREET``, ``PARKING_LOT``, ``PARKING_GARAGE``,
  ``UNDERGROUND_GARAGE``, ``ON_DRIVEWAY``, ``ALONG_MOTORWAY``) or ``OTHER``; null if unknown.
- ``on_street`` (bool): true only when the source says so (``ON_STREET``, NCR ``onStreetFlag``
  or an on-street location type); false when it says otherwise or nothing.
- ``access_24h`` (nullable bool): OCPI ``opening_times.twentyfourseven``; NCR
  ``access24Hours``; OCM when ``AccessComments`` mentions 24 hours; else null.
- ``status``: ``operational``, ``not_operational``, ``planned``, ``removed`` or ``unknown``
  (OCPI: the best status of the location's EVSEs).
- ``last_updated`` (text, as given by the source, ISO 8601 where it is).
- ``merged_sources``: null from the readers; after :func:`deduplicate_chargepoints`, the
  ``cp_id`` of the records merged into this one, ", " separated.

Bad records (no or impossible coordinates, not a location, unpublished or private when not
wanted, malformed CSV lines) are skipped with a feedback warning naming the first
:data:`MAX_IDS_IN_WARNING` ids and the total; ``gdf.attrs["records_in"]``,
``gdf.attrs["skipped_records"]`` and ``gdf.attrs["corrected_records"]`` give the counts.
NCR coordinates with latitude and longitude swapped (they land in the UK once swapped) are
corrected with a warning; NCR points outside the UK (:data:`UK_BOUNDS_WGS84`) are skipped.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
import time
import unicodedata
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlparse, urlunparse

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..core.errors import EvPlannerError, ParameterError, SourceFormatError
from ..core.feedback import Feedback, ensure_feedback
from ..core.kerbs import format_ids
from ..core.text import QT_TRANSLATE_NOOP, Message
from ._files import read_file_bytes

# --------------------------------------------------------------------------------------------
# Public constants

#: Output fields, in order (plus ``geometry``).
CHARGEPOINT_FIELDS = (
    "cp_id",
    "source",
    "source_id",
    "operator",
    "name",
    "address",
    "postcode",
    "max_power_kw",
    "speed_class",
    "connectors",
    "sockets",
    "parking_type",
    "on_street",
    "access_24h",
    "status",
    "last_updated",
    "merged_sources",
)

SOURCE_OCPI = "ocpi"
SOURCE_OCM = "ocm"
SOURCE_NCR = "ncr"
SOURCE_CSV = "csv"
SOURCES = (SOURCE_OCPI, SOURCE_OCM, SOURCE_NCR, SOURCE_CSV)

# Speed classes of the DfT/OZEV "Electric vehicle public charging infrastructure statistics":
# slow 3-7 kW, fast 8-49 kW, rapid 50-149 kW, ultra-rapid 150 kW and above.
FAST_MIN_KW = 8.0
RAPID_MIN_KW = 50.0
ULTRA_MIN_KW = 150.0
SPEED_SLOW, SPEED_FAST, SPEED_RAPID, SPEED_ULTRA = "slow", "fast", "rapid", "ultra"

STATUS_OPERATIONAL = "operational"
STATUS_NOT_OPERATIONAL = "not_operational"
STATUS_PLANNED = "planned"
STATUS_REMOVED = "removed"
STATUS_UNKNOWN = "unknown"

#: OCPI 2.2.1 ParkingType values, used as the parking_type vocabulary (plus ``OTHER``).
PARKING_TYPES = (
    "ALONG_MOTORWAY",
    "PARKING_GARAGE",
    "PARKING_LOT",
    "ON_DRIVEWAY",
    "ON_STREET",
    "UNDERGROUND_GARAGE",
)

# Three-phase voltages at or above this are line-to-line (400 V UK supply), below it
# line-to-neutral (230 V, as OCPI 2.2.1 specifies for max_voltage).
LINE_TO_LINE_MIN_VOLTAGE = 380.0

#: Two records closer than this (and same operator or id) are one chargepoint. Engineering
#: judgement: registries place the same lamp-column or post charger a few metres to ~20 m
#: apart (surveyed position vs geocoded address).
DEFAULT_DEDUP_DISTANCE_M = 25.0

#: UK including Northern Ireland, Channel Islands and Shetland: lon_min, lat_min, lon_max,
#: lat_max in WGS84 degrees (NCR positions outside it are errors in the registry).
UK_BOUNDS_WGS84 = (-8.7, 49.0, 2.0, 61.0)

#: Encodings tried in turn on a CSV file ("utf-8-sig" also reads plain UTF-8; latin-1 never
#: fails, so it is last).
CSV_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")

#: How many ids a skipped-records warning lists.
MAX_IDS_IN_WARNING = 10

# Live OCPI endpoint defaults.
DEFAULT_PAGE_LIMIT = 500  # locations per page asked for; the server may send fewer
DEFAULT_TIMEOUT_S = 30.0  # per request (connect and read)
DEFAULT_RETRIES = 3  # extra attempts on time-outs, connection errors, HTTP 429 and 5xx
DEFAULT_BACKOFF_S = 1.0  # first wait between attempts, doubled each time
DEFAULT_MAX_BYTES = 200 * 1024 * 1024  # all pages together
MAX_PAGES = 100_000  # guard against a server that links pages in a loop
USER_AGENT = "EV Planner for QGIS (OCPI 2.2.1 client)"

_OCPI_PHASES = {"AC_1_PHASE": 1, "AC_2_PHASE": 2, "AC_2_PHASE_SPLIT": 2, "AC_3_PHASE": 3, "DC": 1}
_OCPI_EVSE_STATUS = {
    "AVAILABLE": STATUS_OPERATIONAL,
    "BLOCKED": STATUS_OPERATIONAL,
    "CHARGING": STATUS_OPERATIONAL,
    "RESERVED": STATUS_OPERATIONAL,
    "INOPERATIVE": STATUS_NOT_OPERATIONAL,
    "OUTOFORDER": STATUS_NOT_OPERATIONAL,
    "PLANNED": STATUS_PLANNED,
    "REMOVED": STATUS_REMOVED,
    "UNKNOWN": STATUS_UNKNOWN,
}
_STATUS_RANK = {
    STATUS_OPERATIONAL: 0,
    STATUS_NOT_OPERATIONAL: 1,
    STATUS_PLANNED: 2,
    STATUS_UNKNOWN: 3,
    STATUS_REMOVED: 4,
}
# Open Charge Map StatusType ids (reference data of the OCM API).
_OCM_STATUS_IDS = {
    0: STATUS_UNKNOWN,
    10: STATUS_OPERATIONAL,  # currently available
    20: STATUS_OPERATIONAL,  # currently in use
    30: STATUS_NOT_OPERATIONAL,  # temporarily unavailable
    50: STATUS_OPERATIONAL,
    75: STATUS_OPERATIONAL,  # partly operational
    100: STATUS_NOT_OPERATIONAL,
    150: STATUS_PLANNED,
    200: STATUS_REMOVED,  # decommissioned
    210: STATUS_REMOVED,  # duplicate listing
}
_OCM_THREE_PHASE_IDS = {20}  # CurrentTypeID: 10 AC single phase, 20 AC three phase, 30 DC

_OCPI_CONNECTOR_NAMES = {
    "IEC_62196_T2": "Type 2",
    "IEC_62196_T2_COMBO": "CCS2",
    "IEC_62196_T1": "Type 1",
    "IEC_62196_T1_COMBO": "CCS1",
    "IEC_62196_T3A": "Type 3A",
    "IEC_62196_T3C": "Type 3C",
    "CHADEMO": "CHAdeMO",
    "CHAOJI": "ChaoJi",
    "DOMESTIC_G": "3-pin (BS 1363)",
    "IEC_60309_2_single_16": "Commando (IEC 60309)",
    "IEC_60309_2_three_16": "Commando (IEC 60309)",
    "IEC_60309_2_three_32": "Commando (IEC 60309)",
    "IEC_60309_2_three_64": "Commando (IEC 60309)",
    "TESLA_R": "Tesla",
    "TESLA_S": "Tesla",
    "GBT_AC": "GB/T",
    "GBT_DC": "GB/T",
}
_CONNECTOR_PATTERNS = (
    (re.compile(r"chademo", re.I), "CHAdeMO"),
    (re.compile(r"\bccs\b|combo|combined charging", re.I), "CCS"),
    (re.compile(r"tesla|supercharger", re.I), "Tesla"),
    (re.compile(r"type\s*-?\s*2|mennekes|62196-2", re.I), "Type 2"),
    (re.compile(r"type\s*-?\s*1|j\s*1772|yazaki", re.I), "Type 1"),
    (
        re.compile(r"3[\s-]*pin|bs\s*1363|domestic|type\s*g\b|13\s*a(mp)?\b", re.I),
        "3-pin (BS 1363)",
    ),
    (re.compile(r"commando|60309|\bcee\b", re.I), "Commando (IEC 60309)"),
    (re.compile(r"type\s*-?\s*3", re.I), "Type 3"),
)
_STATUS_PATTERNS = (
    (re.compile(r"removed|decommission|deleted", re.I), STATUS_REMOVED),
    (re.compile(r"planned|future|under construction|commissioning", re.I), STATUS_PLANNED),
    (
        re.compile(
            r"out\s*of\s*(service|order)|outoforder|not\s*operational|inoperative|"
            r"unavailable|faulty|broken",
            re.I,
        ),
        STATUS_NOT_OPERATIONAL,
    ),
    (
        re.compile(
            r"in\s*service|operational|available|charging|in\s*use|reserved|blocked|working",
            re.I,
        ),
        STATUS_OPERATIONAL,
    ),
)
_PARKING_PATTERNS = (
    (re.compile(r"on[\s-]*street|street|kerb|lamp", re.I), "ON_STREET"),
    (re.compile(r"underground", re.I), "UNDERGROUND_GARAGE"),
    (re.compile(r"multi[\s-]*stor|garage|parking structure", re.I), "PARKING_GARAGE"),
    (re.compile(r"motorway|service (area|station)", re.I), "ALONG_MOTORWAY"),
    (
        re.compile(r"car\s*park|parking lot|retail|supermarket|park\s*(and|&)\s*ride", re.I),
        "PARKING_LOT",
    ),
    (re.compile(r"driveway|home|domestic", re.I), "ON_DRIVEWAY"),
)
_TRUE_WORDS = {"true", "t", "yes", "y", "1", "1.0"}
_FALSE_WORDS = {"false", "f", "no", "n", "0", "0.0"}
_MOJIBAKE_RE = re.compile("[ÃÂâ][\u0080-\u00bf\u0152-\u2122]")
_OPERATOR_NOISE_RE = re.compile(
    r"\b(ltd|limited|plc|llp|inc|co|company|uk|gb|the|group|network|networks)\b"
)

#: Canonical keys a CSV column mapping may give (latitude and longitude are required).
CSV_MAPPING_KEYS = (
    "latitude",
    "longitude",
    "source_id",
    "operator",
    "name",
    "address",
    "postcode",
    "max_power_kw",
    "connectors",
    "sockets",
    "parking_type",
    "on_street",
    "access_24h",
    "status",
    "last_updated",
)
_LAT_NAMES = ("latitude", "lat", "y", "lat_wgs84", "wgs84_lat", "latitude_wgs84")
_LON_NAMES = ("longitude", "lon", "lng", "long", "x", "lon_wgs84", "wgs84_lon", "longitude_wgs84")


class RemoteSourceError(EvPlannerError):
    """A live endpoint that could not be read (network, HTTP error, size), naming the URL."""

    def __init__(self, message: str, url: str | None = None) -> None:
        self.url = url
        if url:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "{url}: {message}"), url=url, message=message
            )
        super().__init__(message)


class OcpiAuthenticationError(RemoteSourceError):
    """The OCPI endpoint rejected the token (HTTP 401/403)."""


# --------------------------------------------------------------------------------------------
# Shared helpers


def speed_class(
    max_power_kw,
    *,
    fast_min_kw: float = FAST_MIN_KW,
    rapid_min_kw: float = RAPID_MIN_KW,
    ultra_min_kw: float = ULTRA_MIN_KW,
) -> np.ndarray:
    """Speed class of each power (kW): slow < 8, fast 8-49, rapid 50-149, ultra >= 150."""
    kw = np.asarray(pd.to_numeric(pd.Series(max_power_kw, dtype=object), errors="coerce"), float)
    known = np.isfinite(kw) & (kw > 0)
    return np.select(
        [
            known & (kw >= ultra_min_kw),
            known & (kw >= rapid_min_kw),
            known & (kw >= fast_min_kw),
            known,
        ],
        [SPEED_ULTRA, SPEED_RAPID, SPEED_FAST, SPEED_SLOW],
        default=None,
    ).astype(object)


def normalise_connector(text) -> str | None:
    """Canonical connector name of an OCPI standard code or a free-text connector type."""
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return None
    raw = str(text).strip()
    if not raw:
        return None
    if raw in _OCPI_CONNECTOR_NAMES:
        return _OCPI_CONNECTOR_NAMES[raw]
    for pattern, name in _CONNECTOR_PATTERNS:
        if pattern.search(raw):
            if name == "CCS":
                return "CCS1" if re.search(r"type\s*-?\s*1|j\s*1772", raw, re.I) else "CCS2"
            return name
    return raw


def _status_from_text(text) -> str | None:
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return None
    raw = str(text).strip()
    if not raw:
        return None
    if raw.upper() in _OCPI_EVSE_STATUS:
        return _OCPI_EVSE_STATUS[raw.upper()]
    for pattern, status in _STATUS_PATTERNS:
        if pattern.search(raw):
            return status
    return STATUS_UNKNOWN


def _parking_type_from_text(text) -> str | None:
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return None
    raw = str(text).strip()
    if not raw:
        return None
    if raw.upper() in PARKING_TYPES:
        return raw.upper()
    for pattern, kind in _PARKING_PATTERNS:
        if pattern.search(raw):
            return kind
    return "OTHER"


def _truthy(series: pd.Series) -> pd.Series:
    """Text flags (TRUE/1/yes, FALSE/0/no, empty) as a nullable boolean series."""
    words = series.astype(str).str.strip().str.lower()
    out = pd.Series(pd.NA, index=series.index, dtype="boolean")
    out[words.isin(_TRUE_WORDS)] = True
    out[words.isin(_FALSE_WORDS)] = False
    return out


def _ac_power_kw(volts, amps, phases) -> float:
    """Power in kW from voltage, current and phases (see LINE_TO_LINE_MIN_VOLTAGE)."""
    try:
        v, a, p = float(volts), float(amps), int(phases)
    except (TypeError, ValueError):
        return float("nan")
    if not (np.isfinite(v) and np.isfinite(a)) or v <= 0 or a <= 0:
        return float("nan")
    if p == 3 and v >= LINE_TO_LINE_MIN_VOLTAGE:
        return float(np.sqrt(3.0) * v * a / 1000.0)
    return v * a * p / 1000.0


def _clean_text(value) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = " ".join(str(value).replace("\u00a0", " ").split())
    return text or None


def _fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 ("CafÃ©" -> "Café"), as found in the NCR."""
    if not isinstance(text, str) or not _MOJIBAKE_RE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _clean_series(series: pd.Series) -> pd.Series:
    s = series.astype(object).where(series.notna(), None)
    s = s.map(lambda v: _clean_text(_fix_mojibake(v)) if isinstance(v, str) else _clean_text(v))
    return s


def _join_columns(frame: pd.DataFrame, columns: list, sep: str = ", ") -> pd.Series:
    """Row-wise join of the non-empty text of several columns (vectorised)."""
    result = pd.Series("", index=frame.index, dtype=object)
    for col in columns:
        if col not in frame.columns:
            continue
        values = frame[col].fillna("").astype(str).str.strip()
        both = (result != "") & (values != "")
        result = result.where(values == "", values.where(~both, result + sep + values))
    return result.where(result != "", None)


def _warn_ids(fb: Feedback, template: str, label: str, ids, **values) -> None:
    """Warn ``template`` (a whole message with ``{file}``, ``{count}`` and ``{ids}``) when
    there are ids."""
    ids = list(ids)
    if ids:
        shown = format_ids(ids, MAX_IDS_IN_WARNING)
        fb.warn(Message(template, file=label, count=len(ids), ids=shown, **values))


def _empty_frame(target_crs) -> gpd.GeoDataFrame:
    frame = pd.DataFrame({name: pd.Series(dtype=object) for name in CHARGEPOINT_FIELDS})
    return _typed(gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=target_crs)))


def _typed(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    gdf["max_power_kw"] = pd.to_numeric(gdf["max_power_kw"], errors="coerce").astype(float)
    gdf["sockets"] = pd.to_numeric(gdf["sockets"], errors="coerce").round().astype("Int64")
    gdf["on_street"] = gdf["on_street"].astype("boolean").fillna(False).astype(bool)
    gdf["access_24h"] = gdf["access_24h"].astype("boolean")
    for col in CHARGEPOINT_FIELDS:
        if col not in ("max_power_kw", "sockets", "on_street", "access_24h"):
            gdf[col] = gdf[col].astype(object).where(gdf[col].notna(), None)
    return gdf


def _finalise(
    records: pd.DataFrame,
    source: str,
    label: str,
    target_crs,
    fb: Feedback,
    *,
    bounds=None,
    fix_swapped: bool = False,
    skipped_before: int = 0,
) -> gpd.GeoDataFrame:
    """Validate coordinates, derive speed class and ids, and build the canonical layer."""
    n = len(records)
    if n == 0:
        gdf = _empty_frame(target_crs)
        gdf.attrs.update(
            records_in=skipped_before, skipped_records=skipped_before, corrected_records=0
        )
        return gdf
    frame = records.reset_index(drop=True).copy()
    for col in CHARGEPOINT_FIELDS:
        if col not in frame.columns:
            frame[col] = None
    lat = pd.to_numeric(frame["lat"], errors="coerce").to_numpy(float)
    lon = pd.to_numeric(frame["lon"], errors="coerce").to_numpy(float)
    refs = frame["_ref"].astype(str).to_numpy() if "_ref" in frame else np.arange(n).astype(str)
    missing = ~(np.isfinite(lat) & np.isfinite(lon))
    with np.errstate(invalid="ignore"):
        impossible = ~missing & ((np.abs(lat) > 90) | (np.abs(lon) > 180))
        null_island = ~missing & (lat == 0) & (lon == 0)
    corrected = 0
    outside = np.zeros(n, dtype=bool)
    if bounds is not None:
        x0, y0, x1, y1 = bounds

        def inside(la, lo):
            with np.errstate(invalid="ignore"):
                return (lo >= x0) & (lo <= x1) & (la >= y0) & (la <= y1)

        ok = ~(missing | impossible | null_island)
        if fix_swapped:
            swap = ok & ~inside(lat, lon) & inside(lon, lat)
            if swap.any():
                lat[swap], lon[swap] = lon[swap].copy(), lat[swap].copy()
                corrected = int(swap.sum())
                _warn_ids(
                    fb,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{file}: {count} record(s) had latitude and longitude swapped "
                        "(corrected): {ids}.",
                    ),
                    label,
                    refs[swap],
                )
        outside = ok & ~inside(lat, lon)
    skip = missing | impossible | null_island | outside
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages", "{file}: {count} record(s) skipped: no or unreadable coordinates: {ids}."
        ),
        label,
        refs[missing],
    )
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages", "{file}: {count} record(s) skipped: coordinates out of range: {ids}."
        ),
        label,
        refs[impossible],
    )
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages", "{file}: {count} record(s) skipped: coordinates 0, 0: {ids}."
        ),
        label,
        refs[null_island],
    )
    if tuple(bounds or ()) == UK_BOUNDS_WGS84:
        _warn_ids(
            fb,
            QT_TRANSLATE_NOOP(
                "Messages", "{file}: {count} record(s) skipped: outside the UK: {ids}."
            ),
            label,
            refs[outside],
        )
    else:
        _warn_ids(
            fb,
            QT_TRANSLATE_NOOP(
                "Messages", "{file}: {count} record(s) skipped: outside the bounds {bounds}: {ids}."
            ),
            label,
            refs[outside],
            bounds=bounds,
        )
    frame = frame[~skip].reset_index(drop=True)
    lat, lon = lat[~skip], lon[~skip]
    frame["source"] = source
    sid = frame["source_id"].map(_clean_text)
    row_ids = pd.Series([f"row{i + 1}" for i in np.flatnonzero(~skip)], dtype=object)
    frame["source_id"] = sid
    frame["cp_id"] = source + ":" + sid.where(sid.notna(), row_ids)
    power = pd.to_numeric(frame["max_power_kw"], errors="coerce").astype(float)
    frame["max_power_kw"] = power.where(power > 0)
    frame["speed_class"] = speed_class(frame["max_power_kw"].to_numpy())
    frame["merged_sources"] = None
    geometry = gpd.GeoSeries(shapely.points(lon, lat), crs="EPSG:4326").to_crs(target_crs)
    gdf = gpd.GeoDataFrame(frame[list(CHARGEPOINT_FIELDS)], geometry=geometry.values)
    gdf = gdf.set_crs(target_crs, allow_override=True)
    gdf = _typed(gdf)
    gdf.attrs.update(
        records_in=n + skipped_before,
        skipped_records=int(skip.sum()) + skipped_before,
        corrected_records=corrected,
    )
    fb.info(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "{file}: {count} chargepoint(s) read from {records} record(s)."
            ),
            file=label,
            count=len(gdf),
            records=n + skipped_before,
        )
    )
    return gdf


def concat_chargepoints(frames, target_crs=None) -> gpd.GeoDataFrame:
    """Stack canonical chargepoint layers (transformed to the first one's CRS or target_crs)."""
    frames = [f for f in frames if f is not None]
    if not frames:
        return _empty_frame(target_crs or "EPSG:27700")
    crs = target_crs or frames[0].crs
    parts = [f.to_crs(crs) if f.crs != crs else f for f in frames if len(f)]
    if not parts:
        out = _empty_frame(crs)
    else:
        out = gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), crs=crs)
    out = _typed(out)
    out.attrs = {
        key: sum(int(f.attrs.get(key, 0)) for f in frames)
        for key in ("records_in", "skipped_records", "corrected_records")
    }
    return out


# --------------------------------------------------------------------------------------------
# JSON loading


def _load_json(path, malformed: str):
    """Parse a JSON file; ``malformed``: the whole message (with ``{error}``) when it is not
    JSON, naming what was expected."""
    path = Path(path)
    raw = read_file_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceFormatError(
            Message(malformed, error=exc.msg),
            str(path),
            Message(
                QT_TRANSLATE_NOOP("Messages", "line {line}, column {column}"),
                line=exc.lineno,
                column=exc.colno,
            ),
        ) from exc


def _inputs(paths_or_objects) -> list:
    """(label, object) pairs from a path, an object, or a list of paths and/or objects."""
    if isinstance(paths_or_objects, (str, os.PathLike)):
        return [(str(paths_or_objects), Path(paths_or_objects))]
    if isinstance(paths_or_objects, dict):
        return [("<OCPI object>", paths_or_objects)]
    if isinstance(paths_or_objects, list):
        if paths_or_objects and all(isinstance(p, (str, os.PathLike)) for p in paths_or_objects):
            return [(str(p), Path(p)) for p in paths_or_objects]
        out = []
        objects = []
        for item in paths_or_objects:
            if isinstance(item, (str, os.PathLike)):
                out.append((str(item), Path(item)))
            else:
                objects.append(item)
        if objects:
            out.append(("<OCPI objects>", objects))
        return out
    raise ParameterError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "OCPI input must be a file path, a parsed JSON object or a list, not {type}.",
            ),
            type=type(paths_or_objects).__name__,
        )
    )


# --------------------------------------------------------------------------------------------
# OCPI 2.2.1


def _is_ocpi_location(obj) -> bool:
    return isinstance(obj, dict) and ("coordinates" in obj or "evses" in obj)


def _check_ocpi_status(envelope: dict, label: str) -> None:
    """Refuse an OCPI response envelope whose status_code is not a success (1xxx)."""
    code = envelope.get("status_code")
    if code is not None and not (isinstance(code, int) and 1000 <= code < 2000):
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "OCPI response with error status {code}: {error}"),
                code=code,
                error=envelope.get("status_message", ""),
            ),
            label,
            "$.status_code",
        )


def _ocpi_items(doc, label: str) -> list:
    """Location candidates in an OCPI document: object, list or response envelope."""
    if isinstance(doc, dict) and "data" in doc:
        _check_ocpi_status(doc, label)
        return _as_items(doc["data"])
    return _as_items(doc)


def _as_items(data) -> list:
    if data is None:
        return []
    return data if isinstance(data, list) else [data]


def _ocpi_connector_power_kw(conn: dict) -> float:
    watts = conn.get("max_electric_power")
    try:
        if watts is not None and float(watts) > 0:
            return float(watts) / 1000.0
    except (TypeError, ValueError):
        pass
    phases = _OCPI_PHASES.get(str(conn.get("power_type", "")).upper())
    if phases is None:
        return float("nan")
    return _ac_power_kw(conn.get("max_voltage"), conn.get("max_amperage"), phases)


def _ocpi_record(loc: dict) -> dict:
    coords = loc.get("coordinates") or {}
    evses = [e for e in (loc.get("evses") or []) if isinstance(e, dict)]
    live = [e for e in evses if str(e.get("status", "")).upper() != "REMOVED"]
    powers, standards = [], []
    for evse in live:
        for conn in evse.get("connectors") or []:
            if not isinstance(conn, dict):
                continue
            powers.append(_ocpi_connector_power_kw(conn))
            name = normalise_connector(conn.get("standard"))
            if name and name not in standards:
                standards.append(name)
    finite = [p for p in powers if np.isfinite(p)]
    statuses = [_OCPI_EVSE_STATUS.get(str(e.get("status", "")).upper()) for e in evses]
    statuses = [s for s in statuses if s]
    status = min(statuses, key=_STATUS_RANK.get) if statuses else STATUS_UNKNOWN
    parts = [loc.get("country_code"), loc.get("party_id"), loc.get("id")]
    source_id = "*".join(str(p) for p in parts) if all(parts) else _clean_text(loc.get("id"))
    opening = loc.get("opening_times")
    access = opening.get("twentyfourseven") if isinstance(opening, dict) else None
    parking = _parking_type_from_text(loc.get("parking_type"))
    return {
        "_ref": source_id or "?",
        "source_id": source_id,
        "operator": _clean_text((loc.get("operator") or {}).get("name")),
        "name": _clean_text(loc.get("name")),
        "address": _clean_text(
            ", ".join(str(x) for x in (loc.get("address"), loc.get("city"), loc.get("state")) if x)
        ),
        "postcode": _clean_text(loc.get("postal_code")),
        "max_power_kw": max(finite) if finite else float("nan"),
        "connectors": ", ".join(standards) or None,
        "sockets": len(live),
        "parking_type": parking,
        "on_street": parking == "ON_STREET",
        "access_24h": access if isinstance(access, bool) else None,
        "status": status,
        "last_updated": _clean_text(loc.get("last_updated")),
        "lat": _to_float(coords.get("latitude")),
        "lon": _to_float(coords.get("longitude")),
    }


def _to_float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _ocpi_frame(items: list, label: str, include_unpublished: bool, fb: Feedback):
    """Records from OCPI location objects, and the count of skipped ones."""
    rows, not_location, unpublished = [], [], []
    for i, item in enumerate(items):
        if not _is_ocpi_location(item):
            not_location.append(f"item {i}")
            continue
        if item.get("publish") is False and not include_unpublished:
            unpublished.append(item.get("id", f"item {i}"))
            continue
        rows.append(_ocpi_record(item))
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file}: {count} record(s) skipped: not an OCPI Location (no coordinates or EVSEs): "
            "{ids}.",
        ),
        label,
        not_location,
    )
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file}: {count} record(s) skipped: not published (publish=false; use "
            "include_unpublished to keep them): {ids}.",
        ),
        label,
        unpublished,
    )
    return pd.DataFrame(rows), len(not_location) + len(unpublished), len(not_location)


def read_ocpi_locations(
    paths_or_objects,
    *,
    target_crs="EPSG:27700",
    include_unpublished: bool = False,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """OCPI 2.2.1 Location objects (files or parsed JSON: object, list or response envelope)."""
    fb = ensure_feedback(feedback)
    frames = []
    for label, item in _inputs(paths_or_objects):
        fb.check_canceled()
        doc = (
            _load_json(
                item,
                QT_TRANSLATE_NOOP(
                    "Messages", "malformed JSON ({error}); expected OCPI 2.2.1 Locations."
                ),
            )
            if isinstance(item, Path)
            else item
        )
        items = _ocpi_items(doc, label)
        records, skipped, not_location = _ocpi_frame(items, label, include_unpublished, fb)
        if items and not_location == len(items):
            raise SourceFormatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "no OCPI 2.2.1 Location object in it (a Location has id, coordinates and "
                        "evses); check that this is a Locations file.",
                    )
                ),
                label,
                "$",
            )
        frames.append(
            _finalise(records, SOURCE_OCPI, label, target_crs, fb, skipped_before=skipped)
        )
    return concat_chargepoints(frames, target_crs)


def _check_url(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme == "https" and parsed.hostname:
        return
    if parsed.scheme == "http" and parsed.hostname in ("127.0.0.1", "localhost", "::1"):
        return  # loopback only: a local test server or proxy
    raise ParameterError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "OCPI endpoint {url!r} must be an https:// URL (the token is sent with every "
                "request).",
            ),
            url=url,
        )
    )


def _with_paging(url: str, offset: int, limit: int) -> str:
    parsed = urlparse(url)
    query = [(k, v) for k, v in parse_qsl(parsed.query) if k not in ("offset", "limit")]
    query += [("offset", str(offset)), ("limit", str(limit))]
    return urlunparse(parsed._replace(query=urlencode(query)))


def _same_origin(a: str, b: str) -> bool:
    pa, pb = urlparse(a), urlparse(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def _sleep(seconds: float, fb: Feedback) -> None:
    end = time.monotonic() + seconds
    while True:
        fb.check_canceled()
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, 0.1))


def _get_page(session, url, headers, *, timeout, retries, backoff, budget, page, fb):
    """Body bytes and response of one page, with retries and the size budget."""
    import requests

    # What went wrong last: a key of _PAGE_FAILURES and its values.
    last_problem: tuple = ("http", {"status": ""})
    for attempt in range(retries + 1):
        fb.check_canceled()
        if attempt:
            _sleep(backoff * (2 ** (attempt - 1)), fb)
        try:
            resp = session.get(
                url, headers=headers, timeout=timeout, stream=True, verify=_tls_verify(session)
            )
        except requests.exceptions.Timeout:
            last_problem = ("timeout", {"timeout": timeout})
            continue
        except requests.exceptions.ConnectionError as exc:
            last_problem = ("connection", {"error": type(exc).__name__})
            continue
        try:
            if resp.status_code in (401, 403):
                raise OcpiAuthenticationError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "the OCPI endpoint rejected the token (HTTP {status}): it is "
                            "wrong, revoked or has expired. Update the token in the QGIS "
                            "authentication configuration used for this endpoint and run again.",
                        ),
                        status=resp.status_code,
                    ),
                    url,
                )
            if resp.status_code == 429 or resp.status_code >= 500:
                last_problem = (
                    "http",
                    {"status": f"HTTP {resp.status_code} {resp.reason or ''}".strip()},
                )
                retry_after = resp.headers.get("Retry-After", "")
                if retry_after.isdigit() and attempt < retries:
                    _sleep(min(float(retry_after), 60.0), fb)
                continue
            if resp.status_code >= 400:
                raise RemoteSourceError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "HTTP {status} {reason} on page {page}; check the URL "
                            "of the Locations module.",
                        ),
                        status=resp.status_code,
                        reason=resp.reason or "",
                        page=page,
                    ),
                    url,
                )
            declared = resp.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > budget:
                raise RemoteSourceError(_size_message(page), url)
            chunks, size = [], 0
            try:
                for chunk in resp.iter_content(chunk_size=65536):
                    size += len(chunk)
                    if size > budget:
                        raise RemoteSourceError(_size_message(page), url)
                    chunks.append(chunk)
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
                last_problem = ("interrupted", {"timeout": timeout})
                continue
            return b"".join(chunks), resp
        finally:
            resp.close()
    kind, values = last_problem
    raise RemoteSourceError(
        Message(_PAGE_FAILURES[kind], page=page, attempts=retries + 1, **values), url
    )


#: Why a page could not be read (the last problem of its attempts), each a whole message.
_PAGE_FAILURES = {
    "timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "page {page} could not be read after {attempts} attempt(s): no answer within "
        "{timeout:g} s. Check the URL and the network, or raise the timeout or the number of "
        "retries.",
    ),
    "connection": QT_TRANSLATE_NOOP(
        "Messages",
        "page {page} could not be read after {attempts} attempt(s): connection failed "
        "({error}). Check the URL and the network, or raise the timeout or the number of "
        "retries.",
    ),
    "http": QT_TRANSLATE_NOOP(
        "Messages",
        "page {page} could not be read after {attempts} attempt(s): {status}. Check the URL "
        "and the network, or raise the timeout or the number of retries.",
    ),
    "interrupted": QT_TRANSLATE_NOOP(
        "Messages",
        "page {page} could not be read after {attempts} attempt(s): transfer interrupted or "
        "slower than {timeout:g} s. Check the URL and the network, or raise the timeout or the "
        "number of retries.",
    ),
}


def _tls_verify(session):
    """Always verify certificates: a CA bundle path set on the session is kept (corporate
    proxies), ``verify=False`` is overridden."""
    custom = getattr(session, "verify", True)
    return custom if isinstance(custom, str) and custom else True


def _size_message(page: int) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "the OCPI endpoint sent more data than the size limit by page {page}; raise the "
            "limit (max_bytes) if this is expected.",
        ),
        page=page,
    )


def fetch_ocpi_locations(
    url: str,
    token: str,
    *,
    session=None,
    page_limit: int = DEFAULT_PAGE_LIMIT,
    timeout: float = DEFAULT_TIMEOUT_S,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    base64_token: bool = False,
    include_unpublished: bool = False,
    target_crs="EPSG:27700",
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Read all Locations of a live OCPI 2.2.1 endpoint (the Locations module URL).

    Sends ``Authorization: Token <token>`` (Base64-encoded first with ``base64_token=True``, as
    OCPI 2.2.1 section 4.1.3 asks; some servers take the token as issued). Follows
    ``Link: <...>; rel="next"`` headers (same origin only), else ``offset``/``limit`` with
    ``X-Total-Count``. Retries time-outs, connection errors, HTTP 429 and 5xx with exponential
    back-off; HTTP 401/403 raise :class:`OcpiAuthenticationError`; TLS certificates are always
    verified (a CA bundle path set on ``session.verify`` is used, ``False`` is ignored) and plain
    http is refused except to loopback. ``max_bytes`` caps all pages together.
    """
    import requests

    fb = ensure_feedback(feedback)
    _check_url(url)
    if not token or not str(token).strip():
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No OCPI token: choose the QGIS authentication configuration holding the "
                    "token.",
                )
            )
        )
    if page_limit < 1 or retries < 0 or timeout <= 0 or max_bytes < 1:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "page_limit and max_bytes must be positive, retries 0 or more, timeout "
                    "above 0.",
                )
            )
        )
    tok = str(token).strip()
    if base64_token:
        tok = base64.b64encode(tok.encode("utf-8")).decode("ascii")
    headers = {
        "Authorization": f"Token {tok}",
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
    }
    own_session = session is None
    sess = requests.Session() if own_session else session
    items: list = []
    budget = int(max_bytes)
    next_url = _with_paging(url, 0, page_limit)
    seen: set = set()
    page = 0
    try:
        while next_url:
            page += 1
            if page > MAX_PAGES or next_url in seen:
                fb.warn(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{url}: the server links pages in a loop; stopped at page {page}.",
                        ),
                        url=url,
                        page=page - 1,
                    )
                )
                break
            seen.add(next_url)
            page_url = next_url
            body, resp = _get_page(
                sess,
                page_url,
                headers,
                timeout=timeout,
                retries=retries,
                backoff=backoff,
                budget=budget,
                page=page,
                fb=fb,
            )
            budget -= len(body)
            data = _parse_ocpi_page(body, url, page)
            items.extend(data)
            total = resp.headers.get("X-Total-Count", "")
            total = int(total) if total.isdigit() else None
            link = resp.links.get("next", {}).get("url") if resp.links else None
            next_url = None
            if link:
                link = urljoin(page_url, link)
                if not _same_origin(link, url):
                    raise RemoteSourceError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "the next-page link of page {page} points to another server "
                                "({link}); not followed, to keep the token safe.",
                            ),
                            page=page,
                            link=link,
                        ),
                        url,
                    )
                next_url = link
            elif total is not None and data and len(items) < total:
                next_url = _with_paging(url, len(items), page_limit)
            if total:
                fb.set_progress(min(99.0, 100.0 * len(items) / total))
    finally:
        if own_session:
            sess.close()
    records, skipped, _ = _ocpi_frame(items, url, include_unpublished, fb)
    gdf = _finalise(records, SOURCE_OCPI, url, target_crs, fb, skipped_before=skipped)
    fb.set_progress(100.0)
    return gdf


def _parse_ocpi_page(body: bytes, url: str, page: int) -> list:
    where = Message(QT_TRANSLATE_NOOP("Messages", "page {page}"), page=page)
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "page {page} is not UTF-8 text (byte {byte})."),
                page=page,
                byte=exc.start,
            ),
            url,
            where,
        ) from exc
    except json.JSONDecodeError as exc:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "page {page} is not valid JSON ({error} at line {line}, column {column}).",
                ),
                page=page,
                error=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            ),
            url,
            where,
        ) from exc
    if not isinstance(doc, dict) or "data" not in doc:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "page {page} is not an OCPI response (expected "
                    "{{data, status_code, timestamp}}).",
                ),
                page=page,
            ),
            url,
            where,
        )
    code = doc.get("status_code")
    if code is not None and not (isinstance(code, int) and 1000 <= code < 2000):
        if "status_message" in doc:
            raise RemoteSourceError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "OCPI error {code} on page {page}: {error}."),
                    code=code,
                    page=page,
                    error=doc["status_message"],
                ),
                url,
            )
        raise RemoteSourceError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "OCPI error {code} on page {page}: no message."),
                code=code,
                page=page,
            ),
            url,
        )
    data = doc["data"]
    if data is None:
        return []
    if isinstance(data, dict):
        return [data]
    if not isinstance(data, list):
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "page {page}: 'data' is not a list of Locations."),
                page=page,
            ),
            url,
            where,
        )
    return data


# --------------------------------------------------------------------------------------------
# Open Charge Map


def _ocm_record(poi: dict) -> dict:
    addr = poi.get("AddressInfo") or {}
    conns = [c for c in (poi.get("Connections") or []) if isinstance(c, dict)]
    powers, names, quantity = [], [], 0
    for conn in conns:
        kw = _to_float(conn.get("PowerKW"))
        if not (np.isfinite(kw) and kw > 0):
            current = (conn.get("CurrentType") or {}).get("Title", "")
            three = conn.get("CurrentTypeID") in _OCM_THREE_PHASE_IDS or "three" in current.lower()
            kw = _ac_power_kw(conn.get("Voltage"), conn.get("Amps"), 3 if three else 1)
        powers.append(kw)
        ctype = conn.get("ConnectionType") or {}
        name = normalise_connector(ctype.get("Title") or ctype.get("FormalName"))
        if name and name not in names:
            names.append(name)
        qty = conn.get("Quantity")
        quantity += int(qty) if isinstance(qty, (int, float)) and qty > 0 else 1
    finite = [p for p in powers if np.isfinite(p)]
    points = poi.get("NumberOfPoints")
    sockets = points if isinstance(points, int) and points > 0 else (quantity or None)
    operator = _clean_text((poi.get("OperatorInfo") or {}).get("Title"))
    if operator and re.match(r"^\(?\s*unknown", operator, re.I):
        operator = None
    status_type = poi.get("StatusType") or {}
    status = None
    if status_type.get("IsOperational") is True:
        status = STATUS_OPERATIONAL
    elif status_type.get("Title"):
        status = _status_from_text(status_type["Title"])
    if status is None:
        status = _OCM_STATUS_IDS.get(poi.get("StatusTypeID"), STATUS_UNKNOWN)
    comments = str(addr.get("AccessComments") or "")
    access = True if re.search(r"24\s*(/\s*7|h(ou)?rs?\b)", comments, re.I) else None
    poi_id = poi.get("ID")
    return {
        "_ref": poi_id if poi_id is not None else poi.get("UUID", "?"),
        "source_id": _clean_text(poi_id),
        "operator": operator,
        "name": _clean_text(addr.get("Title")),
        "address": _clean_text(
            ", ".join(
                str(addr[k])
                for k in ("AddressLine1", "AddressLine2", "Town", "StateOrProvince")
                if addr.get(k)
            )
        ),
        "postcode": _clean_text(addr.get("Postcode")),
        "max_power_kw": max(finite) if finite else float("nan"),
        "connectors": ", ".join(names) or None,
        "sockets": sockets,
        "parking_type": None,
        "on_street": False,
        "access_24h": access,
        "status": status,
        "last_updated": _clean_text(
            poi.get("DateLastStatusUpdate") or poi.get("DateLastVerified") or poi.get("DateCreated")
        ),
        "lat": _to_float(addr.get("Latitude")),
        "lon": _to_float(addr.get("Longitude")),
        "_compact": "OperatorInfo" not in poi and "OperatorID" in poi,
        "_private": str((poi.get("UsageType") or {}).get("Title", "")).lower().startswith("priv"),
    }


def read_open_charge_map(
    path_or_obj,
    *,
    target_crs="EPSG:27700",
    include_private: bool = False,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Open Charge Map API output (``/poi`` JSON: a list of POIs, or one POI)."""
    fb = ensure_feedback(feedback)
    if isinstance(path_or_obj, (str, os.PathLike)):
        label = str(path_or_obj)
        doc = _load_json(
            path_or_obj,
            QT_TRANSLATE_NOOP(
                "Messages", "malformed JSON ({error}); expected Open Charge Map POI JSON."
            ),
        )
    else:
        label, doc = "<Open Charge Map object>", path_or_obj
    items = _as_items(doc)
    rows, not_poi, private = [], [], []
    for i, poi in enumerate(items):
        if not isinstance(poi, dict) or not isinstance(poi.get("AddressInfo"), dict):
            not_poi.append(f"item {i}")
            continue
        rec = _ocm_record(poi)
        if rec["_private"] and not include_private:
            private.append(rec["_ref"])
            continue
        rows.append(rec)
    if items and len(not_poi) == len(items):
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "no Open Charge Map POI in it (a POI has AddressInfo with Latitude/Longitude).",
                )
            ),
            label,
            "$",
        )
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file}: {count} record(s) skipped: not an Open Charge Map POI (no AddressInfo): "
            "{ids}.",
        ),
        label,
        not_poi,
    )
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file}: {count} record(s) skipped: private (UsageType; use include_private to keep "
            "them): {ids}.",
        ),
        label,
        private,
    )
    compact = [r["_ref"] for r in rows if r["_compact"]]
    if compact:
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file}: {count} POI(s) without operator names (downloaded with "
                    "compact=true); download again without it to get operators for "
                    "deduplication.",
                ),
                file=label,
                count=len(compact),
            )
        )
    frame = pd.DataFrame(rows)
    return _finalise(
        frame, SOURCE_OCM, label, target_crs, fb, skipped_before=len(not_poi) + len(private)
    )


# --------------------------------------------------------------------------------------------
# CSV (NCR and any)


def _decode(raw: bytes) -> tuple:
    for encoding in CSV_ENCODINGS:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv_table(path, fb: Feedback) -> tuple:
    """(table of text, encoding, malformed lines) of a CSV file in any of CSV_ENCODINGS; the
    malformed lines are skipped: the reader reports them (:func:`_warn_malformed`)."""
    path = Path(path)
    raw = read_file_bytes(path)
    text, encoding = _decode(raw)
    if not text.strip():
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "the file is empty.")), str(path)
        )
    if encoding != CSV_ENCODINGS[0]:
        fb.info(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{file}: not UTF-8, read as {encoding}."),
                file=path,
                encoding=encoding,
            )
        )
    delimiter = _sniff_delimiter(text.split("\n", 1)[0])
    options = dict(sep=delimiter, dtype=str, keep_default_na=False, na_filter=False)
    bad: list = []
    try:
        table = pd.read_csv(io.StringIO(text), **options)
    except pd.errors.ParserError:
        table = pd.read_csv(
            io.StringIO(text),
            engine="python",
            on_bad_lines=lambda fields: bad.append(fields) or None,
            **options,
        )
    except pd.errors.EmptyDataError as exc:
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "no header line.")),
            str(path),
            Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=1),
        ) from exc
    table.columns = [str(c).strip() for c in table.columns]
    return table, encoding, bad


def _warn_malformed(fb: Feedback, label: str, bad: list) -> None:
    """Warn about the malformed lines ``bad`` of :func:`_read_csv_table` (once the header is
    known to be the reader's)."""
    _warn_ids(
        fb,
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file}: {count} record(s) skipped: malformed CSV line (wrong number of fields): "
            "{ids}.",
        ),
        label,
        [f[0] if f else "?" for f in bad],
    )


def _is_ncr_header(columns) -> bool:
    lower = {c.lower() for c in columns}
    return "chargedeviceid" in lower or {"reference", "chargedevicestatus"} <= lower


def _find_column(columns, names) -> str | None:
    lower = {c.lower(): c for c in columns}
    for name in names:
        if name in lower:
            return lower[name]
    return None


def read_ncr_csv(
    path,
    *,
    target_crs="EPSG:27700",
    bounds=UK_BOUNDS_WGS84,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Legacy National Chargepoint Registry CSV (basic 6-column or full column set).

    Points outside ``bounds`` (lon_min, lat_min, lon_max, lat_max; None to keep all) are
    skipped, after swapping latitude/longitude where that brings them inside.
    """
    fb = ensure_feedback(feedback)
    label = str(path)
    table, _encoding, bad = _read_csv_table(path, fb)
    cols = list(table.columns)
    lat_col, lon_col = _find_column(cols, ("latitude",)), _find_column(cols, ("longitude",))
    if not _is_ncr_header(cols) or lat_col is None or lon_col is None:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "not a National Chargepoint Registry CSV (expected chargeDeviceID, latitude "
                    "and longitude columns; found {columns}).",
                ),
                columns=", ".join(cols[:12]),
            ),
            label,
            Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=1),
        )
    _warn_malformed(fb, label, bad)
    t = table
    n = len(t)

    def col(name):
        return t[name] if name in t.columns else pd.Series("", index=t.index, dtype=object)

    ids = col("chargeDeviceID").str.strip()
    refs = ids.where(ids != "", col("reference").str.strip())
    refs = refs.where(refs != "", pd.Series([f"line {i + 2}" for i in range(n)], index=t.index))
    operator = col("deviceControllerName").str.strip()
    operator = operator.where(operator != "", col("deviceOwnerName").str.strip())
    street = _join_columns(t, ["buildingNumber", "street"], " ")
    street = street.where(street.notna(), col("thoroughfare").where(col("thoroughfare") != ""))
    addr_frame = pd.DataFrame(
        {
            "a": col("subBuildingName"),
            "b": col("buildingName"),
            "c": street.fillna(""),
            "d": col("dependantLocality"),
            "e": col("town"),
            "f": col("county"),
        }
    )
    address = _join_columns(addr_frame, list(addr_frame.columns))
    # connectors: connector{N}Type / RatedOutputKW / RatedVoltage / OutputCurrent / ChargeMethod
    numbers = sorted(
        {int(m.group(1)) for c in cols if (m := re.match(r"^connector(\d+)Type$", c, re.I))}
    )
    power = pd.Series(np.nan, index=t.index)
    sockets = pd.Series(0, index=t.index)
    names_per_row = [[] for _ in range(n)]
    for k in numbers:
        ctype = col(f"connector{k}Type").str.strip()
        present = ctype != ""
        sockets = sockets + present.astype(int)
        kw = pd.to_numeric(col(f"connector{k}RatedOutputKW"), errors="coerce")
        volts = pd.to_numeric(col(f"connector{k}RatedVoltage"), errors="coerce")
        amps = pd.to_numeric(col(f"connector{k}OutputCurrent"), errors="coerce")
        three = col(f"connector{k}ChargeMethod").str.contains("three", case=False)
        phases = np.where(three, 3, 1)
        derived = (
            np.where(
                (phases == 3) & (volts >= LINE_TO_LINE_MIN_VOLTAGE),
                np.sqrt(3.0) * volts * amps,
                volts * amps * phases,
            )
            / 1000.0
        )
        kw = kw.where(kw > 0, pd.Series(derived, index=t.index))
        power = np.fmax(power, kw.where(present))
        mapping = {v: normalise_connector(v) for v in ctype.unique()}
        for i, name in enumerate(ctype.map(mapping)):
            if name and name not in names_per_row[i]:
                names_per_row[i].append(name)
    parking = col("locationType").map(_parking_type_from_text)
    on_street = _truthy(col("onStreetFlag")).fillna(False).astype(bool) | (parking == "ON_STREET")
    status = col("chargeDeviceStatus").map(_status_from_text)
    deleted = col("dateDeleted").str.strip()
    status = status.where(~deleted.str.match(r"^\d{4}"), STATUS_REMOVED)
    updated = col("dateUpdated").str.strip()
    updated = updated.where(updated != "", col("dateCreated").str.strip())
    records = pd.DataFrame(
        {
            "_ref": refs,
            "source_id": ids.where(ids != "", None),
            "operator": _clean_series(operator.where(operator != "", None)),
            "name": _clean_series(col("name")),
            "address": _clean_series(address),
            "postcode": _clean_series(col("postcode")),
            "max_power_kw": power,
            "connectors": [", ".join(v) or None for v in names_per_row],
            "sockets": sockets.where(sockets > 0) if numbers else pd.NA,
            "parking_type": parking,
            "on_street": on_street,
            "access_24h": _truthy(col("access24Hours")),
            "status": status,
            "last_updated": updated.where(updated != "", None),
            "lat": col(lat_col),
            "lon": col(lon_col),
        }
    )
    return _finalise(
        records,
        SOURCE_NCR,
        label,
        target_crs,
        fb,
        bounds=bounds,
        fix_swapped=bounds is not None,
        skipped_before=len(bad),
    )


def read_chargepoint_csv(
    path, mapping=None, *, target_crs="EPSG:27700", feedback: Feedback | None = None
) -> gpd.GeoDataFrame:
    """Any CSV with WGS84 latitude/longitude columns.

    ``mapping``: canonical field -> CSV column (keys in :data:`CSV_MAPPING_KEYS`). Latitude and
    longitude are found by name (lat, latitude, y / lon, lng, longitude, x) when not mapped;
    other fields are taken from columns named like them when not mapped.
    """
    fb = ensure_feedback(feedback)
    label = str(path)
    table, _encoding, bad = _read_csv_table(path, fb)
    cols = list(table.columns)
    mapping = dict(mapping or {})
    unknown = sorted(set(mapping) - set(CSV_MAPPING_KEYS))
    if unknown:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown field(s) in the column mapping: {fields}; use {known}."
                ),
                fields=", ".join(unknown),
                known=", ".join(CSV_MAPPING_KEYS),
            )
        )
    missing = sorted(c for c in mapping.values() if c not in cols)
    if missing:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Column(s) {missing} not in {file}; its columns are {columns}."
                ),
                missing=", ".join(missing),
                file=label,
                columns=", ".join(cols),
            )
        )
    mapping.setdefault("latitude", _find_column(cols, _LAT_NAMES))
    mapping.setdefault("longitude", _find_column(cols, _LON_NAMES))
    if not mapping["latitude"] or not mapping["longitude"]:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No latitude/longitude columns found in {file} (columns: {columns}); "
                    "map them in the column mapping.",
                ),
                file=label,
                columns=", ".join(cols),
            )
        )
    for key in CSV_MAPPING_KEYS[2:]:
        if key not in mapping:
            found = _find_column(cols, (key,))
            if found:
                mapping[key] = found
    _warn_malformed(fb, label, bad)
    t = table

    def col(key):
        name = mapping.get(key)
        if name is None:
            return pd.Series(None, index=t.index, dtype=object)
        values = t[name].astype(str).str.strip()
        return values.where(values != "", None)

    source_id = col("source_id")
    refs = source_id.where(
        source_id.notna(), pd.Series([f"line {i + 2}" for i in range(len(t))], index=t.index)
    )
    connectors = col("connectors").map(
        lambda v: ", ".join(
            dict.fromkeys(n for n in (normalise_connector(p) for p in re.split(r"[,;|/]", v)) if n)
        )
        or None
        if isinstance(v, str)
        else None
    )
    parking = col("parking_type").map(_parking_type_from_text)
    on_street = col("on_street")
    records = pd.DataFrame(
        {
            "_ref": refs,
            "source_id": source_id,
            "operator": _clean_series(col("operator")),
            "name": _clean_series(col("name")),
            "address": _clean_series(col("address")),
            "postcode": _clean_series(col("postcode")),
            "max_power_kw": pd.to_numeric(col("max_power_kw"), errors="coerce"),
            "connectors": connectors,
            "sockets": pd.to_numeric(col("sockets"), errors="coerce"),
            "parking_type": parking,
            "on_street": (
                _truthy(on_street.fillna("")).fillna(False).astype(bool)
                if mapping.get("on_street")
                else parking == "ON_STREET"
            ),
            "access_24h": _truthy(col("access_24h").fillna("")),
            "status": col("status").map(_status_from_text),
            "last_updated": col("last_updated"),
            "lat": col("latitude"),
            "lon": col("longitude"),
        }
    )
    return _finalise(records, SOURCE_CSV, label, target_crs, fb, skipped_before=len(bad))


# --------------------------------------------------------------------------------------------
# Format detection and dispatch


def detect_chargepoint_format(path) -> str:
    """``ocpi``, ``ocm``, ``ncr`` or ``csv`` from the file content; SourceFormatError if none."""
    path = Path(path)
    head = read_file_bytes(path, 65536)
    text, _ = _decode(head)
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        doc = _load_json(
            path,
            QT_TRANSLATE_NOOP(
                "Messages",
                "malformed JSON ({error}); expected chargepoint JSON (OCPI Locations or Open "
                "Charge Map).",
            ),
        )
        items = doc.get("data") if isinstance(doc, dict) and "data" in doc else doc
        first = next((i for i in _as_items(items) if isinstance(i, dict)), None)
        if first is not None and isinstance(first.get("AddressInfo"), dict):
            return SOURCE_OCM
        if first is not None and _is_ocpi_location(first):
            return SOURCE_OCPI
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "JSON that is neither OCPI 2.2.1 Locations nor Open Charge Map POIs.",
                )
            ),
            str(path),
            "$",
        )
    first_line = stripped.split("\n", 1)[0]
    header = next(csv.reader([first_line], delimiter=_sniff_delimiter(first_line)), [])
    header = [h.strip() for h in header]
    if _is_ncr_header(header):
        return SOURCE_NCR
    if _find_column(header, _LAT_NAMES) and _find_column(header, _LON_NAMES):
        return SOURCE_CSV
    raise SourceFormatError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "not a recognised chargepoint file: not JSON, and no latitude/longitude columns "
                "in the header line.",
            )
        ),
        str(path),
        Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=1),
    )


def read_chargepoint_file(
    path,
    fmt: str = "auto",
    *,
    mapping=None,
    target_crs="EPSG:27700",
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Read a chargepoint file in the given format (``auto`` detects it from the content)."""
    if fmt == "auto":
        fmt = detect_chargepoint_format(path)
    if fmt == SOURCE_OCPI:
        return read_ocpi_locations(path, target_crs=target_crs, feedback=feedback)
    if fmt == SOURCE_OCM:
        return read_open_charge_map(path, target_crs=target_crs, feedback=feedback)
    if fmt == SOURCE_NCR:
        return read_ncr_csv(path, target_crs=target_crs, feedback=feedback)
    if fmt == SOURCE_CSV:
        return read_chargepoint_csv(path, mapping, target_crs=target_crs, feedback=feedback)
    raise ParameterError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "Unknown chargepoint format {format!r}; use auto, {formats}."
            ),
            format=fmt,
            formats=", ".join(SOURCES),
        )
    )


# --------------------------------------------------------------------------------------------
# Deduplication

#: Which source's record wins a tie in richness (operators' own data first).
SOURCE_PRIORITY = {SOURCE_OCPI: 3, SOURCE_NCR: 2, SOURCE_OCM: 1, SOURCE_CSV: 0}
_RICHNESS_FIELDS = (
    "operator",
    "name",
    "address",
    "postcode",
    "max_power_kw",
    "connectors",
    "sockets",
    "parking_type",
    "access_24h",
    "status",
    "last_updated",
)


def normalise_operator(values) -> np.ndarray:
    """Operator names for matching: lower case, no accents, punctuation or Ltd/PLC/UK words."""
    s = pd.Series(values, dtype=object).fillna("").astype(str)
    s = s.map(lambda v: unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode())
    s = s.str.lower().str.replace(r"[^a-z0-9]+", " ", regex=True)
    s = s.str.replace(_OPERATOR_NOISE_RE, " ", regex=True)
    return s.str.replace(r"\s+", "", regex=True).to_numpy(dtype=object)


def _parse_timestamps(values: pd.Series) -> pd.Series:
    """ISO-like date-times (``2020-05-06T10:21:33Z``, ``2020-05-06 10:21``, ``2020-05-06``)."""
    parts = values.astype(str).str.extract(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?)?")
    text = parts[0] + " " + parts[1].fillna("00:00") + parts[2].fillna(":00")
    return pd.to_datetime(text, format="%Y-%m-%d %H:%M:%S", errors="coerce")


def _components(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected-component labels (smallest member index) of an undirected edge list."""
    labels = np.arange(n)
    if len(left) == 0:
        return labels
    while True:
        low = np.minimum(labels[left], labels[right])
        new = labels.copy()
        np.minimum.at(new, left, low)
        np.minimum.at(new, right, low)
        new = new[new]  # pointer jumping
        if np.array_equal(new, labels):
            return labels
        labels = new


def deduplicate_chargepoints(
    gdf: gpd.GeoDataFrame,
    distance_m: float = DEFAULT_DEDUP_DISTANCE_M,
    *,
    match_missing_operator: bool = False,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Merge records of the same chargepoint across (or within) sources.

    Two records are the same chargepoint when they are within ``distance_m`` metres AND have
    the same normalised operator (:func:`normalise_operator`) or the same ``source_id``;
    with ``match_missing_operator`` a record without operator matches any nearby one. Groups
    are transitive. Each group keeps its richest record (most filled fields, then source
    priority :data:`SOURCE_PRIORITY`, then latest ``last_updated``); the ``cp_id`` of the
    others are listed in its ``merged_sources``.
    """
    fb = ensure_feedback(feedback)
    if distance_m < 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The deduplication distance must be 0 m or more.")
            )
        )
    missing = [c for c in CHARGEPOINT_FIELDS if c not in gdf.columns]
    if missing:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Not a chargepoint layer: missing field(s) {fields}."
                ),
                fields=", ".join(missing),
            )
        )
    n = len(gdf)
    if n < 2:
        return gdf.copy()
    if gdf.crs is None:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The chargepoint layer has no CRS; distances cannot be measured."
                )
            )
        )
    geoms = gdf.geometry if gdf.crs.is_projected else gdf.geometry.to_crs("EPSG:27700")
    geoms = geoms.values
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="dwithin", distance=distance_m)
    pair = left < right
    left, right = left[pair], right[pair]
    ops = normalise_operator(gdf["operator"].to_numpy())
    sids = pd.Series(gdf["source_id"].to_numpy(), dtype=object).fillna("").astype(str)
    sids = sids.str.strip().str.lower().to_numpy(dtype=object)
    same_op = (ops[left] == ops[right]) & (ops[left] != "")
    if match_missing_operator:
        same_op |= (ops[left] == "") | (ops[right] == "")
    same_id = (sids[left] == sids[right]) & (sids[left] != "")
    match = same_op | same_id
    labels = _components(n, left[match], right[match])
    filled = np.zeros(n, dtype=int)
    for col in _RICHNESS_FIELDS:
        values = gdf[col]
        present = values.notna().to_numpy()
        if values.dtype == object:
            present &= values.astype(str).str.strip().ne("").to_numpy()
        filled += present.astype(int)
    filled += gdf["on_street"].fillna(False).astype(bool).to_numpy().astype(int)
    updated = _parse_timestamps(gdf["last_updated"])
    order = pd.DataFrame(
        {
            "label": labels,
            "filled": filled,
            "priority": gdf["source"].map(SOURCE_PRIORITY).fillna(-1).to_numpy(),
            "updated": updated.to_numpy(),
            "pos": np.arange(n),
            "cp_id": gdf["cp_id"].astype(str).to_numpy(),
        }
    )
    order = order.sort_values(
        ["label", "filled", "priority", "updated", "pos"],
        ascending=[True, False, False, False, True],
        na_position="last",
    )
    best = order.drop_duplicates("label", keep="first")
    losers = order[~order["pos"].isin(best["pos"])]
    merged = losers.groupby("label")["cp_id"].agg(", ".join)
    keep_pos = np.sort(best["pos"].to_numpy())
    out = gdf.iloc[keep_pos].copy()
    new_merged = pd.Series(labels[keep_pos]).map(merged).to_numpy(dtype=object)
    old = out["merged_sources"].to_numpy(dtype=object)
    combined = [
        ", ".join(x for x in (o, m) if isinstance(x, str) and x) or None
        for o, m in zip(old, new_merged)
    ]
    out["merged_sources"] = combined
    out["merged_sources"] = out["merged_sources"].astype(object)
    if len(losers):
        fb.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Deduplication: {count} record(s) merged into {chargepoints} chargepoint(s) "
                    "(within {distance:g} m, same operator or id).",
                ),
                count=len(losers),
                chargepoints=merged.size,
                distance=distance_m,
            )
        )
    out.attrs = dict(gdf.attrs, merged_records=int(len(losers)))
    return out
