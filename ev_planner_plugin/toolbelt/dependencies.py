"""Check the Python libraries the core needs, with a message an officer can act on."""

from __future__ import annotations

import importlib

from ..core.text import QT_TRANSLATE_NOOP, Message

REQUIRED = {"numpy": "1.22", "pandas": "1.4", "shapely": "2.0", "geopandas": "0.14"}


def missing_dependencies() -> list[str]:
    """Names (with minimum versions) of required libraries that are absent or too old."""
    missing = []
    for module, minimum in REQUIRED.items():
        try:
            version = importlib.import_module(module).__version__
        except Exception:  # noqa: BLE001 - any import failure means unusable
            missing.append(f"{module}>={minimum}")
            continue
        if _version_tuple(version) < _version_tuple(minimum):
            missing.append(f"{module}>={minimum} (found {version})")
    return missing


def _version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def dependency_message(missing: list[str]) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "EV Planner needs these Python libraries in QGIS's Python: {libraries}. Install them "
            "with the OSGeo4W installer (Windows), or run 'python3 -m pip install --user "
            '"shapely>=2" geopandas\' with the Python QGIS uses, then restart QGIS.',
        ),
        libraries=", ".join(missing),
    )
