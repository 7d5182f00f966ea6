"""evplanner:scoresites: hand-computed scores, presets (built-in and user), the sample area."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import processing
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from ev_planner_plugin.core.scoring import CRITERIA, load_presets, score_sites
from ev_planner_plugin.processing.algorithms import score_sites as score_module
from ev_planner_plugin.toolbelt.resources import resource_path

from .scenes import TEMP, by, cancelled_feedback, layer, rows


def run(**parameters):
    return processing.run("evplanner:scoresites", {"OUTPUT": TEMP, **parameters})


@pytest.fixture()
def user_presets(tmp_path, monkeypatch):
    """The user presets file redirected to a temporary folder."""
    path = tmp_path / "settings" / "ev_planner" / "scoring_presets.json"
    monkeypatch.setattr(score_module, "user_presets_file", lambda: path)
    return path


@pytest.fixture()
def scene(user_presets):
    """Candidates A (0,0) and B (1000,0); a chargepoint at (100,0); three survey suggestions
    within 100 m of A; a flood zone around B."""
    candidates = layer(
        "candidates",
        "Point",
        {"site": "string"},
        [("Point(0 0)", {"site": "A"}), ("Point(1000 0)", {"site": "B"})],
    )
    chargepoints = layer("chargepoints", "Point", {}, [("Point(100 0)", {})])
    survey = layer(
        "survey",
        "Point",
        {},
        [("Point(10 0)", {}), ("Point(0 20)", {}), ("Point(-30 0)", {})],
    )
    flood = layer(
        "flood", "Polygon", {}, [("Polygon((950 -50,1050 -50,1050 50,950 50,950 -50))", {})]
    )
    return candidates, chargepoints, survey, flood


def test_hand_computed_scores(evplanner_provider, scene):
    candidates, chargepoints, survey, _ = scene
    # balanced preset with gap and survey weights 1 each; every other criterion has no input,
    # so gap and survey weigh 0.5 each. A: gap 100/400 = 0.25, survey 3/3 = 1 -> 12.5 + 50;
    # B: gap 900 m -> 1, no survey -> 50
    results = run(
        CANDIDATES=candidates,
        CHARGEPOINTS=chargepoints,
        SURVEY=survey,
        WEIGHTS='{"gap": 1, "survey": 1}',
    )
    sites = by(results["OUTPUT"], "site")
    a, b = sites["A"], sites["B"]
    assert (a["raw_nearest_cp_m"], a["raw_survey_count"]) == (100.0, 3.0)
    assert (a["c_gap"], a["c_survey"], a["score"], a["rank"]) == (12.5, 50.0, 62.5, 1)
    assert (b["raw_nearest_cp_m"], b["c_gap"], b["score"], b["rank"]) == (900.0, 50.0, 50.0, 2)
    assert a["c_demand"] == 0.0 and a["raw_demand_homes"] is None  # no input: empty, weight 0
    assert (a["excluded"], a["exclusion_reason"], a["score_preset"]) == (False, "", "balanced")
    assert json.loads(results["EFFECTIVE_WEIGHTS"]) == {"gap": 0.5, "survey": 0.5}
    assert (results["CANDIDATE_COUNT"], results["EXCLUDED_COUNT"]) == (2, 0)
    # the short form of WEIGHTS gives the same
    short = run(
        CANDIDATES=candidates, CHARGEPOINTS=chargepoints, SURVEY=survey, WEIGHTS="gap:1,survey:1"
    )
    assert [s["score"] for s in rows(short["OUTPUT"])] == [62.5, 50.0]


def test_flood_zone_excluded_or_penalised(evplanner_provider, scene):
    candidates, chargepoints, survey, flood = scene
    common = dict(CANDIDATES=candidates, CHARGEPOINTS=chargepoints, SURVEY=survey)
    excluded = run(**common, FLOOD_ZONES=flood, FLOOD_POLICY=1, WEIGHTS="gap:1,survey:1")
    b = by(excluded["OUTPUT"], "site")["B"]
    assert (b["excluded"], b["exclusion_reason"], b["score"], b["rank"]) == (
        True,
        "FLOOD_ZONE",
        0.0,
        2,
    )
    assert b["raw_flood_zone"] == 1 and excluded["EXCLUDED_COUNT"] == 1
    # penalised with flood weight 2: gap 0.25, survey 0.25, flood 0.5
    # A: 6.25 + 25 + 50 = 81.25; B: 25 + 0 + 0 = 25
    penalised = run(**common, FLOOD_ZONES=flood, FLOOD_POLICY=2, WEIGHTS="gap:1,survey:1,flood:2")
    sites = by(penalised["OUTPUT"], "site")
    assert (sites["A"]["c_flood"], sites["A"]["score"]) == (50.0, 81.25)
    assert (sites["B"]["c_flood"], sites["B"]["score"], sites["B"]["excluded"]) == (
        0.0,
        25.0,
        False,
    )


def test_user_preset_saved_and_offered(evplanner_provider, scene, user_presets):
    candidates, chargepoints, survey, _ = scene
    saved = run(
        CANDIDATES=candidates,
        CHARGEPOINTS=chargepoints,
        SURVEY=survey,
        WEIGHTS='{"gap": 1, "survey": 1}',
        THRESHOLDS='{"survey_full": 6}',
        SAVE_PRESET_AS="gap and survey",
    )
    assert Path(saved["SAVED_PRESET_FILE"]) == user_presets and user_presets.is_file()
    preset = load_presets(user_presets)["gap and survey"]
    balanced = load_presets()["balanced"]
    assert preset.weights["gap"] == 1.0 and preset.weights["survey"] == 1.0
    assert preset.weights["demand"] == balanced.weights["demand"]
    assert set(preset.weights) == set(CRITERIA)
    assert preset.thresholds == {"survey_full": 6.0}
    assert preset.flood_policy == balanced.flood_policy
    # a new instance offers it in PRESET, and scores the same without the overrides
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("evplanner:scoresites")
    assert "gap and survey" in algorithm.parameterDefinition("PRESET").options()
    again = run(
        CANDIDATES=candidates, CHARGEPOINTS=chargepoints, SURVEY=survey, PRESET="gap and survey"
    )
    # survey_full 6: A has 3 of 6 -> 0.5 -> 25 + 12.5
    assert [s["score"] for s in rows(again["OUTPUT"])] == [37.5, 50.0]
    assert {s["score_preset"] for s in rows(again["OUTPUT"])} == {"gap and survey"}


def test_user_presets_file_in_the_qgis_settings_folder():
    expected = Path(QgsApplication.qgisSettingsDirPath()) / "ev_planner" / "scoring_presets.json"
    assert score_module.user_presets_file() == expected


def test_built_in_preset_names_cannot_be_replaced(evplanner_provider, scene):
    candidates, chargepoints, _, _ = scene
    with pytest.raises(QgsProcessingException, match="'balanced' is a built-in preset"):
        run(CANDIDATES=candidates, CHARGEPOINTS=chargepoints, SAVE_PRESET_AS="balanced")


def test_sample_area_matches_core(evplanner_provider, sample_area_gpkg, user_presets):
    path = str(sample_area_gpkg)
    names = ("kerbs", "addresses", "areas", "chargepoints", "roads", "survey_suggestions")
    names += ("substations",)
    results = run(
        CANDIDATES=f"{path}|layername=kerbs",
        HOMES=f"{path}|layername=addresses",
        AREAS=f"{path}|layername=areas",
        CHARGEPOINTS=f"{path}|layername=chargepoints",
        ROADS=f"{path}|layername=roads",
        SURVEY=f"{path}|layername=survey_suggestions",
        SUBSTATIONS=f"{path}|layername=substations",
        PRESET="consortium_factors",
    )
    data = {name: gpd.read_file(path, layer=name) for name in names}
    core = score_sites(
        data["kerbs"],
        homes=data["addresses"],
        homes_offstreet_field="has_offstreet_parking",
        areas=data["areas"],
        chargepoints=data["chargepoints"],
        roads=data["roads"],
        survey=data["survey_suggestions"],
        substations=data["substations"],
        preset="consortium_factors",
    )
    scored = by(results["OUTPUT"], "kerb_id")
    assert len(scored) == len(data["kerbs"]) == 622
    expected = dict(zip(core["kerb_id"], core["score"]))
    assert {k: v["score"] for k, v in scored.items()} == expected
    assert {k: v["rank"] for k, v in scored.items()} == dict(zip(core["kerb_id"], core["rank"]))
    contributions = [spec.contribution_field for spec in CRITERIA.values()]
    for site in scored.values():
        assert 0.0 <= site["score"] <= 100.0
        assert sum(site[c] for c in contributions) == pytest.approx(site["score"], abs=1e-3)
    assert sorted(s["rank"] for s in scored.values()) == list(range(1, 623))
    assert json.loads(results["EFFECTIVE_WEIGHTS"])["demand"] > 0
    assert results["OUTPUT"].wkbType() == 5  # kerbs are lines: MultiLineString


def test_score_style_is_graduated_on_score():
    for name, geometry in (
        ("site_scores", "LineString"),
        ("site_scores_point", "Point"),
        ("site_scores_polygon", "Polygon"),
    ):
        target = QgsVectorLayer(f"{geometry}?field=score:double", name, "memory")
        message, ok = target.loadNamedStyle(str(resource_path("styles", f"{name}.qml")))
        assert ok, message
        renderer = target.renderer()
        assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "score"
        assert [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()] == [
            (0, 20),
            (20, 40),
            (40, 60),
            (60, 80),
            (80, 100),
        ]


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ("{demand: 3}", r"WEIGHTS: not valid JSON .*double-quoted names"),
        ('{"demnd": 3}', r"unknown criterion 'demnd'"),
        ("demand=3", r"WEIGHTS: 'demand=3' is not name:number"),
        ('{"demand": -1}', r"must be a number >= 0"),
    ],
)
def test_bad_weights_explain_the_format(evplanner_provider, scene, weights, message):
    candidates, chargepoints, _, _ = scene
    with pytest.raises(QgsProcessingException, match=message):
        run(CANDIDATES=candidates, CHARGEPOINTS=chargepoints, WEIGHTS=weights)


def test_missing_field_names_layer_and_field(evplanner_provider, sample_area_gpkg, scene):
    candidates = scene[0]
    areas = f"{sample_area_gpkg}|layername=areas"
    with pytest.raises(QgsProcessingException, match=r"Layer 'areas': field 'imd'.*IMD_FIELD"):
        run(CANDIDATES=candidates, AREAS=areas, IMD_FIELD="imd")


def test_cancel_leaves_no_output(evplanner_provider, scene, tmp_path):
    candidates, chargepoints, survey, _ = scene
    target = tmp_path / "scores.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            "evplanner:scoresites",
            {
                "CANDIDATES": candidates,
                "CHARGEPOINTS": chargepoints,
                "SURVEY": survey,
                "OUTPUT": str(target),
            },
            feedback=cancelled_feedback(),
        )
    assert not target.exists()
