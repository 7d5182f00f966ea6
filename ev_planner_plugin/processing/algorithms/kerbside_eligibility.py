"""evplanner:kerbsideeligibility — where a chargepoint and its bay may go, and why not elsewhere."""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterMatrix,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import eligibility as core
from ...core.errors import ParameterError
from ...core.footway import DEFAULT_TRANSECT_SPACING_M
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm
from ..bridge import python_value
from ._shared import charger_labels

POLICIES = (core.EXCLUDED, core.ALLOWED, core.TRO_CHANGE)
FOOTWAY_POLICIES = (core.EXCLUDED, core.ALLOWED)
CHARGER_TYPE_NAMES = tuple(core.CHARGER_TYPES)
REASON_CONTEXT = "ReasonCodes"


def translated_reasons(codes: str) -> str:
    """Plain-language text of a ``reasons`` value in the user's language."""
    return " ".join(
        QCoreApplication.translate(REASON_CONTEXT, core.REASON_TEXT[code])
        if code in core.REASON_TEXT
        else core.reason_text(code)
        for code in codes.split(",")
        if code
    )


class KerbsideEligibilityAlgorithm(EvPlannerAlgorithm):
    KERBS = "KERBS"
    KERB_ID_FIELD = "KERB_ID_FIELD"
    USRN_FIELD = "USRN_FIELD"
    STREET_FIELD = "STREET_FIELD"
    SIDE_FIELD = "SIDE_FIELD"
    FOOTWAY_WIDTH_FIELD = "FOOTWAY_WIDTH_FIELD"
    FOOTWAYS = "FOOTWAYS"
    OBSTACLES = "OBSTACLES"
    OBSTACLE_SIZE_FIELD = "OBSTACLE_SIZE_FIELD"
    RESTRICTIONS = "RESTRICTIONS"
    RESTRICTION_TYPE_FIELD = "RESTRICTION_TYPE_FIELD"
    RESTRICTION_MAPPING = "RESTRICTION_MAPPING"
    RESTRICTION_MAPPING_FILE = "RESTRICTION_MAPPING_FILE"
    UNMAPPED_POLICY = "UNMAPPED_POLICY"
    ACCESSIBLE_BAYS = "ACCESSIBLE_BAYS"
    CYCLE_PARKING = "CYCLE_PARKING"
    CAR_CLUB_BAYS = "CAR_CLUB_BAYS"
    DROPPED_KERBS = "DROPPED_KERBS"
    BUS_STOPS = "BUS_STOPS"
    CROSSINGS = "CROSSINGS"
    CROSSING_KIND_FIELD = "CROSSING_KIND_FIELD"
    ROADS = "ROADS"
    LAMP_COLUMNS = "LAMP_COLUMNS"
    CHARGER_TYPE = "CHARGER_TYPE"
    UNIT_FOOTPRINT = "UNIT_FOOTPRINT"
    UNIT_SETBACK = "UNIT_SETBACK"
    BAY_LENGTH = "BAY_LENGTH"
    BAYS_PER_UNIT = "BAYS_PER_UNIT"
    MIN_CLEAR_WIDTH = "MIN_CLEAR_WIDTH"
    MIN_RUN_LENGTH = "MIN_RUN_LENGTH"
    UNKNOWN_FOOTWAY_POLICY = "UNKNOWN_FOOTWAY_POLICY"
    JUNCTION_SETBACK = "JUNCTION_SETBACK"
    ACCESSIBLE_BAY_BUFFER = "ACCESSIBLE_BAY_BUFFER"
    CAR_CLUB_BAY_BUFFER = "CAR_CLUB_BAY_BUFFER"
    CYCLE_PARKING_BUFFER = "CYCLE_PARKING_BUFFER"
    DROPPED_KERB_BUFFER = "DROPPED_KERB_BUFFER"
    BUS_STOP_BUFFER = "BUS_STOP_BUFFER"
    CROSSING_BUFFER = "CROSSING_BUFFER"
    RESTRICTION_BUFFER = "RESTRICTION_BUFFER"
    MAX_OFFSET = "MAX_OFFSET"
    POINT_MAX_OFFSET = "POINT_MAX_OFFSET"
    LAMP_COLUMN_MAX_OFFSET = "LAMP_COLUMN_MAX_OFFSET"
    TRANSECT_SPACING = "TRANSECT_SPACING"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    KERB_LENGTH = "KERB_LENGTH"
    ELIGIBLE_LENGTH = "ELIGIBLE_LENGTH"
    TRO_CHANGE_LENGTH = "TRO_CHANGE_LENGTH"
    EXCLUDED_LENGTH = "EXCLUDED_LENGTH"
    MAX_BAYS = "MAX_BAYS"
    SUMMARY = "SUMMARY"

    # (parameter, core keyword, label, default, source)
    DISTANCES = (
        (
            JUNCTION_SETBACK,
            "junction_setback",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Junction set-back (m)"),
            core.JUNCTION_SETBACK_M,
            "Highway Code rule 243",
        ),
        (
            ACCESSIBLE_BAY_BUFFER,
            "accessible_bay_buffer",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Buffer around disabled bays (m)"),
            core.ACCESSIBLE_BAY_BUFFER_M,
            "the drawn bay",
        ),
        (
            CAR_CLUB_BAY_BUFFER,
            "car_club_bay_buffer",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Buffer around car club bays (m)"),
            core.CAR_CLUB_BAY_BUFFER_M,
            "the drawn bay",
        ),
        (
            CYCLE_PARKING_BUFFER,
            "cycle_parking_buffer",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Buffer around cycle parking (m)"),
            core.CYCLE_PARKING_BUFFER_M,
            "room to reach the stands; a local choice",
        ),
        (
            DROPPED_KERB_BUFFER,
            "dropped_kerb_buffer",
            QT_TRANSLATE_NOOP(
                "KerbsideEligibilityAlgorithm", "Buffer each side of dropped kerbs (m)"
            ),
            core.DROPPED_KERB_BUFFER_M,
            "a typical vehicle crossover half-width",
        ),
        (
            BUS_STOP_BUFFER,
            "bus_stop_buffer",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Buffer each side of bus stops (m)"),
            core.BUS_STOP_BUFFER_M,
            "about a 25 m bus stop clearway cage",
        ),
        (
            CROSSING_BUFFER,
            "crossing_buffer",
            QT_TRANSLATE_NOOP(
                "KerbsideEligibilityAlgorithm", "Buffer each side of controlled crossings (m)"
            ),
            core.CROSSING_BUFFER_M,
            "zig-zag controlled area, TSRGD 2016 diagram 1001.3",
        ),
        (
            RESTRICTION_BUFFER,
            "restriction_buffer",
            QT_TRANSLATE_NOOP(
                "KerbsideEligibilityAlgorithm", "Buffer at the ends of restrictions (m)"
            ),
            core.RESTRICTION_BUFFER_M,
            "the restriction as drawn",
        ),
        (
            MAX_OFFSET,
            "max_offset",
            QT_TRANSLATE_NOOP(
                "KerbsideEligibilityAlgorithm", "Lateral tolerance for lines and polygons (m)"
            ),
            core.FEATURE_MAX_OFFSET_M,
            "how far from the kerb a drawn feature still applies",
        ),
        (
            POINT_MAX_OFFSET,
            "point_max_offset",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Lateral tolerance for points (m)"),
            core.POINT_FEATURE_MAX_OFFSET_M,
            "points apply to the nearest kerb within it",
        ),
        (
            LAMP_COLUMN_MAX_OFFSET,
            "lamp_column_max_offset",
            QT_TRANSLATE_NOOP(
                "KerbsideEligibilityAlgorithm",
                "Maximum lamp column distance from the kerb edge (m)",
            ),
            core.LAMP_COLUMN_MAX_OFFSET_M,
            "columns typically stand 0.45-0.8 m from the kerb face",
        ),
        (
            TRANSECT_SPACING,
            "transect_spacing",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Footway transect spacing (m)"),
            DEFAULT_TRANSECT_SPACING_M,
            "measurement step",
        ),
    )
    OPTIONAL_LAYERS = (
        # (parameter, core keyword, label, geometry types, fields to read)
        (
            ACCESSIBLE_BAYS,
            "accessible_bays",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Disabled badge holders' bays"),
            None,
            (),
        ),
        (
            CYCLE_PARKING,
            "cycle_parking",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Cycle parking"),
            None,
            (),
        ),
        (
            CAR_CLUB_BAYS,
            "car_club_bays",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Car club bays"),
            None,
            (),
        ),
        (
            DROPPED_KERBS,
            "dropped_kerbs",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Dropped kerbs"),
            None,
            (),
        ),
        (
            BUS_STOPS,
            "bus_stops",
            QT_TRANSLATE_NOOP("KerbsideEligibilityAlgorithm", "Bus stops"),
            None,
            (),
        ),
    )

    def name(self) -> str:
        return "kerbsideeligibility"

    def displayName(self) -> str:
        return self.tr("Kerbside eligibility")

    def group(self) -> str:
        return self.tr("Kerbside")

    def groupId(self) -> str:
        return "kerbside"

    def shortHelpString(self) -> str:
        reasons = "\n".join(f"{code}: {text}" for code, text in core.REASON_TEXT.items())
        chargers = "\n".join(
            f"{name}: {t.label} — footprint {t.unit_footprint_m:g} m, set-back "
            f"{t.setback_m:g} m, bay {t.bay_length_m:g} m × {t.bays_per_unit} bay(s)"
            + (", needs a lamp column" if t.needs_lamp_column else "")
            for name, t in core.CHARGER_TYPES.items()
        )
        distances = "\n".join(
            f"{parameter}: {default:g} m ({source})"
            for parameter, _, _, default, source in self.DISTANCES
        )
        return self.tr(
            "Splits every kerb into runs that can or cannot take an on-street chargepoint and "
            "its parking bay, and gives the reason for every metre ruled out, so each site can "
            "be defended at consultation. Input layers are never modified.\n\n"
            "KERBS: one line per kerb side (Kerbs from road centrelines makes them). Footway "
            "width comes from FOOTWAY_WIDTH_FIELD (null or negative = unknown, see "
            "UNKNOWN_FOOTWAY_POLICY) or is measured on FOOTWAYS polygons every TRANSECT_SPACING "
            "metres, narrowed by OBSTACLES. The chargepoint unit and its set-back are taken off "
            "the footway: what remains must be at least MIN_CLEAR_WIDTH (default {min_clear:g} "
            "m, the absolute minimum of Inclusive Mobility 2021; {preferred:g} m is preferred).\n\n"
            "RESTRICTIONS (points, lines or polygons) are classed by RESTRICTION_TYPE_FIELD: D-TRO "
            "regulationType values (e.g. kerbsideNoWaiting) and common OpenStreetMap / free-text "
            "values are mapped by default to excluded, allowed, or allowed only with a traffic "
            "order change (tro_change: limited waiting, permit and pay-and-display bays). Edit "
            "the mapping in RESTRICTION_MAPPING (rows: type, policy, optional reason code) or "
            'RESTRICTION_MAPPING_FILE (JSON {{"type": "policy" or ["policy", "CODE"]}}). '
            "Types not in the mapping are listed in a warning and treated per UNMAPPED_POLICY.\n\n"
            "Never taken: disabled badge holders' bays, cycle parking, car club bays, dropped "
            "kerbs, bus stops, crossings (each with a buffer), kerb within JUNCTION_SETBACK of a "
            "junction found on ROADS (nodes where three or more road ends meet). Lamp-column "
            "chargers need a column in LAMP_COLUMNS within LAMP_COLUMN_MAX_OFFSET of the kerb "
            "edge. Runs shorter than MIN_RUN_LENGTH (default: bay length × bays per unit) are "
            "RUN_TOO_SHORT.\n\n"
            "CHARGER_TYPE presets (override with UNIT_FOOTPRINT, UNIT_SETBACK, BAY_LENGTH, "
            "BAYS_PER_UNIT; bay 6.6 m as in council EV bay design guides, footprints are typical "
            "manufacturer sizes):\n{chargers}\n\n"
            "Distances (advanced parameters):\n{distances}\n\n"
            "OUTPUT fields: kerb_id, usrn, street, side, from_m, to_m (chainage along the kerb), "
            "length_m, status ('eligible', 'eligible_with_tro_change', 'ineligible'), eligible "
            "(true unless ineligible), reasons (codes, comma separated), reasons_text (the "
            "reasons in plain language), clear_width_m (narrowest footway width left for "
            "pedestrians beside the unit), max_bays (whole bays that fit, 0 when ineligible). "
            "The runs of a kerb partition it exactly.\n\n"
            "Numeric outputs: KERB_LENGTH, ELIGIBLE_LENGTH, TRO_CHANGE_LENGTH, EXCLUDED_LENGTH "
            "(each metre once), MAX_BAYS, LENGTH_M_<CODE> for every reason (a metre with two "
            "reasons counts under both), SUMMARY (JSON).\n\n"
            "Reason codes:\n{reasons}"
        ).format(
            min_clear=core.MIN_CLEAR_WIDTH_M,
            preferred=core.PREFERRED_CLEAR_WIDTH_M,
            chargers=chargers,
            distances=distances,
            reasons=reasons,
        )

    def initAlgorithm(self, config=None) -> None:
        any_geometry = [compat.SOURCE_ANY_GEOMETRY]
        self.add_layer(
            self.KERBS,
            self.tr("Kerbs (one line per kerb side)"),
            [compat.SOURCE_LINE],
            optional=False,
        )
        self.add_field(self.KERB_ID_FIELD, self.tr("Kerb id field"), self.KERBS, default="kerb_id")
        self.add_field(self.USRN_FIELD, self.tr("USRN field"), self.KERBS, default="usrn")
        self.add_field(
            self.STREET_FIELD, self.tr("Street name field"), self.KERBS, default="street"
        )
        self.add_field(self.SIDE_FIELD, self.tr("Side field"), self.KERBS, default="side")
        self.add_field(
            self.FOOTWAY_WIDTH_FIELD,
            self.tr("Footway width field (m)"),
            self.KERBS,
            kind=compat.FIELD_NUMERIC,
        )
        self.add_layer(self.FOOTWAYS, self.tr("Footway polygons"), [compat.SOURCE_POLYGON])
        self.add_layer(
            self.OBSTACLES,
            self.tr("Obstacles on the footway"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON],
        )
        self.add_field(
            self.OBSTACLE_SIZE_FIELD,
            self.tr("Obstacle footprint field (m)"),
            self.OBSTACLES,
            default="footprint_m",
            kind=compat.FIELD_NUMERIC,
            advanced=True,
        )
        self.add_layer(self.RESTRICTIONS, self.tr("Restrictions (TROs, markings)"), any_geometry)
        self.add_field(
            self.RESTRICTION_TYPE_FIELD,
            self.tr("Restriction type field"),
            self.RESTRICTIONS,
            default="regulation_type",
        )
        mapping = QgsProcessingParameterMatrix(
            self.RESTRICTION_MAPPING,
            self.tr("Restriction mapping (added to / overriding the defaults)"),
            numberRows=0,
            hasFixedNumberRows=False,
            headers=[
                self.tr("Restriction type"),
                self.tr("Policy (excluded / allowed / " "tro_change)"),
                self.tr("Reason code (optional)"),
            ],
            optional=True,
        )
        self.addParameter(mapping)
        self.add_file(
            self.RESTRICTION_MAPPING_FILE,
            self.tr("Restriction mapping file (JSON)"),
            extension="json",
            optional=True,
            advanced=True,
        )
        self.add_enum(
            self.UNMAPPED_POLICY,
            self.tr("Restriction types not in the mapping are"),
            [self.tr("Excluded"), self.tr("Allowed"), self.tr("Allowed with a TRO change")],
        )
        for name, _, label, _, _ in self.OPTIONAL_LAYERS:
            self.add_layer(name, self.tr(label), any_geometry)
        self.add_layer(self.CROSSINGS, self.tr("Pedestrian crossings"), any_geometry)
        self.add_field(
            self.CROSSING_KIND_FIELD,
            self.tr("Crossing kind field (zebra, " "signalised, uncontrolled…)"),
            self.CROSSINGS,
            default="kind",
            advanced=True,
        )
        self.add_layer(
            self.ROADS, self.tr("Road centrelines (for junctions)"), [compat.SOURCE_LINE]
        )
        self.add_layer(self.LAMP_COLUMNS, self.tr("Lamp columns"), [compat.SOURCE_POINT])
        self.add_enum(
            self.CHARGER_TYPE,
            self.tr("Charger type"),
            charger_labels(CHARGER_TYPE_NAMES),
            default=CHARGER_TYPE_NAMES.index(core.DEFAULT_CHARGER_TYPE),
        )
        for name, label in (
            (
                self.UNIT_FOOTPRINT,
                self.tr("Unit footprint across the footway (m; empty = " "preset)"),
            ),
            (self.UNIT_SETBACK, self.tr("Unit set-back from the kerb edge (m; empty = preset)")),
            (self.BAY_LENGTH, self.tr("Bay length (m; empty = preset)")),
            (self.BAYS_PER_UNIT, self.tr("Bays per unit (empty = preset)")),
            (
                self.MIN_RUN_LENGTH,
                self.tr("Minimum run length (m; empty = bay length × " "bays per unit)"),
            ),
        ):
            self.add_number(name, label, None, minimum=0.0, optional=True, advanced=True)
        self.add_number(
            self.MIN_CLEAR_WIDTH,
            self.tr("Minimum clear footway width (m)"),
            core.MIN_CLEAR_WIDTH_M,
            minimum=0.0,
        )
        self.add_enum(
            self.UNKNOWN_FOOTWAY_POLICY,
            self.tr("Kerbs whose footway width is unknown are"),
            [self.tr("Excluded (FOOTWAY_WIDTH_UNKNOWN)"), self.tr("Allowed")],
        )
        for name, _, label, default, _ in self.DISTANCES:
            advanced = name != self.JUNCTION_SETBACK
            self.add_number(name, self.tr(label), default, minimum=0.0, advanced=advanced)
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Kerbside eligibility"), compat.SOURCE_LINE)
        for name, label in (
            (self.KERB_LENGTH, self.tr("Kerb length (m)")),
            (self.ELIGIBLE_LENGTH, self.tr("Eligible length (m)")),
            (self.TRO_CHANGE_LENGTH, self.tr("Eligible with a TRO change (m)")),
            (self.EXCLUDED_LENGTH, self.tr("Excluded length (m)")),
            (self.MAX_BAYS, self.tr("Bays that fit")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        for code in core.REASON_CODES:
            self.addOutput(
                QgsProcessingOutputNumber(
                    f"LENGTH_M_{code}", self.tr("Length with reason {code} (m)").format(code=code)
                )
            )
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary (JSON)")))

    def restriction_mapping(self, parameters, context) -> dict:
        """User mapping from the file, then the matrix rows (the matrix wins)."""
        mapping: dict = {}
        path = self.parameterAsFile(parameters, self.RESTRICTION_MAPPING_FILE, context)
        if path:
            try:
                with open(path, encoding="utf-8") as handle:
                    loaded = json.load(handle)
            except (OSError, ValueError) as error:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "RESTRICTION_MAPPING_FILE {path} could not be read as JSON: {error}",
                        ),
                        path=path,
                        error=str(error),
                    )
                ) from error
            if not isinstance(loaded, dict):
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "RESTRICTION_MAPPING_FILE {path} must hold a JSON object "
                            '{{"type": "policy"}} or {{"type": ["policy", "CODE"]}}.',
                        ),
                        path=path,
                    )
                )
            mapping.update(loaded)
        cells = [
            "" if python_value(c) is None else str(c).strip()
            for c in self.parameterAsMatrix(parameters, self.RESTRICTION_MAPPING, context)
        ]
        if not any(cells):  # QGIS 3.22 gives [''] for an empty matrix
            cells = []
        if len(cells) % 3:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "RESTRICTION_MAPPING needs three values per row (type, policy, reason "
                        "code or empty); got {count} values.",
                    ),
                    count=len(cells),
                )
            )
        for row in range(0, len(cells), 3):
            kind, policy, code = cells[row : row + 3]
            if not kind:
                continue
            mapping[kind] = (policy, code) if code else policy
        return mapping

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        kerb_fields = self.parameterAsSource(parameters, self.KERBS, context).fields().names()
        chosen = {
            key: self.field_name(parameters, key, context, kerb_fields)
            for key in (
                self.KERB_ID_FIELD,
                self.USRN_FIELD,
                self.STREET_FIELD,
                self.SIDE_FIELD,
                self.FOOTWAY_WIDTH_FIELD,
            )
        }
        kerbs = self.source_gdf(
            parameters,
            self.KERBS,
            context,
            crs,
            feedback,
            attributes=[f for f in chosen.values() if f],
            required=True,
        )
        feedback.check_canceled()

        def layer_with_field(layer, field_parameter):
            source = self.parameterAsSource(parameters, layer, context)
            if source is None:
                return None, None
            field = self.field_name(parameters, field_parameter, context, source.fields().names())
            return self.source_gdf(
                parameters, layer, context, crs, feedback, attributes=[field]
            ), field

        restrictions, type_field = layer_with_field(self.RESTRICTIONS, self.RESTRICTION_TYPE_FIELD)
        if restrictions is not None and type_field is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "RESTRICTIONS is given but RESTRICTION_TYPE_FIELD is not a field of it; "
                        "choose the field holding the restriction type (e.g. regulation_type).",
                    )
                )
            )
        obstacles, size_field = layer_with_field(self.OBSTACLES, self.OBSTACLE_SIZE_FIELD)
        crossings, kind_field = layer_with_field(self.CROSSINGS, self.CROSSING_KIND_FIELD)
        layers = {
            keyword: self.source_gdf(parameters, name, context, crs, feedback, attributes=[])
            for name, keyword, _, _, _ in self.OPTIONAL_LAYERS
        }
        for name, keyword in (
            (self.FOOTWAYS, "footways"),
            (self.ROADS, "roads"),
            (self.LAMP_COLUMNS, "lamp_columns"),
        ):
            layers[keyword] = self.source_gdf(
                parameters, name, context, crs, feedback, attributes=[]
            )
        distances = {
            keyword: self.parameterAsDouble(parameters, name, context)
            for name, keyword, _, _, _ in self.DISTANCES
        }
        bays_per_unit = self.optional_number(parameters, self.BAYS_PER_UNIT, context)
        result = core.assess_kerbside_eligibility(
            kerbs,
            footway_width_field=chosen[self.FOOTWAY_WIDTH_FIELD],
            obstacles=obstacles,
            obstacle_size_field=size_field,
            restrictions=restrictions,
            restriction_type_field=type_field or "regulation_type",
            restriction_mapping=self.restriction_mapping(parameters, context),
            unmapped_restriction_policy=POLICIES[
                self.parameterAsEnum(parameters, self.UNMAPPED_POLICY, context)
            ],
            crossings=crossings,
            crossing_kind_field=kind_field,
            charger_type=CHARGER_TYPE_NAMES[
                self.parameterAsEnum(parameters, self.CHARGER_TYPE, context)
            ],
            unit_footprint=self.optional_number(parameters, self.UNIT_FOOTPRINT, context),
            unit_setback=self.optional_number(parameters, self.UNIT_SETBACK, context),
            bay_length=self.optional_number(parameters, self.BAY_LENGTH, context),
            bays_per_unit=None if bays_per_unit is None else int(bays_per_unit),
            min_clear_width=self.parameterAsDouble(parameters, self.MIN_CLEAR_WIDTH, context),
            min_run_length=self.optional_number(parameters, self.MIN_RUN_LENGTH, context),
            unknown_footway_width_policy=FOOTWAY_POLICIES[
                self.parameterAsEnum(parameters, self.UNKNOWN_FOOTWAY_POLICY, context)
            ],
            kerb_id_field=chosen[self.KERB_ID_FIELD],
            usrn_field=chosen[self.USRN_FIELD],
            street_field=chosen[self.STREET_FIELD],
            side_field=chosen[self.SIDE_FIELD],
            feedback=feedback,
            **layers,
            **distances,
        )
        summary = result.summary
        runs = result.runs
        runs.insert(
            runs.columns.get_loc("reasons") + 1,
            "reasons_text",
            runs["reasons"].map({r: translated_reasons(r) for r in runs["reasons"].unique()}),
        )
        feedback.info(
            self.tr(
                "{kerb:.0f} m of kerb: {eligible:.0f} m eligible, {tro:.0f} m eligible with a "
                "TRO change, {excluded:.0f} m excluded; {bays} bay(s) fit."
            ).format(
                kerb=summary["kerb_length_m"],
                eligible=summary["eligible_length_m"],
                tro=summary["tro_change_length_m"],
                excluded=summary["excluded_length_m"],
                bays=summary["max_bays"],
            )
        )
        output = self.write_output(
            parameters,
            self.OUTPUT,
            context,
            runs,
            compat.WKB_LINESTRING,
            crs,
            feedback,
            style="kerbside_eligibility",
        )
        by_reason = {**summary["excluded_m_by_reason"], **summary["tro_change_m_by_reason"]}
        results = {
            self.OUTPUT: output,
            self.KERB_LENGTH: summary["kerb_length_m"],
            self.ELIGIBLE_LENGTH: summary["eligible_length_m"],
            self.TRO_CHANGE_LENGTH: summary["tro_change_length_m"],
            self.EXCLUDED_LENGTH: summary["excluded_length_m"],
            self.MAX_BAYS: summary["max_bays"],
            self.SUMMARY: json.dumps(summary, default=str),
        }
        for code in core.REASON_CODES:
            results[f"LENGTH_M_{code}"] = by_reason.get(code, 0.0)
        return results
