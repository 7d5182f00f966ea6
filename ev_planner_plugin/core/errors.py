"""Exceptions of the domain. Each carries a message a GIS officer can act on.

Messages are :class:`~ev_planner_plugin.core.text.Message` objects where they are raised, so the
QGIS side can show them translated; ``str(error)`` is always the complete English message.
"""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP, Message


class EvPlannerError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing message (``error.message``)."""

    @property
    def message(self) -> str:
        """The message: a :class:`Message` when it can be translated."""
        return self.args[0] if self.args else ""


class Cancelled(EvPlannerError):
    """The user cancelled the operation; nothing must be written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or Message(
                QT_TRANSLATE_NOOP("Messages", "Cancelled by the user; no output was written.")
            )
        )


class InputDataError(EvPlannerError):
    """Input data that cannot be used, naming the layer, the feature and what to do."""

    def __init__(self, message: str, layer: str | None = None, feature_id=None) -> None:
        self.layer = layer
        self.feature_id = feature_id
        if layer and feature_id is not None:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "Layer '{layer}', feature {feature}: {message}"),
                layer=layer,
                feature=feature_id,
                message=message,
            )
        elif layer:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "Layer '{layer}': {message}"),
                layer=layer,
                message=message,
            )
        super().__init__(message)


class ParameterError(EvPlannerError):
    """A parameter value that cannot be used (out of range, unknown preset, bad mapping...)."""


class SourceFormatError(EvPlannerError):
    """A file that cannot be read as the expected format, naming the file and where."""

    def __init__(self, message: str, path: str | None = None, location: str | None = None) -> None:
        self.path = path
        self.location = location
        if path and location:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "{path} at {location}: {message}"),
                path=str(path),
                location=location,
                message=message,
            )
        elif path:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "{path}: {message}"), path=str(path), message=message
            )
        super().__init__(message)
