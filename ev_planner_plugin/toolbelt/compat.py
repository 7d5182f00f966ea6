"""One place for Qt5/Qt6 and QGIS 3.22 -> 4.x differences.

QGIS 3.36 moved many enums into ``Qgis`` (e.g. ``Qgis.ProcessingSourceType``) and QGIS 4 (Qt6)
drops the old unscoped names; QGIS 3.22 only has the old ones. Everything version-dependent is
resolved here once, so the rest of the plugin uses plain constants.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_VERSION_STR, QVariant

QGIS_VERSION_INT: int = Qgis.QGIS_VERSION_INT
QT6 = QT_VERSION_STR.startswith("6")


def _pick(new_owner, new_enum: str, member: str, old_owner, old_member: str):
    """``new_owner.new_enum.member`` where it exists, else ``old_owner.old_member``."""
    enum = getattr(new_owner, new_enum, None)
    if enum is not None and hasattr(enum, member):
        return getattr(enum, member)
    return getattr(old_owner, old_member)


# Processing source types
SOURCE_POINT = _pick(Qgis, "ProcessingSourceType", "VectorPoint", QgsProcessing, "TypeVectorPoint")
SOURCE_LINE = _pick(Qgis, "ProcessingSourceType", "VectorLine", QgsProcessing, "TypeVectorLine")
SOURCE_POLYGON = _pick(
    Qgis, "ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon"
)
SOURCE_ANY_GEOMETRY = _pick(
    Qgis, "ProcessingSourceType", "VectorAnyGeometry", QgsProcessing, "TypeVectorAnyGeometry"
)
SOURCE_FILE = _pick(Qgis, "ProcessingSourceType", "File", QgsProcessing, "TypeFile")
SOURCE_VECTOR = _pick(Qgis, "ProcessingSourceType", "Vector", QgsProcessing, "TypeVector")

# Parameter details
NUMBER_DOUBLE = _pick(
    Qgis, "ProcessingNumberParameterType", "Double", QgsProcessingParameterNumber, "Double"
)
NUMBER_INTEGER = _pick(
    Qgis, "ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber, "Integer"
)
FIELD_ANY = _pick(
    Qgis, "ProcessingFieldParameterDataType", "Any", QgsProcessingParameterField, "Any"
)
FIELD_NUMERIC = _pick(
    Qgis, "ProcessingFieldParameterDataType", "Numeric", QgsProcessingParameterField, "Numeric"
)
FIELD_STRING = _pick(
    Qgis, "ProcessingFieldParameterDataType", "String", QgsProcessingParameterField, "String"
)
FILE_BEHAVIOR_FILE = _pick(
    Qgis, "ProcessingFileParameterBehavior", "File", QgsProcessingParameterFile, "File"
)
FLAG_OPTIONAL = _pick(
    Qgis, "ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition, "FlagOptional"
)
FLAG_ADVANCED = _pick(
    Qgis, "ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition, "FlagAdvanced"
)
SKIP_GEOMETRY_CHECKS = _pick(
    Qgis,
    "ProcessingFeatureSourceFlag",
    "SkipGeometryValidityChecks",
    QgsProcessingFeatureSource,
    "FlagSkipGeometryValidityChecks",
)
ALGORITHM_NO_THREADING = _pick(
    Qgis, "ProcessingAlgorithmFlag", "NoThreading", QgsProcessingAlgorithm, "FlagNoThreading"
)
SINK_FAST_INSERT = _pick(QgsFeatureSink, "Flag", "FastInsert", QgsFeatureSink, "FastInsert")

# Geometry types
WKB_POINT = _pick(Qgis, "WkbType", "Point", QgsWkbTypes, "Point")
WKB_LINESTRING = _pick(Qgis, "WkbType", "LineString", QgsWkbTypes, "LineString")
WKB_POLYGON = _pick(Qgis, "WkbType", "Polygon", QgsWkbTypes, "Polygon")
WKB_MULTIPOINT = _pick(Qgis, "WkbType", "MultiPoint", QgsWkbTypes, "MultiPoint")
WKB_MULTILINESTRING = _pick(Qgis, "WkbType", "MultiLineString", QgsWkbTypes, "MultiLineString")
WKB_MULTIPOLYGON = _pick(Qgis, "WkbType", "MultiPolygon", QgsWkbTypes, "MultiPolygon")
WKB_NOGEOMETRY = _pick(Qgis, "WkbType", "NoGeometry", QgsWkbTypes, "NoGeometry")

# Message levels
LEVEL_INFO = _pick(Qgis, "MessageLevel", "Info", Qgis, "Info")
LEVEL_WARNING = _pick(Qgis, "MessageLevel", "Warning", Qgis, "Warning")
LEVEL_CRITICAL = _pick(Qgis, "MessageLevel", "Critical", Qgis, "Critical")
LEVEL_SUCCESS = _pick(Qgis, "MessageLevel", "Success", Qgis, "Success")


def _field_types():
    """Field type constants: QMetaType on Qt6 / QGIS >= 3.38, QVariant before."""
    if QT6 or QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        t = QMetaType.Type
        return t.QString, t.Int, t.LongLong, t.Double, t.Bool, t.QDate, t.QDateTime
    return (
        QVariant.String,
        QVariant.Int,
        QVariant.LongLong,
        QVariant.Double,
        QVariant.Bool,
        QVariant.Date,
        QVariant.DateTime,
    )


(
    FIELD_TYPE_STRING,
    FIELD_TYPE_INT,
    FIELD_TYPE_LONG,
    FIELD_TYPE_DOUBLE,
    FIELD_TYPE_BOOL,
    FIELD_TYPE_DATE,
    FIELD_TYPE_DATETIME,
) = _field_types()


def geometry_type_name(wkb_type) -> str:
    """'point', 'line', 'polygon' or 'none' for any WKB type."""
    geometry_type = QgsWkbTypes.geometryType(wkb_type)
    names = {
        _pick(Qgis, "GeometryType", "Point", QgsWkbTypes, "PointGeometry"): "point",
        _pick(Qgis, "GeometryType", "Line", QgsWkbTypes, "LineGeometry"): "line",
        _pick(Qgis, "GeometryType", "Polygon", QgsWkbTypes, "PolygonGeometry"): "polygon",
    }
    return names.get(geometry_type, "none")
