"""The Welsh translation is complete and faithful to the code: every string the code translates
is in i18n/ev_planner_cy.ts with a finished translation that keeps the placeholders, markup,
parameter names and reason codes of its source."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "ev_planner_plugin"
TS_FILE = REPO / "i18n" / "ev_planner_cy.ts"
TEMPLATE = REPO / "resources" / "layouts" / "site_layout.qpt"

# What a translation must keep exactly as in its source.
KEPT_PATTERNS = {
    "placeholder": r"\{[A-Za-z_0-9:.,]*\}",
    "markup": r"</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>",
    "code": r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b",
    "qt argument": r"%\d",
}


def read_ts(path: Path = TS_FILE) -> list[dict]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(
                {
                    "context": name,
                    "source": message.findtext("source"),
                    "translation": translation.text if translation is not None else None,
                    "type": translation.get("type") if translation is not None else "missing",
                }
            )
    return messages


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in_code() -> set[tuple[str, str]]:
    """(context, source) of every translate("Ctx", "text"), QCoreApplication.translate(...),
    QT_TRANSLATE_NOOP("Ctx", "text") and self.tr("text") (context: the enclosing class)."""
    found: set[tuple[str, str]] = set()

    class Visitor(ast.NodeVisitor):
        def __init__(self) -> None:
            self.classes: list[str] = []

        def visit_ClassDef(self, node):  # noqa: N802
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node):  # noqa: N802
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context and text:
                    found.add((context, text))
            elif (
                name == "tr"
                and isinstance(func, ast.Attribute)
                and getattr(func.value, "id", None) == "self"
                and node.args
                and _literal(node.args[0])
                and self.classes
            ):
                found.add((self.classes[-1], _literal(node.args[0])))
            self.generic_visit(node)

    for path in PACKAGE.rglob("*.py"):
        Visitor().visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


@pytest.fixture(scope="module")
def messages() -> list[dict]:
    return read_ts()


def test_the_code_has_strings_to_translate():
    found = strings_in_code()
    assert len(found) > 600
    assert ("KerbsideEligibilityAlgorithm", "Kerbside eligibility") in found
    assert ("SiteLayoutTemplate", "SITE DETAILS") in found


def test_every_string_of_the_code_is_in_the_ts_file(messages):
    in_ts = {(m["context"], m["source"]) for m in messages}
    missing = sorted(strings_in_code() - in_ts)
    assert not missing, (
        f"{len(missing)} string(s) of the code are not in {TS_FILE.name}; run "
        f"scripts/update_translations and translate them: {missing[:5]}"
    )


def test_no_unfinished_or_obsolete_entry(messages):
    bad = [m for m in messages if m["type"] is not None or not (m["translation"] or "").strip()]
    assert not bad, f"{len(bad)} entries unfinished or empty, e.g. {bad[:3]}"
    assert len(messages) > 600


@pytest.mark.parametrize("kind", sorted(KEPT_PATTERNS))
def test_translations_keep_placeholders_markup_and_codes(messages, kind):
    pattern = KEPT_PATTERNS[kind]
    broken = [
        (m["context"], m["source"][:60])
        for m in messages
        if sorted(re.findall(pattern, m["source"])) != sorted(re.findall(pattern, m["translation"]))
    ]
    assert not broken, f"{kind} changed in {len(broken)} translation(s): {broken[:5]}"


def test_expressions_of_the_layout_template_stay_valid(messages):
    """A template label's translation keeps its expressions' fields and functions."""
    for m in messages:
        if m["context"] != "SiteLayoutTemplate" or "[%" not in m["source"]:
            continue
        fields = set(re.findall(r'"[a-z_]+"', m["source"]))
        assert fields == set(re.findall(r'"[a-z_]+"', m["translation"])), m["source"]
        assert m["translation"].count("[%") == m["source"].count("[%")
        assert m["translation"].count("'") % 2 == 0, m["translation"]


def test_planning_terms(messages):
    """Traffic regulation orders are 'Gorchymyn Rheoleiddio Traffig' (GRT), chargepoints
    'pwynt(iau) gwefru' and the delivery plan 'cynllun cyflawni'."""
    by_source = {(m["context"], m["source"]): m["translation"] for m in messages}
    tro_reasons = [
        t
        for (context, source), t in by_source.items()
        if context == "ReasonCodes" and re.search(r"traffic (regulation )?order", source.lower())
    ]
    assert tro_reasons
    for text in tro_reasons:
        assert re.search(r"Gorch[yn]mn?[a-z]* Rheoleiddio Traffig|GRT", text), text
    assert "GRT" in by_source[("SitePlannerDock", "Eligible with a TRO change")]
    assert "gwefru" in by_source[("SiteLayout", "Proposed chargepoint")].lower()
    assert "cynllun cyflawni" in by_source[("SitePlannerDock", "Delivery plan")].lower()


def test_every_text_of_the_layout_template_is_translatable():
    from ev_planner_plugin.layouts.template_texts import TEMPLATE_TEXTS

    texts = {
        item.get("labelText")
        for item in ET.parse(TEMPLATE).getroot().iter("LayoutItem")
        if item.get("labelText")
    }
    words = {t for t in texts if re.search(r"[A-Za-z]{3}", re.sub(r"\[%.*?%\]", "", t, flags=re.S))}
    untranslatable = words - set(TEMPLATE_TEXTS)
    # the attribution is replaced by the ATTRIBUTION parameter (translated in site_layout.py)
    assert all(t.startswith("Contains OS data") for t in untranslatable), untranslatable


# Exceptions whose message reaches the officer, and feedback calls that show text.
USER_FACING_ERRORS = {
    "EvPlannerError",
    "Cancelled",
    "InputDataError",
    "ParameterError",
    "SourceFormatError",
    "PlanStoreError",
    "RemoteSourceError",
    "OcpiAuthenticationError",
    "QgsProcessingException",
}
FEEDBACK_METHODS = {"warn", "info"}


def untranslatable_messages() -> list[str]:
    """Places that raise a user-facing error, warn or log with text that is not a Message."""

    def literal_text(node) -> bool:
        if isinstance(node, (ast.Constant, ast.JoinedStr)):
            return isinstance(node, ast.JoinedStr) or isinstance(node.value, str)
        if isinstance(node, ast.BinOp):
            return literal_text(node.left) or literal_text(node.right)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            return node.func.attr == "format" and literal_text(node.func.value)
        return False

    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            call, kind = None, None
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                if name in USER_FACING_ERRORS:
                    call, kind = node.exc, name
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in FEEDBACK_METHODS
            ):
                call, kind = node, node.func.attr
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "log":
                call, kind = node, "log"  # the QGIS message log (toolbelt.log)
            if call is not None and call.args and literal_text(call.args[0]):
                found.append(f"{path.relative_to(REPO)}:{node.lineno} {kind}")
    return found


def test_error_and_warning_messages_are_translatable():
    """Every user-facing error and warning is a Message (core.text) so the QGIS side can show
    it in the user's language."""
    found = untranslatable_messages()
    assert not found, f"{len(found)} messages are plain text: {found[:20]}"
