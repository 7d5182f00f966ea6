"""Forecast plug-in EVs and the public chargepoints they need, per area and target year.

Two ways to get the EV stock of an area in a year (choose one):

``current_evs_field`` + logistic uptake (``method = "logistic"``)
    ``evs(area, year) = current(area) * f(year) / f(base_year)`` where
    ``f(t) = saturation / (1 + exp(-growth_rate * (t - midpoint_year)))`` is the plug-in share of
    the car fleet; capped at ``cars * saturation`` when ``cars_field`` is given.

``county_total_by_year`` (``method = "county_total"``)
    a strategy's totals, e.g. ``{2024: 13_000, 2030: 128_300}``, linearly interpolated between
    the given years (target years outside them are refused), apportioned to areas in proportion
    to ``apportion_field`` (households, cars or current EVs).

Then ``evs_needing_public = evs * share`` where the share is, in order of precedence,
``share_field`` (0-1 per area), ``no_offstreet_field / households_field`` (households without
off-street parking, e.g. from census accommodation type, see :mod:`.joins`), or the parameter
``share_needing_public``; and ``required = evs_needing_public / evs_per_public_chargepoint``.

Rounding (``rounding``)
    ``"largest_remainder"`` (default): the county total for a year is
    ``ceil(sum of exact requirements)`` and it is shared among the areas by the largest
    remainder method (each area gets the floor of its exact requirement, the remaining units go
    to the largest fractional parts, ties to the earlier area), so per-area figures add up
    exactly to the reproducible county total: 128,300 EVs at 40 EVs per chargepoint = 3,208.
    ``"ceil"``: every area rounds up on its own; the sum can exceed the county figure by up to
    one per area.

Output fields, per area and year (``ForecastResult.areas``; area fields are kept)
    ``year``, ``evs`` (float), ``share_needing_public``, ``evs_needing_public``,
    ``required_exact`` (float), ``required_chargepoints`` (int), ``existing_chargepoints`` (int),
    ``shortfall`` (int, ``max(required - existing, 0)``), ``method``.
Totals per year (``ForecastResult.totals``)
    the same sums, plus ``shortfall_net = max(total required - total existing, 0)`` (the sum of
    area shortfalls is larger when some areas already have more than they need).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from .errors import ParameterError
from .feedback import Feedback, ensure_feedback
from .network import _first_ids, point_area_rows, require_projected
from .text import QT_TRANSLATE_NOOP, Message

#: Plug-in EVs per public chargepoint, over the whole plug-in fleet. 40 is the ratio behind the
#: county strategy figures quoted in DESIGN.md (128,300 plug-in EVs by 2030 needing 3,200+ public
#: chargepoints); for scale, DfT's "Taking charge" EV infrastructure strategy (2022) expects
#: about 300,000 public chargepoints for the national fleet by 2030. Use your strategy's ratio.
DEFAULT_EVS_PER_PUBLIC_CHARGEPOINT = 40.0

#: Share of EVs counted against public chargepoints. 1.0 because the fleet-wide ratio above
#: already allows for home charging; when you give the share of households without off-street
#: parking instead, lower the ratio to "EVs relying on public charging per chargepoint".
DEFAULT_SHARE_NEEDING_PUBLIC = 1.0

#: Year of the current registrations (DfT VEH0142-style counts of licensed plug-in vehicles).
DEFAULT_BASE_YEAR = 2024

#: Logistic plug-in share of the car fleet. Illustrative defaults, calibrated to two anchors:
#: about 3.6 % of licensed cars plug-in in 2024 (DfT vehicle licensing statistics, VEH0142:
#: ~3-4 %) and half the fleet plug-in by 2035, five years after the end of new petrol and diesel
#: car sales (ZEV mandate, 2030) given cars stay on the road ~14 years. The whole fleet turns
#: over eventually (saturation 1.0). Calibrate to your strategy before publishing figures.
DEFAULT_LOGISTIC_SATURATION = 1.0
DEFAULT_LOGISTIC_MIDPOINT_YEAR = 2035.0
DEFAULT_LOGISTIC_GROWTH_RATE = 0.3

ROUNDING_MODES = ("largest_remainder", "ceil")

# exact requirements are rounded to this many decimals before ceil/floor so that
# floating-point noise (3207.0000000001) never adds a chargepoint
_DECIMALS = 9


@dataclass
class ForecastResult:
    """Per area and year (long format) and county totals per year."""

    areas: pd.DataFrame
    totals: pd.DataFrame


def logistic_share(
    year,
    *,
    saturation: float = DEFAULT_LOGISTIC_SATURATION,
    midpoint_year: float = DEFAULT_LOGISTIC_MIDPOINT_YEAR,
    growth_rate: float = DEFAULT_LOGISTIC_GROWTH_RATE,
):
    """Plug-in share of the car fleet in ``year`` on the logistic uptake curve."""
    year = np.asarray(year, dtype=float)
    return saturation / (1.0 + np.exp(-growth_rate * (year - midpoint_year)))


def interpolate_totals(totals: Mapping[int, float], years: Iterable[int]) -> np.ndarray:
    """County totals for ``years``, linear between the given years (no extrapolation)."""
    known = sorted((int(y), float(v)) for y, v in totals.items())
    if not known:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The county totals by year are empty; give at least one year."
                )
            )
        )
    xs = np.array([k[0] for k in known], float)
    ys = np.array([k[1] for k in known], float)
    if (ys < 0).any():
        raise ParameterError(
            Message(QT_TRANSLATE_NOOP("Messages", "County EV totals must not be negative."))
        )
    years = np.asarray(list(years), dtype=float)
    outside = (years < xs[0]) | (years > xs[-1])
    if outside.any():
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Target year(s) {years} are outside the county "
                    "totals given ({first}-{last}); add totals for those years or choose "
                    "target years within the range.",
                ),
                years=sorted(int(y) for y in years[outside]),
                first=int(xs[0]),
                last=int(xs[-1]),
            )
        )
    return np.interp(years, xs, ys)


def apportion_integers(values: np.ndarray, total: int) -> np.ndarray:
    """Split the integer ``total`` in proportion to ``values`` (non-negative) by the largest
    remainder method; ties go to the earlier position. ``values`` must sum to about ``total``
    (between ``sum(floor)`` and ``sum(floor) + len``)."""
    values = np.round(np.asarray(values, dtype=float), _DECIMALS)
    floors = np.floor(values)
    remainder = values - floors
    extra = int(total - floors.sum())
    out = floors.astype(np.int64)
    if extra > 0:
        order = np.lexsort((np.arange(len(values)), -remainder))
        out[order[:extra]] += 1
    elif extra < 0:  # pragma: no cover - guarded by the caller
        raise ValueError("total below the sum of floors")
    return out


def _field(frame, name, what) -> pd.Series:
    if name not in frame.columns:
        fields = ", ".join(map(str, frame.columns))
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Layer 'areas' has no field '{field}' ({what}); fields: {fields}"
                ),
                field=name,
                what=what,
                fields=fields,
            )
        )
    return pd.to_numeric(frame[name], errors="coerce")


def _clean(values: pd.Series, name: str, frame, feedback, *, upper=None) -> np.ndarray:
    bad = values.isna() | (values < 0)
    if upper is not None:
        bad |= values > upper
    if bad.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'areas': {count} area(s) have no valid '{field}' and use 0 "
                    "(first: {ids}).",
                ),
                count=int(bad.sum()),
                field=name,
                ids=_first_ids(frame.index, bad.to_numpy()),
            )
        )
    return values.where(~bad, 0.0).to_numpy(float)


def count_points_in_areas(areas, points, *, weight_field: str | None = None) -> np.ndarray:
    """Number (or sum of ``weight_field``) of points in each area; a point on a shared boundary
    counts in the first area only."""
    counts = np.zeros(len(areas))
    if points is None or len(points) == 0:
        return counts
    rows = point_area_rows(areas, points)
    if weight_field is None:
        w = np.ones(len(rows))
    else:
        w = pd.to_numeric(points[weight_field], errors="coerce").fillna(0).to_numpy(float)
    inside = rows >= 0
    np.add.at(counts, rows[inside], w[inside])
    return counts


def forecast_demand(
    areas,
    *,
    target_years: Iterable[int],
    base_year: int = DEFAULT_BASE_YEAR,
    current_evs_field: str | None = None,
    county_total_by_year: Mapping[int, float] | None = None,
    apportion_field: str = "households",
    cars_field: str | None = None,
    saturation: float = DEFAULT_LOGISTIC_SATURATION,
    midpoint_year: float = DEFAULT_LOGISTIC_MIDPOINT_YEAR,
    growth_rate: float = DEFAULT_LOGISTIC_GROWTH_RATE,
    share_needing_public: float = DEFAULT_SHARE_NEEDING_PUBLIC,
    share_field: str | None = None,
    no_offstreet_field: str | None = None,
    households_field: str = "households",
    evs_per_public_chargepoint: float = DEFAULT_EVS_PER_PUBLIC_CHARGEPOINT,
    chargepoints=None,
    chargepoint_count_field: str | None = None,
    existing_field: str | None = None,
    area_id_field: str = "area_code",
    rounding: str = "largest_remainder",
    feedback: Feedback | None = None,
) -> ForecastResult:
    """EVs, EVs needing public charging, required and existing public chargepoints and the
    shortfall, per area and target year (see the module docstring for the model).

    Existing chargepoints per area: ``existing_field`` on the areas, or counted from the
    ``chargepoints`` layer (``chargepoint_count_field`` to count sockets instead of devices).
    """
    feedback = ensure_feedback(feedback)
    years = sorted({int(y) for y in target_years})
    if not years:
        raise ParameterError(
            Message(QT_TRANSLATE_NOOP("Messages", "Choose at least one target year."))
        )
    if not evs_per_public_chargepoint or evs_per_public_chargepoint <= 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "EVs per public chargepoint must be positive (got {value})."
                ),
                value=evs_per_public_chargepoint,
            )
        )
    if not 0.0 <= share_needing_public <= 1.0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The share of EVs needing public charging must be between 0 and 1 "
                    "(got {value}).",
                ),
                value=share_needing_public,
            )
        )
    if rounding not in ROUNDING_MODES:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Rounding must be one of {modes} (got '{rounding}')."
                ),
                modes=ROUNDING_MODES,
                rounding=rounding,
            )
        )
    if (current_evs_field is None) == (county_total_by_year is None):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Give either the field of current plug-in EVs per area (uptake curve) or the "
                    "county totals by year (apportioned to areas), not both and not neither.",
                )
            )
        )
    if area_id_field not in areas.columns:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Layer 'areas' has no field '{field}' (area code)."),
                field=area_id_field,
            )
        )
    if isinstance(areas, gpd.GeoDataFrame):
        require_projected(areas, "areas")
    n = len(areas)

    # EV stock per area and year: array (n_years, n_areas)
    if current_evs_field is not None:
        method = "logistic"
        if saturation <= 0 or saturation > 1 or growth_rate <= 0:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The uptake curve needs 0 < saturation <= 1 and a positive growth rate.",
                    )
                )
            )
        current = _clean(
            _field(areas, current_evs_field, Message(QT_TRANSLATE_NOOP("Messages", "current EVs"))),
            current_evs_field,
            areas,
            feedback,
        )
        curve = dict(saturation=saturation, midpoint_year=midpoint_year, growth_rate=growth_rate)
        factor = logistic_share(years, **curve) / logistic_share(base_year, **curve)
        evs = factor[:, None] * current[None, :]
        if cars_field is not None:
            cars = _clean(
                _field(areas, cars_field, Message(QT_TRANSLATE_NOOP("Messages", "cars"))),
                cars_field,
                areas,
                feedback,
            )
            evs = np.minimum(evs, np.maximum(cars * saturation, current)[None, :])
    else:
        method = "county_total"
        totals = interpolate_totals(county_total_by_year, years)
        weights = _clean(
            _field(
                areas,
                apportion_field,
                Message(QT_TRANSLATE_NOOP("Messages", "apportioning weight")),
            ),
            apportion_field,
            areas,
            feedback,
        )
        if weights.sum() <= 0:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The field '{field}' sums to 0 over the areas; the county totals "
                        "cannot be apportioned. Choose households or cars.",
                    ),
                    field=apportion_field,
                )
            )
        evs = totals[:, None] * (weights / weights.sum())[None, :]

    # share needing public charging, per area
    if share_field is not None:
        share = _clean(
            _field(
                areas,
                share_field,
                Message(QT_TRANSLATE_NOOP("Messages", "share needing public charging")),
            ),
            share_field,
            areas,
            feedback,
            upper=1.0,
        )
        share_source = share_field
    elif no_offstreet_field is not None:
        no_off = _clean(
            _field(
                areas,
                no_offstreet_field,
                Message(QT_TRANSLATE_NOOP("Messages", "households without off-street parking")),
            ),
            no_offstreet_field,
            areas,
            feedback,
        )
        hh = _clean(
            _field(areas, households_field, Message(QT_TRANSLATE_NOOP("Messages", "households"))),
            households_field,
            areas,
            feedback,
        )
        share = np.divide(no_off, hh, out=np.zeros(n), where=hh > 0)
        over = share > 1
        if over.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{count} area(s) have more households without off-street parking "
                        "than households; their share is capped at 1 (first: {ids}).",
                    ),
                    count=int(over.sum()),
                    ids=_first_ids(areas.index, over),
                )
            )
            share = np.minimum(share, 1.0)
        share_source = f"{no_offstreet_field}/{households_field}"
    else:
        share = np.full(n, float(share_needing_public))
        share_source = Message(QT_TRANSLATE_NOOP("Messages", "parameter"))
    feedback.info(
        Message(
            QT_TRANSLATE_NOOP("Messages", "Share of EVs needing public charging from: {source}"),
            source=share_source,
        )
    )

    # existing public chargepoints per area
    if existing_field is not None:
        existing = _clean(
            _field(
                areas,
                existing_field,
                Message(QT_TRANSLATE_NOOP("Messages", "existing chargepoints")),
            ),
            existing_field,
            areas,
            feedback,
        )
    elif chargepoints is not None:
        if not isinstance(areas, gpd.GeoDataFrame):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Counting chargepoints per area needs area polygons; give a layer with "
                        "geometry or a field of existing chargepoints.",
                    )
                )
            )
        require_projected(chargepoints, "chargepoints")
        existing = count_points_in_areas(areas, chargepoints, weight_field=chargepoint_count_field)
        outside = point_area_rows(areas, chargepoints) < 0
        if outside.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'chargepoints': {count} chargepoint(s) lie outside every "
                        "area and are not counted (first: {ids}).",
                    ),
                    count=int(outside.sum()),
                    ids=_first_ids(chargepoints.index, outside),
                )
            )
    else:
        existing = np.zeros(n)
    existing = np.round(existing).astype(np.int64)

    needing = evs * share[None, :]
    exact = np.round(needing / float(evs_per_public_chargepoint), _DECIMALS)
    required = np.zeros_like(exact, dtype=np.int64)
    for y in range(len(years)):  # one row per target year
        feedback.check_canceled()
        if rounding == "ceil":
            required[y] = np.ceil(exact[y]).astype(np.int64)
        else:
            total = math.ceil(round(float(exact[y].sum()), _DECIMALS - 3))
            required[y] = apportion_integers(exact[y], total)
    shortfall = np.maximum(required - existing[None, :], 0)

    base = pd.DataFrame(areas).reset_index(drop=True)
    frames = []
    for y, year in enumerate(years):
        part = base.copy()
        part["year"] = year
        part["evs"] = evs[y]
        part["share_needing_public"] = share
        part["evs_needing_public"] = needing[y]
        part["required_exact"] = exact[y]
        part["required_chargepoints"] = required[y]
        part["existing_chargepoints"] = existing
        part["shortfall"] = shortfall[y]
        part["method"] = method
        frames.append(part)
    long = pd.concat(frames, ignore_index=True)
    if isinstance(areas, gpd.GeoDataFrame):
        long = gpd.GeoDataFrame(long, geometry=areas.geometry.name, crs=areas.crs)

    totals = pd.DataFrame(
        {
            "year": years,
            "evs": evs.sum(axis=1),
            "evs_needing_public": needing.sum(axis=1),
            "required_exact": exact.sum(axis=1),
            "required_chargepoints": required.sum(axis=1),
            "existing_chargepoints": int(existing.sum()),
            "shortfall": shortfall.sum(axis=1),
        }
    )
    totals["shortfall_net"] = np.maximum(
        totals["required_chargepoints"] - totals["existing_chargepoints"], 0
    )
    totals["method"] = method
    return ForecastResult(areas=long, totals=totals)
