"""A year of synthetic but realistic charging sessions for the sample area's chargepoints.

``generate_sample_sessions(chargepoints, seed=42)`` returns a table with the session fields of
:data:`~ev_planner_plugin.core.usage.SESSION_FIELDS` (``source`` "sample"), deterministic for a
seed. Sessions start and end within the year (calendar 2024 by default, local time, so both
clock changes are in it).

How sessions arise, per chargepoint (a profile from its power and whether it is on-street):

* ``residential`` (on-street lamp-column and post chargers): drivers plug in in the evening and
  leave next morning (overnight), a few charge during the day.
* ``destination`` (off-street fast chargers in car parks, a village hall): daytime stays of a
  couple of hours, busiest on Saturdays.
* ``rapid`` / ``ultra`` (superstore, services): short stops through the day, busier at
  weekends (superstore) or on Fridays and Sundays (services).

Arrivals follow a Poisson process whose rate varies by local hour of day, day of week, season
(busier in winter) and grows through the year (:data:`GROWTH_OVER_YEAR`); a driver who finds
every socket taken leaves. Energy is the smaller of what the car needs and what the charger can
deliver in the stay; :data:`ZERO_KWH_SHARE` of sessions deliver nothing (failed starts).
:data:`FAULTY_CHARGEPOINTS` chargepoints are out of order all year (no sessions) and one more
is out of order for :data:`OUTAGE_DAYS` days.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .usage import DEFAULT_TIME_ZONE, SESSION_FIELDS, iso_utc, stable_session_id

SAMPLE_SOURCE = "sample"
#: First local day of the sample year and its length (2024: a leap year with both clock changes).
SAMPLE_START = "2024-01-01"
SAMPLE_DAYS = 366
#: Chargepoints with no session all year (faulty), and days of one further outage.
FAULTY_CHARGEPOINTS = 2
OUTAGE_DAYS = 42
#: Share of sessions that deliver no energy (authorisation or handshake failures).
ZERO_KWH_SHARE = 0.02
#: Usage at the end of the year relative to the start (a growing EV fleet).
GROWTH_OVER_YEAR = 0.30
#: Relative swing of demand over the seasons (peak in mid-January).
SEASONAL_SWING = 0.10
#: Share of the rated power delivered on average during a charge (taper, car limits).
CHARGING_EFFICIENCY = 0.85
CURRENCY = "GBP"
_SALT = 8_202_024  # keeps this generator's random stream apart from the sample area's


@dataclass(frozen=True)
class Profile:
    """How one kind of chargepoint is used (see the module docstring)."""

    sessions_per_socket_day: float
    hour_weights: tuple  # 24 local hours
    weekday_weights: tuple  # Monday .. Sunday
    stay_median_h: float
    stay_sigma: float
    need_median_kwh: float
    need_sigma: float
    tariff_gbp_kwh: float
    overnight: bool = False


PROFILES = {
    "residential": Profile(
        0.9,
        (0.3, 0.15, 0.1, 0.05, 0.05, 0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.8,
         0.8, 0.8, 0.9, 1.2, 1.8, 2.8, 3.2, 2.8, 2.0, 1.4, 0.9, 0.5),
        (1.0, 1.0, 1.0, 1.0, 1.05, 0.85, 0.95),
        3.0,
        0.5,
        14.0,
        0.5,
        0.49,
        overnight=True,
    ),
    "destination": Profile(
        2.2,
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.1, 0.4, 1.0, 1.6, 2.0, 2.2,
         2.2, 2.0, 1.8, 1.5, 1.2, 0.9, 0.6, 0.4, 0.3, 0.1, 0.0, 0.0),
        (0.9, 0.9, 0.95, 1.0, 1.1, 1.45, 0.8),
        1.8,
        0.5,
        16.0,
        0.5,
        0.55,
    ),
    "rapid": Profile(
        5.0,
        (0.05, 0.02, 0.0, 0.0, 0.0, 0.05, 0.3, 0.8, 1.2, 1.4, 1.6, 1.9,
         2.0, 1.8, 1.6, 1.6, 1.8, 1.9, 1.6, 1.2, 0.9, 0.6, 0.3, 0.1),
        (0.9, 0.9, 0.9, 0.95, 1.1, 1.3, 1.2),
        0.55,
        0.35,
        24.0,
        0.4,
        0.75,
    ),
    "ultra": Profile(
        7.0,
        (0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 1.1, 1.4, 1.5, 1.6, 1.8,
         1.9, 1.8, 1.7, 1.8, 1.9, 1.8, 1.5, 1.2, 1.0, 0.8, 0.5, 0.3),
        (0.9, 0.85, 0.85, 0.95, 1.3, 1.05, 1.35),
        0.4,
        0.35,
        30.0,
        0.4,
        0.79,
    ),
}  # fmt: skip
#: Off-street slow chargers (a village hall) are destination chargers used this much less.
OFFSTREET_SLOW_RATE_FACTOR = 0.35


def charger_profile(max_power_kw: float, on_street: bool) -> str:
    """The usage profile name of a chargepoint."""
    kw = float(max_power_kw) if max_power_kw is not None and np.isfinite(max_power_kw) else 7.0
    if kw >= 150.0:
        return "ultra"
    if kw >= 50.0:
        return "rapid"
    if kw < 8.0 and on_street:
        return "residential"
    return "destination"


def _local_fields(seconds: np.ndarray, tz: str) -> tuple[np.ndarray, np.ndarray]:
    """Local hour (0-23) and weekday (0 = Monday) of UTC seconds."""
    local = pd.DatetimeIndex(seconds.astype("datetime64[s]")).tz_localize("UTC").tz_convert(tz)
    return local.hour.to_numpy(), local.dayofweek.to_numpy()


def _arrivals(rng, profile: Profile, rate: float, t0: int, t1: int, tz: str) -> np.ndarray:
    """Arrival instants (UTC seconds) by thinning a homogeneous Poisson process."""
    hours = np.asarray(profile.hour_weights, float)
    hours = hours / hours.mean()
    days = np.asarray(profile.weekday_weights, float)
    days = days / days.mean()
    peak = (1.0 + SEASONAL_SWING) * (1.0 + GROWTH_OVER_YEAR)
    lam_max = rate * hours.max() * days.max() * peak / 86_400.0
    n = rng.poisson(lam_max * (t1 - t0))
    times = np.sort(rng.integers(t0, t1, n))
    hour, weekday = _local_fields(times, tz)
    year_fraction = (times - t0) / (t1 - t0)
    season = 1.0 + SEASONAL_SWING * np.cos(2 * np.pi * (year_fraction - 15 / 366))
    growth = 1.0 + GROWTH_OVER_YEAR * year_fraction
    lam = rate * hours[hour] * days[weekday] * season * growth / 86_400.0
    return times[rng.random(n) < lam / lam_max]


def _stays(rng, profile: Profile, arrivals: np.ndarray, tz: str) -> np.ndarray:
    """Stay length in seconds: overnight stays end next morning, others are log-normal."""
    stay_h = profile.stay_median_h * np.exp(rng.normal(0.0, profile.stay_sigma, len(arrivals)))
    if profile.overnight:
        hour, weekday = _local_fields(arrivals, tz)
        evening = (hour >= 16) | (hour < 3)
        leave_at = 7.75 + rng.normal(0.0, 1.0, len(arrivals)) + np.where(weekday >= 4, 1.5, 0.0)
        local_hour = (
            pd.DatetimeIndex(arrivals.astype("datetime64[s]")).tz_localize("UTC").tz_convert(tz)
        )
        now_h = local_hour.hour.to_numpy() + local_hour.minute.to_numpy() / 60.0
        overnight_h = np.where(now_h >= 12, 24.0 - now_h + leave_at, leave_at - now_h)
        stay_h = np.where(evening, np.maximum(overnight_h, 1.0), stay_h)
    return np.round(np.clip(stay_h, 0.1, 60.0) * 3600.0).astype(np.int64)


def _assign_sockets(arrivals: np.ndarray, stays: np.ndarray, sockets: int) -> np.ndarray:
    """Socket index of each arrival (-1: every socket taken, the driver leaves)."""
    free_at = np.full(sockets, np.iinfo(np.int64).min)
    out = np.full(len(arrivals), -1)
    for i, (t, stay) in enumerate(zip(arrivals.tolist(), stays.tolist())):
        free = np.flatnonzero(free_at <= t)
        if len(free):
            out[i] = free[0]
            free_at[free[0]] = t + stay
    return out


def generate_sample_sessions(
    chargepoints: pd.DataFrame,
    *,
    seed: int = 42,
    start: str = SAMPLE_START,
    days: int = SAMPLE_DAYS,
    tz: str = DEFAULT_TIME_ZONE,
    faulty: int = FAULTY_CHARGEPOINTS,
) -> pd.DataFrame:
    """Sessions (SESSION_FIELDS, ``source`` "sample") of ``chargepoints`` (cp_id,
    max_power_kw, sockets, on_street) over ``days`` local days from ``start``."""
    rng = np.random.default_rng([seed, _SALT])
    local0 = pd.Timestamp(start).tz_localize(tz)
    local1 = (pd.Timestamp(start) + pd.Timedelta(days=days)).tz_localize(tz)
    t0, t1 = int(local0.tz_convert("UTC").timestamp()), int(local1.tz_convert("UTC").timestamp())
    n_cp = len(chargepoints)
    order = rng.permutation(n_cp)
    broken = set(order[: min(faulty, n_cp)].tolist())
    outage_cp = int(order[faulty]) if n_cp > faulty else -1
    outage_start = t0 + int(rng.integers(30, max(days - OUTAGE_DAYS - 30, 31))) * 86_400
    parts = []
    for i, cp in enumerate(chargepoints.itertuples(index=False)):
        profile_name = charger_profile(cp.max_power_kw, bool(cp.on_street))
        profile = PROFILES[profile_name]
        sockets = int(cp.sockets) if pd.notna(cp.sockets) and int(cp.sockets) > 0 else 1
        rate = profile.sessions_per_socket_day * sockets
        if profile_name == "destination" and float(cp.max_power_kw) < 8.0:
            rate *= OFFSTREET_SLOW_RATE_FACTOR
        # draw for every chargepoint, faulty or not, so one change does not reshuffle the rest
        arrivals = _arrivals(rng, profile, rate, t0, t1, tz)
        stays = _stays(rng, profile, arrivals, tz)
        need = profile.need_median_kwh * np.exp(rng.normal(0.0, profile.need_sigma, len(stays)))
        zero = rng.random(len(stays)) < ZERO_KWH_SHARE
        if i in broken:
            continue
        keep = arrivals + stays <= t1
        if i == outage_cp:
            keep &= (arrivals + stays < outage_start) | (
                arrivals >= outage_start + OUTAGE_DAYS * 86_400
            )
        arrivals, stays, need, zero = arrivals[keep], stays[keep], need[keep], zero[keep]
        socket = _assign_sockets(arrivals, stays, sockets)
        taken = socket >= 0
        arrivals, stays, need, zero, socket = (
            a[taken] for a in (arrivals, stays, need, zero, socket)
        )
        deliverable = float(cp.max_power_kw) * CHARGING_EFFICIENCY * stays / 3600.0
        kwh = np.where(zero, 0.0, np.round(np.minimum(np.clip(need, 1.0, 80.0), deliverable), 3))
        seq = np.arange(1, len(arrivals) + 1)
        parts.append(
            pd.DataFrame(
                {
                    "cp_id": cp.cp_id,
                    "seq": seq,
                    "connector_id": (socket + 1).astype(str),
                    "start": arrivals,
                    "end": arrivals + stays,
                    "kwh": kwh,
                    "cost": np.round(kwh * profile.tariff_gbp_kwh, 2),
                }
            )
        )
    frame = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(columns=["cp_id", "seq", "connector_id", "start", "end", "kwh", "cost"])
    )
    frame = frame.sort_values(["start", "cp_id"], kind="stable").reset_index(drop=True)
    source_id = [f"{c}-{s:05d}" for c, s in zip(frame.cp_id, frame.seq)]
    end_text = iso_utc(frame.end.to_numpy())
    out = pd.DataFrame(
        {
            "session_id": [stable_session_id(SAMPLE_SOURCE, sid) for sid in source_id],
            "source": SAMPLE_SOURCE,
            "source_id": source_id,
            "cp_id": frame.cp_id.to_numpy(dtype=object),
            "cp_ref": frame.cp_id.to_numpy(dtype=object),
            "evse_uid": None,
            "connector_id": frame.connector_id.to_numpy(dtype=object),
            "start_time": iso_utc(frame.start.to_numpy()),
            "end_time": end_text,
            "duration_h": np.round((frame.end - frame.start).to_numpy() / 3600.0, 4),
            "kwh": frame.kwh.to_numpy(float),
            "cost": frame.cost.to_numpy(float),
            "currency": CURRENCY,
            "last_updated": end_text,
            "source_file": SAMPLE_SOURCE,
            "imported_at": None,
        },
        columns=list(SESSION_FIELDS),
    )
    out.attrs["faulty"] = sorted(chargepoints.cp_id.to_numpy()[list(broken)].tolist())
    if outage_cp >= 0:
        out.attrs["outage"] = str(chargepoints.cp_id.iat[outage_cp])
    return out
