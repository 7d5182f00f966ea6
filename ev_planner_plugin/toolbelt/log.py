"""One logger for the plugin, shown in QGIS's Log Messages panel under the tag "EV Planner".

Python's ``logging`` records from ``ev_planner`` (core uses that name) are forwarded too.
"""

from __future__ import annotations

import logging

from qgis.core import QgsMessageLog

from .compat import LEVEL_CRITICAL, LEVEL_INFO, LEVEL_SUCCESS, LEVEL_WARNING
from .i18n import translated_text

TAG = "EV Planner"
_LEVELS = {
    "info": LEVEL_INFO,
    "warning": LEVEL_WARNING,
    "critical": LEVEL_CRITICAL,
    "success": LEVEL_SUCCESS,
}


def log(message: str, level: str = "info") -> None:
    """Write to QgsMessageLog under the EV Planner tag (a core Message in the user's language).
    ``level``: info/warning/critical/success."""
    text = translated_text(message)
    QgsMessageLog.logMessage(text, TAG, _LEVELS.get(level, LEVEL_INFO), notifyUser=False)


class QgsMessageLogHandler(logging.Handler):
    """Forward Python logging records of core/ and sources/ to QgsMessageLog."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            level = "critical"
        elif record.levelno >= logging.WARNING:
            level = "warning"
        else:
            level = "info"
        log(self.format(record), level)


_handler: QgsMessageLogHandler | None = None


def install_log_handler() -> None:
    """Route the ``ev_planner`` Python logger to QgsMessageLog (idempotent)."""
    global _handler
    if _handler is None:
        _handler = QgsMessageLogHandler()
        logger = logging.getLogger("ev_planner")
        logger.addHandler(_handler)
        logger.setLevel(logging.INFO)


def remove_log_handler() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger("ev_planner").removeHandler(_handler)
        _handler = None
