"""The delivery-plan store, on a GeoPackage and on a real PostgreSQL + PostGIS server: edits in
the edit buffer with undo, one-transaction saves with history, QGIS's own Save Edits, a save
killed half-way, and build_delivery_plan on the sample area's shortlist.

The PostGIS variant starts a throwaway cluster on 127.0.0.1 (initdb into a temporary folder as
the postgres user, pg_ctl start on a free port, CREATE EXTENSION postgis); it needs the Debian
packages postgresql-15 and postgresql-15-postgis-3 (``make setup``) and fails without them.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from ev_planner_plugin.core.errors import ParameterError
from ev_planner_plugin.plan import PlanLocation, PlanStore, PlanStoreError, build_delivery_plan
from ev_planner_plugin.plan import store as store_module
from ev_planner_plugin.plan.store import PlanEditConflict, default_officer

from .test_dock import features, file_hash, planner_sources  # noqa: F401 - session fixture

REPO = Path(__file__).resolve().parents[2]
DATABASE = "evplanner_test"
SETUP_HINT = (
    "PostgreSQL/PostGIS server binaries are missing: run `make setup` (Debian packages "
    "postgresql-15 postgresql-15-postgis-3)."
)


# --- a throwaway PostgreSQL + PostGIS cluster -------------------------------------------------


def _server_bin() -> Path:
    candidates = [os.environ.get("PG_BINDIR", "")]
    candidates += [str(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]
    for folder in candidates:
        if folder and all((Path(folder) / b).is_file() for b in ("initdb", "pg_ctl", "psql")):
            return Path(folder)
    pytest.fail(SETUP_HINT)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgis_server():
    """conninfo of a PostGIS database on a cluster started for this test session."""
    bindir = _server_bin()
    root = Path(tempfile.mkdtemp(prefix="evp-pg-"))
    as_root = os.geteuid() == 0
    if as_root:  # initdb refuses to run as root: the cluster belongs to the postgres user
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)

    def run(*args):
        command = ["runuser", "-u", "postgres", "--", *map(str, args)] if as_root else args
        done = subprocess.run(list(map(str, command)), capture_output=True, text=True)
        if done.returncode != 0:
            pytest.fail(f"{' '.join(map(str, args))} failed: {done.stderr or done.stdout}")
        return done.stdout

    port = _free_port()
    data = root / "data"
    run(bindir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
    run(
        bindir / "pg_ctl", "-D", data, "-l", root / "server.log", "-w", "-o",
        f"-c listen_addresses=127.0.0.1 -p {port} -k {root}", "start",
    )  # fmt: skip
    try:
        psql = [bindir / "psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-v"]
        run(*psql, "ON_ERROR_STOP=1", "-c", f"CREATE DATABASE {DATABASE}")
        done = subprocess.run(
            [*map(str, psql), "ON_ERROR_STOP=1", "-d", DATABASE, "-c", "CREATE EXTENSION postgis"],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.fail(f"{SETUP_HINT} ({done.stderr.strip()})")
        yield {
            "port": port,
            "conninfo": f"host=127.0.0.1 port={port} dbname={DATABASE} user=postgres",
        }
    finally:
        run(bindir / "pg_ctl", "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["gpkg", "postgis"])
def plan_location(request, tmp_path) -> str:
    """Where a fresh delivery plan goes: a GeoPackage, or a new schema in the PostGIS database."""
    if request.param == "gpkg":
        return str(tmp_path / "delivery_plan.gpkg")
    server = request.getfixturevalue("postgis_server")
    schema = f"plan_{uuid.uuid4().hex[:8]}"
    return f"postgresql://postgres@127.0.0.1:{server['port']}/{DATABASE}?schema={schema}"


def candidates() -> gpd.GeoDataFrame:
    """Three kerb runs as kerbside eligibility and scoring leave them."""
    return gpd.GeoDataFrame(
        {
            "kerb_id": ["K1", "K2", "K3"],
            "street": ["High Street", "Mill Lane", "Church Road"],
            "usrn": ["38100001", "38100002", "38100003"],
            "side": ["left", "right", "left"],
            "district": ["Ashby Parva", "Ashby Parva", "Little Weldon"],
            "status": ["eligible", "eligible_with_tro_change", "eligible"],
            "max_bays": [3, 1, 2],
            "clear_width_m": [1.85, 2.4, 1.6],
            "score": [71.5, 64.25, 58.0],
        },
        geometry=[
            shapely.LineString([(452000, 298000), (452020, 298000)]),
            shapely.LineString([(452100, 298050), (452107, 298050)]),
            shapely.LineString([(453000, 299000), (453000, 299014)]),
        ],
        crs="EPSG:27700",
    )


def saved_sites(location) -> dict:
    """The sites as a separate reader sees them in the database (index: site_ref)."""
    store = PlanStore.open(location, create=False)
    frame = store.sites()
    return {row["site_ref"]: row for _, row in frame.iterrows()}


# --- the tests ----------------------------------------------------------------------------------


def test_sites_go_through_the_edit_buffer_and_save_with_history(qgis_app, plan_location):
    store = PlanStore.open(plan_location)
    result = store.add_sites(candidates(), {"status": "candidate", "officer": "A. Patel"})
    assert result.added == ["AP-001", "AP-002", "LW-001"]
    assert store.plan_layer.isEditable() and store.plan_layer.featureCount() == 3
    assert store.has_pending_changes()
    assert saved_sites(plan_location) == {}  # nothing written before the save

    saved = store.save(who="A. Patel")
    assert saved.inserted == ["AP-001", "AP-002", "LW-001"] and saved.updated == []
    assert not store.plan_layer.isEditable()
    sites = saved_sites(plan_location)
    assert sorted(sites) == ["AP-001", "AP-002", "LW-001"]
    high = sites["AP-001"]
    today = dt.date.today().isoformat()
    assert (high["street"], high["usrn"], high["district"], high["side"]) == (
        "High Street", "38100001", "Ashby Parva", "left",
    )  # fmt: skip
    # post_7kw by default: one twin-socket post (2 sockets, 2 bays), GBP 4,000 (slow class)
    assert (high["charger_type"], high["sockets"], high["bays"], high["cost_gbp"]) == (
        "post_7kw", 2, 2, 4000.0,
    )  # fmt: skip
    assert (high["status"], high["funding"], high["officer"], high["updated"]) == (
        "candidate", "LEVI capital", "A. Patel", today,
    )  # fmt: skip
    assert (high["score"], high["kerb_id"], high["clear_width_m"]) == (71.5, "K1", 1.85)
    assert sites["AP-002"]["bays"] == 1  # only one bay fits the 7 m run
    assert high.geometry.equals(shapely.MultiLineString([[(452000, 298000), (452020, 298000)]]))

    history = store.history()
    per_site = {ref: [h for h in history if h["site_ref"] == ref] for ref in sites}
    # every field with a value (except updated) plus the geometry, as inserts
    assert [h["field"] for h in per_site["AP-001"]] == [
        "site_ref", "street", "usrn", "district", "charger_type", "sockets", "bays", "status",
        "funding", "cost_gbp", "score", "officer", "kerb_id", "side", "clear_width_m", "geometry",
    ]  # fmt: skip
    assert {(h["action"], h["old_value"], h["changed_by"]) for h in history} == {
        ("insert", None, "A. Patel")
    }
    assert {h["new_value"] for h in per_site["AP-001"] if h["field"] == "cost_gbp"} == {"4000"}
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    assert all(abs((now - h["changed_at"]).total_seconds()) < 120 for h in history)


def test_annotate_undo_redo_then_save_records_old_and_new(qgis_app, plan_location):
    store = PlanStore.open(plan_location)
    store.add_sites(candidates(), {"status": "candidate"})
    store.save(who="A. Patel")
    before = len(store.history())

    changed = store.annotate(["AP-001"], {"status": "engagement", "funding": "ORCS"})
    assert changed == ["AP-001"]
    store.annotate(["AP-002"], {"charger_type": "post_22kw", "notes": "Letter drop in May"})
    stack = store.plan_layer.undoStack()
    assert stack.count() == 2  # one undo step per annotation
    assert store.undo()
    current = store.sites(geometry=False).set_index("site_ref")
    assert current.loc["AP-002", "charger_type"] == "post_7kw"
    assert current.loc["AP-001", "status"] == "engagement"
    stack.redo()
    current = store.sites(geometry=False).set_index("site_ref")
    # a fast post: sockets and cost follow the charger type (fast class, GBP 10,000)
    assert (current.loc["AP-002", "charger_type"], current.loc["AP-002", "cost_gbp"]) == (
        "post_22kw", 10000.0,
    )  # fmt: skip
    assert saved_sites(plan_location)["AP-001"]["status"] == "candidate"  # not saved yet

    result = store.save(who="B. Jones")
    assert result.updated == ["AP-001", "AP-002"] and result.inserted == []
    sites = saved_sites(plan_location)
    assert (sites["AP-001"]["status"], sites["AP-001"]["funding"]) == ("engagement", "ORCS")
    assert sites["AP-002"]["notes"] == "Letter drop in May"
    new = store.history()[before:]
    rows = [(h["site_ref"], h["action"], h["field"], h["old_value"], h["new_value"]) for h in new]
    assert rows == [
        ("AP-001", "update", "status", "candidate", "engagement"),
        ("AP-001", "update", "funding", "LEVI capital", "ORCS"),
        ("AP-002", "update", "charger_type", "post_7kw", "post_22kw"),
        ("AP-002", "update", "cost_gbp", "4000", "10000"),
        ("AP-002", "update", "notes", None, "Letter drop in May"),
    ]  # fmt: skip
    assert {h["changed_by"] for h in new} == {"B. Jones"}
    assert store.save().history_rows == 0  # nothing pending: nothing written


def test_adding_the_same_sites_again_updates_them(qgis_app, plan_location):
    store = PlanStore.open(plan_location)
    store.add_sites(candidates())
    store.save(who="A. Patel")
    rescored = candidates()
    rescored["score"] = [80.0, 64.25, 58.0]
    result = store.add_sites(rescored, {"officer": "C. Khan"})
    assert result.added == [] and result.updated == ["AP-001", "AP-002", "LW-001"]
    store.save()
    sites = saved_sites(plan_location)
    assert len(sites) == 3 and sites["AP-001"]["score"] == 80.0
    assert {s["officer"] for s in sites.values()} == {"C. Khan"}
    # one more site numbers after the existing references of its district
    extra = candidates().iloc[[0]].copy()
    extra["geometry"] = [shapely.LineString([(452500, 298500), (452520, 298500)])]
    assert store.add_sites(extra).added == ["AP-003"]
    store.discard()
    assert store.plan_layer.featureCount() == 3


def test_bad_values_are_refused_before_anything_changes(qgis_app, plan_location):
    store = PlanStore.open(plan_location)
    with pytest.raises(ParameterError, match="status 'maybe' must be one of: candidate"):
        store.add_sites(candidates(), {"status": "maybe"})
    with pytest.raises(ParameterError, match="cost_gbp must be a number of 0 or more"):
        store.add_sites(candidates(), {"cost_gbp": -5})
    points = candidates().set_geometry(candidates().geometry.centroid)
    with pytest.raises(ParameterError, match="its sites are points but the delivery plan"):
        store.add_sites(points, layer_name="candidates")
    assert not store.has_pending_changes() and store.plan_layer.featureCount() == 0
    # a site drawn straight into the plan layer needs a reference before it can be saved
    layer = store.plan_layer
    layer.startEditing()
    drawn = QgsFeature(layer.fields())
    drawn.setGeometry(QgsGeometry.fromWkt("MultiLineString((452900 298000, 452910 298000))"))
    layer.addFeature(drawn)
    with pytest.raises(PlanStoreError, match="1 new site\\(s\\) have no site_ref"):
        store.save()
    assert store.has_pending_changes()  # nothing lost: the site is still in the edit buffer
    store.discard()


def test_save_with_qgis_own_button_records_history(qgis_app, plan_location):
    store = PlanStore.open(plan_location)
    store.add_sites(candidates())
    store.save(who="A. Patel")
    before = len(store.history())
    layer = store.plan_layer
    fid = store.site_fids()["LW-001"]
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("notes"), "Parish council agrees")
    assert layer.commitChanges()  # QGIS's Save Layer Edits
    new = store.history()[before:]
    assert [(h["site_ref"], h["field"], h["old_value"], h["new_value"]) for h in new] == [
        ("LW-001", "notes", None, "Parish council agrees")
    ]
    assert new[0]["changed_by"] == default_officer()


def test_two_officers_saving_the_same_field_get_told_not_overwritten(qgis_app, plan_location):
    setup = PlanStore.open(plan_location)
    setup.add_sites(candidates(), {"status": "candidate"})
    setup.save(who="A. Patel")
    ann = PlanStore.open(plan_location, create=False)  # two officers, two QGIS sessions
    bob = PlanStore.open(plan_location, create=False)
    ann.annotate(["AP-001"], {"status": "approved"})
    bob.annotate(["AP-001"], {"status": "rejected", "notes": "Residents object"})
    bob.annotate(["AP-002"], {"notes": "Near the school"})
    ann.save(who="Ann Lee")

    with pytest.raises(PlanEditConflict) as raised:
        bob.save(who="Bob Kerr")
    message = str(raised.value)
    assert "1 field(s) you changed: AP-001 status = 'approved' (Ann Lee, " in message
    assert "Nothing was saved and your changes are still there" in message
    assert [(c[1], c[2], c[3]) for c in raised.value.conflicts] == [
        ("status", "candidate", "approved")
    ]
    sites = saved_sites(plan_location)
    assert sites["AP-001"]["status"] == "approved"  # Ann's save stands
    assert sites["AP-001"]["notes"] is None and sites["AP-002"]["notes"] is None  # none of Bob's
    assert bob.has_pending_changes()
    mine = bob.sites(geometry=False).set_index("site_ref")
    assert (mine.loc["AP-001", "status"], mine.loc["AP-002", "notes"]) == (
        "rejected", "Near the school",
    )  # fmt: skip

    # having been told, Bob saves again: his values replace Ann's, and the history says so
    before = len(bob.history())
    result = bob.save(who="Bob Kerr")
    assert result.updated == ["AP-001", "AP-002"]
    sites = saved_sites(plan_location)
    assert (sites["AP-001"]["status"], sites["AP-001"]["notes"]) == ("rejected", "Residents object")
    rows = [(h["site_ref"], h["field"], h["old_value"], h["new_value"], h["changed_by"])
            for h in bob.history()[before:]]  # fmt: skip
    assert ("AP-001", "status", "approved", "rejected", "Bob Kerr") in rows


def test_two_officers_changing_different_fields_both_keep_their_changes(qgis_app, plan_location):
    setup = PlanStore.open(plan_location)
    setup.add_sites(candidates(), {"status": "candidate"})
    setup.save(who="A. Patel")
    ann = PlanStore.open(plan_location, create=False)
    bob = PlanStore.open(plan_location, create=False)
    ann.annotate(["LW-001"], {"status": "engagement"})
    bob.annotate(["LW-001"], {"notes": "Parish council agrees"})
    bob.annotate(["AP-002"], {"status": "engagement"})  # the same value as Ann's: no conflict
    ann.annotate(["AP-002"], {"status": "engagement"})
    ann.save(who="Ann Lee")
    bob.save(who="Bob Kerr")
    sites = saved_sites(plan_location)
    assert (sites["LW-001"]["status"], sites["LW-001"]["notes"]) == (
        "engagement", "Parish council agrees",
    )  # fmt: skip
    assert sites["AP-002"]["status"] == "engagement"


def test_deleting_a_site_someone_else_changed_is_a_conflict(qgis_app, plan_location):
    setup = PlanStore.open(plan_location)
    setup.add_sites(candidates())
    setup.save(who="A. Patel")
    ann = PlanStore.open(plan_location, create=False)
    bob = PlanStore.open(plan_location, create=False)
    ann.annotate(["AP-002"], {"notes": "Keep: best site in the ward"})
    assert bob.plan_layer.startEditing()
    assert bob.plan_layer.deleteFeature(bob.site_fids()["AP-002"])
    ann.save(who="Ann Lee")
    with pytest.raises(PlanEditConflict, match="AP-002 notes = 'Keep: best site in the ward'"):
        bob.save(who="Bob Kerr")
    assert "AP-002" in saved_sites(plan_location)


def test_qgis_own_save_over_someone_elses_change_is_logged(qgis_app, plan_location, monkeypatch):
    setup = PlanStore.open(plan_location)
    setup.add_sites(candidates())
    setup.save(who="A. Patel")
    ann = PlanStore.open(plan_location, create=False)
    bob = PlanStore.open(plan_location, create=False)
    logged = []
    monkeypatch.setattr(store_module, "log", lambda message, level="info": logged.append(
        (level, str(message))
    ))  # fmt: skip
    layer = bob.plan_layer
    assert layer.startEditing()
    ann.annotate(["LW-001"], {"notes": "Ann's note"})
    ann.save(who="Ann Lee")
    fid = bob.site_fids()["LW-001"]
    layer.changeAttributeValue(fid, layer.fields().indexOf("notes"), "Bob's note")
    assert layer.commitChanges()  # QGIS's Save Layer Edits cannot be stopped: it is logged
    assert saved_sites(plan_location)["LW-001"]["notes"] == "Bob's note"
    assert [level for level, _ in logged] == ["warning"]
    assert "LW-001 notes = 'Ann's note' (Ann Lee, " in logged[0][1]
    assert logged[0][1].endswith("(Saved with QGIS's Save Edits: their values were replaced.)")


KILLED_SAVE = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {repo!r})
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    import geopandas as gpd, shapely
    from ev_planner_plugin.plan import PlanStore
    store = PlanStore.open({location!r}, create=False)
    sites = gpd.GeoDataFrame(
        {{"street": ["Killed Street"] * 400, "district": ["Ashby Parva"] * 400}},
        geometry=[shapely.LineString([(460000 + 30 * k, 290000), (460020 + 30 * k, 290000)])
                  for k in range(400)],
        crs="EPSG:27700",
    )
    store.add_sites(sites)
    store.annotate(["AP-001"], {{"status": "rejected"}})
    def stop():
        print("APPLIED", flush=True)
        time.sleep(120)
    store.save(who="killed", on_applied=stop)
    print("COMMITTED", flush=True)
    """
)


def test_a_save_killed_half_way_loses_no_committed_edit(qgis_app, plan_location, tmp_path):
    store = PlanStore.open(plan_location)
    store.add_sites(candidates(), {"status": "candidate"})
    store.save(who="A. Patel")
    store.annotate(["AP-002"], {"status": "approved"})
    store.save(who="A. Patel")
    committed = saved_sites(plan_location)
    history = store.history()

    script = tmp_path / "killed_save.py"
    script.write_text(KILLED_SAVE.format(repo=str(REPO), location=plan_location))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    try:
        deadline = time.monotonic() + 120
        line = b""
        while b"APPLIED" not in line:  # every row written inside the open transaction
            assert time.monotonic() < deadline and child.poll() is None, child.stderr.read()
            line = child.stdout.readline()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL

    after = saved_sites(plan_location)
    assert sorted(after) == sorted(committed) == ["AP-001", "AP-002", "LW-001"]
    for ref, row in committed.items():
        assert after[ref].drop("geometry").to_dict() == row.drop("geometry").to_dict()
    assert after["AP-002"]["status"] == "approved" and after["AP-001"]["status"] == "candidate"
    reopened = PlanStore.open(plan_location, create=False)
    assert reopened.history() == history
    if plan_location.endswith(".gpkg"):
        with sqlite3.connect(plan_location) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # the plan is not left locked: the next save goes through
    reopened.annotate(["LW-001"], {"notes": "after the crash"})
    assert reopened.save(who="A. Patel").updated == ["LW-001"]
    assert saved_sites(plan_location)["LW-001"]["notes"] == "after the crash"


def test_build_delivery_plan_from_the_shortlist(qgis_app, plan_location, planner_sources):  # noqa: F811
    before = file_hash(planner_sources["shortlist"])
    result = build_delivery_plan(planner_sources["shortlist"], plan_location, officer="demo")
    shortlist = features(QgsVectorLayer(planner_sources["shortlist"], "shortlist", "ogr"))
    assert len(result.inserted) == len(shortlist) == 25
    sites = saved_sites(plan_location)
    by_district = {}
    for ref, row in sites.items():
        by_district.setdefault(row["district"], []).append(ref)
        assert ref.startswith({"Ashby Parva": "AP-", "Little Weldon": "LW-"}[row["district"]])
    expected = {}
    for f in shortlist.values():
        expected[f["district"]] = expected.get(f["district"], 0) + 1
    assert {d: len(refs) for d, refs in by_district.items()} == expected
    assert {row["status"] for row in sites.values()} == {"shortlisted"}
    expected_cost = sorted(round(f["site_cost"], 2) for f in shortlist.values())
    assert sorted(row["cost_gbp"] for row in sites.values()) == expected_cost
    assert sorted(row["score"] for row in sites.values()) == sorted(
        f["score"] for f in shortlist.values()
    )
    assert result.history_rows == len(PlanStore.open(plan_location).history()) > 25 * 10
    again = build_delivery_plan(planner_sources["shortlist"], plan_location, officer="demo")
    assert (again.inserted, again.updated, again.history_rows) == ([], [], 0)
    assert file_hash(planner_sources["shortlist"]) == before  # the input is only read


def test_plan_locations(qgis_app, tmp_path):
    gpkg = PlanLocation.parse(str(tmp_path / "plan.gpkg"))
    assert (gpkg.kind, gpkg.provider) == ("gpkg", "ogr")
    url = PlanLocation.parse("postgresql://officer:s3cret@db.council.gov.uk:5433/ev?schema=plans")
    assert (url.kind, url.schema, url.has_password) == ("postgres", "plans", True)
    assert "s3cret" not in url.display() and "db.council.gov.uk" in url.display()
    text = PlanLocation.parse("service=evplan schema='consortium'")
    assert (text.kind, text.schema) == ("postgres", "consortium")
    with pytest.raises(ParameterError, match="give a GeoPackage file ending in .gpkg"):
        PlanLocation.parse(str(tmp_path / "plan.shp"))


def test_saving_after_qgis_own_save_that_keeps_editing_is_no_conflict(qgis_app, plan_location):
    store = PlanStore.open(plan_location)
    store.add_sites(candidates())
    store.save(who="A. Patel")
    layer = store.plan_layer
    fid = store.site_fids()["LW-001"]
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("notes"), "Parish council agrees")
    assert layer.commitChanges(False)  # QGIS's Save Layer Edits: the layer stays editable
    assert layer.isEditable()
    store.annotate(["LW-001"], {"notes": "Parish council agrees in writing"})
    before = len(store.history())
    result = store.save(who="A. Patel")  # their own saved value is no one else's change
    assert result.updated == ["LW-001"]
    assert saved_sites(plan_location)["LW-001"]["notes"] == "Parish council agrees in writing"
    rows = [(h["field"], h["old_value"], h["new_value"]) for h in store.history()[before:]]
    assert ("notes", "Parish council agrees", "Parish council agrees in writing") in rows


def test_a_conflict_after_qgis_own_save_is_still_caught(qgis_app, plan_location):
    setup = PlanStore.open(plan_location)
    setup.add_sites(candidates())
    setup.save(who="A. Patel")
    ann = PlanStore.open(plan_location, create=False)
    bob = PlanStore.open(plan_location, create=False)
    layer = bob.plan_layer
    fid = bob.site_fids()["LW-001"]
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("notes"), "Bob's note")
    assert layer.commitChanges(False)
    ann.annotate(["LW-001"], {"notes": "Ann's note"})
    ann.save(who="Ann Lee")
    bob.annotate(["LW-001"], {"notes": "Bob's second note"})
    with pytest.raises(
        PlanEditConflict, match="LW-001 notes = 'Ann's note' \\(Ann Lee, "
    ) as raised:
        bob.save(who="Bob Kerr")
    assert [(c[1], c[2], c[3]) for c in raised.value.conflicts] == [
        ("notes", "Bob's note", "Ann's note")
    ]
    assert saved_sites(plan_location)["LW-001"]["notes"] == "Ann's note"


def test_a_conflict_message_reads_the_history_once(qgis_app, plan_location, monkeypatch):
    setup = PlanStore.open(plan_location)
    setup.add_sites(candidates(), {"status": "candidate"})
    setup.save(who="A. Patel")
    ann = PlanStore.open(plan_location, create=False)
    bob = PlanStore.open(plan_location, create=False)
    ann.annotate(["AP-001", "AP-002"], {"status": "approved", "notes": "Ann's note"})
    bob.annotate(["AP-001", "AP-002"], {"status": "rejected", "notes": "Bob's note"})
    ann.save(who="Ann Lee")
    reads = []
    history = PlanStore._history
    monkeypatch.setattr(PlanStore, "_history", lambda self, refs=None: reads.append(refs) or (
        history(self, refs)
    ))  # fmt: skip
    with pytest.raises(PlanEditConflict) as raised:
        bob.save(who="Bob Kerr")
    assert len(raised.value.conflicts) == 4
    assert str(raised.value).count("(Ann Lee, ") == 4
    assert len(reads) == 1 and sorted(set(reads[0])) == ["AP-001", "AP-002"]


def test_a_table_that_cannot_be_opened_is_named(qgis_app, tmp_path):
    location = PlanLocation.parse(str(tmp_path / "delivery_plan.gpkg"))
    PlanStore.open(location)
    with pytest.raises(PlanStoreError, match="cannot open its table 'no_such_table' \\(.+\\)\\."):
        store_module._open_layer(location, "no_such_table", None, "missing")
