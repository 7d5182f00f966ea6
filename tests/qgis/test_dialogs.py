"""Every algorithm opens in the toolbox dialog and the batch dialog with a widget per parameter."""

from __future__ import annotations

from processing.gui.AlgorithmDialog import AlgorithmDialog
from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
from qgis.core import QgsApplication, QgsProcessingParameterDefinition
from qgis.gui import QgsBrowserGuiModel

from ev_planner_plugin.processing.provider import PROVIDER_ID


def test_toolbox_and_batch_dialogs_build(evplanner_provider, qgis_iface, qgis_new_project):
    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the stub iface has no browser model
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    algorithms = sorted(provider.algorithms(), key=lambda a: a.id())
    assert len(algorithms) >= 13
    for algorithm in algorithms:
        shown = [
            p.name()
            for p in algorithm.parameterDefinitions()
            if not p.flags() & QgsProcessingParameterDefinition.FlagHidden
        ]
        dialog = AlgorithmDialog(algorithm.create(), False, qgis_iface.mainWindow())
        wrappers = dialog.mainWidget().wrappers
        missing = [
            name
            for name in shown
            if name not in wrappers and not algorithm.parameterDefinition(name).isDestination()
        ]
        assert not missing, (algorithm.id(), missing)
        dialog.close()
        batch = BatchAlgorithmDialog(algorithm.create(), qgis_iface.mainWindow())
        table = batch.mainWidget().tblParameters
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert table.rowCount() >= 1 and len(headers) >= len(shown), (algorithm.id(), headers)
        batch.close()


def test_only_print_layout_algorithms_run_on_the_main_thread(evplanner_provider):
    from ev_planner_plugin.toolbelt import compat

    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    main_thread = {
        a.id() for a in provider.algorithms() if int(a.flags()) & int(compat.ALGORITHM_NO_THREADING)
    }
    assert main_thread == {
        "evplanner:sitelayoutmaps",
        "evplanner:exportdeliveryplan",
        "evplanner:kpireport",
    }
