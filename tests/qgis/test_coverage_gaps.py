"""evplanner:coveragegaps: hand-made scenes with exact metres, the sample area against core."""

from __future__ import annotations

import geopandas as gpd
import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from ev_planner_plugin.core.coverage import coverage_gaps
from ev_planner_plugin.toolbelt.resources import resource_path

from .scenes import TEMP, by, cancelled_feedback, layer, rows

OUTPUTS = {"OUTPUT": TEMP, "AREAS_OUTPUT": TEMP, "DISTRICTS_OUTPUT": TEMP}


def run(**parameters):
    return processing.run("evplanner:coveragegaps", {**OUTPUTS, **parameters})


@pytest.fixture()
def scene():
    """An L of roads (0,0)-(100,0)-(100,100); homes h1 (100,60), h2 (95,30), h3 (50,0) with
    1, 2, 3 households; a slow chargepoint at (20,0), a rapid one at (0,100); areas A (west)
    and B (east) in district Town."""
    roads = layer(
        "roads",
        "LineString",
        {"road_id": "string"},
        [("LineString(0 0, 100 0)", {"road_id": "r1"}), ("LineString(100 0, 100 100)", {})],
    )
    homes = layer(
        "homes",
        "Point",
        {"home_id": "string", "households": "integer"},
        [
            ("Point(100 60)", {"home_id": "h1", "households": 1}),
            ("Point(95 30)", {"home_id": "h2", "households": 2}),
            ("Point(50 0)", {"home_id": "h3", "households": 3}),
        ],
    )
    chargepoints = layer(
        "chargepoints",
        "Point",
        {"cp_id": "string", "speed_class": "string"},
        [
            ("Point(20 0)", {"cp_id": "CP1", "speed_class": "slow"}),
            ("Point(0 100)", {"cp_id": "CP2", "speed_class": "rapid"}),
        ],
    )
    areas = layer(
        "areas",
        "Polygon",
        {"area_code": "string", "district": "string"},
        [
            (
                "Polygon((-10 -10, 60 -10, 60 110, -10 110, -10 -10))",
                {"area_code": "A", "district": "Town"},
            ),
            (
                "Polygon((60 -10, 110 -10, 110 110, 60 110, 60 -10))",
                {"area_code": "B", "district": "Town"},
            ),
        ],
    )
    plan = layer("plan", "Point", {}, [("Point(100 100)", {})])
    return roads, homes, chargepoints, areas, plan


def test_network_coverage_exact_metres(evplanner_provider, scene):
    roads, homes, chargepoints, areas, plan = scene
    results = run(
        HOMES=homes,
        HOUSEHOLDS_FIELD="households",
        CHARGEPOINTS=chargepoints,
        SPEED_CLASSES=[0],  # slow only
        AREAS=areas,
        DISTRICT_FIELD="district",
        ROADS=roads,
        WALK_DISTANCE=120.0,
        PLAN_SITES=plan,
    )
    homes_out = by(results["OUTPUT"], "home_id")
    # along the roads: h1 80 + 60, h2 80 + 30 + 5 (access leg), h3 30 m from CP1
    assert [homes_out[h]["nearest_cp_m"] for h in ("h1", "h2", "h3")] == [140.0, 115.0, 30.0]
    assert [homes_out[h]["covered"] for h in ("h1", "h2", "h3")] == [False, True, True]
    assert {h["nearest_cp_id"] for h in homes_out.values()} == {"CP1"}
    # the plan site at (100,100): 40 m from h1
    assert homes_out["h1"]["nearest_site_m"] == 40.0 and homes_out["h1"]["covered_with_plan"]
    # the rapid chargepoint is 100 m from the road network at (0,0)
    assert homes_out["h1"]["nearest_rapid_m"] == 100.0 + 140.0 + 20.0
    assert [homes_out[h]["area_code"] for h in ("h1", "h2", "h3")] == ["B", "B", "A"]
    assert {h["distance_method"] for h in homes_out.values()} == {"network"}
    assert results["COVERAGE_PCT"] == pytest.approx(100 * 5 / 6)
    assert results["COVERAGE_PLAN_PCT"] == 100.0
    assert (results["HOMES_TOTAL"], results["HOMES_COVERED"]) == (6.0, 5.0)
    area = by(results["AREAS_OUTPUT"], "area_code")
    assert area["B"]["homes_total"] == 3.0 and area["B"]["homes_uncovered"] == 1.0
    assert area["B"]["coverage_pct"] == pytest.approx(200 / 3)
    assert area["B"]["coverage_gain_pct"] == pytest.approx(100 / 3)
    assert area["A"]["coverage_pct"] == 100.0
    districts = rows(results["DISTRICTS_OUTPUT"])
    assert [d["district"] for d in districts] == ["Town"]
    assert districts[0]["coverage_pct"] == pytest.approx(500 / 6)
    assert results["DISTRICTS_OUTPUT"].wkbType() == 100  # no geometry


def test_straight_line_without_roads(evplanner_provider, scene):
    _, homes, chargepoints, _, _ = scene
    results = run(
        HOMES=homes,
        CHARGEPOINTS=chargepoints,
        SPEED_CLASSES=[0],
        WALK_DISTANCE=120.0,
    )
    homes_out = by(results["OUTPUT"], "home_id")
    assert homes_out["h1"]["nearest_cp_m"] == 100.0  # the 60 x 80 triangle
    assert homes_out["h1"]["distance_method"] == "straight_line"
    # one household per home without HOUSEHOLDS_FIELD; no areas -> no area outputs
    assert results["HOMES_TOTAL"] == 3.0 and results["COVERAGE_PCT"] == 100.0
    assert "AREAS_OUTPUT" not in results and "DISTRICTS_OUTPUT" not in results


def test_households_in_areas_spread_on_a_lattice(evplanner_provider):
    # one 200 m x 100 m area of 80 households: a 4 x 2 lattice of 50 m cells, 10 households
    # each, at x = 25, 75, 125, 175; a chargepoint at (0, 50): 35.4, 79.1, 127.5, 176.8 m
    area = layer(
        "lsoa",
        "Polygon",
        {"area_code": "string", "households": "integer"},
        [("Polygon((0 0, 200 0, 200 100, 0 100, 0 0))", {"area_code": "E01", "households": 80})],
    )
    chargepoint = layer("cp", "Point", {"cp_id": "string"}, [("Point(0 50)", {"cp_id": "X"})])
    results = run(HOMES=area, CHARGEPOINTS=chargepoint, WALK_DISTANCE=100.0)
    points = rows(results["OUTPUT"])
    assert len(points) == 8 and sum(p["households"] for p in points) == 80
    assert sorted({round(p["nearest_cp_m"], 1) for p in points}) == [35.4, 79.1, 127.5, 176.8]
    assert results["COVERAGE_PCT"] == 50.0
    assert [a["coverage_pct"] for a in rows(results["AREAS_OUTPUT"])] == [50.0]


def test_sample_area_matches_core(evplanner_provider, sample_area_gpkg):
    path = str(sample_area_gpkg)

    def uri(name):
        return f"{path}|layername={name}"

    results = run(
        HOMES=uri("addresses"),
        OFFSTREET_FIELD="has_offstreet_parking",
        CHARGEPOINTS=uri("chargepoints"),
        AREAS=uri("areas"),
        DISTRICT_FIELD="district",
        ROADS=uri("roads"),
        PLAN_SITES=uri("survey_suggestions"),
    )
    layers = {
        name: gpd.read_file(path, layer=name)
        for name in ("addresses", "chargepoints", "areas", "roads", "survey_suggestions")
    }
    homes = layers["addresses"][~layers["addresses"]["has_offstreet_parking"].astype(bool)]
    core = coverage_gaps(
        homes,
        layers["chargepoints"],
        layers["areas"],
        roads=layers["roads"],
        plan_sites=layers["survey_suggestions"],
        district_field="district",
        chargepoint_id_field="cp_id",
    ).summary
    assert results["HOMES_TOTAL"] == len(homes) == core["homes_total"]
    assert results["HOMES_COVERED"] == core["homes_covered"]
    assert results["COVERAGE_PCT"] == pytest.approx(core["coverage_pct"], abs=1e-9)
    assert results["COVERAGE_PLAN_PCT"] == pytest.approx(core["coverage_plan_pct"], abs=1e-9)
    assert 0 < results["COVERAGE_PCT"] < results["COVERAGE_PLAN_PCT"] <= 100
    assert results["OUTPUT"].featureCount() == len(homes)
    areas = rows(results["AREAS_OUTPUT"])
    assert len(areas) == 13
    assert sum(a["homes_total"] for a in areas) == results["HOMES_TOTAL"]
    districts = by(results["DISTRICTS_OUTPUT"], "district")
    assert set(districts) == {"Ashby Parva", "Little Weldon"}
    assert sum(d["homes_covered"] for d in districts.values()) == results["HOMES_COVERED"]
    covered = [h for h in rows(results["OUTPUT"]) if h["covered"]]
    assert covered and all(h["nearest_cp_m"] <= 400.0 for h in covered)


def test_styles_exist_for_the_outputs():
    for name, attribute in (("coverage_homes", "covered"), ("coverage_areas", "coverage_pct")):
        style = resource_path("styles", f"{name}.qml")
        assert attribute in style.read_text(encoding="utf-8")
    areas = QgsVectorLayer("Polygon?field=coverage_pct:double", "a", "memory")
    message, ok = areas.loadNamedStyle(str(resource_path("styles", "coverage_areas.qml")))
    assert ok, message
    assert areas.renderer().type() == "graduatedSymbol"
    assert areas.renderer().classAttribute() == "coverage_pct"


def test_missing_field_names_layer_and_field(evplanner_provider, sample_area_gpkg):
    path = str(sample_area_gpkg)
    with pytest.raises(
        QgsProcessingException, match=r"Layer 'addresses': field 'hh'.*HOUSEHOLDS_FIELD"
    ):
        run(
            HOMES=f"{path}|layername=addresses",
            HOUSEHOLDS_FIELD="hh",
            CHARGEPOINTS=f"{path}|layername=chargepoints",
        )
    with pytest.raises(QgsProcessingException, match=r"Layer 'areas': field 'lsoa_code'"):
        run(
            HOMES=f"{path}|layername=addresses",
            CHARGEPOINTS=f"{path}|layername=chargepoints",
            AREAS=f"{path}|layername=areas",
            AREA_ID_FIELD="lsoa_code",
        )


def test_area_homes_need_a_household_count(evplanner_provider, scene):
    _, _, chargepoints, _, _ = scene
    area = layer("wards", "Polygon", {"ward": "string"}, [("Polygon((0 0,9 0,9 9,0 0))", {})])
    with pytest.raises(QgsProcessingException, match=r"Layer 'wards'.*household count"):
        run(HOMES=area, CHARGEPOINTS=chargepoints)


def test_cancel_leaves_no_output(evplanner_provider, scene, tmp_path):
    roads, homes, chargepoints, areas, _ = scene
    target = tmp_path / "homes.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            "evplanner:coveragegaps",
            {"HOMES": homes, "CHARGEPOINTS": chargepoints, "ROADS": roads, "OUTPUT": str(target)},
            feedback=cancelled_feedback(),
        )
    assert not target.exists()
