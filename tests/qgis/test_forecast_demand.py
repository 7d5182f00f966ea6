"""evplanner:forecastdemand: the strategy's hand calculation, the sample area against core."""

from __future__ import annotations

import math

import geopandas as gpd
import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from ev_planner_plugin.core.forecast import forecast_demand

from .scenes import TEMP, by, cancelled_feedback, layer, rows

COUNTY = "2024:13000,2030:128300"


def run(**parameters):
    outputs = {"OUTPUT": TEMP, "TABLE": TEMP, "TOTALS": TEMP}
    return processing.run("evplanner:forecastdemand", {**outputs, **parameters})


def squares(households, **extra):
    """Areas E0..En side by side, 100 m squares, with ``households`` and ``extra`` fields."""
    fields = {"area_code": "string", "households": "integer"}
    fields.update({name: "double" for name in extra})
    features = []
    for i, count in enumerate(households):
        x = 100 * i
        values = {"area_code": f"E{i}", "households": count}
        values.update({name: list(v)[i] for name, v in extra.items()})
        wkt = f"Polygon(({x} 0, {x + 100} 0, {x + 100} 100, {x} 100, {x} 0))"
        features.append((wkt, values))
    return layer("areas", "Polygon", fields, features)


def test_128300_evs_at_40_per_chargepoint_is_3208(evplanner_provider):
    results = run(AREAS=squares([1]), TARGET_YEARS="2030", COUNTY_TOTALS=COUNTY)
    assert results["REQUIRED_TOTAL"] == 3208  # ceil(128,300 / 40 = 3,207.5)
    assert (results["LAST_YEAR"], results["EVS_TOTAL"]) == (2030, 128_300.0)
    assert (results["EXISTING_TOTAL"], results["SHORTFALL_TOTAL"]) == (0, 3208)
    totals = rows(results["TOTALS"])
    assert len(totals) == 1
    assert (totals[0]["evs"], totals[0]["required_exact"]) == (128_300.0, 3207.5)
    assert totals[0]["method"] == "county_total"
    area = rows(results["OUTPUT"])[0]
    assert (area["year"], area["required_chargepoints"], area["shortfall"]) == (2030, 3208, 3208)


def test_apportioned_by_households_and_rounding(evplanner_provider):
    # 1:2:3 shares of 3,207.5: 534.58, 1069.17, 1603.75 -> floors 3,206 + two largest remainders
    areas = squares([1000, 2000, 3000])
    largest = run(AREAS=areas, TARGET_YEARS="2030", COUNTY_TOTALS=COUNTY)
    required = {
        k: v["required_chargepoints"] for k, v in by(largest["OUTPUT"], "area_code").items()
    }
    assert required == {"E0": 535, "E1": 1069, "E2": 1604}
    assert largest["REQUIRED_TOTAL"] == 3208
    ceil = run(AREAS=areas, TARGET_YEARS="2030", COUNTY_TOTALS=COUNTY, ROUNDING=1)
    assert [a["required_chargepoints"] for a in rows(ceil["OUTPUT"])] == [535, 1070, 1604]
    assert ceil["REQUIRED_TOTAL"] == 3209


def test_years_between_strategy_totals_are_interpolated(evplanner_provider):
    # 2027 is half-way: 13,000 + 115,300 / 2 = 70,650 EVs -> 1,766.25 -> 1,767
    results = run(AREAS=squares([1]), TARGET_YEARS="2024-2030/3", COUNTY_TOTALS=COUNTY)
    totals = by(results["TOTALS"], "year")
    assert list(totals) == [2024, 2027, 2030]
    assert totals[2027]["evs"] == 70_650.0 and totals[2027]["required_chargepoints"] == 1767
    assert totals[2024]["required_chargepoints"] == 325


def test_uptake_curve_existing_chargepoints_and_share(evplanner_provider):
    # 36 EVs in 2024; 2030 = 36 f(2030) / f(2024), f(t) = 1 / (1 + exp(-0.3 (t - 2035)))
    areas = squares([500], plugin_evs=[36.0], no_off=[250.0])
    chargepoints = layer(
        "chargepoints",
        "Point",
        {"cp_id": "string"},
        [("Point(50 50)", {"cp_id": "a"}), ("Point(20 20)", {"cp_id": "b"})],
    )
    results = run(
        AREAS=areas,
        TARGET_YEARS="2024,2030",
        BASE_YEAR=2024,
        EVS_PER_PUBLIC_CHARGEPOINT=4.0,
        NO_OFFSTREET_FIELD="no_off",
        CHARGEPOINTS=chargepoints,
    )
    factor = (1 + math.exp(0.3 * 11)) / (1 + math.exp(0.3 * 5))
    year = by(results["OUTPUT"], "year")
    assert year[2024]["evs"] == pytest.approx(36.0)
    assert year[2030]["evs"] == pytest.approx(36 * factor)
    assert year[2030]["share_needing_public"] == 0.5  # 250 of 500 households
    assert year[2030]["required_exact"] == pytest.approx(36 * factor * 0.5 / 4.0)
    expected = math.ceil(36 * factor * 0.5 / 4.0)
    assert year[2030]["required_chargepoints"] == expected == results["REQUIRED_TOTAL"]
    assert results["EXISTING_TOTAL"] == 2 and year[2030]["existing_chargepoints"] == 2
    assert results["SHORTFALL_TOTAL"] == expected - 2
    assert {a["method"] for a in year.values()} == {"logistic"}


def test_sample_area_matches_core(evplanner_provider, sample_area_gpkg, tmp_path):
    path = str(sample_area_gpkg)
    output = tmp_path / "forecast.gpkg"
    results = run(
        AREAS=f"{path}|layername=areas",
        TARGET_YEARS="2025-2030",
        COUNTY_TOTALS=COUNTY,
        CHARGEPOINTS=f"{path}|layername=chargepoints",
        OUTPUT=str(output),
    )
    areas = gpd.read_file(path, layer="areas")
    chargepoints = gpd.read_file(path, layer="chargepoints")
    core = forecast_demand(
        areas,
        target_years=range(2025, 2031),
        county_total_by_year={2024: 13_000, 2030: 128_300},
        chargepoints=chargepoints,
    )
    totals = by(results["TOTALS"], "year")
    assert [totals[y]["required_chargepoints"] for y in range(2025, 2031)] == [
        806,
        1286,
        1767,
        2247,
        2728,
        3208,
    ]
    assert results["REQUIRED_TOTAL"] == 3208
    assert results["EXISTING_TOTAL"] == len(chargepoints) == 17
    assert results["SHORTFALL_TOTAL"] == int(core.totals["shortfall"].iloc[-1])
    assert results["SHORTFALL_NET"] == 3208 - 17
    written = QgsVectorLayer(str(output), "forecast", "ogr")
    assert written.isValid() and written.featureCount() == 13 * 6
    assert "fid" not in rows(results["TABLE"])[0]  # repeats per year: not copied
    table = rows(results["TABLE"])
    assert len(table) == 78 and results["TABLE"].wkbType() == 100  # no geometry
    got = {(r["area_code"], r["year"]): r["required_chargepoints"] for r in table}
    expected = {(r.area_code, r.year): r.required_chargepoints for r in core.areas.itertuples()}
    assert got == expected
    # uptake curve from the sample's current registrations (plugin_evs, the default)
    curve = run(AREAS=f"{path}|layername=areas", TARGET_YEARS="2030")
    core_curve = forecast_demand(areas, target_years=[2030], current_evs_field="plugin_evs")
    assert curve["EVS_TOTAL"] == pytest.approx(core_curve.totals["evs"].iloc[0])
    assert curve["REQUIRED_TOTAL"] == core_curve.totals["required_chargepoints"].iloc[0]


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"COUNTY_TOTALS": "2030=128300"}, r"COUNTY_TOTALS: '2030=128300' is not year:total"),
        ({"COUNTY_TOTALS": "2030:128,300"}, r"COUNTY_TOTALS: '300' is not year:total"),
        ({"TARGET_YEARS": "2030s"}, r"TARGET_YEARS: '2030s' is not a year or a range"),
        ({"TARGET_YEARS": "2040-2030"}, r"not a valid range"),
        ({"COUNTY_TOTALS": COUNTY, "TARGET_YEARS": "2035"}, r"2035.*outside the county totals"),
    ],
)
def test_bad_parameters_explain_the_format(evplanner_provider, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(AREAS=squares([1]), **parameters)


def test_missing_field_names_layer_and_field(evplanner_provider, sample_area_gpkg):
    areas = f"{sample_area_gpkg}|layername=areas"
    with pytest.raises(
        QgsProcessingException, match=r"Layer 'areas': field 'evs_now'.*CURRENT_EVS_FIELD"
    ):
        run(AREAS=areas, CURRENT_EVS_FIELD="evs_now")
    # the default plugin_evs is required when no county totals are given
    with pytest.raises(QgsProcessingException, match=r"Layer 'areas': field 'plugin_evs'"):
        run(AREAS=squares([1]))


def test_cancel_leaves_no_output(evplanner_provider, tmp_path):
    target = tmp_path / "forecast.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            "evplanner:forecastdemand",
            {"AREAS": squares([1]), "COUNTY_TOTALS": COUNTY, "OUTPUT": str(target)},
            feedback=cancelled_feedback(),
        )
    assert not target.exists()
