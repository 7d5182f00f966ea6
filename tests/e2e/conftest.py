"""End-to-end helpers: the real qgis_process and the real QGIS desktop, as separate processes."""

from __future__ import annotations

import json
import os
import subprocess
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

STAGED_PLUGINS = REPO_ROOT / "build" / "plugins"
SAMPLE_GPKG = REPO_ROOT / "data" / "sample_area.gpkg"


def qgis_env(plugin_path: Path, profile: Path) -> dict[str, str]:
    """Environment for a QGIS process with the plugin at plugin_path and an isolated profile."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        QGIS_PLUGINPATH=str(plugin_path),
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        PYTHONPATH=sysconfig.get_paths()["purelib"],
        PYTHONWARNINGS="ignore::DeprecationWarning",
        XDG_RUNTIME_DIR=env.get("XDG_RUNTIME_DIR", "/tmp/runtime-root"),
        # QGIS's embedded Python finds its standard library from the first python3 on PATH
        PATH="/usr/bin:" + env.get("PATH", ""),
    )
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    return env


class QgisProcess:
    """qgis_process.bin with the plugin enabled in a fresh profile."""

    def __init__(self, plugin_path: Path, profile: Path) -> None:
        self.env = qgis_env(plugin_path, profile)
        enabled = self.call("plugins", "enable", "ev_planner_plugin")
        assert enabled.returncode == 0, enabled.stdout + enabled.stderr

    def call(
        self, *args: str, timeout: float = 300, env: dict | None = None
    ) -> subprocess.CompletedProcess:
        """Run qgis_process; ``env``: variables to set on top of the fixture's (e.g. LANG)."""
        return subprocess.run(
            ["qgis_process.bin", *args],
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def run(self, algorithm: str, **parameters) -> dict:
        """Run an algorithm with --json and return the parsed answer; fails the test on error."""
        args = ["run", algorithm, "--json", "--"]
        args += [f"{k}={v}" for k, v in parameters.items()]
        completed = self.call(*args)
        assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
        return json.loads(completed.stdout[completed.stdout.index("{") :])


@pytest.fixture(scope="session")
def staged_qgis_process(tmp_path_factory) -> QgisProcess:
    assert (
        STAGED_PLUGINS / "ev_planner_plugin" / "metadata.txt"
    ).is_file(), "run 'make stage' (make test does it) before the end-to-end tests"
    return QgisProcess(STAGED_PLUGINS, tmp_path_factory.mktemp("qgis-profile"))


@pytest.fixture(scope="session")
def sample_gpkg() -> Path:
    assert SAMPLE_GPKG.is_file(), "run 'make sample-data' (make test does it) first"
    return SAMPLE_GPKG
