"""The delivery plan: proposed sites with a stable reference, charger, status and funding; its
summary tables; and the proposed bay(s) and chargepoint unit of each site, for site layout maps.

:func:`build_delivery_plan` turns any layer of sites (the shortlist of Select sites, a layer of
kerb runs, or a delivery plan edited in the dock) into delivery-plan sites. Values already in
the input are kept (so running it on a delivery plan changes nothing); missing ones get the
defaults below. :func:`summarise_delivery_plan` gives the tables of the published summary,
:func:`site_layouts` the proposed bays, units and dimension lines drawn on site layout maps.

Delivery-plan fields (a public contract, in this order)
--------------------------------------------------------
``site_ref``      text, unique: ``<PREFIX>-<nnn>`` e.g. ``AP-001``. Kept when present; new
                  references use ``ref_prefix`` or else the initials of the district ("Ashby
                  Parva" -> ``AP``; ``EV`` without a district), numbered after the highest
                  number already used with that prefix, in the order of ``selection_order``,
                  then ``rank``, then highest ``score``, then input order.
``street``        text: ``street`` (or ``name``) of the input.
``usrn``          text: the Unique Street Reference Number as digits ("38100005").
``district``      text: the ward or district the council reports by: ``district`` (or
                  ``ward``) of the input, else the ``areas_field`` of the area the site lies in.
``charger_type``  text: a key of :data:`~.eligibility.CHARGER_TYPES` (``lamp_column``,
                  ``post_7kw``, ``post_22kw``, ``rapid_50kw``); the input's ``charger_type``
                  when it names one (speed classes map: slow -> the default type when it is a
                  slow one else ``post_7kw``, fast -> ``post_22kw``, rapid/ultra ->
                  ``rapid_50kw``), else the ``charger_type`` argument (default ``post_7kw``).
``sockets``       integer: the input's ``sockets``, else units x sockets per unit, with
                  ``units_per_site`` units (default 1) and one socket per bay a unit serves
                  (twin-socket posts 2, lamp-column chargers 1).
``bays``          integer: the input's ``bays``, else units x bays per unit, limited to the bays
                  that fit in ``max_bays`` / the site's kerb length (at least 1).
``status``        text: one of :data:`STATUSES` (``candidate``, ``shortlisted``,
                  ``engagement``, ``approved``, ``installed``, ``rejected``); the input's when it
                  is one of them (the kerbside ``status`` values eligible... are not), else
                  ``status`` (default ``shortlisted``).
``funding``       text: one of :data:`FUNDING_STREAMS` (``LEVI capital``, ``LEVI capability``,
                  ``ORCS``, ``operator-funded``, ``other``); default ``LEVI capital``.
``cost_gbp``      number: the input's ``cost_gbp``, else ``site_cost`` (Select sites), else
                  units x the indicative cost of the charger type's speed class
                  (:data:`~.selection.DEFAULT_COST_BY_CHARGER_TYPE`).
``score``         number: the input's ``score`` (0-100, Score candidate sites) or null.
``notes``         text: the input's ``notes`` or null.
``officer``       text: the input's ``officer``, else the ``officer`` argument (null).
``updated``       text: ISO date ``YYYY-MM-DD``: the input's ``updated``, else ``today``.
``kerb_id``, ``side``, ``clear_width_m``
                  carried from the kerb run when present (null otherwise): used to draw the
                  bays on the carriageway side and the footway clear width on site layout maps.

The geometry is the input's (the kerb run line of a shortlisted site). Sites are returned
sorted by ``site_ref``.

Summary (:func:`summarise_delivery_plan`, one table per key)
------------------------------------------------------------
``by_district`` (district, sites, sockets, bays, cost_gbp; "(no district)" for null),
``by_charger_type`` (charger_type, charger_label, sites, sockets, bays, cost_gbp),
``by_status`` (every status, in order, sites, sockets, cost_gbp), ``by_funding`` (every funding
stream, sites, sockets, cost_gbp), and ``totals`` (sites, sockets, bays, cost_gbp,
sockets_installed, sites_approved_or_installed).

Site layouts (:func:`site_layouts`)
-----------------------------------
For each line site: ``bays`` rectangles of the charger type's bay length by ``bay_width``
(default 2.4 m) along the kerb on the carriageway side, centred on the middle of the site's kerb
run (a multi-line is merged; its longest part is used); one ``unit`` per ``bays_per_unit`` bays,
on the footway at the charger type's set-back from the kerb edge (its centre a further half
footprint back), level with the middle of the bays it serves (a lamp-column charger: at the kerb
edge); dimension lines. The carriageway side is found from the footway polygons (a probe 0.5 m
each side of the kerb), else the ``side`` field (``left``: the kerb is left of its road, so the
carriageway is on its right), else the nearest road centreline within 30 m, else assumed on the
right with a warning.

``bays``: site_ref, bay (1, 2...), charger_type, length_m, width_m, label ("EV bay 1").
``units``: site_ref, unit, charger_type, charger_label, footprint_m, setback_m, clear_width_m,
label (charger, set-back and footway left clear, on a site's first unit only; point: the
unit's centre).
``dimensions``: site_ref, kind, length_m, label (e.g. "13.2 m"), lines: ``bays_length`` along
the bays' outer edge 0.8 m out, ``bay_width`` across the carriageway 0.8 m before the first bay,
``footway_clear`` across the footway from the back of the unit over ``clear_width_m``, 2 m along
the kerb from the unit. Each runs so that its left side faces away from the bays and the unit.
``extents``: the stretch of kerb the bays take (what a site map is centred on).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .eligibility import (
    CHARGER_TYPES,
    DEFAULT_CHARGER_TYPE,
    resolve_charger_type,
    resolve_restriction_mapping,
)
from .errors import InputDataError, ParameterError
from .feedback import Feedback, ensure_feedback
from .kerbs import (
    DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS,
    DEFAULT_CARRIAGEWAY_WIDTH_M,
    KerbParts,
    format_ids,
    normalise_key,
    offset_lines,
)
from .network import point_area_rows
from .selection import DEFAULT_COST_BY_CHARGER_TYPE
from .text import QT_TRANSLATE_NOOP, Message

STATUSES = ("candidate", "shortlisted", "engagement", "approved", "installed", "rejected")
DEFAULT_STATUS = "shortlisted"
FUNDING_STREAMS = ("LEVI capital", "LEVI capability", "ORCS", "operator-funded", "other")
# LEVI (Local EV Infrastructure) capital is the main fund for on-street residential charging in
# English councils' 2024-2026 delivery plans.
DEFAULT_FUNDING = "LEVI capital"
DEFAULT_UNITS_PER_SITE = 1
# Prefix of new site references when a site has no district.
DEFAULT_REF_PREFIX = "EV"
REF_DIGITS = 3

DELIVERY_PLAN_FIELDS: tuple[str, ...] = (
    "site_ref",
    "street",
    "usrn",
    "district",
    "charger_type",
    "sockets",
    "bays",
    "status",
    "funding",
    "cost_gbp",
    "score",
    "notes",
    "officer",
    "updated",
    "kerb_id",
    "side",
    "clear_width_m",
)

# Kerbside eligibility's own ``status`` values: a shortlist carries them, they are not plan
# statuses and are replaced by the default without a warning.
_KERBSIDE_STATUSES = frozenset({"eligible", "eligiblewithtrochange", "ineligible"})

# Speed class (selection.DEFAULT_COST_BY_CHARGER_TYPE keys; DfT/OZEV classes) of each charger
# type of kerbside eligibility, for the indicative cost.
CHARGER_TYPE_SPEED: dict[str, str] = {
    "lamp_column": "slow",
    "post_7kw": "slow",
    "post_22kw": "fast",
    "rapid_50kw": "rapid",
}
_SPEED_TO_TYPE = {"fast": "post_22kw", "rapid": "rapid_50kw", "ultra": "rapid_50kw"}

# On-street parallel bays are commonly marked 1.8-2.7 m wide (the range allowed for TSRGD 2016
# parking-place bay markings; check the council's own highway standard). EV bay designs in
# council guides use 2.0-2.4 m; 2.4 m leaves room to open doors and reach the socket.
DEFAULT_BAY_WIDTH_M = 2.4
MIN_BAY_WIDTH_M = 1.8
MAX_BAY_WIDTH_M = 2.7
# Dimension lines of the bays' length are drawn this far beyond the bays' outer edge, and the bay
# width line this far before the first bay (drawing convention, not guidance).
DIMENSION_GAP_M = 0.8
# The footway clear width line is drawn this far along the kerb from the unit, beside its symbol.
FOOTWAY_DIMENSION_SHIFT_M = 2.0
# Probe distance each side of the kerb to find which side the footway polygon is on.
SIDE_PROBE_M = 0.5
# Road centrelines further than this from a site are not used to find its carriageway side.
ROAD_SEARCH_M = 30.0

# Restriction classes for site layout maps (from the reason codes of the restriction mapping of
# kerbside eligibility): yellow lines, no-stopping controls, bays and places, everything else.
TRO_CLASSES = ("no_waiting", "no_stopping", "bay", "other")
_TRO_CLASS_OF_CODE = {
    "TRO_NO_WAITING": "no_waiting",
    "TRO_NO_LOADING": "no_waiting",
    "TRO_NO_STOPPING": "no_stopping",
    "TRO_ZIG_ZAG": "no_stopping",
    "TRO_CLEARWAY": "no_stopping",
    "TRO_RED_ROUTE": "no_stopping",
    "BUS_STOP": "no_stopping",
    "CROSSING": "no_stopping",
    "TRO_LOADING": "bay",
    "TRO_TAXI_RANK": "bay",
    "TRO_MOTORCYCLE_BAY": "bay",
    "ACCESSIBLE_BAY": "bay",
    "CAR_CLUB_BAY": "bay",
}


def default_cost_by_charger_type() -> dict[str, float]:
    """Indicative cost per unit of each charger type (GBP), from its speed class."""
    return {k: DEFAULT_COST_BY_CHARGER_TYPE[v] for k, v in CHARGER_TYPE_SPEED.items()}


def _present(series: pd.Series) -> np.ndarray:
    """True where a value is given (not null, not an empty string)."""
    values = series.astype(object)
    ok = values.notna().to_numpy()
    text = values.where(ok, "").astype(str).str.strip().to_numpy()
    return ok & (text != "")


def _text(series: pd.Series) -> pd.Series:
    out = series.astype(object).where(_present(series), None)
    return out.map(lambda v: None if v is None else str(v).strip()).astype(object)


def _usrn(value):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return text or None


def _first_column(gdf: pd.DataFrame, names) -> str | None:
    for name in names:
        if name and name in gdf.columns:
            return name
    return None


def district_prefix(district) -> str:
    """Initials of a district name ("Ashby Parva" -> "AP"), at most 4 letters; "EV" without."""
    if district is None or (isinstance(district, float) and math.isnan(district)):
        return DEFAULT_REF_PREFIX
    words = re.findall(r"[A-Za-z]+", str(district))
    initials = "".join(w[0] for w in words).upper()[:4]
    return initials or DEFAULT_REF_PREFIX


def _lookup(values: pd.Series, vocabulary, aliases=None) -> tuple[pd.Series, np.ndarray]:
    """Values matched to a vocabulary ignoring case and punctuation; (matched, unmatched mask)."""
    table = {normalise_key(v): v for v in vocabulary}
    table.update(aliases or {})
    present = _present(values)
    keys = values.astype(object).map(lambda v: normalise_key(v) if v is not None else "")
    matched = keys.map(table).where(present, None).astype(object)
    return matched, present & matched.isna().to_numpy()


def _charger_types(values: pd.Series, default: str, layer: str, refs, feedback) -> pd.Series:
    aliases = {normalise_key(ct.label): name for name, ct in CHARGER_TYPES.items()}
    default_slow = CHARGER_TYPE_SPEED.get(default) == "slow"
    aliases.update({"slow": default if default_slow else "post_7kw", **_SPEED_TO_TYPE})
    matched, unknown = _lookup(values, CHARGER_TYPES, aliases)
    if unknown.any():
        counts = values[unknown].astype(str).value_counts()
        listed = ", ".join(f"'{v}' ({c})" for v, c in counts.head(5).items())
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} site(s) with a charger_type that is not one of "
                    "{known} ({values}); used '{default}' for them (sites: {sites}).",
                ),
                layer=layer,
                count=int(unknown.sum()),
                known=", ".join(CHARGER_TYPES),
                values=listed,
                default=default,
                sites=format_ids(refs[unknown]),
            )
        )
    return matched.where(matched.notna(), default).astype(object)


def _vocabulary_column(
    values, vocabulary, default, *, layer, field, refs, feedback, quiet=frozenset(), aliases=None
) -> pd.Series:
    matched, unknown = _lookup(values, vocabulary, aliases)
    keys = values.astype(object).map(lambda v: normalise_key(v) if v is not None else "")
    loud = unknown & ~keys.isin(quiet).to_numpy()
    if loud.any():
        counts = values[loud].astype(str).value_counts()
        listed = ", ".join(f"'{v}' ({c})" for v, c in counts.head(5).items())
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} site(s) with a {field} that is not one of "
                    "{known} ({values}); set to '{default}' (sites: {sites}).",
                ),
                layer=layer,
                count=int(loud.sum()),
                field=field,
                known=", ".join(vocabulary),
                values=listed,
                default=default,
                sites=format_ids(refs[loud]),
            )
        )
    return matched.where(matched.notna(), default).astype(object)


def _positive_int(series: pd.Series) -> np.ndarray:
    values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64)
    return np.where(np.isfinite(values) & (values > 0), np.floor(values), np.nan)


def _iso_dates(series: pd.Series, today: str) -> pd.Series:
    parsed = pd.to_datetime(series.astype(object).where(_present(series), None), errors="coerce")
    text = parsed.dt.strftime("%Y-%m-%d")
    return text.where(parsed.notna(), today).astype(object)


def _ref_order(gdf: pd.DataFrame) -> np.ndarray:
    """Row order in which new site references are numbered."""
    keys = [np.arange(len(gdf))]
    score = pd.to_numeric(gdf["score"], errors="coerce") if "score" in gdf.columns else None
    if score is not None:
        keys.append(np.nan_to_num(-score.to_numpy(dtype=np.float64), nan=np.inf))
    for name in ("rank", "selection_order"):
        if name in gdf.columns:
            values = pd.to_numeric(gdf[name], errors="coerce").to_numpy(dtype=np.float64)
            keys.append(np.nan_to_num(values, nan=np.inf))
    return np.lexsort(keys)


def _site_refs(existing: pd.Series, prefixes: np.ndarray, order: np.ndarray, layer: str):
    refs = _text(existing).to_numpy(dtype=object)
    given = refs[pd.notna(refs)]
    duplicated = pd.Series(given).value_counts()
    duplicated = duplicated[duplicated > 1]
    if len(duplicated):
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "site_ref values used by more than one site: {refs}; give "
                    "each site its own reference (or clear them to renumber).",
                ),
                refs=format_ids(duplicated.index),
            ),
            layer,
        )
    pattern = re.compile(r"^(.*)-(\d+)$")
    highest: dict[str, int] = {}
    for ref in given:
        match = pattern.match(str(ref))
        if match:
            prefix, number = match.group(1), int(match.group(2))
            highest[prefix] = max(highest.get(prefix, 0), number)
    for row in order:
        if refs[row] is None or (isinstance(refs[row], float) and math.isnan(refs[row])):
            prefix = prefixes[row]
            number = highest.get(prefix, 0) + 1
            highest[prefix] = number
            refs[row] = f"{prefix}-{number:0{REF_DIGITS}d}"
    return refs


def _run_lengths(geoms: np.ndarray) -> np.ndarray:
    lengths = np.zeros(len(geoms))
    ok = ~shapely.is_missing(geoms)
    lengths[ok] = shapely.length(geoms[ok])
    return lengths


def build_delivery_plan(
    sites: gpd.GeoDataFrame,
    *,
    charger_type: str = DEFAULT_CHARGER_TYPE,
    units_per_site: int = DEFAULT_UNITS_PER_SITE,
    status: str = DEFAULT_STATUS,
    funding: str = DEFAULT_FUNDING,
    ref_prefix: str | None = None,
    officer: str | None = None,
    today: str | _dt.date | None = None,
    cost_by_charger_type: dict[str, float] | None = None,
    areas: gpd.GeoDataFrame | None = None,
    areas_field: str | None = None,
    layer: str = "sites",
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Delivery-plan sites (fields in the module docstring) from a layer of sites."""
    feedback = ensure_feedback(feedback)
    if charger_type not in CHARGER_TYPES:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown charger type '{charger_type}'; choose one of {known}."
                ),
                charger_type=charger_type,
                known=", ".join(CHARGER_TYPES),
            )
        )
    if status not in STATUSES:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Unknown status '{status}'; choose one of {known}."),
                status=status,
                known=", ".join(STATUSES),
            )
        )
    if funding not in FUNDING_STREAMS:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown funding stream '{funding}'; choose one of {known}."
                ),
                funding=funding,
                known=", ".join(FUNDING_STREAMS),
            )
        )
    if int(units_per_site) < 1:
        raise ParameterError(
            Message(QT_TRANSLATE_NOOP("Messages", "Units per site must be at least 1."))
        )
    if ref_prefix is not None and not re.fullmatch(r"[A-Za-z0-9]{1,8}", ref_prefix.strip()):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Site reference prefix '{prefix}' must be 1-8 letters or digits, e.g. 'AP'.",
                ),
                prefix=ref_prefix,
            )
        )
    if areas is not None and areas_field and areas_field not in areas.columns:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "field '{field}' not found; choose an existing field."
                ),
                field=areas_field,
            ),
            "areas",
        )
    costs = default_cost_by_charger_type()
    costs.update(cost_by_charger_type or {})
    today_text = (
        _dt.date.today().isoformat()
        if today is None
        else (today.isoformat() if isinstance(today, _dt.date) else str(today))
    )
    n = len(sites)
    frame = pd.DataFrame(index=sites.index)

    def column(*names) -> pd.Series:
        name = _first_column(sites, names)
        if name is None:
            return pd.Series([None] * n, index=sites.index, dtype=object)
        return sites[name]

    district = _text(column("district", "ward"))
    if areas is not None and areas_field and len(areas):
        missing = district.isna().to_numpy()
        if missing.any():
            rows = point_area_rows(areas, sites.geometry.values[missing])
            found = rows >= 0
            values = areas[areas_field].to_numpy(dtype=object)
            filled = district.to_numpy(dtype=object)
            filled[np.flatnonzero(missing)[found]] = values[rows[found]]
            district = _text(pd.Series(filled, index=sites.index))

    prefixes = np.array(
        [ref_prefix.strip().upper() if ref_prefix else district_prefix(d) for d in district],
        dtype=object,
    )
    refs = _site_refs(column("site_ref"), prefixes, _ref_order(sites), layer)
    ref_series = pd.Series(refs, index=sites.index)

    types = _charger_types(column("charger_type"), charger_type, layer, refs, feedback)
    ct = types.map(CHARGER_TYPES)
    bays_per_unit = ct.map(lambda c: c.bays_per_unit).to_numpy(dtype=np.int64)
    bay_length = ct.map(lambda c: c.bay_length_m).to_numpy(dtype=np.float64)

    sockets = _positive_int(column("sockets"))
    units = np.where(
        np.isfinite(sockets), np.ceil(sockets / bays_per_unit), float(units_per_site)
    ).astype(np.int64)
    sockets = np.where(np.isfinite(sockets), sockets, units * bays_per_unit).astype(np.int64)

    fit = _positive_int(column("max_bays"))
    lengths = _run_lengths(np.asarray(sites.geometry.values, dtype=object))
    by_length = np.floor(lengths / bay_length + 1e-9)
    fit = np.where(np.isfinite(fit), fit, np.where(by_length > 0, by_length, np.nan))
    wanted = units * bays_per_unit
    bays = _positive_int(column("bays"))
    short = ~np.isfinite(bays) & np.isfinite(fit) & (fit < wanted)
    if short.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} site(s) where fewer bays fit than their "
                    "chargepoint(s) serve; drawn with the bays that fit (sites: {sites}).",
                ),
                layer=layer,
                count=int(short.sum()),
                sites=format_ids(refs[short]),
            )
        )
    bays = np.where(np.isfinite(bays), bays, np.maximum(np.where(short, fit, wanted), 1)).astype(
        np.int64
    )

    statuses = _vocabulary_column(
        column("status"),
        STATUSES,
        status,
        layer=layer,
        field="status",
        refs=refs,
        feedback=feedback,
        quiet=_KERBSIDE_STATUSES,
    )
    funding_aliases = {
        "levi": "LEVI capital",
        "operatorfunding": "operator-funded",
        "operator": "operator-funded",
        "privatelyfunded": "operator-funded",
    }
    fundings = _vocabulary_column(
        column("funding"),
        FUNDING_STREAMS,
        funding,
        layer=layer,
        field="funding",
        refs=refs,
        feedback=feedback,
        aliases=funding_aliases,
    )

    unit_cost = types.map(costs).to_numpy(dtype=np.float64)
    cost = pd.to_numeric(column("cost_gbp"), errors="coerce").to_numpy(dtype=np.float64)
    site_cost = pd.to_numeric(column("site_cost"), errors="coerce").to_numpy(dtype=np.float64)
    cost = np.where(np.isfinite(cost), cost, np.where(np.isfinite(site_cost), site_cost, np.nan))
    cost = np.where(np.isfinite(cost), cost, units * unit_cost)

    officers = _text(column("officer"))
    if officer:
        officers = officers.where(officers.notna(), officer)

    frame["site_ref"] = ref_series.astype(object)
    frame["street"] = _text(column("street", "name"))
    frame["usrn"] = column("usrn").astype(object).where(_present(column("usrn")), None)
    frame["usrn"] = frame["usrn"].map(_usrn).astype(object)
    frame["district"] = district
    frame["charger_type"] = types
    frame["sockets"] = sockets
    frame["bays"] = bays
    frame["status"] = statuses
    frame["funding"] = fundings
    frame["cost_gbp"] = np.round(cost, 2)
    frame["score"] = pd.to_numeric(column("score"), errors="coerce").to_numpy(dtype=np.float64)
    frame["notes"] = _text(column("notes"))
    frame["officer"] = officers.astype(object)
    frame["updated"] = _iso_dates(column("updated"), today_text)
    frame["kerb_id"] = _text(column("kerb_id"))
    frame["side"] = _text(column("side"))
    frame["clear_width_m"] = pd.to_numeric(column("clear_width_m"), errors="coerce").to_numpy(
        dtype=np.float64
    )
    plan = gpd.GeoDataFrame(frame, geometry=sites.geometry.values, crs=sites.crs)
    plan = plan.iloc[_natural_order(plan["site_ref"].to_numpy(dtype=object))]
    return plan


def _natural_order(refs: np.ndarray) -> np.ndarray:
    """Order of references sorted by prefix then number ("AP-2" before "AP-10")."""
    keys = []
    for ref in refs:
        match = re.match(r"^(.*?)(\d+)$", str(ref))
        keys.append((match.group(1), int(match.group(2))) if match else (str(ref), -1))
    return np.array(sorted(range(len(refs)), key=lambda i: keys[i]), dtype=np.int64)


# --- Summary tables ----------------------------------------------------------------------------


@dataclass
class PlanSummary:
    """Tables of the published summary (see the module docstring)."""

    by_district: pd.DataFrame
    by_charger_type: pd.DataFrame
    by_status: pd.DataFrame
    by_funding: pd.DataFrame
    totals: dict

    def tables(self) -> dict[str, pd.DataFrame]:
        return {
            "by_district": self.by_district,
            "by_charger_type": self.by_charger_type,
            "by_status": self.by_status,
            "by_funding": self.by_funding,
        }


NO_DISTRICT = "(no district)"


def _grouped(plan: pd.DataFrame, key: str, categories=None, with_bays=True) -> pd.DataFrame:
    values = plan[key].astype(object).where(plan[key].notna(), NO_DISTRICT)
    data = pd.DataFrame(
        {
            key: values,
            "sites": 1,
            "sockets": pd.to_numeric(plan["sockets"], errors="coerce").fillna(0),
            "bays": pd.to_numeric(plan["bays"], errors="coerce").fillna(0),
            "cost_gbp": pd.to_numeric(plan["cost_gbp"], errors="coerce").fillna(0.0),
        }
    )
    table = data.groupby(key, sort=True).sum()
    if categories is not None:
        extra = [v for v in table.index if v not in categories]
        table = table.reindex(list(categories) + extra, fill_value=0)
    elif NO_DISTRICT in table.index:
        table = table.reindex([v for v in table.index if v != NO_DISTRICT] + [NO_DISTRICT])
    table = table.reset_index().rename(columns={"index": key})
    for name in ("sites", "sockets", "bays"):
        table[name] = table[name].astype(np.int64)
    table["cost_gbp"] = table["cost_gbp"].astype(np.float64).round(2)
    columns = [key, "sites", "sockets"] + (["bays"] if with_bays else []) + ["cost_gbp"]
    return table[columns]


def summarise_delivery_plan(plan: pd.DataFrame) -> PlanSummary:
    """Counts, sockets and cost by district, charger type, status and funding stream."""
    missing = [f for f in ("district", "charger_type", "status", "funding") if f not in plan]
    missing += [f for f in ("sockets", "bays", "cost_gbp") if f not in plan]
    if missing:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "not a delivery plan: field(s) {fields} missing; build it with "
                    "Export delivery plan first.",
                ),
                fields=", ".join(missing),
            ),
            "delivery plan",
        )
    by_type = _grouped(plan, "charger_type", list(CHARGER_TYPES))
    by_type = by_type[by_type["sites"] > 0]
    by_type.insert(
        1,
        "charger_label",
        by_type["charger_type"].map(lambda t: CHARGER_TYPES[t].label if t in CHARGER_TYPES else t),
    )
    by_type = by_type.reset_index(drop=True)
    sockets = pd.to_numeric(plan["sockets"], errors="coerce").fillna(0)
    status = plan["status"].astype(object)
    totals = {
        "sites": int(len(plan)),
        "sockets": int(sockets.sum()),
        "bays": int(pd.to_numeric(plan["bays"], errors="coerce").fillna(0).sum()),
        "cost_gbp": round(
            float(pd.to_numeric(plan["cost_gbp"], errors="coerce").fillna(0).sum()), 2
        ),
        "sockets_installed": int(sockets[status == "installed"].sum()),
        "sites_approved_or_installed": int(status.isin(["approved", "installed"]).sum()),
    }
    return PlanSummary(
        by_district=_grouped(plan, "district"),
        by_charger_type=by_type,
        by_status=_grouped(plan, "status", STATUSES, with_bays=False),
        by_funding=_grouped(plan, "funding", FUNDING_STREAMS, with_bays=False),
        totals=totals,
    )


# --- Site layouts: proposed bays, units and dimension lines ----------------------------------


@dataclass
class SiteLayouts:
    """Proposed bays, units and dimension lines of the sites (fields in the module docstring);
    ``extents`` (aligned with the sites) is the stretch of kerb the bays take (the site's own
    geometry where no bays could be drawn), ``carriageway_side`` +1 (left of the kerb line's
    direction) or -1 (right) per site, 0 where no bays were drawn."""

    bays: gpd.GeoDataFrame
    units: gpd.GeoDataFrame
    dimensions: gpd.GeoDataFrame
    extents: gpd.GeoSeries
    carriageway_side: np.ndarray


def format_metres(value: float) -> str:
    """6.6 -> "6.6 m", 0.45 -> "0.45 m", 13.2000001 -> "13.2 m"."""
    return f"{value:.2f}".rstrip("0").rstrip(".") + " m"


@dataclass(frozen=True)
class MapLabelTexts:
    """Wording of the bay and unit labels (English; the print layout passes its language's)."""

    bay: str = QT_TRANSLATE_NOOP("SiteLayout", "EV bay {n}")
    in_lamp_column: str = QT_TRANSLATE_NOOP("SiteLayout", "in the lamp column")
    from_kerb: str = QT_TRANSLATE_NOOP("SiteLayout", "{distance} from the kerb")
    unit: str = QT_TRANSLATE_NOOP("SiteLayout", "{charger}, {where}")
    footway_left: str = QT_TRANSLATE_NOOP("SiteLayout", "{distance} of footway left clear")
    #: charger type name -> its name on the map (default: ChargerType.label)
    charger_names: tuple = ()


def _unit_label(charger, setback: float, clear: float, texts: MapLabelTexts) -> str:
    """Map label of a proposed unit: the charger type, where it stands, the footway left."""
    where = (
        texts.in_lamp_column
        if charger.needs_lamp_column
        else texts.from_kerb.format(distance=format_metres(setback))
    )
    name = dict(texts.charger_names).get(charger.name, charger.label)
    text = texts.unit.format(charger=name, where=where)
    if np.isfinite(clear):
        text += "\n" + texts.footway_left.format(distance=format_metres(clear))
    return text


def _probe_footway_side(parts: KerbParts, mid_c, footways) -> np.ndarray:
    """+1 where the footway lies left of the kerb line, -1 right, 0 unknown."""
    out = np.zeros(len(parts), dtype=np.int64)
    if footways is None or len(footways) == 0 or len(parts) == 0:
        return out
    polys = np.asarray(footways.geometry.values, dtype=object)
    polys = polys[~shapely.is_missing(polys)]
    polys = polys[np.isin(shapely.get_type_id(polys), (3, 6))]
    if polys.size == 0:
        return out
    k = np.arange(len(parts))
    xy = parts.interpolate(k, mid_c)
    tx, ty = parts.tangent(k, mid_c)
    normal = np.stack([-ty, tx], axis=1)
    tree = shapely.STRtree(polys)
    inside = []
    for sign in (1.0, -1.0):
        probe = shapely.points(xy + sign * SIDE_PROBE_M * normal)
        hit = np.zeros(len(parts), dtype=bool)
        p, _ = tree.query(probe, predicate="intersects")
        hit[p] = True
        inside.append(hit)
    left, right = inside
    out[left & ~right] = 1
    out[right & ~left] = -1
    return out


def _nearest_road_side(parts: KerbParts, mid_c, roads) -> np.ndarray:
    """+1 where the nearest road centreline lies left of the kerb line, -1 right, 0 unknown."""
    out = np.zeros(len(parts), dtype=np.int64)
    if roads is None or len(roads) == 0 or len(parts) == 0:
        return out
    lines = np.asarray(roads.geometry.values, dtype=object)
    lines = lines[~shapely.is_missing(lines)]
    if lines.size == 0:
        return out
    k = np.arange(len(parts))
    xy = parts.interpolate(k, mid_c)
    tx, ty = parts.tangent(k, mid_c)
    points = shapely.points(xy)
    tree = shapely.STRtree(lines)
    site, road = tree.query_nearest(points, max_distance=ROAD_SEARCH_M, all_matches=False)
    if site.size == 0:
        return out
    near = shapely.get_coordinates(shapely.shortest_line(points[site], lines[road]))[1::2]
    vx, vy = near[:, 0] - xy[site, 0], near[:, 1] - xy[site, 1]
    cross = tx[site] * vy - ty[site] * vx
    out[site] = np.where(cross > 1e-9, 1, np.where(cross < -1e-9, -1, 0))
    return out


def _perpendiculars(parts: KerbParts, part, chainage, start, end, sign) -> np.ndarray:
    """Lines perpendicular to the kerb at ``chainage``, from ``start`` to ``end`` metres out on
    side ``sign`` (+1 left)."""
    xy = parts.interpolate(part, chainage)
    tx, ty = parts.tangent(part, chainage)
    normal = np.stack([-ty, tx], axis=1) * sign[:, None]
    a = xy + normal * np.asarray(start, dtype=np.float64)[:, None]
    b = xy + normal * np.asarray(end, dtype=np.float64)[:, None]
    coords = np.stack([a, b], axis=1).reshape(-1, 2)
    return shapely.linestrings(coords, indices=np.repeat(np.arange(len(a)), 2))


def _strip_polygons(lines: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Polygons between each line and its offset (same direction): line + reversed offset."""
    a_xy, a_idx = shapely.get_coordinates(lines, return_index=True)
    b_xy, b_idx = shapely.get_coordinates(offsets, return_index=True)
    reverse = np.lexsort((-np.arange(b_idx.size), b_idx))
    b_xy, b_idx = b_xy[reverse], b_idx[reverse]
    xy = np.concatenate([a_xy, b_xy])
    idx = np.concatenate([a_idx, b_idx])
    key = np.concatenate([np.zeros(a_idx.size), np.ones(b_idx.size)])
    order = np.lexsort((np.arange(idx.size), key, idx))
    rings = shapely.linearrings(xy[order], indices=idx[order])
    return shapely.make_valid(shapely.polygons(rings))


def _empty(columns, crs) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({c: pd.Series(dtype=object) for c in columns}, geometry=[], crs=crs)


BAY_FIELDS = ("site_ref", "bay", "charger_type", "length_m", "width_m", "label")
UNIT_FIELDS = (
    "site_ref",
    "unit",
    "charger_type",
    "charger_label",
    "footprint_m",
    "setback_m",
    "clear_width_m",
    "label",
)
DIMENSION_FIELDS = ("site_ref", "kind", "length_m", "label")


def site_layouts(
    plan: gpd.GeoDataFrame,
    *,
    footways: gpd.GeoDataFrame | None = None,
    roads: gpd.GeoDataFrame | None = None,
    bay_width: float = DEFAULT_BAY_WIDTH_M,
    bay_length: float | None = None,
    unit_setback: float | None = None,
    unit_footprint: float | None = None,
    layer: str = "sites",
    texts: MapLabelTexts | None = None,
    feedback: Feedback | None = None,
) -> SiteLayouts:
    """Proposed bays, chargepoint units and dimension lines of delivery-plan sites.

    ``plan`` needs line geometries along the kerb and the fields site_ref, charger_type and bays
    (as :func:`build_delivery_plan` gives); ``side`` and ``clear_width_m`` are used when
    present. ``bay_length``, ``unit_setback`` and ``unit_footprint`` override the charger
    types' values. Sites that are not lines get no bays (a warning names them). ``texts``: the
    wording of the labels.
    """
    feedback = ensure_feedback(feedback)
    texts = texts or MapLabelTexts()
    if not MIN_BAY_WIDTH_M <= bay_width <= MAX_BAY_WIDTH_M:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Bay width {width:g} m is outside the {minimum:g}-{maximum:g} m "
                    "of marked parking bays.",
                ),
                width=bay_width,
                minimum=MIN_BAY_WIDTH_M,
                maximum=MAX_BAY_WIDTH_M,
            )
        )
    for name in ("site_ref", "charger_type", "bays"):
        if name not in plan.columns:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "field '{field}' missing; build the delivery plan first "
                        "(Export delivery plan).",
                    ),
                    field=name,
                ),
                layer,
            )
    crs = plan.crs
    n = len(plan)
    refs = plan["site_ref"].to_numpy(dtype=object)
    geoms = np.asarray(plan.geometry.values, dtype=object)
    extents = np.array(geoms, dtype=object)
    sides = np.zeros(n, dtype=np.int64)

    # One line per site: multi-lines merged, the longest part kept.
    present = ~shapely.is_missing(geoms)
    present[present] = ~shapely.is_empty(geoms[present])
    merged = np.array(geoms, dtype=object)
    multi = present & (shapely.get_type_id(np.where(present, geoms, None)) == 5)
    if multi.any():
        merged[multi] = shapely.line_merge(geoms[multi])
    parts, rows = (
        shapely.get_parts(merged[present], return_index=True)
        if present.any()
        else (np.zeros(0, dtype=object), np.zeros(0, dtype=np.int64))
    )
    rows = np.flatnonzero(present)[rows]
    is_line = shapely.get_type_id(parts) == 1 if parts.size else np.zeros(0, bool)
    parts, rows = parts[is_line], rows[is_line]
    if parts.size:
        length = shapely.length(parts)
        order = np.lexsort((-length, rows))
        first = np.r_[True, rows[order][1:] != rows[order][:-1]]
        keep = order[first]
        parts, rows = parts[keep], rows[keep]
    lines_ok = np.zeros(n, dtype=bool)
    lines_ok[rows] = True
    if (~lines_ok).any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} site(s) without a kerb line (points, "
                    "polygons or no geometry) get no proposed bays on their maps (sites: {sites}).",
                ),
                layer=layer,
                count=int((~lines_ok).sum()),
                sites=format_ids(refs[~lines_ok]),
            )
        )

    types = [
        resolve_charger_type(
            str(t) if t in CHARGER_TYPES else DEFAULT_CHARGER_TYPE,
            bay_length=bay_length,
            unit_setback=unit_setback,
            unit_footprint=unit_footprint,
        )
        for t in plan["charger_type"].to_numpy(dtype=object)[rows]
    ]
    kp = KerbParts(parts, np.arange(parts.size))
    m = len(kp)
    if m == 0:
        empty_extents = gpd.GeoSeries(extents, index=plan.index, crs=crs)
        return SiteLayouts(
            _empty(BAY_FIELDS, crs),
            _empty(UNIT_FIELDS, crs),
            _empty(DIMENSION_FIELDS, crs),
            empty_extents,
            sides,
        )
    bl = np.array([t.bay_length_m for t in types])
    bpu = np.array([t.bays_per_unit for t in types], dtype=np.int64)
    setback = np.array([t.setback_m for t in types])
    footprint = np.array([t.unit_footprint_m for t in types])
    nbays = pd.to_numeric(plan["bays"], errors="coerce").to_numpy(dtype=np.float64)[rows]
    nbays = np.where(np.isfinite(nbays) & (nbays >= 1), nbays, bpu).astype(np.int64)
    run_len = kp.length
    start = (run_len - nbays * bl) / 2.0
    longer = start < -1e-9
    if longer.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} site(s) whose bays are longer than their kerb "
                    "run; the bays are drawn beyond the run's ends (sites: {sites}).",
                ),
                layer=layer,
                count=int(longer.sum()),
                sites=format_ids(refs[rows[longer]]),
            )
        )

    # Carriageway side: footway probe, then the side field, then the nearest road.
    mid = run_len / 2.0
    footway_side = _probe_footway_side(kp, mid, footways)
    cw = -footway_side
    if "side" in plan.columns:
        side_values = plan["side"].astype(object).to_numpy()[rows]
        by_field = np.array(
            [
                -1 if str(v).lower() == "left" else 1 if str(v).lower() == "right" else 0
                for v in side_values
            ],
            dtype=np.int64,
        )
        cw = np.where(cw == 0, by_field, cw)
    if (cw == 0).any():
        cw = np.where(cw == 0, _nearest_road_side(kp, mid, roads), cw)
    unknown = cw == 0
    if unknown.any():
        feedback.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': the carriageway side of {count} site(s) is not known "
                    "(no footway polygon beside them, no side field, no road centreline within "
                    "{distance:g} m); bays drawn on the right of the kerb line's direction "
                    "(sites: {sites}).",
                ),
                layer=layer,
                count=int(unknown.sum()),
                distance=ROAD_SEARCH_M,
                sites=format_ids(refs[rows[unknown]]),
            )
        )
        cw = np.where(unknown, -1, cw)
    sides[rows] = cw
    sign = cw.astype(np.float64)

    # Bays: kerb substrings offset towards the carriageway.
    site_of_bay = np.repeat(np.arange(m), nbays)
    bay_no = np.arange(site_of_bay.size) - np.repeat(np.cumsum(nbays) - nbays, nbays)
    b0 = start[site_of_bay] + bay_no * bl[site_of_bay]
    b1 = b0 + bl[site_of_bay]
    kerb_edges = kp.substrings(site_of_bay, b0, b1)
    outer = offset_lines(kerb_edges, sign[site_of_bay] * bay_width)
    bay_polys = _strip_polygons(kerb_edges, outer)
    bay_len = shapely.length(kerb_edges)
    bays = gpd.GeoDataFrame(
        {
            "site_ref": refs[rows][site_of_bay],
            "bay": (bay_no + 1).astype(np.int64),
            "charger_type": np.array([types[i].name for i in site_of_bay], dtype=object),
            "length_m": np.round(bay_len, 2),
            "width_m": np.full(site_of_bay.size, float(bay_width)),
            "label": np.array([texts.bay.format(n=b + 1) for b in bay_no], dtype=object),
        },
        geometry=bay_polys,
        crs=crs,
    )
    span_start, span_end = start, start + nbays * bl
    extents[rows] = kp.substrings(np.arange(m), np.maximum(span_start, 0.0), span_end)

    # Units: one per bays_per_unit bays, level with the middle of the bays it serves.
    nunits = -(-nbays // bpu)
    site_of_unit = np.repeat(np.arange(m), nunits)
    unit_no = np.arange(site_of_unit.size) - np.repeat(np.cumsum(nunits) - nunits, nunits)
    first_bay = unit_no * bpu[site_of_unit]
    last_bay = np.minimum(first_bay + bpu[site_of_unit], nbays[site_of_unit])
    uc = start[site_of_unit] + bl[site_of_unit] * (first_bay + last_bay) / 2.0
    us = site_of_unit
    depth = setback[us] + footprint[us] / 2.0
    u_xy = kp.interpolate(us, uc)
    utx, uty = kp.tangent(us, uc)
    u_normal = np.stack([-uty, utx], axis=1) * (-sign[us])[:, None]
    unit_points = shapely.points(u_xy + u_normal * depth[:, None])
    clear = (
        pd.to_numeric(plan["clear_width_m"], errors="coerce").to_numpy(dtype=np.float64)[rows]
        if "clear_width_m" in plan.columns
        else np.full(m, np.nan)
    )
    labels = np.array(
        [
            _unit_label(types[i], setback[i], clear[i], texts) if u == 0 else None
            for i, u in zip(site_of_unit, unit_no)
        ],
        dtype=object,
    )
    units = gpd.GeoDataFrame(
        {
            "site_ref": refs[rows][us],
            "unit": (unit_no + 1).astype(np.int64),
            "charger_type": np.array([types[i].name for i in us], dtype=object),
            "charger_label": np.array([types[i].label for i in us], dtype=object),
            "footprint_m": footprint[us],
            "setback_m": setback[us],
            "clear_width_m": clear[us],
            "label": labels,
        },
        geometry=unit_points,
        crs=crs,
    )

    # Dimension lines.
    k = np.arange(m)
    gap = np.full(m, DIMENSION_GAP_M)
    along = offset_lines(
        kp.substrings(k, span_start, span_end), sign * (bay_width + DIMENSION_GAP_M)
    )
    total = nbays * bl
    along_labels = np.array([format_metres(t) for t in total], dtype=object)
    across = _perpendiculars(kp, k, span_start - gap, np.zeros(m), np.full(m, bay_width), sign)
    has_clear = np.isfinite(clear[us]) & (clear[us] > 0)
    back = setback[us] + footprint[us]
    footway_lines = _perpendiculars(
        kp,
        us[has_clear],
        (uc + FOOTWAY_DIMENSION_SHIFT_M)[has_clear],
        back[has_clear],
        (back + clear[us])[has_clear],
        -sign[us][has_clear],
    )
    # Dimension lines run so that their left side faces away from the bays and the unit (labels
    # go there): where the carriageway is on the right, they are reversed.
    dim_geoms = np.concatenate([along, across, footway_lines])
    dim_sign = np.concatenate([sign, sign, sign[us][has_clear]])
    flip = dim_sign < 0
    if flip.any():
        dim_geoms[flip] = shapely.reverse(dim_geoms[flip])
    dims = gpd.GeoDataFrame(
        {
            "site_ref": np.concatenate([refs[rows], refs[rows], refs[rows][us][has_clear]]).astype(
                object
            ),
            "kind": np.array(
                ["bays_length"] * m + ["bay_width"] * m + ["footway_clear"] * int(has_clear.sum()),
                dtype=object,
            ),
            "length_m": np.round(
                np.concatenate([total, np.full(m, float(bay_width)), clear[us][has_clear]]), 2
            ),
            "label": np.concatenate(
                [
                    along_labels,
                    np.array([format_metres(bay_width)] * m, dtype=object),
                    np.array(
                        [format_metres(c) for c in clear[us][has_clear]],
                        dtype=object,
                    ),
                ]
            ),
        },
        geometry=dim_geoms,
        crs=crs,
    )
    return SiteLayouts(
        bays=bays,
        units=units,
        dimensions=dims,
        extents=gpd.GeoSeries(extents, index=plan.index, crs=crs),
        carriageway_side=sides,
    )


# --- Context for site maps -------------------------------------------------------------------


def features_near(gdf: gpd.GeoDataFrame | None, geoms, distance: float) -> gpd.GeoDataFrame | None:
    """Rows of ``gdf`` within ``distance`` of any of ``geoms`` (input order kept)."""
    if gdf is None or len(gdf) == 0:
        return gdf
    targets = np.asarray(geoms, dtype=object)
    targets = targets[~shapely.is_missing(targets)]
    values = np.asarray(gdf.geometry.values, dtype=object)
    ok = np.flatnonzero(~shapely.is_missing(values))
    if targets.size == 0 or ok.size == 0:
        return gdf.iloc[0:0]
    tree = shapely.STRtree(values[ok])
    _, hit = tree.query(targets, predicate="dwithin", distance=distance)
    return gdf.iloc[np.sort(ok[np.unique(hit)])]


def restriction_classes(values, mapping=None) -> np.ndarray:
    """Class of each restriction type for site maps (:data:`TRO_CLASSES`), from the restriction
    mapping of kerbside eligibility: yellow lines (no_waiting), no-stopping controls, bays and
    places (parking places that a TRO could change among them), or other."""
    table = resolve_restriction_mapping(mapping)
    out = []
    for value in values:
        key = normalise_key(value) if value is not None and not pd.isna(value) else ""
        _, code = table.get(key, (None, None))
        if code is None:
            out.append("other")
        elif code.startswith("TRO_CHANGE_"):
            out.append("bay")
        else:
            out.append(_TRO_CLASS_OF_CODE.get(code, "other"))
    return np.array(out, dtype=object)


ROAD_NAME_FIELDS = ("name", "street", "road_name", "name1", "roadName")
ROAD_WIDTH_FIELDS = ("carriageway_width_m", "width_m", "width")
ROAD_CLASS_FIELDS = ("road_class", "roadFunction", "road_function", "highway", "class")


def road_context(roads: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame | None:
    """Road centrelines for site maps: ``name`` (first of :data:`ROAD_NAME_FIELDS`) and
    ``width_m``, the carriageway width drawn: the first width field of
    :data:`ROAD_WIDTH_FIELDS`, else the default of the road class
    (:data:`~.kerbs.DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS`), else
    :data:`~.kerbs.DEFAULT_CARRIAGEWAY_WIDTH_M`."""
    if roads is None:
        return None
    n = len(roads)
    name = _first_column(roads, ROAD_NAME_FIELDS)
    width = np.full(n, np.nan)
    field = _first_column(roads, ROAD_WIDTH_FIELDS)
    if field:
        values = pd.to_numeric(roads[field], errors="coerce").to_numpy(dtype=np.float64)
        width = np.where(np.isfinite(values) & (values > 0), values, np.nan)
    road_class = _first_column(roads, ROAD_CLASS_FIELDS)
    if road_class:
        table = {normalise_key(k): v for k, v in DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS.items()}
        by_class = (
            roads[road_class]
            .map(lambda v: table.get(normalise_key(v)) if v is not None else None)
            .to_numpy(dtype=np.float64, na_value=np.nan)
        )
        width = np.where(np.isfinite(width), width, by_class)
    width = np.where(np.isfinite(width), width, DEFAULT_CARRIAGEWAY_WIDTH_M)
    names = _text(roads[name]) if name else pd.Series([None] * n, index=roads.index, dtype=object)
    return gpd.GeoDataFrame(
        {"name": names.to_numpy(dtype=object), "width_m": width},
        geometry=roads.geometry.values,
        crs=roads.crs,
        index=roads.index,
    )
