"""The ``evplanner`` Processing provider."""

from __future__ import annotations

import importlib
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.resources import plugin_version, resource_path

PROVIDER_ID = "evplanner"


def algorithm_classes() -> list[type]:
    """Every algorithm the provider offers: each module of ``processing/algorithms`` defines
    its EvPlannerAlgorithm subclass(es); adding a module adds the algorithm."""
    from . import algorithms
    from .base import EvPlannerAlgorithm

    found = []
    for module_info in sorted(pkgutil.iter_modules(algorithms.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{algorithms.__name__}.{module_info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, EvPlannerAlgorithm)
                and value is not EvPlannerAlgorithm
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return found


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
