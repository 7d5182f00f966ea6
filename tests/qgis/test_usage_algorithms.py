"""evplanner:importsessions, usagesummary and kpireport in-process, on real OCPI examples and
the sample area's year of sessions."""

from __future__ import annotations

import re
import subprocess

import pandas as pd
import processing
import pyogrio
import pytest
from PIL import Image
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ev_planner_plugin.core.usage import (
    chargepoint_usage,
    headline_kpis,
    network_usage,
    utilisation_distribution,
)
from ev_planner_plugin.layouts.kpi_report import (
    KpiReportData,
    export_kpi_report,
    fmt_int,
    fmt_num,
)

from .scenes import TEMP, by, cancelled_feedback, rows


def layer_uri(path, name: str) -> str:
    return f"{path}|layername={name}"


@pytest.fixture(scope="module")
def sample_sessions(sample_area_gpkg) -> pd.DataFrame:
    return pyogrio.read_dataframe(sample_area_gpkg, layer="sessions", read_geometry=False)


@pytest.fixture(scope="module")
def sample_chargepoints(sample_area_gpkg) -> pd.DataFrame:
    frame = pyogrio.read_dataframe(sample_area_gpkg, layer="chargepoints", read_geometry=False)
    return frame


def import_sessions(**parameters):
    return processing.run("evplanner:importsessions", {"UNMATCHED_TABLE": TEMP, **parameters})


# ------------------------------------------------------------------ importsessions
def test_sample_sessions_csv_import_reimport_and_a_new_quarter(
    evplanner_provider, sample_area_gpkg, sample_sessions, tmp_path
):
    columns = ["cp_id", "connector_id", "start_time", "end_time", "kwh", "source_id", "cost"]
    export = sample_sessions[columns].rename(columns={"source_id": "transaction"})
    early = export[export.start_time < "2024-10-01"]
    late = export[export.start_time >= "2024-10-01"]
    early.to_csv(tmp_path / "q1-q3.csv", index=False)
    late.to_csv(tmp_path / "q4.csv", index=False)
    store = tmp_path / "sessions.gpkg"
    common = {
        "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
        "SESSIONS_GPKG": str(store),
        "SESSION_ID_FIELD": "transaction",
    }
    first = import_sessions(INPUT=[str(tmp_path / "q1-q3.csv")], **common)
    assert (first["IMPORTED"], first["DUPLICATES"], first["UNMATCHED"], first["UNPARSED"]) == (
        len(early),
        0,
        0,
        0,
    )
    assert first["TOTAL"] == len(early)
    again = import_sessions(INPUT=[str(tmp_path / "q1-q3.csv")], **common)
    assert (again["IMPORTED"], again["DUPLICATES"], again["TOTAL"]) == (0, len(early), len(early))
    quarter = import_sessions(
        INPUT=[str(tmp_path / "q1-q3.csv"), str(tmp_path / "q4.csv")], **common
    )
    assert (quarter["IMPORTED"], quarter["DUPLICATES"]) == (len(late), len(early))
    assert quarter["TOTAL"] == len(sample_sessions)
    table = QgsVectorLayer(quarter["SESSIONS"], "sessions", "ogr")
    assert table.isValid() and table.featureCount() == len(sample_sessions)
    assert table.wkbType() == QgsWkbTypes.NoGeometry
    assert {"session_id", "cp_id", "start_time", "kwh", "imported_at"} <= set(
        table.fields().names()
    )
    assert quarter["UNMATCHED_TABLE"].featureCount() == 0


def test_official_ocpi_examples(evplanner_provider, shared_data, tmp_path):
    ocpi = shared_data / "ocpi-2.2.1"
    chargepoints = processing.run(
        "evplanner:importchargepoints",
        {"INPUT": [str(ocpi / "location_example.json")], "OUTPUT": TEMP},
    )["OUTPUT"]
    store = tmp_path / "ocpi.gpkg"
    files = [
        ocpi / "cdr_example.json",
        ocpi / "session_example_1_simple_start.json",
        ocpi / "session_example_2_short_finished.json",
        ocpi / "session_patch_example_total_cost.json",
    ]
    results = import_sessions(
        INPUT=[str(f) for f in files], CHARGEPOINTS=chargepoints, SESSIONS_GPKG=str(store)
    )
    assert (results["IMPORTED"], results["UNMATCHED"], results["UNPARSED"]) == (2, 0, 2)
    problems = by(results["UNMATCHED_TABLE"], "reason")
    assert set(problems) == {"SESSION_NOT_FINISHED", "NOT_A_SESSION"}
    assert problems["SESSION_NOT_FINISHED"]["source_file"].endswith("simple_start.json")
    sessions = by(QgsVectorLayer(results["SESSIONS"], "s", "ogr"), "source")
    cdr = sessions["ocpi_cdr"]
    assert (cdr["cp_id"], cdr["kwh"], cdr["start_time"]) == (
        "ocpi:BE*BEC*LOC1",
        15.342,
        "2015-06-29T21:39:09Z",
    )
    again = import_sessions(
        INPUT=[str(f) for f in files], CHARGEPOINTS=chargepoints, SESSIONS_GPKG=str(store)
    )
    assert (again["IMPORTED"], again["DUPLICATES"], again["TOTAL"]) == (0, 2, 2)


def test_unknown_chargepoints_are_listed(evplanner_provider, sample_area_gpkg, tmp_path):
    csv = tmp_path / "other.csv"
    csv.write_text(
        "charger,start,end,kwh\n"
        "CP0001,2024-05-01T10:00:00Z,2024-05-01T11:00:00Z,5\n"
        "XX9999,2024-05-01T10:00:00Z,2024-05-01T11:00:00Z,5\n"
    )
    results = import_sessions(
        INPUT=[str(csv)],
        FORMAT=2,
        CP_FIELD="charger",
        CHARGEPOINTS=layer_uri(sample_area_gpkg, "chargepoints"),
        SESSIONS_GPKG=str(tmp_path / "s.gpkg"),
    )
    assert (results["IMPORTED"], results["UNMATCHED"]) == (1, 1)
    [problem] = rows(results["UNMATCHED_TABLE"])
    assert (problem["reason"], problem["cp_ref"]) == ("NO_CHARGEPOINT", "XX9999")


def test_import_malformed_file_names_it(evplanner_provider, sample_area_gpkg, tmp_path):
    bad = tmp_path / "cdrs.json"
    bad.write_text('[{"id": "1",\n "total_energy": ,}]')
    with pytest.raises(QgsProcessingException, match="cdrs.json at line 2"):
        import_sessions(
            INPUT=[str(bad)],
            CHARGEPOINTS=layer_uri(sample_area_gpkg, "chargepoints"),
            SESSIONS_GPKG=str(tmp_path / "s.gpkg"),
        )
    assert not (tmp_path / "s.gpkg").exists()


def test_import_cancelled_writes_nothing(
    evplanner_provider, sample_area_gpkg, shared_data, tmp_path
):
    store = tmp_path / "s.gpkg"
    with pytest.raises(QgsProcessingException):
        processing.run(
            "evplanner:importsessions",
            {
                "INPUT": [str(shared_data / "ocpi-2.2.1" / "cdr_example.json")],
                "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
                "SESSIONS_GPKG": str(store),
                "UNMATCHED_TABLE": str(tmp_path / "unmatched.gpkg"),
            },
            feedback=cancelled_feedback(),
        )
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ usagesummary
def summary(sample_area_gpkg, **parameters):
    defaults = {
        "SESSIONS": layer_uri(sample_area_gpkg, "sessions"),
        "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
        "AREAS": layer_uri(sample_area_gpkg, "areas"),
        "OUTPUT": TEMP,
        "AREAS_OUTPUT": TEMP,
        "AREA_TABLE": TEMP,
    }
    return processing.run("evplanner:usagesummary", {**defaults, **parameters})


def test_usage_summary_of_the_sample_area(
    evplanner_provider, sample_area_gpkg, sample_sessions, sample_chargepoints
):
    results = summary(sample_area_gpkg)
    n_cp = len(sample_chargepoints)
    assert results["PERIOD_COUNT"] == 4 and results["LATEST_PERIOD"] == "2024-Q4"
    assert results["SESSION_COUNT"] == len(sample_sessions)
    per_cp = rows(results["OUTPUT"])
    assert len(per_cp) == 4 * n_cp
    assert sum(r["sessions"] for r in per_cp) == len(sample_sessions)
    expected = chargepoint_usage(sample_sessions, sample_chargepoints)
    for got, want in zip(per_cp, expected.itertuples()):
        assert (got["cp_id"], got["period"]) == (want.cp_id, want.period)
        assert got["sessions"] == want.sessions
        assert got["kwh"] == pytest.approx(want.kwh)
        assert got["utilisation_pct"] == pytest.approx(want.utilisation_pct)
    idle = {r["cp_id"] for r in per_cp if r["sessions"] == 0 and r["period"] == "2024-Q2"}
    assert len(idle) >= 2  # the faulty chargepoints
    assert {r["area_id"] for r in per_cp} >= {"E01990013"}  # the village

    areas = rows(results["AREA_TABLE"])
    assert len(areas) == 13 * 4
    latest = [r for r in areas if r["period"] == "2024-Q4"]
    assert sum(r["chargepoints"] for r in latest) == n_cp
    assert (
        sum(r["sessions"] for r in latest) == expected[expected.period == "2024-Q4"].sessions.sum()
    )
    with_cps = [r for r in latest if r["chargepoints"] > 0]
    assert all(r["chargepoints_per_10k"] > 0 and r["utilisation_pct"] >= 0 for r in with_cps)
    assert any(r["utilisation_pct"] is None for r in latest)  # areas without chargepoints
    map_layer = results["AREAS_OUTPUT"]
    assert map_layer.featureCount() == 13
    assert {f["period"] for f in map_layer.getFeatures()} == {"2024-Q4"}
    assert map_layer.geometryType() == QgsWkbTypes.PolygonGeometry

    months = summary(sample_area_gpkg, PERIOD=0, MAP_PERIOD="2024-03", AREAS_OUTPUT=TEMP)
    assert months["PERIOD_COUNT"] == 12 and months["OUTPUT"].featureCount() == 12 * n_cp
    assert {f["period"] for f in months["AREAS_OUTPUT"].getFeatures()} == {"2024-03"}


def test_usage_summary_without_areas_and_through_qgis(
    evplanner_provider, sample_area_gpkg, sample_sessions
):
    # a subset string makes the algorithm read the sessions through QGIS, not sqlite3
    uri = layer_uri(sample_area_gpkg, "sessions") + "|subset=\"start_time\" < '2024-07-01'"
    results = summary(sample_area_gpkg, SESSIONS=uri, AREAS=None, AREAS_OUTPUT=None)
    assert results["SESSION_COUNT"] == (sample_sessions.start_time < "2024-07-01").sum()
    network = rows(results["AREA_TABLE"])
    assert [r["area_id"] for r in network] == ["ALL", "ALL"]
    assert [r["period"] for r in network] == ["2024-Q1", "2024-Q2"]


def test_usage_summary_area_layer_is_styled(evplanner_provider, sample_area_gpkg, tmp_path):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.runAndLoadResults(
        "evplanner:usagesummary",
        {
            "SESSIONS": layer_uri(sample_area_gpkg, "sessions"),
            "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
            "AREAS": layer_uri(sample_area_gpkg, "areas"),
            "OUTPUT": str(tmp_path / "usage.gpkg"),
            "AREAS_OUTPUT": str(tmp_path / "usage_areas.gpkg"),
            "AREA_TABLE": str(tmp_path / "usage_area_table.gpkg"),
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    loaded = {
        layer.source().split("|")[0]: layer for layer in QgsProject.instance().mapLayers().values()
    }
    assert results["AREAS_OUTPUT"] in loaded
    loaded = loaded[results["AREAS_OUTPUT"]]
    assert loaded.renderer().type() == "RuleRenderer"
    labels = [rule.label() for rule in loaded.renderer().rootRule().children()]
    assert labels[0] == "under 5 %" and labels[-1] == "No public chargepoints"
    QgsProject.instance().removeAllMapLayers()


def test_usage_summary_wrong_table_names_it(evplanner_provider, sample_area_gpkg):
    with pytest.raises(QgsProcessingException, match="chargepoints.*start_time"):
        summary(sample_area_gpkg, SESSIONS=layer_uri(sample_area_gpkg, "chargepoints"))


def test_usage_summary_cancelled_leaves_no_output(evplanner_provider, sample_area_gpkg, tmp_path):
    target = tmp_path / "usage.gpkg"
    with pytest.raises(QgsProcessingException):
        processing.run(
            "evplanner:usagesummary",
            {
                "SESSIONS": layer_uri(sample_area_gpkg, "sessions"),
                "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
                "OUTPUT": str(target),
            },
            feedback=cancelled_feedback(),
        )
    assert not target.exists()


# ------------------------------------------------------------------ kpireport
def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def render_page(path, page: int, target_stem) -> Image.Image:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile",
         str(path), str(target_stem)],
        check=True,
    )  # fmt: skip
    return Image.open(f"{target_stem}.png").convert("RGB")


def distinct_colours(image: Image.Image) -> int:
    return len(set(image.getdata()))


def test_kpi_report_pdf(
    evplanner_provider, sample_area_gpkg, sample_sessions, sample_chargepoints, tmp_path, out_dir
):
    pdf = tmp_path / "report" / "kpi_report.pdf"
    results = processing.run(
        "evplanner:kpireport",
        {
            "SESSIONS": layer_uri(sample_area_gpkg, "sessions"),
            "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
            "AREAS": layer_uri(sample_area_gpkg, "areas"),
            "TITLE": "Ashby Parva chargepoint usage",
            "OUTPUT": str(pdf),
        },
    )
    assert results["OUTPUT"] == str(pdf) and pdf.is_file()
    assert [p.name for p in pdf.parent.iterdir()] == ["kpi_report.pdf"]  # no partial file
    assert pdf_pages(pdf) == results["PAGE_COUNT"] == 5
    kpis = headline_kpis(network_usage(chargepoint_usage(sample_sessions, sample_chargepoints)))
    assert results["LATEST_PERIOD"] == kpis["period"] == "2024-Q4"
    assert results["SESSIONS_LATEST"] == kpis["sessions"]

    text = pdf_text(pdf)
    assert "Ashby Parva chargepoint usage" in text
    for number in (
        fmt_int(kpis["sessions"]),
        fmt_int(kpis["kwh"]),
        fmt_num(kpis["utilisation_pct"]),
        fmt_num(kpis["sessions_per_day"], 2),
        fmt_int(kpis["sessions_total"]),
        f"{kpis['chargepoints']} / {kpis['sockets']}",
    ):
        assert number in text, number
    assert "E01990013" in text  # the area table
    assert "2024-Q1" in text  # the time-series table

    page1 = render_page(pdf, 1, out_dir / "kpi_report_page1")
    assert page1.size[0] > page1.size[1]  # landscape
    assert distinct_colours(page1) > 50
    map_page = render_page(pdf, 5, out_dir / "kpi_report_page5")
    assert distinct_colours(map_page) > 50
    # the map is drawn: the utilisation class colours of the areas appear on the page
    colours = set(map_page.getdata())
    assert any(abs(r - 0x25) + abs(g - 0x34) + abs(b - 0x94) < 40 for r, g, b in colours) or any(
        abs(r - 0x2C) + abs(g - 0x7F) + abs(b - 0xB8) < 40 for r, g, b in colours
    )


def test_kpi_report_without_areas(evplanner_provider, sample_area_gpkg, tmp_path):
    pdf = tmp_path / "network.pdf"
    results = processing.run(
        "evplanner:kpireport",
        {
            "SESSIONS": layer_uri(sample_area_gpkg, "sessions"),
            "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
            "PERIOD": 0,
            "OUTPUT": str(pdf),
        },
    )
    assert pdf_pages(pdf) == results["PAGE_COUNT"] == 3
    assert "Public chargepoint usage" in pdf_text(pdf)
    assert results["LATEST_PERIOD"] == "2024-12"


def test_kpi_report_cancelled_or_bad_input(evplanner_provider, sample_area_gpkg, tmp_path):
    pdf = tmp_path / "report.pdf"
    parameters = {
        "SESSIONS": layer_uri(sample_area_gpkg, "sessions"),
        "CHARGEPOINTS": layer_uri(sample_area_gpkg, "chargepoints"),
        "OUTPUT": str(pdf),
    }
    with pytest.raises(QgsProcessingException):
        processing.run("evplanner:kpireport", parameters, feedback=cancelled_feedback())
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(QgsProcessingException, match="no_such_field.*CP_ID_FIELD"):
        processing.run("evplanner:kpireport", {**parameters, "CP_ID_FIELD": "no_such_field"})


def test_long_tables_continue_on_extra_pages(qgis_app, tmp_path):
    # three years of monthly figures: 36 rows, more than fit beside the chart
    months = pd.date_range("2022-01-01", periods=36, freq="MS", tz="Europe/London")
    starts = months + pd.Timedelta(hours=10)
    sessions = pd.DataFrame(
        {
            "session_id": [f"S{i}" for i in range(36)],
            "cp_id": "CP1",
            "connector_id": "1",
            "start_time": starts.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end_time": (starts + pd.Timedelta(hours=2))
            .tz_convert("UTC")
            .strftime("%Y-%m-%dT%H:%M:%SZ"),
            "kwh": 10.0,
        }
    )
    usage = chargepoint_usage(
        sessions, pd.DataFrame({"cp_id": ["CP1"], "sockets": [1]}), period="month"
    )
    network = network_usage(usage)
    data = KpiReportData(
        title="Three years",
        period_kind="month",
        kpis=headline_kpis(network),
        network=network,
        usage=usage,
        distribution=utilisation_distribution(usage),
    )
    pdf = tmp_path / "long.pdf"
    pages = export_kpi_report(pdf, data)
    assert pages == pdf_pages(pdf) == 4  # headline, chart + 28 rows, 8 rows more, distribution
    text = pdf_text(pdf)
    assert "Usage by month (continued)" in text and "2024-12" in text
