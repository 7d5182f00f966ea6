"""Progress, cancel and warnings for long core work, without any QGIS dependency.

Processing algorithms wrap ``QgsProcessingFeedback`` in an object with this interface
(see ``processing/bridge.py``); plain Python callers use :class:`Feedback` or nothing.
"""

from __future__ import annotations

import logging

from .errors import Cancelled

_log = logging.getLogger("ev_planner")


class Feedback:
    """Default feedback: logs warnings, never cancelled. Subclass or duck-type to adapt."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.progress: float = 0.0

    def set_progress(self, percent: float) -> None:
        """Report progress, 0-100."""
        self.progress = percent

    def is_canceled(self) -> bool:
        return False

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        _log.warning(message)

    def info(self, message: str) -> None:
        _log.info(message)

    def check_canceled(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self.is_canceled():
            raise Cancelled()


class ProgressRange(Feedback):
    """Feedback that maps a step's 0-100 % onto ``start``-``end`` of the parent's progress."""

    def __init__(self, parent, start: float, end: float) -> None:
        super().__init__()
        self.parent, self.start, self.end = parent, start, end

    def set_progress(self, percent: float) -> None:
        self.parent.set_progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self) -> bool:
        return self.parent.is_canceled()

    def warn(self, message: str) -> None:
        self.parent.warn(message)

    def info(self, message: str) -> None:
        self.parent.info(message)


def ensure_feedback(feedback: Feedback | None) -> Feedback:
    return feedback if feedback is not None else Feedback()
