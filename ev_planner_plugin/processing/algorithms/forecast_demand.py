"""evplanner:forecastdemand — plug-in EVs and the public chargepoints they need, per area and
target year."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
)

from ...core.forecast import (
    DEFAULT_BASE_YEAR,
    DEFAULT_EVS_PER_PUBLIC_CHARGEPOINT,
    DEFAULT_LOGISTIC_GROWTH_RATE,
    DEFAULT_LOGISTIC_MIDPOINT_YEAR,
    DEFAULT_LOGISTIC_SATURATION,
    DEFAULT_SHARE_NEEDING_PUBLIC,
    ROUNDING_MODES,
    forecast_demand,
)
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm
from ._shared import attribute_table, field_choice, parse_year_values, parse_years, read_layer

DEFAULT_TARGET_YEARS = "2025,2030,2035"
# per-feature ids of the input repeat once per year in the long format; never write them out
_DROPPED_FIELDS = ("fid",)


class ForecastDemandAlgorithm(EvPlannerAlgorithm):
    AREAS = "AREAS"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    TARGET_YEARS = "TARGET_YEARS"
    BASE_YEAR = "BASE_YEAR"
    CURRENT_EVS_FIELD = "CURRENT_EVS_FIELD"
    COUNTY_TOTALS = "COUNTY_TOTALS"
    APPORTION_FIELD = "APPORTION_FIELD"
    CARS_FIELD = "CARS_FIELD"
    SHARE_NEEDING_PUBLIC = "SHARE_NEEDING_PUBLIC"
    SHARE_FIELD = "SHARE_FIELD"
    NO_OFFSTREET_FIELD = "NO_OFFSTREET_FIELD"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    EVS_PER_PUBLIC_CHARGEPOINT = "EVS_PER_PUBLIC_CHARGEPOINT"
    CHARGEPOINTS = "CHARGEPOINTS"
    CHARGEPOINT_COUNT_FIELD = "CHARGEPOINT_COUNT_FIELD"
    EXISTING_FIELD = "EXISTING_FIELD"
    SATURATION = "SATURATION"
    MIDPOINT_YEAR = "MIDPOINT_YEAR"
    GROWTH_RATE = "GROWTH_RATE"
    ROUNDING = "ROUNDING"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"
    TOTALS = "TOTALS"
    LAST_YEAR = "LAST_YEAR"
    EVS_TOTAL = "EVS_TOTAL"
    REQUIRED_TOTAL = "REQUIRED_TOTAL"
    EXISTING_TOTAL = "EXISTING_TOTAL"
    SHORTFALL_TOTAL = "SHORTFALL_TOTAL"
    SHORTFALL_NET = "SHORTFALL_NET"

    def name(self) -> str:
        return "forecastdemand"

    def displayName(self) -> str:
        return self.tr("Forecast EV demand and public chargepoints needed")

    def group(self) -> str:
        return self.tr("Demand and scoring")

    def groupId(self) -> str:
        return "demandandscoring"

    def shortHelpString(self) -> str:
        return self.tr(
            "Per area and target year: the plug-in EV stock, the EVs that need public "
            "charging, the public chargepoints required, those existing and the shortfall.\n\n"
            "AREAS: polygons (LSOAs, wards...) with AREA_ID_FIELD (default area_code).\n"
            "TARGET_YEARS: '2025,2030,2035', a range '2025-2040' (every year) or '2025-2040/5' "
            "(default {years}).\n\n"
            "EV stock, one of two ways:\n"
            "- COUNTY_TOTALS given ('year:total' pairs, e.g. '2024:13000,2030:128300' from the "
            "strategy): totals are interpolated linearly between the given years (target years "
            "outside them are refused) and apportioned to areas in proportion to "
            "APPORTION_FIELD (default households; cars or current EVs also work). "
            "CURRENT_EVS_FIELD is then not used.\n"
            "- otherwise CURRENT_EVS_FIELD (default plugin_evs: licensed plug-in vehicles in "
            "BASE_YEAR, default {base_year}, e.g. DfT VEH0142) grown along a logistic uptake "
            "curve of the plug-in share of the car fleet, s / (1 + exp(-r (year - m))): "
            "SATURATION s (default {saturation}), MIDPOINT_YEAR m (default {midpoint}), "
            "GROWTH_RATE r (default {growth}) - illustrative defaults calibrated to ~3.6 % "
            "plug-in cars in 2024 (DfT VEH0142) and half the fleet by 2035 (ZEV mandate, end of "
            "new petrol and diesel car sales 2030, ~14-year car life); calibrate to your "
            "strategy. CARS_FIELD (optional) caps an area's EVs at cars x saturation.\n\n"
            "Share of EVs needing public charging, first of: SHARE_FIELD (0-1 per area), "
            "NO_OFFSTREET_FIELD / HOUSEHOLDS_FIELD (households without off-street parking, e.g. "
            "from census TS044 via Join area data), or SHARE_NEEDING_PUBLIC (default "
            "{share}: the fleet-wide ratio below already allows for home charging; when you "
            "give the no-off-street share, lower the ratio to 'EVs relying on public charging "
            "per chargepoint').\n"
            "EVS_PER_PUBLIC_CHARGEPOINT: default {ratio}, the ratio behind county strategy "
            "figures (128,300 plug-in EVs by 2030 needing 3,200+ public chargepoints); for "
            "scale, DfT's 'Taking charge' (2022) expects ~300,000 public chargepoints "
            "nationally by 2030. Use your strategy's ratio.\n"
            "Existing public chargepoints per area: EXISTING_FIELD on the areas, else the "
            "CHARGEPOINTS points counted per area (CHARGEPOINT_COUNT_FIELD to count sockets), "
            "else 0.\n"
            "ROUNDING: 'Largest remainder' (default) makes the county total ceil(sum of exact "
            "requirements) and shares it so area figures add up to it exactly (128,300 EVs at "
            "40 = 3,208); 'Round up per area' rounds each area up (the sum can exceed the "
            "county figure).\n"
            "TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in "
            "(default EPSG:27700); inputs are reprojected to it.\n"
            "\n"
            "OUTPUT: the area polygons once per target year (long format) with the area fields "
            "and year, evs, share_needing_public, evs_needing_public, required_exact, "
            "required_chargepoints, existing_chargepoints, shortfall (max(required - existing, "
            "0)) and method (logistic / county_total). TABLE: the same without geometry. "
            "TOTALS: one row per year: year, evs, evs_needing_public, required_exact, "
            "required_chargepoints, existing_chargepoints, shortfall (sum over areas), "
            "shortfall_net (max(total required - total existing, 0)), method. An input 'fid' "
            "field is not copied (it would repeat once per year).\n"
            "LAST_YEAR, EVS_TOTAL, REQUIRED_TOTAL, EXISTING_TOTAL, SHORTFALL_TOTAL (sum of area "
            "shortfalls) and SHORTFALL_NET: the totals of the last target year."
        ).format(
            years=DEFAULT_TARGET_YEARS,
            base_year=DEFAULT_BASE_YEAR,
            saturation=f"{DEFAULT_LOGISTIC_SATURATION:g}",
            midpoint=f"{DEFAULT_LOGISTIC_MIDPOINT_YEAR:g}",
            growth=f"{DEFAULT_LOGISTIC_GROWTH_RATE:g}",
            share=f"{DEFAULT_SHARE_NEEDING_PUBLIC:g}",
            ratio=f"{DEFAULT_EVS_PER_PUBLIC_CHARGEPOINT:g}",
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(
            self.AREAS, self.tr("Areas (LSOA, ward...)"), [compat.SOURCE_POLYGON], optional=False
        )
        # optional, yet required in process(): QGIS 3.22 ignores a required default
        self.add_field(
            self.AREA_ID_FIELD, self.tr("Area code field"), self.AREAS, default="area_code"
        )
        self.add_string(
            self.TARGET_YEARS,
            self.tr("Target years (e.g. 2025,2030,2035 or 2025-2040)"),
            DEFAULT_TARGET_YEARS,
        )
        self.add_number(
            self.BASE_YEAR,
            self.tr("Year of the current EV registrations"),
            DEFAULT_BASE_YEAR,
            minimum=1990,
            maximum=2100,
            integer=True,
        )
        self.add_field(
            self.CURRENT_EVS_FIELD,
            self.tr("Current plug-in EVs per area (uptake curve)"),
            self.AREAS,
            default="plugin_evs",
            kind=compat.FIELD_NUMERIC,
        )
        self.add_string(
            self.COUNTY_TOTALS,
            self.tr("Or county EV totals by year (e.g. 2024:13000,2030:128300)"),
            optional=True,
        )
        self.add_field(
            self.APPORTION_FIELD,
            self.tr("Apportion county totals by"),
            self.AREAS,
            default="households",
            kind=compat.FIELD_NUMERIC,
        )
        self.add_number(
            self.SHARE_NEEDING_PUBLIC,
            self.tr("Share of EVs needing public charging (0-1)"),
            DEFAULT_SHARE_NEEDING_PUBLIC,
            minimum=0.0,
            maximum=1.0,
        )
        self.add_field(
            self.NO_OFFSTREET_FIELD,
            self.tr("Or households without off-street parking (share = this / households)"),
            self.AREAS,
            kind=compat.FIELD_NUMERIC,
        )
        self.add_field(
            self.HOUSEHOLDS_FIELD,
            self.tr("Households field"),
            self.AREAS,
            default="households",
            kind=compat.FIELD_NUMERIC,
        )
        self.add_number(
            self.EVS_PER_PUBLIC_CHARGEPOINT,
            self.tr("EVs per public chargepoint"),
            DEFAULT_EVS_PER_PUBLIC_CHARGEPOINT,
            minimum=0.001,
        )
        self.add_layer(
            self.CHARGEPOINTS,
            self.tr("Existing public chargepoints (counted per area)"),
            [compat.SOURCE_POINT],
        )
        self.add_enum(
            self.ROUNDING,
            self.tr("Rounding of required chargepoints"),
            [
                self.tr("Largest remainder (areas add up to the county total)"),
                self.tr("Round up per area"),
            ],
        )
        for name, label, parent in (
            (self.CARS_FIELD, self.tr("Cars per area (caps the uptake curve)"), self.AREAS),
            (
                self.SHARE_FIELD,
                self.tr("Share needing public charging per area (0-1)"),
                self.AREAS,
            ),
            (
                self.EXISTING_FIELD,
                self.tr("Existing public chargepoints per area (field)"),
                self.AREAS,
            ),
            (
                self.CHARGEPOINT_COUNT_FIELD,
                self.tr("Count this field of the chargepoints (e.g. sockets) instead of 1"),
                self.CHARGEPOINTS,
            ),
        ):
            self.add_field(name, label, parent, kind=compat.FIELD_NUMERIC, advanced=True)
        self.add_number(
            self.SATURATION,
            self.tr("Uptake curve: saturation share (0-1]"),
            DEFAULT_LOGISTIC_SATURATION,
            minimum=0.001,
            maximum=1.0,
            advanced=True,
        )
        self.add_number(
            self.MIDPOINT_YEAR,
            self.tr("Uptake curve: year of half the saturation"),
            DEFAULT_LOGISTIC_MIDPOINT_YEAR,
            advanced=True,
        )
        self.add_number(
            self.GROWTH_RATE,
            self.tr("Uptake curve: growth rate per year"),
            DEFAULT_LOGISTIC_GROWTH_RATE,
            minimum=0.0001,
            advanced=True,
        )
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Forecast per area and year"), compat.SOURCE_POLYGON)
        for name, label in (
            (self.TABLE, self.tr("Forecast per area and year (table)")),
            (self.TOTALS, self.tr("Forecast totals per year")),
        ):
            self.add_sink(name, label, compat.SOURCE_VECTOR, optional=True)
        for name, label in (
            (self.LAST_YEAR, self.tr("Last target year")),
            (self.EVS_TOTAL, self.tr("Plug-in EVs in the last target year")),
            (self.REQUIRED_TOTAL, self.tr("Public chargepoints required in the last year")),
            (self.EXISTING_TOTAL, self.tr("Existing public chargepoints")),
            (self.SHORTFALL_TOTAL, self.tr("Shortfall in the last year (sum over areas)")),
            (self.SHORTFALL_NET, self.tr("Net shortfall in the last year")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def process(self, parameters, context, feedback) -> dict:
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        years = parse_years(self.parameterAsString(parameters, self.TARGET_YEARS, context))
        county_text = self.parameterAsString(parameters, self.COUNTY_TOTALS, context)
        county = parse_year_values(county_text) if county_text and county_text.strip() else None

        areas = read_layer(self, parameters, self.AREAS, context, crs, feedback, required=True)
        chargepoints = read_layer(self, parameters, self.CHARGEPOINTS, context, crs, feedback)

        def field(name, layer=areas, required=False):
            return field_choice(self, parameters, name, context, layer, feedback, required)

        area_id_field = field(self.AREA_ID_FIELD, required=True)
        if county is None:
            current_field = field(self.CURRENT_EVS_FIELD, required=True)
            apportion_field = "households"
        else:
            current_field = None
            if parameters.get(self.CURRENT_EVS_FIELD):
                feedback.info(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "County totals given: CURRENT_EVS_FIELD is not used."
                        )
                    )
                )
            apportion_field = field(self.APPORTION_FIELD, required=True)
        no_offstreet_field = field(self.NO_OFFSTREET_FIELD)
        households_field = field(self.HOUSEHOLDS_FIELD, required=no_offstreet_field is not None)
        rounding = ROUNDING_MODES[self.parameterAsEnum(parameters, self.ROUNDING, context)]

        result = forecast_demand(
            areas.gdf,
            target_years=years,
            base_year=self.parameterAsInt(parameters, self.BASE_YEAR, context),
            current_evs_field=current_field,
            county_total_by_year=county,
            apportion_field=apportion_field,
            cars_field=field(self.CARS_FIELD),
            saturation=self.parameterAsDouble(parameters, self.SATURATION, context),
            midpoint_year=self.parameterAsDouble(parameters, self.MIDPOINT_YEAR, context),
            growth_rate=self.parameterAsDouble(parameters, self.GROWTH_RATE, context),
            share_needing_public=self.parameterAsDouble(
                parameters, self.SHARE_NEEDING_PUBLIC, context
            ),
            share_field=field(self.SHARE_FIELD),
            no_offstreet_field=no_offstreet_field,
            households_field=households_field or "households",
            evs_per_public_chargepoint=self.parameterAsDouble(
                parameters, self.EVS_PER_PUBLIC_CHARGEPOINT, context
            ),
            chargepoints=None if chargepoints is None else chargepoints.gdf,
            chargepoint_count_field=field(self.CHARGEPOINT_COUNT_FIELD, chargepoints),
            existing_field=field(self.EXISTING_FIELD),
            area_id_field=area_id_field,
            rounding=rounding,
            feedback=feedback,
        )
        feedback.check_canceled()

        long = result.areas.drop(columns=[c for c in _DROPPED_FIELDS if c in result.areas])
        outputs = {
            self.OUTPUT: self.write_output(
                parameters,
                self.OUTPUT,
                context,
                long,
                compat.WKB_MULTIPOLYGON,
                crs,
                feedback,
            ),
            self.TABLE: self.write_output(
                parameters,
                self.TABLE,
                context,
                attribute_table(long, drop=(long.geometry.name,)),
                compat.WKB_NOGEOMETRY,
                crs,
                feedback,
            ),
            self.TOTALS: self.write_output(
                parameters,
                self.TOTALS,
                context,
                attribute_table(result.totals),
                compat.WKB_NOGEOMETRY,
                crs,
                feedback,
            ),
        }
        last = result.totals.iloc[-1]
        outputs.update(
            {
                self.LAST_YEAR: int(last["year"]),
                self.EVS_TOTAL: float(last["evs"]),
                self.REQUIRED_TOTAL: int(last["required_chargepoints"]),
                self.EXISTING_TOTAL: int(last["existing_chargepoints"]),
                self.SHORTFALL_TOTAL: int(last["shortfall"]),
                self.SHORTFALL_NET: int(last["shortfall_net"]),
            }
        )
        for _, row in result.totals.iterrows():
            feedback.info(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{year}: {evs:,.0f} plug-in EVs, {required:,} public chargepoints "
                        "required, {existing:,} existing, shortfall {shortfall:,} (net "
                        "{shortfall_net:,}).",
                    ),
                    year=int(row["year"]),
                    evs=row["evs"],
                    required=int(row["required_chargepoints"]),
                    existing=int(row["existing_chargepoints"]),
                    shortfall=int(row["shortfall"]),
                    shortfall_net=int(row["shortfall_net"]),
                )
            )
        return outputs
