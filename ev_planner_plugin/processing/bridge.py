"""QgsFeatureSource <-> GeoDataFrame, and QgsProcessingFeedback -> core Feedback.

Geometries travel as WKB and are converted in one vectorised shapely call. Reprojection happens
here (QGIS's transform context, so datum grids and user choices are honoured), so core always
receives one projected metric CRS. The GeoDataFrame index is the source feature id, which core
uses in its messages ("layer 'kerbs', feature 12").
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core.errors import InputDataError
from ..core.feedback import Feedback
from ..toolbelt import compat

WRITE_CHUNK = 5000


class ProcessingFeedbackAdapter(Feedback):
    """Core feedback that reports to a QgsProcessingFeedback (progress, cancel, warnings)."""

    def __init__(self, feedback: QgsProcessingFeedback | None) -> None:
        super().__init__()
        self.qgis_feedback = feedback

    def set_progress(self, percent: float) -> None:
        self.progress = percent
        if self.qgis_feedback is not None:
            self.qgis_feedback.setProgress(percent)

    def is_canceled(self) -> bool:
        return self.qgis_feedback is not None and self.qgis_feedback.isCanceled()

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        if self.qgis_feedback is not None:
            self.qgis_feedback.pushWarning(message)

    def info(self, message: str) -> None:
        if self.qgis_feedback is not None:
            self.qgis_feedback.pushInfo(message)


def python_value(value):
    """QVariant/QDate values from QGIS attributes as plain Python values (NULL -> None)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def _plain_2d_wkb(geometry: QgsGeometry) -> bytes | None:
    """WKB of a geometry made linear (curves segmentised) and 2D; None when null or empty."""
    if geometry.isNull() or geometry.isEmpty():
        return None
    wkb_type = geometry.wkbType()
    if QgsWkbTypes.isCurvedType(wkb_type):
        geometry = QgsGeometry(geometry.constGet().segmentize())
        wkb_type = geometry.wkbType()
    if QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type):
        geometry = QgsGeometry(geometry.constGet().clone())
        geometry.get().dropZValue()
        geometry.get().dropMValue()
    return bytes(geometry.asWkb())


def source_to_gdf(
    source,
    context: QgsProcessingContext,
    target_crs: QgsCoordinateReferenceSystem,
    *,
    layer_name: str = "",
    attributes: list[str] | None = None,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Read a feature source into a GeoDataFrame in ``target_crs``.

    Curved geometries are segmentised and Z/M dropped; null geometries stay as None (core
    reports them). ``attributes`` limits the fields read; the index is the feature id.
    """
    fields = source.fields()
    names = fields.names() if attributes is None else [n for n in attributes if n]
    missing = [n for n in names if fields.indexOf(n) < 0]
    if missing:
        raise InputDataError(
            f"field(s) {', '.join(missing)} not found; choose one of: {', '.join(fields.names())}",
            layer=layer_name,
        )
    request = QgsFeatureRequest()
    if source.sourceCrs().isValid() and source.sourceCrs() != target_crs:
        request.setDestinationCrs(target_crs, context.transformContext())
    request.setSubsetOfAttributes(names, fields)
    field_indices = [fields.indexOf(n) for n in names]
    total = max(source.featureCount(), 1)

    ids: list[int] = []
    wkbs: list[bytes | None] = []
    rows: list[list] = []
    if isinstance(source, QgsProcessingFeatureSource):
        # Core repairs invalid geometries and names them in a warning; QGIS's own check would
        # stop the algorithm at the first one instead.
        features = source.getFeatures(request, compat.SKIP_GEOMETRY_CHECKS)
    else:
        features = source.getFeatures(request)
    for count, feature in enumerate(features):
        if feedback is not None and count % 10000 == 0:
            feedback.check_canceled()
            feedback.set_progress(min(100.0, 100.0 * count / total) * 0.1)
        ids.append(feature.id())
        wkbs.append(_plain_2d_wkb(feature.geometry()))
        attrs = feature.attributes()
        rows.append([python_value(attrs[i]) for i in field_indices])

    geometry = shapely.from_wkb(np.array(wkbs, dtype=object))
    frame = pd.DataFrame(rows, columns=names, index=pd.Index(ids, name="fid"))
    for name in names:
        field = fields.field(name)
        if field.isNumeric():
            frame[name] = pd.to_numeric(frame[name], errors="coerce")
    crs = target_crs.authid() or target_crs.toWkt()
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=crs)


def _field_type_for(series: pd.Series):
    if pd.api.types.is_bool_dtype(series):
        return compat.FIELD_TYPE_BOOL
    if pd.api.types.is_integer_dtype(series):
        return compat.FIELD_TYPE_LONG
    if pd.api.types.is_float_dtype(series):
        return compat.FIELD_TYPE_DOUBLE
    if pd.api.types.is_datetime64_any_dtype(series):
        return compat.FIELD_TYPE_DATETIME
    non_null = series.dropna()
    if len(non_null) and all(isinstance(v, (bool, np.bool_)) for v in non_null):
        return compat.FIELD_TYPE_BOOL
    return compat.FIELD_TYPE_STRING


def fields_from_gdf(gdf: gpd.GeoDataFrame) -> QgsFields:
    """QgsFields for the attribute columns of ``gdf`` (geometry excluded), in column order."""
    fields = QgsFields()
    for name in gdf.columns:
        if name == gdf.geometry.name:
            continue
        fields.append(QgsField(str(name), _field_type_for(gdf[name])))
    return fields


def promote_to_multi(geometries) -> np.ndarray:
    """Points, lines and polygons as their multi forms (multi and None left as they are)."""
    geometries = np.asarray(geometries, dtype=object).copy()
    type_ids = shapely.get_type_id(geometries)
    for single, make_multi in (
        (0, shapely.multipoints),
        (1, shapely.multilinestrings),
        (3, shapely.multipolygons),
    ):
        rows = np.flatnonzero(type_ids == single)
        if len(rows):
            geometries[rows] = make_multi(geometries[rows], indices=np.arange(len(rows)))
    return geometries


def _column_values(series: pd.Series) -> list:
    """Column as Python values with None for missing, ready for QgsFeature.setAttributes."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    values = series.astype(object).where(series.notna(), None).tolist()
    return [v.item() if isinstance(v, np.generic) else v for v in values]


def write_gdf(
    gdf: gpd.GeoDataFrame,
    sink,
    fields: QgsFields,
    feedback: Feedback | None = None,
    progress_range: tuple[float, float] = (90.0, 100.0),
) -> int:
    """Write ``gdf`` to a QgsFeatureSink created with ``fields``; returns the count written.

    Raises :class:`Cancelled` when the user cancels; the caller removes the partial output.
    """
    columns = [f.name() for f in fields]
    values = [_column_values(gdf[c]) if c in gdf.columns else [None] * len(gdf) for c in columns]
    wkbs = shapely.to_wkb(gdf.geometry.values, output_dimension=2)
    total = max(len(gdf), 1)
    written = 0
    batch = []
    start, end = progress_range
    for row in range(len(gdf)):
        feature = QgsFeature(fields)
        if wkbs[row] is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkbs[row])
            feature.setGeometry(geometry)
        feature.setAttributes([column[row] for column in values])
        batch.append(feature)
        if len(batch) >= WRITE_CHUNK:
            written += _flush(sink, batch, feedback)
            if feedback is not None:
                feedback.set_progress(start + (end - start) * written / total)
    written += _flush(sink, batch, feedback)
    return written


def _flush(sink, batch: list, feedback: Feedback | None) -> int:
    if feedback is not None:
        feedback.check_canceled()
    if batch and not sink.addFeatures(batch, compat.SINK_FAST_INSERT):
        error = sink.lastError() if hasattr(sink, "lastError") else ""
        raise InputDataError(f"could not write features to the output: {error}")
    count = len(batch)
    batch.clear()
    return count


def remove_partial_output(destination: str) -> None:
    """Delete a file output left by a cancelled or failed run (memory/database outputs: no-op)."""
    path = destination.split("|")[0]
    if path.startswith(("memory:", "postgres:", "postgis:", "ogr:", "TEMPORARY_OUTPUT")):
        return
    for candidate in (path, path + "-wal", path + "-shm", path + "-journal"):
        if os.path.isfile(candidate):
            os.remove(candidate)


def write_gpkg_layers(
    layers: dict[str, gpd.GeoDataFrame],
    path: str | Path,
    context: QgsProcessingContext,
    feedback: Feedback | None = None,
) -> Path:
    """Write several GeoDataFrames as layers of one GeoPackage through QGIS's OGR writer.

    Written to a temporary file beside ``path`` and moved into place only when complete, so an
    existing file is never left half-replaced.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.stem}.partial{path.suffix}")
    remove_partial_output(str(temporary))
    try:
        for index, (name, gdf) in enumerate(layers.items()):
            if feedback is not None:
                feedback.check_canceled()
            _write_gpkg_layer(gdf, name, temporary, first=index == 0, context=context)
            if feedback is not None:
                feedback.set_progress(100.0 * (index + 1) / len(layers))
        os.replace(temporary, path)
    except BaseException:
        remove_partial_output(str(temporary))
        raise
    return path


def _wkb_type_of(gdf: gpd.GeoDataFrame):
    kinds = set(shapely.get_type_id(gdf.geometry.values[~gdf.geometry.isna().values]))
    by_id = {
        0: compat.WKB_POINT,
        1: compat.WKB_LINESTRING,
        3: compat.WKB_POLYGON,
        4: compat.WKB_MULTIPOINT,
        5: compat.WKB_MULTILINESTRING,
        6: compat.WKB_MULTIPOLYGON,
    }
    if not kinds:
        return compat.WKB_NOGEOMETRY
    if len(kinds) == 1:
        return by_id[kinds.pop()]
    multi = {0: 4, 1: 5, 3: 6}
    promoted = {multi.get(k, k) for k in kinds}
    if len(promoted) == 1:
        return by_id[promoted.pop()]
    raise InputDataError("a layer mixes points, lines and polygons; split it by geometry type")


def _write_gpkg_layer(gdf, name: str, path: Path, *, first: bool, context) -> None:
    fields = fields_from_gdf(gdf)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteFile
        if first
        else QgsVectorFileWriter.CreateOrOverwriteLayer
    )
    crs = (
        QgsCoordinateReferenceSystem(str(gdf.crs.to_string()))
        if gdf.crs
        else QgsCoordinateReferenceSystem()
    )
    writer = QgsVectorFileWriter.create(
        str(path), fields, _wkb_type_of(gdf), crs, context.transformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.NoError:
        message = writer.errorMessage()
        del writer
        raise InputDataError(f"could not create layer '{name}' in {path}: {message}")
    try:
        write_gdf(gdf, writer, fields)
    finally:
        del writer
