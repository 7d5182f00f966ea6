"""The plugin in the real QGIS desktop under Xvfb: toolbar, dock, unload/reload, screenshot."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtGui import QImage

from tests.e2e.conftest import STAGED_PLUGINS, qgis_env
from tests.unit.test_translations import read_ts

PROBE = Path(__file__).with_name("desktop_probe.py")


def write_profile(profiles: Path, locale: str | None = None) -> None:
    """A fresh QGIS profile with the plugin enabled and no first-run distractions; with
    ``locale``, QGIS's language overridden to it (Settings > Options > General)."""
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    text = (
        "[PythonPlugins]\nev_planner_plugin=true\n\n" "[qgis]\ncheckVersion=false\nshowTips=false\n"
    )
    if locale:
        text += f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\n"
    ini.write_text(text, encoding="utf-8")


@pytest.mark.qgis_desktop
def scored_sites(qgis_process, sample_gpkg, folder: Path) -> Path:
    """Eligible runs of the sample area, scored, as the dock would show them."""
    layer = f"{sample_gpkg}|layername="
    runs = folder / "runs.gpkg"
    qgis_process.run(
        "evplanner:kerbsideeligibility",
        KERBS=layer + "kerbs",
        FOOTWAY_WIDTH_FIELD="footway_width_m",
        RESTRICTIONS=layer + "restrictions",
        ROADS=layer + "roads",
        DROPPED_KERBS=layer + "dropped_kerbs",
        OUTPUT=runs,
    )
    scores = folder / "site_scores.gpkg"
    qgis_process.run(
        "evplanner:scoresites",
        CANDIDATES=f"{runs}|layername=runs|subset=\"status\" <> 'ineligible'",
        HOMES=layer + "addresses",
        AREAS=layer + "areas",
        CHARGEPOINTS=layer + "chargepoints",
        OUTPUT=scores,
    )
    return scores


@pytest.mark.parametrize("locale", [None, "cy_GB"], ids=["english", "welsh"])
def test_plugin_in_real_desktop(tmp_path, out_dir, sample_gpkg, staged_qgis_process, locale):
    site_scores = scored_sites(staged_qgis_process, sample_gpkg, tmp_path)
    profiles = tmp_path / "profiles"
    write_profile(profiles, locale)
    suffix = f"_{locale.split('_')[0]}" if locale else ""
    screenshot = out_dir / f"desktop_plugin_dock{suffix}.png"
    conflict_screenshot = out_dir / f"desktop_plan_conflict{suffix}.png"
    report_path = tmp_path / "report.json"
    env = qgis_env(STAGED_PLUGINS, profiles)
    env.pop("QT_QPA_PLATFORM")  # a real X server (Xvfb)
    env.update(
        EVP_SAMPLE_GPKG=str(sample_gpkg),
        EVP_SCREENSHOT=str(screenshot),
        EVP_REPORT=str(report_path),
        EVP_SITE_SCORES=str(site_scores),
        EVP_PLAN=str(tmp_path / "shared_plan.gpkg"),
        EVP_CONFLICT_SCREENSHOT=str(conflict_screenshot),
    )
    for old in (screenshot, conflict_screenshot):
        if old.exists():
            old.unlink()
    completed = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1600x1000x24",
            "qgis",
            "--profiles-path",
            str(profiles),
            "--nologo",
            "--noversioncheck",
            "--code",
            str(PROBE),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert report_path.is_file(), completed.stdout[-3000:] + completed.stderr[-3000:]
    report = json.loads(report_path.read_text())
    assert report["errors"] == []
    assert report["active_at_start"] and report["provider_at_start"]
    assert report["toolbar_visible"]
    assert "evPlannerDockAction" in report["toolbar_actions"]
    assert report["dock_visible"]
    assert report["dock_rows"] == 25
    assert report["dock_scored_rows"] > 20
    assert report["after_unload"] == {
        "provider": False,
        "toolbar": False,
        "dock": False,
        "active": False,
    }
    assert report["after_reload"] == {"provider": True, "toolbars": 1}

    welsh = {(m["context"], m["source"]): m["translation"] for m in read_ts()}
    headers = report["dock_headers"]
    assert "Street" in headers or welsh[("SitePlannerDock", "Street")] in headers
    if locale:  # the dock in Welsh
        assert report["dock_title"] == welsh[("SitePlannerDock", "EV Site Planner")]
        assert welsh[("SitePlannerDock", "Street")] in headers
        assert welsh[("SitePlannerDock", "Score")] in headers and "Score" not in headers
    else:
        assert report["dock_title"] == "EV Site Planner" and "Score" in headers

    # two officers on one plan: the dock's save is refused with a warning naming the site, the
    # field, the other officer's value and name; this officer's change stays unsaved
    assert report["conflict_saved"] is False and report["conflict_pending"] is True
    assert report["conflict_level"] == int(Qgis.Warning)
    english = "Not saved: another officer has saved other values into fields you changed."
    assert report["conflict_message"].startswith(english) != bool(locale)  # Welsh under cy
    assert len(report["conflict_message"]) > 40
    # the details (behind Show More, and in the log) name the site, field, value and officer
    details = report["conflict_log"]
    assert f"{report['conflict_ref']} notes = 'Awaiting the ward councillor' (C. Evans, " in details
    assert QImage(str(conflict_screenshot)).width() >= 1000

    image = QImage(str(screenshot))
    assert image.width() >= 1000 and image.height() >= 600
    # Not blank: many distinct colours across the window (map, dock, toolbars).
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)
    }
    assert len(colours) > 50
