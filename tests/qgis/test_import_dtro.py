"""evplanner:importdtro on the official DfT examples, in-process."""

from __future__ import annotations

import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def run(**parameters):
    defaults = {
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_POINTS": "TEMPORARY_OUTPUT",
        "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT",
        "PROBLEMS": "TEMPORARY_OUTPUT",
    }
    return processing.run("evplanner:importdtro", {**defaults, **parameters})


def test_multigeometry_examples_split_by_family(evplanner_provider, shared_data):
    examples = shared_data / "dtro" / "examples"
    results = run(
        INPUT=[
            str(examples / "D-TRO-v4.0.0-example-multilinestring.json"),
            str(examples / "D-TRO-v4.0.0-example-multipoint.json"),
            str(examples / "D-TRO-v4.0.0-example-multipolygon.json"),
        ]
    )
    lines, points, polygons = (results[k] for k in ("OUTPUT", "OUTPUT_POINTS", "OUTPUT_POLYGONS"))
    assert lines.featureCount() >= 1 and points.featureCount() >= 1
    assert polygons.featureCount() >= 1
    assert results["PLACE_COUNT"] == (
        lines.featureCount() + points.featureCount() + polygons.featureCount()
    )
    assert lines.crs().authid() == "EPSG:27700"
    feature = next(lines.getFeatures())
    assert feature["tro_ref"] and feature["regulation_type"]
    assert feature["source_file"].endswith("multilinestring.json")
    # British National Grid coordinates, not degrees
    assert lines.extent().xMinimum() > 1000


def test_revoked_dropped_or_flagged(evplanner_provider, shared_data):
    revoke = str(
        shared_data
        / "dtro"
        / "examples"
        / "D-TRO-v4.0.0-example-source-action-type-full-revoke-example.json"
    )
    dropped = run(INPUT=[revoke], REVOKED=0)
    flagged = run(INPUT=[revoke], REVOKED=1)
    assert dropped["PLACE_COUNT"] == 0 and dropped["PROBLEM_COUNT"] > 0
    assert flagged["PLACE_COUNT"] > 0
    layers = [flagged[k] for k in ("OUTPUT", "OUTPUT_POINTS", "OUTPUT_POLYGONS")]
    revoked = [f["revoked"] for layer in layers for f in layer.getFeatures()]
    assert revoked and all(revoked)
    problems: QgsVectorLayer = dropped["PROBLEMS"]
    assert problems.featureCount() == dropped["PROBLEM_COUNT"]
    assert {"source_file", "json_path", "message"} <= set(problems.fields().names())


def test_validation_reports_paths(evplanner_provider, shared_data, tmp_path):
    broken = tmp_path / "broken.json"
    text = (shared_data / "dtro" / "examples" / "D-TRO-v4.0.0-example-SYL.json").read_text()
    broken.write_text(text.replace('"regulationType"', '"regulationTypo"', 1))
    results = run(INPUT=[str(broken)], VALIDATE=True)
    messages = [f["json_path"] + " " + f["message"] for f in results["PROBLEMS"].getFeatures()]
    assert any("regulation" in m for m in messages), messages


def test_malformed_json_names_file(evplanner_provider, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schemaVersion": "4.0.0",\n "data": [1, 2,,]}')
    with pytest.raises(QgsProcessingException, match="bad.json.*line 2"):
        run(INPUT=[str(bad)])


def test_format_picks_the_schema_version_validate_uses(evplanner_provider, shared_data):
    example = str(shared_data / "dtro" / "examples" / "D-TRO-v3.4.1-SYL-example.json")
    auto = run(INPUT=[example], VALIDATE=True)
    assert auto["PLACE_COUNT"] == 4 and auto["PROBLEM_COUNT"] == 0
    unvalidated = run(INPUT=[example], FORMAT=2)  # FORMAT alone changes nothing
    assert unvalidated["PLACE_COUNT"] == 4 and unvalidated["PROBLEM_COUNT"] == 0
    forced = run(INPUT=[example], FORMAT=2, VALIDATE=True)  # checked against 4.0.0
    messages = [f["json_path"] + " " + f["message"] for f in forced["PROBLEMS"].getFeatures()]
    assert any(
        m.startswith("$.schemaVersion") and "validated against the 4.0.x schema as asked" in m
        for m in messages
    ), messages
    assert forced["PLACE_COUNT"] == 0
