"""Plain-language, translated labels for the codes the dock shows (statuses, criteria...)."""

from __future__ import annotations

from functools import lru_cache

from ..core.eligibility import CHARGER_TYPES
from ..core.scoring import CRITERIA
from ..processing.algorithms.kerbside_eligibility import translated_reasons
from ..toolbelt.i18n import tr

CONTEXT = "SitePlannerDock"


def eligibility_status(value) -> str:
    labels = {
        "eligible": tr("Eligible", CONTEXT),
        "eligible_with_tro_change": tr("Eligible with a TRO change", CONTEXT),
        "ineligible": tr("Not eligible", CONTEXT),
    }
    return "" if value is None else labels.get(str(value), str(value))


def plan_status(value) -> str:
    labels = {
        "candidate": tr("Candidate", CONTEXT),
        "shortlisted": tr("Shortlisted", CONTEXT),
        "engagement": tr("Engagement", CONTEXT),
        "approved": tr("Approved", CONTEXT),
        "installed": tr("Installed", CONTEXT),
        "rejected": tr("Rejected", CONTEXT),
    }
    return "" if value is None else labels.get(str(value), str(value))


def funding(value) -> str:
    labels = {
        "LEVI capital": tr("LEVI capital", CONTEXT),
        "LEVI capability": tr("LEVI capability", CONTEXT),
        "ORCS": tr("ORCS (On-street Residential Chargepoint Scheme)", CONTEXT),
        "operator-funded": tr("Operator-funded", CONTEXT),
        "other": tr("Other", CONTEXT),
    }
    return labels.get(str(value), str(value))


def charger_type(value) -> str:
    labels = {
        "lamp_column": tr("Lamp-column charger (3-5 kW)", CONTEXT),
        "post_7kw": tr("Standard post (7 kW)", CONTEXT),
        "post_22kw": tr("Fast post (22 kW)", CONTEXT),
        "rapid_50kw": tr("Rapid charger (50 kW and more)", CONTEXT),
    }
    if value in labels:
        return labels[value]
    return CHARGER_TYPES[value].label if value in CHARGER_TYPES else str(value)


def criterion(name: str) -> str:
    labels = {
        "demand": tr("Demand", CONTEXT),
        "population": tr("Population", CONTEXT),
        "gap": tr("Gap in provision", CONTEXT),
        "survey": tr("Residents' requests", CONTEXT),
        "forecast": tr("Forecast shortfall", CONTEXT),
        "headroom": tr("Grid headroom", CONTEXT),
        "connection": tr("Connection cost", CONTEXT),
        "deprivation": tr("Deprivation", CONTEXT),
        "rurality": tr("Rurality", CONTEXT),
        "flood": tr("Flood risk", CONTEXT),
        "land": tr("Council land", CONTEXT),
    }
    return labels.get(name, name)


def criterion_description(name: str) -> str:
    descriptions = {
        "demand": tr("households without off-street parking within the catchment", CONTEXT),
        "population": tr("people living within the catchment", CONTEXT),
        "gap": tr("walking distance to the nearest public chargepoint", CONTEXT),
        "survey": tr("residents' survey suggestions nearby", CONTEXT),
        "forecast": tr("forecast public chargepoint shortfall of the area", CONTEXT),
        "headroom": tr("grid headroom at the nearest substation", CONTEXT),
        "connection": tr("distance to the nearest substation (connection cost)", CONTEXT),
        "deprivation": tr("deprivation of the area (IMD decile)", CONTEXT),
        "rurality": tr("rurality of the area (ONS Rural-Urban Classification)", CONTEXT),
        "flood": tr("outside flood zones", CONTEXT),
        "land": tr("on council land or adopted highway", CONTEXT),
    }
    return descriptions.get(name, CRITERIA[name].description if name in CRITERIA else name)


@lru_cache(maxsize=512)
def reasons(codes: str | None) -> str:
    """Plain-language reasons of a ``reasons`` value (few distinct values: cached)."""
    return translated_reasons(codes) if codes else ""


def reason_list(codes: str | None) -> list[str]:
    return [reasons(code) for code in (codes or "").split(",") if code]
