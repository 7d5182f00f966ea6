"""Base class of every EV Planner algorithm: identity, help, icon and error handling.

Subclasses define ``initAlgorithm`` and ``run(parameters, context, feedback)`` where feedback is
a core Feedback adapter; they keep no state on ``self`` between runs.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import EvPlannerError
from ..toolbelt.resources import plugin_metadata, resource_path
from . import bridge

DEFAULT_TARGET_CRS = "EPSG:27700"


class EvPlannerAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour; subclasses override name, displayName, group*, shortHelpString, run."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "ev_planner.svg")))

    def helpUrl(self) -> str:
        return plugin_metadata().get("homepage", "")

    def processAlgorithm(self, parameters, context, feedback):
        adapter = bridge.ProcessingFeedbackAdapter(feedback)
        try:
            return self.run(parameters, context, adapter)
        except EvPlannerError as error:
            raise QgsProcessingException(str(error)) from error

    def run(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    @staticmethod
    def target_crs(crs: QgsCoordinateReferenceSystem | None) -> QgsCoordinateReferenceSystem:
        """The CRS core works in: the given one if valid and projected, else EPSG:27700."""
        if crs is not None and crs.isValid():
            if crs.isGeographic():
                raise EvPlannerError(
                    f"TARGET_CRS {crs.authid()} is geographic (degrees); choose a projected CRS "
                    "in metres such as EPSG:27700 (British National Grid)."
                )
            return crs
        return QgsCoordinateReferenceSystem(DEFAULT_TARGET_CRS)
