"""evplanner:importchargepoints on the OCPI 2.2.1 examples, the NCR 2020 file and a live
(loopback) OCPI endpoint whose token sits in a QGIS authentication configuration."""

from __future__ import annotations

import csv
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import processing
import pytest
from pyproj import Transformer
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)

from ev_planner_plugin.sources.chargepoints import CHARGEPOINT_FIELDS

TO_WGS84 = Transformer.from_crs(27700, 4326, always_xy=True)
BASE = (378000.0, 396000.0)  # a street in Trafford, British National Grid
GOOD_TOKEN = "good-token-4711"
OLD_TOKEN = "expired-token-0815"


def run(feedback=None, **parameters):
    return processing.run(
        "evplanner:importchargepoints",
        {"OUTPUT": "TEMPORARY_OUTPUT", **parameters},
        feedback=feedback or QgsProcessingFeedback(),
    )


def by_id(layer: QgsVectorLayer) -> dict:
    return {f["cp_id"]: f for f in layer.getFeatures()}


def lonlat_of(feature: QgsFeature) -> tuple:
    point = feature.geometry().asPoint()
    return TO_WGS84.transform(point.x(), point.y())


@pytest.fixture(scope="module")
def ocpi_dir(shared_data):
    return shared_data / "ocpi-2.2.1"


# --------------------------------------------------------------------------------------------
# Files


def test_ocpi_on_street_example(evplanner_provider, ocpi_dir):
    results = run(INPUT=[str(ocpi_dir / "location_example.json")])
    layer = results["OUTPUT"]
    assert layer.fields().names() == list(CHARGEPOINT_FIELDS)
    assert layer.crs().authid() == "EPSG:27700"
    assert (results["READ_COUNT"], results["SKIPPED_COUNT"], results["MERGED_COUNT"]) == (1, 0, 0)
    assert layer.featureCount() == 1
    feature = next(layer.getFeatures())
    assert feature["cp_id"] == "ocpi:BE*BEC*LOC1"
    assert (feature["source"], feature["operator"], feature["name"]) == (
        "ocpi",
        "BeCharged",
        "Gent Zuid",
    )
    # AC_3_PHASE at 220 V x 16 A x 3 phases; two EVSEs (one vehicle each)
    assert feature["max_power_kw"] == pytest.approx(10.56)
    assert feature["speed_class"] == "fast"
    assert feature["sockets"] == 2
    assert feature["connectors"] == "Type 2"
    assert feature["parking_type"] == "ON_STREET" and feature["on_street"] is True
    assert feature["status"] == "operational"
    assert feature["last_updated"] == "2015-06-29T20:39:09Z"
    assert lonlat_of(feature) == pytest.approx((3.729944, 51.047599), abs=1e-7)


def test_ocpi_location_examples_skip_unpublished(evplanner_provider, ocpi_dir):
    paths = [str(p) for p in sorted(ocpi_dir.glob("location_example*.json"))]
    feedback = QgsProcessingFeedback()
    results = run(feedback, INPUT=paths)
    assert len(paths) == 6
    assert (results["READ_COUNT"], results["SKIPPED_COUNT"]) == (3, 3)  # uc3-uc5 unpublished
    assert results["OUTPUT"].featureCount() == 3
    assert feedback.textLog().count("skipped: not published") == 3


def test_ncr_2020_counts(evplanner_provider, shared_data):
    feedback = QgsProcessingFeedback()
    results = run(feedback, INPUT=[str(shared_data / "ncr" / "ncr-2020-basic.csv")])
    # as the reader's tests establish: 12,306 rows, 16 skipped (2 blank, 0,0, -999, 12 abroad)
    assert (results["READ_COUNT"], results["SKIPPED_COUNT"]) == (12290, 16)
    assert results["MERGED_COUNT"] == 0  # no two devices of one operator within 25 m
    layer = results["OUTPUT"]
    assert layer.featureCount() == 12290
    log = feedback.textLog()
    assert "read as National Chargepoint Registry CSV (detected from the content)" in log
    assert "175 record(s) had latitude and longitude swapped" in log
    assert "12 record(s) skipped: outside the UK" in log
    statuses = {}
    for feature in layer.getFeatures():
        statuses[feature["status"]] = statuses.get(feature["status"], 0) + 1
    assert statuses == {"operational": 12099, "not_operational": 162, "planned": 29}
    extent = layer.extent()  # British National Grid metres (Jersey is below 0 northing)
    assert 0 < extent.xMinimum() < extent.xMaximum() < 700000
    assert -100000 < extent.yMinimum() < extent.yMaximum() < 1300000


def _ocm_pois():
    lon, lat = TO_WGS84.transform(BASE[0] + 12.0, BASE[1])
    return [
        {
            "ID": 101,
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
            },
            "Connections": [
                {"ConnectionType": {"Title": "Type 2 (Socket Only)"}, "PowerKW": 7.0},
                {"ConnectionType": {"Title": "CHAdeMO"}, "PowerKW": 50.0},
            ],
            "NumberOfPoints": 3,
        }
    ]


def _write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture()
def one_file_per_format(tmp_path, ocpi_dir, shared_data):
    ocm = tmp_path / "ocm.json"
    ocm.write_text(json.dumps(_ocm_pois()), encoding="utf-8")
    lon, lat = TO_WGS84.transform(*BASE)
    generic = tmp_path / "council.csv"
    _write_csv(
        generic,
        ["source_id", "name", "operator", "Lat", "Lng", "max_power_kw"],
        [["C1", "Victoria Road", "Connected Kerb", f"{lat:.8f}", f"{lon:.8f}", "7.4"]],
    )
    return {
        "ocpi": ocpi_dir / "location_example.json",
        "ocm": ocm,
        "ncr": shared_data / "ncr" / "ncr-2020-basic.csv",
        "csv": generic,
    }


@pytest.mark.parametrize(
    ("fmt", "label", "enum"),
    [
        ("ocpi", "OCPI 2.2.1 Locations JSON", 1),
        ("ocm", "Open Charge Map JSON", 2),
        ("ncr", "National Chargepoint Registry CSV", 3),
        ("csv", "CSV with latitude/longitude", 4),
    ],
)
def test_auto_detection_picks_each_format(
    evplanner_provider, one_file_per_format, fmt, label, enum
):
    path = str(one_file_per_format[fmt])
    feedback = QgsProcessingFeedback()
    detected = run(feedback, INPUT=[path], FORMAT=0)
    assert f"{path}: read as {label} (detected from the content)" in feedback.textLog()
    sources = {f["source"] for f in detected["OUTPUT"].getFeatures()}
    assert sources == {fmt}
    forced = run(INPUT=[path], FORMAT=enum)
    assert forced["READ_COUNT"] == detected["READ_COUNT"] > 0


def test_detected_formats_read_the_right_values(evplanner_provider, one_file_per_format):
    paths = [str(one_file_per_format[k]) for k in ("ocpi", "ocm", "csv")]
    results = run(INPUT=paths, DEDUPLICATE=False)
    features = by_id(results["OUTPUT"])
    assert set(features) == {"ocpi:BE*BEC*LOC1", "ocm:101", "csv:C1"}
    tesco = features["ocm:101"]
    assert (tesco["operator"], tesco["max_power_kw"], tesco["speed_class"]) == (
        "POD Point",
        50.0,
        "rapid",
    )
    assert (tesco["sockets"], tesco["connectors"]) == (3, "Type 2, CHAdeMO")
    council = features["csv:C1"]
    assert council["max_power_kw"] == 7.4 and council["speed_class"] == "slow"
    point = council.geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx(BASE, abs=0.01)


def test_forced_format_that_does_not_fit_names_the_file(evplanner_provider, ocpi_dir):
    path = ocpi_dir / "location_example.json"
    with pytest.raises(QgsProcessingException, match="location_example.json.*not a National"):
        run(INPUT=[str(path)], FORMAT=3)


def test_csv_column_mapping(evplanner_provider, tmp_path):
    lon, lat = TO_WGS84.transform(*BASE)
    path = tmp_path / "bays.csv"
    _write_csv(
        path,
        ["BayRef", "Street", "Supplier", "PosN", "PosE", "Rating"],
        [
            ["B7", "King Street", "char.gy", f"{lat:.8f}", f"{lon:.8f}", "5.5"],
            ["B8", "Queen Street", "char.gy", "", f"{lon:.8f}", "5.5"],
        ],
    )
    feedback = QgsProcessingFeedback()
    results = run(
        feedback,
        INPUT=[str(path)],
        LATITUDE_FIELD="PosN",
        LONGITUDE_FIELD="PosE",
        ID_FIELD="BayRef",
        NAME_FIELD="Street",
        OPERATOR_FIELD="Supplier",
        POWER_FIELD="Rating",
    )
    # auto-detection cannot find PosN/PosE by name: the mapping says it is a CSV
    assert "read as CSV with latitude/longitude (latitude/longitude columns from the mapping)" in (
        feedback.textLog()
    )
    assert (results["READ_COUNT"], results["SKIPPED_COUNT"]) == (1, 1)
    assert "no or unreadable coordinates: B8" in feedback.textLog()
    feature = next(results["OUTPUT"].getFeatures())
    assert (feature["cp_id"], feature["name"], feature["operator"]) == (
        "csv:B7",
        "King Street",
        "char.gy",
    )
    assert (feature["max_power_kw"], feature["speed_class"]) == (5.5, "slow")
    point = feature.geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx(BASE, abs=0.01)
    with pytest.raises(QgsProcessingException, match="Column.*Bogus.*not in"):
        run(INPUT=[str(path)], FORMAT=4, LATITUDE_FIELD="Bogus", LONGITUDE_FIELD="PosE")


def test_same_location_twice_is_merged(evplanner_provider, ocpi_dir):
    path = str(ocpi_dir / "location_example.json")
    merged = run(INPUT=[path, path])
    assert (merged["READ_COUNT"], merged["MERGED_COUNT"]) == (2, 1)
    assert merged["OUTPUT"].featureCount() == 1
    assert next(merged["OUTPUT"].getFeatures())["merged_sources"] == "ocpi:BE*BEC*LOC1"
    kept = run(INPUT=[path, path], DEDUPLICATE=False)
    assert (kept["MERGED_COUNT"], kept["OUTPUT"].featureCount()) == (0, 2)


def test_style_applied_on_load(evplanner_provider, qgis_new_project, ocpi_dir, tmp_path):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    target = tmp_path / "chargepoints.gpkg"
    processing.runAndLoadResults(
        "evplanner:importchargepoints",
        {"INPUT": [str(ocpi_dir / "location_example.json")], "OUTPUT": str(target)},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    (layer,) = QgsProject.instance().mapLayers().values()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "speed_class"
    values = [c.value() for c in renderer.categories()]
    assert values == ["slow", "fast", "rapid", "ultra", ""]  # "" = all other values
    render_context = QgsRenderContext()
    renderer.startRender(render_context, layer.fields())
    unknown = QgsFeature(layer.fields())  # speed_class null: the basic NCR file has no power
    assert renderer.symbolForFeature(unknown, render_context).color().name() == "#9e9e9e"
    fast = next(layer.getFeatures())
    assert renderer.symbolForFeature(fast, render_context).color().name() == "#1a9850"
    renderer.stopRender(render_context)


# --------------------------------------------------------------------------------------------
# Bad input and cancel


def test_not_a_chargepoint_file(evplanner_provider, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Chargepoints to check on Monday\nKing Street\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"notes\.txt at line 1.*not a recognised"):
        run(INPUT=[str(notes)])


def test_nothing_to_read(evplanner_provider):
    with pytest.raises(QgsProcessingException, match="INPUT.*OCPI_URL"):
        run()


def test_cancel_leaves_no_output(evplanner_provider, shared_data, tmp_path):
    target = tmp_path / "chargepoints.gpkg"
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(feedback, INPUT=[str(shared_data / "ncr" / "ncr-2020-basic.csv")], OUTPUT=str(target))
    assert not target.exists()


# --------------------------------------------------------------------------------------------
# Live OCPI endpoint (loopback) with the token in the QGIS authentication database


class _OcpiHandler(BaseHTTPRequestHandler):
    pages: list = []
    calls: list = []

    def log_message(self, *args):
        pass

    def _send(self, code, body, headers=None):
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        offset = int(parse_qs(url.query).get("offset", ["0"])[0])
        type(self).calls.append((url.path, offset, self.headers.get("Authorization")))
        if self.headers.get("Authorization") != f"Token {GOOD_TOKEN}":
            body = json.dumps({"status_code": 2002, "status_message": "Unauthorized"})
            return self._send(401, body.encode())
        # one Location per page whatever the client asks: the client must follow Link
        page = self.pages[offset : offset + 1]
        headers = {"X-Total-Count": str(len(self.pages)), "X-Limit": "1"}
        if offset + 1 < len(self.pages):
            base = f"http://127.0.0.1:{self.server.server_address[1]}{url.path}"
            headers["Link"] = f'<{base}?offset={offset + 1}&limit=1>; rel="next"'
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
    yield f"http://127.0.0.1:{server.server_address[1]}/ocpi/2.2.1/locations"
    server.shutdown()
    server.server_close()
    thread.join(5)


def _store_auth_config(method: str, name: str, values: dict) -> str:
    manager = QgsApplication.authManager()
    # pytest-qgis keeps the QGIS profile (and its qgis-auth.db) in an isolated test directory
    assert manager.setMasterPassword("ev-planner-tests", True)
    config = QgsAuthMethodConfig(method)
    config.setName(name)
    for key, value in values.items():
        config.setConfig(key, value)
    stored = manager.storeAuthenticationConfig(config)
    assert stored[0] if isinstance(stored, tuple) else stored
    assert config.id()
    return config.id()


@pytest.fixture(scope="module")
def auth_configs(qgis_app):
    return {
        "basic": _store_auth_config("Basic", "OCPI CPO", {"username": "", "password": GOOD_TOKEN}),
        "header": _store_auth_config(
            "APIHeader", "OCPI CPO header", {"Authorization": f"Token {GOOD_TOKEN}"}
        ),
        "expired": _store_auth_config("Basic", "OCPI old", {"password": OLD_TOKEN}),
    }


@pytest.mark.parametrize("kind", ["basic", "header"])
def test_live_endpoint_with_token_from_auth_config(
    evplanner_provider, ocpi_server, auth_configs, kind
):
    feedback = QgsProcessingFeedback()
    results = run(feedback, OCPI_URL=ocpi_server, OCPI_AUTH=auth_configs[kind])
    assert [(c[1], c[2]) for c in _OcpiHandler.calls] == [
        (0, f"Token {GOOD_TOKEN}"),
        (1, f"Token {GOOD_TOKEN}"),
    ]
    features = by_id(results["OUTPUT"])
    assert set(features) == {
        "ocpi:BE*BEC*LOC1",
        "ocpi:SE*EVC*cbb0df21-d17d-40ba-a4aa-dc588c8f98cb",
    }
    on_street = features["ocpi:BE*BEC*LOC1"]
    assert (on_street["max_power_kw"], on_street["sockets"]) == (pytest.approx(10.56), 2)
    garage = features["ocpi:SE*EVC*cbb0df21-d17d-40ba-a4aa-dc588c8f98cb"]
    assert garage["parking_type"] == "PARKING_GARAGE" and garage["on_street"] is False
    assert results["READ_COUNT"] == 2
    assert GOOD_TOKEN not in feedback.textLog()


def test_live_endpoint_and_file_deduplicated(
    evplanner_provider, ocpi_server, auth_configs, ocpi_dir
):
    results = run(
        INPUT=[str(ocpi_dir / "location_example.json")],
        OCPI_URL=ocpi_server,
        OCPI_AUTH=auth_configs["basic"],
    )
    assert (results["READ_COUNT"], results["MERGED_COUNT"]) == (3, 1)
    assert results["OUTPUT"].featureCount() == 2


def test_live_expired_token_is_a_clear_error(evplanner_provider, ocpi_server, auth_configs):
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException) as info:
        run(feedback, OCPI_URL=ocpi_server, OCPI_AUTH=auth_configs["expired"])
    message = str(info.value)
    assert ocpi_server in message and "HTTP 401" in message
    assert "QGIS authentication configuration" in message
    assert OLD_TOKEN not in message and OLD_TOKEN not in feedback.textLog()
    assert len(_OcpiHandler.calls) == 1  # a rejected token is not retried


def test_live_endpoint_needs_an_auth_config(evplanner_provider, ocpi_server, auth_configs):
    with pytest.raises(QgsProcessingException, match="OCPI_AUTH"):
        run(OCPI_URL=ocpi_server)
    with pytest.raises(QgsProcessingException, match="'nosuch1'.*could not be read"):
        run(OCPI_URL=ocpi_server, OCPI_AUTH="nosuch1")
    assert _OcpiHandler.calls == []
