"""QgsFeatureSource <-> GeoDataFrame: CRS, geometry clean-up, attributes, cancel."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from pyproj import Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from ev_planner_plugin.core.errors import Cancelled, InputDataError
from ev_planner_plugin.processing import bridge

BNG = QgsCoordinateReferenceSystem("EPSG:27700")


def memory_layer(uri: str, rows: list[tuple[str, list]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "test", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_source_to_gdf_transforms_to_target_crs(qgis_app):
    layer = memory_layer(
        "Point?crs=EPSG:4326&field=name:string&field=width:double",
        [("Point(-1.1 52.6)", ["a", 2.5]), ("Point(-1.2 52.7)", ["b", None])],
    )
    gdf = bridge.source_to_gdf(layer, QgsProcessingContext(), BNG, layer_name="test")
    expected = Transformer.from_crs(4326, 27700, always_xy=True).transform(-1.1, 52.6)
    assert gdf.crs.to_epsg() == 27700
    assert gdf.geometry.iloc[0].x == pytest.approx(expected[0], abs=0.01)
    assert gdf.geometry.iloc[0].y == pytest.approx(expected[1], abs=0.01)
    assert gdf["name"].tolist() == ["a", "b"]
    assert gdf["width"].iloc[0] == 2.5 and gdf["width"].isna().iloc[1]
    assert list(gdf.index) == [f.id() for f in layer.getFeatures()]


def test_curves_segmentised_and_z_m_dropped(qgis_app):
    layer = memory_layer(
        "LineStringZM?crs=EPSG:27700&field=id:integer",
        [("LineStringZM(0 0 5 1, 10 0 6 2)", [1])],
    )
    curved = memory_layer(
        "CompoundCurve?crs=EPSG:27700&field=id:integer",
        [("CompoundCurve(CircularString(0 0, 10 10, 20 0))", [2])],
    )
    context = QgsProcessingContext()
    straight = bridge.source_to_gdf(layer, context, BNG).geometry.iloc[0]
    assert not shapely.has_z(straight) and straight.equals(shapely.LineString([(0, 0), (10, 0)]))
    arc = bridge.source_to_gdf(curved, context, BNG).geometry.iloc[0]
    assert arc.geom_type == "LineString" and len(arc.coords) > 10
    # half a circle of radius 10
    assert arc.length == pytest.approx(3.14159 * 10, rel=0.01)


def test_null_geometry_kept_as_none_and_missing_field_named(qgis_app):
    layer = memory_layer("Point?crs=EPSG:27700&field=id:integer", [("", [1])])
    gdf = bridge.source_to_gdf(layer, QgsProcessingContext(), BNG)
    assert gdf.geometry.iloc[0] is None
    with pytest.raises(InputDataError, match="Layer 'kerbs'.*'nope'|nope"):
        bridge.source_to_gdf(
            layer, QgsProcessingContext(), BNG, layer_name="kerbs", attributes=["nope"]
        )


def test_gdf_round_trips_through_memory_sink(qgis_app):
    gdf = gpd.GeoDataFrame(
        {
            "kerb_id": ["k1", "k2"],
            "length_m": [10.5, None],
            "max_bays": [1, 0],
            "eligible": [True, False],
        },
        geometry=[shapely.LineString([(0, 0), (10.5, 0)]), shapely.LineString([(0, 5), (3, 5)])],
        crs="EPSG:27700",
    )
    fields = bridge.fields_from_gdf(gdf)
    assert fields.names() == ["kerb_id", "length_m", "max_bays", "eligible"]
    layer = QgsVectorLayer("LineString?crs=EPSG:27700", "out", "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    assert bridge.write_gdf(gdf, layer.dataProvider(), layer.fields()) == 2
    back = bridge.source_to_gdf(layer, QgsProcessingContext(), BNG)
    assert back["kerb_id"].tolist() == ["k1", "k2"]
    assert back["max_bays"].tolist() == [1, 0]
    assert back["length_m"].iloc[0] == 10.5 and back["length_m"].isna().iloc[1]
    assert back["eligible"].tolist() == [True, False]
    assert back.geometry.iloc[0].equals(gdf.geometry.iloc[0])


def test_write_gpkg_layers_is_atomic_on_cancel(qgis_app, tmp_path):
    target = tmp_path / "plan.gpkg"
    target.write_bytes(b"previous complete file")
    gdf = gpd.GeoDataFrame({"n": [1]}, geometry=[shapely.Point(0, 0)], crs="EPSG:27700")
    qgis_feedback = QgsProcessingFeedback()
    qgis_feedback.cancel()
    feedback = bridge.ProcessingFeedbackAdapter(qgis_feedback)
    with pytest.raises(Cancelled):
        bridge.write_gpkg_layers({"a": gdf, "b": gdf}, target, QgsProcessingContext(), feedback)
    assert target.read_bytes() == b"previous complete file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gpkg"]

    bridge.write_gpkg_layers({"a": gdf, "b": gdf}, target, QgsProcessingContext())
    for name in ("a", "b"):
        layer = QgsVectorLayer(f"{target}|layername={name}", name, "ogr")
        assert layer.isValid() and layer.featureCount() == 1
        assert layer.crs().authid() == "EPSG:27700"
