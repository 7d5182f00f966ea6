"""Forecast of EVs and public chargepoints: the strategy's hand calculation, exactly."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ev_planner_plugin.core.errors import ParameterError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.forecast import (
    DEFAULT_EVS_PER_PUBLIC_CHARGEPOINT,
    apportion_integers,
    forecast_demand,
    interpolate_totals,
    logistic_share,
)

CRS = "EPSG:27700"
COUNTY = {2024: 13_000, 2030: 128_300}


def areas_table(households=(1000, 2000, 3000), **extra):
    codes = [f"E0100000{i}" for i in range(len(households))]
    return pd.DataFrame({"area_code": codes, "households": list(households), **extra})


def test_county_hand_calculation_128300_evs_at_40_per_chargepoint_is_3208():
    one = forecast_demand(areas_table((1,)), target_years=[2030], county_total_by_year=COUNTY)
    assert DEFAULT_EVS_PER_PUBLIC_CHARGEPOINT == 40.0
    assert one.totals["evs"].tolist() == [128_300.0]
    assert one.totals["required_exact"].tolist() == [3207.5]
    assert one.totals["required_chargepoints"].tolist() == [3208]  # ceil(128,300 / 40)


def test_largest_remainder_shares_the_county_total_exactly():
    # 1:2:3 shares of 128,300 -> 534.583.., 1069.166.., 1603.75 chargepoints: floors 534 +
    # 1069 + 1603 = 3206, two more to the largest remainders (.75 and .583)
    result = forecast_demand(areas_table(), target_years=[2030], county_total_by_year=COUNTY)
    assert result.areas["required_chargepoints"].tolist() == [535, 1069, 1604]
    assert result.totals["required_chargepoints"].tolist() == [3208]
    ceil = forecast_demand(
        areas_table(), target_years=[2030], county_total_by_year=COUNTY, rounding="ceil"
    )
    assert ceil.areas["required_chargepoints"].tolist() == [535, 1070, 1604]
    assert ceil.totals["required_chargepoints"].tolist() == [3209]


def test_linear_interpolation_between_strategy_years():
    # 2027 is half-way: 13,000 + (128,300 - 13,000) / 2 = 70,650 EVs -> 1,766.25 -> 1,767
    result = forecast_demand(
        areas_table((1,)), target_years=[2027, 2024], county_total_by_year=COUNTY
    )
    assert result.totals["year"].tolist() == [2024, 2027]
    assert result.totals["evs"].tolist() == [13_000.0, 70_650.0]
    assert result.totals["required_chargepoints"].tolist() == [325, 1767]
    with pytest.raises(ParameterError, match=r"2031.*outside"):
        forecast_demand(areas_table(), target_years=[2031], county_total_by_year=COUNTY)


def test_logistic_uptake_from_current_registrations():
    areas = areas_table((500, 800), evs=[36, 0], cars=[2000, 700])
    result = forecast_demand(
        areas, target_years=[2024, 2030], base_year=2024, current_evs_field="evs"
    )
    r = result.areas
    # factor = f(2030) / f(2024), f(t) = 1 / (1 + exp(-0.3 (t - 2035)))
    factor = (1 + math.exp(0.3 * 11)) / (1 + math.exp(0.3 * 5))
    assert r.loc[r.year == 2024, "evs"].tolist() == pytest.approx([36.0, 0.0])
    assert r.loc[r.year == 2030, "evs"].tolist() == pytest.approx([36 * factor, 0.0])
    assert logistic_share(2035) == 0.5
    # capped at the cars of the area times the saturation
    capped = forecast_demand(
        areas.assign(evs=[1900, 0]),
        target_years=[2040],
        current_evs_field="evs",
        cars_field="cars",
    )
    assert capped.areas["evs"].tolist() == [2000.0, 0.0]


def test_share_from_households_without_off_street_parking_and_existing_chargepoints():
    areas = gpd.GeoDataFrame(
        {
            "area_code": ["A", "B"],
            "households": [1000, 400],
            "households_no_offstreet": [300, 400],
            "evs": [400, 100],
        },
        geometry=[shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)],
        crs=CRS,
    )
    chargepoints = gpd.GeoDataFrame(
        {"sockets": [2, 2, 1]},
        geometry=[shapely.Point(10, 10), shapely.Point(20, 10), shapely.Point(150, 50)],
        crs=CRS,
    )
    result = forecast_demand(
        areas,
        target_years=[2024],
        current_evs_field="evs",
        no_offstreet_field="households_no_offstreet",
        evs_per_public_chargepoint=10,
        chargepoints=chargepoints,
        rounding="ceil",
    )
    r = result.areas
    # A: 400 EVs x 30 % = 120 -> 12 needed, 2 exist -> 10 short; B: 100 x 100 % -> 10, 1 exists
    assert r["share_needing_public"].tolist() == [0.3, 1.0]
    assert r["evs_needing_public"].tolist() == pytest.approx([120.0, 100.0])
    assert r["required_chargepoints"].tolist() == [12, 10]
    assert r["existing_chargepoints"].tolist() == [2, 1]
    assert r["shortfall"].tolist() == [10, 9]
    assert isinstance(r, gpd.GeoDataFrame) and r.crs == areas.crs
    sockets = forecast_demand(
        areas,
        target_years=[2024],
        current_evs_field="evs",
        chargepoints=chargepoints,
        chargepoint_count_field="sockets",
    )
    assert sockets.areas["existing_chargepoints"].tolist() == [4, 1]


def test_net_shortfall_lets_surplus_areas_offset():
    areas = areas_table((1, 1), existing=[0, 50])
    result = forecast_demand(
        areas, target_years=[2030], county_total_by_year={2030: 1600}, existing_field="existing"
    )
    # 800 EVs each -> 20 chargepoints each; B already has 50
    assert result.areas["shortfall"].tolist() == [20, 0]
    assert result.totals["shortfall"].tolist() == [20]
    assert result.totals["shortfall_net"].tolist() == [0]


def test_bad_parameters_are_refused():
    with pytest.raises(ParameterError, match="not both"):
        forecast_demand(
            areas_table(evs=[1, 2, 3]),
            target_years=[2030],
            current_evs_field="evs",
            county_total_by_year=COUNTY,
        )
    with pytest.raises(ParameterError, match="positive"):
        forecast_demand(
            areas_table(),
            target_years=[2030],
            county_total_by_year=COUNTY,
            evs_per_public_chargepoint=0,
        )
    with pytest.raises(ParameterError, match="no field 'cars'"):
        forecast_demand(
            areas_table(),
            target_years=[2030],
            county_total_by_year=COUNTY,
            apportion_field="cars",
        )
    with pytest.raises(ParameterError, match="empty"):
        interpolate_totals({}, [2030])


def test_invalid_area_values_are_warned_not_dropped():
    feedback = Feedback()
    result = forecast_demand(
        areas_table((1000, -5)),
        target_years=[2030],
        county_total_by_year=COUNTY,
        feedback=feedback,
    )
    assert len(result.areas) == 2 and result.areas["evs"].tolist() == [128_300.0, 0.0]
    assert any("1 area(s) have no valid 'households'" in w for w in feedback.warnings)


@settings(max_examples=100, deadline=None)
@given(
    weights=st.lists(st.integers(0, 5000), min_size=1, max_size=30).filter(lambda w: sum(w) > 0),
    total=st.integers(0, 500_000),
    ratio=st.sampled_from([10.0, 25.0, 40.0, 37.5]),
)
def test_county_total_is_reproducible_for_any_apportionment(weights, total, ratio):
    areas = areas_table(tuple(weights))
    result = forecast_demand(
        areas,
        target_years=[2030],
        county_total_by_year={2030: total},
        evs_per_public_chargepoint=ratio,
    )
    per_area = result.areas["required_chargepoints"].to_numpy()
    assert per_area.sum() == math.ceil(round(total / ratio, 6))
    exact = result.areas["required_exact"].to_numpy()
    assert (per_area >= np.floor(exact - 1e-6)).all() and (per_area <= np.ceil(exact + 1e-6)).all()


def test_apportion_integers_ties_go_to_the_earlier_area():
    assert apportion_integers(np.array([0.5, 0.5, 0.5]), 2).tolist() == [1, 1, 0]


def test_cancel_stops_the_forecast():
    from ev_planner_plugin.core.errors import Cancelled

    class Stopping(Feedback):
        def is_canceled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        forecast_demand(
            areas_table(), target_years=[2030], county_total_by_year=COUNTY, feedback=Stopping()
        )
