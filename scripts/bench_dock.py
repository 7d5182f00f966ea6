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

    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from ev_planner_plugin.core.sample_area import write_sample_area
    from ev_planner_plugin.processing.provider import EvPlannerProvider
    from tests.planning_chain import eligibility_parameters

    provider = EvPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    folder = Path(tempfile.mkdtemp(prefix="evp-bench-dock-"))
    sample = write_sample_area(folder / "sample_area.gpkg", seed=42)

    def layer(name):
        return f"{sample}|layername={name}"

    runs_path = folder / "runs.gpkg"
    processing.run("evplanner:kerbsideeligibility", eligibility_parameters(sample, runs_path))
    runs = QgsVectorLayer(f"{runs_path}|layername=runs", "runs", "ogr")
    chargepoints = QgsVectorLayer(layer("chargepoints"), "chargepoints", "ogr")
    addresses = QgsVectorLayer(layer("addresses"), "addresses", "ogr")
    QgsProject.instance().addMapLayers([runs, chargepoints, addresses])

    from ev_planner_plugin.gui.dock import SitePlannerDock
    from ev_planner_plugin.plan import build_delivery_plan

    eligible = [f.id() for f in runs.getFeatures() if f["status"] == "eligible"][:25]
    runs.selectByIds(eligible)
    plan_path = folder / "delivery_plan.gpkg"
    build_delivery_plan(runs, plan_path, selected_only=True, who="bench")

    iface = _Iface(runs)
    dock = SitePlannerDock(iface)
    dock.set_plan_location(str(plan_path))
    dock.resize(760, 900)
    dock.show()
    app.processEvents()

    ids = sorted(f.id() for f in runs.getFeatures(_ids_only()))
    if len(ids) < args.count + 1:
        raise SystemExit(f"the sample has {len(ids)} runs; fewer than {args.count} + 1")
    selections = (ids[: args.count], ids[-args.count :])

    def timed(selection, cold: bool) -> float:
        if cold:  # as if these features had never been shown: everything is read again
            dock.rows_cache.clear()
        start = time.perf_counter()
        runs.selectByIds(selection)
        dock.refresh()
        app.processEvents()
        return time.perf_counter() - start

    first = timed(selections[1], True)
    cold = [timed(selections[k % 2], True) for k in range(args.runs)]
    warm = [timed(selections[k % 2], False) for k in range(args.runs)]
    rows = dock.model.rowCount()
    assert rows == args.count, rows
    computed = dock.model.rows.nearest_source == "computed"
    print(
        f"dock refresh, {args.count} of {len(ids)} kerbside runs selected (nearest chargepoint "
        f"and homes served computed: {computed}; delivery plan open: {dock.store is not None}):"
    )
    for label, times in (("features not read before", cold), ("features read before", warm)):
        print(
            f"  {label:<25} median {statistics.median(times) * 1000:4.0f} ms over {args.runs} "
            f"runs (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
        )
    print(f"  first refresh {first * 1000:.0f} ms (also reads the chargepoints and addresses)")
    dock.teardown()
    QgsProject.instance().removeAllMapLayers()
    return 0


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
