"""Charging sessions from OCPI 2.2.1 (CDRs and Sessions) and any CSV, into a sessions table.

Readers return a :class:`SessionBatch`: ``sessions`` with the fields of
:data:`~ev_planner_plugin.core.usage.SESSION_FIELDS` (``cp_id`` empty until
:func:`match_chargepoints`) and ``problems``, one row per record not read, with the fields
:data:`PROBLEM_FIELDS` (``source_file``, ``record`` — ``line 12`` or a JSON path such as
``$.data[3]`` —, ``source_id``, ``cp_ref``, ``start_time``, ``end_time``, ``kwh``,
``reason``, ``message``). Nothing is dropped silently.

Formats
    * OCPI 2.2.1 JSON: one CDR or Session object, a list of them, or a response envelope
      (``{"data": [...], "status_code": 1000}``); CDRs and Sessions may be mixed. CDR:
      ``start_date_time``, ``end_date_time``, ``total_energy`` (kWh), ``total_cost``,
      ``cdr_location`` (``id``, ``evse_uid``, ``connector_id``). Session: ``start_date_time``,
      ``end_date_time``, ``kwh``, ``location_id``, ``evse_uid``, ``connector_id``, ``status``.
      Times are RFC 3339 UTC. ``cp_ref`` is ``<country_code>*<party_id>*<location id>``, as
      the ``source_id`` of OCPI locations read by ``sources.chargepoints`` (their ``cp_id`` is
      ``ocpi:`` + that).
    * CSV: any delimiter and encoding; columns named by a mapping (keys
      :data:`CSV_MAPPING_KEYS`), else found by the usual names (:data:`CSV_COLUMN_NAMES`).
      Times with an offset or ``Z`` keep it; times without are local times in ``tz``
      (Europe/London by default; ISO or UK day-first ``30/03/2025 00:30``).

Stable ids (``session_id``, see :func:`~ev_planner_plugin.core.usage.stable_session_id`)
    OCPI: hash of (``ocpi``, country_code, party_id, session id) — a CDR with ``session_id``
    gets the id of its Session, so importing both keeps one record (the CDR, which is final);
    a CDR without ``session_id``: (``ocpi-cdr``, country_code, party_id, CDR id). CSV: hash of
    (``csv``, chargepoint reference, session id column) or, without an id column,
    (``csv``, chargepoint reference, EVSE, connector, start instant). Re-importing a file, or
    an overlapping export, never duplicates a session.

Reason codes (``reason``)
    ``NO_CHARGEPOINT`` (reference not found among the chargepoints: *unmatched*);
    *unparsed*: ``NO_CHARGEPOINT_REF``, ``MISSING_ID``, ``BAD_START_TIME``, ``BAD_END_TIME``,
    ``END_BEFORE_START``, ``BAD_KWH`` (not a number, or negative), ``SESSION_NOT_FINISHED``
    (OCPI ACTIVE/PENDING without end: import it again when completed), ``NOT_CHARGING`` (OCPI
    status INVALID or RESERVATION), ``CREDIT_CDR`` (a credit CDR cancels the billing of an
    earlier CDR; the session itself is counted once, from that CDR), ``NOT_A_SESSION`` (a JSON
    object that is neither a CDR nor a Session), ``MALFORMED_LINE`` (CSV line with the wrong
    number of fields).

Storage (:func:`upsert_sessions`)
    A table ``sessions`` (no geometry) in a GeoPackage, written with sqlite3: the file is
    created as a GeoPackage when missing; every import is one transaction that inserts new
    session_ids and updates existing ones when the incoming record is a CDR replacing a
    Session or is at least as recent (``last_updated``); ``imported_at`` keeps the first
    import time.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.errors import InputDataError, ParameterError, SourceFormatError
from ..core.feedback import Feedback, ensure_feedback
from ..core.kerbs import format_ids
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..core.usage import (
    DEFAULT_TIME_ZONE,
    SESSION_FIELDS,
    check_time_zone,
    iso_utc,
    parse_datetimes,
    stable_session_id,
    stable_session_ids,
    to_seconds,
)
from ._files import read_file_bytes
from .chargepoints import (
    _check_ocpi_status,
    _decode,
    _find_column,
    _load_json,
    _read_csv_table,
    _sniff_delimiter,
)

SOURCE_OCPI_CDR = "ocpi_cdr"
SOURCE_OCPI_SESSION = "ocpi_session"
SOURCE_CSV = "csv"

FORMAT_AUTO = "auto"
FORMAT_OCPI = "ocpi"
FORMAT_CSV = "csv"
FORMATS = (FORMAT_AUTO, FORMAT_OCPI, FORMAT_CSV)

#: Ids listed in a warning (the rest are counted).
MAX_IDS_IN_WARNING = 10

#: The table name in the GeoPackage.
SESSIONS_LAYER = "sessions"
#: SQLite page cache while importing (KiB): keeps the session_id index of a few million
#: sessions in memory, so an import of a year of a large network takes seconds.
SQLITE_CACHE_KIB = 256 * 1024

PROBLEM_FIELDS = (
    "source_file",
    "record",
    "source_id",
    "cp_ref",
    "start_time",
    "end_time",
    "kwh",
    "reason",
    "message",
)

NO_CHARGEPOINT = "NO_CHARGEPOINT"
NO_CHARGEPOINT_REF = "NO_CHARGEPOINT_REF"
MISSING_ID = "MISSING_ID"
BAD_START_TIME = "BAD_START_TIME"
BAD_END_TIME = "BAD_END_TIME"
END_BEFORE_START = "END_BEFORE_START"
BAD_KWH = "BAD_KWH"
SESSION_NOT_FINISHED = "SESSION_NOT_FINISHED"
NOT_CHARGING = "NOT_CHARGING"
CREDIT_CDR = "CREDIT_CDR"
NOT_A_SESSION = "NOT_A_SESSION"
MALFORMED_LINE = "MALFORMED_LINE"
#: Reasons counted as unmatched; every other reason is unparsed.
UNMATCHED_REASONS = (NO_CHARGEPOINT,)

#: Plain-language text of each problem reason (a template: cp_ref and status are filled in).
_MESSAGES = {
    NO_CHARGEPOINT: QT_TRANSLATE_NOOP(
        "Messages",
        "chargepoint '{cp_ref}' is not in the chargepoint layer; add it (or "
        "check the id) and import the file again",
    ),
    NO_CHARGEPOINT_REF: QT_TRANSLATE_NOOP(
        "Messages",
        "no chargepoint reference (location / chargepoint id column empty)",
    ),
    MISSING_ID: QT_TRANSLATE_NOOP(
        "Messages",
        "OCPI object without id",
    ),
    BAD_START_TIME: QT_TRANSLATE_NOOP(
        "Messages",
        "start time missing or not a date-time",
    ),
    BAD_END_TIME: QT_TRANSLATE_NOOP(
        "Messages",
        "end time missing or not a date-time",
    ),
    END_BEFORE_START: QT_TRANSLATE_NOOP(
        "Messages",
        "end time before start time",
    ),
    BAD_KWH: QT_TRANSLATE_NOOP(
        "Messages",
        "energy (kWh) is not a number or is negative",
    ),
    SESSION_NOT_FINISHED: QT_TRANSLATE_NOOP(
        "Messages",
        "session still {status}, no end time yet; import it again once " "completed",
    ),
    NOT_CHARGING: QT_TRANSLATE_NOOP(
        "Messages",
        "OCPI session status {status}: no charging session",
    ),
    CREDIT_CDR: QT_TRANSLATE_NOOP(
        "Messages",
        "credit CDR (a billing correction); the charging session is counted once, from "
        "the original CDR",
    ),
    NOT_A_SESSION: QT_TRANSLATE_NOOP(
        "Messages",
        "neither an OCPI CDR nor an OCPI Session",
    ),
    MALFORMED_LINE: QT_TRANSLATE_NOOP(
        "Messages",
        "malformed CSV line (wrong number of fields)",
    ),
}

#: CSV mapping keys: session field <- CSV column.
CSV_MAPPING_KEYS = (
    "cp_ref",
    "start_time",
    "end_time",
    "kwh",
    "session_ref",
    "evse_uid",
    "connector_id",
    "cost",
    "currency",
)
#: Column names (case-insensitive) looked for when a key is not mapped.
CSV_COLUMN_NAMES = {
    "cp_ref": (
        "cp_id",
        "cp_ref",
        "chargepoint_id",
        "charge_point_id",
        "chargepoint",
        "charger_id",
        "chargedeviceid",
        "device_id",
        "location_id",
        "site_id",
    ),
    "start_time": (
        "start_time",
        "start_date_time",
        "start",
        "start_datetime",
        "started",
        "session_start",
        "plugin_time",
        "connected",
    ),
    "end_time": (
        "end_time",
        "end_date_time",
        "end",
        "end_datetime",
        "ended",
        "session_end",
        "stop_time",
        "stop",
        "unplug_time",
        "disconnected",
    ),
    "kwh": ("kwh", "energy_kwh", "total_energy", "energy", "consumed_kwh", "energy (kwh)"),
    "session_ref": ("session_id", "session_ref", "transaction_id", "cdr_id", "id"),
    "evse_uid": ("evse_uid", "evse", "evse_id"),
    "connector_id": ("connector_id", "connector", "socket", "socket_id", "port"),
    "cost": ("cost", "total_cost", "price", "amount"),
    "currency": ("currency",),
}

_OCPI_UNFINISHED = {"ACTIVE", "PENDING"}
_OCPI_NOT_CHARGING = {"INVALID", "RESERVATION"}


@dataclass
class SessionBatch:
    """Sessions read (SESSION_FIELDS), problems (PROBLEM_FIELDS) and counts."""

    sessions: pd.DataFrame
    problems: pd.DataFrame
    records_read: int = 0
    duplicates: int = 0
    files: list = field(default_factory=list)

    @property
    def unmatched(self) -> int:
        return int(self.problems.reason.isin(UNMATCHED_REASONS).sum())

    @property
    def unparsed(self) -> int:
        return len(self.problems) - self.unmatched


@dataclass(frozen=True)
class UpsertResult:
    inserted: int
    duplicates: int
    updated: int
    total: int


def _empty_sessions() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=object) for name in SESSION_FIELDS})


def _empty_problems() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=object) for name in PROBLEM_FIELDS})


def _problem_rows(frame: pd.DataFrame, reason: np.ndarray, label: str) -> pd.DataFrame:
    """Problems of the rows of ``frame`` where ``reason`` is set (frame has ``record``,
    ``source_id``, ``cp_ref``, ``start_raw``, ``end_raw``, ``kwh_raw``, ``status``)."""
    mask = pd.notna(reason)
    rows = frame[mask]
    reasons = reason[mask]
    status = rows["status"] if "status" in rows else pd.Series("", index=rows.index)
    messages = [
        Message(_MESSAGES[r], cp_ref=c, status=s)
        for r, c, s in zip(reasons, rows.cp_ref.to_numpy(), status.to_numpy())
    ]
    return pd.DataFrame(
        {
            "source_file": label,
            "record": rows.record.to_numpy(),
            "source_id": rows.source_id.to_numpy(),
            "cp_ref": rows.cp_ref.to_numpy(),
            "start_time": rows.start_raw.astype(object).to_numpy(),
            "end_time": rows.end_raw.astype(object).to_numpy(),
            "kwh": rows.kwh_raw.astype(object).map(lambda v: None if v is None else str(v)),
            "reason": reasons,
            "message": messages,
        },
        columns=list(PROBLEM_FIELDS),
    )


def _validated(frame: pd.DataFrame, label: str, tz: str, fb: Feedback) -> SessionBatch:
    """Parse times and energy of raw rows, give stable ids and split off the problems.

    ``frame``: record, source, source_id, cp_ref, evse_uid, connector_id, start_raw, end_raw,
    kwh_raw, cost_raw, currency, last_updated_raw, key (tuple of the id parts; None for CSV
    rows, identified by their session id column or chargepoint, socket and start), reason
    (pre-set or None), status.
    """
    n = len(frame)
    if n == 0:
        return SessionBatch(_empty_sessions(), _empty_problems())
    reason = frame["reason"].to_numpy(dtype=object).copy()
    start = parse_datetimes(frame.start_raw.to_numpy(), tz)
    end = parse_datetimes(frame.end_raw.to_numpy(), tz)
    kwh = pd.to_numeric(frame.kwh_raw, errors="coerce").to_numpy(float)
    kwh_given = frame.kwh_raw.notna().to_numpy()  # readers give None for empty values
    cost = pd.to_numeric(frame.cost_raw, errors="coerce").to_numpy(float)

    def flag(mask, code):
        reason[np.asarray(mask) & pd.isna(reason)] = code

    flag(frame.cp_ref.isna().to_numpy(), NO_CHARGEPOINT_REF)
    flag(start.isna().to_numpy(), BAD_START_TIME)
    flag(end.isna().to_numpy(), BAD_END_TIME)
    ok_times = (start.notna() & end.notna()).to_numpy()
    s = np.zeros(n, dtype=np.int64)
    e = np.zeros(n, dtype=np.int64)
    s[ok_times] = to_seconds(start[ok_times])
    e[ok_times] = to_seconds(end[ok_times])
    flag(ok_times & (e < s), END_BEFORE_START)
    with np.errstate(invalid="ignore"):
        flag(kwh_given & ~(np.isfinite(kwh) & (kwh >= 0)), BAD_KWH)
    good = pd.isna(reason)
    updated = parse_datetimes(frame.last_updated_raw.to_numpy(), tz)
    rows = frame[good]
    ids = np.empty(len(rows), dtype=object)
    keyed = rows.key.notna().to_numpy()
    ids[keyed] = [stable_session_id(*key) for key in rows.key[keyed]]  # OCPI: few rows
    by_ref = ~keyed & rows.source_id.notna().to_numpy() & (rows.source == SOURCE_CSV).to_numpy()
    ids[by_ref] = stable_session_ids("csv", rows.cp_ref[by_ref], rows.source_id[by_ref])
    rest = ~(keyed | by_ref)  # no id column: the chargepoint, socket and start identify it
    ids[rest] = stable_session_ids(
        "csv",
        rows.cp_ref[rest],
        rows.evse_uid[rest],
        rows.connector_id[rest],
        s[good][rest].astype(str),
    )
    upd = updated[good]
    sessions = pd.DataFrame(
        {
            "session_id": ids,
            "source": rows.source.to_numpy(),
            "source_id": rows.source_id.to_numpy(),
            "cp_id": None,
            "cp_ref": rows.cp_ref.to_numpy(),
            "evse_uid": rows.evse_uid.to_numpy(),
            "connector_id": rows.connector_id.to_numpy(),
            "start_time": iso_utc(s[good]),
            "end_time": iso_utc(e[good]),
            "duration_h": np.round((e[good] - s[good]) / 3600.0, 4),
            "kwh": np.where(kwh_given[good], kwh[good], np.nan),
            "cost": cost[good],
            "currency": rows.currency.to_numpy(),
            "last_updated": _iso_or_none(upd),
            "source_file": label,
            "imported_at": None,
        },
        columns=list(SESSION_FIELDS),
    )
    missing_kwh = int((~kwh_given[good]).sum())
    if missing_kwh:
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{file}: {count} session(s) without energy (kWh); kwh left empty."
                ),
                file=label,
                count=missing_kwh,
            )
        )
    problems = _problem_rows(frame, reason, label)
    return SessionBatch(sessions, problems, records_read=n)


def _iso_or_none(times: pd.Series) -> np.ndarray:
    """UTC date-times as ISO 8601 text, None where missing."""
    out = np.full(len(times), None, dtype=object)
    present = times.notna().to_numpy()
    if present.any():
        out[present] = iso_utc(to_seconds(times[present]))
    return out


def _clean(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _ref(country, party, local) -> str | None:
    local = _clean(local)
    if local is None:
        return None
    parts = [_clean(country), _clean(party)]
    return "*".join([*parts, local]) if all(parts) else local


def _amount(cost) -> float | None:
    """OCPI Price: incl_vat, else excl_vat; a bare number as it is."""
    if isinstance(cost, dict):
        for key in ("incl_vat", "excl_vat"):
            if cost.get(key) is not None:
                return cost[key]
        return None
    return cost


def _ocpi_row(obj, record: str) -> dict:
    row = {
        "record": record,
        "source": None,
        "source_id": None,
        "cp_ref": None,
        "evse_uid": None,
        "connector_id": None,
        "start_raw": None,
        "end_raw": None,
        "kwh_raw": None,
        "cost_raw": None,
        "currency": None,
        "last_updated_raw": None,
        "key": None,
        "reason": None,
        "status": "",
    }
    if not isinstance(obj, dict):
        row["reason"] = NOT_A_SESSION
        return row
    is_cdr = isinstance(obj.get("cdr_location"), dict) or "total_energy" in obj
    is_session = not is_cdr and ("kwh" in obj or "location_id" in obj) and "start_date_time" in obj
    if not (is_cdr or is_session):
        row["reason"] = NOT_A_SESSION
        row["source_id"] = _clean(obj.get("id"))
        return row
    cc, party, oid = (_clean(obj.get(k)) for k in ("country_code", "party_id", "id"))
    row["source_id"] = _ref(cc, party, oid)
    row["start_raw"] = _clean(obj.get("start_date_time"))
    row["end_raw"] = _clean(obj.get("end_date_time"))
    row["cost_raw"] = _amount(obj.get("total_cost"))
    row["currency"] = _clean(obj.get("currency"))
    row["last_updated_raw"] = _clean(obj.get("last_updated"))
    if is_cdr:
        loc = obj.get("cdr_location") if isinstance(obj.get("cdr_location"), dict) else {}
        row["source"] = SOURCE_OCPI_CDR
        row["cp_ref"] = _ref(cc, party, loc.get("id"))
        row["evse_uid"] = _clean(loc.get("evse_uid"))
        row["connector_id"] = _clean(loc.get("connector_id"))
        row["kwh_raw"] = obj.get("total_energy")
        session_id = _clean(obj.get("session_id"))
        row["key"] = ("ocpi", cc, party, session_id) if session_id else ("ocpi-cdr", cc, party, oid)
        if obj.get("credit") is True:
            row["reason"] = CREDIT_CDR
    else:
        row["source"] = SOURCE_OCPI_SESSION
        row["cp_ref"] = _ref(cc, party, obj.get("location_id"))
        row["evse_uid"] = _clean(obj.get("evse_uid"))
        row["connector_id"] = _clean(obj.get("connector_id"))
        row["kwh_raw"] = obj.get("kwh")
        row["key"] = ("ocpi", cc, party, oid)
        status = str(obj.get("status") or "").upper()
        row["status"] = status
        if status in _OCPI_NOT_CHARGING:
            row["reason"] = NOT_CHARGING
        elif status in _OCPI_UNFINISHED and row["end_raw"] is None:
            row["reason"] = SESSION_NOT_FINISHED
    if oid is None:
        row["reason"] = row["reason"] or MISSING_ID
    return row


def _ocpi_objects(doc, label: str) -> list[tuple[str, object]]:
    """(JSON path, object) of the CDRs/Sessions of a document: object, list or envelope."""
    if isinstance(doc, dict) and "data" in doc and "start_date_time" not in doc:
        _check_ocpi_status(doc, label)
        data = doc["data"]
        if isinstance(data, list):
            return [(f"$.data[{i}]", item) for i, item in enumerate(data)]
        return [] if data is None else [("$.data", data)]
    if isinstance(doc, list):
        return [(f"$[{i}]", item) for i, item in enumerate(doc)]
    return [("$", doc)]


def read_ocpi_sessions(
    source, *, label: str | None = None, feedback: Feedback | None = None
) -> SessionBatch:
    """OCPI 2.2.1 CDRs and/or Sessions from a JSON file path or a parsed JSON document."""
    fb = ensure_feedback(feedback)
    if isinstance(source, (str, os.PathLike)):
        label = label or str(source)
        doc = _load_json(
            source,
            QT_TRANSLATE_NOOP(
                "Messages", "malformed JSON ({error}); expected OCPI 2.2.1 CDRs or Sessions."
            ),
        )
    else:
        label = label or "<OCPI document>"
        doc = source
    objects = _ocpi_objects(doc, label)
    frame = pd.DataFrame([_ocpi_row(obj, path) for path, obj in objects])
    batch = _validated(frame, label, DEFAULT_TIME_ZONE, fb)
    fb.info(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "{file}: {count} session(s) read from {records} record(s)."
            ),
            file=label,
            count=len(batch.sessions),
            records=len(objects),
        )
    )
    return batch


def read_session_csv(
    path,
    mapping: dict | None = None,
    *,
    tz: str = DEFAULT_TIME_ZONE,
    feedback: Feedback | None = None,
) -> SessionBatch:
    """Sessions from any CSV; ``mapping``: key of :data:`CSV_MAPPING_KEYS` -> column."""
    fb = ensure_feedback(feedback)
    tz = check_time_zone(tz)
    label = str(path)
    table, _encoding, bad = _read_csv_table(path, fb)
    columns = list(table.columns)
    mapping = {k: v for k, v in (mapping or {}).items() if v}
    unknown = sorted(set(mapping) - set(CSV_MAPPING_KEYS))
    if unknown:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown key(s) in the session column mapping: {keys}; use {known}."
                ),
                keys=", ".join(unknown),
                known=", ".join(CSV_MAPPING_KEYS),
            )
        )
    lower = {c.lower(): c for c in columns}
    missing = sorted(c for c in mapping.values() if c.lower() not in lower)
    if missing:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Column(s) {missing} not in {file}; its columns are {columns}."
                ),
                missing=", ".join(missing),
                file=label,
                columns=", ".join(columns),
            )
        )
    mapping = {k: lower[v.lower()] for k, v in mapping.items()}
    for key in CSV_MAPPING_KEYS:
        if key not in mapping:
            found = _find_column(columns, CSV_COLUMN_NAMES[key])
            if found and found not in mapping.values():
                mapping[key] = found
    required = [k for k in ("cp_ref", "start_time", "end_time") if k not in mapping]
    if required:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file}: no column for {keys} (chargepoint id, start, end); map "
                    "them (the file has: {columns}).",
                ),
                file=label,
                keys=", ".join(required),
                columns=", ".join(columns),
            )
        )

    def col(key):
        name = mapping.get(key)
        if name is None:
            return np.full(len(table), None, dtype=object)
        values = table[name].astype(str).str.strip()
        return values.where(values != "", None).to_numpy(dtype=object)

    cp_ref = col("cp_ref")
    session_ref = col("session_ref")
    frame = pd.DataFrame(
        {
            "record": [f"line {i + 2}" for i in range(len(table))],
            "source": SOURCE_CSV,
            "source_id": session_ref,
            "cp_ref": cp_ref,
            "evse_uid": col("evse_uid"),
            "connector_id": col("connector_id"),
            "start_raw": col("start_time"),
            "end_raw": col("end_time"),
            "kwh_raw": col("kwh"),
            "cost_raw": col("cost"),
            "currency": col("currency"),
            "last_updated_raw": None,
            "key": None,  # ids from (csv, cp_ref, session_ref) or cp_ref, socket and start
            "reason": None,
            "status": "",
        }
    )
    batch = _validated(frame, label, tz, fb)
    if bad:
        rows = pd.DataFrame(
            {
                "source_file": label,
                "record": [f"line ? ({', '.join(map(str, f[:3]))}…)" for f in bad],
                "source_id": None,
                "cp_ref": None,
                "start_time": None,
                "end_time": None,
                "kwh": None,
                "reason": MALFORMED_LINE,
                "message": Message(_MESSAGES[MALFORMED_LINE]),
            },
            columns=list(PROBLEM_FIELDS),
        )
        batch.problems = pd.concat([batch.problems, rows], ignore_index=True)
        batch.records_read += len(bad)
    fb.info(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file}: {count} session(s) read from {lines} line(s); columns used: {columns}.",
            ),
            file=label,
            count=len(batch.sessions),
            lines=batch.records_read,
            columns=", ".join(f"{k}={v}" for k, v in mapping.items()),
        )
    )
    return batch


def detect_session_format(path) -> str:
    """``ocpi`` (JSON) or ``csv`` from the content of ``path``."""
    path = Path(path)
    head = read_file_bytes(path, 4096)
    text, _ = _decode(head)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "the file is empty.")), str(path)
        )
    if stripped[:1] in ("{", "["):
        return FORMAT_OCPI
    first_line = stripped.split("\n", 1)[0]
    if _sniff_delimiter(first_line) and len(first_line.split(_sniff_delimiter(first_line))) > 1:
        return FORMAT_CSV
    raise SourceFormatError(
        Message(QT_TRANSLATE_NOOP("Messages", "neither OCPI JSON nor a CSV with a header line.")),
        str(path),
        Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=1),
    )


def read_session_files(
    paths,
    fmt: str = FORMAT_AUTO,
    *,
    mapping: dict | None = None,
    tz: str = DEFAULT_TIME_ZONE,
    feedback: Feedback | None = None,
) -> SessionBatch:
    """Read several files (each detected, or all in ``fmt``) into one batch; a session given
    twice (two files, or its Session and CDR) is kept once — the CDR, else the most recently
    updated — and counted in ``duplicates``."""
    fb = ensure_feedback(feedback)
    if fmt not in FORMATS:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Unknown session format {format!r}; use {formats}."),
                format=fmt,
                formats=", ".join(FORMATS),
            )
        )
    batches = []
    for index, path in enumerate(paths):
        fb.check_canceled()
        kind = detect_session_format(path) if fmt == FORMAT_AUTO else fmt
        if kind == FORMAT_OCPI:
            if mapping:
                fb.warn(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "{file}: OCPI JSON, the CSV column mapping is ignored."
                        ),
                        file=path,
                    )
                )
            batches.append(read_ocpi_sessions(path, feedback=fb))
        else:
            batches.append(read_session_csv(path, mapping, tz=tz, feedback=fb))
        fb.set_progress(60.0 * (index + 1) / max(len(paths), 1))
    sessions = [b.sessions for b in batches if len(b.sessions)]
    problems = [b.problems for b in batches if len(b.problems)]
    merged = pd.concat(sessions, ignore_index=True) if sessions else _empty_sessions()
    before = len(merged)
    merged = deduplicate_sessions(merged)
    return SessionBatch(
        merged,
        pd.concat(problems, ignore_index=True) if problems else _empty_problems(),
        records_read=sum(b.records_read for b in batches),
        duplicates=before - len(merged),
        files=[str(p) for p in paths],
    )


def deduplicate_sessions(sessions: pd.DataFrame) -> pd.DataFrame:
    """One row per session_id: the CDR over a Session, then the latest last_updated."""
    if sessions.session_id.is_unique:
        return sessions.reset_index(drop=True).copy()
    rank = (sessions.source == SOURCE_OCPI_CDR).astype(int)
    order = pd.DataFrame(
        {"id": sessions.session_id, "rank": rank, "updated": sessions.last_updated.fillna("")}
    ).sort_values(["id", "rank", "updated"], kind="stable")
    keep = order.drop_duplicates("id", keep="last").index
    return sessions.loc[sorted(keep)].reset_index(drop=True)


def _lookup_keys(chargepoints: pd.DataFrame) -> list[dict]:
    """Dictionaries normalised reference -> cp_id, tried in order: cp_id, source_id, cp_id
    without its '<source>:' prefix. A key shared by two chargepoints is not used."""
    cp_id = chargepoints["cp_id"].map(_clean)
    candidates = [cp_id]
    if "source_id" in chargepoints.columns:
        candidates.append(chargepoints["source_id"].map(_clean))
    candidates.append(cp_id.map(lambda v: v.split(":", 1)[1] if v and ":" in v else None))
    lookups = []
    for keys in candidates:
        frame = pd.DataFrame({"key": keys.map(lambda v: v.casefold() if v else None), "cp": cp_id})
        frame = frame.dropna()
        unique = frame.drop_duplicates("key", keep=False)
        lookups.append(dict(zip(unique.key, unique.cp)))
    return lookups


def match_chargepoints(
    batch: SessionBatch, chargepoints: pd.DataFrame, *, feedback: Feedback | None = None
) -> SessionBatch:
    """Set ``cp_id`` of each session from its ``cp_ref`` (see :func:`_lookup_keys`); sessions
    with no chargepoint move to the problems (``NO_CHARGEPOINT``)."""
    fb = ensure_feedback(feedback)
    if "cp_id" not in chargepoints.columns:
        raise InputDataError(
            Message(QT_TRANSLATE_NOOP("Messages", "no cp_id field to match sessions to")),
            layer="chargepoints",
        )
    sessions = batch.sessions.copy()
    refs = sessions.cp_ref.astype(object).where(sessions.cp_ref.notna(), None)
    refs = refs.where(refs.isna(), refs.astype(str).str.casefold())
    matched = pd.Series(None, index=sessions.index, dtype=object)
    for lookup in _lookup_keys(chargepoints):
        todo = matched.isna()
        matched[todo] = refs[todo].map(lookup)
    sessions["cp_id"] = matched.where(matched.notna(), None)
    missing = sessions.cp_id.isna().to_numpy()
    if missing.any():
        rows = sessions[missing]
        problems = pd.DataFrame(
            {
                "source_file": rows.source_file.to_numpy(),
                "record": rows.source_id.to_numpy(),
                "source_id": rows.source_id.to_numpy(),
                "cp_ref": rows.cp_ref.to_numpy(),
                "start_time": rows.start_time.to_numpy(),
                "end_time": rows.end_time.to_numpy(),
                "kwh": [None if pd.isna(v) else str(v) for v in rows.kwh],
                "reason": NO_CHARGEPOINT,
                "message": [Message(_MESSAGES[NO_CHARGEPOINT], cp_ref=r) for r in rows.cp_ref],
            },
            columns=list(PROBLEM_FIELDS),
        )
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} session(s) at chargepoints not in the chargepoint layer are "
                    "not imported (reported as {reason}): {ids}.",
                ),
                count=int(missing.sum()),
                reason=NO_CHARGEPOINT,
                ids=format_ids(pd.unique(rows.cp_ref.fillna("?")), MAX_IDS_IN_WARNING),
            )
        )
        parts = [p for p in (batch.problems, problems) if len(p)]
        all_problems = pd.concat(parts, ignore_index=True) if parts else _empty_problems()
    else:
        all_problems = batch.problems
    return SessionBatch(
        sessions[~missing].reset_index(drop=True),
        all_problems,
        records_read=batch.records_read,
        duplicates=batch.duplicates,
        files=batch.files,
    )


# ------------------------------------------------------------------------------------ GeoPackage
_COLUMN_TYPES = {
    "duration_h": "REAL",
    "kwh": "REAL",
    "cost": "REAL",
}
_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
_GPKG_USER_VERSION = 10200  # GeoPackage 1.2
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)


def _create_geopackage(conn: sqlite3.Connection) -> None:
    """The mandatory GeoPackage 1.2 tables in an empty SQLite database."""
    script = f"""
        PRAGMA application_id = {_GPKG_APPLICATION_ID};
        PRAGMA user_version = {_GPKG_USER_VERSION};
        CREATE TABLE gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
            definition TEXT NOT NULL, description TEXT);
        CREATE TABLE gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        """
    # one statement at a time: executescript() would commit the open transaction
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT, "longitude/latitude WGS 84"),
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
        ],
    )


def _table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _ensure_table(conn: sqlite3.Connection, table: str, label: str) -> None:
    has_contents = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'"
    ).fetchone()
    if not has_contents:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "not a GeoPackage (no gpkg_contents table); choose a .gpkg file or a new "
                    "file name.",
                )
            ),
            label,
        )
    columns = _table_columns(conn, table)
    if not columns:
        definitions = ", ".join(
            f'"{name}" {_COLUMN_TYPES.get(name, "TEXT")}'
            + (" NOT NULL" if name == "session_id" else "")
            for name in SESSION_FIELDS
        )
        conn.execute(
            f'CREATE TABLE "{table}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
            f"{definitions})"
        )
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES (?, 'attributes', ?, ?)",
            (table, table, "Charging sessions (EV Planner)"),
        )
        columns = _table_columns(conn, table)
    if "session_id" not in columns:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "table '{table}' in {file} has no session_id field: it is not an EV Planner "
                    "sessions table; choose another file or table name",
                ),
                table=table,
                file=label,
            ),
            layer=table,
        )
    for name in SESSION_FIELDS:
        if name not in columns:
            kind = _COLUMN_TYPES.get(name, "TEXT")
            conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {kind}')
    try:
        conn.execute(
            f'CREATE UNIQUE INDEX IF NOT EXISTS "{table}_session_id_unique" '
            f'ON "{table}" ("session_id")'
        )
    except sqlite3.IntegrityError as error:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "table '{table}' in {file} repeats some session_id values, so sessions cannot "
                    "be updated in place; remove the repeats (keep one row per session_id) first",
                ),
                table=table,
                file=label,
            ),
            layer=table,
        ) from error


def _sql_column(series: pd.Series, order: np.ndarray) -> list:
    """A column, rows in ``order``, as Python values for sqlite3 (None for missing)."""
    values = series.to_numpy(dtype=object)[order]
    values[pd.isna(values)] = None
    return values.tolist()


def _id_order(ids: np.ndarray) -> np.ndarray:
    """Row order sorting the ids (hex ids: by their first 60 bits, fast)."""
    try:
        keys = np.fromiter((int(i[:15], 16) for i in ids), dtype=np.int64, count=len(ids))
    except (TypeError, ValueError):
        return np.argsort(pd.Series(ids, dtype=object).astype(str).to_numpy(), kind="stable")
    return np.argsort(keys, kind="stable")


def upsert_sessions(
    path,
    sessions: pd.DataFrame,
    *,
    table: str = SESSIONS_LAYER,
    now: str | None = None,
    feedback: Feedback | None = None,
) -> UpsertResult:
    """Insert or update ``sessions`` (SESSION_FIELDS) in ``table`` of the GeoPackage ``path``
    in one SQLite transaction (created when missing). Returns the counts: inserted (new
    session_ids), duplicates (already there, or given twice), updated (replaced by a CDR or a
    more recent record), total (rows in the table after)."""
    fb = ensure_feedback(feedback)
    path = Path(path)
    label = str(path)
    new_file = not path.exists()
    target = path.with_name(f".{path.stem}.partial{path.suffix}") if new_file else path
    if new_file:
        path.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.unlink()
    now = now or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    data = deduplicate_sessions(sessions.reindex(columns=list(SESSION_FIELDS)))
    repeated = len(sessions) - len(data)
    data["imported_at"] = now
    try:
        conn = sqlite3.connect(str(target), timeout=60.0, isolation_level=None)
    except sqlite3.Error as error:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "cannot open the GeoPackage ({error})."),
                error=error,
            ),
            label,
        ) from error
    try:
        try:
            conn.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")  # id index of big tables
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("BEGIN IMMEDIATE")
            if new_file:
                _create_geopackage(conn)
            _ensure_table(conn, table, label)
            result = _upsert(conn, table, data, fb)
            result = UpsertResult(
                result.inserted, result.duplicates + repeated, result.updated, result.total
            )
            fb.check_canceled()
            conn.execute(
                "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                "WHERE table_name = ?",
                (table,),
            )
            has_ogr_counts = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='gpkg_ogr_contents'"
            ).fetchone()
            if has_ogr_counts:
                conn.execute(
                    "UPDATE gpkg_ogr_contents SET feature_count = ? "
                    "WHERE lower(table_name) = lower(?)",
                    (result.total, table),
                )
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise SourceFormatError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "could not write the sessions ({error})."),
                    error=error,
                ),
                label,
            ) from error
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except BaseException:
        conn.close()
        if new_file and target.exists():
            target.unlink()
        raise
    conn.close()
    if new_file:
        os.replace(target, path)
    return result


def _upsert(conn: sqlite3.Connection, table: str, data: pd.DataFrame, fb: Feedback):
    names = list(SESSION_FIELDS)
    quoted = ", ".join(f'"{n}"' for n in names)
    conn.execute("DROP TABLE IF EXISTS temp.incoming")
    conn.execute("CREATE TEMP TABLE incoming (" + ", ".join(f'"{n}"' for n in names) + ")")
    # in id order: inserting into the session_id indexes in order is much faster
    order = _id_order(data.session_id.to_numpy(dtype=object))
    rows = list(zip(*(_sql_column(data[n], order) for n in names)))
    chunk = 50_000
    for start in range(0, len(rows), chunk):
        fb.check_canceled()
        conn.executemany(
            f"INSERT INTO temp.incoming VALUES ({', '.join('?' * len(names))})",
            rows[start : start + chunk],
        )
        fb.set_progress(60.0 + 30.0 * min(start + chunk, len(rows)) / max(len(rows), 1))
    conn.execute("CREATE INDEX temp.incoming_id ON incoming (session_id)")
    content = [n for n in names if n not in ("session_id", "imported_at")]

    def rank(alias: str) -> str:
        return f"(CASE {alias}.source WHEN '{SOURCE_OCPI_CDR}' THEN 2 ELSE 1 END)"

    def replaces(new: str, old: str) -> str:
        """SQL: the record ``new`` replaces ``old`` (a CDR over a Session, else at least as
        recent) and differs from it."""
        newer = (
            f"({rank(new)} > {rank(old)} OR ({rank(new)} = {rank(old)} AND "
            f"COALESCE({new}.last_updated, '') >= COALESCE({old}.last_updated, '')))"
        )
        # the file a record came from is provenance, not content: the same record in another
        # export is a duplicate, not an update
        compared = [n for n in content if n != "source_file"]
        changed = " OR ".join(f'{new}."{n}" IS NOT {old}."{n}"' for n in compared)
        return f"{newer} AND ({changed})"

    (existing,) = conn.execute(
        f'SELECT COUNT(*) FROM incoming i JOIN "{table}" t ON t.session_id = i.session_id'
    ).fetchone()
    assignments = ", ".join(f'"{n}" = excluded."{n}"' for n in content)
    quoted_table = f'"{table}"'
    before = conn.total_changes  # rows inserted + rows updated (not those left as they were)
    conn.execute(
        f'INSERT INTO "{table}" ({quoted}) SELECT {quoted} FROM incoming WHERE true '
        f"ON CONFLICT (session_id) DO UPDATE SET {assignments} "
        f"WHERE {replaces('excluded', quoted_table)}"
    )
    updated = conn.total_changes - before - (len(data) - int(existing))
    total = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    conn.execute("DROP TABLE temp.incoming")
    return UpsertResult(
        inserted=len(data) - int(existing),
        duplicates=int(existing),
        updated=int(updated),
        total=int(total),
    )


def read_sessions_table(
    path, table: str = SESSIONS_LAYER, columns: tuple | list | None = None
) -> pd.DataFrame:
    """The sessions table of a GeoPackage (``columns`` of SESSION_FIELDS, default all, in fid
    order), read with sqlite3."""
    fields = list(columns or SESSION_FIELDS)
    path = Path(path)
    if not path.is_file():
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "file not found.")), str(path)
        )
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60.0)
    try:
        present = _table_columns(conn, table)
        if not present:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "no table '{table}' in {file}"),
                    table=table,
                    file=path,
                ),
                layer=table,
            )
        missing = [n for n in ("cp_id", "start_time", "end_time") if n not in present]
        if missing:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "field(s) {fields} missing in {file}: not a sessions table"
                    ),
                    fields=", ".join(missing),
                    file=path,
                ),
                layer=table,
            )
        wanted = [n for n in fields if n in present]
        order = ' ORDER BY "fid"' if "fid" in present else ""
        frame = pd.read_sql_query(
            f'SELECT {", ".join(chr(34) + n + chr(34) for n in wanted)} FROM "{table}"{order}',
            conn,
        )
    finally:
        conn.close()
    return frame.reindex(columns=fields)
