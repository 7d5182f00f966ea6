"""The provider and its algorithms through the real headless QGIS (qgis_process)."""

from __future__ import annotations

import json
import sqlite3

from ev_planner_plugin.processing.provider import PROVIDER_ID
from tests.conftest import REPO_ROOT

EXPECTED_ALGORITHMS = {
    "evplanner:createsamplearea",
    "evplanner:importdtro",
    "evplanner:importchargepoints",
    "evplanner:importosmkerbside",
    "evplanner:kerbsfromroads",
    "evplanner:footwaywidth",
    "evplanner:kerbsideeligibility",
}


def test_provider_and_algorithms_listed(staged_qgis_process):
    listing = staged_qgis_process.call("list", "--json")
    assert listing.returncode == 0, listing.stderr
    providers = json.loads(listing.stdout[listing.stdout.index("{") :])["providers"]
    assert PROVIDER_ID in providers
    provider = providers[PROVIDER_ID]
    assert provider["name"] == "EV Chargepoint Planner"
    assert set(provider["algorithms"]) >= EXPECTED_ALGORITHMS


def test_algorithm_help_names_parameters(staged_qgis_process):
    shown = staged_qgis_process.call("help", "evplanner:createsamplearea")
    assert shown.returncode == 0, shown.stderr
    assert "Create sample planning area" in shown.stdout
    assert "SEED" in shown.stdout and "OUTPUT" in shown.stdout


def test_create_sample_area_runs_headless(staged_qgis_process, tmp_path):
    target = tmp_path / "area.gpkg"
    answer = staged_qgis_process.run("evplanner:createsamplearea", SEED=7, OUTPUT=target)
    assert answer["results"]["OUTPUT"] == str(target)
    with sqlite3.connect(target) as db:
        tables = dict(db.execute("SELECT table_name, srs_id FROM gpkg_geometry_columns").fetchall())
        attribute_tables = {
            row[0]
            for row in db.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'attributes'"
            )
        }
        roads = db.execute("SELECT COUNT(*) FROM roads").fetchone()[0]
        kerbs = db.execute("SELECT COUNT(*) FROM kerbs").fetchone()[0]
    assert {"roads", "kerbs", "footways", "restrictions", "areas"} <= set(tables)
    assert set(tables.values()) == {27700}
    assert attribute_tables == {"sessions"}
    assert 250 <= roads <= 400
    assert kerbs == 2 * roads  # a kerb on each side of every road
    assert answer["results"]["FEATURE_COUNT"] > roads + kerbs


def test_bad_parameter_gives_clear_error(staged_qgis_process, tmp_path):
    completed = staged_qgis_process.call(
        "run", "evplanner:createsamplearea", "--", "SEED=-3", f"OUTPUT={tmp_path / 'x.gpkg'}"
    )
    assert completed.returncode != 0
    assert "SEED" in completed.stdout + completed.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_kerbside_eligibility_json_on_sample_area(staged_qgis_process, sample_gpkg, tmp_path):
    target = tmp_path / "runs.gpkg"
    layer = f"{sample_gpkg}|layername="
    answer = staged_qgis_process.run(
        "evplanner:kerbsideeligibility",
        KERBS=layer + "kerbs",
        FOOTWAY_WIDTH_FIELD="footway_width_m",
        FOOTWAYS=layer + "footways",
        RESTRICTIONS=layer + "restrictions",
        ACCESSIBLE_BAYS=layer + "accessible_bays",
        CYCLE_PARKING=layer + "cycle_parking",
        DROPPED_KERBS=layer + "dropped_kerbs",
        BUS_STOPS=layer + "bus_stops",
        CROSSINGS=layer + "crossings",
        ROADS=layer + "roads",
        OUTPUT=target,
    )
    results = answer["results"]
    assert results["KERB_LENGTH"] > 50_000
    parts = results["ELIGIBLE_LENGTH"] + results["TRO_CHANGE_LENGTH"] + results["EXCLUDED_LENGTH"]
    assert abs(parts - results["KERB_LENGTH"]) < 0.01
    assert results["LENGTH_M_JUNCTION_SETBACK"] > 0 and results["LENGTH_M_DROPPED_KERB"] > 0
    with sqlite3.connect(target) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        total, runs = db.execute(f"SELECT SUM(length_m), COUNT(*) FROM {table}").fetchone()
    assert abs(total - results["KERB_LENGTH"]) < 0.01 and runs > 1000


def test_model_file_runs_in_qgis_process(staged_qgis_process, sample_gpkg, tmp_path):
    model = REPO_ROOT / "tests" / "data" / "kerbside_chain.model3"
    target = tmp_path / "model_runs.gpkg"
    answer = staged_qgis_process.run(
        str(model),
        roads=f"{sample_gpkg}|layername=roads",
        restrictions=f"{sample_gpkg}|layername=restrictions",
        **{"eligibility:runs": target},
    )
    assert answer["results"]["eligibility:runs"] == str(target)
    with sqlite3.connect(target) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        statuses = {r[0] for r in db.execute(f"SELECT DISTINCT status FROM {table}")}
    assert "ineligible" in statuses and len(statuses) >= 2


def test_qgis_process_in_welsh(staged_qgis_process, sample_gpkg, tmp_path):
    """QGIS running in Welsh (LANG cy_GB): the staged plugin's compiled translation names the
    provider and algorithms in Welsh, and an error reaches the command line in Welsh."""
    from tests.unit.test_translations import read_ts

    welsh = {(m["context"], m["source"]): m["translation"] for m in read_ts()}
    in_welsh = {"LANG": "cy_GB.UTF-8", "LC_ALL": "cy_GB.UTF-8"}
    listing = staged_qgis_process.call("list", env=in_welsh)
    assert listing.returncode == 0, listing.stderr
    assert welsh[("EvPlannerProvider", "EV Chargepoint Planner")] in listing.stdout
    eligibility = welsh[("KerbsideEligibilityAlgorithm", "Kerbside eligibility")]
    assert f"evplanner:kerbsideeligibility\t{eligibility}" in listing.stdout

    failed = staged_qgis_process.call(
        "run",
        "evplanner:kerbsideeligibility",
        "--",
        f"KERBS={sample_gpkg}|layername=kerbs",
        "TARGET_CRS=EPSG:4326",
        f"OUTPUT={tmp_path / 'runs.gpkg'}",
        env=in_welsh,
    )
    assert failed.returncode != 0
    geographic = welsh[
        (
            "Messages",
            "TARGET_CRS {crs} is geographic (degrees); choose a projected CRS in metres such as "
            "EPSG:27700 (British National Grid).",
        )
    ].format(crs="EPSG:4326")
    assert geographic in failed.stdout + failed.stderr
    assert not (tmp_path / "runs.gpkg").exists()
