"""evplanner:kerbsfromroads — kerb lines left and right of road centrelines."""

from __future__ import annotations

from ...core.kerbs import (
    DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS,
    DEFAULT_CARRIAGEWAY_WIDTH_M,
    DEFAULT_LANE_WIDTH_M,
    kerbs_from_roads,
)
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm


class KerbsFromRoadsAlgorithm(EvPlannerAlgorithm):
    ROADS = "ROADS"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    USRN_FIELD = "USRN_FIELD"
    WIDTH_FIELD = "WIDTH_FIELD"
    LANES_FIELD = "LANES_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    LANE_WIDTH = "LANE_WIDTH"
    DEFAULT_WIDTH = "DEFAULT_WIDTH"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "kerbsfromroads"

    def displayName(self) -> str:
        return self.tr("Kerbs from road centrelines")

    def group(self) -> str:
        return self.tr("Kerbside")

    def groupId(self) -> str:
        return "kerbside"

    def shortHelpString(self) -> str:
        classes = ", ".join(f"{k} {v:g} m" for k, v in DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS.items())
        return self.tr(
            "Derives a kerb line on each side of every road centreline (OS Open Roads, OS "
            "MasterMap Highways, OpenStreetMap…), half the carriageway width from the "
            "centreline, for councils that hold centrelines only.\n\n"
            "The carriageway width comes, in order, from WIDTH_FIELD; else LANES_FIELD × "
            "LANE_WIDTH (default {lane:g} m, DMRB CD 127 standard lane); else the default for "
            "the road class in CLASS_FIELD; else DEFAULT_WIDTH ({default:g} m, Manual for "
            "Streets fig. 7.1: two cars passing). Null, zero, negative or unreadable widths fall "
            "back to the next source with a warning naming the roads.\n"
            "Class defaults: {classes}.\n\n"
            "Output fields: kerb_id ('<road_id>-L' / '<road_id>-R', numbered when a road gives "
            "several lines on one side), road_id, street, usrn, side ('left' / 'right' of the "
            "road's digitised direction; both kerbs keep the road's direction), "
            "carriageway_width_m, width_source ('field', 'lanes', 'class_default', 'default')."
        ).format(lane=DEFAULT_LANE_WIDTH_M, default=DEFAULT_CARRIAGEWAY_WIDTH_M, classes=classes)

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.ROADS, self.tr("Road centrelines"), [compat.SOURCE_LINE], optional=False
        )
        for name, label, default, kind in (
            (self.ID_FIELD, self.tr("Road id field"), "road_id", compat.FIELD_ANY),
            (self.NAME_FIELD, self.tr("Street name field"), "name", compat.FIELD_STRING),
            (self.USRN_FIELD, self.tr("USRN field"), "usrn", compat.FIELD_ANY),
            (
                self.WIDTH_FIELD,
                self.tr("Carriageway width field (m)"),
                "carriageway_width_m",
                compat.FIELD_ANY,
            ),
            (self.LANES_FIELD, self.tr("Number of lanes field"), "lanes", compat.FIELD_ANY),
            (self.CLASS_FIELD, self.tr("Road class field"), "road_class", compat.FIELD_STRING),
        ):
            self.add_field(name, label, self.ROADS, default=default, kind=kind)
        for name, label, default in (
            (self.LANE_WIDTH, self.tr("Lane width (m)"), DEFAULT_LANE_WIDTH_M),
            (
                self.DEFAULT_WIDTH,
                self.tr("Default carriageway width (m)"),
                DEFAULT_CARRIAGEWAY_WIDTH_M,
            ),
        ):
            self.add_number(name, label, default, minimum=0.5, advanced=True)
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Kerbs"), compat.SOURCE_LINE)

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        source = self.parameterAsSource(parameters, self.ROADS, context)
        names = source.fields().names()
        chosen = {
            key: self.field_name(parameters, key, context, names)
            for key in (
                self.ID_FIELD,
                self.NAME_FIELD,
                self.USRN_FIELD,
                self.WIDTH_FIELD,
                self.LANES_FIELD,
                self.CLASS_FIELD,
            )
        }
        roads = self.source_gdf(
            parameters,
            self.ROADS,
            context,
            crs,
            feedback,
            attributes=[f for f in chosen.values() if f],
            required=True,
        )
        kerbs = kerbs_from_roads(
            roads,
            width_field=chosen[self.WIDTH_FIELD],
            lanes_field=chosen[self.LANES_FIELD],
            class_field=chosen[self.CLASS_FIELD],
            id_field=chosen[self.ID_FIELD],
            name_field=chosen[self.NAME_FIELD],
            usrn_field=chosen[self.USRN_FIELD],
            lane_width=self.parameterAsDouble(parameters, self.LANE_WIDTH, context),
            default_width=self.parameterAsDouble(parameters, self.DEFAULT_WIDTH, context),
            feedback=feedback,
        )
        feedback.info(
            self.tr("{count} kerb lines from {roads} roads").format(
                count=len(kerbs), roads=len(roads)
            )
        )
        output = self.write_output(
            parameters,
            self.OUTPUT,
            context,
            kerbs,
            compat.WKB_LINESTRING,
            crs,
            feedback,
            style="kerbs_from_roads",
        )
        return {self.OUTPUT: output}
