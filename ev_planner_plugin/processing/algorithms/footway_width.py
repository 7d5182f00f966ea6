"""evplanner:footwaywidth — footway width along kerbs, measured on transects."""

from __future__ import annotations

from ...core.footway import (
    DEFAULT_OBSTACLE_SIZE_M,
    DEFAULT_TRANSECT_SPACING_M,
    MAX_FOOTWAY_WIDTH_M,
    footway_width_pieces,
)
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm


class FootwayWidthAlgorithm(EvPlannerAlgorithm):
    KERBS = "KERBS"
    KERB_ID_FIELD = "KERB_ID_FIELD"
    FOOTWAYS = "FOOTWAYS"
    OBSTACLES = "OBSTACLES"
    OBSTACLE_SIZE_FIELD = "OBSTACLE_SIZE_FIELD"
    SPACING = "SPACING"
    PIECE_LENGTH = "PIECE_LENGTH"
    MAX_WIDTH = "MAX_WIDTH"
    OBSTACLE_DEFAULT_SIZE = "OBSTACLE_DEFAULT_SIZE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "footwaywidth"

    def displayName(self) -> str:
        return self.tr("Footway width along kerbs")

    def group(self) -> str:
        return self.tr("Kerbside")

    def groupId(self) -> str:
        return "kerbside"

    def shortHelpString(self) -> str:
        return self.tr(
            "Measures the footway beside each kerb on transects perpendicular to the kerb every "
            "SPACING metres (default {spacing:g} m), from footway polygons. Footways split "
            "across several polygons are joined; where a footway ends the width is 0; the side "
            "of the kerb with footway is found by itself. OBSTACLES (trees, poles, cabinets, as "
            "points with a footprint diameter in OBSTACLE_SIZE_FIELD — default "
            "{obstacle:g} m — or as polygons) narrow the clear width where they stand.\n\n"
            "Output: the kerbs cut into pieces (whole kerbs, or PIECE_LENGTH metres) with "
            "kerb_id, from_m, to_m, length_m, width_min_m, width_mean_m (footway width), "
            "clear_width_min_m, clear_width_mean_m (longest unobstructed width: what a "
            "pedestrian can use) and no_footway_m (metres without footway). Widths are capped at "
            "MAX_WIDTH ({max_width:g} m).\n\n"
            "Inclusive Mobility (DfT, 2021) asks for 2.0 m clear footway, 1.5 m at the "
            "absolute minimum; Kerbside eligibility uses these widths."
        ).format(
            spacing=DEFAULT_TRANSECT_SPACING_M,
            obstacle=DEFAULT_OBSTACLE_SIZE_M,
            max_width=MAX_FOOTWAY_WIDTH_M,
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(self.KERBS, self.tr("Kerbs"), [compat.SOURCE_LINE], optional=False)
        self.add_field(self.KERB_ID_FIELD, self.tr("Kerb id field"), self.KERBS, default="kerb_id")
        self.add_layer(
            self.FOOTWAYS, self.tr("Footway polygons"), [compat.SOURCE_POLYGON], optional=False
        )
        self.add_layer(
            self.OBSTACLES,
            self.tr("Obstacles on the footway (points or polygons)"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON],
        )
        self.add_field(
            self.OBSTACLE_SIZE_FIELD,
            self.tr("Obstacle footprint diameter field (m)"),
            self.OBSTACLES,
            default="footprint_m",
            kind=compat.FIELD_NUMERIC,
        )
        self.add_number(
            self.SPACING,
            self.tr("Transect spacing (m)"),
            DEFAULT_TRANSECT_SPACING_M,
            minimum=0.1,
        )
        self.add_number(
            self.PIECE_LENGTH,
            self.tr("Piece length (m; empty = whole kerbs)"),
            None,
            minimum=0.5,
            optional=True,
        )
        for name, label, default in (
            (self.MAX_WIDTH, self.tr("Maximum width measured (m)"), MAX_FOOTWAY_WIDTH_M),
            (
                self.OBSTACLE_DEFAULT_SIZE,
                self.tr("Default obstacle footprint (m)"),
                DEFAULT_OBSTACLE_SIZE_M,
            ),
        ):
            self.add_number(name, label, default, minimum=0.0, advanced=True)
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Footway width"), compat.SOURCE_LINE)

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        kerb_source = self.parameterAsSource(parameters, self.KERBS, context)
        kerb_id = self.field_name(
            parameters, self.KERB_ID_FIELD, context, kerb_source.fields().names()
        )
        kerbs = self.source_gdf(
            parameters, self.KERBS, context, crs, feedback, attributes=[kerb_id], required=True
        )
        footways = self.source_gdf(
            parameters, self.FOOTWAYS, context, crs, feedback, attributes=[], required=True
        )
        size_field = None
        obstacle_source = self.parameterAsSource(parameters, self.OBSTACLES, context)
        if obstacle_source is not None:
            size_field = self.field_name(
                parameters, self.OBSTACLE_SIZE_FIELD, context, obstacle_source.fields().names()
            )
        obstacles = self.source_gdf(
            parameters, self.OBSTACLES, context, crs, feedback, attributes=[size_field]
        )
        pieces = footway_width_pieces(
            kerbs,
            footways,
            obstacles,
            piece_length=self.optional_number(parameters, self.PIECE_LENGTH, context),
            spacing=self.parameterAsDouble(parameters, self.SPACING, context),
            max_width=self.parameterAsDouble(parameters, self.MAX_WIDTH, context),
            obstacle_size_field=size_field,
            obstacle_default_size=self.parameterAsDouble(
                parameters, self.OBSTACLE_DEFAULT_SIZE, context
            ),
            kerb_id_field=kerb_id,
            feedback=feedback,
        )
        output = self.write_output(
            parameters,
            self.OUTPUT,
            context,
            pieces,
            compat.WKB_LINESTRING,
            crs,
            feedback,
            style="footway_width",
        )
        return {self.OUTPUT: output}
