"""evplanner:scoresites — score candidate sites 0-100 on weighted, explainable criteria."""

from __future__ import annotations

import json
import re
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
)

from ...core.errors import ParameterError, SourceFormatError
from ...core.scoring import (
    CRITERIA,
    DEFAULT_MISSING_NORMALISED,
    DEFAULT_PRESET,
    DEFAULT_THRESHOLDS,
    FLOOD_POLICIES,
    ScoringPreset,
    default_preset_file,
    load_presets,
    resolve_settings,
    save_user_preset,
    score_sites,
)
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...toolbelt import compat
from ...toolbelt.log import log
from ..base import EvPlannerAlgorithm
from ._shared import (
    field_choice,
    jsonable,
    multi_wkb_type,
    parse_json_object,
    read_layer,
    score_style,
)

FLOOD_CHOICES = (None, *FLOOD_POLICIES)  # None: the preset's policy
_PRESET_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_ .-]{0,63}")


def user_presets_file() -> Path:
    """The user's own scoring presets: <QGIS settings dir>/ev_planner/scoring_presets.json."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "ev_planner" / "scoring_presets.json"


def built_in_presets() -> dict[str, ScoringPreset]:
    return load_presets(default_preset_file())


def user_presets(strict: bool = False) -> dict[str, ScoringPreset]:
    """Presets saved by the user (empty when there is no file; a broken file is an error only
    when ``strict``, else it is logged and skipped)."""
    path = user_presets_file()
    if not path.is_file():
        return {}
    try:
        return load_presets(path)
    except SourceFormatError as error:
        if strict:
            raise
        log(
            Message(
                QT_TRANSLATE_NOOP("Messages", "User scoring presets not loaded: {error}"),
                error=getattr(error, "message", str(error)),
            ),
            "warning",
        )
        return {}


def all_presets(strict: bool = False) -> dict[str, ScoringPreset]:
    """Built-in presets first, then the user's (a user preset never replaces a built-in)."""
    presets = built_in_presets()
    for name, preset in user_presets(strict).items():
        presets.setdefault(name, preset)
    return presets


class ScoreSitesAlgorithm(EvPlannerAlgorithm):
    CANDIDATES = "CANDIDATES"
    HOMES = "HOMES"
    HOMES_WEIGHT_FIELD = "HOMES_WEIGHT_FIELD"
    HOMES_OFFSTREET_FIELD = "HOMES_OFFSTREET_FIELD"
    AREAS = "AREAS"
    NO_OFFSTREET_FIELD = "NO_OFFSTREET_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    IMD_FIELD = "IMD_FIELD"
    RUC_CODE_FIELD = "RUC_CODE_FIELD"
    RUC_CLASS_FIELD = "RUC_CLASS_FIELD"
    FORECAST_FIELD = "FORECAST_FIELD"
    CHARGEPOINTS = "CHARGEPOINTS"
    ROADS = "ROADS"
    SURVEY = "SURVEY"
    SUBSTATIONS = "SUBSTATIONS"
    HEADROOM_FIELD = "HEADROOM_FIELD"
    FLOOD_ZONES = "FLOOD_ZONES"
    FLOOD_POLICY = "FLOOD_POLICY"
    COUNCIL_LAND = "COUNCIL_LAND"
    PRESET = "PRESET"
    WEIGHTS = "WEIGHTS"
    THRESHOLDS = "THRESHOLDS"
    MISSING_VALUE = "MISSING_VALUE"
    SAVE_PRESET_AS = "SAVE_PRESET_AS"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    EFFECTIVE_WEIGHTS = "EFFECTIVE_WEIGHTS"
    SAVED_PRESET_FILE = "SAVED_PRESET_FILE"
    CANDIDATE_COUNT = "CANDIDATE_COUNT"
    EXCLUDED_COUNT = "EXCLUDED_COUNT"

    def name(self) -> str:
        return "scoresites"

    def displayName(self) -> str:
        return self.tr("Score candidate sites")

    def group(self) -> str:
        return self.tr("Demand and scoring")

    def groupId(self) -> str:
        return "demandandscoring"

    def shortHelpString(self) -> str:
        help_text = self.tr(
            "Scores every candidate site 0-100 on weighted criteria, keeping each raw value and "
            "each criterion's contribution so the choice can be explained.\n\n"
            "CANDIDATES: eligible kerb runs or any point, line or polygon layer; distances are "
            "measured from a representative point (the middle of a line).\n"
            "Criteria (raw field -> 0-1):\n"
            "- demand (raw_demand_homes): households without off-street parking within the "
            "catchment (catchment_radius_m, default {catchment} m): HOMES points (each "
            "HOMES_WEIGHT_FIELD households, homes with a true HOMES_OFFSTREET_FIELD, default "
            "has_offstreet_parking, left out), else the areas' NO_OFFSTREET_FIELD (default "
            "households_no_offstreet) of the AREAS polygons spread over each area; full marks "
            "at demand_full "
            "({demand_full}).\n"
            "- population (raw_population): the areas' POPULATION_FIELD within the catchment.\n"
            "- gap (raw_nearest_cp_m): walking distance to the nearest of CHARGEPOINTS, along "
            "ROADS when given; full marks at gap_full_m ({gap} m) or when none is reachable.\n"
            "- survey (raw_survey_count): SURVEY suggestions within survey_radius_m "
            "({survey_radius} m); full marks at survey_full ({survey_full}).\n"
            "- forecast (raw_forecast_shortfall): the area's FORECAST_FIELD (e.g. shortfall "
            "from Forecast EV demand).\n"
            "- headroom (raw_headroom_kva) and connection (raw_substation_m): HEADROOM_FIELD "
            "(default headroom_kva) at the nearest of SUBSTATIONS and the distance to it.\n"
            "- deprivation (raw_imd_decile): IMD_FIELD (default imd_decile), decile 1 = 1.\n"
            "- rurality (raw_ruc_code): RUC_CODE_FIELD (default ruc_code) or RUC_CLASS_FIELD "
            "(default ruc_class), urban 0 ... village 1.\n"
            "- flood (raw_flood_zone): touching FLOOD_ZONES; FLOOD_POLICY exclude (site "
            "excluded) or penalise (1 - raw), default the preset's.\n"
            "- land (raw_council_land): on COUNCIL_LAND (council land or adopted highway).\n"
            "A criterion without input is left out and the other weights rescaled (warned); "
            "a missing value for one candidate counts as MISSING_VALUE (default {missing}). "
            "Area fields left at their default are simply not used when the areas lack them.\n\n"
            "PRESET: named weights, thresholds and flood policy from the plugin's presets file "
            "and the user's own (saved with SAVE_PRESET_AS). WEIGHTS (optional) overrides "
            'weights: JSON {{"demand": 3, "gap": 2}} or the short form demand:3,gap:2; '
            "weights are relative. THRESHOLDS (advanced) overrides thresholds the same way "
            "(catchment_radius_m, demand_full, population_full, gap_full_m, survey_radius_m, "
            "survey_full, forecast_full, headroom_full_kva, connection_worst_m). "
            "SAVE_PRESET_AS (optional name): saves the preset's weights with your overrides, "
            "thresholds and flood policy to the user presets file "
            "(<QGIS settings folder>/ev_planner/scoring_presets.json); it then appears in "
            "PRESET (SAVED_PRESET_FILE gives the file). A built-in name cannot be replaced.\n"
            "TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in "
            "(default EPSG:27700); inputs are reprojected to it.\n"
            "\n"
            "OUTPUT: the candidates with raw_<criterion> fields, c_<criterion> contributions "
            "(100 x rescaled weight x normalised value; they add up to the score), score "
            "(0-100), rank (1 = best; ties by input order; excluded last), excluded, "
            "exclusion_reason (FLOOD_ZONE, NO_GEOMETRY or empty) and score_preset; styled by "
            "score. EFFECTIVE_WEIGHTS: the rescaled weights used (JSON); CANDIDATE_COUNT and "
            "EXCLUDED_COUNT."
        ).format(
            catchment=f"{DEFAULT_THRESHOLDS['catchment_radius_m']:g}",
            demand_full=f"{DEFAULT_THRESHOLDS['demand_full']:g}",
            gap=f"{DEFAULT_THRESHOLDS['gap_full_m']:g}",
            survey_radius=f"{DEFAULT_THRESHOLDS['survey_radius_m']:g}",
            survey_full=f"{DEFAULT_THRESHOLDS['survey_full']:g}",
            missing=f"{DEFAULT_MISSING_NORMALISED:g}",
        )
        try:
            presets = all_presets()
        except SourceFormatError as error:
            return help_text + "\n\n" + str(error)
        lines = [
            f"- {name}: {preset.label}. {preset.description}" for name, preset in presets.items()
        ]
        return help_text + "\n\n" + self.tr("Presets:") + "\n" + "\n".join(lines)

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.CANDIDATES,
            self.tr("Candidate sites (e.g. eligible kerb runs)"),
            [compat.SOURCE_ANY_GEOMETRY],
            optional=False,
        )
        layers = (
            (self.HOMES, self.tr("Homes (address points)"), compat.SOURCE_POINT),
            (self.AREAS, self.tr("Areas with census, IMD and RUC fields"), compat.SOURCE_POLYGON),
            (self.CHARGEPOINTS, self.tr("Existing public chargepoints"), compat.SOURCE_POINT),
            (self.ROADS, self.tr("Road network for walking distances"), compat.SOURCE_LINE),
            (self.SURVEY, self.tr("Residents' survey suggestions"), compat.SOURCE_POINT),
            (self.SUBSTATIONS, self.tr("Substations"), compat.SOURCE_POINT),
            (self.FLOOD_ZONES, self.tr("Flood zones"), compat.SOURCE_POLYGON),
            (
                self.COUNCIL_LAND,
                self.tr("Council land or adopted highway"),
                compat.SOURCE_POLYGON,
            ),
        )
        fields = {
            self.HOMES: (
                (self.HOMES_WEIGHT_FIELD, self.tr("Households per home point"), None),
                (
                    self.HOMES_OFFSTREET_FIELD,
                    self.tr("Field marking homes with off-street parking (left out)"),
                    "has_offstreet_parking",
                ),
            ),
            self.AREAS: (
                (
                    self.NO_OFFSTREET_FIELD,
                    self.tr("Households without off-street parking"),
                    "households_no_offstreet",
                ),
                (self.POPULATION_FIELD, self.tr("Population"), "population"),
                (self.IMD_FIELD, self.tr("IMD decile"), "imd_decile"),
                (self.RUC_CODE_FIELD, self.tr("Rural-urban classification code"), "ruc_code"),
                (self.RUC_CLASS_FIELD, self.tr("Rural-urban classification text"), "ruc_class"),
                (self.FORECAST_FIELD, self.tr("Forecast chargepoint shortfall"), None),
            ),
            self.SUBSTATIONS: (
                (self.HEADROOM_FIELD, self.tr("Substation headroom (kVA)"), "headroom_kva"),
            ),
        }
        for name, label, source_type in layers:
            self.add_layer(name, label, [source_type])
            for field_name, field_label, default in fields.get(name, ()):
                self.add_field(field_name, field_label, name, default=default)
        self.add_enum(
            self.FLOOD_POLICY,
            self.tr("Sites in a flood zone"),
            [
                self.tr("As in the preset"),
                self.tr("Exclude"),
                self.tr("Penalise (flood criterion)"),
            ],
        )
        try:
            names = list(all_presets())
        except SourceFormatError as error:
            log(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Scoring presets not loaded: {error}"),
                    error=getattr(error, "message", str(error)),
                ),
                "warning",
            )
            names = [DEFAULT_PRESET]
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PRESET,
                self.tr("Scoring preset"),
                names,
                defaultValue=DEFAULT_PRESET if DEFAULT_PRESET in names else names[0],
                usesStaticStrings=True,
            )
        )
        self.add_string(
            self.WEIGHTS, self.tr('Weight overrides (JSON, e.g. {"demand": 3})'), optional=True
        )
        self.add_string(
            self.THRESHOLDS,
            self.tr('Threshold overrides (JSON, e.g. {"catchment_radius_m": 250})'),
            optional=True,
            advanced=True,
        )
        self.add_number(
            self.MISSING_VALUE,
            self.tr("Value of a criterion unknown for a candidate (0-1)"),
            DEFAULT_MISSING_NORMALISED,
            minimum=0.0,
            maximum=1.0,
            advanced=True,
        )
        self.add_string(
            self.SAVE_PRESET_AS,
            self.tr("Save these settings as a user preset named"),
            optional=True,
        )
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Scored sites"), compat.SOURCE_ANY_GEOMETRY)
        self.addOutput(
            QgsProcessingOutputString(self.EFFECTIVE_WEIGHTS, self.tr("Weights used (JSON)"))
        )
        self.addOutput(
            QgsProcessingOutputString(self.SAVED_PRESET_FILE, self.tr("User preset file"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.CANDIDATE_COUNT, self.tr("Candidates")))
        self.addOutput(QgsProcessingOutputNumber(self.EXCLUDED_COUNT, self.tr("Excluded")))

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        preset_name = self.parameterAsEnumString(parameters, self.PRESET, context)
        presets = all_presets(strict=True)
        if preset_name not in presets:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Unknown scoring preset '{preset}'; available: {presets}."
                    ),
                    preset=preset_name,
                    presets=", ".join(presets),
                )
            )
        weights = parse_json_object(
            self.parameterAsString(parameters, self.WEIGHTS, context),
            self.WEIGHTS,
            '{"demand": 3, "gap": 2}',
            "demand:3,gap:2",
        )
        thresholds = parse_json_object(
            self.parameterAsString(parameters, self.THRESHOLDS, context),
            self.THRESHOLDS,
            '{"catchment_radius_m": 250}',
            "catchment_radius_m:250",
        )
        flood_policy = FLOOD_CHOICES[self.parameterAsEnum(parameters, self.FLOOD_POLICY, context)]
        # the settings as chosen (before criteria without input are left out): what is saved
        base_name, merged_weights, merged_thresholds, policy = resolve_settings(
            presets[preset_name], None, weights, thresholds, flood_policy
        )
        save_as = (self.parameterAsString(parameters, self.SAVE_PRESET_AS, context) or "").strip()
        if save_as:
            if not _PRESET_NAME.fullmatch(save_as):
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "SAVE_PRESET_AS: '{name}' is not a usable preset name; use up to 64 "
                            "letters, digits, spaces, '_', '-' or '.', starting with a letter or "
                            "digit.",
                        ),
                        name=save_as,
                    )
                )
            if save_as in built_in_presets():
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "SAVE_PRESET_AS: '{name}' is a built-in preset and cannot be "
                            "replaced; choose another name.",
                        ),
                        name=save_as,
                    )
                )

        def read(name, required=False):
            return read_layer(self, parameters, name, context, crs, feedback, required)

        def field(name, layer):
            return field_choice(self, parameters, name, context, layer, feedback)

        candidates = read(self.CANDIDATES, required=True)
        homes = read(self.HOMES)
        areas = read(self.AREAS)
        chargepoints = read(self.CHARGEPOINTS)
        roads = read(self.ROADS)
        survey = read(self.SURVEY)
        substations = read(self.SUBSTATIONS)
        flood_zones = read(self.FLOOD_ZONES)
        council_land = read(self.COUNCIL_LAND)

        def gdf(layer):
            return None if layer is None else layer.gdf

        scored = score_sites(
            candidates.gdf,
            homes=gdf(homes),
            homes_weight_field=field(self.HOMES_WEIGHT_FIELD, homes),
            homes_offstreet_field=field(self.HOMES_OFFSTREET_FIELD, homes),
            areas=gdf(areas),
            no_offstreet_field=field(self.NO_OFFSTREET_FIELD, areas),
            population_field=field(self.POPULATION_FIELD, areas),
            imd_field=field(self.IMD_FIELD, areas),
            ruc_code_field=field(self.RUC_CODE_FIELD, areas),
            ruc_class_field=field(self.RUC_CLASS_FIELD, areas),
            forecast_field=field(self.FORECAST_FIELD, areas),
            chargepoints=gdf(chargepoints),
            roads=gdf(roads),
            survey=gdf(survey),
            substations=gdf(substations),
            headroom_field=field(self.HEADROOM_FIELD, substations),
            flood_zones=gdf(flood_zones),
            council_land=gdf(council_land),
            preset=presets[preset_name],
            weights=weights,
            thresholds=thresholds,
            flood_policy=flood_policy,
            missing_value=self.parameterAsDouble(parameters, self.MISSING_VALUE, context),
            feedback=feedback,
        )
        feedback.check_canceled()
        effective = {c: round(w, 6) for c, w in scored.attrs["effective_weights"].items() if w}
        outputs = {
            self.OUTPUT: self.write_output(
                parameters,
                self.OUTPUT,
                context,
                scored,
                multi_wkb_type(candidates.wkb_type),
                crs,
                feedback,
                style=score_style(candidates.wkb_type),
            ),
            self.EFFECTIVE_WEIGHTS: json.dumps(jsonable(effective)),
            self.CANDIDATE_COUNT: len(scored),
            self.EXCLUDED_COUNT: int(scored["excluded"].sum()),
            self.SAVED_PRESET_FILE: "",
        }
        if save_as:
            changed = {k: v for k, v in merged_thresholds.items() if DEFAULT_THRESHOLDS.get(k) != v}
            preset = ScoringPreset(
                name=save_as,
                weights={c: merged_weights[c] for c in CRITERIA},
                thresholds=changed,
                flood_policy=policy,
                label=save_as,
                description=(
                    f"Saved by Score candidate sites from preset '{base_name}'"
                    + (f" with weights {json.dumps(weights)}" if weights else "")
                    + (f" and thresholds {json.dumps(thresholds)}" if thresholds else "")
                    + "."
                ),
            )
            path = save_user_preset(user_presets_file(), preset)
            feedback.info(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Scoring preset '{name}' saved to {path}."),
                    name=save_as,
                    path=path,
                )
            )
            outputs[self.SAVED_PRESET_FILE] = str(path)
        return outputs
