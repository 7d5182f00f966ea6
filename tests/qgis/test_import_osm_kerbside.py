"""evplanner:importosmkerbside on real OpenStreetMap extracts (Leeds, Central London), read
through QGIS and GDAL's OSM driver."""

from __future__ import annotations

import json

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from ev_planner_plugin.sources.osm import (
    KERB_FIELDS,
    POINT_FIELDS,
    PROVENANCES,
    RESTRICTION_FIELDS,
    SIDE_FIELDS,
)

SINKS = ("OUTPUT", "RESTRICTIONS", "BUS_STOPS", "CROSSINGS", "POINTS")


def run(feedback=None, **parameters):
    defaults = dict.fromkeys(SINKS, "TEMPORARY_OUTPUT")
    return processing.run(
        "evplanner:importosmkerbside",
        {**defaults, **parameters},
        feedback=feedback or QgsProcessingFeedback(),
    )


def values(layer: QgsVectorLayer, field: str) -> list:
    return [f[field] for f in layer.getFeatures()]


@pytest.fixture(scope="module")
def leeds(evplanner_provider, shared_data):
    feedback = QgsProcessingFeedback()
    results = run(feedback, INPUT=str(shared_data / "osm" / "leeds-its-2020.osm.pbf"))
    return results, feedback


@pytest.fixture(scope="module")
def london(evplanner_provider, shared_data):
    return run(INPUT=str(shared_data / "osm" / "central-london-2023-03.osm.pbf"))


def test_leeds_end_to_end(leeds):
    results, feedback = leeds
    summary = json.loads(results["SUMMARY"])
    kerbs = results["OUTPUT"]
    # as the reader's tests establish on the same file read with pyogrio
    assert summary["roads"] == 90
    assert kerbs.featureCount() == summary["kerb_count"] == 180
    assert results["BUS_STOPS"].featureCount() == 9
    assert results["CROSSINGS"].featureCount() == 11
    assert results["RESTRICTIONS"].featureCount() == 0  # no parking tags in this extract
    assert set(values(results["POINTS"], "kind")) == {"bicycle_parking"}
    assert results["POINTS"].featureCount() == summary["points"]["bicycle_parking"] == 23
    assert kerbs.fields().names() == list(KERB_FIELDS)
    for name in ("RESTRICTIONS", "BUS_STOPS", "CROSSINGS"):
        assert results[name].fields().names() == list(RESTRICTION_FIELDS)
    assert results["POINTS"].fields().names() == list(POINT_FIELDS)
    assert set(values(results["BUS_STOPS"], "regulation_type")) == {"nonOrderKerbsideBusStop"}
    assert all(
        v.startswith("bus_stop:node/") for v in values(results["BUS_STOPS"], "restriction_id")
    )
    # British National Grid metres (Leeds is near 429000, 434700)
    for name in SINKS:
        if results[name].featureCount():
            assert results[name].crs().authid() == "EPSG:27700"
            extent = results[name].extent()
            assert 428000 < extent.xMinimum() < extent.xMaximum() < 431000
            assert 434000 < extent.yMinimum() < extent.yMaximum() < 436000
    assert sum(f.geometry().length() for f in kerbs.getFeatures()) == pytest.approx(
        summary["kerb_length_m"]
    )
    # every side value says where it came from; Leeds has no parking or sidewalk tags
    for name in ("carriageway_width", *SIDE_FIELDS):
        assert set(values(kerbs, f"{name}_provenance")) <= set(PROVENANCES)
    assert summary["provenance"]["parking_position"] == {"tagged": 0, "inferred": 0, "default": 180}
    assert summary["provenance"]["carriageway_width"] == {
        "tagged": 0,
        "inferred": 42,
        "default": 138,
    }
    log = feedback.textLog()
    assert "180 kerbs from 90 ways" in log
    assert "carriageway width: 0 tagged, 42 inferred, 138 default" in log
    assert "9 bus stop(s), 11 crossing(s)" in log
    assert "street-parking tags on only 0 of 180 kerbs" in log


def test_leeds_without_service_roads(evplanner_provider, shared_data):
    results = run(INPUT=str(shared_data / "osm" / "leeds-its-2020.osm.pbf"), INCLUDE_SERVICE=False)
    summary = json.loads(results["SUMMARY"])
    assert summary["roads"] == 90 - 47  # the extract's 47 highway=service ways left out
    assert "service" not in summary["roads_by_highway"]
    assert set(values(results["OUTPUT"], "highway")) >= {"residential", "trunk"}
    assert "service" not in set(values(results["OUTPUT"], "highway"))


def test_central_london(london):
    summary = json.loads(london["SUMMARY"])
    kerbs = london["OUTPUT"]
    assert summary["roads"] == 1099
    assert kerbs.featureCount() == summary["kerb_count"] > 2000
    assert kerbs.crs().authid() == "EPSG:27700"
    extent = kerbs.extent()
    assert 527000 < extent.xMinimum() < extent.xMaximum() < 534000
    assert 178000 < extent.yMinimum() < extent.yMaximum() < 184000
    points = london["POINTS"]
    kinds = values(points, "kind")
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "bicycle_parking": 364,
        "street_lamp": 59,
        "charging_station": 5,
    }
    stations = [f for f in points.getFeatures() if f["kind"] == "charging_station"]
    assert sum(f["capacity"] or 0 for f in stations) == 4
    assert [f["operator"] for f in stations].count("Source London") == 2
    assert london["BUS_STOPS"].featureCount() == 44
    assert london["CROSSINGS"].featureCount() == 334
    restrictions = london["RESTRICTIONS"]
    assert restrictions.featureCount() == summary["restrictions"]["kerb_restriction"] > 0
    assert set(values(restrictions, "regulation_type")) == {"kerbsideNoWaiting"}
    tagged = [f for f in kerbs.getFeatures() if f["parking_position_provenance"] == "tagged"]
    assert len(tagged) == summary["provenance"]["parking_position"]["tagged"] > 0
    assert summary["provenance"]["sidewalk"]["tagged"] > 1500


# --------------------------------------------------------------------------------------------
# Bad input and cancel


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.txt", "Kerbs to survey: King Street, Queen Street\n"),
        ("extract.osm", "<html><body>502 Bad Gateway</body></html>\n"),
    ],
)
def test_not_an_osm_file_names_the_file(evplanner_provider, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        run(INPUT=str(path))
    assert str(path) in str(info.value)
    assert "not an OpenStreetMap file" in str(info.value)


@pytest.mark.parametrize("fmt", [0, 1, 2])  # recognised, forced XML, forced PBF
def test_missing_file(evplanner_provider, tmp_path, fmt):
    with pytest.raises(QgsProcessingException, match="gone.osm.pbf.*not found"):
        run(INPUT=str(tmp_path / "gone.osm.pbf"), FORMAT=fmt)


def test_cancel_leaves_no_output(evplanner_provider, shared_data, tmp_path):
    targets = {name: tmp_path / f"{name.lower()}.gpkg" for name in SINKS}
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(
            feedback,
            INPUT=str(shared_data / "osm" / "leeds-its-2020.osm.pbf"),
            **{name: str(path) for name, path in targets.items()},
        )
    assert not any(path.exists() for path in targets.values())
    assert list(tmp_path.iterdir()) == []


def test_format_forced_must_match_the_content(evplanner_provider, shared_data):
    import processing
    from qgis.core import QgsProcessingException

    leeds = str(shared_data / "osm" / "leeds-its-2020.osm.pbf")
    with pytest.raises(QgsProcessingException, match="FORMAT asks for OSM XML.*holds OSM PBF"):
        processing.run(
            "evplanner:importosmkerbside",
            {"INPUT": leeds, "FORMAT": 1, "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    forced = processing.run(
        "evplanner:importosmkerbside", {"INPUT": leeds, "FORMAT": 2, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert forced["OUTPUT"].featureCount() == 180
