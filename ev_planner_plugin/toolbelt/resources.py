"""Find the plugin's files (resources/, i18n/, metadata.txt) from the repository and from the
installed zip alike.

In the repository they sit next to the package (``<repo>/resources``); ``scripts/package``
copies them inside the plugin folder (``<plugins>/ev_planner_plugin/resources``).
"""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _top_level(name: str) -> Path:
    for base in (PACKAGE_DIR, PACKAGE_DIR.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        f"EV Planner: '{name}' not found next to {PACKAGE_DIR}; the plugin is incomplete, "
        "reinstall it from the release zip."
    )


def resources_dir() -> Path:
    return _top_level("resources")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("icons", "ev_planner.svg")``."""
    return resources_dir().joinpath(*parts)


def i18n_dir() -> Path:
    return _top_level("i18n")


def metadata_path() -> Path:
    return _top_level("metadata.txt")


@lru_cache(maxsize=1)
def plugin_metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata_path(), encoding="utf-8")
    return dict(parser["general"])


def plugin_version() -> str:
    return plugin_metadata().get("version", "0.0.0")
