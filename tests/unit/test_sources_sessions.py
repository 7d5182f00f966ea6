"""Session readers (OCPI 2.2.1 CDRs/Sessions, CSV) and the idempotent GeoPackage upsert."""

from __future__ import annotations

import json
import sqlite3

import pandas as pd
import pyogrio
import pytest

from ev_planner_plugin.core.errors import (
    Cancelled,
    InputDataError,
    ParameterError,
    SourceFormatError,
)
from ev_planner_plugin.core.feedback import Feedback
from ev_planner_plugin.core.sample_area import build_sample_area, write_sample_area
from ev_planner_plugin.core.sample_sessions import generate_sample_sessions
from ev_planner_plugin.core.usage import SESSION_FIELDS, stable_session_id
from ev_planner_plugin.sources.chargepoints import read_ocpi_locations
from ev_planner_plugin.sources.sessions import (
    PROBLEM_FIELDS,
    detect_session_format,
    match_chargepoints,
    read_ocpi_sessions,
    read_session_csv,
    read_session_files,
    read_sessions_table,
    upsert_sessions,
)


@pytest.fixture(scope="module")
def ocpi(shared_data):
    return shared_data / "ocpi-2.2.1"


@pytest.fixture(scope="module")
def location_chargepoints(ocpi):
    return read_ocpi_locations(ocpi / "location_example.json")


def test_official_cdr_example(ocpi):
    batch = read_ocpi_sessions(ocpi / "cdr_example.json")
    assert batch.records_read == 1 and batch.problems.empty
    cdr = batch.sessions.iloc[0]
    assert list(batch.sessions.columns) == list(SESSION_FIELDS)
    assert cdr.session_id == stable_session_id("ocpi-cdr", "BE", "BEC", "12345")
    assert (cdr.source, cdr.source_id, cdr.cp_ref) == ("ocpi_cdr", "BE*BEC*12345", "BE*BEC*LOC1")
    assert (cdr.evse_uid, cdr.connector_id) == ("3256", "1")
    assert (cdr.start_time, cdr.end_time) == ("2015-06-29T21:39:09Z", "2015-06-29T23:37:32Z")
    assert cdr.duration_h == round((23 * 3600 + 37 * 60 + 32 - (21 * 3600 + 39 * 60 + 9)) / 3600, 4)
    assert (cdr.kwh, cdr.cost, cdr.currency) == (15.342, 4.40, "EUR")
    assert cdr.last_updated == "2015-06-29T22:01:13Z"


def test_cdr_matches_the_ocpi_location_it_was_charged_at(ocpi, location_chargepoints):
    batch = match_chargepoints(read_ocpi_sessions(ocpi / "cdr_example.json"), location_chargepoints)
    assert batch.sessions.cp_id.tolist() == ["ocpi:BE*BEC*LOC1"]
    assert batch.unmatched == 0
    # a layer with only cp_id (no source_id field) still matches through the cp_id suffix
    only_ids = location_chargepoints[["cp_id"]]
    again = match_chargepoints(read_ocpi_sessions(ocpi / "cdr_example.json"), only_ids)
    assert again.sessions.cp_id.tolist() == ["ocpi:BE*BEC*LOC1"]


def test_official_session_examples(ocpi):
    batch = read_session_files(
        [
            ocpi / "session_example_1_simple_start.json",
            ocpi / "session_example_2_short_finished.json",
            ocpi / "session_patch_example_total_cost.json",
        ]
    )
    assert batch.records_read == 3
    finished = batch.sessions.iloc[0]
    assert len(batch.sessions) == 1
    assert (finished.source, finished.kwh, finished.cost) == ("ocpi_session", 41.12, 9.35)
    assert finished.session_id == stable_session_id("ocpi", "BE", "BEC", "101")
    problems = batch.problems.set_index("reason")
    assert list(batch.problems.columns) == list(PROBLEM_FIELDS)
    assert set(problems.index) == {"SESSION_NOT_FINISHED", "NOT_A_SESSION"}
    assert problems.loc["SESSION_NOT_FINISHED", "source_id"] == "NL*STK*101"
    assert "PENDING" in problems.loc["SESSION_NOT_FINISHED", "message"]
    assert batch.unparsed == 2 and batch.unmatched == 0


def test_envelope_list_and_errors(ocpi, tmp_path):
    cdr = json.loads((ocpi / "cdr_example.json").read_text())
    session = json.loads((ocpi / "session_example_2_short_finished.json").read_text())
    patch = json.loads((ocpi / "session_patch_example_total_cost.json").read_text())
    envelope = {"data": [cdr, session, patch], "status_code": 1000, "timestamp": "x"}
    batch = read_ocpi_sessions(envelope)
    assert len(batch.sessions) == 2
    assert batch.problems.record.tolist() == ["$.data[2]"]
    assert len(read_ocpi_sessions([cdr, session]).sessions) == 2
    error = tmp_path / "error.json"
    error.write_text(json.dumps({"data": None, "status_code": 2001, "status_message": "nope"}))
    with pytest.raises(SourceFormatError, match="error.json.*status_code.*2001"):
        read_ocpi_sessions(error)
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "1",\n "kwh": ,}')
    with pytest.raises(SourceFormatError, match="broken.json at line 2"):
        read_ocpi_sessions(broken)


def test_session_and_its_cdr_are_one_session_the_cdr_wins(ocpi, tmp_path):
    session = json.loads((ocpi / "session_example_2_short_finished.json").read_text())
    cdr = json.loads((ocpi / "cdr_example.json").read_text())
    cdr["session_id"] = session["id"]
    credit = dict(cdr, id="12346", credit=True, credit_reference_id="12345")
    (tmp_path / "sessions.json").write_text(json.dumps([session]))
    (tmp_path / "cdrs.json").write_text(json.dumps({"data": [cdr, credit], "status_code": 1000}))
    batch = read_session_files([tmp_path / "sessions.json", tmp_path / "cdrs.json"])
    assert batch.records_read == 3 and batch.duplicates == 1
    assert batch.sessions.source.tolist() == ["ocpi_cdr"]
    assert batch.sessions.session_id.tolist() == [stable_session_id("ocpi", "BE", "BEC", "101")]
    assert batch.problems.reason.tolist() == ["CREDIT_CDR"]


def test_csv_with_mapping_uk_dates_and_bad_rows(tmp_path):
    path = tmp_path / "operator.csv"
    path.write_text(
        "Txn;Charger;Plug;Started;Finished;Energy (kWh);Price (£)\n"
        "T1;CP0001;1;30/03/2025 00:30;30/03/2025 02:30;7,5;3.10\n"
        "T2;CP0001;1;31/03/2025 23:00;01/04/2025 01:00;4;1.20\n"
        "T3;;1;31/03/2025 23:00;01/04/2025 01:00;4;1.20\n"
        "T4;CP0002;1;yesterday;01/04/2025 01:00;4;1.20\n"
        "T5;CP0002;1;01/04/2025 03:00;01/04/2025 01:00;4;1.20\n"
        "T6;CP0002;1;01/04/2025 03:00;01/04/2025 04:00;-2;1.20\n"
        "T7;CP0002;1;01/04/2025 05:00;01/04/2025 06:00;;\n"
        "T8;CP0002;1;01/04/2025 05:00;x;y;z;w;v\n",
        encoding="cp1252",
    )
    mapping = {
        "cp_ref": "Charger",
        "start_time": "Started",
        "end_time": "Finished",
        "kwh": "Energy (kWh)",
        "session_ref": "Txn",
        "connector_id": "Plug",
        "cost": "price (£)",  # case-insensitive
    }
    batch = read_session_csv(path, mapping)
    assert batch.sessions.source_id.tolist() == ["T2", "T7"]
    t2 = batch.sessions.iloc[0]
    assert (t2.start_time, t2.end_time, t2.duration_h) == (
        "2025-03-31T22:00:00Z",  # 23:00 BST
        "2025-04-01T00:00:00Z",
        2.0,
    )
    assert t2.session_id == stable_session_id("csv", "CP0001", "T2")
    assert pd.isna(batch.sessions.iloc[1].kwh)  # no energy given: kept, kWh empty
    reasons = dict(zip(batch.problems.source_id.fillna("-"), batch.problems.reason))
    assert reasons == {
        "T1": "BAD_KWH",  # "7,5" is not a number
        "T3": "NO_CHARGEPOINT_REF",
        "T4": "BAD_START_TIME",
        "T5": "END_BEFORE_START",
        "T6": "BAD_KWH",
        "-": "MALFORMED_LINE",
    }
    assert batch.problems.set_index("source_id").loc["T4", "record"] == "line 5"


def test_csv_malformed_line_is_one_problem_row_not_also_a_warning(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "cp_id,start,end,kwh\n"
        "CP0001,2025-01-10T10:00:00Z,2025-01-10T12:00:00Z,6.5\n"
        "CP0001,2025-01-11T10:00:00Z,2025-01-11T12:00:00Z,4,extra\n"
    )
    fb = Feedback()
    batch = read_session_csv(path, feedback=fb)
    assert len(batch.sessions) == 1 and batch.problems.reason.tolist() == ["MALFORMED_LINE"]
    assert not [w for w in fb.warnings if "malformed" in w.lower()]


def test_unmatched_sessions_warning_lists_ten_chargepoints(tmp_path, location_chargepoints):
    path = tmp_path / "export.csv"
    path.write_text(
        "cp_id,start,end,kwh\n"
        + "".join(f"CPX{i:02d},2025-01-10T10:00:00Z,2025-01-10T12:00:00Z,6.5\n" for i in range(12))
    )
    fb = Feedback()
    batch = match_chargepoints(read_session_csv(path), location_chargepoints, feedback=fb)
    assert batch.unmatched == 12
    (warning,) = [w for w in fb.warnings if "not in the chargepoint layer" in w]
    listed = ", ".join(f"CPX{i:02d}" for i in range(10))
    assert str(warning.values["ids"]) == f"{listed} and 2 more"


def test_csv_found_by_column_names_without_ids_gives_stable_ids(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "cp_id,connector,start,end,kwh\n"
        "CP0001,1,2025-01-10T10:00:00Z,2025-01-10T12:00:00Z,6.5\n"
        "CP0001,1,2025-01-11 10:00,2025-01-11 12:00,4\n"
    )
    assert detect_session_format(path) == "csv"
    first = read_session_csv(path)
    second = read_session_csv(path)
    assert first.sessions.session_id.tolist() == second.sessions.session_id.tolist()
    assert first.sessions.session_id.is_unique
    assert first.sessions.session_id.iloc[0] == stable_session_id(
        "csv", "CP0001", None, "1", 1736503200
    )
    no_end = tmp_path / "no_end.csv"
    no_end.write_text("cp_id,start,kwh\nCP0001,2025-01-10T10:00:00Z,6.5\n")
    with pytest.raises(ParameterError, match="no_end.csv: no column for end_time"):
        read_session_csv(no_end)
    with pytest.raises(ParameterError, match="Column.*Finish.*cp_id, connector"):
        read_session_csv(path, {"end_time": "Finish"})


def test_unmatched_sessions_are_reported_not_imported(ocpi, location_chargepoints):
    session = json.loads((ocpi / "session_example_2_short_finished.json").read_text())
    other = dict(session, id="102", location_id="LOC9")
    batch = match_chargepoints(read_ocpi_sessions([session, other]), location_chargepoints)
    assert len(batch.sessions) == 1 and batch.unmatched == 1 and batch.unparsed == 0
    problem = batch.problems.iloc[0]
    assert (problem.reason, problem.cp_ref) == ("NO_CHARGEPOINT", "BE*BEC*LOC9")
    assert "BE*BEC*LOC9" in problem.message


def test_reimport_is_idempotent_and_a_new_quarter_appends(ocpi, location_chargepoints, tmp_path):
    store = tmp_path / "sessions.gpkg"
    files = [ocpi / "cdr_example.json", ocpi / "session_example_2_short_finished.json"]
    batch = match_chargepoints(read_session_files(files), location_chargepoints)
    first = upsert_sessions(store, batch.sessions, now="2025-04-01T00:00:00Z")
    assert (first.inserted, first.duplicates, first.updated, first.total) == (2, 0, 0, 2)
    again = upsert_sessions(store, batch.sessions, now="2025-07-01T00:00:00Z")
    assert (again.inserted, again.duplicates, again.updated, again.total) == (0, 2, 0, 2)
    info = pyogrio.read_info(store, layer="sessions")
    assert info["features"] == 2 and info["geometry_type"] is None
    table = read_sessions_table(store)
    assert table.imported_at.tolist() == ["2025-04-01T00:00:00Z"] * 2  # first import kept

    # the next quarter: one new session, one repeated, one Session completed by its CDR
    session = json.loads((ocpi / "session_example_2_short_finished.json").read_text())
    cdr = json.loads((ocpi / "cdr_example.json").read_text())
    new = dict(session, id="103", start_date_time="2015-07-02T08:00:00Z")
    new["end_date_time"] = "2015-07-02T09:00:00Z"
    final = dict(cdr, id="99", session_id="101", total_energy=40.5)
    next_batch = match_chargepoints(read_ocpi_sessions([cdr, new, final]), location_chargepoints)
    assert next_batch.duplicates == 0 and len(next_batch.sessions) == 3
    result = upsert_sessions(store, next_batch.sessions)
    assert (result.inserted, result.duplicates, result.updated, result.total) == (1, 2, 1, 3)
    table = read_sessions_table(store).set_index("session_id")
    replaced = table.loc[stable_session_id("ocpi", "BE", "BEC", "101")]
    assert (replaced.source, replaced.kwh) == ("ocpi_cdr", 40.5)
    # re-importing the older Session does not undo the CDR
    older = match_chargepoints(read_ocpi_sessions([session]), location_chargepoints)
    assert upsert_sessions(store, older.sessions).updated == 0
    assert read_sessions_table(store).set_index("session_id").loc[replaced.name, "kwh"] == 40.5


def test_upsert_into_the_sample_area_and_bad_targets(tmp_path):
    sample = write_sample_area(tmp_path / "sample.gpkg")
    existing = read_sessions_table(sample)
    result = upsert_sessions(sample, existing.head(100))
    assert (result.inserted, result.duplicates, result.total) == (0, 100, len(existing))
    assert pyogrio.read_info(sample, layer="sessions")["features"] == len(existing)
    assert pyogrio.read_info(sample, layer="roads")["features"] > 0  # other layers untouched

    text = tmp_path / "notes.gpkg"
    text.write_text("not a database")
    with pytest.raises(SourceFormatError, match="notes.gpkg"):
        upsert_sessions(text, existing.head(1))
    repeated = tmp_path / "repeated.gpkg"
    upsert_sessions(repeated, existing.head(2))
    with sqlite3.connect(repeated) as conn:
        conn.execute('DROP INDEX "sessions_session_id_unique"')
        conn.execute("UPDATE sessions SET session_id = 'same'")
    with pytest.raises(InputDataError, match="repeats some session_id"):
        upsert_sessions(repeated, existing.head(3))


class CancelAfterStart(Feedback):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def is_canceled(self) -> bool:
        self.calls += 1
        return self.calls > 1


def test_cancel_leaves_the_store_as_it_was(tmp_path):
    chargepoints = build_sample_area(42)["chargepoints"].drop(columns="geometry")
    sessions = generate_sample_sessions(chargepoints, seed=1)
    store = tmp_path / "store.gpkg"
    with pytest.raises(Cancelled):
        upsert_sessions(store, sessions, feedback=CancelAfterStart())
    assert list(tmp_path.iterdir()) == []  # no new file, no partial file
    upsert_sessions(store, sessions.head(10))
    changed = sessions.head(20).assign(source_id="changed")
    with pytest.raises(Cancelled):
        upsert_sessions(store, changed, feedback=CancelAfterStart())
    table = read_sessions_table(store)
    assert len(table) == 10 and "changed" not in set(table.source_id)
