"""The planning chain on the built-in sample area, as `make demo` runs it: kerbside eligibility
(7 kW posts), scoring and selection. Shared by the pytest-qgis fixtures and the benchmark
scripts (QGIS and Processing must be initialised, with the evplanner provider registered)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
