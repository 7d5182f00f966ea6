"""Score candidate chargepoint sites 0-100 on weighted, explainable criteria.

Candidates are any layer (eligible kerb runs, points, polygons); distances are measured from
each candidate's representative point (the middle of a line, a point inside a polygon).

Criteria, their raw fields and how each is normalised to 0-1 (fixed scales, so a site's score
does not depend on which other candidates are in the layer):

=============  ========================  ====================================================
criterion      raw field                 normalised value (keys of ``DEFAULT_THRESHOLDS``)
=============  ========================  ====================================================
demand         raw_demand_homes          households without off-street parking within
                                         ``catchment_radius_m``; ``min(raw / demand_full, 1)``
population     raw_population            people within ``catchment_radius_m``;
                                         ``min(raw / population_full, 1)``
gap            raw_nearest_cp_m          walking distance to the nearest public chargepoint
                                         (along ``roads`` when given); ``min(raw / gap_full_m,
                                         1)``; empty (none reachable) = 1
survey         raw_survey_count          resident suggestions within ``survey_radius_m``;
                                         ``min(raw / survey_full, 1)``
forecast       raw_forecast_shortfall    the area's forecast chargepoint shortfall
                                         (``forecast_field``); ``min(raw / forecast_full, 1)``
headroom       raw_headroom_kva          headroom at the nearest substation;
                                         ``clip(raw / headroom_full_kva, 0, 1)``
connection     raw_substation_m          straight-line distance to the nearest substation
                                         (connection cost); ``1 - min(raw /
                                         connection_worst_m, 1)``
deprivation    raw_imd_decile            IMD decile of the area; ``(10 - decile) / 9``
                                         (decile 1, most deprived = 1)
rurality       raw_ruc_code              RUC code (or class) of the area;
                                         ``DEFAULT_RURALITY_BY_RUC`` (urban 0 ... village 1)
flood          raw_flood_zone            1 when the candidate touches a flood zone polygon;
                                         "penalise": 1 - raw; "exclude": site excluded
land           raw_council_land          1 when on council land / adopted highway, else 0
=============  ========================  ====================================================

Counts within a radius (demand, population, survey) are summed without building pairs
(:func:`.network.sum_within_radius`): exact east-west, within half a 10 m band north-south at
the top and bottom of the circle. Demand from areas (no address points) spreads each area's
``households_no_offstreet`` (population likewise) evenly over a 50 m lattice inside it.

Each criterion also gets a contribution field ``c_<criterion>`` (``c_demand`` ...):
``100 * weight * normalised`` with weights rescaled to sum to 1, rounded to 4 decimals; the
contributions add up to ``score`` (0-100). A criterion without input (no layer or no field)
is left out and the other weights are rescaled (warned); a missing value for one candidate
(e.g. outside every area, unknown headroom) counts as ``missing_value`` (0.5, neutral).

Other output fields: ``score``; ``rank`` (1 = best; ties by input order; excluded sites last);
``excluded`` (bool); ``exclusion_reason`` ("FLOOD_ZONE", "NO_GEOMETRY" or empty);
``score_preset``.

Weights and thresholds come from named presets (:func:`load_presets`, JSON in
``resources/presets/scoring_presets.json``), overridable per call.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import ParameterError, SourceFormatError
from .feedback import Feedback, ensure_feedback
from .network import (
    DEFAULT_AREA_POINT_SPACING_M,
    DEFAULT_BAND_M,
    RoadNetwork,
    _first_ids,
    areas_to_points,
    build_network,
    geometry_array,
    nearest_source_distance,
    point_area_rows,
    representative_points,
    require_projected,
    sum_within_radius,
)
from .text import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Criterion:
    name: str
    raw_field: str
    contribution_field: str
    description: str


CRITERIA = {
    c.name: c
    for c in (
        Criterion(
            "demand",
            "raw_demand_homes",
            "c_demand",
            "households without off-street parking within the catchment",
        ),
        Criterion(
            "population", "raw_population", "c_population", "people living within the catchment"
        ),
        Criterion(
            "gap", "raw_nearest_cp_m", "c_gap", "walking distance to the nearest public chargepoint"
        ),
        Criterion("survey", "raw_survey_count", "c_survey", "residents' survey suggestions nearby"),
        Criterion(
            "forecast",
            "raw_forecast_shortfall",
            "c_forecast",
            "forecast public chargepoint shortfall of the area",
        ),
        Criterion(
            "headroom", "raw_headroom_kva", "c_headroom", "grid headroom at the nearest substation"
        ),
        Criterion(
            "connection",
            "raw_substation_m",
            "c_connection",
            "distance to the nearest substation (connection cost)",
        ),
        Criterion(
            "deprivation", "raw_imd_decile", "c_deprivation", "deprivation of the area (IMD decile)"
        ),
        Criterion(
            "rurality",
            "raw_ruc_code",
            "c_rurality",
            "rurality of the area (ONS Rural-Urban Classification)",
        ),
        Criterion("flood", "raw_flood_zone", "c_flood", "outside flood zones"),
        Criterion("land", "raw_council_land", "c_land", "on council land or adopted highway"),
    )
}

#: Factors of regional consortium tools that this version does not compute; presets may name
#: them only with weight 0 (so a preset can mirror a consortium's factor list honestly).
NOT_COMPUTED = {
    "transport_routes": Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "not computed: proximity to strategic transport routes matters for "
            "rapid hubs, not for residential on-street charging; add it as a candidate field "
            "later",
        )
    ),
    "pavement_road_widths": Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "not scored: footway and carriageway widths are enforced by "
            "kerbside eligibility (a kerb too narrow never becomes a candidate)",
        )
    ),
}

#: Default thresholds (all overridable per preset and per call).
DEFAULT_THRESHOLDS = {
    # a 400 m (5 minute) walk is ~300 m as the crow flies: urban pedestrian routes are typically
    # 1.2-1.4 times the straight-line distance
    "catchment_radius_m": 300.0,
    # 200 homes without off-street parking: at ~0.8 cars per household (Census 2021) and a
    # 2030 plug-in share of ~20-25 % that is 30-40 EVs, about one public chargepoint's worth
    # at 40 EVs per chargepoint (forecast.py); a judgement, tune it per preset
    "demand_full": 200.0,
    # 200 households x ~2.4 people (Census 2021 average household size) ~ 500 people
    "population_full": 500.0,
    # beyond a 400 m walk a site fills a gap in public provision (coverage.py)
    "gap_full_m": 400.0,
    # suggestions within 100 m (a street length) name the same place
    "survey_radius_m": 100.0,
    "survey_full": 3.0,
    # a shortfall of 10 public chargepoints in the area is a large local gap
    "forecast_full": 10.0,
    # 250 kVA: a hub of ~30 x 7 kW lamppost/post sockets with diversity, or 4 x 50 kW rapids
    "headroom_full_kva": 250.0,
    # cable runs beyond ~1 km make a connection a project of its own
    "connection_worst_m": 1000.0,
}

#: Rurality scale by ONS Rural-Urban Classification code: 2011 codes A1-C2 urban, D town and
#: fringe, E village / hamlet (2 = sparse setting); 2021 codes UN/UF urban, RL larger rural,
#: RS smaller rural. Graded so villages score above town fringes (an equity judgement).
DEFAULT_RURALITY_BY_RUC = {
    "A1": 0.0,
    "B1": 0.0,
    "C1": 0.0,
    "C2": 0.25,
    "D1": 0.75,
    "D2": 0.75,
    "E1": 1.0,
    "E2": 1.0,
    "UN1": 0.0,
    "UF1": 0.0,
    "RLN1": 0.75,
    "RLF1": 0.75,
    "RSN1": 1.0,
    "RSF1": 1.0,
}
#: Fallback by class text (prefix, lower case), first match wins.
RURALITY_BY_CLASS_PREFIX = (
    ("rural village", 1.0),
    ("rural hamlet", 1.0),
    ("smaller rural", 1.0),
    ("rural town", 0.75),
    ("larger rural", 0.75),
    ("urban city and town in a sparse", 0.25),
    ("urban", 0.0),
)

#: Value of a criterion for a candidate whose input is unknown (outside every area, no
#: headroom figure): neutral, neither favoured nor penalised.
DEFAULT_MISSING_NORMALISED = 0.5

FLOOD_POLICIES = ("exclude", "penalise")
DEFAULT_PRESET = "balanced"
PRESET_SCHEMA_VERSION = 1

_RESOURCE = Path("resources") / "presets" / "scoring_presets.json"


def default_preset_file() -> Path:
    """``resources/presets/scoring_presets.json`` next to the package (installed plugin) or at
    the repository root (source checkout)."""
    package = Path(__file__).resolve().parents[1]
    for base in (package, package.parent):
        candidate = base / _RESOURCE
        if candidate.is_file():
            return candidate
    return package.parent / _RESOURCE


#: Default preset file, resolved relative to the package (callers may pass their own path).
DEFAULT_PRESET_FILE = default_preset_file()


@dataclass(frozen=True)
class ScoringPreset:
    """Named weights, thresholds and flood policy (see ``scoring_presets.json``)."""

    name: str
    weights: dict
    thresholds: dict = field(default_factory=dict)
    flood_policy: str = "penalise"
    label: str = ""
    description: str = ""
    notes: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "label": self.label or self.name,
            "description": self.description,
            "weights": dict(self.weights),
            "thresholds": dict(self.thresholds),
            "flood_policy": self.flood_policy,
            "notes": dict(self.notes),
        }


def validate_weights(weights: dict, *, where: str = "weights", path=None) -> dict:
    """Check criterion names and values; returns a float dict. Raises ParameterError (or
    SourceFormatError when ``path`` is given)."""

    def fail(message, key):
        if path is not None:
            raise SourceFormatError(message, str(path), f"{where}.{key}")
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{where}: {message}"), where=where, message=message
            )
        )

    out = {}
    for key, value in weights.items():
        if key not in CRITERIA and key not in NOT_COMPUTED:
            fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "unknown criterion '{criterion}'; known: {known}"
                    ),
                    criterion=key,
                    known=", ".join(CRITERIA),
                ),
                key,
            )
        try:
            number = float(value)
        except (TypeError, ValueError):
            fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "weight '{value}' is not a number"), value=value
                ),
                key,
            )
        if not math.isfinite(number) or number < 0:
            fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "weight {value} must be a number >= 0"),
                    value=value,
                ),
                key,
            )
        if key in NOT_COMPUTED and number != 0:
            fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "'{criterion}' is {reason}; its weight must be 0"
                    ),
                    criterion=key,
                    reason=NOT_COMPUTED[key],
                ),
                key,
            )
        out[key] = number
    return out


def validate_thresholds(thresholds: dict, *, where: str = "thresholds", path=None) -> dict:
    out = {}
    for key, value in thresholds.items():
        if key not in DEFAULT_THRESHOLDS:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "unknown threshold '{threshold}'; known: {known}"),
                threshold=key,
                known=", ".join(DEFAULT_THRESHOLDS),
            )
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = float("nan")
            if math.isfinite(number) and number > 0:
                out[key] = number
                continue
            message = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "threshold {threshold} = {value!r} must be a positive number"
                ),
                threshold=key,
                value=value,
            )
        if path is not None:
            raise SourceFormatError(message, str(path), f"{where}.{key}")
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{where}: {message}"), where=where, message=message
            )
        )
    return out


def load_presets(path=None) -> dict[str, ScoringPreset]:
    """Read presets from a JSON file (default :data:`DEFAULT_PRESET_FILE`)."""
    path = Path(path) if path is not None else DEFAULT_PRESET_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "preset file not found")), str(path)
        ) from error
    except json.JSONDecodeError as error:
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "not valid JSON ({reason})"), reason=error.msg),
            str(path),
            Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=error.lineno),
        ) from error
    presets = data.get("presets") if isinstance(data, dict) else None
    if not isinstance(presets, dict):
        raise SourceFormatError(
            Message(QT_TRANSLATE_NOOP("Messages", "expected an object with a 'presets' object")),
            str(path),
            "$",
        )
    out = {}
    for name, body in presets.items():
        where = f"$.presets.{name}"
        if not isinstance(body, dict) or not isinstance(body.get("weights"), dict):
            raise SourceFormatError(
                Message(QT_TRANSLATE_NOOP("Messages", "a preset needs a 'weights' object")),
                str(path),
                where,
            )
        policy = body.get("flood_policy", "penalise")
        if policy not in FLOOD_POLICIES:
            raise SourceFormatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "flood_policy '{policy}' must be one of {policies}"
                    ),
                    policy=policy,
                    policies=FLOOD_POLICIES,
                ),
                str(path),
                f"{where}.flood_policy",
            )
        out[name] = ScoringPreset(
            name=name,
            weights=validate_weights(body["weights"], where=f"{where}.weights", path=path),
            thresholds=validate_thresholds(
                body.get("thresholds", {}), where=f"{where}.thresholds", path=path
            ),
            flood_policy=policy,
            label=str(body.get("label", name)),
            description=str(body.get("description", "")),
            notes=dict(body.get("notes", {})),
        )
    return out


def save_user_preset(path, preset: ScoringPreset) -> Path:
    """Add or replace ``preset`` in a user preset file (created when missing)."""
    path = Path(path)
    validate_weights(preset.weights)
    validate_thresholds(preset.thresholds)
    if preset.flood_policy not in FLOOD_POLICIES:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "flood_policy must be one of {policies}"),
                policies=FLOOD_POLICIES,
            )
        )
    data = {"schema_version": PRESET_SCHEMA_VERSION, "presets": {}}
    if path.is_file():
        load_presets(path)  # refuse to overwrite a broken file silently
        data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("presets", {})[preset.name] = preset.to_json()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def rurality_score(codes, classes=None, *, by_code=None) -> np.ndarray:
    """0-1 rurality per area from RUC code, falling back to class text; NaN when unknown."""
    by_code = DEFAULT_RURALITY_BY_RUC if by_code is None else by_code
    n = len(codes) if codes is not None else len(classes)
    out = np.full(n, np.nan)
    if codes is not None:
        code = pd.Series(codes).astype("string").str.strip().str.upper()
        out = code.map(by_code).astype(float).to_numpy()
    if classes is not None:
        text = pd.Series(classes).astype("string").str.strip().str.lower().fillna("")
        fallback = np.full(n, np.nan)
        for prefix, value in reversed(RURALITY_BY_CLASS_PREFIX):
            fallback[text.str.startswith(prefix).to_numpy(bool)] = value
        out = np.where(np.isnan(out), fallback, out)
    return out


def _has(frame, name) -> bool:
    return frame is not None and name is not None and name in frame.columns


def _numeric(frame, name) -> np.ndarray:
    return pd.to_numeric(frame[name], errors="coerce").to_numpy(float)


def _intersects_any(candidates: np.ndarray, polygons) -> np.ndarray:
    out = np.zeros(len(candidates), dtype=bool)
    geoms = geometry_array(polygons)
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    ok = np.flatnonzero(~shapely.is_missing(candidates))
    if len(geoms) == 0 or len(ok) == 0:
        return out
    tree = shapely.STRtree(geoms)
    hit, _ = tree.query(candidates[ok], predicate="intersects")
    out[ok[np.unique(hit)]] = True
    return out


def _xy(points: np.ndarray) -> np.ndarray:
    return shapely.get_coordinates(points).reshape(-1, 2)


def resolve_settings(preset, presets_path, weights, thresholds, flood_policy):
    """Preset (name or object) + overrides -> (name, weights, thresholds, flood_policy)."""
    if preset is None:
        base = ScoringPreset(name="custom", weights={})
    elif isinstance(preset, ScoringPreset):
        base = preset
    else:
        presets = load_presets(presets_path)
        if preset not in presets:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Unknown scoring preset '{preset}'; available: {available}."
                    ),
                    preset=preset,
                    available=", ".join(presets),
                )
            )
        base = presets[preset]
    merged_weights = {k: 0.0 for k in CRITERIA}
    merged_weights.update({k: v for k, v in base.weights.items() if k in CRITERIA})
    if weights:
        merged_weights.update(
            {k: v for k, v in validate_weights(dict(weights)).items() if k in CRITERIA}
        )
    merged_thresholds = dict(DEFAULT_THRESHOLDS)
    merged_thresholds.update(base.thresholds)
    if thresholds:
        merged_thresholds.update(validate_thresholds(dict(thresholds)))
    policy = flood_policy or base.flood_policy
    if policy not in FLOOD_POLICIES:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Flood policy must be one of {policies} (got '{policy}')."
                ),
                policies=FLOOD_POLICIES,
                policy=policy,
            )
        )
    return base.name, merged_weights, merged_thresholds, policy


def score_sites(
    candidates,
    *,
    homes=None,
    homes_weight_field: str | None = None,
    homes_offstreet_field: str | None = None,
    areas=None,
    no_offstreet_field: str | None = "households_no_offstreet",
    population_field: str | None = "population",
    imd_field: str | None = "imd_decile",
    ruc_code_field: str | None = "ruc_code",
    ruc_class_field: str | None = "ruc_class",
    forecast_field: str | None = None,
    chargepoints=None,
    roads=None,
    survey=None,
    substations=None,
    headroom_field: str | None = "headroom_kva",
    flood_zones=None,
    council_land=None,
    preset=DEFAULT_PRESET,
    presets_path=None,
    weights: dict | None = None,
    thresholds: dict | None = None,
    flood_policy: str | None = None,
    rurality_by_ruc: dict | None = None,
    missing_value: float = DEFAULT_MISSING_NORMALISED,
    area_point_spacing_m: float = DEFAULT_AREA_POINT_SPACING_M,
    band_m: float = DEFAULT_BAND_M,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Score every candidate 0-100 (see the module docstring for criteria and fields).

    Demand comes from ``homes`` (address points; ``homes_weight_field`` households each, and
    those with a true ``homes_offstreet_field`` left out) or else from the areas'
    ``no_offstreet_field`` spread over each area. ``roads`` (lines or a :class:`RoadNetwork`)
    makes the chargepoint gap a walking distance. ``preset``: a name in ``presets_path``
    (default file), a :class:`ScoringPreset`, or None (only ``weights``).
    """
    feedback = ensure_feedback(feedback)
    name, weight_of, limits, policy = resolve_settings(
        preset, presets_path, weights, thresholds, flood_policy
    )
    if not 0.0 <= missing_value <= 1.0:
        raise ParameterError(
            Message(QT_TRANSLATE_NOOP("Messages", "missing_value must be between 0 and 1."))
        )
    require_projected(candidates, "candidates")
    for layer, data in (
        ("homes", homes),
        ("areas", areas),
        ("chargepoints", chargepoints),
        ("survey suggestions", survey),
        ("substations", substations),
        ("flood zones", flood_zones),
        ("council land", council_land),
    ):
        if data is not None:
            require_projected(data, layer)

    n = len(candidates)
    geoms = geometry_array(candidates)
    no_geom = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if no_geom.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'candidates': {count} candidate(s) have no geometry; they are "
                    "kept but excluded (first: {ids}).",
                ),
                count=int(no_geom.sum()),
                ids=_first_ids(candidates.index, no_geom),
            )
        )
    points = representative_points(geoms)
    ok = ~shapely.is_missing(points)
    xy = np.full((n, 2), np.nan)
    if ok.any():
        xy[ok] = _xy(points[ok])
    raw: dict[str, np.ndarray] = {}
    norm: dict[str, np.ndarray] = {}
    available: dict[str, bool] = {}
    radius = limits["catchment_radius_m"]
    feedback.set_progress(5)

    # demand and population within the catchment: every weighted point set in ONE banded pass
    # (columns: the criteria; homes carry demand only, area lattice points their fields)
    sets: list[tuple[np.ndarray, np.ndarray]] = []
    columns: list[str] = []
    if homes is not None and len(homes):
        hp = representative_points(homes)
        w = np.ones(len(hp)) if homes_weight_field is None else _numeric(homes, homes_weight_field)
        w = np.nan_to_num(w, nan=0.0)
        if homes_offstreet_field is not None:
            if homes_offstreet_field not in homes.columns:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "Layer 'homes' has no field '{field}'."),
                        field=homes_offstreet_field,
                    )
                )
            has = homes[homes_offstreet_field].astype("boolean").fillna(False).to_numpy(bool)
            w = np.where(has, 0.0, w)
        keep = ~shapely.is_missing(hp)
        columns.append("demand")
        sets.append((_xy(hp[keep]), {"demand": w[keep]}))
    area_fields = {}
    if "demand" not in columns and _has(areas, no_offstreet_field):
        area_fields["demand"] = no_offstreet_field
    if _has(areas, population_field):
        area_fields["population"] = population_field
    if area_fields:
        apts, _, shares = areas_to_points(
            areas, list(area_fields.values()), spacing_m=area_point_spacing_m, feedback=feedback
        )
        columns.extend(area_fields)
        sets.append((_xy(apts), dict(zip(area_fields, shares.T))))
    if columns:
        all_xy = np.vstack([xy_set for xy_set, _ in sets])
        weights_matrix = np.zeros((len(all_xy), len(columns)))
        start = 0
        for xy_set, by_column in sets:
            for crit, values in by_column.items():
                weights_matrix[start : start + len(xy_set), columns.index(crit)] = values
            start += len(xy_set)
        sums = np.zeros((n, len(columns)))
        if ok.any():
            sums[ok] = sum_within_radius(xy[ok], all_xy, weights_matrix, radius, band_m=band_m)
        for k, crit in enumerate(columns):
            raw[crit] = sums[:, k]
            available[crit] = True
    for crit, full in (("demand", "demand_full"), ("population", "population_full")):
        if available.get(crit):
            norm[crit] = np.minimum(raw[crit] / limits[full], 1.0)
    feedback.set_progress(30)
    feedback.check_canceled()

    # gap in public provision
    if chargepoints is not None:
        network = roads
        if roads is not None and not isinstance(roads, RoadNetwork):
            require_projected(roads, "roads")
            network = build_network(roads, feedback=feedback)
        nearest = nearest_source_distance(
            points,
            chargepoints,
            network=network,
            target_name="candidates",
            source_name="chargepoints",
            feedback=feedback,
        )
        d = np.where(np.isfinite(nearest.distance), nearest.distance, np.nan)
        d[~ok] = np.nan
        raw["gap"] = d
        norm["gap"] = np.where(np.isnan(d), 1.0, np.minimum(d / limits["gap_full_m"], 1.0))
        available["gap"] = True
    feedback.set_progress(55)
    feedback.check_canceled()

    # survey suggestions nearby
    if survey is not None:
        sp = representative_points(survey)
        sp = sp[~shapely.is_missing(sp)]
        count = np.zeros(n)
        if ok.any() and len(sp):
            count[ok] = sum_within_radius(
                xy[ok], _xy(sp), np.ones(len(sp)), limits["survey_radius_m"], band_m=band_m / 2
            )
        raw["survey"] = count
        norm["survey"] = np.minimum(count / limits["survey_full"], 1.0)
        available["survey"] = True

    # substations: headroom at the nearest, and distance to it
    if substations is not None:
        sub_pts = representative_points(substations)
        nearest = nearest_source_distance(points, sub_pts)
        dist = np.where(np.isfinite(nearest.distance), nearest.distance, np.nan)
        raw["connection"] = dist
        norm["connection"] = np.where(
            np.isnan(dist), np.nan, 1.0 - np.minimum(dist / limits["connection_worst_m"], 1.0)
        )
        available["connection"] = True
        if _has(substations, headroom_field):
            head_all = _numeric(substations, headroom_field)
            head = np.full(n, np.nan)
            found = nearest.source >= 0
            head[found] = head_all[nearest.source[found]]
            raw["headroom"] = head
            norm["headroom"] = np.clip(head / limits["headroom_full_kva"], 0.0, 1.0)
            available["headroom"] = True
    feedback.set_progress(70)
    feedback.check_canceled()

    # attributes of the area each candidate lies in
    if areas is not None and len(areas):
        rows = point_area_rows(areas, points)
        inside = rows >= 0
        outside = ok & ~inside
        if outside.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{count} candidate(s) lie outside every area; their area-based "
                        "criteria count as {value:g} (first: {ids}).",
                    ),
                    count=int(outside.sum()),
                    value=missing_value,
                    ids=_first_ids(candidates.index, outside),
                )
            )

        def per_candidate(values):
            out = np.full(n, np.nan, dtype=float if values.dtype.kind in "fiub" else object)
            out[inside] = values[rows[inside]]
            return out

        if _has(areas, imd_field):
            decile = per_candidate(_numeric(areas, imd_field))
            decile = np.where((decile >= 1) & (decile <= 10), decile, np.nan)
            raw["deprivation"] = decile
            norm["deprivation"] = (10.0 - decile) / 9.0
            available["deprivation"] = True
        code_ok = _has(areas, ruc_code_field)
        class_ok = _has(areas, ruc_class_field)
        if code_ok or class_ok:
            area_rural = rurality_score(
                areas[ruc_code_field].to_numpy() if code_ok else None,
                areas[ruc_class_field].to_numpy() if class_ok else None,
                by_code=rurality_by_ruc,
            )
            label = (areas[ruc_code_field] if code_ok else areas[ruc_class_field]).to_numpy()
            raw_label = np.full(n, None, dtype=object)
            raw_label[inside] = label[rows[inside]]
            raw["rurality"] = raw_label
            norm["rurality"] = per_candidate(area_rural)
            available["rurality"] = True
        if _has(areas, forecast_field):
            short = per_candidate(_numeric(areas, forecast_field))
            raw["forecast"] = short
            norm["forecast"] = np.clip(short / limits["forecast_full"], 0.0, 1.0)
            available["forecast"] = True
        elif forecast_field is not None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Layer 'areas' has no field '{field}'."),
                    field=forecast_field,
                )
            )

    # flood zones and council land
    excluded = no_geom.copy()
    reason = np.where(no_geom, "NO_GEOMETRY", "").astype(object)
    if flood_zones is not None:
        flooded = _intersects_any(geoms, flood_zones)
        raw["flood"] = flooded.astype(np.int64)
        if policy == "exclude":
            newly = flooded & ~excluded
            excluded |= flooded
            reason[newly] = "FLOOD_ZONE"
        else:
            norm["flood"] = 1.0 - flooded.astype(float)
            available["flood"] = True
    if council_land is not None:
        on_land = _intersects_any(geoms, council_land)
        raw["land"] = on_land.astype(np.int64)
        norm["land"] = on_land.astype(float)
        available["land"] = True
    feedback.set_progress(85)

    # weights: drop criteria without input, rescale the rest
    dropped = [c for c, w in weight_of.items() if w > 0 and not available.get(c)]
    if dropped:
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No input for criteria {criteria}; they are left out and the other weights "
                    "rescaled.",
                ),
                criteria=", ".join(f"{c} (weight {weight_of[c]:g})" for c in dropped),
            )
        )
    active = {c: w for c, w in weight_of.items() if w > 0 and available.get(c)}
    total = sum(active.values())
    if total <= 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No criterion with a weight above 0 has input data; give the layers for the "
                    "weighted criteria or change the weights.",
                )
            )
        )
    effective = {c: active.get(c, 0.0) / total for c in CRITERIA}
    feedback.info(
        Message(
            QT_TRANSLATE_NOOP("Messages", "Scoring weights: {weights}"),
            weights=", ".join(f"{c} {w:.3f}" for c, w in effective.items() if w),
        )
    )

    out = candidates.copy()
    score = np.zeros(n)
    missing_counts = {}
    for crit, spec in CRITERIA.items():
        values = raw.get(crit)
        if values is None:
            values = np.full(n, np.nan)
        out[spec.raw_field] = values
        w = effective[crit]
        if w > 0:
            v = np.asarray(norm[crit], dtype=float)
            unknown = np.isnan(v) & ok
            if unknown.any():
                missing_counts[crit] = int(unknown.sum())
            v = np.where(np.isnan(v), missing_value, v)
            contribution = np.round(100.0 * w * v, 4)
        else:
            contribution = np.zeros(n)
        contribution = np.where(excluded, 0.0, contribution)
        out[spec.contribution_field] = contribution
        score += contribution
    for crit, count in missing_counts.items():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} candidate(s) have no value for '{criterion}'; it counts as {value:g}.",
                ),
                count=count,
                criterion=crit,
                value=missing_value,
            )
        )
    score = np.round(score, 4)
    # Rounding each contribution can push a perfect score a few 1e-5 past 100: take the excess
    # off the largest contribution so the score stays within 0-100 and still equals the sum.
    over = np.flatnonzero(score > 100.0)
    if over.size:
        fields = [
            CRITERIA[c].contribution_field
            for c in CRITERIA
            if CRITERIA[c].contribution_field in out
        ]
        block = out[fields].to_numpy(dtype=float)
        largest = np.argmax(block[over], axis=1)
        block[over, largest] = np.round(block[over, largest] - (score[over] - 100.0), 4)
        for j, name in enumerate(fields):
            out[name] = block[:, j]
        score[over] = 100.0
    out["score"] = score
    order = np.lexsort((np.arange(n), -score, excluded))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(1, n + 1)
    out["rank"] = rank
    out["excluded"] = excluded
    out["exclusion_reason"] = reason
    out["score_preset"] = name
    out.attrs["effective_weights"] = effective
    out.attrs["flood_policy"] = policy
    feedback.set_progress(100)
    return out
