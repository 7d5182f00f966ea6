"""Walking distance along a road network, and the spatial helpers coverage and scoring share.

Pure Python (numpy, shapely 2, optionally scipy). Works in a projected, metric CRS.

The network
    :func:`build_network` turns road centrelines into a graph. Every vertex of every line is a
    node (coordinates equal to :data:`NODE_PRECISION_M` are one node, so OSM ways that share a
    node and centreline data split at junctions both connect); line *end points* closer than
    ``node_tolerance_m`` are merged into one junction (digitising gaps). Lines that cross without
    a shared vertex (bridges, tunnels) do not connect. Edges are the straight pieces between
    consecutive vertices, weighted by their length, walkable both ways.

Network distance between two points
    = straight-line *access leg* from the point to its nearest position on the nearest road
    piece (STRtree ``dwithin`` search, exact point-to-segment distance in numpy) + the shortest
    distance along the roads + the access leg at the other end. Points on the same road piece
    may also walk directly along it. Every geometry is reduced to its representative point
    first (:func:`representative_points`).

Nearest source
    :func:`nearest_source_distance` runs ONE multi-source Dijkstra from all sources together
    (scipy.sparse.csgraph when scipy is importable, otherwise a heap-based Dijkstra in pure
    Python/numpy with the same result) and reads off, for every target, the distance to the
    nearest source and which source it is. The search runs on the junctions and dead ends only:
    each chain of nodes that merely continue a road (two neighbours) is one edge, and the
    distances of its nodes are read off its two ends afterwards (:class:`_Chains`, made once
    per network). With no network it falls back to the straight-line
    distance between representative points (scipy KD-tree, else brute force or STRtree).

Shared helpers
    :func:`representative_points` (a point for any geometry), :func:`areas_to_points`
    (households in areas -> weighted lattice points) and :func:`sum_within_radius` (weighted
    count of points within a radius of many query points, in banded prefix sums, no pairs).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import shapely

from .errors import InputDataError, ParameterError
from .feedback import Feedback, ensure_feedback
from .kerbs import format_ids
from .text import QT_TRANSLATE_NOOP, Message

try:  # scipy is optional: QGIS installs do not always ship it
    from scipy.sparse import csr_matrix as _csr_matrix
    from scipy.sparse.csgraph import dijkstra as _scipy_dijkstra
    from scipy.spatial import cKDTree as _KDTree
except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
    _csr_matrix = None
    _scipy_dijkstra = None
    _KDTree = None

#: Vertices whose coordinates agree to this precision are the same node (metres). Sub-millimetre
#: noise from reprojection must not break a junction.
NODE_PRECISION_M = 0.001

#: Line end points closer than this are merged into one junction: digitising gaps in council
#: centreline data and OSM are well under half a metre; merging further would join roads that
#: only pass close to each other.
DEFAULT_NODE_TOLERANCE_M = 0.5

#: A point further than this from every road gets a warning: its walking distance then contains
#: a long straight-line leg to the network (the road layer may not cover it).
DEFAULT_SNAP_WARNING_M = 100.0

#: Radii of the cheap searches for the road piece nearest to a point (metres): kerb-side
#: candidates and addresses are almost all within 25 m of a centreline; points with no road
#: within the last radius are snapped by a full nearest-neighbour search.
SNAP_SEARCH_M = (25.0, 100.0)

#: Spacing of the lattice that spreads an area's households over the area (metres). 50 m is
#: about one street block: fine enough for 300-400 m catchments, ~400 points per km^2.
DEFAULT_AREA_POINT_SPACING_M = 50.0

#: Height of the horizontal bands in :func:`sum_within_radius` (metres). A point is counted
#: when it lies within the circle's chord at its band's centre line, so membership is exact
#: east-west and within half a band (5 m) north-south at the top and bottom of the circle.
DEFAULT_BAND_M = 10.0

#: Upper bound on lattice points; beyond it the spacing is widened (and a warning given).
MAX_AREA_POINTS = 5_000_000

_BRUTE_FORCE_SOURCES = 512  # without scipy, nearest by brute force up to this many sources
_ORDER_CELL_M = 50.0  # cell of the Z-order that sorts query points by place (see _spatial_order)
_QUERY_BLOCK = 16_384  # query points per block in sum_within_radius: temporaries stay in cache
_LINE_TYPES = (1, 5)  # LineString, MultiLineString


def _spatial_order(xy: np.ndarray) -> np.ndarray:
    """An order of the points along a Z-order (Morton) curve over ``_ORDER_CELL_M`` cells.

    Tree queries and gathers made in this order touch nearby memory one after the other; in
    input order (often random in space) a million points miss the CPU caches on almost every
    query. Only the speed depends on it: callers map the results back to the input order.
    """
    if len(xy) == 0:
        return np.zeros(0, dtype=np.int64)
    low = xy.min(axis=0)
    cell = max(_ORDER_CELL_M, float((xy.max(axis=0) - low).max()) / 65_535.0)
    q = np.clip(np.floor((xy - low) / cell), 0, 65_535).astype(np.uint64)

    def spread(v):  # bits b15..b0 -> b30 .. b2 b0 (a zero bit between every two)
        for shift, mask in ((8, 0x00FF00FF), (4, 0x0F0F0F0F), (2, 0x33333333), (1, 0x55555555)):
            v = (v | (v << np.uint64(shift))) & np.uint64(mask)
        return v

    return np.argsort(spread(q[:, 0]) | (spread(q[:, 1]) << np.uint64(1)), kind="stable")


def _first_ids(ids, mask) -> str:
    """The ids where ``mask`` is true, for a message (first few, and how many more)."""
    return format_ids(pd.Index(ids)[np.asarray(mask)])


def geometry_array(data) -> np.ndarray:
    """The geometries of a GeoDataFrame / GeoSeries / sequence as a numpy object array."""
    if hasattr(data, "geometry"):
        return np.asarray(data.geometry.array, dtype=object)
    if hasattr(data, "array") and hasattr(data, "crs"):
        return np.asarray(data.array, dtype=object)
    return np.asarray(data, dtype=object).ravel()


def ids_of(data) -> pd.Index:
    """Feature ids for messages: the index of a GeoDataFrame/GeoSeries, else 0..n-1."""
    if hasattr(data, "index"):
        return pd.Index(data.index)
    return pd.RangeIndex(len(geometry_array(data)))


def require_projected(data, layer: str) -> None:
    """Raise when a layer is in a geographic CRS (degrees): distances need metres."""
    crs = getattr(data, "crs", None)
    if crs is not None and getattr(crs, "is_geographic", False):
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "the layer is in {crs} (degrees); reproject it to a metric CRS such as "
                    "EPSG:27700 (British National Grid) before running this step",
                ),
                crs=crs.to_string(),
            ),
            layer,
        )


def representative_points(geometries) -> np.ndarray:
    """One point per geometry: points as they are, the middle of lines (half-way along their
    length), a point inside polygons (``point_on_surface``). Missing stays missing (None)."""
    geoms = geometry_array(geometries)
    out = np.empty(len(geoms), dtype=object)
    if len(geoms) == 0:
        return out
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    types = np.full(len(geoms), -1)
    types[present] = shapely.get_type_id(geoms[present])
    is_point = types == 0
    is_line = np.isin(types, (1, 2, 5))
    other = present & ~is_point & ~is_line
    out[is_point] = geoms[is_point]
    if is_line.any():
        out[is_line] = shapely.line_interpolate_point(geoms[is_line], 0.5, normalized=True)
    if other.any():
        out[other] = shapely.point_on_surface(geoms[other])
    return out


def point_area_rows(areas, points) -> np.ndarray:
    """Row position of the area containing each point (first area on a shared boundary), -1
    for points outside every area or without geometry."""
    pts = representative_points(points)
    rows = np.full(len(pts), -1, dtype=np.int64)
    ok = np.flatnonzero(~shapely.is_missing(pts))
    if len(ok) == 0 or len(areas) == 0:
        return rows
    tree = shapely.STRtree(geometry_array(areas))
    p, a = tree.query(pts[ok], predicate="intersects")
    order = np.lexsort((a, p))
    p, a = p[order], a[order]
    first = np.r_[True, p[1:] != p[:-1]] if len(p) else np.zeros(0, bool)
    rows[ok[p[first]]] = a[first]
    return rows


@dataclass(frozen=True)
class RoadNetwork:
    """A walkable graph built from road centrelines (see module docstring).

    ``seg_*`` arrays describe the straight road pieces (one per pair of consecutive vertices):
    their end nodes, length, geometry and the input road row they came from. ``indptr``,
    ``indices`` and ``weights`` are the undirected graph in CSR form (both directions).
    """

    node_xy: np.ndarray
    seg_u: np.ndarray
    seg_v: np.ndarray
    seg_length: np.ndarray
    seg_geoms: np.ndarray
    seg_road: np.ndarray
    seg_xy: np.ndarray
    indptr: np.ndarray
    indices: np.ndarray
    weights: np.ndarray
    tree: shapely.STRtree
    crs: object = None

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def n_segments(self) -> int:
        return len(self.seg_u)

    @cached_property
    def chains(self) -> _Chains:
        """The graph with its chains of degree-2 nodes contracted, made on first use."""
        return _contract_chains(_Graph(self.indptr, self.indices, self.weights))


def _merge_labels(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected-component labels (smallest member) of the pairs (i, j) over n items."""
    labels = np.arange(n)
    if len(i) == 0:
        return labels
    while True:
        low = np.minimum(labels[i], labels[j])
        new = labels.copy()
        np.minimum.at(new, i, low)
        np.minimum.at(new, j, low)
        new = new[new]  # pointer jumping: converges in O(log diameter) rounds
        if np.array_equal(new, labels):
            return labels
        labels = new


#: Packed int64 keys are used while every key stays below this (tests lower it to force the
#: general path).
_PACK_LIMIT = 2**63


def _first_and_inverse(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(key, return_index=True, return_inverse=True)[1:]`` for 1-D int64 keys, with
    the faster unstable sort: the first row of each key is the smallest row among its group."""
    order = np.argsort(key)
    ordered = key[order]
    new = np.empty(len(key), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    first_index = np.minimum.reduceat(order, np.flatnonzero(new)) if len(key) else order
    inverse = np.empty(len(key), dtype=np.intp)
    inverse[order] = np.cumsum(new) - 1
    return first_index, inverse


def _unique_vertices(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, axis=0, return_index=True, return_inverse=True)[1:]`` for (n, 2) int64
    vertex keys. np.unique orders the rows by (x, y); when the key range allows, each row is
    packed into one int64 ``(x - x0) * span_y + (y - y0)``, which keeps that order and sorts
    far faster than the rows."""
    x0, y0 = (int(v) for v in keys.min(axis=0))
    x1, y1 = (int(v) for v in keys.max(axis=0))
    span_y = y1 - y0 + 1
    if (x1 - x0 + 1) * span_y >= _PACK_LIMIT:  # Python ints: the check itself cannot overflow
        _, first_index, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        return first_index, inverse.ravel()
    # the differences fit in int64 (their product does), so the subtractions cannot overflow
    packed = (keys[:, 0] - np.int64(x0)) * np.int64(span_y) + (keys[:, 1] - np.int64(y0))
    return _first_and_inverse(packed)


def _csr_edges(lo: np.ndarray, hi: np.ndarray, w: np.ndarray, n_nodes: int):
    """Undirected pieces (lo < hi) -> CSR (indptr, indices, weights) in both directions, rows
    sorted by column; parallel pieces between the same two nodes are reduced to the shortest.
    (``lo * n + hi`` fits an int64 for any network that fits in memory.)"""
    indptr = np.zeros(n_nodes + 1, dtype=np.int64)
    if len(lo) == 0:
        return indptr, np.zeros(0, dtype=np.int64), np.zeros(0)
    # one int64 key per node pair: lo * n + hi orders the pairs by (lo, hi)
    key = lo * np.int64(n_nodes) + hi
    order = np.argsort(key)
    key = key[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    w = np.minimum.reduceat(w[order], starts)  # w > 0, never NaN: the shortest piece
    lo, hi = lo[order[starts]], hi[order[starts]]
    src = np.r_[lo, hi]
    dst = np.r_[hi, lo]
    wts = np.r_[w, w]
    order = np.argsort(src * np.int64(n_nodes) + dst)  # the keys are distinct
    src, dst, wts = src[order], dst[order], wts[order]
    np.cumsum(np.bincount(src, minlength=n_nodes), out=indptr[1:])
    return indptr, dst.astype(np.int64), wts.astype(np.float64)


def build_network(
    roads,
    *,
    node_tolerance_m: float = DEFAULT_NODE_TOLERANCE_M,
    layer_name: str = "roads",
    feedback: Feedback | None = None,
) -> RoadNetwork:
    """Build the walking graph from a road centreline layer (LineString / MultiLineString).

    Missing or empty geometries are skipped with a warning; any other geometry type raises
    :class:`InputDataError` naming the feature.
    """
    feedback = ensure_feedback(feedback)
    require_projected(roads, layer_name)
    if node_tolerance_m < 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The node tolerance must be 0 m or more (got {value})."
                ),
                value=node_tolerance_m,
            )
        )
    geoms = geometry_array(roads)
    ids = ids_of(roads)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} feature(s) without geometry were "
                    "left out of the road network (first: {ids}).",
                ),
                layer=layer_name,
                count=int(missing.sum()),
                ids=_first_ids(ids, missing),
            )
        )
    types = np.full(len(geoms), -1)
    types[~missing] = shapely.get_type_id(geoms[~missing])
    bad = ~missing & ~np.isin(types, _LINE_TYPES)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "road centrelines must be lines, but this feature is a {geometry_type}; "
                    "choose a line layer of road centrelines",
                ),
                geometry_type=geoms[first].geom_type,
            ),
            layer_name,
            ids[first],
        )
    rows = np.flatnonzero(~missing)
    parts, part_row = shapely.get_parts(geoms[rows], return_index=True)
    part_row = rows[part_row]
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    feedback.check_canceled()

    # nodes: unique vertices at NODE_PRECISION_M
    keys = np.round(coords / NODE_PRECISION_M).astype(np.int64)
    if len(keys):
        first_index, vertex_node = _unique_vertices(keys)
        node_xy = coords[first_index]
    else:
        vertex_node = np.zeros(0, dtype=np.int64)
        node_xy = np.zeros((0, 2))

    # merge line end points within the tolerance (one junction)
    if len(coords) and node_tolerance_m > 0:
        starts = np.r_[True, coord_part[1:] != coord_part[:-1]]
        ends = np.r_[coord_part[1:] != coord_part[:-1], True]
        is_end = np.zeros(len(node_xy), dtype=bool)
        is_end[vertex_node[starts | ends]] = True
        end_nodes = np.flatnonzero(is_end)  # = np.unique of the end vertices' nodes
        end_pts = shapely.points(node_xy[end_nodes])
        tree = shapely.STRtree(end_pts)
        a, b = tree.query(end_pts, predicate="dwithin", distance=node_tolerance_m)
        keep = a < b
        labels = _merge_labels(len(node_xy), end_nodes[a[keep]], end_nodes[b[keep]])
        uniq, node_of_label = np.unique(labels, return_inverse=True)
        vertex_node = node_of_label.ravel()[vertex_node]
        node_xy = node_xy[uniq]

    same_part = coord_part[1:] == coord_part[:-1] if len(coords) else np.zeros(0, bool)
    start_idx = np.flatnonzero(same_part)
    a_xy = coords[start_idx]
    b_xy = coords[start_idx + 1]
    seg_u = vertex_node[start_idx]
    seg_v = vertex_node[start_idx + 1]
    seg_length = np.hypot(*(b_xy - a_xy).T) if len(start_idx) else np.zeros(0)
    seg_road = part_row[coord_part[start_idx]]
    positive = seg_length > 0
    seg_u, seg_v, seg_length, seg_road = (
        seg_u[positive],
        seg_v[positive],
        seg_length[positive],
        seg_road[positive],
    )
    seg_xy = np.stack([a_xy[positive], b_xy[positive]], axis=1).reshape(-1, 2, 2)
    seg_geoms = shapely.linestrings(seg_xy) if len(seg_xy) else np.empty(0, dtype=object)

    # undirected graph, parallel pieces reduced to the shortest
    graph = seg_u != seg_v
    lo = np.minimum(seg_u[graph], seg_v[graph])
    hi = np.maximum(seg_u[graph], seg_v[graph])
    indptr, indices, weights = _csr_edges(lo, hi, seg_length[graph], len(node_xy))
    if len(node_xy) == 0:
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Layer '{layer}': no road lines; distances will be straight lines."
                ),
                layer=layer_name,
            )
        )
    return RoadNetwork(
        node_xy=node_xy,
        seg_u=seg_u,
        seg_v=seg_v,
        seg_length=seg_length,
        seg_geoms=seg_geoms,
        seg_road=seg_road,
        seg_xy=seg_xy,
        indptr=indptr,
        indices=indices,
        weights=weights,
        tree=shapely.STRtree(seg_geoms),
        crs=getattr(roads, "crs", None),
    )


@dataclass(frozen=True)
class SnappedPoints:
    """Where points meet the network: road piece index, distance along it from its first
    vertex (``offset``) and the straight-line access leg (``access``). Points that could not be
    snapped (missing geometry, empty network) have ``segment == -1`` and infinite access."""

    segment: np.ndarray
    offset: np.ndarray
    access: np.ndarray

    def __len__(self) -> int:
        return len(self.segment)

    def take(self, rows) -> SnappedPoints:
        """The snapped positions of some of the points (row positions or a boolean mask)."""
        return SnappedPoints(self.segment[rows], self.offset[rows], self.access[rows])


def snap_points(network: RoadNetwork, geometries) -> SnappedPoints:
    """Snap each geometry's representative point to its nearest position on the network."""
    points = representative_points(geometries)
    n = len(points)
    segment = np.full(n, -1, dtype=np.int64)
    offset = np.zeros(n)
    access = np.full(n, np.inf)
    valid = ~shapely.is_missing(points)
    if n == 0 or network.n_segments == 0 or not valid.any():
        return SnappedPoints(segment, offset, access)
    valid_idx = np.flatnonzero(valid)
    xy = shapely.get_coordinates(points[valid_idx]).reshape(-1, 2)
    # query in spatial order (the first-match choice below does not depend on the order)
    order = _spatial_order(xy)
    valid_idx, xy = valid_idx[order], xy[order]
    # candidate pieces within growing search radii (cheap), exact nearest among them in numpy;
    # points with no road even that close fall back to the tree's nearest-neighbour search
    pending = np.arange(len(valid_idx))
    rounds = []  # (point, piece) candidate pairs; each point's pairs come from one round only
    for radius in SNAP_SEARCH_M:
        hit, seg = network.tree.query(
            points[valid_idx[pending]], predicate="dwithin", distance=radius
        )
        rounds.append((pending[hit], seg))
        found = np.zeros(len(pending), dtype=bool)
        found[hit] = True
        pending = pending[~found]
        if len(pending) == 0:
            break
    if len(pending):
        far_inp, far_seg = network.tree.query_nearest(points[valid_idx[pending]], all_matches=False)
        rounds.append((pending[far_inp], far_seg))
    for inp, seg in rounds:
        if len(inp) == 0:
            continue
        if (inp[1:] < inp[:-1]).any():  # the tree answers in input order; make sure
            order = np.argsort(inp, kind="stable")
            inp, seg = inp[order], seg[order]
        # blocks of whole points (a block ends where a point's pairs start): the temporaries
        # stay in the CPU cache
        starts = np.flatnonzero(np.r_[True, inp[1:] != inp[:-1]])
        at = np.searchsorted(starts, np.arange(0, len(inp), _SNAP_BLOCK), side="right") - 1
        cuts = np.unique(np.r_[starts[at], len(inp)]).tolist()
        for i0, i1 in zip(cuts[:-1], cuts[1:]):
            b_inp, b_seg = inp[i0:i1], seg[i0:i1]
            dist, t = _point_segment(
                np.take(xy, b_inp, axis=0), np.take(network.seg_xy, b_seg, axis=0)
            )
            pick = _nearest_pairs(b_inp, b_seg, dist)
            seg_p = b_seg[pick]
            rows = valid_idx[b_inp[pick]]
            segment[rows] = seg_p
            access[rows] = dist[pick]
            offset[rows] = t[pick] * network.seg_length[seg_p]
    return SnappedPoints(segment, offset, access)


_SNAP_BLOCK = 65_536  # candidate pairs per block in snap_points


def _nearest_pairs(inp: np.ndarray, seg: np.ndarray, dist: np.ndarray) -> np.ndarray:
    """Position of the chosen pair in each run of equal ``inp``: the smallest ``dist`` (NaN
    only when all are NaN), between equal distances the smallest ``seg``. The same choice as
    sorting by (inp, dist, seg) and taking the first of each point, without the sort."""
    starts = np.flatnonzero(np.r_[True, inp[1:] != inp[:-1]])
    counts = np.diff(np.r_[starts, len(inp)])
    nearest = np.repeat(np.fmin.reduceat(dist, starts), counts)
    best = (dist == nearest) | np.isnan(nearest)
    smallest = np.minimum.reduceat(np.where(best, seg, np.iinfo(seg.dtype).max), starts)
    pick = np.flatnonzero(best & (seg == np.repeat(smallest, counts)))
    if len(pick) != len(starts):  # a (point, piece) pair given twice: the same values, keep one
        pick = pick[np.r_[True, inp[pick][1:] != inp[pick][:-1]]]
    return pick


def _point_segment(p: np.ndarray, seg_xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distance from points to segments and the position (0-1) of the closest point."""
    a = seg_xy[:, 0, :]
    ab = seg_xy[:, 1, :] - a
    length2 = np.einsum("ij,ij->i", ab, ab)
    t = np.einsum("ij,ij->i", p - a, ab) / np.where(length2 > 0, length2, 1.0)
    t = np.clip(t, 0.0, 1.0)
    closest = a + t[:, None] * ab
    return np.hypot(*(p - closest).T), t


def _nearest_xy(target_xy: np.ndarray, source_xy: np.ndarray, limit: float):
    """Nearest source point to each target point: (distance, index); inf/-1 beyond ``limit``.
    Between equidistant sources the choice is deterministic but unspecified."""
    dist = np.full(len(target_xy), np.inf)
    index = np.full(len(target_xy), -1, dtype=np.int64)
    if len(target_xy) == 0 or len(source_xy) == 0:
        return dist, index
    if _KDTree is not None:
        d, i = _KDTree(source_xy).query(target_xy, k=1)
        dist, index = np.asarray(d, dtype=float), np.asarray(i, dtype=np.int64)
    elif len(source_xy) <= _BRUTE_FORCE_SOURCES:
        chunk = max(1, 4_000_000 // len(source_xy))
        for start in range(0, len(target_xy), chunk):
            part = target_xy[start : start + chunk]
            d2 = ((part[:, None, :] - source_xy[None, :, :]) ** 2).sum(axis=-1)
            i = np.argmin(d2, axis=1)
            index[start : start + chunk] = i
            dist[start : start + chunk] = np.sqrt(d2[np.arange(len(part)), i])
    else:
        tree = shapely.STRtree(shapely.points(source_xy))
        (inp, hit), d = tree.query_nearest(
            shapely.points(target_xy), return_distance=True, all_matches=False
        )
        dist[inp], index[inp] = d, hit
    beyond = dist > limit
    dist[beyond] = np.inf
    index[beyond] = -1
    return dist, index


@dataclass(frozen=True)
class NearestSource:
    """For every target: distance to the nearest source (``inf`` when none within the limit or
    unreachable), that source's position in the sources (``-1`` when none) and the method."""

    distance: np.ndarray
    source: np.ndarray
    method: str


def _dijkstra_scipy(graph: _Graph, seed_node, seed_dist, seed_src, n_sources, limit):
    n = graph.n_nodes
    size = n + n_sources
    # The graph's CSR rows are already sorted by column without duplicates (_csr_edges):
    # append one row per source (a virtual node) instead of re-sorting the whole graph on
    # every call. Seeds: sorted by source and node, the cheapest of duplicates kept (csr
    # construction would add them up).
    order = np.lexsort((seed_dist, seed_node, seed_src))
    src, node, weight = seed_src[order], seed_node[order], seed_dist[order]
    keep = np.r_[True, (src[1:] != src[:-1]) | (node[1:] != node[:-1])][: len(src)]
    src, node, weight = src[keep], node[keep], weight[keep]
    indptr = np.r_[
        graph.indptr, graph.indptr[-1] + np.cumsum(np.bincount(src, minlength=n_sources))
    ]
    matrix = _csr_matrix(
        (np.r_[graph.weights, weight], np.r_[graph.indices, node], indptr), shape=(size, size)
    )
    dist, _, sources = _scipy_dijkstra(
        matrix,
        directed=True,
        indices=np.arange(n, size),
        min_only=True,
        return_predecessors=True,
        limit=limit,
    )
    source = np.where(sources[:n] >= 0, sources[:n] - n, -1)
    return dist[:n], source


def _dijkstra_heap(graph: _Graph, seed_node, seed_dist, seed_src, limit):
    """Multi-source Dijkstra with a binary heap: one run from all seeds together."""
    n = graph.n_nodes
    dist = [np.inf] * n
    source = [-1] * n
    indptr = graph.indptr.tolist()
    indices = graph.indices.tolist()
    weights = graph.weights.tolist()
    heap = [
        (float(d), int(s), int(v)) for d, s, v in zip(seed_dist, seed_src, seed_node) if d <= limit
    ]
    heapq.heapify(heap)
    done = [False] * n
    while heap:
        d, s, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        dist[u] = d
        source[u] = s
        for k in range(indptr[u], indptr[u + 1]):
            v = indices[k]
            if done[v]:
                continue
            nd = d + weights[k]
            if nd <= limit and nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, s, v))
    return np.asarray(dist, dtype=float), np.asarray(source, dtype=np.int64)


@dataclass(frozen=True)
class _Graph:
    """A weighted graph in CSR form (both directions of every edge)."""

    indptr: np.ndarray
    indices: np.ndarray
    weights: np.ndarray

    @property
    def n_nodes(self) -> int:
        return len(self.indptr) - 1


@dataclass(frozen=True)
class _Chains:
    """The network with every chain of degree-2 nodes replaced by one edge.

    Most nodes of a road network only continue a road (514k of 779k at region scale): the
    shortest-path search runs on the junctions and dead ends (``kept``) alone, and the distance
    of a chain's inner node is then read off its two ends. Per original node: ``index`` in the
    contracted graph (-1 inside a chain), ``chain`` (-1 for kept nodes) and ``position``, the
    distance along its chain from the chain's end ``chain_a``. Chains run between contracted
    nodes ``chain_a`` and ``chain_b`` (equal for a loop) over ``chain_length`` metres.
    """

    graph: _Graph
    kept: np.ndarray
    index: np.ndarray
    inner: np.ndarray
    chain: np.ndarray
    position: np.ndarray
    chain_a: np.ndarray
    chain_b: np.ndarray
    chain_length: np.ndarray


def _walk_chains(indptr, indices, weights, kept):
    """Walk every chain from both of its kept ends at once, one node per step.

    Returns per visit (node, walk, position from the walk's start) and per walk (start, end,
    length); a walk's id is the CSR edge it starts on.
    """
    n = len(indptr) - 1
    degree = np.diff(indptr)
    edge_src = np.repeat(np.arange(n), degree)
    # the two neighbours of every degree-2 node (only inner nodes' entries are read)
    two = np.flatnonzero(degree == 2)
    nb0, nb1 = np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64)
    w0, w1 = np.zeros(n), np.zeros(n)
    nb0[two], nb1[two] = indices[indptr[two]], indices[indptr[two] + 1]
    w0[two], w1[two] = weights[indptr[two]], weights[indptr[two] + 1]
    walk = np.flatnonzero(kept[edge_src] & ~kept[indices])
    prev, cur, pos = edge_src[walk], indices[walk], weights[walk]
    start = prev.copy()
    end = np.full(len(walk), -1, dtype=np.int64)
    length = np.zeros(len(walk))
    slot = np.arange(len(walk))
    visits_node, visits_walk, visits_pos = [], [], []
    while len(cur):
        visits_node.append(cur)
        visits_walk.append(slot)
        visits_pos.append(pos)
        back = nb0[cur] == prev
        nxt = np.where(back, nb1[cur], nb0[cur])
        pos = pos + np.where(back, w1[cur], w0[cur])
        done = kept[nxt]
        end[slot[done]] = nxt[done]
        length[slot[done]] = pos[done]
        go = ~done
        prev, cur, pos, slot = cur[go], nxt[go], pos[go], slot[go]
    cat = np.concatenate if visits_node else (lambda _: np.zeros(0, dtype=np.int64))
    return cat(visits_node), cat(visits_walk), cat(visits_pos), start, end, length


def _contract_chains(graph: _Graph) -> _Chains:
    """Contract the chains of degree-2 nodes of ``graph`` (see :class:`_Chains`)."""
    indptr, indices, weights = graph.indptr, graph.indices, graph.weights
    n = graph.n_nodes
    kept = np.diff(indptr) != 2
    while True:
        node, slot, pos, start, end, length = _walk_chains(indptr, indices, weights, kept)
        seen = np.zeros(n, bool)
        seen[node] = True
        ring = ~kept & ~seen
        if not ring.any():
            break
        # rings of degree-2 nodes with no junction: keep one node of each and walk again
        edge_src = np.repeat(np.arange(n), np.diff(indptr))
        both = ring[edge_src] & ring[indices]
        labels = _merge_labels(n, edge_src[both], indices[both])
        kept = kept | (ring & (labels == np.arange(n)))
    # every chain was walked from both ends: keep the walk that started first
    order = np.lexsort((slot, node))
    first = np.r_[True, node[order][1:] != node[order][:-1]] if len(node) else np.zeros(0, bool)
    node, slot, pos = node[order][first], slot[order][first], pos[order][first]
    walks, chain_of_node = np.unique(slot, return_inverse=True)
    index = np.full(n, -1, dtype=np.int64)
    kept_nodes = np.flatnonzero(kept)
    index[kept_nodes] = np.arange(len(kept_nodes))
    chain = np.full(n, -1, dtype=np.int64)
    chain[node] = chain_of_node.ravel()
    position = np.zeros(n)
    position[node] = pos
    chain_a, chain_b = index[start[walks]], index[end[walks]]
    chain_length = length[walks]
    # contracted graph: edges between kept nodes, and one edge per chain (loops left out)
    edge_src = np.repeat(np.arange(n), np.diff(indptr))
    direct = kept[edge_src] & kept[indices] & (edge_src < indices)  # each edge once
    loop = chain_a == chain_b
    a, b = index[edge_src[direct]], index[indices[direct]]  # kept in node order: a < b
    contracted = _Graph(
        *_csr_edges(
            np.r_[a, np.minimum(chain_a, chain_b)[~loop]],
            np.r_[b, np.maximum(chain_a, chain_b)[~loop]],
            np.r_[weights[direct], chain_length[~loop]],
            len(kept_nodes),
        )
    )
    return _Chains(
        graph=contracted,
        kept=kept_nodes,
        index=index,
        inner=node,
        chain=chain,
        position=position,
        chain_a=chain_a,
        chain_b=chain_b,
        chain_length=chain_length,
    )


def _along_chains(seed_chain, seed_pos, seed_dist, seed_src, chain, pos):
    """For nodes at ``pos`` on ``chain``: the nearest seed on the same chain, walking along it
    (distance ``seed_dist + |seed_pos - pos|``, inf when the chain has no seed) and its source.

    Two sweeps over seeds and nodes sorted along their chains: forwards, the best seed behind
    each node is the running minimum of ``seed_dist - seed_pos``; backwards, with the sign of
    the positions turned round.
    """
    n_s, n_q = len(seed_chain), len(chain)
    best = np.full(n_q, np.inf)
    best_src = np.full(n_q, -1, dtype=np.int64)
    groups = np.r_[seed_chain, chain]
    is_node = np.r_[np.zeros(n_s, bool), np.ones(n_q, bool)]
    sources = np.r_[seed_src, np.full(n_q, -1, dtype=np.int64)]
    for sign in (1.0, -1.0):
        key = sign * np.r_[seed_pos, pos]
        order = np.lexsort((is_node, key, groups))  # a seed before a node at the same place
        group = groups[order]
        value = np.where(is_node, np.inf, np.r_[seed_dist, np.zeros(n_q)] - key)[order]
        running = pd.Series(value).groupby(group, sort=False).cummin().to_numpy()
        first = np.r_[True, group[1:] != group[:-1]]
        before = np.r_[np.inf, running[:-1]]
        before[first] = np.inf
        rows = np.arange(len(order))
        # the last seed that set its group's running minimum: record rows only grow, so a plain
        # running maximum finds it; one from an earlier group means none in this group yet
        latest = np.maximum.accumulate(np.where(value < before, rows, -1))
        holder = np.where(latest >= np.maximum.accumulate(np.where(first, rows, 0)), latest, -1)
        nodes = np.flatnonzero(is_node[order])
        target = order[nodes] - n_s
        found = holder[nodes] >= 0
        d = running[nodes] + key[order][nodes]
        better = found & (d < best[target])
        best[target[better]] = d[better]
        best_src[target[better]] = sources[order[holder[nodes][better]]]
    return best, best_src


def _node_distances(network, seed_node, seed_dist, seed_src, n_sources, limit, use_scipy):
    """Distance from every network node to its nearest seed, and the seed's source.

    The search runs on the network with its chains contracted (:class:`_Chains`): seeds inside
    a chain enter at the chain's two ends; an inner node takes the better of its two ends and
    of any seed on its own chain.
    """
    chains = network.chains
    on_chain = chains.chain[seed_node] >= 0
    at = ~on_chain
    c = chains.chain[seed_node[on_chain]]
    p = chains.position[seed_node[on_chain]]
    d_in = seed_dist[on_chain]
    s_in = seed_src[on_chain]
    node = np.r_[chains.index[seed_node[at]], chains.chain_a[c], chains.chain_b[c]]
    dist = np.r_[seed_dist[at], d_in + p, d_in + chains.chain_length[c] - p]
    src = np.r_[seed_src[at], s_in, s_in]
    if use_scipy:
        kept_dist, kept_src = _dijkstra_scipy(chains.graph, node, dist, src, n_sources, limit)
    else:
        kept_dist, kept_src = _dijkstra_heap(chains.graph, node, dist, src, limit)

    n = network.n_nodes
    node_dist = np.full(n, np.inf)
    node_src = np.full(n, -1, dtype=np.int64)
    node_dist[chains.kept] = kept_dist
    node_src[chains.kept] = kept_src
    inner = chains.inner
    ic = chains.chain[inner]
    ip = chains.position[inner]
    a, b = chains.chain_a[ic], chains.chain_b[ic]
    via_a = kept_dist[a] + ip
    via_b = kept_dist[b] + (chains.chain_length[ic] - ip)
    use_b = via_b < via_a
    best = np.where(use_b, via_b, via_a)
    best_src = np.where(use_b, kept_src[b], kept_src[a])
    if on_chain.any():
        with_seed = np.isin(ic, c)
        along, along_src = _along_chains(c, p, d_in, s_in, ic[with_seed], ip[with_seed])
        rows = np.flatnonzero(with_seed)
        better = along < best[rows]
        best[rows[better]] = along[better]
        best_src[rows[better]] = along_src[better]
    beyond = best > limit
    best[beyond] = np.inf
    best_src[beyond] = -1
    node_dist[inner] = best
    node_src[inner] = best_src
    return node_dist, node_src


def warn_far_from_roads(
    feedback, snapped: SnappedPoints, data, name: str, threshold: float = DEFAULT_SNAP_WARNING_M
) -> None:
    """Warn about points of ``data`` (snapped as ``snapped``) further than ``threshold`` from
    every road: their distances include a straight-line leg to the network."""
    far = np.isfinite(snapped.access) & (snapped.access > threshold)
    if far.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} feature(s) are more than {distance:g} m from "
                    "every road of the network (first: {ids}); their walking distance "
                    "includes a straight-line leg to the nearest road. Check the road layer "
                    "covers them.",
                ),
                layer=name,
                count=int(far.sum()),
                distance=threshold,
                ids=_first_ids(ids_of(data), far),
            )
        )


def _snapped(network, points, given: SnappedPoints | None, name: str) -> SnappedPoints:
    if given is None:
        return snap_points(network, points)
    if len(given) != len(points):
        raise ValueError(f"{name}: {len(given)} snapped positions for {len(points)} points")
    return given


def nearest_source_distance(
    targets,
    sources,
    *,
    network: RoadNetwork | None = None,
    max_distance_m: float | None = None,
    snap_warning_m: float = DEFAULT_SNAP_WARNING_M,
    target_name: str = "targets",
    source_name: str = "sources",
    use_scipy: bool | None = None,
    snapped_targets: SnappedPoints | None = None,
    snapped_sources: SnappedPoints | None = None,
    feedback: Feedback | None = None,
) -> NearestSource:
    """Distance from every target to its nearest source: along ``network`` (one multi-source
    Dijkstra) or, when ``network`` is None, in a straight line. Distances above
    ``max_distance_m`` are reported as ``inf`` (and the computation stops early there).

    ``use_scipy``: None = scipy when importable; False forces the heap implementation.
    ``snapped_targets`` / ``snapped_sources``: :func:`snap_points` of the same targets / sources
    on the same ``network``, for callers that measure from the same points several times (the
    snapping is then done once, and so is :func:`warn_far_from_roads`, by the caller); None
    snaps them here and warns about points far from every road.
    """
    feedback = ensure_feedback(feedback)
    target_pts = representative_points(targets)
    source_pts = representative_points(sources)
    n_t = len(target_pts)
    distance = np.full(n_t, np.inf)
    nearest = np.full(n_t, -1, dtype=np.int64)
    limit = np.inf if max_distance_m is None else float(max_distance_m)
    source_ok = ~shapely.is_missing(source_pts) if len(source_pts) else np.zeros(0, bool)
    target_ok = ~shapely.is_missing(target_pts) if n_t else np.zeros(0, bool)

    if network is None or network.n_segments == 0:
        if source_ok.any() and target_ok.any():
            src_idx = np.flatnonzero(source_ok)
            tgt_idx = np.flatnonzero(target_ok)
            d, i = _nearest_xy(
                shapely.get_coordinates(target_pts[tgt_idx]).reshape(-1, 2),
                shapely.get_coordinates(source_pts[src_idx]).reshape(-1, 2),
                limit,
            )
            found = i >= 0
            distance[tgt_idx[found]] = d[found]
            nearest[tgt_idx[found]] = src_idx[i[found]]
        return NearestSource(distance, nearest, "straight_line")

    snapped_t = _snapped(network, target_pts, snapped_targets, target_name)
    snapped_s = _snapped(network, source_pts, snapped_sources, source_name)
    if snapped_targets is None:
        warn_far_from_roads(feedback, snapped_t, targets, target_name, snap_warning_m)
    if snapped_sources is None:
        warn_far_from_roads(feedback, snapped_s, sources, source_name, snap_warning_m)
    feedback.check_canceled()
    s_ok = np.flatnonzero(snapped_s.segment >= 0)
    if len(s_ok) == 0:
        return NearestSource(distance, nearest, "network")

    seg = snapped_s.segment[s_ok]
    length = network.seg_length[seg]
    seed_node = np.r_[network.seg_u[seg], network.seg_v[seg]]
    seed_dist = np.r_[
        snapped_s.access[s_ok] + snapped_s.offset[s_ok],
        snapped_s.access[s_ok] + length - snapped_s.offset[s_ok],
    ]
    seed_src = np.r_[s_ok, s_ok]
    scipy_ok = _scipy_dijkstra is not None
    if use_scipy is None:
        use_scipy = scipy_ok
    node_dist, node_src = _node_distances(
        network, seed_node, seed_dist, seed_src, len(source_pts), limit, use_scipy and scipy_ok
    )
    feedback.check_canceled()

    t_ok = np.flatnonzero(snapped_t.segment >= 0)
    tseg = snapped_t.segment[t_ok]
    toff = snapped_t.offset[t_ok]
    tlen = network.seg_length[tseg]
    via_u = node_dist[network.seg_u[tseg]] + toff
    via_v = node_dist[network.seg_v[tseg]] + (tlen - toff)
    use_v = via_v < via_u
    best = np.where(use_v, via_v, via_u)
    best_src = np.where(use_v, node_src[network.seg_v[tseg]], node_src[network.seg_u[tseg]])
    best = best + snapped_t.access[t_ok]

    # targets on the same road piece as a source may walk straight along it
    pairs = pd.DataFrame({"seg": seg, "s": s_ok, "soff": snapped_s.offset[s_ok]}).merge(
        pd.DataFrame({"seg": tseg, "t": np.arange(len(t_ok)), "toff": toff}), on="seg"
    )
    if len(pairs):
        direct = (
            snapped_s.access[pairs["s"].to_numpy()]
            + np.abs(pairs["soff"].to_numpy() - pairs["toff"].to_numpy())
            + snapped_t.access[t_ok[pairs["t"].to_numpy()]]
        )
        pairs["d"] = direct
        pairs = pairs.sort_values(["t", "d", "s"], kind="mergesort").drop_duplicates("t")
        t_local = pairs["t"].to_numpy()
        d = pairs["d"].to_numpy()
        better = d < best[t_local]
        best[t_local[better]] = d[better]
        best_src[t_local[better]] = pairs["s"].to_numpy()[better]

    within = best <= limit
    distance[t_ok[within]] = best[within]
    nearest[t_ok[within]] = best_src[within]
    return NearestSource(distance, nearest, "network")


def areas_to_points(
    areas,
    value_fields: list[str] | tuple[str, ...],
    *,
    spacing_m: float = DEFAULT_AREA_POINT_SPACING_M,
    feedback: Feedback | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Spread each area's counts evenly over a square lattice of points inside it.

    Returns ``(points, area_row, values)``: lattice points (a global grid aligned on multiples
    of ``spacing_m``, offset by half a spacing), the row position of the area each lies in, and
    an (n_points, n_fields) array of each point's share of its area's counts. An area too small
    to hold a lattice point gets one point (``point_on_surface``) with all of its counts, so
    every household is kept. Points on a shared boundary belong to the first area.
    """
    feedback = ensure_feedback(feedback)
    geoms = geometry_array(areas)
    values = (
        np.column_stack(
            [
                pd.to_numeric(areas[f], errors="coerce").fillna(0.0).to_numpy(float)
                for f in value_fields
            ]
        )
        if len(value_fields)
        else np.zeros((len(geoms), 0))
    )
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not present.any():
        return np.empty(0, dtype=object), np.zeros(0, np.int64), np.zeros((0, len(value_fields)))
    minx, miny, maxx, maxy = shapely.total_bounds(geoms[present])
    spacing = float(spacing_m)
    nx = int(np.floor(maxx / spacing) - np.floor(minx / spacing)) + 1
    ny = int(np.floor(maxy / spacing) - np.floor(miny / spacing)) + 1
    if nx * ny > MAX_AREA_POINTS:
        factor = float(np.sqrt(nx * ny / MAX_AREA_POINTS))
        spacing *= factor
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The areas span {count:,} lattice points at {spacing:g} m; households are "
                    "spread on a {coarser:.0f} m lattice instead.",
                ),
                count=nx * ny,
                spacing=spacing_m,
                coarser=spacing,
            )
        )
        nx = int(np.floor(maxx / spacing) - np.floor(minx / spacing)) + 1
        ny = int(np.floor(maxy / spacing) - np.floor(miny / spacing)) + 1
    xs = (np.floor(minx / spacing) + np.arange(nx) + 0.5) * spacing
    ys = (np.floor(miny / spacing) + np.arange(ny) + 0.5) * spacing
    gx, gy = np.meshgrid(xs, ys)
    grid = shapely.points(gx.ravel(), gy.ravel())
    present_rows = np.flatnonzero(present)
    tree = shapely.STRtree(geoms[present_rows])
    p_idx, a_idx = tree.query(grid, predicate="intersects")
    order = np.lexsort((a_idx, p_idx))
    p_idx, a_idx = p_idx[order], a_idx[order]
    first = np.r_[True, p_idx[1:] != p_idx[:-1]] if len(p_idx) else np.zeros(0, bool)
    p_idx, a_rows = p_idx[first], present_rows[a_idx[first]]
    counts = np.bincount(a_rows, minlength=len(geoms))
    empty_rows = present_rows[counts[present_rows] == 0]
    points = np.r_[grid[p_idx], shapely.point_on_surface(geoms[empty_rows])]
    area_row = np.r_[a_rows, empty_rows].astype(np.int64)
    counts[empty_rows] = 1
    shares = values[area_row] / counts[area_row][:, None]
    order = np.argsort(area_row, kind="stable")
    return points[order], area_row[order], shares[order]


def sum_within_radius(
    query_xy: np.ndarray,
    points_xy: np.ndarray,
    weights: np.ndarray,
    radius: float,
    *,
    band_m: float = DEFAULT_BAND_M,
) -> np.ndarray:
    """Sum of ``weights`` of the points within ``radius`` of each query point.

    ``weights`` may be 1-D (n,) or 2-D (n, k) for k sums in one pass. No pairs are built: points
    are sorted into horizontal bands of ``band_m`` (aligned on y = 0) and, for each band a
    circle crosses, the points within the circle's chord at the band's centre line are summed
    from prefix sums (binary search). Cost O((q * radius / band_m + n) log n), independent of
    density. Membership depends only on the point and the query, so the result for a union
    of point sets is the sum of the results for each set.
    """
    query_xy = np.asarray(query_xy, dtype=float).reshape(-1, 2)
    points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    weights = np.asarray(weights, dtype=float)
    one_d = weights.ndim == 1
    w2 = weights.reshape(len(points_xy), -1)
    out = np.zeros((len(query_xy), w2.shape[1]))
    if len(points_xy) == 0 or len(query_xy) == 0 or radius <= 0:
        return out[:, 0] if one_d else out
    x0 = points_xy[:, 0].min()
    x_range = points_xy[:, 0].max() - x0
    span = x_range + 2.0  # key = band * span + (x - x0): bands never overlap
    # bands are anchored at y = 0, not at the data: a point's membership then depends only on
    # the point and the query, so sums over several point sets add up (and more points never
    # lower a sum)
    band_abs = np.floor(points_xy[:, 1] / band_m).astype(np.int64)
    b0 = band_abs.min()
    band = band_abs - b0
    order = np.lexsort((points_xy[:, 0], band))
    keys = band[order] * span + (points_xy[order, 0] - x0)
    cum = np.vstack([np.zeros((1, w2.shape[1])), np.cumsum(w2[order], axis=0)])
    q_band = np.floor(query_xy[:, 1] / band_m).astype(np.int64) - b0
    q_order = np.lexsort((query_xy[:, 0], q_band))  # sorted needles: faster searchsorted
    qx = query_xy[q_order, 0] - x0
    qy = query_xy[q_order, 1]
    qb = q_band[q_order]
    reach = int(np.ceil(radius / band_m)) + 1
    r2 = float(radius) ** 2
    n_cols = w2.shape[1]
    cums = [np.ascontiguousarray(cum[:, c]) for c in range(n_cols)]
    totals = [np.zeros(len(qx)) for _ in range(n_cols)]
    dy0 = (qb + b0 + 0.5) * band_m - qy  # from the query to the centre line of its own band
    base = qb * span
    x_lo, x_hi = -0.5, x_range + 0.5
    # Blocks of sorted queries: each block's temporaries and the slice of keys its bands can
    # reach stay in the CPU cache (whole-array passes at a million queries do not). Every
    # query's sum is computed exactly as in one pass.
    for start in range(0, len(qx), _QUERY_BLOCK):
        block = slice(start, min(start + _QUERY_BLOCK, len(qx)))
        b_qx, b_dy0, b_base = qx[block], dy0[block], base[block]
        b_totals = [t[block] for t in totals]  # views: += below writes into totals
        # every needle of the block lies in [first, last]; searching the keys between them
        # gives the same positions, offset by k0
        k0 = int(np.searchsorted(keys, b_base[0] - reach * span + x_lo, side="left"))
        k1 = int(np.searchsorted(keys, b_base[-1] + reach * span + x_hi, side="right"))
        b_keys = keys[k0:k1]
        for k in range(-reach, reach + 1):
            dy = b_dy0 + k * band_m
            h2 = r2 - dy * dy
            crossing = h2 >= 0
            if crossing.all():
                idx = slice(None)
            else:
                idx = np.flatnonzero(crossing)
                if len(idx) == 0:
                    continue
            half = np.sqrt(h2[idx])
            x = b_qx[idx]
            key = b_base[idx] + k * span
            # keys of band b lie in [b*span, b*span + x_range]: lo/hi never reach another
            # band, and a band without points (or outside the data) gives an empty range
            i0 = np.searchsorted(b_keys, key + np.maximum(x - half, x_lo), side="left")
            i1 = np.searchsorted(b_keys, key + np.minimum(x + half, x_hi), side="right")
            np.maximum(i1, i0, out=i1)
            i0 += k0
            i1 += k0
            for c in range(n_cols):
                b_totals[c][idx] += cums[c][i1] - cums[c][i0]
    total = np.column_stack(totals)
    out[q_order] = total
    return out[:, 0] if one_d else out
