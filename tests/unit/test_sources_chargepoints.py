"""Chargepoint readers (OCPI 2.2.1, Open Charge Map, NCR, any CSV), dedup and the live OCPI path."""

from __future__ import annotations

import csv
import json
import math
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from pyproj import Transformer

from ev_planner_plugin.core.errors import ParameterError, SourceFormatError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.sources.chargepoints import (
    CHARGEPOINT_FIELDS,
    OcpiAuthenticationError,
    RemoteSourceError,
    concat_chargepoints,
    deduplicate_chargepoints,
    detect_chargepoint_format,
    fetch_ocpi_locations,
    normalise_connector,
    read_chargepoint_csv,
    read_chargepoint_file,
    read_ncr_csv,
    read_ocpi_locations,
    read_open_charge_map,
    speed_class,
)

TO_WGS84 = Transformer.from_crs(27700, 4326, always_xy=True)
TO_BNG = Transformer.from_crs(4326, 27700, always_xy=True)
BASE = (378000.0, 396000.0)  # a street in Trafford, British National Grid


def lonlat(dx=0.0, dy=0.0):
    return TO_WGS84.transform(BASE[0] + dx, BASE[1] + dy)


@pytest.fixture(scope="module")
def ocpi_dir(shared_data):
    return shared_data / "ocpi-2.2.1"


def _columns_ok(gdf):
    assert list(gdf.columns) == [*CHARGEPOINT_FIELDS, "geometry"]
    assert gdf.crs.to_epsg() == 27700


# --------------------------------------------------------------------------------------------
# OCPI files


def test_ocpi_on_street_example(ocpi_dir):
    gdf = read_ocpi_locations(ocpi_dir / "location_example.json")
    _columns_ok(gdf)
    assert len(gdf) == 1
    row = gdf.iloc[0]
    assert row["cp_id"] == "ocpi:BE*BEC*LOC1"
    assert row["source"] == "ocpi" and row["source_id"] == "BE*BEC*LOC1"
    assert row["operator"] == "BeCharged"
    assert row["name"] == "Gent Zuid"
    assert row["address"] == "F.Rooseveltlaan 3A, Gent"
    assert row["postcode"] == "9000"
    # AC_3_PHASE, 220 V x 16 A x 3 phases (no max_electric_power given)
    assert row["max_power_kw"] == pytest.approx(10.56)
    assert row["speed_class"] == "fast"
    assert row["sockets"] == 2  # two EVSEs (three connectors)
    assert row["connectors"] == "Type 2"
    assert row["parking_type"] == "ON_STREET" and bool(row["on_street"]) is True
    assert row["access_24h"] is None or str(row["access_24h"]) == "<NA>"
    assert row["status"] == "operational"  # one AVAILABLE, one RESERVED
    assert row["last_updated"] == "2015-06-29T20:39:09Z"
    assert row["merged_sources"] is None
    back = TO_WGS84.transform(row.geometry.x, row.geometry.y)
    assert back == pytest.approx((3.729944, 51.047599), abs=1e-7)


def test_ocpi_all_location_examples(ocpi_dir):
    paths = sorted(ocpi_dir.glob("location_example*.json"))
    fb = Feedback()
    published = read_ocpi_locations(paths, feedback=fb)
    assert len(published) == 3  # uc3, uc4, uc5 have publish=false
    assert published.attrs["records_in"] == 6 and published.attrs["skipped_records"] == 3
    unpublished = [w for w in fb.warnings if "1 record(s) skipped: not published" in w]
    assert len(unpublished) == 3  # one warning per file, naming the location id
    every = read_ocpi_locations(paths, include_unpublished=True).set_index("name", drop=False)
    assert len(every) == 6
    garage = every.loc["P-Huset Leonard"]
    assert garage["max_power_kw"] == pytest.approx(230 * 32 * 3 / 1000)  # 22.08
    assert garage["parking_type"] == "PARKING_GARAGE"
    assert bool(garage["access_24h"]) is False  # twentyfourseven false
    home = every[every["parking_type"] == "ON_DRIVEWAY"].iloc[0]
    assert home["max_power_kw"] == pytest.approx(1.84) and home["speed_class"] == "slow"


def test_ocpi_envelope_and_connector_power():
    location = {
        "country_code": "GB",
        "party_id": "XYZ",
        "id": "L9",
        "coordinates": {"latitude": "53.47", "longitude": "-2.29"},
        "parking_type": "PARKING_LOT",
        "opening_times": {"twentyfourseven": True},
        "evses": [
            {
                "uid": "1",
                "status": "OUTOFORDER",
                "connectors": [
                    {
                        "standard": "IEC_62196_T2_COMBO",
                        "power_type": "DC",
                        "max_electric_power": 150000,
                    },
                    {
                        "standard": "CHADEMO",
                        "power_type": "DC",
                        "max_voltage": 500,
                        "max_amperage": 100,
                    },
                ],
            },
            {
                "uid": "2",
                "status": "CHARGING",
                "connectors": [
                    {
                        "standard": "IEC_62196_T2",
                        "power_type": "AC_3_PHASE",
                        "max_voltage": 400,
                        "max_amperage": 32,
                    }
                ],
            },
            {"uid": "3", "status": "REMOVED", "connectors": [{"standard": "DOMESTIC_G"}]},
        ],
    }
    envelope = {"data": [location], "status_code": 1000, "timestamp": "2024-01-01T00:00:00Z"}
    row = read_ocpi_locations(envelope).iloc[0]
    assert row["max_power_kw"] == pytest.approx(150.0)
    assert row["speed_class"] == "ultra"
    assert row["sockets"] == 2  # the REMOVED EVSE does not count
    assert row["connectors"] == "CCS2, CHAdeMO, Type 2"
    assert row["status"] == "operational"
    assert bool(row["access_24h"]) is True
    assert row["on_street"] == False  # noqa: E712 (numpy bool)
    # 400 V on three phases is line-to-line: sqrt(3) x 400 V x 32 A
    three_phase = dict(location, evses=[location["evses"][1]])
    assert read_ocpi_locations(three_phase)["max_power_kw"].iloc[0] == pytest.approx(
        math.sqrt(3) * 400 * 32 / 1000
    )
    with pytest.raises(SourceFormatError, match="error status 2001"):
        read_ocpi_locations({"data": [], "status_code": 2001, "status_message": "Invalid"})


def test_ocpi_not_locations_is_an_error(ocpi_dir, tmp_path):
    with pytest.raises(SourceFormatError, match="no OCPI 2.2.1 Location"):
        read_ocpi_locations(ocpi_dir / "tariff_4_complex.json")
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x",\n "coordinates": }]', encoding="utf-8")
    with pytest.raises(SourceFormatError) as info:
        read_ocpi_locations(bad)
    assert str(bad) in str(info.value) and "line 2, column 17" in str(info.value)


# --------------------------------------------------------------------------------------------
# NCR


def test_ncr_2020_counts_add_up(shared_data):
    path = shared_data / "ncr" / "ncr-2020-basic.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.reader(handle)) - 1
    assert rows == 12306  # SOURCES.md: 12,306 devices
    fb = Feedback()
    gdf = read_ncr_csv(path, feedback=fb)
    _columns_ok(gdf)
    assert gdf.attrs["records_in"] == rows
    assert len(gdf) + gdf.attrs["skipped_records"] == rows
    assert gdf.attrs["skipped_records"] == 16  # 2 blank, 1 at 0,0, 1 at -999, 12 abroad
    assert gdf.attrs["corrected_records"] == 175  # latitude/longitude swapped in the registry
    assert any("175 record(s) had latitude and longitude swapped" in w for w in fb.warnings)
    assert any(
        "12 record(s) skipped: outside the UK" in w and "and 2 more" in w for w in fb.warnings
    )
    # the basic 6-column set has no power: no speed class rather than a guessed one
    assert gdf["max_power_kw"].isna().all() and gdf["speed_class"].isna().all()
    assert gdf["status"].value_counts().to_dict() == {
        "operational": 12099,
        "not_operational": 162,
        "planned": 29,
    }
    assert gdf["cp_id"].is_unique
    x, y = gdf.geometry.x, gdf.geometry.y
    assert x.between(0, 700000).all() and y.between(-100000, 1300000).all()
    assert gdf.loc[y < 0, "name"].tolist() == ["Jersey Electric PLC"]  # Channel Islands
    unfiltered = read_ncr_csv(path, bounds=None)  # no UK check, no swapping: only impossible ones
    assert unfiltered.attrs["skipped_records"] == 4 and unfiltered.attrs["corrected_records"] == 0
    names = set(gdf["name"].dropna())
    assert "Palé Hall Hotel" in names  # mojibake "PalÃ©" repaired
    assert "Queen’s Road" in names


NCR_FULL_HEADER = [
    "chargeDeviceID",
    "reference",
    "name",
    "latitude",
    "longitude",
    "buildingNumber",
    "street",
    "town",
    "postcode",
    "deviceOwnerName",
    "deviceControllerName",
    "chargeDeviceStatus",
    "dateCreated",
    "dateUpdated",
    "locationType",
    "onStreetFlag",
    "access24Hours",
    "connector1ID",
    "connector1Type",
    "connector1RatedOutputKW",
    "connector1OutputCurrent",
    "connector1RatedVoltage",
    "connector1ChargeMethod",
    "connector2ID",
    "connector2Type",
    "connector2RatedOutputKW",
    "connector2OutputCurrent",
    "connector2RatedVoltage",
    "connector2ChargeMethod",
]


def _ncr_row(id_, name, lat, lon, controller, status, location_type, on_street, h24, c1, c2=()):
    c1 = list(c1) + [""] * (5 - len(c1))
    c2 = list(c2) + [""] * (5 - len(c2))
    return [id_, f"REF{id_}", name, lat, lon, "12", "Deansgate", "Manchester", "M3 2BW"] + [
        "Manchester City Council",
        controller,
        status,
        "2019-01-02 10:00:00",
        "2020-03-04 11:12:13",
        location_type,
        on_street,
        h24,
        *c1,
        *c2,
    ]


def test_ncr_full_column_set_in_cp1252(tmp_path):
    rows = [
        _ncr_row(
            "d1",
            "Café Rouge £2/hr",
            "53.4808",
            "-2.2426",
            "",
            "In service",
            "On-street",
            "TRUE",
            "TRUE",
            ["1", "Type 2 Mennekes (IEC62196)", "7", "32", "230", "Single Phase AC"],
        ),
        _ncr_row(
            "d2",
            "Spinningfields",
            "53.4810",
            "-2.2510",
            "Pod Point",
            "In service",
            "Car park",
            "FALSE",
            "FALSE",
            ["1", "Type 2 Mennekes (IEC62196)", "22", "32", "400", "Three Phase AC"],
        ),
        _ncr_row(
            "d3",
            "Rapid hub",
            "53.4700",
            "-2.2400",
            "InstaVolt",
            "Out of service",
            "Retail car park",
            "",
            "",
            ["1", "JEVS G105 (CHAdeMO) DC", "50", "125", "400", "DC"],
            ["2", "Type 2 Combo (IEC62196) DC", "50", "125", "400", "DC"],
        ),
        _ncr_row(
            "d4",
            "Ultra hub",
            "53.4600",
            "-2.2300",
            "Ionity",
            "In service",
            "Other",
            "",
            "",
            ["1", "Type 2 Combo (IEC62196) DC", "150", "", "", "DC"],
        ),
        _ncr_row(
            "d5",
            "Lamp column 7",
            "53.4500",
            "-2.2200",
            "char.gy",
            "Planned",
            "On-street",
            "TRUE",
            "TRUE",
            ["1", "3-pin Type G (BS1363)", "", "32", "230", "Single Phase AC"],
        ),
        _ncr_row(
            "d6",
            "No position",
            "",
            "",
            "char.gy",
            "In service",
            "On-street",
            "TRUE",
            "",
            ["1", "Type 2 Mennekes (IEC62196)", "5", "", "", ""],
        ),
    ]
    path = tmp_path / "ncr-full-cp1252.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NCR_FULL_HEADER)
        writer.writerows(rows)
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    assert detect_chargepoint_format(path) == "ncr"
    fb = Feedback()
    gdf = read_ncr_csv(path, feedback=fb).set_index("source_id", drop=False)
    assert len(gdf) == 5 and gdf.attrs["skipped_records"] == 1
    assert any("1 record(s) skipped: no or unreadable coordinates: d6" in w for w in fb.warnings)
    d1 = gdf.loc["d1"]
    assert d1["name"] == "Café Rouge £2/hr"
    assert d1["operator"] == "Manchester City Council"  # no controller: the owner
    assert d1["address"] == "12 Deansgate, Manchester" and d1["postcode"] == "M3 2BW"
    assert (d1["max_power_kw"], d1["speed_class"], d1["sockets"]) == (7.0, "slow", 1)
    assert bool(d1["on_street"]) and bool(d1["access_24h"])
    assert d1["parking_type"] == "ON_STREET"
    assert d1["last_updated"] == "2020-03-04 11:12:13"
    d2 = gdf.loc["d2"]
    assert (d2["operator"], d2["speed_class"], d2["parking_type"]) == (
        "Pod Point",
        "fast",
        "PARKING_LOT",
    )
    assert not d2["on_street"] and d2["access_24h"] == False  # noqa: E712 (nullable bool)
    d3 = gdf.loc["d3"]
    assert (d3["max_power_kw"], d3["speed_class"], d3["sockets"]) == (50.0, "rapid", 2)
    assert d3["connectors"] == "CHAdeMO, CCS2" and d3["status"] == "not_operational"
    assert str(d3["access_24h"]) == "<NA>"
    assert (gdf.loc["d4", "speed_class"], gdf.loc["d4", "max_power_kw"]) == ("ultra", 150.0)
    d5 = gdf.loc["d5"]  # no rated output: 230 V x 32 A single phase
    assert d5["max_power_kw"] == pytest.approx(7.36) and d5["speed_class"] == "slow"
    assert d5["connectors"] == "3-pin (BS 1363)" and d5["status"] == "planned"


def test_ncr_malformed_line_skipped_with_warning(tmp_path):
    path = tmp_path / "ncr.csv"
    path.write_text(
        "chargeDeviceID,reference,name,latitude,longitude,chargeDeviceStatus\n"
        "a1,R1,One,53.48,-2.24,In service\n"
        "a2,R2,Two,53.49,-2.25,In service,extra,fields\n"
        "a3,R3,Three,53.50,-2.26,In service\n",
        encoding="utf-8",
    )
    fb = Feedback()
    gdf = read_ncr_csv(path, feedback=fb)
    assert list(gdf["source_id"]) == ["a1", "a3"]
    assert gdf.attrs["records_in"] == 3 and gdf.attrs["skipped_records"] == 1
    assert any("malformed CSV line" in w and "a2" in w for w in fb.warnings)


def test_malformed_lines_warned_once_with_a_translatable_count_of_the_rest(tmp_path):
    path = tmp_path / "ncr.csv"
    bad_lines = "".join(f"b{i},R,Bad,53.4,-2.2,In service,extra\n" for i in range(12))
    path.write_text(
        "chargeDeviceID,reference,name,latitude,longitude,chargeDeviceStatus\n"
        "a1,R1,One,53.48,-2.24,In service\n" + bad_lines,
        encoding="utf-8",
    )
    fb = Feedback()
    read_ncr_csv(path, feedback=fb)
    (warning,) = [w for w in fb.warnings if "malformed CSV line" in w]
    ids = warning.values["ids"]
    assert str(ids) == "b0, b1, b2, b3, b4, b5, b6, b7, b8, b9 and 2 more"
    assert ids.template == "{ids} and {count} more" and ids.values["count"] == 2


def test_a_file_that_is_not_ncr_fails_without_a_malformed_line_warning(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n3,4,5\n", encoding="utf-8")
    fb = Feedback()
    with pytest.raises(SourceFormatError, match="not a National Chargepoint Registry CSV"):
        read_ncr_csv(path, feedback=fb)
    assert fb.warnings == []


def test_not_an_ncr_file(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SourceFormatError, match="not a National Chargepoint Registry CSV"):
        read_ncr_csv(path)
    with pytest.raises(SourceFormatError, match="not a recognised chargepoint file"):
        detect_chargepoint_format(path)


# --------------------------------------------------------------------------------------------
# Any CSV, Open Charge Map


def _write_generic_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Ref", "Site", "Network", "Lat", "Lng", "kW", "Plug", "Bays", "Kerbside"])
        writer.writerows(rows)


def test_generic_csv_with_mapping(tmp_path):
    lon, lat = lonlat()
    path = tmp_path / "council.csv"
    _write_generic_csv(
        path,
        [
            [
                "C1",
                "Victoria Road",
                "Connected Kerb",
                f"{lat:.7f}",
                f"{lon:.7f}",
                "7.4",
                "Type 2",
                "2",
                "yes",
            ],
            [
                "C2",
                "Depot",
                "Connected Kerb",
                "not known",
                f"{lon:.7f}",
                "22",
                "Type 2; CCS",
                "1",
                "no",
            ],
        ],
    )
    mapping = {
        "source_id": "Ref",
        "name": "Site",
        "operator": "Network",
        "max_power_kw": "kW",
        "connectors": "Plug",
        "sockets": "Bays",
        "on_street": "Kerbside",
    }
    assert detect_chargepoint_format(path) == "csv"
    fb = Feedback()
    gdf = read_chargepoint_csv(path, mapping, feedback=fb)
    _columns_ok(gdf)
    assert len(gdf) == 1 and gdf.attrs["skipped_records"] == 1
    assert any("no or unreadable coordinates: C2" in w for w in fb.warnings)
    row = gdf.iloc[0]
    assert (row["cp_id"], row["name"], row["operator"]) == (
        "csv:C1",
        "Victoria Road",
        "Connected Kerb",
    )
    assert (row["max_power_kw"], row["speed_class"], row["sockets"]) == (7.4, "slow", 2)
    assert bool(row["on_street"]) is True
    assert (row.geometry.x, row.geometry.y) == pytest.approx(BASE, abs=0.01)
    with pytest.raises(ParameterError, match="Bogus"):
        read_chargepoint_csv(path, {"name": "Bogus"})
    with pytest.raises(ParameterError, match="Unknown field"):
        read_chargepoint_csv(path, {"colour": "Site"})


def _ocm_pois():
    lon, lat = lonlat(12.0, 0.0)
    return [
        {
            "ID": 101,
            "UUID": "aaa",
            "OperatorInfo": {"ID": 3, "Title": "POD Point"},
            "UsageType": {"ID": 1, "Title": "Public"},
            "StatusType": {"ID": 50, "IsOperational": True, "Title": "Operational"},
            "AddressInfo": {
                "Title": "Tesco Extra",
                "AddressLine1": "1 Chester Road",
                "Town": "Stretford",
                "Postcode": "M32 0AA",
                "Latitude": lat,
                "Longitude": lon,
                "AccessComments": "Open 24 hours",
            },
            "Connections": [
                {
                    "ConnectionType": {"Title": "Type 2 (Socket Only)"},
                    "PowerKW": 7.0,
                    "Quantity": 2,
                },
                {"ConnectionType": {"Title": "CHAdeMO"}, "PowerKW": 50.0, "Quantity": 1},
            ],
            "NumberOfPoints": 3,
            "DateLastStatusUpdate": "2023-05-01T10:00:00Z",
        },
        {
            "ID": 102,
            "UsageType": {"Title": "Private - Restricted Access"},
            "AddressInfo": {"Title": "Depot", "Latitude": 53.4, "Longitude": -2.3},
            "Connections": [],
        },
        {
            "ID": 103,
            "OperatorInfo": {"Title": "(Unknown Operator)"},
            "StatusTypeID": 150,
            "AddressInfo": {"Title": "New car park", "Latitude": 53.41, "Longitude": -2.31},
            "Connections": [
                {
                    "ConnectionType": {"Title": "Type 2 (Tethered Connector) "},
                    "Voltage": 400,
                    "Amps": 32,
                    "CurrentTypeID": 20,
                }
            ],
        },
        {"ID": 104, "Title": "not a POI"},
    ]


def test_open_charge_map(tmp_path):
    path = tmp_path / "ocm.json"
    path.write_text(json.dumps(_ocm_pois()), encoding="utf-8")
    assert detect_chargepoint_format(path) == "ocm"
    fb = Feedback()
    gdf = read_open_charge_map(path, feedback=fb).set_index("source_id", drop=False)
    _columns_ok(gdf)
    assert list(gdf.index) == ["101", "103"]
    assert gdf.attrs["records_in"] == 4 and gdf.attrs["skipped_records"] == 2
    assert any("private" in w and "102" in w for w in fb.warnings)
    assert any("not an Open Charge Map POI" in w for w in fb.warnings)
    tesco = gdf.loc["101"]
    assert (tesco["operator"], tesco["name"]) == ("POD Point", "Tesco Extra")
    assert tesco["address"] == "1 Chester Road, Stretford" and tesco["postcode"] == "M32 0AA"
    assert (tesco["max_power_kw"], tesco["speed_class"], tesco["sockets"]) == (50.0, "rapid", 3)
    assert tesco["connectors"] == "Type 2, CHAdeMO"
    assert bool(tesco["access_24h"]) and tesco["status"] == "operational"
    assert tesco["last_updated"] == "2023-05-01T10:00:00Z"
    new = gdf.loc["103"]
    assert new["operator"] is None and new["status"] == "planned"
    assert new["max_power_kw"] == pytest.approx(math.sqrt(3) * 400 * 32 / 1000)  # 22.17
    assert (new["speed_class"], new["sockets"]) == ("fast", 1)
    assert len(read_open_charge_map(_ocm_pois(), include_private=True)) == 3


def test_speed_class_thresholds_and_connectors():
    assert list(speed_class([3.6, 7.99, 8.0, 49.9, 50.0, 149.9, 150.0, 350.0, None, 0.0])) == [
        "slow",
        "slow",
        "fast",
        "fast",
        "rapid",
        "rapid",
        "ultra",
        "ultra",
        None,
        None,
    ]
    assert list(speed_class([7.0, 22.0], fast_min_kw=7.0, rapid_min_kw=22.0)) == ["fast", "rapid"]
    assert normalise_connector("Type 2 Combo (IEC62196) DC") == "CCS2"
    assert normalise_connector("CCS (Type 1)") == "CCS1"
    assert normalise_connector("Type 2 Tesla (IEC62196) DC") == "Tesla"
    assert normalise_connector("Type 1 SAEJ1772 (IEC 62196)") == "Type 1"
    assert normalise_connector("IEC_60309_2_three_32") == "Commando (IEC 60309)"
    assert normalise_connector("Wireless pad") == "Wireless pad"


def test_read_chargepoint_file_dispatch(ocpi_dir, shared_data):
    assert detect_chargepoint_format(ocpi_dir / "location_example.json") == "ocpi"
    assert len(read_chargepoint_file(ocpi_dir / "location_example.json")) == 1
    assert detect_chargepoint_format(shared_data / "ncr" / "ncr-2020-basic.csv") == "ncr"
    with pytest.raises(SourceFormatError, match="neither OCPI"):
        detect_chargepoint_format(ocpi_dir / "tariff_4_complex.json")


# --------------------------------------------------------------------------------------------
# Deduplication


def test_dedup_merges_same_operator_within_distance(tmp_path):
    ocm = read_open_charge_map(_ocm_pois()[:1])  # Tesco, POD Point, at BASE + 12 m east
    path = tmp_path / "council.csv"
    rows = []
    for ref, network, dx, dy in (
        ("A1", "Pod-Point Ltd", 0.0, 0.0),  # 12 m from the OCM record, same operator
        ("A2", "Connected Kerb", 0.0, 10.0),  # close, another operator: kept apart
        ("A3", "Pod Point", 100.0, 0.0),  # same operator, 88 m away: kept apart
    ):
        lon, lat = lonlat(dx, dy)
        rows.append([ref, "Site " + ref, network, f"{lat:.8f}", f"{lon:.8f}", "", "", "", ""])
    _write_generic_csv(path, rows)
    council = read_chargepoint_csv(
        path, {"source_id": "Ref", "operator": "Network", "name": "Site"}
    )
    both = concat_chargepoints([council, ocm])
    assert len(both) == 4
    distance = both.geometry.iloc[0].distance(both.geometry.iloc[3])
    assert distance == pytest.approx(12.0, abs=0.01)
    fb = Feedback()
    out = deduplicate_chargepoints(both, distance_m=20.0, feedback=fb)
    assert sorted(out["cp_id"]) == ["csv:A2", "csv:A3", "ocm:101"]
    kept = out.set_index("cp_id").loc["ocm:101"]  # the richer record wins
    assert kept["merged_sources"] == "csv:A1"
    assert out.set_index("cp_id")["merged_sources"].drop("ocm:101").isna().all()
    assert out.attrs["merged_records"] == 1
    # under 12 m nothing merges
    assert len(deduplicate_chargepoints(both, distance_m=11.0)) == 4


def test_dedup_by_id_and_same_file_twice(tmp_path):
    lon, lat = lonlat()
    lon2, lat2 = lonlat(5.0, 0.0)
    path = tmp_path / "ids.csv"
    _write_generic_csv(
        path,
        [
            ["X9", "North", "Alpha", f"{lat:.8f}", f"{lon:.8f}", "7", "", "", ""],
            ["X9", "North", "Beta", f"{lat2:.8f}", f"{lon2:.8f}", "", "", "", ""],
        ],
    )
    gdf = read_chargepoint_csv(
        path, {"source_id": "Ref", "operator": "Network", "max_power_kw": "kW"}
    )
    out = deduplicate_chargepoints(gdf)
    assert len(out) == 1 and out["operator"].iloc[0] == "Alpha"  # more fields filled
    assert out["merged_sources"].iloc[0] == "csv:X9"
    ocm = read_open_charge_map(_ocm_pois())
    twice = deduplicate_chargepoints(concat_chargepoints([ocm, ocm]))
    assert sorted(twice["cp_id"]) == ["ocm:101", "ocm:103"]
    with pytest.raises(ParameterError):
        deduplicate_chargepoints(gdf.drop(columns="operator"))


# --------------------------------------------------------------------------------------------
# Live OCPI endpoint on a loopback server


class _OcpiHandler(BaseHTTPRequestHandler):
    pages: list = []
    calls: list = []
    flaky_failures = 0

    def log_message(self, *args):  # keep the test output clean
        pass

    def _send(self, code, body, headers=None):
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        offset = int(query.get("offset", ["0"])[0])
        limit = int(query.get("limit", ["10"])[0])
        type(self).calls.append((url.path, offset, limit, self.headers.get("Authorization")))
        if self.headers.get("Authorization") != "Token good-token":
            body = json.dumps({"status_code": 2002, "status_message": "Unauthorized"}).encode()
            return self._send(401, body)
        route = url.path.split("/")[1]
        if route == "slow":
            time.sleep(1.0)
        if route == "flaky" and type(self).flaky_failures > 0:
            type(self).flaky_failures -= 1
            return self._send(503, b"{}")
        if route == "bad" or (route == "badpage2" and offset > 0):
            return self._send(200, b'{"data": [ {"id": "oops", ')
        page = self.pages[offset : offset + limit]
        headers = {"X-Total-Count": str(len(self.pages)), "X-Limit": str(limit)}
        if offset + limit < len(self.pages) and route != "nolink":
            base = f"http://127.0.0.1:{self.server.server_address[1]}{url.path}"
            headers["Link"] = f'<{base}?offset={offset + limit}&limit={limit}>; rel="next"'
        body = {"data": page, "status_code": 1000, "timestamp": "2024-01-01T00:00:00Z"}
        return self._send(200, json.dumps(body).encode(), headers)


@pytest.fixture()
def ocpi_server(ocpi_dir):
    _OcpiHandler.pages = [
        json.loads((ocpi_dir / name).read_text(encoding="utf-8"))
        for name in ("location_example.json", "location_example_parking_garage_opening_hours.json")
    ]
    _OcpiHandler.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OcpiHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_live_two_pages_by_link_header(ocpi_server):
    fb = Feedback()
    gdf = fetch_ocpi_locations(
        f"{ocpi_server}/ocpi/2.2.1/locations", "good-token", page_limit=1, feedback=fb
    )
    _columns_ok(gdf)
    assert list(gdf["cp_id"]) == [
        "ocpi:BE*BEC*LOC1",
        "ocpi:SE*EVC*cbb0df21-d17d-40ba-a4aa-dc588c8f98cb",
    ]
    assert [c[:3] for c in _OcpiHandler.calls] == [
        ("/ocpi/2.2.1/locations", 0, 1),
        ("/ocpi/2.2.1/locations", 1, 1),
    ]
    assert all(c[3] == "Token good-token" for c in _OcpiHandler.calls)
    assert fb.progress == 100.0
    on_street = gdf.iloc[0]
    assert (on_street["max_power_kw"], on_street["sockets"]) == (pytest.approx(10.56), 2)


def test_live_pages_by_total_count_without_link(ocpi_server):
    gdf = fetch_ocpi_locations(f"{ocpi_server}/nolink/locations", "good-token", page_limit=1)
    assert len(gdf) == 2
    assert [c[1] for c in _OcpiHandler.calls] == [0, 1]


def test_live_expired_token(ocpi_server):
    with pytest.raises(OcpiAuthenticationError) as info:
        fetch_ocpi_locations(f"{ocpi_server}/ocpi/locations", "old-token", retries=2, backoff=0.01)
    message = str(info.value)
    assert "HTTP 401" in message and "QGIS authentication configuration" in message
    assert "old-token" not in message
    assert len(_OcpiHandler.calls) == 1  # no retry on a rejected token


def test_live_timeout(ocpi_server):
    start = time.monotonic()
    with pytest.raises(RemoteSourceError) as info:
        fetch_ocpi_locations(
            f"{ocpi_server}/slow/locations", "good-token", timeout=0.2, retries=1, backoff=0.01
        )
    assert "2 attempt(s)" in str(info.value) and "no answer within 0.2 s" in str(info.value)
    assert f"{ocpi_server}/slow/locations" in str(info.value)
    assert len(_OcpiHandler.calls) == 2
    assert time.monotonic() - start < 5


def test_live_retry_after_server_error(ocpi_server):
    _OcpiHandler.flaky_failures = 2
    gdf = fetch_ocpi_locations(f"{ocpi_server}/flaky/locations", "good-token", backoff=0.01)
    assert len(gdf) == 2
    assert len(_OcpiHandler.calls) == 3


def test_live_malformed_page(ocpi_server):
    with pytest.raises(SourceFormatError) as info:
        fetch_ocpi_locations(f"{ocpi_server}/bad/locations", "good-token")
    assert f"{ocpi_server}/bad/locations" in str(info.value)
    assert info.value.location == "page 1"
    with pytest.raises(SourceFormatError) as info:
        fetch_ocpi_locations(f"{ocpi_server}/badpage2/locations", "good-token", page_limit=1)
    assert info.value.location == "page 2" and "not valid JSON" in str(info.value)


def test_live_size_limit_and_url_rules(ocpi_server):
    with pytest.raises(RemoteSourceError, match="size limit"):
        fetch_ocpi_locations(f"{ocpi_server}/ocpi/locations", "good-token", max_bytes=200)
    with pytest.raises(ParameterError, match="https"):
        fetch_ocpi_locations("http://ocpi.example.com/locations", "good-token")
    with pytest.raises(ParameterError, match="token"):
        fetch_ocpi_locations(f"{ocpi_server}/ocpi/locations", "  ")


def test_live_tls_verification_cannot_be_switched_off():
    body = json.dumps({"data": [], "status_code": 1000}).encode()

    class Response:
        status_code, reason, links = 200, "OK", {}
        headers = {"X-Total-Count": "0"}

        def iter_content(self, chunk_size):
            yield body

        def close(self):
            pass

    class Session:
        def __init__(self, verify):
            self.verify = verify
            self.calls = []

        def get(self, url, **kwargs):
            self.calls.append(kwargs)
            return Response()

    insecure = Session(verify=False)
    assert len(fetch_ocpi_locations("https://ocpi.example/locations", "t", session=insecure)) == 0
    assert insecure.calls[0]["verify"] is True
    assert insecure.calls[0]["headers"]["Authorization"] == "Token t"
    bundle = Session(verify="/etc/ssl/council-ca.pem")
    fetch_ocpi_locations("https://ocpi.example/locations", "t", session=bundle, base64_token=True)
    assert bundle.calls[0]["verify"] == "/etc/ssl/council-ca.pem"
    assert bundle.calls[0]["headers"]["Authorization"] == "Token dA=="
