#!/usr/bin/env python3
"""Time a 100-site atlas PDF (evplanner:sitelayoutmaps) on the built-in sample area.

The sites are the first 100 eligible kerb runs (either eligible status, at least two bays) of
Kerbside eligibility on the sample area; every context layer is given, as in the demo. Only the
site maps run is timed (the sample area and eligibility are prepared first). Run with the
project venv (QGIS in-process, offscreen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_atlas.py [--sites 100] [--png]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=100, help="number of sites (default 100)")
    parser.add_argument("--png", action="store_true", help="also write one PNG per site")
    args = parser.parse_args(argv)

    app = QgsApplication([], False)
    app.initQgis()
    result = measure(sites=args.sites, png=args.png)
    seconds = result["seconds"]
    print(
        f"sitelayoutmaps: {result['sites']} sites -> {result['pages']}-page PDF "
        f"({result['size_mb']:.1f} MB){' and PNGs' if args.png else ''} in {seconds:.1f} s "
        f"({seconds / max(result['sites'], 1):.2f} s per site)"
    )
    app.exitQgis()
    return 0


def measure(sites: int = 100, png: bool = False) -> dict:
    """Time the site maps run (see the module docstring) in this process, whose QgsApplication
    is already initialised: seconds, sites, PDF pages and size."""
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from ev_planner_plugin.core.sample_area import build_sample_area
    from ev_planner_plugin.processing.bridge import write_gpkg_layers
    from tests.planning_chain import eligibility_parameters, ensure_provider

    ensure_provider()
    with tempfile.TemporaryDirectory(prefix="bench_atlas_") as folder:
        folder = Path(folder)
        sample = folder / "sample_area.gpkg"
        write_gpkg_layers(build_sample_area(seed=42), sample, QgsProcessingContext())

        def layer(name: str) -> str:
            return f"{sample}|layername={name}"

        runs = folder / "kerbside_eligibility.gpkg"
        processing.run("evplanner:kerbsideeligibility", eligibility_parameters(sample, runs))
        eligible = (
            f"{runs}|layername={runs.stem}|subset=\"status\" <> 'ineligible' AND max_bays >= 2"
        )
        pdf = folder / "site_maps.pdf"
        parameters = {
            "SITES": QgsProcessingFeatureSourceDefinition(eligible, False, sites),
            "KERB_RUNS": f"{runs}|layername={runs.stem}",
            "FOOTWAYS": layer("footways"),
            "RESTRICTIONS": layer("restrictions"),
            "ACCESSIBLE_BAYS": layer("accessible_bays"),
            "CYCLE_PARKING": layer("cycle_parking"),
            "CHARGEPOINTS": layer("chargepoints"),
            "ROADS": layer("roads"),
            "OUTPUT_PDF": str(pdf),
        }
        if png:
            parameters["PNG_FOLDER"] = str(folder / "png")
        started = time.perf_counter()
        results = processing.run("evplanner:sitelayoutmaps", parameters)
        seconds = time.perf_counter() - started
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = next((li.split()[1] for li in info.splitlines() if li.startswith("Pages:")), "?")
        return {
            "seconds": seconds,
            "sites": int(results["PAGE_COUNT"]),
            "pages": pages,
            "size_mb": pdf.stat().st_size / 1e6,
        }


if __name__ == "__main__":
    sys.exit(main())
