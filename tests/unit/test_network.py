"""Walking distance along roads: hand-made L-shaped network, exact metres, both Dijkstras."""

from __future__ import annotations

import dataclasses
import math

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ev_planner_plugin.core import network as net
from ev_planner_plugin.core.errors import InputDataError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.network import (
    areas_to_points,
    build_network,
    nearest_source_distance,
    snap_points,
    sum_within_radius,
)

CRS = "EPSG:27700"


def gdf(geoms, **fields):
    return gpd.GeoDataFrame(fields, geometry=list(geoms), crs=CRS)


def pts(*xy):
    return gdf([shapely.Point(x, y) for x, y in xy])


@pytest.fixture()
def l_roads():
    """An L: (0,0)-(100,0) then north (100,0)-(100,100); digitised as two roads."""
    return gdf([shapely.LineString([(0, 0), (100, 0)]), shapely.LineString([(100, 0), (100, 100)])])


@pytest.mark.parametrize("use_scipy", [True, False])
def test_l_shaped_network_distance_differs_from_straight_line(l_roads, use_scipy):
    network = build_network(l_roads)
    assert network.n_nodes == 3 and network.n_segments == 2
    chargepoint = pts((20, 0))
    homes = pts((100, 60), (95, 30), (50, 0))
    along = nearest_source_distance(homes, chargepoint, network=network, use_scipy=use_scipy)
    # (100,60): 80 m east + 60 m north; (95,30): snaps to the north road at (100,30) 5 m away:
    # 80 + 30 + 5; (50,0): on the same road piece, 30 m along it
    assert along.distance.tolist() == [140.0, 115.0, 30.0]
    assert along.source.tolist() == [0, 0, 0] and along.method == "network"
    straight = nearest_source_distance(homes, chargepoint)
    assert straight.distance[0] == 100.0  # the 3-4-5 triangle, 60 x 80
    assert straight.distance[1] == pytest.approx(math.hypot(75, 30))
    assert straight.method == "straight_line"


@pytest.mark.parametrize("use_scipy", [True, False])
def test_nearest_of_several_sources_and_limit(l_roads, use_scipy):
    network = build_network(l_roads)
    sources = pts((0, 0), (100, 100))
    homes = pts((100, 30), (60, 0), (100, 45))
    result = nearest_source_distance(homes, sources, network=network, use_scipy=use_scipy)
    assert result.distance.tolist() == [70.0, 60.0, 55.0]
    assert result.source.tolist() == [1, 0, 1]
    limited = nearest_source_distance(
        homes, sources, network=network, max_distance_m=58.0, use_scipy=use_scipy
    )
    assert limited.distance[2] == 55.0
    assert np.isinf(limited.distance[:2]).all() and limited.source[:2].tolist() == [-1, -1]


def test_source_off_the_network_walks_an_access_leg(l_roads):
    network = build_network(l_roads)
    # chargepoint 3 m off the east-west road at x=10, home 4 m off the north road at y=50
    result = nearest_source_distance(pts((104, 50)), pts((10, -3)), network=network)
    assert result.distance.tolist() == [3.0 + 90.0 + 50.0 + 4.0]


def test_end_points_within_tolerance_join_but_gaps_do_not():
    near = gdf([shapely.LineString([(0, 0), (50, 0)]), shapely.LineString([(50.3, 0), (100, 0)])])
    far = gdf([shapely.LineString([(0, 0), (50, 0)]), shapely.LineString([(52, 0), (100, 0)])])
    source, home = pts((0, 0)), pts((100, 0))
    joined = nearest_source_distance(home, source, network=build_network(near))
    assert joined.distance[0] == pytest.approx(99.7)  # the 0.3 m gap is one junction
    apart = nearest_source_distance(home, source, network=build_network(far))
    assert np.isinf(apart.distance[0]) and apart.source[0] == -1


def test_shared_interior_vertex_connects_but_a_bridge_does_not():
    # OSM style: a way crossing another at a shared node in the middle of both
    shared = gdf(
        [
            shapely.LineString([(0, 50), (50, 50), (100, 50)]),
            shapely.LineString([(50, 0), (50, 50), (50, 100)]),
        ]
    )
    bridge = gdf(
        [shapely.LineString([(0, 50), (100, 50)]), shapely.LineString([(50, 0), (50, 100)])]
    )
    source, home = pts((0, 50)), pts((50, 100))
    assert nearest_source_distance(home, source, network=build_network(shared)).distance[
        0
    ] == pytest.approx(100.0)
    assert np.isinf(nearest_source_distance(home, source, network=build_network(bridge)).distance)


def test_multilinestring_roads_and_snap_positions():
    roads = gdf([shapely.MultiLineString([[(0, 0), (10, 0)], [(10, 0), (10, 10)]])])
    network = build_network(roads)
    snapped = snap_points(network, pts((4, 2), (12, 7)))
    assert snapped.access.tolist() == [2.0, 2.0]
    assert snapped.offset.tolist() == [4.0, 7.0]
    assert network.seg_road.tolist() == [0, 0]


NETWORK_ARRAYS = ("node_xy", "seg_u", "seg_v", "seg_length", "seg_road", "seg_xy")
NETWORK_ARRAYS += ("indptr", "indices", "weights")


@pytest.mark.parametrize("packed", [True, False])
def test_parallel_pieces_keep_the_shortest_with_and_without_packed_keys(monkeypatch, packed):
    if not packed:  # vertex keys over the limit: np.unique(axis=0), as before
        monkeypatch.setattr(net, "_PACK_LIMIT", 1)
    # the 0.3 m gap merges (10.3, 0) into the node at (10, 0): two pieces join nodes 0 and 1
    roads = gdf(
        [
            shapely.LineString([(10.3, 0), (0, 0)]),
            shapely.LineString([(0, 0), (10, 0)]),
            shapely.LineString([(10, 0), (10, 20)]),
        ]
    )
    network = build_network(roads)
    assert network.node_xy.tolist() == [[0.0, 0.0], [10.0, 0.0], [10.0, 20.0]]
    assert network.seg_u.tolist() == [1, 0, 1] and network.seg_v.tolist() == [0, 1, 2]
    assert network.indptr.tolist() == [0, 1, 3, 4]
    assert network.indices.tolist() == [1, 0, 2, 1]
    assert network.weights.tolist() == [10.0, 10.0, 20.0, 20.0]  # 10 m, not the 10.3 m piece


def test_packed_and_general_keys_build_the_same_network(monkeypatch):
    rng = np.random.default_rng(4)
    xy = rng.integers(-40, 40, (300, 2, 2)) / 2.0  # shared ends, duplicate and reversed pieces
    roads = gdf(shapely.linestrings(xy))
    for tolerance in (0.5, 0.0):
        packed = build_network(roads, node_tolerance_m=tolerance)
        monkeypatch.setattr(net, "_PACK_LIMIT", 1)
        general = build_network(roads, node_tolerance_m=tolerance)
        monkeypatch.undo()
        for name in NETWORK_ARRAYS:
            a, b = getattr(packed, name), getattr(general, name)
            assert a.dtype == b.dtype and np.array_equal(a, b), name
        assert packed.n_nodes > 100 and len(packed.indices) > 300


@pytest.mark.parametrize("scale", [1, 10**15])
def test_unique_vertices_equals_numpy_unique_rows(monkeypatch, scale):
    calls = []
    packed = net._first_and_inverse
    monkeypatch.setattr(net, "_first_and_inverse", lambda key: calls.append(1) or packed(key))
    rng = np.random.default_rng(5)
    keys = rng.integers(-20, 20, (500, 2)) * scale  # many repeated rows, negative keys
    first_index, inverse = net._unique_vertices(keys)
    _, want_first, want_inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    assert first_index.tolist() == want_first.tolist()
    assert inverse.tolist() == want_inverse.ravel().tolist()
    assert len(calls) == (1 if scale == 1 else 0)  # a range of 4e16 x 4e16 cannot be packed


def test_huge_coordinate_range_numbers_nodes_by_x_then_y():
    far = 4e12  # 8e15 mm x 1e4 mm: more than an int64 holds, so no packed key
    roads = gdf(
        [
            shapely.LineString([(far, 5), (far, 0)]),
            shapely.LineString([(-far, 0), (-far, 10)]),
        ]
    )
    network = build_network(roads)
    assert network.node_xy.tolist() == [[-far, 0.0], [-far, 10.0], [far, 0.0], [far, 5.0]]
    assert network.seg_u.tolist() == [3, 0] and network.seg_v.tolist() == [2, 1]
    assert network.indices.tolist() == [1, 0, 3, 2]
    assert network.weights.tolist() == [10.0, 10.0, 5.0, 5.0]


@pytest.mark.parametrize("flip", [False, True])
def test_snap_tie_between_equidistant_pieces_takes_the_smaller_index(flip):
    top = shapely.LineString([(0, 10), (10, 10)])
    bottom = shapely.LineString([(10, 0), (0, 0)])
    network = build_network(gdf([bottom, top] if flip else [top, bottom]))
    snapped = snap_points(network, pts((4, 5), (4, 7)).geometry.values)
    # (4, 5) is 5 m from both: piece 0 (the bottom one, run from x=10, when flipped)
    assert snapped.segment.tolist() == [0, 1 if flip else 0]
    assert snapped.access.tolist() == [5.0, 3.0]
    assert snapped.offset.tolist() == [6.0 if flip else 4.0, 4.0]


def test_snap_in_later_rounds_and_by_nearest_neighbour():
    roads = gdf([shapely.LineString([(0, 130), (10, 130)]), shapely.LineString([(10, 0), (0, 0)])])
    network = build_network(roads)
    points = [shapely.Point(5, 65), shapely.Point(4, -500), None, shapely.Point(4, 128)]
    points.append(shapely.Point(4, -30))
    snapped = snap_points(network, points)
    # 65 m from both (second round, a tie: piece 0); 500 m (nearest-neighbour search);
    # missing; 2 m (first round); 30 m (second round)
    assert snapped.segment.tolist() == [0, 1, -1, 0, 1]
    assert snapped.access.tolist() == [65.0, 500.0, math.inf, 2.0, 30.0]
    assert snapped.offset.tolist() == [5.0, 6.0, 0.0, 4.0, 6.0]


class _PieceOrderTree:
    """An STRtree whose dwithin answers come ordered by road piece, not by point."""

    def __init__(self, tree):
        self.tree = tree

    def query(self, geoms, **kwargs):
        pairs = self.tree.query(geoms, **kwargs)
        return pairs[:, np.lexsort(pairs)]  # by piece, then point

    def query_nearest(self, geoms, **kwargs):
        return self.tree.query_nearest(geoms, **kwargs)


def test_snap_does_not_depend_on_answer_order_or_block_size(monkeypatch):
    lines = [shapely.LineString([(i * 10, 0), (i * 10, 100)]) for i in range(11)]
    lines += [shapely.LineString([(0, j * 10), (100, j * 10)]) for j in range(11)]
    network = build_network(gdf(lines))
    rng = np.random.default_rng(9)
    points = shapely.points(np.r_[rng.uniform(0, 100, (300, 2)), [[50, 300], [-90, 5]]])
    want = snap_points(network, points)
    assert (want.access[:300] <= 5.0).all() and want.access[300:].tolist() == [200.0, 90.0]
    piece_order = dataclasses.replace(network, tree=_PieceOrderTree(network.tree))
    monkeypatch.setattr(net, "_SNAP_BLOCK", 3)  # blocks end between points, never inside one
    for got in (snap_points(piece_order, points), snap_points(network, points)):
        assert got.segment.tolist() == want.segment.tolist()
        assert got.offset.tolist() == want.offset.tolist()
        assert got.access.tolist() == want.access.tolist()


def test_nearest_pairs_is_the_first_of_a_sort_by_point_distance_piece():
    inp = np.array([0, 0, 0, 1, 1, 2, 2, 2, 3])
    seg = np.array([5, 2, 7, 4, 3, 9, 1, 1, 8])
    dist = np.array([1.0, 1.0, 3.0, np.nan, np.nan, np.nan, 2.0, 2.0, 0.0])
    # tie -> smaller piece; all NaN -> smaller piece; NaN loses; a pair given twice -> once
    assert net._nearest_pairs(inp, seg, dist).tolist() == [1, 4, 6, 8]
    order = np.lexsort((seg, dist, inp))
    first = order[np.r_[True, inp[order][1:] != inp[order][:-1]]]
    assert first.tolist() == [1, 4, 6, 8]


def test_bad_road_geometry_names_the_feature_and_missing_is_warned():
    roads = gpd.GeoDataFrame(
        geometry=[shapely.LineString([(0, 0), (1, 0)]), None, shapely.Point(3, 3)],
        index=[10, 11, 12],
        crs=CRS,
    )
    with pytest.raises(InputDataError, match=r"Layer 'roads', feature 12: .*Point"):
        build_network(roads)
    feedback = Feedback()
    build_network(roads.iloc[:2], feedback=feedback)
    assert "1 feature(s) without geometry" in feedback.warnings[0] and "11" in feedback.warnings[0]


def test_geographic_crs_is_refused(l_roads):
    with pytest.raises(InputDataError, match="degrees"):
        build_network(l_roads.to_crs(4326))


def test_far_points_are_warned(l_roads):
    feedback = Feedback()
    nearest_source_distance(
        pts((50, 500)), pts((0, 0)), network=build_network(l_roads), feedback=feedback
    )
    assert any("more than 100 m from every road" in w for w in feedback.warnings)


def test_straight_line_fallback_without_scipy(monkeypatch):
    monkeypatch.setattr(net, "_KDTree", None)
    result = nearest_source_distance(pts((3, 4), (10, 0)), pts((0, 0), (10, 1)))
    assert result.distance.tolist() == [5.0, 1.0] and result.source.tolist() == [0, 1]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_scipy_and_heap_dijkstra_agree_on_random_grids(seed):
    rng = np.random.default_rng(seed)
    lines = []
    for i in range(6):  # a 6 x 6 grid of 50 m blocks with some links removed
        for j in range(6):
            if i < 5 and rng.random() > 0.2:
                lines.append(shapely.LineString([(i * 50, j * 50), ((i + 1) * 50, j * 50)]))
            if j < 5 and rng.random() > 0.2:
                lines.append(shapely.LineString([(i * 50, j * 50), (i * 50, (j + 1) * 50)]))
    network = build_network(gdf(lines))
    sources = gdf(shapely.points(rng.uniform(0, 250, (3, 2))))
    targets = gdf(shapely.points(rng.uniform(0, 250, (30, 2))))
    a = nearest_source_distance(targets, sources, network=network, use_scipy=True)
    b = nearest_source_distance(targets, sources, network=network, use_scipy=False)
    np.testing.assert_allclose(a.distance, b.distance)
    straight = nearest_source_distance(targets, sources)
    finite = np.isfinite(a.distance)
    assert (a.distance[finite] >= straight.distance[finite] - 1e-9).all()


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), radius=st.floats(20, 300))
def test_sum_within_radius_is_exact_outside_half_a_band(seed, radius):
    rng = np.random.default_rng(seed)
    points = rng.uniform(0, 1000, (400, 2))
    weights = rng.integers(1, 4, 400).astype(float)
    queries = rng.uniform(-100, 1100, (60, 2))
    band = 10.0
    got = sum_within_radius(queries, points, weights, radius, band_m=band)
    d = np.hypot(*(queries[:, None, :] - points[None, :, :]).transpose(2, 0, 1))
    surely_in = ((d <= radius - band / 2 - 1e-6) * weights).sum(axis=1)
    maybe_in = ((d <= radius + band / 2 + 1e-6) * weights).sum(axis=1)
    assert (got >= surely_in).all() and (got <= maybe_in).all()


def test_sum_within_radius_hand_values_and_two_columns():
    points = np.array([[0.0, 0.0], [100.0, 0.0], [0.0, 250.0], [400.0, 0.0]])
    weights = np.array([[1.0, 10.0], [2.0, 20.0], [4.0, 40.0], [8.0, 80.0]])
    got = sum_within_radius(np.array([[0.0, 0.0], [300.0, 0.0]]), points, weights, 300.0)
    assert got.tolist() == [[7.0, 70.0], [10.0, 100.0]]


def test_areas_to_points_keeps_every_household():
    areas = gdf(
        [shapely.box(0, 0, 200, 100), shapely.box(1000, 1000, 1010, 1010)],
        households=[100, 7],
    )
    points, rows, shares = areas_to_points(areas, ["households"], spacing_m=50)
    assert np.bincount(rows).tolist() == [8, 1]  # a 4 x 2 lattice; the tiny area gets 1
    assert shares[rows == 0, 0].tolist() == [12.5] * 8 and shares[rows == 1, 0].tolist() == [7]
    assert shapely.get_coordinates(points[rows == 0]).min(axis=0).tolist() == [25.0, 25.0]


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_sum_within_radius_adds_up_over_point_sets(seed):
    rng = np.random.default_rng(seed)
    a, b = rng.uniform(0, 800, (150, 2)), rng.uniform(200, 1500, (90, 2))
    queries = rng.uniform(0, 1500, (50, 2))
    both = sum_within_radius(queries, np.vstack([a, b]), np.ones(240), 250.0)
    parts = sum_within_radius(queries, a, np.ones(150), 250.0) + sum_within_radius(
        queries, b, np.ones(90), 250.0
    )
    assert both.tolist() == parts.tolist()


def test_sum_within_radius_in_blocks_equals_one_pass(monkeypatch):
    """More query points than one block (net._QUERY_BLOCK): the blockwise sums are the sums of
    a single pass over all queries."""
    rng = np.random.default_rng(7)
    points = rng.uniform(0, 2000, (3000, 2))
    weights = np.c_[rng.integers(1, 4, 3000), rng.uniform(0, 1, 3000)]
    queries = rng.uniform(-100, 2100, (net._QUERY_BLOCK + 1234, 2))
    blocks = sum_within_radius(queries, points, weights, 150.0)
    monkeypatch.setattr(net, "_QUERY_BLOCK", len(queries) + 1)
    one_pass = sum_within_radius(queries, points, weights, 150.0)
    np.testing.assert_array_equal(blocks, one_pass)
    assert blocks.shape == (len(queries), 2) and blocks[:, 0].sum() > 0


def test_spatial_order_is_a_permutation_that_groups_neighbours():
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 10_000, (5000, 2))
    order = net._spatial_order(xy)
    assert sorted(order.tolist()) == list(range(5000))
    # consecutive points in Z-order are far closer than consecutive points in input order
    step = np.hypot(*np.diff(xy[order], axis=0).T).mean()
    assert step < np.hypot(*np.diff(xy, axis=0).T).mean() / 5
    assert net._spatial_order(np.zeros((0, 2))).size == 0


@pytest.mark.parametrize("use_scipy", [True, False])
def test_pre_snapped_points_give_the_same_distances(use_scipy):
    rng = np.random.default_rng(11)
    lines = [shapely.LineString([(i * 50, 0), (i * 50, 250)]) for i in range(6)]
    lines += [shapely.LineString([(0, j * 50), (250, j * 50)]) for j in range(6)]
    network = build_network(gdf(lines))
    sources = gdf(shapely.points(rng.uniform(0, 250, (4, 2))))
    targets = gdf(shapely.points(rng.uniform(0, 250, (200, 2))))
    plain = nearest_source_distance(targets, sources, network=network, use_scipy=use_scipy)
    snapped = nearest_source_distance(
        targets,
        sources,
        network=network,
        use_scipy=use_scipy,
        snapped_targets=snap_points(network, targets.geometry.values),
        snapped_sources=snap_points(network, sources.geometry.values),
    )
    np.testing.assert_array_equal(plain.distance, snapped.distance)
    np.testing.assert_array_equal(plain.source, snapped.source)
    # the given positions are the ones used: a target's access leg 100 m longer adds 100 m
    given = snap_points(network, targets.geometry.values)
    longer = net.SnappedPoints(
        given.segment, given.offset, given.access + np.r_[100.0, [0.0] * 199]
    )
    moved = nearest_source_distance(
        targets, sources, network=network, use_scipy=use_scipy, snapped_targets=longer
    )
    assert moved.distance[0] == pytest.approx(plain.distance[0] + 100.0)
    np.testing.assert_array_equal(moved.distance[1:], plain.distance[1:])
    with pytest.raises(ValueError, match="2 snapped positions for 200 points"):
        nearest_source_distance(
            targets,
            sources,
            network=network,
            snapped_targets=snap_points(network, targets.geometry.values[:2]),
        )


def _plain_graph(network):
    return net._Graph(network.indptr, network.indices, network.weights)


def test_chains_of_degree_two_nodes_are_contracted():
    # a T: a 5-vertex road west-east, a 3-vertex road north from its middle; a ring of 4
    # vertices without any junction; a road that loops back onto its own start
    network = build_network(
        gdf(
            [
                shapely.LineString([(0, 0), (10, 0), (20, 0), (30, 0), (40, 0)]),
                shapely.LineString([(20, 0), (20, 10), (20, 25)]),
                shapely.LineString([(100, 0), (110, 0), (110, 10), (100, 10), (100, 0)]),
                shapely.LineString([(200, 0), (230, 0), (230, 40), (200, 40), (200, 0)]),
                shapely.LineString([(200, 0), (190, 0)]),
            ]
        )
    )
    chains = network.chains
    xy = network.node_xy[chains.kept]
    kept = {tuple(p) for p in xy.tolist()}
    # junctions and dead ends are kept; of the ring one node; the loop keeps its junction
    assert {(0.0, 0.0), (40.0, 0.0), (20.0, 0.0), (20.0, 25.0), (200.0, 0.0), (190.0, 0.0)} <= kept
    assert len(kept) == 7
    lengths = sorted(np.round(chains.chain_length, 6).tolist())
    assert lengths == [20.0, 20.0, 25.0, 40.0, 140.0]
    # the chain (20,0)-(20,25) has its inner node 10 m from one end and 15 m from the other
    inner = int(np.flatnonzero((network.node_xy == (20.0, 10.0)).all(axis=1))[0])
    c = chains.chain[inner]
    ends = {tuple(network.node_xy[chains.kept[chains.chain_a[c]]])}
    assert chains.position[inner] == (10.0 if ends == {(20.0, 0.0)} else 15.0)
    assert chains.chain[chains.kept].tolist() == [-1] * 7


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 100_000))
def test_contracted_search_equals_the_search_on_every_node(seed):
    """Random roads on a lattice (shared vertices, rings, loops, parallel pieces, isolated
    rings), seeds on any node: distances equal the plain search on the whole graph, and the
    source named is one at that distance."""
    rng = np.random.default_rng(seed)
    lines = []
    for _ in range(rng.integers(1, 12)):
        xy = rng.integers(0, 6, (rng.integers(2, 8), 2)).astype(float) * 10
        if rng.random() < 0.2:
            xy = np.r_[xy, xy[:1]]
        xy = xy[np.r_[True, (np.diff(xy, axis=0) != 0).any(axis=1)]]
        if len(xy) >= 2:
            lines.append(shapely.LineString(xy))
    lines.append(shapely.LineString([(100, 100), (110, 100), (110, 110), (100, 110), (100, 100)]))
    network = build_network(gdf(lines))
    m, n_sources = int(rng.integers(1, 8)), int(rng.integers(1, 6))
    seed_node = rng.integers(0, network.n_nodes, m)
    seed_dist = rng.uniform(0, 30, m)
    seed_src = rng.integers(0, n_sources, m)
    limit = np.inf if rng.random() < 0.7 else float(rng.uniform(5, 60))
    plain, _ = net._dijkstra_heap(_plain_graph(network), seed_node, seed_dist, seed_src, limit)
    for use_scipy in (True, False):
        dist, src = net._node_distances(
            network, seed_node, seed_dist, seed_src, n_sources, limit, use_scipy
        )
        np.testing.assert_allclose(dist, plain, rtol=0, atol=1e-9)
        assert ((src >= 0) == np.isfinite(dist)).all()
        for v in np.flatnonzero(np.isfinite(dist)):
            own = seed_src == src[v]
            d, _ = net._dijkstra_heap(
                _plain_graph(network), seed_node[own], seed_dist[own], seed_src[own], np.inf
            )
            assert d[v] == pytest.approx(dist[v], abs=1e-9)


def test_seeds_inside_one_chain_reach_its_nodes_along_it():
    # one 100 m road in ten pieces: sources at 20 m and 70 m; the node at 40 m is 20 m from the
    # first, the node at 50 m is 20 m from the second (walking along, not via the ends)
    network = build_network(gdf([shapely.LineString([(x, 0) for x in range(0, 101, 10)])]))
    assert len(network.chains.kept) == 2
    node_at = {int(x): i for i, (x, _) in enumerate(network.node_xy.tolist())}
    seed_node = np.array([node_at[20], node_at[70]])
    dist, src = net._node_distances(
        network, seed_node, np.zeros(2), np.array([0, 1]), 2, np.inf, True
    )
    assert dist[node_at[40]] == pytest.approx(20.0)
    assert src[node_at[40]] == 0
    assert dist[node_at[50]] == pytest.approx(20.0)
    assert src[node_at[50]] == 1
    assert dist[node_at[0]] == pytest.approx(20.0) and src[node_at[0]] == 0
    assert dist[node_at[100]] == pytest.approx(30.0) and src[node_at[100]] == 1
