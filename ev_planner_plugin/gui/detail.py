"""The detail view of one feature: full breakdown, reasons in plain language, zoom and flash."""

from __future__ import annotations

import html

import numpy as np
from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..core.scoring import CRITERIA
from ..processing.bridge import python_value
from ..toolbelt.i18n import translate
from . import labels
from .delegates import CRITERION_COLOURS
from .selection_data import CRITERIA_ORDER, SelectionRows

# Fields shown in their own sections (everything else is listed under "Other fields").
_SHOWN = {
    "street",
    "side",
    "status",
    "reasons",
    "reasons_text",
    "score",
    "length_m",
    *(c.contribution_field for c in CRITERIA.values()),
    *(c.raw_field for c in CRITERIA.values()),
}


class DetailPanel(QWidget):
    """Shows one feature; "Zoom to" and "Flash" act on the map canvas."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("evPlannerDetail")
        self.iface = iface
        self._layer: QgsVectorLayer | None = None
        self._fid: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("evPlannerDetailText")
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser)
        buttons = QHBoxLayout()
        self.zoom_button = QPushButton(translate("SitePlannerDock", "Zoom to"), self)
        self.zoom_button.setObjectName("evPlannerZoom")
        self.flash_button = QPushButton(translate("SitePlannerDock", "Flash"), self)
        self.flash_button.setObjectName("evPlannerFlash")
        self.zoom_button.clicked.connect(self.zoom_to)
        self.flash_button.clicked.connect(self.flash)
        buttons.addWidget(self.zoom_button)
        buttons.addWidget(self.flash_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_feature(None, None, None)

    @property
    def fid(self) -> int | None:
        return self._fid

    def show_feature(self, layer, fid, rows: SelectionRows | None, plan_site: dict | None = None):
        """Render feature ``fid`` of ``layer`` (None: a hint instead)."""
        self._layer, self._fid = layer, fid
        enabled = layer is not None and fid is not None
        self.zoom_button.setEnabled(enabled)
        self.flash_button.setEnabled(enabled)
        if not enabled:
            self.browser.setHtml(
                "<p>"
                + html.escape(
                    translate(
                        "SitePlannerDock", "Select a row to see why the site is or is not suitable."
                    )
                )
                + "</p>"
            )
            return
        feature = next(layer.getFeatures(QgsFeatureRequest(int(fid))), None)
        if feature is None:
            self.browser.setHtml("")
            return
        values = {
            name: python_value(value)
            for name, value in zip(layer.fields().names(), feature.attributes())
        }
        position = rows.position(fid) if rows is not None else None
        self.browser.setHtml(self._html(layer, fid, values, rows, position, plan_site))

    def _html(self, layer, fid, values, rows, position, plan_site) -> str:
        e = html.escape
        out = []
        street = (
            values.get("street")
            or values.get("name")
            or translate("SitePlannerDock", "(no street name)")
        )
        side = values.get("side")
        title = f"{street} ({side})" if side else str(street)
        out.append(f"<h3>{e(title)}</h3>")
        out.append(
            "<p style='color:gray'>"
            + e(
                translate("SitePlannerDock", "{layer}, feature {fid}").format(
                    layer=layer.name(), fid=fid
                )
            )
            + "</p>"
        )
        facts = []
        if values.get("status") is not None and plan_site is None:
            facts.append(
                (
                    translate("SitePlannerDock", "Eligibility"),
                    labels.eligibility_status(values["status"]),
                )
            )
        length = values.get("length_m")
        if length is None and rows is not None and position is not None:
            length = rows.length[position]
        if length is not None and np.isfinite(length):
            facts.append((translate("SitePlannerDock", "Length"), f"{length:.1f} m"))
        if values.get("max_bays") is not None:
            facts.append((translate("SitePlannerDock", "Bays that fit"), str(values["max_bays"])))
        if values.get("clear_width_m") is not None:
            facts.append(
                (
                    translate("SitePlannerDock", "Footway left beside the unit"),
                    f"{float(values['clear_width_m']):.2f} m",
                )
            )
        if rows is not None and position is not None:
            nearest = rows.nearest[position]
            if np.isfinite(nearest):
                computed = rows.nearest_source == "computed" and not rows.scored_here[position]
                how = (
                    translate("SitePlannerDock", "straight line")
                    if computed
                    else translate("SitePlannerDock", "from scoring")
                )
                facts.append(
                    (
                        translate("SitePlannerDock", "Nearest public chargepoint"),
                        f"{nearest:.0f} m ({how})",
                    )
                )
            homes = rows.homes[position]
            if np.isfinite(homes):
                facts.append(
                    (
                        translate("SitePlannerDock", "Homes without off-street parking served"),
                        f"{homes:.0f}",
                    )
                )
        out.append(_table(facts))

        codes = values.get("reasons")
        if codes:
            heading = translate("SitePlannerDock", "Why not (or not yet)")
            out.append(f"<h4>{e(heading)}</h4><ul>")
            for code in str(codes).split(","):
                if code:
                    out.append(f"<li>{e(labels.reasons(code))} <small>({e(code)})</small></li>")
            out.append("</ul>")
        elif values.get("status") == "eligible":
            message = translate("SitePlannerDock", "Eligible: nothing stands in the way here.")
            out.append(f"<p>{e(message)}</p>")

        score = None
        contributions = None
        if rows is not None and position is not None and np.isfinite(rows.score[position]):
            score = rows.score[position]
            contributions = rows.contributions[position]
        elif values.get("score") is not None:
            score = float(values["score"])
        if score is not None:
            heading = translate("SitePlannerDock", "Score {score:.1f} of 100").format(score=score)
            out.append(f"<h4>{e(heading)}</h4>")
            if values.get("rank") is not None:
                rank = translate("SitePlannerDock", "Rank {rank} in its layer")
                out.append(f"<p>{e(rank.format(rank=values['rank']))}</p>")
            if contributions is not None and np.isfinite(contributions).any():
                out.append(self._breakdown(values, contributions))
        else:
            message = translate("SitePlannerDock", "Not scored yet: use Score selection.")
            out.append(f"<p>{e(message)}</p>")

        if plan_site:
            heading = translate("SitePlannerDock", "Delivery plan")
            out.append(f"<h4>{e(heading)}</h4>")
            out.append(
                _table(
                    [
                        (translate("SitePlannerDock", "Site"), plan_site.get("site_ref")),
                        (
                            translate("SitePlannerDock", "Status"),
                            labels.plan_status(plan_site.get("status")),
                        ),
                        (
                            translate("SitePlannerDock", "Charger"),
                            labels.charger_type(plan_site.get("charger_type")),
                        ),
                        (translate("SitePlannerDock", "Sockets"), plan_site.get("sockets")),
                        (
                            translate("SitePlannerDock", "Funding"),
                            labels.funding(plan_site.get("funding")),
                        ),
                        (
                            translate("SitePlannerDock", "Estimated cost"),
                            _money(plan_site.get("cost_gbp")),
                        ),
                        (translate("SitePlannerDock", "Officer"), plan_site.get("officer")),
                        (translate("SitePlannerDock", "Notes"), plan_site.get("notes")),
                        (translate("SitePlannerDock", "Updated"), plan_site.get("updated")),
                    ]
                )
            )
        others = [(k, v) for k, v in values.items() if k not in _SHOWN and v is not None]
        if others:
            heading = translate("SitePlannerDock", "Other fields")
            out.append(f"<h4>{e(heading)}</h4>")
            out.append(_table(others))
        return "\n".join(out)

    @staticmethod
    def _breakdown(values, contributions) -> str:
        e = html.escape
        rows = [
            "<table cellspacing='0' cellpadding='2'>",
            "<tr><th align='left'>"
            + e(translate("SitePlannerDock", "Criterion"))
            + "</th><th align='right'>"
            + e(translate("SitePlannerDock", "Value"))
            + "</th><th align='right'>"
            + e(translate("SitePlannerDock", "Points"))
            + "</th><th></th></tr>",
        ]
        top = max(float(np.nanmax(contributions)), 1e-9)
        for k, criterion in enumerate(CRITERIA_ORDER):
            points = contributions[k]
            if not np.isfinite(points):
                continue
            raw = values.get(CRITERIA[criterion].raw_field)
            raw_text = "" if raw is None else (f"{raw:.1f}" if isinstance(raw, float) else str(raw))
            width = int(round(80 * max(points, 0.0) / top))
            bar = (
                f"<table cellspacing='0' cellpadding='0'><tr><td width='{max(width, 1)}' "
                f"height='8' bgcolor='{CRITERION_COLOURS[criterion]}'></td></tr></table>"
                if points > 0
                else ""
            )
            rows.append(
                "<tr><td title='"
                + e(labels.criterion_description(criterion))
                + "'>"
                + e(labels.criterion(criterion))
                + f"</td><td align='right'>{e(raw_text)}</td>"
                + f"<td align='right'>{points:.1f}</td><td>{bar}</td></tr>"
            )
        rows.append("</table>")
        return "\n".join(rows)

    def zoom_to(self) -> None:
        if self._layer is not None and self._fid is not None:
            canvas = self.iface.mapCanvas()
            canvas.zoomToFeatureIds(self._layer, [int(self._fid)])
            canvas.flashFeatureIds(self._layer, [int(self._fid)])

    def flash(self) -> None:
        if self._layer is not None and self._fid is not None:
            self.iface.mapCanvas().flashFeatureIds(self._layer, [int(self._fid)])


def _table(rows) -> str:
    e = html.escape
    body = "".join(
        f"<tr><td><b>{e(str(k))}</b></td><td>{e('' if v is None else str(v))}</td></tr>"
        for k, v in rows
        if v is not None and v != ""
    )
    return f"<table cellspacing='0' cellpadding='2'>{body}</table>" if body else ""


def _money(value) -> str | None:
    if value is None:
        return None
    return f"£{float(value):,.0f}"
