"""Choose the delivery-plan shortlist from scored candidate sites, greedily and deterministically.

Algorithm (:func:`select_sites`)
    Candidates are ordered by ``score`` (highest first; ties by input order); excluded sites
    and sites without a score are never chosen. A site is *feasible* while: it is at least
    ``min_spacing_m`` from every chosen site (distance between geometries), its district has not
    reached its maximum, and its cost fits the remaining budget (and fewer than ``n`` are
    chosen).

    1. Minimums first. While a district minimum (``district_quotas``) or the rural minimum is
       unmet, take the highest-scoring feasible site that helps an unmet minimum (reason
       ``DISTRICT_QUOTA`` or ``RURAL_SHARE``). The rural minimum is
       ``ceil(min_rural_share * n)``; with a budget and no ``n``, ``n`` is estimated by a dry
       run without the rural constraint.
    2. Then, while feasible sites remain, take the highest-scoring one (reason ``TOP_SCORE``),
       except that a non-rural site is passed over whenever taking it would bring the rural
       share of the shortlist below ``min_rural_share``; the best feasible rural site is taken
       instead (``RURAL_SHARE``).

Guarantee
    The shortlist always respects spacing, district maxima, ``n`` and the budget. District
    minimums and the rural share hold whenever phase 1 could meet them; an unmet minimum is
    reported in ``summary["unmet"]`` (never hidden). With the rural share, in phase 2 the
    share never falls below the minimum once reached. Greedy is not optimal in general
    (maximising total score under a spacing rule is NP-hard), but every site skipped for
    spacing in phase 2 lies within ``min_spacing_m`` of a chosen site with at least its score.

Output fields (added to the chosen rows, in selection order)
    ``selection_order`` (1 = first taken), ``selection_reason`` (``TOP_SCORE``,
    ``DISTRICT_QUOTA``, ``RURAL_SHARE``), ``selection_note`` (plain-language why),
    ``site_cost``, ``cumulative_cost``, ``is_rural``.
Summary keys
    ``selected``, ``total_score``, ``total_cost``, ``budget``, ``budget_left``, ``rural``,
    ``rural_share``, ``by_district``, ``stopped_by`` (``N``, ``BUDGET`` or
    ``NO_FEASIBLE_SITE``), ``binding`` (constraints that changed the choice), ``skipped``
    (candidates scoring at least as high as the last chosen site that a constraint ruled
    out: ``SPACING``, ``BUDGET``, ``DISTRICT_MAX``, ``RURAL_SHARE``) and ``unmet``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import InputDataError, ParameterError
from .feedback import Feedback, ensure_feedback
from .joins import is_rural
from .network import geometry_array
from .text import QT_TRANSLATE_NOOP, Message

#: Indicative installed cost per site by charger type (GBP, hardware + installation, before
#: grid reinforcement), in the ranges UK councils report for LEVI-era procurements: lamp-column
#: or post-mounted slow (3-7 kW) units a few thousand pounds, fast (22 kW) posts around ten
#: thousand, rapid (50 kW) and ultra-rapid hubs tens of thousands to over a hundred thousand.
#: Replace with your framework or tender prices.
DEFAULT_COST_BY_CHARGER_TYPE = {
    "slow": 4_000.0,
    "fast": 10_000.0,
    "rapid": 45_000.0,
    "ultra": 110_000.0,
}

#: Charger type assumed for a candidate with no ``charger_type_field`` value: on-street
#: residential charging is mostly slow (lamp column / post) chargers.
DEFAULT_CHARGER_TYPE = "slow"

#: Minimum distance between two chosen sites (metres): half the 400 m walking catchment
#: (coverage.DEFAULT_WALK_DISTANCE_M) so that catchments overlap but sites do not cluster.
DEFAULT_MIN_SPACING_M = 200.0

REASONS = ("TOP_SCORE", "DISTRICT_QUOTA", "RURAL_SHARE")


@dataclass
class SelectionResult:
    """The shortlist (chosen rows in selection order) and a summary of the constraints."""

    shortlist: gpd.GeoDataFrame
    summary: dict = field(default_factory=dict)


def _quota_bounds(district_quotas) -> dict:
    bounds = {}
    for district, quota in (district_quotas or {}).items():
        if isinstance(quota, (int, np.integer)) and not isinstance(quota, bool):
            low, high = int(quota), int(quota)
        elif isinstance(quota, (tuple, list)) and len(quota) == 2:
            low = 0 if quota[0] is None else int(quota[0])
            high = None if quota[1] is None else int(quota[1])
        else:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Quota for district '{district}' must be a number (exactly that many "
                        "sites) or a pair (minimum, maximum), got {quota!r}.",
                    ),
                    district=district,
                    quota=quota,
                )
            )
        if low < 0 or (high is not None and high < low):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Quota for district '{district}' is not a valid range."
                    ),
                    district=district,
                )
            )
        bounds[str(district)] = (low, high)
    return bounds


def _rural_flags(scored, rural_field, feedback) -> np.ndarray:
    if rural_field is not None:
        if rural_field not in scored.columns:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Layer 'candidates' has no field '{field}'."),
                    field=rural_field,
                )
            )
        values = scored[rural_field]
        if pd.api.types.is_bool_dtype(values.dtype):
            return values.astype("boolean").fillna(False).to_numpy(bool)
        if values.dtype == object or str(values.dtype).startswith("string"):
            text = values.astype("string").str.strip().str.lower()
            flags = text.isin(["true", "1", "yes", "y", "t"]).to_numpy(bool)
            flags |= is_rural(values, values)
        else:
            flags = pd.to_numeric(values, errors="coerce").fillna(0).to_numpy(float) > 0
        return flags
    if "is_rural" in scored.columns:
        return _rural_flags(scored, "is_rural", feedback)
    if "raw_ruc_code" in scored.columns:
        return is_rural(scored["raw_ruc_code"], scored["raw_ruc_code"])
    raise ParameterError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A minimum rural share needs to know which sites are rural: choose a field "
                "(true/false or an ONS RUC code) or score the sites with areas that carry "
                "ruc_code.",
            )
        )
    )


def _costs(scored, budget, cost_by_charger_type, charger_type_field, default_type):
    n = len(scored)
    if charger_type_field is not None and charger_type_field in scored.columns:
        types = scored[charger_type_field].astype("string").str.strip().str.lower()
        types = types.fillna(default_type).to_numpy(object)
    else:
        types = np.full(n, default_type, dtype=object)
    table = {str(k).lower(): float(v) for k, v in cost_by_charger_type.items()}
    if any(v < 0 or not math.isfinite(v) for v in table.values()):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Costs per charger type must be non-negative numbers."
                )
            )
        )
    costs = np.array([table.get(t, np.nan) for t in types], dtype=float)
    unknown = np.isnan(costs)
    if unknown.any():
        if budget is not None:
            first = int(np.flatnonzero(unknown)[0])
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "charger type '{charger_type}' has no cost; add it to the costs per "
                        "charger type ({known})",
                    ),
                    charger_type=types[first],
                    known=", ".join(table),
                ),
                "candidates",
                scored.index[first],
            )
        costs[unknown] = 0.0
    return costs


def select_sites(
    scored,
    *,
    n: int | None = None,
    budget: float | None = None,
    cost_by_charger_type: Mapping[str, float] = DEFAULT_COST_BY_CHARGER_TYPE,
    charger_type_field: str | None = "charger_type",
    default_charger_type: str = DEFAULT_CHARGER_TYPE,
    min_spacing_m: float = DEFAULT_MIN_SPACING_M,
    min_rural_share: float = 0.0,
    rural_field: str | None = None,
    district_field: str | None = "district",
    district_quotas: Mapping[str, int | tuple] | None = None,
    score_field: str = "score",
    feedback: Feedback | None = None,
) -> SelectionResult:
    """Choose up to ``n`` sites and/or as many as ``budget`` allows, maximising score greedily
    under spacing, rural share and district quotas (see the module docstring).

    ``district_quotas``: ``{district: k}`` for exactly ``k`` sites, or ``{district: (min,
    max)}`` (either may be None). Districts not listed are unconstrained.
    """
    feedback = ensure_feedback(feedback)
    if n is None and budget is None:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Give the number of sites to choose, a budget, or both."
                )
            )
        )
    if n is not None and n < 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The number of sites must be 0 or more (got {value})."
                ),
                value=n,
            )
        )
    if budget is not None and budget < 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The budget must be 0 or more (got {value})."),
                value=budget,
            )
        )
    if min_spacing_m < 0:
        raise ParameterError(
            Message(QT_TRANSLATE_NOOP("Messages", "The minimum spacing must be 0 m or more."))
        )
    if not 0.0 <= min_rural_share <= 1.0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The minimum rural share must be between 0 and 1.")
            )
        )
    if score_field not in scored.columns:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Layer 'candidates' has no field '{field}'; score it first."
                ),
                field=score_field,
            )
        )

    total = len(scored)
    score = pd.to_numeric(scored[score_field], errors="coerce").to_numpy(float)
    usable = ~np.isnan(score)
    if "excluded" in scored.columns:
        usable &= ~scored["excluded"].astype("boolean").fillna(False).to_numpy(bool)
    geoms = geometry_array(scored)
    no_geom = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    usable &= ~no_geom
    order = np.lexsort((np.arange(total), -np.nan_to_num(score, nan=-np.inf)))
    position = np.empty(total, dtype=np.int64)
    position[order] = np.arange(total)  # rank in score order

    bounds = _quota_bounds(district_quotas)
    districts = np.full(total, "", dtype=object)  # "" = no district
    if bounds:
        if district_field is None or district_field not in scored.columns:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "District quotas need a district field on the candidates (got '{field}').",
                    ),
                    field=district_field,
                )
            )
        districts = scored[district_field].astype("string").fillna("").to_numpy(object)
        unknown = set(bounds) - set(districts)
        if unknown:
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "No candidate lies in district(s) {districts} of the quotas."
                    ),
                    districts=sorted(unknown),
                )
            )
    elif district_field is not None and district_field in scored.columns:
        districts = scored[district_field].astype("string").fillna("").to_numpy(object)
    rural = (
        _rural_flags(scored, rural_field, feedback)
        if (min_rural_share > 0 or rural_field is not None)
        else _rural_flags_optional(scored)
    )
    costs = _costs(scored, budget, cost_by_charger_type, charger_type_field, default_charger_type)
    tree = shapely.STRtree(np.where(no_geom, None, geoms)) if min_spacing_m > 0 else None

    def run(rural_target: int, share: float):
        available = usable.copy()
        blocked_by = np.full(total, "", dtype=object)
        chosen: list[int] = []
        reasons: list[str] = []
        notes: list[str] = []
        count_by_district: dict = {}
        state = {"spent": 0.0, "rural": 0}

        def block(mask, why):
            newly = available & mask
            blocked_by[newly & (blocked_by == "")] = why
            available[mask] = False

        def refresh_budget():
            if budget is not None:
                block(costs > budget - state["spent"] + 1e-9, "BUDGET")

        def take(i, reason, note):
            chosen.append(i)
            reasons.append(reason)
            notes.append(note)
            available[i] = False
            state["spent"] += costs[i]
            state["rural"] += int(rural[i])
            d = districts[i]
            count_by_district[d] = count_by_district.get(d, 0) + 1
            if d in bounds and bounds[d][1] is not None and count_by_district[d] >= bounds[d][1]:
                block(districts == d, "DISTRICT_MAX")
            if tree is not None:
                near = tree.query(geoms[i], predicate="dwithin", distance=min_spacing_m)
                if len(near):
                    close = near[shapely.distance(geoms[near], geoms[i]) < min_spacing_m]
                    mask = np.zeros(total, dtype=bool)
                    mask[close] = True
                    block(mask, "SPACING")
            refresh_budget()

        def full() -> bool:
            return n is not None and len(chosen) >= n

        def best(mask) -> int:
            candidates = mask[order]
            if not candidates.any():
                return -1
            return int(order[np.argmax(candidates)])

        refresh_budget()
        # districts whose maximum is 0 are closed from the start
        for d, (_, high) in bounds.items():
            if high == 0:
                block(districts == d, "DISTRICT_MAX")

        # phase 1: minimums
        while not full():
            need_rural = state["rural"] < rural_target
            short = {d for d, (low, _) in bounds.items() if count_by_district.get(d, 0) < low}
            if not need_rural and not short:
                break
            helps = np.zeros(total, dtype=bool)
            if short:
                helps |= np.isin(districts, list(short))
            if need_rural:
                helps |= rural
            i = best(available & helps)
            if i < 0:
                break
            if i == best(available):  # also the best site overall: taken on its merit
                take(i, "TOP_SCORE", _top_note(score[i], min_spacing_m))
                continue
            if districts[i] in short:
                low = bounds[districts[i]][0]
                reason = "DISTRICT_QUOTA"
                note = (
                    f"taken to meet the minimum of {low} site(s) in district '{districts[i]}': "
                    f"best remaining there (score {score[i]:.1f})"
                )
            else:
                reason = "RURAL_SHARE"
                note = (
                    f"taken to meet the rural minimum of {rural_target} site(s): best "
                    f"remaining rural site (score {score[i]:.1f})"
                )
            take(i, reason, note)
        feedback.check_canceled()

        # phase 2: best by score, keeping the rural share
        share_skips = np.zeros(total, dtype=bool)
        while not full():
            feedback.check_canceled()
            i = best(available)
            if i < 0:
                break
            below_share = state["rural"] < share * (len(chosen) + 1) - 1e-9
            if share > 0 and not rural[i] and below_share:
                j = best(available & rural)
                if j < 0:
                    # no rural site left: any urban site would break the share
                    share_skips |= available & ~rural
                    block(~rural, "RURAL_SHARE")
                    continue
                share_skips[i] = True
                take(
                    j,
                    "RURAL_SHARE",
                    f"rural site taken before higher-scoring urban sites to keep the rural "
                    f"share at {share:.0%} or more (score {score[j]:.1f})",
                )
                continue
            take(i, "TOP_SCORE", _top_note(score[i], min_spacing_m))
        if full():
            stopped = "N"
        elif ((blocked_by == "BUDGET") & usable).any():
            stopped = "BUDGET"
        else:
            stopped = "NO_FEASIBLE_SITE"
        return chosen, reasons, notes, blocked_by, share_skips, state, count_by_district, stopped

    rural_target = 0
    if min_rural_share > 0:
        planned = n
        if planned is None:
            planned = len(run(0, 0.0)[0])
        rural_target = math.ceil(round(min_rural_share * planned, 9))
    chosen, reasons, notes, blocked_by, share_skips, state, counts, stopped = run(
        rural_target, min_rural_share
    )

    chosen_arr = np.asarray(chosen, dtype=np.int64)
    shortlist = scored.iloc[chosen_arr].copy()
    shortlist["selection_order"] = np.arange(1, len(chosen) + 1)
    shortlist["selection_reason"] = reasons
    shortlist["selection_note"] = notes
    shortlist["site_cost"] = costs[chosen_arr]
    shortlist["cumulative_cost"] = np.cumsum(costs[chosen_arr])
    shortlist["is_rural"] = rural[chosen_arr]
    if not isinstance(shortlist, gpd.GeoDataFrame):
        shortlist = gpd.GeoDataFrame(shortlist, geometry=geoms[chosen_arr])

    last = position[chosen_arr].max() if len(chosen) else total - 1
    above = usable & (position <= last)
    skipped = {
        why: int(((blocked_by == why) & above).sum())
        for why in ("SPACING", "BUDGET", "DISTRICT_MAX")
    }
    skipped["RURAL_SHARE"] = int((share_skips & above).sum())
    binding = sorted(
        {why for why, k in skipped.items() if k > 0}
        | {r for r in reasons if r in ("DISTRICT_QUOTA", "RURAL_SHARE")}
    )
    if stopped == "N":
        binding.append("N")
    elif stopped == "BUDGET" and "BUDGET" not in binding:
        binding.append("BUDGET")
    unmet = []
    if state["rural"] < rural_target:
        if n is not None:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "rural share: only {rural} feasible rural site(s) for the {target} "
                "needed ({share:.0%} of {planned}); "
                "the shortlist has {chosen} site(s) so that the share holds",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "rural share: only {rural} feasible rural site(s) for the {target} "
                "needed ({share:.0%} of the planned sites); "
                "the shortlist has {chosen} site(s) so that the share holds",
            )
        unmet.append(
            Message(
                template,
                rural=state["rural"],
                target=rural_target,
                share=min_rural_share,
                planned=n,
                chosen=len(chosen),
            )
        )
    elif min_rural_share > 0 and len(chosen) and state["rural"] / len(chosen) < min_rural_share:
        unmet.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "rural share: {rural} of {chosen} sites are rural, below {share:.0%}",
                ),
                rural=state["rural"],
                chosen=len(chosen),
                share=min_rural_share,
            )
        )
    for d, (low, _) in bounds.items():
        if counts.get(d, 0) < low:
            unmet.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "district '{district}': {count} site(s) chosen, minimum {minimum}; not "
                        "enough feasible candidates there",
                    ),
                    district=d,
                    count=counts.get(d, 0),
                    minimum=low,
                )
            )
    for message in unmet:
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Selection constraint not met: {constraint}."),
                constraint=message,
            )
        )

    summary = {
        "selected": len(chosen),
        "total_score": round(float(score[chosen_arr].sum()), 4) if len(chosen) else 0.0,
        "total_cost": float(costs[chosen_arr].sum()) if len(chosen) else 0.0,
        "budget": budget,
        "budget_left": None if budget is None else float(budget - state["spent"]),
        "rural": int(state["rural"]),
        "rural_share": state["rural"] / len(chosen) if len(chosen) else float("nan"),
        "rural_target": rural_target,
        "by_district": {str(k): v for k, v in counts.items() if k != ""},
        "stopped_by": stopped,
        "binding": binding,
        "skipped": skipped,
        "unmet": unmet,
        "candidates": total,
        "usable": int(usable.sum()),
    }
    return SelectionResult(shortlist=shortlist, summary=summary)


def _rural_flags_optional(scored) -> np.ndarray:
    if "is_rural" in scored.columns or "raw_ruc_code" in scored.columns:
        return _rural_flags(scored, None, None)
    return np.zeros(len(scored), dtype=bool)


def _top_note(score: float, spacing: float) -> str:
    note = f"highest score ({score:.1f}) among the remaining feasible sites"
    if spacing > 0:
        note += f", at least {spacing:g} m from every chosen site"
    return note
