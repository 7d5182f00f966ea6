"""evplanner:kerbsfromroads, footwaywidth and kerbsideeligibility in-process."""

from __future__ import annotations

import json

import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)


def memory_layer(uri: str, rows: list[tuple[str, list]], name: str = "test") -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def canonical_scene():
    """100 m kerb, 2.5 m footway; no waiting 0-15 m, disabled bay 40-46.6 m, dropped kerb 70 m."""
    kerbs = memory_layer(
        "LineString?crs=EPSG:27700&field=kerb_id:string&field=usrn:integer&field=street:string"
        "&field=side:string&field=footway_width_m:double",
        [("LineString(0 0, 100 0)", ["K1", 11112222, "Mill Lane", "left", 2.5])],
        "kerbs",
    )
    restrictions = memory_layer(
        "LineString?crs=EPSG:27700&field=regulation_type:string",
        [("LineString(0 0, 15 0)", ["kerbsideNoWaiting"])],
    )
    bays = memory_layer(
        "Polygon?crs=EPSG:27700&field=bay_id:integer",
        [("Polygon((40 -3.6, 46.6 -3.6, 46.6 0, 40 0, 40 -3.6))", [1])],
    )
    dropped = memory_layer("Point?crs=EPSG:27700&field=kind:string", [("Point(70 0)", ["x"])])
    return kerbs, restrictions, bays, dropped


def runs_table(layer):
    return [
        (round(f["from_m"], 3), round(f["to_m"], 3), f["status"], f["reasons"])
        for f in sorted(layer.getFeatures(), key=lambda f: f["from_m"])
    ]


def test_kerbside_eligibility_exact_runs(evplanner_provider):
    kerbs, restrictions, bays, dropped = canonical_scene()
    results = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": kerbs,
            "FOOTWAY_WIDTH_FIELD": "footway_width_m",
            "RESTRICTIONS": restrictions,
            "ACCESSIBLE_BAYS": bays,
            "DROPPED_KERBS": dropped,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    runs = results["OUTPUT"]
    assert runs_table(runs) == [
        (0.0, 15.0, "ineligible", "TRO_NO_WAITING"),
        (15.0, 40.0, "eligible", ""),
        (40.0, 46.6, "ineligible", "ACCESSIBLE_BAY"),
        (46.6, 67.5, "eligible", ""),
        (67.5, 72.5, "ineligible", "DROPPED_KERB"),
        (72.5, 100.0, "eligible", ""),
    ]
    fields = runs.fields().names()
    assert fields == [
        "kerb_id",
        "usrn",
        "street",
        "side",
        "from_m",
        "to_m",
        "length_m",
        "status",
        "eligible",
        "reasons",
        "reasons_text",
        "clear_width_m",
        "max_bays",
    ]
    first = min(runs.getFeatures(), key=lambda f: f["from_m"])
    assert "yellow lines" in first["reasons_text"]
    assert first["kerb_id"] == "K1" and first["street"] == "Mill Lane"
    assert first.geometry().asWkt(1) == "LineString (0 0, 15 0)"
    assert results["KERB_LENGTH"] == pytest.approx(100)
    assert results["ELIGIBLE_LENGTH"] == pytest.approx(73.4)
    assert results["EXCLUDED_LENGTH"] == pytest.approx(26.6)
    assert results["LENGTH_M_ACCESSIBLE_BAY"] == pytest.approx(6.6)
    assert results["LENGTH_M_DROPPED_KERB"] == pytest.approx(5)
    assert results["MAX_BAYS"] == 10
    assert json.loads(results["SUMMARY"])["run_count"] == 6
    # the input layers are never modified
    assert kerbs.featureCount() == 1 and not kerbs.isModified()


def test_mapping_matrix_and_unmapped_policy(evplanner_provider):
    kerbs, _, _, _ = canonical_scene()
    restrictions = memory_layer(
        "LineString?crs=EPSG:27700&field=regulation_type:string",
        [
            ("LineString(20 0, 40 0)", ["Residents Zone B"]),
            ("LineString(60 0, 80 0)", ["kerbsideNoWaiting"]),
        ],
    )
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.reportError = lambda message, fatal=False: warnings.append(message)
    unmapped = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": kerbs,
            "FOOTWAY_WIDTH_FIELD": "footway_width_m",
            "RESTRICTIONS": restrictions,
            "UNMAPPED_POLICY": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert (20.0, 40.0, "ineligible", "TRO_UNMAPPED") in runs_table(unmapped["OUTPUT"])
    summary = json.loads(unmapped["SUMMARY"])
    assert summary["unmapped_restriction_types"] == {"Residents Zone B": 1}
    mapped = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": kerbs,
            "FOOTWAY_WIDTH_FIELD": "footway_width_m",
            "RESTRICTIONS": restrictions,
            "RESTRICTION_MAPPING": [
                "Residents Zone B",
                "tro_change",
                "TRO_CHANGE_PERMIT",
                "kerbsideNoWaiting",
                "allowed",
                "",
            ],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    table = runs_table(mapped["OUTPUT"])
    assert (20.0, 40.0, "eligible_with_tro_change", "TRO_CHANGE_PERMIT") in table
    assert not [row for row in table if row[2] == "ineligible"]
    with pytest.raises(QgsProcessingException, match="three values per row"):
        processing.run(
            "evplanner:kerbsideeligibility",
            {
                "KERBS": kerbs,
                "RESTRICTIONS": restrictions,
                "RESTRICTION_MAPPING": ["a", "b"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_geographic_inputs_give_the_same_answer(evplanner_provider, sample_area_gpkg):
    kerbs = QgsVectorLayer(f"{sample_area_gpkg}|layername=kerbs", "kerbs", "ogr")
    restrictions = QgsVectorLayer(
        f"{sample_area_gpkg}|layername=restrictions", "restrictions", "ogr"
    )
    roads = QgsVectorLayer(f"{sample_area_gpkg}|layername=roads", "roads", "ogr")
    common = {
        "FOOTWAY_WIDTH_FIELD": "footway_width_m",
        "UNKNOWN_FOOTWAY_POLICY": 1,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    bng = processing.run(
        "evplanner:kerbsideeligibility",
        {"KERBS": kerbs, "RESTRICTIONS": restrictions, "ROADS": roads, **common},
    )
    reproject = {
        name: processing.run(
            "native:reprojectlayer",
            {"INPUT": layer, "TARGET_CRS": "EPSG:4326", "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]
        for name, layer in (("k", kerbs), ("r", restrictions), ("d", roads))
    }
    wgs = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": reproject["k"],
            "RESTRICTIONS": reproject["r"],
            "ROADS": reproject["d"],
            "TARGET_CRS": "EPSG:27700",
            **common,
        },
    )
    assert wgs["OUTPUT"].crs().authid() == "EPSG:27700"
    assert bng["KERB_LENGTH"] > 50_000
    assert wgs["KERB_LENGTH"] == pytest.approx(bng["KERB_LENGTH"], abs=0.1 * bng["MAX_BAYS"] + 1)
    assert wgs["ELIGIBLE_LENGTH"] == pytest.approx(bng["ELIGIBLE_LENGTH"], abs=5)
    by_kerb = {}
    for feature in bng["OUTPUT"].getFeatures():
        by_kerb.setdefault(feature["kerb_id"], []).append((feature["from_m"], feature["status"]))
    matched = 0
    for feature in wgs["OUTPUT"].getFeatures():
        starts = by_kerb.get(feature["kerb_id"], [])
        if any(abs(s - feature["from_m"]) <= 0.1 and st == feature["status"] for s, st in starts):
            matched += 1
    assert matched >= 0.97 * wgs["OUTPUT"].featureCount()


def test_geographic_target_crs_refused(evplanner_provider):
    kerbs, _, _, _ = canonical_scene()
    with pytest.raises(QgsProcessingException, match="geographic"):
        processing.run(
            "evplanner:kerbsideeligibility",
            {"KERBS": kerbs, "TARGET_CRS": "EPSG:4326", "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def test_cancel_leaves_no_output(evplanner_provider, tmp_path):
    kerbs, restrictions, bays, dropped = canonical_scene()
    target = tmp_path / "runs.gpkg"
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run(
            "evplanner:kerbsideeligibility",
            {"KERBS": kerbs, "RESTRICTIONS": restrictions, "OUTPUT": str(target)},
            context=QgsProcessingContext(),
            feedback=feedback,
        )
    assert not target.exists()


def test_explicit_missing_field_names_layer_and_field(evplanner_provider):
    kerbs, restrictions, _, _ = canonical_scene()
    with pytest.raises(QgsProcessingException, match="nope.*RESTRICTION_TYPE_FIELD|RESTRICTION"):
        processing.run(
            "evplanner:kerbsideeligibility",
            {
                "KERBS": kerbs,
                "RESTRICTIONS": restrictions,
                "RESTRICTION_TYPE_FIELD": "nope",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_kerbs_from_roads_exact_offsets(evplanner_provider, sample_area_gpkg):
    road = memory_layer(
        "LineString?crs=EPSG:27700&field=road_id:string&field=name:string&field=usrn:integer"
        "&field=carriageway_width_m:double",
        [("LineString(0 0, 100 0)", ["R1", "Mill Lane", 123, 8.0])],
    )
    kerbs = processing.run(
        "evplanner:kerbsfromroads", {"ROADS": road, "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    by_side = {f["side"]: f for f in kerbs.getFeatures()}
    assert by_side["left"].geometry().asWkt(1) == "LineString (0 4, 100 4)"
    assert by_side["right"].geometry().asWkt(1) == "LineString (0 -4, 100 -4)"
    assert by_side["left"]["kerb_id"] == "R1-L" and by_side["left"]["street"] == "Mill Lane"
    assert by_side["left"]["width_source"] == "field"
    roads = QgsVectorLayer(f"{sample_area_gpkg}|layername=roads", "roads", "ogr")
    sample_kerbs = processing.run(
        "evplanner:kerbsfromroads", {"ROADS": roads, "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    assert sample_kerbs.featureCount() >= 2 * roads.featureCount()
    sources = {f["width_source"] for f in sample_kerbs.getFeatures()}
    assert {"field", "lanes"} <= sources  # roads without a width fall back to lanes x 3.65 m


def test_footway_width_pieces(evplanner_provider):
    kerbs = memory_layer(
        "LineString?crs=EPSG:27700&field=kerb_id:string", [("LineString(0 0, 20 0)", ["K1"])]
    )
    footways = memory_layer(
        "Polygon?crs=EPSG:27700",
        [
            ("Polygon((0 0, 10 0, 10 2, 0 2, 0 0))", []),
            ("Polygon((10 0, 20 0, 20 1.2, 10 1.2, 10 0))", []),
        ],
    )
    tree = memory_layer("Point?crs=EPSG:27700&field=footprint_m:double", [("Point(5 1.5)", [0.8])])
    pieces = processing.run(
        "evplanner:footwaywidth",
        {
            "KERBS": kerbs,
            "FOOTWAYS": footways,
            "OBSTACLES": tree,
            "PIECE_LENGTH": 10,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    rows = sorted(pieces.getFeatures(), key=lambda f: f["from_m"])
    assert [(f["from_m"], f["to_m"]) for f in rows] == [(0, 10), (10, 20)]
    assert rows[0]["width_min_m"] == pytest.approx(2.0)
    assert rows[1]["width_min_m"] == pytest.approx(1.2)
    # the tree (0.8 m across, centred 1.5 m from the kerb) leaves 1.1 m clear beside it
    assert rows[0]["clear_width_min_m"] == pytest.approx(1.1)
    assert rows[1]["clear_width_min_m"] == pytest.approx(1.2)


def test_empty_kerb_layer_warns_and_writes_no_runs(evplanner_provider):
    kerbs = QgsVectorLayer("LineString?crs=EPSG:27700&field=kerb_id:string", "kerbs", "memory")
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    results = processing.run(
        "evplanner:kerbsideeligibility",
        {"KERBS": kerbs, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    assert results["OUTPUT"].featureCount() == 0 and results["KERB_LENGTH"] == 0
    assert any("'kerbs' (KERBS) has no features" in w for w in warnings), warnings


def test_invalid_multipart_z_and_curved_kerbs(evplanner_provider):
    kerbs = memory_layer(
        "MultiLineStringZ?crs=EPSG:27700&field=kerb_id:string&field=footway_width_m:double",
        [("MultiLineStringZ((0 0 5, 50 0 5), (60 0 5, 100 0 5))", ["M1", 3.0])],
        "kerbs",
    )
    curved = memory_layer(
        "CompoundCurve?crs=EPSG:27700&field=kerb_id:string&field=footway_width_m:double",
        [("CompoundCurve(CircularString(0 50, 50 100, 100 50))", ["C1", 3.0])],
        "kerbs",
    )
    bowtie = memory_layer(
        "Polygon?crs=EPSG:27700",
        [("Polygon((20 -2, 30 2, 30 -2, 20 2, 20 -2))", [])],  # self-intersecting
        "bays",
    )
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    multipart = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": kerbs,
            "FOOTWAY_WIDTH_FIELD": "footway_width_m",
            "ACCESSIBLE_BAYS": bowtie,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert multipart["KERB_LENGTH"] == pytest.approx(90)
    assert multipart["LENGTH_M_ACCESSIBLE_BAY"] == pytest.approx(10)
    assert {f["kerb_id"] for f in multipart["OUTPUT"].getFeatures()} == {"M1"}
    assert any("invalid" in w.lower() and "bays" in w for w in warnings), warnings
    arc = processing.run(
        "evplanner:kerbsideeligibility",
        {"KERBS": curved, "FOOTWAY_WIDTH_FIELD": "footway_width_m", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert arc["KERB_LENGTH"] == pytest.approx(3.14159 * 50, rel=0.01)
