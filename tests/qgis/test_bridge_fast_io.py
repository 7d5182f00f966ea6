"""The bridge's pyogrio fast path gives what the per-feature path gives, and is taken only when
it can: whole plain file layers in, GeoPackage files out, pyogrio on QGIS's own GDAL."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import processing
import pyogrio
import pytest
import shapely
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ev_planner_plugin.core.errors import Cancelled
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.text import Message
from ev_planner_plugin.processing import bridge
from ev_planner_plugin.processing.base import EvPlannerAlgorithm
from ev_planner_plugin.toolbelt import compat

BNG = QgsCoordinateReferenceSystem("EPSG:27700")
SAMPLE_LAYERS = [
    "kerbs",
    "roads",
    "footways",
    "obstacles",
    "restrictions",
    "accessible_bays",
    "addresses",
    "chargepoints",
    "areas",
]


def assert_same_gdf(fast, slow):
    """Same index (fids), columns, dtypes, values and exactly the same geometries."""
    assert fast is not None
    assert fast.index.name == slow.index.name == "fid"
    assert fast.index.dtype == slow.index.dtype
    assert list(fast.index) == list(slow.index)
    assert list(fast.columns) == list(slow.columns)
    assert fast.crs == slow.crs
    attributes = [c for c in slow.columns if c != slow.geometry.name]
    pd.testing.assert_frame_equal(
        pd.DataFrame(fast[attributes]), pd.DataFrame(slow[attributes]), check_exact=True
    )
    a, b = fast.geometry.values.to_numpy(), slow.geometry.values.to_numpy()
    assert np.array_equal(shapely.is_missing(a), shapely.is_missing(b))
    present = ~shapely.is_missing(b)
    assert shapely.to_wkb(a[present]).tolist() == shapely.to_wkb(b[present]).tolist()


def read_both(uri: str, crs=BNG, attributes=None):
    layer = QgsVectorLayer(uri, "test", "ogr")
    assert layer.isValid(), uri
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    location = bridge.fast_read_location(uri, layer)
    assert location is not None, uri
    fast = bridge.read_file_gdf(location, source, context, crs, attributes=attributes)
    slow = bridge.source_to_gdf(source, context, crs, attributes=attributes)
    return fast, slow


def test_pyogrio_runs_on_qgis_gdal(qgis_app):
    # scripts/setup builds pyogrio from source against the system GDAL QGIS links.
    assert bridge.fast_io() is pyogrio
    assert pyogrio.__gdal_version_string__ == gdal.__version__
    assert len(bridge._mapped_gdal_libraries()) == 1


@pytest.mark.parametrize("name", SAMPLE_LAYERS)
def test_fast_read_equals_slow_read(qgis_app, sample_area_gpkg, name):
    fast, slow = read_both(f"{sample_area_gpkg}|layername={name}")
    assert len(slow) > 0
    assert "fid" in slow.columns  # QGIS shows a GeoPackage's fid as a field too
    assert_same_gdf(fast, slow)


def test_fast_read_subset_of_attributes_in_asked_order(qgis_app, sample_area_gpkg):
    fast, slow = read_both(
        f"{sample_area_gpkg}|layername=kerbs", attributes=["footway_width_m", "kerb_id", "usrn"]
    )
    assert list(slow.columns) == ["footway_width_m", "kerb_id", "usrn", "geometry"]
    assert str(slow["usrn"].dtype) == "int64"
    assert_same_gdf(fast, slow)
    fast, slow = read_both(f"{sample_area_gpkg}|layername=roads", attributes=[])
    assert list(slow.columns) == ["geometry"]
    assert_same_gdf(fast, slow)


def test_fast_read_reprojected_equals_slow_read(qgis_app, sample_area_gpkg):
    utm = QgsCoordinateReferenceSystem("EPSG:32630")
    for name in ("kerbs", "areas", "addresses"):
        fast, slow = read_both(f"{sample_area_gpkg}|layername={name}", crs=utm)
        assert slow.crs.to_epsg() == 32630
        assert_same_gdf(fast, slow)


def test_fast_read_shapefile_and_nulls(qgis_app, tmp_path, sample_area_gpkg):
    kerbs = pyogrio.read_dataframe(sample_area_gpkg, layer="kerbs")
    kerbs.loc[kerbs.index[:5], "footway_width_m"] = np.nan
    kerbs.loc[kerbs.index[5:9], "street"] = None
    kerbs.loc[kerbs.index[9], "geometry"] = None
    gpkg = tmp_path / "kerbs_nulls.gpkg"
    pyogrio.write_dataframe(kerbs, gpkg, layer="kerbs")
    fast, slow = read_both(f"{gpkg}|layername=kerbs")
    assert slow["footway_width_m"].isna().sum() == 5 and slow["street"].isna().sum() == 4
    assert slow.geometry.isna().sum() == 1
    assert_same_gdf(fast, slow)

    layer = QgsVectorLayer(f"{sample_area_gpkg}|layername=kerbs", "kerbs", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    shp = tmp_path / "kerbs.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(
        layer, str(shp), QgsProcessingContext().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError
    fast, slow = read_both(str(shp))
    assert list(slow.index[:3]) == [0, 1, 2]  # shapefile feature ids start at 0
    assert_same_gdf(fast, slow)
    (tmp_path / "kerbs.cpg").unlink()  # encoding unknown: QGIS's reading decides
    assert bridge.fast_read_location(str(shp), QgsVectorLayer(str(shp), "k", "ogr")) is None


def test_only_whole_plain_file_layers_are_read_fast(qgis_app, sample_area_gpkg):
    uri = f"{sample_area_gpkg}|layername=kerbs"
    layer = QgsVectorLayer(uri, "kerbs", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert bridge.fast_read_location(uri, layer) == (str(sample_area_gpkg), "kerbs")
        whole = QgsProcessingFeatureSourceDefinition(layer.id(), False)
        assert bridge.fast_read_location(whole, layer) is not None
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        assert bridge.fast_read_location(selected, layer) is None
        limited = QgsProcessingFeatureSourceDefinition(layer.id(), False, 10)
        assert bridge.fast_read_location(limited, layer) is None
        subset_uri = f"{uri}|subset=\"side\" = 'left'"
        subset = QgsVectorLayer(subset_uri, "kerbs", "ogr")
        assert subset.isValid() and subset.subsetString()
        assert bridge.fast_read_location(subset_uri, subset) is None
        layer.setSubsetString("\"side\" = 'left'")
        assert bridge.fast_read_location(uri, layer) is None
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    memory = QgsVectorLayer("LineString?crs=EPSG:27700", "m", "memory")
    assert bridge.fast_read_location(memory, memory) is None


@pytest.fixture
def path_spy(monkeypatch):
    """Counts the calls of each read and write path of the bridge."""
    calls = {"fast read": 0, "slow read": 0, "fast write": 0, "slow write": 0}

    def spy(name, key):
        original = getattr(bridge, name)

        def wrapped(*args, **kwargs):
            calls[key] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(bridge, name, wrapped)

    spy("read_file_gdf", "fast read")
    spy("source_to_gdf", "slow read")
    spy("write_gpkg_fast", "fast write")
    spy("write_gdf", "slow write")
    return calls


def eligibility(sample, output, kerbs=None, **extra):
    parameters = {
        "KERBS": kerbs or f"{sample}|layername=kerbs",
        "FOOTWAY_WIDTH_FIELD": "footway_width_m",
        "RESTRICTIONS": f"{sample}|layername=restrictions",
        "ACCESSIBLE_BAYS": f"{sample}|layername=accessible_bays",
        "ROADS": f"{sample}|layername=roads",
        "LAMP_COLUMNS": f"{sample}|layername=lamp_columns",
        "OUTPUT": output,
        **extra,
    }
    return processing.run("evplanner:kerbsideeligibility", parameters)


def test_fast_write_same_layer_as_the_sink(
    evplanner_provider, sample_area_gpkg, tmp_path, path_spy
):
    fast_path = tmp_path / "runs_fast.gpkg"
    fast = eligibility(sample_area_gpkg, str(fast_path))
    assert path_spy == {"fast read": 5, "slow read": 0, "fast write": 1, "slow write": 0}
    assert fast["OUTPUT"] == str(fast_path)
    bridge._PYOGRIO = False
    try:
        slow_path = tmp_path / "runs_slow.gpkg"
        slow = eligibility(sample_area_gpkg, str(slow_path))
    finally:
        bridge._PYOGRIO = None
    assert path_spy == {"fast read": 5, "slow read": 5, "fast write": 1, "slow write": 1}
    assert fast["ELIGIBLE_LENGTH"] == slow["ELIGIBLE_LENGTH"] > 0

    assert pyogrio.list_layers(fast_path)[:, 0].tolist() == ["runs_fast"]
    info_fast = pyogrio.read_info(fast_path, layer="runs_fast")
    info_slow = pyogrio.read_info(slow_path, layer="runs_slow")
    for key in ("fields", "dtypes", "geometry_type", "crs", "fid_column", "geometry_name"):
        assert np.array_equal(info_fast[key], info_slow[key]), key
    assert info_fast["features"] == info_slow["features"] > 100
    assert info_fast["geometry_type"] == "LineString"
    layer_fast = QgsVectorLayer(fast["OUTPUT"], "fast", "ogr")
    layer_slow = QgsVectorLayer(slow["OUTPUT"], "slow", "ogr")
    assert [(f.name(), f.type(), f.subType()) for f in layer_fast.fields()] == [
        (f.name(), f.type(), f.subType()) for f in layer_slow.fields()
    ]
    assert layer_fast.crs() == layer_slow.crs() == BNG
    assert layer_fast.wkbType() == layer_slow.wkbType()
    assert layer_fast.featureCount() == layer_slow.featureCount()
    assert (
        layer_fast.dataProvider().hasSpatialIndex() == layer_slow.dataProvider().hasSpatialIndex()
    )
    assert (
        gdal.OpenEx(str(fast_path))
        .ExecuteSQL(
            "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"
        )
        .GetNextFeature()
        .GetField(0)
        == 1
    )

    a = pyogrio.read_dataframe(fast_path, fid_as_index=True)
    b = pyogrio.read_dataframe(slow_path, fid_as_index=True)
    pd.testing.assert_frame_equal(
        pd.DataFrame(a.drop(columns="geometry")), pd.DataFrame(b.drop(columns="geometry"))
    )
    assert shapely.to_wkb(a.geometry.values).tolist() == shapely.to_wkb(b.geometry.values).tolist()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs_fast.gpkg", "runs_slow.gpkg"]


def test_output_loaded_and_styled_as_before(evplanner_provider, sample_area_gpkg, tmp_path):
    path = tmp_path / "styled.gpkg"
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "evplanner:kerbsideeligibility"
    )
    parameters = {
        "KERBS": f"{sample_area_gpkg}|layername=kerbs",
        "OUTPUT": QgsProcessingOutputLayerDefinition(str(path), project),
    }
    calls = {"fast": 0}
    original = bridge.write_gpkg_fast

    def counted(*args, **kwargs):
        calls["fast"] += 1
        return original(*args, **kwargs)

    bridge.write_gpkg_fast = counted
    try:
        results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    finally:
        bridge.write_gpkg_fast = original
    assert ok and calls["fast"] == 1
    assert results["OUTPUT"] == str(path)
    assert context.willLoadLayerOnCompletion(results["OUTPUT"])
    details = context.layerToLoadOnCompletionDetails(results["OUTPUT"])
    assert details.postProcessor() is not None  # the kerbside_eligibility style
    layer = QgsVectorLayer(results["OUTPUT"], "runs", "ogr")
    assert layer.isValid() and layer.featureCount() > 100
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.renderer().type() == "categorizedSymbol"


def test_selected_subset_memory_and_other_formats_take_slow_path(
    evplanner_provider, sample_area_gpkg, tmp_path, path_spy
):
    kerbs = QgsVectorLayer(f"{sample_area_gpkg}|layername=kerbs", "kerbs", "ogr")
    QgsProject.instance().addMapLayer(kerbs)
    try:
        kerbs.selectByIds(list(range(1, 41)))
        selected = QgsProcessingFeatureSourceDefinition(kerbs.id(), True)
        result = eligibility(sample_area_gpkg, "memory:", kerbs=selected)
    finally:
        QgsProject.instance().removeMapLayer(kerbs.id())
    assert path_spy == {"fast read": 4, "slow read": 1, "fast write": 0, "slow write": 1}
    assert result["OUTPUT"].featureCount() > 0
    assert len({f["kerb_id"] for f in result["OUTPUT"].getFeatures()}) == 40

    subset = f"{sample_area_gpkg}|layername=kerbs|subset=\"side\" = 'left'"
    shp = tmp_path / "runs.shp"
    eligibility(sample_area_gpkg, str(shp), kerbs=subset)
    assert path_spy == {"fast read": 8, "slow read": 2, "fast write": 0, "slow write": 2}
    sides = set(pyogrio.read_dataframe(shp, columns=["side"])["side"])
    assert sides == {"left"}


def test_without_pyogrio_the_per_feature_path_works(
    evplanner_provider, sample_area_gpkg, tmp_path, path_spy, monkeypatch
):
    monkeypatch.setattr(bridge, "_PYOGRIO", False)
    assert bridge.fast_io() is None
    output = tmp_path / "runs.gpkg"
    result = eligibility(sample_area_gpkg, str(output))
    assert path_spy == {"fast read": 0, "slow read": 5, "fast write": 0, "slow write": 1}
    assert result["ELIGIBLE_LENGTH"] > 0
    assert pyogrio.read_info(output)["features"] > 100


class CancelAfter(Feedback):
    """Cancelled from the n-th check on."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.checks = checks

    def is_canceled(self) -> bool:
        self.checks -= 1
        return self.checks < 0


def test_cancel_during_fast_write_leaves_no_file(qgis_app, sample_area_gpkg, tmp_path):
    kerbs = pyogrio.read_dataframe(sample_area_gpkg, layer="kerbs")[["kerb_id", "geometry"]]
    fields = bridge.fields_from_gdf(kerbs)
    target = tmp_path / "out.gpkg"
    pyogrio.write_dataframe(kerbs.iloc[:0], target, layer="out")  # as the sink leaves it
    line = compat.WKB_LINESTRING
    prepared = bridge.prepare_fast_write(f"{target}|layername=out", kerbs, fields, line, BNG)
    assert (prepared.path, prepared.layer) == (target, "out")
    assert bridge.sink_layer_name(prepared) == "out"
    with pytest.raises(Cancelled):  # cancelled after pyogrio wrote, before the rename
        bridge.write_gpkg_fast(prepared, "out", line, CancelAfter(1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]
    assert pyogrio.read_info(target, layer="out")["features"] == 0
    bridge.write_gpkg_fast(prepared, "out", line, CancelAfter(10))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]
    assert pyogrio.read_info(target, layer="out")["features"] == len(kerbs)


def test_cancel_in_algorithm_with_fast_io_leaves_no_output(
    evplanner_provider, sample_area_gpkg, tmp_path, path_spy, monkeypatch
):
    target = tmp_path / "runs.gpkg"
    feedback = QgsProcessingFeedback()
    written = []
    original = pyogrio.write_dataframe

    def write_then_cancel(df, path, **kwargs):  # the user cancels while pyogrio writes
        original(df, path, **kwargs)
        written.append(sorted(p.name for p in tmp_path.iterdir()))
        feedback.cancel()

    monkeypatch.setattr(pyogrio, "write_dataframe", write_then_cancel)
    with pytest.raises(Exception, match="[Cc]ancel"):
        processing.run(
            "evplanner:kerbsideeligibility",
            {"KERBS": f"{sample_area_gpkg}|layername=kerbs", "OUTPUT": str(target)},
            context=QgsProcessingContext(),
            feedback=feedback,
        )
    assert path_spy["fast write"] == 1 and path_spy["slow write"] == 0
    assert written == [[".runs.partial.gpkg", "runs.gpkg"]]  # the sink's file and the new one
    assert list(tmp_path.iterdir()) == []


def test_output_added_to_a_geopackage_with_other_layers(
    evplanner_provider, sample_area_gpkg, tmp_path, path_spy, monkeypatch
):
    # QGIS's "save to GeoPackage" into an existing file: the output is added beside its layers
    target = tmp_path / "mine.gpkg"
    roads = pyogrio.read_dataframe(sample_area_gpkg, layer="roads")
    pyogrio.write_dataframe(roads, target, layer="keep")
    destination = f"ogr:dbname='{target}' table=\"runs\" (geom)"
    assert bridge.output_layers(destination) == ["keep"]
    assert bridge.output_layers(f"{target}|layername=runs") == ["keep"]
    assert bridge.output_layers(f"{target}|layername=keep") == []
    assert bridge.output_layers(str(target)) == []  # a plain file output replaces the file
    result = eligibility(sample_area_gpkg, destination)
    assert path_spy["fast write"] == 0 and path_spy["slow write"] == 1
    assert result["OUTPUT"] == f"{target}|layername=runs"
    assert sorted(pyogrio.list_layers(target)[:, 0]) == ["keep", "runs"]
    kept = pyogrio.read_dataframe(target, layer="keep")
    pd.testing.assert_frame_equal(kept.drop(columns="geometry"), roads.drop(columns="geometry"))
    assert shapely.equals(kept.geometry.values, roads.geometry.values).all()
    alone = tmp_path / "alone.gpkg"
    eligibility(sample_area_gpkg, str(alone))
    runs = pyogrio.read_dataframe(target, layer="runs", fid_as_index=True)
    expected = pyogrio.read_dataframe(alone, fid_as_index=True)
    assert len(runs) == len(expected) > 100
    pd.testing.assert_frame_equal(runs.drop(columns="geometry"), expected.drop(columns="geometry"))

    # should the closed sink's file not hold its layer alone, it is written feature by feature
    monkeypatch.setattr(bridge, "sink_layer_name", lambda prepared: None)
    fallback = tmp_path / "fallback.gpkg"
    eligibility(sample_area_gpkg, str(fallback))
    assert path_spy["slow write"] == 2 and path_spy["fast write"] == 1  # 1: alone.gpkg
    written = pyogrio.read_dataframe(fallback, fid_as_index=True)
    pd.testing.assert_frame_equal(
        written.drop(columns="geometry"), expected.drop(columns="geometry")
    )

    # a failed run leaves the file and its other layers where they were
    def fail(*args, **kwargs):
        raise Cancelled()

    monkeypatch.setattr(bridge, "write_gdf", fail)
    with pytest.raises(Exception, match="[Cc]ancel"):
        eligibility(sample_area_gpkg, f"ogr:dbname='{target}' table=\"again\" (geom)")
    assert "keep" in pyogrio.list_layers(target)[:, 0].tolist()
    assert len(pyogrio.read_dataframe(target, layer="keep")) == len(roads)


def test_unsaved_edits_are_read_not_the_saved_file(
    evplanner_provider, sample_area_gpkg, tmp_path, path_spy
):
    gpkg = tmp_path / "edited.gpkg"
    for name in ("kerbs", "sessions"):
        frame = pyogrio.read_dataframe(sample_area_gpkg, layer=name)
        pyogrio.write_dataframe(frame, gpkg, layer=name)
    context = QgsProcessingContext()
    feedback = bridge.ProcessingFeedbackAdapter(None)
    registry = QgsApplication.processingRegistry()

    kerbs = QgsVectorLayer(f"{gpkg}|layername=kerbs", "kerbs", "ogr")
    fid = next(kerbs.getFeatures()).id()
    assert bridge.fast_read_location(kerbs, kerbs) is not None
    assert kerbs.startEditing()
    assert bridge.fast_read_location(kerbs, kerbs) is not None  # editing, nothing changed yet
    assert kerbs.changeAttributeValue(fid, kerbs.fields().indexOf("street"), "Edited Street")
    assert bridge.fast_read_location(kerbs, kerbs) is None
    eligibility_algorithm = registry.createAlgorithmById("evplanner:kerbsideeligibility")
    read = eligibility_algorithm.source_gdf({"KERBS": kerbs}, "KERBS", context, BNG, feedback)
    assert path_spy["fast read"] == 0 and path_spy["slow read"] == 1
    assert read.loc[fid, "street"] == "Edited Street"
    assert pyogrio.read_dataframe(gpkg, layer="kerbs", fid_as_index=True).loc[fid, "street"] != (
        "Edited Street"
    )

    sessions = QgsVectorLayer(f"{gpkg}|layername=sessions", "sessions", "ogr")
    fid = next(sessions.getFeatures()).id()
    usage = registry.createAlgorithmById("evplanner:usagesummary")
    saved = usage.read_sessions({"SESSIONS": sessions}, context, feedback)
    assert path_spy["slow read"] == 1  # read with sqlite3 from the saved file
    assert sessions.startEditing()
    assert sessions.changeAttributeValue(fid, sessions.fields().indexOf("kwh"), 1234.5)
    edited = usage.read_sessions({"SESSIONS": sessions}, context, feedback)
    assert path_spy["slow read"] == 2
    assert len(edited) == len(saved) and 1234.5 in edited["kwh"].tolist()
    assert 1234.5 not in saved["kwh"].tolist()
    kerbs.rollBack()
    sessions.rollBack()


class WriteFrame(EvPlannerAlgorithm):
    """Writes FRAME to OUTPUT through write_output, as every algorithm does."""

    FRAME = None

    def name(self):
        return "writeframe"

    def displayName(self):
        return "Write frame"

    def initAlgorithm(self, config=None):
        self.add_sink("OUTPUT", "Output", compat.SOURCE_LINE)

    def process(self, parameters, context, feedback):
        line = compat.WKB_LINESTRING
        out = self.write_output(parameters, "OUTPUT", context, self.FRAME, line, BNG, feedback)
        return {"OUTPUT": out}


def test_nullable_columns_written_fast_with_nulls(qgis_processing, tmp_path, path_spy, monkeypatch):
    lines = [shapely.LineString([(0, i), (10, i)]) for i in range(4)]
    WriteFrame.FRAME = gpd.GeoDataFrame(
        {
            "count": pd.array([1, None, 3, 2**40], dtype="Int64"),
            "flag": pd.array([True, None, False, True], dtype="boolean"),
            "share": pd.array([0.5, 1.5, None, 2.0], dtype="Float64"),
            "plain": np.array([1, 2, 3, 4], dtype=np.int64),
        },
        geometry=lines,
        crs="EPSG:27700",
    )
    layers = {}
    for fast in (True, False):  # the per-feature path writes the same
        monkeypatch.setattr(bridge, "_PYOGRIO", None if fast else False)
        target = tmp_path / f"nulls_{fast}.gpkg"
        results, ok = WriteFrame().run(
            {"OUTPUT": str(target)}, QgsProcessingContext(), QgsProcessingFeedback()
        )
        assert ok and path_spy["fast write"] == 1 and path_spy["slow write"] == (not fast)
        layers[fast] = QgsVectorLayer(results["OUTPUT"], "nulls", "ogr")
    fields = [[(f.name(), f.type(), f.subType()) for f in layers[k].fields()] for k in layers]
    assert fields[0] == fields[1]
    assert layers[True].fields().field("flag").type() == QVariant.Bool
    for layer in layers.values():
        values = [[bridge.python_value(v) for v in f.attributes()[1:]] for f in layer.getFeatures()]
        assert values == [
            [1, True, 0.5, 1],
            [None, None, 1.5, 2],
            [3, False, None, 3],
            [2**40, True, 2.0, 4],
        ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nulls_False.gpkg", "nulls_True.gpkg"]


def test_failed_fast_write_leaves_no_output(qgis_processing, tmp_path, monkeypatch):
    WriteFrame.FRAME = gpd.GeoDataFrame(
        {"count": [1, 2]}, geometry=[shapely.LineString([(0, 0), (1, 1)])] * 2, crs="EPSG:27700"
    )

    def broken(*args, **kwargs):
        raise ValueError("cannot map")

    monkeypatch.setattr(bridge, "prepare_fast_write", broken)
    calls = []
    monkeypatch.setattr(bridge, "write_gdf", lambda *args, **kwargs: calls.append(args))
    _, ok = WriteFrame().run(
        {"OUTPUT": str(tmp_path / "x.gpkg")}, QgsProcessingContext(), QgsProcessingFeedback()
    )
    assert not ok and calls == []  # failed after the sink made its file
    assert list(tmp_path.iterdir()) == []


def test_translate_messages_translates_each_text_once(qgis_app, monkeypatch):
    calls = []
    monkeypatch.setattr(bridge, "translated_text", lambda m: calls.append(m) or f"<{m}>")
    frame = pd.DataFrame(
        {
            "message": [Message("a {n}", n=1), Message("b"), None, Message("a {n}", n=1), "b"],
            "other": ["x", "y", "z", "x", "y"],
        }
    )
    out = bridge.translate_messages(frame)
    assert out["message"].tolist() == ["<a 1>", "<b>", None, "<a 1>", "b"]
    assert sorted(calls) == ["a 1", "b"]
    assert out["other"].tolist() == frame["other"].tolist()


def test_fast_write_refuses_what_it_cannot_map(qgis_app, sample_area_gpkg, tmp_path):
    kerbs = pyogrio.read_dataframe(sample_area_gpkg, layer="kerbs")[["kerb_id", "geometry"]]
    fields = bridge.fields_from_gdf(kerbs)
    target = tmp_path / "x.gpkg"
    line = compat.WKB_LINESTRING
    assert bridge.prepare_fast_write(f"{target}|layername=x", kerbs, fields, line, BNG)
    assert bridge.prepare_fast_write("memory:", kerbs, fields, line, BNG) is None
    assert bridge.prepare_fast_write(str(tmp_path / "x.shp"), kerbs, fields, line, BNG) is None
    mixed = kerbs.assign(kerb_id=[1.5, *kerbs["kerb_id"].iloc[1:]])  # a float among strings
    assert bridge.prepare_fast_write(f"{target}|layername=x", mixed, fields, line, BNG) is None
    # another layer in the file: not replaced, the sink's layer is written feature by feature
    pyogrio.write_dataframe(kerbs, target, layer="x")
    pyogrio.write_dataframe(kerbs, target, layer="other")
    prepared = bridge.prepare_fast_write(f"{target}|layername=x", kerbs, fields, line, BNG)
    assert bridge.sink_layer_name(prepared) is None
    assert bridge.output_layers(f"{target}|layername=x") == ["other"]
    # a nullable column in a field of another type: per feature
    text = kerbs.assign(kerb_id=pd.array([1] * len(kerbs), dtype="Int64"))
    assert bridge.prepare_fast_write(f"{target}|layername=x", text, fields, line, BNG) is None
