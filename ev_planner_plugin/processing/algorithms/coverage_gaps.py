"""evplanner:coveragegaps — homes beyond a short walk of a public chargepoint, per area."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsProcessingOutputNumber,
)

from ...core.coverage import (
    DEFAULT_WALK_DISTANCE_M,
    DEFAULT_WALK_MINUTES,
    DEFAULT_WALK_SPEED_M_S,
    SPEED_CLASSES,
    coverage_gaps,
)
from ...core.errors import InputDataError
from ...core.network import DEFAULT_AREA_POINT_SPACING_M, DEFAULT_NODE_TOLERANCE_M
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm
from ._shared import attribute_table, field_choice, read_layer

_TRUE_TEXT = ("true", "t", "yes", "y", "1")


def _flags(values: pd.Series) -> np.ndarray:
    """True/false from a boolean, number (> 0) or text (true/yes/1) field; NULL is false."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return values.fillna(False).to_numpy(bool)
    numbers = pd.to_numeric(values, errors="coerce")
    text = values.astype("string").str.strip().str.lower().isin(_TRUE_TEXT)
    return ((numbers > 0).fillna(False) | text.fillna(False)).to_numpy(bool)


class CoverageGapsAlgorithm(EvPlannerAlgorithm):
    HOMES = "HOMES"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    OFFSTREET_FIELD = "OFFSTREET_FIELD"
    CHARGEPOINTS = "CHARGEPOINTS"
    CHARGEPOINT_ID_FIELD = "CHARGEPOINT_ID_FIELD"
    SPEED_CLASS_FIELD = "SPEED_CLASS_FIELD"
    SPEED_CLASSES = "SPEED_CLASSES"
    AREAS = "AREAS"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    ROADS = "ROADS"
    WALK_DISTANCE = "WALK_DISTANCE"
    PLAN_SITES = "PLAN_SITES"
    AREA_POINT_SPACING = "AREA_POINT_SPACING"
    NODE_TOLERANCE = "NODE_TOLERANCE"
    WALK_SPEED = "WALK_SPEED"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    AREAS_OUTPUT = "AREAS_OUTPUT"
    DISTRICTS_OUTPUT = "DISTRICTS_OUTPUT"
    COVERAGE_PCT = "COVERAGE_PCT"
    COVERAGE_PLAN_PCT = "COVERAGE_PLAN_PCT"
    HOMES_TOTAL = "HOMES_TOTAL"
    HOMES_COVERED = "HOMES_COVERED"
    HOMES_COVERED_PLAN = "HOMES_COVERED_PLAN"

    def name(self) -> str:
        return "coveragegaps"

    def displayName(self) -> str:
        return self.tr("Coverage gaps in public charging")

    def group(self) -> str:
        return self.tr("Demand and scoring")

    def groupId(self) -> str:
        return "demandandscoring"

    def shortHelpString(self) -> str:
        return self.tr(
            "Which homes are not within a short walk of a public chargepoint, and the coverage "
            "of each area and district today and with the sites of the delivery plan.\n\n"
            "HOMES: address points (one home each, or HOUSEHOLDS_FIELD households each) or "
            "area polygons with a household count in HOUSEHOLDS_FIELD (when it is empty and the "
            "polygons have a field 'households', that is used); each area's households are "
            "spread evenly over a {spacing} m lattice of points inside it (AREA_POINT_SPACING), "
            "so an area can be partly covered. OFFSTREET_FIELD (optional): homes whose value is "
            "true / 1 / yes (off-street parking) are left out, so coverage is of the homes that "
            "rely on on-street charging.\n"
            "CHARGEPOINTS: existing public chargepoints. SPEED_CLASSES: count only these classes "
            "(slow < 8 kW, fast 8-49, rapid 50-149, ultra >= 150, read from SPEED_CLASS_FIELD, "
            "default speed_class); none chosen counts all. CHARGEPOINT_ID_FIELD (default cp_id) "
            "names the nearest chargepoint in the output.\n"
            "ROADS (optional): road centrelines; distances are walked along them (access legs "
            "to the nearest road in a straight line). Without roads the straight-line distance "
            "is used. NODE_TOLERANCE: line ends closer than this join (default {tolerance} m).\n"
            "WALK_DISTANCE: a home is covered when its nearest counted chargepoint is at most "
            "this far (default {walk} m: a {minutes} minute walk at {speed} m/s, the DfT "
            "Journey Time Statistics walking speed, and CIHT's desirable walking distance).\n"
            "PLAN_SITES (optional, any geometry): the sites of the delivery plan, for the "
            "'with plan' figures. WALK_SPEED (advanced, default {speed} m/s) turns metres into "
            "minutes.\n"
            "AREAS (optional): polygons with AREA_ID_FIELD (default area_code) and optionally "
            "DISTRICT_FIELD, for the per-area and per-district tables. When HOMES are polygons "
            "and AREAS is empty, the homes are the areas.\n"
            "TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in "
            "(default EPSG:27700); inputs are reprojected to it.\n"
            "\n"
            "OUTPUT (points): ALL homes (or lattice points), each with households, the area "
            "code and district, nearest_cp_m, nearest_cp_min, nearest_cp_id, covered, "
            "nearest_site_m (chargepoints or plan sites), covered_with_plan, nearest_<class>_m "
            "per speed class present and distance_method (network / straight_line). Filter "
            "covered = false for the gaps; the style shows covered, covered only with the plan, "
            "and not covered.\n"
            "AREAS_OUTPUT (polygons) and DISTRICTS_OUTPUT (table): homes_total, homes_covered, "
            "homes_uncovered, coverage_pct, homes_covered_plan, coverage_plan_pct, "
            "coverage_gain_pct (percentage points) and coverage_<class>_pct; percentages of "
            "households, empty for an area without homes.\n"
            "COVERAGE_PCT, COVERAGE_PLAN_PCT, HOMES_TOTAL, HOMES_COVERED, HOMES_COVERED_PLAN: "
            "the totals over all homes."
        ).format(
            spacing=f"{DEFAULT_AREA_POINT_SPACING_M:g}",
            tolerance=f"{DEFAULT_NODE_TOLERANCE_M:g}",
            walk=f"{DEFAULT_WALK_DISTANCE_M:g}",
            minutes=f"{DEFAULT_WALK_MINUTES:g}",
            speed=f"{DEFAULT_WALK_SPEED_M_S:g}",
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.HOMES,
            self.tr("Homes (address points, or areas with a household count)"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON],
            optional=False,
        )
        self.add_field(
            self.HOUSEHOLDS_FIELD,
            self.tr("Households per home feature"),
            self.HOMES,
            kind=compat.FIELD_NUMERIC,
        )
        self.add_field(
            self.OFFSTREET_FIELD,
            self.tr("Field marking homes with off-street parking (left out)"),
            self.HOMES,
        )
        self.add_layer(
            self.CHARGEPOINTS,
            self.tr("Public chargepoints"),
            [compat.SOURCE_POINT],
            optional=False,
        )
        self.add_field(
            self.CHARGEPOINT_ID_FIELD,
            self.tr("Chargepoint id field"),
            self.CHARGEPOINTS,
            default="cp_id",
        )
        self.add_field(
            self.SPEED_CLASS_FIELD,
            self.tr("Speed class field (slow/fast/rapid/ultra)"),
            self.CHARGEPOINTS,
            default="speed_class",
            kind=compat.FIELD_STRING,
        )
        self.add_enum(
            self.SPEED_CLASSES,
            self.tr("Count only these speed classes (none: all)"),
            list(SPEED_CLASSES),
            default=None,
            multiple=True,
            optional=True,
        )
        self.add_layer(
            self.AREAS,
            self.tr("Areas (LSOA, ward...) for coverage per area"),
            [compat.SOURCE_POLYGON],
        )
        self.add_field(
            self.AREA_ID_FIELD, self.tr("Area code field"), self.AREAS, default="area_code"
        )
        self.add_field(self.DISTRICT_FIELD, self.tr("District field of the areas"), self.AREAS)
        self.add_layer(
            self.ROADS,
            self.tr("Road network for walking distances (none: straight line)"),
            [compat.SOURCE_LINE],
        )
        self.add_number(
            self.WALK_DISTANCE,
            self.tr("Walking distance (m)"),
            DEFAULT_WALK_DISTANCE_M,
            minimum=1.0,
        )
        self.add_layer(
            self.PLAN_SITES, self.tr("Delivery plan sites"), [compat.SOURCE_ANY_GEOMETRY]
        )
        for name, label, default, minimum in (
            (
                self.AREA_POINT_SPACING,
                self.tr("Lattice spacing for households in areas (m)"),
                DEFAULT_AREA_POINT_SPACING_M,
                1.0,
            ),
            (
                self.NODE_TOLERANCE,
                self.tr("Join road ends closer than (m)"),
                DEFAULT_NODE_TOLERANCE_M,
                0.0,
            ),
            (self.WALK_SPEED, self.tr("Walking speed (m/s)"), DEFAULT_WALK_SPEED_M_S, 0.1),
        ):
            self.add_number(name, label, default, minimum=minimum, advanced=True)
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Homes and their coverage"), compat.SOURCE_POINT)
        self.add_sink(
            self.AREAS_OUTPUT, self.tr("Coverage per area"), compat.SOURCE_POLYGON, optional=True
        )
        self.add_sink(
            self.DISTRICTS_OUTPUT,
            self.tr("Coverage per district"),
            compat.SOURCE_VECTOR,
            optional=True,
        )
        for name, label in (
            (self.COVERAGE_PCT, self.tr("Households covered today (%)")),
            (self.COVERAGE_PLAN_PCT, self.tr("Households covered with the plan (%)")),
            (self.HOMES_TOTAL, self.tr("Households counted")),
            (self.HOMES_COVERED, self.tr("Households covered today")),
            (self.HOMES_COVERED_PLAN, self.tr("Households covered with the plan")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)

        def read(name, required=False):
            return read_layer(self, parameters, name, context, crs, feedback, required)

        def field(name, layer, required=False):
            return field_choice(self, parameters, name, context, layer, feedback, required)

        homes = read(self.HOMES, required=True)
        households_field = field(self.HOUSEHOLDS_FIELD, homes)
        offstreet_field = field(self.OFFSTREET_FIELD, homes)
        chargepoints = read(self.CHARGEPOINTS, required=True)
        cp_id_field = field(self.CHARGEPOINT_ID_FIELD, chargepoints)
        speed_field = field(self.SPEED_CLASS_FIELD, chargepoints)
        speed_classes = None
        # parameterAsEnums gives [0] for an unset optional enum: look at the raw value first
        if parameters.get(self.SPEED_CLASSES) not in (None, "", []):
            chosen = self.parameterAsEnums(parameters, self.SPEED_CLASSES, context)
            speed_classes = [SPEED_CLASSES[i] for i in chosen] or None
        if speed_classes and speed_field is None:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "counting only some speed classes needs the speed class field "
                        "(SPEED_CLASS_FIELD); choose it or count all chargepoints",
                    )
                ),
                chargepoints.label,
            )
        areas = read(self.AREAS)
        roads = read(self.ROADS)
        plan = read(self.PLAN_SITES)

        homes_gdf = homes.gdf
        polygons = compat.geometry_type_name(homes.wkb_type) == "polygon"
        # the areas' fields: on AREAS, or on the homes when the homes are the areas
        area_source = areas if areas is not None else (homes if polygons else None)
        area_id_field = None
        district_field = None
        if area_source is not None:
            area_id_field = field(self.AREA_ID_FIELD, area_source, required=areas is not None)
            district_field = field(self.DISTRICT_FIELD, area_source)
        if polygons and households_field is None:
            if "households" in homes.fields:
                households_field = "households"
                feedback.info(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Homes are areas: household counts from the field 'households' of "
                            "'{layer}'.",
                        ),
                        layer=homes.label,
                    )
                )
            else:
                raise InputDataError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "homes are areas (polygons): choose the field with each area's "
                            "household count (HOUSEHOLDS_FIELD); fields: {fields}",
                        ),
                        fields=", ".join(homes.fields),
                    ),
                    homes.label,
                )
        if offstreet_field is not None:
            has_offstreet = _flags(homes_gdf[offstreet_field])
            feedback.info(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{count} of {total} homes have off-street parking ('{field}') and are "
                        "left out.",
                    ),
                    count=int(has_offstreet.sum()),
                    total=len(homes_gdf),
                    field=offstreet_field,
                )
            )
            homes_gdf = homes_gdf[~has_offstreet]

        result = coverage_gaps(
            homes_gdf,
            chargepoints.gdf,
            None if areas is None else areas.gdf,
            roads=None if roads is None else roads.gdf,
            walk_distance=self.parameterAsDouble(parameters, self.WALK_DISTANCE, context),
            speed_classes=speed_classes,
            speed_class_field=speed_field or "speed_class",
            plan_sites=None if plan is None else plan.gdf,
            households_field=households_field,
            area_id_field=area_id_field or "area_code",
            district_field=district_field,
            chargepoint_id_field=cp_id_field,
            area_point_spacing_m=self.parameterAsDouble(
                parameters, self.AREA_POINT_SPACING, context
            ),
            node_tolerance_m=self.parameterAsDouble(parameters, self.NODE_TOLERANCE, context),
            walk_speed_m_s=self.parameterAsDouble(parameters, self.WALK_SPEED, context),
            feedback=feedback,
        )
        feedback.check_canceled()

        summary = result.summary
        home_points = result.homes
        single = shapely.get_type_id(np.asarray(home_points.geometry.array, dtype=object))
        point_type = (
            compat.WKB_POINT if len(single) == 0 or (single == 0).all() else compat.WKB_MULTIPOINT
        )
        outputs = {
            self.OUTPUT: self.write_output(
                parameters,
                self.OUTPUT,
                context,
                home_points,
                point_type,
                crs,
                feedback,
                style="coverage_homes",
            )
        }
        if result.areas is not None:
            outputs[self.AREAS_OUTPUT] = self.write_output(
                parameters,
                self.AREAS_OUTPUT,
                context,
                result.areas,
                compat.WKB_MULTIPOLYGON,
                crs,
                feedback,
                style="coverage_areas",
            )
        else:
            feedback.info(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "No areas: the per-area table (AREAS_OUTPUT) is not written."
                    )
                )
            )
        if result.districts is not None:
            outputs[self.DISTRICTS_OUTPUT] = self.write_output(
                parameters,
                self.DISTRICTS_OUTPUT,
                context,
                attribute_table(result.districts),
                compat.WKB_NOGEOMETRY,
                crs,
                feedback,
            )
        else:
            feedback.info(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "No district field: the per-district table is not written."
                    )
                )
            )
        outputs.update(
            {
                self.COVERAGE_PCT: summary["coverage_pct"],
                self.COVERAGE_PLAN_PCT: summary["coverage_plan_pct"],
                self.HOMES_TOTAL: summary["homes_total"],
                self.HOMES_COVERED: summary["homes_covered"],
                self.HOMES_COVERED_PLAN: summary["homes_covered_plan"],
            }
        )
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Coverage within {distance:g} m ({method}): {coverage:.1f} % of {homes:g} "
                    "households today, {coverage_plan:.1f} % with the {sites} plan site(s).",
                ),
                distance=summary["walk_distance_m"],
                method=summary["distance_method"],
                coverage=summary["coverage_pct"],
                homes=summary["homes_total"],
                coverage_plan=summary["coverage_plan_pct"],
                sites=summary["plan_sites"],
            )
        )
        return outputs
