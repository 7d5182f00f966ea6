"""The delivery-plan store (QGIS side): a GeoPackage layer or PostGIS table with a history table,
edited through QGIS's edit buffer and saved in one transaction. :func:`build_delivery_plan`
fills it from a layer of sites without the GUI (``python -m ev_planner_plugin.plan``)."""

from .build import build_delivery_plan
from .store import PlanEditConflict, PlanLocation, PlanStore, PlanStoreError, SaveResult

__all__ = [
    "PlanEditConflict",
    "PlanLocation",
    "PlanStore",
    "PlanStoreError",
    "SaveResult",
    "build_delivery_plan",
]
