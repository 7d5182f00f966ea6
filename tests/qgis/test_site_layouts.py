"""evplanner:sitelayoutmaps and evplanner:exportdeliveryplan on the sample area.

The module fixture runs the chain as an officer would (kerbside eligibility, scoring, selection)
and then prints the site layout maps and exports the delivery plan; the tests check the files.
"""

from __future__ import annotations

import csv
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import numpy as np
import processing
import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

from ev_planner_plugin.core.delivery_plan import DELIVERY_PLAN_FIELDS
from ev_planner_plugin.layouts.site_layout import (
    ITEM_MAIN_MAP,
    default_template,
    load_template,
)

from .scenes import cancelled_feedback, rows

# England in WGS84 (with a margin): longitude -6.5..2.0, latitude 49.8..55.9.
ENGLAND = {"lon": (-6.5, 2.0), "lat": (49.8, 55.9)}
RENDER_DPI = 40
ATTRIBUTION = "Sample data: a fictional town made by EV Planner for QGIS."

# A minimal RFC 7946 FeatureCollection: WGS84 positions [lon, lat] (no "crs" member), line or
# point geometries, an object of properties with a site_ref.
POSITION = {
    "type": "array",
    "minItems": 2,
    "maxItems": 3,
    "items": {"type": "number"},
    "prefixItems": [
        {"type": "number", "minimum": -180, "maximum": 180},
        {"type": "number", "minimum": -90, "maximum": 90},
    ],
}
GEOMETRY = {
    "oneOf": [
        {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {"type": {"const": "Point"}, "coordinates": POSITION},
        },
        {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {
                "type": {"const": "LineString"},
                "coordinates": {"type": "array", "minItems": 2, "items": POSITION},
            },
        },
        {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {
                "type": {"const": "MultiLineString"},
                "coordinates": {
                    "type": "array",
                    "items": {"type": "array", "minItems": 2, "items": POSITION},
                },
            },
        },
    ]
}
FEATURE_COLLECTION = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "geometry": GEOMETRY,
                    "properties": {
                        "type": "object",
                        "required": ["site_ref"],
                        "properties": {"site_ref": {"type": "string"}},
                    },
                },
            },
        },
    },
}


@dataclass
class Chain:
    folder: Path
    sample: Path
    shortlist: Path
    maps: dict
    export: dict
    refs: list[str]
    runs: Path

    def layer(self, name: str) -> str:
        return f"{self.sample}|layername={name}"


def map_parameters(sample: Path, runs: Path, **extra) -> dict:
    def layer(name):
        return f"{sample}|layername={name}"

    return {
        "KERB_RUNS": f"{runs}|layername={runs.stem}",
        "FOOTWAYS": layer("footways"),
        "RESTRICTIONS": layer("restrictions"),
        "ACCESSIBLE_BAYS": layer("accessible_bays"),
        "CYCLE_PARKING": layer("cycle_parking"),
        "CHARGEPOINTS": layer("chargepoints"),
        "ROADS": layer("roads"),
        "ATTRIBUTION": ATTRIBUTION,
        **extra,
    }


@pytest.fixture(scope="module")
def chain(planning_chain, sample_area_gpkg, tmp_path_factory) -> Chain:
    folder = tmp_path_factory.mktemp("site_layouts")
    runs, shortlist = planning_chain.runs, planning_chain.shortlist
    maps = processing.run(
        "evplanner:sitelayoutmaps",
        map_parameters(
            sample_area_gpkg,
            runs,
            SITES=f"{shortlist}|layername=shortlist",
            OUTPUT_PDF=str(folder / "site_maps.pdf"),
            PNG_FOLDER=str(folder / "png"),
            BAYS_OUTPUT=str(folder / "bays.gpkg"),
            UNITS_OUTPUT=str(folder / "units.gpkg"),
        ),
    )
    export = processing.run(
        "evplanner:exportdeliveryplan",
        {
            "INPUT": f"{shortlist}|layername=shortlist",
            "OUTPUT_GPKG": str(folder / "delivery_plan.gpkg"),
            "OUTPUT_GEOJSON": str(folder / "delivery_plan.geojson"),
            "OUTPUT_CSV": str(folder / "delivery_plan.csv"),
            "OUTPUT_PDF": str(folder / "delivery_plan.pdf"),
            "TITLE": "Ashby Parva delivery plan",
        },
    )
    plan = QgsVectorLayer(f"{folder / 'delivery_plan.gpkg'}|layername=delivery_plan", "p", "ogr")
    refs = sorted(f["site_ref"] for f in plan.getFeatures())
    return Chain(folder, Path(sample_area_gpkg), shortlist, maps, export, refs, runs)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(li for li in info.stdout.splitlines() if li.startswith("Pages:"))
    return int(line.split()[1])


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def image_array(path: Path) -> np.ndarray:
    """RGB pixels (h, w, 3) of an image file."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), path
    pointer = image.constBits()
    pointer.setsize(image.sizeInBytes())
    data = np.frombuffer(pointer, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    bgra = data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    return bgra[:, :, 2::-1].copy()


def main_map_box_mm() -> tuple[float, float, float, float]:
    """x, y, width, height (mm) of the main map frame of the shipped template."""
    layout = load_template(default_template(), QgsProject())
    item = layout.itemById(ITEM_MAIN_MAP)
    position = layout.convertToLayoutUnits(item.positionWithUnits())
    size = layout.convertToLayoutUnits(item.sizeWithUnits())
    assert layout.units() == QgsUnitTypes.LayoutUnit.LayoutMillimeters
    return position.x(), position.y(), size.width(), size.height()


# --- site layout maps ----------------------------------------------------------------------


def test_one_page_per_site(chain):
    assert len(chain.refs) == 25
    assert chain.maps["PAGE_COUNT"] == 25 == pdf_pages(chain.folder / "site_maps.pdf")
    assert chain.maps["OUTPUT_PDF"] == str(chain.folder / "site_maps.pdf")


def test_each_page_rendered_shows_the_map(chain, tmp_path):
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(RENDER_DPI),
            "-png",
            str(chain.folder / "site_maps.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
        capture_output=True,
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == 25
    x, y, w, h = main_map_box_mm()
    px = RENDER_DPI / 25.4
    inset = 2  # stay off the frame line
    box = (
        slice(round(y * px) + inset, round((y + h) * px) - inset),
        slice(round(x * px) + inset, round((x + w) * px) - inset),
    )
    for image in images:
        pixels = image_array(image)
        page_colours = np.unique(pixels.reshape(-1, 3), axis=0)
        assert len(page_colours) > 50, f"{image.name} looks blank"
        frame = pixels[box].reshape(-1, 3)
        colours = np.unique(frame // 16, axis=0)  # distinct colours, ignoring anti-aliasing
        non_white = (frame.min(axis=1) < 235).mean()
        assert len(colours) >= 12, f"{image.name}: only {len(colours)} colours in the map frame"
        assert non_white > 0.10, f"{image.name}: the map frame is {non_white:.0%} drawn"
        # the proposed bays' green is on every page
        green = (frame[:, 1] > frame[:, 0] + 40) & (frame[:, 1] > frame[:, 2] + 20)
        assert green.sum() >= 3, f"{image.name}: no proposed bay in the map frame"


def test_text_of_each_page(chain):
    pdf = chain.folder / "site_maps.pdf"
    for page, ref in enumerate(chain.refs, start=1):
        text = pdf_text(pdf, page)
        assert ref in text, f"page {page} does not name {ref}"
        assert f"Page {page} of 25" in text
        assert "DRAFT - FOR CONSULTATION" in text
        assert "Sample data: a" in text  # the attribution parameter
        assert "Standard post (7 kW)" in text
    whole = pdf_text(pdf)
    assert all(ref in whole for ref in chain.refs)


def test_png_per_site_and_a_page_to_look_at(chain, out_dir):
    pngs = sorted((chain.folder / "png").glob("*.png"))
    assert [p.stem for p in pngs] == chain.refs
    assert chain.maps["PNG_COUNT"] == 25
    image = QImage(str(pngs[0]))
    # A4 landscape (297 x 210 mm) at 150 dpi
    assert (image.width(), image.height()) == (int(297 / 25.4 * 150), int(210 / 25.4 * 150))
    assert not list((chain.folder / "png").glob(".partial*"))
    target = out_dir / "site_layout_page1.png"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "110",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            "-png",
            str(chain.folder / "site_maps.pdf"),
            str(target.with_suffix("")),
        ],
        check=True,
        capture_output=True,
    )
    assert target.is_file() and target.stat().st_size > 50_000


def test_bays_and_units_outputs(chain):
    bays = QgsVectorLayer(str(chain.folder / "bays.gpkg"), "bays", "ogr")
    units = QgsVectorLayer(str(chain.folder / "units.gpkg"), "units", "ogr")
    bay_rows, unit_rows = rows(bays), rows(units)
    # one twin-socket post and two 6.6 m x 2.4 m bays per site
    assert len(unit_rows) == 25 and len(bay_rows) == 50
    assert sorted({r["site_ref"] for r in bay_rows}) == chain.refs
    assert {(r["length_m"], r["width_m"]) for r in bay_rows} == {(6.6, 2.4)}
    assert {(r["setback_m"], r["footprint_m"]) for r in unit_rows} == {(0.45, 0.4)}
    areas = [f.geometry().area() for f in bays.getFeatures()]
    assert min(areas) > 15.0 and np.median(areas) == pytest.approx(15.84, abs=1e-6)


def test_selected_sites_only_at_a_fixed_scale(chain, tmp_path):
    layer = QgsVectorLayer(f"{chain.shortlist}|layername=shortlist", "shortlist", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds(sorted(layer.allFeatureIds())[:3])
        results = processing.run(
            "evplanner:sitelayoutmaps",
            map_parameters(
                chain.sample,
                chain.runs,
                SITES=QgsProcessingFeatureSourceDefinition(layer.id(), True),
                SCALE=1000,
                DRAFT=False,
                OUTPUT_PDF=str(tmp_path / "three.pdf"),
            ),
        )
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert results["PAGE_COUNT"] == 3 == pdf_pages(tmp_path / "three.pdf")
    assert results["PNG_COUNT"] == 0 and results["PNG_FOLDER"] is None
    text = pdf_text(tmp_path / "three.pdf")
    assert text.count("1:1,000") == 3
    assert "DRAFT" not in text


def test_scale_chosen_for_each_site(chain, tmp_path):
    # six twin posts: twelve bays (79.2 m) where they fit; 0 picks 1:500 to 1:1,250 to fit
    results = processing.run(
        "evplanner:sitelayoutmaps",
        {
            "SITES": QgsProcessingFeatureSourceDefinition(
                f"{chain.runs}|layername=kerbside_eligibility" '|subset="max_bays" >= 12',
                False,
                2,
            ),
            "UNITS_PER_SITE": 6,
            "SCALE": 0,
            "OUTPUT_PDF": str(tmp_path / "auto.pdf"),
        },
    )
    assert results["PAGE_COUNT"] == 2
    for page in (1, 2):
        text = pdf_text(tmp_path / "auto.pdf", page)
        scales = {
            s
            for s in ("1:500", "1:750", "1:1,000", "1:1,250")
            if f"{s}\n" in text or f"{s} " in text
        }
        assert scales and "1:500" not in scales, text


# --- export delivery plan --------------------------------------------------------------------


def test_geojson_validates_and_round_trips(chain):
    path = chain.folder / "delivery_plan.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(document, FEATURE_COLLECTION)
    positions = []
    for feature in document["features"]:
        coordinates = np.asarray(feature["geometry"]["coordinates"], dtype=float)
        positions.append(coordinates.reshape(-1, 2))
    positions = np.concatenate(positions)
    assert positions[:, 0].min() > ENGLAND["lon"][0] and positions[:, 0].max() < ENGLAND["lon"][1]
    assert positions[:, 1].min() > ENGLAND["lat"][0] and positions[:, 1].max() < ENGLAND["lat"][1]
    # the sample town lies around E 452000 N 298000: about 1.23 W, 52.58 N
    assert positions.mean(axis=0) == pytest.approx([-1.228, 52.578], abs=0.03)

    geojson = QgsVectorLayer(str(path), "geojson", "ogr")
    gpkg = QgsVectorLayer(
        f"{chain.folder / 'delivery_plan.gpkg'}|layername=delivery_plan", "gpkg", "ogr"
    )
    assert geojson.isValid() and geojson.crs().authid() == "EPSG:4326"
    assert geojson.featureCount() == gpkg.featureCount() == 25
    assert [f for f in geojson.fields().names() if f != "fid"] == list(DELIVERY_PLAN_FIELDS)
    from_geojson = {r["site_ref"]: r for r in rows(geojson)}
    for record in rows(gpkg):
        other = from_geojson[record["site_ref"]]
        # OGR reads ISO date text in GeoJSON as a date
        other["updated"] = other["updated"].toString(Qt.DateFormat.ISODate)
        for name in DELIVERY_PLAN_FIELDS:
            if isinstance(record[name], float):
                assert other[name] == pytest.approx(record[name]), name
            else:
                assert other[name] == record[name], name


def test_csv_and_geopackage(chain):
    with open(chain.folder / "delivery_plan.csv", newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 25 == chain.export["SITE_COUNT"]
    assert list(table[0]) == [*DELIVERY_PLAN_FIELDS, "longitude", "latitude"]
    assert sorted(r["site_ref"] for r in table) == chain.refs
    lon = np.array([float(r["longitude"]) for r in table])
    lat = np.array([float(r["latitude"]) for r in table])
    assert lon.min() > ENGLAND["lon"][0] and lat.max() < ENGLAND["lat"][1]
    gpkg = QgsVectorLayer(
        f"{chain.folder / 'delivery_plan.gpkg'}|layername=delivery_plan", "gpkg", "ogr"
    )
    assert [f for f in gpkg.fields().names() if f != "fid"] == list(DELIVERY_PLAN_FIELDS)
    assert gpkg.crs().authid() == "EPSG:27700"
    plan = rows(gpkg)
    assert {r["status"] for r in plan} == {"shortlisted"}
    assert sum(r["sockets"] for r in plan) == chain.export["SOCKET_COUNT"] == 50
    assert sum(r["cost_gbp"] for r in plan) == chain.export["TOTAL_COST"]
    districts = {r["district"] for r in plan}
    assert districts == {"Ashby Parva", "Little Weldon"}
    little_weldon = sorted(r["site_ref"] for r in plan if r["district"] == "Little Weldon")
    assert len(little_weldon) >= 1 and little_weldon[0] == "LW-001"
    summary = json.loads(chain.export["SUMMARY"])
    assert summary["totals"]["sites"] == 25
    assert {r["district"]: r["sites"] for r in summary["by_district"]} == {
        "Ashby Parva": 25 - len(little_weldon),
        "Little Weldon": len(little_weldon),
    }


def test_summary_pdf(chain):
    path = chain.folder / "delivery_plan.pdf"
    assert pdf_pages(path) >= 2
    text = pdf_text(path)
    assert "Ashby Parva delivery plan" in text
    for heading in ("By ward / district", "By charger type", "By status", "By funding stream"):
        assert heading in text
    assert "Little Weldon" in text and "LEVI capital" in text
    assert f"£{chain.export['TOTAL_COST']:,.0f}" in text
    assert all(ref in text for ref in chain.refs)


# --- errors and cancelling ------------------------------------------------------------------


class CancelAt(QgsProcessingFeedback):
    """Cancels once progress reaches ``percent``."""

    def __init__(self, percent: float) -> None:
        super().__init__()
        self.progressChanged.connect(lambda p: self.cancel() if p >= percent else None)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name or "staged" in p.name)


def test_cancel_site_maps_leaves_nothing_and_keeps_an_existing_pdf(chain, tmp_path):
    parameters = map_parameters(
        chain.sample,
        chain.runs,
        SITES=f"{chain.shortlist}|layername=shortlist",
        OUTPUT_PDF=str(tmp_path / "maps.pdf"),
        PNG_FOLDER=str(tmp_path / "png"),
        BAYS_OUTPUT=str(tmp_path / "bays.gpkg"),
    )
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("evplanner:sitelayoutmaps", parameters, feedback=cancelled_feedback())
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    # cancelled while the atlas is being exported: the old PDF stays as it was
    (tmp_path / "maps.pdf").write_bytes(b"old maps")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("evplanner:sitelayoutmaps", parameters, feedback=CancelAt(30))
    assert (tmp_path / "maps.pdf").read_bytes() == b"old maps"
    assert not (tmp_path / "bays.gpkg").exists()
    assert leftovers(tmp_path) == []
    assert not list((tmp_path / "png").glob("*.png")) if (tmp_path / "png").exists() else True


def test_cancel_export_leaves_existing_files_untouched(chain, tmp_path):
    parameters = {
        "INPUT": f"{chain.shortlist}|layername=shortlist",
        "OUTPUT_GPKG": str(tmp_path / "plan.gpkg"),
        "OUTPUT_GEOJSON": str(tmp_path / "plan.geojson"),
        "OUTPUT_CSV": str(tmp_path / "plan.csv"),
        "OUTPUT_PDF": str(tmp_path / "plan.pdf"),
    }
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("evplanner:exportdeliveryplan", parameters, feedback=cancelled_feedback())
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "plan.csv").write_text("old table\n", encoding="utf-8")
    # cancelled after the GeoPackage and the GeoJSON were written to temporary files
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("evplanner:exportdeliveryplan", parameters, feedback=CancelAt(50))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.csv"]
    assert (tmp_path / "plan.csv").read_text(encoding="utf-8") == "old table\n"
    # a complete run replaces it
    results = processing.run("evplanner:exportdeliveryplan", parameters)
    assert results["SITE_COUNT"] == 25
    assert (tmp_path / "plan.csv").read_text(encoding="utf-8").startswith("site_ref,")
    assert leftovers(tmp_path) == []


def test_clear_errors(chain, tmp_path):
    base = map_parameters(
        chain.sample,
        chain.runs,
        OUTPUT_PDF=str(tmp_path / "maps.pdf"),
    )
    not_a_template = tmp_path / "council.qpt"
    not_a_template.write_text("this is not XML", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"council\.qpt is not valid XML"):
        processing.run(
            "evplanner:sitelayoutmaps",
            {
                **base,
                "SITES": f"{chain.shortlist}|layername=shortlist",
                "TEMPLATE": str(not_a_template),
            },
        )
    with pytest.raises(QgsProcessingException, match=r"Layer 'shortlist'.*no sites to print"):
        processing.run(
            "evplanner:sitelayoutmaps",
            {**base, "SITES": f'{chain.shortlist}|layername=shortlist|subset="score" > 1000'},
        )
    assert not (tmp_path / "maps.pdf").exists()
    with pytest.raises(QgsProcessingException, match="Choose at least one output"):
        processing.run(
            "evplanner:exportdeliveryplan", {"INPUT": f"{chain.shortlist}|layername=shortlist"}
        )
