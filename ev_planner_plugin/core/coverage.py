"""Gaps in public charging: which homes are not within a short walk of a public chargepoint.

:func:`coverage_gaps` measures, for every home, the walking distance to the nearest existing
public chargepoint (along the road network when one is given, else in a straight line; see
:mod:`.network`), optionally only chargepoints of some speed classes, and again with the sites
of the delivery plan added. A home is *covered* when that distance is at most
``walk_distance`` (default 400 m, about 5 minutes' walk).

Homes
    * address points (one home each, or ``households_field`` households each), or
    * areas with a household count (polygons, ``households_field`` required): each area's
      households are spread evenly over a 50 m lattice of points inside it
      (:func:`.network.areas_to_points`; an area too small for the lattice gets one point), so
      an LSOA can be partly covered. The "homes" output then holds those lattice points.

Output fields, homes (one row per home point; point homes keep their own fields)
    ``households``            households the point stands for (float)
    ``<area_id_field>``       code of the area the home lies in (empty when outside all areas)
    ``<district_field>``      the area's district, when ``district_field`` is given
    ``nearest_cp_m``          walking distance to the nearest counted chargepoint (empty: none
                              reachable)
    ``nearest_cp_min``        the same in minutes at 1.33 m/s
    ``nearest_cp_id``         that chargepoint's id (``chargepoint_id_field``, else its fid)
    ``covered``               nearest_cp_m <= walk_distance
    ``nearest_site_m``        distance to the nearest chargepoint or delivery-plan site
    ``covered_with_plan``     nearest_site_m <= walk_distance
    ``nearest_<class>_m``     per speed class (slow/fast/rapid/ultra) present in the
                              chargepoints' ``speed_class_field``, whatever ``speed_classes`` is
    ``distance_method``       "network" or "straight_line"

Output fields, areas and districts (one row per area / district)
    ``homes_total``, ``homes_covered``, ``homes_uncovered``, ``coverage_pct``,
    ``homes_covered_plan``, ``coverage_plan_pct``, ``coverage_gain_pct`` (plan minus today,
    percentage points) and ``coverage_<class>_pct`` per speed class. Percentages are of
    households, empty for an area without homes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import InputDataError, ParameterError
from .feedback import Feedback, ensure_feedback
from .network import (
    DEFAULT_AREA_POINT_SPACING_M,
    DEFAULT_NODE_TOLERANCE_M,
    RoadNetwork,
    _first_ids,
    areas_to_points,
    build_network,
    geometry_array,
    nearest_source_distance,
    point_area_rows,
    representative_points,
    require_projected,
    snap_points,
    warn_far_from_roads,
)
from .text import QT_TRANSLATE_NOOP, Message

#: Walking speed (m/s): 4.8 km/h = 1.33 m/s, the walking speed assumed by the DfT Journey Time
#: Statistics (accessibility to local services) methodology.
DEFAULT_WALK_SPEED_M_S = 1.33

#: "Within a five-minute walk" of home, the catchment on-street residential charging strategies
#: commonly aim for; 5 min x 60 s x 1.33 m/s = 399 m, rounded to 400 m, which is also CIHT's
#: desirable walking distance for local journeys ("Guidelines for Providing for Journeys on
#: Foot", 2000, Table 3.2).
DEFAULT_WALK_MINUTES = 5.0
DEFAULT_WALK_DISTANCE_M = 400.0

#: Speed classes of chargepoints (power bands as in the sample data and OZEV statistics:
#: slow < 8 kW, fast 8-49 kW, rapid 50-149 kW, ultra >= 150 kW).
SPEED_CLASSES = ("slow", "fast", "rapid", "ultra")

_POINT_TYPES = (0, 4)
_POLYGON_TYPES = (3, 6)


@dataclass
class CoverageResult:
    """Homes with their distances, per-area and per-district coverage, and totals."""

    homes: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame | None
    districts: pd.DataFrame | None
    summary: dict = field(default_factory=dict)

    @property
    def uncovered(self) -> gpd.GeoDataFrame:
        """Homes not within walking distance of an existing (counted) chargepoint."""
        return self.homes[~self.homes["covered"]]


def _geometry_kind(data, layer: str) -> str:
    geoms = geometry_array(data)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    types = shapely.get_type_id(geoms[present])
    if len(types) == 0:
        return "empty"
    if np.isin(types, _POINT_TYPES).all():
        return "point"
    if np.isin(types, _POLYGON_TYPES).all():
        return "polygon"
    bad = np.flatnonzero(present)[~np.isin(types, _POINT_TYPES + _POLYGON_TYPES)]
    first = bad[0] if len(bad) else np.flatnonzero(present)[0]
    raise InputDataError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "homes must be all points (addresses) or all polygons (areas with a household "
                "count); this feature is a {geometry_type}",
            ),
            geometry_type=geoms[first].geom_type,
        ),
        layer,
        data.index[first],
    )


def _numeric(frame: pd.DataFrame, name: str, layer: str, feedback: Feedback) -> np.ndarray:
    if name not in frame.columns:
        fields = ", ".join(map(str, frame.columns))
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Layer '{layer}' has no field '{field}'; choose one of: {fields}"
                ),
                layer=layer,
                field=name,
                fields=fields,
            )
        )
    values = pd.to_numeric(frame[name], errors="coerce")
    bad = values.isna() | (values < 0)
    if bad.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} feature(s) have no valid (non-negative) "
                    "'{field}' and count as 0 (first: {ids}).",
                ),
                layer=layer,
                count=int(bad.sum()),
                field=name,
                ids=_first_ids(frame.index, bad.to_numpy()),
            )
        )
    return values.where(~bad, 0.0).to_numpy(float)


def _filter_speed(chargepoints, speed_classes, speed_class_field, feedback):
    """The chargepoints of the wanted speed classes, and their mask (None: all of them)."""
    if speed_classes is None:
        return chargepoints, None
    if isinstance(speed_classes, str):
        speed_classes = [speed_classes]
    wanted = {str(s).strip().lower() for s in speed_classes}
    unknown = wanted - set(SPEED_CLASSES)
    if unknown:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown speed class(es) {classes}; use some of {known}."
                ),
                classes=sorted(unknown),
                known=list(SPEED_CLASSES),
            )
        )
    if speed_class_field not in chargepoints.columns:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'chargepoints' has no field '{field}' to filter by speed class; "
                    "choose the field holding slow/fast/rapid/ultra, or count all chargepoints.",
                ),
                field=speed_class_field,
            )
        )
    values = chargepoints[speed_class_field].astype("string").str.strip().str.lower()
    missing = values.isna()
    if missing.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'chargepoints': {count} chargepoint(s) have no "
                    "'{field}' and are not counted (first: {ids}).",
                ),
                count=int(missing.sum()),
                field=speed_class_field,
                ids=_first_ids(chargepoints.index, missing.to_numpy()),
            )
        )
    mask = values.isin(wanted).fillna(False).to_numpy()
    return chargepoints[mask], mask


def _pct(part: pd.Series, whole: pd.Series) -> pd.Series:
    return (100.0 * part / whole.where(whole > 0)).astype(float)


def _summarise(homes: pd.DataFrame, key: str, classes: list[str]) -> pd.DataFrame:
    w = homes["households"]
    frame = pd.DataFrame(
        {
            key: homes[key],
            "homes_total": w,
            "homes_covered": w * homes["covered"],
            "homes_covered_plan": w * homes["covered_with_plan"],
        }
    )
    for cls in classes:
        frame[f"_cov_{cls}"] = w * homes[f"_covered_{cls}"]
    table = frame.groupby(key, sort=True, dropna=True).sum()
    table["homes_uncovered"] = table["homes_total"] - table["homes_covered"]
    table["coverage_pct"] = _pct(table["homes_covered"], table["homes_total"])
    table["coverage_plan_pct"] = _pct(table["homes_covered_plan"], table["homes_total"])
    table["coverage_gain_pct"] = table["coverage_plan_pct"] - table["coverage_pct"]
    for cls in classes:
        table[f"coverage_{cls}_pct"] = _pct(table.pop(f"_cov_{cls}"), table["homes_total"])
    return table


def coverage_gaps(
    homes,
    chargepoints,
    areas=None,
    *,
    roads=None,
    walk_distance: float = DEFAULT_WALK_DISTANCE_M,
    speed_classes=None,
    speed_class_field: str = "speed_class",
    plan_sites=None,
    households_field: str | None = None,
    area_id_field: str = "area_code",
    district_field: str | None = None,
    chargepoint_id_field: str | None = None,
    area_point_spacing_m: float = DEFAULT_AREA_POINT_SPACING_M,
    node_tolerance_m: float = DEFAULT_NODE_TOLERANCE_M,
    walk_speed_m_s: float = DEFAULT_WALK_SPEED_M_S,
    feedback: Feedback | None = None,
) -> CoverageResult:
    """Homes not within ``walk_distance`` of a public chargepoint, and coverage per area.

    ``roads``: road centrelines (GeoDataFrame) or a prebuilt :class:`RoadNetwork`; None means
    straight-line distance. ``speed_classes``: count only chargepoints of these classes
    (e.g. ``["slow", "fast"]``); None counts all. ``plan_sites``: delivery-plan sites (any
    geometry) for the "with plan" figures. ``areas``: polygons with ``area_id_field`` for the
    per-area table; when homes are polygons and ``areas`` is None, the homes are the areas.
    """
    feedback = ensure_feedback(feedback)
    if not walk_distance or walk_distance <= 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Walking distance must be positive (got {value})."),
                value=walk_distance,
            )
        )
    for layer, data in (("homes", homes), ("chargepoints", chargepoints), ("areas", areas)):
        if data is not None:
            require_projected(data, layer)
    if plan_sites is not None:
        require_projected(plan_sites, "plan sites")

    kind = _geometry_kind(homes, "homes")
    feedback.set_progress(5)
    if kind == "polygon":
        if households_field is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Homes are areas (polygons): choose the field with each area's household "
                        "count.",
                    )
                )
            )
        weights_in = _numeric(homes, households_field, "homes", feedback)
        tmp = gpd.GeoDataFrame({"_w": weights_in}, geometry=geometry_array(homes), crs=homes.crs)
        points, row, shares = areas_to_points(
            tmp,
            ["_w"],
            spacing_m=area_point_spacing_m,
            feedback=feedback,
        )
        if area_id_field in homes.columns:
            source_area = homes[area_id_field].to_numpy()[row]
        else:
            source_area = homes.index.to_numpy()[row]
        out = gpd.GeoDataFrame(
            {"home_area": source_area, "households": shares[:, 0]},
            geometry=points,
            crs=homes.crs,
        )
        if areas is None and area_id_field in homes.columns:
            areas = homes
    else:
        out = homes.copy() if kind == "point" else homes.iloc[0:0].copy()
        out = gpd.GeoDataFrame(out, geometry=out.geometry.name, crs=homes.crs, copy=False)
        if kind == "point":
            missing = shapely.is_missing(geometry_array(out)) | shapely.is_empty(
                geometry_array(out)
            )
            if missing.any():
                feedback.warn(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Layer 'homes': {count} home(s) without geometry are left out "
                            "(first: {ids}).",
                        ),
                        count=int(missing.sum()),
                        ids=_first_ids(out.index, missing),
                    )
                )
                out = out[~missing]
        if households_field is not None:
            out["households"] = _numeric(out, households_field, "homes", feedback)
        else:
            out["households"] = 1.0
    points = representative_points(out)

    # areas: which area each home lies in
    area_table = None
    if areas is not None and len(areas) == 0:
        feedback.warn(
            Message(QT_TRANSLATE_NOOP("Messages", "Layer 'areas' is empty: no coverage per area."))
        )
        areas = None
    if areas is not None:
        if area_id_field not in areas.columns:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'areas' has no field '{field}'; choose the area code field.",
                    ),
                    field=area_id_field,
                )
            )
        area_row = point_area_rows(areas, points)
        outside = area_row < 0
        if outside.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{count} home point(s) lie outside every area; they count in the "
                        "totals but in no area (first: {ids}).",
                    ),
                    count=int(outside.sum()),
                    ids=_first_ids(out.index, outside),
                )
            )
        codes = areas[area_id_field].to_numpy()
        out[area_id_field] = np.where(outside, None, codes[np.maximum(area_row, 0)])
        if district_field is not None:
            if district_field not in areas.columns:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "Layer 'areas' has no field '{field}'."),
                        field=district_field,
                    )
                )
            d = areas[district_field].to_numpy()
            out[district_field] = np.where(outside, None, d[np.maximum(area_row, 0)])

    # network
    network = roads
    if roads is not None and not isinstance(roads, RoadNetwork):
        network = build_network(roads, node_tolerance_m=node_tolerance_m, feedback=feedback)
    feedback.set_progress(20)
    feedback.check_canceled()

    counted, counted_mask = _filter_speed(chargepoints, speed_classes, speed_class_field, feedback)
    if len(counted) == 0:
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "No chargepoints to measure from: every home is uncovered."
                )
            )
        )

    # Every distance query of this run measures from the same homes, and from subsets of the
    # same chargepoints: snap them to the network once, not once per query.
    snapped_homes = snapped_cps = None
    if network is not None:
        snapped_homes = snap_points(network, points)
        snapped_cps = snap_points(network, chargepoints)
        warn_far_from_roads(feedback, snapped_homes, out, "homes")
        warn_far_from_roads(feedback, snapped_cps, chargepoints, "chargepoints")
        feedback.check_canceled()

    def chargepoints_snapped(mask):
        if snapped_cps is None or mask is None:
            return snapped_cps
        return snapped_cps.take(mask)

    def run(sources, name, snapped_sources=None):
        return nearest_source_distance(
            points,
            sources,
            network=network,
            target_name="homes",
            source_name=name,
            snapped_targets=snapped_homes,
            snapped_sources=snapped_sources,
            feedback=feedback,
        )

    existing = run(counted, "chargepoints", chargepoints_snapped(counted_mask))
    feedback.set_progress(50)
    dist = existing.distance
    out["nearest_cp_m"] = np.where(np.isfinite(dist), dist, np.nan)
    out["nearest_cp_min"] = out["nearest_cp_m"] / walk_speed_m_s / 60.0
    cp_ids = (
        counted[chargepoint_id_field].to_numpy()
        if chargepoint_id_field is not None
        else counted.index.to_numpy()
    )
    nearest_ids = np.full(len(out), None, dtype=object)
    found = existing.source >= 0
    nearest_ids[found] = cp_ids[existing.source[found]]
    out["nearest_cp_id"] = nearest_ids
    out["covered"] = dist <= walk_distance
    with_plan = dist.copy()
    n_plan = 0
    if plan_sites is not None and len(plan_sites):
        plan = run(plan_sites, "plan sites")
        with_plan = np.minimum(with_plan, plan.distance)
        n_plan = len(plan_sites)
    out["nearest_site_m"] = np.where(np.isfinite(with_plan), with_plan, np.nan)
    out["covered_with_plan"] = with_plan <= walk_distance
    feedback.set_progress(70)

    classes: list[str] = []
    if speed_class_field in chargepoints.columns:
        values = chargepoints[speed_class_field].astype("string").str.strip().str.lower()
        for cls in SPEED_CLASSES:
            mask = (values == cls).fillna(False).to_numpy()
            if mask.any():
                feedback.check_canceled()
                cls_snapped = chargepoints_snapped(mask)
                d = run(chargepoints[mask], f"{cls} chargepoints", cls_snapped).distance
                out[f"nearest_{cls}_m"] = np.where(np.isfinite(d), d, np.nan)
                out[f"_covered_{cls}"] = d <= walk_distance
                classes.append(cls)
    out["distance_method"] = existing.method
    feedback.set_progress(90)

    area_out = None
    district_out = None
    if areas is not None:
        table = _summarise(out, area_id_field, classes)
        area_out = areas.merge(table, how="left", left_on=area_id_field, right_index=True)
        for col in ("homes_total", "homes_covered", "homes_uncovered", "homes_covered_plan"):
            area_out[col] = area_out[col].fillna(0.0)
        area_out = gpd.GeoDataFrame(area_out, geometry=areas.geometry.name, crs=areas.crs)
        area_table = table
        if district_field is not None:
            district_out = _summarise(out, district_field, classes).reset_index()
    out = out.drop(columns=[f"_covered_{c}" for c in classes])

    total = float(out["households"].sum())
    covered = float((out["households"] * out["covered"]).sum())
    covered_plan = float((out["households"] * out["covered_with_plan"]).sum())
    summary = {
        "walk_distance_m": float(walk_distance),
        "distance_method": existing.method,
        "chargepoints_counted": int(len(counted)),
        "plan_sites": int(n_plan),
        "homes_total": total,
        "homes_covered": covered,
        "homes_covered_plan": covered_plan,
        "coverage_pct": 100.0 * covered / total if total > 0 else float("nan"),
        "coverage_plan_pct": 100.0 * covered_plan / total if total > 0 else float("nan"),
        "areas": 0 if area_table is None else int(len(area_table)),
    }
    feedback.set_progress(100)
    return CoverageResult(homes=out, areas=area_out, districts=district_out, summary=summary)
