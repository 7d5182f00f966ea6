"""Usage analytics on hand-made sessions: exact hours, kWh and counts per period."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ev_planner_plugin.core.errors import InputDataError, ParameterError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.usage import (
    AREA_USAGE_FIELDS,
    CHARGEPOINT_USAGE_FIELDS,
    area_usage,
    chargepoint_usage,
    headline_kpis,
    network_usage,
    normalise_sessions,
    occupied_seconds,
    parse_datetimes,
    period_table,
    split_at_periods,
    stable_session_id,
    stable_session_ids,
    to_seconds,
    utilisation_distribution,
)


def sessions(*rows) -> pd.DataFrame:
    """Rows of (cp_id, connector_id, start_time, end_time, kwh)."""
    frame = pd.DataFrame(rows, columns=["cp_id", "connector_id", "start_time", "end_time", "kwh"])
    frame.insert(0, "session_id", [f"S{i + 1}" for i in range(len(frame))])
    return frame


def chargepoints(*cp_ids, sockets=1, speed_class="slow") -> pd.DataFrame:
    return pd.DataFrame({"cp_id": list(cp_ids), "sockets": sockets, "speed_class": speed_class})


def row(table: pd.DataFrame, cp_id: str, period: str) -> pd.Series:
    found = table[(table.cp_id == cp_id) & (table.period == period)]
    assert len(found) == 1, (cp_id, period)
    return found.iloc[0]


def test_session_spanning_midnight_counts_once_with_all_its_hours():
    table = chargepoint_usage(
        sessions(("A", "1", "2025-01-15T22:00:00Z", "2025-01-16T06:00:00Z", 8.0)),
        chargepoints("A"),
        period="month",
    )
    assert list(table.columns) == list(CHARGEPOINT_USAGE_FIELDS)
    january = row(table, "A", "2025-01")
    assert january.sessions == 1
    assert january.hours_plugged == 8.0 and january.hours_occupied == 8.0
    assert january.kwh == 8.0
    assert january.hours_available == 31 * 24
    assert january.utilisation_pct == round(100 * 8 / 744, 3)
    assert january.sessions_per_day == round(1 / 31, 4)
    assert (january.period_start, january.period_end, january.days) == (
        "2025-01-01",
        "2025-01-31",
        31,
    )


def test_session_over_a_month_end_is_split_at_local_midnight():
    table = chargepoint_usage(
        sessions(
            ("A", "1", "2025-01-31T22:00:00Z", "2025-02-01T06:00:00Z", 8.0),
            ("A", "1", "2025-02-10T10:00:00Z", "2025-02-10T12:00:00Z", 4.0),
        ),
        chargepoints("A"),
        period="month",
    )
    january, february = row(table, "A", "2025-01"), row(table, "A", "2025-02")
    assert (january.sessions, january.hours_plugged, january.kwh) == (1, 2.0, 2.0)
    assert (february.sessions, february.hours_plugged, february.kwh) == (1, 8.0, 10.0)
    assert february.sessions_change_pct == 0.0
    assert february.kwh_change_pct == 400.0


def test_quarter_boundary_in_summer_time_is_local_midnight_not_utc():
    # 20:00 BST on 30 June to 08:00 BST on 1 July: 4 h in Q2, 8 h in Q3 (UTC would say 5/7)
    frame = sessions(("A", "1", "2025-06-30T20:00:00+01:00", "2025-07-01T08:00:00+01:00", 12.0))
    only_q2 = chargepoint_usage(frame, chargepoints("A"))
    assert only_q2.period.tolist() == ["2025-Q2"]  # no session starts in Q3: not reported
    assert row(only_q2, "A", "2025-Q2").hours_plugged == 4.0
    later = sessions(("A", "1", "2025-08-01T10:00:00Z", "2025-08-01T11:00:00Z", 1.0))
    later["session_id"] = ["S2"]
    table = chargepoint_usage(pd.concat([frame, later], ignore_index=True), chargepoints("A"))
    q2, q3 = row(table, "A", "2025-Q2"), row(table, "A", "2025-Q3")
    assert (q2.sessions, q2.hours_plugged, q2.kwh) == (1, 4.0, 4.0)
    assert (q3.sessions, q3.hours_plugged, q3.kwh) == (1, 9.0, 9.0)
    assert q2.hours_available == 2184.0 and q3.hours_available == 2208.0
    assert q3.sessions_change_pct == 0.0 and q3.kwh_change_pct == 125.0
    assert pd.isna(q2.sessions_change_pct)


def test_spring_clock_change_night_session_lasts_one_hour():
    # 00:30 to 02:30 local on the last Sunday of March 2025: the clocks skip 01:00-02:00
    naive = sessions(("A", "1", "2025-03-30 00:30", "2025-03-30 02:30", 7.0))
    offset = sessions(("A", "1", "2025-03-30T00:30:00+00:00", "2025-03-30T02:30:00+01:00", 7.0))
    day_first = sessions(("A", "1", "30/03/2025 00:30", "30/03/2025 02:30", 7.0))
    for frame in (naive, offset, day_first):
        table = chargepoint_usage(frame, chargepoints("A"), period="month")
        march = row(table, "A", "2025-03")
        assert march.hours_plugged == 1.0
        assert march.hours_available == 743.0  # March 2025 loses an hour
        assert march.utilisation_pct == round(100 / 743, 3)


def test_autumn_clock_change_night_session_lasts_three_hours():
    table = chargepoint_usage(
        sessions(("A", "1", "2025-10-26 00:30", "2025-10-26 02:30", 3.0)),
        chargepoints("A"),
        period="month",
    )
    october = row(table, "A", "2025-10")
    assert october.hours_plugged == 3.0
    assert october.hours_available == 745.0


def test_overlapping_sessions_on_one_connector_are_occupied_once():
    table = chargepoint_usage(
        sessions(
            ("A", "1", "2025-05-01T10:00:00Z", "2025-05-01T14:00:00Z", 10.0),
            ("A", "1", "2025-05-01T12:00:00Z", "2025-05-01T16:00:00Z", 10.0),  # overlaps 2 h
            ("A", "2", "2025-05-01T11:00:00Z", "2025-05-01T13:00:00Z", 5.0),  # other socket
            ("A", "1", "2025-05-01T16:00:00Z", "2025-05-01T17:00:00Z", 1.0),  # back to back
        ),
        chargepoints("A", sockets=2),
        period="month",
    )
    may = row(table, "A", "2025-05")
    assert may.sessions == 4
    assert may.hours_plugged == 11.0
    assert may.hours_occupied == 9.0  # connector 1: 10:00-17:00, connector 2: 2 h
    assert may.hours_available == 2 * 744
    assert may.utilisation_pct == round(100 * 9 / 1488, 3)


def test_sessions_without_socket_ids_occupy_at_most_the_sockets():
    frame = sessions(
        ("A", None, "2025-05-01T10:00:00Z", "2025-05-01T14:00:00Z", 1.0),
        ("A", None, "2025-05-01T11:00:00Z", "2025-05-01T15:00:00Z", 1.0),
        ("A", None, "2025-05-01T12:00:00Z", "2025-05-01T13:00:00Z", 1.0),
    )
    may = row(
        chargepoint_usage(frame, chargepoints("A", sockets=2), period="month"), "A", "2025-05"
    )
    # vehicles present: 1, 2, 3 (capped at 2), 2, 1 over five hours
    assert may.hours_plugged == 9.0 and may.hours_occupied == 8.0


def test_more_sockets_seen_than_the_attribute_says_raises_the_sockets_with_a_warning():
    fb = Feedback()
    frame = sessions(
        ("A", "1", "2025-05-01T10:00:00Z", "2025-05-01T11:00:00Z", 1.0),
        ("A", "2", "2025-05-01T10:00:00Z", "2025-05-01T11:00:00Z", 1.0),
        ("A", "3", "2025-05-01T10:00:00Z", "2025-05-01T11:00:00Z", 1.0),
    )
    table = chargepoint_usage(frame, chargepoints("A", sockets=2), period="month", feedback=fb)
    assert row(table, "A", "2025-05").sockets == 3
    assert any("more sockets" in w and "A" in w for w in fb.warnings)


def test_zero_kwh_sessions_count_as_sessions_with_their_time():
    table = chargepoint_usage(
        sessions(
            ("A", "1", "2025-02-03T08:00:00Z", "2025-02-03T08:30:00Z", 0.0),
            ("A", "1", "2025-02-04T08:00:00Z", "2025-02-04T09:00:00Z", 0.0),
            ("A", "1", "2025-02-05T08:00:00Z", "2025-02-05T08:00:00Z", 0.0),  # zero length
        ),
        chargepoints("A"),
    )
    q1 = row(table, "A", "2025-Q1")
    assert (q1.sessions, q1.kwh, q1.hours_plugged) == (3, 0.0, 1.5)


def test_idle_and_unknown_chargepoints():
    fb = Feedback()
    frame = sessions(
        ("A", "1", "2025-01-10T10:00:00Z", "2025-01-10T12:00:00Z", 6.0),
        ("A", "1", "2025-04-10T10:00:00Z", "2025-04-10T11:00:00Z", 3.0),
        ("Z", "1", "2025-04-10T10:00:00Z", "2025-04-10T11:00:00Z", 3.0),  # not a chargepoint
        ("A", "1", "2025-04-11T10:00:00Z", "2025-04-11T09:00:00Z", 3.0),  # ends before start
        ("A", "1", "not a date", "2025-04-11T09:00:00Z", 3.0),
    )
    table = chargepoint_usage(frame, chargepoints("A", "B"), feedback=fb)
    assert len(table) == 4  # 2 chargepoints x 2 quarters
    idle = table[table.cp_id == "B"]
    assert idle.sessions.tolist() == [0, 0] and idle.utilisation_pct.tolist() == [0.0, 0.0]
    assert row(table, "A", "2025-Q2").sessions == 1
    messages = " ".join(fb.warnings)
    assert "end before they start" in messages and "S4" in messages
    assert "unreadable start_time/end_time" in messages and "S5" in messages
    assert "not in the chargepoint layer" in messages and "Z" in messages


def test_no_usable_session_is_a_clear_error():
    with pytest.raises(InputDataError, match="sessions.*no usable session"):
        chargepoint_usage(
            sessions(("Z", "1", "2025-01-10T10:00:00Z", "2025-01-10T12:00:00Z", 6.0)),
            chargepoints("A"),
        )
    with pytest.raises(ParameterError, match="week"):
        chargepoint_usage(sessions(), chargepoints("A"), period="week")
    with pytest.raises(ParameterError, match="Mars/Olympus"):
        chargepoint_usage(sessions(), chargepoints("A"), tz="Mars/Olympus")


def test_periods_follow_the_local_calendar():
    start = to_seconds(parse_datetimes(["2024-11-15T12:00:00Z"]))[0]
    end = to_seconds(parse_datetimes(["2025-02-01T00:00:00Z"]))[0]
    quarters = period_table(start, end, "quarter")
    assert quarters.period.tolist() == ["2024-Q4", "2025-Q1"]
    assert quarters.hours.tolist() == [2209.0, 2159.0]  # autumn +1 h, spring -1 h
    assert quarters.days.tolist() == [92, 90]
    months = period_table(start, end, "month")
    assert months.period.tolist() == ["2024-11", "2024-12", "2025-01"]  # 1 Feb 00:00 excluded


def test_split_pieces_and_shares():
    bounds = np.array([0, 100, 200, 300])
    pieces = split_at_periods([50, 100, 150, 250], [250, 100, 160, 400], bounds)
    assert pieces["row"].tolist() == [0, 0, 0, 1, 2, 3]
    assert pieces["period"].tolist() == [0, 1, 2, 1, 1, 2]
    assert pieces["start"].tolist() == [50, 100, 200, 100, 150, 250]
    assert pieces["end"].tolist() == [100, 200, 250, 100, 160, 300]  # cut at the last bound
    assert pieces["first"].tolist() == [True, False, False, True, True, True]
    np.testing.assert_allclose(pieces["share"], [0.25, 0.5, 0.25, 1.0, 1.0, 50 / 150])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 60), st.integers(0, 30)),
        min_size=1,
        max_size=25,
    ),
    st.integers(1, 3),
)
def test_occupied_time_matches_a_minute_by_minute_count(intervals, cap):
    group = np.array([g for g, _, _ in intervals])
    start = np.array([s for _, s, _ in intervals])
    end = start + np.array([d for _, _, d in intervals])
    caps = np.array([1, cap, cap + 1])
    result = occupied_seconds(group, start, end, caps, 3)
    for g in range(3):
        minutes = np.arange(0, 100)
        open_ = ((start[group == g, None] <= minutes) & (minutes < end[group == g, None])).sum(0)
        assert result[g] == np.minimum(open_, caps[g]).sum()


def test_areas_per_people_per_ev_and_changes():
    frame = sessions(
        ("A", "1", "2025-01-10T10:00:00Z", "2025-01-10T12:00:00Z", 10.0),
        ("A", "1", "2025-04-10T10:00:00Z", "2025-04-10T12:00:00Z", 10.0),
        ("A", "1", "2025-04-11T10:00:00Z", "2025-04-11T12:00:00Z", 10.0),
        ("B", "1", "2025-04-11T10:00:00Z", "2025-04-11T14:00:00Z", 20.0),
    )
    cps = pd.DataFrame(
        {
            "cp_id": ["A", "B", "C"],
            "sockets": [1, 2, 1],
            "speed_class": ["slow", "fast", "rapid"],
            "area_id": ["E1", "E1", "E2"],
        }
    )
    areas = pd.DataFrame(
        {
            "area_id": ["E1", "E2", "E3"],
            "area_name": ["One", "Two", "Three"],
            "population": [2000, 1000, 500],
            "plugin_evs": [40, 0, 10],
        }
    )
    usage = chargepoint_usage(frame, cps)
    table = area_usage(usage, areas)
    assert list(table.columns) == list(AREA_USAGE_FIELDS)
    assert len(table) == 6  # every area in every period, also E3 without chargepoints
    e1 = table[(table.area_id == "E1") & (table.period == "2025-Q2")].iloc[0]
    assert (e1.chargepoints, e1.chargepoints_slow, e1.chargepoints_fast) == (2, 1, 1)
    assert (e1.sockets, e1.sessions, e1.kwh, e1.idle_chargepoints) == (3, 3, 40.0, 0)
    assert e1.hours_occupied == 8.0 and e1.hours_available == 3 * 2184.0
    assert e1.utilisation_pct == round(100 * 8 / (3 * 2184), 3)
    assert e1.sessions_per_day == round(3 / 91 / 2, 4)
    assert e1.chargepoints_per_10k == 10.0 and e1.kwh_per_10k == 200.0
    assert e1.evs_per_chargepoint == 20.0 and e1.kwh_per_ev == 1.0
    assert e1.sessions_change_pct == 200.0
    e2 = table[(table.area_id == "E2") & (table.period == "2025-Q2")].iloc[0]
    assert (e2.chargepoints, e2.chargepoints_rapid, e2.idle_chargepoints) == (1, 1, 1)
    assert e2.evs_per_chargepoint == 0.0 and pd.isna(e2.kwh_per_ev)  # 0 EVs: no per-EV figure
    e3 = table[(table.area_id == "E3") & (table.period == "2025-Q2")].iloc[0]
    assert e3.chargepoints == 0 and pd.isna(e3.utilisation_pct) and e3.sessions == 0

    network = network_usage(usage)
    assert network.area_id.unique().tolist() == ["ALL"]
    kpis = headline_kpis(network)
    assert kpis["period"] == "2025-Q2" and kpis["first_period"] == "2025-Q1"
    assert (kpis["chargepoints"], kpis["sessions"], kpis["kwh"]) == (3, 3, 40.0)
    assert kpis["idle_chargepoints"] == 1 and kpis["sessions_total"] == 4
    assert kpis["sessions_change_pct"] == 200.0
    bands = utilisation_distribution(usage)
    assert bands.chargepoints.sum() == 3
    assert bands.chargepoints.iloc[0] == 3  # all under 2.5 %


def test_normalise_prefers_the_evse_over_the_connector():
    frame = sessions(("A", "1", "2025-01-10T10:00:00Z", "2025-01-10T12:00:00Z", 1.0))
    frame["evse_uid"] = ["E-7"]
    assert normalise_sessions(frame).unit.tolist() == ["E-7"]


def test_stable_session_ids():
    assert stable_session_id("ocpi", "BE", "BEC", "101") == stable_session_id(
        "ocpi", "BE", "BEC", " 101 "
    )
    assert stable_session_id("ocpi", "BE", "BEC", "101") != stable_session_id(
        "ocpi", "NL", "STK", "101"
    )
    assert len(stable_session_id("x")) == 20
    bulk = stable_session_ids("csv", ["CP1", "CP2"], [None, "E1"], np.array([10, 20]))
    assert bulk == [
        stable_session_id("csv", "CP1", None, 10),
        stable_session_id("csv", "CP2", "E1", 20),
    ]


def test_left_out_sessions_are_named_by_id_else_row_with_a_translatable_count():
    frame = sessions(*[("A", "1", "not a time", "2025-01-10T12:00:00Z", 1.0)] * 12)
    frame.loc[0, "session_id"] = None
    fb = Feedback()
    assert normalise_sessions(frame, feedback=fb).empty
    (warning,) = [w for w in fb.warnings if "start_time/end_time" in w]
    assert warning.values["count"] == 12
    ids = warning.values["ids"]
    assert str(ids) == "row 1, S2, S3, S4, S5, S6, S7, S8, S9, S10 and 2 more"
    assert ids.template == "{ids} and {count} more" and ids.values["count"] == 2
    welsh = {"{ids} and {count} more": "{ids} a {count} arall", "row {row}": "rhes {row}"}
    assert ids.translated(lambda text: welsh.get(text, text)) == (
        "rhes 1, S2, S3, S4, S5, S6, S7, S8, S9, S10 a 2 arall"
    )
