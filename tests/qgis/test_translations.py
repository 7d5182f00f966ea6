"""The plugin in Welsh: the provider under the cy locale, a translated reason, and site layout
maps, the delivery-plan summary and the KPI report printed in English or Welsh (LANGUAGE)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import geopandas as gpd
import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale

from ev_planner_plugin.core.delivery_plan import FUNDING_STREAMS
from ev_planner_plugin.core.eligibility import REASON_TEXT
from ev_planner_plugin.core.errors import InputDataError
from ev_planner_plugin.core.kerbs import require_fields
from ev_planner_plugin.processing.provider import PROVIDER_ID
from ev_planner_plugin.toolbelt import i18n

from ..unit.test_translations import read_ts
from .scenes import RecordingFeedback
from .test_kerbside_algorithms import canonical_scene, memory_layer

LANGUAGE_ENGLISH, LANGUAGE_WELSH = 1, 2


@pytest.fixture(scope="module")
def welsh_texts() -> dict[tuple[str, str], str]:
    return {(m["context"], m["source"]): m["translation"] for m in read_ts()}


@pytest.fixture
def in_welsh(evplanner_provider):
    """QGIS with the plugin's Welsh translation installed, as when QGIS runs in cy_GB."""
    translator = i18n.install_translator("cy_GB")
    assert translator is not None, "i18n/ev_planner_cy.qm missing: run scripts/package --stage"
    yield translator
    i18n.remove_translator(translator)


def welsh(texts, context: str, source: str) -> str:
    translation = texts[(context, source)]
    assert translation != source, f"{source!r} is not translated"
    return translation


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    # ligatures (ﬀ, ﬂ) as letters; line breaks and justification spaces made single
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def rightmost_word_mm(path: Path) -> float:
    """The right edge (mm) of the rightmost word on any page of a PDF."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    )
    edges = [float(x) for x in re.findall(r'xMax="([0-9.]+)"', done.stdout)]
    return max(edges) * 25.4 / 72.0


def words(text: str, count: int = 4) -> str:
    """The first few words of a translation: enough to find it in a PDF's wrapped text."""
    return " ".join(text.split()[:count])


def test_translation_file_is_chosen_from_the_locale():
    assert i18n.load_translator("cy_GB") is not None
    assert i18n.load_translator("cy") is not None
    assert i18n.load_translator("fr_FR") is None


def test_provider_in_welsh(in_welsh, welsh_texts):
    registry = QgsApplication.processingRegistry()
    algorithm = registry.algorithmById(f"{PROVIDER_ID}:kerbsideeligibility").create()
    assert algorithm.displayName() == welsh(
        welsh_texts, "KerbsideEligibilityAlgorithm", "Kerbside eligibility"
    )
    scoring = registry.algorithmById(f"{PROVIDER_ID}:scoresites").create()
    assert scoring.displayName() == welsh(
        welsh_texts, "ScoreSitesAlgorithm", "Score candidate sites"
    )
    # a string written in the base class is found for every algorithm (context of the base)
    crs_label = welsh(welsh_texts, "EvPlannerAlgorithm", "Target CRS (projected, metres)")
    assert algorithm.parameterDefinition("TARGET_CRS").description() == crs_label


def algorithm_texts() -> list[tuple[str, str]]:
    """(algorithm id, text) of every name, group, help, parameter, option and output label."""
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    texts = []
    for algorithm in provider.algorithms():
        instance = algorithm.create()
        shown = [instance.displayName(), instance.group(), instance.shortHelpString()]
        for parameter in instance.parameterDefinitions():
            shown.append(parameter.description())
            shown += list(getattr(parameter, "options", lambda: [])())
        shown += [o.description() for o in instance.outputDefinitions()]
        texts += [(instance.name(), text) for text in shown if text]
    return texts


def test_every_algorithm_text_is_welsh(in_welsh, welsh_texts):
    """Names, groups, help, parameter labels and options, outputs: none left in English (a
    text may read the same in Welsh only where the translation file says so, e.g. 'CSV')."""
    cymraeg = algorithm_texts()
    with i18n.print_language("en"):
        english = algorithm_texts()
    assert len(cymraeg) == len(english) > 500
    same_in_welsh = {source for (_, source), text in welsh_texts.items() if text == source}
    same_in_welsh |= set(FUNDING_STREAMS)  # options that are the values written to the field
    untranslated = [
        (name, text[:60])
        for (name, text), (_, source) in zip(cymraeg, english)
        if text == source and text not in same_in_welsh and not re.fullmatch(r"[a-z0-9_-]+", text)
    ]
    assert not untranslated, f"{len(untranslated)} texts in English: {untranslated}"


def test_reason_text_in_welsh(in_welsh, welsh_texts):
    kerbs, restrictions, bays, dropped = canonical_scene()
    runs = processing.run(
        "evplanner:kerbsideeligibility",
        {
            "KERBS": kerbs,
            "FOOTWAY_WIDTH_FIELD": "footway_width_m",
            "RESTRICTIONS": restrictions,
            "ACCESSIBLE_BAYS": bays,
            "DROPPED_KERBS": dropped,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    texts = {f["reasons"]: f["reasons_text"] for f in runs.getFeatures() if f["reasons"]}
    assert texts["ACCESSIBLE_BAY"] == welsh(
        welsh_texts, "ReasonCodes", REASON_TEXT["ACCESSIBLE_BAY"]
    )
    assert texts["TRO_NO_WAITING"] == welsh(
        welsh_texts, "ReasonCodes", REASON_TEXT["TRO_NO_WAITING"]
    )
    assert texts["ACCESSIBLE_BAY"] != REASON_TEXT["ACCESSIBLE_BAY"]


def test_error_and_warning_messages_in_welsh(in_welsh, welsh_texts):
    """A core error reaches the officer in Welsh, its layer prefix and nested message too;
    a warning pushed to the Processing log likewise."""
    kerbs, *_ = canonical_scene()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "evplanner:kerbsideeligibility",
            {"KERBS": kerbs, "TARGET_CRS": "EPSG:4326", "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    geographic = welsh(
        welsh_texts,
        "Messages",
        "TARGET_CRS {crs} is geographic (degrees); choose a projected CRS in metres such as "
        "EPSG:27700 (British National Grid).",
    )
    assert str(raised.value) == geographic.format(crs="EPSG:4326")

    empty = memory_layer("Polygon?crs=EPSG:27700", [], "footways")
    feedback = RecordingFeedback()
    processing.run(
        "evplanner:kerbsideeligibility",
        {"KERBS": kerbs, "FOOTWAYS": empty, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    no_features = welsh(welsh_texts, "Messages", "Layer '{layer}' ({parameter}) has no features.")
    assert no_features.format(layer="footways", parameter="FOOTWAYS") in feedback.warnings

    # a nested message: "Layer '{layer}': {message}" around the message of the field check
    with pytest.raises(InputDataError) as core_error:
        require_fields(
            gpd.GeoDataFrame({"a": [1]}, geometry=gpd.GeoSeries([None])),
            "kerbs",
            ["footway_width_m"],
        )
    text = i18n.translated_text(core_error.value.message)
    assert text.startswith(welsh(welsh_texts, "Messages", "Layer '{layer}': {message}")[:4])
    assert text != str(core_error.value) and "kerbs" in text and "footway_width_m" in text
    assert "not found" not in text and "Layer" not in text


def test_problems_table_messages_in_welsh(in_welsh, welsh_texts, sample_area_gpkg, tmp_path):
    """The message field of a problems table (Import charging sessions' unmatched rows) is
    written in the user's language; the reason code stays the contract."""
    from .scenes import rows
    from .test_usage_algorithms import import_sessions

    csv = tmp_path / "other.csv"
    csv.write_text(
        "charger,start,end,kwh\n"
        "CP0001,2024-05-01T10:00:00Z,2024-05-01T11:00:00Z,5\n"
        "XX9999,2024-05-01T10:00:00Z,2024-05-01T11:00:00Z,5\n"
    )
    results = import_sessions(
        INPUT=[str(csv)],
        FORMAT=2,
        CP_FIELD="charger",
        CHARGEPOINTS=f"{sample_area_gpkg}|layername=chargepoints",
        SESSIONS_GPKG=str(tmp_path / "s.gpkg"),
        UNMATCHED_TABLE=str(tmp_path / "unmatched.gpkg"),
    )
    [problem] = rows(QgsVectorLayer(results["UNMATCHED_TABLE"], "unmatched", "ogr"))
    template = welsh(
        welsh_texts,
        "Messages",
        "chargepoint '{cp_ref}' is not in the chargepoint layer; add it (or check the id) and "
        "import the file again",
    )
    assert problem["reason"] == "NO_CHARGEPOINT"
    assert problem["message"] == template.format(cp_ref="XX9999")


def test_delivery_plan_conflict_and_layer_names_in_welsh(in_welsh, welsh_texts, tmp_path):
    from ev_planner_plugin.plan import PlanEditConflict, PlanStore

    from .test_plan_store import candidates

    location = str(tmp_path / "plan.gpkg")
    setup = PlanStore.open(location)
    assert setup.plan_layer.name() == welsh(welsh_texts, "DeliveryPlan", "Delivery plan")
    assert setup.history_layer.name() == "Hanes y cynllun cyflawni"
    setup.add_sites(candidates())
    setup.save(who="A. Patel")
    ann, bob = PlanStore.open(location, create=False), PlanStore.open(location, create=False)
    ann.annotate(["AP-001"], {"status": "approved"})
    bob.annotate(["AP-001"], {"status": "rejected"})
    ann.save(who="Ann Lee")
    with pytest.raises(PlanEditConflict) as raised:
        bob.save(who="Bob Kerr")
    shown = i18n.translated_text(raised.value.message)
    assert shown.startswith(f"Cynllun cyflawni {location}: ers i chi ddechrau golygu")
    assert "AP-001 status = 'approved' (Ann Lee, " in shown
    assert "Ni chadwyd dim ac mae eich newidiadau yno o hyd." in shown


def test_print_language_overrides_the_interface_language(in_welsh, welsh_texts):
    source = "Proposed chargepoint"
    assert QCoreApplication.translate("SiteLayout", source) == welsh(
        welsh_texts, "SiteLayout", source
    )
    with i18n.print_language("en"):
        assert QCoreApplication.translate("SiteLayout", source) == source
        assert i18n.long_date(dt.date(2026, 11, 21)) == "21 November 2026"
    with i18n.print_language("cy"):
        assert i18n.long_date(dt.date(2026, 11, 21)) == "21 Tachwedd 2026"
    assert QCoreApplication.translate("SiteLayout", source) != source  # Welsh again


def test_unknown_print_language_is_refused():
    with pytest.raises(Exception, match="no 'fr' translation"), i18n.print_language("fr"):
        pass


# --- printed outputs ------------------------------------------------------------------------


def today_in(locale: str) -> str:
    today = dt.date.today()
    return QLocale(locale).toString(QDate(today.year, today.month, today.day), "d MMMM yyyy")


def test_site_layout_maps_in_welsh_and_english(
    planning_chain, sample_area_gpkg, tmp_path, welsh_texts
):
    from .test_site_layouts import map_parameters

    sites = QgsProcessingFeatureSourceDefinition(
        f"{planning_chain.shortlist}|layername=shortlist", False, 2
    )
    pdfs = {}
    for language in (LANGUAGE_WELSH, LANGUAGE_ENGLISH):
        pdfs[language] = tmp_path / f"maps_{language}.pdf"
        parameters = map_parameters(
            sample_area_gpkg,
            planning_chain.runs,
            SITES=sites,
            OUTPUT_PDF=str(pdfs[language]),
            LANGUAGE=language,
        )
        del parameters["ATTRIBUTION"]  # the default, in the print language
        result = processing.run("evplanner:sitelayoutmaps", parameters)
        assert result["PAGE_COUNT"] == 2
    cymraeg, english = pdf_text(pdfs[LANGUAGE_WELSH]), pdf_text(pdfs[LANGUAGE_ENGLISH])
    for context, source in (
        ("SiteLayoutTemplate", "SITE DETAILS"),
        ("SiteLayoutTemplate", "Footway left clear"),
        ("SiteLayoutTemplate", "DRAFT - FOR CONSULTATION"),
        ("SiteLayout", "Proposed EV charging bay"),
    ):
        assert words(welsh(welsh_texts, context, source)) in cymraeg, source
        assert source in english and words(welsh_texts[(context, source)]) not in english
    assert today_in("cy_GB") in cymraeg and today_in("en_GB") in english
    # the labels drawn on the map: the unit's charger type and set-back
    from_kerb = welsh(welsh_texts, "SiteLayout", "{distance} from the kerb")
    post = welsh(welsh_texts, "ChargerTypes", "Standard post (7 kW)")
    assert f"{post}, {from_kerb.format(distance='0.45 m')}" in cymraeg
    assert "Standard post (7 kW), 0.45 m from the kerb" in english
    # the title block's status and charger type: the dock's and the plan's own names
    shortlisted = welsh(welsh_texts, "SitePlannerDock", "Shortlisted")
    assert shortlisted in cymraeg and "Shortlisted" not in cymraeg and "Shortlisted" in english
    details = cymraeg[
        cymraeg.index(words(welsh(welsh_texts, "SiteLayoutTemplate", "SITE DETAILS"))) :
    ]
    assert post in details
    attribution = welsh(
        welsh_texts,
        "SiteLayout",
        "Contains OS data © Crown copyright and database right {year}. "
        "Map data © OpenStreetMap contributors (ODbL). "
        "Traffic regulation orders: D-TRO, Department for Transport (OGL v3.0).",
    )
    assert words(attribution, 3) in cymraeg and "Contains OS data" in english


def test_delivery_plan_summary_in_welsh(planning_chain, tmp_path, welsh_texts):
    pdf = tmp_path / "plan.pdf"
    processing.run(
        "evplanner:exportdeliveryplan",
        {
            "INPUT": f"{planning_chain.shortlist}|layername=shortlist",
            "OUTPUT_PDF": str(pdf),
            "LANGUAGE": LANGUAGE_WELSH,
        },
    )
    text = pdf_text(pdf)
    title = welsh(welsh_texts, "PlanReport", "Electric vehicle chargepoint delivery plan")
    assert words(title) in text
    assert welsh(welsh_texts, "PlanReport", "By charger type") in text
    assert "By charger type" not in text
    # the rows name statuses and charger types in Welsh too
    assert (
        welsh(welsh_texts, "SitePlannerDock", "Shortlisted") in text and "Shortlisted" not in text
    )
    assert welsh(welsh_texts, "ChargerTypes", "Standard post (7 kW)") in text


def test_kpi_report_in_welsh_and_english(
    evplanner_provider, sample_area_gpkg, tmp_path, welsh_texts
):
    def layer(name):
        return f"{sample_area_gpkg}|layername={name}"

    texts = {}
    for language in (LANGUAGE_WELSH, LANGUAGE_ENGLISH):
        pdf = tmp_path / f"kpi_{language}.pdf"
        result = processing.run(
            "evplanner:kpireport",
            {
                "SESSIONS": layer("sessions"),
                "CHARGEPOINTS": layer("chargepoints"),
                "AREAS": layer("areas"),
                "LANGUAGE": language,
                "OUTPUT": str(pdf),
            },
        )
        assert result["PAGE_COUNT"] == 5
        texts[language] = pdf_text(pdf)
        # nothing runs off the page: the tables shrink to fit longer translated headings
        assert rightmost_word_mm(pdf) <= 297.0 - 6.0, language
    cymraeg, english = texts[LANGUAGE_WELSH], texts[LANGUAGE_ENGLISH]
    for source in ("Energy delivered", "Idle chargepoints", "Public chargepoint usage"):
        assert welsh(welsh_texts, "KpiReport", source) in cymraeg, source
        assert source in english
    assert "Energy delivered" not in cymraeg
    quarter = welsh(welsh_texts, "KpiReport", "Usage by quarter")
    assert quarter in cymraeg and "Usage by quarter" in english
    # the open utilisation band, made in core, in the print language
    assert "30 % a mwy" in cymraeg and "30 % and over" not in cymraeg
    assert "30 % and over" in english
