"""Plain-language, translated labels for the codes the dock shows (statuses, criteria...)."""

from __future__ import annotations

from functools import lru_cache

from ..core.scoring import CRITERIA
from ..processing.algorithms._shared import charger_name
from ..processing.algorithms.kerbside_eligibility import translated_reasons
from ..toolbelt.i18n import translate


def eligibility_status(value) -> str:
    labels = {
        "eligible": translate("SitePlannerDock", "Eligible"),
        "eligible_with_tro_change": translate("SitePlannerDock", "Eligible with a TRO change"),
        "ineligible": translate("SitePlannerDock", "Not eligible"),
    }
    return "" if value is None else labels.get(str(value), str(value))


def plan_status(value) -> str:
    labels = {
        "candidate": translate("SitePlannerDock", "Candidate"),
        "shortlisted": translate("SitePlannerDock", "Shortlisted"),
        "engagement": translate("SitePlannerDock", "Engagement"),
        "approved": translate("SitePlannerDock", "Approved"),
        "installed": translate("SitePlannerDock", "Installed"),
        "rejected": translate("SitePlannerDock", "Rejected"),
    }
    return "" if value is None else labels.get(str(value), str(value))


def funding(value) -> str:
    labels = {
        "LEVI capital": translate("SitePlannerDock", "LEVI capital"),
        "LEVI capability": translate("SitePlannerDock", "LEVI capability"),
        "ORCS": translate("SitePlannerDock", "ORCS (On-street Residential Chargepoint Scheme)"),
        "operator-funded": translate("SitePlannerDock", "Operator-funded"),
        "other": translate("SitePlannerDock", "Other"),
    }
    return labels.get(str(value), str(value))


def charger_type(value) -> str:
    """The name of a charger type (key of CHARGER_TYPES) in the user's language."""
    return charger_name(value)


def criterion(name: str) -> str:
    labels = {
        "demand": translate("SitePlannerDock", "Demand"),
        "population": translate("SitePlannerDock", "Population"),
        "gap": translate("SitePlannerDock", "Gap in provision"),
        "survey": translate("SitePlannerDock", "Residents' requests"),
        "forecast": translate("SitePlannerDock", "Forecast shortfall"),
        "headroom": translate("SitePlannerDock", "Grid headroom"),
        "connection": translate("SitePlannerDock", "Connection cost"),
        "deprivation": translate("SitePlannerDock", "Deprivation"),
        "rurality": translate("SitePlannerDock", "Rurality"),
        "flood": translate("SitePlannerDock", "Flood risk"),
        "land": translate("SitePlannerDock", "Council land"),
    }
    return labels.get(name, name)


def criterion_description(name: str) -> str:
    descriptions = {
        "demand": translate(
            "SitePlannerDock", "households without off-street parking within the catchment"
        ),
        "population": translate("SitePlannerDock", "people living within the catchment"),
        "gap": translate("SitePlannerDock", "walking distance to the nearest public chargepoint"),
        "survey": translate("SitePlannerDock", "residents' survey suggestions nearby"),
        "forecast": translate(
            "SitePlannerDock", "forecast public chargepoint shortfall of the area"
        ),
        "headroom": translate("SitePlannerDock", "grid headroom at the nearest substation"),
        "connection": translate(
            "SitePlannerDock", "distance to the nearest substation (connection cost)"
        ),
        "deprivation": translate("SitePlannerDock", "deprivation of the area (IMD decile)"),
        "rurality": translate(
            "SitePlannerDock", "rurality of the area (ONS Rural-Urban Classification)"
        ),
        "flood": translate("SitePlannerDock", "outside flood zones"),
        "land": translate("SitePlannerDock", "on council land or adopted highway"),
    }
    return descriptions.get(name, CRITERIA[name].description if name in CRITERIA else name)


@lru_cache(maxsize=512)
def reasons(codes: str | None) -> str:
    """Plain-language reasons of a ``reasons`` value (few distinct values: cached)."""
    return translated_reasons(codes) if codes else ""


def reason_list(codes: str | None) -> list[str]:
    return [reasons(code) for code in (codes or "").split(",") if code]
