"""OpenStreetMap kerbside reader: hstore tags, tag schemes per side, provenance, real extracts."""

from __future__ import annotations

import math
import re

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import LineString, MultiLineString, Point, Polygon

from ev_planner_plugin.core.eligibility import resolve_restriction_mapping
from ev_planner_plugin.core.errors import Cancelled, ParameterError
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.kerbs import normalise_key
from ev_planner_plugin.sources.dtro import KERBSIDE_CATEGORY_BY_REGULATION_TYPE
from ev_planner_plugin.sources.osm import (
    KERB_FIELDS,
    OSM_REGULATION_TYPES,
    POINT_FIELDS,
    PROVENANCES,
    RESTRICTION_FIELDS,
    SIDE_FIELDS,
    parse_length_m,
    parse_other_tags,
    parse_power_kw,
    read_osm_kerbside,
)

# Real extracts hold a few unclosed rings (GDAL repairs and warns).
pytestmark = pytest.mark.filterwarnings("ignore:Non closed ring detected")

CRS = "EPSG:27700"
LINE_COLUMNS = ["osm_id", "name", "highway", "waterway", "aerialway", "barrier", "man_made"]
POINT_COLUMNS = ["osm_id", "name", "barrier", "highway", "ref", "address", "is_in", "place"]
WEST_EAST = ((0.0, 0.0), (100.0, 0.0))


# --------------------------------------------------------------------------------------------
# Hand-made layers shaped like GDAL's OSM driver output


def hstore(tags: dict) -> str | None:
    """Tags as the driver writes other_tags."""
    if not tags:
        return None

    def q(text):
        return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'

    return ",".join(f"{q(k)}=>{q(v)}" for k, v in tags.items())


def driver_frame(features, columns) -> gpd.GeoDataFrame:
    """features: (osm_id, geometry, tags); tags in a column go there, the rest to other_tags."""
    rows = []
    for osm_id, geom, tags in features:
        tags = dict(tags)
        row = {"osm_id": str(osm_id)}
        for col in columns[1:]:
            row[col] = tags.pop(col, None)
        row["other_tags"] = hstore(tags)
        row["geometry"] = geom
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[*columns, "other_tags", "geometry"])
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=CRS)


def lines_layer(*features) -> gpd.GeoDataFrame:
    return driver_frame(features, LINE_COLUMNS)


def points_layer(*features) -> gpd.GeoDataFrame:
    return driver_frame(features, POINT_COLUMNS)


def road(osm_id, tags, coords=WEST_EAST, highway="residential"):
    return (osm_id, LineString(coords), {"highway": highway, **tags})


def kerb(result, osm_id, side) -> pd.Series:
    rows = result.kerbs[(result.kerbs["osm_id"] == str(osm_id)) & (result.kerbs["side"] == side)]
    assert len(rows) == 1
    return rows.iloc[0]


def read(lines, points=None, **kwargs):
    fb = Feedback()
    result = read_osm_kerbside(lines, points, feedback=fb, **kwargs)
    return result, fb


# --------------------------------------------------------------------------------------------
# parse_other_tags


def test_parse_simple_and_empty_values():
    tags = parse_other_tags(['"a"=>"1","b:c"=>"two words"', None, float("nan"), "", pd.NA])
    assert tags == [{"a": "1", "b:c": "two words"}, {}, {}, {}, {}]


def test_parse_escaped_quotes_backslashes_arrows_and_commas_in_values():
    text = r'"description"=>"say \"hi\" a=>b, c\\d","we\"ird"=>"","x"=>"\\"'
    assert parse_other_tags([text]) == [
        {"description": 'say "hi" a=>b, c\\d', 'we"ird': "", "x": "\\"}
    ]


def test_parse_whitespace_null_bare_tokens_json_and_dicts():
    assert parse_other_tags([' "a" => "1" ,  "b"=>NULL , c=>d ']) == [
        {"a": "1", "b": None, "c": "d"}
    ]
    assert parse_other_tags(['{"amenity":"charging_station","capacity":"2"}']) == [
        {"amenity": "charging_station", "capacity": "2"}
    ]
    assert parse_other_tags([{"a": 1}]) == [{"a": "1"}]
    assert parse_other_tags(pd.Series(['"k"=>"v"'], index=[7])) == [{"k": "v"}]


def test_parse_malformed_keeps_pairs_before_the_error_and_reports_the_row():
    bad: list = []
    tags = parse_other_tags(
        ['"ok"=>"1"', '"a"=>"1","b"=>"unterminated', '"a" "b"', '"a"=>"1" "b"=>"2"'],
        malformed=bad,
    )
    assert tags == [{"ok": "1"}, {"a": "1"}, {}, {"a": "1"}]
    assert bad == [1, 2, 3]


def test_parse_round_trip_through_the_gdal_osm_driver(tmp_path):
    """What GDAL writes for awkward tag values is read back exactly."""
    assert "OSM" in pyogrio.list_drivers()
    osm = tmp_path / "t.osm"
    osm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n'
        ' <node id="1" lat="51.5" lon="-0.1" version="1">'
        '<tag k="amenity" v="charging_station"/>'
        '<tag k="description" v="say &quot;hi&quot; a=&gt;b, c\\d"/>'
        '<tag k="we&quot;ird" v=""/><tag k="socket:type2" v="2"/></node>\n</osm>\n',
        encoding="utf-8",
    )
    frame = pyogrio.read_dataframe(osm, layer="points")
    assert parse_other_tags(frame["other_tags"]) == [
        {
            "amenity": "charging_station",
            "description": 'say "hi" a=>b, c\\d',
            'we"ird': "",
            "socket:type2": "2",
        }
    ]


@pytest.mark.parametrize(
    ("text", "metres"),
    [
        ("2.5", 2.5),
        ("2,5 m", 2.5),
        ("250 cm", 2.5),
        ("50cm", 0.5),
        ("1.2m", 1.2),
        ("10 ft", 3.048),
        ("6'6\"", 6 * 0.3048 + 6 * 0.0254),
        ("3;4", 3.0),
        ("~2", 2.0),
    ],
)
def test_parse_length(text, metres):
    assert parse_length_m(text) == pytest.approx(metres)


def test_parse_length_and_power_unreadable():
    assert math.isnan(parse_length_m("narrow"))
    assert math.isnan(parse_length_m(None))
    assert math.isnan(parse_power_kw("fast"))


@pytest.mark.parametrize(
    ("text", "kw"),
    [("22 kW", 22.0), ("7kW;22kW", 22.0), ("11000 W", 11.0), ("50", 50.0), ("3700", 3.7)],
)
def test_parse_power(text, kw):
    assert parse_power_kw(text) == pytest.approx(kw)


# --------------------------------------------------------------------------------------------
# Geometry, widths and classes


def test_west_east_way_left_kerb_is_north_and_widths_by_source():
    lines = lines_layer(
        road(1, {}),  # residential class default 4.8 m
        road(2, {"width": "9"}, coords=((0, 100), (100, 100))),
        road(3, {"lanes": "2"}, coords=((0, 200), (100, 200)), highway="primary"),
        road(4, {"est_width": "600 cm"}, coords=((0, 300), (100, 300))),
    )
    result, _ = read(lines)
    k = result.kerbs.set_index("kerb_id")
    left = k.loc["1-L"].geometry
    right = k.loc["1-R"].geometry
    assert shapely.get_coordinates(left)[:, 1] == pytest.approx([2.4, 2.4])
    assert shapely.get_coordinates(right)[:, 1] == pytest.approx([-2.4, -2.4])
    assert shapely.get_coordinates(k.loc["2-L"].geometry)[:, 1] == pytest.approx([104.5] * 2)
    assert k.loc["2-L", "carriageway_width_provenance"] == "tagged"
    assert k.loc["3-R", "carriageway_width_m"] == pytest.approx(7.3)
    assert k.loc["3-R", "carriageway_width_provenance"] == "inferred"
    assert k.loc["4-L", "carriageway_width_m"] == pytest.approx(6.0)
    assert k.loc["1-L", "carriageway_width_provenance"] == "default"
    assert list(result.kerbs.columns) == [*KERB_FIELDS, "geometry"]
    assert result.kerbs["usrn"].isna().all()


def test_east_west_way_left_kerb_is_south():
    result, _ = read(lines_layer(road(1, {"sidewalk": "left"}, coords=((100, 0), (0, 0)))))
    left = kerb(result, 1, "left")
    assert shapely.get_coordinates(left.geometry)[:, 1] == pytest.approx([-2.4, -2.4])
    assert left["sidewalk"] == "yes"
    assert kerb(result, 1, "right")["sidewalk"] == "no"


def test_implausible_width_is_warned_and_ignored():
    result, fb = read(lines_layer(road(7, {"width": "0.8"})))
    assert kerb(result, 7, "left")["carriageway_width_m"] == pytest.approx(4.8)
    assert any("outside 2-40 m" in w and "7" in w for w in fb.warnings)


def test_carriageway_classes_and_service_options():
    lines = lines_layer(
        road(1, {}),
        road(2, {}, highway="service"),
        road(3, {"service": "parking_aisle"}, highway="service"),
        *(
            road(10 + i, {}, highway=h)
            for i, h in enumerate(
                [
                    "footway",
                    "cycleway",
                    "path",
                    "steps",
                    "track",
                    "bridleway",
                    "pedestrian",
                    "construction",
                    "proposed",
                ]
            )
        ),
        (30, LineString(WEST_EAST), {"waterway": "river"}),
    )
    result, _ = read(lines)
    assert sorted(result.kerbs["kerb_id"]) == ["1-L", "1-R", "2-L", "2-R"]
    assert result.summary["roads"] == 2
    no_service, _ = read(lines, include_service=False)
    assert sorted(no_service.kerbs["osm_id"].unique()) == ["1"]
    all_service, _ = read(lines, excluded_service_types=())
    assert sorted(all_service.kerbs["osm_id"].unique()) == ["1", "2", "3"]
    only_footways, _ = read(lines, carriageway_classes=("footway",))
    assert sorted(only_footways.kerbs["osm_id"].unique()) == ["10"]


def test_geographic_or_mixed_crs_is_refused():
    lines = lines_layer(road(1, {}))
    with pytest.raises(ParameterError, match="geographic"):
        read_osm_kerbside(lines.set_crs(4326, allow_override=True))
    points = points_layer((5, Point(0, 0), {"highway": "street_lamp"})).to_crs(3857)
    with pytest.raises(ParameterError, match="different coordinate reference systems"):
        read_osm_kerbside(lines, points)


def test_no_carriageway_gives_empty_layers_and_a_warning():
    result, fb = read(lines_layer(road(1, {}, highway="footway")))
    assert len(result.kerbs) == 0 and len(result.restrictions) == 0
    assert list(result.restrictions.columns) == [*RESTRICTION_FIELDS, "geometry"]
    assert any("no kerbs were made" in w for w in fb.warnings)


def test_malformed_other_tags_warned_with_the_way_id():
    lines = lines_layer(road(1, {}))
    lines.loc[0, "other_tags"] = '"parking:left"=>"lane","sidewalk"=>"bo'
    result, fb = read(lines)
    assert kerb(result, 1, "left")["parking_position"] == "lane"
    assert result.summary["malformed_tags"] == 1
    assert any("could not be read completely" in w and "ids: 1" in w for w in fb.warnings)


def test_repeated_ids_null_geometries_and_multipart_ways():
    lines = lines_layer(
        road(1, {"parking:left": "lane"}),
        road(1, {"parking:right": "lane"}, coords=((0, 50), (100, 50))),
        (2, None, {"highway": "residential"}),
        (
            3,
            MultiLineString([[(0, 100), (50, 100)], [(60, 100), (100, 100)]]),
            {"highway": "residential", "parking:both": "lane"},
        ),
    )
    result, fb = read(lines)
    k = result.kerbs.set_index("kerb_id")
    assert list(k.index) == ["1#1-L", "1#1-R", "1#2-L", "1#2-R", "3-L1", "3-L2", "3-R1", "3-R2"]
    assert k.loc["1#1-L", "parking_position"] == "lane"
    assert k.loc["1#1-R", "parking_position"] is None
    assert k.loc["1#2-R", "parking_position"] == "lane"
    assert set(k.loc[["3-L1", "3-L2", "3-R1", "3-R2"], "parking_position"]) == {"lane"}
    assert set(k["osm_id"]) == {"1", "3"}
    assert any("2 ways share an osm_id" in w for w in fb.warnings)
    assert any("without geometry skipped (ids: 2)" in w for w in fb.warnings)


def test_summary_counts_and_quiet_default_widths():
    lines = lines_layer(
        road(1, {"sidewalk": "both", "parking:both": "lane"}),
        road(2, {}, coords=((0, 100), (100, 100))),
    )
    fb = Feedback()
    result = read_osm_kerbside(lines, feedback=fb)
    s = result.summary
    assert (s["roads"], s["kerb_count"]) == (2, 4)
    assert s["centreline_length_m"] == pytest.approx(200.0)
    assert s["kerb_length_m"] == pytest.approx(400.0)
    assert s["provenance"]["sidewalk"] == {"tagged": 2, "inferred": 0, "default": 2}
    assert s["values"]["sidewalk"]["yes"] == {"tagged": 2, "inferred": 0, "default": 0}
    assert s["values"]["parking_position"]["null"]["default"] == 2
    assert s["values"]["carriageway_width"]["class_default"]["default"] == 4
    assert s["restrictions"] == {"kerb_restriction": 0, "bus_stop": 0, "crossing": 0}
    assert fb.progress == 100
    # Roads without a width tag are normal in OSM: no per-road warning about it.
    assert not any("without a carriageway width" in w for w in fb.warnings)


def test_cancel_stops_the_reader():
    class Cancelling(Feedback):
        def is_canceled(self):
            return True

    with pytest.raises(Cancelled):
        read_osm_kerbside(lines_layer(road(1, {})), feedback=Cancelling())


# --------------------------------------------------------------------------------------------
# Street parking: current scheme, deprecated scheme, sides and provenance


def test_current_scheme_each_side():
    tags = {
        "parking:left": "lane",
        "parking:left:orientation": "parallel",
        "parking:right": "no",
        "parking:right:restriction": "no_stopping",
    }
    result, _ = read(lines_layer(road(1, tags)))
    left, right = kerb(result, 1, "left"), kerb(result, 1, "right")
    assert (left["parking_position"], left["parking_position_provenance"]) == ("lane", "tagged")
    assert (left["parking_orientation"], left["parking_orientation_provenance"]) == (
        "parallel",
        "tagged",
    )
    assert left["parking_restriction"] is None
    assert left["parking_restriction_provenance"] == "default"
    assert left["parking_source_key"] == "parking:left, parking:left:orientation"
    assert (right["parking_position"], right["parking_restriction"]) == ("no", "no_stopping")
    assert right["parking_restriction_provenance"] == "tagged"
    assert right["parking_orientation_provenance"] == "default"
    [row] = result.restrictions[result.restrictions["kind"] == "kerb_restriction"].itertuples()
    assert (row.kerb_id, row.side, row.regulation_type) == ("1-R", "right", "kerbsideNoStopping")
    assert (row.osm_key, row.osm_value, row.provenance) == (
        "parking:right:restriction",
        "no_stopping",
        "tagged",
    )
    assert row.kerbside_category == "no_stopping"
    assert shapely.get_coordinates(row.geometry)[:, 1] == pytest.approx([-2.4, -2.4])


def test_both_with_a_side_override():
    tags = {
        "parking:both": "street_side",
        "parking:both:orientation": "diagonal",
        "parking:right:orientation": "perpendicular",
    }
    result, _ = read(lines_layer(road(1, tags)))
    left, right = kerb(result, 1, "left"), kerb(result, 1, "right")
    assert (left["parking_position"], left["parking_orientation"]) == ("street_side", "diagonal")
    assert (right["parking_position"], right["parking_orientation"]) == (
        "street_side",
        "perpendicular",
    )
    assert right["parking_source_key"] == "parking:both, parking:right:orientation"
    assert len(result.restrictions) == 0


def test_deprecated_scheme_each_side():
    tags = {
        "parking:lane:left": "parallel",
        "parking:lane:left:parallel": "half_on_kerb",
        "parking:condition:left": "residents",
        "parking:condition:left:time_interval": "Mo-Fr 08:30-18:30",
        "parking:lane:right": "no_stopping",
    }
    result, _ = read(lines_layer(road(1, tags)))
    left, right = kerb(result, 1, "left"), kerb(result, 1, "right")
    assert (left["parking_position"], left["parking_position_provenance"]) == (
        "half_on_kerb",
        "tagged",
    )
    assert (left["parking_orientation"], left["parking_orientation_provenance"]) == (
        "parallel",
        "tagged",
    )
    assert (left["parking_condition"], left["parking_condition_provenance"]) == (
        "residents",
        "tagged",
    )
    assert (right["parking_position"], right["parking_position_provenance"]) == (
        "no",
        "inferred",
    )
    assert (right["parking_restriction"], right["parking_restriction_provenance"]) == (
        "no_stopping",
        "tagged",
    )
    rows = result.restrictions.set_index("kerb_id")
    assert rows.loc["1-L", "regulation_type"] == "kerbsidePermitParkingPlace"
    assert rows.loc["1-L", "osm_key"] == "parking:condition:left"
    assert rows.loc["1-L", "conditions"] == "Mo-Fr 08:30-18:30"
    assert rows.loc["1-R", "regulation_type"] == "kerbsideNoStopping"
    assert rows.loc["1-R", "osm_value"] == "no_stopping"


def test_deprecated_both_no_infers_no_waiting():
    result, _ = read(lines_layer(road(1, {"parking:lane:both": "no"})))
    for side in ("left", "right"):
        k = kerb(result, 1, side)
        assert (k["parking_position"], k["parking_position_provenance"]) == ("no", "tagged")
        assert (k["parking_restriction"], k["parking_restriction_provenance"]) == (
            "no_parking",
            "inferred",
        )
    rows = result.restrictions
    assert list(rows["regulation_type"]) == ["kerbsideNoWaiting"] * 2
    assert list(rows["osm_value"]) == ["no"] * 2
    assert list(rows["osm_key"]) == ["parking:lane:both"] * 2
    assert list(rows["provenance"]) == ["inferred"] * 2


def test_deprecated_position_sub_key_alone_implies_orientation():
    result, _ = read(lines_layer(road(1, {"parking:lane:left:parallel": "lay_by"})))
    left = kerb(result, 1, "left")
    assert (left["parking_position"], left["parking_position_provenance"]) == (
        "street_side",
        "tagged",
    )
    assert (left["parking_orientation"], left["parking_orientation_provenance"]) == (
        "parallel",
        "inferred",
    )
    assert kerb(result, 1, "right")["parking_position_provenance"] == "default"


def test_current_scheme_wins_over_deprecated_for_a_side():
    tags = {"parking:left": "no", "parking:lane:left": "parallel", "parking:lane:right": "diagonal"}
    result, _ = read(lines_layer(road(1, tags)))
    left, right = kerb(result, 1, "left"), kerb(result, 1, "right")
    assert left["parking_position"] == "no"
    assert left["parking_orientation"] is None
    assert left["parking_orientation_provenance"] == "default"
    assert (left["parking_restriction"], left["parking_restriction_provenance"]) == (
        "no_parking",
        "inferred",
    )
    assert left["parking_source_key"] == "parking:left"
    assert (right["parking_position"], right["parking_orientation"]) == ("lane", "diagonal")
    assert right["parking_position_provenance"] == "inferred"


@pytest.mark.parametrize(
    ("tags", "field_values", "regulation_type", "osm_value", "conditions"),
    [
        (
            {"parking:right": "lane", "parking:right:restriction": "charging_only"},
            {"parking_restriction": "charging_only"},
            "kerbsideParkingPlace",
            "charging_only",
            "EV charging only",
        ),
        (
            {"parking:right": "lane", "parking:right:restriction": "loading_only"},
            {"parking_restriction": "loading_only"},
            "kerbsideLoadingPlace",
            "loading_only",
            None,
        ),
        (
            {"parking:right": "no", "parking:right:restriction": "no_parking"},
            {"parking_restriction": "no_parking"},
            "kerbsideNoWaiting",
            "no_parking",
            None,
        ),
        (
            {"parking:right": "lane", "parking:right:access": "no"},
            {"parking_restriction": "no_parking"},
            "kerbsideNoWaiting",
            "no",
            None,
        ),
        (
            {
                "parking:right": "lane",
                "parking:right:access": "no",
                "parking:right:disabled": "designated",
            },
            {"parking_condition": "disabled", "parking_restriction": None},
            "kerbsideDisabledBadgeHoldersOnly",
            "disabled",
            None,
        ),
        (
            {
                "parking:right": "lane",
                "parking:right:fee": "yes",
                "parking:right:maxstay": "2 hours",
            },
            {"parking_condition": "ticket"},
            "kerbsidePaymentParkingPlace",
            "ticket",
            "max stay 2 hours",
        ),
        (
            {"parking:right": "lane", "parking:right:maxstay": "1 hour"},
            {"parking_condition": "disc"},
            "kerbsideLimitedWaiting",
            "disc",
            "max stay 1 hour",
        ),
        (
            {"parking:lane:right": "parallel", "parking:condition:right": "loading"},
            {"parking_restriction": "loading_only", "parking_condition": None},
            "kerbsideLoadingPlace",
            "loading",
            None,
        ),
        (
            {"parking:lane:right": "parallel", "parking:condition:right": "disabled"},
            {"parking_condition": "disabled"},
            "kerbsideDisabledBadgeHoldersOnly",
            "disabled",
            None,
        ),
        (
            {"parking:lane:right": "fire_lane"},
            {"parking_restriction": "fire_lane", "parking_position": "no"},
            "fire_lane",  # no D-TRO equivalent: the OSM value itself
            "fire_lane",
            None,
        ),
        (
            {"parking:lane:right": "parallel", "parking:condition:right": "customers"},
            {"parking_condition": "customers"},
            "customers",
            "customers",
            None,
        ),
    ],
)
def test_restriction_values_on_the_right_side(
    tags, field_values, regulation_type, osm_value, conditions
):
    result, _ = read(lines_layer(road(1, tags)))
    right = kerb(result, 1, "right")
    for name, value in field_values.items():
        assert right[name] == value, name
    rows = result.restrictions[result.restrictions["kerb_id"] == "1-R"]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["regulation_type"], row["osm_value"], row["conditions"]) == (
        regulation_type,
        osm_value,
        conditions,
    )
    expected_category = (
        "ev_charging"
        if osm_value == "charging_only"
        else KERBSIDE_CATEGORY_BY_REGULATION_TYPE.get(regulation_type, "other")
    )
    assert row["kerbside_category"] == expected_category
    # Only the right side is tagged: the left kerb has no restriction row.
    assert (result.restrictions["kerb_id"] == "1-L").sum() == 0


def test_free_parking_gives_no_restriction():
    result, _ = read(lines_layer(road(1, {"parking:both": "lane", "parking:both:fee": "no"})))
    assert kerb(result, 1, "left")["parking_condition"] == "free"
    assert len(result.restrictions) == 0


def test_unknown_values_are_warned():
    tags = {"parking:left": "somewhere", "sidewalk": "shared"}
    result, fb = read(lines_layer(road(1, tags)))
    assert kerb(result, 1, "left")["parking_position"] == "somewhere"
    assert kerb(result, 1, "left")["sidewalk"] == "unknown"
    assert any("parking:left=somewhere (1)" in w and "sidewalk=shared" in w for w in fb.warnings)


def test_regulation_types_are_dtro_values_known_to_the_eligibility_mapping():
    mapping = resolve_restriction_mapping()
    for value in OSM_REGULATION_TYPES.values():
        assert value in KERBSIDE_CATEGORY_BY_REGULATION_TYPE
        assert normalise_key(value) in mapping


# --------------------------------------------------------------------------------------------
# Sidewalks and footway widths


def test_sidewalk_side_values_and_widths():
    lines = lines_layer(
        road(1, {"sidewalk": "left", "sidewalk:left:width": "2.5"}),
        road(2, {"sidewalk:both": "separate"}, coords=((0, 100), (100, 100))),
        road(3, {"footway": "both", "sidewalk:width": "250 cm"}, coords=((0, 200), (100, 200))),
        road(4, {"sidewalk": "yes"}, coords=((0, 300), (100, 300))),
        road(5, {}, coords=((0, 400), (100, 400))),
        road(6, {}, coords=((0, 500), (100, 500)), highway="motorway"),
        road(
            7,
            {"sidewalk": "both", "sidewalk:right:width": "3", "sidewalk:right:minwidth": "1.2"},
            coords=((0, 600), (100, 600)),
        ),
        road(8, {"sidewalk:right:width": "2"}, coords=((0, 700), (100, 700))),
    )
    result, _ = read(lines)

    def check(osm_id, side, sidewalk, sidewalk_prov, width, width_prov):
        k = kerb(result, osm_id, side)
        assert (k["sidewalk"], k["sidewalk_provenance"]) == (sidewalk, sidewalk_prov)
        if width is None:
            assert math.isnan(k["footway_width_m"])
        else:
            assert k["footway_width_m"] == pytest.approx(width)
        assert k["footway_width_provenance"] == width_prov

    check(1, "left", "yes", "tagged", 2.5, "tagged")
    check(1, "right", "no", "tagged", 0.0, "inferred")
    check(2, "left", "separate", "tagged", None, "default")
    check(3, "right", "yes", "tagged", 2.5, "tagged")
    check(4, "left", "yes", "inferred", None, "default")
    check(5, "right", "unknown", "default", None, "default")
    check(6, "left", "no", "inferred", 0.0, "inferred")
    check(7, "right", "yes", "tagged", 1.2, "tagged")
    check(7, "left", "yes", "tagged", None, "default")
    check(8, "right", "yes", "inferred", 2.0, "tagged")
    check(8, "left", "unknown", "default", None, "default")


def test_separately_mapped_sidewalks_give_width_and_separate():
    lines = lines_layer(
        road(1, {"sidewalk": "separate"}),
        road(2, {}, coords=((0, 100), (100, 100))),
        (
            10,
            LineString([(0, 5), (100, 5)]),
            {"highway": "footway", "footway": "sidewalk", "width": "2.2"},
        ),
        (11, LineString([(0, -5), (100, -5)]), {"highway": "footway", "footway": "sidewalk"}),
        (
            12,
            LineString([(0, 104), (60, 104)]),
            {"highway": "footway", "footway": "sidewalk", "width": "3", "minwidth": "1.8"},
        ),
        (
            13,
            LineString([(60, 104), (100, 104)]),
            {"highway": "footway", "footway": "sidewalk", "width": "2.5"},
        ),
    )
    result, _ = read(lines)
    left, right = kerb(result, 1, "left"), kerb(result, 1, "right")
    assert (left["sidewalk"], left["sidewalk_provenance"]) == ("separate", "tagged")
    assert left["footway_width_m"] == pytest.approx(2.2)
    assert left["footway_width_provenance"] == "inferred"
    assert right["sidewalk"] == "separate"
    assert math.isnan(right["footway_width_m"])
    assert right["footway_width_provenance"] == "default"
    north = kerb(result, 2, "left")
    assert (north["sidewalk"], north["sidewalk_provenance"]) == ("separate", "inferred")
    assert north["footway_width_m"] == pytest.approx(1.8)  # the narrowest of the two ways
    south = kerb(result, 2, "right")
    assert (south["sidewalk"], south["sidewalk_provenance"]) == ("unknown", "default")
    # Sidewalks are not kerbs.
    assert set(result.kerbs["osm_id"]) == {"1", "2"}


def test_separate_sidewalks_must_run_along_the_kerb():
    lines = lines_layer(
        road(1, {}, coords=((0, 0), (10, 0))),
        # a side street's sidewalk, square to the road, starting at the kerb
        (
            10,
            LineString([(5, 3), (5, 40)]),
            {"highway": "footway", "footway": "sidewalk", "width": "2"},
        ),
        # a sidewalk too far away to belong to this road
        (
            11,
            LineString([(0, 12), (10, 12)]),
            {"highway": "footway", "footway": "sidewalk", "width": "2"},
        ),
    )
    result, _ = read(lines)
    for side in ("left", "right"):
        assert kerb(result, 1, side)["sidewalk"] == "unknown"
    close, _ = read(lines, sidewalk_max_distance=10.0)
    assert kerb(close, 1, "left")["sidewalk"] == "separate"
    assert kerb(close, 1, "left")["footway_width_m"] == pytest.approx(2.0)


# --------------------------------------------------------------------------------------------
# Points, bus stops and crossings


def test_points_of_each_kind_and_bus_stops_and_crossings():
    lines = lines_layer(
        road(1, {}),
        (
            20,
            LineString([(40, 6), (60, 6)]),
            {"public_transport": "platform", "bus": "yes", "name": "High Street"},
        ),
        (
            21,
            LineString([(50, -10), (50, 10)]),
            {"highway": "footway", "footway": "crossing", "crossing": "traffic_signals"},
        ),
    )
    points = points_layer(
        (
            100,
            Point(10, 5),
            {
                "amenity": "charging_station",
                "capacity": "3",
                "operator": "Source London",
                "socket:type2": "2",
                "socket:type2:output": "7 kW",
                "socket:chademo": "1",
                "socket:chademo:output": "50 kW",
            },
        ),
        (101, Point(20, 5), {"amenity": "parking_space", "parking_space": "disabled"}),
        (
            102,
            Point(30, 5),
            {"amenity": "bicycle_parking", "bicycle_parking": "stands", "capacity": "10"},
        ),
        (103, Point(40, 3), {"highway": "street_lamp", "lamp_mount": "straight_mast"}),
        (
            104,
            Point(70, 4),
            {"highway": "bus_stop", "public_transport": "platform", "bus": "yes", "local_ref": "K"},
        ),
        (
            105,
            Point(50, 0),
            {"highway": "crossing", "crossing": "traffic_signals", "crossing_ref": "pelican"},
        ),
        (106, Point(80, 0), {"crossing": "uncontrolled"}),
        (107, Point(90, 0), {"crossing": "no"}),
        (108, Point(95, 0), {"railway": "crossing", "crossing": "barrier"}),
        (109, Point(0, 50), {"amenity": "bench"}),
    )
    polygons = gpd.GeoDataFrame(
        {
            "osm_id": [None, "900"],
            "osm_way_id": ["800", None],
            "amenity": ["bicycle_parking", "parking"],
            "other_tags": ['"capacity"=>"20"', '"parking"=>"street_side","capacity:disabled"=>"2"'],
        },
        geometry=[
            Polygon([(0, 8), (4, 8), (4, 10), (0, 10)]),
            Polygon([(60, 3), (70, 3), (70, 5), (60, 5)]),
        ],
        crs=CRS,
    )
    result, _ = read(lines, points, polygons=polygons)
    pts = result.points.set_index("point_id")
    assert list(result.points.columns) == [*POINT_FIELDS, "geometry"]
    assert sorted(pts.index) == [
        "bicycle_parking:node/102",
        "bicycle_parking:way/800",
        "charging_station:node/100",
        "disabled_parking:node/101",
        "disabled_parking:relation/900",
        "street_lamp:node/103",
    ]
    cs = pts.loc["charging_station:node/100"]
    assert (cs["capacity"], cs["sockets"], cs["connectors"]) == (3, 3, "CHAdeMO, Type 2")
    assert (cs["max_power_kw"], cs["speed_class"], cs["operator"]) == (
        50.0,
        "rapid",
        "Source London",
    )
    assert pts.loc["disabled_parking:node/101", "capacity"] == 1
    assert pts.loc["disabled_parking:relation/900", "capacity"] == 2
    assert pts.loc["bicycle_parking:node/102", ["capacity", "osm_value"]].tolist() == [10, "stands"]
    area = pts.loc["bicycle_parking:way/800"]
    assert (area["osm_type"], area["capacity"]) == ("way", 20)
    assert area.geometry.within(polygons.geometry.iloc[0])
    assert pts.loc["street_lamp:node/103", "osm_value"] == "straight_mast"
    assert len(result.points_of_kind("bicycle_parking")) == 2

    layers = result.restriction_layers()
    bus = layers["bus_stop"].set_index("restriction_id")
    assert sorted(bus.index) == ["bus_stop:node/104", "bus_stop:way/20"]
    assert bus.loc["bus_stop:node/104", "name"] == "K"
    assert bus.loc["bus_stop:way/20", "geometry"].equals(Point(50, 6))
    assert set(bus["regulation_type"]) == {"nonOrderKerbsideBusStop"}
    cross = layers["crossing"].set_index("restriction_id")
    assert sorted(cross.index) == ["crossing:node/105", "crossing:node/106"]
    assert cross.loc["crossing:node/105", "crossing_kind"] == "pelican"
    assert cross.loc["crossing:node/106", "crossing_kind"] == "uncontrolled"
    assert set(cross["regulation_type"]) == {"nonOrderKerbsidePedestrianCrossing"}
    assert len(layers["kerb_restriction"]) == 0


# --------------------------------------------------------------------------------------------
# Real extracts


def _read_pbf(path):
    layers = {}
    for name in ("lines", "points", "multipolygons"):
        layers[name] = pyogrio.read_dataframe(path, layer=name).to_crs(27700)
    return layers


def _run(layers):
    fb = Feedback()
    result = read_osm_kerbside(
        layers["lines"], layers["points"], polygons=layers["multipolygons"], feedback=fb
    )
    return result, fb


@pytest.fixture(scope="module")
def london(shared_data):
    layers = _read_pbf(shared_data / "osm" / "central-london-2023-03.osm.pbf")
    return layers, *_run(layers)


@pytest.fixture(scope="module")
def rutland(shared_data):
    layers = _read_pbf(shared_data / "osm" / "rutland-2018-02.osm.pbf")
    return layers, *_run(layers)


def _count_carriageway_ways(lines, pattern: str) -> int:
    """Carriageway ways whose raw other_tags match ``pattern`` (counted without the reader)."""
    roads = lines[
        lines["highway"].isin(
            [
                "residential",
                "primary",
                "secondary",
                "tertiary",
                "trunk",
                "unclassified",
                "trunk_link",
                "primary_link",
                "tertiary_link",
                "living_street",
                "service",
            ]
        )
    ]
    text = roads["other_tags"].fillna("")
    service = text.str.contains('"service"=>"(?:parking_aisle|driveway|drive-through)"')
    return int(text[~service].str.contains(pattern).sum())


def test_central_london_kerbs(london):
    layers, result, fb = london
    kerbs, summary = result.kerbs, result.summary
    assert summary["roads"] == 1099
    assert len(kerbs) >= 2 * 1099
    ratio = summary["kerb_length_m"] / summary["centreline_length_m"]
    assert 1.9 <= ratio <= 2.0
    assert set(kerbs["side"]) == {"left", "right"}
    for name in ("carriageway_width", *SIDE_FIELDS):
        assert set(kerbs[f"{name}_provenance"]) <= set(PROVENANCES)
        assert sum(summary["provenance"][name].values()) == len(kerbs)
    # parking:lane:both on 49 carriageway ways, :left and :right on 6 others.
    both = _count_carriageway_ways(layers["lines"], '"parking:lane:both"=>')
    left = _count_carriageway_ways(layers["lines"], '"parking:lane:left"=>')
    right = _count_carriageway_ways(layers["lines"], '"parking:lane:right"=>')
    assert (both, left, right) == (49, 6, 6)
    tagged = kerbs[kerbs["parking_position_provenance"] == "tagged"]
    sides = tagged[["osm_id", "side"]].drop_duplicates()
    assert len(sides) == 2 * both + left + right
    assert set(tagged["parking_position"]) == {"no", "lane"}
    # parallel: parking:lane:both=parallel on one way, :left or :right=parallel on six
    parallel = kerbs[kerbs["parking_orientation"] == "parallel"]
    assert len(parallel[["osm_id", "side"]].drop_duplicates()) == 2 + 6
    # Sidewalks are well mapped there: most kerbs have a tagged value.
    assert summary["provenance"]["sidewalk"]["tagged"] > 1500
    assert summary["values"]["sidewalk"]["separate"]["inferred"] > 0
    assert (kerbs["footway_width_provenance"] == "inferred").sum() > 200
    assert (kerbs["footway_width_m"] == 0.5).sum() > 0  # sidewalk:minimum_width=50cm
    assert summary["provenance"]["carriageway_width"]["inferred"] > 500  # from lanes
    assert any("street-parking tags on only 110 of" in w for w in fb.warnings)


def test_central_london_restrictions_and_points(london):
    _, result, _ = london
    r = result.restrictions
    kerb_rows = r[r["kind"] == "kerb_restriction"]
    # the parking:lane:*=no sides (both on 48 ways, one side of 6), some kerbs in two parts
    assert len(kerb_rows[["osm_id", "side"]].drop_duplicates()) == 2 * 48 + 6
    assert set(kerb_rows["regulation_type"]) == {"kerbsideNoWaiting"}
    assert set(kerb_rows["osm_value"]) == {"no"}
    assert set(kerb_rows.geometry.geom_type) == {"LineString"}
    assert (r["kind"] == "bus_stop").sum() == 44
    assert (r["kind"] == "crossing").sum() == 334
    crossings = r[r["kind"] == "crossing"]
    kinds = crossings["crossing_kind"].value_counts().to_dict()
    # crossing_ref (UK signal and zebra types) first, else crossing=*
    assert (kinds["pelican"], kinds["zebra"], kinds["traffic_signals"]) == (158, 52, 30)
    assert crossings["crossing_kind"].isna().sum() == 5  # highway=crossing alone
    p = result.points
    counts = p["kind"].value_counts().to_dict()
    assert counts == {"bicycle_parking": 364, "street_lamp": 59, "charging_station": 5}
    bikes = p[p["kind"] == "bicycle_parking"]
    assert (bikes["osm_type"] == "way").sum() == 5
    cs = p[p["kind"] == "charging_station"]
    assert int(cs["capacity"].sum()) == 4
    assert (cs["operator"] == "Source London").sum() == 2
    assert set(p.geometry.geom_type) == {"Point"}
    # Inside the extract, in British National Grid metres.
    x, y = p.geometry.x, p.geometry.y
    assert x.between(528000, 531000).all() and y.between(181000, 183500).all()


def test_rutland_is_almost_all_defaults(rutland):
    _, result, fb = rutland
    kerbs, summary = result.kerbs, result.summary
    n = len(kerbs)
    assert summary["roads"] == 2865 and n >= 2 * 2865
    ratio = summary["kerb_length_m"] / summary["centreline_length_m"]
    assert 1.9 <= ratio <= 2.0
    for name in ("parking_position", "parking_orientation"):
        assert summary["provenance"][name]["default"] == n - 1
    for name in ("parking_restriction", "parking_condition"):
        assert summary["provenance"][name]["default"] == n
    lay_by = kerbs[kerbs["parking_position_provenance"] == "tagged"].iloc[0]
    # Stamford Road (A6121): parking:lane:left:parallel=lay_by, the only parking tag there.
    assert (lay_by["osm_id"], lay_by["side"], lay_by["parking_position"]) == (
        "234562391",
        "left",
        "street_side",
    )
    assert lay_by["parking_orientation"] == "parallel"
    assert lay_by["parking_orientation_provenance"] == "inferred"
    assert summary["provenance"]["sidewalk"]["default"] > 0.98 * n
    assert summary["provenance"]["footway_width"]["default"] > 0.99 * n
    assert summary["provenance"]["carriageway_width"]["default"] > 0.95 * n
    assert len(result.restrictions[result.restrictions["kind"] == "kerb_restriction"]) == 0
    assert result.summary["points"]["charging_station"] == 1
    assert result.summary["points"]["bicycle_parking"] == 5
    assert any("street-parking tags on only 1 of" in w for w in fb.warnings)
    assert np.isfinite(kerbs["carriageway_width_m"]).all()


def test_leeds_extract_reads(shared_data):
    layers = _read_pbf(shared_data / "osm" / "leeds-its-2020.osm.pbf")
    result, _ = _run(layers)
    assert result.summary["roads"] == 90
    assert len(result.kerbs) >= 180
    assert result.summary["points"]["bicycle_parking"] == 23
    bus = result.restrictions[result.restrictions["kind"] == "bus_stop"]
    assert len(bus) == 9
    assert re.fullmatch(r"bus_stop:node/\d+", bus["restriction_id"].iloc[0])


def test_detect_osm_format(shared_data, tmp_path):
    from ev_planner_plugin.sources.osm import detect_osm_format

    assert detect_osm_format(shared_data / "osm" / "leeds-its-2020.osm.pbf") == "pbf"
    xml = tmp_path / "tiny.osm"
    xml.write_text('<?xml version="1.0"?>\n<osm version="0.6"></osm>\n')
    assert detect_osm_format(xml) == "xml"
    html = tmp_path / "page.osm"
    html.write_text("<html><body>not osm</body></html>")
    assert detect_osm_format(html) is None


def test_detect_osm_format_names_a_file_it_cannot_read(tmp_path):
    from ev_planner_plugin.core.errors import SourceFormatError
    from ev_planner_plugin.sources.osm import detect_osm_format

    folder = tmp_path / "extract.osm"
    folder.mkdir()
    for path in (tmp_path / "gone.osm.pbf", folder):
        with pytest.raises(SourceFormatError, match="cannot read the file") as info:
            detect_osm_format(path)
        assert info.value.path == str(path)
