"""evplanner:selectsites: hand-made shortlists, the sample area's quotas, bad quota strings."""

from __future__ import annotations

import itertools
import json

import processing
import pytest
from qgis.core import QgsProcessingException

from ev_planner_plugin.core.selection import DEFAULT_COST_BY_CHARGER_TYPE

from .scenes import TEMP, RecordingFeedback, by, cancelled_feedback, layer, rows


def run(feedback=None, **parameters):
    return processing.run(
        "evplanner:selectsites", {"OUTPUT": TEMP, **parameters}, feedback=feedback
    )


@pytest.fixture()
def sites():
    """Five scored sites on a line: P1 (0,0) 90 East, P2 (100,0) 80 East, P3 (300,0) 70 East
    (fast charger), P4 (600,0) 60 West, P5 (900,0) 50 West (rural, RUC E1)."""
    table = [
        ("P1", 0, 90.0, "East", "slow", "C1"),
        ("P2", 100, 80.0, "East", "slow", "C1"),
        ("P3", 300, 70.0, "East", "fast", "C1"),
        ("P4", 600, 60.0, "West", "slow", "C1"),
        ("P5", 900, 50.0, "West", "slow", "E1"),
    ]
    fields = {
        "site": "string",
        "score": "double",
        "district": "string",
        "charger_type": "string",
        "ruc": "string",
    }
    return layer(
        "candidates",
        "Point",
        fields,
        [
            (
                f"Point({x} 0)",
                {"site": s, "score": v, "district": d, "charger_type": t, "ruc": r},
            )
            for s, x, v, d, t, r in table
        ],
    )


def order(results) -> list[str]:
    return [r["site"] for r in sorted(rows(results["OUTPUT"]), key=lambda r: r["selection_order"])]


def test_top_scores_with_spacing(evplanner_provider, sites):
    results = run(INPUT=sites, N=3, MIN_SPACING=150.0)
    assert order(results) == ["P1", "P3", "P4"]  # P2 is 100 m from P1
    chosen = by(results["OUTPUT"], "site")
    assert {c["selection_reason"] for c in chosen.values()} == {"TOP_SCORE"}
    assert "at least 150 m from every chosen site" in chosen["P3"]["selection_note"]
    summary = json.loads(results["SUMMARY"])
    assert summary["skipped"]["SPACING"] == 1 and summary["stopped_by"] == "N"
    assert (results["SELECTED_COUNT"], results["TOTAL_SCORE"]) == (3, 220.0)
    # default costs: two slow and one fast charger
    expected = 2 * DEFAULT_COST_BY_CHARGER_TYPE["slow"] + DEFAULT_COST_BY_CHARGER_TYPE["fast"]
    assert results["TOTAL_COST"] == expected == chosen["P4"]["cumulative_cost"]


def test_district_quota_met_first(evplanner_provider, sites):
    results = run(INPUT=sites, N=3, MIN_SPACING=150.0, DISTRICT_QUOTAS="West:2")
    assert order(results) == ["P4", "P5", "P1"]
    reasons = [
        r["selection_reason"]
        for r in sorted(rows(results["OUTPUT"]), key=lambda r: r["selection_order"])
    ]
    assert reasons == ["DISTRICT_QUOTA", "DISTRICT_QUOTA", "TOP_SCORE"]
    assert json.loads(results["SUMMARY"])["by_district"] == {"West": 2, "East": 1}


def test_budget_with_costs_per_charger_type(evplanner_provider, sites):
    # P1 4,000 + P2 4,000 + P3 (fast) 10,000 = 18,000: nothing else fits
    results = run(
        INPUT=sites,
        BUDGET=18_000.0,
        MIN_SPACING=0.0,
        COST_BY_CHARGER_TYPE="slow:4000, fast:10000",
    )
    assert order(results) == ["P1", "P2", "P3"]
    summary = json.loads(results["SUMMARY"])
    assert (summary["total_cost"], summary["budget_left"], summary["stopped_by"]) == (
        18_000.0,
        0.0,
        "BUDGET",
    )
    assert [r["site_cost"] for r in rows(results["OUTPUT"])] == [4000.0, 4000.0, 10000.0]


def test_minimum_rural_share(evplanner_provider, sites):
    results = run(INPUT=sites, N=2, MIN_SPACING=0.0, MIN_RURAL_SHARE=0.5, RURAL_FIELD="ruc")
    assert order(results) == ["P5", "P1"]
    chosen = by(results["OUTPUT"], "site")
    assert chosen["P5"]["selection_reason"] == "RURAL_SHARE" and chosen["P5"]["is_rural"]
    assert json.loads(results["SUMMARY"])["rural_share"] == 0.5


def test_unmet_quota_is_warned(evplanner_provider, sites):
    feedback = RecordingFeedback()
    results = run(feedback, INPUT=sites, N=4, MIN_SPACING=0.0, DISTRICT_QUOTAS="West:3")
    assert results["UNMET_COUNT"] == 1
    assert any("district 'West': 2 site(s) chosen, minimum 3" in w for w in feedback.warnings)
    assert "district 'West'" in json.loads(results["SUMMARY"])["unmet"][0]


def test_sample_area_quotas_by_district_areas(evplanner_provider, sample_area_gpkg):
    path = str(sample_area_gpkg)
    scored = processing.run(
        "evplanner:scoresites",
        {
            "CANDIDATES": f"{path}|layername=kerbs",
            "AREAS": f"{path}|layername=areas",
            "CHARGEPOINTS": f"{path}|layername=chargepoints",
            "SURVEY": f"{path}|layername=survey_suggestions",
            "SUBSTATIONS": f"{path}|layername=substations",
            "OUTPUT": TEMP,
        },
    )["OUTPUT"]
    results = run(
        INPUT=scored,
        N=10,
        DISTRICT_AREAS=f"{path}|layername=areas",
        DISTRICT_QUOTAS="Ashby Parva:5-8,Little Weldon:2",
    )
    shortlist = results["OUTPUT"]
    chosen = rows(shortlist)
    summary = json.loads(results["SUMMARY"])
    assert results["SELECTED_COUNT"] == len(chosen) == 10
    assert summary["by_district"] == {"Ashby Parva": 8, "Little Weldon": 2}
    assert summary["unmet"] == [] and summary["stopped_by"] == "N"
    assert sorted(c["selection_order"] for c in chosen) == list(range(1, 11))
    assert {c["district"] for c in chosen} == {"Ashby Parva", "Little Weldon"}
    geometries = [f.geometry() for f in shortlist.getFeatures()]
    closest = min(a.distance(b) for a, b in itertools.combinations(geometries, 2))
    assert closest >= 200.0  # the default minimum spacing
    by_order = sorted(chosen, key=lambda c: c["selection_order"])
    top = [c["score"] for c in by_order if c["selection_reason"] == "TOP_SCORE"]
    assert top == sorted(top, reverse=True)


@pytest.mark.parametrize(
    ("quotas", "message"),
    [
        (
            "Ashby Parva=5",
            r"DISTRICT_QUOTAS: 'Ashby Parva=5' is not a district quota.*"
            r"district:count or district:min-max",
        ),
        ("East:4-2", r"maximum is below the minimum"),
        ("East:2,East:3", r"district 'East' is given twice"),
    ],
)
def test_bad_quota_string_explains_the_format(evplanner_provider, sites, quotas, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(INPUT=sites, N=3, DISTRICT_QUOTAS=quotas)


def test_bad_inputs(evplanner_provider, sites, sample_area_gpkg):
    with pytest.raises(QgsProcessingException, match=r"number of sites to choose \(N\), a budget"):
        run(INPUT=sites)
    with pytest.raises(QgsProcessingException, match=r"COST_BY_CHARGER_TYPE: 'cheap' in"):
        run(INPUT=sites, N=2, COST_BY_CHARGER_TYPE="slow:cheap")
    # an unscored layer: the score field is missing
    kerbs = f"{sample_area_gpkg}|layername=kerbs"
    with pytest.raises(QgsProcessingException, match=r"Layer 'kerbs': field 'score'.*SCORE_FIELD"):
        run(INPUT=kerbs, N=2)
    with pytest.raises(QgsProcessingException, match=r"Layer 'candidates': field 'area'"):
        run(INPUT=sites, N=2, DISTRICT_FIELD="area")


def test_cancel_leaves_no_output(evplanner_provider, sites, tmp_path):
    target = tmp_path / "shortlist.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(cancelled_feedback(), INPUT=sites, N=2, OUTPUT=str(target))
    assert not target.exists()
