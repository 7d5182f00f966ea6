"""The ``evplanner`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.resources import plugin_version, resource_path

PROVIDER_ID = "evplanner"


def algorithm_classes() -> list[type]:
    """Every algorithm the provider offers (imported here so the list lives in one place)."""
    from .algorithms.sample_area import CreateSampleAreaAlgorithm

    return [CreateSampleAreaAlgorithm]


class EvPlannerProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("EvPlannerProvider", "EV Chargepoint Planner")

    def longName(self) -> str:
        return QCoreApplication.translate(
            "EvPlannerProvider", "EV Chargepoint Planner {version}"
        ).format(version=plugin_version())

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "ev_planner.svg")))

    def loadAlgorithms(self) -> None:
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
