"""Exceptions of the domain. Each carries a message a GIS officer can act on."""

from __future__ import annotations


class EvPlannerError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing message."""


class Cancelled(EvPlannerError):
    """The user cancelled the operation; nothing must be written."""

    def __init__(self, message: str = "Cancelled by the user; no output was written.") -> None:
        super().__init__(message)


class InputDataError(EvPlannerError):
    """Input data that cannot be used, naming the layer, the feature and what to do."""

    def __init__(self, message: str, layer: str | None = None, feature_id=None) -> None:
        self.layer = layer
        self.feature_id = feature_id
        where = ""
        if layer:
            where = f"Layer '{layer}'"
            if feature_id is not None:
                where += f", feature {feature_id}"
            where += ": "
        super().__init__(where + message)


class ParameterError(EvPlannerError):
    """A parameter value that cannot be used (out of range, unknown preset, bad mapping...)."""


class SourceFormatError(EvPlannerError):
    """A file that cannot be read as the expected format, naming the file and where."""

    def __init__(self, message: str, path: str | None = None, location: str | None = None) -> None:
        self.path = path
        self.location = location
        where = ""
        if path:
            where = f"{path}"
            if location:
                where += f" at {location}"
            where += ": "
        super().__init__(where + message)
