"""D-TRO reader on the official DfT examples (schema 3.4.x and 4.0.0) and on broken copies."""

from __future__ import annotations

import copy
import json
import math

import pytest
import shapely
from pyproj import Transformer

from ev_planner_plugin.core.errors import ParameterError, SourceFormatError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.sources.dtro import (
    DTRO_FIELDS,
    KERBSIDE_CATEGORIES,
    KERBSIDE_CATEGORY_BY_REGULATION_TYPE,
    read_dtro,
    split_geometry_families,
    summarise_time_validity,
)

# features (revoked="flag"), and of them points, lines, polygons -- counted from the files
EXAMPLE_COUNTS = {
    "D-TRO-v3.4.0-example-snip-kerbside.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-SYL-example.json": (4, 0, 4, 0),
    "D-TRO-v3.4.1-example-extension.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-example-height-restriction-with-conditions.json": (1, 1, 0, 0),
    "D-TRO-v3.4.1-example-maxStayNoReturn.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-example-more-complex-example.json": (12, 1, 10, 1),
    "D-TRO-v3.4.1-example-multiple-nested-condition-sets.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-example-rates-example.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-example-real-time-update.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-example-road-closure-with-diversion-route.json": (2, 0, 2, 0),
    "D-TRO-v3.4.1-example-suspension-one-way.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-example-temp-one-way-with-conditions.json": (1, 0, 1, 0),
    "D-TRO-v3.4.1-example-weight-restriction.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-SYL.json": (4, 0, 4, 0),
    "D-TRO-v4.0.0-example-consultation.json": (0, 0, 0, 0),
    "D-TRO-v4.0.0-example-emissions-value-range-and-value-range-with-boundary.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-extension-permit-works.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-extension-several- works.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-extension.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-height-restriction-with-conditions.json": (1, 1, 0, 0),
    "D-TRO-v4.0.0-example-maxStayNoReturn.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-more-complex-example.json": (12, 1, 10, 1),
    "D-TRO-v4.0.0-example-multilinestring.json": (2, 0, 2, 0),
    "D-TRO-v4.0.0-example-multiple-nested-condition-sets.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-multipoint.json": (1, 1, 0, 0),
    "D-TRO-v4.0.0-example-multipolygon.json": (1, 0, 0, 1),
    "D-TRO-v4.0.0-example-national-speed-limit.json": (2, 0, 2, 0),
    "D-TRO-v4.0.0-example-other-condition.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-polygon-example.json": (2, 0, 0, 2),
    "D-TRO-v4.0.0-example-polygon-with-rings.json": (1, 0, 0, 1),
    "D-TRO-v4.0.0-example-rates-example.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-real-time-update.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-recurring-day-week-month-period.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-road-closure-with-diversion-route.json": (2, 0, 2, 0),
    "D-TRO-v4.0.0-example-source-action-type-full-revoke-example.json": (12, 1, 10, 1),
    "D-TRO-v4.0.0-example-suspension-one-way.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-temp-one-way-with-conditions.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-timeValidity-part1.json": (2, 0, 2, 0),
    "D-TRO-v4.0.0-example-timeValidity-part2.json": (2, 0, 2, 0),
    "D-TRO-v4.0.0-example-vehicleTypeExtension.json": (1, 0, 1, 0),
    "D-TRO-v4.0.0-example-weight-restriction.json": (1, 0, 1, 0),
}


@pytest.fixture(scope="module")
def examples(shared_data):
    return shared_data / "dtro" / "examples"


@pytest.fixture(scope="module")
def schema_dir(shared_data):
    return shared_data / "dtro"


def _record(examples, name):
    return json.loads((examples / name).read_text(encoding="utf-8"))


def test_every_example_file_is_covered(examples):
    assert sorted(p.name for p in examples.glob("*.json")) == sorted(EXAMPLE_COUNTS)


@pytest.mark.parametrize("name", sorted(EXAMPLE_COUNTS))
def test_every_example_reads(examples, name):
    result = read_dtro(examples / name, revoked="flag")
    places = result.places
    total, n_point, n_line, n_polygon = EXAMPLE_COUNTS[name]
    assert len(places) == total
    families = split_geometry_families(places)
    assert (len(families["point"]), len(families["line"]), len(families["polygon"])) == (
        n_point,
        n_line,
        n_polygon,
    )
    assert list(places.columns) == [*DTRO_FIELDS, "geometry"]
    assert places.crs.to_epsg() == 27700
    assert places["source_file"].eq(str(examples / name)).all()
    assert places["kerbside_category"].isin(KERBSIDE_CATEGORIES).all()
    assert places["regulation_type"].notna().all()
    assert places["provision_ref"].notna().all()
    assert not shapely.is_empty(places.geometry.values).any()
    assert result.records_read == 1
    if total == 0:  # the consultation: a proposal, reported, not silently dropped
        assert len(result.problems) == 2
        assert all("consultation" in message for _, _, message in result.problems)


def test_kerbside_mapping_covers_both_schema_enumerations(schema_dir):
    for version in ("3.4.1", "4.0.0"):
        schema = json.loads((schema_dir / f"D-TRO-v{version}-schema.json").read_text())
        enum = schema["$defs"]["regulationType"]["enum"]
        assert set(enum) <= set(KERBSIDE_CATEGORY_BY_REGULATION_TYPE)
    assert set(KERBSIDE_CATEGORY_BY_REGULATION_TYPE.values()) <= set(KERBSIDE_CATEGORIES)


def test_multipolygon_example(examples):
    result = read_dtro(examples / "D-TRO-v4.0.0-example-multipolygon.json")
    assert result.problems == []
    row = result.places.iloc[0]
    assert row.geometry.geom_type == "MultiPolygon"
    assert len(row.geometry.geoms) == 2
    assert row.geometry.bounds == (323443.0, 124611.0, 323720.0, 124890.0)
    assert row["tro_ref"] == "abc"
    assert row["provision_ref"] == "c962b51f-e1aa-416e-8f0b-aefe39a4c099"
    assert row["regulation_type"] == "speedLimitValueBased"
    assert row["kerbside_category"] == "other"
    assert row["usrn"] == "39605595, 39686496, 39605516, 39612157"
    assert row["conditions"] == "speed limit 20 mph (maximum speed limit, permanent)"
    assert row["time_validity"] == "At any time (from 2024-12-10 09:00)"
    assert row["lateral_position"] is None
    assert (row["made_date"], row["in_force_date"], row["action_type"]) == (
        "2025-01-01",
        "2025-01-01",
        "new",
    )
    assert not row["revoked"]


def test_multilinestring_example(examples):
    places = read_dtro(examples / "D-TRO-v4.0.0-example-multilinestring.json").places
    assert list(places.geom_type) == ["LineString", "MultiLineString"]
    multi = places.geometry.iloc[1]
    assert len(multi.geoms) == 3
    assert multi.geoms[0].coords[0] == (323589.0, 125149.0)
    assert multi.geoms[2].coords[-1] == (320715.0, 124191.0)
    assert list(places["lateral_position"]) == [None, "centreline"]
    assert places["usrn"].iloc[0] == "39608173"
    assert places["time_validity"].iloc[0] == "At any time (2024-10-22 06:00 to 2024-10-24 20:00)"
    assert places["conditions"].iloc[0] == (
        "temporarily overrides provision DA3C3631-7710-4EA5-B654-62CD316D487A"
    )


def test_multipoint_example(examples):
    places = read_dtro(examples / "D-TRO-v4.0.0-example-multipoint.json").places
    geom = places.geometry.iloc[0]
    assert geom.geom_type == "MultiPoint"
    assert [(p.x, p.y) for p in geom.geoms] == [(320336.0, 126142.0), (320315.0, 126172.0)]
    assert places["regulation_type"].iloc[0] == "miscBusGate"
    assert places["kerbside_category"].iloc[0] == "bus_lane"
    assert (
        places["time_validity"]
        .iloc[0]
        .startswith(
            "Mon-Fri 08:00-09:30, 16:30-18:30 except public holidays, match days, external start"
        )
    )


@pytest.mark.parametrize("name", ["D-TRO-v4.0.0-example-SYL.json", "D-TRO-v3.4.1-SYL-example.json"])
def test_single_yellow_line_example_both_versions(examples, name):
    result = read_dtro(examples / name)
    places = result.places
    assert result.problems == []
    assert list(places["regulation_type"]) == [
        "kerbsideNoWaiting",
        "kerbsideLoadingPlacePassengerSetDownPermitted",
        "kerbsideLoadingPlace",
        "kerbsideDisabledBadgeHoldersOnly",
    ]
    assert list(places["kerbside_category"]) == ["no_waiting", "loading", "loading", "disabled"]
    assert list(places["time_validity"]) == ["Mon-Sun 09:00-20:00 (from 2024-12-10 09:00)"] * 3 + [
        "Mon-Sun 09:00-20:00, max stay 3 h, no return within 1 h (from 2024-12-10 09:00)"
    ]
    assert places.geometry.length.tolist() == pytest.approx([math.hypot(94, 17)] * 4)
    assert places["usrn"].eq("39608173").all()
    assert (
        places["description"]
        .iloc[0]
        .startswith(
            "No waiting - single yellow line - Monday to Sunday 9.00 am to 8.00 pm | East Reach"
        )
    )
    validity = json.loads(places["time_validity_json"].iloc[3])
    assert len(validity) == 1 and validity[0]["start"] == "2024-12-10T09:00:00"


def test_snip_kerbside_example_v340(examples):
    places = read_dtro(examples / "D-TRO-v3.4.0-example-snip-kerbside.json").places
    row = places.iloc[0]
    assert row["regulation_type"] == "kerbsidePaymentParkingPlace"
    assert row["kerbside_category"] == "pay_and_display"
    assert row["lateral_position"] == "onKerb"
    assert row["usrn"] == "39608173"
    assert row["made_date"] == "2024-10-17"
    assert row["in_force_date"] == "2024-12-10"  # the provision's date wins over the order's
    assert row["time_validity"] == "Mon-Sun 09:00-20:00 (from 2024-12-10 09:00)"
    assert list(row.geometry.coords) == [(323158.0, 124529.0), (323252.0, 124546.0)]


def test_full_revoke_dropped_or_flagged(examples):
    path = examples / "D-TRO-v4.0.0-example-source-action-type-full-revoke-example.json"
    dropped = read_dtro(path, revoked="drop")
    assert len(dropped.places) == 0
    assert len(dropped.problems) == 6  # one report per revoked provision, never silent
    assert all("revoked (fullRevoke)" in message for _, _, message in dropped.problems)
    assert "3 regulated place(s) dropped" in dropped.problems[1][2]
    flagged = read_dtro(path, revoked="flag")
    assert len(flagged.places) == 12
    assert flagged.places["revoked"].all()
    assert flagged.places["action_type"].eq("fullRevoke").all()
    normal = read_dtro(examples / "D-TRO-v4.0.0-example-more-complex-example.json", revoked="flag")
    assert not normal.places["revoked"].any()
    with pytest.raises(ParameterError):
        read_dtro(path, revoked="keep")


def test_consultation_kept_on_request(examples):
    result = read_dtro(examples / "D-TRO-v4.0.0-example-consultation.json", consultations="keep")
    assert len(result.places) == 2
    assert result.places["action_type"].eq("consultation:new").all()
    assert result.places["kerbside_category"].eq("limited_waiting").all()


def test_diversion_route_is_labelled(examples):
    places = read_dtro(examples / "D-TRO-v4.0.0-example-road-closure-with-diversion-route.json")
    descriptions = list(places.places["description"])
    assert not descriptions[0].startswith("[diversion route]")
    assert descriptions[1].startswith("[diversion route] ")


def test_conditions_and_time_validity_readable(examples):
    complex_ = read_dtro(examples / "D-TRO-v4.0.0-example-more-complex-example.json").places
    bus_gate = complex_[complex_["regulation_type"] == "miscBusGate"]["conditions"].iloc[0]
    assert bus_gate == (
        "(NOT vehicle type any vehicle OR vehicle type bus OR vehicle type pedal cycle OR "
        "disabled badge holder OR occupants greater than 2 OR permit resident (ABC123, "
        "Somerset Council))"
    )
    height = read_dtro(examples / "D-TRO-v4.0.0-example-height-restriction-with-conditions.json")
    assert height.places["conditions"].iloc[0] == "vehicle height 2.5 m AND NOT vehicle type bus"
    monthly = read_dtro(examples / "D-TRO-v4.0.0-example-recurring-day-week-month-period.json")
    assert monthly.places["time_validity"].iloc[0] == (
        "days 27-31 in Jan-Apr 08:00-18:00 (from 2024-08-01 08:00)"
    )
    stay = read_dtro(examples / "D-TRO-v4.0.0-example-maxStayNoReturn.json").places
    assert stay["time_validity"].iloc[0] == (
        "Mon-Sat 08:00-18:00, max stay 20 min (from 2024-08-01 08:00)"
    )
    # the official example's line has its two vertices at one spot: imported and reported
    assert stay.geometry.length.iloc[0] == 0
    part2 = read_dtro(examples / "D-TRO-v4.0.0-example-timeValidity-part2.json").places
    assert part2["time_validity"].iloc[0] == (
        "2025-01-18 21:00 to 2025-01-19 05:00; 2025-01-19 21:00 to 2025-01-20 05:00 "
        "(2025-01-01 to 2025-12-31 23:59:59)"
    )
    assert summarise_time_validity({"start": "1970-01-01T00:00:00", "isPlaceholderTro": True}) == (
        "At any time (placeholder dates)"
    )


def test_degenerate_geometry_is_reported(examples):
    result = read_dtro(examples / "D-TRO-v4.0.0-example-maxStayNoReturn.json")
    paths = {path for _, path, _ in result.problems}
    assert paths == {"$.data.source.provision[0].regulatedPlace[0].linearGeometry"}
    assert any("zero-length" in message for _, _, message in result.problems)


def test_ev_charging_bay_from_conditions(examples):
    record = _record(examples, "D-TRO-v4.0.0-example-maxStayNoReturn.json")
    regulation = record["data"]["source"]["provision"][0]["regulation"]
    regulation["generalRegulation"]["regulationType"] = "kerbsideParkingPlace"
    regulation["condition"]["vehicleCharacteristics"] = {
        "electricChargingCharacteristic": {"charging": True}
    }
    places = read_dtro(record).places
    assert places["kerbside_category"].iloc[0] == "ev_charging"
    assert places["conditions"].iloc[0] == "vehicle EV charging"


def test_validation_reports_violation_path_and_keeps_valid_provisions(
    examples, schema_dir, tmp_path
):
    record = _record(examples, "D-TRO-v4.0.0-example-SYL.json")
    broken = copy.deepcopy(record)
    provision = broken["data"]["source"]["provision"][1]
    provision["regulation"]["generalRegulation"]["regulationType"] = "kerbsideNoParkingAtAll"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    fb = Feedback()
    result = read_dtro(path, validate=True, schema_dir=schema_dir, feedback=fb)
    violations = [(p, m) for _, p, m in result.problems if m.startswith("schema violation")]
    assert violations == [
        (
            "$.data.source.provision[1].regulation.generalRegulation.regulationType",
            violations[0][1],
        )
    ]
    assert "'kerbsideNoParkingAtAll' is not one of" in violations[0][1]
    assert ("$.data.source.provision[1]") in {p for _, p, _ in result.problems}
    assert len(result.places) == 3  # the three valid provisions are read
    assert "kerbsideNoParkingAtAll" not in set(result.places["regulation_type"])
    assert any("provision[1]" in w for w in fb.warnings)
    # without validation the unknown type is read, reported and classed "other"
    lenient = read_dtro(path)
    assert len(lenient.places) == 4
    assert lenient.places["kerbside_category"].iloc[1] == "other"
    assert any("not known to this reader" in m for _, _, m in lenient.problems)


def test_validation_violation_outside_provisions_skips_the_order(examples, schema_dir):
    record = _record(examples, "D-TRO-v4.0.0-example-SYL.json")
    del record["data"]["source"]["troName"]
    result = read_dtro(record, validate=True, schema_dir=schema_dir)
    assert len(result.places) == 0
    assert (
        "<object 1>",
        "$.data.source",
        "schema violation: 'troName' is a required property",
    ) in (result.problems)


def test_validation_of_the_official_examples(examples, schema_dir):
    result = read_dtro(sorted(examples.glob("*.json")), validate=True, schema_dir=schema_dir)
    violations = [(f, p) for f, p, m in result.problems if m.startswith("schema violation")]
    # the only violations in the official examples: a "16:30:00:00" time in two provisions
    name = str(examples / "D-TRO-v3.4.1-example-more-complex-example.json")
    tail = (
        ".regulation[0].conditionSet[0].condition[0].timeValidity.validPeriod[0]"
        ".recurringTimePeriodOfDay[1].startTimeOfPeriod"
    )
    assert violations == [
        (name, f"$.data.source.provision[4]{tail}"),
        (name, f"$.data.source.provision[5]{tail}"),
    ]
    assert result.records_read == 41
    only = read_dtro(name, validate=True, schema_dir=schema_dir)
    assert len(only.places) == 12 - 3  # provisions 4 (2 places) and 5 (1 place) skipped


def test_validation_needs_the_schema_files(examples, tmp_path):
    with pytest.raises(ParameterError, match="D-TRO-v4.0.0-schema.json"):
        read_dtro(examples / "D-TRO-v4.0.0-example-SYL.json", validate=True, schema_dir=tmp_path)


def test_malformed_json_names_file_and_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "schemaVersion": "4.0.0",\n  "data": {"source": ]\n}\n', encoding="utf-8")
    with pytest.raises(SourceFormatError) as info:
        read_dtro(path)
    message = str(info.value)
    assert str(path) in message and "line 3, column 22" in message
    assert info.value.location == "line 3, column 22"


def test_not_a_dtro_file_is_an_error(shared_data):
    with pytest.raises(SourceFormatError, match="no D-TRO record found"):
        read_dtro(shared_data / "ocpi-2.2.1" / "location_example.json")


def test_list_of_records_file(examples, tmp_path):
    records = [
        _record(examples, "D-TRO-v4.0.0-example-SYL.json"),
        _record(examples, "D-TRO-v3.4.1-example-weight-restriction.json"),
    ]
    path = tmp_path / "list.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = read_dtro(path)
    assert len(result.places) == 5
    assert result.records_read == 2
    assert result.places["source_file"].eq(str(path)).all()
    assert result.problems == []
    # the same as parsed objects
    assert len(read_dtro(records).places) == 5


def test_api_page_wrapper(examples):
    page = {
        "page": 1,
        "pageSize": 3,
        "totalCount": 3,
        "results": [
            {"id": "2f8c", **_record(examples, "D-TRO-v4.0.0-example-multipoint.json")},
            _record(examples, "D-TRO-v4.0.0-example-multipolygon.json"),
            {"troName": "a search hit", "_links": {"self": "https://dtro.example/dtros/1"}},
        ],
    }
    result = read_dtro(page)
    assert len(result.places) == 2
    assert list(result.places.geom_type) == ["MultiPoint", "MultiPolygon"]
    assert result.places["source_file"].eq("<object 1>").all()
    assert len(result.problems) == 1
    label, path, message = result.problems[0]
    assert (label, path) == ("<object 1>", "$.results[2]")
    assert "GET /dtros/{id}" in message


def test_bare_data_object_version_inferred(examples):
    data = _record(examples, "D-TRO-v3.4.1-SYL-example.json")["data"]
    result = read_dtro(data)
    assert len(result.places) == 4
    assert result.problems == [
        ("<object 1>", "$", "no schemaVersion; read as 3.4.x (inferred from the structure).")
    ]


def test_other_srid_is_transformed(examples):
    record = _record(examples, "D-TRO-v3.4.0-example-snip-kerbside.json")
    place = record["data"]["source"]["provision"][0]["regulatedPlace"][0]
    place["linearGeometry"]["linestring"] = "SRID=4326;LINESTRING(-3.10 51.01, -3.09 51.01)"
    places = read_dtro(record).places
    expected = Transformer.from_crs(4326, 27700, always_xy=True).transform(-3.10, 51.01)
    assert places.geometry.iloc[0].coords[0] == pytest.approx(expected, abs=0.01)
    to_wgs84 = read_dtro(record, target_crs="EPSG:4326").places
    assert to_wgs84.crs.to_epsg() == 4326
    assert to_wgs84.geometry.iloc[0].coords[0] == pytest.approx((-3.10, 51.01))


def test_parts_not_understood_are_reported(examples):
    record = _record(examples, "D-TRO-v4.0.0-example-SYL.json")
    provisions = record["data"]["source"]["provision"]
    provisions[0]["regulation"]["condition"]["moonPhase"] = "full"
    provisions[1]["regulatedPlace"][0].pop("directedLinear")
    provisions[2]["regulatedPlace"][0]["directedLinear"]["directedLineString"] = "SRID=27700;LINE(1"
    result = read_dtro(record)
    assert len(result.places) == 2
    by_path = {path: message for _, path, message in result.problems}
    assert "moonPhase" in by_path["$.data.source.provision[0].regulation.condition.moonPhase"]
    assert "without geometry" in by_path["$.data.source.provision[1].regulatedPlace[0]"]
    bad = "$.data.source.provision[2].regulatedPlace[0].directedLinear"
    assert by_path[bad].startswith("geometry not understood")


def test_schema_version_forced_picks_the_validation_schema(shared_data, schema_dir):
    example = shared_data / "dtro" / "examples" / "D-TRO-v3.4.1-SYL-example.json"
    as_declared = read_dtro(example)
    for version in ("3.4", "4.0"):  # reading does not depend on it: nothing to report
        forced = read_dtro(example, schema_version=version)
        assert len(forced.places) == len(as_declared.places) == 4
        assert forced.problems == as_declared.problems == []
    validated = read_dtro(example, validate=True, schema_dir=schema_dir, schema_version="4.0")
    notes = [p for p in validated.problems if "as asked" in p[2]]
    assert [(path, message) for _, path, message in notes] == [
        (
            "$.schemaVersion",
            "schema version '3.4.1' in the record; validated against the 4.0.x schema as asked "
            "(FORMAT).",
        )
    ]
    assert len(validated.places) == 0  # a 3.4.1 record does not conform to the 4.0.0 schema
    same = read_dtro(example, validate=True, schema_dir=schema_dir, schema_version="3.4")
    assert len(same.places) == 4 and same.problems == []
    with pytest.raises(ParameterError, match="3.4 or 4.0"):
        read_dtro(example, schema_version="2.1")


def test_schema_version_forced_on_bare_records_validates_without_a_note(examples, schema_dir):
    bare = _record(examples, "D-TRO-v4.0.0-example-SYL.json")["data"]
    inferred = read_dtro(bare)
    assert [p[1:] for p in inferred.problems] == [
        ("$", "no schemaVersion; read as 4.0.x (inferred from the structure).")
    ]
    as_4 = read_dtro(bare, validate=True, schema_dir=schema_dir, schema_version="4.0")
    assert len(as_4.places) == 4 and as_4.problems == []
    as_34 = read_dtro(bare, validate=True, schema_dir=schema_dir, schema_version="3.4")
    assert len(as_34.places) == 0  # checked against the 3.4.1 schema, as asked
    assert all(p[1].startswith("$.source.provision[") for p in as_34.problems)
    assert not [p for p in as_34.problems if "schemaVersion" in p[1] or "None" in p[2]]
