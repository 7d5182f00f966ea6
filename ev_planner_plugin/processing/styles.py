"""Apply the plugin's QML styles to output layers when Processing loads them into a project."""

from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

from ..toolbelt.resources import resource_path

# Post-processors must outlive processAlgorithm; QGIS only keeps a raw pointer.
_post_processors: list[QgsProcessingLayerPostProcessorInterface] = []


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style_name: str) -> None:
        super().__init__()
        self.style_name = style_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        style = resource_path("styles", f"{self.style_name}.qml")
        if layer is not None and style.is_file():
            layer.loadNamedStyle(str(style))
            layer.triggerRepaint()


def style_output(context: QgsProcessingContext, layer_id: str, style_name: str) -> None:
    """Style the output ``layer_id`` with ``resources/styles/<style_name>.qml`` when loaded."""
    if not context.willLoadLayerOnCompletion(layer_id):
        return
    processor = StylePostProcessor(style_name)
    _post_processors.append(processor)
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)
