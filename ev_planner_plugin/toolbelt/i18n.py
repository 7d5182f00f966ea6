"""Translation: ``tr()`` and loading the .qm that matches QGIS's locale."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import i18n_dir

DEFAULT_CONTEXT = "EvPlanner"


def tr(message: str, context: str = DEFAULT_CONTEXT) -> str:
    """Translate ``message`` in ``context`` (a class or module name that pylupdate sees)."""
    return QCoreApplication.translate(context, message)


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


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load and install the translation for ``locale`` (default: QGIS's); None if none exists."""
    locale = locale or qgis_locale()
    try:
        folder = i18n_dir()
    except FileNotFoundError:
        return None
    for name in translation_candidates(locale):
        path = folder / name
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
