"""evplanner:sitelayoutmaps — a site layout map (PDF page, optional PNG) for every site."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
)

from ...core.delivery_plan import (
    BAY_FIELDS,
    DEFAULT_BAY_WIDTH_M,
    DEFAULT_UNITS_PER_SITE,
    MAX_BAY_WIDTH_M,
    MIN_BAY_WIDTH_M,
    UNIT_FIELDS,
    build_delivery_plan,
    features_near,
    restriction_classes,
    road_context,
    site_layouts,
)
from ...core.eligibility import CHARGER_TYPES, DEFAULT_CHARGER_TYPE
from ...core.errors import InputDataError, ParameterError
from ...core.kerbs import format_ids
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...layouts.site_layout import (
    CONTEXT_DISTANCE_M,
    DEFAULT_PNG_DPI,
    DEFAULT_SCALE,
    LOCATOR_DISTANCE_M,
    PREDEFINED_SCALES,
    SiteMapData,
    SiteMapOptions,
    default_attribution,
    default_template,
    make_site_maps,
    map_label_texts,
)
from ...toolbelt import compat
from ...toolbelt.i18n import print_language
from ..base import EvPlannerAlgorithm
from ._shared import charger_labels, field_choice, read_layer

CHARGER_NAMES = tuple(CHARGER_TYPES)


class SiteLayoutMapsAlgorithm(EvPlannerAlgorithm):
    SITES = "SITES"
    KERB_RUNS = "KERB_RUNS"
    FOOTWAYS = "FOOTWAYS"
    RESTRICTIONS = "RESTRICTIONS"
    RESTRICTION_TYPE_FIELD = "RESTRICTION_TYPE_FIELD"
    ACCESSIBLE_BAYS = "ACCESSIBLE_BAYS"
    CYCLE_PARKING = "CYCLE_PARKING"
    CHARGEPOINTS = "CHARGEPOINTS"
    ROADS = "ROADS"
    BASEMAP = "BASEMAP"
    TEMPLATE = "TEMPLATE"
    CHARGER_TYPE = "CHARGER_TYPE"
    UNITS_PER_SITE = "UNITS_PER_SITE"
    BAY_WIDTH = "BAY_WIDTH"
    DRAFT = "DRAFT"
    ATTRIBUTION = "ATTRIBUTION"
    SCALE = "SCALE"
    PNG_DPI = "PNG_DPI"
    LANGUAGE = "LANGUAGE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_PDF = "OUTPUT_PDF"
    PNG_FOLDER = "PNG_FOLDER"
    BAYS_OUTPUT = "BAYS_OUTPUT"
    UNITS_OUTPUT = "UNITS_OUTPUT"
    PAGE_COUNT = "PAGE_COUNT"
    PNG_COUNT = "PNG_COUNT"

    def name(self) -> str:
        return "sitelayoutmaps"

    def displayName(self) -> str:
        return self.tr("Site layout maps")

    def group(self) -> str:
        return self.tr("Delivery plan")

    def groupId(self) -> str:
        return "deliveryplan"

    RUNS_ON_MAIN_THREAD = True

    def shortHelpString(self) -> str:
        return self.tr(
            "Prints a site layout map for every site of SITES, for local engagement: one page "
            "per site in one PDF (OUTPUT_PDF) and, when PNG_FOLDER is given, one PNG per site "
            "named after its site reference. Use the 'Selected features only' option of SITES "
            "to print some sites only.\n\n"
            "SITES: the delivery plan (Export delivery plan) or the shortlist of Select sites, or "
            "any kerb runs: lines along the kerb. They are turned into delivery-plan sites first "
            "(site_ref, street, usrn, district, charger_type, sockets, bays, status... kept when "
            "present; see Export delivery plan for the defaults). CHARGER_TYPE (default "
            "{charger}) applies to sites without a charger_type; UNITS_PER_SITE (default "
            "{units}) chargepoints per site.\n\n"
            "Each page shows: the main map centred on the site at SCALE (default 1:{scale}; 0 "
            "chooses the largest of 1:{scales} that fits the site) with the proposed bay(s) "
            "(bay length of the charger type x BAY_WIDTH, default {bay_width} m, {bay_min}-"
            "{bay_max} m, on the carriageway side, centred on the kerb run) and the chargepoint "
            "unit on the footway at the charger type's set-back from the kerb, with dimension "
            "lines (bays' length, bay width, footway clear width left), the kerb runs coloured "
            "by eligibility (KERB_RUNS, from Kerbside eligibility), FOOTWAYS, RESTRICTIONS "
            "(traffic orders classed from RESTRICTION_TYPE_FIELD, default regulation_type, with "
            "the restriction mapping of Kerbside eligibility: yellow lines, no stopping, bays, "
            "other), ACCESSIBLE_BAYS (disabled badge holders' bays), CYCLE_PARKING, CHARGEPOINTS "
            "(existing) and ROADS (carriageway at its width and street names; also the locator "
            "map); BASEMAP (any raster or vector layer, e.g. OS MasterMap) under everything. "
            "The carriageway side comes from the footway polygons, else the side field, else "
            "the nearest road. A locator map (1:10,000), a title block (site reference, street, "
            "USRN, ward/district, charger type, sockets, bays, footway left clear, status, "
            "score), north arrow, scale bar, legend, the ATTRIBUTION text (default: OS, "
            "OpenStreetMap and D-TRO statements; edit it to the data you used), the date and, "
            "when DRAFT (default yes), a 'DRAFT - FOR CONSULTATION' mark.\n\n"
            "TEMPLATE: a print layout template (.qpt; empty: the template shipped with the "
            "plugin). A council's own template needs a map item with the id main_map; items "
            "with the ids locator_map, legend, attribution and draft_mark are filled when "
            "present; labels may use the delivery-plan fields and bay_length_m, bay_width_m, "
            "setback_m, status_label and charger_label (the status and charger type in the "
            "print language). PNG_DPI: resolution of the PNGs (default {dpi}).\n\n"
            "LANGUAGE: the language of the printed pages (titles, key, title block, the "
            "default attribution and the date) — the same as QGIS (default), English or "
            "Cymraeg (Welsh), whatever language QGIS runs in.\n\n"
            "BAYS_OUTPUT (optional): the proposed bays (site_ref, bay, charger_type, length_m, "
            "width_m, label); UNITS_OUTPUT (optional): the units (site_ref, unit, charger_type, "
            "charger_label, footprint_m, setback_m, clear_width_m, label). PAGE_COUNT and "
            "PNG_COUNT: pages and images written. Files are written to a temporary name and "
            "replace existing ones only when complete; a cancelled run leaves nothing."
        ).format(
            charger=DEFAULT_CHARGER_TYPE,
            units=DEFAULT_UNITS_PER_SITE,
            scale=f"{DEFAULT_SCALE:,}",
            scales=", 1:".join(f"{s:,}" for s in PREDEFINED_SCALES),
            bay_width=f"{DEFAULT_BAY_WIDTH_M:g}",
            bay_min=f"{MIN_BAY_WIDTH_M:g}",
            bay_max=f"{MAX_BAY_WIDTH_M:g}",
            dpi=DEFAULT_PNG_DPI,
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.SITES,
            self.tr("Sites (delivery plan or shortlist)"),
            [compat.SOURCE_ANY_GEOMETRY],
            optional=False,
        )
        self.add_layer(
            self.KERB_RUNS, self.tr("Kerb runs (Kerbside eligibility)"), [compat.SOURCE_LINE]
        )
        self.add_layer(self.FOOTWAYS, self.tr("Footways"), [compat.SOURCE_POLYGON])
        self.add_layer(
            self.RESTRICTIONS,
            self.tr("Traffic orders (restrictions)"),
            [compat.SOURCE_ANY_GEOMETRY],
        )
        self.add_field(
            self.RESTRICTION_TYPE_FIELD,
            self.tr("Restriction type field"),
            self.RESTRICTIONS,
            default="regulation_type",
            kind=compat.FIELD_STRING,
        )
        self.add_layer(
            self.ACCESSIBLE_BAYS,
            self.tr("Disabled badge holders' bays"),
            [compat.SOURCE_POLYGON, compat.SOURCE_POINT],
        )
        self.add_layer(
            self.CYCLE_PARKING,
            self.tr("Cycle parking"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON],
        )
        self.add_layer(self.CHARGEPOINTS, self.tr("Existing chargepoints"), [compat.SOURCE_POINT])
        self.add_layer(self.ROADS, self.tr("Road centrelines"), [compat.SOURCE_LINE])
        self.addParameter(
            QgsProcessingParameterMapLayer(
                self.BASEMAP, self.tr("Basemap (raster or vector)"), optional=True
            )
        )
        self.add_file(
            self.TEMPLATE,
            self.tr("Layout template (.qpt; empty: the shipped template)"),
            extension="qpt",
            optional=True,
        )
        self.add_enum(
            self.CHARGER_TYPE,
            self.tr("Charger type (for sites without one)"),
            charger_labels(CHARGER_NAMES),
            default=CHARGER_NAMES.index(DEFAULT_CHARGER_TYPE),
        )
        self.add_number(
            self.UNITS_PER_SITE,
            self.tr("Chargepoints per site (for sites without sockets)"),
            DEFAULT_UNITS_PER_SITE,
            minimum=1,
            integer=True,
            advanced=True,
        )
        self.add_number(
            self.BAY_WIDTH,
            self.tr("Bay width (m)"),
            DEFAULT_BAY_WIDTH_M,
            minimum=MIN_BAY_WIDTH_M,
            maximum=MAX_BAY_WIDTH_M,
            advanced=True,
        )
        self.add_boolean(self.DRAFT, self.tr("Mark pages 'DRAFT - for consultation'"), True)
        self.add_string(
            self.ATTRIBUTION,
            self.tr("Data attribution"),
            default_attribution(),
            optional=True,
            multiline=True,
        )
        self.add_number(
            self.SCALE,
            self.tr("Map scale 1:n (0: choose from 1:500 to 1:1,250 to fit each site)"),
            DEFAULT_SCALE,
            minimum=0,
        )
        self.add_number(
            self.PNG_DPI,
            self.tr("PNG resolution (dpi)"),
            DEFAULT_PNG_DPI,
            minimum=36,
            maximum=600,
            integer=True,
            advanced=True,
        )
        self.add_language_parameter(self.LANGUAGE)
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF, self.tr("Site layout maps (PDF)"), self.tr("PDF files (*.pdf)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.PNG_FOLDER,
                self.tr("Folder for one PNG per site"),
                optional=True,
                createByDefault=False,
            )
        )
        self.add_sink(
            self.BAYS_OUTPUT,
            self.tr("Proposed bays"),
            compat.SOURCE_POLYGON,
            optional=True,
            create_by_default=False,
        )
        self.add_sink(
            self.UNITS_OUTPUT,
            self.tr("Proposed chargepoint units"),
            compat.SOURCE_POINT,
            optional=True,
            create_by_default=False,
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Pages printed")))
        self.addOutput(QgsProcessingOutputNumber(self.PNG_COUNT, self.tr("PNG images written")))

    # --- process ----------------------------------------------------------------------------

    def _context_layer(self, parameters, name, context, crs, feedback, attributes=()):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        wanted = [a for a in attributes if a and source.fields().indexOf(a) >= 0]
        return self.source_gdf(parameters, name, context, crs, feedback, attributes=wanted)

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if not pdf:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "OUTPUT_PDF: choose a PDF file to write the site maps to."
                    )
                )
            )
        pdf_path = Path(pdf)
        if pdf_path.suffix.lower() != ".pdf":
            pdf_path = pdf_path.with_suffix(pdf_path.suffix + ".pdf")
        png_value = parameters.get(self.PNG_FOLDER)
        png_folder = (
            Path(self.parameterAsFileOutput(parameters, self.PNG_FOLDER, context))
            if png_value not in (None, "")
            else None
        )
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or str(
            default_template()
        )
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        default_attribution_in_qgis_language = default_attribution()
        if 0 < scale < 100:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "SCALE 1:{scale:g} is not a map scale; give the denominator, e.g. 500 "
                        "for 1:500, or 0 to choose one for each site.",
                    ),
                    scale=scale,
                )
            )
        bay_width = self.parameterAsDouble(parameters, self.BAY_WIDTH, context)
        charger = CHARGER_NAMES[self.parameterAsEnum(parameters, self.CHARGER_TYPE, context)]

        sites = read_layer(self, parameters, self.SITES, context, crs, feedback, required=True)
        if len(sites.gdf) == 0:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "there are no sites to print (an empty layer, or no feature selected "
                        "with 'Selected features only')",
                    )
                ),
                sites.label,
            )
        feedback.set_progress(2)
        plan = build_delivery_plan(
            sites.gdf,
            charger_type=charger,
            units_per_site=self.parameterAsInt(parameters, self.UNITS_PER_SITE, context),
            layer=sites.label,
            feedback=feedback,
        )
        site_geoms = plan.geometry.values
        unmapped = plan.geometry.isna().to_numpy() | plan.geometry.is_empty.to_numpy()
        if unmapped.all():
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "no site has a geometry; map the sites first")
                ),
                sites.label,
            )
        if unmapped.any():
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer '{layer}': {count} site(s) without geometry get no page (sites: "
                        "{ids}).",
                    ),
                    layer=sites.label,
                    count=int(unmapped.sum()),
                    ids=format_ids(plan["site_ref"].to_numpy()[unmapped]),
                )
            )
        footways = features_near(
            self._context_layer(parameters, self.FOOTWAYS, context, crs, feedback),
            site_geoms,
            CONTEXT_DISTANCE_M,
        )
        roads_all = self._context_layer(
            parameters, self.ROADS, context, crs, feedback, attributes=_road_fields()
        )
        roads = road_context(features_near(roads_all, site_geoms, LOCATOR_DISTANCE_M))
        language = self.parameter_language(parameters, context, self.LANGUAGE)
        with print_language(language):
            texts = map_label_texts()
        layouts = site_layouts(
            plan,
            footways=footways,
            roads=roads,
            bay_width=bay_width,
            layer=sites.label,
            texts=texts,
            feedback=feedback,
        )
        feedback.check_canceled()
        feedback.set_progress(6)
        extents = layouts.extents.values

        restrictions = None
        source = self.parameterAsSource(parameters, self.RESTRICTIONS, context)
        if source is not None:
            layer = read_layer(self, parameters, self.RESTRICTIONS, context, crs, feedback)
            type_field = field_choice(
                self, parameters, self.RESTRICTION_TYPE_FIELD, context, layer, feedback
            )
            restrictions = features_near(layer.gdf, extents, CONTEXT_DISTANCE_M)
            restrictions = restrictions.assign(
                tro_class=restriction_classes(restrictions[type_field]) if type_field else "other"
            )[["tro_class", "geometry"]]

        def near(name, attributes=()):
            gdf = self._context_layer(parameters, name, context, crs, feedback, attributes)
            return features_near(gdf, extents, CONTEXT_DISTANCE_M)

        data = SiteMapData(
            plan=plan,
            layouts=layouts,
            kerb_runs=near(self.KERB_RUNS, ("status",)),
            footways=features_near(footways, extents, CONTEXT_DISTANCE_M),
            restrictions=restrictions,
            accessible_bays=near(self.ACCESSIBLE_BAYS),
            cycle_parking=near(self.CYCLE_PARKING),
            chargepoints=near(self.CHARGEPOINTS),
            roads=roads,
            basemap=self.parameterAsLayer(parameters, self.BASEMAP, context),
        )
        if data.kerb_runs is not None and "status" not in data.kerb_runs.columns:
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The kerb runs layer has no 'status' field (from Kerbside eligibility); "
                        "the runs are not coloured by eligibility.",
                    )
                )
            )
        options = SiteMapOptions(
            template=Path(template),
            scale=scale,
            draft=self.parameterAsBoolean(parameters, self.DRAFT, context),
            attribution=self.parameterAsString(parameters, self.ATTRIBUTION, context),
            png_dpi=self.parameterAsInt(parameters, self.PNG_DPI, context),
        )
        if scale and not PREDEFINED_SCALES[0] <= scale <= PREDEFINED_SCALES[-1]:
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "SCALE 1:{scale:,.0f} is outside 1:{minimum:,}-1:{maximum:,}, the usual "
                        "range of site plans.",
                    ),
                    scale=scale,
                    minimum=PREDEFINED_SCALES[0],
                    maximum=PREDEFINED_SCALES[-1],
                )
            )
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        outputs = {}

        def write_sinks():
            for name, gdf, fields, wkb in (
                (self.BAYS_OUTPUT, layouts.bays, BAY_FIELDS, compat.WKB_MULTIPOLYGON),
                (self.UNITS_OUTPUT, layouts.units, UNIT_FIELDS, compat.WKB_MULTIPOINT),
            ):
                style = "proposed_bays" if name == self.BAYS_OUTPUT else "proposed_units"
                outputs[name] = self.write_output(
                    parameters,
                    name,
                    context,
                    gdf[[*fields, "geometry"]],
                    wkb,
                    crs,
                    feedback,
                    style=style,
                )

        with print_language(language):
            if options.attribution == default_attribution_in_qgis_language:
                options.attribution = default_attribution()  # in the print language
            result = make_site_maps(
                data, crs, options, pdf_path, png_folder, feedback, before_commit=write_sinks
            )
        feedback.set_progress(100)
        outputs.update(
            {
                self.OUTPUT_PDF: str(result.pdf),
                self.PNG_FOLDER: str(png_folder) if png_folder else None,
                self.PAGE_COUNT: result.page_count,
                self.PNG_COUNT: len(result.pngs),
            }
        )
        return outputs


def _road_fields() -> list[str]:
    from ...core.delivery_plan import ROAD_CLASS_FIELDS, ROAD_NAME_FIELDS, ROAD_WIDTH_FIELDS

    return [*ROAD_NAME_FIELDS, *ROAD_WIDTH_FIELDS, *ROAD_CLASS_FIELDS]
