"""Fill a delivery plan from a layer of sites, without the GUI (used by ``make demo``).

    python -m ev_planner_plugin.plan SITES PLAN [--status shortlisted] [--funding "LEVI capital"]
        [--charger-type post_7kw] [--officer NAME] [--areas AREAS --areas-field district]

SITES: an OGR source (``shortlist.gpkg|layername=shortlist``); PLAN: a .gpkg (created on first
use) or a PostgreSQL connection (``postgresql://user@host/db?schema=ev``). Prints one line:
what was added and updated and how many history rows were written.
"""

from __future__ import annotations

import argparse
import os
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ev_planner_plugin.plan")
    parser.add_argument("sites", help="layer of sites (OGR source)")
    parser.add_argument("plan", help="delivery plan: .gpkg or PostgreSQL connection")
    parser.add_argument("--status")
    parser.add_argument("--funding")
    parser.add_argument("--charger-type")
    parser.add_argument("--officer")
    parser.add_argument("--areas", help="areas layer giving districts missing from the sites")
    parser.add_argument("--areas-field")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()

    from ..core.errors import EvPlannerError
    from .build import build_delivery_plan

    try:
        result = build_delivery_plan(
            args.sites,
            args.plan,
            status=args.status,
            funding=args.funding,
            charger_type=args.charger_type,
            officer=args.officer,
            areas_layer=args.areas,
            areas_field=args.areas_field,
        )
    except EvPlannerError as error:
        sys.stderr.write(f"delivery plan: {error}\n")
        return 1
    sys.stdout.write(
        f"delivery plan: {len(result.inserted)} site(s) added, {len(result.updated)} updated, "
        f"{result.history_rows} history row(s) -> {args.plan}\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
