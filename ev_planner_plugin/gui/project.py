"""What the dock keeps in the QGIS project, all under the scope ``ev_planner``.

Keys: ``plan/location`` (the delivery plan: a GeoPackage path, relative to the project when the
project uses relative paths, or a PostgreSQL connection without its password),
``scoring/preset``, ``scoring/weights`` (JSON {criterion: weight}), ``scoring/flood_policy``,
``context/<role>`` (layer ids of the scoring inputs, see :data:`.weights.CONTEXT_ROLES`),
``context/homes_offstreet_field`` and ``annotation/officer``.
"""

from __future__ import annotations

import json

from qgis.core import QgsProject

SCOPE = "ev_planner"


def read_text(key: str, default: str = "", project: QgsProject | None = None) -> str:
    project = project or QgsProject.instance()
    value, ok = project.readEntry(SCOPE, key, default)
    return value if ok else default


def write_text(key: str, value: str, project: QgsProject | None = None) -> None:
    project = project or QgsProject.instance()
    if read_text(key, "\0", project) != value:
        project.writeEntry(SCOPE, key, value)


def read_json(key: str, default=None, project: QgsProject | None = None):
    text = read_text(key, "", project)
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def write_json(key: str, value, project: QgsProject | None = None) -> None:
    write_text(key, json.dumps(value, sort_keys=True), project)


def read_path(key: str, project: QgsProject | None = None) -> str:
    """A file path stored relative to the project when the project uses relative paths."""
    project = project or QgsProject.instance()
    text = read_text(key, "", project)
    if not text or "://" in text or "=" in text:
        return text
    return project.readPath(text)


def write_path(key: str, path: str, project: QgsProject | None = None) -> None:
    project = project or QgsProject.instance()
    stored = path if ("://" in path or "=" in path) else project.writePath(path)
    write_text(key, stored, project)
