"""Footway width on transects: exact widths on rectangles, split and ending footways, obstacles."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import LineString, MultiLineString, Point, Polygon, box

from ev_planner_plugin.core.errors import ParameterError
from ev_planner_plugin.core.footway import aggregate_footway_width, measure_footway_width

CRS = "EPSG:27700"


def kerb_layer(*geoms, ids=None):
    ids = ids or [f"K{i + 1}" for i in range(len(geoms))]
    return gpd.GeoDataFrame({"kerb_id": ids}, geometry=list(geoms), crs=CRS)


def polys(*geoms, **cols):
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=CRS)


def transects(samples):
    return samples[samples["sample"] == "transect"]


def test_two_metre_footway_measures_two_metres_everywhere():
    kerbs = kerb_layer(LineString([(0, 0), (20, 0)]))
    s = measure_footway_width(kerbs, polys(box(0, 0, 20, 2)), kerb_id_field="kerb_id")
    assert list(s.columns) == [
        "kerb_index",
        "kerb_id",
        "sample",
        "chainage_m",
        "from_m",
        "to_m",
        "width_m",
        "clear_width_m",
        "side",
    ]
    t = transects(s)
    assert len(t) == 10
    assert t["from_m"].tolist() == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]
    assert t["chainage_m"].tolist() == [1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    assert t["width_m"].tolist() == [2.0] * 10
    assert t["clear_width_m"].tolist() == [2.0] * 10
    assert set(t["side"]) == {"left"}
    assert set(t["kerb_id"]) == {"K1"}


def test_footway_on_the_right_and_opposite_footway_ignored():
    # kerb digitised west->east, footway south of it (right); the far footway across a 6 m
    # carriageway (north, starting 6 m from the kerb) is not this kerb's footway.
    kerbs = kerb_layer(LineString([(0, 0), (10, 0)]))
    footways = polys(box(0, -2.5, 10, 0), box(0, 6, 10, 9))
    t = transects(measure_footway_width(kerbs, footways))
    assert t["width_m"].tolist() == [2.5] * 5
    assert set(t["side"]) == {"right"}


def test_footway_split_across_polygons_and_overlapping_polygons():
    kerbs = kerb_layer(LineString([(0, 0), (20, 0)]))
    # split along the kerb at x=10, across the footway at 1.2 m from the kerb for x 10-20,
    # plus an overlapping duplicate: union, never double counted
    footways = polys(box(0, 0, 10, 2), box(10, 0, 20, 1.2), box(10, 1.2, 20, 2), box(3, 0, 7, 2))
    t = transects(measure_footway_width(kerbs, footways))
    assert t["width_m"].tolist() == pytest.approx([2.0] * 10)
    assert t["clear_width_m"].tolist() == pytest.approx([2.0] * 10)


def test_footway_that_ends_half_way():
    kerbs = kerb_layer(LineString([(0, 0), (100, 0)]))
    s = measure_footway_width(kerbs, polys(box(0, 0, 50, 2)))
    t = transects(s)
    assert t["width_m"].tolist() == [2.0] * 25 + [0.0] * 25
    assert t[t["width_m"] == 0]["from_m"].min() == 50.0
    assert t[t["width_m"] == 0]["side"].isna().all()
    pieces = aggregate_footway_width(s, piece_length=50)
    assert pieces["from_m"].tolist() == [0.0, 50.0]
    assert pieces["width_min_m"].tolist() == [2.0, 0.0]
    assert pieces["width_mean_m"].tolist() == [2.0, 0.0]
    assert pieces["no_footway_m"].tolist() == [0.0, 50.0]
    whole = aggregate_footway_width(s)
    assert whole["width_min_m"].tolist() == [0.0]
    assert whole["width_mean_m"].tolist() == [1.0]
    assert whole["no_footway_m"].tolist() == [50.0]


def test_point_obstacle_narrows_the_clear_width_locally():
    kerbs = kerb_layer(LineString([(0, 0), (20, 0)]))
    # 3 m footway, tree 1.0 m across centred 1.5 m from the kerb at chainage 9.3:
    # 1.0 m free either side of it.
    obstacles = polys(Point(9.3, 1.5), Point(15, 2.6), footprint_m=[1.0, 0.6])
    s = measure_footway_width(kerbs, polys(box(0, 0, 20, 3)), obstacles)
    obs = s[s["sample"] == "obstacle"].reset_index(drop=True)
    assert obs["chainage_m"].tolist() == pytest.approx([9.3, 15.0])
    assert obs["from_m"].tolist() == pytest.approx([8.8, 14.7])
    assert obs["to_m"].tolist() == pytest.approx([9.8, 15.3])
    assert obs["width_m"].tolist() == pytest.approx([3.0, 3.0])
    assert obs["clear_width_m"].tolist() == pytest.approx([1.0, 2.3])
    assert transects(s)["clear_width_m"].tolist() == [3.0] * 10  # only the obstacle's transect
    agg = aggregate_footway_width(
        s, pd.DataFrame({"kerb_index": [0, 0], "from_m": [0.0, 10.0], "to_m": [10.0, 20.0]})
    )
    assert agg["clear_width_min_m"].tolist() == pytest.approx([1.0, 2.3])
    assert agg["clear_width_mean_m"].tolist() == pytest.approx([3.0, 3.0])


def test_polygon_obstacle_narrows_every_transect_it_crosses():
    kerbs = kerb_layer(LineString([(0, 0), (20, 0)]))
    cabinet = box(4, 1.8, 8, 2.5)  # at the back of a 2.5 m footway, x 4-8
    s = measure_footway_width(kerbs, polys(box(0, 0, 20, 2.5)), polys(cabinet))
    t = transects(s)
    assert t["clear_width_m"].tolist() == pytest.approx([2.5, 2.5, 1.8, 1.8] + [2.5] * 6)
    obs = s[s["sample"] == "obstacle"]
    assert obs["from_m"].tolist() == pytest.approx([4.0])
    assert obs["to_m"].tolist() == pytest.approx([8.0])
    assert obs["clear_width_m"].tolist() == pytest.approx([1.8])


def test_verge_between_kerb_and_footway_means_no_footway_and_width_is_capped():
    kerbs = kerb_layer(LineString([(0, 0), (4, 0)]), LineString([(0, 100), (4, 100)]))
    footways = polys(box(0, 1.5, 4, 3.5), box(0, 100, 4, 130))
    t = transects(measure_footway_width(kerbs, footways, max_width=8.0))
    assert t[t["kerb_index"] == 0]["width_m"].tolist() == [0.0, 0.0]
    assert t[t["kerb_index"] == 1]["width_m"].tolist() == [8.0, 8.0]


def test_multipart_kerb_chainage_continues_across_parts():
    kerbs = kerb_layer(MultiLineString([[(0, 0), (4, 0)], [(10, 0), (14, 0)]]))
    t = transects(measure_footway_width(kerbs, polys(box(0, 0, 14, 1.5))))
    assert t["kerb_index"].tolist() == [0, 0, 0, 0]
    assert t["from_m"].tolist() == [0.0, 2.0, 4.0, 6.0]
    assert t["width_m"].tolist() == [1.5] * 4


def test_uneven_kerb_length_bins_partition_the_kerb():
    kerbs = kerb_layer(LineString([(0, 0), (5, 0)]))
    t = transects(measure_footway_width(kerbs, polys(box(0, 0, 5, 2)), spacing=2.0))
    assert t["from_m"].tolist() == pytest.approx([0.0, 5 / 3, 10 / 3])
    assert t["to_m"].tolist()[-1] == 5.0


def test_bad_parameters_are_refused():
    kerbs = kerb_layer(LineString([(0, 0), (5, 0)]))
    with pytest.raises(ParameterError):
        measure_footway_width(kerbs, polys(box(0, 0, 5, 2)), spacing=0)
    with pytest.raises(ParameterError):
        measure_footway_width(kerbs, polys(box(0, 0, 5, 2)), max_width=-1)


def test_curved_kerb_transects_are_perpendicular():
    # quarter of a square kerb around a 2 m footway band: width 2 on both legs
    kerbs = kerb_layer(LineString([(0, 0), (20, 0), (20, 20)]))
    footway = polys(box(0, 0, 18, 2).union(box(18, 0, 20, 20)))
    t = transects(measure_footway_width(kerbs, footway))
    inner = t[(t["chainage_m"] < 16) | (t["chainage_m"] > 24)]
    assert np.allclose(inner["width_m"], 2.0)


def test_polygon_vertices_and_edges_lying_on_a_transect_count_once():
    # transects at x = 1, 3, 5, 7, 9; both polygons have an edge on x = 5 and the second has
    # extra vertices on x = 7
    kerbs = kerb_layer(LineString([(0, 0), (10, 0)]))
    footways = polys(
        box(0, 0, 5, 2),
        Polygon([(5, 0), (7, 0), (10, 0), (10, 2), (7, 2), (5, 2)]),
    )
    t = transects(measure_footway_width(kerbs, footways))
    assert t["chainage_m"].tolist() == [1, 3, 5, 7, 9]
    assert t["width_m"].tolist() == [2.0] * 5


def test_footway_with_a_hole_and_a_wide_plaza():
    # a planter (hole) 1.0-1.6 m from the kerb at x 4-6: the footway there is 0-1 and 1.6-3
    kerbs = kerb_layer(LineString([(0, 0), (10, 0)]))
    holed = Polygon([(0, 0), (10, 0), (10, 3), (0, 3)], [[(4, 1), (6, 1), (6, 1.6), (4, 1.6)]])
    t = transects(measure_footway_width(kerbs, polys(holed)))
    assert t["width_m"].tolist() == pytest.approx([3.0, 3.0, 1.0, 3.0, 3.0])


def test_footway_width_pieces_have_geometry_and_exact_widths():
    from ev_planner_plugin.core.footway import footway_width_pieces

    kerbs = gpd.GeoDataFrame(
        {"kerb_id": ["K1"]}, geometry=[LineString([(0, 0), (20, 0)])], crs="EPSG:27700"
    )
    # 2.0 m footway along the first 10 m, 1.2 m along the rest
    footways = gpd.GeoDataFrame(
        geometry=[box(0, 0, 10, 2.0), box(10, 0, 20, 1.2)], crs="EPSG:27700"
    )
    whole = footway_width_pieces(kerbs, footways, kerb_id_field="kerb_id")
    assert len(whole) == 1 and whole["length_m"].iloc[0] == pytest.approx(20)
    assert whole["width_min_m"].iloc[0] == pytest.approx(1.2)
    assert whole["width_mean_m"].iloc[0] == pytest.approx(1.6)
    pieces = footway_width_pieces(kerbs, footways, piece_length=10, kerb_id_field="kerb_id")
    assert pieces["kerb_id"].tolist() == ["K1", "K1"]
    assert pieces[["from_m", "to_m"]].to_numpy().tolist() == [[0, 10], [10, 20]]
    assert pieces["width_min_m"].tolist() == pytest.approx([2.0, 1.2])
    assert pieces.geometry.iloc[1].equals(LineString([(10, 0), (20, 0)]))
    assert pieces["no_footway_m"].tolist() == pytest.approx([0, 0])
