"""Site layout maps: one page per delivery-plan site from a print layout template (atlas).

The layers are loaded into a :class:`QgsProject` made for the job (never the user's project):
memory layers built from GeoDataFrames (core did all the work: the delivery-plan sites, their
proposed bays, units and dimension lines, the context near the sites), styled for a 1:500 -
1:1,250 street plan. The template (``resources/layouts/site_layout.qpt`` by default, made by
``scripts/make_layout_templates``) is loaded into a :class:`QgsPrintLayout` whose atlas runs over
the sites; the items the code fills are found by their ids (:data:`ITEM_MAIN_MAP`...). A
council's own template needs at least a map item with id ``main_map``; the other items are used
when present. Exports go to a temporary file next to the destination and are moved into place
only when complete.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QFile, QIODevice, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core.delivery_plan import MapLabelTexts, SiteLayouts
from ..core.eligibility import CHARGER_TYPES
from ..core.errors import Cancelled, InputDataError
from ..core.feedback import ProgressRange
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..gui.labels import plan_status
from ..processing import bridge
from ..processing.algorithms._shared import charger_name
from ..toolbelt.i18n import translate
from ..toolbelt.resources import resource_path
from .template_texts import TEMPLATE_TEXTS  # noqa: F401 - the strings pylupdate5 collects

# Ids of the template's items that the code fills (a council's own template may omit all but
# the main map).
ITEM_MAIN_MAP = "main_map"
ITEM_LOCATOR_MAP = "locator_map"
ITEM_LEGEND = "legend"
ITEM_SCALE_BAR = "scale_bar"
ITEM_NORTH_ARROW = "north_arrow"
ITEM_ATTRIBUTION = "attribution"
ITEM_DRAFT = "draft_mark"

# A street plan a resident can read: 1:500 shows a 6.6 m bay as 13 mm; 1:1,250 is the largest
# scale of OS MasterMap and fits long sites.
DEFAULT_SCALE = 500
PREDEFINED_SCALES = (500, 750, 1000, 1250)
# Share of the site's extent added around it when a scale is chosen from PREDEFINED_SCALES.
ATLAS_MARGIN = 0.6
LOCATOR_SCALE = 10_000
# Context layers are cut to what a main map at 1:1,250 (about 240 m x 200 m) can show, and the
# roads to the locator map's reach.
CONTEXT_DISTANCE_M = 180.0
LOCATOR_DISTANCE_M = 900.0
PDF_DPI = 300
DEFAULT_PNG_DPI = 150
FONT_FAMILY = "Arial"
# The site is outlined this far around the kerb its bays take (bays 2.4 m deep plus dimensions).
SITE_OUTLINE_M = 4.5
# Largest legend symbol (mm): the carriageway is drawn at its width in map units.
LEGEND_MAX_SYMBOL_MM = 3.0
DEFAULT_TEMPLATE_NAME = "site_layout.qpt"


def default_template() -> Path:
    return resource_path("layouts", DEFAULT_TEMPLATE_NAME)


def map_label_texts() -> MapLabelTexts:
    """The wording of the bay and unit labels in the language being printed in."""
    defaults = MapLabelTexts()
    return MapLabelTexts(
        bay=translate("SiteLayout", defaults.bay),
        in_lamp_column=translate("SiteLayout", defaults.in_lamp_column),
        from_kerb=translate("SiteLayout", defaults.from_kerb),
        unit=translate("SiteLayout", defaults.unit),
        footway_left=translate("SiteLayout", defaults.footway_left),
        charger_names=tuple((name, charger_name(name)) for name in CHARGER_TYPES),
    )


def default_attribution(year: int | None = None) -> str:
    """Attribution for the usual sources: OS, OpenStreetMap and D-TRO (edit to what applies)."""
    year = year or _dt.date.today().year
    return translate(
        "SiteLayout",
        "Contains OS data © Crown copyright and database right {year}. "
        "Map data © OpenStreetMap contributors (ODbL). "
        "Traffic regulation orders: D-TRO, Department for Transport (OGL v3.0).",
    ).format(year=year)


def _pick(owner, enum: str, member: str, old_owner, old_member: str):
    scoped = getattr(owner, enum, None)
    if scoped is not None and hasattr(scoped, member):
        return getattr(scoped, member)
    return getattr(old_owner, old_member)


TEXT_ALWAYS_TEXT = _pick(
    Qgis, "TextRenderFormat", "AlwaysText", QgsRenderContext, "TextFormatAlwaysText"
)
MAP_UNITS = _pick(Qgis, "RenderUnit", "MapUnits", QgsUnitTypes, "RenderMapUnits")
ATLAS_FIXED = QgsLayoutItemMap.AtlasScalingMode.Fixed
ATLAS_PREDEFINED = QgsLayoutItemMap.AtlasScalingMode.Predefined


@dataclass
class SiteMapData:
    """Everything drawn on the site maps, as GeoDataFrames in one projected CRS.

    ``plan``: delivery-plan sites (core.delivery_plan fields); ``layouts``: their proposed bays,
    units, dimension lines and extents; context layers may be None. ``restrictions`` carries
    ``tro_class`` (core.delivery_plan.TRO_CLASSES), ``roads`` ``name`` and ``width_m``
    (core.delivery_plan.road_context). ``basemap``: any QGIS map layer drawn under everything.
    """

    plan: gpd.GeoDataFrame
    layouts: SiteLayouts
    kerb_runs: gpd.GeoDataFrame | None = None
    footways: gpd.GeoDataFrame | None = None
    restrictions: gpd.GeoDataFrame | None = None
    accessible_bays: gpd.GeoDataFrame | None = None
    cycle_parking: gpd.GeoDataFrame | None = None
    chargepoints: gpd.GeoDataFrame | None = None
    roads: gpd.GeoDataFrame | None = None
    basemap: object = None


@dataclass
class SiteMapOptions:
    template: Path = field(default_factory=default_template)
    scale: float = DEFAULT_SCALE  # 0: the best of PREDEFINED_SCALES for each site
    draft: bool = True
    attribution: str | None = None
    png_dpi: int = DEFAULT_PNG_DPI


@dataclass
class SiteMapResult:
    page_count: int
    pdf: Path
    pngs: list[Path]


# --- Layers of the job project ---------------------------------------------------------------

_GEOMETRY_URI = {0: "MultiPoint", 1: "MultiLineString", 2: "MultiPolygon"}


def _family(gdf: gpd.GeoDataFrame, default: int) -> int:
    """0 points, 1 lines, 2 polygons (the family of the first non-null geometry)."""
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    geoms = geoms[~shapely.is_missing(geoms)]
    if geoms.size == 0:
        return default
    type_id = int(shapely.get_type_id(geoms[0]))
    return {0: 0, 4: 0, 1: 1, 2: 1, 5: 1, 3: 2, 6: 2}.get(type_id, default)


def memory_layer(
    gdf: gpd.GeoDataFrame, name: str, crs: QgsCoordinateReferenceSystem, default_family: int = 0
) -> QgsVectorLayer:
    """A memory layer holding ``gdf`` (geometries as multi types of one family)."""
    family = _family(gdf, default_family)
    wanted = {0: (0, 4), 1: (1, 5), 2: (3, 6)}[family]
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    keep = ~shapely.is_missing(geoms)
    keep[keep] = np.isin(shapely.get_type_id(geoms[keep]), wanted)
    gdf = gdf[keep]
    gdf = gdf.set_geometry(bridge.promote_to_multi(gdf.geometry.values))
    layer = QgsVectorLayer(_GEOMETRY_URI[family], name, "memory")
    layer.setCrs(crs)
    fields = bridge.fields_from_gdf(gdf)
    provider = layer.dataProvider()
    provider.addAttributes(list(fields))
    layer.updateFields()
    bridge.write_gdf(gdf, provider, layer.fields())
    layer.updateExtents()
    return layer


def _text_format(size: float, colour: str = "#333333", *, bold=False, italic=False, buffer=0.0):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    font.setItalic(italic)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    if buffer:
        settings = QgsTextBufferSettings()
        settings.setEnabled(True)
        settings.setSize(buffer)
        settings.setColor(QColor("#ffffff"))
        settings.setOpacity(0.9)
        fmt.setBuffer(settings)
    return fmt


def _labels(layer: QgsVectorLayer, expression: str, fmt: QgsTextFormat, placement, **options):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = placement
    settings.setFormat(fmt)
    settings.priority = options.get("priority", 5)
    if "distance" in options:
        settings.dist = options["distance"]
    if "repeat" in options:
        settings.repeatDistance = options["repeat"]
    if "overrun" in options and hasattr(settings, "lineSettings"):
        settings.lineSettings().setOverrunDistance(options["overrun"])
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _line(colour: str, width: float, **extra) -> QgsLineSymbol:
    return QgsLineSymbol.createSimple(
        {"line_color": colour, "line_width": str(width), "capstyle": "flat", **extra}
    )


def _marker(props: dict) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(props)


def _badge(shape: str, colour: str, size: float, svg_name: str) -> QgsMarkerSymbol:
    """A filled badge (circle or square) with a white QGIS SVG icon on it."""
    symbol = _marker(
        {
            "name": shape,
            "color": colour,
            "size": str(size),
            "outline_color": "#ffffff",
            "outline_width": "0.3",
        }
    )
    resolved = _svg_path(svg_name)
    if resolved:
        from qgis.core import QgsSvgMarkerSymbolLayer

        icon = QgsSvgMarkerSymbolLayer(resolved, size * 0.78)
        icon.setFillColor(QColor("#ffffff"))
        icon.setStrokeWidth(0.0)
        symbol.appendSymbolLayer(icon)
    return symbol


def _svg_path(name: str) -> str | None:
    from qgis.core import QgsSymbolLayerUtils

    path = QgsSymbolLayerUtils.svgSymbolNameToPath(name, QgsProject.instance().pathResolver())
    return path if path and os.path.isfile(path) else None


def style_roads(layer: QgsVectorLayer) -> None:
    """Carriageway drawn at its width (map units), street names along it."""
    symbol = QgsLineSymbol.createSimple(
        {
            "line_color": "#dcdcdc",
            "line_width": "5.5",
            "capstyle": "round",
            "joinstyle": "round",
        }
    )
    symbol_layer = symbol.symbolLayer(0)
    symbol_layer.setWidthUnit(MAP_UNITS)
    symbol_layer.setDataDefinedProperty(
        QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression('coalesce("width_m", 5.5)')
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    _labels(
        layer,
        '"name"',
        _text_format(8.0, "#4a4a4a", italic=True),
        QgsPalLayerSettings.Placement.Curved,
        repeat=90.0,
        priority=3,
    )


def style_footways(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple(
        {"color": "#f1e9d6", "outline_color": "#c9b894", "outline_width": "0.15"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_kerb_runs(layer: QgsVectorLayer) -> None:
    """kerbside_eligibility.qml with category labels a resident reads without a heading."""
    style = resource_path("styles", "kerbside_eligibility.qml")
    layer.loadNamedStyle(str(style))
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            label = KERB_LABELS.get(str(category.value()))
            if label:
                renderer.updateCategoryLabel(index, translate("SiteLayout", label))


TRO_STYLES = (
    ("no_waiting", QT_TRANSLATE_NOOP("SiteLayout", "Yellow lines: no waiting")),
    ("no_stopping", QT_TRANSLATE_NOOP("SiteLayout", "No stopping: zig-zags, clearways, bus stops")),
    ("bay", QT_TRANSLATE_NOOP("SiteLayout", "Parking, loading or other bay (TRO)")),
    ("other", QT_TRANSLATE_NOOP("SiteLayout", "Other traffic order")),
)
KERB_LABELS = {
    "eligible": QT_TRANSLATE_NOOP("SiteLayout", "Kerb suitable for a chargepoint"),
    "eligible_with_tro_change": QT_TRANSLATE_NOOP("SiteLayout", "Kerb suitable after a TRO change"),
    "ineligible": QT_TRANSLATE_NOOP("SiteLayout", "Kerb not suitable"),
}


def _tro_symbol(kind: str) -> QgsLineSymbol:
    if kind == "no_waiting":
        symbol = _line("#f2c200", 0.3, offset="0.3")
        other = _line("#f2c200", 0.3, offset="-0.3")
        symbol.appendSymbolLayer(other.symbolLayer(0).clone())
        return symbol
    if kind == "no_stopping":
        return _line("#d32f2f", 0.45, customdash="2;1", use_custom_dash="1")
    if kind == "bay":
        return _line("#37474f", 0.3, customdash="1.2;0.8", use_custom_dash="1")
    return _line("#7b1fa2", 0.35, customdash="0.6;0.6", use_custom_dash="1")


def style_restrictions(layer: QgsVectorLayer) -> None:
    categories = [
        QgsRendererCategory(kind, _tro_symbol(kind), translate("SiteLayout", label))
        for kind, label in TRO_STYLES
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("tro_class", categories))


def style_accessible_bays(layer: QgsVectorLayer) -> None:
    if layer.geometryType() == 2:  # polygons
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "30,136,229,110",
                "outline_color": "#0d47a1",
                "outline_width": "0.35",
            }
        )
    else:
        symbol = _badge("square", "#1565c0", 4.0, "transport/transport_parking_disabled.svg")
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_cycle_parking(layer: QgsVectorLayer) -> None:
    symbol = _badge("circle", "#00796b", 4.4, "transport/transport_parking_bicycle.svg")
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_chargepoints(layer: QgsVectorLayer) -> None:
    symbol = _marker(
        {
            "name": "circle",
            "color": "#6a1b9a",
            "size": "3.6",
            "outline_color": "#ffffff",
            "outline_width": "0.4",
        }
    )
    inner = _marker({"name": "circle", "color": "#ffffff", "size": "1.1", "outline_style": "no"})
    symbol.appendSymbolLayer(inner.symbolLayer(0).clone())
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_from_qml(layer: QgsVectorLayer, name: str) -> None:
    message, ok = layer.loadNamedStyle(str(resource_path("styles", f"{name}.qml")))
    if not ok:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "style {style}.qml could not be loaded ({error}); reinstall"
                ),
                style=name,
                error=message,
            )
        )


def style_site_highlight(layer: QgsVectorLayer) -> None:
    """The atlas site: a dashed outline around the stretch of kerb its bays take (the other
    sites' outlines are not drawn)."""
    symbol = QgsFillSymbol.createSimple(
        {
            "color": "255,214,0,50",
            "outline_color": "#d32f2f",
            "outline_width": "0.5",
            "outline_style": "dash",
        }
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(symbol, 0, 0, _CURRENT_SITE, translate("SiteLayout", "This site"))
    )
    layer.setRenderer(QgsRuleBasedRenderer(root))


_CURRENT_SITE = "\"site_ref\" = attribute(@atlas_feature, 'site_ref')"


def style_locator_sites(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    others = _marker(
        {"name": "circle", "color": "#546e7a", "size": "1.6", "outline_color": "#ffffff"}
    )
    current = _marker(
        {
            "name": "star",
            "color": "#d32f2f",
            "size": "5",
            "outline_color": "#ffffff",
            "outline_width": "0.4",
        }
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, f"NOT ({_CURRENT_SITE})", "other"))
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, _CURRENT_SITE, "this site"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


@dataclass
class JobLayers:
    """The job project's layers by role (None when the input was not given)."""

    project: QgsProject
    sites: QgsVectorLayer
    locator_sites: QgsVectorLayer
    bays: QgsVectorLayer
    units: QgsVectorLayer
    dimensions: QgsVectorLayer
    context: dict  # role -> layer, in drawing order top to bottom
    basemap: object = None

    def main_map_layers(self) -> list:
        """Top to bottom: proposals, point and bay context, TRO lines, kerb runs, the site
        highlight, footways, carriageway, basemap."""
        above = ("chargepoints", "cycle_parking", "accessible_bays", "restrictions", "kerb_runs")
        below = ("footways", "roads")
        layers = [self.units, self.dimensions, self.bays]
        layers += [self.context[r] for r in above if self.context.get(r) is not None]
        layers.append(self.sites)
        layers += [self.context[r] for r in below if self.context.get(r) is not None]
        if self.basemap is not None:
            layers.append(self.basemap)
        return layers

    def locator_layers(self) -> list:
        roads = self.context.get("roads") or self.context.get("kerb_runs")
        layers = [self.locator_sites] + ([roads] if roads is not None else [])
        if self.basemap is not None:
            layers.append(self.basemap)
        return layers


# role, legend name, style function, default geometry family
_CONTEXT_LAYERS = (
    (
        "chargepoints",
        QT_TRANSLATE_NOOP("SiteLayout", "Existing public chargepoint"),
        style_chargepoints,
        0,
    ),
    ("cycle_parking", QT_TRANSLATE_NOOP("SiteLayout", "Cycle parking"), style_cycle_parking, 0),
    (
        "accessible_bays",
        QT_TRANSLATE_NOOP("SiteLayout", "Disabled badge holders' bay"),
        style_accessible_bays,
        2,
    ),
    (
        "restrictions",
        QT_TRANSLATE_NOOP("SiteLayout", "Traffic regulation orders"),
        style_restrictions,
        1,
    ),
    ("kerb_runs", QT_TRANSLATE_NOOP("SiteLayout", "Kerbside assessment"), style_kerb_runs, 1),
    ("footways", QT_TRANSLATE_NOOP("SiteLayout", "Footway"), style_footways, 2),
    ("roads", QT_TRANSLATE_NOOP("SiteLayout", "Carriageway"), style_roads, 1),
)


def coverage_frame(data: SiteMapData) -> gpd.GeoDataFrame:
    """The atlas coverage: the delivery-plan fields, plus bay_length_m, bay_width_m and
    setback_m of the proposal and status_label and charger_label (the status and charger type
    in the print language, for templates); the geometry outlines the stretch of kerb the bays
    take (:data:`SITE_OUTLINE_M` around it)."""
    frame = data.plan.copy()
    frame["status_label"] = [plan_status(v) or None for v in frame["status"]]
    frame["charger_label"] = [
        charger_name(v) if v is not None else None for v in frame["charger_type"]
    ]
    bays = data.layouts.bays.groupby("site_ref")[["length_m", "width_m"]].first()
    units = data.layouts.units.groupby("site_ref")["setback_m"].first()
    refs = frame["site_ref"]
    frame["bay_length_m"] = refs.map(bays["length_m"]).astype(float).round(2)
    frame["bay_width_m"] = refs.map(bays["width_m"]).astype(float).round(2)
    frame["setback_m"] = refs.map(units).astype(float).round(2)
    extents = np.asarray(data.layouts.extents.reindex(data.plan.index).values, dtype=object)
    return frame.set_geometry(shapely.buffer(extents, SITE_OUTLINE_M, quad_segs=6))


def build_job_project(data: SiteMapData, crs: QgsCoordinateReferenceSystem) -> JobLayers:
    """A new QgsProject with the sites, proposals and context as styled memory layers."""
    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(translate("SiteLayout", "Site layout maps"))
    sites_gdf = coverage_frame(data)
    sites = memory_layer(sites_gdf, translate("SiteLayout", "This site"), crs, 2)
    style_site_highlight(sites)
    locator_gdf = sites_gdf.set_geometry(
        shapely.point_on_surface(np.asarray(sites_gdf.geometry.values, dtype=object))
    )
    locator_sites = memory_layer(locator_gdf, translate("SiteLayout", "Sites"), crs, 0)
    style_locator_sites(locator_sites)
    bays = memory_layer(
        data.layouts.bays, translate("SiteLayout", "Proposed EV charging bay"), crs, 2
    )
    style_from_qml(bays, "proposed_bays")
    units = memory_layer(
        data.layouts.units, translate("SiteLayout", "Proposed chargepoint"), crs, 0
    )
    style_from_qml(units, "proposed_units")
    dimensions = memory_layer(
        data.layouts.dimensions, translate("SiteLayout", "Dimensions"), crs, 1
    )
    style_from_qml(dimensions, "proposed_dimensions")
    context = {}
    for role, name, style, family in _CONTEXT_LAYERS:
        gdf = getattr(data, role)
        if gdf is None:
            context[role] = None
            continue
        layer = memory_layer(gdf, translate("SiteLayout", name), crs, family)
        style(layer)
        context[role] = layer
    job = JobLayers(project, sites, locator_sites, bays, units, dimensions, context)
    if data.basemap is not None:
        job.basemap = data.basemap.clone()
    root = project.layerTreeRoot()
    # the carriageway (grey, with its street name) needs no entry in the key
    legend_layers = [sites, units, bays] + [
        layer for role, layer in context.items() if layer is not None and role != "roads"
    ]
    others = (
        [dimensions, locator_sites]
        + ([context["roads"]] if context.get("roads") else [])
        + ([job.basemap] if job.basemap else [])
    )
    for layer in legend_layers + others:
        project.addMapLayer(layer, False)
    untitled = [sites, context.get("restrictions"), context.get("kerb_runs")]
    for layer in legend_layers:
        node = root.addLayer(layer)
        if any(layer is u for u in untitled):  # entries that explain themselves, no heading
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    return job


# --- The layout --------------------------------------------------------------------------------


def load_template(path: Path, project: QgsProject) -> QgsPrintLayout:
    """A print layout of ``project`` from a .qpt template (error naming the file if unusable)."""
    path = Path(path)
    document = QDomDocument()
    handle = QFile(str(path))
    if not path.is_file() or not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "layout template {path} not found or not readable; choose a .qpt"
                ),
                path=path,
            )
        )
    try:
        ok = document.setContent(handle.readAll())
        ok = ok[0] if isinstance(ok, tuple) else ok
    finally:
        handle.close()
    if not ok:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "layout template {path} is not valid XML; save it again from QGIS"
                ),
                path=path,
            )
        )
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _, loaded = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not loaded:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "layout template {path} could not be loaded as a print layout"
                ),
                path=path,
            )
        )
    if not isinstance(layout.itemById(ITEM_MAIN_MAP), QgsLayoutItemMap):
        maps = [i for i in layout.items() if isinstance(i, QgsLayoutItemMap)]
        if not maps:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "layout template {path} has no map item; add one with the id '{item}'",
                    ),
                    path=path,
                    item=ITEM_MAIN_MAP,
                )
            )
        maps[0].setId(ITEM_MAIN_MAP)
    translate_template_texts(layout)
    return layout


def translate_template_texts(layout: QgsPrintLayout) -> None:
    """Put the label texts of the standard template into the language being printed in."""
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            text = item.text()
            translated = translate("SiteLayoutTemplate", text)
            if translated != text:
                item.setText(translated)


def prepare_layout(layout: QgsPrintLayout, job: JobLayers, options: SiteMapOptions) -> None:
    """Atlas over the sites; maps, legend, attribution and draft mark filled in."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(job.sites)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"site_ref"')
    atlas.setPageNameExpression('"site_ref"')
    atlas.setFilenameExpression("regexp_replace(\"site_ref\", '[^A-Za-z0-9_-]', '_')")
    main = layout.itemById(ITEM_MAIN_MAP)
    main.setLayers(job.main_map_layers())
    main.setKeepLayerSet(True)
    main.setCrs(job.project.crs())
    main.setAtlasDriven(True)
    if options.scale and options.scale > 0:
        main.setAtlasScalingMode(ATLAS_FIXED)
        main.setScale(float(options.scale))
    else:
        layout.renderContext().setPredefinedScales([float(s) for s in PREDEFINED_SCALES])
        main.setAtlasScalingMode(ATLAS_PREDEFINED)
        main.setAtlasMargin(ATLAS_MARGIN)
    locator = layout.itemById(ITEM_LOCATOR_MAP)
    if isinstance(locator, QgsLayoutItemMap):
        locator.setLayers(job.locator_layers())
        locator.setKeepLayerSet(True)
        locator.setCrs(job.project.crs())
    legend = layout.itemById(ITEM_LEGEND)
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setLinkedMap(main)
        legend.setAutoUpdateModel(True)
        legend.setLegendFilterByMapEnabled(True)
        if hasattr(legend, "setMaximumSymbolSize"):
            legend.setMaximumSymbolSize(LEGEND_MAX_SYMBOL_MM)
    attribution = layout.itemById(ITEM_ATTRIBUTION)
    if isinstance(attribution, QgsLayoutItemLabel):
        text = options.attribution if options.attribution is not None else default_attribution()
        attribution.setText(text)
    draft = layout.itemById(ITEM_DRAFT)
    if draft is not None:
        draft.setVisibility(bool(options.draft))
    layout.refresh()


# --- Export ----------------------------------------------------------------------------------


class _LinkedFeedback:
    """A QgsFeedback for the exporter, cancelled with the algorithm's feedback and reporting
    its progress into a slice of the algorithm's."""

    def __init__(self, feedback, start: float, end: float) -> None:
        self.qgs = QgsFeedback()
        self.feedback = feedback
        source = getattr(feedback, "qgis_feedback", None)
        if source is not None:
            if source.isCanceled():
                self.qgs.cancel()
            source.canceled.connect(self.qgs.cancel, Qt.ConnectionType.DirectConnection)
        if feedback is not None:
            # kept on self: a connection to a bound method does not keep its object alive
            self.step = ProgressRange(feedback, start, end)
            self.qgs.progressChanged.connect(self.step.set_progress)

    def check(self) -> None:
        if self.feedback is not None:
            self.feedback.check_canceled()
        if self.qgs.isCanceled():
            raise Cancelled()


def _pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = PDF_DPI
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = TEXT_ALWAYS_TEXT
    settings.simplifyGeometries = True
    return settings


def partial_path(path: Path) -> Path:
    """The temporary file an export is written to before it replaces ``path``."""
    return path.with_name(f".{path.stem}.partial{path.suffix}")


def export_atlas_pdf(layout: QgsPrintLayout, path: Path, feedback=None, progress=(0, 100)) -> int:
    """The atlas as one multi-page PDF at ``path`` (via a temporary file); the page count."""
    path = Path(path)
    temporary = partial_path(path)
    linked = _LinkedFeedback(feedback, *progress)
    linked.check()
    atlas = layout.atlas()
    count = atlas.updateFeatures()
    if count == 0:
        raise InputDataError(
            Message(QT_TRANSLATE_NOOP("Messages", "there are no sites to print")), "sites"
        )
    try:
        result, error = QgsLayoutExporter.exportToPdf(
            atlas, str(temporary), _pdf_settings(), linked.qgs
        )
        if result == QgsLayoutExporter.ExportResult.Canceled or linked.qgs.isCanceled():
            raise Cancelled()
        if result != QgsLayoutExporter.ExportResult.Success:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the PDF could not be written to {path}: {error}"
                    ),
                    path=path,
                    error=error,
                )
            )
        linked.check()
    except BaseException:
        if temporary.exists():
            temporary.unlink()
        raise
    return count


def export_atlas_pngs(
    layout: QgsPrintLayout, folder: Path, dpi: int, feedback=None, progress=(0, 100)
) -> Path:
    """One PNG per site (named after site_ref) in a temporary folder inside ``folder``;
    returns that folder (move its files with :func:`move_pngs`)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".partial-", dir=folder))
    linked = _LinkedFeedback(feedback, *progress)
    try:
        linked.check()
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = int(dpi)
        settings.exportMetadata = False
        result, error = QgsLayoutExporter.exportToImage(
            layout.atlas(), str(staging / "site.png"), "png", settings, linked.qgs
        )
        if result == QgsLayoutExporter.ExportResult.Canceled or linked.qgs.isCanceled():
            raise Cancelled()
        if result != QgsLayoutExporter.ExportResult.Success:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the PNG images could not be written to {folder}: {error}"
                    ),
                    folder=folder,
                    error=error,
                )
            )
        linked.check()
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def move_pngs(staging: Path, folder: Path) -> list[Path]:
    moved = []
    for png in sorted(Path(staging).glob("*.png")):
        target = Path(folder) / png.name
        os.replace(png, target)
        moved.append(target)
    shutil.rmtree(staging, ignore_errors=True)
    return moved


def make_site_maps(
    data: SiteMapData,
    crs: QgsCoordinateReferenceSystem,
    options: SiteMapOptions,
    pdf_path: Path,
    png_folder: Path | None = None,
    feedback=None,
    before_commit=None,
) -> SiteMapResult:
    """Print the site layout maps: the PDF (and PNGs) written to temporary files, then
    ``before_commit()`` (e.g. writing other outputs) and only then moved into place."""
    pdf_path = Path(pdf_path)
    job = build_job_project(data, crs)
    layout = load_template(options.template, job.project)
    prepare_layout(layout, job, options)
    staging = None
    temporary = partial_path(pdf_path)
    try:
        span = (10.0, 60.0) if png_folder else (10.0, 95.0)
        count = export_atlas_pdf(layout, pdf_path, feedback, span)
        if png_folder:
            staging = export_atlas_pngs(layout, png_folder, options.png_dpi, feedback, (60, 95))
        if before_commit is not None:
            before_commit()
        if feedback is not None:
            feedback.check_canceled()
        os.replace(temporary, pdf_path)
        pngs = move_pngs(staging, png_folder) if staging else []
    except BaseException:
        if temporary.exists():
            temporary.unlink()
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        layout.atlas().setCoverageLayer(None)
        del layout
        job.project.removeAllMapLayers()
    return SiteMapResult(page_count=count, pdf=pdf_path, pngs=pngs)
