"""The planning chain on the built-in sample area, as `make demo` runs it: kerbside eligibility
(7 kW posts), scoring and selection; the evplanner provider's registration; and the native
reference model's rules and outputs. Shared by the pytest-qgis fixtures and the benchmark
scripts (QGIS and Processing must be initialised, with the evplanner provider registered)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ev_planner_plugin.core import eligibility as core

# Python-side references: QGIS owns the providers, but their Python halves must stay alive.
_PROVIDERS: list = []

#: Outputs of the native reference model (resources/models/native_kerbside_eligibility.model3)
#: and of the I/O floor model, both written by scripts/make_native_model: the qgis_process and
#: processing.run parameter is "<child id>:<output name>".
NATIVE_ELIGIBLE_OUTPUT = "singleparts:eligible"
FLOOR_OUTPUT = "copy_output:copied"

#: The native model's reduced rule set, at the plugin's defaults (given explicitly).
NATIVE_RULES = {
    "restriction_offset": core.FEATURE_MAX_OFFSET_M,
    "bay_buffer": core.ACCESSIBLE_BAY_BUFFER_M,
    "junction_setback": core.JUNCTION_SETBACK_M,
    "junction_snap_tolerance": core.JUNCTION_SNAP_TOLERANCE_M,
}

#: evplanner:kerbsideeligibility parameters for the same rules (with KERBS, RESTRICTIONS,
#: ACCESSIBLE_BAYS and ROADS only): no footway check, no minimum run.
REDUCED_ELIGIBILITY_PARAMETERS = {
    "MIN_RUN_LENGTH": 0,
    "UNKNOWN_FOOTWAY_POLICY": 1,  # allowed (and no footway width field is given)
    "RESTRICTION_BUFFER": 0,
    "MAX_OFFSET": NATIVE_RULES["restriction_offset"],
    "ACCESSIBLE_BAY_BUFFER": NATIVE_RULES["bay_buffer"],
    "JUNCTION_SETBACK": NATIVE_RULES["junction_setback"],
}


def ensure_provider():
    """The evplanner provider registered (as initProcessing does); registered anew if absent
    (not yet registered, or a test removed it)."""
    from qgis.core import QgsApplication

    from ev_planner_plugin.processing.provider import PROVIDER_ID, EvPlannerProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    if provider is None:
        provider = EvPlannerProvider()
        assert registry.addProvider(provider)
        _PROVIDERS.append(provider)
    return provider


@dataclass(frozen=True)
class PlanningChain:
    """Outputs of kerbside eligibility, scoring and selection on the sample area."""

    sample: Path
    folder: Path
    runs: Path
    scores: Path
    shortlist: Path


def eligibility_parameters(sample: Path, output: Path) -> dict:
    """evplanner:kerbsideeligibility on every layer of the sample area, for 7 kW posts."""

    def layer(name):
        return f"{sample}|layername={name}"

    return {
        "KERBS": layer("kerbs"),
        "FOOTWAY_WIDTH_FIELD": "footway_width_m",
        "OBSTACLES": layer("obstacles"),
        "RESTRICTIONS": layer("restrictions"),
        "ACCESSIBLE_BAYS": layer("accessible_bays"),
        "CYCLE_PARKING": layer("cycle_parking"),
        "CAR_CLUB_BAYS": layer("car_club_bays"),
        "DROPPED_KERBS": layer("dropped_kerbs"),
        "BUS_STOPS": layer("bus_stops"),
        "CROSSINGS": layer("crossings"),
        "ROADS": layer("roads"),
        "LAMP_COLUMNS": layer("lamp_columns"),
        "CHARGER_TYPE": 1,
        "OUTPUT": str(output),
    }


def run_planning_chain(sample: Path, folder: Path) -> PlanningChain:
    """Kerbside eligibility, scoring and selection of 25 sites; returns the output paths."""
    import processing

    def layer(name):
        return f"{sample}|layername={name}"

    runs = folder / "kerbside_eligibility.gpkg"
    processing.run("evplanner:kerbsideeligibility", eligibility_parameters(sample, runs))
    scores = folder / "site_scores.gpkg"
    processing.run(
        "evplanner:scoresites",
        {
            "CANDIDATES": f"{runs}|layername={runs.stem}|subset=\"status\" <> 'ineligible'",
            "HOMES": layer("addresses"),
            "HOMES_OFFSTREET_FIELD": "has_offstreet_parking",
            "AREAS": layer("areas"),
            "CHARGEPOINTS": layer("chargepoints"),
            "SURVEY": layer("survey_suggestions"),
            "SUBSTATIONS": layer("substations"),
            "PRESET": "balanced",
            "OUTPUT": str(scores),
        },
    )
    shortlist = folder / "shortlist.gpkg"
    processing.run(
        "evplanner:selectsites",
        {
            "INPUT": f"{scores}|layername={scores.stem}",
            "N": 25,
            "DISTRICT_AREAS": layer("areas"),
            "DISTRICT_AREAS_FIELD": "district",
            "DISTRICT_QUOTAS": "Little Weldon:3-",
            "OUTPUT": str(shortlist),
        },
    )
    return PlanningChain(Path(sample), folder, runs, scores, shortlist)
