"""The EV Site Planner dock on the sample area: table contents and order, computed columns,
detail view, scoring in a task (and cancel), weights in the project, annotation into the
delivery plan with undo, and a screenshot of the dock under out/."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator

from ev_planner_plugin.core.scoring import CRITERIA, score_sites
from ev_planner_plugin.core.text import MESSAGES, Message
from ev_planner_plugin.gui import project as project_entries
from ev_planner_plugin.gui.dock import SitePlannerDock
from ev_planner_plugin.gui.selection_model import (
    COL_HOMES,
    COL_NEAREST,
    COL_PLAN,
    COL_REASONS,
    COL_SCORE,
    COL_STATUS,
    COL_STREET,
    ROLE_CONTRIBUTIONS,
    ROLE_FID,
)
from ev_planner_plugin.plan.store import PlanStore
from ev_planner_plugin.processing.algorithms.kerbside_eligibility import translated_reasons
from ev_planner_plugin.processing.bridge import source_to_gdf

CONTRIBUTIONS = [c.contribution_field for c in CRITERIA.values()]


@pytest.fixture(scope="session")
def planner_sources(planning_chain):
    """Layer sources by name: the planning chain's outputs and sample layers."""
    chain = planning_chain
    return {
        "runs": f"{chain.runs}|layername={chain.runs.stem}",
        "scores": f"{chain.scores}|layername={chain.scores.stem}",
        "shortlist": f"{chain.shortlist}|layername={chain.shortlist.stem}",
        **{
            n: f"{chain.sample}|layername={n}"
            for n in ("kerbs", "chargepoints", "addresses", "areas", "roads")
        },
    }


def file_hash(source: str) -> str:
    return hashlib.sha256(Path(source.split("|")[0]).read_bytes()).hexdigest()


@pytest.fixture()
def project_layers(qgis_iface, qgis_new_project, planner_sources):
    """The sample layers in a fresh project (chargepoints and addresses as scoring inputs)."""
    layers = {}
    for name in ("runs", "scores", "shortlist", "kerbs", "chargepoints", "addresses", "areas"):
        layer = QgsVectorLayer(planner_sources[name], name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
    QgsProject.instance().addMapLayers(list(layers.values()))
    yield layers
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture()
def dock(qgis_iface, qgis_canvas, project_layers):
    widget = SitePlannerDock(qgis_iface)
    yield widget
    widget.teardown()
    widget.deleteLater()


def table_column(dock, column, role=Qt.ItemDataRole.DisplayRole) -> list:
    proxy = dock.proxy
    return [proxy.index(row, column).data(role) for row in range(proxy.rowCount())]


def features(layer, fids=None) -> dict[int, dict]:
    request = QgsFeatureRequest()
    if fids is not None:
        request.setFilterFids(list(fids))
    names = layer.fields().names()
    return {f.id(): dict(zip(names, f.attributes())) for f in layer.getFeatures(request)}


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QgsApplication.processEvents()
        time.sleep(0.01)


def test_table_shows_selection_sorted_by_score(dock, project_layers):
    scores = project_layers["scores"]
    all_features = features(scores)
    chosen = sorted(all_features)[::9]  # every 9th candidate run
    scores.selectByIds(chosen)
    dock.set_layer(scores)
    assert dock.proxy.rowCount() == len(chosen) == 20
    assert dock.status_label.text() == "scores: 20 selected feature(s)"

    # default order: highest score first, ties by feature id
    expected = sorted(chosen, key=lambda f: (-all_features[f]["score"], f))
    assert table_column(dock, 0, ROLE_FID) == expected
    assert table_column(dock, COL_SCORE) == [f"{all_features[f]['score']:,.1f}" for f in expected]
    first = all_features[expected[0]]
    assert table_column(dock, COL_STREET)[0] == f"{first['street']} ({first['side']})"
    # reasons in plain language, exactly as the eligibility algorithm words them
    reasons = table_column(dock, COL_REASONS)
    for fid, text in zip(expected, reasons):
        assert text == translated_reasons(all_features[fid]["reasons"] or "")
    statuses = {
        "eligible": "Eligible",
        "eligible_with_tro_change": "Eligible with a TRO change",
    }
    assert table_column(dock, COL_STATUS) == [statuses[all_features[f]["status"]] for f in expected]
    assert any("traffic order" in r.lower() or "tro" in r.lower() for r in reasons)
    # one bar per criterion: the layer's own contributions
    bars = table_column(dock, 0, ROLE_CONTRIBUTIONS)
    for fid, values in zip(expected, bars):
        assert list(values) == [all_features[fid][c] for c in CONTRIBUTIONS]
    # nearest chargepoint and homes served come from the scoring fields
    assert table_column(dock, COL_NEAREST) == [
        f"{all_features[f]['raw_nearest_cp_m']:,.0f}" for f in expected
    ]
    assert table_column(dock, COL_HOMES) == [
        f"{all_features[f]['raw_demand_homes']:,.0f}" for f in expected
    ]

    # sorting by street (header click), then descending score again
    dock.table.sortByColumn(COL_STREET, Qt.SortOrder.AscendingOrder)
    by_street = sorted(
        chosen,
        key=lambda f: (f"{all_features[f]['street']} ({all_features[f]['side']})".lower(), f),
    )
    assert table_column(dock, 0, ROLE_FID) == by_street
    dock.table.sortByColumn(COL_SCORE, Qt.SortOrder.DescendingOrder)
    assert table_column(dock, 0, ROLE_FID) == expected

    # the filter keeps rows whose street or reasons mention the text
    street = first["street"]
    dock.filter_edit.setText(street)
    assert table_column(dock, 0, ROLE_FID) == [
        f for f in expected if street.lower() in (all_features[f]["street"] or "").lower()
    ]
    dock.filter_edit.setText("")
    assert dock.proxy.rowCount() == 20

    # the selection follows the layer: deselecting refreshes the table
    scores.selectByIds(chosen[:3])
    dock.refresh()
    assert sorted(table_column(dock, 0, ROLE_FID)) == chosen[:3]


def test_unscored_layer_gets_nearest_chargepoint_and_homes(dock, project_layers):
    kerbs = project_layers["kerbs"]
    chargepoints = project_layers["chargepoints"]
    addresses = project_layers["addresses"]
    assert dock.weights.context_layer("chargepoints") is chargepoints  # guessed by name
    assert dock.weights.context_layer("homes") is addresses
    assert dock.weights.offstreet_field() == "has_offstreet_parking"
    chosen = sorted(features(kerbs))[:40]
    kerbs.selectByIds(chosen)
    dock.set_layer(kerbs)
    assert dock.proxy.rowCount() == 40
    assert dock.status_label.text() == "kerbs: 40 selected feature(s)"

    # independent brute force: straight line from the kerb's middle to every chargepoint, and
    # homes without off-street parking within the 300 m catchment
    mids = {
        f.id(): f.geometry().interpolate(f.geometry().length() / 2).asPoint()
        for f in kerbs.getFeatures(QgsFeatureRequest().setFilterFids(chosen))
    }
    cps = np.array(
        [[p.x(), p.y()] for p in (f.geometry().asPoint() for f in chargepoints.getFeatures())]
    )
    homes = np.array(
        [
            [f.geometry().asPoint().x(), f.geometry().asPoint().y()]
            for f in addresses.getFeatures()
            if not f["has_offstreet_parking"]
        ]
    )
    rows = dock.model.rows
    for fid, mid in mids.items():
        position = rows.position(fid)
        distance = np.hypot(*(cps - [mid.x(), mid.y()]).T).min()
        assert rows.nearest[position] == pytest.approx(distance, abs=1e-6)
        within = np.hypot(*(homes - [mid.x(), mid.y()]).T) <= 300.0
        # banded radius sums are exact to within half a 10 m band at the top and bottom
        assert abs(rows.homes[position] - within.sum()) <= 0.02 * within.sum() + 2
        assert rows.length[position] == pytest.approx(kerbs.getFeature(fid).geometry().length())
    assert rows.nearest_source == rows.homes_source == "computed"
    assert set(table_column(dock, COL_SCORE)) == {""}  # not scored yet


def test_detail_view_explains_and_zooms(dock, project_layers, qgis_canvas):
    runs = project_layers["runs"]
    tro = next(
        f for f in runs.getFeatures() if f["status"] == "eligible_with_tro_change" and f["reasons"]
    )
    other = next(f for f in runs.getFeatures() if f["status"] == "ineligible")
    runs.selectByIds([tro.id(), other.id()])
    dock.set_layer(runs)
    row = dock.model.row_of_fid(tro.id())
    dock.table.setCurrentIndex(dock.proxy.mapFromSource(dock.model.index(row, 0)))
    assert dock.detail.fid == tro.id()
    text = dock.detail.browser.toPlainText()
    for code in tro["reasons"].split(","):
        assert translated_reasons(code) in text
        assert code in text
    assert "Eligible with a TRO change" in text
    assert "Not scored yet" in text

    qgis_canvas.setDestinationCrs(runs.crs())
    qgis_canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    dock.detail.zoom_button.click()
    box = tro.geometry().boundingBox()
    assert qgis_canvas.extent().contains(box)
    assert qgis_canvas.extent().width() < 200  # zoomed to the run, not to the layer
    dock.detail.flash_button.click()  # flashes without moving the map
    assert qgis_canvas.extent().contains(box)


def test_score_selection_in_a_task_matches_core(dock, project_layers, planner_sources, out_dir):
    runs = project_layers["runs"]
    before = file_hash(planner_sources["runs"])
    chosen = [f.id() for f in runs.getFeatures() if f["status"] != "ineligible"][:30]
    runs.selectByIds(chosen)
    dock.set_layer(runs)
    dock.weights.select_preset("residential_demand")
    assert dock.weights.weights()["demand"] == 40.0

    results = []
    dock.scoring_finished.connect(results.append)
    task = dock.score_selection()
    assert task is not None and not dock.weights.score_button.isEnabled()
    wait_for(lambda: results)
    assert results == [True]
    assert dock.weights.score_button.isEnabled() and not dock.weights.progress.isVisible()
    assert dock.weights.message.text().startswith("Scored 30 site(s).")

    # the same scores as the core run directly on the same inputs
    crs = dock.target_crs()
    from qgis.core import QgsProcessingContext

    context = QgsProcessingContext()
    candidates = source_to_gdf(runs, context, crs).loc[sorted(chosen)]
    expected = score_sites(
        candidates,
        homes=source_to_gdf(project_layers["addresses"], context, crs),
        homes_offstreet_field="has_offstreet_parking",
        areas=source_to_gdf(project_layers["areas"], context, crs),
        chargepoints=source_to_gdf(project_layers["chargepoints"], context, crs),
        preset="residential_demand",
    )
    shown = dict(zip(table_column(dock, 0, ROLE_FID), table_column(dock, COL_SCORE)))
    assert shown == {fid: f"{expected.loc[fid, 'score']:,.1f}" for fid in chosen}
    order = table_column(dock, 0, ROLE_FID)
    assert order == sorted(chosen, key=lambda f: (-expected.loc[f, "score"], f))
    rows = dock.model.rows
    np.testing.assert_array_equal(
        rows.contributions[rows.position(order[0])],
        expected.loc[order[0], CONTRIBUTIONS].to_numpy(dtype=float),
    )
    assert file_hash(planner_sources["runs"]) == before  # the input layer is not modified
    assert runs.fields().indexOf("score") < 0

    dock.resize(760, 1000)
    dock.show()
    dock.table.setCurrentIndex(dock.proxy.index(0, 0))  # the best site's breakdown
    dock.tabs.setCurrentWidget(dock.detail)
    QgsApplication.processEvents()
    assert dock.detail.fid == order[0]
    assert "Score " in dock.detail.browser.toPlainText()
    shot = out_dir / "dock_site_planner.png"
    assert dock.grab().save(str(shot))
    assert shot.stat().st_size > 20_000


def test_cancel_scoring_leaves_nothing(dock, project_layers):
    runs = project_layers["runs"]
    runs.selectByIds([f.id() for f in runs.getFeatures()][:2000])
    dock.set_layer(runs)
    results = []
    dock.scoring_finished.connect(results.append)
    dock.score_selection()
    dock.cancel_scoring()
    wait_for(lambda: results)
    assert results == [False]
    assert dock.weights.message.text() == "Scoring cancelled; nothing changed."
    assert runs.id() not in dock.overlay
    assert set(table_column(dock, COL_SCORE)) == {""}


def test_weights_and_inputs_are_saved_in_the_project(dock, project_layers, tmp_path):
    dock.weights.select_preset("equity_rural")
    dock.weights.spins["survey"].setValue(33.0)
    assert dock.weights.preset_combo.currentData() == "__custom__"
    entry = project_entries.read_json("scoring/weights")
    assert entry["survey"] == 33.0 and entry["rurality"] == 20.0
    path = tmp_path / "planner.qgz"
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(path))
    assert dock.weights.weights()["survey"] == 33.0
    assert dock.weights.weights()["deprivation"] == 20.0
    reopened = QgsProject.instance().mapLayersByName("chargepoints")[0]
    assert dock.weights.context_layer("chargepoints").id() == reopened.id()


def test_annotate_add_to_plan_undo_and_save(dock, project_layers, planner_sources, tmp_path):
    scores = project_layers["scores"]
    before = file_hash(planner_sources["scores"])
    best = sorted(features(scores).items(), key=lambda kv: -kv[1]["score"])[:3]
    scores.selectByIds([fid for fid, _ in best])
    dock.set_layer(scores)
    plan_path = tmp_path / "plan" / "delivery_plan.gpkg"
    dock.annotation.location_edit.setText(str(plan_path))
    dock.annotation.set_values(
        {
            "status": "engagement",
            "funding": "ORCS",
            "notes": "Letter drop in May",
            "officer": "A. Patel",
        }
    )
    result = dock.add_to_plan()
    assert len(result.added) == 3 and result.updated == []
    store = dock.store
    assert project_entries.read_path("plan/location") == str(plan_path)
    assert store.plan_layer.isEditable() and store.plan_layer.featureCount() == 3
    dock.refresh()
    assert table_column(dock, COL_PLAN) == ["Engagement"] * 3
    assert dock.annotation.save_button.isEnabled()  # something to save
    dock.table.setCurrentIndex(dock.proxy.index(0, 0))
    detail = dock.detail.browser.toPlainText()
    assert "Delivery plan" in detail and "Letter drop in May" in detail and "ORCS" in detail
    group = QgsProject.instance().layerTreeRoot().findGroup("EV Planner")
    assert [n.name() for n in group.findLayers()] == ["Delivery plan", "Delivery plan history"]

    assert dock.undo_plan()
    assert store.plan_layer.featureCount() == 0
    dock.refresh()
    assert table_column(dock, COL_PLAN) == [""] * 3
    store.plan_layer.undoStack().redo()
    assert store.plan_layer.featureCount() == 3

    saved = dock.save_plan()
    assert len(saved.inserted) == 3 and saved.history_rows > 3 * 10
    assert not store.plan_layer.isEditable()
    reopened = PlanStore.open(plan_path, create=False)
    sites = reopened.sites(geometry=False).sort_values("score", ascending=False)
    assert list(sites["score"]) == [kv[1]["score"] for kv in best]
    assert set(sites["status"]) == {"engagement"}
    assert set(sites["funding"]) == {"ORCS"}
    assert set(sites["notes"]) == {"Letter drop in May"}
    assert set(sites["officer"]) == {"A. Patel"}
    history = reopened.history()
    assert {h["changed_by"] for h in history} == {"A. Patel"}
    assert {h["action"] for h in history} == {"insert"}
    assert {h["site_ref"] for h in history} == set(sites["site_ref"])

    # annotate the plan's own sites: one undo step, history with old and new value
    plan_layer = store.plan_layer
    first_ref = sites["site_ref"].iloc[0]
    plan_layer.selectByExpression(f"\"site_ref\" = '{first_ref}'")
    dock.set_layer(plan_layer)
    dock.annotation.set_values({"status": "approved", "notes": "", "officer": "B. Jones"})
    dock.annotation.notes_edit.setPlainText("")
    changed = dock.add_to_plan()
    assert changed == [first_ref]
    dock.save_plan()
    last = [h for h in store.history(first_ref) if h["action"] == "update"]
    assert [(h["field"], h["old_value"], h["new_value"], h["changed_by"]) for h in last] == [
        ("status", "engagement", "approved", "B. Jones"),
        ("officer", "A. Patel", "B. Jones", "B. Jones"),
    ]
    assert file_hash(planner_sources["scores"]) == before

    # another officer saves a note on the same site meanwhile: the dock's save is refused with
    # a warning naming it, keeps this officer's note, and replaces theirs when saved again
    plan_layer.selectByExpression(f"\"site_ref\" = '{first_ref}'")
    dock.annotation.set_values({"notes": "Ward councillor agrees"})
    assert dock.add_to_plan() == [first_ref]
    other = PlanStore.open(plan_path, create=False)
    other.annotate([first_ref], {"notes": "Awaiting the ward councillor"})
    other.save(who="C. Evans")
    logged = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda text, tag, level: logged.append(text)
    )
    assert dock.save_plan() is None
    assert any(
        f"{first_ref} notes = 'Awaiting the ward councillor' (C. Evans, " in text for text in logged
    )
    assert store.has_pending_changes()
    assert dock.save_plan() is not None
    saved_notes = PlanStore.open(plan_path, create=False).sites(geometry=False)
    assert saved_notes.set_index("site_ref").at[first_ref, "notes"] == "Ward councillor agrees"

    # the plan's place is kept in the project: reopening the project reopens the plan
    project_file = tmp_path / "with_plan.qgz"
    dock.annotation.officer_edit.editingFinished.emit()  # "B. Jones" is kept in the project
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert dock.store is None
    assert QgsProject.instance().read(str(project_file))
    assert dock.store is not None and dock.store.location.path == str(plan_path)
    plans = QgsProject.instance().mapLayersByName("Delivery plan")
    assert [layer.id() for layer in plans] == [dock.store.plan_layer.id()]  # not added twice
    assert dock.annotation.officer_edit.text() == "B. Jones"


def test_geopackage_read_equals_qgis_read(project_layers, qgis_iface):
    """The fast GeoPackage read gives exactly what a QGIS feature request gives."""
    from ev_planner_plugin.gui import selection_data as sd

    context = sd.SelectionContext(
        crs=project_layers["scores"].crs(),
        transform_context=QgsProject.instance().transformContext(),
    )
    for name in ("scores", "runs", "kerbs"):
        layer = project_layers[name]
        fields = sd.LayerFields.of(layer)
        fids = sorted(features(layer))[::7]
        assert sd._geopackage_readable(layer, context, True)
        fast = sd._read_geopackage(layer, fields, fids, True)
        slow = sd._read_qgis(layer, fields, fids, context, True)
        order_fast, order_slow = np.argsort(fast[0]), np.argsort(slow[0])
        np.testing.assert_array_equal(fast[0][order_fast], slow[0][order_slow])
        assert fast[1].keys() == slow[1].keys()
        for column in fast[1]:
            a, b = fast[1][column][order_fast], slow[1][column][order_slow]
            if a.dtype == object:
                assert list(a) == list(b), (name, column)
            else:
                np.testing.assert_array_equal(a, b)
        assert shapely.equals_exact(fast[2][order_fast], slow[2][order_slow], 0).all()


def test_unsaved_edits_are_shown_and_input_untouched(dock, project_layers, planner_sources):
    runs = project_layers["runs"]
    saved = QgsVectorLayer(planner_sources["runs"], "saved", "ogr")
    before = features(saved)
    fid = sorted(features(runs))[5]
    runs.selectByIds([fid])
    dock.set_layer(runs)
    assert runs.startEditing()
    runs.changeAttributeValue(fid, runs.fields().indexOf("street"), "Renamed Street")
    dock.refresh()  # the edit buffer is read through QGIS, not from the file
    assert table_column(dock, COL_STREET)[0].startswith("Renamed Street")
    runs.rollBack()
    dock.refresh()
    assert not table_column(dock, COL_STREET)[0].startswith("Renamed Street")
    saved.dataProvider().reloadData()
    assert features(saved) == before  # (QGIS's own edit mode touches the file's header)


def test_large_selection_is_capped(dock, project_layers):
    runs = project_layers["runs"]
    runs.selectAll()
    dock.set_layer(runs)
    total = runs.featureCount()
    assert total > 5000
    assert dock.proxy.rowCount() == 5000
    assert dock.status_label.text() == (
        f"runs: {total} selected feature(s) (the first 5000 are listed)"
    )
    lowest = sorted(f.id() for f in runs.getFeatures())[:5000]
    assert sorted(table_column(dock, 0, ROLE_FID)) == lowest


def test_print_site_layout_hands_the_selected_sites_to_the_algorithm(
    dock, project_layers, monkeypatch, tmp_path
):
    import processing

    shortlist = project_layers["shortlist"]
    opened = []
    monkeypatch.setattr(
        processing, "execAlgorithmDialog", lambda alg, params: opened.append((alg, params))
    )
    dock.set_layer(shortlist)
    shortlist.removeSelection()
    dock.print_site_layout()
    assert opened == []  # nothing selected: a message, no dialog
    chosen = sorted(f.id() for f in shortlist.getFeatures())[:3]
    shortlist.selectByIds(chosen)
    dock.print_site_layout()
    algorithm, parameters = opened[-1]
    assert algorithm == "evplanner:sitelayoutmaps"
    sites = parameters["SITES"]
    assert sites.source.staticValue() == shortlist.id() and sites.selectedFeaturesOnly
    # the same parameters print those three sites, one page each
    pdf = tmp_path / "three.pdf"
    results = processing.run(algorithm, {**parameters, "OUTPUT_PDF": str(pdf), "PNG_FOLDER": None})
    assert results["PAGE_COUNT"] == 3 and pdf.stat().st_size > 10_000


class MarkedMessages(QTranslator):
    """A "translation" of the core messages: their English text marked with "[xx] "."""

    def isEmpty(self):  # noqa: N802 - Qt's name; QCoreApplication skips empty translators
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[xx] {source}" if context == MESSAGES else None  # None: not translated


@pytest.fixture
def marked_messages():
    translator = MarkedMessages()
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_scoring_warnings_are_shown_translated(dock, project_layers, marked_messages):
    runs = project_layers["runs"]
    runs.selectByIds([f.id() for f in runs.getFeatures()][:5])
    dock.set_layer(runs)
    results = []
    dock.scoring_finished.connect(results.append)
    dock.score_selection()
    wait_for(lambda: results)
    assert results == [True]
    # the project has no survey, substations, flood zones... layers: the core warns (a Message)
    assert dock.weights.message.text().startswith(
        "Scored 5 site(s). [xx] No input for criteria survey (weight "
    )


def test_core_messages_in_the_message_bar_are_translated(
    dock, qgis_iface, marked_messages, monkeypatch
):
    from ev_planner_plugin.gui import dock as dock_module

    logged = []
    monkeypatch.setattr(dock_module, "log", lambda text, level="info": logged.append(text))
    qgis_iface.messageBar().clear_messages()
    assert dock.set_plan_location("  ") is None  # no plan given: a core ParameterError
    expected = (
        "[xx] No delivery plan given: choose a GeoPackage file (.gpkg) or a PostgreSQL "
        "connection (postgresql://user@host/database)."
    )
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert warnings == [f"EV Site Planner:{expected}"]
    assert logged == [expected]
    dock._message("Not saved.", "warning", details=Message("Site {ref} changed.", ref="AP-001"))
    assert logged[-1] == "Not saved. [xx] Site AP-001 changed."
