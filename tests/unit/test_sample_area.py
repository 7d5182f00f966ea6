"""The built-in sample area: determinism, the layer contract and kerbside plausibility."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from ev_planner_plugin.core.sample_area import (
    DEFAULT_CARRIAGEWAY_WIDTH_M,
    build_sample_area,
    write_gpkg_atomic,
    write_sample_area,
)

# The sample-area contract (layer names, geometry types, fields in order), transcribed
# independently of the module so that any rename or reordering is caught here.
CONTRACT = {
    "roads": ("LineString", ("road_id", "name", "usrn", "road_class", "carriageway_width_m",
                             "lanes", "settlement")),
    "kerbs": ("LineString", ("kerb_id", "road_id", "usrn", "street", "side", "footway_width_m")),
    "footways": ("Polygon", ("footway_id", "kerb_id", "width_m")),
    "obstacles": ("Point", ("obstacle_id", "kind", "footprint_m")),
    "restrictions": ("LineString", ("restriction_id", "tro_ref", "regulation_type", "description")),
    "accessible_bays": ("Polygon", ("bay_id", "kerb_id")),
    "car_club_bays": ("Polygon", ("bay_id", "kerb_id", "operator")),
    "cycle_parking": ("Point", ("cycle_parking_id", "capacity", "kind")),
    "dropped_kerbs": ("Point", ("dropped_kerb_id", "kind")),
    "bus_stops": ("Point", ("stop_id", "name")),
    "crossings": ("Point", ("crossing_id", "kind")),
    "lamp_columns": ("Point", ("lamp_id", "height_m", "owner")),
    "chargepoints": ("Point", ("cp_id", "source", "operator", "name", "max_power_kw",
                               "speed_class", "sockets", "on_street", "status")),
    "survey_suggestions": ("Point", ("suggestion_id", "submitted", "comment")),
    "areas": ("Polygon", ("area_code", "area_name", "district", "population", "households",
                          "households_no_offstreet", "cars", "plugin_evs", "imd_decile",
                          "ruc_code", "ruc_class")),
    "substations": ("Point", ("substation_id", "name", "headroom_kva", "demand_rag")),
    "addresses": ("Point", ("uprn", "usrn", "has_offstreet_parking", "area_code")),
    "sessions": (None, ("session_id", "source", "source_id", "cp_id", "cp_ref", "evse_uid",
                        "connector_id", "start_time", "end_time", "duration_h", "kwh", "cost",
                        "currency", "last_updated", "source_file", "imported_at")),
}  # fmt: skip
#: Layers with a geometry (the sessions table has none).
SPATIAL = {name: spec for name, spec in CONTRACT.items() if spec[0] is not None}
DTRO_TYPES = {
    "kerbsideNoWaiting",
    "kerbsideNoStopping",
    "kerbsideLoadingBay",
    "kerbsideLimitedWaiting",
    "kerbsidePermitParkingPlace",
    "kerbsidePaymentParkingPlace",
    "kerbsideSchoolKeepClearYellowZigZagMandatory",
    "kerbsideOtherYellowZigZagMandatory",
    "kerbsideTaxiRank",
    "nonOrderKerbsideBusStop",
}


@pytest.fixture(scope="module")
def area() -> dict:
    return build_sample_area(42)


def _end_node_degree(roads) -> pd.Series:
    """Degree of every end node, counted from shared (bit-identical) end coordinates."""
    lines = roads.geometry.to_numpy()
    ends = np.r_[shapely.get_point(lines, 0), shapely.get_point(lines, -1)]
    return pd.Series(shapely.to_wkb(ends)).value_counts()


def _assert_layers_equal(a: dict, b: dict) -> None:
    assert list(a) == list(b)
    for name in a:
        pd.testing.assert_frame_equal(
            a[name].drop(columns="geometry"), b[name].drop(columns="geometry")
        )
        assert list(shapely.to_wkb(a[name].geometry.to_numpy())) == list(
            shapely.to_wkb(b[name].geometry.to_numpy())
        ), name


def test_same_seed_gives_identical_layers_and_another_seed_differs(area):
    _assert_layers_equal(area, build_sample_area(42))
    other = build_sample_area(43)
    assert list(shapely.to_wkb(other["roads"].geometry.to_numpy())) != list(
        shapely.to_wkb(area["roads"].geometry.to_numpy())
    )
    assert (
        not other["addresses"]
        .drop(columns="geometry")
        .equals(area["addresses"].drop(columns="geometry"))
    )


def test_layers_fields_geometry_types_and_crs_follow_the_contract(area):
    assert set(area) == set(CONTRACT)
    for name, (geometry_type, fields) in CONTRACT.items():
        gdf = area[name]
        assert tuple(c for c in gdf.columns if c != "geometry") == fields, name
        assert len(gdf) > 0, name
        if geometry_type is None:
            assert gdf.geometry.isna().all(), name
            continue
        assert gdf.crs.to_epsg() == 27700, name
        assert set(gdf.geom_type) == {geometry_type}, name


def test_sessions_table_belongs_to_the_chargepoints(area):
    sessions, chargepoints = area["sessions"], area["chargepoints"]
    assert sessions.session_id.is_unique
    assert set(sessions.cp_id) < set(chargepoints.cp_id)  # some are faulty: no session
    assert (sessions.source == "sample").all()
    assert sessions.start_time.str.fullmatch(r"2024-\d\d-\d\dT\d\d:\d\d:\d\dZ").all()


def test_geometries_are_valid_non_empty_and_2d(area):
    for name in SPATIAL:
        gdf = area[name]
        geoms = gdf.geometry.to_numpy()
        assert shapely.is_valid(geoms).all(), name
        assert not shapely.is_empty(geoms).any(), name
        assert not shapely.has_z(geoms).any(), name


def test_sample_sits_in_the_midlands(area):
    x0, y0, x1, y1 = area["areas"].total_bounds
    assert x0 < 452_000 < x1 and y0 < 298_000 < y1
    assert x1 - x0 < 10_000 and y1 - y0 < 10_000


def test_road_network_size_junctions_and_noding(area):
    roads = area["roads"]
    assert 250 <= len(roads) <= 400
    assert roads.road_id.is_unique and roads.road_id.str.fullmatch(r"RD\d{5}").all()
    degree = _end_node_degree(roads)
    assert (degree == 3).sum() >= 24  # dozens of T junctions
    assert (degree >= 4).sum() >= 24  # and of crossroads
    assert (degree == 1).sum() >= 20  # cul-de-sacs and lane ends
    # roads only meet at their end nodes (split at junctions, no unnoded crossings)
    lines = roads.geometry.to_numpy()
    a, b = shapely.STRtree(lines).query(lines, predicate="intersects")
    pair = a < b
    meets = shapely.intersection(lines[a[pair]], lines[b[pair]])
    ends = shapely.multipoints(np.r_[shapely.get_point(lines, 0), shapely.get_point(lines, -1)])
    assert shapely.covered_by(meets, ends).all()


def test_road_attributes(area):
    roads = area["roads"]
    assert set(roads.road_class) == {"A Road", "B Road", "Minor Road", "Local Road"}
    assert set(roads.settlement) == {"Ashby Parva", "Little Weldon"}
    assert (roads.groupby("name").usrn.nunique() == 1).all()
    assert (roads.groupby("usrn").name.nunique() == 1).all()
    assert roads.usrn.between(10_000_000, 99_999_999).all()
    assert {"High Street", "School Lane", "Main Street"} <= set(roads.name)
    assert 0.15 <= roads.carriageway_width_m.isna().mean() <= 0.25
    assert set(roads.lanes) == {1, 2}
    widths = roads.carriageway_width_m.dropna()
    assert widths.between(3.0, 8.0).all()


def test_kerbs_are_offset_by_half_the_carriageway(area):
    roads = area["roads"].set_index("road_id")
    kerbs = area["kerbs"]
    assert len(kerbs) == 2 * len(roads)
    assert (kerbs.kerb_id == kerbs.road_id + np.where(kerbs.side == "left", "-L", "-R")).all()
    width = roads.carriageway_width_m.fillna(roads.road_class.map(DEFAULT_CARRIAGEWAY_WIDTH_M))
    expected = width.loc[kerbs.road_id].to_numpy() / 2
    road_lines = roads.geometry.loc[kerbs.road_id].to_numpy()
    mid = shapely.line_interpolate_point(kerbs.geometry.to_numpy(), 0.5, normalized=True)
    np.testing.assert_allclose(shapely.distance(mid, road_lines), expected, atol=0.05)
    # the left kerb really is on the left of the digitised direction
    at = shapely.line_locate_point(road_lines, mid)
    before = shapely.line_interpolate_point(road_lines, np.maximum(at - 0.5, 0.0))
    after = shapely.line_interpolate_point(road_lines, at + 0.5)
    tangent = shapely.get_coordinates(after) - shapely.get_coordinates(before)
    offset = shapely.get_coordinates(mid) - shapely.get_coordinates(before)
    cross = tangent[:, 0] * offset[:, 1] - tangent[:, 1] * offset[:, 0]
    assert ((cross > 0) == (kerbs.side.to_numpy() == "left")).all()


def test_kerbs_of_different_roads_never_meet(area):
    kerbs = area["kerbs"]
    lines = kerbs.geometry.to_numpy()
    a, b = shapely.STRtree(lines).query(lines, predicate="intersects")
    road = kerbs.road_id.to_numpy()
    assert (road[a] == road[b]).all()
    roads = area["roads"]
    ka, rb = shapely.STRtree(roads.geometry.to_numpy()).query(lines, predicate="intersects")
    assert len(ka) == 0  # no kerb touches any centreline


def test_footway_widths(area):
    kerbs, footways = area["kerbs"], area["footways"]
    assert kerbs.footway_width_m.notna().all()
    width = kerbs.footway_width_m[kerbs.footway_width_m > 0]
    assert width.between(1.0, 4.0).all()
    assert (width < 1.5).any()
    assert 0.10 <= (width < 1.5).mean() <= 0.15
    no_footway = kerbs[kerbs.footway_width_m == 0]
    assert len(no_footway) > 0
    assert set(footways.kerb_id) == set(kerbs.kerb_id[kerbs.footway_width_m > 0])
    merged = footways.merge(kerbs[["kerb_id", "footway_width_m"]], on="kerb_id")
    assert (merged.width_m == merged.footway_width_m).all()
    # the strip is as long as its kerb and width_m wide, behind the kerb
    kerb_geom = kerbs.set_index("kerb_id").geometry.loc[footways.kerb_id].to_numpy()
    ratio = footways.area / (shapely.length(kerb_geom) * footways.width_m)
    assert ratio.between(0.9, 1.1).all()
    assert shapely.covered_by(kerb_geom, footways.geometry.buffer(0.01).to_numpy()).all()


def test_restrictions_lie_on_kerbs_and_cover_all_types(area):
    restrictions, kerbs = area["restrictions"], area["kerbs"]
    zones = shapely.buffer(kerbs.geometry.to_numpy(), 0.5)
    r_idx, _ = shapely.STRtree(zones).query(restrictions.geometry.to_numpy(), predicate="within")
    assert set(r_idx) == set(range(len(restrictions)))
    types = set(restrictions.regulation_type)
    assert types >= DTRO_TYPES
    free_text = ~restrictions.regulation_type.isin(DTRO_TYPES)
    assert 0.01 <= free_text.mean() <= 0.03
    bus = restrictions.regulation_type == "nonOrderKerbsideBusStop"
    assert restrictions.tro_ref[bus].isna().all()
    assert restrictions.tro_ref[~bus].notna().all()
    assert restrictions.description.notna().all()


def test_double_yellow_lines_at_every_junction(area):
    roads, kerbs, restrictions = area["roads"], area["kerbs"], area["restrictions"]
    degree = _end_node_degree(roads)
    lines = roads.set_index("road_id").geometry.loc[kerbs.road_id].to_numpy()
    corner_ends = []
    for at in (0, -1):
        node = shapely.to_wkb(shapely.get_point(lines, at))
        junction = degree.loc[node].to_numpy() >= 3
        corner_ends.append(shapely.get_point(kerbs.geometry.to_numpy()[junction], at))
    corners = np.concatenate(corner_ends)
    yellow = restrictions[restrictions.regulation_type == "kerbsideNoWaiting"].geometry.to_numpy()
    hit, _ = shapely.STRtree(yellow).query(corners, predicate="dwithin", distance=0.01)
    # ~2% of rows were rewritten to free-text values; every other corner has its yellow line
    assert len(np.unique(hit)) >= 0.95 * len(corners)
    lengths = shapely.length(yellow)
    assert (lengths >= 10.0 - 1e-6).mean() > 0.9


def test_point_features_sit_where_they_belong(area):
    kerb_lines = area["kerbs"].geometry.to_numpy()
    kerb_tree = shapely.STRtree(kerb_lines)
    footway_tree = shapely.STRtree(area["footways"].geometry.to_numpy())
    road_tree = shapely.STRtree(area["roads"].geometry.to_numpy())

    def all_within(tree, layer, distance):
        points = area[layer].geometry.to_numpy()
        idx, _ = tree.query(points, predicate="dwithin", distance=distance)
        return len(np.unique(idx)) == len(points)

    assert all_within(kerb_tree, "bus_stops", 0.01)
    assert all_within(kerb_tree, "dropped_kerbs", 0.01)
    assert all_within(road_tree, "crossings", 0.01)
    assert all_within(footway_tree, "obstacles", 0.05)
    assert all_within(footway_tree, "cycle_parking", 0.05)
    roads = area["roads"]
    width = roads.carriageway_width_m.fillna(roads.road_class.map(DEFAULT_CARRIAGEWAY_WIDTH_M))
    carriageways = shapely.buffer(roads.geometry.to_numpy(), width.to_numpy() / 2)
    in_road, _ = shapely.STRtree(carriageways).query(
        area["addresses"].geometry.to_numpy(), predicate="intersects"
    )
    assert len(in_road) == 0
    lamps = area["lamp_columns"].geometry.to_numpy()
    _, nearest = kerb_tree.query_nearest(lamps, all_matches=False)
    setback = shapely.distance(lamps, kerb_lines[nearest])
    assert setback.min() >= 0.29 and setback.max() <= 0.81


def test_kerbside_inventory(area):
    assert 200 <= len(area["obstacles"]) <= 400
    assert set(area["obstacles"].kind) == {"tree", "sign_pole", "cabinet", "bin"}
    assert set(area["crossings"].kind) == {"zebra", "signalised", "uncontrolled"}
    assert area["bus_stops"].stop_id.str.fullmatch(r"4200F\d{6}").all()
    assert (area["lamp_columns"].owner == "council").all()
    assert len(area["lamp_columns"]) > 500
    bays = area["accessible_bays"]
    assert 10 <= len(bays) <= 30
    assert set(bays.kerb_id) <= set(area["kerbs"].kerb_id)
    assert bays.area.between(6.6 * 2.3, 6.6 * 3.7).all()
    assert set(area["cycle_parking"].kind) == {"stands"}


def test_driveways_on_suburban_streets_none_on_terraces(area):
    kerbs, dropped = area["kerbs"], area["dropped_kerbs"]
    crossovers = dropped[dropped.kind == "vehicle_crossover"].geometry.to_numpy()
    idx, k = shapely.STRtree(kerbs.geometry.to_numpy()).query(
        crossovers, predicate="dwithin", distance=0.01
    )
    per_street = pd.Series(kerbs.street.to_numpy()[k]).groupby(idx).first().value_counts()
    streets = set(kerbs.street)
    assert per_street.max() >= 40  # a suburban street lined with driveways
    assert len(streets - set(per_street.index)) >= 20  # terraces (and lanes) with none
    addresses = area["addresses"]
    assert 2_000 <= len(addresses) <= 12_000
    assert len(crossovers) <= addresses.has_offstreet_parking.sum()


def test_chargepoints_substations_and_suggestions(area):
    cps = area["chargepoints"]
    assert 8 <= len(cps) <= 20
    expected = pd.cut(
        cps.max_power_kw,
        [0, 8, 50, 150, np.inf],
        right=False,
        labels=["slow", "fast", "rapid", "ultra"],
    ).astype(str)
    assert (cps.speed_class == expected).all()
    assert cps.on_street.any() and not cps.on_street.all()
    assert (cps.source == "sample").all() and (cps.status == "AVAILABLE").all()
    town = area["areas"].query("district == 'Ashby Parva'").union_all()
    assert cps.within(town).mean() > 0.5

    subs = area["substations"]
    assert (subs.headroom_kva <= 5.0).sum() >= 3
    red = subs.headroom_kva < 50
    assert (subs.demand_rag[red] == "red").all() and (subs.demand_rag[~red] != "red").all()

    suggestions = area["survey_suggestions"]
    assert 50 <= len(suggestions) <= 70
    assert pd.to_datetime(suggestions.submitted, format="%Y-%m-%d").notna().all()


def test_areas_tile_the_sample_and_match_the_households(area):
    areas, roads, addresses = area["areas"], area["roads"], area["addresses"]
    assert 8 <= len(areas) <= 15
    assert areas.area_code.is_unique and areas.area_code.str.fullmatch(r"E0\d{7}").all()
    assert set(areas.district) == {"Ashby Parva", "Little Weldon"}
    polygons = areas.geometry.to_numpy()
    a, b = shapely.STRtree(polygons).query(polygons, predicate="intersects")
    pair = a < b
    overlap = shapely.area(shapely.intersection(polygons[a[pair]], polygons[b[pair]]))
    assert overlap.max() < 1e-3
    cover = shapely.union_all(polygons)
    assert shapely.covers(cover, roads.geometry.to_numpy()).all()
    assert abs(cover.area - shapely.area(polygons).sum()) < 1.0
    # households are the address points inside each area
    assert set(addresses.area_code) == set(areas.area_code)
    counted = addresses.groupby("area_code").agg(
        n_addresses=("uprn", "size"),
        n_no_offstreet=("has_offstreet_parking", lambda s: int((~s).sum())),
    )
    stats = areas.set_index("area_code").join(counted)
    assert (stats.households == stats.n_addresses).all()
    assert (stats.households_no_offstreet == stats.n_no_offstreet).all()
    share = stats.households_no_offstreet / stats.households
    assert share.min() <= 0.25 and share.max() >= 0.55  # suburbs low, terraces high
    assert share.between(0.03, 0.75).all()
    assert areas.imd_decile.between(1, 10).all()
    assert (areas.plugin_evs < areas.cars).all() and (areas.population > areas.households).all()
    assert set(areas.ruc_code) == {"C1", "D1", "E1"}


def test_geopackage_round_trip(area, tmp_path):
    path = tmp_path / "nested" / "sample_area.gpkg"
    assert write_sample_area(path) == path
    assert write_sample_area(path) == path  # replaces the existing file
    assert [p.name for p in path.parent.iterdir()] == ["sample_area.gpkg"]
    layers = pyogrio.list_layers(path)
    assert [str(n) for n in layers[:, 0]] == list(CONTRACT)
    for name, (geometry_type, fields) in CONTRACT.items():
        info = pyogrio.read_info(path, layer=name)
        assert info["features"] == len(area[name]), name
        assert info["geometry_type"] == geometry_type, name
        assert info["crs"] == ("EPSG:27700" if geometry_type else None), name
        assert tuple(info["fields"]) == fields, name
    roads = pyogrio.read_dataframe(path, layer="roads")
    pd.testing.assert_frame_equal(
        roads.drop(columns="geometry"), area["roads"].drop(columns="geometry")
    )
    assert path.stat().st_size < 10e6


def test_write_gpkg_atomic_keeps_the_old_file_when_writing_fails(area, tmp_path):
    path = tmp_path / "out.gpkg"
    roads = area["roads"]
    write_gpkg_atomic(path, {"roads": roads, "table": pd.DataFrame({"a": [1, 2]})})
    before = path.read_bytes()
    with pytest.raises(ValueError, match="must be a DataFrame"):
        write_gpkg_atomic(path, {"roads": roads.head(3), "broken": "not a data frame"})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.gpkg"]  # the temporary file is gone
    assert pyogrio.read_info(path, layer="roads")["features"] == len(roads)
    table = pyogrio.read_info(path, layer="table")
    assert table["features"] == 2 and table["geometry_type"] is None


def test_every_usable_run_leaves_the_minimum_clear_footway(area):
    """On the whole sample area (obstacles included), a run that can take a post leaves at least
    MIN_CLEAR_WIDTH_M of footway beside the unit, as its clear_width_m reports."""
    from ev_planner_plugin.core.eligibility import MIN_CLEAR_WIDTH_M, assess_kerbside_eligibility

    result = assess_kerbside_eligibility(
        area["kerbs"],
        footway_width_field="footway_width_m",
        obstacles=area["obstacles"],
        charger_type="post_7kw",
        kerb_id_field="kerb_id",
    )
    usable = result.runs[result.runs.status != "ineligible"]
    assert len(usable) > 50
    assert usable.clear_width_m.min() >= MIN_CLEAR_WIDTH_M - 1e-9
