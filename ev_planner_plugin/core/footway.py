"""Footway width along kerb lines, measured on transects.

Every kerb is cut into equal bins of at most ``spacing`` metres (default 2 m); a transect
perpendicular to the kerb through the middle of each bin reaches ``max_width`` to both sides.
Its pieces inside footway polygons become intervals of distance from the kerb (polygons that
overlap or abut merge, gaps up to ``gap_tolerance`` are closed); on each side the footway is the
interval that starts within ``max_kerb_gap`` of the kerb, and the side with the wider footway is
kept (the carriageway side only reaches the opposite footway, far from the kerb). So the side
of the carriageway need not be known. A footway that ends gives width 0 from there on.

Transects are intersected with the polygons in numpy (crossings of polygon edges with the
transect's line, even-odd rule), not with GEOS overlays.

Known limit: at the end of a kerb beside a junction, a perpendicular transect can run along
the side street's footway where the two footways merge at the corner, and report a width up
to ``max_width``; such samples lie within the junction set-back in practice.

Obstacles narrow the clear width: polygons on every transect crossing them, points (with a
footprint diameter) on an extra transect through their centre whose bin is their footprint
along the kerb. ``clear_width_m`` is the longest unobstructed stretch of the footway on the
transect (what a pedestrian can use), ``width_m`` the footway's full width there.

Output of :func:`measure_footway_width` (one row per sample, a public contract):

``kerb_index``   row position of the kerb in the input layer
``kerb_id``      the kerb's id (when ``kerb_id_field`` is given)
``sample``       ``"transect"`` (regular bins) or ``"obstacle"``
``chainage_m``   position of the transect along the kerb (parts of multipart kerbs follow
                 one another)
``from_m``, ``to_m``  the stretch of kerb the sample stands for (the bins partition the kerb)
``width_m``      footway width (0 = no footway), capped at ``max_width``
``clear_width_m``  longest unobstructed width
``side``         ``"left"``/``"right"`` of the kerb's digitised direction, None without footway

:func:`aggregate_footway_width` gives min and length-weighted mean per kerb, per fixed-length
piece, or per given intervals.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import intervals as iv
from .errors import ParameterError
from .feedback import Feedback, ensure_feedback
from .intervals import expand_ranges as _expand_ranges
from .kerbs import KerbParts, check_crs, clean_geometries, format_ids, prepare_kerbs
from .text import QT_TRANSLATE_NOOP, Message

# Transect spacing along the kerb: 2 m resolves a single parallel bay (6.6 m) into 3+ samples.
DEFAULT_TRANSECT_SPACING_M = 2.0
# Transects reach this far each side; wider footways (squares, precincts) report this width.
MAX_FOOTWAY_WIDTH_M = 8.0
# Footprint (diameter) of a point obstacle without a usable size: 0.5 m is a typical street
# furniture base (sign pole with clearance, litter bin); trees and cabinets should carry sizes.
DEFAULT_OBSTACLE_SIZE_M = 0.5
# A footway must start within this distance of the kerb line to count as "at the kerb"
# (digitising offsets); wider grass verges between kerb and footway mean "no footway".
FOOTWAY_MAX_KERB_GAP_M = 0.5
# Gaps between footway polygons narrower than this are treated as digitising slivers.
FOOTWAY_GAP_TOLERANCE_M = 0.05
# Element-wise work on large transect/edge pair arrays is done in chunks of this many pairs.
_CHUNK = 1 << 15

_SAMPLE_COLUMNS = [
    "kerb_index",
    "sample",
    "chainage_m",
    "from_m",
    "to_m",
    "width_m",
    "clear_width_m",
    "side",
]


def _check(spacing, max_width, max_kerb_gap, gap_tolerance, obstacle_default_size):
    if not spacing > 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Transect spacing must be above 0 m (got {value})."),
                value=spacing,
            )
        )
    if not max_width > 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Maximum footway width must be above 0 m (got {value})."
                ),
                value=max_width,
            )
        )
    if max_kerb_gap < 0 or gap_tolerance < 0 or not obstacle_default_size >= 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Gap tolerances and obstacle size must not be negative."
                )
            )
        )


def obstacle_parts(
    obstacles: gpd.GeoDataFrame | None,
    size_field: str | None,
    default_size: float,
    feedback: Feedback,
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Obstacle point and polygon parts and their footprint diameters (see
    :func:`obstacle_sizes`); line parts are left out with a warning. (None, None) without
    obstacles."""
    if obstacles is None or not len(obstacles):
        return None, None
    geoms, positions = clean_geometries(obstacles, "obstacles", "any", feedback=feedback)
    is_line = shapely.get_type_id(geoms) == 1
    if is_line.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Layer 'obstacles': {count} line part(s) ignored."),
                count=int(is_line.sum()),
            )
        )
        geoms, positions = geoms[~is_line], positions[~is_line]
    return geoms, obstacle_sizes(obstacles, positions, size_field, default_size, feedback)


def obstacle_sizes(
    obstacles: gpd.GeoDataFrame,
    positions: np.ndarray,
    size_field: str | None,
    default_size: float,
    feedback: Feedback,
    layer: str = "obstacles",
) -> np.ndarray:
    """Footprint diameters of obstacle parts (default where the field is missing/unusable)."""
    sizes = np.full(positions.size, float(default_size))
    if size_field and size_field in obstacles.columns:
        raw = pd.to_numeric(obstacles[size_field], errors="coerce").to_numpy(
            dtype=np.float64, na_value=np.nan
        )[positions]
        ok = np.isfinite(raw) & (raw >= 0)
        if (~ok).any():
            bad = np.unique(obstacles.index.to_numpy()[positions[~ok]])
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer '{layer}': {count} obstacle(s) without a usable size in "
                        "'{field}' (null or negative); taken as {size} m across (ids: {ids}).",
                    ),
                    layer=layer,
                    count=bad.size,
                    field=size_field,
                    size=default_size,
                    ids=format_ids(bad),
                )
            )
        sizes[ok] = raw[ok]
    elif size_field:
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}' has no field '{field}'; point obstacles taken as "
                    "{size} m across.",
                ),
                layer=layer,
                field=size_field,
                size=default_size,
            )
        )
    return sizes


def _side_intervals(t, smin, smax):
    """Split signed transect intervals into left (group 2t) and right (2t+1) distances."""
    left = smax > 0
    right = smin < 0
    g = np.concatenate([2 * t[left], 2 * t[right] + 1])
    s = np.concatenate([np.maximum(smin[left], 0.0), np.maximum(-smax[right], 0.0)])
    e = np.concatenate([smax[left], -smin[right]])
    return g, s, e


def _polygon_edges(polygons: np.ndarray):
    """Edges of all rings of each polygon, grouped by polygon: (ax, ay, bx, by, first, n)."""
    rings, ring_poly = shapely.get_rings(polygons, return_index=True)
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    e = np.flatnonzero(ring[1:] == ring[:-1])
    poly = ring_poly[ring[e]]
    n = np.bincount(poly, minlength=polygons.size)
    return xy[e, 0], xy[e, 1], xy[e + 1, 0], xy[e + 1, 1], np.cumsum(n) - n, n


def _pieces_along(transects, px, py, nx, ny, polygons, tree, half_length):
    """Signed distance ranges (t, smin, smax) of the parts of transects inside ``polygons``.

    Numpy, no overlay: every polygon edge crossing the transect's line gives a crossing
    distance (edges count when their ends lie strictly on different sides, the usual half-open
    rule, so a vertex on the line counts once); sorted crossings alternate outside / inside.
    """
    z = np.zeros(0)
    empty = (np.zeros(0, np.int64), z, z)
    if polygons.size == 0 or transects.size == 0:
        return empty
    t, f = tree.query(transects)  # bounding boxes: pairs without crossings give nothing
    if t.size == 0:
        return empty
    ax, ay, bx, by, first, count = _polygon_edges(polygons)
    ts, ss = [], []
    for i in range(0, t.size, _CHUNK):
        tc, fc = t[i : i + _CHUNK], f[i : i + _CHUNK]
        pair, e = _expand_ranges(first[fc], first[fc] + count[fc])
        tt = tc[pair]
        ux, uy = nx[tt], ny[tt]
        x1, y1 = ax[e] - px[tt], ay[e] - py[tt]
        x2, y2 = bx[e] - px[tt], by[e] - py[tt]
        h1 = x1 * uy - y1 * ux
        h2 = x2 * uy - y2 * ux
        cross = (h1 > 0) != (h2 > 0)
        s1 = x1 * ux + y1 * uy
        s2 = x2 * ux + y2 * uy
        h1, h2, s1, s2 = h1[cross], h2[cross], s1[cross], s2[cross]
        ts.append(i + pair[cross])
        ss.append(s1 + (s2 - s1) * h1 / (h1 - h2))
    pair, s = np.concatenate(ts), np.concatenate(ss)
    order = np.lexsort((s, pair))
    pair, s = pair[order], s[order]
    rank = np.arange(pair.size) - np.searchsorted(pair, pair, side="left")
    start = np.flatnonzero(rank % 2 == 0)
    start = start[start + 1 < pair.size]
    start = start[pair[start + 1] == pair[start]]
    lo = np.maximum(s[start], -half_length)
    hi = np.minimum(s[start + 1], half_length)
    keep = hi > lo
    return t[pair[start]][keep], lo[keep], hi[keep]


def measure_parts(
    kp: KerbParts,
    parts: np.ndarray,
    footway_geoms: np.ndarray,
    obstacle_geoms: np.ndarray | None = None,
    obstacle_size: np.ndarray | None = None,
    *,
    spacing: float = DEFAULT_TRANSECT_SPACING_M,
    max_width: float = MAX_FOOTWAY_WIDTH_M,
    max_kerb_gap: float = FOOTWAY_MAX_KERB_GAP_M,
    gap_tolerance: float = FOOTWAY_GAP_TOLERANCE_M,
    feedback: Feedback | None = None,
) -> pd.DataFrame:
    """Samples for the given kerb parts, chainage local to each part (column ``part``)."""
    feedback = ensure_feedback(feedback)
    parts = np.asarray(parts, dtype=np.int64)
    length = kp.length[parts]
    n_bins = np.maximum(1, np.ceil(length / spacing - 1e-9)).astype(np.int64)
    s_part = np.repeat(parts, n_bins)
    first = np.cumsum(n_bins) - n_bins
    i = np.arange(s_part.size) - np.repeat(first, n_bins)
    bin_len = np.repeat(length / n_bins, n_bins)
    s_from = i * bin_len
    s_to = np.where(i == np.repeat(n_bins, n_bins) - 1, np.repeat(length, n_bins), s_from + bin_len)
    s_chain = (s_from + s_to) / 2.0
    s_kind = np.zeros(s_part.size, dtype=np.int8)
    # Point obstacles: (sample index, signed offset, radius) measured on their own transect.
    pt_sample = np.zeros(0, np.int64)
    pt_off = pt_rad = np.zeros(0)
    obstacle_polys = np.zeros(0, dtype=object)
    if obstacle_geoms is not None and obstacle_geoms.size and parts.size:
        wanted = np.zeros(len(kp), dtype=bool)
        wanted[parts] = True
        is_pt = shapely.get_type_id(obstacle_geoms) == 0
        obstacle_polys = obstacle_geoms[~is_pt]
        o_idx, k = kp.tree.query(obstacle_geoms, predicate="dwithin", distance=max_width)
        keep = wanted[k]
        o_idx, k = o_idx[keep], k[keep]
        lk = kp.length[k]
        ispt = is_pt[o_idx]
        ref = obstacle_geoms[o_idx].copy()
        polys = np.flatnonzero(~ispt)
        ref[polys] = shapely.centroid(ref[polys])
        c, off, _ = kp.project(k, shapely.get_coordinates(ref))
        size = obstacle_size[o_idx] if obstacle_size is not None else np.zeros(o_idx.size)
        radius = np.where(ispt, size / 2.0, 0.0)
        lo, hi = c - radius, c + radius
        if polys.size:
            f2, k2, plo, phi = kp.feature_intervals(
                obstacle_geoms[o_idx[polys]], max_offset=max_width
            )
            # one footprint per (obstacle, kerb) pair: widest range over the pair's pieces
            key = f2 * len(kp) + k2
            pair_key = np.arange(polys.size) * len(kp) + k[polys]
            lo_p = pd.Series(plo).groupby(key).min()
            hi_p = pd.Series(phi).groupby(key).max()
            lo[polys] = lo_p.reindex(pair_key).to_numpy(dtype=np.float64, na_value=np.nan)
            hi[polys] = hi_p.reindex(pair_key).to_numpy(dtype=np.float64, na_value=np.nan)
        # Points beyond either end of the kerb are not beside it.
        inside = np.where(ispt, (c > 0) & (c < lk), (hi > 0) & (lo < lk) & np.isfinite(lo))
        inside &= ~ispt | (np.abs(off) - radius < max_width)
        o_idx, k, c, lo, hi, ispt, off, radius = (
            a[inside] for a in (o_idx, k, c, lo, hi, ispt, off, radius)
        )
        c = np.clip(c, 0.0, kp.length[k])
        base = s_part.size
        s_part = np.concatenate([s_part, k])
        s_from = np.concatenate([s_from, np.maximum(lo, 0.0)])
        s_to = np.concatenate([s_to, np.minimum(hi, kp.length[k])])
        s_chain = np.concatenate([s_chain, c])
        s_kind = np.concatenate([s_kind, np.ones(k.size, dtype=np.int8)])
        pts = np.flatnonzero(ispt)
        pt_sample, pt_off, pt_rad = base + pts, off[pts], radius[pts]
    feedback.check_canceled()

    n = s_part.size
    px, py = kp.interpolate(s_part, s_chain).T
    tx, ty = kp.tangent(s_part, s_chain)
    nx, ny = -ty, tx
    ends = np.stack(
        [
            np.stack([px - max_width * nx, py - max_width * ny], axis=1),
            np.stack([px + max_width * nx, py + max_width * ny], axis=1),
        ],
        axis=1,
    )
    transects = shapely.linestrings(ends) if n else np.zeros(0, dtype=object)
    footway_tree = shapely.STRtree(footway_geoms)
    t, smin, smax = _pieces_along(transects, px, py, nx, ny, footway_geoms, footway_tree, max_width)
    feedback.set_progress(60)
    feedback.check_canceled()

    g, s, e = _side_intervals(t, smin, smax)
    g, s, e = iv.union(g, s, e, gap=gap_tolerance)
    firsts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]]) if g.size else np.zeros(0, np.int64)
    at_kerb = firsts[s[firsts] <= max_kerb_gap]
    side_start = np.zeros(2 * n)
    side_end = np.zeros(2 * n)
    side_start[g[at_kerb]] = s[at_kerb]
    side_end[g[at_kerb]] = np.minimum(e[at_kerb], max_width)
    side_width = side_end - side_start
    wl, wr = side_width[0::2], side_width[1::2]
    use_right = wr > wl
    width = np.where(use_right, wr, wl)
    chosen = 2 * np.arange(n) + use_right
    fs, fe = side_start[chosen], side_end[chosen]
    side = np.where(width > 0, np.where(use_right, "right", "left"), None)

    # Obstacles on the chosen side, as distance intervals on each transect.
    og, os_, oe = [np.zeros(0, np.int64)], [np.zeros(0)], [np.zeros(0)]
    if obstacle_polys.size:
        ot, omin, omax = _pieces_along(
            transects, px, py, nx, ny, obstacle_polys, shapely.STRtree(obstacle_polys), max_width
        )
        gg, ss, ee = _side_intervals(ot, omin, omax)
        mine = (gg % 2) == use_right[gg // 2]
        og.append(gg[mine] // 2)
        os_.append(ss[mine])
        oe.append(ee[mine])
    if pt_sample.size:
        mine = (pt_off < 0) == use_right[pt_sample]
        og.append(pt_sample[mine])
        os_.append(np.abs(pt_off[mine]) - pt_rad[mine])
        oe.append(np.abs(pt_off[mine]) + pt_rad[mine])
    og, os_, oe = np.concatenate(og), np.concatenate(os_), np.concatenate(oe)
    has = np.flatnonzero(width > 0)
    fg, fs2, fe2 = iv.subtract(has, fs[has], fe[has], og, os_, oe)
    clear = np.zeros(n)
    np.maximum.at(clear, fg, fe2 - fs2)
    feedback.set_progress(90)

    return pd.DataFrame(
        {
            "part": s_part,
            "sample": np.where(s_kind == 0, "transect", "obstacle"),
            "chainage_m": s_chain,
            "from_m": s_from,
            "to_m": s_to,
            "width_m": width,
            "clear_width_m": clear,
            "side": side,
        }
    )


def measure_footway_width(
    kerbs: gpd.GeoDataFrame,
    footways: gpd.GeoDataFrame,
    obstacles: gpd.GeoDataFrame | None = None,
    *,
    spacing: float = DEFAULT_TRANSECT_SPACING_M,
    max_width: float = MAX_FOOTWAY_WIDTH_M,
    obstacle_size_field: str | None = "footprint_m",
    obstacle_default_size: float = DEFAULT_OBSTACLE_SIZE_M,
    max_kerb_gap: float = FOOTWAY_MAX_KERB_GAP_M,
    gap_tolerance: float = FOOTWAY_GAP_TOLERANCE_M,
    kerb_id_field: str | None = None,
    feedback: Feedback | None = None,
) -> pd.DataFrame:
    """Footway width samples along each kerb (see the module docstring for the columns)."""
    feedback = ensure_feedback(feedback)
    _check(spacing, max_width, max_kerb_gap, gap_tolerance, obstacle_default_size)
    check_crs({"kerbs": kerbs, "footways": footways, "obstacles": obstacles})
    kp = prepare_kerbs(kerbs, "kerbs", id_field=kerb_id_field, feedback=feedback)
    fw, _ = clean_geometries(footways, "footways", "polygon", feedback=feedback)
    og, osz = obstacle_parts(obstacles, obstacle_size_field, obstacle_default_size, feedback)
    feedback.set_progress(10)
    df = measure_parts(
        kp,
        np.arange(len(kp)),
        fw,
        og,
        osz,
        spacing=spacing,
        max_width=max_width,
        max_kerb_gap=max_kerb_gap,
        gap_tolerance=gap_tolerance,
        feedback=feedback,
    )
    part = df.pop("part").to_numpy()
    shift = kp.offset[part]
    for col in ("chainage_m", "from_m", "to_m"):
        df[col] = df[col].to_numpy() + shift
    df.insert(0, "kerb_index", kp.source[part])
    if kerb_id_field and kerb_id_field in kerbs.columns:
        df.insert(1, "kerb_id", kerbs[kerb_id_field].to_numpy()[kp.source[part]])
    df = df.sort_values(["kerb_index", "from_m", "sample"], kind="stable").reset_index(drop=True)
    feedback.set_progress(100)
    return df


def _group_min(q: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Minimum (ignoring NaN) of ``values`` per sorted group index ``q``; NaN for none."""
    out = np.full(n, np.nan)
    if q.size:
        starts = np.flatnonzero(np.r_[True, q[1:] != q[:-1]])
        out[q[starts]] = np.fmin.reduceat(values, starts)
    return out


def aggregate_samples(
    s_group, s_from, s_to, s_width, s_clear, s_obstacle, q_group, q_from, q_to
) -> dict[str, np.ndarray]:
    """Min and length-weighted mean of sample widths over query intervals (numpy core).

    Regular samples (``~s_obstacle``) must be disjoint and sorted per group; query intervals
    must be disjoint and sorted per group. NaN widths (unknown) are ignored.
    """
    s_group = np.asarray(s_group, dtype=np.int64)
    s_obstacle = np.asarray(s_obstacle, dtype=bool)
    nq = np.asarray(q_group).size
    reg = np.flatnonzero(~s_obstacle)
    lo, hi = iv.overlapping_ranges(s_group[reg], s_from[reg], s_to[reg], q_group, q_from, q_to)
    q1, item = iv.expand_ranges(lo, hi)
    r = reg[item]
    ov = np.minimum(s_to[r], q_to[q1]) - np.maximum(s_from[r], q_from[q1])
    obs = np.flatnonzero(s_obstacle)
    lo2, hi2 = iv.overlapping_ranges(q_group, q_from, q_to, s_group[obs], s_from[obs], s_to[obs])
    o_item, q2 = iv.expand_ranges(lo2, hi2)
    o = obs[o_item]
    order2 = np.argsort(q2, kind="stable")
    q2, o = q2[order2], o[order2]
    out = {}
    for name, values in (("width", s_width), ("clear_width", s_clear)):
        vmin = np.fmin(_group_min(q1, values[r], nq), _group_min(q2, values[o], nq))
        ok = np.isfinite(values[r])
        wsum = np.bincount(q1[ok], weights=values[r][ok] * ov[ok], minlength=nq)
        lsum = np.bincount(q1[ok], weights=ov[ok], minlength=nq)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(lsum > 0, wsum / np.where(lsum > 0, lsum, 1.0), np.nan)
        out[f"{name}_min_m"] = vmin
        out[f"{name}_mean_m"] = mean
    no_fw = (s_width[r] == 0) & np.isfinite(s_width[r])
    out["no_footway_m"] = np.bincount(q1[no_fw], weights=ov[no_fw], minlength=nq)
    return out


def aggregate_footway_width(
    samples: pd.DataFrame,
    intervals: pd.DataFrame | None = None,
    *,
    piece_length: float | None = None,
) -> pd.DataFrame:
    """Width min / length-weighted mean per kerb, per piece, or per given intervals.

    ``samples`` is the output of :func:`measure_footway_width`. ``intervals`` (columns
    ``kerb_index``, ``from_m``, ``to_m``; disjoint per kerb) defaults to whole kerbs, or to
    consecutive pieces of ``piece_length`` metres. Returns the intervals with ``width_min_m``,
    ``width_mean_m``, ``clear_width_min_m``, ``clear_width_mean_m`` and ``no_footway_m`` (metres
    without footway). Minima include obstacle samples, means only the regular transects.
    """
    reg = samples[samples["sample"] == "transect"]
    if intervals is None:
        ext = reg.groupby("kerb_index").agg(from_m=("from_m", "min"), to_m=("to_m", "max"))
        ext = ext.reset_index()
        if piece_length:
            if not piece_length > 0:
                raise ParameterError(
                    Message(QT_TRANSLATE_NOOP("Messages", "Piece length must be above 0 m."))
                )
            n = np.maximum(1, np.ceil((ext["to_m"] - ext["from_m"]) / piece_length - 1e-9))
            n = n.astype(np.int64).to_numpy()
            k = np.repeat(np.arange(len(ext)), n)
            j = np.arange(k.size) - np.repeat(np.cumsum(n) - n, n)
            start = ext["from_m"].to_numpy()[k] + j * piece_length
            end = np.minimum(start + piece_length, ext["to_m"].to_numpy()[k])
            intervals = pd.DataFrame(
                {"kerb_index": ext["kerb_index"].to_numpy()[k], "from_m": start, "to_m": end}
            )
        else:
            intervals = ext[["kerb_index", "from_m", "to_m"]]
    intervals = intervals.reset_index(drop=True)
    s = samples.sort_values(["kerb_index", "from_m"], kind="stable")
    q_order = np.lexsort((intervals["from_m"].to_numpy(), intervals["kerb_index"].to_numpy()))
    q = intervals.iloc[q_order]
    res = aggregate_samples(
        s["kerb_index"].to_numpy(),
        s["from_m"].to_numpy(dtype=np.float64),
        s["to_m"].to_numpy(dtype=np.float64),
        s["width_m"].to_numpy(dtype=np.float64),
        s["clear_width_m"].to_numpy(dtype=np.float64),
        (s["sample"] == "obstacle").to_numpy(),
        q["kerb_index"].to_numpy(),
        q["from_m"].to_numpy(dtype=np.float64),
        q["to_m"].to_numpy(dtype=np.float64),
    )
    out = intervals.copy()
    for name, values in res.items():
        col = np.empty(len(intervals))
        col[q_order] = values
        out[name] = col
    return out


def footway_width_pieces(
    kerbs: gpd.GeoDataFrame,
    footways: gpd.GeoDataFrame,
    obstacles: gpd.GeoDataFrame | None = None,
    *,
    piece_length: float | None = None,
    spacing: float = DEFAULT_TRANSECT_SPACING_M,
    max_width: float = MAX_FOOTWAY_WIDTH_M,
    obstacle_size_field: str | None = "footprint_m",
    obstacle_default_size: float = DEFAULT_OBSTACLE_SIZE_M,
    kerb_id_field: str | None = None,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Kerb pieces with their footway width: whole kerb parts, or pieces of ``piece_length``.

    Fields: ``kerb_id`` (or the kerb's index), ``from_m``, ``to_m``, ``length_m``,
    ``width_min_m``, ``width_mean_m``, ``clear_width_min_m``, ``clear_width_mean_m``,
    ``no_footway_m``; the geometry is the piece of kerb line.
    """
    feedback = ensure_feedback(feedback)
    if piece_length is not None and not piece_length > 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Piece length must be above 0 m (or empty for whole kerbs)."
                )
            )
        )
    samples = measure_footway_width(
        kerbs,
        footways,
        obstacles,
        spacing=spacing,
        max_width=max_width,
        obstacle_size_field=obstacle_size_field,
        obstacle_default_size=obstacle_default_size,
        feedback=feedback,
    )
    kp = prepare_kerbs(kerbs, "kerbs", id_field=kerb_id_field)
    # Pieces never span two parts of a multipart kerb, so each is one substring.
    if piece_length is None:
        step = kp.length
        count = np.ones(len(kp), dtype=np.int64)
    else:
        step = np.full(len(kp), float(piece_length))
        count = np.maximum(1, np.ceil(kp.length / piece_length - 1e-9)).astype(np.int64)
    part = np.repeat(np.arange(len(kp)), count)
    index_in_part = np.arange(part.size) - np.repeat(np.cumsum(count) - count, count)
    start = index_in_part * step[part]
    end = np.minimum(start + step[part], kp.length[part])
    intervals = pd.DataFrame(
        {
            "kerb_index": kp.source[part],
            "from_m": start + kp.offset[part],
            "to_m": end + kp.offset[part],
        }
    )
    widths = aggregate_footway_width(samples, intervals)
    source = kp.source[part]
    if kerb_id_field and kerb_id_field in kerbs.columns:
        kerb_id = kerbs[kerb_id_field].to_numpy()[source]
    else:
        kerb_id = kerbs.index.to_numpy()[source]
    frame = pd.DataFrame(
        {
            "kerb_id": pd.Series(kerb_id, dtype=object),
            "from_m": widths["from_m"].to_numpy(),
            "to_m": widths["to_m"].to_numpy(),
            "length_m": end - start,
        }
    )
    for column in (
        "width_min_m",
        "width_mean_m",
        "clear_width_min_m",
        "clear_width_mean_m",
        "no_footway_m",
    ):
        frame[column] = np.round(widths[column].to_numpy(dtype=np.float64), 3)
    geometry = gpd.GeoSeries(kp.substrings(part, start, end), crs=kerbs.crs)
    feedback.set_progress(100)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=kerbs.crs)
