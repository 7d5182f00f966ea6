"""Kerb lines: derived from road centrelines, and prepared for linear referencing.

:func:`kerbs_from_roads` offsets each road centreline left and right by half the carriageway
width (:func:`offset_lines`: numpy with mitre joins for gentle bends, GEOS with round joins for
sharp bends and closed lines). The carriageway width comes from, in order: a width field; a
lanes field times the lane width; a per-class default (OS Open Roads and OSM classes); a global
default.

Output fields (a public contract):

``kerb_id``
    ``"<road_id>-L"`` / ``"<road_id>-R"``; when a road gives several lines on one side
    (multipart roads, repeated road ids, offsets split at tight bends) they are numbered
    ``"<road_id>-L1"``, ``"<road_id>-L2"``...
``road_id``, ``street``, ``usrn``
    Copied from the road (``road_id`` is the road's index when no id field is given).
``side``
    ``"left"`` / ``"right"`` of the road's digitised direction. Both kerbs keep the road's
    direction, so chainage along either kerb grows the same way as along the road.
``carriageway_width_m``
    The width used, in metres.
``width_source``
    ``"field"``, ``"lanes"``, ``"class_default"`` or ``"default"``.

The module also holds the geometry helpers shared by the footway and eligibility modules:
CRS checks, geometry cleaning (null/empty skipped, invalid repaired, multipart exploded, Z/M
dropped, each with a warning naming feature ids) and :class:`KerbParts`, single-part kerb lines
with vectorised linear referencing (sub-lines, circle intersections, feature footprints).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import InputDataError, ParameterError
from .feedback import Feedback, ensure_feedback
from .intervals import grouped_searchsorted
from .text import QT_TRANSLATE_NOOP, Message, joined

# Lane width for "lanes x lane width": 3.65 m is the standard lane of a 7.3 m single
# carriageway (DMRB CD 127 "Cross-sections and headrooms"). Urban lanes are often narrower
# (3.0-3.25 m); override for town networks where the lanes field is well populated.
DEFAULT_LANE_WIDTH_M = 3.65

# Fallback carriageway width when nothing else is known: 5.5 m lets two large vehicles pass
# (Manual for Streets 2007, fig. 7.1 / para 7.2.5).
DEFAULT_CARRIAGEWAY_WIDTH_M = 5.5

# Carriageway width (m) by road class. Keys are matched case-insensitively, ignoring spaces,
# underscores and hyphens. Sources: DMRB CD 127 (7.3 m standard single carriageway = 2 x 3.65 m;
# 3 lanes x 3.65 m ~ 11 m for a motorway carriageway); Manual for Streets fig. 7.1 (4.1 m two cars
# pass, 4.8 m car and lorry pass, 5.5 m two lorries pass); Approved Document B vol. 1 B5 (3.7 m
# minimum between kerbs for fire appliance access) for service / access lanes. B roads at 6.5 m
# and tertiary at 6.0 m are common intermediate values, not guidance.
DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS: dict[str, float] = {
    # OS Open Roads roadFunction
    "Motorway": 11.0,
    "A Road": 7.3,
    "B Road": 6.5,
    "Minor Road": 5.5,
    "Local Road": 4.8,
    "Local Access Road": 4.1,
    "Restricted Local Access Road": 4.1,
    "Secondary Access Road": 3.7,
    # OS Open Roads / OS MasterMap Highways roadClassification
    "Classified Unnumbered": 5.5,
    "Unclassified": 5.5,
    "Not Classified": 4.8,
    # OpenStreetMap highway=*
    "motorway": 11.0,
    "motorway_link": 3.7,
    "trunk": 7.3,
    "trunk_link": 5.5,
    "primary": 7.3,
    "primary_link": 5.5,
    "secondary": 6.5,
    "secondary_link": 5.5,
    "tertiary": 6.0,
    "tertiary_link": 5.0,
    "residential": 4.8,
    "living_street": 4.1,
    "service": 3.7,
    "road": 5.5,
    "busway": 3.7,
}

#: Road parts shorter than this are too short to carry kerbs (snapping noise).
MIN_LINE_LENGTH_M = 1e-6

_WARN_IDS = 5
# Element-wise work on very large pair arrays is done in chunks of this many pairs.
_CHUNK = 1 << 16


def normalise_key(value) -> str:
    """Lower case, only letters and digits: "A Road", "a_road" and "A-ROAD" are one key."""
    return re.sub(r"[^a-z0-9]", "", str(value).lower())


def format_ids(ids, limit: int = _WARN_IDS) -> str:
    """First few ids for a warning: "7, 12, 31 and 4 more"."""
    ids = list(ids)
    if any(isinstance(i, Message) for i in ids[:limit]):  # e.g. "row 3": translated where shown
        shown = joined(ids[:limit], ", ")
    else:
        shown = ", ".join(str(i) for i in ids[:limit])
    if len(ids) > limit:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "{ids} and {count} more"),
            ids=shown,
            count=len(ids) - limit,
        )
    return shown


def feature_ids(gdf: gpd.GeoDataFrame, positions, id_field: str | None = None) -> list:
    """Feature ids (the id field if present, else the index) of rows at ``positions``."""
    positions = np.asarray(positions, dtype=np.int64)
    if id_field and id_field in gdf.columns:
        return list(gdf[id_field].to_numpy()[positions])
    return list(gdf.index.to_numpy()[positions])


def check_crs(layers: Mapping[str, gpd.GeoDataFrame | None]):
    """All given layers share one projected CRS (or none has a CRS). Returns that CRS."""
    crs_by_layer = {name: gdf.crs for name, gdf in layers.items() if gdf is not None}
    if not crs_by_layer:
        return None
    names = list(crs_by_layer)
    first = crs_by_layer[names[0]]
    for name in names[1:]:
        crs = crs_by_layer[name]
        if (crs is None) != (first is None) or (crs is not None and crs != first):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layers '{first_layer}' and '{layer}' are in different coordinate "
                        "reference systems ({first_crs} and {crs}); transform them to one "
                        "projected CRS (e.g. EPSG:27700) first.",
                    ),
                    first_layer=names[0],
                    layer=name,
                    first_crs=first,
                    crs=crs,
                )
            )
    if first is not None and first.is_geographic:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}' is in a geographic CRS ({crs}); lengths in metres need a "
                    "projected CRS such as EPSG:27700 (British National Grid).",
                ),
                layer=names[0],
                crs=first,
            )
        )
    return first


def require_fields(gdf: gpd.GeoDataFrame, layer: str, fields) -> None:
    """Raise :class:`InputDataError` naming the layer when a named field is missing."""
    for name in fields:
        if name and name not in gdf.columns:
            available = ", ".join(str(c) for c in gdf.columns if c != gdf.geometry.name)
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "field '{field}' not found (fields: {fields}); choose an existing field.",
                    ),
                    field=name,
                    fields=available,
                ),
                layer,
            )


_KIND_TYPES = {"point": (0,), "line": (1, 2), "polygon": (3,), "any": (0, 1, 2, 3)}
_MULTI_TYPES = (4, 5, 6, 7)


def clean_geometries(
    gdf: gpd.GeoDataFrame,
    layer: str,
    kind: str = "any",
    *,
    id_field: str | None = None,
    feedback: Feedback | None = None,
):
    """Single-part, valid, 2D geometries of ``kind`` and the row position each came from.

    Null and empty geometries are skipped, invalid ones repaired with ``make_valid``, multipart
    ones exploded, Z dropped, parts of another kind (e.g. points in a line layer) and zero-length
    lines skipped; each case is warned with a count and the first feature ids.
    Returns ``(geoms, positions)``: object array of shapely geometries, int64 array.
    """
    feedback = ensure_feedback(feedback)
    geoms = np.array(gdf.geometry.array, dtype=object)  # a copy: never modify the input
    if geoms.size == 0:
        return geoms, np.zeros(0, dtype=np.int64)
    positions = np.arange(geoms.size, dtype=np.int64)
    missing = shapely.is_missing(geoms)
    missing[~missing] = shapely.is_empty(geoms[~missing])
    if missing.any():
        bad = np.flatnonzero(missing)
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} feature(s) without geometry skipped (ids: {ids}).",
                ),
                layer=layer,
                count=bad.size,
                ids=format_ids(feature_ids(gdf, bad, id_field)),
            )
        )
        geoms, positions = geoms[~missing], positions[~missing]
    has_z = shapely.has_z(geoms)
    if has_z.any():
        geoms[has_z] = shapely.force_2d(geoms[has_z])
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        bad = positions[invalid]
        if bad.size == 1:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Layer '{layer}': {count} invalid geometry repaired (ids: {ids}); check the "
                "result.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Layer '{layer}': {count} invalid geometries repaired (ids: {ids}); check the "
                "result.",
            )
        feedback.warn(
            Message(
                template,
                layer=layer,
                count=bad.size,
                ids=format_ids(feature_ids(gdf, bad, id_field)),
            )
        )
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    # get_parts flattens one level; collections from make_valid may nest multiparts.
    while True:
        type_ids = shapely.get_type_id(geoms)
        if not np.isin(type_ids, _MULTI_TYPES).any():
            break
        parts, idx = shapely.get_parts(geoms, return_index=True)
        geoms, positions = parts, positions[idx]
    type_ids = shapely.get_type_id(geoms)
    wanted = np.isin(type_ids, _KIND_TYPES[kind])
    if (~wanted).any():
        bad = np.unique(positions[~wanted])
        # ("any" takes every single-part type, so only these kinds leave parts out)
        template = {
            "point": QT_TRANSLATE_NOOP(
                "Messages",
                "Layer '{layer}': {count} part(s) that are not points skipped (ids: {ids}).",
            ),
            "line": QT_TRANSLATE_NOOP(
                "Messages",
                "Layer '{layer}': {count} part(s) that are not lines skipped (ids: {ids}).",
            ),
            "polygon": QT_TRANSLATE_NOOP(
                "Messages",
                "Layer '{layer}': {count} part(s) that are not polygons skipped (ids: {ids}).",
            ),
        }[kind]
        feedback.warn(
            Message(
                template,
                layer=layer,
                count=int((~wanted).sum()),
                ids=format_ids(feature_ids(gdf, bad, id_field)),
            )
        )
        geoms, positions = geoms[wanted], positions[wanted]
        type_ids = type_ids[wanted]
    rings = type_ids == 2
    if rings.any():
        geoms[rings] = shapely.linestrings(shapely.get_coordinates(geoms[rings]))
    if kind == "line" and geoms.size:
        xy, idx = shapely.get_coordinates(geoms, return_index=True)
        repeated = (idx[1:] == idx[:-1]) & (xy[1:] == xy[:-1]).all(axis=1)
        if repeated.any():
            fix = np.unique(idx[1:][repeated])
            geoms[fix] = shapely.remove_repeated_points(geoms[fix])
        short = shapely.length(geoms) <= MIN_LINE_LENGTH_M
        if short.any():
            bad = np.unique(positions[short])
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer '{layer}': {count} line part(s) of zero length skipped "
                        "(ids: {ids}).",
                    ),
                    layer=layer,
                    count=int(short.sum()),
                    ids=format_ids(feature_ids(gdf, bad, id_field)),
                )
            )
            geoms, positions = geoms[~short], positions[~short]
    return geoms, positions


@dataclass
class KerbParts:
    """Single-part 2D kerb lines with vectorised linear referencing.

    ``source[i]`` is the row position in the input layer the part came from and ``offset[i]``
    the chainage of the part's start along that feature (parts of a multipart feature are
    measured one after the other, in order).
    """

    geoms: np.ndarray
    source: np.ndarray
    offset: np.ndarray = field(default=None)
    length: np.ndarray = field(default=None)

    def __post_init__(self) -> None:
        self.source = np.asarray(self.source, dtype=np.int64)
        self.length = shapely.length(self.geoms) if self.geoms.size else np.zeros(0)
        if self.offset is None:
            cum = np.cumsum(self.length)
            first = np.ones(self.source.size, dtype=bool)
            first[1:] = self.source[1:] != self.source[:-1]
            start_idx = np.maximum.accumulate(np.where(first, np.arange(first.size), 0))
            before = cum - self.length
            self.offset = before - before[start_idx] if first.size else np.zeros(0)
        self._tree = None
        coords, vgroup = shapely.get_coordinates(self.geoms, return_index=True)
        self.coords = coords
        self.vgroup = vgroup.astype(np.int64)
        seg = np.hypot(*np.diff(coords, axis=0).T) if coords.shape[0] > 1 else np.zeros(0)
        step = np.zeros(coords.shape[0])
        if coords.shape[0] > 1:
            step[1:] = np.where(self.vgroup[1:] == self.vgroup[:-1], seg, 0.0)
        self.cum = (
            pd.Series(step).groupby(self.vgroup, sort=False).cumsum().to_numpy()
            if step.size
            else step
        )
        counts = np.bincount(self.vgroup, minlength=self.geoms.size)
        self.first_vertex = np.cumsum(counts) - counts
        self.n_vertices = counts

    def __len__(self) -> int:
        return int(self.geoms.size)

    @property
    def tree(self) -> shapely.STRtree:
        if self._tree is None:
            self._tree = shapely.STRtree(self.geoms)
        return self._tree

    def candidates(self, geoms: np.ndarray, distance: float):
        """(feature, part) pairs whose bounding boxes are within ``distance`` (a superset)."""
        b = shapely.bounds(geoms)
        boxes = shapely.box(
            b[:, 0] - distance, b[:, 1] - distance, b[:, 2] + distance, b[:, 3] + distance
        )
        f, k = self.tree.query(boxes)
        return f.astype(np.int64), k.astype(np.int64)

    def project(self, part, xy, *, extend: bool = False):
        """Nearest point on each part to points ``xy`` (n x 2), in numpy.

        Returns ``(chainage, offset, distance)``: chainage of the nearest point, signed
        distance (positive left of the part's direction) and distance. Ties go to the lowest
        chainage. With ``extend``, points beyond either end are projected onto the end
        segment's extension (chainage < 0 or > length, offset perpendicular to it).
        """
        part = np.asarray(part, dtype=np.int64)
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        if part.size == 0:
            z = np.zeros(0)
            return z, z.copy(), z.copy()
        lo = self.first_vertex[part]
        nseg = self.n_vertices[part] - 1
        q, j = _expand(lo, lo + nseg)
        a = self.coords[j]
        dx = self.coords[j + 1, 0] - a[:, 0]
        dy = self.coords[j + 1, 1] - a[:, 1]
        wx = xy[q, 0] - a[:, 0]
        wy = xy[q, 1] - a[:, 1]
        l2 = dx * dx + dy * dy
        t_raw = (wx * dx + wy * dy) / np.where(l2 > 0, l2, 1.0)
        t = np.clip(t_raw, 0.0, 1.0)
        ex, ey = wx - t * dx, wy - t * dy
        dist2 = ex * ex + ey * ey
        starts = np.cumsum(nseg) - nseg
        best = np.minimum.reduceat(dist2, starts)
        cand = np.flatnonzero(dist2 <= best[q])
        pick = cand[np.r_[True, q[cand][1:] != q[cand][:-1]]]
        jj, tt = j[pick], t[pick]
        seglen = np.sqrt(l2[pick])
        safe = np.where(seglen > 0, seglen, 1.0)
        cross = (dx[pick] * ey[pick] - dy[pick] * ex[pick]) / safe
        dist = np.sqrt(dist2[pick])
        offset = np.where(cross >= 0, dist, -dist)
        if extend:
            first_seg = jj == lo
            last_seg = jj == lo + nseg - 1
            tr = t_raw[pick]
            out = (first_seg & (tr < 0)) | (last_seg & (tr > 1))
            tt = np.where(out, tr, tt)
            px = wx[pick] - tt * dx[pick]
            py = wy[pick] - tt * dy[pick]
            offset = np.where(out, (dx[pick] * py - dy[pick] * px) / safe, offset)
        chain = self.cum[jj] + tt * (self.cum[jj + 1] - self.cum[jj])
        return chain, offset, dist

    def locate(self, part, points) -> np.ndarray:
        """Chainage along each part of the point nearest to ``points`` (geometries)."""
        return self.project(part, shapely.get_coordinates(points))[0]

    def _vertex_search(self, part, chainage, side):
        """Global index of the first vertex of ``part`` with cum >/>= chainage."""
        lo = self.first_vertex[part]
        return grouped_searchsorted(
            self.vgroup, self.cum, part, chainage, side, bounds=(lo, lo + self.n_vertices[part])
        )

    def _segment(self, part, chainage, side="right"):
        """First vertex of the segment of ``part`` containing ``chainage``."""
        j = self._vertex_search(part, chainage, side) - 1
        lo = self.first_vertex[part]
        return np.clip(j, lo, lo + self.n_vertices[part] - 2)

    def _point_on(self, j, chainage) -> np.ndarray:
        a, b = self.coords[j], self.coords[j + 1]
        seg = self.cum[j + 1] - self.cum[j]
        t = np.clip((chainage - self.cum[j]) / np.where(seg > 0, seg, 1.0), 0.0, 1.0)
        return a + (b - a) * t[:, None]

    def interpolate(self, part, chainage) -> np.ndarray:
        """Coordinates (n, 2) of the points at ``chainage`` along ``part`` (clamped to it)."""
        part = np.asarray(part, dtype=np.int64)
        chainage = np.asarray(chainage, dtype=np.float64)
        return self._point_on(self._segment(part, chainage), chainage)

    def tangent(self, part, chainage):
        """Unit direction (dx, dy) of the part at ``chainage`` (segment containing it)."""
        part = np.asarray(part, dtype=np.int64)
        j = self._segment(part, chainage)
        d = self.coords[j + 1] - self.coords[j]
        n = np.hypot(d[:, 0], d[:, 1])
        n[n == 0] = 1.0
        return d[:, 0] / n, d[:, 1] / n

    def substrings(self, part, start, end) -> np.ndarray:
        """Sub-lines of ``part`` between chainages ``start`` < ``end`` (vectorised)."""
        part = np.asarray(part, dtype=np.int64)
        start = np.asarray(start, dtype=np.float64)
        end = np.asarray(end, dtype=np.float64)
        if part.size == 0:
            return np.zeros(0, dtype=object)
        lo = self.first_vertex[part]
        hi = lo + self.n_vertices[part]
        # Interior vertices: those with start < cum < end, i.e. indices [ia, ib).
        ia = self._vertex_search(part, start, "right")
        ib = self._vertex_search(part, end, "left")
        p0 = self._point_on(np.clip(ia - 1, lo, hi - 2), start)
        p1 = self._point_on(np.clip(ib - 1, lo, hi - 2), end)
        n_inner = np.maximum(ib - ia, 0)
        n_pts = n_inner + 2
        total = int(n_pts.sum())
        out = np.empty((total, 2))
        line_idx = np.repeat(np.arange(part.size), n_pts)
        begin = np.cumsum(n_pts) - n_pts
        out[begin] = p0
        out[begin + n_pts - 1] = p1
        q, k = _expand(ia, ia + n_inner)
        out[begin[q] + 1 + (k - ia[q])] = self.coords[k]
        return shapely.linestrings(out, indices=line_idx)

    def circle_intervals(self, part, cx, cy, radius):
        """Chainage intervals of ``part`` inside circles (centre cx, cy; ``radius``).

        Exact (analytic per segment). Returns ``(pair, start, end)``: index into the inputs and
        one interval per kerb segment crossing the circle (union them per part as needed).
        """
        part = np.asarray(part, dtype=np.int64)
        cx = np.asarray(cx, dtype=np.float64)
        cy = np.asarray(cy, dtype=np.float64)
        radius = np.broadcast_to(np.asarray(radius, dtype=np.float64), part.shape)
        if part.size > _CHUNK:
            # Chunks keep the temporaries small (several times faster on large inputs).
            outs = [
                self.circle_intervals(
                    part[i : i + _CHUNK],
                    cx[i : i + _CHUNK],
                    cy[i : i + _CHUNK],
                    radius[i : i + _CHUNK],
                )
                for i in range(0, part.size, _CHUNK)
            ]
            return (
                np.concatenate([o[0] + i for o, i in zip(outs, range(0, part.size, _CHUNK))]),
                np.concatenate([o[1] for o in outs]),
                np.concatenate([o[2] for o in outs]),
            )
        lo = self.first_vertex[part]
        pair, j = _expand(lo, lo + self.n_vertices[part] - 1)
        a = self.coords[j]
        d = self.coords[j + 1] - a
        fx = a[:, 0] - cx[pair]
        fy = a[:, 1] - cy[pair]
        qa = d[:, 0] ** 2 + d[:, 1] ** 2
        qb = 2.0 * (fx * d[:, 0] + fy * d[:, 1])
        qc = fx**2 + fy**2 - radius[pair] ** 2
        disc = qb**2 - 4.0 * qa * qc
        ok = (qa > 0) & (disc > 0)
        root = np.sqrt(np.where(ok, disc, 0.0))
        den = np.where(ok, 2.0 * qa, 1.0)
        t0 = np.clip((-qb - root) / den, 0.0, 1.0)
        t1 = np.clip((-qb + root) / den, 0.0, 1.0)
        ok &= t1 > t0
        seglen = np.sqrt(qa)
        c0 = self.cum[j]
        return pair[ok], (c0 + t0 * seglen)[ok], (c0 + t1 * seglen)[ok]

    def line_intervals(self, geoms: np.ndarray, f: np.ndarray, k: np.ndarray, max_offset: float):
        """Chainage ranges of the parts of lines ``geoms[f]`` within ``max_offset`` of parts k.

        Each line vertex is projected onto the (extended) kerb part; on each line segment the
        signed offset is interpolated linearly and the stretch with |offset| <= max_offset is
        kept. Exact for straight kerbs; near bends the crossing of the band is interpolated.
        Returns ``(pair, start, end)``, one interval per line segment reaching the band.
        """
        z = np.zeros(0)
        if f.size == 0:
            return np.zeros(0, np.int64), z, z
        if f.size > _CHUNK:
            starts = range(0, f.size, _CHUNK)
            outs = [
                self.line_intervals(geoms, f[i : i + _CHUNK], k[i : i + _CHUNK], max_offset)
                for i in starts
            ]
            return (
                np.concatenate([o[0] + i for o, i in zip(outs, starts)]),
                np.concatenate([o[1] for o in outs]),
                np.concatenate([o[2] for o in outs]),
            )
        xy, pair = shapely.get_coordinates(geoms[f], return_index=True)
        c, d, _ = self.project(k[pair], xy, extend=True)
        seg = np.flatnonzero(pair[1:] == pair[:-1])
        c1, c2, d1, d2 = c[seg], c[seg + 1], d[seg], d[seg + 1]
        dd = d2 - d1
        flat = np.abs(dd) < 1e-12
        den = np.where(flat, 1.0, dd)
        ta = (-max_offset - d1) / den
        tb = (max_offset - d1) / den
        t0 = np.where(flat, np.where(np.abs(d1) <= max_offset, 0.0, 2.0), np.minimum(ta, tb))
        t1 = np.where(flat, np.where(np.abs(d1) <= max_offset, 1.0, -1.0), np.maximum(ta, tb))
        t0, t1 = np.maximum(t0, 0.0), np.minimum(t1, 1.0)
        ok = t0 <= t1
        ca = c1 + t0 * (c2 - c1)
        cb = c1 + t1 * (c2 - c1)
        return pair[seg][ok], np.minimum(ca, cb)[ok], np.maximum(ca, cb)[ok]

    def feature_intervals(
        self,
        geoms: np.ndarray,
        *,
        max_offset: float,
        buffer=0.0,
        point_half_length=0.0,
        point_max_offset: float | None = None,
        nearest_points: bool = False,
    ):
        """Footprint of features on the kerb parts, as chainage intervals.

        Points apply to the part(s) within ``point_max_offset`` (default ``max_offset``): all of
        them, or only the nearest when ``nearest_points``; their footprint is the projected
        chainage +/- (``point_half_length`` + ``buffer``). Lines apply to parts they come within
        ``max_offset`` of; their footprint is the chainage range of their stretch within that
        band (see :meth:`line_intervals`), extended by ``buffer`` at both ends. Polygons: the
        part of the polygon within ``max_offset`` of the kerb (clipped to a flat-ended strip)
        projected onto it, extended by ``buffer``. ``buffer`` and ``point_half_length`` may be
        scalars or per-feature arrays. Returns ``(feature, part, start, end)`` (not clipped; a
        feature may give several intervals on one part).
        """
        geoms = np.asarray(geoms, dtype=object)
        n = geoms.size
        buffer = np.broadcast_to(np.asarray(buffer, dtype=np.float64), (n,))
        half = np.broadcast_to(np.asarray(point_half_length, dtype=np.float64), (n,))
        if point_max_offset is None:
            point_max_offset = max_offset
        empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
        if n == 0 or len(self) == 0:
            return empty
        type_id = shapely.get_type_id(geoms)
        out = []
        pts = np.flatnonzero(type_id == 0)
        if pts.size:
            f_loc, k = self.candidates(geoms[pts], point_max_offset)
            c, _, dist = self.project(k, shapely.get_coordinates(geoms[pts])[f_loc])
            near = dist <= point_max_offset
            if nearest_points:
                best = np.full(pts.size, np.inf)
                np.minimum.at(best, f_loc[near], dist[near])
                near &= dist <= best[f_loc] + 1e-9
            f = pts[f_loc[near]]
            h = half[f] + buffer[f]
            out.append((f, k[near], c[near] - h, c[near] + h))
        lines = np.flatnonzero(type_id == 1)
        if lines.size:
            f_loc, k = self.candidates(geoms[lines], max_offset)
            pair, a, b = self.line_intervals(geoms[lines], f_loc, k, max_offset)
            f = lines[f_loc[pair]]
            out.append((f, k[pair], a - buffer[f], b + buffer[f]))
        other = np.flatnonzero(type_id > 1)
        if other.size:
            f_loc, k = self.tree.query(geoms[other], predicate="dwithin", distance=max_offset)
            f = other[f_loc]
            if f.size:
                uk, inv = np.unique(k, return_inverse=True)
                strips = shapely.buffer(self.geoms[uk], max(max_offset, 1e-6), cap_style="flat")
                clipped = shapely.intersection(geoms[f], strips[inv])
                parts, pair = shapely.get_parts(clipped, return_index=True)
                xy, pidx = shapely.get_coordinates(parts, return_index=True)
                if xy.shape[0]:
                    ch = self.project(k[pair[pidx]], xy)[0]
                    first = np.flatnonzero(np.r_[True, pidx[1:] != pidx[:-1]])
                    lo = np.minimum.reduceat(ch, first)
                    hi = np.maximum.reduceat(ch, first)
                    pp = pair[pidx[first]]
                    fb = buffer[f[pp]]
                    out.append((f[pp], k[pp], lo - fb, hi + fb))
        if not out:
            return empty
        return tuple(np.concatenate(a) for a in zip(*out))


def _expand(lo, hi):
    """(query index, item index) pairs for ranges [lo, hi)."""
    lo = np.asarray(lo, dtype=np.int64)
    counts = np.maximum(np.asarray(hi, dtype=np.int64) - lo, 0)
    q = np.repeat(np.arange(lo.size, dtype=np.int64), counts)
    starts = np.cumsum(counts) - counts
    item = np.arange(q.size, dtype=np.int64) - np.repeat(starts, counts) + np.repeat(lo, counts)
    return q, item


def prepare_kerbs(
    kerbs: gpd.GeoDataFrame,
    layer: str = "kerbs",
    *,
    id_field: str | None = None,
    feedback: Feedback | None = None,
) -> KerbParts:
    """Clean a kerb line layer into :class:`KerbParts` (see :func:`clean_geometries`)."""
    geoms, positions = clean_geometries(kerbs, layer, "line", id_field=id_field, feedback=feedback)
    return KerbParts(geoms, positions)


# Bends sharper than this (degrees) are offset by GEOS with round joins; gentler ones in numpy
# with mitre joins (the corner moves out by d * (1 / cos(angle / 2) - 1), <= 8 % of d).
MAX_FAST_OFFSET_TURN_DEG = 45.0


def offset_lines(geoms: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """Parallel offsets of single-part lines (positive: left), keeping their direction.

    Lines whose bends are all gentle and whose offset does not fold back are offset in numpy
    (mitre joins); the others (sharp bends, closed lines, tight curves) by GEOS
    ``offset_curve`` with round joins, which removes self-intersections.
    """
    geoms = np.asarray(geoms, dtype=object)
    distance = np.broadcast_to(np.asarray(distance, dtype=np.float64), geoms.shape)
    out = np.empty(geoms.size, dtype=object)
    if geoms.size == 0:
        return out
    xy, idx = shapely.get_coordinates(geoms, return_index=True)
    nv = np.bincount(idx, minlength=geoms.size)
    first = np.cumsum(nv) - nv
    last = first + nv - 1
    d = xy[1:] - xy[:-1]
    seg_len = np.hypot(d[:, 0], d[:, 1])
    same = idx[1:] == idx[:-1]
    safe = np.where(seg_len > 0, seg_len, 1.0)
    nx, ny = -d[:, 1] / safe, d[:, 0] / safe  # left normals of the segments
    v = np.arange(xy.shape[0])
    is_first = np.zeros(v.size, dtype=bool)
    is_first[first] = True
    is_last = np.zeros(v.size, dtype=bool)
    is_last[last] = True
    prev = np.clip(v - 1, 0, max(d.shape[0] - 1, 0))
    nxt = np.clip(v, 0, max(d.shape[0] - 1, 0))
    pnx = np.where(is_first, nx[nxt], nx[prev])
    pny = np.where(is_first, ny[nxt], ny[prev])
    qnx = np.where(is_last, nx[prev], nx[nxt])
    qny = np.where(is_last, ny[prev], ny[nxt])
    cos = pnx * qnx + pny * qny
    factor = 1.0 / np.maximum(1.0 + cos, 1e-12)
    q = xy + (distance[idx] * factor)[:, None] * np.stack([pnx + qnx, pny + qny], axis=1)
    bad = np.zeros(geoms.size, dtype=bool)
    sharp = cos < math.cos(math.radians(MAX_FAST_OFFSET_TURN_DEG))
    bad[idx[sharp]] = True
    dq = q[1:] - q[:-1]
    folded = same & ((dq[:, 0] * d[:, 0] + dq[:, 1] * d[:, 1]) <= 0)
    bad[idx[1:][folded]] = True
    bad[(nv < 2) | (xy[first] == xy[last]).all(axis=1)] = True
    good = ~bad
    keep_v = good[idx]
    if keep_v.any():
        remap = np.cumsum(good) - 1
        out[good] = shapely.linestrings(q[keep_v], indices=remap[idx[keep_v]])
    if bad.any():
        out[bad] = shapely.offset_curve(geoms[bad], distance[bad], quad_segs=8, join_style="round")
    return out


def _numeric(series: pd.Series) -> np.ndarray:
    """Numbers from a column; text such as "7.5 m" gives 7.5, anything else NaN."""
    if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
        text = series.astype("string").str.extract(r"^\s*(-?\d+(?:\.\d+)?)", expand=False)
        return pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64)
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)


def kerbs_from_roads(
    roads: gpd.GeoDataFrame,
    *,
    width_field: str | None = None,
    lanes_field: str | None = None,
    class_field: str | None = None,
    id_field: str | None = None,
    name_field: str | None = None,
    usrn_field: str | None = None,
    lane_width: float = DEFAULT_LANE_WIDTH_M,
    class_widths: Mapping[str, float] = DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS,
    default_width: float = DEFAULT_CARRIAGEWAY_WIDTH_M,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Kerb lines left and right of each road centreline, half the carriageway width away.

    See the module docstring for the output fields. Missing, zero or negative widths and lanes
    fall back to the next source, with a warning naming the roads.
    """
    feedback = ensure_feedback(feedback)
    check_crs({"roads": roads})
    if not lane_width > 0 or not default_width > 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Lane width and default carriageway width must be above 0 m."
                )
            )
        )
    bad_class = {k: v for k, v in class_widths.items() if not (v is not None and v > 0)}
    if bad_class:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Class widths must be above 0 m: {widths}"),
                widths=bad_class,
            )
        )
    require_fields(roads, "roads", [width_field, lanes_field, class_field, id_field])
    require_fields(roads, "roads", [name_field, usrn_field])
    n_rows = len(roads)
    ids = roads[id_field].to_numpy() if id_field else roads.index.to_numpy()

    width = np.full(n_rows, np.nan)
    source = np.full(n_rows, "default", dtype=object)
    unset = np.ones(n_rows, dtype=bool)
    if width_field:
        raw = roads[width_field]
        w = _numeric(raw)
        ok = np.isfinite(w) & (w > 0)
        bad = ~ok & raw.notna().to_numpy()
        if bad.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'roads': {count} road(s) with an unusable carriageway width "
                        "(zero, negative or not a number) in '{field}'; used lanes, class or the "
                        "default instead (ids: {ids}).",
                    ),
                    count=int(bad.sum()),
                    field=width_field,
                    ids=format_ids(ids[bad]),
                )
            )
        nulls = raw.isna().to_numpy()
        if nulls.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'roads': {count} road(s) without a carriageway width in "
                        "'{field}'; used lanes, class or the default instead (ids: {ids}).",
                    ),
                    count=int(nulls.sum()),
                    field=width_field,
                    ids=format_ids(ids[nulls]),
                )
            )
        width[ok], source[ok], unset[ok] = w[ok], "field", False
    if lanes_field:
        raw = roads[lanes_field]
        lanes = _numeric(raw)
        ok = unset & np.isfinite(lanes) & (lanes > 0)
        bad = unset & ~ok & raw.notna().to_numpy()
        if bad.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'roads': {count} road(s) with an unusable lane count in "
                        "'{field}' (ids: {ids}); used class or default width.",
                    ),
                    count=int(bad.sum()),
                    field=lanes_field,
                    ids=format_ids(ids[bad]),
                )
            )
        width[ok], source[ok], unset[ok] = lanes[ok] * lane_width, "lanes", False
    if class_field:
        table = {normalise_key(k): float(v) for k, v in class_widths.items()}
        raw = roads[class_field]
        keys = raw.map(lambda v: None if pd.isna(v) else normalise_key(v))
        cw = keys.map(table).to_numpy(dtype=np.float64, na_value=np.nan)
        ok = unset & np.isfinite(cw)
        unknown = unset & ~ok & raw.notna().to_numpy()
        if unknown.any():
            values = pd.Series(raw.to_numpy()[unknown]).value_counts()
            listed = ", ".join(f"'{v}' ({c})" for v, c in values.head(10).items())
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'roads': road class values with no default width: {values}; used "
                        "the default carriageway width of {width} m.",
                    ),
                    values=listed,
                    width=default_width,
                )
            )
        width[ok], source[ok], unset[ok] = cw[ok], "class_default", False
    width[unset] = default_width

    geoms, pos = clean_geometries(roads, "roads", "line", id_field=id_field, feedback=feedback)
    feedback.check_canceled()
    half = width[pos] / 2.0
    sides = []
    for label, sign in (("left", 1.0), ("right", -1.0)):
        off = offset_lines(geoms, sign * half)
        parts, idx = shapely.get_parts(off, return_index=True)
        keep = ~shapely.is_empty(parts) & (shapely.length(parts) > MIN_LINE_LENGTH_M)
        if (~keep).any():
            if label == "left":
                template = QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'roads': {count} left kerb part(s) vanished when offset "
                    "(road too short or too curved for its width; ids: {ids}).",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'roads': {count} right kerb part(s) vanished when offset "
                    "(road too short or too curved for its width; ids: {ids}).",
                )
            feedback.warn(
                Message(template, count=int((~keep).sum()), ids=format_ids(ids[pos[idx[~keep]]]))
            )
        sides.append((label, parts[keep], pos[idx[keep]]))
        feedback.set_progress(50 if label == "left" else 90)
    side = np.concatenate([np.full(s[1].size, s[0], dtype=object) for s in sides])
    out_geoms = np.concatenate([s[1] for s in sides])
    row = np.concatenate([s[2] for s in sides])
    order = np.lexsort((np.where(side == "left", 0, 1), row))
    side, out_geoms, row = side[order], out_geoms[order], row[order]

    road_id = ids[row]
    frame = pd.DataFrame({"road_id": pd.Series(road_id, dtype=object).astype(str), "side": side})
    counts = frame.groupby(["road_id", "side"], sort=False)["side"].transform("size").to_numpy()
    number = frame.groupby(["road_id", "side"], sort=False).cumcount().to_numpy() + 1
    letter = np.where(side == "left", "L", "R")
    base = frame["road_id"].to_numpy(dtype=object) + "-" + letter.astype(object)
    kerb_id = np.where(counts > 1, base + number.astype(str).astype(object), base)

    def column(name):
        if not name:
            return pd.Series([None] * row.size, dtype=object)
        return pd.Series(roads[name].to_numpy()[row])

    result = gpd.GeoDataFrame(
        {
            "kerb_id": pd.Series(kerb_id, dtype=object),
            "road_id": pd.Series(road_id, dtype=object),
            "usrn": column(usrn_field),
            "street": column(name_field),
            "side": pd.Series(side, dtype=object),
            "carriageway_width_m": width[row],
            "width_source": pd.Series(source[row], dtype=object),
        },
        geometry=gpd.GeoSeries(out_geoms, crs=roads.crs),
        crs=roads.crs,
    )
    feedback.set_progress(100)
    return result
