"""The plugin object QGIS loads: Processing provider, toolbar button, menu entry and dock."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.text import QT_TRANSLATE_NOOP, Message
from .toolbelt.dependencies import dependency_message, missing_dependencies
from .toolbelt.i18n import install_translator, remove_translator, translate
from .toolbelt.log import install_log_handler, log, remove_log_handler
from .toolbelt.resources import resource_path


class EvPlannerPlugin:
    """Registers everything in initProcessing/initGui and removes all of it in unload()."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.translator = None
        self.toolbar = None
        self.dock_action: QAction | None = None
        self.dock = None
        self.menu = ""

    # Processing (also called by qgis_process, without a GUI)
    def initProcessing(self) -> None:  # noqa: N802
        if self.provider is not None:
            return
        install_log_handler()
        if self.translator is None:  # qgis_process calls only this
            self.translator = install_translator()
        missing = missing_dependencies()
        if missing:
            log(dependency_message(missing), "critical")
        from .processing.provider import EvPlannerProvider

        provider = EvPlannerProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider
        else:
            log(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The EV Chargepoint Planner provider is already registered."
                    )
                ),
                "warning",
            )

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
        icon = QIcon(str(resource_path("icons", "ev_planner.svg")))
        self.dock_action = QAction(
            icon, translate("EvPlannerPlugin", "EV Site Planner"), self.iface.mainWindow()
        )
        self.dock_action.setObjectName("evPlannerDockAction")
        self.dock_action.setToolTip(
            translate(
                "EvPlannerPlugin",
                "Open the EV Site Planner panel: score and annotate selected streets",
            )
        )
        self.dock_action.setCheckable(True)
        self.dock_action.toggled.connect(self._toggle_dock)
        self.toolbar = self.iface.addToolBar(translate("EvPlannerPlugin", "EV Planner"))
        self.toolbar.setObjectName("evPlannerToolbar")
        self.toolbar.addAction(self.dock_action)
        self.menu = translate("EvPlannerPlugin", "&EV Planner")
        self.iface.addPluginToMenu(self.menu, self.dock_action)

    def _toggle_dock(self, checked: bool) -> None:
        if self.dock is None:
            from .gui.dock import SitePlannerDock

            self.dock = SitePlannerDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
            self.iface.addDockWidget(SitePlannerDock.DEFAULT_AREA, self.dock)
        self.dock.setVisible(checked)

    def _dock_visibility_changed(self, visible: bool) -> None:
        if self.dock_action is not None and self.dock_action.isChecked() != visible:
            self.dock_action.setChecked(visible)

    def unload(self) -> None:
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._dock_visibility_changed)
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)  # detach now; deleteLater runs later
            self.dock.deleteLater()
            self.dock = None
        if self.dock_action is not None:
            self.iface.removePluginMenu(self.menu, self.dock_action)
            self.dock_action.setParent(None)
            self.dock_action.deleteLater()
            self.dock_action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
        remove_log_handler()
