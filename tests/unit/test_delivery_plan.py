"""Delivery plan: the field contract from a shortlist, summary tables, proposed bays and units."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ev_planner_plugin.core.delivery_plan import (
    DEFAULT_BAY_WIDTH_M,
    DELIVERY_PLAN_FIELDS,
    DIMENSION_GAP_M,
    FOOTWAY_DIMENSION_SHIFT_M,
    FUNDING_STREAMS,
    STATUSES,
    build_delivery_plan,
    district_prefix,
    features_near,
    format_metres,
    restriction_classes,
    road_context,
    site_layouts,
    summarise_delivery_plan,
)
from ev_planner_plugin.core.eligibility import CHARGER_TYPES
from ev_planner_plugin.core.errors import InputDataError, ParameterError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.selection import DEFAULT_COST_BY_CHARGER_TYPE

CRS = "EPSG:27700"
TODAY = "2025-03-01"


def shortlist(**fields) -> gpd.GeoDataFrame:
    """Four kerb runs 20 m long, 100 m apart, as Select sites leaves them."""
    data = {
        "kerb_id": ["K1-L", "K2-R", "K3-L", "K4-R"],
        "usrn": [38100005.0, "38100009", 38100012, None],
        "street": ["Sheep Street", "Eastfield Road", "Mill Lane", "Back Lane"],
        "side": ["left", "right", "left", "right"],
        "status": ["eligible", "eligible_with_tro_change", "eligible", "eligible"],
        "clear_width_m": [1.55, 2.15, np.nan, 1.8],
        "max_bays": [3, 3, 3, 3],
        "score": [70.0, 90.0, 50.0, 60.0],
        "rank": [2, 1, 4, 3],
        "district": ["Ashby Parva", "Ashby Parva", "Little Weldon", None],
        "selection_order": [2, 1, 3, 4],
        "site_cost": [4000.0, 4000.0, 4000.0, np.nan],
    }
    data.update(fields)
    geoms = [shapely.LineString([(100 * i, 0), (100 * i + 20, 0)]) for i in range(4)]
    return gpd.GeoDataFrame(data, geometry=geoms, crs=CRS)


def by_kerb(plan) -> dict:
    return {row["kerb_id"]: row for row in plan.to_dict("records")}


# --- build_delivery_plan -----------------------------------------------------------------


def test_contract_fields_and_defaults_from_a_shortlist():
    plan = build_delivery_plan(shortlist(), today=TODAY)
    assert list(plan.columns) == [*DELIVERY_PLAN_FIELDS, "geometry"]
    # numbered by selection_order within the district's initials; no district -> EV
    assert plan["site_ref"].tolist() == ["AP-001", "AP-002", "EV-001", "LW-001"]
    sites = by_kerb(plan)
    assert sites["K2-R"]["site_ref"] == "AP-001" and sites["K1-L"]["site_ref"] == "AP-002"
    first = sites["K1-L"]
    assert first["usrn"] == "38100005" and sites["K3-L"]["usrn"] == "38100012"
    assert sites["K4-R"]["usrn"] is None
    assert first["charger_type"] == "post_7kw"
    assert (first["sockets"], first["bays"]) == (2, 2)  # one twin-socket post, two bays
    # eligibility statuses are not plan statuses: the default, silently
    assert set(plan["status"]) == {"shortlisted"}
    assert set(plan["funding"]) == {"LEVI capital"}
    assert first["cost_gbp"] == 4000.0  # site_cost of Select sites
    assert sites["K4-R"]["cost_gbp"] == DEFAULT_COST_BY_CHARGER_TYPE["slow"]  # no site_cost
    assert set(plan["updated"]) == {TODAY}
    assert first["score"] == 70.0 and first["clear_width_m"] == 1.55
    assert (first["kerb_id"], first["side"], first["street"]) == ("K1-L", "left", "Sheep Street")
    assert plan["notes"].isna().all() and plan["officer"].isna().all()
    assert plan.geometry.equals(shortlist().geometry.iloc[[1, 0, 3, 2]])


def test_values_already_present_are_kept_and_new_references_continue():
    sites = shortlist(
        site_ref=["AP-007", None, None, "X-1"],
        status=["Approved", "maybe", "engagement", None],
        funding=["ORCS", "levi", "grant", "Operator-funded"],
        charger_type=["lamp_column", "fast", "Standard post (7 kW)", "hydrogen"],
        cost_gbp=[1234.5, None, None, None],
        notes=["resident request", None, None, None],
        officer=[None, "J Smith", None, None],
        updated=["2024-12-24", None, "31/12/2024", "not a date"],
    )
    feedback = Feedback()
    plan = build_delivery_plan(sites, today=TODAY, officer="A Officer", feedback=feedback)
    refs = dict(zip(plan["kerb_id"], plan["site_ref"]))
    assert refs == {"K1-L": "AP-007", "K2-R": "AP-008", "K3-L": "LW-001", "K4-R": "X-1"}
    rows = by_kerb(plan)
    assert [rows[k]["status"] for k in ("K1-L", "K2-R", "K3-L", "K4-R")] == [
        "approved",
        "shortlisted",
        "engagement",
        "shortlisted",
    ]
    assert [rows[k]["funding"] for k in ("K1-L", "K2-R", "K3-L", "K4-R")] == [
        "ORCS",
        "LEVI capital",
        "LEVI capital",
        "operator-funded",
    ]
    assert [rows[k]["charger_type"] for k in ("K1-L", "K2-R", "K3-L", "K4-R")] == [
        "lamp_column",
        "post_22kw",
        "post_7kw",
        "post_7kw",
    ]
    # a lamp-column charger: one socket, one bay
    assert (rows["K1-L"]["sockets"], rows["K1-L"]["bays"]) == (1, 1)
    assert rows["K1-L"]["cost_gbp"] == 1234.5 and rows["K1-L"]["notes"] == "resident request"
    assert rows["K2-R"]["cost_gbp"] == 4000.0  # site_cost wins over the type's default
    assert rows["K2-R"]["officer"] == "J Smith" and rows["K1-L"]["officer"] == "A Officer"
    assert rows["K1-L"]["updated"] == "2024-12-24" and rows["K4-R"]["updated"] == TODAY
    warnings = " ".join(feedback.warnings)
    assert "status that is not one of" in warnings and "'maybe' (1)" in warnings
    assert "funding that is not one of" in warnings and "'grant' (1)" in warnings
    assert "charger_type that is not one of" in warnings and "'hydrogen' (1)" in warnings
    assert "eligible" not in warnings  # kerbside statuses replaced without a warning


def test_idempotent_on_a_delivery_plan():
    first = build_delivery_plan(shortlist(), today=TODAY, charger_type="post_22kw")
    again = build_delivery_plan(first, today="2030-01-01")
    pd.testing.assert_frame_equal(
        pd.DataFrame(first.drop(columns="geometry")), pd.DataFrame(again.drop(columns="geometry"))
    )
    assert set(first["charger_type"]) == {"post_22kw"}


def test_sockets_bays_and_costs_by_charger_type_and_units():
    sites = shortlist(site_cost=[np.nan] * 4, max_bays=[5, 3, 1, 2])
    plan = build_delivery_plan(sites, charger_type="post_22kw", units_per_site=2, today=TODAY)
    rows = by_kerb(plan)
    assert rows["K1-L"]["sockets"] == 4 and rows["K1-L"]["bays"] == 4
    assert rows["K2-R"]["bays"] == 3  # 4 wanted, 3 fit
    assert rows["K3-L"]["bays"] == 1
    assert rows["K1-L"]["cost_gbp"] == 2 * DEFAULT_COST_BY_CHARGER_TYPE["fast"]
    rapid = build_delivery_plan(shortlist(site_cost=[np.nan] * 4), charger_type="rapid_50kw")
    assert set(rapid["cost_gbp"]) == {DEFAULT_COST_BY_CHARGER_TYPE["rapid"]}
    # explicit sockets and bays are kept
    kept = build_delivery_plan(shortlist(sockets=[6, None, None, None], bays=[3, None, None, None]))
    assert (by_kerb(kept)["K1-L"]["sockets"], by_kerb(kept)["K1-L"]["bays"]) == (6, 3)


def test_bays_from_the_run_length_without_max_bays():
    sites = shortlist().drop(columns="max_bays")
    sites.geometry = [shapely.LineString([(0, 100 * i), (7.0, 100 * i)]) for i in range(4)]
    feedback = Feedback()
    plan = build_delivery_plan(sites, feedback=feedback)
    assert set(plan["bays"]) == {1}  # 7 m: one 6.6 m bay
    assert "fewer bays fit" in feedback.warnings[0]


def test_prefix_and_district_from_areas():
    assert district_prefix("Ashby Parva") == "AP"
    assert district_prefix("Upper Little-Weldon on the Hill") == "ULWO"
    assert district_prefix(None) == "EV" and district_prefix("  ") == "EV"
    areas = gpd.GeoDataFrame(
        {"ward": ["North Ward", "South Ward"]},
        geometry=[shapely.box(-10, -10, 250, 10), shapely.box(250, -10, 500, 10)],
        crs=CRS,
    )
    sites = shortlist(district=[None, "Ashby Parva", None, None])
    plan = build_delivery_plan(sites, areas=areas, areas_field="ward")
    rows = by_kerb(plan)
    assert rows["K1-L"]["district"] == "North Ward" and rows["K4-R"]["district"] == "South Ward"
    assert rows["K2-R"]["district"] == "Ashby Parva"
    assert rows["K1-L"]["site_ref"] == "NW-001"
    fixed = build_delivery_plan(sites, ref_prefix="ev")
    assert fixed["site_ref"].tolist() == ["EV-001", "EV-002", "EV-003", "EV-004"]


def test_bad_parameters_and_duplicate_references():
    sites = shortlist()
    with pytest.raises(ParameterError, match="Unknown charger type 'diesel'"):
        build_delivery_plan(sites, charger_type="diesel")
    with pytest.raises(ParameterError, match="Unknown status"):
        build_delivery_plan(sites, status="done")
    with pytest.raises(ParameterError, match="Unknown funding stream"):
        build_delivery_plan(sites, funding="lottery")
    with pytest.raises(ParameterError, match="prefix"):
        build_delivery_plan(sites, ref_prefix="A-P")
    with pytest.raises(InputDataError, match=r"Layer 'shortlist'.*AP-001"):
        build_delivery_plan(shortlist(site_ref=["AP-001", "AP-001", None, None]), layer="shortlist")


# --- summary -------------------------------------------------------------------------------


def test_summary_tables():
    sites = shortlist(
        status=["approved", "installed", "shortlisted", "rejected"],
        funding=["ORCS", "LEVI capital", "LEVI capital", "other"],
        charger_type=["post_7kw", "post_7kw", "lamp_column", "rapid_50kw"],
        site_cost=[5000.0, 6000.0, 3000.0, 45000.0],
    )
    plan = build_delivery_plan(sites)
    summary = summarise_delivery_plan(plan)
    district = summary.by_district.set_index("district")
    assert district.index.tolist() == ["Ashby Parva", "Little Weldon", "(no district)"]
    assert district.loc["Ashby Parva"].tolist() == [2, 4, 4, 11000.0]
    assert district.loc["Little Weldon"].tolist() == [1, 1, 1, 3000.0]
    types = summary.by_charger_type.set_index("charger_type")
    assert types.index.tolist() == ["lamp_column", "post_7kw", "rapid_50kw"]
    assert types.loc["post_7kw", "charger_label"] == CHARGER_TYPES["post_7kw"].label
    assert types.loc["rapid_50kw", ["sites", "sockets", "cost_gbp"]].tolist() == [1, 2, 45000.0]
    assert summary.by_status["status"].tolist() == list(STATUSES)
    assert summary.by_status.set_index("status")["sites"].tolist() == [0, 1, 0, 1, 1, 1]
    funding = summary.by_funding.set_index("funding")
    assert funding.index.tolist() == list(FUNDING_STREAMS)
    assert funding["cost_gbp"].tolist() == [9000.0, 0.0, 5000.0, 0.0, 45000.0]
    assert summary.totals == {
        "sites": 4,
        "sockets": 7,
        "bays": 7,
        "cost_gbp": 59000.0,
        "sockets_installed": 2,
        "sites_approved_or_installed": 2,
    }
    with pytest.raises(InputDataError, match="not a delivery plan"):
        summarise_delivery_plan(shortlist())


# --- site layouts ------------------------------------------------------------------------


def one_site(geometry, **fields):
    data = {"site_ref": ["AP-001"], "charger_type": ["post_7kw"], "bays": [2]}
    data.update({k: [v] for k, v in fields.items()})
    return gpd.GeoDataFrame(data, geometry=[geometry], crs=CRS)


def same(a, b) -> bool:
    """Equal geometries up to vertex order and 1e-9 m."""
    return bool(shapely.equals_exact(shapely.normalize(a), shapely.normalize(b), 1e-9))


def coords(geometry) -> list:
    return [tuple(round(v, 6) for v in xy) for xy in shapely.get_coordinates(geometry)]


def test_bays_unit_and_dimensions_on_a_straight_kerb():
    # a left kerb, digitised west to east: the carriageway is on its right (south)
    site = one_site(shapely.LineString([(0, 0), (20, 0)]), side="left", clear_width_m=1.55)
    layouts = site_layouts(site)
    assert layouts.carriageway_side.tolist() == [-1]
    bays = layouts.bays
    assert bays["bay"].tolist() == [1, 2] and bays["label"].tolist() == ["EV bay 1", "EV bay 2"]
    assert bays["length_m"].tolist() == [6.6, 6.6]
    assert bays["width_m"].tolist() == [DEFAULT_BAY_WIDTH_M] * 2
    # centred: (20 - 13.2) / 2 = 3.4 m from the start
    assert same(bays.geometry.iloc[0], shapely.box(3.4, -2.4, 10.0, 0.0))
    assert same(bays.geometry.iloc[1], shapely.box(10.0, -2.4, 16.6, 0.0))
    assert bays.geometry.area.round(6).tolist() == [15.84, 15.84]
    unit = layouts.units.iloc[0]
    # between the two bays, on the footway at the set-back plus half the footprint
    assert coords(unit.geometry) == [(10.0, 0.45 + 0.2)]
    assert (unit["footprint_m"], unit["setback_m"], unit["clear_width_m"]) == (0.4, 0.45, 1.55)
    assert unit["label"] == (
        "Standard post (7 kW), 0.45 m from the kerb\n1.55 m of footway left clear"
    )
    dims = layouts.dimensions.set_index("kind")
    assert dims.loc["bays_length", "label"] == "13.2 m"
    # dimension lines face away from the bays: reversed where the carriageway is on the right
    assert coords(dims.loc["bays_length", "geometry"]) == [(16.6, -3.2), (3.4, -3.2)]
    assert coords(dims.loc["bay_width", "geometry"]) == [(2.6, -2.4), (2.6, 0.0)]
    x = 10.0 + FOOTWAY_DIMENSION_SHIFT_M
    assert coords(dims.loc["footway_clear", "geometry"]) == [(x, 2.4), (x, 0.85)]
    assert dims.loc["footway_clear", "label"] == "1.55 m"
    assert dims.loc["bay_width", "length_m"] == 2.4 and DIMENSION_GAP_M == 0.8
    assert coords(layouts.extents.iloc[0]) == [(3.4, 0.0), (16.6, 0.0)]


def test_carriageway_side_from_footways_then_roads():
    line = shapely.LineString([(0, 0), (20, 0)])
    # the footway polygon is south of the kerb: the carriageway is north, whatever side says
    footways = gpd.GeoDataFrame(geometry=[shapely.box(-5, -2, 25, 0)], crs=CRS)
    layouts = site_layouts(one_site(line, side="left"), footways=footways)
    assert layouts.carriageway_side.tolist() == [1]
    assert same(layouts.bays.geometry.iloc[0], shapely.box(3.4, 0.0, 10.0, 2.4))
    assert coords(layouts.units.geometry.iloc[0]) == [(10.0, -0.65)]
    # no side field, no footway: the road centreline 3 m south
    roads = gpd.GeoDataFrame(geometry=[shapely.LineString([(-50, -3), (50, -3)])], crs=CRS)
    assert site_layouts(one_site(line), roads=roads).carriageway_side.tolist() == [-1]
    feedback = Feedback()
    unknown = site_layouts(one_site(line), feedback=feedback)
    assert unknown.carriageway_side.tolist() == [-1]
    assert "carriageway side of 1 site(s) is not known" in feedback.warnings[0]


def test_lamp_column_and_several_units():
    line = shapely.LineString([(0, 0), (30, 0)])
    lamp = site_layouts(one_site(line, side="right", charger_type="lamp_column", bays=1))
    assert len(lamp.bays) == 1 and len(lamp.units) == 1
    assert coords(lamp.units.geometry.iloc[0]) == [(15.0, 0.0)]  # in the kerb-edge column
    assert lamp.units["label"].iloc[0] == "Lamp-column charger (3-5 kW), in the lamp column"
    three = site_layouts(one_site(line, side="right", bays=3))
    # three bays of a twin post: units over bays 1-2 and bay 3
    assert three.units["unit"].tolist() == [1, 2]
    assert (
        three.units["label"].iloc[0].startswith("Standard post")
        and three.units["label"].iloc[1] is None
    )
    start = (30 - 3 * 6.6) / 2
    xs = [round(p.x, 6) for p in three.units.geometry]
    assert xs == [round(start + 6.6, 6), round(start + 2.5 * 6.6, 6)]
    assert shapely.get_coordinates(three.units.geometry)[:, 1].tolist() == [-0.65, -0.65]


def test_sites_that_are_not_lines_and_multilines():
    feedback = Feedback()
    plan = gpd.GeoDataFrame(
        {"site_ref": ["A-1", "A-2", "A-3"], "charger_type": ["post_7kw"] * 3, "bays": [2] * 3},
        geometry=[
            shapely.Point(0, 0),
            shapely.MultiLineString([[(0, 10), (5, 10)], [(100, 10), (130, 10)]]),
            None,
        ],
        crs=CRS,
    )
    layouts = site_layouts(plan, feedback=feedback)
    assert "2 site(s) without a kerb line" in feedback.warnings[0]
    assert set(layouts.bays["site_ref"]) == {"A-2"}
    # the longest part (30 m) carries the bays
    assert layouts.bays.geometry.total_bounds[0] == pytest.approx(100 + (30 - 13.2) / 2)
    assert layouts.extents.iloc[0].equals(shapely.Point(0, 0))
    assert layouts.carriageway_side.tolist() == [0, -1, 0]
    with pytest.raises(ParameterError, match="Bay width 3 m"):
        site_layouts(plan, bay_width=3.0)
    with pytest.raises(InputDataError, match="field 'bays' missing"):
        site_layouts(plan.drop(columns="bays"))


def test_short_run_bays_drawn_beyond_it():
    feedback = Feedback()
    layouts = site_layouts(
        one_site(shapely.LineString([(0, 0), (10, 0)]), side="left"), feedback=feedback
    )
    assert "longer than their kerb run" in feedback.warnings[0]
    # bays run from -1.6 to 11.6 m: clamped to the line's ends where they overhang
    assert layouts.bays["length_m"].tolist() == [5.0, 5.0]


@settings(max_examples=60, deadline=None)
@given(
    angle=st.floats(0, 2 * math.pi),
    length=st.floats(13.5, 200),
    width=st.floats(1.8, 2.7),
    left=st.booleans(),
)
def test_bays_on_straight_kerbs_are_exact_rectangles_on_the_carriageway_side(
    angle, length, width, left
):
    direction = np.array([math.cos(angle), math.sin(angle)])
    start = np.array([452000.0, 298000.0])
    line = shapely.LineString([start, start + length * direction])
    layouts = site_layouts(one_site(line, side="left" if left else "right"), bay_width=width)
    bays = layouts.bays.geometry.values
    assert np.allclose(shapely.area(bays), 6.6 * width, rtol=1e-9)
    assert shapely.area(shapely.intersection(bays[0], bays[1])) < 1e-6
    # every corner lies on the carriageway side (right of a left kerb), within the bay width
    normal = np.array([-direction[1], direction[0]]) * (-1 if left else 1)
    offsets = (shapely.get_coordinates(bays) - start) @ normal
    assert offsets.min() > -1e-6 and offsets.max() < width + 1e-6
    unit = shapely.get_coordinates(layouts.units.geometry.values)[0]
    assert (unit - start) @ normal == pytest.approx(-0.65)


# --- context -------------------------------------------------------------------------------


def test_features_near_restriction_classes_and_roads():
    points = gpd.GeoDataFrame(
        {"id": [1, 2, 3]},
        geometry=[shapely.Point(0, 0), shapely.Point(50, 0), shapely.Point(500, 0)],
        crs=CRS,
    )
    near = features_near(points, [shapely.LineString([(0, 10), (20, 10)])], 60.0)
    assert near["id"].tolist() == [1, 2]
    assert features_near(None, [], 1.0) is None
    values = [
        "kerbsideNoWaiting",
        "kerbside_no_waiting",
        "no_parking",
        "kerbsideSchoolKeepClearYellowZigZagMandatory",
        "nonOrderKerbsideBusStop",
        "kerbsidePermitParkingPlace",
        "kerbsideLoadingBay",
        "kerbsideControlledParkingZone",
        "bannedMovementNoUTurn",
        "something else",
        None,
    ]
    assert restriction_classes(values).tolist() == [
        "no_waiting",
        "no_waiting",
        "no_waiting",
        "no_stopping",
        "no_stopping",
        "bay",
        "bay",
        "other",
        "other",
        "other",
        "other",
    ]
    roads = gpd.GeoDataFrame(
        {
            "name": ["High Street", None, "Mill Lane"],
            "carriageway_width_m": [8.0, None, None],
            "road_class": ["A Road", "B Road", "unknown"],
        },
        geometry=[shapely.LineString([(0, 0), (1, 0)])] * 3,
        crs=CRS,
    )
    context = road_context(roads)
    assert context["width_m"].tolist() == [8.0, 6.5, 5.5]
    assert context["name"].tolist() == ["High Street", None, "Mill Lane"]
    assert road_context(None) is None


def test_format_metres():
    assert [format_metres(v) for v in (6.6, 0.45, 13.2000001, 2.0)] == [
        "6.6 m",
        "0.45 m",
        "13.2 m",
        "2 m",
    ]
