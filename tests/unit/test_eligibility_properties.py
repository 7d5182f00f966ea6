"""Invariants of kerbside eligibility on random scenes (hypothesis).

- runs partition each kerb exactly: sorted, no gap, no overlap, lengths sum to the kerb length;
- no eligible metre lies within an exclusion;
- adding a constraint never adds eligible (or eligible-with-TRO-change) kerb.
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import LineString
from shapely.ops import substring

from ev_planner_plugin.core import intervals as iv
from ev_planner_plugin.core.eligibility import (
    DROPPED_KERB_BUFFER_M,
    assess_kerbside_eligibility,
)
from ev_planner_plugin.core.kerbs import KerbParts

CRS = "EPSG:27700"
TOL = 1e-6
EXCLUDED_TYPES = ["kerbsideNoWaiting", "kerbsideLoadingBay", "kerbsideDisabledBadgeHoldersOnly"]
TRO_TYPES = ["kerbsidePermitParkingPlace", "kerbsideLimitedWaiting"]


@st.composite
def kerb_lines(draw):
    """A straight or gently bent kerb (<= 3 segments, turns <= 45 degrees), 400000 E."""
    n_seg = draw(st.integers(1, 3))
    x, y = 400000.0, 300000.0
    heading = draw(st.floats(0, 2 * math.pi))
    pts = [(x, y)]
    for k in range(n_seg):
        if k:
            heading += draw(st.floats(-math.pi / 4, math.pi / 4))
        step = draw(st.floats(10, 80))
        x, y = x + step * math.cos(heading), y + step * math.sin(heading)
        pts.append((x, y))
    return LineString(pts)


@st.composite
def scenes(draw):
    line = draw(kerb_lines())
    length = line.length
    constraints = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["excluded", "tro", "dropped"]))
        a = draw(st.floats(0, length - 0.5))
        if kind == "dropped":
            constraints.append(("dropped", a, a, None))
        else:
            b = min(length, a + draw(st.floats(0.5, 40)))
            types = EXCLUDED_TYPES if kind == "excluded" else TRO_TYPES
            constraints.append((kind, a, b, draw(st.sampled_from(types))))
    width = draw(st.floats(1.0, 3.5))
    return line, constraints, width


def run_scene(line, constraints, width):
    kerbs = gpd.GeoDataFrame(
        {"kerb_id": ["K"], "footway_width_m": [width]}, geometry=[line], crs=CRS
    )
    lines = [c for c in constraints if c[0] != "dropped"]
    points = [c for c in constraints if c[0] == "dropped"]
    restrictions = gpd.GeoDataFrame(
        {"regulation_type": [c[3] for c in lines]},
        geometry=[substring(line, c[1], c[2]) for c in lines],
        crs=CRS,
    )
    dropped = gpd.GeoDataFrame(geometry=[line.interpolate(c[1]) for c in points], crs=CRS)
    return assess_kerbside_eligibility(
        kerbs,
        footway_width_field="footway_width_m",
        restrictions=restrictions,
        dropped_kerbs=dropped,
    )


def exclusions(constraints, width, length):
    """Chainage intervals that must never be eligible, computed independently."""
    out = []
    for kind, a, b, _ in constraints:
        if kind == "excluded":
            out.append((a, b))
        elif kind == "dropped":
            out.append((a - DROPPED_KERB_BUFFER_M, a + DROPPED_KERB_BUFFER_M))
    if width - 0.4 - 0.45 < 1.5:  # post_7kw unit + set-back on the footway
        out.append((0.0, length))
    return out


def usable_set(runs, status):
    sel = runs[runs["status"].isin(status)]
    return iv.union(np.zeros(len(sel), np.int64), sel["from_m"], sel["to_m"])


def total(group, start, end):
    return float(np.sum(np.asarray(end) - np.asarray(start)))


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(scenes())
def test_runs_partition_the_kerb_exactly(scene):
    line, constraints, width = scene
    runs = run_scene(line, constraints, width).runs
    f, t = runs["from_m"].to_numpy(), runs["to_m"].to_numpy()
    assert f[0] == 0.0
    assert abs(t[-1] - line.length) <= TOL
    assert np.all(t > f)
    assert np.all(f[1:] == t[:-1])  # sorted, no gap, no overlap
    assert abs(runs["length_m"].sum() - line.length) <= TOL
    assert np.allclose(runs["length_m"], t - f)
    # each run's geometry is that stretch of the kerb
    assert np.allclose(shapely.length(runs.geometry.values), runs["length_m"], atol=1e-6)
    # statuses and reasons agree
    assert set(runs.loc[runs["status"] == "eligible", "reasons"]) <= {""}
    assert (runs["eligible"] == (runs["status"] != "ineligible")).all()


@SETTINGS
@given(scenes())
def test_no_eligible_metre_lies_within_an_exclusion(scene):
    line, constraints, width = scene
    runs = run_scene(line, constraints, width).runs
    ok = runs[runs["eligible"]]
    for a, b in exclusions(constraints, width, line.length):
        overlap = np.minimum(ok["to_m"], b) - np.maximum(ok["from_m"], a)
        assert (overlap <= TOL).all(), (a, b)
    # and no plain "eligible" metre lies within a TRO-change restriction
    plain = runs[runs["status"] == "eligible"]
    for kind, a, b, _ in constraints:
        if kind == "tro":
            overlap = np.minimum(plain["to_m"], b) - np.maximum(plain["from_m"], a)
            assert (overlap <= TOL).all()


@SETTINGS
@given(scenes(), st.sampled_from(["excluded", "tro", "dropped"]), st.floats(0, 1), st.floats(1, 30))
def test_adding_a_constraint_never_adds_eligible_kerb(scene, kind, where, size):
    line, constraints, width = scene
    a = where * (line.length - 0.5)
    extra = {
        "excluded": ("excluded", a, min(line.length, a + size), "kerbsideNoStopping"),
        "tro": ("tro", a, min(line.length, a + size), "kerbsidePaymentParkingPlace"),
        "dropped": ("dropped", a, a, None),
    }[kind]
    before = run_scene(line, constraints, width)
    after = run_scene(line, [*constraints, extra], width)
    for status in (["eligible"], ["eligible", "eligible_with_tro_change"]):
        b = usable_set(before.runs, status)
        x = usable_set(after.runs, status)
        # every metre usable after was usable before (so the length never grows)
        assert total(*iv.subtract(*x, *b)) <= TOL
    s0, s1 = before.summary, after.summary
    assert s1["eligible_length_m"] <= s0["eligible_length_m"] + TOL
    assert (
        s1["eligible_length_m"] + s1["tro_change_length_m"]
        <= s0["eligible_length_m"] + s0["tro_change_length_m"] + TOL
    )


@SETTINGS
@given(kerb_lines(), st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), max_size=8))
def test_substrings_have_the_requested_lengths(line, pairs):
    kp = KerbParts(np.array([line], dtype=object), np.array([0]))
    a = np.array([min(p) for p in pairs]) * line.length
    b = np.array([max(p) for p in pairs]) * line.length
    keep = b - a > 1e-6
    subs = kp.substrings(np.zeros(keep.sum(), np.int64), a[keep], b[keep])
    assert np.allclose(shapely.length(subs), (b - a)[keep], atol=1e-6)
