"""evplanner:selectsites — the delivery-plan shortlist from scored candidate sites."""

from __future__ import annotations

import json

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
)

from ...core.errors import InputDataError, ParameterError
from ...core.network import point_area_rows
from ...core.selection import (
    DEFAULT_CHARGER_TYPE,
    DEFAULT_COST_BY_CHARGER_TYPE,
    DEFAULT_MIN_SPACING_M,
    select_sites,
)
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm
from ._shared import (
    chosen_fields,
    field_choice,
    format_number_map,
    jsonable,
    multi_wkb_type,
    optional_number,
    parse_number_map,
    parse_quotas,
    read_layer,
    score_style,
)


class SelectSitesAlgorithm(EvPlannerAlgorithm):
    INPUT = "INPUT"
    SCORE_FIELD = "SCORE_FIELD"
    N = "N"
    BUDGET = "BUDGET"
    COST_BY_CHARGER_TYPE = "COST_BY_CHARGER_TYPE"
    CHARGER_TYPE_FIELD = "CHARGER_TYPE_FIELD"
    DEFAULT_CHARGER_TYPE = "DEFAULT_CHARGER_TYPE"
    MIN_SPACING = "MIN_SPACING"
    MIN_RURAL_SHARE = "MIN_RURAL_SHARE"
    RURAL_FIELD = "RURAL_FIELD"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    DISTRICT_AREAS = "DISTRICT_AREAS"
    DISTRICT_AREAS_FIELD = "DISTRICT_AREAS_FIELD"
    DISTRICT_QUOTAS = "DISTRICT_QUOTAS"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    SELECTED_COUNT = "SELECTED_COUNT"
    TOTAL_COST = "TOTAL_COST"
    TOTAL_SCORE = "TOTAL_SCORE"
    UNMET_COUNT = "UNMET_COUNT"

    def name(self) -> str:
        return "selectsites"

    def displayName(self) -> str:
        return self.tr("Select sites for the delivery plan")

    def group(self) -> str:
        return self.tr("Demand and scoring")

    def groupId(self) -> str:
        return "demandandscoring"

    def shortHelpString(self) -> str:
        return self.tr(
            "Chooses the shortlist of the delivery plan from scored candidate sites (INPUT, from "
            "Score candidate sites): N sites, or as many as BUDGET allows, or both, highest "
            "SCORE_FIELD (default score) first, deterministically (ties by input order). "
            "Excluded sites (excluded = true) and sites without a score are never chosen.\n\n"
            "Constraints:\n"
            "- MIN_SPACING: chosen sites are at least this far apart (default {spacing} m, "
            "half the 400 m walking catchment).\n"
            "- BUDGET with COST_BY_CHARGER_TYPE ('type:cost' pairs, default {costs}: indicative "
            "installed costs in GBP per site; use your framework prices); each candidate's type "
            "from CHARGER_TYPE_FIELD (default charger_type; DEFAULT_CHARGER_TYPE, default "
            "{default_type}, when empty or absent).\n"
            "- MIN_RURAL_SHARE (0-1): at least this share of chosen sites rural; rural from "
            "RURAL_FIELD (true/false or an ONS RUC code), else the candidates' is_rural or "
            "raw_ruc_code field.\n"
            "- DISTRICT_QUOTAS: 'district:count' (exactly), 'district:min-max', 'district:min-' "
            "or 'district:-max', separated by commas (semicolons when a name contains a comma), "
            "e.g. 'Ashby Parva:5,Little Weldon:2-4'. The district of a candidate is "
            "DISTRICT_FIELD (default district) or, when DISTRICT_AREAS is given, the "
            "DISTRICT_AREAS_FIELD (default district) of the area it lies in (written to the "
            "district field of the output).\n"
            "Minimums (district quotas, rural share) are met first with the best feasible "
            "sites; then the best remaining sites are taken. A minimum that cannot be met is "
            "reported as a warning and in SUMMARY, never hidden.\n"
            "TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in "
            "(default EPSG:27700); inputs are reprojected to it.\n"
            "\n"
            "OUTPUT: the chosen sites in selection order with their fields and "
            "selection_order (1 = first), selection_reason (TOP_SCORE, DISTRICT_QUOTA, "
            "RURAL_SHARE), selection_note (why, in words), site_cost, cumulative_cost, "
            "is_rural. SUMMARY (JSON): selected, total_score, total_cost, budget, budget_left, "
            "rural, rural_share, rural_target, by_district, stopped_by (N, BUDGET, "
            "NO_FEASIBLE_SITE), binding, skipped (SPACING, BUDGET, DISTRICT_MAX, RURAL_SHARE: "
            "sites scoring at least as high as the last chosen one that a constraint ruled "
            "out), unmet, candidates, usable. SELECTED_COUNT, TOTAL_COST, TOTAL_SCORE and "
            "UNMET_COUNT (minimums not met) repeat the main figures."
        ).format(
            spacing=f"{DEFAULT_MIN_SPACING_M:g}",
            costs=format_number_map(DEFAULT_COST_BY_CHARGER_TYPE),
            default_type=DEFAULT_CHARGER_TYPE,
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.INPUT,
            self.tr("Scored candidate sites"),
            [compat.SOURCE_ANY_GEOMETRY],
            optional=False,
        )
        # optional, yet required in process(): QGIS 3.22 ignores a required default
        self.add_field(
            self.SCORE_FIELD,
            self.tr("Score field"),
            self.INPUT,
            default="score",
            kind=compat.FIELD_NUMERIC,
        )
        self.add_number(
            self.N,
            self.tr("Number of sites to choose"),
            None,
            minimum=0,
            integer=True,
            optional=True,
        )
        self.add_number(self.BUDGET, self.tr("Budget (GBP)"), None, minimum=0.0, optional=True)
        self.add_string(
            self.COST_BY_CHARGER_TYPE,
            self.tr("Cost per site by charger type (type:cost,...)"),
            format_number_map(DEFAULT_COST_BY_CHARGER_TYPE),
        )
        self.add_field(
            self.CHARGER_TYPE_FIELD,
            self.tr("Charger type field"),
            self.INPUT,
            default="charger_type",
        )
        self.add_string(
            self.DEFAULT_CHARGER_TYPE,
            self.tr("Charger type when the field is empty"),
            DEFAULT_CHARGER_TYPE,
            advanced=True,
        )
        self.add_number(
            self.MIN_SPACING,
            self.tr("Minimum spacing between chosen sites (m)"),
            DEFAULT_MIN_SPACING_M,
            minimum=0.0,
        )
        self.add_number(
            self.MIN_RURAL_SHARE,
            self.tr("Minimum share of rural sites (0-1)"),
            0.0,
            minimum=0.0,
            maximum=1.0,
        )
        self.add_field(
            self.RURAL_FIELD, self.tr("Rural field (true/false or RUC code)"), self.INPUT
        )
        self.add_field(
            self.DISTRICT_FIELD, self.tr("District field"), self.INPUT, default="district"
        )
        self.add_layer(
            self.DISTRICT_AREAS,
            self.tr("Or take the district from these areas"),
            [compat.SOURCE_POLYGON],
        )
        self.add_field(
            self.DISTRICT_AREAS_FIELD,
            self.tr("District field of the areas"),
            self.DISTRICT_AREAS,
            default="district",
        )
        self.add_string(
            self.DISTRICT_QUOTAS,
            self.tr("District quotas (e.g. Ashby Parva:5,Little Weldon:2-4)"),
            optional=True,
        )
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Shortlisted sites"), compat.SOURCE_ANY_GEOMETRY)
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary (JSON)")))
        for name, label in (
            (self.SELECTED_COUNT, self.tr("Sites chosen")),
            (self.TOTAL_COST, self.tr("Total cost")),
            (self.TOTAL_SCORE, self.tr("Total score")),
            (self.UNMET_COUNT, self.tr("Constraints not met")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        n = optional_number(self, parameters, self.N, context, integer=True)
        budget = optional_number(self, parameters, self.BUDGET, context)
        if n is None and budget is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Give the number of sites to choose (N), a budget (BUDGET), or both.",
                    )
                )
            )
        costs = parse_number_map(
            self.parameterAsString(parameters, self.COST_BY_CHARGER_TYPE, context),
            self.COST_BY_CHARGER_TYPE,
            format_number_map(DEFAULT_COST_BY_CHARGER_TYPE),
            lower_keys=True,
        ) or dict(DEFAULT_COST_BY_CHARGER_TYPE)
        quotas = parse_quotas(self.parameterAsString(parameters, self.DISTRICT_QUOTAS, context))

        candidates = read_layer(self, parameters, self.INPUT, context, crs, feedback, True)
        areas = read_layer(self, parameters, self.DISTRICT_AREAS, context, crs, feedback)

        def field(name, layer=candidates, required=False):
            return field_choice(self, parameters, name, context, layer, feedback, required)

        score_field = field(self.SCORE_FIELD, required=True)
        charger_field = field(self.CHARGER_TYPE_FIELD)
        rural_field = field(self.RURAL_FIELD)
        scored = candidates.gdf
        if areas is not None:
            area_field = field(self.DISTRICT_AREAS_FIELD, areas, required=True)
            chosen = chosen_fields(self, parameters, self.DISTRICT_FIELD, context)
            district_field = chosen[0] if chosen else "district"
            rows = point_area_rows(areas.gdf, scored)
            names = areas.gdf[area_field].to_numpy(object)
            scored = scored.copy()
            scored[district_field] = np.where(rows >= 0, names[np.maximum(rows, 0)], None)
            outside = int((rows < 0).sum())
            if outside:
                feedback.warn(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{count} candidate(s) lie outside every area of '{layer}' and have no "
                            "district.",
                        ),
                        count=outside,
                        layer=areas.label,
                    )
                )
        else:
            district_field = field(self.DISTRICT_FIELD)
        if quotas and district_field is None:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "DISTRICT_QUOTAS needs the district of each candidate: choose "
                        "DISTRICT_FIELD on the candidates or give DISTRICT_AREAS",
                    )
                ),
                candidates.label,
            )

        result = select_sites(
            scored,
            n=n,
            budget=budget,
            cost_by_charger_type=costs,
            charger_type_field=charger_field,
            default_charger_type=(
                self.parameterAsString(parameters, self.DEFAULT_CHARGER_TYPE, context)
                or DEFAULT_CHARGER_TYPE
            )
            .strip()
            .lower(),
            min_spacing_m=self.parameterAsDouble(parameters, self.MIN_SPACING, context),
            min_rural_share=self.parameterAsDouble(parameters, self.MIN_RURAL_SHARE, context),
            rural_field=rural_field,
            district_field=district_field,
            district_quotas=quotas or None,
            score_field=score_field,
            feedback=feedback,
        )
        feedback.check_canceled()
        summary = result.summary
        output = self.write_output(
            parameters,
            self.OUTPUT,
            context,
            result.shortlist,
            multi_wkb_type(candidates.wkb_type),
            crs,
            feedback,
            style=score_style(candidates.wkb_type),
        )
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} site(s) chosen, total score {score:g}, cost {cost:,.0f}; stopped by "
                    "{stopped_by}.",
                ),
                count=summary["selected"],
                score=summary["total_score"],
                cost=summary["total_cost"],
                stopped_by=summary["stopped_by"],
            )
        )
        return {
            self.OUTPUT: output,
            self.SUMMARY: json.dumps(jsonable(summary)),
            self.SELECTED_COUNT: summary["selected"],
            self.TOTAL_COST: summary["total_cost"],
            self.TOTAL_SCORE: summary["total_score"],
            self.UNMET_COUNT: len(summary["unmet"]),
        }
