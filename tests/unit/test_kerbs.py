"""Kerbs from road centrelines, and the shared kerb geometry helpers: exact metres."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from shapely import LineString, MultiLineString, Point, Polygon, box

from ev_planner_plugin.core.errors import InputDataError, ParameterError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.kerbs import (
    DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS,
    DEFAULT_CARRIAGEWAY_WIDTH_M,
    DEFAULT_LANE_WIDTH_M,
    KerbParts,
    check_crs,
    clean_geometries,
    kerbs_from_roads,
    normalise_key,
)

CRS = "EPSG:27700"


def roads_frame(rows, geoms, crs=CRS):
    return gpd.GeoDataFrame(rows, geometry=geoms, crs=crs)


def coords(geom):
    return [tuple(round(v, 9) for v in xy) for xy in shapely.get_coordinates(geom)]


def test_straight_road_of_width_8_gives_kerbs_4_m_either_side_in_road_direction():
    roads = roads_frame(
        {"id": ["R1"], "name": ["High Street"], "usrn": [12345678], "width": [8.0]},
        [LineString([(0, 0), (100, 0)])],
    )
    kerbs = kerbs_from_roads(
        roads, width_field="width", id_field="id", name_field="name", usrn_field="usrn"
    )
    assert list(kerbs.columns) == [
        "kerb_id",
        "road_id",
        "usrn",
        "street",
        "side",
        "carriageway_width_m",
        "width_source",
        "geometry",
    ]
    assert kerbs["kerb_id"].tolist() == ["R1-L", "R1-R"]
    assert kerbs["side"].tolist() == ["left", "right"]
    assert coords(kerbs.geometry[0]) == [(0, 4), (100, 4)]  # left of west->east is north
    assert coords(kerbs.geometry[1]) == [(0, -4), (100, -4)]
    assert kerbs["carriageway_width_m"].tolist() == [8.0, 8.0]
    assert kerbs["width_source"].tolist() == ["field", "field"]
    assert kerbs["street"].tolist() == ["High Street"] * 2
    assert kerbs["usrn"].tolist() == [12345678] * 2
    assert kerbs.crs == roads.crs


def test_left_and_right_follow_the_digitised_direction():
    roads = roads_frame({"w": [6.0]}, [LineString([(0, 100), (0, 0)])])  # digitised southwards
    kerbs = kerbs_from_roads(roads, width_field="w")
    assert coords(kerbs.geometry[0]) == [(3, 100), (3, 0)]  # left of southwards is east
    assert coords(kerbs.geometry[1]) == [(-3, 100), (-3, 0)]
    assert kerbs["kerb_id"].tolist() == ["0-L", "0-R"]  # index used as road id


def test_width_sources_in_order_field_lanes_class_default():
    roads = roads_frame(
        {
            "w": [9.0, None, None, None, None, "7.5 m"],
            "lanes": [None, 2, None, None, 0, None],
            "cls": ["A Road", "B Road", "a road", "cart track", None, None],
        },
        [LineString([(0, 20 * i), (50, 20 * i)]) for i in range(6)],
    )
    fb = Feedback()
    kerbs = kerbs_from_roads(
        roads, width_field="w", lanes_field="lanes", class_field="cls", feedback=fb
    )
    left = kerbs[kerbs["side"] == "left"]
    assert left["width_source"].tolist() == [
        "field",
        "lanes",
        "class_default",
        "default",
        "default",
        "field",
    ]
    assert left["carriageway_width_m"].tolist() == pytest.approx(
        [9.0, 2 * DEFAULT_LANE_WIDTH_M, 7.3, DEFAULT_CARRIAGEWAY_WIDTH_M, 5.5, 7.5]
    )
    # distance of each kerb from its centreline = half the width
    for (_, k), y in zip(left.iterrows(), range(0, 120, 20)):
        assert shapely.get_coordinates(k.geometry)[0, 1] - y == pytest.approx(
            k.carriageway_width_m / 2
        )
    text = " ".join(fb.warnings)
    assert "4 road(s) without a carriageway width" in text
    assert "unusable lane count" in text and "ids: 4" in text
    assert "'cart track' (1)" in text


def test_negative_width_falls_back_with_a_warning_naming_the_road():
    roads = roads_frame(
        {"rid": ["R9"], "w": [-3.0], "highway": ["residential"]}, [LineString([(0, 0), (10, 0)])]
    )
    fb = Feedback()
    kerbs = kerbs_from_roads(
        roads, width_field="w", class_field="highway", id_field="rid", feedback=fb
    )
    assert kerbs["carriageway_width_m"].tolist() == [4.8, 4.8]
    assert kerbs["width_source"].tolist() == ["class_default"] * 2
    assert any("unusable carriageway width" in w and "R9" in w for w in fb.warnings)


def test_class_defaults_cover_os_open_roads_and_osm():
    keys = {normalise_key(k) for k in DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS}
    for name in ["A Road", "B Road", "Minor Road", "Local Road", "Motorway"]:
        assert normalise_key(name) in keys
    for name in ["primary", "secondary", "tertiary", "residential", "unclassified", "service"]:
        assert normalise_key(name) in keys
    # the sample area's defaults
    assert DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS["Minor Road"] == 5.5
    assert DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS["Local Road"] == 4.8


def test_multipart_and_z_roads_are_exploded_and_flattened():
    multi = MultiLineString([[(0, 0, 5), (40, 0, 6)], [(60, 0, 7), (100, 0, 8)]])
    roads = roads_frame({"id": ["M"], "w": [4.0]}, [multi])
    kerbs = kerbs_from_roads(roads, width_field="w", id_field="id")
    assert kerbs["kerb_id"].tolist() == ["M-L1", "M-L2", "M-R1", "M-R2"]
    assert not shapely.has_z(kerbs.geometry.values).any()
    assert coords(kerbs.geometry[1]) == [(60, 2), (100, 2)]
    assert coords(kerbs.geometry[3]) == [(60, -2), (100, -2)]


def test_empty_geometries_are_skipped_with_a_warning():
    roads = roads_frame({"id": ["A", "B"], "w": [6.0, 6.0]}, [LineString([(0, 0), (9, 0)]), None])
    fb = Feedback()
    kerbs = kerbs_from_roads(roads, width_field="w", id_field="id", feedback=fb)
    assert kerbs["kerb_id"].tolist() == ["A-L", "A-R"]
    assert any("without geometry skipped" in w and "B" in w for w in fb.warnings)


def test_bent_road_kerbs_keep_their_offset():
    roads = roads_frame({"w": [6.0]}, [LineString([(0, 0), (50, 0), (50, 50)])])
    kerbs = kerbs_from_roads(roads, width_field="w")
    centre = roads.geometry[0]
    for geom in kerbs.geometry:
        pts = shapely.get_coordinates(geom)
        d = shapely.distance(centre, shapely.points(pts))
        assert np.allclose(d, 3.0)


def test_crs_checks():
    with pytest.raises(ParameterError, match="geographic"):
        kerbs_from_roads(roads_frame({"w": [6.0]}, [LineString([(0, 51), (0.1, 51)])], "EPSG:4326"))
    a = roads_frame({}, [LineString([(0, 0), (1, 0)])])
    b = roads_frame({}, [LineString([(0, 0), (1, 0)])], "EPSG:3857")
    with pytest.raises(ParameterError, match="different coordinate reference systems"):
        check_crs({"kerbs": a, "roads": b})
    assert check_crs({"kerbs": a, "roads": None}) == a.crs


def test_missing_field_names_the_layer():
    roads = roads_frame({"w": [6.0]}, [LineString([(0, 0), (1, 0)])])
    with pytest.raises(InputDataError, match="Layer 'roads': field 'width' not found"):
        kerbs_from_roads(roads, width_field="width")


def test_clean_geometries_repairs_invalid_polygons_and_drops_wrong_kinds():
    bowtie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
    gdf = gpd.GeoDataFrame(
        {"fid": [1, 2, 3]}, geometry=[bowtie, Point(1, 1), box(5, 5, 6, 6)], crs=CRS
    )
    fb = Feedback()
    geoms, pos = clean_geometries(gdf, "footways", "polygon", id_field="fid", feedback=fb)
    assert pos.tolist() == [0, 0, 2]  # the bowtie becomes two triangles
    assert shapely.area(geoms).sum() == pytest.approx(3.0)
    assert any("invalid geometry repaired" in w and "1" in w for w in fb.warnings)
    assert any("not polygons skipped" in w and "2" in w for w in fb.warnings)


def test_kerb_parts_substrings_and_multipart_offsets():
    gdf = gpd.GeoDataFrame(
        geometry=[
            MultiLineString([[(0, 0), (10, 0), (10, 10)], [(20, 0), (30, 0)]]),
            LineString([(0, 5), (3, 9)]),
        ],
        crs=CRS,
    )
    geoms, pos = clean_geometries(gdf, "kerbs", "line")
    kp = KerbParts(geoms, pos)
    assert kp.source.tolist() == [0, 0, 1]
    assert kp.length.tolist() == [20.0, 10.0, 5.0]
    assert kp.offset.tolist() == [0.0, 20.0, 0.0]
    subs = kp.substrings([0, 0, 2, 0], [5, 10, 0, 0], [15, 20, 5, 20])
    assert coords(subs[0]) == [(5, 0), (10, 0), (10, 5)]
    assert coords(subs[1]) == [(10, 0), (10, 10)]
    assert coords(subs[2]) == [(0, 5), (3, 9)]
    assert coords(subs[3]) == [(0, 0), (10, 0), (10, 10)]
    assert kp.interpolate([0, 2], [12.5, 2.5]).tolist() == [[10.0, 2.5], [1.5, 7.0]]


def test_circle_intervals_are_exact():
    # kerb 4 m from a node: inside a 10 m circle for +/- sqrt(100 - 16) along the kerb
    gdf = gpd.GeoDataFrame(geometry=[LineString([(-50, 4), (0, 4), (50, 4)])], crs=CRS)
    kp = KerbParts(*clean_geometries(gdf, "kerbs", "line"))
    pair, a, b = kp.circle_intervals([0], [10.0], [0.0], 10.0)
    assert pair.tolist() == [0]
    assert a[0] == pytest.approx(60 - math.sqrt(84), abs=1e-12)
    assert b[0] == pytest.approx(60 + math.sqrt(84), abs=1e-12)
    pair, a, b = kp.circle_intervals([0], [-2.0], [0.0], 10.0)  # spans the middle vertex
    assert pair.tolist() == [0, 0]
    assert (a.min(), b.max()) == pytest.approx((48 - math.sqrt(84), 48 + math.sqrt(84)))


def test_feature_intervals_for_lines_polygons_and_points():
    gdf = gpd.GeoDataFrame(
        geometry=[LineString([(0, 0), (100, 0)]), LineString([(0, 8), (100, 8)])], crs=CRS
    )
    kp = KerbParts(*clean_geometries(gdf, "kerbs", "line"))
    feats = np.array(
        [
            LineString([(-5, 0.3), (15, 0.3)]),  # along kerb 0, starts before it
            box(40, -3.6, 46.6, 0),  # bay in the carriageway below kerb 0? (kerb 1 is 8 m away)
            Point(70, -1.0),  # nearest kerb 0
            LineString([(20, 2), (30, 2)]),  # 2 m off: too far for max_offset 1
        ],
        dtype=object,
    )
    f, k, a, b = kp.feature_intervals(
        feats, max_offset=1.0, buffer=0.0, point_half_length=2.5, nearest_points=True
    )
    got = sorted(zip(f.tolist(), k.tolist(), np.round(a, 9).tolist(), np.round(b, 9).tolist()))
    # the line starting 5 m before the kerb gives -5 (intervals are clipped later)
    assert got == [(0, 0, -5.0, 15.0), (1, 0, 40.0, 46.6), (2, 0, 67.5, 72.5)]


def test_line_features_beyond_the_kerb_end_and_chords_of_a_bent_kerb():
    gdf = gpd.GeoDataFrame(
        geometry=[LineString([(0, 0), (100, 0)]), LineString([(0, 50), (20, 50), (40, 52)])],
        crs=CRS,
    )
    kp = KerbParts(*clean_geometries(gdf, "kerbs", "line"))
    feats = np.array(
        [
            LineString([(105, 0), (90, 0)]),  # from 5 m beyond the end back onto the kerb
            LineString([(60, 0.5), (80, 3.5)]),  # leaves the 1 m band at x = 63.33
            LineString([(10, 50), (30, 51)]),  # chord across the bend of kerb 1
        ],
        dtype=object,
    )
    f, k, a, b = kp.feature_intervals(feats, max_offset=1.0)
    got = sorted(zip(f.tolist(), k.tolist(), np.round(a, 6).tolist(), np.round(b, 6).tolist()))
    assert got[0] == (0, 0, 90.0, 105.0)  # clipped to 100 m later
    assert got[1] == (1, 0, 60.0, round(60 + 20 / 6, 6))
    assert got[2][:2] == (2, 1) and got[2][2] == 10.0
    assert got[2][3] == pytest.approx(20 + math.hypot(10, 1), abs=1e-6)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(-500, 500), st.integers(-500, 500)), min_size=2, max_size=6),
    st.lists(
        st.tuples(
            st.floats(-80, 80, allow_subnormal=False), st.floats(-80, 80, allow_subnormal=False)
        ),
        min_size=1,
        max_size=10,
    ),
)
def test_numpy_projection_matches_geos(vertices, points):
    line = LineString([(x / 10, y / 10) for x, y in vertices])
    assume(line.length > 1e-3)
    geoms, pos = clean_geometries(gpd.GeoDataFrame(geometry=[line]), "kerbs", "line")
    kp = KerbParts(geoms, pos)
    xy = np.array(points, dtype=np.float64)
    chain, offset, dist = kp.project(np.zeros(len(points), np.int64), xy)
    pts = shapely.points(xy)
    assert np.allclose(dist, shapely.distance(geoms[0], pts), atol=1e-7)
    assert np.allclose(np.abs(offset), dist)
    # the chainage found is a nearest point (ties may pick another one than GEOS)
    at = shapely.line_interpolate_point(geoms[0], chain)
    assert np.allclose(shapely.distance(at, pts), dist, atol=1e-6)
