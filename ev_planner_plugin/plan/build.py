"""Fill a delivery plan from a layer of sites without the GUI (the dock's own code path)."""

from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsVectorLayer, QgsWkbTypes

from ..core.text import QT_TRANSLATE_NOOP, Message
from ..processing.bridge import source_to_gdf
from .store import PlanStore, PlanStoreError, SaveResult


def _layer(sites_layer) -> QgsVectorLayer:
    if isinstance(sites_layer, QgsVectorLayer):
        layer = sites_layer
    else:
        source = str(sites_layer)
        name = source.split("|layername=")[-1].split("|")[0] if "|layername=" in source else ""
        layer = QgsVectorLayer(source, name or "sites", "ogr")
    if not layer.isValid():
        raise PlanStoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Layer '{layer}': cannot be opened as a vector layer."
                ),
                layer=sites_layer,
            )
        )
    return layer


def build_delivery_plan(
    sites_layer,
    plan_path,
    *,
    status: str | None = None,
    funding: str | None = None,
    charger_type: str | None = None,
    officer: str | None = None,
    areas_layer=None,
    areas_field: str | None = None,
    selected_only: bool = False,
    who: str | None = None,
    feedback=None,
) -> SaveResult:
    """Add the sites of ``sites_layer`` (a layer or an OGR source such as
    ``"shortlist.gpkg|layername=shortlist"``) to the delivery plan at ``plan_path`` (a .gpkg,
    created on first use, or a PostgreSQL connection) and save, with history.

    ``status``, ``funding``, ``charger_type`` and ``officer`` are the delivery-plan defaults
    for sites that do not carry their own (see :func:`core.delivery_plan.build_delivery_plan`);
    districts missing from the sites come from ``areas_layer``'s ``areas_field``. Sites
    already in the plan (same site_ref or geometry) are updated, not duplicated. ``who`` is
    recorded in the history (default: ``officer``, else the OS user).
    """
    layer = _layer(sites_layer)
    store = PlanStore.open(plan_path, wkb_type=QgsWkbTypes.multiType(layer.wkbType()))
    context = QgsProcessingContext()
    sites = source_to_gdf(layer, context, store.crs, layer_name=layer.name())
    if selected_only:
        sites = sites.loc[sites.index.isin(layer.selectedFeatureIds())]
    areas = None
    if areas_layer is not None:
        areas_layer = _layer(areas_layer)
        areas = source_to_gdf(
            areas_layer,
            context,
            store.crs,
            layer_name=areas_layer.name(),
            attributes=[areas_field] if areas_field else [],
        )
    values = {
        "status": status,
        "funding": funding,
        "charger_type": charger_type,
        "officer": officer,
    }
    store.add_sites(
        sites,
        {k: v for k, v in values.items() if v is not None},
        areas=areas,
        areas_field=areas_field,
        layer_name=layer.name(),
        feedback=feedback,
    )
    return store.save(who or officer)
