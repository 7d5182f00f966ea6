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
    """Feedback that maps a step's 0-100 % onto ``start``-``end`` of the parent's progress.

    Cancel and messages go to the parent, except warnings containing any text of ``hold``:
    those are kept in :attr:`held` (for a step whose warnings the caller reports itself).
    """

    def __init__(self, parent, start: float, end: float, hold=()) -> None:
        super().__init__()
        self.parent, self.start, self.end = parent, start, end
        self.hold = tuple(hold)
        self.held: list[str] = []

    def map(self, percent: float) -> float:
        """The parent's progress for the step's ``percent``."""
        return self.start + (self.end - self.start) * float(percent) / 100.0

    def set_progress(self, percent: float) -> None:
        self.progress = percent
        self.parent.set_progress(self.map(percent))

    def is_canceled(self) -> bool:
        return self.parent.is_canceled()

    def check_canceled(self) -> None:
        self.parent.check_canceled()

    def warn(self, message: str) -> None:
        if any(text in message for text in self.hold):
            self.held.append(message)
        else:
            self.parent.warn(message)

    def info(self, message: str) -> None:
        info = getattr(self.parent, "info", None)
        if info is not None:
            info(message)


def ensure_feedback(feedback: Feedback | None) -> Feedback:
    return feedback if feedback is not None else Feedback()
