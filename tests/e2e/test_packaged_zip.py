"""The release zip from scripts/package installs into a clean QGIS profile and runs there."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import QgisProcess


def build_zip(tmp_path):
    completed = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts" / "package"),
            "--build",
            str(tmp_path / "build"),
            "--dist",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    zips = list((tmp_path / "dist").glob("ev_planner_plugin-*.zip"))
    assert len(zips) == 1, completed.stdout
    return zips[0]


def test_zip_contents(tmp_path):
    archive = build_zip(tmp_path)
    names = zipfile.ZipFile(archive).namelist()
    assert all(n.startswith("ev_planner_plugin/") for n in names)
    for required in (
        "__init__.py",
        "metadata.txt",
        "LICENSE",
        "resources/icons/ev_planner.svg",
        "plugin.py",
        "processing/provider.py",
        "core/__init__.py",
    ):
        assert f"ev_planner_plugin/{required}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    # every i18n/*.ts is compiled into the zip, the sources are not shipped
    languages = {p.stem for p in (REPO_ROOT / "i18n").glob("ev_planner_*.ts")}
    assert languages, "i18n/ holds the translation sources"
    assert {f"ev_planner_plugin/i18n/{lang}.qm" for lang in languages} <= set(names)
    assert not [n for n in names if "/tests/" in n or n.endswith(".ts")]
    version = zipfile.ZipFile(archive).read("ev_planner_plugin/metadata.txt").decode()
    assert f"version={archive.stem.split('-')[-1]}" in version


def test_zip_installs_into_clean_profile_and_runs(tmp_path):
    archive = build_zip(tmp_path)
    plugins = tmp_path / "profile-plugins"
    zipfile.ZipFile(archive).extractall(plugins)
    qgis = QgisProcess(plugins, tmp_path / "clean-profile")
    listing = qgis.call("list", "--json")
    providers = json.loads(listing.stdout[listing.stdout.index("{") :])["providers"]
    assert "evplanner:createsamplearea" in providers["evplanner"]["algorithms"]
    answer = qgis.run("evplanner:createsamplearea", OUTPUT=tmp_path / "from_zip.gpkg")
    assert (tmp_path / "from_zip.gpkg").stat().st_size > 100_000
    assert answer["results"]["FEATURE_COUNT"] > 1000
