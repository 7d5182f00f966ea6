"""Data joins on the real downloads: Trafford census 2021 + LSOA 2021, IMD 2019, RUC 2011, NGED."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from ev_planner_plugin.core.errors import SourceFormatError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.joins import (
    is_rural,
    join_area_table,
    join_census,
    join_imd2019,
    join_ruc2011,
    read_census_ts044,
    read_census_ts045,
    read_imd2019,
    read_ruc2011,
    read_substations,
)

IMD = "imd2019/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"
RUC = "ruc2011/ons_ruc2011_lsoa11_EW.csv"
TS044 = "census2021-trafford/2021_accommodation_type_lsoa_trafford.csv"
TS045 = "census2021-trafford/2021_car_van_availability_lsoa_trafford.csv"
LSOA21 = "census2021-trafford/trafford_lsoa21_generalised.geojson"
NEW_2021 = ["E01034000", "E01034001"]  # Trafford 001G/001H: split from E01006185 in 2021


@pytest.fixture(scope="module")
def trafford(shared_data):
    return gpd.read_file(shared_data / LSOA21).to_crs(27700)


def test_imd2019_file_1(shared_data):
    imd = read_imd2019(shared_data / IMD)
    assert len(imd) == 32_844
    row = imd.set_index("lsoa11_code").loc["E01006109"]
    assert (row["lsoa11_name"], row["lad19_name"]) == ("Trafford 001A", "Trafford")
    assert (row["imd_rank"], row["imd_decile"]) == (1726, 1)  # "1,726" in the file
    assert (imd["lad19_name"] == "Trafford").sum() == 138


def test_imd_join_reports_the_two_lsoas_new_in_2021(trafford, shared_data):
    feedback = Feedback()
    joined, report = join_imd2019(trafford, shared_data / IMD, feedback=feedback)
    assert (report.areas, report.matched) == (139, 137)
    assert report.unmatched == NEW_2021
    assert report.unused_rows == 32_844 - 137
    assert len(joined) == 139 and joined["area_code"].tolist() == trafford["area_code"].tolist()
    assert joined["imd_decile"].isna().sum() == 2
    deciles = joined["imd_decile"].value_counts().sort_index().to_dict()
    assert deciles == {1: 7, 2: 4, 3: 12, 4: 10, 5: 13, 6: 8, 7: 14, 8: 21, 9: 17, 10: 31}
    assert len(feedback.warnings) == 1
    assert "137 of 139 areas matched" in feedback.warnings[0]
    assert "E01034000, E01034001" in feedback.warnings[0]
    # with a 2021 -> 2011 lookup every area matches
    lookup = {code: "E01006185" for code in NEW_2021}
    joined, report = join_imd2019(trafford, shared_data / IMD, code_lookup=lookup)
    assert report.matched == 139 and report.unmatched == []
    assert joined.set_index("area_code").loc[NEW_2021, "imd_decile"].tolist() == [2, 2]


def test_ruc2011_join(trafford, shared_data):
    ruc = read_ruc2011(shared_data / RUC)
    assert len(ruc) == 34_753 and ruc["is_rural"].sum() == 3189 + 197 + 2490 + 328
    joined, report = join_ruc2011(trafford, shared_data / RUC)
    assert report.matched == 137 and report.unmatched == NEW_2021
    assert joined["ruc_code"].value_counts().to_dict() == {"A1": 134, "C1": 2, "E1": 1}
    assert joined["is_rural"].sum() == 1
    assert set(joined.loc[joined["ruc_code"] == "A1", "ruc_class"]) == {"Urban major conurbation"}


def test_census_ts044_accommodation_type(shared_data):
    acc = read_census_ts044(shared_data / TS044)
    assert len(acc) == 139
    row = acc.set_index("area_code").loc["E01006109"]
    assert row["area_name"] == "Trafford 001A"
    assert row[["detached", "semi_detached", "terraced", "flat_purpose_built"]].tolist() == [
        12,
        45,
        118,
        330,
    ]
    assert row[["flat_converted_house", "flat_converted_other", "flat_commercial"]].tolist() == [
        14,
        4,
        9,
    ]
    assert row["caravan"] == 1 and row["households"] == 533
    assert row["households_no_offstreet"] == 118 + 330 + 14 + 4 + 9
    assert row["terraced_flats_share"] == pytest.approx(475 / 533)
    assert acc["households"].sum() == 96_286
    assert acc["households_no_offstreet"].sum() == 39_461
    custom = read_census_ts044(
        shared_data / TS044, no_offstreet_share_by_type={"terraced": 0.5, "semi_detached": 0.1}
    )
    assert custom.set_index("area_code").loc["E01006109", "households_no_offstreet"] == (
        pytest.approx(59 + 4.5 + 330 + 14 + 4 + 9)
    )


def test_census_ts045_car_availability(shared_data):
    cars = read_census_ts045(shared_data / TS045)
    assert len(cars) == 139
    row = cars.set_index("area_code").loc["E01006109"]
    assert row["households_no_car"] == 277 and row["households_ts045"] == 533
    assert row["cars"] == 207 + 2 * 44 + 3 * 5
    assert row["no_car_share"] == pytest.approx(277 / 533)
    assert cars["cars"].sum() == 121_206


def test_census_join_on_lsoa21_boundaries_matches_all(trafford, shared_data):
    joined, reports = join_census(
        trafford, ts044_path=shared_data / TS044, ts045_path=shared_data / TS045
    )
    assert [(r.matched, r.unmatched) for r in reports] == [(139, []), (139, [])]
    # census counts are perturbed for disclosure control: the two tables differ slightly
    diff = (joined["households"] - joined["households_ts045"]).abs()
    assert diff.max() <= 5 and joined["households"].sum() == 96_286


def test_unknown_census_category_names_the_line(tmp_path, shared_data):
    text = (shared_data / TS044).read_text(encoding="utf-8").replace("Terraced", "Bungalow", 1)
    bad = tmp_path / "ts044.csv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(
        SourceFormatError, match=r"ts044.csv at line 4: unknown category 'Bungalow'"
    ):
        read_census_ts044(bad)


def test_nged_substations(shared_data):
    points, rejected = read_substations(shared_data / "grid/nged_substation_locations_raw.csv")
    assert len(points) == 2042 and rejected == []
    assert points.crs.to_epsg() == 27700
    first = points.iloc[0]
    assert (first["substation_id"], first["name"]) == ("437640", "Sawles Road")
    assert (first.geometry.x, first.geometry.y) == (201491.0, 51749.0)
    assert points["substation_type"].value_counts().to_dict() == {
        "Primary Substation": 1036,
        "Ehv Switching Station": 559,
        "Bulk Supply Point": 364,
        "Super Grid Substation": 52,
        "132kv Switching Station": 31,
    }
    assert points["headroom_kva"].isna().all()  # this file has no headroom column


def test_substation_rows_without_coordinates_are_reported(tmp_path):
    csv = tmp_path / "subs.csv"
    csv.write_text(
        "Substation Number,Substation Name,Easting,Northing,Demand Headroom (MVA)\n"
        "1,Alpha,452000,298000,0.25\n"
        "2,Beta,,298100,1.5\n"
        "3,Gamma,452100,9999999,2\n",
        encoding="utf-8",
    )
    feedback = Feedback()
    points, rejected = read_substations(csv, feedback=feedback)
    assert points["name"].tolist() == ["Alpha"] and points["headroom_kva"].tolist() == [250.0]
    assert len(rejected) == 2
    assert rejected[0].startswith("line 3 (substation 2)")
    assert rejected[1].startswith("line 4 (substation 3)")
    assert "2 substation row(s) have no usable Easting/Northing" in feedback.warnings[0]
    # every part of the warning, each rejected row included, is shown in the user's language
    fake = {
        "line {line} (substation {substation}): Easting '{easting}', Northing '{northing}' "
        "is not a British National Grid position": "rhes {line} ({substation}): dim BNG",
        "{path}: {count} substation row(s) have no usable Easting/Northing and are not on "
        "the map: {rows}": "{count} rhes: {rows}",
    }
    assert rejected[0].values["line"] == 3
    assert feedback.warnings[0].translated(lambda text: fake.get(text, text)) == (
        "2 rhes: rhes 3 (2): dim BNG; rhes 4 (3): dim BNG"
    )


def test_join_reports_duplicates_and_keeps_every_area():
    areas = pd.DataFrame({"area_code": ["A", "B", "C"]})
    table = pd.DataFrame({"code": ["A", "A", "B"], "value": [1, 2, 3]})
    feedback = Feedback()
    joined, report = join_area_table(
        areas, table, table_code_field="code", table_name="test", feedback=feedback
    )
    assert joined["value"].tolist()[:2] == [1, 3] and pd.isna(joined["value"].iloc[2])
    assert report.duplicates == ["A"] and report.unmatched == ["C"]
    assert "appear twice" in feedback.warnings[0] and "C" in feedback.warnings[0]


def test_missing_file_and_missing_columns(tmp_path):
    with pytest.raises(SourceFormatError, match="file not found"):
        read_imd2019(tmp_path / "nope.csv")
    csv = tmp_path / "imd.csv"
    csv.write_text("code,decile\nE01000001,3\n", encoding="utf-8")
    with pytest.raises(SourceFormatError, match="at header: no column for the LSOA code"):
        read_imd2019(csv)


def test_is_rural_for_2011_and_2021_codes():
    assert is_rural(["A1", "C2", "D1", "E2", "UN1", "RSF1", None]).tolist() == [
        False,
        False,
        True,
        True,
        False,
        True,
        False,
    ]
    assert is_rural(None, ["Rural village", "Urban city and town"]).tolist() == [True, False]
