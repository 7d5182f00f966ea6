"""The committed Graphical Modeler model (tests/data/kerbside_chain.model3) runs the plugin."""

from __future__ import annotations

import processing
from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

from tests.conftest import REPO_ROOT

MODEL = REPO_ROOT / "tests" / "data" / "kerbside_chain.model3"


def test_model_chains_kerbs_and_eligibility(evplanner_provider, sample_area_gpkg):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    assert [c.algorithmId() for c in model.childAlgorithms().values()].count(
        "evplanner:kerbsideeligibility"
    ) == 1
    roads = QgsVectorLayer(f"{sample_area_gpkg}|layername=roads", "roads", "ogr")
    restrictions = QgsVectorLayer(
        f"{sample_area_gpkg}|layername=restrictions", "restrictions", "ogr"
    )
    results = processing.run(
        model,
        {"roads": roads, "restrictions": restrictions, "eligibility:runs": "TEMPORARY_OUTPUT"},
    )
    runs = results["eligibility:runs"]
    if isinstance(runs, str):
        runs = QgsVectorLayer(runs, "runs", "ogr")
    statuses = {f["status"] for f in runs.getFeatures()}
    assert statuses <= {"eligible", "eligible_with_tro_change", "ineligible"}
    assert "ineligible" in statuses and len(statuses) >= 2
    kerb_ids = {f["kerb_id"] for f in runs.getFeatures()}
    assert len(kerb_ids) == 2 * roads.featureCount()
    total = sum(f["length_m"] for f in runs.getFeatures())
    kerb_length = sum(f.geometry().length() for f in runs.getFeatures())
    assert abs(total - kerb_length) < 0.01
