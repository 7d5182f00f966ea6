"""Base class of every EV Planner algorithm: identity, help, icon and error handling.

Subclasses define ``initAlgorithm`` and ``process(parameters, context, feedback)`` where feedback is
a core Feedback adapter; they keep no state on ``self`` between runs.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import EvPlannerError, InputDataError
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..toolbelt import compat
from ..toolbelt.i18n import PRINT_LANGUAGES, translated_text
from ..toolbelt.resources import plugin_metadata, resource_path
from . import bridge
from .styles import style_output

DEFAULT_TARGET_CRS = "EPSG:27700"


class EvPlannerAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour; subclasses override name, displayName, group*, shortHelpString, process."""

    #: True for algorithms that render print layouts: QGIS renders them on the main thread,
    #: as its own layout export algorithms do.
    RUNS_ON_MAIN_THREAD = False

    def flags(self):
        flags = super().flags()
        return flags | compat.ALGORITHM_NO_THREADING if self.RUNS_ON_MAIN_THREAD else flags

    def tr(self, text: str) -> str:
        """Translate ``text`` in the context of the class that wrote it (pylupdate5 files each
        ``self.tr`` under the class it appears in, which may be a base or mixin class)."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text or cls is EvPlannerAlgorithm:  # QGIS's classes have none
                return translated
        return text

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "ev_planner.svg")))

    def helpUrl(self) -> str:
        return plugin_metadata().get("homepage", "")

    def processAlgorithm(self, parameters, context, feedback):
        adapter = bridge.ProcessingFeedbackAdapter(feedback)
        try:
            return self.process(parameters, context, adapter)
        except EvPlannerError as error:
            raise QgsProcessingException(translated_text(error.message)) from error

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def source_gdf(
        self, parameters, name: str, context, crs, feedback, attributes=None, required=False
    ):
        """The layer of parameter ``name`` as a GeoDataFrame in ``crs``; None if not given."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if required:
                raise InputDataError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "the layer for {parameter} could not be opened; check the path",
                        ),
                        parameter=name,
                    )
                )
            return None
        label = self.layer_label(parameters, name, context, source)
        gdf = None
        location = bridge.fast_io() and bridge.fast_read_location(
            parameters.get(name), self.parameterAsVectorLayer(parameters, name, context)
        )
        if location:
            gdf = bridge.read_file_gdf(
                location,
                source,
                context,
                crs,
                layer_name=label,
                attributes=attributes,
                feedback=feedback,
            )
        if gdf is None:
            gdf = bridge.source_to_gdf(
                source, context, crs, layer_name=label, attributes=attributes, feedback=feedback
            )
        if gdf.empty:
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Layer '{layer}' ({parameter}) has no features."),
                    layer=label,
                    parameter=name,
                )
            )
        return gdf

    def layer_label(self, parameters, name: str, context, source) -> str:
        """The layer's name for messages; for 'file.gpkg|layername=x' the sublayer name x."""
        label = source.sourceName() or name
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            uri = layer.source()
            match = re.search(r"\|layername=([^|]+)", uri)
            if match and label == Path(uri.split("|")[0]).stem:
                label = match.group(1)
        return label

    def write_output(
        self, parameters, name: str, context, gdf, wkb_type, crs, feedback, style=None
    ) -> str:
        """Write ``gdf`` to the sink of parameter ``name``; on cancel or error remove it.

        Returns the destination id, or None for an optional output the user did not ask for.
        Single geometries are promoted to multi when ``wkb_type`` is a multi type.
        """
        gdf = bridge.translate_messages(gdf)
        fields = bridge.fields_from_gdf(gdf)
        destination = self.parameterAsOutputLayer(parameters, name, context) or ""
        # An output added to a GeoPackage holding other layers is written by its sink, and that
        # file is never removed (it holds the user's other layers).
        others = bridge.output_layers(destination)
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            definition = self.parameterDefinition(name)
            if definition is not None and definition.flags() & compat.FLAG_OPTIONAL:
                return None
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "could not create the output {parameter}; check its path"
                    ),
                    parameter=name,
                )
            )
        failed = True
        try:
            if QgsWkbTypes.isMultiType(wkb_type):
                gdf = gdf.set_geometry(bridge.promote_to_multi(gdf.geometry.values))
            # A GeoPackage file of its own goes through pyogrio: the sink has made the (empty)
            # layer and registered it for loading; the written file replaces it, same layer name.
            fast = (
                None if others else bridge.prepare_fast_write(dest_id, gdf, fields, wkb_type, crs)
            )
            layer = None
            if fast:
                del sink  # the file now holds the empty layer
                layer = bridge.sink_layer_name(fast)
            if layer:
                bridge.write_gpkg_fast(fast, layer, wkb_type, feedback)
            elif fast:  # unexpectedly not the file's only layer: write it feature by feature
                output = QgsVectorLayer(dest_id, name, "ogr")  # referenced while written
                # the provider's fields, with the GeoPackage's fid first (left NULL: assigned)
                bridge.write_gdf(gdf, output.dataProvider(), output.fields(), feedback)
                del output
            else:
                bridge.write_gdf(gdf, sink, fields, feedback)
                del sink  # closes the file
            failed = False
        finally:
            if failed:
                sink = None  # closes the file if still open
                if not others:
                    bridge.remove_partial_output(destination)
        if style:
            style_output(context, dest_id, style)
        return dest_id

    def optional_number(self, parameters, name: str, context) -> float | None:
        """A number parameter left empty as None (so a core default or preset applies)."""
        value = parameters.get(name)
        if value is None or value == "":
            return None
        return self.parameterAsDouble(parameters, name, context)

    def field_name(self, parameters, name: str, context, source_fields) -> str | None:
        """The field chosen for ``name``; a default field absent from the layer counts as none.

        A field the user named explicitly but that does not exist is an error naming both.
        """
        value = self.parameterAsString(parameters, name, context)
        if not value:
            return None
        if value in source_fields:
            return value
        if parameters.get(name) not in (None, ""):
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "field '{field}' chosen for {parameter} does not exist; the layer has: "
                        "{fields}",
                    ),
                    field=value,
                    parameter=name,
                    fields=", ".join(source_fields),
                )
            )
        return None

    # --- parameter declarations ---------------------------------------------------------------
    # Labels come in already translated: write them as self.tr("literal") at the call site, in
    # the algorithm's class, where pylupdate5 collects them.

    def add_parameter(self, parameter: QgsProcessingParameterDefinition, *, advanced=False) -> None:
        """Add ``parameter``, in the Advanced group of the dialog if ``advanced``."""
        if advanced:
            parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
        self.addParameter(parameter)

    def add_layer(self, name: str, label: str, kinds, *, optional=True, advanced=False) -> None:
        """A vector layer input of the source types ``kinds`` (a list of compat.SOURCE_*)."""
        parameter = QgsProcessingParameterFeatureSource(name, label, kinds, optional=optional)
        self.add_parameter(parameter, advanced=advanced)

    def add_field(
        self,
        name: str,
        label: str,
        parent: str,
        *,
        default=None,
        kind=compat.FIELD_ANY,
        optional=True,
        advanced=False,
    ) -> None:
        """A field of the layer parameter ``parent``; optional by default, because QGIS 3.22
        does not apply a required parameter's default when it is left out."""
        parameter = QgsProcessingParameterField(
            name, label, default, parent, kind, optional=optional
        )
        self.add_parameter(parameter, advanced=advanced)

    def add_number(
        self,
        name: str,
        label: str,
        default,
        *,
        minimum=None,
        maximum=None,
        integer=False,
        optional=False,
        advanced=False,
    ) -> None:
        """A double (or ``integer``) number; no bound where ``minimum``/``maximum`` is None."""
        bounds = {}
        if minimum is not None:
            bounds["minValue"] = minimum
        if maximum is not None:
            bounds["maxValue"] = maximum
        kind = compat.NUMBER_INTEGER if integer else compat.NUMBER_DOUBLE
        parameter = QgsProcessingParameterNumber(
            name, label, kind, default, optional=optional, **bounds
        )
        self.add_parameter(parameter, advanced=advanced)

    def add_string(
        self,
        name: str,
        label: str,
        default=None,
        *,
        optional=False,
        multiline=False,
        advanced=False,
    ) -> None:
        """A text parameter (``multiline`` for a text box)."""
        parameter = QgsProcessingParameterString(
            name, label, default, multiLine=multiline, optional=optional
        )
        self.add_parameter(parameter, advanced=advanced)

    def add_enum(
        self,
        name: str,
        label: str,
        options,
        *,
        default=0,
        multiple=False,
        optional=False,
        advanced=False,
    ) -> None:
        """A choice among the (translated) ``options``; ``default`` is an index (None: none)."""
        parameter = QgsProcessingParameterEnum(
            name, label, options, multiple, default, optional=optional
        )
        self.add_parameter(parameter, advanced=advanced)

    def add_boolean(self, name: str, label: str, default: bool, *, advanced=False) -> None:
        self.add_parameter(QgsProcessingParameterBoolean(name, label, default), advanced=advanced)

    def add_file(
        self,
        name: str,
        label: str,
        *,
        extension=None,
        file_filter=None,
        optional=False,
        advanced=False,
    ) -> None:
        """An input file (not a folder), by ``extension`` or by a Qt ``file_filter``."""
        chosen = {"extension": extension, "fileFilter": file_filter}
        parameter = QgsProcessingParameterFile(
            name,
            label,
            compat.FILE_BEHAVIOR_FILE,
            optional=optional,
            **{key: value for key, value in chosen.items() if value is not None},
        )
        self.add_parameter(parameter, advanced=advanced)

    def add_sink(
        self, name: str, label: str, kind, *, optional=False, create_by_default=True
    ) -> None:
        """An output layer of source type ``kind``; an optional one is still created by default
        unless ``create_by_default`` is False."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                name, label, kind, optional=optional, createByDefault=create_by_default
            )
        )

    def add_target_crs_parameter(self, name: str = "TARGET_CRS") -> None:
        """TARGET_CRS, optional (QGIS 3.22 would not apply a required CRS default when the
        parameter is left out in qgis_process or Python); empty means EPSG:27700."""
        self.addParameter(
            QgsProcessingParameterCrs(
                name,
                self.tr("Target CRS (projected, metres)"),
                DEFAULT_TARGET_CRS,
                optional=True,
            )
        )

    def add_language_parameter(self, name: str = "LANGUAGE") -> None:
        """LANGUAGE of a printed output: the same as QGIS (default), English or Welsh."""
        options = [self.tr(label) for _, label in PRINT_LANGUAGES]
        self.add_enum(name, self.tr("Language"), options)

    def parameter_language(self, parameters, context, name: str = "LANGUAGE") -> str:
        """The language code chosen with LANGUAGE ('' for QGIS's own)."""
        index = self.parameterAsEnum(parameters, name, context)
        return PRINT_LANGUAGES[index][0] if 0 <= index < len(PRINT_LANGUAGES) else ""

    def parameter_target_crs(self, parameters, context, name: str = "TARGET_CRS"):
        return self.target_crs(self.parameterAsCrs(parameters, name, context))

    @staticmethod
    def target_crs(crs: QgsCoordinateReferenceSystem | None) -> QgsCoordinateReferenceSystem:
        """The CRS core works in: the given one if valid and projected, else EPSG:27700."""
        if crs is not None and crs.isValid():
            if crs.isGeographic():
                raise EvPlannerError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "TARGET_CRS {crs} is geographic (degrees); choose a projected CRS in "
                            "metres such as EPSG:27700 (British National Grid).",
                        ),
                        crs=crs.authid(),
                    )
                )
            return crs
        return QgsCoordinateReferenceSystem(DEFAULT_TARGET_CRS)
