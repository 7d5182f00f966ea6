"""QgsFeatureSource <-> GeoDataFrame, and QgsProcessingFeedback -> core Feedback.

Geometries travel as WKB and are converted in one vectorised shapely call. Reprojection happens
here (QGIS's transform context, so datum grids and user choices are honoured), so core always
receives one projected metric CRS. The GeoDataFrame index is the source feature id, which core
uses in its messages ("layer 'kerbs', feature 12").

Fast path: a whole, plain GeoPackage or Shapefile layer is read, and a GeoPackage output written,
through pyogrio in one vectorised call instead of one QgsFeature at a time, when pyogrio runs
on the GDAL QGIS runs (see :func:`fast_io`). The result is the same GeoDataFrame, or the same
GeoPackage layer; anything else (selections, filters, databases, memory layers, other formats,
field types it does not map the same way) takes the per-feature path. The environment variable
``EV_PLANNER_FAST_IO=0`` turns the fast path off.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core.errors import InputDataError
from ..core.feedback import Feedback
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..toolbelt import compat
from ..toolbelt.i18n import translated_text
from ..toolbelt.log import log

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
            self.qgis_feedback.pushWarning(translated_text(message))

    def info(self, message: str) -> None:
        if self.qgis_feedback is not None:
            self.qgis_feedback.pushInfo(translated_text(message))


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
    names = _field_names(fields, attributes, layer_name)
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


def _field_names(fields: QgsFields, attributes: list[str] | None, layer_name: str) -> list[str]:
    names = fields.names() if attributes is None else [n for n in attributes if n]
    missing = [n for n in names if fields.indexOf(n) < 0]
    if missing:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "field(s) {missing} not found; choose one of: {fields}"
                ),
                missing=", ".join(missing),
                fields=", ".join(fields.names()),
            ),
            layer=layer_name,
        )
    return names


# --- Fast path through pyogrio ------------------------------------------------------------------

#: The pyogrio module once checked, or False when it is missing or unsafe in this process (tests
#: set False to force the per-feature path); None until first asked.
_PYOGRIO = None
FAST_READ_SUFFIXES = (".gpkg", ".shp")
_SIMPLE_GEOMETRY_TYPES = {
    compat.WKB_POINT,
    compat.WKB_LINESTRING,
    compat.WKB_POLYGON,
    compat.WKB_MULTIPOINT,
    compat.WKB_MULTILINESTRING,
    compat.WKB_MULTIPOLYGON,
}
_FAST_READ_FIELD_TYPES = {
    compat.FIELD_TYPE_INT,
    compat.FIELD_TYPE_LONG,
    compat.FIELD_TYPE_DOUBLE,
    compat.FIELD_TYPE_STRING,
    compat.FIELD_TYPE_BOOL,
}


def fast_io():
    """pyogrio, when it is importable and runs on the same GDAL library as QGIS; else None.

    A PyPI wheel of pyogrio carries its own libgdal: inside QGIS, which already links the
    system's GDAL, its symbols bind partly to the other library (two GDALs in one process), so
    such a build is never used; nor one reporting a GDAL version other than QGIS's.
    """
    global _PYOGRIO
    if _PYOGRIO is None:
        _PYOGRIO = _load_pyogrio() or False
    return _PYOGRIO or None


def _load_pyogrio():
    if os.environ.get("EV_PLANNER_FAST_IO") == "0":
        return None
    try:
        import pyogrio
        from osgeo import gdal
    except ImportError:
        return None
    reason = None
    if _bundled_gdal(Path(pyogrio.__file__).parent):
        reason = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "pyogrio not used for fast GeoPackage input/output: it bundles its own GDAL "
                "library.",
            )
        )
    elif pyogrio.__gdal_version_string__ != gdal.__version__:
        reason = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "pyogrio not used for fast GeoPackage input/output: it uses GDAL {pyogrio_gdal}, "
                "QGIS GDAL {qgis_gdal}.",
            ),
            pyogrio_gdal=pyogrio.__gdal_version_string__,
            qgis_gdal=gdal.__version__,
        )
    elif len(_mapped_gdal_libraries()) > 1:
        reason = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "pyogrio not used for fast GeoPackage input/output: two GDAL libraries are "
                "loaded.",
            )
        )
    if reason:
        log(reason, "info")
        return None
    return pyogrio


def _bundled_gdal(package: Path) -> bool:
    """A wheel's own copy of libgdal (auditwheel/delvewheel: pyogrio.libs, delocate: .dylibs)."""
    for folder in (package.parent / "pyogrio.libs", package / ".dylibs"):
        if folder.is_dir() and any("gdal" in f.name.lower() for f in folder.iterdir()):
            return True
    return False


def _mapped_gdal_libraries() -> set[str]:
    """Distinct libgdal files mapped into this process (Linux; empty elsewhere)."""
    if not sys.platform.startswith("linux"):
        return set()
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return {
                os.path.realpath(line.split(None, 5)[5].strip())
                for line in maps
                if "libgdal" in line and len(line.split(None, 5)) == 6
            }
    except OSError:
        return set()


def saved_file_layer(value, layer) -> dict | None:
    """The decoded OGR source of ``layer`` when what the parameter ``value`` asks for is
    exactly what its file holds, else None: all of an OGR layer on an existing file, with no
    selection, feature limit, filter, subset string or unsaved edits.

    ``value`` is the parameter value (a QgsProcessingFeatureSourceDefinition carries
    selected-only, a feature limit or a filter; None for a plain layer), ``layer`` the
    QgsVectorLayer it resolves to.
    """
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit not in (-1, None):
            return None
        if getattr(value, "filterExpression", ""):
            return None
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.isModified():  # in edit mode with unsaved changes: the file has the old values
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return parts if os.path.isfile(parts.get("path") or "") else None


def fast_read_location(value, layer) -> tuple[str, str | int] | None:
    """(path, OGR layer) when an input is a whole, plain, saved GeoPackage or Shapefile layer
    (see :func:`saved_file_layer`), else None."""
    parts = saved_file_layer(value, layer)
    if parts is None:
        return None
    path = parts["path"]
    extra = {k: v for k, v in parts.items() if k not in ("path", "layerName", "layerId") and v}
    if extra or not path.lower().endswith(FAST_READ_SUFFIXES):
        return None
    if path.lower().endswith(".shp") and not os.path.isfile(os.path.splitext(path)[0] + ".cpg"):
        return None  # text encoding: QGIS and GDAL may guess differently without a .cpg
    name = parts.get("layerName") or None
    if name is None and parts.get("layerId") not in (None, ""):
        name = int(parts["layerId"])
    return path, 0 if name is None else name


def read_file_gdf(
    location: tuple[str, str | int],
    source,
    context: QgsProcessingContext,
    target_crs: QgsCoordinateReferenceSystem,
    *,
    layer_name: str = "",
    attributes: list[str] | None = None,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame | None:
    """:func:`source_to_gdf`'s GeoDataFrame read with pyogrio; None when that cannot give the
    same result (then the caller takes the per-feature path)."""
    pyogrio = fast_io()
    if pyogrio is None:
        return None
    fields = source.fields()
    names = _field_names(fields, attributes, layer_name)
    wkb_type = source.wkbType()
    flat = QgsWkbTypes.flatType(wkb_type)
    count = source.featureCount()  # -1 when the provider has not counted yet
    if flat not in _SIMPLE_GEOMETRY_TYPES or count == 0:
        return None
    if any(fields.field(n).type() not in _FAST_READ_FIELD_TYPES for n in names):
        return None
    path, layer = location
    info = pyogrio.read_info(path, layer=layer)
    fid_column = info.get("fid_column") or ""
    if count > 0 and int(info["features"]) != count:
        return None
    columns = [n for n in names if n != fid_column]
    if any(n not in list(info["fields"]) for n in columns):
        return None
    if feedback is not None:
        feedback.check_canceled()
    try:
        read = pyogrio.read_dataframe(
            path, layer=layer, columns=columns, force_2d=True, fid_as_index=True
        )
    except (shapely.errors.ShapelyError, ValueError) as error:
        log(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{layer}: read one feature at a time ({error})"),
                layer=layer_name,
                error=str(error),
            ),
            "info",
        )
        return None
    geometry = read.geometry.values.to_numpy()
    geometry[shapely.is_empty(geometry)] = None
    if QgsWkbTypes.isMultiType(wkb_type):  # QGIS's OGR provider does the same (shapefiles)
        geometry = promote_to_multi(geometry)
    if source.sourceCrs().isValid() and source.sourceCrs() != target_crs:
        geometry = _transform(geometry, source.sourceCrs(), target_crs, context)
        if geometry is None:
            return None
    frame = pd.DataFrame(index=pd.Index(read.index.to_numpy(np.int64), name="fid"))
    for name in names:
        if name == fid_column:
            frame[name] = frame.index.to_numpy()
            continue
        column = read[name]
        kind = fields.field(name).type()
        if kind == compat.FIELD_TYPE_BOOL:
            if not pd.api.types.is_bool_dtype(column):
                column = column.astype(object).where(column.notna(), None)
                column = column.map(lambda v: v if v is None else bool(v))
        elif pd.api.types.is_integer_dtype(column):
            column = column.astype(np.int64)
        frame[name] = column.to_numpy()
    if feedback is not None:
        feedback.check_canceled()
        feedback.set_progress(10.0)
    crs = target_crs.authid() or target_crs.toWkt()
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=crs)


def _transform(geometry: np.ndarray, source_crs, target_crs, context) -> np.ndarray | None:
    """Geometries moved to ``target_crs`` through the PROJ operation QGIS itself picked.

    QGIS's Python API only transforms point by point; its chosen operation is run here on all
    coordinates at once with pyproj (same PROJ library). None when that operation cannot be
    reproduced exactly (checked against QGIS on a sample of coordinates).
    """
    from pyproj import Transformer

    transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
    coords = shapely.get_coordinates(geometry)
    if not len(coords):
        return geometry
    sample = np.linspace(0, len(coords) - 1, min(len(coords), 50)).astype(np.int64)
    try:
        expected = [transform.transform(float(x), float(y)) for x, y in coords[sample]]
        details = transform.instantiatedCoordinateOperationDetails()
        if not details.proj or transform.fallbackOperationOccurred():
            return None
        pipeline = Transformer.from_pipeline(details.proj)
    except Exception:  # noqa: BLE001 - QgsCsException or a PROJ error: QGIS path decides
        return None
    x, y = pipeline.transform(coords[:, 0], coords[:, 1])
    moved = np.column_stack([x, y])
    check = moved[sample]
    if not np.all(np.isfinite(moved)) or not np.array_equal(
        check, np.array([[p.x(), p.y()] for p in expected])
    ):
        return None
    return shapely.set_coordinates(geometry.copy(), moved)


class FastWrite(NamedTuple):
    """A GeoPackage output pyogrio writes: file, layer name, and the frame as it is written."""

    path: Path
    layer: str
    frame: gpd.GeoDataFrame


def prepare_fast_write(
    destination: str, gdf: gpd.GeoDataFrame, fields: QgsFields, wkb_type, crs
) -> FastWrite | None:
    """What :func:`write_gpkg_fast` writes, when pyogrio can write the layer exactly as the sink
    of :func:`write_gdf` would: a GeoPackage file destination (the sink's id, ``path.gpkg`` or
    ``path.gpkg|layername=name``) and columns pyogrio maps to the same field types. Else None.
    """
    if fast_io() is None or QgsWkbTypes.flatType(wkb_type) == compat.WKB_NOGEOMETRY:
        return None
    match = re.fullmatch(r"(?s)(.+\.gpkg)(?:\|layername=([^|]+))?", destination, re.IGNORECASE)
    if not match:
        return None
    columns = {}
    for field in fields:
        column = _fast_write_column(gdf[field.name()], field.type())
        if column is None:
            return None
        columns[field.name()] = column
    frame = gpd.GeoDataFrame(
        columns, geometry=gdf.geometry.values, crs=crs.authid() or crs.toWkt(), copy=False
    )
    return FastWrite(Path(match.group(1)), match.group(2) or "", frame)


#: pandas' nullable dtypes by kind, as the one dtype of each kind written (<NA> as NULL).
_NULLABLE_DTYPES = {"i": "Int64", "u": "Int64", "f": "Float64", "b": "boolean"}
_NULLABLE_KINDS = {
    compat.FIELD_TYPE_LONG: "iu",
    compat.FIELD_TYPE_DOUBLE: "f",
    compat.FIELD_TYPE_BOOL: "b",
}


def _fast_write_column(series: pd.Series, field_type):
    """``series``'s values with the dtype pyogrio writes as ``field_type`` and the values the
    sink would store (integers in a text field as their digits), or None when not possible."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        series = series.astype(object)
    kind = series.dtype.kind
    if isinstance(series.dtype, pd.api.extensions.ExtensionDtype) and kind in _NULLABLE_DTYPES:
        # a masked array: pyogrio writes its <NA> as NULL, as the sink does
        if kind not in _NULLABLE_KINDS.get(field_type, ""):
            return None
        return series.astype(_NULLABLE_DTYPES[kind]).array
    if field_type == compat.FIELD_TYPE_BOOL:
        if series.dtype == np.bool_:
            return series.to_numpy()
        return series.to_numpy(bool) if series.notna().all() else None
    if field_type == compat.FIELD_TYPE_LONG:
        return series.to_numpy(np.int64) if kind in "iu" else None
    if field_type == compat.FIELD_TYPE_DOUBLE:
        return series.to_numpy(np.float64) if kind == "f" else None
    if field_type != compat.FIELD_TYPE_STRING or series.dtype != object:
        return None
    kind = pd.api.types.infer_dtype(series, skipna=True)
    if kind in ("string", "empty"):
        return series.to_numpy()
    if kind == "integer":  # e.g. USRNs in a text column: written as QGIS writes them
        codes, uniques = pd.factorize(series)
        labels = np.array([*(str(int(v)) for v in uniques), None], dtype=object)
        return labels[codes]  # code -1 (missing) is the trailing None
    return None


def output_layers(destination: str) -> list[str]:
    """The layers already in the GeoPackage an output ``destination`` adds its layer to, the
    output's own layer excepted; [] when the output makes a file of its own.

    A destination naming a layer (``ogr:dbname='file.gpkg' table="name"``, as QGIS's "save to
    GeoPackage" gives, or ``file.gpkg|layername=name``) adds it beside the file's other layers;
    a plain file path is created anew by the sink.
    """
    if destination.startswith("ogr:"):
        uri = QgsDataSourceUri(destination[4:])
        path, layer = uri.database(), uri.table()
    else:
        match = re.fullmatch(r"(?s)(.+?\.gpkg)\|layername=([^|]+)", destination, re.IGNORECASE)
        if not match:
            return []
        path, layer = match.groups()
    if not layer or not os.path.isfile(path):
        return []
    try:
        with contextlib.closing(
            sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        ) as db:
            names = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
    except sqlite3.Error:  # not a GeoPackage: no layers of its own beside the output's
        return []
    return [name for name in names if name != layer]


def sink_layer_name(prepared: FastWrite) -> str | None:
    """The layer the (closed) sink made in ``prepared.path`` when it is the file's only layer."""
    try:
        layers = [name for name, _ in fast_io().list_layers(prepared.path)]
    except Exception:  # noqa: BLE001 - not a GeoPackage pyogrio can open: not ours to replace
        return None
    if len(layers) != 1 or prepared.layer not in ("", layers[0]):
        return None
    return layers[0]


@contextlib.contextmanager
def staged_file(path: Path):
    """A temporary path beside ``path`` to write to, moved onto ``path`` when the block ends
    and removed when it raises (a cancel included), so ``path`` is never half-replaced."""
    temporary = path.with_name(f".{path.stem}.partial{path.suffix}")
    remove_partial_output(str(temporary))
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        remove_partial_output(str(temporary))
        raise


def write_gpkg_fast(
    prepared: FastWrite, layer: str, wkb_type, feedback: Feedback | None = None
) -> int:
    """Write a :func:`prepare_fast_write` layer with pyogrio as layer ``layer`` (see
    :func:`sink_layer_name`) of a new file that replaces the GeoPackage its closed sink made.

    Same fields and geometry type as the sink of :func:`write_gdf` (geometries already promoted),
    with a spatial index; written to a temporary file moved into place when complete, so a cancel
    or an error leaves nothing of it. Returns the count written.
    """
    with staged_file(prepared.path) as temporary:
        if feedback is not None:
            feedback.check_canceled()
        fast_io().write_dataframe(
            prepared.frame,
            temporary,
            layer=layer,
            driver="GPKG",
            geometry_type=QgsWkbTypes.displayString(wkb_type),
            promote_to_multi=False,
            layer_options={"SPATIAL_INDEX": "YES"},
        )
        if feedback is not None:
            feedback.check_canceled()
    if feedback is not None:
        feedback.set_progress(100.0)
    return len(prepared.frame)


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
    if series.dtype != object:  # numbers, booleans, strings: plain Python values already
        return values
    return [_attribute_value(v) for v in values]


def _attribute_value(value):
    """A value QGIS can store: numpy scalars as Python ones."""
    return value.item() if isinstance(value, np.generic) else value


def translate_messages(gdf: pd.DataFrame) -> pd.DataFrame:
    """``gdf`` with its columns of core Messages (e.g. the message of a problems table) as text
    in the user's language; the same frame when it has none. A column counts as one when its
    first value is a Message."""
    out = gdf
    for name in gdf.columns:
        column = gdf[name]
        if column.dtype != object or name == getattr(gdf, "_geometry_column_name", None):
            continue
        present = column.notna().to_numpy()
        first = int(np.argmax(present)) if present.size else 0
        if present.size and present[first] and isinstance(column.iat[first], Message):
            if out is gdf:
                out = gdf.copy()
            # a problems table repeats a few messages many times: translate each text once
            values = column.to_numpy(dtype=object, copy=True)
            messages = np.fromiter((isinstance(v, Message) for v in values), bool, len(values))
            codes, uniques = pd.factorize(values[messages])
            texts = np.array([translated_text(v) for v in uniques], dtype=object)
            values[messages] = texts[codes]
            out[name] = values
    return out


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
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "could not write features to the output: {error}"),
                error=error,
            )
        )
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
    with staged_file(path) as temporary:
        for index, (name, gdf) in enumerate(layers.items()):
            if feedback is not None:
                feedback.check_canceled()
            _write_gpkg_layer(gdf, name, temporary, first=index == 0, context=context)
            if feedback is not None:
                feedback.set_progress(100.0 * (index + 1) / len(layers))
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
    raise InputDataError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "a layer mixes points, lines and polygons; split it by geometry type"
            )
        )
    )


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
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "could not create layer '{layer}' in {path}: {error}"
                ),
                layer=name,
                path=str(path),
                error=message,
            )
        )
    try:
        write_gdf(gdf, writer, fields)
    finally:
        del writer
