"""The native-algorithm reference model (resources/models/native_kerbside_eligibility.model3)
gives the same eligible length as evplanner:kerbsideeligibility for the reduced rule set it
covers (restrictions, disabled bays, junction set-back; no footway check, no minimum run)."""

from __future__ import annotations

import math

import processing
import pytest
from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

from ev_planner_plugin.core.synthetic import write_synthetic_scene
from tests.conftest import REPO_ROOT
from tests.planning_chain import (
    NATIVE_ELIGIBLE_OUTPUT,
    NATIVE_RULES,
    REDUCED_ELIGIBILITY_PARAMETERS,
)
from tests.qgis.scenes import TEMP, layer

MODEL = REPO_ROOT / "resources" / "models" / "native_kerbside_eligibility.model3"


def load_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL)), MODEL
    return model


def native_eligible_length(kerbs, restrictions, bays, roads, path, **rules) -> float:
    results = processing.run(
        load_model(),
        {
            "kerbs": kerbs,
            "restrictions": restrictions,
            "bays": bays,
            "roads": roads,
            **rules,
            NATIVE_ELIGIBLE_OUTPUT: str(path),
        },
    )
    out = QgsVectorLayer(results[NATIVE_ELIGIBLE_OUTPUT], "eligible", "ogr")
    assert out.isValid()
    return sum(f.geometry().length() for f in out.getFeatures())


def plugin_eligible_length(kerbs, restrictions, bays, roads, **extra) -> float:
    results = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": kerbs,
            "RESTRICTIONS": restrictions,
            "ACCESSIBLE_BAYS": bays,
            "ROADS": roads,
            **REDUCED_ELIGIBILITY_PARAMETERS,
            "OUTPUT": TEMP,
            **extra,
        },
    )
    return results["ELIGIBLE_LENGTH"]


def test_model_uses_only_native_algorithms():
    model = load_model()
    ids = {child.algorithmId() for child in model.childAlgorithms().values()}
    assert ids and all(i.startswith("native:") for i in ids), ids
    assert {"native:buffer", "native:difference", "native:countpointsinpolygon"} <= ids
    assert {p.name() for p in model.parameterDefinitions()} >= set(NATIVE_RULES) | {
        "kerbs",
        "restrictions",
        "bays",
        "roads",
    }


@pytest.fixture
def t_junction():
    """A T junction at (100, 0): a through road west-east and a side road north.

    Kerbs 4 m either side of the centrelines, stopping 5 m short of the junction where the side
    road meets them. A no-waiting line on the south kerb (x 20-50 m, and x 85-95 m running into
    the set-back), a permit bay line on the north-east kerb (x 150-170 m) and a 6.6 m disabled
    bay on the north-west kerb (x 40-46.6 m) drawn across the kerb line.
    """
    roads = layer(
        "roads",
        "LineString",
        {"road_id": "string"},
        [
            ("LINESTRING(0 0, 100 0)", {"road_id": "W"}),
            ("LINESTRING(100 0, 200 0)", {"road_id": "E"}),
            ("LINESTRING(100 0, 100 100)", {"road_id": "N"}),
        ],
    )
    kerbs = layer(
        "kerbs",
        "LineString",
        {"kerb_id": "string"},
        [
            ("LINESTRING(0 -4, 200 -4)", {"kerb_id": "S"}),
            ("LINESTRING(0 4, 95 4)", {"kerb_id": "NW"}),
            ("LINESTRING(105 4, 200 4)", {"kerb_id": "NE"}),
            ("LINESTRING(96 5, 96 100)", {"kerb_id": "SW"}),
            ("LINESTRING(104 5, 104 100)", {"kerb_id": "SE"}),
        ],
    )
    restrictions = layer(
        "restrictions",
        "LineString",
        {"regulation_type": "string"},
        [
            ("LINESTRING(20 -4, 50 -4)", {"regulation_type": "kerbsideNoWaiting"}),
            ("LINESTRING(85 -4, 95 -4)", {"regulation_type": "kerbsideNoWaiting"}),
            ("LINESTRING(150 4, 170 4)", {"regulation_type": "kerbsidePermitParkingPlace"}),
        ],
    )
    bays = layer(
        "bays",
        "Polygon",
        {"bay_id": "string"},
        [("POLYGON((40 1.6, 46.6 1.6, 46.6 4.3, 40 4.3, 40 1.6))", {"bay_id": "B1"})],
    )
    return kerbs, restrictions, bays, roads


def test_hand_made_t_junction(evplanner_provider, t_junction, tmp_path):
    # Kerb within 10 m of (100, 0): 2 x sqrt(10^2 - 4^2) on the south kerb, sqrt(84) - 5 on
    # each of the four kerbs stopping 5 m short. The second no-waiting line adds
    # 100 - sqrt(84) - 85 m beyond the set-back.
    s = math.sqrt(84.0)
    excluded = 2 * s + (15 - s) + 30 + 4 * (s - 5) + 6.6 + 20
    expected = 580.0 - excluded
    native = native_eligible_length(*t_junction, tmp_path / "native.gpkg", **NATIVE_RULES)
    plugin = plugin_eligible_length(*t_junction)
    # The model's set-back circles are 128-sided polygons inside the true circle (a few mm short
    # at each of the six places a kerb leaves one); the plugin intersects the exact circle.
    assert native == pytest.approx(expected, abs=0.05)
    assert plugin == pytest.approx(expected, abs=0.001)


def test_model_defaults_apply_when_parameters_are_left_out(
    evplanner_provider, t_junction, tmp_path
):
    # qgis_process and processing.run pass nothing for parameters left out: the model must
    # still use its own defaults (not native:buffer's 10 m).
    native = native_eligible_length(*t_junction, tmp_path / "native.gpkg")
    assert native == pytest.approx(528.4 - 5 * math.sqrt(84.0), abs=0.05)
    shorter = native_eligible_length(
        *t_junction, tmp_path / "native5.gpkg", **{**NATIVE_RULES, "junction_setback": 5.0}
    )
    # A 5 m set-back takes 2 x sqrt(5^2 - 4^2) = 6 m of the south kerb and none of the four
    # kerbs stopping 5 m short (sqrt(4^2 + 5^2) = 6.4 m away); both no-waiting lines count whole.
    assert shorter == pytest.approx(580.0 - (6 + 30 + 10 + 6.6 + 20), abs=0.05)


@pytest.mark.parametrize("seed", [3])
def test_synthetic_scene_matches_within_half_a_percent(evplanner_provider, tmp_path, seed):
    path = write_synthetic_scene(tmp_path / "scene.gpkg", 2000, seed=seed, footways=False)

    def src(name):
        return f"{path}|layername={name}"

    args = (src("kerbs"), src("restrictions"), src("accessible_bays"), src("roads"))
    native = native_eligible_length(*args, tmp_path / "native.gpkg", **NATIVE_RULES)
    plugin = plugin_eligible_length(*args)
    kerbs = QgsVectorLayer(src("kerbs"), "kerbs", "ogr")
    total = sum(f.geometry().length() for f in kerbs.getFeatures())
    # A real answer: restrictions, bays and junctions take a sixth or so of the kerb.
    assert 0.6 * total < plugin < 0.95 * total
    assert native == pytest.approx(plugin, rel=0.005)
