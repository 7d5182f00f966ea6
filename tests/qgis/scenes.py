"""Hand-made memory layers for the algorithm tests (EPSG:27700 unless told)."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

TEMP = "TEMPORARY_OUTPUT"


def layer(name: str, geometry: str, fields: dict[str, str], rows, crs: str = "EPSG:27700"):
    """A memory layer named ``name``: ``fields`` {name: type} (string, integer, double,
    boolean), ``rows`` a list of (wkt, {field: value})."""
    spec = "&".join(f"field={field}:{kind}" for field, kind in fields.items())
    uri = f"{geometry}?crs={crs}" + (f"&{spec}" if spec else "")
    result = QgsVectorLayer(uri, name, "memory")
    assert result.isValid(), uri
    features = []
    for wkt, values in rows:
        feature = QgsFeature(result.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for field, value in values.items():
            feature[field] = value
        features.append(feature)
    assert result.dataProvider().addFeatures(features)
    result.updateExtents()
    return result


def _plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def rows(layer_result) -> list[dict]:
    """Features of an output layer as dicts, in order (NULL -> None)."""
    names = layer_result.fields().names()
    return [
        dict(zip(names, (_plain(v) for v in f.attributes()))) for f in layer_result.getFeatures()
    ]


def by(layer_result, key: str) -> dict:
    """Features of an output layer as {key value: {field: value}}."""
    return {values[key]: values for values in rows(layer_result)}


def cancelled_feedback() -> QgsProcessingFeedback:
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    return feedback


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the warnings pushed by an algorithm."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)
