"""The plugin's settings, all under ``ev_planner/`` in QgsSettings. One module, typed getters.

Secrets (API tokens) are never stored here: they live in the QGIS authentication manager and
only the authentication configuration id is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

PREFIX = "ev_planner"


@dataclass
class PluginSettings:
    """Defaults of every setting the plugin reads."""

    debug_mode: bool = False
    target_crs: str = "EPSG:27700"
    default_charger_type: str = "post_7kw"
    last_output_folder: str = ""
    ocpi_auth_config_id: str = ""


def _key(name: str) -> str:
    return f"{PREFIX}/{name}"


def load_settings() -> PluginSettings:
    """Read every setting, falling back to the defaults."""
    store = QgsSettings()
    values = {}
    for field in fields(PluginSettings):
        default = field.default
        values[field.name] = store.value(_key(field.name), default, type=type(default))
    return PluginSettings(**values)


def get_setting(name: str):
    return getattr(load_settings(), name)


def set_setting(name: str, value) -> None:
    """Store one setting; unknown names are a programming error."""
    known = {field.name: field for field in fields(PluginSettings)}
    if name not in known:
        raise KeyError(f"unknown EV Planner setting: {name}")
    QgsSettings().setValue(_key(name), value)
