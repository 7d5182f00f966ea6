"""pytest-qgis suite: QGIS in-process (offscreen), with the plugin's provider registered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from ev_planner_plugin.processing.provider import PROVIDER_ID, EvPlannerProvider

# Python-side references: QGIS owns the providers, but their Python halves must stay alive.
_PROVIDERS: list = []


def ensure_provider() -> EvPlannerProvider:
    """The provider registered (as initProcessing does); registered anew if a test removed it."""
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    if provider is None:
        provider = EvPlannerProvider()
        assert registry.addProvider(provider)
        _PROVIDERS.append(provider)
    return provider


@pytest.fixture(scope="session")
def evplanner_provider(qgis_processing):
    return ensure_provider()


@pytest.fixture(scope="session")
def sample_area_gpkg(tmp_path_factory):
    """The built-in sample area written once per session (through QGIS's OGR writer)."""
    from qgis.core import QgsProcessingContext

    from ev_planner_plugin.core.sample_area import build_sample_area
    from ev_planner_plugin.processing.bridge import write_gpkg_layers

    path = tmp_path_factory.mktemp("sample") / "sample_area.gpkg"
    write_gpkg_layers(build_sample_area(seed=42), path, QgsProcessingContext())
    return path


@dataclass(frozen=True)
class PlanningChain:
    """Outputs of kerbside eligibility, scoring and selection on the sample area."""

    sample: Path
    folder: Path
    runs: Path
    scores: Path
    shortlist: Path


def run_planning_chain(sample: Path, folder: Path) -> PlanningChain:
    """Kerbside eligibility (7 kW posts), scoring and selection, as `make demo` runs them."""
    import processing

    def layer(name):
        return f"{sample}|layername={name}"

    runs = folder / "kerbside_eligibility.gpkg"
    processing.run(
        "evplanner:kerbsideeligibility",
        {
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
            "OUTPUT": str(runs),
        },
    )
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


@pytest.fixture(scope="session")
def planning_chain(evplanner_provider, sample_area_gpkg, tmp_path_factory) -> PlanningChain:
    """The planning chain run once per session; tests treat its files as read-only."""
    return run_planning_chain(sample_area_gpkg, tmp_path_factory.mktemp("planning_chain"))
