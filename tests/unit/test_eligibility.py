"""Kerbside eligibility on hand-computed scenes: every run's metres and reasons exactly."""

from __future__ import annotations

import json
import math

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely import LineString, MultiLineString, Point, Polygon, box

from ev_planner_plugin.core.eligibility import (
    CHARGER_TYPES,
    DEFAULT_RESTRICTION_MAPPING,
    EXCLUSION_CODES,
    REASON_CODES,
    REASON_TEXT,
    TRO_CHANGE_CODES,
    assess_kerbside_eligibility,
    find_junctions,
    reason_text,
    resolve_charger_type,
    resolve_restriction_mapping,
)
from ev_planner_plugin.core.errors import Cancelled, InputDataError, ParameterError
from ev_planner_plugin.core.feedback import Feedback

CRS = "EPSG:27700"
RUN_FIELDS = [
    "kerb_id",
    "usrn",
    "street",
    "side",
    "from_m",
    "to_m",
    "length_m",
    "status",
    "eligible",
    "reasons",
    "clear_width_m",
    "max_bays",
    "geometry",
]


def layer(geoms, **cols):
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=CRS)


def kerb(*geoms, width=2.5, ids=None):
    n = len(geoms)
    return layer(
        geoms,
        kerb_id=ids or [f"K{i + 1}" for i in range(n)],
        usrn=[11112222] * n,
        street=["Mill Lane"] * n,
        side=["left"] * n,
        footway_width_m=[width] * n,
    )


def restrictions(*items):
    return layer([g for g, _ in items], regulation_type=[t for _, t in items])


def table(result, kerb_id=None):
    runs = result.runs
    if kerb_id is not None:
        runs = runs[runs["kerb_id"] == kerb_id]
    return [(round(r.from_m, 6), round(r.to_m, 6), r.status, r.reasons) for r in runs.itertuples()]


def test_canonical_100_m_kerb():
    """No waiting 0-15 m, accessible bay 40-46.6 m, dropped kerb at 70 m (+/- 2.5 m)."""
    result = assess_kerbside_eligibility(
        kerb(LineString([(0, 0), (100, 0)])),
        footway_width_field="footway_width_m",
        restrictions=restrictions((LineString([(0, 0), (15, 0)]), "kerbsideNoWaiting")),
        accessible_bays=layer([box(40, -3.6, 46.6, 0)], bay_id=[1]),
        dropped_kerbs=layer([Point(70, 0)], kind=["vehicle_crossover"]),
    )
    runs = result.runs
    assert list(runs.columns) == RUN_FIELDS
    assert table(result) == [
        (0.0, 15.0, "ineligible", "TRO_NO_WAITING"),
        (15.0, 40.0, "eligible", ""),
        (40.0, 46.6, "ineligible", "ACCESSIBLE_BAY"),
        (46.6, 67.5, "eligible", ""),
        (67.5, 72.5, "ineligible", "DROPPED_KERB"),
        (72.5, 100.0, "eligible", ""),
    ]
    assert runs["eligible"].tolist() == [False, True, False, True, False, True]
    assert runs["max_bays"].tolist() == [0, 3, 0, 3, 0, 4]
    assert runs["length_m"].tolist() == pytest.approx([15, 25, 6.6, 20.9, 5, 27.5])
    # 2.5 m footway - 0.4 m post - 0.45 m set-back = 1.65 m left for pedestrians
    assert runs["clear_width_m"].tolist() == pytest.approx([1.65] * 6)
    assert set(runs["kerb_id"]) == {"K1"} and set(runs["usrn"]) == {11112222}
    assert set(runs["street"]) == {"Mill Lane"} and set(runs["side"]) == {"left"}
    assert runs.crs == CRS
    assert shapely.get_coordinates(runs.geometry.iloc[1]).tolist() == [[15, 0], [40, 0]]
    s = result.summary
    assert s["kerb_length_m"] == 100.0
    assert s["eligible_length_m"] == pytest.approx(73.4)
    assert s["tro_change_length_m"] == 0.0
    assert s["excluded_length_m"] == pytest.approx(26.6)
    assert s["excluded_m_by_reason"]["TRO_NO_WAITING"] == pytest.approx(15)
    assert s["excluded_m_by_reason"]["ACCESSIBLE_BAY"] == pytest.approx(6.6)
    assert s["excluded_m_by_reason"]["DROPPED_KERB"] == pytest.approx(5)
    assert s["excluded_m_by_reason"]["JUNCTION_SETBACK"] == 0.0
    assert s["max_bays"] == 10 and s["run_count"] == 6 and s["kerb_count"] == 1
    assert "junction set-back (no roads layer)" in s["checks_skipped"]


def test_tro_change_runs_and_runs_too_short():
    result = assess_kerbside_eligibility(
        kerb(LineString([(0, 0), (100, 0)])),
        footway_width_field="footway_width_m",
        restrictions=restrictions(
            (LineString([(0, 0), (10, 0)]), "kerbsideNoWaiting"),
            (LineString([(20, 0), (30, 0)]), "kerbsideNoWaiting"),
            (LineString([(30, 0), (35, 0)]), "kerbsideLimitedWaiting"),
            (LineString([(50, 0), (80, 0)]), "kerbsidePermitParkingPlace"),
        ),
    )
    assert table(result) == [
        (0.0, 10.0, "ineligible", "TRO_NO_WAITING"),
        (10.0, 20.0, "ineligible", "RUN_TOO_SHORT"),  # 10 m < 2 bays x 6.6 m
        (20.0, 30.0, "ineligible", "TRO_NO_WAITING"),
        (30.0, 35.0, "eligible_with_tro_change", "TRO_CHANGE_LIMITED_WAITING"),
        (35.0, 50.0, "eligible", ""),
        (50.0, 80.0, "eligible_with_tro_change", "TRO_CHANGE_PERMIT"),
        (80.0, 100.0, "eligible", ""),
    ]
    assert result.runs["eligible"].tolist() == [False, False, False, True, True, True, True]
    assert result.runs["max_bays"].tolist() == [0, 0, 0, 0, 2, 4, 3]
    s = result.summary
    assert s["eligible_length_m"] == pytest.approx(35)
    assert s["tro_change_length_m"] == pytest.approx(35)
    assert s["excluded_length_m"] == pytest.approx(30)
    assert s["excluded_m_by_reason"]["RUN_TOO_SHORT"] == pytest.approx(10)
    assert s["tro_change_m_by_reason"]["TRO_CHANGE_PERMIT"] == pytest.approx(30)
    assert s["tro_change_m_by_reason"]["TRO_CHANGE_LIMITED_WAITING"] == pytest.approx(5)


def test_short_tro_change_stretch_is_too_short_and_min_run_length_override():
    kerbs = kerb(LineString([(0, 0), (40, 0)]))
    restr = restrictions(
        (LineString([(0, 0), (10, 0)]), "kerbsideNoWaiting"),
        (LineString([(10, 0), (20, 0)]), "kerbsidePaymentParkingPlace"),
        (LineString([(20, 0), (40, 0)]), "kerbsideNoWaiting"),
    )
    result = assess_kerbside_eligibility(kerbs, restrictions=restr)
    assert table(result)[1] == (
        10.0,
        20.0,
        "ineligible",
        "RUN_TOO_SHORT,TRO_CHANGE_PAY_AND_DISPLAY",
    )
    result = assess_kerbside_eligibility(kerbs, restrictions=restr, min_run_length=6.6)
    assert table(result)[1] == (
        10.0,
        20.0,
        "eligible_with_tro_change",
        "TRO_CHANGE_PAY_AND_DISPLAY",
    )
    assert result.summary["min_run_length_m"] == 6.6


def test_overlapping_reasons_are_listed_and_counted_under_each():
    result = assess_kerbside_eligibility(
        kerb(LineString([(0, 0), (100, 0)])),
        restrictions=restrictions((LineString([(0, 0), (20, 0)]), "kerbsideNoWaiting")),
        dropped_kerbs=layer([Point(15, 0.2)]),
    )
    assert table(result) == [
        (0.0, 12.5, "ineligible", "TRO_NO_WAITING"),
        (12.5, 17.5, "ineligible", "DROPPED_KERB,TRO_NO_WAITING"),
        (17.5, 20.0, "ineligible", "TRO_NO_WAITING"),
        (20.0, 100.0, "eligible", ""),
    ]
    s = result.summary
    assert s["excluded_length_m"] == pytest.approx(20)
    assert s["excluded_m_by_reason"]["TRO_NO_WAITING"] == pytest.approx(20)
    assert s["excluded_m_by_reason"]["DROPPED_KERB"] == pytest.approx(5)
    assert "footway width (no width field and no footway layer)" in s["checks_skipped"]
    assert np.isnan(result.runs["clear_width_m"]).all()


def test_narrow_footway_for_a_post_but_fine_for_a_lamp_column_charger():
    kerbs = kerb(LineString([(0, 0), (60, 0)]), width=2.0)
    post = assess_kerbside_eligibility(kerbs, footway_width_field="footway_width_m")
    assert table(post) == [(0.0, 60.0, "ineligible", "FOOTWAY_TOO_NARROW")]
    assert post.runs["clear_width_m"].tolist() == pytest.approx([1.15])
    # preferred 2.0 m is stricter still; a narrower unit passes at 1.5 m
    slim = assess_kerbside_eligibility(
        kerbs, footway_width_field="footway_width_m", unit_footprint=0.05
    )
    assert table(slim) == [(0.0, 60.0, "eligible", "")]
    lamps = layer([Point(20, 0.5), Point(50, -0.6), Point(35, 3.0)], lamp_id=[1, 2, 3])
    lamp = assess_kerbside_eligibility(
        kerbs,
        footway_width_field="footway_width_m",
        charger_type="lamp_column",
        lamp_columns=lamps,
    )
    assert table(lamp) == [
        (0.0, 13.4, "ineligible", "NO_LAMP_COLUMN"),
        (13.4, 26.6, "eligible", ""),
        (26.6, 43.4, "ineligible", "NO_LAMP_COLUMN"),  # the column 3 m back does not count
        (43.4, 56.6, "eligible", ""),
        (56.6, 60.0, "ineligible", "NO_LAMP_COLUMN"),
    ]
    assert lamp.runs["clear_width_m"].tolist() == pytest.approx([2.0] * 5)
    assert lamp.runs["max_bays"].tolist() == [0, 2, 0, 2, 0]
    assert lamp.summary["min_run_length_m"] == 6.6
    with pytest.raises(ParameterError, match="lamp column layer"):
        assess_kerbside_eligibility(kerbs, charger_type="lamp_column")


def test_measured_footway_that_ends_and_an_obstacle():
    kerbs = kerb(LineString([(0, 0), (100, 0)]))
    footways = layer([box(0, 0, 50, 3)])
    trees = layer([Point(20, 1.5)], footprint_m=[1.0])
    result = assess_kerbside_eligibility(kerbs, footways=footways, obstacles=trees)
    assert table(result) == [
        (0.0, 19.5, "eligible", ""),
        (19.5, 20.5, "ineligible", "FOOTWAY_TOO_NARROW"),  # 1.0 m each side of the tree
        (20.5, 50.0, "eligible", ""),
        (50.0, 100.0, "ineligible", "NO_FOOTWAY"),
    ]
    assert result.runs["clear_width_m"].tolist() == pytest.approx([2.15, 0.15, 2.15, 0.0])


@pytest.mark.parametrize("at", [10.4257457, 11.175745, 37.3333333, 61.1])
def test_obstacle_does_not_set_the_clear_width_of_the_runs_beside_it(at):
    """Chainages off the partition's grid: the run after (or before) the tree touches its
    excluded metres but must report the footway's own clear width, not the tree's."""
    kerbs = kerb(LineString([(0, 0), (100, 0)]), width=2.9)
    tree = layer([Point(at, 0.7)], footprint_m=[1.5])
    result = assess_kerbside_eligibility(
        kerbs, footway_width_field="footway_width_m", obstacles=tree
    )
    runs = result.runs.sort_values("from_m")
    post = CHARGER_TYPES["post_7kw"]
    clear = 2.9 - post.unit_footprint_m - post.setback_m  # 2.05 m
    narrow = runs[runs.reasons == "FOOTWAY_TOO_NARROW"]
    assert len(narrow) == 1
    assert narrow.from_m.iloc[0] == pytest.approx(at - 0.75)
    assert narrow.to_m.iloc[0] == pytest.approx(at + 0.75)
    others = runs[runs.reasons != "FOOTWAY_TOO_NARROW"]
    assert others.clear_width_m.tolist() == pytest.approx([clear] * len(others))
    assert (runs[runs.eligible].clear_width_m >= 1.5).all()


def test_width_field_with_unknown_values():
    kerbs = kerb(
        LineString([(0, 0), (30, 0)]),
        LineString([(0, 50), (30, 50)]),
        LineString([(0, 100), (30, 100)]),
    )
    kerbs["footway_width_m"] = [None, -2.0, 3.0]
    fb = Feedback()
    result = assess_kerbside_eligibility(kerbs, footway_width_field="footway_width_m", feedback=fb)
    assert table(result) == [
        (0.0, 30.0, "ineligible", "FOOTWAY_WIDTH_UNKNOWN"),
        (0.0, 30.0, "ineligible", "FOOTWAY_WIDTH_UNKNOWN"),
        (0.0, 30.0, "eligible", ""),
    ]
    assert any("no footway width (null)" in w and "K1" in w for w in fb.warnings)
    assert any("negative footway width" in w and "K2" in w for w in fb.warnings)
    allowed = assess_kerbside_eligibility(
        kerbs, footway_width_field="footway_width_m", unknown_footway_width_policy="allowed"
    )
    assert [r[2] for r in table(allowed)] == ["eligible"] * 3
    # with footway polygons, the unknown ones are measured instead
    measured = assess_kerbside_eligibility(
        kerbs,
        footway_width_field="footway_width_m",
        footways=layer([box(0, 0, 30, 1.0), box(0, 50, 30, 52.6)]),
    )
    assert table(measured) == [
        (0.0, 30.0, "ineligible", "FOOTWAY_TOO_NARROW"),
        (0.0, 30.0, "eligible", ""),
        (0.0, 30.0, "eligible", ""),
    ]
    assert measured.runs["clear_width_m"].tolist() == pytest.approx([0.15, 1.75, 2.15])


def test_junction_setback_from_the_road_network():
    roads = layer(
        [
            LineString([(-100, 0), (0, 0)]),
            LineString([(0, 0), (100, 0)]),
            LineString([(0.3, 0.2), (0, -100)]),  # end snapped to the node (0.36 m away)
            LineString([(100, 0), (200, 0)]),  # (100, 0) has degree 2: not a junction
        ],
        road_id=["R1", "R2", "R3", "R4"],
    )
    kerbs = kerb(
        LineString([(-100, 4), (100, 4)]),  # north kerb across the junction mouth
        LineString([(4, -4), (4, -100)]),  # side road east kerb, trimmed 4 m back
        ids=["N", "E"],
    )
    result = assess_kerbside_eligibility(kerbs, roads=roads)
    n = table(result, "N")
    assert [r[3] for r in n] == ["", "JUNCTION_SETBACK", ""]
    node = shapely.get_coordinates(find_junctions(roads).geometry)[0]
    # node = mean of the snapped ends; north kerb inside 10 m of it for +/- sqrt(100 - dy^2)
    dy = 4 - node[1]
    half = math.sqrt(100 - dy**2)
    assert n[1][0] == pytest.approx(100 + node[0] - half, abs=1e-6)
    assert n[1][1] == pytest.approx(100 + node[0] + half, abs=1e-6)
    e = table(result, "E")
    assert e[0][3] == "JUNCTION_SETBACK" and e[0][0] == 0.0
    assert e[0][1] == pytest.approx(-node[1] + math.sqrt(100 - (4 - node[0]) ** 2) - 4, abs=1e-6)
    assert result.summary["excluded_m_by_reason"]["JUNCTION_SETBACK"] == pytest.approx(
        2 * half + e[0][1], abs=1e-6
    )


def test_find_junctions_degrees_including_unsplit_osm_ways():
    roads = layer(
        [
            LineString([(-50, 0), (0, 0), (50, 0)]),  # through road with a vertex at the node
            LineString([(0, 0), (0, 50)]),  # T: degree 3
            LineString([(100, -50), (100, 0), (100, 50)]),  # crosses the next at a shared vertex
            LineString([(50, 0), (100, 0), (150, 0)]),
        ]
    )
    j = find_junctions(roads)
    got = sorted(
        (tuple(np.round(shapely.get_coordinates(g)[0], 6)), d)
        for g, d in zip(j.geometry, j["degree"])
    )
    assert got == [((0.0, 0.0), 3), ((100.0, 0.0), 4)]


def test_crossings_apply_to_both_sides_and_bus_stops_to_the_nearest_kerb():
    kerbs = kerb(LineString([(0, 4), (100, 4)]), LineString([(0, -4), (100, -4)]), ids=["N", "S"])
    crossings = layer([Point(50, 0)], kind=["zebra"])
    stops = layer([Point(20, -4.5)], stop_id=["4200F000001"])
    result = assess_kerbside_eligibility(kerbs, crossings=crossings, bus_stops=stops)
    assert table(result, "N") == [
        (0.0, 35.0, "eligible", ""),
        (35.0, 65.0, "ineligible", "CROSSING"),
        (65.0, 100.0, "eligible", ""),
    ]
    assert table(result, "S") == [
        (0.0, 7.5, "ineligible", "RUN_TOO_SHORT"),
        (7.5, 32.5, "ineligible", "BUS_STOP"),
        (32.5, 35.0, "ineligible", "RUN_TOO_SHORT"),
        (35.0, 65.0, "ineligible", "CROSSING"),
        (65.0, 100.0, "eligible", ""),
    ]
    crossings["kind"] = ["uncontrolled"]
    by_kind = assess_kerbside_eligibility(kerbs, crossings=crossings, crossing_kind_field="kind")
    assert table(by_kind, "N")[1] == (45.0, 55.0, "ineligible", "CROSSING")


def test_restrictions_apply_only_within_the_lateral_tolerance():
    kerbs = kerb(LineString([(0, 0), (100, 0)]), LineString([(0, -7), (100, -7)]), ids=["A", "B"])
    restr = restrictions(
        (LineString([(10, 0.8), (30, 0.8)]), "kerbsideNoStopping"),  # 0.8 m off A: applies
        (LineString([(50, 1.5), (70, 1.5)]), "kerbsideNoStopping"),  # 1.5 m off: does not
        (Point(85, -0.5), "nonOrderKerbsideBusStop"),  # a point: bus stop length
    )
    result = assess_kerbside_eligibility(kerbs, restrictions=restr)
    assert table(result, "A") == [
        (0.0, 10.0, "ineligible", "RUN_TOO_SHORT"),
        (10.0, 30.0, "ineligible", "TRO_NO_STOPPING"),
        (30.0, 72.5, "eligible", ""),
        (72.5, 97.5, "ineligible", "BUS_STOP"),
        (97.5, 100.0, "ineligible", "RUN_TOO_SHORT"),
    ]
    assert table(result, "B") == [(0.0, 100.0, "eligible", "")]
    wider = assess_kerbside_eligibility(kerbs, restrictions=restr, max_offset=2.0)
    assert (50.0, 70.0, "ineligible", "TRO_NO_STOPPING") in table(wider, "A")


def test_unmapped_restriction_types_follow_the_chosen_policy_and_are_warned():
    kerbs = kerb(LineString([(0, 0), (100, 0)]))
    restr = layer(
        [LineString([(20, 0), (40, 0)]), LineString([(60, 0), (80, 0)])],
        regulation_type=["Mystery Bay", None],
    )
    fb = Feedback()
    excluded = assess_kerbside_eligibility(kerbs, restrictions=restr, feedback=fb)
    assert [r[3] for r in table(excluded)] == ["", "TRO_UNMAPPED", "", "TRO_UNMAPPED", ""]
    assert excluded.summary["unmapped_restriction_types"] == {"Mystery Bay": 1, "<empty>": 1}
    assert any("'Mystery Bay' (1)" in w and "'<empty>' (1)" in w for w in fb.warnings)
    tro = assess_kerbside_eligibility(
        kerbs, restrictions=restr, unmapped_restriction_policy="tro_change"
    )
    assert {r[2] for r in table(tro)} == {"eligible", "eligible_with_tro_change"}
    assert "TRO_CHANGE_UNMAPPED" in {r[3] for r in table(tro)}
    allowed = assess_kerbside_eligibility(
        kerbs, restrictions=restr, unmapped_restriction_policy="allowed"
    )
    assert table(allowed) == [(0.0, 100.0, "eligible", "")]
    mapped = assess_kerbside_eligibility(
        kerbs,
        restrictions=restr,
        restriction_mapping={"mystery bay": ("excluded", "MYSTERY")},
        unmapped_restriction_policy="allowed",
    )
    assert [r[3] for r in table(mapped)] == ["", "MYSTERY", ""]
    assert mapped.summary["excluded_m_by_reason"]["MYSTERY"] == pytest.approx(20)
    with pytest.raises(ParameterError):
        assess_kerbside_eligibility(kerbs, restrictions=restr, unmapped_restriction_policy="x")
    with pytest.raises(InputDataError, match="Layer 'restrictions': field 'tro_type'"):
        assess_kerbside_eligibility(kerbs, restrictions=restr, restriction_type_field="tro_type")


def test_default_mapping_covers_every_dtro_regulation_type(shared_data):
    for schema in ("D-TRO-v4.0.0-schema.json", "D-TRO-v3.4.1-schema.json"):
        doc = json.loads((shared_data / "dtro" / schema).read_text(encoding="utf-8"))
        values = doc["$defs"]["regulationType"]["enum"]
        missing = [v for v in values if v not in DEFAULT_RESTRICTION_MAPPING]
        assert missing == [], schema
    resolved = resolve_restriction_mapping()
    assert resolved["kerbsidenowaiting"] == ("excluded", "TRO_NO_WAITING")
    assert resolved["noparking"] == ("excluded", "TRO_NO_WAITING")
    assert resolved["kerbsidepermitparkingplace"] == ("tro_change", "TRO_CHANGE_PERMIT")
    assert resolved["kerbsidefootwayparkingprohibited"] == ("allowed", None)


def test_reason_codes_have_texts_and_mapping_uses_only_known_codes():
    assert set(REASON_TEXT) == set(REASON_CODES) == EXCLUSION_CODES | TRO_CHANGE_CODES
    used = {code for _, code in DEFAULT_RESTRICTION_MAPPING.values() if code}
    assert used <= set(REASON_CODES)
    for code in REASON_CODES:
        assert code == code.upper() and REASON_TEXT[code].endswith(".")
    assert reason_text("DROPPED_KERB,TRO_NO_WAITING").startswith("Dropped kerb")
    assert "Highway Code rule 243" in REASON_TEXT["JUNCTION_SETBACK"]


def test_mapping_and_charger_parameters_are_validated():
    with pytest.raises(ParameterError, match="policy 'maybe'"):
        resolve_restriction_mapping({"x": "maybe"})
    with pytest.raises(ParameterError, match="TRO_CHANGE_"):
        resolve_restriction_mapping({"x": ("tro_change", "PERMIT")})
    with pytest.raises(ParameterError, match="UPPER_CASE"):
        resolve_restriction_mapping({"x": ("excluded", "lower")})
    assert resolve_restriction_mapping({"x": "excluded"})["x"] == ("excluded", "TRO_OTHER")
    assert resolve_restriction_mapping({"X Y": {"policy": "tro_change"}})["xy"] == (
        "tro_change",
        "TRO_CHANGE_OTHER",
    )
    with pytest.raises(ParameterError, match="Unknown charger type"):
        resolve_charger_type("hyper")
    ct = resolve_charger_type("post_7kw", bay_length=5.0, bays_per_unit=1)
    assert ct.min_run_length_m == 5.0 and ct.unit_footprint_m == 0.4
    assert set(CHARGER_TYPES) == {"lamp_column", "post_7kw", "post_22kw", "rapid_50kw"}
    assert CHARGER_TYPES["lamp_column"].needs_lamp_column
    with pytest.raises(ParameterError, match="junction_setback"):
        assess_kerbside_eligibility(kerb(LineString([(0, 0), (9, 0)])), junction_setback=-1)


def test_multipart_z_invalid_and_empty_inputs():
    kerbs = kerb(
        MultiLineString([[(0, 0, 1), (30, 0, 1)], [(40, 0, 2), (70, 0, 2)]]),
        LineString([(0, 20), (30, 20)]),
        None,
    )
    fb = Feedback()
    bowtie_bay = Polygon([(10, 0), (16.6, -2), (16.6, 0), (10, -2)])  # self-intersecting
    result = assess_kerbside_eligibility(
        kerbs, accessible_bays=layer([bowtie_bay], bay_id=[7]), feedback=fb
    )
    assert table(result, "K1") == [
        (0.0, 10.0, "ineligible", "RUN_TOO_SHORT"),
        (10.0, 16.6, "ineligible", "ACCESSIBLE_BAY"),
        (16.6, 30.0, "eligible", ""),
        (30.0, 60.0, "eligible", ""),  # second part: chainage continues from 30 m
    ]
    assert not shapely.has_z(result.runs.geometry.values).any()
    assert shapely.has_z(kerbs.geometry.values[0])  # the input layer is left untouched
    assert shapely.get_coordinates(result.runs.geometry.iloc[3]).tolist() == [[40, 0], [70, 0]]
    assert "K3" not in set(result.runs["kerb_id"])
    assert any("without geometry skipped" in w and "K3" in w for w in fb.warnings)
    assert any("invalid geometry repaired" in w for w in fb.warnings)
    assert result.summary["kerb_count"] == 2
    assert result.summary["kerb_length_m"] == pytest.approx(90)


def test_empty_kerb_layer_gives_empty_runs():
    empty = kerb(LineString([(0, 0), (1, 0)])).iloc[0:0]
    result = assess_kerbside_eligibility(empty)
    assert len(result.runs) == 0 and list(result.runs.columns) == RUN_FIELDS
    assert result.summary["kerb_length_m"] == 0.0


def test_crs_errors_and_cancel():
    kerbs = kerb(LineString([(0, 0), (50, 0)]))
    other = layer([Point(1, 1)]).set_crs("EPSG:3857", allow_override=True)
    with pytest.raises(ParameterError, match="different coordinate reference systems"):
        assess_kerbside_eligibility(kerbs, dropped_kerbs=other)
    geographic = kerbs.set_crs("EPSG:4326", allow_override=True)
    with pytest.raises(ParameterError, match="geographic"):
        assess_kerbside_eligibility(geographic)

    class Stop(Feedback):
        def is_canceled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        assess_kerbside_eligibility(kerbs, feedback=Stop())


def test_run_geometries_follow_bent_kerbs():
    result = assess_kerbside_eligibility(
        kerb(LineString([(0, 0), (50, 0), (50, 50)])),
        dropped_kerbs=layer([Point(48.5, -0.5)]),  # projects to chainage 48.5
    )
    assert table(result) == [
        (0.0, 46.0, "eligible", ""),
        (46.0, 51.0, "ineligible", "DROPPED_KERB"),
        (51.0, 100.0, "eligible", ""),
    ]
    geoms = result.runs.geometry.values
    assert shapely.get_coordinates(geoms[1]).tolist() == [[46, 0], [50, 0], [50, 1]]
    assert shapely.length(geoms).tolist() == pytest.approx([46, 5, 49])
