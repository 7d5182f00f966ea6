"""Translation: ``translate()``, loading the .qm that matches QGIS's locale, and printing in a
chosen language.

Every user-facing string goes through ``translate("Context", "literal")`` (or an algorithm's
``self.tr("literal")``, whose context is its class) so that ``scripts/update_translations``
(pylupdate5) finds it. Strings defined in tables are marked with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from ..core.errors import ParameterError
from ..core.text import MESSAGES, QT_TRANSLATE_NOOP, Message
from .resources import i18n_dir

#: Languages the printed outputs (site layout maps, plan summary, KPI report) can be made in:
#: (code, name shown by the LANGUAGE parameter). "" follows QGIS's own language.
PRINT_LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("EvPlannerAlgorithm", "Same as QGIS")),
    ("en", QT_TRANSLATE_NOOP("EvPlannerAlgorithm", "English")),
    ("cy", QT_TRANSLATE_NOOP("EvPlannerAlgorithm", "Cymraeg (Welsh)")),
)


def translate(context: str, message: str) -> str:
    """Translate ``message`` in ``context``: a literal pylupdate5 sees at the call site."""
    return QCoreApplication.translate(context, message)


def translated_text(text) -> str:
    """A core message (:class:`~ev_planner_plugin.core.text.Message`) in the user's language;
    any other text as it is."""
    if isinstance(text, Message):
        return text.translated(lambda template: translate(MESSAGES, template))
    return str(text)


def qgis_locale() -> str:
    """The locale QGIS runs in, e.g. 'cy_GB' or 'en_US'."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
        if locale:
            return locale
    locale = QgsApplication.locale() if hasattr(QgsApplication, "locale") else ""
    return locale or QLocale.system().name()


def translation_candidates(locale: str) -> list[str]:
    """File names to try: full locale first, then the language ('cy_GB' -> 'cy')."""
    names = [f"ev_planner_{locale}.qm"]
    language = locale.split("_")[0]
    if language != locale:
        names.append(f"ev_planner_{language}.qm")
    return names


def load_translator(locale: str) -> QTranslator | None:
    """The plugin's translation for ``locale`` (full locale, then language), or None."""
    try:
        folder = i18n_dir()
    except FileNotFoundError:
        return None
    for name in translation_candidates(locale):
        path = folder / name
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                return translator
    return None


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load and install the translation for ``locale`` (default: QGIS's); None if none exists."""
    translator = load_translator(locale or qgis_locale())
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


class _SourceTextTranslator(QTranslator):
    """Answers every lookup with the English source text, masking other translators."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        return source_text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


_print_language = ""  # set by print_language() while a printed output is being made


@contextmanager
def print_language(language: str | None):
    """Within the block, ``translate()`` answers in ``language`` ('en', 'cy'...; ''/None:
    QGIS's language), whatever language QGIS runs in. For printed outputs; main thread only."""
    if not language:
        yield
        return
    if language == "en":
        translator = _SourceTextTranslator()
    else:
        translator = load_translator(language)
        if translator is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "no '{language}' translation of EV Planner is installed; choose English, "
                        "or reinstall the plugin from its release zip (which contains the "
                        "translations)",
                    ),
                    language=language,
                )
            )
    global _print_language
    outer, _print_language = _print_language, language
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        _print_language = outer


def long_date(day) -> str:
    """``day`` (a datetime.date) as '21 November 2026' in the language being printed in."""
    locale = {"en": "en_GB", "cy": "cy_GB"}.get(_print_language, _print_language or qgis_locale())
    return QLocale(locale).toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
