#!/usr/bin/env python3
"""Time the EV Site Planner dock's refresh when 5,000 features are selected.

    .venv/bin/python scripts/bench_dock.py [--runs 20] [--count 5000]

Worst case of the dock: an unscored layer (kerbside eligibility runs of the sample area,
10,000+ runs), so the table computes the nearest public chargepoint and the homes without
off-street parking served for every row from the chargepoints and address points, with a
delivery plan open (every row is matched against its sites). One timed run = select the features
(``selectByIds``), refresh the table and paint the visible rows; successive runs alternate
between the first and the last ``--count`` runs. Prints the median of ``--runs`` runs for
features never shown before (the dock's row cache emptied before each run: every feature is
read again) and for features shown before (only the selection changes); the first refresh,
which also reads the chargepoints and addresses once, is reported separately.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--count", type=int, default=5000)
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    result = measure(count=args.count, runs=args.runs)
    print(
        f"dock refresh, {args.count} of {result['runs_in_layer']} kerbside runs selected (nearest "
        f"chargepoint and homes served computed: {result['computed']}; delivery plan open: "
        f"{result['plan_open']}):"
    )
    for label, key in (("features not read before", "cold"), ("features read before", "warm")):
        print(
            f"  {label:<25} median {result[key + '_median_ms']:4.0f} ms over {args.runs} "
            f"runs (min {result[key + '_min_ms']:.0f}, max {result[key + '_max_ms']:.0f})"
        )
    first = result["first_ms"]
    print(f"  first refresh {first:.0f} ms (also reads the chargepoints and addresses)")
    return 0


def measure(count: int = 5000, runs: int = 20) -> dict:
    """Time the dock's refresh (see the module docstring) in this process, whose
    QgsApplication (with a GUI) is already initialised. Times in milliseconds."""
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    app = QgsApplication.instance()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from ev_planner_plugin.core.sample_area import write_sample_area
    from tests.planning_chain import eligibility_parameters, ensure_provider

    ensure_provider()
    folder = Path(tempfile.mkdtemp(prefix="evp-bench-dock-"))
    sample = write_sample_area(folder / "sample_area.gpkg", seed=42)

    def layer(name):
        return f"{sample}|layername={name}"

    runs_path = folder / "runs.gpkg"
    processing.run("evplanner:kerbsideeligibility", eligibility_parameters(sample, runs_path))
    kerb_runs = QgsVectorLayer(f"{runs_path}|layername=runs", "runs", "ogr")
    chargepoints = QgsVectorLayer(layer("chargepoints"), "chargepoints", "ogr")
    addresses = QgsVectorLayer(layer("addresses"), "addresses", "ogr")
    QgsProject.instance().addMapLayers([kerb_runs, chargepoints, addresses])

    from ev_planner_plugin.gui.dock import SitePlannerDock
    from ev_planner_plugin.plan import build_delivery_plan

    eligible = [f.id() for f in kerb_runs.getFeatures() if f["status"] == "eligible"][:25]
    kerb_runs.selectByIds(eligible)
    plan_path = folder / "delivery_plan.gpkg"
    build_delivery_plan(kerb_runs, plan_path, selected_only=True, who="bench")

    iface = _Iface(kerb_runs)
    dock = SitePlannerDock(iface)
    dock.set_plan_location(str(plan_path))
    dock.resize(760, 900)
    dock.show()
    app.processEvents()

    ids = sorted(f.id() for f in kerb_runs.getFeatures(_ids_only()))
    if len(ids) < count + 1:
        raise SystemExit(f"the sample has {len(ids)} runs; fewer than {count} + 1")
    selections = (ids[:count], ids[-count:])

    def timed(selection, cold: bool) -> float:
        if cold:  # as if these features had never been shown: everything is read again
            dock.rows_cache.clear()
        start = time.perf_counter()
        kerb_runs.selectByIds(selection)
        dock.refresh()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    first = timed(selections[1], True)
    cold = [timed(selections[k % 2], True) for k in range(runs)]
    warm = [timed(selections[k % 2], False) for k in range(runs)]
    rows = dock.model.rowCount()
    assert rows == count, rows
    result = {
        "runs_in_layer": len(ids),
        "selected": count,
        "computed": dock.model.rows.nearest_source == "computed",
        "plan_open": dock.store is not None,
        "first_ms": first,
    }
    for key, times in (("cold", cold), ("warm", warm)):
        result[f"{key}_median_ms"] = statistics.median(times)
        result[f"{key}_min_ms"] = min(times)
        result[f"{key}_max_ms"] = max(times)
    dock.teardown()
    QgsProject.instance().removeAllMapLayers()
    return result


def _ids_only():
    from qgis.core import QgsFeatureRequest

    from ev_planner_plugin.plan.store import NO_GEOMETRY

    return QgsFeatureRequest().setNoAttributes().setFlags(NO_GEOMETRY)


class _Iface:
    """The few parts of QgisInterface the dock uses."""

    def __init__(self, layer) -> None:
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtCore import QObject, pyqtSignal

        class Signals(QObject):
            currentLayerChanged = pyqtSignal(object)  # noqa: N815 - QGIS's name

        self._signals = Signals()
        self.currentLayerChanged = self._signals.currentLayerChanged
        self._layer = layer
        self._canvas = QgsMapCanvas()
        self._bar = QgsMessageBar()

    def activeLayer(self):  # noqa: N802 - QGIS's name
        return self._layer

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._bar


if __name__ == "__main__":
    sys.exit(main())
