"""Kerbside eligibility on real data: OpenStreetMap extracts and official D-TRO geometries."""

from __future__ import annotations

import processing
import pytest

from ev_planner_plugin.core.eligibility import resolve_restriction_mapping
from ev_planner_plugin.core.kerbs import normalise_key
from ev_planner_plugin.sources.osm import DEFAULT_CARRIAGEWAY_HIGHWAYS


@pytest.fixture(scope="module")
def london(evplanner_provider, shared_data):
    return processing.run(
        "evplanner:importosmkerbside",
        {
            "INPUT": str(shared_data / "osm" / "central-london-2023-03.osm.pbf"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "RESTRICTIONS": "TEMPORARY_OUTPUT",
            "BUS_STOPS": "TEMPORARY_OUTPUT",
            "CROSSINGS": "TEMPORARY_OUTPUT",
            "POINTS": "TEMPORARY_OUTPUT",
        },
    )


def osm_carriageways(path):
    """The carriageway centrelines of an OSM extract, for junctions (node degree >= 3)."""
    classes = ",".join(f"'{c}'" for c in sorted(DEFAULT_CARRIAGEWAY_HIGHWAYS))
    return processing.run(
        "native:extractbyexpression",
        {
            "INPUT": f"{path}|layername=lines",
            "EXPRESSION": f'"highway" IN ({classes})',
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]


def test_central_london_osm_through_kerbs_to_eligibility(london, shared_data):
    points = london["POINTS"]
    cycle = processing.run(
        "native:extractbyattribute",
        {
            "INPUT": points,
            "FIELD": "kind",
            "OPERATOR": 0,
            "VALUE": "bicycle_parking",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    lamps = processing.run(
        "native:extractbyattribute",
        {
            "INPUT": points,
            "FIELD": "kind",
            "OPERATOR": 0,
            "VALUE": "street_lamp",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    results = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": london["OUTPUT"],
            "FOOTWAY_WIDTH_FIELD": "footway_width_m",
            "UNKNOWN_FOOTWAY_POLICY": 1,  # GB OSM rarely has widths: assume, check on site
            "RESTRICTIONS": london["RESTRICTIONS"],
            "BUS_STOPS": london["BUS_STOPS"],
            "CROSSINGS": london["CROSSINGS"],
            "CROSSING_KIND_FIELD": "crossing_kind",
            "CYCLE_PARKING": cycle,
            "ROADS": osm_carriageways(shared_data / "osm" / "central-london-2023-03.osm.pbf"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    kerb_km = results["KERB_LENGTH"] / 1000
    # ~1,100 carriageway ways in the extract give ~98 km of kerb (both sides)
    assert 80 < kerb_km < 120
    eligible_share = (results["ELIGIBLE_LENGTH"] + results["TRO_CHANGE_LENGTH"]) / (
        results["KERB_LENGTH"]
    )
    # junctions every few tens of metres, crossings and bus stops exclude about a third; the
    # extract tags few parking restrictions, so much of the rest is only "not known to be
    # restricted" (the officer checks it against the council's own TRO data)
    assert 0.3 < eligible_share < 0.8
    assert results["LENGTH_M_JUNCTION_SETBACK"] > 10_000
    assert results["LENGTH_M_CROSSING"] > 1_000
    assert results["LENGTH_M_BUS_STOP"] > 500
    assert results["LENGTH_M_TRO_NO_WAITING"] > 0
    assert results["LENGTH_M_CYCLE_PARKING"] > 0
    total = sum(f["length_m"] for f in results["OUTPUT"].getFeatures())
    assert total == pytest.approx(results["KERB_LENGTH"], abs=0.01)
    assert lamps.featureCount() == 59


def test_rutland_osm_kerbs_mostly_defaults(evplanner_provider, shared_data):
    rutland = processing.run(
        "evplanner:importosmkerbside",
        {
            "INPUT": str(shared_data / "osm" / "rutland-2018-02.osm.pbf"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "RESTRICTIONS": "TEMPORARY_OUTPUT",
            "BUS_STOPS": "TEMPORARY_OUTPUT",
            "CROSSINGS": "TEMPORARY_OUTPUT",
        },
    )
    results = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": rutland["OUTPUT"],
            "FOOTWAY_WIDTH_FIELD": "footway_width_m",
            "RESTRICTIONS": rutland["RESTRICTIONS"],
            "BUS_STOPS": rutland["BUS_STOPS"],
            "CROSSINGS": rutland["CROSSINGS"],
            "ROADS": osm_carriageways(shared_data / "osm" / "rutland-2018-02.osm.pbf"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    # a rural county: long lanes between junctions; widths unknown so, by default, excluded
    assert results["KERB_LENGTH"] > 500_000
    assert results["LENGTH_M_FOOTWAY_WIDTH_UNKNOWN"] > 0.5 * results["KERB_LENGTH"]
    assert results["LENGTH_M_JUNCTION_SETBACK"] < 0.2 * results["KERB_LENGTH"]


def test_dtro_example_geometries_exclude_what_they_regulate(evplanner_provider, shared_data):
    """Kerbs drawn 0.3 m beside each D-TRO linear place carry that place's mapped reason."""
    examples = shared_data / "dtro" / "examples"
    places = processing.run(
        "evplanner:importdtro",
        {
            "INPUT": [
                str(examples / "D-TRO-v4.0.0-example-SYL.json"),
                str(examples / "D-TRO-v4.0.0-example-multilinestring.json"),
                str(examples / "D-TRO-v3.4.0-example-snip-kerbside.json"),
            ],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    singles = processing.run(
        "native:multiparttosingleparts", {"INPUT": places, "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    with_id = processing.run(
        "native:addautoincrementalfield",
        {"INPUT": singles, "FIELD_NAME": "kerb_no", "START": 1, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    kerbs = processing.run(
        "native:offsetline",
        {
            "INPUT": with_id,
            "DISTANCE": 0.3,
            "SEGMENTS": 8,
            "JOIN_STYLE": 0,
            "MITER_LIMIT": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    results = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": kerbs,
            "KERB_ID_FIELD": "kerb_no",
            "RESTRICTIONS": places,
            "UNKNOWN_FOOTWAY_POLICY": 1,
            "MIN_RUN_LENGTH": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    mapping = resolve_restriction_mapping()
    expected = {}
    for kerb in kerbs.getFeatures():
        policy, code = mapping[normalise_key(kerb["regulation_type"])]
        expected[kerb["kerb_no"]] = (policy, code, kerb.geometry().length())
    assert {p for p, _, _ in expected.values()} >= {"excluded", "tro_change", "allowed"}
    coded_length = {}
    for run in results["OUTPUT"].getFeatures():
        policy, code, _ = expected[int(run["kerb_id"])]
        if code and code in run["reasons"].split(","):
            coded_length[int(run["kerb_id"])] = coded_length.get(int(run["kerb_id"]), 0)
            coded_length[int(run["kerb_id"])] += run["length_m"]
    for kerb_no, (policy, code, length) in expected.items():
        if policy == "allowed":
            continue
        assert coded_length.get(kerb_no, 0) == pytest.approx(length, rel=0.02), (kerb_no, code)
