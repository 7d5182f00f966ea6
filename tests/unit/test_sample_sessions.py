"""Synthetic sessions of the sample area: deterministic, plausible patterns, faulty chargepoints."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ev_planner_plugin.core.sample_area import build_sample_area
from ev_planner_plugin.core.sample_sessions import (
    FAULTY_CHARGEPOINTS,
    PROFILES,
    ZERO_KWH_SHARE,
    charger_profile,
    generate_sample_sessions,
)
from ev_planner_plugin.core.usage import (
    SESSION_FIELDS,
    chargepoint_usage,
    normalise_sessions,
    parse_datetimes,
)


@pytest.fixture(scope="module")
def chargepoints() -> pd.DataFrame:
    return build_sample_area(42)["chargepoints"].drop(columns="geometry")


@pytest.fixture(scope="module")
def sessions(chargepoints) -> pd.DataFrame:
    return generate_sample_sessions(chargepoints, seed=42)


def local(sessions: pd.DataFrame) -> pd.Series:
    return parse_datetimes(sessions.start_time).dt.tz_convert("Europe/London")


def test_deterministic_by_seed(chargepoints, sessions):
    pd.testing.assert_frame_equal(sessions, generate_sample_sessions(chargepoints, seed=42))
    other = generate_sample_sessions(chargepoints, seed=7)
    assert len(other) != len(sessions) or not other.start_time.equals(sessions.start_time)


def test_fields_year_and_ids(sessions, chargepoints):
    assert list(sessions.columns) == list(SESSION_FIELDS)
    assert sessions.session_id.is_unique and sessions.source_id.is_unique
    assert (sessions.source == "sample").all() and (sessions.currency == "GBP").all()
    start = parse_datetimes(sessions.start_time)
    end = parse_datetimes(sessions.end_time)
    assert start.min() >= pd.Timestamp("2024-01-01", tz="Europe/London")
    assert end.max() <= pd.Timestamp("2025-01-01", tz="Europe/London")
    assert (end > start).all()
    np.testing.assert_allclose(
        sessions.duration_h, (end - start).dt.total_seconds() / 3600, atol=1e-4
    )
    assert 10_000 <= len(sessions) <= 30_000


def test_faulty_chargepoints_have_no_sessions(sessions, chargepoints):
    used = set(sessions.cp_id)
    faulty = set(chargepoints.cp_id) - used
    assert len(faulty) == FAULTY_CHARGEPOINTS
    assert sorted(faulty) == sessions.attrs["faulty"]
    table = chargepoint_usage(sessions, chargepoints)
    idle = table[table.cp_id.isin(faulty)]
    assert (idle.sessions == 0).all() and len(idle) == 4 * FAULTY_CHARGEPOINTS
    # one more was out of order for six weeks: its weekly sessions drop to zero for a while
    outage = sessions[sessions.cp_id == sessions.attrs["outage"]]
    weeks = local(outage).dt.isocalendar().week.value_counts()
    assert len(set(range(2, 52)) - set(weeks.index)) >= 4


def test_sockets_are_never_double_booked(sessions, chargepoints):
    sockets = chargepoints.set_index("cp_id").sockets
    assert (sessions.connector_id.astype(int) <= sessions.cp_id.map(sockets)).all()
    norm = normalise_sessions(sessions).sort_values(["cp_id", "unit", "start"])
    same = (norm.cp_id.shift() == norm.cp_id) & (norm.unit.shift() == norm.unit)
    assert (norm.start[same] >= norm.end.shift()[same]).all()
    table = chargepoint_usage(sessions, chargepoints)
    np.testing.assert_allclose(table.hours_occupied, table.hours_plugged)


def test_energy_is_plausible(sessions, chargepoints):
    power = sessions.cp_id.map(chargepoints.set_index("cp_id").max_power_kw)
    assert (sessions.kwh <= power * sessions.duration_h + 1e-3).all()
    zero = (sessions.kwh == 0).mean()
    assert ZERO_KWH_SHARE / 2 <= zero <= ZERO_KWH_SHARE * 2
    tariff = (sessions.cost / sessions.kwh)[sessions.kwh > 5].to_numpy()
    tariffs = np.array([p.tariff_gbp_kwh for p in PROFILES.values()])
    assert (np.abs(tariff[:, None] - tariffs[None, :]).min(axis=1) < 0.002).all()


def test_daily_and_weekly_patterns(sessions, chargepoints):
    profile = chargepoints.set_index("cp_id").apply(
        lambda cp: charger_profile(cp.max_power_kw, cp.on_street), axis=1
    )
    kind = sessions.cp_id.map(profile)
    start = local(sessions)
    residential = start[kind == "residential"].dt.hour
    assert residential.between(17, 20).mean() > 3 * residential.between(2, 5).mean()
    overnight = sessions.duration_h[(kind == "residential") & start.dt.hour.between(17, 20)]
    assert overnight.median() > 10  # plugged in overnight
    rapid = start[kind.isin(["rapid", "ultra"])]
    assert rapid.dt.hour.between(10, 17).mean() > 0.5
    assert sessions.duration_h[kind.isin(["rapid", "ultra"])].median() < 1.0
    weekday = rapid.dt.dayofweek.value_counts()
    assert weekday[5] > weekday[1] and weekday[6] > weekday[2]  # weekends busier
    # usage grows through the year
    quarters = start.dt.quarter.value_counts().sort_index()
    assert quarters[4] > quarters[1]
