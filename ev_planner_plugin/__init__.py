"""EV Planner for QGIS: plan public on-street EV chargepoints."""


def classFactory(iface):  # noqa: N802 - QGIS plugin entry point
    """Entry point called by QGIS; imports lazily so QGIS starts fast."""
    from .plugin import EvPlannerPlugin

    return EvPlannerPlugin(iface)
