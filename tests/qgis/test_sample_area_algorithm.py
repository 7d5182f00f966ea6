"""evplanner:createsamplearea in-process: layers, CRS, styles on load."""

from __future__ import annotations

import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer


def test_sample_area_written_loaded_and_styled(evplanner_provider, qgis_new_project, tmp_path):
    target = tmp_path / "sample.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.runAndLoadResults(
        "evplanner:createsamplearea",
        {"SEED": 3, "OUTPUT": str(target)},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    assert results["OUTPUT"] == str(target)
    names = results["LAYERS"].split(",")
    assert {"roads", "kerbs", "footways", "restrictions", "chargepoints", "areas"} <= set(names)
    kerbs = QgsVectorLayer(f"{target}|layername=kerbs", "kerbs", "ogr")
    assert kerbs.isValid() and kerbs.crs().authid() == "EPSG:27700"
    assert {"kerb_id", "usrn", "street", "side", "footway_width_m"} <= set(kerbs.fields().names())
    loaded = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert set(names) <= set(loaded)
    roads_symbol = loaded["roads"].renderer().symbol()
    assert roads_symbol.color().name() == "#9e9e9e"  # resources/styles/sample_roads.qml
