"""Reading the selected features for the dock's table: fast, capped, vectorised.

Only the fields the table shows are requested (:class:`LayerFields`), geometry only when
something must be computed from it (length, nearest chargepoint, homes served, the delivery-plan
match). A GeoPackage layer without unsaved edits, filter or reprojection is read with one
SQLite query by feature id (about ten times faster than a QGIS feature request, which costs a
Python call per feature); any other layer through a QGIS request. Rows already read are kept
per layer (:class:`RowCache`) until the layer changes.

Nearest chargepoint and homes without off-street parking served are computed for all rows at
once with the core helpers (KD-tree nearest point, banded radius sums); the chargepoints
and homes are read once per layer (:class:`ContextCache`) and re-read when the layer changes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.network import nearest_source_distance, representative_points, sum_within_radius
from ..core.scoring import CRITERIA
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..plan import schema as plan_schema
from ..plan.store import NO_GEOMETRY, geometry_keys
from ..processing.bridge import saved_file_layer
from ..toolbelt.log import log

MAX_ROWS = 5000
CRITERIA_ORDER = tuple(CRITERIA)

_STREET_FIELDS = ("street", "name", "street_name", "road_name")
_NEAREST_FIELD = CRITERIA["gap"].raw_field
_HOMES_FIELD = CRITERIA["demand"].raw_field


def _first(names: set, candidates) -> str | None:
    for name in candidates:
        if name in names:
            return name
    return None


@dataclass(frozen=True)
class LayerFields:
    """Which of the layer's fields feed which column (None: the layer has no such field)."""

    street: str | None = None
    side: str | None = None
    length: str | None = None
    status: str | None = None
    reasons: str | None = None
    score: str | None = None
    site_ref: str | None = None
    plan_status: str | None = None
    nearest: str | None = None
    homes: str | None = None
    contributions: tuple = ()  # (criterion position, field name)

    @classmethod
    def of(cls, layer: QgsVectorLayer) -> LayerFields:
        names = set(layer.fields().names())
        is_plan = set(plan_schema.PLAN_FIELD_NAMES) <= names
        return cls(
            street=_first(names, _STREET_FIELDS),
            side=_first(names, ("side",)),
            length=_first(names, ("length_m",)),
            status=None if is_plan else _first(names, ("status",)),
            reasons=_first(names, ("reasons",)),
            score=_first(names, ("score",)),
            site_ref=_first(names, ("site_ref",)),
            plan_status="status" if is_plan else None,
            nearest=_first(names, (_NEAREST_FIELD,)),
            homes=_first(names, (_HOMES_FIELD,)),
            contributions=tuple(
                (i, CRITERIA[c].contribution_field)
                for i, c in enumerate(CRITERIA_ORDER)
                if CRITERIA[c].contribution_field in names
            ),
        )

    @property
    def is_plan(self) -> bool:
        return self.plan_status is not None

    def names(self) -> list[str]:
        single = (
            self.street,
            self.side,
            self.length,
            self.status,
            self.reasons,
            self.score,
            self.site_ref,
            self.plan_status,
            self.nearest,
            self.homes,
        )
        return [n for n in single if n] + [name for _, name in self.contributions]


@dataclass
class SelectionRows:
    """The table's data, one entry per row (data order = feature id order)."""

    layer_id: str = ""
    fids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    street: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    length: np.ndarray = field(default_factory=lambda: np.zeros(0))
    status: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    reasons: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    score: np.ndarray = field(default_factory=lambda: np.zeros(0))
    contributions: np.ndarray = field(default_factory=lambda: np.zeros((0, len(CRITERIA))))
    nearest: np.ndarray = field(default_factory=lambda: np.zeros(0))
    homes: np.ndarray = field(default_factory=lambda: np.zeros(0))
    plan: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    site_ref: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    scored_here: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    total: int = 0  # features selected (before the cap)
    has_scores: bool = False
    nearest_source: str = ""  # "layer", "computed" or ""
    homes_source: str = ""

    def __len__(self) -> int:
        return len(self.fids)

    def position(self, fid: int) -> int | None:
        hit = np.flatnonzero(self.fids == fid)
        return int(hit[0]) if hit.size else None


@dataclass
class SelectionContext:
    """What the table computes with: chargepoint and home coordinates (in ``crs``), the
    catchment radius, the delivery plan's site keys -> status, and scores computed in the dock
    (a frame indexed by feature id with ``score``, ``c_*``, raw fields)."""

    crs: QgsCoordinateReferenceSystem
    transform_context: QgsCoordinateTransformContext
    chargepoints: np.ndarray | None = None  # (n, 2)
    homes: tuple[np.ndarray, np.ndarray] | None = None  # xy (n, 2), weights (n,)
    radius_m: float = 300.0
    plan_by_key: dict | None = None
    plan_by_ref: dict | None = None
    plan_geometries: np.ndarray | None = None  # the plan's sites, to find candidates fast
    overlay: pd.DataFrame | None = None
    #: identifies the chargepoints, homes and radius (computed columns are kept per key)
    derived_key: tuple | None = None


def _values(column) -> np.ndarray:
    """A column of attribute values with QGIS NULLs as None."""
    return np.array(
        [None if isinstance(v, QVariant) or v is None else v for v in column], dtype=object
    )


def _numbers(column) -> np.ndarray:
    return pd.to_numeric(pd.Series(_values(column), dtype=object), errors="coerce").to_numpy(
        dtype=float
    )


def capped_ids(layer: QgsVectorLayer, cap: int = MAX_ROWS) -> tuple[list[int], int]:
    """The selected feature ids (lowest first, at most ``cap``) and how many are selected."""
    ids = layer.selectedFeatureIds()
    total = len(ids)
    if total > cap:
        array = np.fromiter(ids, dtype=np.int64, count=total)
        return np.sort(np.partition(array, cap - 1)[:cap]).tolist(), total
    return list(ids), total


class _LayerRows:
    """Everything the table reads from one layer, for the features read so far (data order =
    the order they were read; ``position`` maps a feature id to it)."""

    def __init__(self, key) -> None:
        self.key = key
        self.position: dict[int, int] = {}
        self.fids = np.zeros(0, dtype=np.int64)
        self.columns: dict[str, np.ndarray] = {}
        self.geometries = np.zeros(0, dtype=object)
        self.points = np.zeros(0, dtype=object)
        self.length = np.zeros(0)
        self.derived: dict = {}  # context key -> (nearest, homes, done)

    def __len__(self) -> int:
        return len(self.fids)

    def append(self, fids, columns: dict, geometries) -> None:
        start = len(self.fids)
        self.fids = np.concatenate([self.fids, fids])
        for name, values in columns.items():
            old = self.columns.get(name)
            self.columns[name] = values if old is None else np.concatenate([old, values])
        if geometries is not None:
            points = representative_points(geometries)
            length = np.where(shapely.is_missing(geometries), np.nan, shapely.length(geometries))
            self.geometries = np.concatenate([self.geometries, geometries])
            self.points = np.concatenate([self.points, points])
            self.length = np.concatenate([self.length, length])
        for offset, fid in enumerate(fids.tolist()):
            self.position[fid] = start + offset
        for nearest, homes, done in self.derived.values():
            grow = len(self.fids) - len(done)
            nearest.resize(len(self.fids), refcheck=False)
            homes.resize(len(self.fids), refcheck=False)
            done.resize(len(self.fids), refcheck=False)
            if grow:
                nearest[-grow:] = np.nan
                homes[-grow:] = np.nan
                done[-grow:] = False


def _change_signals(layer: QgsVectorLayer):
    """Signals after which what was read from ``layer`` may be out of date (edits in the
    buffer, undo, rollback, commit, reload, filter, removal)."""
    return (
        layer.layerModified,
        layer.afterRollBack,
        layer.afterCommitChanges,
        layer.dataChanged,
        layer.subsetStringChanged,
        layer.willBeDeleted,
    )


class RowCache:
    """Rows already read, per layer: a selection that changes or grows only reads the features
    not seen before. A layer's rows are dropped when its data change (edits included), its
    filter changes or it goes away; the computed columns when the chargepoints, homes or
    catchment change."""

    #: Rows kept per layer at most (then the layer's rows start again).
    MAX_CACHED = 250_000

    def __init__(self) -> None:
        self._layers: dict[str, _LayerRows] = {}
        self._watched: set[str] = set()

    def clear(self, layer_id: str | None = None) -> None:
        if layer_id is None:
            self._layers.clear()
        else:
            self._layers.pop(layer_id, None)

    def _watch(self, layer: QgsVectorLayer) -> None:
        layer_id = layer.id()
        if layer_id in self._watched:
            return
        self._watched.add(layer_id)

        def drop(*_args, layer_id=layer_id):
            self.clear(layer_id)

        for signal in _change_signals(layer):
            signal.connect(drop)

    def rows(self, layer, fields: LayerFields, fids, context, need_geometry) -> _LayerRows:
        """The cached rows of ``layer`` with every feature of ``fids`` read."""
        key = (tuple(fields.names()), need_geometry, context.crs.authid())
        cached = self._layers.get(layer.id())
        if cached is None or cached.key != key or len(cached) > self.MAX_CACHED:
            cached = self._layers[layer.id()] = _LayerRows(key)
            self._watch(layer)
        missing = [f for f in fids if f not in cached.position]
        if missing:
            new_fids, columns, geometries = _read(layer, fields, missing, context, need_geometry)
            cached.append(new_fids, columns, geometries)
        return cached


def _read(layer, fields: LayerFields, fids, context, need_geometry):
    """Feature ids, the fields' values (numeric fields as float) and the geometries (in
    ``context.crs``) of features ``fids``: straight from the GeoPackage when the layer shows
    exactly what the file holds (:func:`_read_geopackage`), else through a QGIS request."""
    if _geopackage_readable(layer, context, need_geometry):
        try:
            return _read_geopackage(layer, fields, fids, need_geometry)
        except (sqlite3.Error, KeyError, ValueError, TypeError) as error:
            log(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Site planner: reading {layer} through QGIS ({error})"
                    ),
                    layer=layer.name(),
                    error=str(error),
                ),
                "info",
            )
    return _read_qgis(layer, fields, fids, context, need_geometry)


def _numeric_names(fields: LayerFields) -> set:
    numeric = {fields.length, fields.score, fields.nearest, fields.homes}
    return numeric | {name for _, name in fields.contributions}


def _geopackage_readable(layer, context, need_geometry) -> bool:
    """True for a GeoPackage layer without unsaved edits, filter or reprojection."""
    parts = saved_file_layer(None, layer)
    if parts is None or (need_geometry and layer.crs() != context.crs):
        return False
    return parts["path"].lower().endswith(".gpkg")


_ENVELOPE_BYTES = (0, 32, 48, 48, 64)


def _gpkg_wkb(blob) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob (header and envelope skipped)."""
    if blob is None or len(blob) < 8 or blob[0:2] != b"GP" or blob[3] & 0x10:
        return None  # null or empty geometry
    return bytes(blob[8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 7] :])


def _read_geopackage(layer, fields: LayerFields, fids, need_geometry):
    """Read by feature id with one SQLite query (the layer's data as saved; read-only)."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts["path"]
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        table = parts.get("layerName") or None
        if not table:
            tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
            if len(tables) != 1:
                raise ValueError("several tables and no layer name")
            table = tables[0]
        info = list(db.execute(f"PRAGMA table_info({_quote(table)})"))
        key = next(r[1] for r in info if r[5] == 1)
        names = fields.names()
        geometry = None
        if need_geometry:
            geometry = db.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)
            ).fetchone()[0]
        columns = [key, *names] + ([geometry] if geometry else [])
        sql = "SELECT {} FROM {} WHERE {} IN ({})".format(
            ", ".join(_quote(c) for c in columns),
            _quote(table),
            _quote(key),
            ",".join(str(int(f)) for f in fids),
        )
        result = db.execute(sql).fetchall()
    values = list(zip(*result)) if result else [() for _ in columns]
    numeric = _numeric_names(fields)
    out = {
        name: (_numbers if name in numeric else _values)(values[k + 1])
        for k, name in enumerate(names)
    }
    geometries = None
    if need_geometry:
        wkb = np.array([_gpkg_wkb(b) for b in values[-1]], dtype=object)
        geometries = shapely.from_wkb(wkb, on_invalid="ignore")
    return np.asarray(values[0], dtype=np.int64), out, geometries


def _quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _read_qgis(layer, fields: LayerFields, fids, context, need_geometry):
    """The general read: one QgsFeatureRequest (edit buffer, filters, reprojection honoured)."""
    layer_fields = layer.fields()
    names = fields.names()
    index = {name: layer_fields.indexOf(name) for name in names}
    request = QgsFeatureRequest().setFilterFids(list(fids))
    request.setSubsetOfAttributes([index[n] for n in names])
    if need_geometry:
        if layer.crs().isValid() and layer.crs() != context.crs:
            request.setDestinationCrs(context.crs, context.transform_context)
    else:
        request.setFlags(NO_GEOMETRY)
    ids, attributes, wkbs = [], [], []
    for feature in layer.getFeatures(request):
        ids.append(feature.id())
        attributes.append(feature.attributes())
        if need_geometry:
            wkbs.append(feature.geometry().asWkb())
    columns = list(zip(*attributes)) if attributes else [() for _ in layer_fields]
    numeric = _numeric_names(fields)
    values = {
        name: (_numbers if name in numeric else _values)(columns[index[name]]) for name in names
    }
    geometries = None
    if need_geometry:
        # a null geometry gives empty WKB: None
        geometries = shapely.from_wkb(
            np.array([bytes(w) for w in wkbs], dtype=object), on_invalid="ignore"
        )
    return np.asarray(ids, dtype=np.int64), values, geometries


def load_selection(
    layer: QgsVectorLayer,
    context: SelectionContext,
    *,
    fields: LayerFields | None = None,
    cap: int = MAX_ROWS,
    cache: RowCache | None = None,
) -> SelectionRows:
    """The table's rows for the selected features of ``layer`` (rows in feature id order)."""
    fields = fields or LayerFields.of(layer)
    cache = cache if cache is not None else RowCache()
    ids, total = capped_ids(layer, cap)
    rows = SelectionRows(layer_id=layer.id(), total=total)
    if not ids:
        return rows
    want_nearest = fields.nearest is None and context.chargepoints is not None
    want_homes = fields.homes is None and context.homes is not None
    want_plan_key = not fields.is_plan and bool(context.plan_by_key)
    need_geometry = fields.length is None or want_nearest or want_homes or want_plan_key
    data = cache.rows(layer, fields, ids, context, need_geometry)
    take = np.fromiter(
        (data.position[f] for f in ids if f in data.position), dtype=np.int64, count=-1
    )
    take = take[np.argsort(data.fids[take], kind="stable")]  # feature id order
    n = len(take)
    rows.fids = data.fids[take]

    def column(name, numeric=False):
        if not name:
            return np.full(n, np.nan) if numeric else np.full(n, None, dtype=object)
        return data.columns[name][take]

    street, side = column(fields.street), column(fields.side)
    rows.street = np.array(
        [None if s is None else (f"{s} ({d})" if d else str(s)) for s, d in zip(street, side)],
        dtype=object,
    )
    rows.length = column(fields.length, True) if fields.length else data.length[take]
    rows.status = column(fields.status)
    rows.reasons = column(fields.reasons)
    rows.score = column(fields.score, True)
    contributions = np.full((n, len(CRITERIA_ORDER)), np.nan)
    for position, name in fields.contributions:
        contributions[:, position] = column(name, True)
    rows.nearest = column(fields.nearest, True)
    rows.homes = column(fields.homes, True)
    rows.nearest_source = "layer" if fields.nearest else ""
    rows.homes_source = "layer" if fields.homes else ""
    if want_nearest or want_homes:
        nearest, homes = _derived(data, take, context, want_nearest, want_homes)
        if want_nearest:
            rows.nearest, rows.nearest_source = nearest, "computed"
        if want_homes:
            rows.homes, rows.homes_source = homes, "computed"

    overlay = context.overlay
    rows.scored_here = np.zeros(n, dtype=bool)
    if overlay is not None and len(overlay):
        hit = overlay.reindex(rows.fids)
        scored = hit["score"].notna().to_numpy()
        rows.scored_here = scored
        if scored.any():
            rows.score = np.where(scored, hit["score"].to_numpy(dtype=float), rows.score)
            for position, criterion in enumerate(CRITERIA_ORDER):
                name = CRITERIA[criterion].contribution_field
                if name in hit.columns:
                    values = hit[name].to_numpy(dtype=float)
                    contributions[:, position] = np.where(
                        scored, values, contributions[:, position]
                    )
            for target, name in (("nearest", _NEAREST_FIELD), ("homes", _HOMES_FIELD)):
                if name in hit.columns:
                    values = hit[name].to_numpy(dtype=float)
                    current = getattr(rows, target)
                    setattr(rows, target, np.where(scored & np.isfinite(values), values, current))
    rows.contributions = contributions
    rows.has_scores = bool(np.isfinite(rows.score).any())

    rows.site_ref = column(fields.site_ref)
    plan = np.full(n, None, dtype=object)
    if fields.is_plan:
        plan = column(fields.plan_status)
    else:
        if context.plan_by_ref and fields.site_ref:
            plan = np.array([context.plan_by_ref.get(r) for r in rows.site_ref], dtype=object)
        if want_plan_key:
            by_geometry = _plan_status(data.geometries[take], context)
            plan = np.where(pd.isna(plan.astype(object)), by_geometry, plan)
    rows.plan = plan
    return rows


def _derived(data: _LayerRows, take, context: SelectionContext, want_nearest, want_homes):
    """Nearest chargepoint and homes served of rows ``take``, computed once per row for the
    current chargepoints, homes and catchment (kept in ``data``)."""
    key = (context.derived_key, want_nearest, want_homes, context.radius_m)
    if key not in data.derived:
        n = len(data)
        data.derived = {key: (np.full(n, np.nan), np.full(n, np.nan), np.zeros(n, dtype=bool))}
    nearest, homes, done = data.derived[key]
    todo = take[~done[take]]
    if todo.size:
        points = data.points[todo]
        ok = ~shapely.is_missing(points)
        if want_nearest and len(context.chargepoints):
            distance = nearest_source_distance(
                points, shapely.points(context.chargepoints)
            ).distance
            nearest[todo] = np.where(np.isfinite(distance), distance, np.nan)
        if want_homes and ok.any():
            xy = shapely.get_coordinates(points[ok]).reshape(-1, 2)
            homes_xy, weights = context.homes
            homes[todo[ok]] = sum_within_radius(xy, homes_xy, weights, context.radius_m)
        done[todo] = True
    return nearest[take], homes[take]


def _plan_status(geoms: np.ndarray, context: SelectionContext) -> np.ndarray:
    """Plan status of candidates whose geometry is a plan site's (exact keys computed only for
    the few candidates that touch a plan site)."""
    out = np.full(len(geoms), None, dtype=object)
    sites = context.plan_geometries
    if sites is None or len(sites) == 0 or len(geoms) == 0:
        return out
    ok = np.flatnonzero(~shapely.is_missing(geoms))
    hit, _ = shapely.STRtree(sites).query(geoms[ok], predicate="intersects")
    rows = ok[np.unique(hit)]
    if rows.size:
        keys = geometry_keys(geoms[rows])
        out[rows] = [context.plan_by_key.get(k) for k in keys]
    return out


class ContextCache:
    """Chargepoint and home coordinates per layer, read once and dropped when the layer's data
    change or the layer goes away."""

    def __init__(self) -> None:
        self._values: dict = {}
        self._watched: dict[str, QgsVectorLayer] = {}
        self._versions: dict[str, int] = {}

    def version(self, layer_id: str) -> int:
        """Changes whenever the layer's points are dropped (its data changed)."""
        return self._versions.get(layer_id, 0)

    def _watch(self, layer: QgsVectorLayer) -> None:
        layer_id = layer.id()
        if layer_id in self._watched:
            return
        self._watched[layer_id] = layer

        def drop(*_args, layer_id=layer_id):
            self.invalidate(layer_id)

        for signal in _change_signals(layer):
            signal.connect(drop)

    def invalidate(self, layer_id: str | None = None) -> None:
        if layer_id is None:
            self._values.clear()
            self._versions = {k: v + 1 for k, v in self._versions.items()}
            return
        self._versions[layer_id] = self._versions.get(layer_id, 0) + 1
        for key in [k for k in self._values if k[0] == layer_id]:
            del self._values[key]

    def points(
        self,
        layer: QgsVectorLayer,
        crs: QgsCoordinateReferenceSystem,
        transform_context: QgsCoordinateTransformContext,
        weight_false_field: str | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Representative points of ``layer`` as xy (n, 2) in ``crs`` and a weight per point:
        1, or 0 where ``weight_false_field`` is true (homes with off-street parking)."""
        key = (layer.id(), crs.authid(), weight_false_field or "")
        if key in self._values:
            return self._values[key]
        request = QgsFeatureRequest()
        index = layer.fields().indexOf(weight_false_field) if weight_false_field else -1
        if index >= 0:
            request.setSubsetOfAttributes([index])
        else:
            request.setNoAttributes()
        if layer.crs().isValid() and layer.crs() != crs:
            request.setDestinationCrs(crs, transform_context)
        wkbs, flags = [], []
        for feature in layer.getFeatures(request):
            geometry = feature.geometry()
            wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
            if index >= 0:
                flags.append(feature.attributes()[index])
        points = representative_points(shapely.from_wkb(np.array(wkbs, dtype=object)))
        ok = ~shapely.is_missing(points)
        xy = shapely.get_coordinates(points[ok]).reshape(-1, 2)
        weights = np.ones(len(points))
        if index >= 0:
            has = pd.Series(_values(flags), dtype=object).map(_truthy).to_numpy(dtype=bool)
            weights = np.where(has, 0.0, 1.0)
        value = (xy, weights[ok])
        self._values[key] = value
        self._watch(layer)
        return value


def _truthy(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "t")
    return bool(value)
