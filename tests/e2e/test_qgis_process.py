"""The provider and its algorithms through the real headless QGIS (qgis_process)."""

from __future__ import annotations

import json
import sqlite3

from ev_planner_plugin.processing.provider import PROVIDER_ID

EXPECTED_ALGORITHMS = {"evplanner:createsamplearea"}


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
        tables = dict(db.execute("SELECT table_name, srs_id FROM gpkg_contents").fetchall())
        roads = db.execute("SELECT COUNT(*) FROM roads").fetchone()[0]
        kerbs = db.execute("SELECT COUNT(*) FROM kerbs").fetchone()[0]
    assert {"roads", "kerbs", "footways", "restrictions", "areas"} <= set(tables)
    assert set(tables.values()) == {27700}
    assert 250 <= roads <= 400
    assert kerbs == 2 * roads or kerbs > roads  # both sides of (nearly) every road
    assert answer["results"]["FEATURE_COUNT"] > roads + kerbs


def test_bad_parameter_gives_clear_error(staged_qgis_process, tmp_path):
    completed = staged_qgis_process.call(
        "run", "evplanner:createsamplearea", "--", "SEED=-3", f"OUTPUT={tmp_path / 'x.gpkg'}"
    )
    assert completed.returncode != 0
    assert "SEED" in completed.stdout + completed.stderr
    assert not (tmp_path / "x.gpkg").exists()
