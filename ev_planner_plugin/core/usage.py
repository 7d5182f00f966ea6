"""Usage of public chargepoints from charging sessions: per chargepoint, per area and per period.

Sessions (the table ``evplanner:importsessions`` writes; see :data:`SESSION_FIELDS`) are cut
at period boundaries — months or calendar quarters in the chargepoints' local time zone
(:data:`DEFAULT_TIME_ZONE`, Europe/London, with its GMT/BST changes) — and summed per
chargepoint and period. All instants are handled in UTC seconds; only period boundaries, dates
and naive (offset-less) times are local.

Session table fields (a public contract, :data:`SESSION_FIELDS`)
    ``session_id`` (stable hash of the source ids, see :func:`stable_session_id`), ``source``
    (``ocpi_cdr``, ``ocpi_session``, ``csv``, ``sample``), ``source_id``, ``cp_id`` (the
    matched chargepoint), ``cp_ref`` (the chargepoint reference as the source gave it),
    ``evse_uid``, ``connector_id``, ``start_time`` and ``end_time`` (ISO 8601 UTC text,
    ``2025-03-30T00:30:00Z``), ``duration_h``, ``kwh``, ``cost``, ``currency``,
    ``last_updated`` (ISO 8601 UTC), ``source_file``, ``imported_at`` (ISO 8601 UTC, first
    import).

Definitions
    * A session is counted once, in the period in which it starts (``sessions``). Its plugged-in
      time is split at period boundaries (``hours_plugged``) and its energy is shared between
      the periods in proportion to its time in each (energy meters give no profile).
    * ``hours_occupied``: time at least one vehicle occupied a socket. Sessions are grouped by
      *socket*: the EVSE (``evse_uid``), else the connector (``connector_id``); overlapping
      sessions on one socket (double-reported or clock errors) count once — the union of their
      intervals. Sessions without EVSE or connector are one pool per chargepoint, occupying
      ``min(vehicles present, sockets)`` sockets at any instant.
    * ``sockets`` (per chargepoint): the chargepoint's ``sockets`` attribute (vehicles that can
      charge at once; OCPI: EVSEs), raised to the number of distinct sockets seen in its
      sessions, at least 1.
    * ``hours_available = sockets x hours in the period`` (local calendar period; a quarter
      with the spring clock change has one hour less). ``utilisation_pct =
      100 x hours_occupied / hours_available`` — the share of available socket time occupied.
      Every chargepoint is taken as available the whole period (no commissioning dates).
    * ``sessions_per_day = sessions / days in the period`` per chargepoint; in area and network
      tables it is the mean per chargepoint (``sessions / days / chargepoints``).
    * Changes on the previous period: ``sessions_change_pct``, ``kwh_change_pct`` (null in the
      first period or when the previous value is 0) and ``utilisation_change_pp`` (percentage
      points).

Per chargepoint and period (:data:`CHARGEPOINT_USAGE_FIELDS`)
    ``cp_id``, ``speed_class``, ``area_id``, ``period`` ("2025-03" or "2025-Q1"),
    ``period_start``, ``period_end`` (first and last local day, ISO dates), ``days``,
    ``sockets``, ``sessions``, ``kwh``, ``hours_plugged``, ``hours_occupied``,
    ``hours_available``, ``utilisation_pct``, ``sessions_per_day``, ``sessions_change_pct``,
    ``kwh_change_pct``, ``utilisation_change_pp``. Every chargepoint has a row for every period
    from the one in which the first session starts to the one in which the last starts, with
    zeros where it had no sessions. Time after the end of the last period is not counted (the
    energy of a session running past it is shared pro rata as above).

Per area (or the whole network, ``area_id`` "ALL") and period (:data:`AREA_USAGE_FIELDS`)
    ``area_id``, ``area_name``, ``period``, ``period_start``, ``period_end``, ``days``,
    ``population``, ``plugin_evs``, ``chargepoints``, ``chargepoints_slow``,
    ``chargepoints_fast``, ``chargepoints_rapid``, ``chargepoints_ultra`` (DfT/OZEV speed
    classes), ``sockets``, ``idle_chargepoints`` (no session in the period), ``sessions``,
    ``kwh``, ``hours_plugged``, ``hours_occupied``, ``hours_available``, ``utilisation_pct``,
    ``sessions_per_day`` (per chargepoint), ``chargepoints_per_10k``, ``sessions_per_10k``,
    ``kwh_per_10k`` (per 10,000 people, when population is given), ``evs_per_chargepoint``,
    ``sessions_per_ev``, ``kwh_per_ev`` (when plug-in EVs are given), ``sessions_change_pct``,
    ``kwh_change_pct``, ``utilisation_change_pp``. Areas without chargepoints have zeros and a
    null utilisation.

Sessions that cannot be used (no chargepoint, unreadable or missing times, end before start,
unknown chargepoint) are left out with a warning giving the count and the first ids.
"""

from __future__ import annotations

import hashlib
import re
import zoneinfo
from collections.abc import Sequence

import numpy as np
import pandas as pd

from .errors import InputDataError, ParameterError
from .feedback import Feedback, ensure_feedback
from .kerbs import format_ids
from .network import point_area_rows
from .text import QT_TRANSLATE_NOOP, Message

#: The chargepoints' local time zone: periods start at local midnight (GMT/BST in the UK).
DEFAULT_TIME_ZONE = "Europe/London"

PERIOD_MONTH = "month"
PERIOD_QUARTER = "quarter"
PERIODS = (PERIOD_MONTH, PERIOD_QUARTER)

#: The session table (see the module docstring).
SESSION_FIELDS = (
    "session_id",
    "source",
    "source_id",
    "cp_id",
    "cp_ref",
    "evse_uid",
    "connector_id",
    "start_time",
    "end_time",
    "duration_h",
    "kwh",
    "cost",
    "currency",
    "last_updated",
    "source_file",
    "imported_at",
)

CHARGEPOINT_USAGE_FIELDS = (
    "cp_id",
    "speed_class",
    "area_id",
    "period",
    "period_start",
    "period_end",
    "days",
    "sockets",
    "sessions",
    "kwh",
    "hours_plugged",
    "hours_occupied",
    "hours_available",
    "utilisation_pct",
    "sessions_per_day",
    "sessions_change_pct",
    "kwh_change_pct",
    "utilisation_change_pp",
)

SPEED_CLASSES = ("slow", "fast", "rapid", "ultra")

AREA_USAGE_FIELDS = (
    "area_id",
    "area_name",
    "period",
    "period_start",
    "period_end",
    "days",
    "population",
    "plugin_evs",
    "chargepoints",
    *(f"chargepoints_{c}" for c in SPEED_CLASSES),
    "sockets",
    "idle_chargepoints",
    "sessions",
    "kwh",
    "hours_plugged",
    "hours_occupied",
    "hours_available",
    "utilisation_pct",
    "sessions_per_day",
    "chargepoints_per_10k",
    "sessions_per_10k",
    "kwh_per_10k",
    "evs_per_chargepoint",
    "sessions_per_ev",
    "kwh_per_ev",
    "sessions_change_pct",
    "kwh_change_pct",
    "utilisation_change_pp",
)

#: Area id of the whole-network summary.
NETWORK_AREA_ID = "ALL"

#: "Per 10,000 people", as councils report provision (DfT publishes per 100,000).
PER_PEOPLE = 10_000

#: Utilisation bands (%) of the distribution chart; the last band is open-ended.
UTILISATION_BANDS_PCT = (0.0, 2.5, 5.0, 7.5, 10.0, 15.0, 20.0, 30.0)

_MAX_IDS = 10
_SECONDS_PER_HOUR = 3600.0
_OFFSET_RE = r"\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$"
_DAYFIRST_FORMATS = (
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
)


# ------------------------------------------------------------------------------------ helpers
def stable_session_id(*parts) -> str:
    """A 20-hex-digit id from the source's own ids: the same session always gets the same id,
    so importing it again updates it instead of adding it twice."""
    text = "\x1f".join("" if p is None else str(p).strip() for p in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def stable_session_ids(*columns) -> list[str]:
    """:func:`stable_session_id` of each row of ``columns`` (sequences or scalars), joined in
    bulk: the same ids for values without surrounding spaces (as the readers give them), much
    faster for a million rows."""
    n = max((len(c) for c in columns if not np.isscalar(c) and c is not None), default=1)
    text = pd.Series("", index=range(n), dtype=object)
    for index, column in enumerate(columns):
        if column is None or np.isscalar(column):
            part = pd.Series("" if column is None else str(column).strip(), index=text.index)
        else:
            values = pd.Series(np.asarray(column, dtype=object), index=text.index)
            part = values.where(values.notna(), "").astype(str)
        text = part if index == 0 else text + "\x1f" + part
    blake2b = hashlib.blake2b
    return [blake2b(t.encode("utf-8"), digest_size=10).hexdigest() for t in text.tolist()]


def check_time_zone(tz: str) -> str:
    """The IANA time zone name ``tz``, or ParameterError."""
    try:
        zoneinfo.ZoneInfo(str(tz))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown time zone '{zone}'; use an IANA name such as {example}."
                ),
                zone=tz,
                example=DEFAULT_TIME_ZONE,
            )
        ) from error
    return str(tz)


def check_period(period: str) -> str:
    period = str(period).strip().lower()
    if period not in PERIODS:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Unknown period '{period}'; use month or quarter."),
                period=period,
            )
        )
    return period


def _clean(value):
    text = str(value).strip()
    return text or None


def _text(values) -> pd.Series:
    """Text values stripped, with empty strings and missing values as None (each distinct
    value is cleaned once, so long columns of repeated ids are fast)."""
    series = pd.Series(values, dtype=object)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    cleaned = np.array([_clean(v) for v in uniques] + [None], dtype=object)
    return pd.Series(cleaned[codes], index=series.index, dtype=object)


def _iso_z_seconds(values) -> np.ndarray | None:
    """int64 UTC seconds when every value is exactly ``YYYY-MM-DDTHH:MM:SSZ`` (the session
    table's own form, parsed in C by numpy), else None."""
    objects = np.asarray(values, dtype=object)
    if len(objects) == 0:
        return None
    try:
        fixed = objects.astype("U20")
    except (TypeError, ValueError):
        return None
    chars = fixed.view(np.uint32).reshape(len(fixed), 20)
    if not ((chars[:, 19] == ord("Z")) & (chars[:, 10] == ord("T"))).all():
        return None
    try:
        return fixed.astype("U19").astype("datetime64[s]").astype(np.int64)
    except ValueError:
        return None


def parse_datetimes(values, tz: str = DEFAULT_TIME_ZONE) -> pd.Series:
    """Date-times as UTC (``datetime64[ns, UTC]``); NaT where unreadable or missing.

    Text with a UTC offset or ``Z`` (OCPI, ISO 8601) keeps its instant; times without an offset
    are local times in ``tz``: ISO (``2025-03-30 00:30``) or UK day-first
    (``30/03/2025 00:30``). A local time the clocks skip (01:30 on the spring change) moves
    forward an hour; an ambiguous one (01:30 on the autumn change) is taken as BST, the first.
    """
    series = pd.Series(values)
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series.dt.tz_convert("UTC")
    if pd.api.types.is_datetime64_dtype(series.dtype):
        return _localise(series, tz)
    fast = _iso_z_seconds(series.to_numpy())
    if fast is not None:
        return pd.Series(fast.astype("datetime64[s]"), index=series.index).dt.tz_localize("UTC")
    text = _text(series)
    out = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns, UTC]")
    present = text.notna()
    if not present.any():
        return out
    rest = text[present].str.replace(r"\s*(?:UTC|GMT)$", "Z", regex=True)
    aware = rest.str.contains(_OFFSET_RE, regex=True)
    if aware.any():
        parsed = pd.to_datetime(rest[aware], format="ISO8601", utc=True, errors="coerce")
        out[parsed.index] = parsed
    naive = rest[~aware]
    if len(naive):
        parsed = pd.to_datetime(naive, format="ISO8601", errors="coerce")
        for fmt in _DAYFIRST_FORMATS:
            missing = parsed.isna()
            if not missing.any():
                break
            parsed[missing] = pd.to_datetime(naive[missing], format=fmt, errors="coerce")
        missing = parsed.isna()
        if missing.any():
            parsed[missing] = pd.to_datetime(
                naive[missing], format="mixed", dayfirst=True, errors="coerce"
            )
        out[parsed.index] = _localise(parsed, tz)
    return out


def _localise(naive: pd.Series, tz: str) -> pd.Series:
    naive = pd.to_datetime(naive, errors="coerce")
    if naive.dt.tz is not None:
        return naive.dt.tz_convert("UTC")
    local = naive.dt.tz_localize(
        tz, ambiguous=np.ones(len(naive), dtype=bool), nonexistent="shift_forward"
    )
    return local.dt.tz_convert("UTC")


def to_seconds(times: pd.Series) -> np.ndarray:
    """UTC date-times as int64 seconds since 1970 (NaT must have been removed)."""
    return times.to_numpy(dtype="datetime64[s]").astype(np.int64)


def iso_utc(seconds) -> np.ndarray:
    """int64 UTC seconds as ISO 8601 text (``2025-03-30T00:30:00Z``)."""
    values = np.asarray(seconds, dtype="int64").astype("datetime64[s]")
    return np.datetime_as_string(values, unit="s", timezone="UTC").astype(object)


# ------------------------------------------------------------------------------------ sessions
def normalise_sessions(
    sessions: pd.DataFrame, *, tz: str = DEFAULT_TIME_ZONE, feedback: Feedback | None = None
) -> pd.DataFrame:
    """Sessions ready to summarise: ``cp_id``, ``unit`` (EVSE, else connector, else None),
    ``start`` and ``end`` (int64 UTC seconds), ``kwh`` (float, NaN when unknown),
    ``session_id``. Unusable rows are dropped with a warning (count and first ids)."""
    fb = ensure_feedback(feedback)
    missing = [c for c in ("cp_id", "start_time", "end_time") if c not in sessions.columns]
    if missing:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "field(s) {fields} missing; use the table written by Import charging "
                    "sessions (fields cp_id, start_time, end_time, kwh...)",
                ),
                fields=", ".join(missing),
            ),
            layer="sessions",
        )
    n = len(sessions)
    ids = (
        sessions["session_id"].to_numpy(dtype=object)
        if "session_id" in sessions.columns
        else np.full(n, None, dtype=object)
    )

    def labels(mask) -> str:
        """session_id, else 'row N', of the first rows in ``mask`` (for messages)."""
        rows = np.flatnonzero(mask)
        named = list(ids[rows])
        for i, r in enumerate(rows[:_MAX_IDS]):  # only these are shown
            if pd.isna(ids[r]):
                named[i] = Message(QT_TRANSLATE_NOOP("Messages", "row {row}"), row=int(r) + 1)
        return format_ids(named, _MAX_IDS)

    cp = _text(sessions["cp_id"]).to_numpy()
    evse = _text(sessions["evse_uid"]) if "evse_uid" in sessions.columns else None
    conn = _text(sessions["connector_id"]) if "connector_id" in sessions.columns else None
    if evse is not None and conn is not None:
        unit = evse.where(evse.notna(), conn).to_numpy()
    elif evse is not None or conn is not None:
        unit = (evse if evse is not None else conn).to_numpy()
    else:
        unit = np.full(n, None, dtype=object)
    start = parse_datetimes(sessions["start_time"].to_numpy(), tz)
    end = parse_datetimes(sessions["end_time"].to_numpy(), tz)
    kwh = (
        pd.to_numeric(pd.Series(sessions["kwh"].to_numpy()), errors="coerce").to_numpy(float)
        if "kwh" in sessions.columns
        else np.full(n, np.nan)
    )
    no_cp = pd.isna(cp)
    bad_time = (start.isna() | end.isna()).to_numpy() & ~no_cp
    ok = ~(no_cp | bad_time)
    s = np.zeros(n, dtype=np.int64)
    e = np.zeros(n, dtype=np.int64)
    s[ok] = to_seconds(start[ok])
    e[ok] = to_seconds(end[ok])
    backwards = ok & (e < s)
    ok &= ~backwards
    for mask, template in (
        (
            no_cp,
            QT_TRANSLATE_NOOP(
                "Messages", "Sessions: {count} session(s) have no cp_id and are left out: {ids}."
            ),
        ),
        (
            bad_time,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Sessions: {count} session(s) have a missing or unreadable start_time/end_time "
                "and are left out: {ids}.",
            ),
        ),
        (
            backwards,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Sessions: {count} session(s) end before they start and are left out: {ids}.",
            ),
        ),
    ):
        if mask.any():
            fb.warn(Message(template, count=int(mask.sum()), ids=labels(mask)))
    negative = ok & (kwh < 0)
    if negative.any():
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Sessions: {count} session(s) with negative kWh counted as 0 kWh: {ids}.",
                ),
                count=int(negative.sum()),
                ids=labels(negative),
            )
        )
        kwh = np.where(negative, 0.0, kwh)
    frame = pd.DataFrame(
        {
            "session_id": ids[ok],
            "cp_id": cp[ok],
            "unit": unit[ok],
            "start": s[ok],
            "end": e[ok],
            "kwh": kwh[ok],
        }
    )
    duplicated = (
        frame.duplicated("session_id", keep="first") & frame.session_id.notna()
    ).to_numpy()
    if duplicated.any():
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Sessions: {count} repeated session_id(s) counted once: {ids}."
                ),
                count=int(duplicated.sum()),
                ids=format_ids(frame.session_id.to_numpy()[duplicated], _MAX_IDS),
            )
        )
        frame = frame[~duplicated]
    return frame.reset_index(drop=True)


# ------------------------------------------------------------------------------------ periods
def period_label(period: pd.Period, kind: str) -> str:
    return (
        f"{period.year}-Q{period.quarter}" if kind == PERIOD_QUARTER else period.strftime("%Y-%m")
    )


def period_table(
    first_s: int, last_s: int, period: str = PERIOD_QUARTER, tz: str = DEFAULT_TIME_ZONE
) -> pd.DataFrame:
    """Every period from the one containing ``first_s`` to the one containing the last second
    before ``last_s`` (UTC seconds): ``period``, ``start`` and ``end`` (UTC seconds of the local
    midnights), ``period_start``/``period_end`` (first/last local day), ``days``, ``hours``."""
    kind = check_period(period)
    freq = "Q" if kind == PERIOD_QUARTER else "M"
    last_s = max(int(last_s) - 1, int(first_s))
    first = pd.Timestamp(int(first_s), unit="s", tz="UTC").tz_convert(tz).tz_localize(None)
    last = pd.Timestamp(last_s, unit="s", tz="UTC").tz_convert(tz).tz_localize(None)
    periods = pd.period_range(first.to_period(freq), last.to_period(freq), freq=freq)
    local_start = periods.start_time.normalize()
    local_end = (periods + 1).start_time.normalize()

    def utc_seconds(local: pd.DatetimeIndex) -> np.ndarray:
        aware = local.tz_localize(
            tz, ambiguous=np.ones(len(local), dtype=bool), nonexistent="shift_forward"
        )
        return aware.tz_convert("UTC").to_numpy(dtype="datetime64[s]").astype(np.int64)

    start, end = utc_seconds(local_start), utc_seconds(local_end)
    return pd.DataFrame(
        {
            "period": [period_label(p, kind) for p in periods],
            "start": start,
            "end": end,
            "period_start": local_start.strftime("%Y-%m-%d"),
            "period_end": (local_end - pd.Timedelta(days=1)).strftime("%Y-%m-%d"),
            "days": (local_end - local_start).days.to_numpy(dtype=np.int64),
            "hours": (end - start) / _SECONDS_PER_HOUR,
        }
    )


def split_at_periods(start, end, boundaries) -> dict[str, np.ndarray]:
    """Cut intervals [start, end) at ``boundaries`` (sorted UTC seconds: period starts plus the
    last period's end). Returns arrays, one item per piece: ``row`` (interval), ``period``
    (index), ``start``, ``end``, ``first`` (the piece where the interval starts) and ``share``
    (piece duration / interval duration; 1 for a zero-length interval)."""
    start = np.asarray(start, dtype=np.int64)
    end = np.asarray(end, dtype=np.int64)
    bounds = np.asarray(boundaries, dtype=np.int64)
    n_periods = len(bounds) - 1
    p0 = np.clip(np.searchsorted(bounds, start, side="right") - 1, 0, n_periods - 1)
    p1 = np.clip(np.searchsorted(bounds, end, side="left") - 1, 0, n_periods - 1)
    p1 = np.maximum(p1, p0)
    count = p1 - p0 + 1
    row = np.repeat(np.arange(len(start)), count)
    offset = np.arange(len(row)) - np.repeat(np.cumsum(count) - count, count)
    period = p0[row] + offset
    piece_start = np.maximum(start[row], bounds[period])
    piece_end = np.minimum(end[row], bounds[period + 1])
    piece_end = np.maximum(piece_end, piece_start)
    duration = (end - start)[row]
    share = np.where(duration > 0, (piece_end - piece_start) / np.maximum(duration, 1), 1.0)
    return {
        "row": row,
        "period": period,
        "start": piece_start,
        "end": piece_end,
        "first": offset == 0,
        "share": share,
    }


def occupied_seconds(group, start, end, cap, n_groups: int) -> np.ndarray:
    """Per group, the time integral of ``min(intervals open at t, cap[group])``: with cap 1 the
    length of the union of the group's intervals. Vectorised sweep over start/end events."""
    group = np.asarray(group, dtype=np.int64)
    if len(group) == 0:
        return np.zeros(n_groups)
    start = np.asarray(start, dtype=np.int64)
    end = np.asarray(end, dtype=np.int64)
    times = np.concatenate([start, end])
    delta = np.concatenate([np.ones(len(start), np.int64), -np.ones(len(end), np.int64)])
    groups = np.concatenate([group, group])
    # ends before starts at the same instant, so back-to-back sessions do not overlap;
    # one int64 key (group, time, start flag) sorts much faster than a lexsort
    span = int(times.max() - times.min())
    if groups.max() < 2**29 and span < 2**32:
        key = (groups << 34) | ((times - times.min()) << 1) | (delta > 0)
        order = np.argsort(key, kind="stable")
    else:
        order = np.lexsort((delta, times, groups))
    times, delta, groups = times[order], delta[order], groups[order]
    depth = np.cumsum(delta)  # every group's events sum to 0, so depth restarts per group
    same = np.r_[groups[1:] == groups[:-1], False]
    gap = np.where(same, np.r_[np.diff(times), 0], 0)
    occupied = np.minimum(depth, np.asarray(cap, dtype=np.int64)[groups]) * gap
    return np.bincount(groups, weights=occupied, minlength=n_groups)


# ------------------------------------------------------------------------------------ summaries
def _chargepoint_frame(chargepoints: pd.DataFrame, fb: Feedback) -> pd.DataFrame:
    if "cp_id" not in chargepoints.columns:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "no cp_id field; choose the chargepoint id field")
            ),
            layer="chargepoints",
        )
    cp_id = _text(chargepoints["cp_id"])
    keep = cp_id.notna().to_numpy()
    if not keep.all():
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Chargepoints: {count} chargepoint(s) without cp_id left out."
                ),
                count=int((~keep).sum()),
            )
        )
    frame = pd.DataFrame({"cp_id": cp_id.to_numpy()[keep]})
    for name in ("sockets",):
        values = chargepoints[name] if name in chargepoints.columns else None
        frame[name] = (
            pd.to_numeric(pd.Series(values).to_numpy()[keep], errors="coerce")
            if values is not None
            else np.nan
        )
    for name in ("speed_class", "area_id"):
        values = chargepoints[name] if name in chargepoints.columns else None
        frame[name] = _text(values).to_numpy()[keep] if values is not None else None
    duplicated = frame.cp_id.duplicated().to_numpy()
    if duplicated.any():
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Chargepoints: {count} repeated cp_id(s), the first of each is used: {ids}.",
                ),
                count=int(duplicated.sum()),
                ids=format_ids(frame.cp_id[duplicated].unique(), _MAX_IDS),
            )
        )
        frame = frame[~duplicated]
    return frame.reset_index(drop=True)


def _pct_change(current: np.ndarray, previous: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        change = 100.0 * (current - previous) / previous
    return np.where(np.isfinite(previous) & (previous > 0), np.round(change, 2), np.nan)


def _shift_periods(values: np.ndarray) -> np.ndarray:
    """Values of the previous period along axis 1 (NaN for the first period)."""
    out = np.full(values.shape, np.nan)
    out[:, 1:] = values[:, :-1]
    return out


def chargepoint_usage(
    sessions: pd.DataFrame,
    chargepoints: pd.DataFrame,
    *,
    period: str = PERIOD_QUARTER,
    tz: str = DEFAULT_TIME_ZONE,
    feedback: Feedback | None = None,
) -> pd.DataFrame:
    """Usage per chargepoint and period (:data:`CHARGEPOINT_USAGE_FIELDS`).

    ``sessions``: the session table (cp_id, start_time, end_time, kwh, evse_uid, connector_id).
    ``chargepoints``: cp_id and, optionally, sockets, speed_class and area_id.
    """
    fb = ensure_feedback(feedback)
    kind = check_period(period)
    tz = check_time_zone(tz)
    cps = _chargepoint_frame(chargepoints, fb)
    if cps.empty:
        raise InputDataError(
            Message(QT_TRANSLATE_NOOP("Messages", "no chargepoints to summarise")),
            layer="chargepoints",
        )
    norm = normalise_sessions(sessions, tz=tz, feedback=fb)
    fb.check_canceled()
    fb.set_progress(20.0)
    cp_code = pd.Index(cps.cp_id).get_indexer(norm.cp_id.to_numpy())
    unknown = cp_code < 0
    if unknown.any():
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Sessions: {count} session(s) of chargepoints not in the chargepoint "
                    "layer are left out (cp_id {ids}).",
                ),
                count=int(unknown.sum()),
                ids=format_ids(pd.unique(norm.cp_id[unknown]), _MAX_IDS),
            )
        )
        norm = norm[~unknown].reset_index(drop=True)
        cp_code = cp_code[~unknown]
    if norm.empty:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "no usable session belongs to a chargepoint of the chargepoint layer; check "
                    "that the sessions were imported against the same chargepoints (cp_id)",
                )
            ),
            layer="sessions",
        )
    # periods of the session starts: a session running into a period where none starts (the
    # end of an export) does not create a near-empty last period
    periods = period_table(int(norm.start.min()), int(norm.start.max()) + 1, kind, tz)
    n_cp, n_p = len(cps), len(periods)
    bounds = np.r_[periods.start.to_numpy(), periods.end.to_numpy()[-1]]
    pieces = split_at_periods(norm.start.to_numpy(), norm.end.to_numpy(), bounds)
    fb.check_canceled()
    fb.set_progress(40.0)

    row, p = pieces["row"], pieces["period"]
    cell = cp_code[row] * n_p + p
    size = n_cp * n_p
    seconds = (pieces["end"] - pieces["start"]).astype(float)
    kwh_known = np.nan_to_num(norm.kwh.to_numpy(float))
    sessions_n = np.bincount(cell[pieces["first"]], minlength=size)
    kwh = np.bincount(cell, weights=kwh_known[row] * pieces["share"], minlength=size)
    plugged = np.bincount(cell, weights=seconds, minlength=size)

    # sockets: the attribute, raised to the distinct sockets seen in the sessions
    unit_code, unit_names = pd.factorize(norm.unit.to_numpy(), use_na_sentinel=True)
    known = unit_code >= 0
    pair = pd.unique(cp_code[known].astype(np.int64) * (len(unit_names) + 1) + unit_code[known])
    seen = np.bincount(pair // (len(unit_names) + 1), minlength=n_cp)
    attribute = np.nan_to_num(cps.sockets.to_numpy(float), nan=0.0).astype(np.int64)
    more = (seen > attribute) & (attribute > 0)
    if more.any():
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Chargepoints: {count} chargepoint(s) have sessions on more sockets than "
                    "their sockets attribute; the sockets seen are used: {ids}.",
                ),
                count=int(more.sum()),
                ids=format_ids(cps.cp_id[more], _MAX_IDS),
            )
        )
    sockets = np.maximum(np.maximum(attribute, seen), 1)

    # occupied time: union per socket; sessions without socket share a pool of `sockets`
    unit_key = cp_code.astype(np.int64) * (len(unit_names) + 1) + (unit_code + 1)
    unit_group, unit_keys = pd.factorize(unit_key)
    group_cp = unit_keys // (len(unit_names) + 1)
    group_cap = np.where(unit_keys % (len(unit_names) + 1) == 0, sockets[group_cp], 1)
    piece_group = unit_group[row].astype(np.int64) * n_p + p
    occupied_by_group = occupied_seconds(
        piece_group,
        pieces["start"],
        pieces["end"],
        np.repeat(group_cap, n_p),
        len(unit_keys) * n_p,
    )
    group_cell = np.repeat(group_cp, n_p) * n_p + np.tile(np.arange(n_p), len(unit_keys))
    occupied = np.bincount(group_cell, weights=occupied_by_group, minlength=size)
    fb.check_canceled()
    fb.set_progress(70.0)

    shape = (n_cp, n_p)
    sessions_n = sessions_n.reshape(shape).astype(np.int64)
    kwh = kwh.reshape(shape)
    hours_plugged = plugged.reshape(shape) / _SECONDS_PER_HOUR
    hours_occupied = occupied.reshape(shape) / _SECONDS_PER_HOUR
    hours_available = sockets[:, None] * periods.hours.to_numpy()[None, :]
    utilisation = np.round(100.0 * hours_occupied / hours_available, 3)
    days = periods.days.to_numpy()
    per_day = np.round(sessions_n / days[None, :], 4)

    table = pd.DataFrame(
        {
            "cp_id": np.repeat(cps.cp_id.to_numpy(), n_p),
            "speed_class": np.repeat(cps.speed_class.to_numpy(), n_p),
            "area_id": np.repeat(cps.area_id.to_numpy(), n_p),
            "period": np.tile(periods.period.to_numpy(), n_cp),
            "period_start": np.tile(periods.period_start.to_numpy(), n_cp),
            "period_end": np.tile(periods.period_end.to_numpy(), n_cp),
            "days": np.tile(days, n_cp),
            "sockets": np.repeat(sockets, n_p),
            "sessions": sessions_n.ravel(),
            "kwh": np.round(kwh, 3).ravel(),
            "hours_plugged": np.round(hours_plugged, 3).ravel(),
            "hours_occupied": np.round(hours_occupied, 3).ravel(),
            "hours_available": np.round(hours_available, 3).ravel(),
            "utilisation_pct": utilisation.ravel(),
            "sessions_per_day": per_day.ravel(),
            "sessions_change_pct": _pct_change(
                sessions_n.astype(float), _shift_periods(sessions_n.astype(float))
            ).ravel(),
            "kwh_change_pct": _pct_change(kwh, _shift_periods(kwh)).ravel(),
            "utilisation_change_pp": np.round(utilisation - _shift_periods(utilisation), 3).ravel(),
        }
    )
    table.attrs["periods"] = periods
    table.attrs["sessions_used"] = len(norm)
    fb.set_progress(80.0)
    return table


def assign_areas(chargepoints, areas, area_id_field: str, *, feedback=None) -> np.ndarray:
    """The area id (``area_id_field`` of ``areas``) each chargepoint point lies in; None outside
    every area (warned). Both GeoDataFrames in one CRS."""
    fb = ensure_feedback(feedback)
    if area_id_field not in areas.columns:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "no field '{field}' for the area id"),
                field=area_id_field,
            ),
            layer="areas",
        )
    rows = point_area_rows(areas, chargepoints)
    ids = _text(areas[area_id_field]).to_numpy()
    out = np.where(rows >= 0, ids[np.maximum(rows, 0)], None).astype(object)
    outside = rows < 0
    if outside.any():
        labels = (
            chargepoints["cp_id"].to_numpy()[outside]
            if "cp_id" in chargepoints.columns
            else chargepoints.index.to_numpy()[outside]
        )
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Chargepoints: {count} chargepoint(s) lie outside every area and are "
                    "left out of the area summary: {ids}.",
                ),
                count=int(outside.sum()),
                ids=format_ids(labels, _MAX_IDS),
            )
        )
    return out


def area_usage(
    cp_usage: pd.DataFrame,
    areas: pd.DataFrame | None = None,
    *,
    feedback: Feedback | None = None,
) -> pd.DataFrame:
    """Usage per area and period (:data:`AREA_USAGE_FIELDS`) from :func:`chargepoint_usage`.

    ``areas``: ``area_id`` and optionally ``area_name``, ``population``, ``plugin_evs``; every
    area gets a row per period, also without chargepoints. ``areas=None``: one network-wide
    row per period (``area_id`` "ALL") over every chargepoint.
    """
    ensure_feedback(feedback)
    usage = cp_usage.copy()
    if areas is None:
        usage["area_id"] = NETWORK_AREA_ID
        areas = pd.DataFrame({"area_id": [NETWORK_AREA_ID], "area_name": ["All chargepoints"]})
    else:
        areas = areas.copy()
        areas["area_id"] = _text(areas["area_id"]).to_numpy()
        areas = areas[areas.area_id.notna()].drop_duplicates("area_id")
    for name in ("area_name",):
        if name not in areas.columns:
            areas[name] = None
    for name in ("population", "plugin_evs"):
        areas[name] = (
            pd.to_numeric(areas[name], errors="coerce") if name in areas.columns else np.nan
        )
    periods = usage[["period", "period_start", "period_end", "days"]].drop_duplicates("period")
    periods = periods.sort_values("period").reset_index(drop=True)
    usage = usage[usage.area_id.isin(areas.area_id)]
    usage = usage.assign(
        idle=(usage.sessions == 0).astype(np.int64),
        **{f"is_{c}": (usage.speed_class == c).astype(np.int64) for c in SPEED_CLASSES},
    )
    sums = usage.groupby(["area_id", "period"], sort=False).agg(
        chargepoints=("cp_id", "size"),
        **{f"chargepoints_{c}": (f"is_{c}", "sum") for c in SPEED_CLASSES},
        sockets=("sockets", "sum"),
        idle_chargepoints=("idle", "sum"),
        sessions=("sessions", "sum"),
        kwh=("kwh", "sum"),
        hours_plugged=("hours_plugged", "sum"),
        hours_occupied=("hours_occupied", "sum"),
        hours_available=("hours_available", "sum"),
    )
    grid = pd.MultiIndex.from_product(
        [areas.area_id.to_numpy(), periods.period.to_numpy()], names=["area_id", "period"]
    )
    table = sums.reindex(grid, fill_value=0).reset_index()
    table = table.merge(periods, on="period", how="left").merge(
        areas[["area_id", "area_name", "population", "plugin_evs"]], on="area_id", how="left"
    )
    cps = table.chargepoints.to_numpy(float)
    population = table.population.to_numpy(float)
    evs = table.plugin_evs.to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        utilisation = (
            100.0 * table.hours_occupied / table.hours_available.where(table.hours_available > 0)
        )
        per_day = table.sessions / table.days / table.chargepoints.where(cps > 0)
        people = np.where(population > 0, PER_PEOPLE / population, np.nan)
        per_ev = np.where(evs > 0, 1.0 / evs, np.nan)
        table["utilisation_pct"] = utilisation.round(3)
        table["sessions_per_day"] = per_day.round(4)
        table["chargepoints_per_10k"] = np.round(cps * people, 3)
        table["sessions_per_10k"] = np.round(table.sessions.to_numpy(float) * people, 3)
        table["kwh_per_10k"] = np.round(table.kwh.to_numpy(float) * people, 3)
        table["evs_per_chargepoint"] = np.round(np.where(cps > 0, evs / cps, np.nan), 3)
        table["sessions_per_ev"] = np.round(table.sessions.to_numpy(float) * per_ev, 4)
        table["kwh_per_ev"] = np.round(table.kwh.to_numpy(float) * per_ev, 3)
    for name in ("kwh", "hours_plugged", "hours_occupied", "hours_available"):
        table[name] = table[name].astype(float).round(3)
    for name in ("chargepoints", "sockets", "idle_chargepoints", "sessions") + tuple(
        f"chargepoints_{c}" for c in SPEED_CLASSES
    ):
        table[name] = table[name].astype(np.int64)
    n_a, n_p = len(areas), len(periods)
    shape = (n_a, n_p)
    s = table.sessions.to_numpy(float).reshape(shape)
    k = table.kwh.to_numpy(float).reshape(shape)
    u = table.utilisation_pct.to_numpy(float).reshape(shape)
    table["sessions_change_pct"] = _pct_change(s, _shift_periods(s)).ravel()
    table["kwh_change_pct"] = _pct_change(k, _shift_periods(k)).ravel()
    table["utilisation_change_pp"] = np.round(u - _shift_periods(u), 3).ravel()
    return table[list(AREA_USAGE_FIELDS)]


def network_usage(cp_usage: pd.DataFrame) -> pd.DataFrame:
    """Network-wide usage per period (the :func:`area_usage` fields, area_id "ALL")."""
    return area_usage(cp_usage, None)


def utilisation_distribution(
    cp_usage: pd.DataFrame,
    period: str | None = None,
    bands: Sequence[float] = UTILISATION_BANDS_PCT,
) -> pd.DataFrame:
    """Chargepoints per utilisation band in ``period`` (default: the last): ``band`` (label, a
    translatable message),
    ``low_pct``, ``high_pct`` (null for the open last band), ``chargepoints``."""
    if period is None:
        period = latest_period(cp_usage)
    values = cp_usage.loc[cp_usage.period == period, "utilisation_pct"].to_numpy(float)
    edges = np.asarray(bands, dtype=float)
    index = np.clip(np.searchsorted(edges, values, side="right") - 1, 0, len(edges) - 1)
    counts = np.bincount(index, minlength=len(edges))
    labels = [
        Message(QT_TRANSLATE_NOOP("Messages", "{low}-{high} %"), low=_num(lo), high=_num(hi))
        for lo, hi in zip(edges[:-1], edges[1:])
    ]
    labels.append(Message(QT_TRANSLATE_NOOP("Messages", "{low} % and over"), low=_num(edges[-1])))
    return pd.DataFrame(
        {
            "band": labels,
            "low_pct": edges,
            "high_pct": np.r_[edges[1:], np.nan],
            "chargepoints": counts.astype(np.int64),
        }
    )


def _num(value: float) -> str:
    return re.sub(r"\.0$", "", f"{value:g}")


def latest_period(usage: pd.DataFrame) -> str:
    return str(max(usage.period)) if len(usage) else ""


def headline_kpis(network: pd.DataFrame, period: str | None = None) -> dict:
    """Headline figures of ``period`` (default: the last) from :func:`network_usage`, with
    totals over every period: period, periods, chargepoints, sockets, sessions, kwh,
    utilisation_pct, sessions_per_day, idle_chargepoints, the three changes, sessions_total,
    kwh_total, first_period."""
    if network.empty:
        raise InputDataError(
            Message(QT_TRANSLATE_NOOP("Messages", "no usage to report")), layer="sessions"
        )
    period = period or latest_period(network)
    row = network[network.period == period].iloc[0]
    return {
        "period": period,
        "first_period": str(min(network.period)),
        "periods": int(network.period.nunique()),
        "chargepoints": int(row.chargepoints),
        "sockets": int(row.sockets),
        "sessions": int(row.sessions),
        "kwh": float(row.kwh),
        "utilisation_pct": _float(row.utilisation_pct),
        "sessions_per_day": _float(row.sessions_per_day),
        "idle_chargepoints": int(row.idle_chargepoints),
        "sessions_change_pct": _float(row.sessions_change_pct),
        "kwh_change_pct": _float(row.kwh_change_pct),
        "utilisation_change_pp": _float(row.utilisation_change_pp),
        "sessions_total": int(network.sessions.sum()),
        "kwh_total": float(network.kwh.sum()),
    }


def _float(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)
