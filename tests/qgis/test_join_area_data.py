"""evplanner:joinareadata and evplanner:importsubstations on the real downloads (Trafford census
+ LSOA 2021 boundaries, IMD 2019, RUC 2011, NGED substations) and hand-made tables."""

from __future__ import annotations

import processing
import pytest
from qgis.core import QgsProcessingException

from .scenes import TEMP, RecordingFeedback, by, cancelled_feedback, layer, rows

IMD = "imd2019/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"
RUC = "ruc2011/ons_ruc2011_lsoa11_EW.csv"
TS044 = "census2021-trafford/2021_accommodation_type_lsoa_trafford.csv"
TS045 = "census2021-trafford/2021_car_van_availability_lsoa_trafford.csv"
LSOA21 = "census2021-trafford/trafford_lsoa21_generalised.geojson"
NGED = "grid/nged_substation_locations_raw.csv"
NEW_2021 = ["E01034000", "E01034001"]  # Trafford 001G/001H: split from E01006185 in 2021
IMD_HEADER = (
    "LSOA code (2011),LSOA name (2011),Local Authority District code (2019),"
    "Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,"
    "Index of Multiple Deprivation (IMD) Decile\n"
)


def join(feedback=None, **parameters):
    outputs = {"OUTPUT": TEMP, "UNMATCHED": TEMP}
    return processing.run("evplanner:joinareadata", {**outputs, **parameters}, feedback=feedback)


def substations(**parameters):
    outputs = {"OUTPUT": TEMP, "REJECTED": TEMP}
    return processing.run("evplanner:importsubstations", {**outputs, **parameters})


def test_trafford_lsoa21_imd_ruc_and_census(evplanner_provider, shared_data):
    feedback = RecordingFeedback()
    results = join(
        feedback,
        AREAS=str(shared_data / LSOA21),
        IMD_FILE=str(shared_data / IMD),
        RUC_FILE=str(shared_data / RUC),
        CENSUS_TS044_FILE=str(shared_data / TS044),
        CENSUS_TS045_FILE=str(shared_data / TS045),
    )
    areas = results["OUTPUT"]
    assert areas.featureCount() == 139 and areas.crs().authid() == "EPSG:27700"
    joined = rows(areas)
    # 137 of 139 LSOA 2021 codes are in IMD 2019 / RUC 2011 (2011 codes)
    deciles = [a["imd_decile"] for a in joined]
    assert sum(d is None for d in deciles) == 2
    counts = {d: deciles.count(d) for d in range(1, 11)}
    assert counts == {1: 7, 2: 4, 3: 12, 4: 10, 5: 13, 6: 8, 7: 14, 8: 21, 9: 17, 10: 31}
    codes = [a["ruc_code"] for a in joined if a["ruc_code"]]
    assert {c: codes.count(c) for c in set(codes)} == {"A1": 134, "C1": 2, "E1": 1}
    assert sum(bool(a["is_rural"]) for a in joined) == 1
    # census 2021 uses 2021 codes: every area matches
    assert sum(a["households"] for a in joined) == 96_286
    assert sum(a["households_no_offstreet"] for a in joined) == 39_461
    assert sum(a["cars"] for a in joined) == 121_206
    first = by(areas, "area_code")["E01006109"]
    assert (first["imd_rank"], first["imd_decile"], first["households"]) == (1726, 1, 533)
    unmatched = rows(results["UNMATCHED"])
    assert results["UNMATCHED_COUNT"] == len(unmatched) == 4
    assert [(u["area_code"], u["source_table"]) for u in unmatched] == [
        (NEW_2021[0], "IMD 2019"),
        (NEW_2021[1], "IMD 2019"),
        (NEW_2021[0], "Rural-Urban Classification 2011"),
        (NEW_2021[1], "Rural-Urban Classification 2011"),
    ]
    assert results["REPORT"].splitlines()[0].startswith("IMD 2019: 137 of 139 areas matched")
    assert "Census 2021 TS044: 139 of 139 areas matched." in results["REPORT"]
    assert sum("137 of 139 areas matched" in w for w in feedback.warnings) == 2


def test_code_lookup_matches_the_new_lsoas(evplanner_provider, shared_data, tmp_path):
    lookup = tmp_path / "lsoa11_lsoa21.csv"
    lookup.write_text(
        "LSOA11CD,LSOA21CD,CHGIND\nE01006185,E01034000,S\nE01006185,E01034001,S\n",
        encoding="utf-8",
    )
    results = join(
        AREAS=str(shared_data / LSOA21),
        IMD_FILE=str(shared_data / IMD),
        CODE_LOOKUP_FILE=str(lookup),
    )
    assert results["UNMATCHED_COUNT"] == 0 and rows(results["UNMATCHED"]) == []
    joined = by(results["OUTPUT"], "area_code")
    assert [joined[c]["imd_decile"] for c in NEW_2021] == [2, 2]  # E01006185's decile
    assert all(a["imd_decile"] is not None for a in joined.values())


def test_hand_made_table_reports_the_unmatched_code(evplanner_provider, tmp_path):
    imd = tmp_path / "imd.csv"
    imd.write_text(
        IMD_HEADER + 'E01000001,Town 001A,E07000001,Town,"1,726",1\n'
        "E01000002,Town 001B,E07000001,Town,30000,10\n",
        encoding="utf-8",
    )
    areas = layer(
        "lsoas",
        "Polygon",
        {"area_code": "string", "imd_decile": "integer"},
        [
            ("Polygon((0 0, 10 0, 10 10, 0 0))", {"area_code": "E01000001", "imd_decile": 5}),
            ("Polygon((20 0, 30 0, 30 10, 20 0))", {"area_code": "E01000002"}),
            ("Polygon((40 0, 50 0, 50 10, 40 0))", {"area_code": "E01000003"}),
        ],
    )
    feedback = RecordingFeedback()
    results = join(feedback, AREAS=areas, IMD_FILE=str(imd))
    joined = by(results["OUTPUT"], "area_code")
    assert {c: (a["imd_rank"], a["imd_decile"]) for c, a in joined.items()} == {
        "E01000001": (1726, 1),
        "E01000002": (30000, 10),
        "E01000003": (None, None),
    }
    assert rows(results["UNMATCHED"]) == [
        {"area_code": "E01000003", "looked_up_as": "E01000003", "source_table": "IMD 2019"}
    ]
    assert results["REPORT"].startswith("IMD 2019: 2 of 3 areas matched")
    assert any("already had field(s) imd_decile" in w for w in feedback.warnings)


def test_join_bad_inputs(evplanner_provider, shared_data, tmp_path):
    areas = str(shared_data / LSOA21)
    with pytest.raises(QgsProcessingException, match="at least one table"):
        join(AREAS=areas)
    with pytest.raises(
        QgsProcessingException,
        match=r"Layer 'trafford_lsoa21_generalised': field 'LSOA21CD'.*AREA_ID_FIELD",
    ):
        join(AREAS=areas, AREA_ID_FIELD="LSOA21CD", IMD_FILE=str(shared_data / IMD))
    lookup = tmp_path / "lookup.csv"
    lookup.write_text("code21,code11\nA,B\n", encoding="utf-8")
    with pytest.raises(
        QgsProcessingException, match=r"lookup.csv at header: no column LSOA21CD, LSOA11CD"
    ):
        join(AREAS=areas, IMD_FILE=str(shared_data / IMD), CODE_LOOKUP_FILE=str(lookup))
    bad = tmp_path / "ts044.csv"
    bad.write_text(
        (shared_data / TS044).read_text(encoding="utf-8").replace("Terraced", "Bungalow", 1),
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException, match=r"ts044.csv at line 4: unknown category"):
        join(AREAS=areas, CENSUS_TS044_FILE=str(bad))


def test_join_cancel_leaves_no_output(evplanner_provider, shared_data, tmp_path):
    target = tmp_path / "areas.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        join(
            cancelled_feedback(),
            AREAS=str(shared_data / LSOA21),
            CENSUS_TS045_FILE=str(shared_data / TS045),
            OUTPUT=str(target),
        )
    assert not target.exists()


def test_nged_substations(evplanner_provider, shared_data):
    results = substations(INPUT=str(shared_data / NGED))
    points = results["OUTPUT"]
    assert results["SUBSTATION_COUNT"] == points.featureCount() == 2042
    assert results["REJECTED_COUNT"] == 0 and rows(results["REJECTED"]) == []
    assert points.crs().authid() == "EPSG:27700"
    first = next(points.getFeatures())
    assert (first["substation_id"], first["name"]) == ("437640", "Sawles Road")
    assert (first.geometry().asPoint().x(), first.geometry().asPoint().y()) == (201491.0, 51749.0)
    types = [r["substation_type"] for r in rows(points)]
    assert types.count("Primary Substation") == 1036
    assert all(r["headroom_kva"] is None for r in rows(points))  # no headroom column


def test_substation_rows_without_coordinates_are_listed(evplanner_provider, tmp_path):
    csv = tmp_path / "subs.csv"
    csv.write_text(
        "Ref,Site,East,North,Demand Headroom (MVA)\n"
        "1,Alpha,452000,298000,0.25\n"
        "2,Beta,,298100,1.5\n"
        "3,Gamma,452100,9999999,2\n",
        encoding="utf-8",
    )
    # 'Site' is not recognised as the name column: NAME_FIELD names it
    results = substations(
        INPUT=str(csv),
        EASTING_FIELD="East",
        NORTHING_FIELD="North",
        ID_FIELD="Ref",
        NAME_FIELD="Site",
    )
    placed = rows(results["OUTPUT"])
    assert [(p["substation_id"], p["name"], p["headroom_kva"]) for p in placed] == [
        ("1", "Alpha", 250.0)  # 0.25 MVA
    ]
    rejected = rows(results["REJECTED"])
    assert [r["source_line"] for r in rejected] == [3, 4]
    assert rejected[0]["message"].startswith("line 3 (substation 2): Easting")
    assert rejected[1]["message"].endswith("'9999999' is not a British National Grid position")
    assert results["REJECTED_COUNT"] == 2
    with pytest.raises(QgsProcessingException, match=r"subs.csv at header: no column 'E'"):
        substations(INPUT=str(csv), EASTING_FIELD="E")


def test_substations_cancel_leaves_no_output(evplanner_provider, shared_data, tmp_path):
    target = tmp_path / "substations.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            "evplanner:importsubstations",
            {"INPUT": str(shared_data / NGED), "OUTPUT": str(target)},
            feedback=cancelled_feedback(),
        )
    assert not target.exists()
