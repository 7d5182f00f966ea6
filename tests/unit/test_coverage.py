"""Coverage gaps: homes beyond a short walk of a public chargepoint, per area, with the plan."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from ev_planner_plugin.core.coverage import (
    DEFAULT_WALK_DISTANCE_M,
    DEFAULT_WALK_SPEED_M_S,
    coverage_gaps,
)
from ev_planner_plugin.core.errors import ParameterError
from ev_planner_plugin.core.feedback import Feedback

CRS = "EPSG:27700"


def gdf(geoms, index=None, **fields):
    return gpd.GeoDataFrame(fields, geometry=list(geoms), crs=CRS, index=index)


@pytest.fixture()
def scene():
    roads = gdf(
        [shapely.LineString([(0, 0), (100, 0)]), shapely.LineString([(100, 0), (100, 100)])]
    )
    homes = gdf(
        [shapely.Point(100, 60), shapely.Point(95, 30), shapely.Point(50, 0)],
        index=["h1", "h2", "h3"],
        households=[1, 2, 3],
    )
    chargepoints = gdf(
        [shapely.Point(20, 0), shapely.Point(0, 100)],
        cp_id=["CP1", "CP2"],
        speed_class=["slow", "rapid"],
    )
    areas = gdf(
        [shapely.box(-10, -10, 60, 110), shapely.box(60, -10, 110, 110)],
        area_code=["A", "B"],
        district=["Town", "Town"],
    )
    return roads, homes, chargepoints, areas


def test_defaults_are_five_minutes_walk():
    assert DEFAULT_WALK_DISTANCE_M == 400.0
    assert round(5 * 60 * DEFAULT_WALK_SPEED_M_S) == 399


def test_network_coverage_exact_metres_and_area_percentages(scene):
    roads, homes, chargepoints, areas = scene
    result = coverage_gaps(
        homes,
        chargepoints,
        areas,
        roads=roads,
        walk_distance=120.0,
        households_field="households",
        chargepoint_id_field="cp_id",
        speed_classes=["slow"],
        plan_sites=gdf([shapely.Point(100, 100)]),
        district_field="district",
    )
    h = result.homes
    assert h["nearest_cp_m"].tolist() == [140.0, 115.0, 30.0]
    assert h["nearest_cp_id"].tolist() == ["CP1", "CP1", "CP1"]
    assert h["covered"].tolist() == [False, True, True]
    # the plan site at (100,100) is 40 m from h1 and 70 + 5 m from h2
    assert h["nearest_site_m"].tolist() == [40.0, 75.0, 30.0]
    assert h["covered_with_plan"].tolist() == [True, True, True]
    assert h["area_code"].tolist() == ["B", "B", "A"]
    assert h["nearest_cp_min"].iloc[0] == pytest.approx(140.0 / 1.33 / 60.0)
    assert h["distance_method"].unique().tolist() == ["network"]
    assert result.uncovered.index.tolist() == ["h1"]
    # per speed class: the rapid one at (0,100) is 100 m from the nearest road, at (0,0)
    assert h["nearest_rapid_m"].tolist() == [100.0 + 140.0 + 20.0, 235.0, 150.0]
    assert h["nearest_slow_m"].tolist() == [140.0, 115.0, 30.0]

    a = result.areas.set_index("area_code")
    assert a.loc["B", "homes_total"] == 3.0 and a.loc["B", "homes_covered"] == 2.0
    assert a.loc["B", "coverage_pct"] == pytest.approx(200 / 3)
    assert a.loc["B", "coverage_plan_pct"] == 100.0
    assert a.loc["A", "coverage_pct"] == 100.0 and a.loc["A", "coverage_gain_pct"] == 0.0
    assert result.districts.set_index("district").loc["Town", "coverage_pct"] == pytest.approx(
        500 / 6
    )
    assert result.summary["homes_total"] == 6.0 and result.summary["homes_covered"] == 5.0
    assert result.summary["chargepoints_counted"] == 1


def test_straight_line_counts_more_homes_than_the_network(scene):
    roads, homes, chargepoints, areas = scene
    straight = coverage_gaps(homes, chargepoints.iloc[:1], areas, walk_distance=120.0)
    assert straight.homes["nearest_cp_m"].iloc[0] == 100.0  # 60 x 80 triangle
    assert straight.homes["covered"].all()
    assert straight.summary["distance_method"] == "straight_line"


def test_households_in_areas_are_spread_on_a_lattice():
    # one 200 m x 100 m area of 80 households: a 4 x 2 lattice of 50 m cells, 10 each, at
    # x = 25, 75, 125, 175 and y = 25, 75; a chargepoint at (0, 50): straight-line distances
    # 35.4, 79.1, 127.5, 176.8 (both rows) -> 4 of 8 points within 100 m
    areas = gdf([shapely.box(0, 0, 200, 100)], area_code=["E01000001"], households=[80])
    result = coverage_gaps(
        areas,
        gdf([shapely.Point(0, 50)]),
        walk_distance=100.0,
        households_field="households",
        area_point_spacing_m=50.0,
    )
    assert len(result.homes) == 8 and result.homes["households"].sum() == 80
    assert result.areas["coverage_pct"].tolist() == [50.0]
    assert result.homes["home_area"].unique().tolist() == ["E01000001"]
    assert sorted(result.homes["nearest_cp_m"].round(1).unique()) == [35.4, 79.1, 127.5, 176.8]


def test_homes_outside_areas_and_missing_weights_are_warned(scene):
    _, homes, chargepoints, areas = scene
    homes = homes.copy()
    homes.loc["h3", "households"] = None
    homes.loc["h4"] = [5, shapely.Point(500, 500)]
    feedback = Feedback()
    result = coverage_gaps(
        homes, chargepoints, areas, households_field="households", feedback=feedback
    )
    assert result.homes.loc["h3", "households"] == 0.0
    assert result.homes.loc["h4", "area_code"] is None
    assert any("no valid" in w and "h3" in w for w in feedback.warnings)
    assert any("outside every area" in w and "h4" in w for w in feedback.warnings)


def test_bad_parameters_raise(scene):
    roads, homes, chargepoints, areas = scene
    with pytest.raises(ParameterError, match="positive"):
        coverage_gaps(homes, chargepoints, walk_distance=0)
    with pytest.raises(ParameterError, match="Unknown speed class"):
        coverage_gaps(homes, chargepoints, speed_classes=["turbo"])
    with pytest.raises(ParameterError, match="household count"):
        coverage_gaps(areas, chargepoints)
    with pytest.raises(ParameterError, match="area code"):
        coverage_gaps(homes, chargepoints, areas, area_id_field="lsoa")


def test_no_chargepoints_leaves_every_home_uncovered(scene):
    _, homes, chargepoints, _ = scene
    feedback = Feedback()
    result = coverage_gaps(homes, chargepoints.iloc[0:0], feedback=feedback)
    assert not result.homes["covered"].any() and result.homes["nearest_cp_m"].isna().all()
    assert result.summary["coverage_pct"] == 0.0
    assert any("No chargepoints" in w for w in feedback.warnings)


def test_sample_area_integration():
    sample_area = pytest.importorskip("ev_planner_plugin.core.sample_area")
    layers = sample_area.build_sample_area()
    homes = layers["addresses"]
    homes = homes[~homes["has_offstreet_parking"].astype(bool)]
    result = coverage_gaps(
        homes,
        layers["chargepoints"],
        layers["areas"],
        roads=layers["roads"],
        speed_classes=["slow", "fast"],
        district_field="district",
    )
    assert len(result.homes) == len(homes) > 0
    assert set(result.areas["area_code"]) == set(layers["areas"]["area_code"])
    covered = result.homes["covered"].to_numpy()
    assert (result.homes["nearest_cp_m"].to_numpy()[covered] <= 400.0).all()
    # the network distance is never shorter than the straight line
    straight = coverage_gaps(homes, layers["chargepoints"], speed_classes=["slow", "fast"])
    both = np.isfinite(result.homes["nearest_cp_m"].to_numpy())
    assert (
        result.homes["nearest_cp_m"].to_numpy()[both]
        >= straight.homes["nearest_cp_m"].to_numpy()[both] - 1e-6
    ).all()
    assert result.summary["coverage_pct"] <= straight.summary["coverage_pct"]
    total = result.areas["homes_total"].sum()
    assert total == pytest.approx(result.summary["homes_total"])


def test_cancel_stops_coverage(scene):
    from ev_planner_plugin.core.errors import Cancelled

    class Stopping(Feedback):
        def is_canceled(self) -> bool:
            return True

    roads, homes, chargepoints, areas = scene
    with pytest.raises(Cancelled):
        coverage_gaps(homes, chargepoints, areas, roads=roads, feedback=Stopping())


def test_homes_and_chargepoints_far_from_roads_are_warned_once(scene):
    """Homes are measured from all chargepoints, the plan and each speed class (four searches
    here): a home 500 m off the roads is named once, and so is a chargepoint 300 m off."""
    roads, homes, chargepoints, areas = scene
    homes = gdf(
        [*homes.geometry, shapely.Point(50, 500)],
        index=["h1", "h2", "h3", "far home"],
        households=[1, 2, 3, 1],
    )
    chargepoints = gdf(
        [*chargepoints.geometry, shapely.Point(400, 0)],
        cp_id=["CP1", "CP2", "CP3"],
        speed_class=["slow", "rapid", "fast"],
    )
    feedback = Feedback()
    result = coverage_gaps(
        homes,
        chargepoints,
        areas,
        roads=roads,
        plan_sites=gdf([shapely.Point(100, 90)]),
        feedback=feedback,
    )
    far = [w for w in feedback.warnings if "from every road" in w]
    assert far == [
        "Layer 'homes': 1 feature(s) are more than 100 m from every road of the network (first: "
        "far home); their walking distance includes a straight-line leg to the nearest road. "
        "Check the road layer covers them.",
        "Layer 'chargepoints': 1 feature(s) are more than 100 m from every road of the network "
        "(first: 2); their walking distance includes a straight-line leg to the nearest road. "
        "Check the road layer covers them.",
    ]
    # the far home still gets its walking distance: a leg to the road's end at (100, 100), then
    # 100 m south and 80 m west to CP1
    leg = float(np.hypot(50, 400))
    assert result.homes.loc["far home", "nearest_cp_m"] == pytest.approx(leg + 100 + 80)
